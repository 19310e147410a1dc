"""Binary classification metrics: precision / recall / F1, ROC-AUC, PR-AUC (average precision).

Every check compares with the reference and, when the answer is wrong, recomputes the
classic wrong formulas (precision and recall swapped, F1 as an arithmetic mean, ties
counted as 0 or 1, a trapezoid under the PR curve, ...) to name the one the candidate
wrote.
"""

from __future__ import annotations

import numpy as np

from reference.cases import case, explain
from reference.checks import as_float, close, number, scalar_mismatch, sequence_of
from reference.exercise import Case, Exercise
from reference.solutions.metrics import pr_auc, precision_recall_f1, roc_auc

NAMES = ("precision", "recall", "f1")


def labels(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


# --- precision / recall / F1 -------------------------------------------------------------------


def _counts(y_true: np.ndarray, y_pred: np.ndarray) -> tuple[int, int, int]:
    t, p = y_true == 1, y_pred == 1
    return int(np.sum(t & p)), int(np.sum(~t & p)), int(np.sum(t & ~p))


# Other numbers an F1 can wrongly be, each from the true counts, so that a wrong F1 is only
# named when exactly one of them reproduces it: on some inputs the accuracy happens to equal
# (P + R) / 2, and then neither may be blamed.
F1_MISTAKES = (
    ("arithmetic", lambda tp, fp, fn, tn, p, r: (p + r) / 2),
    ("accuracy", lambda tp, fp, fn, tn, p, r: (tp + tn) / (tp + fp + fn + tn)),
    ("jaccard", lambda tp, fp, fn, tn, p, r: tp / (tp + fp + fn) if tp else 0.0),
)


def f1_reason(gf: float | None, y_true: np.ndarray, y_pred: np.ndarray, want: tuple) -> str | None:
    """Which wrong F1 the returned one is, when exactly one formula gives it (P and R being right)."""
    p, r, f = want
    tp, fp, fn = _counts(y_true, y_pred)
    tn = y_true.size - tp - fp - fn
    if gf is None or close(gf, f):
        return None
    found = [name for name, formula in F1_MISTAKES
             if not close(value := float(formula(tp, fp, fn, tn, p, r)), f) and close(gf, value)]
    if len(found) != 1:
        return None
    return {
        "arithmetic": f"your F1 {number(gf)} is the arithmetic mean (P + R) / 2 of precision {number(p)} and "
                      f"recall {number(r)}; the expected F1 is lower, {number(f)}",
        "accuracy": f"your F1 {number(gf)} is the accuracy (TP + TN) / n = ({tp} + {tn}) / {y_true.size}; "
                    f"F1 combines only precision and recall",
        "jaccard": f"your F1 {number(gf)} is TP / (TP + FP + FN) = {tp} / {tp + fp + fn} (the Jaccard index)",
    }[found[0]]


def prf_problem(got, y_true: np.ndarray, y_pred: np.ndarray, want: tuple, name: str = "output",
                relation: str | None = None) -> str | None:
    """What is wrong with one (precision, recall, f1); `relation` is a broken property to prefer
    over the plain counts when no mistake is recognised."""
    problem = sequence_of(got, 3, f"{name} (precision, recall, f1)")
    if problem:
        return problem
    for label, g, w in zip(NAMES, got, want):
        problem = scalar_mismatch(g, w, name=label if name == "output" else f"{name} {label}")
        if problem:
            break
    if problem is None:
        return None
    p, r, f = want
    gp, gr, gf = (as_float(v) for v in got)
    tp, fp, fn = _counts(y_true, y_pred)
    denominators = (("precision", tp + fp), ("recall", tp + fn), ("f1", p + r))
    nan_at_zero = [what for (what, den), v in zip(denominators, (gp, gr, gf))
                   if den == 0 and v is not None and np.isnan(v)]
    zero_because = {"precision": "TP + FP == 0: nothing was predicted positive",
                    "recall": "TP + FN == 0: there are no actual positives",
                    "f1": "precision + recall == 0"}
    return explain(
        problem,
        f"{' and '.join(nan_at_zero)} came out NaN where the denominator is 0 "
        f"({'; '.join(zero_because[w] for w in nan_at_zero)})" if nan_at_zero else None,
        f"precision and recall are swapped: your precision {number(gp)} is the recall and your recall "
        f"{number(gr)} the precision" if p != r and close(gp, r) and close(gr, p) else None,
        f1_reason(gf, y_true, y_pred, want) if close(gp, p) and close(gr, r) else None,
        relation,
        f"here TP = {tp}, FP = {fp}, FN = {fn}",
    )


def zero_division_hint(tp: int, fp: int, fn: int):
    """The reason for a raise on a zero denominator, given only when the raise is that division."""
    def hint(raised) -> str | None:
        if raised.error_type in ("ZeroDivisionError", "FloatingPointError") or "divide by zero" in raised.message:
            return (f"a denominator is 0 here (TP = {tp}, FP = {fp}, FN = {fn}) and the division raised "
                    f"{raised.error_type}")
        return None
    return hint


def prf_case(name: str, y_true, y_pred) -> Case:
    y_true, y_pred = labels(y_true), labels(y_pred)
    want = precision_recall_f1(y_true, y_pred)
    tp, fp, fn = _counts(y_true, y_pred)
    zero = tp + fp == 0 or tp + fn == 0 or want[0] + want[1] == 0
    return case(name, "precision_recall_f1", (y_true, y_pred),
                check=lambda got: prf_problem(got, y_true, y_pred, want),
                hint=zero_division_hint(tp, fp, fn) if zero else "")


def prf_swap_check(y_true: np.ndarray, y_pred: np.ndarray):
    want, swapped = precision_recall_f1(y_true, y_pred), precision_recall_f1(y_pred, y_true)

    def check(got):
        problem = sequence_of(got, 2, "output of the two calls")
        if problem:
            return problem
        a, b = ([as_float(v) for v in g] if sequence_of(g, 3) is None else None for g in got)
        broken = (a is not None and b is not None and None not in a + b
                  and not (close(b[0], a[1]) and close(b[1], a[0]) and close(b[2], a[2])))
        relation = (f"exchanging y_true and y_pred did not exchange precision and recall: the two calls gave "
                    f"({', '.join(map(number, a))}) and ({', '.join(map(number, b))})" if broken else None)
        return (prf_problem(got[0], y_true, y_pred, want, "precision_recall_f1(y_true, y_pred)", relation)
                or prf_problem(got[1], y_pred, y_true, swapped, "precision_recall_f1(y_pred, y_true)", relation))

    return check


def prf_examples() -> list[Case]:
    return [
        prf_case("two right, one false alarm, one miss", [1, 0, 1, 1, 0], [1, 1, 0, 1, 0]),
        prf_case("every prediction right", [0, 1, 1, 0], [0, 1, 1, 0]),
        prf_case("nothing predicted positive: precision is 0.0", [1, 0, 1], [0, 0, 0]),
    ]


def prf_hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        prf_case("precision differs from recall", [1, 1, 1, 1, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 0, 0]),
        prf_case("recall differs from precision", [1, 0, 0, 0, 0, 0], [1, 1, 1, 0, 1, 0]),
        prf_case("no predicted positives (TP + FP == 0)", [0, 1, 0, 1, 1], [0, 0, 0, 0, 0]),
        prf_case("no actual positives (TP + FN == 0)", [0, 0, 0, 0], [0, 1, 1, 0]),
        prf_case("all labels and predictions 0: every denominator is 0", [0, 0, 0], [0, 0, 0]),
        prf_case("every prediction wrong (precision + recall == 0)", [1, 0, 1, 0], [0, 1, 0, 1]),
        prf_case("all ones everywhere", [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]),
        prf_case("a single sample, a hit", [1], [1]),
        prf_case("a single sample, a miss", [1], [0]),
        prf_case("a single negative sample", [0], [0]),
        prf_case("predicting positive everywhere", [0, 0, 1, 0, 0, 0, 1, 0, 0, 0], [1] * 10),
    ]
    for _ in range(8):
        n = int(rng.integers(2, 40))
        rate = float(rng.choice([0.1, 0.3, 0.5, 0.8]))
        y_true = (rng.random(n) < rate).astype(np.int64)
        # Flip some labels so predictions are informative but imperfect.
        y_pred = np.where(rng.random(n) < float(rng.choice([0.1, 0.3, 0.5])), 1 - y_true, y_true)
        cases.append(prf_case(f"random n={n}, positive rate {rate}", y_true, y_pred))
    for _ in range(2):
        n = int(rng.integers(6, 20))
        y_true, y_pred = (rng.random((2, n)) < 0.4).astype(np.int64)
        y_true[0], y_pred[0] = 1, 0   # make sure precision and recall differ in general
        cases.append(case(f"property: swapping y_true and y_pred swaps precision and recall (n={n})",
                          "_hotseat_prf_swapped", (y_true, y_pred), check=prf_swap_check(y_true, y_pred),
                          show_entry="(lambda y_true, y_pred: (precision_recall_f1(y_true, y_pred), "
                                     "precision_recall_f1(y_pred, y_true)))"))
    return cases


PRF_DRIVER = '''
def _hotseat_prf_swapped(y_true, y_pred):
    return (precision_recall_f1(y_true.copy(), y_pred.copy()), precision_recall_f1(y_pred.copy(), y_true.copy()))
'''


# --- ROC-AUC -----------------------------------------------------------------------------------


def _pair_rates(y_true: np.ndarray, scores: np.ndarray) -> tuple[float, float]:
    """The fraction of (positive, negative) pairs won outright, and the fraction tied."""
    pos, neg = scores[y_true == 1], scores[y_true == 0]
    pairs = pos.size * neg.size
    return (float(np.sum(pos[:, None] > neg[None, :]) / pairs),
            float(np.sum(pos[:, None] == neg[None, :]) / pairs))


def roc_problem(got, y_true: np.ndarray, scores: np.ndarray, want: float, name: str = "AUC") -> str | None:
    problem = scalar_mismatch(got, want, name=name)
    if problem is None:
        return None
    g = as_float(got)
    wins, ties = _pair_rates(y_true, scores)
    n_pos, n_neg = int(np.sum(y_true == 1)), int(np.sum(y_true == 0))
    pairs = n_pos * n_neg
    # A ranking that breaks the tied pairs in some order wins a whole number of them.
    tie_broken = (ties and g is not None and wins - 1e-9 <= g <= wins + ties + 1e-9
                  and abs(g * pairs - round(g * pairs)) < 1e-6)
    return explain(
        problem,
        f"tied (positive, negative) pairs were counted as 0: your AUC {number(g)} is the fraction of pairs the "
        f"positive wins outright" if ties and close(g, wins) else None,
        f"tied (positive, negative) pairs were counted as 1: your AUC {number(g)} is the fraction of pairs the "
        f"positive wins or ties" if ties and close(g, wins + ties) else None,
        f"{ties:.0%} of the (positive, negative) pairs have equal scores, and your AUC lies between counting "
        f"every tie as 0 ({number(wins)}) and as 1 ({number(wins + ties)}), as when the tied samples are taken "
        f"in some order (e.g. by position after argsort)" if tie_broken else None,
        "this is 1 - AUC: the ranking is reversed (a higher score must mean more likely positive)"
        if close(g, 1 - want) else None,
        "AUC is a probability and lies in [0, 1]" if g is not None and not 0 <= g <= 1 else None,
        f"{n_pos} positives and {n_neg} negatives make {pairs} (positive, negative) pairs, "
        f"{round(ties * pairs)} of them tied",
    )


def roc_case(name: str, y_true, scores) -> Case:
    y_true, scores = labels(y_true), np.asarray(scores, dtype=float)
    want = roc_auc(y_true, scores)
    return case(name, "roc_auc", (y_true, scores), check=lambda got: roc_problem(got, y_true, scores, want))


def roc_invariance_case(name: str, y_true: np.ndarray, scores: np.ndarray, y2: np.ndarray, s2: np.ndarray,
                        why: str, relation: str = "equal") -> Case:
    """Two calls whose answers are tied by a property: equal, or summing to 1."""
    want, want2 = roc_auc(y_true, scores), roc_auc(y2, s2)

    def check(got):
        problem = sequence_of(got, 2, "output of the two calls")
        if problem:
            return problem
        first = roc_problem(got[0], y_true, scores, want, "AUC of the first call")
        second = roc_problem(got[1], y2, s2, want2, "AUC of the second call")
        a, b = as_float(got[0]), as_float(got[1])
        broken = a is not None and b is not None and not close(b, a if relation == "equal" else 1 - a)
        return explain(first or second, f"{why} ({number(a)}, then {number(b)})" if broken else None)

    return case(name, "_hotseat_roc_twice", (y_true, scores, y2, s2), check=check,
                show_entry="(lambda y_true, scores, y_true_2, scores_2: (roc_auc(y_true, scores), "
                           "roc_auc(y_true_2, scores_2)))")


def _both_classes(rng: np.random.Generator, n: int, rate: float) -> np.ndarray:
    y = (rng.random(n) < rate).astype(np.int64)
    y[rng.choice(n, 2, replace=False)] = [0, 1]
    return y


def roc_examples() -> list[Case]:
    return [
        roc_case("four samples, no ties", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]),
        roc_case("a perfect ranking", [0, 1, 0, 1], [0.2, 0.9, 0.1, 0.7]),
        roc_case("a positive tied with a negative counts 1/2", [0, 1, 1], [0.5, 0.5, 0.9]),
    ]


def roc_hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        roc_case("every score equal: AUC 0.5", [0, 1, 0, 1, 1], [0.3] * 5),
        roc_case("ties within and across classes", [1, 0, 1, 0, 0, 1, 0], [2, 2, 1, 1, 1, 3, 0]),
        roc_case("a perfectly reversed ranking", [1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]),
        roc_case("one positive among many negatives", [0, 0, 0, 1, 0, 0], [0.5, 0.1, 0.9, 0.6, 0.6, 0.2]),
        roc_case("one negative among many positives", [1, 1, 0, 1], [3.0, -1.0, 0.0, 0.0]),
        roc_case("two samples, tied", [1, 0], [7.0, 7.0]),
        roc_case("negative and large scores (logits)", [0, 1, 1, 0, 1], [-300.0, 250.0, -12.5, 250.0, 1e3]),
        roc_case("binary scores (hard predictions)", [1, 0, 1, 1, 0, 0, 1, 0], [1, 0, 0, 1, 1, 0, 1, 0]),
    ]
    for i in range(6):
        n = int(rng.integers(5, 60))
        y = _both_classes(rng, n, float(rng.choice([0.1, 0.3, 0.5])))
        noise = rng.normal(size=n) + 1.2 * y
        # Half the random cases round the scores so that many of them tie.
        scores = np.round(noise, 0 if i % 2 else 1) if i < 4 else noise
        cases.append(roc_case(f"random n={n}" + (", many ties" if i < 4 else ""), y, scores))
    n = int(rng.integers(8, 30))
    y = _both_classes(rng, n, 0.4)
    s = np.round(rng.normal(size=n) + y, 1)
    perm = rng.permutation(n)
    cases += [
        roc_invariance_case(f"property: a monotone transform of the scores keeps AUC (n={n})", y, s, y,
                            np.exp(2 * s) + 3, "AUC changed when the scores went through exp(2s) + 3, which keeps "
                            "their order"),
        roc_invariance_case(f"property: reordering the samples keeps AUC (n={n})", y, s, y[perm], s[perm],
                            "AUC changed when the samples were shuffled (labels moved with their scores)"),
        roc_invariance_case(f"property: flipping the labels gives 1 - AUC (n={n})", y, s, 1 - y, s,
                            "swapping which class is positive did not turn AUC into 1 - AUC", relation="complement"),
    ]
    return cases


ROC_DRIVER = '''
def _hotseat_roc_twice(y_true, scores, y_true_2, scores_2):
    return (roc_auc(y_true.copy(), scores.copy()), roc_auc(y_true_2.copy(), scores_2.copy()))
'''


# --- PR-AUC (average precision) ----------------------------------------------------------------


def _pr_curve(y_true: np.ndarray, scores: np.ndarray, order: np.ndarray | None = None, grouped: bool = True):
    """Precision and recall at each threshold, highest first; `order` breaks ties when not grouped."""
    order = np.argsort(-scores, kind="stable") if order is None else order
    s, hit = scores[order], y_true[order] == 1
    keep = np.r_[s[1:] != s[:-1], True] if grouped else np.ones(len(s), bool)
    tp = np.cumsum(hit)[keep]
    return tp / np.arange(1, len(s) + 1)[keep], tp / hit.sum()


def _trapezoids(y_true: np.ndarray, scores: np.ndarray) -> list[float]:
    precision, recall = _pr_curve(y_true, scores)
    r = np.r_[0.0, recall]
    return [float(np.sum(np.diff(r) * (np.r_[start, precision][1:] + np.r_[start, precision][:-1]) / 2))
            for start in (1.0, precision[0], 0.0)]


def _ungrouped_range(y_true: np.ndarray, scores: np.ndarray) -> tuple[float, float]:
    """AP when tied samples are taken one at a time: positives first (best) or last (worst)."""
    values = []
    for first in (1, 0):
        order = np.lexsort(((y_true != first).astype(int), -scores))
        precision, recall = _pr_curve(y_true, scores, order, grouped=False)
        values.append(float(np.sum(np.diff(recall, prepend=0.0) * precision)))
    return min(values), max(values)


def pr_problem(got, y_true: np.ndarray, scores: np.ndarray, want: float) -> str | None:
    problem = scalar_mismatch(got, want, name="average precision")
    if problem is None:
        return None
    g = as_float(got)
    low, high = _ungrouped_range(y_true, scores)
    precision, _ = _pr_curve(y_true, scores)
    negatives = bool(np.any(y_true == 0))
    return explain(
        problem,
        "this is a trapezoid area under the PR curve: precision was interpolated linearly between the "
        "curve's points" if any(close(g, t) for t in _trapezoids(y_true, scores)) else None,
        "this is the ROC-AUC; PR-AUC is computed from precision and recall, not from the false-positive rate"
        if negatives and close(g, roc_auc(y_true, scores)) else None,
        f"this is the plain mean of the precisions over thresholds ({number(float(np.mean(precision)))}), "
        "each weighted equally rather than by the recall gained at its threshold"
        if close(g, float(np.mean(precision))) else None,
        f"your value lies between the results of taking tied samples one at a time, positives first "
        f"({number(high)}) or last ({number(low)}), as when tied samples are not taken as one threshold"
        if low < high and g is not None and low - 1e-9 <= g <= high + 1e-9 else None,
        "a ranking that puts every positive first has average precision 1" if not negatives else None,
        f"{int(np.sum(y_true == 1))} positives, {len(np.unique(scores))} distinct scores (thresholds)",
    )


def pr_case(name: str, y_true, scores) -> Case:
    y_true, scores = labels(y_true), np.asarray(scores, dtype=float)
    want = pr_auc(y_true, scores)
    return case(name, "pr_auc", (y_true, scores), check=lambda got: pr_problem(got, y_true, scores, want))


def pr_examples() -> list[Case]:
    return [
        pr_case("four samples, no ties", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]),
        pr_case("a perfect ranking", [1, 0, 1, 0], [0.9, 0.2, 0.7, 0.1]),
        pr_case("tied scores form one threshold", [1, 0, 1, 0], [0.8, 0.8, 0.3, 0.1]),
    ]


def pr_hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        pr_case("every score equal: AP is the positive rate", [0, 1, 0, 0, 1], [0.4] * 5),
        pr_case("ties within and across classes", [1, 0, 1, 0, 0, 1, 0], [2, 2, 1, 1, 1, 3, 0]),
        pr_case("a tie at the top", [0, 1, 1, 0, 0], [0.9, 0.9, 0.5, 0.2, 0.1]),
        pr_case("a perfectly reversed ranking", [1, 1, 0, 0, 0], [0.1, 0.2, 0.7, 0.8, 0.9]),
        pr_case("a single positive", [0, 0, 1, 0, 0, 0], [0.5, 0.1, 0.6, 0.9, 0.6, 0.2]),
        pr_case("no negatives at all", [1, 1, 1], [0.2, 0.5, 0.5]),
        pr_case("a single sample", [1], [0.3]),
        pr_case("negative and large scores (logits)", [0, 1, 1, 0, 1], [-300.0, 250.0, -12.5, 250.0, 1e3]),
        pr_case("binary scores (hard predictions)", [1, 0, 1, 1, 0, 0, 1, 0], [1, 0, 0, 1, 1, 0, 1, 0]),
    ]
    for i in range(7):
        n = int(rng.integers(5, 60))
        y = _both_classes(rng, n, float(rng.choice([0.05, 0.2, 0.5])))
        noise = rng.normal(size=n) + 1.5 * y
        scores = np.round(noise, 0 if i % 2 else 1) if i < 4 else noise
        cases.append(pr_case(f"random n={n}" + (", many ties" if i < 4 else ""), y, scores))
    return cases


EXERCISES = [
    Exercise(
        id="precision_recall_f1",
        title="Precision, recall and F1",
        summary="precision_recall_f1(y_true, y_pred) for 0/1 labels; a zero denominator gives 0.0",
        category="ML fundamentals",
        difficulty="easy",
        defines=("precision_recall_f1",),
        params=("y_true", "y_pred"),
        examples=prf_examples,
        hidden=prf_hidden,
        solution="metrics",
        driver=PRF_DRIVER,
    ),
    Exercise(
        id="roc_auc",
        title="ROC-AUC with tied scores",
        summary="roc_auc(y_true, scores): the Mann-Whitney probability that a positive outranks a negative, ties 1/2",
        category="ML fundamentals",
        difficulty="medium",
        defines=("roc_auc",),
        params=("y_true", "scores"),
        examples=roc_examples,
        hidden=roc_hidden,
        solution="metrics",
        driver=ROC_DRIVER,
    ),
    Exercise(
        id="pr_auc",
        title="PR-AUC as average precision",
        summary="pr_auc(y_true, scores): sum of (R_k - R_{k-1}) * P_k over distinct score thresholds",
        category="ML fundamentals",
        difficulty="medium",
        defines=("pr_auc",),
        params=("y_true", "scores"),
        examples=pr_examples,
        hidden=pr_hidden,
        solution="metrics",
    ),
]
