"""The code that runs inside the kernel: define the submission, then make each call.

Standalone like `wire`: the template loads its source right after `wire`'s into one
namespace, so it uses `encode`, `sendable` and `loads` from there. It judges nothing. Each call's
return value goes back as plain data through a `Batch`, which sends what has piled up
every 20 ms (and at the end), so a verdict can be partial when the kernel is killed
half-way, without paying one Jupyter message per case.

Candidate code can reach and patch everything here; that can only garble its own
results, because the expected values never enter the kernel. Inputs are decoded here,
read-only at the buffer level, so an in-place write fails inside NumPy whatever the
candidate does to this module; naming which input was written is a courtesy of this
code, for the message only.
"""

import linecache
import re
import time
import traceback

SOLUTION_FILE = "solution.py"
DRIVER_FILE = "<hotseat driver>"
MAX_TRACEBACK = 4000


class Batch:
    """Result messages and their buffers, sent together once `every` seconds have passed or
    `most` bytes piled up; buffer indices in the messages count within the batch."""

    def __init__(self, send, every=0.02, most=2 << 20):
        self.send, self.every, self.most = send, every, most
        self.messages, self.buffers, self.size, self.started = [], [], 0, None

    def add(self, message):
        self.messages.append(message)
        self.size = sum(len(b) for b in self.buffers)
        if self.started is None:
            self.started = time.perf_counter()
        if self.size >= self.most or time.perf_counter() - self.started >= self.every:
            self.flush()

    def flush(self):
        if self.messages:
            self.send({"messages": self.messages}, self.buffers)
        self.messages, self.buffers, self.size, self.started = [], [], 0, None


def run_submission(code, driver, defines, calls_json, buffers, nonce, batch, namespace):
    """Define `code` in `namespace`, then add one result per call in `calls_json` to `batch`."""
    try:
        _run(code, driver, defines, loads(calls_json, buffers), nonce, batch, namespace)
    finally:
        batch.flush()


def _run(code, driver, defines, calls, nonce, batch, namespace):
    linecache.cache[SOLUTION_FILE] = (len(code), None, code.splitlines(True), SOLUTION_FILE)
    try:
        compiled = compile(code, SOLUTION_FILE, "exec")
    except SyntaxError as exc:
        where = f" (line {exc.lineno})" if exc.lineno else ""
        text = f"\n    {exc.text.rstrip()}" if exc.text else ""
        batch.add({"nonce": nonce, "stage": "compile",
                   "error": {"type": type(exc).__name__, "message": f"{exc.msg}{where}{text}"}})
        return
    try:
        exec(compiled, namespace)
        if driver:
            exec(compile(driver, DRIVER_FILE, "exec"), namespace)
    except BaseException as exc:
        batch.add({"nonce": nonce, "stage": "define", "error": _error(exc)})
        return
    missing = [name for name in defines if name not in namespace]
    if missing:
        batch.add({"nonce": nonce, "stage": "define", "error": {
            "type": "NameError", "message": "your code does not define " + ", ".join(f"`{m}`" for m in missing)}})
        return
    batch.add({"nonce": nonce, "stage": "defined"})
    for index, call in enumerate(calls):
        entry, args, kwargs = call
        started = time.perf_counter()
        try:
            value = namespace[entry](*args, **kwargs)
        except BaseException as exc:  # SystemExit and KeyboardInterrupt are candidate errors too
            batch.add({"nonce": nonce, "case": index, "error": _error(exc, (args, kwargs))})
            continue
        seconds = time.perf_counter() - started
        mark = len(batch.buffers)
        try:
            payload = {"value": encode(value, batch.buffers)}
        except BaseException as exc:
            del batch.buffers[mark:]
            batch.add({"nonce": nonce, "case": index, "error": _error(exc)})
            continue
        batch.add({"nonce": nonce, "case": index, "seconds": seconds, **payload})


def _error(exc, inputs=None):
    try:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename in (SOLUTION_FILE,)]
        lines = traceback.format_list(frames)
        message = str(exc)
    except BaseException:
        lines, message = [], "<unprintable error>"
    text = sendable("".join(lines)[-MAX_TRACEBACK:])
    error = {"type": type(exc).__name__, "message": sendable(message[:MAX_TRACEBACK]), "traceback": text}
    if inputs is not None and isinstance(exc, ValueError) and "read-only" in message:
        error["wrote_input"] = _written_input(exc, inputs)
    return error


def _written_input(exc, inputs):
    """The candidate's name for the input it wrote to, read off the failing line; None if unsure."""
    try:
        roots = set()
        _input_roots(inputs, roots, 0)
        tb, frame, lineno = exc.__traceback__, None, 0
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == SOLUTION_FILE:
                frame, lineno = tb.tb_frame, tb.tb_lineno
            tb = tb.tb_next
        if frame is None:
            return None
        line = linecache.getline(SOLUTION_FILE, lineno)
        for name, value in frame.f_locals.items():
            if _root(value) in roots and re.search(rf"\b{re.escape(name)}\b", line):
                return name
    except BaseException:
        pass
    return None


def _input_roots(value, roots, depth):
    if depth > 3:
        return
    if type(value) in (list, tuple):
        for item in value:
            _input_roots(item, roots, depth + 1)
    elif type(value) is dict:
        for item in value.values():
            _input_roots(item, roots, depth + 1)
    else:
        root = _root(value)
        if root is not None:
            roots.add(root)


def _root(value):
    """The bytes object under an input array (or a view of it); None for anything else."""
    base = getattr(value, "base", None) if type(value).__module__ == "numpy" else None
    for _ in range(64):
        if type(base) is bytes:
            return id(base)
        base = getattr(base, "base", None)
        if base is None:
            return None
    return None


def serve_runs(kernel, target="hotseat.run"):
    """Inside a kernel: a run arrives as a comm_open (code and call data, inputs as binary buffers)
    and executes right there; results leave on the same comm. No input ever travels inside a
    cell's source, results travel as binary buffers instead of base64 text, and there is no
    cell for IPython to transform and compile: the kernel goes idle when the run is done."""

    def on_open(comm, message):
        data = message["content"]["data"]
        buffers = [bytes(b) for b in message.get("buffers") or ()]
        batch = Batch(lambda out_message, out: comm.send(out_message, buffers=out))
        run_submission(data["code"], data["driver"], data["defines"], data["calls"], buffers, data["nonce"],
                       batch, {"__name__": "__main__"})

    kernel.comm_manager.register_target(target, on_open)


def rehearse_run():
    """A run without a kernel, so the template's rehearsal loads what a run loads."""
    calls, buffers = dumps([("f", (np.ones(3),), {})])
    run_submission("def f(x):\n    return x * 2\n", "", ["f"], calls, buffers, "", Batch(lambda m, b: None), {})
