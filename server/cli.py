"""The `hotseat` command.

Exit codes: 0 success (every test passed), 1 a failed verdict, 2 a usage error
(unknown exercise, unreadable file), 3 code cannot be run here (no sandbox).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import textwrap

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NO_SANDBOX = 0, 1, 2, 3


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args)
    except BrokenPipeError:  # `hotseat exercises | head`: the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hotseat", description="A mock-interview room for ML interviews.")
    commands = parser.add_subparsers(metavar="COMMAND")

    exercises = commands.add_parser("exercises", help="list coding exercises")
    exercises.add_argument("--json", action="store_true", help="print JSON")
    exercises.set_defaults(handler=cmd_exercises)

    prompt = commands.add_parser("prompt", help="print an exercise's prompt and starter code")
    prompt.add_argument("exercise")
    prompt.set_defaults(handler=cmd_prompt)

    check = commands.add_parser("check", help="run a file's code against an exercise in the sandbox",
                                description="Exit 0 when every test passes, 1 when any fails, "
                                            "2 for usage errors, 3 when no sandbox is available.")
    check.add_argument("exercise")
    check.add_argument("file")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--suite", choices=("hidden", "examples"), default="hidden",
                       help="hidden (Submit, decides the verdict) or examples (Run, the visible tests)")
    check.add_argument("--seed", type=int, help="seed of the randomized cases, to reproduce a run")
    check.add_argument("--timeout", type=float, help="wall-clock seconds before the kernel is killed")
    check.add_argument("--unsafe-no-sandbox", action="store_true",
                       help="run WITHOUT bubblewrap (your own code on your own machine only)")
    check.set_defaults(handler=cmd_check)

    env = commands.add_parser("kernel-env", help="create the kernels' Python environment if missing")
    env.set_defaults(handler=cmd_kernel_env)
    return parser


def cmd_exercises(args) -> int:
    from reference import catalog

    rows = [{"id": e.id, "title": e.title, "category": e.category, "difficulty": e.difficulty,
             "summary": e.summary, "signature": e.prompt.signature}
            for e in sorted(catalog().values(), key=lambda e: (e.category, e.id))]
    if args.json:
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    width = max(len(r["id"]) for r in rows)
    for row in rows:
        print(f"{row['id']:<{width}}  {row['summary']}")
    return EXIT_OK


def cmd_prompt(args) -> int:
    from reference import UnknownExercise, get

    try:
        exercise = get(args.exercise)
    except UnknownExercise as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    prompt = exercise.prompt
    print(prompt.as_markdown())
    print("## Starter\n\n```python\n" + prompt.starter + "\n```")
    return EXIT_OK


def cmd_kernel_env(args) -> int:
    from kernels.environment import ensure_kernel_env

    print(ensure_kernel_env(log=lambda m: print(m, file=sys.stderr)))
    return EXIT_OK


def cmd_check(args) -> int:
    from kernels.environment import KernelEnvError, ensure_kernel_env
    from kernels.runner import CodeRunner
    from kernels.sandbox import SandboxConfig, SandboxUnavailable
    from reference import UnknownExercise, get

    try:
        get(args.exercise)
    except UnknownExercise as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with open(args.file, encoding="utf-8") as handle:
            code = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"hotseat: cannot read {args.file}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        ensure_kernel_env(log=lambda m: print(m, file=sys.stderr))
        config = SandboxConfig.from_env(**({"unsafe_no_sandbox": True} if args.unsafe_no_sandbox else {}))
        runner = CodeRunner(config, pool_size=0, deadline=args.timeout)
    except SandboxUnavailable as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
        return EXIT_NO_SANDBOX
    except KernelEnvError as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
        return EXIT_NO_SANDBOX

    async def run():
        async with runner:
            return await runner.check(args.exercise, code, args.suite, args.seed)

    verdict = asyncio.run(run())
    if args.json:
        print(json.dumps(verdict.as_dict()))
    else:
        print_verdict(verdict)
    return EXIT_OK if verdict.passed else EXIT_FAILED


def print_verdict(verdict) -> None:
    passed = sum(t.passed for t in verdict.tests)
    state = "PASSED" if verdict.passed else "FAILED"
    print(f"{verdict.exercise} ({verdict.suite} tests): {state} {passed}/{len(verdict.tests)} "
          f"in {verdict.duration_ms:.0f} ms")
    for note in verdict.notes:
        print(f"  note: {note}")
    if verdict.error:
        print(textwrap.indent(verdict.error, "  error: ", lambda line: True).replace("\n  error: ", "\n         "))
    for test in verdict.tests:
        if test.passed:
            print(f"  ok    {test.name}")
        elif not verdict.error or not test.message.startswith("not run"):
            print(f"  FAIL  {test.name}")
            print(textwrap.indent(test.message, "        "))
    if verdict.output:
        more = " (truncated)" if verdict.output_truncated else ""
        print(f"output{more}:")
        print(textwrap.indent(verdict.output[-2000:], "  | ", lambda line: True))
    if verdict.seed and verdict.suite == "hidden" and not verdict.passed:
        print(f"reproduce with --seed {verdict.seed}")


if __name__ == "__main__":
    sys.exit(main())
