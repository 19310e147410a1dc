"""How well does the offline grader tell strong answers from weak ones, and from tricks?

    .venv/bin/python bench/grader_accuracy.py [--role ROLE] [--worst N] [--verbose]

The issue's measures on the judgement set (tests/judgement: expert, short, wrong, hedge and
off-topic answers per question, tune and holdout parts) and on the coding discussions
(tests/interviewer/discussion_answers.yaml), then two older labelled sets, reported separately:

- ours (`tests/interviewer/eval_answers.py`): strong and weak answers written for the
  grader's evaluation, plus keyword lists and injection attempts for some questions;
- the rubric author's (`tests/rubric/labelled_answers.py`): strong/weak pairs written with
  the synonym lists (a friendly test), and paraphrases of the strong answers.

Pairwise accuracy is the share of questions whose strong answer scores above its weak one.
The script also derives three tricks from every strong answer and reports their mean
score next to the real kinds: its first sentence said ten times ("padded"), every synonym
of the question's key points as a comma list ("synonym list"), and the same synonyms
stuffed into filler sentences ("synonym sentences"), the hardest case for a grader that
cannot read. Timing is per answer, over every answer graded.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import rubric  # noqa: E402
from interviewer.grading import OfflineGrader  # noqa: E402
from tests.interviewer.eval_answers import EVAL  # noqa: E402
from tests.judgement.answers import CLARIFYING, HOLDOUT, IDK, ONE_WORD, SETS  # noqa: E402
from tests.rubric.labelled_answers import ANSWERS, PARAPHRASES  # noqa: E402

DISCUSSION = ROOT / "tests" / "interviewer" / "discussion_answers.yaml"

KINDS = ("strong", "paraphrase", "weak", "keywords", "injection", "padded", "synonym list", "synonym sentences")


def synonyms(question) -> list[list[str]]:
    """Per key point, one plain phrase per synonym group, and all phrases flattened."""
    per_point = []
    for kp in question.key_points:
        groups = []
        for group in kp.pattern.groups:
            words = [" ".join(w for w, _ in (p for p in phrase.parts if p is not None)) for phrase in group]
            groups.append(words)
        per_point.append(groups)
    return per_point


def tricks(question, strong: str) -> dict[str, str]:
    first = strong.split(". ")[0].rstrip(".") + ". "
    groups = synonyms(question)
    every = [w for point in groups for group in point for w in group]
    stuffed = " ".join(
        "It is about " + " and ".join(group[0] for group in point) + ", because that matters." for point in groups)
    return {"padded": first * 10, "synonym list": ", ".join(every) + ".", "synonym sentences": stuffed}


def answer_sets() -> dict[str, dict[str, dict[str, str]]]:
    ours = {qid: {k: v for k, v in a.items() if k in KINDS} for qid, a in EVAL.items()}
    theirs = {qid: {"strong": a["strong"], "weak": a["weak"]} for qid, a in ANSWERS.items()}
    for qid, text in PARAPHRASES.items():
        theirs.setdefault(qid, {})["paraphrase"] = text
    return {"ours": ours, "rubric author's": theirs}


JUDGEMENT = ("expert", "short", "wrong", "hedge", "off_topic")
HIRE, LOW = 0.7, 0.35


def judgement_report(bank, score, part: str, questions: list[str], wrong_claims=None) -> dict:
    """The issue's measures on tests/judgement: order, the hire band for experts, the bottom for the rest,
    and false alarms: correct answers (expert, short) charged with a wrong claim."""
    scores = {q: {k: score(bank.question(q), SETS[q][k]) for k in JUDGEMENT} for q in questions}
    pairs = [(q, a, b) for q, s in scores.items()
             for a, b in [("expert", "short"), ("short", "wrong"), ("short", "hedge"), ("short", "off_topic")]]
    ordered = pairs
    right = sum(scores[q][a] > scores[q][b] for q, a, b in pairs)
    experts = sum(s["expert"] >= HIRE for s in scores.values())
    bottom = [s[k] <= LOW for s in scores.values() for k in ("wrong", "hedge", "off_topic")]
    print(f"== judgement set, {part}: {len(scores)} questions, "
          f"{len({bank.question(q).category for q in scores})} categories")
    print(f"pairwise order (expert > short > wrong, hedge, off-topic): {right}/{len(ordered)} = "
          f"{right / len(ordered):.3f}  (aim >= 0.95)")
    print(f"expert >= {HIRE}: {experts}/{len(scores)} = {experts / len(scores):.3f}  (aim >= 0.90)")
    print(f"wrong / hedge / off-topic <= {LOW}: {sum(bottom)}/{len(bottom)} = {sum(bottom) / len(bottom):.3f}  "
          f"(aim >= 0.90)")
    for kind in JUDGEMENT:
        values = [s[kind] for s in scores.values()]
        print(f"  {kind:10s} mean={statistics.mean(values):.3f}  min={min(values):.3f}  max={max(values):.3f}")
    if wrong_claims is not None:
        alarms = sum(bool(wrong_claims(bank.question(q), SETS[q][k])) for q in questions for k in ("expert", "short"))
        print(f"false alarms (a wrong claim found in a correct answer): {alarms}/{2 * len(questions)}")
    worst = sorted(((scores[q][b] - scores[q][a], q, a, b) for q, a, b in pairs), reverse=True)[:5]
    print("  worst inversions: " + "; ".join(f"{q} {b} {scores[q][b]:.2f} >= {a} {scores[q][a]:.2f}"
                                              for gap, q, a, b in worst if gap >= 0))
    return scores


def discussion_report(bank, score) -> None:
    """The coding discussions (tests/interviewer/discussion_answers.yaml), graded as the engine grades
    them: against the discussion item's own key points. Aims as in tests/interviewer/test_discussion_answers.py."""
    entries = yaml.safe_load(DISCUSSION.read_text(encoding="utf-8"))["questions"]
    for part, held in (("tune", False), ("holdout", True)):
        rows = []
        for qid, entry in entries.items():
            if bool(entry.get("holdout")) is not held:
                continue
            question = bank.question(qid)
            for index, replies in enumerate(entry["discussion"]):
                item = question.discussed([kp.id for kp in question.discussion[index].key_points])
                rows.append({kind: score(item, replies[kind]) for kind in ("expert", "short", "wrong", "hedge")})
        pairs = [r[a] > r[b] for r in rows for a, b in (("expert", "short"), ("short", "wrong"), ("short", "hedge"))]
        experts = sum(r["expert"] >= HIRE for r in rows)
        low = [r[k] <= LOW for r in rows for k in ("wrong", "hedge")]
        print(f"== coding discussions, {part}: {len(rows)} items; pairwise {sum(pairs)}/{len(pairs)} = "
              f"{sum(pairs) / len(pairs):.3f}; expert >= {HIRE}: {experts}/{len(rows)} = {experts / len(rows):.3f}; "
              f"wrong / hedge <= {LOW}: {sum(low)}/{len(low)} = {sum(low) / len(low):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--role", help="use this role's dimension weights (default: equal)")
    parser.add_argument("--worst", type=int, default=5, help="how many of the closest pairs to show")
    parser.add_argument("--verbose", action="store_true", help="print every score")
    args = parser.parse_args(argv)

    bank = rubric.load_rubric()
    weights = None
    if args.role:
        weights = {k.value: v for k, v in bank.role(args.role).grading.dimensions.items()}
    grader = OfflineGrader()
    timings: list[float] = []

    def score(question, text: str) -> float:
        began = time.perf_counter()
        grade = grader.grade_now(question, text, weights=weights)
        timings.append((time.perf_counter() - began) * 1000)
        return grade.score

    print(f"offline grader, weights: {args.role or 'equal'}\n")
    def wrong_claims(question, text: str) -> list[str]:
        return grader.grade_now(question, text, weights=weights).misconceptions

    tune = [q for q in SETS if q not in HOLDOUT]
    judgement_report(bank, score, "tune (may be tuned on)", tune, wrong_claims)
    print()
    judgement_report(bank, score, "holdout (never tuned on)", [q for q in SETS if q in HOLDOUT], wrong_claims)
    print()
    discussion_report(bank, score)
    others = {"I don't know": [(q, IDK[i % len(IDK)]) for i, q in enumerate(SETS)],
              "one word": list(ONE_WORD.items()), "clarifying question": list(CLARIFYING.items())}
    for name, items in others.items():
        values = [score(bank.question(q), text) for q, text in items]
        print(f"{name:20s} n={len(values):3d}  mean={statistics.mean(values):.3f}  max={max(values):.3f}")
    print()
    for name, answers in answer_sets().items():
        scores: dict[str, dict[str, float]] = {}
        for qid, kinds in answers.items():
            question = bank.question(qid)
            texts = dict(kinds)
            if "strong" in kinds:
                texts.update(tricks(question, kinds["strong"]))
            scores[qid] = {kind: score(question, text) for kind, text in texts.items()}

        pairs = [(qid, s["strong"], s["weak"]) for qid, s in scores.items() if "strong" in s and "weak" in s]
        right = sum(strong > weak for _, strong, weak in pairs)
        print(f"== {name} set: {len(scores)} questions, "
              f"{len({bank.question(q).category for q in scores})} categories")
        print(f"pairwise accuracy (strong > weak): {right}/{len(pairs)} = {right / len(pairs):.3f}")
        para = [(s["paraphrase"], s["weak"]) for s in scores.values() if "paraphrase" in s and "weak" in s]
        if para:
            ok = sum(p > w for p, w in para)
            print(f"paraphrase > weak: {ok}/{len(para)} = {ok / len(para):.3f}")
        print("mean score by kind (n, mean, min, max):")
        for kind in KINDS:
            values = [s[kind] for s in scores.values() if kind in s]
            if values:
                print(f"  {kind:18s} n={len(values):3d}  mean={statistics.mean(values):.3f}  "
                      f"min={min(values):.3f}  max={max(values):.3f}")
        strongest_trick = max(((kind, qid, s[kind]) for qid, s in scores.items()
                               for kind in ("keywords", "injection", "padded", "synonym list") if kind in s),
                              key=lambda t: t[2], default=None)
        if strongest_trick:
            kind, qid, value = strongest_trick
            print(f"highest trick score: {value:.3f} ({kind}, {qid}); "
                  f"lowest strong score: {min(s['strong'] for s in scores.values() if 'strong' in s):.3f}")
        print(f"closest pairs (strong - weak):")
        for qid, strong, weak in sorted(pairs, key=lambda p: p[1] - p[2])[:args.worst]:
            print(f"  {qid:30s} strong {strong:.3f}  weak {weak:.3f}  margin {strong - weak:+.3f}")
        if args.verbose:
            for qid, s in scores.items():
                print(f"  {qid:30s} " + "  ".join(f"{k}={v:.2f}" for k, v in s.items()))
        print()

    ordered = sorted(timings)
    print(f"grading time per answer over {len(timings)} answers: median {statistics.median(timings):.2f} ms, "
          f"mean {statistics.mean(timings):.2f} ms, p95 {ordered[int(0.95 * (len(ordered) - 1))]:.2f} ms, "
          f"max {ordered[-1]:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
