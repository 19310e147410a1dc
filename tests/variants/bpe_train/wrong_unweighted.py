"""Wrong: counts each pair once per distinct word, ignoring how often the word occurs."""
# expect: once per distinct word


def bpe_train(corpus, num_merges):
    words = [list(w) + ["</w>"] for w in sorted(set(corpus.split()))]
    merges = []
    for _ in range(num_merges):
        pairs = {}
        for symbols in words:
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] = pairs.get(pair, 0) + 1
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        for symbols in words:
            i = 0
            while i < len(symbols) - 1:
                if (symbols[i], symbols[i + 1]) == best:
                    symbols[i:i + 2] = ["".join(best)]
                i += 1
    return merges
