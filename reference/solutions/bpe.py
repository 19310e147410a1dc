"""Byte-pair encoding (the character-level, end-of-word flavour): learning merges and applying them."""

from collections import Counter

END = "</w>"


def _merge(symbols, pair):
    # One left-to-right pass: a match consumes both symbols, so "a a a" with ("a", "a") becomes "aa a".
    # Comparing whole symbols (never substrings of a joined string) keeps merges inside symbol boundaries.
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == pair[0] and symbols[i + 1] == pair[1]:
            out.append(pair[0] + pair[1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)


def bpe_train(corpus, num_merges):
    # Each distinct word is a tuple of symbols, weighted by how often the word occurs.
    words = Counter(tuple(word) + (END,) for word in corpus.split())
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for symbols, freq in words.items():
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += freq
        if not pairs:  # every word is a single symbol: nothing left to merge
            break
        # Most frequent first; among equals the smallest pair, so the result never depends on dict order.
        best = min(pairs, key=lambda pair: (-pairs[pair], pair))
        merges.append(best)
        merged = Counter()
        for symbols, freq in words.items():
            merged[_merge(symbols, best)] += freq
        words = merged
    return merges


def bpe_encode(word, merges):
    # Replaying the merges in the order they were learned reproduces what training did to this word.
    symbols = tuple(word) + (END,)
    for pair in merges:
        symbols = _merge(symbols, tuple(pair))
    return list(symbols)
