"""Wrong: merges with str.replace on the space-joined word, so 'a b' also fires inside 'aa b'."""
# expect: crossed a symbol boundary
from collections import Counter


def bpe_train(corpus, num_merges):
    vocab = Counter(" ".join(word) + " </w>" for word in corpus.split())
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for word, freq in vocab.items():
            symbols = word.split()
            for i in range(len(symbols) - 1):
                pairs[symbols[i], symbols[i + 1]] += freq
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        vocab = Counter({w.replace(" ".join(best), "".join(best)): f for w, f in vocab.items()})
    return merges
