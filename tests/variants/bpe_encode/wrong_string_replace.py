"""Wrong: str.replace on the space-joined symbols, which can fuse parts of neighbouring symbols."""
# expect: crossed a symbol boundary


def bpe_encode(word, merges):
    text = " ".join(word) + " </w>"
    for left, right in merges:
        text = text.replace(left + " " + right, left + right)
    return text.split(" ")
