"""Keeping a copy of the bundled rubric up to date without losing anyone's edits.

The server interviews from a copy of the bundled rubric in its data folder (so an admin can
edit it). When a release improves the bundled rubric (better patterns, coding discussions,
a new format field), a copy made months ago would keep the old questions for ever. So each
copy carries a manifest (`.bundled.json`: which bundled version each file was copied
from), and `sync` brings the copy forward file by file:

- a file nobody edited (it still is a bundled version, the one copied or any earlier one
  listed in `HISTORY`) is replaced by today's bundled file;
- a file someone edited is kept as it is, and today's bundled version is written beside it
  (`<name>.yaml.bundled`, which the loader ignores) for them to merge by hand;
- a bundled file the copy never had is added; one its owner deleted stays deleted.

Nothing is written unless the resulting set of files loads cleanly, so an edited role that
names a question the new release dropped keeps the whole copy as it was, with the reason.

    python -m rubric.migrate --record    # after changing a bundled file: list its new version
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rubric.errors import InvalidRubric
from rubric.loader import BUNDLED, build, read_files

MANIFEST = ".bundled.json"
HISTORY = Path(__file__).resolve().parent / "bundled_history.txt"   # "<file> <fingerprint>" per line
BESIDE = ".bundled"


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()[:16]


def bundled_files(source: Path = BUNDLED) -> dict[str, str]:
    """Relative path (``questions/ml_coding.yaml``) -> text, for the bundled rubric."""
    return {str(Path(name).relative_to(source)): text for name, text in read_files(source).items()}


def history() -> dict[str, set[str]]:
    """Every version the bundled files have had: relative path -> fingerprints."""
    known: dict[str, set[str]] = {}
    if HISTORY.exists():
        for line in HISTORY.read_text(encoding="utf-8").splitlines():
            name, _, print_ = line.partition(" ")
            if name and print_:
                known.setdefault(name, set()).add(print_.strip())
    return known


def write_manifest(dest: Path, files: dict[str, str]) -> None:
    (dest / MANIFEST).write_text(json.dumps({name: fingerprint(text) for name, text in sorted(files.items())},
                                            indent=1) + "\n", encoding="utf-8")


def read_manifest(dest: Path) -> dict[str, str]:
    try:
        data = json.loads((dest / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(data, dict) else {}


@dataclass
class SyncReport:
    updated: list[str] = field(default_factory=list)   # replaced by today's bundled version
    added: list[str] = field(default_factory=list)     # new in the bundle
    kept: list[str] = field(default_factory=list)      # edited here: kept, the bundled version written beside
    problem: str | None = None                         # why nothing was changed

    def lines(self) -> list[str]:
        out = []
        if self.problem:
            out.append(f"rubric copy left as it was: {self.problem}")
        if self.updated:
            out.append(f"rubric copy updated to this release: {', '.join(self.updated)}")
        if self.added:
            out.append(f"rubric copy: added {', '.join(self.added)}")
        if self.kept:
            out.append("rubric copy: kept your edits to " + ", ".join(self.kept)
                       + f"; this release's version of each is beside it as <name>{BESIDE}, to merge by hand")
        return out


def sync(dest: str | Path, source: Path = BUNDLED, exercise_ids=None) -> SyncReport:
    """Bring a copy of the bundled rubric forward (see the module doc); returns what happened."""
    dest = Path(dest)
    report = SyncReport()
    manifest = read_manifest(dest)
    past = history()
    writes: dict[str, str] = {}
    beside: dict[str, str] = {}
    for name, text in bundled_files(source).items():
        new = fingerprint(text)
        target = dest / name
        if not target.exists():
            if name not in manifest:   # the owner deleted what they were given: that stays their choice
                writes[name] = text
                report.added.append(name)
            continue
        mine = fingerprint(target.read_text(encoding="utf-8"))
        if mine == new:
            manifest[name] = new
        elif mine == manifest.get(name) or mine in past.get(name, ()):
            writes[name] = text
            report.updated.append(name)
        else:
            if not (dest / (name + BESIDE)).exists() or fingerprint(
                    (dest / (name + BESIDE)).read_text(encoding="utf-8")) != new:
                beside[name + BESIDE] = text
            report.kept.append(name)
    if writes:
        files = {str(Path(n).relative_to(dest)): t for n, t in read_files(dest).items()} | writes
        try:
            build({str(dest / n): t for n, t in files.items()}, exercise_ids=exercise_ids, root=dest)
        except InvalidRubric as exc:
            first = exc.errors[0]
            report.problem = (f"with this release's files it would not load ({first.file}:{first.line} "
                              f"{first.field}: {first.message})")
            report.updated, report.added = [], []
            writes = {}
    for name, text in {**writes, **beside}.items():
        path = dest / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name in writes:
        manifest[name] = fingerprint(writes[name])
    if dest.is_dir():
        (dest / MANIFEST).write_text(json.dumps(dict(sorted(manifest.items())), indent=1) + "\n", encoding="utf-8")
    return report


def record() -> list[str]:
    """Add today's bundled versions to `HISTORY`; returns the lines added."""
    known = history()
    added = [f"{name} {fingerprint(text)}" for name, text in sorted(bundled_files().items())
             if fingerprint(text) not in known.get(name, ())]
    if added:
        with HISTORY.open("a", encoding="utf-8") as handle:
            handle.write("\n".join(added) + "\n")
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rubric.migrate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--record", action="store_true", help="list today's bundled versions in the history")
    parser.add_argument("copy", nargs="?", help="a copy of the bundled rubric to bring forward")
    args = parser.parse_args(argv)
    if args.record:
        for line in record():
            print(f"recorded {line}")
    if args.copy:
        for line in sync(args.copy).lines() or ["rubric copy is up to date"]:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
