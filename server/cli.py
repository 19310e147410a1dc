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
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NO_SANDBOX = 0, 1, 2, 3


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["simulate"]:
        from clients.simulate import main as simulate_main

        return simulate_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    from server.settings import Settings, SettingsError

    try:  # the environment is read here, once; handlers get `args.settings`
        args.settings = Settings.from_env(
            unsafe_no_sandbox=getattr(args, "unsafe_no_sandbox", False) or None,
            rubric_dir=Path(args.rubric) if getattr(args, "rubric", None) else None)
    except SettingsError as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
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

    check = commands.add_parser("check", help="run a file's code against an exercise in the sandbox "
                                              "(or in a kernel of HOTSEAT_GATEWAY_URL's gateway)",
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

    serve = commands.add_parser("serve", help="run the web app (http://127.0.0.1:8000 by default)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--data-dir", default="data", help="SQLite database, rubric copy (default: ./data)")
    serve.add_argument("--pool-size", type=int, help="warm kernels (default: $HOTSEAT_KERNEL_POOL or 2)")
    serve.add_argument("--unsafe-no-sandbox", action="store_true",
                       help="run candidate code WITHOUT bubblewrap (your own machine, your own code)")
    serve.set_defaults(handler=cmd_serve)

    # `simulate` has its own parser (clients/simulate.py); main() hands it the arguments.
    commands.add_parser("simulate", help="play N candidates at once against a running server (see --help)")

    admin = commands.add_parser("admin-token", help="issue a new admin token (the old one stops working)")
    admin.add_argument("--data-dir", default="data")
    admin.set_defaults(handler=cmd_admin_token)

    backup = commands.add_parser("backup", help="copy the data folder safely while the server runs",
                                 description="Copy the database (SQLite's online backup: one consistent "
                                             "snapshot, even while a server writes) and the rubric folder into "
                                             "DEST, a new or empty folder; serve the copy with --data-dir DEST.")
    backup.add_argument("dest")
    backup.add_argument("--data-dir", default="data")
    backup.set_defaults(handler=cmd_backup)

    env = commands.add_parser("kernel-env", help="create the kernels' Python environment if missing")
    env.set_defaults(handler=cmd_kernel_env)

    rubric = commands.add_parser("rubric", help="check or copy rubric files")
    rubric_commands = rubric.add_subparsers(metavar="ACTION")
    validate = rubric_commands.add_parser("validate", help="validate rubric files (default: the bundled rubric)")
    validate.add_argument("paths", nargs="*", metavar="PATH")
    validate.set_defaults(handler=cmd_rubric_validate)
    init = rubric_commands.add_parser("init", help="copy the bundled rubric into a folder to edit")
    init.add_argument("dest")
    init.set_defaults(handler=cmd_rubric_init)
    update = rubric_commands.add_parser(
        "update", help="bring a copy of the bundled rubric up to this release (edited files are kept)")
    update.add_argument("dest", nargs="?", help="the copy (default: the server's, <data dir>/rubric)")
    update.add_argument("--data-dir", default=None, help=argparse.SUPPRESS)
    update.set_defaults(handler=cmd_rubric_update)

    questions = commands.add_parser("questions", help="list question ids and prompts")
    questions.add_argument("--role")
    questions.add_argument("--category")
    questions.add_argument("--rubric", help="a rubric folder (default: $HOTSEAT_RUBRIC or the bundled one)")
    questions.set_defaults(handler=cmd_questions)

    grade = commands.add_parser("grade-answer", help="grade one answer to a question")
    grade.add_argument("question_id")
    source = grade.add_mutually_exclusive_group(required=True)
    source.add_argument("--text")
    source.add_argument("--file")
    grade.add_argument("--json", action="store_true")
    grade.add_argument("--rubric")
    grade.set_defaults(handler=cmd_grade_answer)

    interview = commands.add_parser("interview", help="run a whole interview in the terminal")
    interview.add_argument("--role", required=True)
    interview.add_argument("--seed", type=int)
    interview.add_argument("--rubric")
    interview.add_argument("--llm", action="store_true", help="the LLM interviewer (needs HOTSEAT_LLM_MODEL)")
    interview.add_argument("--data-dir", default="data",
                           help="where the session is kept, as for `serve` (default: ./data)")
    interview.add_argument("--unsafe-no-sandbox", action="store_true")
    interview.set_defaults(handler=cmd_interview)
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


def cmd_serve(args) -> int:
    from dataclasses import replace

    from server.app import serve

    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(public_address_warning(args.host, args.port, args.settings.allowed_hosts), file=sys.stderr)
    serve(replace(args.settings, host=args.host, port=args.port, data_dir=Path(args.data_dir),
                  pool_size=args.settings.pool_size if args.pool_size is None else args.pool_size,
                  announce=lambda message: print(message, file=sys.stderr, flush=True)))
    return EXIT_OK


def public_address_warning(host: str, port: int, allowed_hosts=frozenset()) -> str:
    """What `serve` says when it listens beyond loopback: who can reach it, and which names it answers to."""
    names = ", ".join(sorted(allowed_hosts)) or "none yet"
    return (f"hotseat: WARNING listening on {host}:{port}: anyone who can reach it can start interviews.\n"
            f"hotseat: it answers only to loopback names{'' if host in ('0.0.0.0', '::') else f' and {host}'} "
            f"and to the host names in HOTSEAT_ALLOWED_HOSTS (now: {names}); list the name(s) people type in "
            f"their browser, e.g. HOTSEAT_ALLOWED_HOSTS=interview.example.com,192.168.1.20")


def cmd_admin_token(args) -> int:
    """The admin token is stored hashed and shown once; a lost one can only be replaced."""
    from server.store import Store

    with Store(args.data_dir) as store:
        print(store.reset_admin_token())
    return EXIT_OK


def cmd_backup(args) -> int:
    from server.store import StoreError, backup

    try:
        summary = backup(args.data_dir, args.dest)
    except (OSError, StoreError) as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"backed up {summary['sessions']} sessions ({summary['bytes'] / 1e6:.1f} MB) to {summary['dest']}")
    return EXIT_OK


def rubric_path(args) -> Path | None:
    """`--rubric`, else `HOTSEAT_RUBRIC`, else None: the bundled rubric."""
    return args.settings.rubric_dir


def cmd_rubric_validate(args) -> int:
    from rubric.cli import validate_command

    return validate_command(args.paths)


def cmd_rubric_init(args) -> int:
    from rubric import copy_rubric

    try:
        copy_rubric(args.dest)
    except (OSError, FileExistsError) as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"copied the bundled rubric to {args.dest}; edit it, check it with `hotseat rubric validate "
          f"{args.dest}`, use it with HOTSEAT_RUBRIC={args.dest}")
    return EXIT_OK


def cmd_rubric_update(args) -> int:
    from rubric.migrate import sync

    dest = Path(args.dest) if args.dest else Path(args.data_dir or args.settings.data_dir) / "rubric"
    if not dest.is_dir():
        print(f"hotseat: {dest} is not a rubric folder", file=sys.stderr)
        return EXIT_USAGE
    report = sync(dest)
    for line in report.lines() or [f"{dest} is up to date"]:
        print(line)
    return EXIT_USAGE if report.problem else EXIT_OK


def cmd_questions(args) -> int:
    from rubric.cli import questions_command

    return questions_command(args.role, args.category, path=rubric_path(args))


def cmd_grade_answer(args) -> int:
    from interviewer.choose import choose_grader
    from rubric import InvalidRubric, UnknownId, load_rubric

    try:
        rubric = load_rubric(rubric_path(args))
        question = rubric.question(args.question_id)
    except UnknownId as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except InvalidRubric as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.file:
        try:
            text = open(args.file, encoding="utf-8").read()
        except (OSError, UnicodeDecodeError) as exc:
            print(f"hotseat: cannot read {args.file}: {exc}", file=sys.stderr)
            return EXIT_USAGE
    else:
        text = args.text
    grader = choose_grader(args.settings.llm)
    grade = asyncio.run(grader.grade(question, text))
    if args.json:
        print(json.dumps(grade.as_dict()))
        return EXIT_OK
    print(f"{question.id}: {grade.score:.0%} ({grade.grader})")
    for name, value in grade.dimensions.items():
        print(f"  {name:<14} {value:.0%}")
    points = question.wording()["key_points"]
    for kp in grade.covered:
        print(f"  + {points.get(kp, kp)}")
    for kp in grade.missed:
        print(f"  - {points.get(kp, kp)}")
    claims = question.wrong_claims()
    for m in grade.misconceptions:
        print(f"  ! {claims[m][0]} -> {claims[m][1]}" if m in claims else f"  ! {m}")
    for note in grade.notes:
        print(f"  note: {note}")
    return EXIT_OK


def cmd_interview(args) -> int:
    """The terminal interview: this command serves in-process and plays over the websocket."""
    from dataclasses import replace

    from clients.terminal import CodeCannotRunHere, run_terminal_interview
    from rubric import InvalidRubric, UnknownId, load_rubric

    try:
        load_rubric(rubric_path(args)).role(args.role)
    except (UnknownId, InvalidRubric) as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.llm and args.settings.llm is None:
        print("hotseat: --llm needs a model: set HOTSEAT_LLM_MODEL (see docs/llm.md)", file=sys.stderr)
        return EXIT_USAGE
    settings = replace(args.settings, data_dir=Path(args.data_dir), pool_size=1)
    try:
        card = asyncio.run(run_terminal_interview(settings, args.role, seed=args.seed,
                                                  interviewer="llm" if args.llm else "offline"))
    except CodeCannotRunHere as exc:
        print(f"hotseat: {exc}", file=sys.stderr)
        return EXIT_NO_SANDBOX
    return EXIT_OK if card else EXIT_FAILED


def cmd_kernel_env(args) -> int:
    from kernels.environment import ensure_kernel_env

    print(ensure_kernel_env(log=lambda m: print(m, file=sys.stderr)))
    return EXIT_OK


def cmd_check(args) -> int:
    from kernels.sandbox import SandboxConfig
    from kernels.start import CodeCannotRun, open_runner
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

    async def run():
        try:
            runner = await open_runner(config=SandboxConfig(unsafe_no_sandbox=args.settings.unsafe_no_sandbox),
                                       pool_size=0, gateway=args.settings.gateway,
                                       log=lambda m: print(m, file=sys.stderr),
                                       deadline=args.settings.code_timeout if args.timeout is None else args.timeout)
        except CodeCannotRun as exc:
            print(f"hotseat: {exc}", file=sys.stderr)
            return None
        async with runner:
            return await runner.check(args.exercise, code, args.suite, args.seed)

    verdict = asyncio.run(run())
    if verdict is None:
        return EXIT_NO_SANDBOX
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
