"""Correct: words as lists of symbols, the best pair found by sorting (count desc, pair asc)."""


def bpe_train(corpus, num_merges):
    freq = {}
    for w in corpus.split():
        freq[w] = freq.get(w, 0) + 1
    words = {w: list(w) + ["</w>"] for w in freq}
    merges = []
    while len(merges) < num_merges:
        counts = {}
        for w, symbols in words.items():
            for i in range(len(symbols) - 1):
                pair = (symbols[i], symbols[i + 1])
                counts[pair] = counts.get(pair, 0) + freq[w]
        if not counts:
            break
        best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        merges.append(best)
        for w, symbols in words.items():
            i = 0
            while i < len(symbols) - 1:
                if symbols[i] == best[0] and symbols[i + 1] == best[1]:
                    symbols[i:i + 2] = [best[0] + best[1]]
                i += 1
    return merges
