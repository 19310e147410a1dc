"""sampling_distribution and sample_token: temperature, top-k (ties kept), top-p (crossing token kept).

`sampling_distribution` is judged exactly against the reference, and when it is wrong the
check compares it with the classic wrong pipelines (off-by-one top-p, top-k that drops ties,
temperature after the softmax, top-p measured before renormalising, ...) to say which one
it is. `sample_token` needs a `np.random.Generator`, so a driver draws many tokens inside
the kernel and the check judges the counts: a filtered token must never come out, and
every token's count must fit its binomial distribution under the reference probabilities
(exact tails, Bonferroni over tokens) and a chi-square statistic must stay under a bound.
The thresholds are set so a correct sampler fails a case with probability below 1e-8.
"""

from __future__ import annotations

import math

import numpy as np

from reference.cases import case, explain, show_value
from reference.checks import array_mismatch, as_array, number, preview, sequence_of
from reference.exercise import Call, Case, Exercise
from reference.solutions.sampling import sampling_distribution

PARAMS = ("logits", "temperature", "top_k", "top_p")
MARGIN = 1e-7  # how far a case keeps every cumulative mass and logit gap from a tie or a boundary


# ---------------------------------------------------------------------------------------------
# The classic wrong pipelines, for naming a mistake (never for deciding pass or fail).


def _softmax(z: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        e = np.exp(z - np.max(z))
        return e / e.sum()


def _top_k(z: np.ndarray, k: int, ties: bool | str = True) -> np.ndarray:
    """`ties=True` keeps every tie at the k-th value; "first" / "last" keep exactly k, preferring low / high indices."""
    if not 0 < k < z.size:
        return z
    if ties is True:
        return np.where(z >= np.sort(z)[-k], z, -np.inf)
    keep = np.argsort(-z, kind="stable")[:k] if ties == "first" else np.argsort(z, kind="stable")[-k:]
    out = np.full_like(z, -np.inf)
    out[keep] = z[keep]
    return out


def _top_p_mask(probs: np.ndarray, p: float, rule: str = "reach") -> np.ndarray:
    order = np.argsort(-probs, kind="stable")
    mass = np.cumsum(probs[order])
    if rule == "reach":
        n_keep = int(np.sum(mass < p)) + 1
    elif rule == "below":  # keeps only the tokens before the crossing one
        n_keep = int(np.sum(mass < p))
    else:  # "at_most": keeps tokens while the running mass is <= p
        n_keep = int(np.sum(mass <= p))
    keep = np.zeros(probs.shape, dtype=bool)
    keep[order[:n_keep]] = True
    return keep


def pipeline(logits, temperature=1.0, top_k=0, top_p=1.0, *, temperature_mode="logits", ties=True,
             top_p_rule="reach", top_p_mass="renormalised", top_p_first=False, renormalise=True,
             skip: str | None = None) -> np.ndarray:
    """The reference pipeline with one step done the wrong way (flags name the wrong ways);
    `skip` leaves out a whole step: "top_k", "top_p", or everything but the argmax ("sampling")."""
    logits = np.asarray(logits, dtype=np.float64)
    if temperature == 0 or skip == "sampling":
        return sampling_distribution(logits, 0)
    top_k = 0 if skip == "top_k" else top_k
    top_p = 1.0 if skip == "top_p" else top_p
    with np.errstate(all="ignore"):
        z = logits / temperature if temperature_mode == "logits" else logits.copy()
        if top_p_first and top_p < 1.0:  # top-p on the full distribution, then top-k
            z = np.where(_top_p_mask(_softmax(z), top_p, top_p_rule), z, -np.inf)
        z = _top_k(z, top_k, ties)
        probs = _softmax(z)
        if temperature_mode == "after_softmax":
            probs = _softmax(probs / temperature)
            probs = np.where(np.isneginf(z), 0.0, probs)
        if top_p < 1.0 and not top_p_first:
            measured = probs
            if top_p_mass == "before_renormalising":  # softmax over every token, top-k zeroed, not renormalised
                measured = np.where(np.isneginf(z), 0.0, _softmax(logits / temperature))
            elif top_p_mass == "before_temperature":
                measured = np.where(np.isneginf(z), 0.0, _softmax(_top_k(logits, top_k, ties)))
            probs = np.where(_top_p_mask(measured, top_p, top_p_rule), probs, 0.0)
            if renormalise:
                probs = probs / probs.sum()
        return probs


TIES_REASON = ("top-k kept exactly k tokens: a token whose logit ties with the k-th largest was filtered out "
               "with the rest")
TOP_P_SHORT = ("top-p kept one token too few (off by one): the tokens it kept have a total probability below "
               "top_p")
WRONG_PIPELINES = (
    (dict(top_p_rule="below"), TOP_P_SHORT),
    (dict(top_p_rule="at_most"), TOP_P_SHORT),
    (dict(ties="first"), TIES_REASON),
    (dict(ties="last"), TIES_REASON),
    (dict(temperature_mode="ignored"),
     "the temperature had no effect: the result is what temperature = 1 gives"),
    (dict(temperature_mode="after_softmax"),
     "the temperature was applied to the probabilities after the softmax: the result matches "
     "softmax(softmax(logits) / temperature), not the softmax of the scaled logits"),
    (dict(top_p_mass="before_renormalising"),
     "top-p measured the running mass on probabilities that do not sum to 1: those of the top-k survivors "
     "taken from the softmax over every token"),
    (dict(top_p_mass="before_temperature"),
     "top-p chose its tokens from the distribution before temperature scaling"),
    (dict(top_p_first=True),
     "top-p chose its tokens from the full distribution, before top-k removed any"),
    (dict(renormalise=False),
     "the probabilities top-p kept are right but were not renormalised: they sum to less than 1"),
    (dict(skip="top_k"), "top-k had no effect: the result is what top_k = 0 gives"),
    (dict(skip="top_p"), "top-p had no effect: the result is what top_p = 1.0 gives"),
    (dict(skip="sampling"), "the result is the one-hot vector on the argmax, as if the temperature were 0"),
)


def wrong_reason(got: np.ndarray, logits, temperature, top_k, top_p) -> str | None:
    """The classic mistakes whose output equals `got` (several can coincide on one input)."""
    want = sampling_distribution(logits, temperature, top_k, top_p)
    reasons = []
    for flags, reason in WRONG_PIPELINES:
        wrong = pipeline(logits, temperature, top_k, top_p, **flags)
        if reason not in reasons and wrong.shape == got.shape and not np.allclose(wrong, want, equal_nan=True) \
                and np.allclose(got, wrong, rtol=1e-6, atol=1e-8, equal_nan=True):
            reasons.append(reason)
    return "\n  or: ".join(reasons) or None


def unambiguous(logits, temperature=1.0, top_k=0, top_p=1.0) -> bool:
    """No near-tie decides the answer: argmax, the top-p crossing point and the cut-off token are clear."""
    logits = np.asarray(logits, dtype=np.float64)
    finite = np.sort(logits[np.isfinite(logits)])[::-1]
    if temperature == 0:
        return finite.size == 1 or finite[0] - finite[1] > MARGIN
    z = logits / temperature
    if 0 < top_k < z.size:
        gaps = np.abs(z[:, None] - np.sort(z)[-top_k])
        if np.any((gaps > 0) & (gaps < MARGIN)):  # exact ties are fine, near-ties are not
            return False
    if top_p < 1.0:
        probs = sampling_distribution(logits, temperature, top_k, 1.0)
        ordered = np.sort(probs)[::-1]
        mass = np.cumsum(ordered)
        cross = int(np.sum(mass < top_p))
        if abs(mass[min(cross, mass.size - 1)] - top_p) < MARGIN:
            return False
        if cross > 0 and abs(mass[cross - 1] - top_p) < MARGIN:
            return False
        if cross + 1 < ordered.size and ordered[cross] - ordered[cross + 1] < MARGIN:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# sampling_distribution


def distribution_check(logits, temperature, top_k, top_p):
    want = sampling_distribution(logits, temperature, top_k, top_p)

    def check(got):
        problem = array_mismatch(got, want)
        arr, _ = as_array(got)
        if problem is None or arr is None or arr.shape != want.shape:
            return problem
        arr = arr.astype(np.float64)
        with np.errstate(all="ignore"):
            total = float(arr.sum())
        kept_wrongly = np.flatnonzero((want == 0) & ~np.isclose(arr, 0, atol=1e-12))
        dropped = np.flatnonzero((want > 1e-12) & np.isclose(arr, 0, atol=1e-15))
        scaled = float(np.max(np.abs(np.asarray(logits)[np.isfinite(logits)] / (temperature or 1))))
        return explain(
            problem,
            wrong_reason(arr, logits, temperature, top_k, top_p),
            f"with temperature == 0 the result is not the one-hot vector on the argmax (index "
            f"{int(np.argmax(want))})" if temperature == 0 else None,
            f"{int(np.sum(~np.isfinite(arr)))} probabilities are NaN or inf, and the scaled logits here reach "
            f"{scaled:.0f}: exp() of a number above about 709 overflows float64"
            if not np.isfinite(arr).all() and scaled > 700 else None,
            f"the probabilities do not sum to 1 (sum {total:.6g})" if np.isfinite(total) and abs(total - 1) > 1e-6
            else None,
            f"token {int(kept_wrongly[0])} should have been filtered out (probability 0) but got "
            f"{number(float(arr[kept_wrongly[0]]))}" if kept_wrongly.size else None,
            f"token {int(dropped[0])} was filtered out but should be kept (expected probability "
            f"{number(float(want[dropped[0]]))})" if dropped.size else None,
        )

    return check


def distribution_case(name: str, logits, temperature=None, top_k=None, top_p=None) -> Case:
    logits = np.asarray(logits, dtype=np.float64)
    kwargs = {k: v for k, v in (("temperature", temperature), ("top_k", top_k), ("top_p", top_p)) if v is not None}
    t, k, p = kwargs.get("temperature", 1.0), kwargs.get("top_k", 0), kwargs.get("top_p", 1.0)
    assert unambiguous(logits, t, k, p), name
    return case(name, "sampling_distribution", (logits,), kwargs, check=distribution_check(logits, t, k, p))


def from_probs(probs, shift=0.0) -> np.ndarray:
    """Logits whose softmax is `probs` (up to rounding)."""
    return np.log(np.asarray(probs, dtype=np.float64)) + shift


def distribution_examples() -> list[Case]:
    return [
        distribution_case("plain softmax", [2.0, 1.0, 0.1]),
        distribution_case("temperature 0.5 sharpens", [2.0, 1.0, 0.1], temperature=0.5),
        distribution_case("top-k keeps ties at the k-th value", [1.0, 3.0, 2.0, 2.0], top_k=2),
        distribution_case("top-p keeps the crossing token", from_probs([0.5, 0.3, 0.15, 0.05]), top_p=0.7),
        distribution_case("temperature 0 is greedy", [0.2, 1.5, -0.3], temperature=0),
    ]


def random_logits(rng: np.random.Generator, size: int, scale: float = 1.5) -> np.ndarray:
    return np.round(rng.normal(scale=scale, size=size), 4)


def distribution_hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        distribution_case("temperature 2 flattens", [3.0, 1.0, 0.0, -2.0], temperature=2.0),
        distribution_case("temperature 0: one-hot on the argmax (not index 0)", [0.1, -1.0, 2.5, 2.4], temperature=0),
        distribution_case("temperature 0 ignores top_k and top_p", [1.0, 4.0, 3.9, -2.0], temperature=0, top_k=3,
                          top_p=0.5),
        distribution_case("temperature 0.01 on logits near 10 (stable softmax)", [10.0, 9.99, 9.5, 8.0],
                          temperature=0.01),
        distribution_case("logits of +-1e4", [1e4, -1e4, 1e4 - 2.0, 0.0]),
        distribution_case("a single token", [0.3]),
        distribution_case("top_k=1 is greedy", [0.3, 1.2, -0.4, 1.1], top_k=1),
        distribution_case("top_k equal to the vocabulary keeps everything", [0.3, 1.2, -0.4, 1.1], top_k=4),
        distribution_case("top-k: ties at the k-th value are all kept", [0.5, 2.0, 1.0, 2.0, 1.0, -1.0], top_k=3),
        distribution_case("top-k: a tie at the top", [3.0, 1.0, 3.0, 0.0, 3.0], top_k=2),
        distribution_case("top-p: the crossing token is kept", from_probs([0.1, 0.4, 0.2, 0.3])[rng.permutation(4)],
                          top_p=0.65),
        distribution_case("top-p: the first token alone reaches top_p", from_probs([0.25, 0.6, 0.15]), top_p=0.5),
        distribution_case("top-p tiny keeps only the argmax", [0.5, 0.2, 0.9, -1.0], top_p=1e-3),
        distribution_case("top_p=1.0 keeps everything", [0.5, 0.2, 0.9, -1.0], top_p=1.0),
        distribution_case("top-k then top-p: top-p measures the renormalised top-k mass",
                          from_probs([0.35, 0.21, 0.14, 0.12, 0.1, 0.08]), top_k=3, top_p=0.75),
        distribution_case("temperature changes which tokens top-p keeps",
                          from_probs([0.45, 0.3, 0.15, 0.1]), temperature=0.5, top_p=0.85),
        distribution_case("masked (-inf) logits with top-k", [1.0, -np.inf, 0.5, -np.inf, 0.7], top_k=2),
        distribution_case("temperature, top-k and top-p together",
                          [2.0, -0.5, 1.4, 0.3, 1.4, -1.0, 0.8], temperature=0.8, top_k=4, top_p=0.85),
    ]
    while len(cases) < 30:
        size = int(rng.integers(2, 13))
        logits = random_logits(rng, size, scale=float(rng.choice([0.5, 1.5, 4.0])))
        temperature = float(rng.choice([0.3, 0.7, 1.0, 1.0, 1.6, 2.5]))
        top_k = int(rng.choice([0, int(rng.integers(1, size + 1))]))
        top_p = float(rng.choice([1.0, round(float(rng.uniform(0.05, 0.99)), 3)]))
        if not unambiguous(logits, temperature, top_k, top_p):
            continue
        cases.append(distribution_case(f"random vocab of {size}, temperature={temperature}, top_k={top_k}, "
                                       f"top_p={top_p}", logits, temperature, top_k, top_p))
    return cases


# ---------------------------------------------------------------------------------------------
# sample_token: statistics over many draws made inside the kernel

DRIVER = '''
def _hotseat_pack(draws):
    import numpy as _np
    try:
        packed = _np.asarray(draws)
    except Exception:
        return list(draws[:5])
    if packed.dtype.hasobject or packed.shape != (len(draws),):
        return list(draws[:5])
    return packed


def _hotseat_draws(logits, temperature, top_k, top_p, seed, n):
    import numpy as _np
    rng = _np.random.default_rng(seed)
    return _hotseat_pack([sample_token(logits, temperature=temperature, top_k=top_k, top_p=top_p, rng=rng)
                          for _ in range(n)])


def _hotseat_draws_twice(logits, temperature, top_k, top_p, seed, n):
    return (_hotseat_draws(logits, temperature, top_k, top_p, seed, n),
            _hotseat_draws(logits, temperature, top_k, top_p, seed, n))
'''

DRAWS = 200
ALPHA = 1e-8  # per statistical case and per test (binomial bands, chi-square): far below 1e-6 per suite


def _log_binomial_pmf(n: int, p: float) -> np.ndarray:
    k = np.arange(n + 1)
    if p <= 0.0 or p >= 1.0:
        return np.where(k == (0 if p <= 0 else n), 0.0, -np.inf)
    log_fact = np.concatenate([[0.0], np.cumsum(np.log(np.arange(1, n + 1)))])
    return log_fact[n] - log_fact[k] - log_fact[n - k] + k * math.log(p) + (n - k) * math.log1p(-p)


def binomial_tails(n: int, p: float) -> tuple[np.ndarray, np.ndarray]:
    """P(X <= c) and P(X >= c) for c = 0..n, X ~ Binomial(n, p), exactly (in float64)."""
    pmf = np.exp(_log_binomial_pmf(n, p))
    return np.cumsum(pmf), np.cumsum(pmf[::-1])[::-1]


def chi_square_bound(n: int, probs: np.ndarray, alpha: float) -> float:
    """A threshold T with P(chi-square >= T) <= alpha under `probs`, proven rather than asymptotic.

    If Pearson's statistic sum_i (c_i - n p_i)^2 / (n p_i) reaches T, one of its K terms reaches
    T / K, so P(X2 >= T) <= sum_i P(term_i >= T / K), a sum of exact binomial tails. Sorting every
    possible term value with its probability gives the smallest T whose bound is <= alpha.
    """
    kept = probs[probs > 0]
    counts = np.arange(n + 1)
    terms = np.concatenate([(counts - n * p) ** 2 / (n * p) for p in kept])
    masses = np.concatenate([np.exp(_log_binomial_pmf(n, float(p))) for p in kept])
    order = np.argsort(-terms, kind="stable")
    tail = np.cumsum(masses[order])  # tail[j]: P(some term >= terms[order[j]]), bounded by the union
    over = np.flatnonzero(tail > alpha)
    if over.size == 0:
        return 0.0
    # Terms strictly above the first value whose tail exceeds alpha are allowed to reject.
    return float(terms[order[over[0]]]) * kept.size + 1e-9


def _likeliest_mistake(counts: np.ndarray, logits, temperature, top_k, top_p) -> str | None:
    """The classic wrong pipeline whose distribution the counts pass every test of (as a correct
    sampler of it would, but for odds below ALPHA) and are far more likely under than the reference."""
    def loglik(probs):
        with np.errstate(all="ignore"):
            return float(np.sum(np.where(counts > 0, counts * np.log(probs), 0.0)))

    n = int(counts.sum())
    want = sampling_distribution(logits, temperature, top_k, top_p)
    reference = loglik(want)
    fitting: list[tuple[str, np.ndarray]] = []
    for flags, why in WRONG_PIPELINES:
        alt = pipeline(logits, temperature, top_k, top_p, **flags)
        if not np.isfinite(alt).all() or abs(alt.sum() - 1) > 1e-6 or np.allclose(alt, want):
            continue
        # A likelihood ratio above e^10, and counts a sampler of `alt` would produce.
        if loglik(alt) > reference + 10 and fit_problem(counts, alt, n) is None:
            fitting.append((why, alt))
    # Draws that fit two different distributions cannot say which mistake made them.
    if not fitting or any(not np.allclose(alt, fitting[0][1]) for _, alt in fitting):
        return None
    return "the draws fit this mistake: " + "\n  or: ".join(dict.fromkeys(why for why, _ in fitting))


def fit_problem(counts: np.ndarray, probs: np.ndarray, n: int) -> str | None:
    """Why `counts` (of n draws) cannot come from `probs`, or None when they fit it."""
    filtered = np.flatnonzero((probs == 0) & (counts > 0))
    if filtered.size:
        i = int(filtered[0])
        return (f"token {i} was drawn {int(counts[i])} times in {n} draws, but it is filtered out "
                f"(probability 0 after temperature/top-k/top-p)")
    band = ALPHA / (2 * int(np.sum(probs > 0)))
    for i, p in enumerate(probs):
        lower, upper = binomial_tails(n, float(p))
        c = int(counts[i])
        if p > 0 and min(lower[c], upper[c]) < band:
            return (f"token {i} was drawn {c} times in {n} draws; with probability {p:.4f} that is very "
                    f"unlikely (expected about {n * p:.0f})")
    kept = probs > 0
    chi2 = float(np.sum((counts[kept] - n * probs[kept]) ** 2 / (n * probs[kept])))
    threshold = chi_square_bound(n, probs, ALPHA)
    if chi2 >= threshold:
        return (f"the draws do not follow the expected distribution: chi-square {chi2:.1f} on "
                f"{int(kept.sum()) - 1} degrees of freedom (limit {threshold:.1f})")
    return None


def draws_problem(got, n: int, probs: np.ndarray) -> tuple[np.ndarray | None, str | None]:
    """The draws as an int array, or what is wrong with their form."""
    arr, problem = as_array(got, "draws")
    if problem or arr.shape != (n,):
        sample = got[:3] if isinstance(got, list) else got
        return None, (f"sample_token should return one int token index per call; {n} calls gave "
                      f"{preview(sample)}")
    if arr.dtype.kind == "b" or (arr.dtype.kind == "f" and not np.all(arr == np.round(arr))):
        return None, f"sample_token should return an int token index; got {preview(arr)}"
    arr = arr.astype(np.int64)
    outside = arr[(arr < 0) | (arr >= probs.size)]
    if outside.size:
        return None, f"sample_token returned {int(outside[0])}, which is not a token index (vocabulary of {probs.size})"
    return arr, None


def draws_check(logits, temperature, top_k, top_p, n: int):
    probs = sampling_distribution(logits, temperature, top_k, top_p)

    def check(got):
        arr, problem = draws_problem(got, n, probs)
        if problem:
            return problem
        counts = np.bincount(arr, minlength=probs.size)
        problem = fit_problem(counts, probs, n)
        if problem is None:
            return None
        return explain(f"{problem}; observed counts {counts.tolist()}, expected probabilities "
                       f"{np.round(probs, 4).tolist()}", _likeliest_mistake(counts, logits, temperature, top_k, top_p))

    return check


def _show_draws(logits, temperature, top_k, top_p, seed: int, n: int) -> str:
    return (f"[sample_token({show_value(logits)}, temperature={temperature!r}, top_k={top_k!r}, top_p={top_p!r}, "
            f"rng=rng) for _ in range({n})] with rng = np.random.default_rng({seed})")


def draws_case(name: str, logits, temperature=1.0, top_k=0, top_p=1.0, *, seed: int, n: int = DRAWS) -> Case:
    logits = np.asarray(logits, dtype=np.float64)
    assert unambiguous(logits, temperature, top_k, top_p), name
    return Case(name, Call("_hotseat_draws", (logits, temperature, top_k, top_p, seed, n)),
                draws_check(logits, temperature, top_k, top_p, n),
                display=lambda: _show_draws(logits, temperature, top_k, top_p, seed, n))


def greedy_case(name: str, logits, seed: int, n: int = 30, **kwargs) -> Case:
    logits = np.asarray(logits, dtype=np.float64)
    best = int(np.argmax(logits))
    t, k, p = kwargs.get("temperature", 0.0), kwargs.get("top_k", 0), kwargs.get("top_p", 1.0)
    probs = sampling_distribution(logits, t, k, p)

    def check(got):
        arr, problem = draws_problem(got, n, probs)
        if problem:
            return problem
        others = arr[arr != best]
        if others.size:
            return (f"temperature == 0 must always return the argmax ({best}); got {int(others[0])} in "
                    f"{others.size} of {n} draws (draws {arr[:8].tolist()}...)")
        return None

    return Case(name, Call("_hotseat_draws", (logits, t, k, p, seed, n)), check,
                display=lambda: _show_draws(logits, t, k, p, seed, n))


def reproducible_case(name: str, logits, seed: int, n: int = 30) -> Case:
    logits = np.asarray(logits, dtype=np.float64)
    probs = sampling_distribution(logits)

    def check(got):
        problem = sequence_of(got, 2, "two runs")
        if problem:
            return problem
        first, problem = draws_problem(got[0], n, probs)
        second, problem2 = draws_problem(got[1], n, probs)
        if problem or problem2:
            return problem or problem2
        if not np.array_equal(first, second):
            return (f"two runs with np.random.default_rng({seed}) drew different tokens "
                    f"({first[:8].tolist()}... vs {second[:8].tolist()}...)\nWhy: the draws depend on something "
                    f"besides the rng you were given: two generators with the same seed gave different tokens")
        return None

    return Case(name, Call("_hotseat_draws_twice", (logits, 1.0, 0, 1.0, seed, n)), check,
                display=lambda: f"two runs of {_show_draws(logits, 1.0, 0, 1.0, seed, n)}")


def token_examples() -> list[Case]:
    return [
        greedy_case("temperature 0 always returns the argmax", [0.5, 2.0, -1.0, 1.9], seed=0, n=20),
        draws_case("top-k never draws a filtered token", [2.0, 0.1, 1.5, -0.5, 1.0], top_k=2, seed=1, n=200),
        draws_case("draws follow the softmax", [1.0, 0.5, 0.0], seed=2, n=200),
    ]


def _shuffled(rng: np.random.Generator, logits, jitter: float = 0.0) -> np.ndarray:
    logits = np.asarray(logits, dtype=np.float64)
    out = logits[rng.permutation(logits.size)]
    return out + (np.round(rng.uniform(-jitter, jitter, size=out.size), 3) if jitter else 0.0)


def token_hidden(rng: np.random.Generator) -> list[Case]:
    def seed() -> int:
        return int(rng.integers(2**31))

    # Each statistical case is shaped so every classic mistake moves a lot of mass: the token that
    # top-p's crossing keeps has probability >= 0.2, tied tokens >= 0.2, filtered tokens >= 0.1.
    return [
        greedy_case("temperature 0 always returns the argmax", _shuffled(rng, [0.3, 2.2, -1.0, 2.0, 1.1]),
                    seed=seed(), top_k=2, top_p=0.5),
        reproducible_case("the same rng seed gives the same draws", _shuffled(rng, [0.4, 0.1, 0.0, -0.2, 0.3]),
                          seed=seed()),
        draws_case("top_k=1 always returns the best token", _shuffled(rng, [0.2, 1.0, 0.9, -0.3]), top_k=1,
                   seed=seed(), n=30),
        draws_case("masked (-inf) tokens are never drawn",
                   _shuffled(rng, [0.6, -np.inf, 0.0, -np.inf, 0.3, -0.4]),
                   top_p=round(float(rng.uniform(0.7, 0.8)), 3), seed=seed(), n=120),
        draws_case("temperature reshapes the distribution", _shuffled(rng, [2.5, 1.0, 0.0, -0.5, -1.5], 0.2),
                   temperature=float(rng.choice([0.5, 2.5])), seed=seed()),
        draws_case("top-k keeps ties at the k-th value and never draws the rest",
                   _shuffled(rng, [1.5, 1.0, 1.0, 0.4, 0.0, -0.5]), top_k=2, seed=seed()),
        draws_case("top-p keeps the crossing token", _shuffled(rng, from_probs([0.38, 0.3, 0.22, 0.1])),
                   top_p=round(float(rng.uniform(0.72, 0.86)), 3), seed=seed()),
        draws_case("top-k then top-p on the renormalised survivors",
                   _shuffled(rng, from_probs([0.3, 0.18, 0.12, 0.16, 0.14, 0.1]), 0.01), top_k=3,
                   top_p=round(float(rng.uniform(0.52, 0.62)), 3), seed=seed()),
        draws_case("temperature, top-k and top-p together",
                   _shuffled(rng, [2.0, 1.6, 1.2, 0.9, 0.2, -0.3, -1.0]), temperature=0.7, top_k=4, top_p=0.88,
                   seed=seed()),
    ]


EXERCISES = [
    Exercise(
        id="sampling_distribution",
        title="Temperature, top-k and top-p: the sampling distribution",
        summary="sampling_distribution(logits, temperature, top_k, top_p): the probability vector an LLM decoder "
                "samples from",
        category="LLM stack",
        difficulty="medium",
        defines=("sampling_distribution",),
        params=PARAMS,
        examples=distribution_examples,
        hidden=distribution_hidden,
        solution="sampling",
    ),
    Exercise(
        id="sample_token",
        title="Sample the next token",
        summary="sample_token(logits, temperature, top_k, top_p, rng): draw one token index with the given "
                "Generator",
        category="LLM stack",
        difficulty="medium",
        defines=("sample_token",),
        params=PARAMS + ("rng",),
        examples=token_examples,
        hidden=token_hidden,
        solution="sampling",
        driver=DRIVER,
    ),
]
