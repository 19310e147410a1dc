"""The shape of a rubric: roles, and the questions they draw from.

Everything a person can get wrong in a rubric file is checked here or in the loader, so that
the interviewer can trust what it is given: unknown fields are errors (a misspelt
``max_dificulty`` must not silently mean "no limit"), weights add up, every follow-up aims
at a key point that exists, every coding question names a real exercise.

Two ideas carry most of the design:

- A key point is a statement plus `match` groups of synonym phrases (see `rubric.matching`),
  so an offline grader can tell "covered" from "missed" without understanding prose. A key
  point also says which grading dimension it is evidence for (`correctness` by default;
  `depth` for the "why", `tradeoffs`, `complexity`).
- A role limits what it may be asked, per category (`depth`: difficulty range, allowed and
  excluded tags, excluded questions) and for coding (`exercises`), and `rubric.selection`
  enforces those limits; a data scientist's interview cannot contain multi-head attention
  because no function hands it one.

Validators that need outside knowledge (the set of known exercise ids) read it from the
pydantic validation context under ``"exercise_ids"``; without one, the published contract
in `rubric.exercises` is used.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from rubric.errors import FieldProblem
from rubric.exercises import KNOWN_EXERCISES
from rubric.matching import Pattern, compile_pattern, side_of_group


class Category(StrEnum):
    ML_FUNDAMENTALS = "ml_fundamentals"
    CLASSICAL_ALGORITHMS = "classical_algorithms"
    DEEP_LEARNING = "deep_learning"
    LLM_STACK = "llm_stack"
    ML_SYSTEM_DESIGN = "ml_system_design"
    ML_CODING = "ml_coding"
    CASE_STUDIES = "case_studies"


class SectionKind(StrEnum):
    BREADTH = "breadth"
    CODING = "coding"
    SYSTEM_DESIGN = "system_design"
    CASE_STUDY = "case_study"
    CANDIDATE_QUESTIONS = "candidate_questions"


class Tone(StrEnum):
    FRIENDLY = "friendly"
    NEUTRAL = "neutral"
    TOUGH = "tough"


class Level(StrEnum):
    INTERN = "intern"
    NEW_GRAD = "new_grad"
    MID = "mid"
    SENIOR = "senior"


class Dimension(StrEnum):
    CORRECTNESS = "correctness"
    DEPTH = "depth"
    TRADEOFFS = "tradeoffs"
    COMPLEXITY = "complexity"
    COMMUNICATION = "communication"


class Band(StrEnum):
    HIRE = "hire"
    LEAN_HIRE = "lean_hire"
    LEAN_NO_HIRE = "lean_no_hire"
    NO_HIRE = "no_hire"


SECTION_ORDER: tuple[SectionKind, ...] = tuple(SectionKind)

# Which categories each section asks from. The breadth round is the rapid-fire part.
SECTION_CATEGORIES: dict[SectionKind, tuple[Category, ...]] = {
    SectionKind.BREADTH: (
        Category.ML_FUNDAMENTALS,
        Category.CLASSICAL_ALGORITHMS,
        Category.DEEP_LEARNING,
        Category.LLM_STACK,
    ),
    SectionKind.CODING: (Category.ML_CODING,),
    SectionKind.SYSTEM_DESIGN: (Category.ML_SYSTEM_DESIGN,),
    SectionKind.CASE_STUDY: (Category.CASE_STUDIES,),
    SectionKind.CANDIDATE_QUESTIONS: (),
}
CATEGORY_SECTION: dict[Category, SectionKind] = {
    c: kind for kind, cats in SECTION_CATEGORIES.items() for c in cats
}

# A system-design answer is graded on its shape, not on one right design.
DESIGN_STAGES: tuple[str, ...] = ("clarify", "pipeline", "serving", "monitoring", "tradeoff")
MIN_CASE_STAGES = 3

# Difficulty: 1 screen-level, 2 standard onsite, 3 deep dive, 4 research / specialist.
Difficulty = Annotated[int, Field(ge=1, le=4)]
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Group = Annotated[str, StringConstraints(min_length=1)] | list[str]
KeyPointDimension = Literal["correctness", "depth", "tradeoffs", "complexity"]


class Strict(BaseModel):
    """Base for every rubric model: unknown fields are errors, values are not mutated."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _unique(values: list[Any], what: str, key=lambda v: v) -> None:
    seen: set[Any] = set()
    for index, value in enumerate(values):
        k = key(value)
        if k in seen:
            raise FieldProblem((index,), f"duplicate {what} {k!r}")
        seen.add(k)


def _known_exercises(info: ValidationInfo) -> frozenset[str]:
    context = info.context or {}
    return frozenset(context.get("exercise_ids") or KNOWN_EXERCISES)


class _Matchable(Strict):
    """Something an answer is searched for: `match` is compiled once, when validated."""

    match: list[Group] = Field(min_length=1)
    _pattern: Pattern = PrivateAttr()

    @field_validator("match", mode="before")
    @classmethod
    def _numbers_are_words(cls, groups: Any) -> Any:
        """YAML reads ``- 2`` as a number; in a synonym group it means the word "2"."""
        def word(value: Any) -> Any:
            return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value

        if isinstance(groups, list):
            return [[word(p) for p in g] if isinstance(g, list) else word(g) for g in groups]
        return groups

    @field_validator("match")
    @classmethod
    def _compiles(cls, groups: list[Group]) -> list[Group]:
        compile_pattern(groups)
        return groups

    def model_post_init(self, _context: Any) -> None:
        self._pattern = compile_pattern(self.match)

    @property
    def pattern(self) -> Pattern:
        return self._pattern


# ---------------------------------------------------------------- questions


class KeyPoint(_Matchable):
    """One thing a strong answer says (a claim), and how to recognise it being said.

    Its `match` groups must all be said in one sentence, not negated there; with `about`,
    that sentence must say it of that side of the question's `contrast` (said of the other
    side, it is the classic swap, counted as a wrong claim).
    """

    id: Ident
    point: Text
    weight: float = Field(default=1.0, gt=0, le=5)
    dimension: KeyPointDimension = "correctness"
    stage: Ident | None = None
    about: Ident | None = None
    detail: bool = False   # worth knowing, not worth studying: left out of "study next"


class Misconception(_Matchable):
    """A wrong belief a weak answer shows, how to spot it, and the correction to teach."""

    id: Ident
    claim: Text
    correction: Text


class Followup(Strict):
    """A question asked after the first answer.

    With `targets`, it is asked when that key point was missed, and the reply is graded
    against that key point (a second chance to cover it). Without, it is a deeper probe for
    an answer that covered the basics.
    """

    ask: Text
    targets: Ident | None = None


class Discussion(Strict):
    """A question asked once the code passes, with its own answer key.

    A passing Submit has shown the implementation; what is left to learn is whether the
    candidate understands it ("why divide by sqrt(d_k)?"). The reply is graded against
    these key points, never against the implementation's checklist.
    """

    ask: Text
    key_points: list[KeyPoint] = Field(min_length=1)
    misconceptions: list[Misconception] = Field(default_factory=list)

    @field_validator("key_points")
    @classmethod
    def _ids_unique(cls, points: list[KeyPoint]) -> list[KeyPoint]:
        _unique(points, "key point id", key=lambda p: p.id)
        for index, kp in enumerate(points):
            for name in ("stage", "about"):
                if getattr(kp, name) is not None:
                    raise FieldProblem((index, name), f"a discussion's key points have no {name}")
        return points


class Fact(_Matchable):
    """Something the interviewer can tell when asked: `match` says which questions it answers.

    A question's facts answer clarifying questions ("how many users?", "is latency or
    throughput the priority?"); a role's facts answer the candidate's questions about the
    team and the job. The phrase syntax is the key points' (see `rubric.matching`).
    """

    answer: Text


class Stage(Strict):
    """One step of a structured answer (system design, case study)."""

    stage: Ident
    goal: Text


class Question(Strict):
    id: Ident
    category: Category
    difficulty: Difficulty
    tags: list[Ident] = Field(min_length=1)
    prompt: Text
    structure: list[Stage] | None = None
    key_points: list[KeyPoint] = Field(min_length=1)
    misconceptions: list[Misconception] = Field(default_factory=list)
    followups: list[Followup] = Field(min_length=1)
    hints: list[Text] = Field(min_length=2, max_length=3)
    exercise: Ident | None = None
    clarifications: list[Fact] = Field(default_factory=list)
    assumptions: Text | None = None   # said to a clarifying question no clarification answers
    contrast: dict[Ident, Group] = Field(default_factory=dict)   # a comparison's sides: id -> how each is named
    discussion: list[Discussion] = Field(default_factory=list)   # coding only: asked once the code passes

    @field_validator("contrast")
    @classmethod
    def _contrast_compiles(cls, sides: dict[str, Group]) -> dict[str, Group]:
        if sides and len(sides) < 2:
            raise ValueError("a contrast needs at least two sides")
        for name, group in sides.items():
            try:
                compile_pattern([group])
            except (FieldProblem, ValueError) as exc:
                raise FieldProblem((name,), str(exc)) from None
        return sides

    _sides: dict[str, Pattern] = PrivateAttr(default_factory=dict)
    _about: dict[str, str] = PrivateAttr(default_factory=dict)
    _discussed: dict[int, Question] = PrivateAttr(default_factory=dict)

    def model_post_init(self, _context: Any) -> None:
        self._sides = {name: compile_pattern([group]) for name, group in self.contrast.items()}
        for kp in self.key_points:   # a key point that names one side in a group of its own is about that side
            named = {side_of_group(group, self._sides) for group in kp.pattern.groups} - {None}
            about = kp.about or (named.pop() if len(named) == 1 else None)
            if about:
                self._about[kp.id] = about

    def about(self, key_point: KeyPoint) -> str | None:
        """The side of the comparison a key point is a claim about (declared, or named in its match)."""
        return self._about.get(key_point.id)

    @property
    def sides(self) -> dict[str, Pattern]:
        """The contrast's sides, compiled: what `Pattern.claims` reads a claim's subject with."""
        return self._sides

    @field_validator("tags")
    @classmethod
    def _tags_unique(cls, tags: list[str]) -> list[str]:
        _unique(tags, "tag")
        return tags

    @field_validator("structure")
    @classmethod
    def _stages_unique(cls, stages: list[Stage] | None) -> list[Stage] | None:
        if stages is not None:
            _unique(stages, "stage", key=lambda s: s.stage)
        return stages

    @field_validator("key_points")
    @classmethod
    def _key_points_fit_structure(cls, points: list[KeyPoint], info: ValidationInfo) -> list[KeyPoint]:
        _unique(points, "key point id", key=lambda p: p.id)
        if "structure" not in info.data:  # structure itself failed; reported there
            return points
        stages = [s.stage for s in info.data["structure"] or []]
        for index, kp in enumerate(points):
            if stages and kp.stage is None:
                raise FieldProblem((index, "stage"), f"must name one of the stages: {', '.join(stages)}")
            if not stages and kp.stage is not None:
                raise FieldProblem((index, "stage"), "only questions with a structure have stages")
            if kp.stage is not None and kp.stage not in stages:
                raise FieldProblem(
                    (index, "stage"), f"unknown stage {kp.stage!r}; the structure has {', '.join(stages)}")
        for stage in stages:
            if not any(kp.stage == stage for kp in points):
                raise ValueError(f"stage {stage!r} has no key point; each stage needs at least one")
        return points

    @model_validator(mode="after")
    def _about_names_a_side(self) -> Question:
        for index, kp in enumerate(self.key_points):
            if kp.about is not None and kp.about not in self.contrast:
                raise FieldProblem(("key_points", index, "about"),
                                   f"unknown side {kp.about!r}; the contrast has {', '.join(self.contrast) or 'none'}")
        return self

    @field_validator("misconceptions")
    @classmethod
    def _misconception_ids_unique(cls, items: list[Misconception]) -> list[Misconception]:
        _unique(items, "misconception id", key=lambda m: m.id)
        return items

    @field_validator("followups")
    @classmethod
    def _followups_aim_at_key_points(cls, items: list[Followup], info: ValidationInfo) -> list[Followup]:
        if "key_points" not in info.data:
            return items
        ids = {kp.id for kp in info.data["key_points"]}
        for index, f in enumerate(items):
            if f.targets is not None and f.targets not in ids:
                raise FieldProblem(
                    (index, "targets"), f"unknown key point {f.targets!r}; known: {', '.join(sorted(ids))}")
        if not any(f.targets for f in items):
            raise ValueError("at least one follow-up must target a key point (asked when that point is missed)")
        return items

    @field_validator("exercise")
    @classmethod
    def _exercise_known(cls, exercise: str | None, info: ValidationInfo) -> str | None:
        if exercise is not None and exercise not in _known_exercises(info):
            raise ValueError(f"unknown exercise id {exercise!r}")
        return exercise

    @model_validator(mode="after")
    def _discussion_ids_unique(self) -> Question:
        seen = {kp.id for kp in self.key_points}
        for index, item in enumerate(self.discussion):
            for kp_index, kp in enumerate(item.key_points):
                if kp.id in seen:
                    raise FieldProblem(("discussion", index, "key_points", kp_index, "id"),
                                       f"duplicate key point id {kp.id!r} (ids are unique across the question)")
                seen.add(kp.id)
        return self

    @model_validator(mode="after")
    def _category_rules(self) -> Question:
        if self.discussion and self.exercise is None:
            raise FieldProblem(("discussion",), "only coding questions have a discussion (asked once the code passes)")
        if self.category is Category.ML_CODING and self.exercise is None:
            raise FieldProblem(("exercise",), "a coding question must name its exercise")
        if self.category is not Category.ML_CODING and self.exercise is not None:
            raise FieldProblem(("exercise",), "only ml_coding questions have an exercise")
        stages = [s.stage for s in self.structure or []]
        if self.category is Category.ML_SYSTEM_DESIGN:
            missing = [s for s in DESIGN_STAGES if s not in stages]
            if missing:
                raise FieldProblem(("structure",), f"a system-design question must cover {', '.join(DESIGN_STAGES)};"
                                                  f" missing {', '.join(missing)}")
            order = [s for s in stages if s in DESIGN_STAGES]
            if order != list(DESIGN_STAGES):
                raise FieldProblem(("structure",), f"stages must come in the order {', '.join(DESIGN_STAGES)}")
        elif self.category is Category.CASE_STUDIES:
            if len(stages) < MIN_CASE_STAGES:
                raise FieldProblem(
                    ("structure",), f"a case study needs a structure of at least {MIN_CASE_STAGES} stages")
        elif self.structure is not None:
            raise FieldProblem(("structure",), "only system-design and case-study questions have a structure")
        return self

    def key_point(self, key_point_id: str) -> KeyPoint:
        return next(kp for kp in self.key_points if kp.id == key_point_id)

    def wrong_claim(self, misconception_id: str) -> tuple[str, str]:
        """(claim, correction) for a misconception id: the rubric's own, or one made from a key point
        said the wrong way round ("swapped:<key point>", "reversed:<key point>") or waved away as not
        mattering ("dismissed:<key point>")."""
        for m in self.misconceptions:
            if m.id == misconception_id:
                return m.claim, m.correction
        kind, _, kp_id = misconception_id.partition(":")
        kp = next((k for k in self.key_points if k.id == kp_id), None)
        if kp is None or kind not in ("denied", "swapped", "reversed", "dismissed"):
            raise KeyError(misconception_id)
        if kind in ("denied", "reversed"):
            return f"The opposite of: {_lower_first(kp.point)}", kp.point
        if kind == "dismissed":
            return f"That this does not matter: {_lower_first(kp.point)}", kp.point
        if not kp.about:
            return f"The two sides the wrong way round: {_lower_first(kp.point)}", kp.point
        others = [s for s in self.contrast if s != kp.about]
        return (f"Said of {' or '.join(s.replace('_', ' ') for s in others)} what holds for "
                f"{(kp.about or '').replace('_', ' ')}: {_lower_first(kp.point)}", kp.point)

    def wrong_claims(self) -> dict[str, tuple[str, str]]:
        """Every misconception id a grade may name, with its claim and correction."""
        out = {m.id: (m.claim, m.correction) for m in self.misconceptions}
        for kp in self.key_points:
            for kind in ("denied", "reversed", "dismissed") + (("swapped",) if self.contrast else ()):
                out[f"{kind}:{kp.id}"] = self.wrong_claim(f"{kind}:{kp.id}")
        return out

    def discussed(self, key_point_ids: list[str] | None) -> Question | None:
        """The discussion question these key points belong to, as a question of its own (what a reply
        to it is graded against), or None when they are not a discussion's."""
        wanted = set(key_point_ids or ())
        for index, item in enumerate(self.discussion):
            if wanted and wanted <= {kp.id for kp in item.key_points}:
                if index not in self._discussed:
                    self._discussed[index] = Question.model_validate({
                        "id": self.id, "category": self.category, "difficulty": self.difficulty, "tags": self.tags,
                        "prompt": item.ask, "exercise": self.exercise,
                        "key_points": [kp.model_dump() for kp in item.key_points],
                        "misconceptions": [m.model_dump() for m in item.misconceptions],
                        "followups": [{"ask": item.ask, "targets": item.key_points[0].id}],
                        "hints": list(self.hints)}, context={"exercise_ids": {self.exercise}})
                return self._discussed[index]
        return None

    def wording(self) -> dict[str, dict[str, str]]:
        """What the ids a grade names say, for a reader: key points (the discussion's too) and wrong claims."""
        points = {kp.id: kp.point for kp in self.key_points}
        claims = {m_id: claim for m_id, (claim, _) in self.wrong_claims().items()}
        for item in self.discussion:
            points.update({kp.id: kp.point for kp in item.key_points})
            claims.update({m.id: m.claim for m in item.misconceptions})
        return {"key_points": points, "misconceptions": claims}

    def followups_for_missed(self, missed: list[str]) -> list[Followup]:
        """The follow-ups aimed at these missed key points, in the order written."""
        wanted = set(missed)
        return [f for f in self.followups if f.targets in wanted]


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text if first.isupper() or any(c.isupper() for c in first[1:]) else text[:1].lower() + text[1:]


class QuestionFile(Strict):
    """A file of questions, all of one category (stated once, at the top)."""

    category: Category
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _inherit_category(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("questions"), list):
            category = data.get("category")
            data = {**data, "questions": [
                {"category": category, **q} if isinstance(q, dict) and "category" not in q else q
                for q in data["questions"]
            ]}
        return data

    @model_validator(mode="after")
    def _one_category(self) -> QuestionFile:
        for index, q in enumerate(self.questions):
            if q.category != self.category:
                raise FieldProblem(("questions", index, "category"),
                                   f"is {q.category.value!r} in a file of {self.category.value!r} questions")
        return self


# ---------------------------------------------------------------- roles


class Section(Strict):
    kind: SectionKind
    minutes: int = Field(ge=1, le=240)


class CategoryDepth(Strict):
    """How deep a role goes in one category; `rubric.selection` enforces it.

    A question is eligible when its difficulty is within [min, max], it carries one of
    `include_tags` (when any are given), none of `exclude_tags`, and is not excluded by id.
    """

    min_difficulty: Difficulty = 1
    max_difficulty: Difficulty = 4
    include_tags: list[Ident] = Field(default_factory=list)
    exclude_tags: list[Ident] = Field(default_factory=list)
    exclude_questions: list[Ident] = Field(default_factory=list)

    @model_validator(mode="after")
    def _range(self) -> CategoryDepth:
        if self.min_difficulty > self.max_difficulty:
            raise FieldProblem(("max_difficulty",), f"is below min_difficulty ({self.min_difficulty})")
        clash = set(self.include_tags) & set(self.exclude_tags)
        if clash:
            raise FieldProblem(("exclude_tags",), f"also included: {', '.join(sorted(clash))}")
        return self


UNRESTRICTED = CategoryDepth()


class Persona(Strict):
    name: Text
    tone: Tone
    style: Text


class Thresholds(Strict):
    """Cut-offs on the 0..1 overall score: at or above `hire` is hire, and so on down."""

    hire: float = Field(gt=0, lt=1)
    lean_hire: float = Field(gt=0, lt=1)
    lean_no_hire: float = Field(gt=0, lt=1)

    @model_validator(mode="after")
    def _descending(self) -> Thresholds:
        if not self.hire > self.lean_hire:
            raise FieldProblem(("lean_hire",), f"must be below hire ({self.hire})")
        if not self.lean_hire > self.lean_no_hire:
            raise FieldProblem(("lean_no_hire",), f"must be below lean_hire ({self.lean_hire})")
        return self

    def band(self, score: float) -> Band:
        if score >= self.hire:
            return Band.HIRE
        if score >= self.lean_hire:
            return Band.LEAN_HIRE
        if score >= self.lean_no_hire:
            return Band.LEAN_NO_HIRE
        return Band.NO_HIRE


class Grading(Strict):
    """How answers become a verdict: dimension weights (percent), bands, hint discount."""

    dimensions: dict[Dimension, int]
    thresholds: Thresholds
    hint_penalty: float = Field(default=0.1, ge=0, le=0.5)

    @field_validator("dimensions")
    @classmethod
    def _dimensions_complete(cls, weights: dict[Dimension, int]) -> dict[Dimension, int]:
        _percentages(weights, Dimension, "dimension")
        return weights


def _percentages(weights: dict, keys: type[StrEnum], what: str) -> None:
    missing = [k.value for k in keys if k not in weights]
    if missing:
        raise ValueError(f"every {what} needs a weight; missing {', '.join(missing)}")
    for key, value in weights.items():
        if not 0 <= value <= 100:
            raise FieldProblem((key.value,), "must be between 0 and 100 (percent)")
    total = sum(weights.values())
    if total != 100:
        raise ValueError(f"weights must sum to 100 (percent); they sum to {total}")


class Role(Strict):
    id: Ident
    name: Text
    level: Level
    focus: Text
    duration_minutes: int = Field(ge=10, le=240)
    sections: list[Section] = Field(min_length=1)
    weights: dict[Category, int]
    questions_per_category: dict[Category, Annotated[int, Field(ge=0, le=20)]]
    depth: dict[Category, CategoryDepth] = Field(default_factory=dict)
    exercises: list[Ident] = Field(default_factory=list)
    persona: Persona
    team: list[Fact] = Field(default_factory=list)   # answers to the candidate's questions about the team and job
    grading: Grading

    @field_validator("sections")
    @classmethod
    def _sections_fit(cls, sections: list[Section], info: ValidationInfo) -> list[Section]:
        _unique(sections, "section", key=lambda s: s.kind.value)
        kinds = [s.kind for s in sections]
        expected = [k for k in SECTION_ORDER if k in kinds]
        if kinds != expected:
            raise ValueError(f"sections must come in the order {', '.join(k.value for k in SECTION_ORDER)}")
        duration = info.data.get("duration_minutes")
        total = sum(s.minutes for s in sections)
        if duration is not None and total != duration:
            raise ValueError(f"section minutes sum to {total}, but duration_minutes is {duration}")
        return sections

    @field_validator("weights")
    @classmethod
    def _weights_sum(cls, weights: dict[Category, int]) -> dict[Category, int]:
        _percentages(weights, Category, "category")
        return weights

    @field_validator("questions_per_category")
    @classmethod
    def _counts_match_weights(cls, counts: dict[Category, int], info: ValidationInfo) -> dict[Category, int]:
        missing = [c.value for c in Category if c not in counts]
        if missing:
            raise ValueError(f"every category needs a count (0 allowed); missing {', '.join(missing)}")
        weights = info.data.get("weights")
        sections = info.data.get("sections")
        for category, count in counts.items():
            if weights is not None and (count > 0) != (weights[category] > 0):
                raise FieldProblem((category.value,), f"is {count} but the weight is {weights[category]}:"
                                                      " a category is asked if and only if it is weighted")
            if sections is not None and count > 0 and CATEGORY_SECTION[category] not in {s.kind for s in sections}:
                raise FieldProblem(
                    (category.value,), f"is asked but the role has no {CATEGORY_SECTION[category].value} section")
        return counts

    @field_validator("exercises")
    @classmethod
    def _exercises_known(cls, exercises: list[str], info: ValidationInfo) -> list[str]:
        _unique(exercises, "exercise")
        known = _known_exercises(info)
        for index, exercise in enumerate(exercises):
            if exercise not in known:
                raise FieldProblem((index,), f"unknown exercise id {exercise!r}")
        counts = info.data.get("questions_per_category") or {}
        if counts.get(Category.ML_CODING, 0) > 0 and not exercises:
            raise ValueError("the role asks coding questions, so it must list the exercises it draws from")
        return exercises

    def depth_for(self, category: Category) -> CategoryDepth:
        return self.depth.get(category, UNRESTRICTED)

    def minutes_for(self, kind: SectionKind) -> int:
        return next((s.minutes for s in self.sections if s.kind is kind), 0)
