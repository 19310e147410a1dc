"""bpe_train and bpe_encode: frequency-weighted pair counts, smallest-pair tie-break, whole-symbol merges.

Both are judged by exact equality with the reference. When a result is wrong, the check
reruns the classic wrong algorithms (string replace on the space-joined word, which merges
across a symbol boundary; lower-casing; another tie-break; counting distinct words instead
of occurrences; no end-of-word symbol; ...) on the same input and names the one that
produced the candidate's answer.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from reference.cases import case, explain
from reference.checks import equal_mismatch, plain
from reference.exercise import Case, Exercise
from reference.solutions.bpe import END, _merge, bpe_encode, bpe_train

# ---------------------------------------------------------------------------------------------
# The classic wrong algorithms, for naming a mistake (never for deciding pass or fail).


def _merge_string(symbols: tuple, pair: tuple) -> tuple:
    """The blog-post merge: str.replace on the space-joined word, blind to symbol boundaries."""
    return tuple(" ".join(symbols).replace(" ".join(pair), "".join(pair)).split(" "))


def _merge_first(symbols: tuple, pair: tuple) -> tuple:
    """Merges only the first occurrence of the pair in the word."""
    for i in range(len(symbols) - 1):
        if (symbols[i], symbols[i + 1]) == tuple(pair):
            return symbols[:i] + (symbols[i] + symbols[i + 1],) + symbols[i + 2:]
    return symbols


def train_variant(corpus: str, num_merges: int, *, lower=False, end=True, weighted=True, tie="smallest",
                  merge=_merge) -> list[tuple[str, str]]:
    text = corpus.lower() if lower else corpus
    words = Counter()
    for word in text.split():  # insertion order = first appearance, as a dict-based solution sees it
        words[tuple(word) + ((END,) if end else ())] += 1
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for symbols, freq in words.items():
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += freq if weighted else 1
        if not pairs:
            break
        if tie == "smallest":
            best = min(pairs, key=lambda p: (-pairs[p], p))
        elif tie == "largest":
            best = max(pairs, key=lambda p: (pairs[p], p))
        else:  # "first": max() over the Counter keeps the first pair seen among equal counts
            best = max(pairs, key=pairs.get)
        merges.append(best)
        merged = Counter()
        for symbols, freq in words.items():
            merged[merge(symbols, best)] += freq
        words = merged
    return merges


TRAIN_MISTAKES = (
    (dict(merge=_merge_string),
     "a merge crossed a symbol boundary: the merges match joining text across two neighbouring symbols, "
     "not two whole symbols"),
    (dict(lower=True), "the corpus was lower-cased; words are corpus.split() exactly, case kept"),
    (dict(tie="first"), "ties went to the pair seen first, not to the smallest of the pairs with equal counts"),
    (dict(tie="largest"), "ties went to the largest pair, not to the smallest of the pairs with equal counts"),
    (dict(weighted=False),
     "pairs were counted once per distinct word: the merges match counts that ignore how often each word appears"),
    (dict(end=False), f"no merge involves the end-of-word symbol {END!r}: the merges match words built without it"),
    (dict(merge=_merge_first), "only the first occurrence of the pair in a word was merged; merge every occurrence"),
)


def _as_pairs(got) -> list | None:
    value = plain(got)
    if isinstance(value, list) and all(isinstance(p, list) and len(p) == 2 for p in value):
        return [tuple(p) for p in value]
    return None


def train_check(corpus: str, num_merges: int):
    want = bpe_train(corpus, num_merges)

    def check(got):
        problem = equal_mismatch(got, want, name="merges")
        if problem is None:
            return None
        pairs = _as_pairs(got)
        if pairs is None:
            return explain(problem, "return a list of pairs of strings, e.g. [('l', 'o'), ('lo', 'w')]")
        named = [why for flags, why in TRAIN_MISTAKES
                 if train_variant(corpus, num_merges, **flags) == pairs != want]
        return explain(
            problem,
            "\n  or: ".join(dict.fromkeys(named)) or None,
            f"{len(pairs)} merges came back, but only {len(want)} are possible here: after them every word is a "
            f"single symbol" if len(pairs) > len(want) and len(want) < num_merges else None,
            f"{len(pairs)} merges came back for num_merges={num_merges}, with pairs still left to merge"
            if len(pairs) < len(want) else None,
            f"{len(pairs)} merges came back for num_merges={num_merges}" if len(pairs) > num_merges else None,
        )

    return check


def train_case(name: str, corpus: str, num_merges: int) -> Case:
    return case(name, "bpe_train", (corpus, num_merges), check=train_check(corpus, num_merges))


# ---------------------------------------------------------------------------------------------
# bpe_encode


def encode_by_rank(word: str, merges) -> list[str]:
    """The other textbook formulation: repeatedly merge the present pair of lowest rank."""
    rank = {tuple(p): i for i, p in reversed(list(enumerate(merges)))}
    symbols = tuple(word) + (END,)
    while True:
        present = [rank[p] for p in zip(symbols, symbols[1:]) if p in rank]
        if not present:
            return list(symbols)
        symbols = _merge(symbols, tuple(merges[min(present)]))


def _encode_with(word: str, merges, merge=_merge, end=True, lower=False, order=1) -> list[str]:
    symbols = tuple(word.lower() if lower else word) + ((END,) if end else ())
    for pair in list(merges)[::order]:
        symbols = merge(symbols, tuple(pair))
    return list(symbols)


def _encode_scan(word: str, merges) -> list[str]:
    """Left to right, merging the first adjacent pair found in the merge table, whatever its rank."""
    known = {tuple(p) for p in merges}
    symbols = list(word) + [END]
    i = 0
    while i < len(symbols) - 1:
        if (symbols[i], symbols[i + 1]) in known:
            symbols[i:i + 2] = [symbols[i] + symbols[i + 1]]
            i = max(i - 1, 0)
        else:
            i += 1
    return symbols


ENCODE_MISTAKES = (
    (lambda w, m: _encode_with(w, m, merge=_merge_string),
     "a merge crossed a symbol boundary: the symbols match joining text across two neighbouring symbols, not "
     "two whole symbols"),
    (lambda w, m: _encode_with(w, m, end=False), f"the symbols match the word without the end-of-word symbol {END!r}"),
    (lambda w, m: _encode_with(w, m, merge=_merge_first), "merge every occurrence of a pair, not only the first"),
    (lambda w, m: _encode_with(w, m, lower=True), "the word was lower-cased; keep its characters as they are"),
    (lambda w, m: _encode_with(w, m, order=-1), "the merges were applied last learned first, not in rank order"),
    (_encode_scan, "pairs were merged in the order they appear in the word, not in rank order (the earliest "
                   "learned merge first)"),
)


def encode_check(word: str, merges):
    want = bpe_encode(word, merges)
    assert encode_by_rank(word, merges) == want  # both formulations agree on every tested input

    def check(got):
        problem = equal_mismatch(got, want, name="symbols")
        if problem is None:
            return None
        value = plain(got)
        named = [why for fn, why in ENCODE_MISTAKES if fn(word, merges) == value != want]
        return explain(problem, "\n  or: ".join(dict.fromkeys(named)) or None)

    return check


def encode_case(name: str, word: str, merges) -> Case:
    merges = [tuple(p) for p in merges]
    return case(name, "bpe_encode", (word, merges), check=encode_check(word, merges))


# ---------------------------------------------------------------------------------------------
# Inputs

ALPHABETS = ("ab", "abc", "abcd", "abcde", "aAbB", "lowerns", "xyzXY", "tnhe")


def random_corpus(rng: np.random.Generator, alphabet: str | None = None) -> str:
    alphabet = alphabet or str(rng.choice(ALPHABETS))
    n_types = int(rng.integers(2, 9))
    types = ["".join(rng.choice(list(alphabet), size=int(rng.integers(1, 7)))) for _ in range(n_types)]
    words = [w for w in types for _ in range(int(rng.integers(1, 6)))]
    rng.shuffle(words)
    gaps = rng.choice([" ", " ", " ", " ", "  ", "\t", "\n"], size=len(words))
    return "".join(w + str(g) for w, g in zip(words, gaps)).strip(" ")


def train_examples() -> list[Case]:
    return [
        train_case("three merges", "hug hugs pug hugs bun", 3),
        train_case("stops early when every word is one symbol", "ab ab", 10),
        train_case("ties go to the smallest pair", "ba ab", 1),
    ]


def train_hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        train_case("num_merges=0", "low lower lowest", 0),
        train_case("an empty corpus", "", 5),
        train_case("single-letter words", "a b a", 5),
        train_case("case is kept (no lower-casing)", "Low low LOW low Lower", 6),
        train_case("tabs, newlines and repeated spaces separate words", "lo  w\tlow\nlows   low\n", 6),
        train_case("merges never cross a symbol boundary", "aa aab ab aa ab aa", 6),
        train_case("merges never cross a symbol boundary (suffix)", "bc bc bc abc ab ab", 6),
        train_case("ties everywhere: the smallest pair wins", "abc bca cab", 6),
        train_case("runs of one letter: overlapping pairs all count", "aaaa aaa", 5),
        train_case("pair counts are weighted by word frequency", "xy xy xy ab", 1),
        train_case("digits, punctuation and non-ASCII letters", "café cafés naïve 3.14 3.14!", 7),
        train_case("a long run of merges until one symbol per word", "ababab abab ab", 20),
    ]
    for i in range(12):
        corpus = random_corpus(rng)
        num_merges = int(rng.integers(1, 31))
        cases.append(train_case(f"random corpus {i + 1} ({len(corpus.split())} words), num_merges={num_merges}",
                                corpus, num_merges))
    return cases


def encode_examples() -> list[Case]:
    merges = [("l", "o"), ("lo", "w"), ("e", "r"), ("er", "</w>")]
    return [
        encode_case("a known word", "lower", merges),
        encode_case("characters no merge touches stay single", "xyz", merges),
        encode_case("merges apply in rank order", "abc", [("b", "c"), ("a", "b")]),
    ]


def encode_hidden(rng: np.random.Generator) -> list[Case]:
    cases = [
        encode_case("no merges: characters plus '</w>'", "token", []),
        encode_case("a one-letter word", "a", [("a", "</w>")]),
        encode_case("a run of one letter merges left to right", "aaa", [("a", "a")]),
        encode_case("every occurrence is merged", "aaaaa", [("a", "a"), ("aa", "aa")]),
        encode_case("rank order, not position in the word", "abcd", [("c", "d"), ("b", "c"), ("a", "b")]),
        encode_case("no merge across a symbol boundary", "aab", [("a", "a"), ("a", "b")]),
        encode_case("no merge across a symbol boundary (suffix)", "abc", [("b", "c"), ("a", "b")]),
        encode_case("the end symbol merges like any other", "lows", [("s", "</w>"), ("l", "o"), ("lo", "w"),
                                                                     ("low", "s</w>")]),
        encode_case("case is kept", "Lower", [("l", "o"), ("lo", "w"), ("e", "r")]),
        encode_case("merges that never apply to this word", "bed", [("a", "b"), ("x", "y"), ("d", "</w>")]),
    ]
    for i in range(10):
        corpus = random_corpus(rng)
        merges = bpe_train(corpus, int(rng.integers(1, 25)))
        seen = corpus.split()
        alphabet = sorted(set("".join(seen)))
        word = (str(rng.choice(seen)) if rng.random() < 0.5
                else "".join(rng.choice(alphabet, size=int(rng.integers(1, 9)))))
        if encode_by_rank(word, merges) != bpe_encode(word, merges):
            continue
        cases.append(encode_case(f"random word {word!r} with {len(merges)} learned merges", word, merges))
    return cases


EXERCISES = [
    Exercise(
        id="bpe_train",
        title="Train a byte-pair encoding",
        summary="bpe_train(corpus, num_merges): learn BPE merges from character-level words ending in '</w>'",
        category="LLM stack",
        difficulty="medium",
        defines=("bpe_train",),
        params=("corpus", "num_merges"),
        examples=train_examples,
        hidden=train_hidden,
        solution="bpe",
    ),
    Exercise(
        id="bpe_encode",
        title="Tokenize a word with learned BPE merges",
        summary="bpe_encode(word, merges): split a word into characters + '</w>' and apply the merges in rank order",
        category="LLM stack",
        difficulty="easy",
        defines=("bpe_encode",),
        params=("word", "merges"),
        examples=encode_examples,
        hidden=encode_hidden,
        solution="bpe",
    ),
]
