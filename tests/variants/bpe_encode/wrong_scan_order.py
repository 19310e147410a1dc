"""Wrong: walks the word left to right and merges any known pair it meets, ignoring the merge ranks."""
# expect: in the order they appear in the word


def bpe_encode(word, merges):
    known = {tuple(p) for p in merges}
    symbols = list(word) + ["</w>"]
    changed = True
    while changed:
        changed = False
        for i in range(len(symbols) - 1):
            if (symbols[i], symbols[i + 1]) in known:
                symbols[i:i + 2] = [symbols[i] + symbols[i + 1]]
                changed = True
                break
    return symbols
