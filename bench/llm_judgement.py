"""How well does the configured LLM grade, next to the offline grader, on labelled answers?

    HOTSEAT_LLM_MODEL=openai/gpt-4o-mini .venv/bin/python bench/llm_judgement.py [--questions N] [--part holdout]
    HOTSEAT_LLM_MODEL=openai/NAME HOTSEAT_LLM_API_BASE=http://127.0.0.1:11434/v1 .venv/bin/python bench/llm_judgement.py

The labelled set is `tests/judgement/answers.py`: per question an expert answer in unusual
words, a short correct one, a fluent but wrong one, a generic hedge and a good answer to a
different question. Both graders grade the same answers; the script prints, per grader:

- pairwise order: the share of (expert > short) and (short > wrong / hedge / off-topic) pairs
  the grader puts in that order;
- band agreement: expert in the hire band (>= 0.7), wrong / hedge / off-topic at the bottom
  (<= 0.35);
- how far the two graders' scores of the same answer lie apart (the LLM grade is held within
  a band of the offline one unless the model quotes a wrong claim);
- for the LLM: how many of the key points it claimed were backed by a quote that is really in
  the answer ("evidence verified"), how many grades fell back to the offline grader, and the
  time per grade.

Any user with a key (or a local model) can measure their model this way before trusting it.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interviewer.grading.llm import AGREEMENT, LLMGrader  # noqa: E402
from interviewer.grading.offline import OfflineGrader  # noqa: E402
from interviewer.llm import LLMClient, warm_up  # noqa: E402
from rubric import load_rubric  # noqa: E402
from server.settings import Settings  # noqa: E402
from tests.judgement.answers import HOLDOUT, SETS  # noqa: E402

KINDS = ("expert", "short", "wrong", "hedge", "off_topic")
HIRE, LOW = 0.7, 0.35


def order_pairs(scores: dict[str, float]) -> list[bool]:
    return ([scores["expert"] > scores["short"]]
            + [scores["short"] > scores[k] for k in ("wrong", "hedge", "off_topic")])


def report(name: str, per_question: dict[str, dict[str, float]]) -> None:
    pairs = [ok for scores in per_question.values() for ok in order_pairs(scores)]
    expert_hire = [s["expert"] >= HIRE for s in per_question.values()]
    low = [s[k] <= LOW for s in per_question.values() for k in ("wrong", "hedge", "off_topic")]
    print(f"{name:10s} pairwise order {sum(pairs)}/{len(pairs)} ({sum(pairs) / len(pairs):.0%})  "
          f"expert >= {HIRE}: {sum(expert_hire)}/{len(expert_hire)}  "
          f"wrong/hedge/off-topic <= {LOW}: {sum(low)}/{len(low)}")
    for kind in KINDS:
        values = [s[kind] for s in per_question.values()]
        print(f"{'':10s} {kind:10s} mean {statistics.mean(values):.2f}  median {statistics.median(values):.2f}")


async def run(questions: list[str], grader: LLMGrader) -> None:
    rubric = load_rubric()
    offline = OfflineGrader()
    scores: dict[str, dict[str, dict[str, float]]] = {"offline": {}, "llm": {}}
    claimed = verified = fallbacks = 0
    times: list[float] = []
    for number, question_id in enumerate(questions, 1):
        question = rubric.question(question_id)
        for kind in KINDS:
            answer = SETS[question_id][kind]
            scores["offline"].setdefault(question_id, {})[kind] = offline.grade_now(question, answer).score
            began = time.perf_counter()
            grade = await grader.grade(question, answer)
            times.append(time.perf_counter() - began)
            scores["llm"].setdefault(question_id, {})[kind] = grade.score
            if not grade.grader.startswith("llm"):
                fallbacks += 1
                continue
            dropped = sum(len(re.split(r",\s*", n.split(": ", 1)[1])) for n in grade.notes
                          if n.startswith("not counted (no quote found in the answer)"))
            claimed += len(grade.covered) + dropped
            verified += len(grade.covered)
        print(f"  graded {number}/{len(questions)}: {question_id}", file=sys.stderr)
    print(f"\n{len(questions)} questions x {len(KINDS)} answers, model {grader.model}\n")
    report("offline", scores["offline"])
    report("llm", scores["llm"])
    swings = [abs(scores["llm"][q][k] - scores["offline"][q][k]) for q in scores["llm"] for k in KINDS]
    within = sum(1 for x in swings if x <= AGREEMENT + 1e-9)
    print(f"\nsame answer, two graders: within {AGREEMENT} (a band) {within}/{len(swings)}, "
          f"largest swing {max(swings):.2f}")
    print(f"llm evidence verified: {verified}/{claimed} claimed key points had a quote that is in the answer")
    print(f"llm fallbacks to the offline grader: {fallbacks}/{len(times)}")
    ordered = sorted(times)
    print(f"llm time per grade: median {statistics.median(times):.2f} s, "
          f"p95 {ordered[int(0.95 * (len(ordered) - 1))]:.2f} s, max {ordered[-1]:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, help="grade only the first N questions")
    parser.add_argument("--part", choices=("all", "tune", "holdout"), default="all")
    args = parser.parse_args()
    settings = Settings.from_env()
    if settings.llm is None:
        print("set HOTSEAT_LLM_MODEL (and HOTSEAT_LLM_API_BASE / a key) to the model to measure; see docs/llm.md",
              file=sys.stderr)
        return 2
    questions = [q for q in SETS if args.part == "all" or (q in HOLDOUT) == (args.part == "holdout")]
    warm_up().join()
    asyncio.run(run(questions[: args.questions] if args.questions else questions, LLMGrader(LLMClient(settings.llm))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
