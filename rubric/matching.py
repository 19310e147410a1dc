"""The meaning of a key point's `match` patterns: how an answer's text is searched.

A deterministic grader cannot understand an answer, but it can check whether the answer
says a handful of specific things. Strong answers paraphrase, so a key point is not one
phrase but a few *groups* of synonyms, and it counts as covered when every group is said
somewhere in the answer:

    match:
      - sqrt | square root | scal*            # the answer names the scaling ...
      - variance | magnitude | grow* | large  # ... and what it is protecting against

The phrase syntax is small on purpose, so that a person editing a rubric can predict it:

- Words are compared after lower-casing and splitting on anything that is not a letter
  (any alphabet: ``σ`` is a word), a digit or ``'`` (so ``k-means`` is the two words
  ``k means``, ``sqrt(d_k)`` is ``sqrt d k`` and ``n_layers`` is ``n layers``). A few
  symbols read as words: ``√`` as sqrt, ``²`` as 2, ``ᵀ`` as t, ``∂`` as d, ``⊙`` as
  elementwise.
- A word matches itself and its plural (``gradient`` matches ``gradients``;
  ``query`` matches ``queries``). Write words in the singular.
- ``word*`` matches any word starting with ``word`` (at least three letters before the
  ``*``): ``regulari*`` matches regularize, regularised, regularization.
- A phrase of several words matches them in order, next to each other, inside one
  sentence. ``...`` between two words allows up to six words in between, inside one clause
  (no ``,`` ``:`` or bracket in between) and with no negation or contrast among them (not, no,
  never, without, -n't, but, unlike, whereas, ...): ``l2 ... sparse`` matches "L2 makes the
  weights sparse" but not "L2 does not make them sparse" nor "unlike L2, L1 is sparse". Gaps
  are for misconceptions, where a false alarm is costly; key points usually do better with
  one more synonym group than with a gap.
- A phrase never spans two sentences (``.``, ``!``, ``?``, ``;`` or a line break).

Nothing here decides a score; the interviewer's grader turns these hits into grades.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

MAX_GAP = 6
MIN_PREFIX = 3
NEGATORS = frozenset({
    "not", "no", "never", "without", "cannot", "none", "neither", "nor", "nothing",
    "but", "unlike", "whereas", "while", "although", "though", "instead", "rather", "except",
})

_TOKEN = re.compile(r"\d+(?:\.\d+)+|[^\W_]+(?:'[^\W_]+)*|[.!?;](?=\s|$)|\n|[,:()\[\]]")
_SENTENCE_END = {".", "!", "?", ";", "\n"}
# a full stop after these ends no sentence: "we define churn, e.g. cancelling within 30 days, and ..."
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|i\.i\.d|w\.r\.t|s\.t|a\.k\.a|etc|vs|cf|approx|resp|incl|fig|eq|al))$")
_PHRASE_WORD = re.compile(r"\d+(?:\.\d+)+|[^\W_]+(?:'[^\W_]+)*")
_SPECIAL = {
    "√": " sqrt ", "²": " 2", "³": " 3", "₁": " 1", "₂": " 2", "ᵀ": " t", "⊤": " t",
    "’": "'", "‘": "'", "−": "-", "–": "-", "—": " ", "≥": " at least ", "≤": " at most ",
    "⊙": " elementwise ", "∘": " elementwise ", "∂": "d",
    # Greek letters and big operators by their spoken names, so "λ·Σ|w|" reads as "lambda sum abs w"
    # and "−∞" as "- inf"; no space after, so notation stays glued: "σ(z)" is "sigma(z)"
    "α": " alpha", "β": " beta", "γ": " gamma", "δ": " delta", "ε": " epsilon", "η": " eta", "θ": " theta",
    "λ": " lambda", "μ": " mu", "σ": " sigma", "Σ": " sum ", "∑": " sum ", "∞": " inf", "·": " ",
}


def _normalize(text: str) -> tuple[str, list[int]]:
    """Lower-case and replace a few symbols, keeping a map back to the original offsets."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch == "|":   # "||w||" is a norm, "|w|" an absolute value ("sum of |w|")
            double = text[i + 1:i + 2] == "|" or text[i - 1:i] == "|"
            replacement = (" norm " if text[i + 1:i + 2] == "|" else " ") if double else " abs "
        else:
            replacement = _SPECIAL.get(ch, ch.lower())
        out.append(replacement)
        origin.extend([i] * len(replacement))
    origin.append(len(text))
    return "".join(out), origin


def _is_negator(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")


@dataclass(frozen=True)
class Word:
    """One word of an answer: its text, where it sits in the original, its sentence and clause."""

    text: str
    start: int
    end: int
    sentence: int
    clause: int
    aside: int = 0   # which bracketed aside it sits in ("(a tree predicts a constant)"), 0 for none


class Answer:
    """An answer's text, split into words once so that many patterns can be searched."""

    def __init__(self, text: str):
        self.text = text
        normalized, origin = _normalize(text)
        words: list[Word] = []
        after_semicolon: set[int] = set()   # sentences that follow a semicolon: one sentence, two clauses
        sentence = clause = 0
        brackets: list[bool] = []   # open brackets, each True when it is notation: sqrt(d_k), x[0]
        asides: list[int] = []      # the open asides' numbers, innermost last
        opened = 0
        for m in _TOKEN.finditer(normalized):
            token = m.group()
            if token == "." and (_ABBREVIATION.search(normalized, max(0, m.start() - 10), m.start())
                                 or (m.start() > 0 and normalized[m.start() - 1] == " ")):
                continue   # "e.g." ends no sentence, nor a dot with space before it: "w . x" is a product
            if token in _SENTENCE_END:
                if token == ";":
                    after_semicolon.add(sentence + 1)
                sentence += 1
                clause += 1
                brackets.clear()
                asides.clear()
            elif token in "([":   # a bracket glued to a word is notation, not an aside: it splits no clause
                notation = m.start() > 0 and (normalized[m.start() - 1].isalnum() or normalized[m.start() - 1] in "_)]")
                brackets.append(notation)
                clause += not notation
                if not notation:
                    opened += 1
                    asides.append(opened)
            elif token in ")]":
                notation = bool(brackets) and brackets.pop()
                clause += not notation   # a stray closer splits like an aside's
                if not notation and asides:
                    asides.pop()
            elif not token[0].isalnum():
                clause += 1
            else:
                words.append(Word(token, origin[m.start()], origin[m.end() - 1] + 1, sentence, clause,
                                  asides[-1] if asides else 0))
        self.words = words
        self.after_semicolon = after_semicolon

    def may_contain(self, phrase: "Phrase") -> bool:
        """False when some word of `phrase` is nowhere in the answer (so it cannot be said): a cheap test
        against the answer's vocabulary, asked before the word-by-word search. Answers made by `part`
        keep their whole answer's vocabulary, which is a superset: still a safe test."""
        vocab = self.__dict__.get("_vocab")
        if vocab is None:
            vocab = self.__dict__["_vocab"] = (frozenset(w.text for w in self.words),
                                                sorted({w.text for w in self.words}))
        known, ordered = vocab
        for part in phrase.parts:
            if part is None:
                continue
            word, is_prefix = part
            if is_prefix:
                at = bisect.bisect_left(ordered, word)
                if at == len(ordered) or not ordered[at].startswith(word):
                    if not (word.endswith("e") and len(word) >= 4):
                        return False
                    stem = word[:-1] + "ing"
                    at = bisect.bisect_left(ordered, stem)
                    if at == len(ordered) or not ordered[at].startswith(stem):
                        return False
            elif not (word in known or word + "s" in known or word + "es" in known or word + "'s" in known
                      or (word.endswith("y") and word[:-1] + "ies" in known)):
                return False
        return True

    def part(self, lo: int, hi: int, swap: tuple[int, str] | None = None) -> Answer:
        """The words lo..hi as an answer of their own, with word `swap[0]` read as `swap[1]` if given."""
        part = Answer.__new__(Answer)
        part.text = self.text
        part.words = self.words[lo:hi]
        part.after_semicolon = self.after_semicolon
        if swap is not None:
            i, text = swap
            part.words = list(part.words)
            part.words[i - lo] = replace(part.words[i - lo], text=text)
        return part   # its vocabulary is its own (a swapped word must be findable)

    def sentence_spans(self) -> list[tuple[int, int]]:
        """(first word, one past the last word) of each sentence, in order."""
        spans: list[tuple[int, int]] = []
        for i, word in enumerate(self.words):
            if not spans or self.words[spans[-1][0]].sentence != word.sentence:
                spans.append((i, i + 1))
            else:
                spans[-1] = (spans[-1][0], i + 1)
        return spans


@dataclass(frozen=True)
class Hit:
    """Where a phrase was found: the phrase as written in the rubric and the answer's words."""

    phrase: str
    start: int
    end: int
    quote: str
    first: int = -1    # the answer's words it spans, by index
    last: int = -1


_GAP = None  # marks `...` inside a compiled phrase


@dataclass(frozen=True)
class Phrase:
    source: str
    parts: tuple[tuple[str, bool] | None, ...]  # (word, is_prefix) or _GAP

    def find(self, answer: Answer, lo: int = 0, hi: int | None = None) -> Hit | None:
        """The first place the phrase is said, among the answer's words lo..hi (default: all)."""
        if not answer.may_contain(self):   # most phrases of a rubric are not in a given answer at all
            return None
        words = answer.words
        hi = len(words) if hi is None else hi
        for i in range(lo, hi):
            end = self._match_from(words, i, 0)
            if end is not None and end < hi:
                start, stop = words[i].start, words[end].end
                return Hit(self.source, start, stop, answer.text[start:stop], i, end)
        return None

    def _match_from(self, words: Sequence[Word], i: int, part: int) -> int | None:
        """Match parts[part:] starting at words[i]; return the index of the last word used."""
        word, is_prefix = self.parts[part]  # type: ignore[misc]  # a phrase never starts with a gap
        if i >= len(words) or not _word_matches(words[i].text, word, is_prefix):
            return None
        if part + 1 == len(self.parts):
            return i
        sentence = words[i].sentence
        if self.parts[part + 1] is _GAP:
            for j in range(i + 1, min(i + 2 + MAX_GAP, len(words))):
                if words[j].clause != words[i].clause:
                    break
                found = self._match_from(words, j, part + 2)
                if found is not None:
                    return found
                if _is_negator(words[j].text):
                    break
            return None
        if i + 1 < len(words) and words[i + 1].sentence == sentence:
            return self._match_from(words, i + 1, part + 1)
        return None


def _word_matches(token: str, word: str, is_prefix: bool) -> bool:
    if is_prefix:   # "move*" also reads "moving", "serve*" "serving": the e a suffix drops
        return token.startswith(word) or (word.endswith("e") and len(word) >= 4
                                          and token.startswith(word[:-1] + "ing"))
    if token == word or token == word + "s" or token == word + "es" or token == word + "'s":
        return True
    return word.endswith("y") and token == word[:-1] + "ies"


@lru_cache(maxsize=4096)
def compile_phrase(source: str) -> Phrase:
    """Parse one phrase; raise ValueError saying what is wrong with it."""
    parts: list[tuple[str, bool] | None] = []
    for piece in source.split():
        if piece == "...":
            if not parts or parts[-1] is _GAP:
                raise ValueError(f"phrase {source!r}: '...' must sit between two words")
            parts.append(_GAP)
            continue
        is_prefix = piece.endswith("*")
        body = piece[:-1] if is_prefix else piece
        if "*" in body:
            raise ValueError(f"phrase {source!r}: '*' may only end a word")
        normalized, _ = _normalize(body)
        found = _PHRASE_WORD.findall(normalized)
        if not found:
            raise ValueError(f"phrase {source!r}: {piece!r} has no letters or digits")
        if is_prefix and len(found[-1]) < MIN_PREFIX:
            raise ValueError(
                f"phrase {source!r}: {piece!r} is too broad; "
                f"put at least {MIN_PREFIX} letters before '*'"
            )
        parts.extend((token, False) for token in found[:-1])
        parts.append((found[-1], is_prefix))
    if not parts:
        raise ValueError("empty phrase")
    if parts[-1] is _GAP:
        raise ValueError(f"phrase {source!r}: '...' must sit between two words")
    return Phrase(source, tuple(parts))


def split_group(group: str | Sequence[str]) -> tuple[str, ...]:
    """A group written as ``"a | b | c"`` or as a list ``[a, b, c]`` -> its phrases."""
    items = group.split("|") if isinstance(group, str) else list(group)
    phrases = tuple(p.strip() for p in items if isinstance(p, str) and p.strip())
    if isinstance(group, str) or all(isinstance(p, str) for p in items):
        return phrases
    raise ValueError("a synonym group is a string 'a | b' or a list of strings")


@dataclass(frozen=True)
class Pattern:
    """Groups of synonym phrases; matched when every group is found in the answer."""

    groups: tuple[tuple[Phrase, ...], ...]

    def search(self, answer: Answer | str) -> list[Hit] | None:
        """One hit per group, or None when some group is not said anywhere."""
        answer = answer if isinstance(answer, Answer) else Answer(answer)
        hits: list[Hit] = []
        for group in self.groups:
            hit = next((h for h in (p.find(answer) for p in group) if h is not None), None)
            if hit is None:
                return None
            hits.append(hit)
        return hits

    def claims(self, answer: Answer | str, sides: dict[str, "Pattern"] | None = None,
               window: int = 1, borrow: bool = False) -> list["Claim"]:
        """Every sentence that says all the groups: each a claim, read for its polarity and subject.

        A key point is a claim, so its parts must be said together, in one sentence, not
        scattered over an answer. `sides` (a comparison question's subjects, e.g. L1 and L2)
        let a claim say which subject the sentence said it of. With `borrow`, a sentence that
        continues the one before it (after a semicolon, on a consequence: "So we ...", or pointing
        back: "It ...", "This is why ...", "When that happens ...") may take one part from it:
        "Dropout zeroes random units while training; this stops them co-adapting."
        """
        answer = answer if isinstance(answer, Answer) else Answer(answer)
        found = []
        named_before: str | None = None   # the side the previous sentence named last ("It ..." refers to it)
        spans = answer.sentence_spans()
        for index, (lo, hi) in enumerate(spans):
            if window > 1:   # a claim may run on into the next sentence ("... . That is why ...")
                hi = spans[min(len(spans), index + window) - 1][1]
            mentions = _mentions(answer, sides, lo, spans[index][1])
            hits, said_by, inherited = [], [], None
            before = spans[index - 1] if borrow and index and _continues(answer, spans[index - 1][0], lo, hi) else None
            start = lo
            for group in self.groups:
                hit = next((h for h in (p.find(answer, lo, hi) for p in group) if h is not None), None)
                if hit is None and side_of_group(group, sides) is not None:
                    if mentions or named_before is None:
                        break
                    inherited = named_before   # "L1 is the absolute penalty. It drives weights to zero."
                    continue
                if hit is None and before is not None:   # the part the sentence continues from
                    hit = next((h for h in (p.find(answer, *before) for p in group) if h is not None), None)
                    before, start = None, before[0]
                if hit is None:
                    break
                hits.append(hit)
                said_by.append(group)
            else:
                if hits and all(h.first < lo for h in hits):
                    continue   # all of it said in the sentence before: that sentence's own claim
                if hits:
                    negated = _negated(answer, hits, start)
                    if negated:   # the first words found were denied; other words of a group may be said plainly
                        plain = _said_plainly(answer, hits, said_by, lo, hi)
                        hits, negated = (plain, False) if plain else (hits, True)
                    side = inherited or _side(answer.words, hits, mentions)
                    found.append(Claim(hits, negated, side))
            if mentions:
                named_before = max(mentions)[1]
        return found

    def groups_found(self, answer: Answer | str) -> int:
        """How many groups the answer hits: partial evidence for a near miss."""
        answer = answer if isinstance(answer, Answer) else Answer(answer)
        return sum(any(p.find(answer) for p in group) for group in self.groups)


# A sentence carries on the one before when it opens on a consequence ("So we subtract the max") or
# points back within its first words ("It ...", "This is why ...", "When that happens ...").
_POINTING_BACK = frozenset({"it", "this", "that", "they", "these", "those", "such", "that's", "it's",
                            "they're", "which", "them", "its"})
_CONSEQUENCE = frozenset({"so", "hence", "thus", "therefore", "consequently", "then"})
POINTING_REACH = 3


def _continues(answer: Answer, previous: int, lo: int, hi: int) -> bool:
    """Does the sentence lo..hi carry on the one before (starting at `previous`, which it must follow
    directly): after a semicolon, on a consequence, or pointing back to it?"""
    if answer.words[previous].sentence != answer.words[lo].sentence - 1:
        return False
    if answer.words[lo].sentence in answer.after_semicolon:
        return True
    first = [w.text for w in answer.words[lo:min(hi, lo + POINTING_REACH)]]
    return first[0] in _CONSEQUENCE or any(w in _POINTING_BACK for w in first)


@dataclass(frozen=True)
class Claim:
    """One sentence that says a pattern: its hits, whether it says it negated, and of which subject."""

    hits: list[Hit]
    negated: bool          # "not", "never", "rather than", ... before the claim's words in its clause
    side: str | None       # the comparison side it is said of (None: no side mentioned, or no sides)


# Words that turn what follows them around (contrast words like "but" only end a clause here).
POLARITY = frozenset({"not", "no", "never", "cannot", "neither", "nor", "none", "nothing", "hardly"})
NEGATIONS = POLARITY | {"without", "don't", "doesn't", "isn't", "aren't", "won't", "can't"}
NOT_NEGATING = frozenset({"only", "just", "merely", "simply", "necessarily", "always", "all"})   # "not only ..."
REJECTING = (("rather", "than"), ("instead", "of"), ("as", "opposed", "to"), ("unlike",), ("opposed", "to"))
CLAUSE_BREAKS = frozenset({"but", "while", "whereas", "although", "though", "however", "yet", "so", "because",
                           "which", "whereas", "since", "and"})
NEGATION_REACH = 4   # a negation reaches this many words ahead
REJECT_REACH = 2     # "rather than" / "instead of" reach only the noun phrase right after them


def _said_plainly(answer: Answer, hits: list[Hit], groups, lo: int, hi: int) -> list[Hit] | None:
    """The claim with one part in other words of its group, where no negation stands anywhere before
    them in their clause: "only the validation split, with no test-set peeking" says the point with
    "validation split"; "not there to save memory or make it faster" denies both."""
    words = answer.words
    for i, group in enumerate(groups):
        for phrase in group:
            other = phrase.find(answer, lo, hi)
            if other is None or other == hits[i]:
                continue
            start = other.first
            while start > lo and words[start - 1].clause == words[other.first].clause:
                start -= 1
            if any(_is_negator(words[j].text) or words[j].text in NEGATIONS for j in range(start, other.first)):
                continue
            trial = hits[:i] + [other] + hits[i + 1:]
            if not _negated(answer, trial, lo):
                return trial
    return None


def _negated(answer: Answer, hits: list[Hit], lo: int) -> bool:
    """Is the claim said negated: an odd number of negations just before its words, in their clause?

    A negation reaches the few words after it ("does not make the weights zero", "not
    self-supervised", "rather than by labels"), not everything later in the sentence: in
    "earlier positions never look ahead, so we keep them", the keeping is not negated.
    """
    words = answer.words
    inside = {i for h in hits for i in range(h.first, h.last + 1)}
    negations = set()
    for hit in hits:
        for i in range(max(lo, hit.first - NEGATION_REACH), hit.first):
            if i in inside or words[i].clause != words[hit.first].clause or \
                    any(words[j].text in CLAUSE_BREAKS for j in range(i + 1, hit.first)):
                continue
            text = words[i].text
            following = words[i + 1].text if i + 1 < len(words) else ""
            # "not only X" affirms X; "can't just pick X" still denies it
            if (text in POLARITY or text.endswith("n't")) and not (text == "not" and following in NOT_NEGATING):
                negations.add(i)
            elif any(tuple(w.text for w in words[i:i + len(r)]) == r and hit.first - (i + len(r)) <= REJECT_REACH
                     for r in REJECTING):   # "rather than the mean" rejects the mean, not the verb after it
                negations.add(i)
        opener = _clause_opener(words, hit.first, lo)
        if opener is not None and opener not in inside and opener < hit.first - NEGATION_REACH:
            negations.add(opener)
    rejected = _rejected_after(words, max(h.last for h in hits))
    if rejected is not None and rejected not in inside:
        negations.add(rejected)
    return len(negations) % 2 == 1


# A claim followed by its own verdict is rejected: "filling the masked scores with zeros is not enough",
# "dividing by d is wrong", "a random split doesn't work here".
_VERDICTS = tuple(tuple(v.split()) for v in (
    "is not enough", "isn't enough", "is not sufficient", "isn't sufficient", "is not correct", "isn't correct",
    "is not right", "isn't right", "is not true", "isn't true", "is wrong", "is incorrect", "is a mistake",
    "is a bug", "is a myth", "is false", "are wrong", "are incorrect", "are not enough", "aren't enough",
    "doesn't work", "does not work", "won't work", "will not work", "would be wrong", "would be a mistake",
    "won't help", "will not help", "doesn't help", "does not help", "isn't needed", "is not needed",
    "aren't needed", "are not needed", "isn't necessary", "is not necessary", "is unnecessary", "is pointless",
    "is useless"))


def _rejected_after(words, last: int) -> int | None:
    """Where a verdict rejecting the claim starts, right after its last word and in its clause."""
    for start in range(last + 1, min(len(words), last + 3)):
        if words[start].clause != words[last].clause:
            return None
        for verdict in _VERDICTS:
            if tuple(w.text for w in words[start:start + len(verdict)]) == verdict:
                return start
    return None


def _clause_opener(words, i: int, lo: int) -> int | None:
    """A negation that opens the clause ("Never fit the imputer on the full dataset") denies all of it."""
    start = i
    while start > lo and words[start - 1].clause == words[i].clause:
        start -= 1
    text = words[start].text
    if text in ("never", "don't", "do", "not", "no") and start < i:
        if text == "do" and (start + 1 >= len(words) or words[start + 1].text != "not"):
            return None
        if any(words[j].text in CLAUSE_BREAKS for j in range(start + 1, i)):
            return None
        return start
    return None


# A side named right after these is what the subject is compared with, not the subject:
# "L1, unlike L2, zeroes weights", "Adam, like plain SGD, follows the gradient", "faster than X".
COMPARED_WITH = (("unlike",), ("like",), ("than",), ("versus",), ("vs",), ("compared", "to"), ("compared", "with"),
                 ("opposed", "to"), ("relative", "to"), ("instead", "of"), ("over",))


def _mentions(answer: Answer, sides: dict[str, Pattern] | None, lo: int, hi: int) -> list[tuple[int, str]]:
    """(word index, side) for every time the sentence names a side of the comparison as a subject.

    A name inside a longer name of another side ("supervised" in "self-supervised"), or one that
    overlaps a name begun before it ("decoder models" in "encoder decoder models"), and a
    side named only as what something is compared with ("unlike L2") are not mentions.
    """
    spans: list[tuple[int, int, str]] = []
    for name, pattern in (sides or {}).items():
        for group in pattern.groups:
            for phrase in group:
                i = lo
                while (hit := phrase.find(answer, i, hi)) is not None:
                    spans.append((hit.first, hit.last, name))
                    i = hit.last + 1
    words = answer.words
    mentions = []
    for first, last, name in spans:
        if any(o_name != name and ((o_first <= first and last <= o_last and (o_last - o_first) > (last - first))
                                   or o_first < first <= o_last)   # "encoder decoder models": read left to right
               for o_first, o_last, o_name in spans):
            continue
        if any(first - len(marker) >= lo and tuple(w.text for w in words[first - len(marker):first]) == marker
               and words[first - len(marker)].clause == words[first].clause for marker in COMPARED_WITH):
            continue
        mentions.append((first, name))
    return mentions


def side_of_group(group: tuple[Phrase, ...], sides: dict[str, Pattern] | None) -> str | None:
    """The side a group names, when every one of its phrases is one of that side's names."""
    for name, pattern in (sides or {}).items():
        names = {p.source for g in pattern.groups for p in g}
        if all(p.source in names for p in group):
            return name
    return None


def _side(words: Sequence[Word], hits: list[Hit], mentions: list[tuple[int, str]]) -> str | None:
    """Which side of a comparison the sentence says the claim of: the side named last before the
    claim's first word that is not itself a side's name (else the first named after it)."""
    if not mentions:
        return None
    named = {i for i, _ in mentions}
    predicate = min((h.first for h in hits if h.first not in named), default=min(h.first for h in hits))
    # a side named inside an aside the claim has no part in is not its subject:
    # "a linear model when ... (a tree predicts a flat constant) or when latency is tiny"
    asides = {0} | {words[h.first].aside for h in hits}
    mentions = [m for m in mentions if words[m[0]].aside in asides] or mentions
    before = [m for m in mentions if m[0] < predicate]
    if before:
        return max(before)[1]
    return min(mentions)[1]


# Words whose opposite turns a claim around ("raises" / "lowers"); both directions, a few forms each.
_OPPOSITES = [   # directions of a relation only: a category ("exact" / "approximate") turns too much around
    ("increase", "decrease"), ("increases", "decreases"), ("increased", "decreased"), ("increasing", "decreasing"),
    ("raise", "lower"), ("raises", "lowers"), ("raised", "lowered"), ("higher", "lower"),
    ("larger", "smaller"), ("bigger", "smaller"), ("more", "less"), ("more", "fewer"),
    ("grow", "shrink"), ("grows", "shrinks"), ("growing", "shrinking"), ("rise", "fall"), ("rises", "falls"),
    ("faster", "slower"), ("reduces", "increases"), ("reduce", "increase"), ("reduced", "increased"),
    ("helps", "hurts"), ("help", "hurt"), ("wider", "narrower"), ("flatter", "sharper"),
    ("overfit", "underfit"), ("overfitting", "underfitting"), ("overfits", "underfits"),
    ("maximize", "minimize"), ("maximise", "minimise"), ("above", "below"),
]
OPPOSITE: dict[str, tuple[str, ...]] = {}
for _a, _b in _OPPOSITES:
    OPPOSITE[_a] = OPPOSITE.get(_a, ()) + (_b,)
    OPPOSITE[_b] = OPPOSITE.get(_b, ()) + (_a,)


def side_swaps(sides: dict[str, Pattern]) -> dict[str, tuple[str, ...]]:
    """For a two-sided comparison, each side's names read as the other's ("l1" <-> "l2", "lasso" <-> "ridge")."""
    if len(sides) != 2:
        return {}
    a, b = ([p.parts[0][0] for g in pattern.groups for p in g if p.parts and p.parts[0]]
            for pattern in sides.values())
    swaps: dict[str, str] = {}
    for i, word in enumerate(a):
        swaps.setdefault(word, b[min(i, len(b) - 1)])
    for i, word in enumerate(b):
        swaps.setdefault(word, a[min(i, len(a) - 1)])
    return {k: (v,) for k, v in swaps.items() if k != v}


def turned_around(pattern: Pattern, answer: Answer, swaps: dict[str, tuple[str, ...]],
                  sides: dict[str, Pattern] | None = None,
                  holds=lambda claim: not claim.negated) -> tuple[Claim, str] | None:
    """A sentence that says the pattern's claim the other way round: with one word changed for its
    opposite (or for the other side of a comparison) the sentence says the claim, as written it does
    not, and the changed word is one of the claim's own words (its pivot, not a word nearby).

    `holds` says when a claim counts (not negated; said of the right side). Returns the claim (as the
    changed sentence says it) and the word as the answer wrote it.
    """
    for lo, hi in answer.sentence_spans():
        sentence = answer.part(lo, hi)
        if any(holds(c) for c in pattern.claims(sentence, sides)):
            continue
        for i in range(lo, hi):
            if swaps is not OPPOSITE and not _names_a_side(answer, i, hi, sides):
                continue
            for other in swaps.get(answer.words[i].text, ()):
                changed = answer.part(lo, hi, swap=(i, other))
                claim = next((c for c in pattern.claims(changed, sides) if holds(c) and _pivot(c, i)), None)
                if claim is not None:
                    return claim, answer.words[i].text
    return None


PIVOT_REACH = 3   # the changed word must sit this close to another part of the claim


def _names_a_side(answer: Answer, i: int, hi: int, sides: dict[str, Pattern] | None) -> bool:
    """Word i is a side's name as written: a one-word name, or the first word of a longer name said in
    full ("true" only in "true positive rate", not in "true hits over ...")."""
    text = answer.words[i].text
    longer = []
    for pattern in (sides or {}).values():
        for group in pattern.groups:
            for phrase in group:
                parts = [p for p in phrase.parts if p is not None]
                if not parts or not _word_matches(text, *parts[0]):
                    continue
                if len(parts) == 1:
                    return True
                longer.append(phrase)
    if not longer:
        return True
    return any((hit := phrase.find(answer, i, hi)) is not None and hit.first == i for phrase in longer)


def _pivot(claim: Claim, i: int) -> bool:
    """Word i is one of the claim's own words, close to another of its parts (so it is the claim's
    turning point, not a word about something else in the same sentence)."""
    inside = [h for h in claim.hits if h.first <= i <= h.last]
    others = [h for h in claim.hits if not (h.first <= i <= h.last)]
    return bool(inside) and any(min(abs(i - h.first), abs(i - h.last)) <= PIVOT_REACH for h in others)


def compile_pattern(groups: Iterable[str | Sequence[str]]) -> Pattern:
    """Compile a `match` list; errors say which group is wrong (as FieldProblem)."""
    from rubric.errors import FieldProblem

    compiled: list[tuple[Phrase, ...]] = []
    for index, group in enumerate(groups):
        try:
            phrases = split_group(group)
            if not phrases:
                raise ValueError("empty synonym group")
            compiled.append(tuple(compile_phrase(p) for p in phrases))
        except ValueError as exc:
            raise FieldProblem((index,), str(exc)) from None
    if not compiled:
        raise ValueError("needs at least one synonym group")
    return Pattern(tuple(compiled))
