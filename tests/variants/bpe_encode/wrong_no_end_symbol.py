"""Wrong: forgets the '</w>' end-of-word symbol."""
# expect: without the end-of-word symbol


def bpe_encode(word, merges):
    symbols = list(word)
    for left, right in merges:
        i = 0
        while i < len(symbols) - 1:
            if symbols[i] == left and symbols[i + 1] == right:
                symbols[i:i + 2] = [left + right]
            i += 1
    return symbols
