"""k-fold cross-validation indices.

Unshuffled folds are compared exactly (contiguous test blocks, the first n % k one
larger). Shuffled folds differ between correct solutions, so they are judged by their
properties: the test folds partition range(n) with the right sizes in order, each
train_idx is exactly the rest, the same seed gives the same folds and another seed
other folds.
"""

from __future__ import annotations

import math

import numpy as np

from reference.cases import case, explain
from reference.checks import array_mismatch, as_array, preview
from reference.exercise import Case, Exercise
from reference.solutions.validation import kfold_indices


def _sizes(n: int, k: int) -> list[int]:
    return [n // k + (1 if i < n % k else 0) for i in range(k)]


def _orderings(n: int, k: int) -> float:
    """How many different shuffled fold assignments exist: n! / prod(size!)."""
    return float(np.exp(math.lgamma(n + 1) - sum(math.lgamma(s + 1) for s in _sizes(n, k))))


def _folds(got, n: int, k: int, name: str) -> tuple[list | None, str | None]:
    """The candidate's folds as [(train, test), ...] of integer arrays, or what is wrong with the shape."""
    if not isinstance(got, (list, tuple)):
        return None, f"{name}: expected a list of {k} (train_idx, test_idx) pairs, got {preview(got)}"
    if len(got) != k:
        return None, f"{name}: expected {k} folds (one per k), got {len(got)}"
    folds = []
    for i, pair in enumerate(got):
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            return None, f"{name}[{i}]: expected a pair (train_idx, test_idx), got {preview(pair)}"
        arrays = []
        for part, value in zip(("train_idx", "test_idx"), pair):
            arr, problem = as_array(value, f"{name}[{i}] {part}")
            if problem:
                return None, problem
            if arr.ndim != 1:
                return None, f"{name}[{i}] {part}: expected a 1-d array of indices, got shape {arr.shape}"
            if arr.size and arr.dtype.kind not in "iu":
                return None, f"{name}[{i}] {part}: expected integer indices, got {preview(arr)}"
            arrays.append(arr.astype(np.int64))
        folds.append(tuple(arrays))
    return folds, None


def partition_problem(folds: list, n: int, k: int, name: str) -> str | None:
    """What breaks the properties every k-fold split has, shuffled or not."""
    want = _sizes(n, k)
    got = [len(test) for _, test in folds]
    for i, (train, test) in enumerate(folds):
        for part, arr in (("train_idx", train), ("test_idx", test)):
            bad = arr[(arr < 0) | (arr >= n)]
            if bad.size:
                return f"{name}[{i}] {part} contains {int(bad[0])}, which is not an index of range({n})"
    if got != want:
        r = n % k
        return explain(
            f"{name}: test fold sizes expected {want}, got {got}",
            f"the remainder went to the last fold: it is {r} larger than the others"
            if r and got == [n // k] * (k - 1) + [n // k + r] else None,
            f"the test folds hold {sum(got)} indices in all, not n = {n}" if sum(got) != n else None,
            f"the fold sizes range from {min(got)} to {max(got)}: they differ by more than one"
            if max(got) - min(got) > 1 else None,
            "the sizes are right but in another order: the larger folds come first"
            if sorted(got) == sorted(want) else None,
        )
    owner: dict[int, int] = {}
    for i, (_, test) in enumerate(folds):
        for j in test.tolist():
            if j in owner:
                where = f"test folds {owner[j]} and {i}" if owner[j] != i else f"test fold {i} twice"
                return (f"{name}: test folds overlap: index {j} is in {where}\n"
                        f"Why: the test folds do not partition range({n}): index {j} is tested twice, so "
                        f"with sizes adding up to n some other index is never tested")
            owner[j] = i
    everything = set(range(n))
    for i, (train, test) in enumerate(folds):
        shared = np.intersect1d(train, test)
        if shared.size:
            return (f"{name}[{i}]: train_idx and test_idx share index {int(shared[0])} "
                    f"({shared.size} shared in all)\nWhy: fold {i} would be tested on {shared.size} "
                    f"sample{'s' if shared.size > 1 else ''} it was trained on")
        if len(np.unique(train)) != len(train):
            return f"{name}[{i}] train_idx repeats an index: {preview(train)}"
        missing = everything - set(train.tolist()) - set(test.tolist())
        if missing:
            return (f"{name}[{i}]: index {min(missing)} is in neither train_idx nor test_idx\n"
                    f"Why: train_idx has {len(train)} indices, but {n - len(test)} are not in test_idx")
    return None


def _unordered(got: np.ndarray, want: np.ndarray, what: str) -> str | None:
    if sorted(got.tolist()) == want.tolist() and not np.array_equal(got, want):
        return f"{what} are the right ones but not in increasing order"
    return None


def kfold_problem(got, n: int, k: int, shuffle: bool, seed: int, name: str = "output") -> str | None:
    folds, problem = _folds(got, n, k, name)
    if problem:
        return problem
    problem = partition_problem(folds, n, k, name)
    if problem:
        return problem
    plain = kfold_indices(n, k)
    if not shuffle:
        for i, ((train, test), (want_train, want_test)) in enumerate(zip(folds, plain)):
            start, stop = int(want_test[0]), int(want_test[-1]) + 1
            problem = (array_mismatch(test, want_test, name=f"{name}[{i}] test_idx")
                       or array_mismatch(train, want_train, name=f"{name}[{i}] train_idx"))
            if problem:
                return explain(problem, _unordered(test, want_test, f"fold {i}'s test indices"),
                               _unordered(train, want_train, f"fold {i}'s train indices"),
                               f"fold {i} tests other indices than the block {start}..{stop - 1}: with shuffle=False "
                               f"the test folds are contiguous blocks following each other from 0 up"
                               if set(test.tolist()) != set(want_test.tolist()) else None)
        return None
    if _orderings(n, k) > 1e12 and all(set(test.tolist()) == set(want.tolist()) for (_, test), (_, want) in zip(folds, plain)):
        return (f"{name}: shuffle=True returned the unshuffled folds (contiguous blocks)\n"
                f"Why: every test fold is the contiguous block shuffle=False gives: the indices were not shuffled")
    return None


def kfold_case(name: str, n: int, k: int, shuffle: bool | None = None, seed: int | None = None) -> Case:
    kwargs = {key: v for key, v in (("shuffle", shuffle), ("seed", seed)) if v is not None}
    return case(name, "kfold_indices", (n, k), kwargs,
                check=lambda got: kfold_problem(got, n, k, bool(shuffle), seed or 0))


def seeds_case(n: int, k: int, seed: int) -> Case:
    def check(got):
        if not isinstance(got, (list, tuple)) or len(got) != 3:
            return f"expected the results of three calls, got {preview(got)}"
        labels = (f"kfold_indices({n}, {k}, shuffle=True, seed={seed})", "the same call again",
                  f"kfold_indices({n}, {k}, shuffle=True, seed={seed + 1})")
        for value, label in zip(got, labels):
            problem = kfold_problem(value, n, k, True, seed, name=label)
            if problem:
                return problem
        tests = [[np.asarray(test).tolist() for _, test in value] for value in got]
        if tests[0] != tests[1]:
            return (f"two calls with the same seed gave different folds\nWhy: the folds depend on something "
                    f"besides seed: two calls with seed={seed} differ")
        if [sorted(t) for t in tests[0]] == [sorted(t) for t in tests[2]]:
            return (f"seed={seed} and seed={seed + 1} gave the same folds\nWhy: the folds do not depend on seed: "
                    f"two different seeds gave the same test folds")
        return None

    return case(f"property: same seed, same folds; another seed, other folds (n={n}, k={k}, seed={seed})",
                "_hotseat_kfold_seeds", (n, k, seed), check=check,
                show_entry="(lambda n, k, seed: [kfold_indices(n, k, shuffle=True, seed=s) for s in (seed, seed, seed + 1)])")


DRIVER = '''
def _hotseat_kfold_seeds(n, k, seed):
    return (kfold_indices(n, k, shuffle=True, seed=seed), kfold_indices(n, k, shuffle=True, seed=seed),
            kfold_indices(n, k, shuffle=True, seed=seed + 1))
'''


def examples() -> list[Case]:
    return [
        kfold_case("n divisible by k", 6, 3),
        kfold_case("the first n % k folds are one larger", 7, 3),
        kfold_case("shuffled: judged by partition and sizes", 6, 2, shuffle=True, seed=0),
    ]


def hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        kfold_case("10 samples, 3 folds", 10, 3),
        kfold_case("remainder k - 1", 11, 4),
        kfold_case("remainder 2 of 5", 12, 5),
        kfold_case("k == n: leave-one-out", 7, 7),
        kfold_case("n = 2, k = 2", 2, 2),
        kfold_case("shuffle=False said explicitly", 9, 2, shuffle=False, seed=5),
        kfold_case("shuffled, 10 samples, 3 folds", 10, 3, shuffle=True, seed=0),
        kfold_case("shuffled, remainder k - 1", 23, 6, shuffle=True, seed=7),
        kfold_case("shuffled leave-one-out", 5, 5, shuffle=True, seed=1),
    ]
    for _ in range(4):
        n = int(rng.integers(2, 60))
        k = int(rng.integers(2, min(n, 10) + 1))
        cases.append(kfold_case(f"random n={n}, k={k}", n, k))
    for _ in range(3):
        n = int(rng.integers(8, 60))
        k = int(rng.integers(2, min(n, 10) + 1))
        seed = int(rng.integers(0, 1000))
        cases.append(kfold_case(f"random shuffled n={n}, k={k}, seed={seed}", n, k, shuffle=True, seed=seed))
    # n >= 30 and k >= 3 leave over 10^12 ways to fold, so two seeds agreeing by chance never happens.
    cases.append(seeds_case(int(rng.integers(30, 50)), int(rng.integers(3, 7)), int(rng.integers(0, 1000))))
    return cases


EXERCISES = [
    Exercise(
        id="kfold_indices",
        title="k-fold cross-validation indices",
        summary="kfold_indices(n, k, shuffle=False, seed=0): k (train_idx, test_idx) pairs, first n % k folds larger",
        category="ML fundamentals",
        difficulty="easy",
        defines=("kfold_indices",),
        params=("n", "k", "shuffle", "seed"),
        examples=examples,
        hidden=hidden,
        solution="validation",
        driver=DRIVER,
    ),
]
