"""Gini impurity and the best decision-tree split.

Checks recompute the classic wrong versions (1 - sum(p), raw counts, entropy; a split at
a raw value instead of a midpoint, children weighted equally, the last of several tied
splits) to say which one the candidate wrote.
"""

from __future__ import annotations

import numpy as np

from reference.cases import case, explain
from reference.checks import as_float, close, int_mismatch, number, preview, scalar_mismatch, sequence_of
from reference.exercise import Case, Exercise
from reference.solutions.trees import best_split, gini_impurity

TIE_GAP = 1e-9  # random cases are redrawn until the best split beats the runner-up by this much


# --- Gini impurity -----------------------------------------------------------------------------


def gini_problem(got, labels: np.ndarray, want: float) -> str | None:
    problem = scalar_mismatch(got, want, name="Gini impurity")
    if problem is None:
        return None
    g = as_float(got)
    _, counts = np.unique(labels, return_counts=True)
    n = labels.size
    p = counts / max(n, 1)
    entropy = float(-np.sum(p * np.log2(p))) if n else 0.0
    entropy_e = float(-np.sum(p * np.log(p))) if n else 0.0
    return explain(
        problem,
        "the impurity of an empty set is 0.0 by convention (no division by zero, no NaN)" if n == 0 else None,
        "the result is 0, which 1 - sum(p) always is: the proportions sum to 1, so they must be squared"
        if n and close(g, 0.0) and want > 0 else None,
        "the result matches the raw class counts used in place of the proportions p = count / n"
        if n and any(close(g, v) for v in (1 - np.sum(counts ** 2.0), 1 - np.sum(counts ** 2.0) / n,
                                            n - np.sum(counts ** 2.0) / n)) else None,
        "this is the entropy -sum(p log p); Gini impurity is 1 - sum(p ** 2)"
        if n and want > 0 and (close(g, entropy) or close(g, entropy_e)) else None,
        f"classes {np.unique(labels).tolist()} with counts {counts.tolist()} out of {n}" if n else None,
    )


def gini_case(name: str, labels) -> Case:
    labels = np.asarray(labels, dtype=np.int64)
    want = gini_impurity(labels)
    return case(name, "gini_impurity", (labels,), check=lambda got: gini_problem(got, labels, want))


def gini_examples() -> list[Case]:
    return [
        gini_case("two classes, half and half", [0, 1, 0, 1]),
        gini_case("a pure node", [2, 2, 2]),
        gini_case("three classes", [0, 0, 1, 2]),
    ]


def gini_hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        gini_case("an empty set has impurity 0.0", []),
        gini_case("a single label", [5]),
        gini_case("two classes, 3 to 1", [1, 0, 1, 1]),
        gini_case("labels that are not 0..K-1", [10, -3, 10, 7, -3, 10]),
        gini_case("every sample its own class", [4, 1, 3, 0, 2]),
        gini_case("a pure node of label 0", [0] * 6),
        gini_case("very unbalanced", [0] * 19 + [1]),
    ]
    for i in range(7):
        n = int(rng.integers(1, 50))
        k = int(rng.integers(1, 6))
        labels = rng.integers(-2, k, size=n) if i % 3 == 0 else rng.integers(0, k, size=n)
        cases.append(gini_case(f"random n={n}, up to {k + (2 if i % 3 == 0 else 0)} classes", labels))
    return cases


# --- best split --------------------------------------------------------------------------------


def all_splits(X: np.ndarray, y: np.ndarray) -> list[tuple[int, float, float]]:
    """Every candidate (feature, threshold, weighted Gini), in tie-break order.

    A sweep over each sorted feature with cumulative class counts: fast enough to run on
    every random draw while building a suite, and independent of the reference's loops.
    """
    n, d = X.shape
    _, y_index = np.unique(y, return_inverse=True)
    onehot = np.eye(y_index.max() + 1)[y_index.ravel()]
    out = []
    for f in range(d):
        order = np.argsort(X[:, f], kind="stable")
        x = X[order, f]
        cut = np.flatnonzero(x[1:] != x[:-1])            # split after sorted position `cut`
        left = np.cumsum(onehot[order], axis=0)[cut]
        right = onehot.sum(axis=0) - left
        n_left = cut + 1.0
        n_right = n - n_left
        g_left = 1 - np.sum((left / n_left[:, None]) ** 2, axis=1)
        g_right = 1 - np.sum((right / n_right[:, None]) ** 2, axis=1)
        w = (n_left * g_left + n_right * g_right) / n
        out += [(f, float(t), float(v)) for t, v in zip((x[cut] + x[cut + 1]) / 2, w)]
    return out


def _describe(split) -> str:
    f, t, w = split
    return f"(feature {f}, threshold {number(t)}, weighted Gini {number(w)})"


def split_problem(got, X: np.ndarray, y: np.ndarray, want) -> str | None:
    if want is None:
        if got is None:
            return None
        return (f"expected None, got {preview(got)}\nWhy: no split exists here (every feature is constant, "
                f"so no threshold separates the samples); return None")
    if got is None:
        return (f"expected {_describe(want)}, got None\nWhy: a split exists, so return it even if it does not "
                f"lower the impurity")
    problem = sequence_of(got, 3, "output (feature, threshold, weighted_gini)")
    if problem:
        return problem
    f, t, w = want
    problem = (int_mismatch(got[0], f, "feature") or scalar_mismatch(got[1], t, name="threshold")
               or scalar_mismatch(got[2], w, name="weighted_gini"))
    if problem is None:
        return None
    problem = f"expected {_describe(want)}, got {preview(got)}; {problem}"
    return explain(problem, *_split_reasons(got, X, y, want))


def _split_reasons(got, X: np.ndarray, y: np.ndarray, want) -> list[str | None]:
    """Why a returned split is wrong, most specific first (computed only for failures)."""
    f, t, w = want
    n = len(y)
    gf, gt, gw = got[0], as_float(got[1]), as_float(got[2])
    gf = int(gf) if isinstance(gf, (int, np.integer)) and not isinstance(gf, bool) and 0 <= gf < X.shape[1] else None
    splits = all_splits(X, y)
    same_feature = [s for s in splits if s[0] == gf]
    raw = gf is not None and gt is not None and bool(np.any(np.isclose(X[:, gf], gt, rtol=0, atol=1e-12)))
    picked = next((s for s in same_feature if close(gt, s[1])), None)
    tied = [s for s in splits if close(s[2], w)]
    halves = unnormalised = None
    if picked is not None:
        left = X[:, gf] <= picked[1]
        gl, gr = gini_impurity(y[left]), gini_impurity(y[~left])
        halves, unnormalised = (gl + gr) / 2, left.sum() * gl + (~left).sum() * gr
    return [
        f"the threshold {number(gt)} is one of feature {gf}'s values itself, not a midpoint between two "
        f"consecutive distinct values" if raw else None,
        f"{len(tied)} splits reach the minimum weighted Gini {number(w)}: "
        f"{', '.join(f'feature {s[0]} at {number(s[1])}' for s in tied[:4])}; ties go to the lowest feature "
        f"index, then the lowest threshold"
        if picked and len(tied) > 1 and close(picked[2], w) and (gf, picked[1]) != (f, t) else None,
        f"the returned weighted_gini {number(gw)} is the plain average (G_left + G_right) / 2 of that split's "
        f"children, each weighted 1/2 whatever its size"
        if picked and close(gw, halves) and not close(gw, picked[2]) else None,
        f"the returned weighted_gini {number(gw)} is n_left * G_left + n_right * G_right, n = {n} times the "
        f"size-weighted average"
        if picked and close(gw, unnormalised) and not close(gw, picked[2]) else None,
        "return the weighted Gini of the children, not the impurity decrease (gain) from the parent"
        if picked and close(gw, gini_impurity(y) - picked[2]) and not close(gw, picked[2]) else None,
        f"the returned weighted_gini {number(gw)} is outside [0, 1), where every weighted Gini impurity lies"
        if gw is not None and not 0 <= gw < 1 else None,
        f"that split has weighted Gini {number(picked[2])}, but {_describe(want)} is lower"
        if picked and not close(picked[2], w) else None,
        f"the threshold {number(gt)} is not one of feature {gf}'s candidate thresholds "
        f"{[number(s[1]) for s in same_feature][:8]}"
        if gf is not None and gt is not None and same_feature and picked is None else None,
    ]


def split_case(name: str, X, y) -> Case:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=np.int64)
    want = best_split(X, y)
    return case(name, "best_split", (X, y), check=lambda got: split_problem(got, X, y, want))


def _clear_winner(X: np.ndarray, y: np.ndarray) -> bool:
    w = sorted(s[2] for s in all_splits(X, y))
    return len(w) > 0 and (len(w) == 1 or w[1] - w[0] > TIE_GAP)


def _random_problem(rng: np.random.Generator, n: int, d: int, k: int, integer: bool):
    for _ in range(200):
        X = rng.integers(0, 6, size=(n, d)).astype(float) if integer else np.round(rng.normal(size=(n, d)) * 3, 2)
        y = rng.integers(0, k, size=n)
        # Let one random feature carry some signal, so the best split is meaningful.
        X[:, rng.integers(d)] += 2.0 * y
        if _clear_winner(X, y):
            return X, y
    raise RuntimeError("could not draw a split problem without ties")  # pragma: no cover


def split_examples() -> list[Case]:
    return [
        split_case("one feature separates the classes", [[2.0, 7.0], [1.0, 3.0], [8.0, 5.0], [9.0, 1.0]], [0, 0, 1, 1]),
        split_case("threshold at a midpoint between repeated values", [[1.0], [1.0], [3.0], [4.0], [4.0]], [0, 1, 1, 1, 0]),
        split_case("no split exists: every feature is constant", [[2.0, 5.0], [2.0, 5.0], [2.0, 5.0]], [0, 1, 0]),
    ]


def split_hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        split_case("a single sample: no split", [[3.0, 1.0]], [1]),
        split_case("constant features are skipped", [[4.0, 0.0], [4.0, 1.0], [4.0, 2.0], [4.0, 3.0]], [0, 0, 1, 1]),
        split_case("two identical columns tie: the lower feature wins",
                   [[1.0, 0.5, 1.0], [2.0, 0.1, 2.0], [3.0, 0.9, 3.0], [4.0, 0.3, 4.0]], [0, 0, 1, 1]),
        split_case("two thresholds tie: the lower threshold wins", [[1.0], [2.0], [3.0], [4.0]], [0, 1, 1, 0]),
        split_case("a pure node: every split ties at 0, take the first",
                   [[3.0, 1.0], [1.0, 2.0], [2.0, 2.0]], [1, 1, 1]),
        split_case("a big child beats a small pure one (weights by size)",
                   [[0.0], [1.0], [2.0], [3.0], [4.0], [5.0], [6.0], [7.0]], [0, 1, 0, 0, 1, 1, 1, 1]),
        split_case("unsorted, negative and repeated values", [[0.5], [-2.0], [0.5], [3.0], [-2.0], [1.5]],
                   [1, 0, 1, 1, 0, 0]),
        split_case("three classes", [[1.0, 9.0], [2.0, 8.0], [3.0, 1.0], [4.0, 2.0], [5.0, 5.0], [6.0, 5.5]],
                   [0, 0, 1, 1, 2, 2]),
        split_case("two samples", [[5.0], [-5.0]], [0, 1]),
    ]
    for i in range(8):
        n = int(rng.integers(4, 25))
        d = int(rng.integers(1, 5))
        k = int(rng.integers(2, 4))
        X, y = _random_problem(rng, n, d, k, integer=i % 2 == 0)
        cases.append(split_case(f"random {n} x {d}, {k} classes" + (", repeated values" if i % 2 == 0 else ""), X, y))
    # Property: a copy of the winning column placed first must win the tie.
    X, y = _random_problem(rng, int(rng.integers(6, 16)), 3, 2, integer=True)
    f = best_split(X, y)[0]
    X = np.column_stack([X[:, f], X])
    cases.append(split_case(f"property: a copy of the winning column at index 0 takes the tie (was feature {f + 1})", X, y))
    # Property: the search does not depend on the order of the samples.
    perm = rng.permutation(len(y))
    cases.append(split_case("property: shuffling the samples keeps the split", X[perm], y[perm]))
    return cases


EXERCISES = [
    Exercise(
        id="gini_impurity",
        title="Gini impurity",
        summary="gini_impurity(labels): 1 - sum of squared class proportions; 0.0 for an empty set",
        category="ML fundamentals",
        difficulty="easy",
        defines=("gini_impurity",),
        params=("labels",),
        examples=gini_examples,
        hidden=gini_hidden,
        solution="trees",
    ),
    Exercise(
        id="best_split",
        title="Best decision-tree split",
        summary="best_split(X, y): the feature and midpoint threshold minimising the weighted Gini of the children",
        category="classical algorithms",
        difficulty="medium",
        defines=("best_split",),
        params=("X", "y"),
        examples=split_examples,
        hidden=split_hidden,
        solution="trees",
    ),
]
