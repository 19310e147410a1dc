"""Wrong: each merge fuses only the first place the pair occurs."""
# expect: not only the first


def bpe_encode(word, merges):
    symbols = list(word) + ["</w>"]
    for left, right in merges:
        for i in range(len(symbols) - 1):
            if symbols[i] == left and symbols[i + 1] == right:
                symbols[i:i + 2] = [left + right]
                break
    return symbols
