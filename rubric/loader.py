"""Load a rubric from YAML files and check it as a whole.

A rubric directory holds ``roles/*.yaml`` (one role per file) and ``questions/*.yaml``
(a category per file). The bundled one is `BUNDLED`; a user's copy works the same way.

Loading is all or nothing: every file is parsed and validated, then the cross-references
(duplicate ids, questions and tags a role names, enough eligible questions for each role)
are checked, and only a set with no errors becomes a `Rubric`. Every error found is
reported with its file, line and field, not just the first one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rubric.bank import Origin, Rubric
from rubric.errors import FieldProblem, InvalidRubric, RubricError
from rubric.exercises import KNOWN_EXERCISES
from rubric.schema import Category, Question, QuestionFile, Role
from rubric.selection import eligible_questions
from rubric.yamlsource import Document, parse

BUNDLED = Path(__file__).resolve().parent / "data"
SUFFIXES = (".yaml", ".yml")

_FRIENDLY = {
    "missing": "is required",
    "extra_forbidden": "unknown field (not part of the rubric format)",
}


def read_files(root: Path) -> dict[str, str]:
    """The rubric files under `root`, by the path errors should show, with their text."""
    root = Path(root)
    files: dict[str, str] = {}
    for sub in ("roles", "questions"):
        folder = root / sub
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.suffix in SUFFIXES and path.is_file():
                    files[str(path)] = path.read_text(encoding="utf-8")
    return files


def load_rubric(path: str | Path | None = None, *, exercise_ids: Collection[str] | None = None) -> Rubric:
    """Load and check the rubric directory at `path` (default: the bundled one).

    Raises `InvalidRubric` carrying every error found.
    """
    root = Path(path) if path is not None else BUNDLED
    if not root.is_dir():
        raise InvalidRubric([RubricError(str(root), 0, "", "not a rubric directory (expected roles/ and questions/)")])
    return build(read_files(root), exercise_ids=exercise_ids, root=root)


def build(
    files: Mapping[str, str],
    *,
    exercise_ids: Collection[str] | None = None,
    root: Path | None = None,
) -> Rubric:
    """Build a `Rubric` from file texts (file name -> YAML text), or raise `InvalidRubric`.

    A file is a role file if it sits in a ``roles`` folder, a question file if it sits in
    a ``questions`` folder; elsewhere, a top-level ``questions:`` key makes it a question file.
    """
    context = {"exercise_ids": frozenset(exercise_ids or KNOWN_EXERCISES)}
    errors: list[RubricError] = []
    roles: list[tuple[Role, Document]] = []
    question_files: list[tuple[QuestionFile, Document]] = []
    question_files_ok = True

    for name in sorted(files):
        document, problems = parse(files[name], name)
        errors.extend(problems)
        if document is None:
            question_files_ok &= _kind(name, None) != "questions"
            continue
        kind = _kind(name, document.data)
        model = QuestionFile if kind == "questions" else Role
        try:
            parsed = model.model_validate(document.data, context=context)
        except ValidationError as exc:
            errors.extend(_located(exc, document))
            question_files_ok &= kind != "questions"
            continue
        if kind == "questions":
            question_files.append((parsed, document))
        else:
            roles.append((parsed, document))

    if not roles and not any(_kind(n, None) == "roles" for n in files):
        errors.append(RubricError(str(root or "<rubric>"), 0, "roles", "no role files (roles/*.yaml)"))
    if not question_files and question_files_ok:
        errors.append(RubricError(str(root or "<rubric>"), 0, "questions", "no question files (questions/*.yaml)"))

    role_map: dict[str, Role] = {}
    question_map: dict[str, Question] = {}
    origins: dict[tuple[str, str], Origin] = {}
    for qfile, document in question_files:
        for index, q in enumerate(qfile.questions):
            loc = ("questions", index)
            if q.id in question_map:
                first = origins[("question", q.id)]
                where = f"{first.file}:{first.document.line(first.loc)}"
                errors.append(document.error(loc + ("id",), f"duplicate question id {q.id!r}; first defined at {where}"))
                continue
            question_map[q.id] = q
            origins[("question", q.id)] = Origin(document, loc)
    for role, document in roles:
        if role.id in role_map:
            first = origins[("role", role.id)]
            errors.append(document.error(("id",), f"duplicate role id {role.id!r}; first defined in {first.file}"))
            continue
        role_map[role.id] = role
        origins[("role", role.id)] = Origin(document, ())

    rubric = Rubric(role_map, question_map, origins, dict(files), root)
    if question_files_ok:  # references into a half-loaded bank would only add noise
        errors.extend(_cross_check(rubric, context["exercise_ids"]))
    if errors:
        raise InvalidRubric(errors)
    return rubric


def _kind(name: str, data: Any) -> str:
    parent = Path(name).parent.name
    if parent in ("roles", "questions"):
        return parent
    return "questions" if isinstance(data, dict) and "questions" in data else "roles"


def _located(exc: ValidationError, document: Document) -> list[RubricError]:
    """Pydantic's errors -> `RubricError`s with the line each one points at."""
    out: list[RubricError] = []
    seen: set[tuple[int, str]] = set()
    for err in exc.errors():
        loc = tuple(err["loc"])
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, FieldProblem):
            loc += cause.at
        message = str(cause) if isinstance(cause, ValueError) else _FRIENDLY.get(err["type"], err["msg"])
        error = document.error(loc, message)
        if (error.line, error.field) in seen:  # one report per place (union branches repeat)
            continue
        seen.add((error.line, error.field))
        out.append(error)
    return out


def _cross_check(rubric: Rubric, exercise_ids: frozenset[str]) -> list[RubricError]:
    """What no single file can know: references between roles and the question bank."""
    errors: list[RubricError] = []
    tags_by_category = {c: {t for q in rubric.questions_in(c) for t in q.tags} for c in Category}
    coding_exercises = {q.exercise for q in rubric.questions_in(Category.ML_CODING)}
    for role in rubric.roles.values():
        document = rubric.origin("role", role.id).document
        for category, depth in role.depth.items():
            at = ("depth", category.value)
            for index, qid in enumerate(depth.exclude_questions):
                q = rubric.questions.get(qid)
                if q is None:
                    errors.append(document.error(at + ("exclude_questions", index), f"unknown question id {qid!r}"))
                elif q.category is not category:
                    errors.append(document.error(
                        at + ("exclude_questions", index), f"{qid!r} is a {q.category.value} question"))
            for field in ("include_tags", "exclude_tags"):
                for index, tag in enumerate(getattr(depth, field)):
                    if tag not in tags_by_category[category]:
                        errors.append(document.error(
                            at + (field, index), f"no {category.value} question has the tag {tag!r}"))
        for index, exercise in enumerate(role.exercises):
            if exercise not in coding_exercises:
                errors.append(document.error(
                    ("exercises", index), f"no ml_coding question uses exercise {exercise!r}, so it can never be drawn"))
        for category in Category:
            wanted = role.questions_per_category.get(category, 0)
            have = len(eligible_questions(rubric, role, category))
            if wanted > have:
                errors.append(document.error(
                    ("questions_per_category", category.value),
                    f"the role asks {wanted} {category.value} question(s) but only {have} in the bank"
                    " fit its depth and exercises",
                ))
    return errors


def validate_files(files: Mapping[str, str], *, exercise_ids: Collection[str] | None = None) -> list[RubricError]:
    """All errors in a set of file texts ([] when it would load)."""
    try:
        build(files, exercise_ids=exercise_ids)
    except InvalidRubric as exc:
        return exc.errors
    return []


def validate_path(path: str | Path | None = None, *, exercise_ids: Collection[str] | None = None) -> list[RubricError]:
    """Errors for ``hotseat rubric validate [PATH]``; [] means the rubric would load.

    PATH may be a rubric directory, or one file. A file inside a rubric directory is checked
    with the rest of that directory (its edits can break references elsewhere); a file
    anywhere else is checked against the bundled rubric, as if it were added to it.
    """
    target = Path(path) if path is not None else BUNDLED
    if target.is_dir():
        try:
            load_rubric(target, exercise_ids=exercise_ids)
        except InvalidRubric as exc:
            return exc.errors
        return []
    if not target.is_file():
        return [RubricError(str(target), 0, "", "no such file or directory")]
    text = target.read_text(encoding="utf-8")
    root = target.parent.parent
    if target.parent.name in ("roles", "questions") and (root / "roles").is_dir() and (root / "questions").is_dir():
        files = read_files(root)
        files[str(target)] = text
        return validate_files(files, exercise_ids=exercise_ids)
    return validate_files(_with_candidate(read_files(BUNDLED), str(target), text), exercise_ids=exercise_ids)


def resolve_name(files: Mapping[str, str], name: str) -> str:
    """The file of `files` that `name` means, or `name` itself for a new file.

    A bare or relative name that ends exactly one existing path (``roles/data_scientist.yaml``)
    means that file, so a caller need not know where the rubric lives.
    """
    if name in files:
        return name
    tail = Path(name).parts
    matches = [f for f in files if Path(f).parts[-len(tail):] == tail]
    return matches[0] if len(matches) == 1 else name


def _with_candidate(files: Mapping[str, str], name: str, text: str) -> dict[str, str]:
    return {**files, name: text}


def validate_role_text(
    text: str, filename: str = "role.yaml", *, against: Rubric | None = None,
    exercise_ids: Collection[str] | None = None,
) -> Role:
    """Check a role file's text before it is written or swapped in; return the role.

    The role is checked with the rest of a rubric (`against`, default the bundled one): if
    `filename` names a file of that rubric, the text replaces it, otherwise it is added.
    Raises `InvalidRubric` with every error, including ones the change causes elsewhere.
    """
    rubric, name = _check_candidate(text, filename, against, exercise_ids)
    for (kind, item_id), origin in rubric.origins.items():
        if kind == "role" and origin.file == name:
            return rubric.roles[item_id]
    raise InvalidRubric([RubricError(filename, 1, "", "this is not a role file")])


def validate_questions_text(
    text: str, filename: str = "questions.yaml", *, against: Rubric | None = None,
    exercise_ids: Collection[str] | None = None,
) -> list[Question]:
    """Like `validate_role_text`, for a file of questions; returns its questions."""
    rubric, name = _check_candidate(text, filename, against, exercise_ids)
    found = [rubric.questions[qid] for (kind, qid), origin in rubric.origins.items()
             if kind == "question" and origin.file == name]
    if not found:
        raise InvalidRubric([RubricError(filename, 1, "", "this is not a question file")])
    return found


def _check_candidate(
    text: str, filename: str, against: Rubric | None, exercise_ids: Collection[str] | None
) -> tuple[Rubric, str]:
    base = against if against is not None else load_rubric(exercise_ids=exercise_ids)
    name = resolve_name(base.files, filename)
    return build(_with_candidate(base.files, name, text), exercise_ids=exercise_ids, root=base.root), name


def copy_rubric(dest: str | Path, source: str | Path | None = None) -> Path:
    """Copy a rubric (default: the bundled one) into `dest` so that it can be edited.

    Refuses to overwrite existing files: a copy is a starting point, not a sync.
    """
    src, dest = Path(source) if source is not None else BUNDLED, Path(dest)
    plan = [(Path(name), dest / Path(name).relative_to(src)) for name in read_files(src)]
    clashes = [str(target) for _, target in plan if target.exists()]
    if clashes:
        raise FileExistsError(f"would overwrite: {', '.join(clashes)}")
    for origin, target in plan:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(origin.read_text(encoding="utf-8"), encoding="utf-8")
    if src == BUNDLED:   # which release each file came from, so a later release can bring it forward
        from rubric.migrate import bundled_files, write_manifest

        write_manifest(dest, bundled_files())
    return dest
