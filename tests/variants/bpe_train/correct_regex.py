"""Correct: the classic space-joined vocabulary, merged with a regex that only matches whole symbols."""
import re
from collections import Counter, defaultdict


def bpe_train(corpus, num_merges):
    vocab = Counter(" ".join(list(word) + ["</w>"]) for word in corpus.split())
    merges = []
    for _ in range(num_merges):
        pairs = defaultdict(int)
        for word, freq in vocab.items():
            symbols = word.split(" ")
            for left, right in zip(symbols, symbols[1:]):
                pairs[left, right] += freq
        if not pairs:
            break
        top = max(pairs.values())
        best = min(p for p, c in pairs.items() if c == top)
        merges.append(best)
        # (?<!\S) and (?!\S): the pair must start and end at symbol boundaries.
        pattern = re.compile(r"(?<!\S)" + re.escape(best[0] + " " + best[1]) + r"(?!\S)")
        vocab = Counter({pattern.sub(best[0] + best[1], word): freq for word, freq in vocab.items()})
    return merges
