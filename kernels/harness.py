"""The code that runs inside the kernel: define the submission, then make each call.

Standalone like `wire`: its source follows `wire`'s in the cell sent to the kernel,
so it uses `encode`, `loads` and `json` from there. It judges nothing. Each call's
return value goes back through `publish` as plain data, one message per call, so a
verdict can be partial when the kernel is killed half-way.

Candidate code can reach and patch everything here; that can only garble its own
results, because the expected values never enter the kernel.
"""

import linecache
import time
import traceback

SOLUTION_FILE = "solution.py"
DRIVER_FILE = "<hotseat driver>"
MAX_TRACEBACK = 4000


def run_submission(code, driver, defines, calls_json, nonce, publish, namespace):
    """Define `code` in `namespace`, then publish one result per call in `calls_json`."""
    linecache.cache[SOLUTION_FILE] = (len(code), None, code.splitlines(True), SOLUTION_FILE)
    try:
        compiled = compile(code, SOLUTION_FILE, "exec")
    except SyntaxError as exc:
        where = f" (line {exc.lineno})" if exc.lineno else ""
        text = f"\n    {exc.text.rstrip()}" if exc.text else ""
        publish({"nonce": nonce, "stage": "compile",
                 "error": {"type": type(exc).__name__, "message": f"{exc.msg}{where}{text}"}})
        return
    try:
        exec(compiled, namespace)
        if driver:
            exec(compile(driver, DRIVER_FILE, "exec"), namespace)
    except BaseException as exc:
        publish({"nonce": nonce, "stage": "define", "error": _error(exc)})
        return
    missing = [name for name in defines if name not in namespace]
    if missing:
        publish({"nonce": nonce, "stage": "define", "error": {
            "type": "NameError", "message": "your code does not define " + ", ".join(f"`{m}`" for m in missing)}})
        return
    publish({"nonce": nonce, "stage": "defined"})
    for index, call in enumerate(loads(calls_json)):
        entry, args, kwargs = call
        started = time.perf_counter()
        try:
            before = _array_inputs(args, kwargs, copy=True)
            value = namespace[entry](*args, **kwargs)
        except BaseException as exc:  # SystemExit and KeyboardInterrupt are candidate errors too
            publish({"nonce": nonce, "case": index, "error": _error(exc)})
            continue
        seconds = time.perf_counter() - started
        try:
            # Only inputs that changed travel back: the judge names in-place edits.
            after = _array_inputs(args, kwargs, copy=False)
            changed = [[key, after[key]] for key, old in before.items() if not _same(old, after[key])]
            payload = {"value": encode(value), "changed": encode(changed)}
        except BaseException as exc:
            publish({"nonce": nonce, "case": index, "error": _error(exc)})
            continue
        publish({"nonce": nonce, "case": index, "seconds": seconds, **payload})


def _array_inputs(args, kwargs, copy):
    import numpy

    items = list(enumerate(args)) + list(kwargs.items())
    return {key: (value.copy() if copy else value) for key, value in items if type(value) is numpy.ndarray}


def _same(old, new):
    import numpy

    return (old.shape == new.shape and old.dtype == new.dtype
            and bool(numpy.array_equal(old, new, equal_nan=old.dtype.kind in "fc")))


def _error(exc):
    try:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename in (SOLUTION_FILE,)]
        lines = traceback.format_list(frames)
        message = str(exc)
    except BaseException:
        lines, message = [], "<unprintable error>"
    text = "".join(lines)[-MAX_TRACEBACK:]
    return {"type": type(exc).__name__, "message": message[:MAX_TRACEBACK], "traceback": text}



def display_publisher(mime):
    """Inside a kernel, results travel as display data of our own MIME type."""
    from IPython.display import publish_display_data

    def publish(message):
        publish_display_data({mime: json.dumps(message, allow_nan=False)})

    return publish
