"""Reading an answer's sentences: are they sentences, and what kind of reasoning do they show?

Phrase matching (`rubric.matching`) says *whether* an answer mentions a key point; it cannot
tell "softmax, sqrt d_k, variance, gradients" from an explanation that uses those words.
This module gives the offline grader the missing signal, per sentence, from surface
features that are cheap and predictable:

- a sentence's *tier*: ``prose`` (a verb, function words, a real clause), ``terse`` (a verb
  but telegraphic, like "scaling keeps variance ~1"), or ``fragment`` (no verb, or a comma
  list of bare terms, which is what a keyword dump is);
- cues of reasoning: causal links ("because", "so that", "which means"), comparisons
  ("at the cost of", "whereas", "in exchange"), complexity talk (Big-O, memory, scaling),
  and ordering ("first", "then", "finally");
- repetition: sentences that say the same thing again.

Sentences are the matcher's own (`rubric.matching.Answer`), so a key point's hits and the
sentences they sit in always agree; the matcher ends no sentence at "e.g.", "i.e.", "vs." and
their kin, and a sentence cut short by any other abbreviation is joined to what follows
before it is judged.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property

from rubric.matching import Answer

PROSE, TERSE, FRAGMENT = "prose", "terse", "fragment"

FUNCTION_WORDS = frozenset("""
a an the this that these those it its it's they them their there here we our us you your i me my
he she his her one ones is are was were be been being am do does did done has have had having
can could will would shall should may might must of to in on at by for with from into onto over
under about as than then so because since if when while whereas although though but and or nor
not no never also just only very too more most less least much many few each every all any some
what which who whom whose why how where whether both either neither such same other another own
up down out off again once like per via yet still already even instead rather quite enough
""".split())

# Words that are verbs whatever the context (auxiliaries, modals, and common verbs in forms
# that are rarely nouns). Ambiguous forms ("training", "splits", "drops") are left out on
# purpose: a keyword list full of them must not read as a sentence.
VERBS = frozenset("""
is are was were be been being am isn't aren't wasn't weren't do does did don't doesn't didn't
has have had hasn't haven't can could will would shall should may might must can't couldn't
won't wouldn't shouldn't mustn't need needs means meant mean gives give gave makes make made
takes take took keeps keep kept becomes become became helps help depends depend matters
requires require causes leads lead tends tend lets allows allow reduces reduce increases
converges converge grows grow grew shrinks shrink pushes push pulls pull returns assigns
learns learn predicts predict computes compute produces produce finds find found prevents
prevent avoids avoid saturates saturate vanishes vanish explodes explode overfits overfit
underfits underfit generalizes generalises generalize generalise improves improve hurts hurt
breaks break removes remove adds add divides divide multiplies multiply subtracts subtract
normalizes normalises normalize normalise get gets got goes go went come comes came say says
said see sees saw think thinks thought know knows knew want wants wanted try tries tried seem
seems seemed look looks looked ask asks asked use uses used using pick picks picked choose
chooses chose chosen start starts started stop stops stopped call calls called build builds
built run runs ran happen happens happened work works worked apply applies applied fit fits
fitted put puts set sets check checks checked measure measures measured treat treats treated
compare compares compared estimate estimates estimated store stores stored cache caches cached
sample samples sampled draw draws drew drawn return returned assign assigned update updates
updated repeat repeats repeated sort sorts sorted count counts counted train trains trained
split splits merge merges merged replace replaces replaced cut cuts scale scales scaled
shift shifts shifted move moves moved sum sums summed average averages averaged
generate generates generated retrieve retrieves retrieved reorder reorders bring brings brought
tell tells told show shows showed shown combine combines combined penalize penalizes penalise
penalises simplify simplifies simplified cancel cancels cancelled canceled flatten flattens
sharpen sharpens lower lowers lowered raise raises raised add added drop dropped ensure ensures
stay stays stayed catch catches caught miss misses missed win wins won lose loses lost beat beats
choose picks suggest suggests explain explains explained pay pays paid spend spends spent
control controls hallucinate hallucinates dominate dominates outweigh outweighs
reshape reshapes reshaped transpose transposes transposed concatenate concatenates concatenated
broadcasts broadcasted tokenize tokenizes tokenized tokenise tokenises tokenised minimize minimizes
minimise minimises maximize maximizes maximise maximises optimizes optimises approximates memorizes
memorises diverges oscillates interpolates extrapolates iterates initializes initialises initialized
initialised backpropagates differentiates evaluates rescales rescaled clips clipped regularizes
regularises standardizes standardises stabilizes stabilises overflows underflows explains
""".split())

# Forms that are as often nouns ("a mean update", "the sum of squares"): they count as verbs
# only when an object follows ("we update the centroids" / "it sums over the batch").
AMBIGUOUS_VERBS = frozenset("""
means mean need needs use uses used set sets fit fits cut cuts run runs sum sums summed average
averages averaged update updates updated count counts counted train trains trained split splits
merge merges scale scales scaled shift shifts shifted sample samples sampled store stores stored
cache caches cached draw draws return returns sort sorts move moves call calls build builds work
works look looks start starts stop stops check checks measure measures estimate estimates repeat
repeats treat treats drop dropped lower raise lowered raised catch miss misses lead leads help
helps cost costs show shows win wins beat beats pay
""".split())
STRICT_VERBS = VERBS - AMBIGUOUS_VERBS

# A sentence may open with an order ("Handle new videos with ...", "Then step both by ...").
IMPERATIVES = frozenset("""
handle optimise optimize index step use take compute build train check run add start split count
apply return update draw multiply divide subtract put keep loop stop sort look ask pick choose fit
set make get measure monitor track log store cache batch shard quantize quantise distill deploy
serve retrain evaluate test compare verify confirm roll scale reseed merge repeat define clarify
estimate report tune ship extend rerun filter rank rerank retrieve encode embed normalize normalise
standardize standardise send route stream score swap find avoid watch fix plot try
reshape transpose concatenate clip pad mask project tokenize tokenise initialize initialise
minimize minimise maximize maximise append gather scatter audit analyze analyse segment backtest
annotate calibrate rebalance downsample upsample oversample undersample prune ablate benchmark profile
inspect review debug investigate validate simulate precompute alert
""".split())
_OPENERS = frozenset("then and so first next finally also just".split())
_OBJECTS = frozenset("""
the a an its their his her our your my each every all them it you us him me this that these those
both one some any more less to into from back up down out
""".split())

SUBJECTS = frozenset("i we you it they he she this that which who each everything nothing something one".split())

_CAUSAL = re.compile(
    r"\b(?:because|so that|which means|that means|this means|meaning that|since|therefore|thus|"
    r"hence|that's why|that is why|which is why|the reason|due to|as a result|leads? to|"
    r"caus(?:e|es|ed|ing)|in order to|otherwise|so|why|implies|which makes|which gives|"
    r"makes? (?:it|them|the)|that way|consequently)\b", re.IGNORECASE)
_CONTRAST_STRONG = re.compile(
    r"\b(?:at the (?:cost|expense|price) of|in exchange|trade[- ]?offs?|trades?|trading|traded|"
    r"whereas|on the other hand|the price is|the (?:cost|catch|downside|drawback) is|downsides?|"
    r"drawbacks?|sacrific\w*|compared (?:to|with)|versus|vs|rather than|instead of|in return|"
    r"gives? up|give up|pay(?:s|ing)? for|at a cost|costs? (?:more|less|latency|memory|quality)|compromise|"
    r"in contrast|the opposite|middle ground|in between|the flip side)\b",
    re.IGNORECASE)
_CONTRAST_WEAK = re.compile(
    r"\b(?:but|however|while|although|though|unlike|cheaper|faster|slower|better|worse|"
    r"more expensive|less|depends on|it depends|prefer\w*|when (?:i|you|we)'d|if (?:i|you|we) need|"
    r"differen(?:t|tly|ce)|differs?|similar(?:ly)?|the same as|both|neither)\b",
    re.IGNORECASE)
_COMPLEXITY = re.compile(
    r"\bo\s*\(|\bbig[- ]o\b|\b(?:linear|linearly|quadratic\w*|cubic|logarithmic\w*|sublinear|"
    r"exponential\w*|constant time|log n|n log n|n squared|per (?:query|token|step|iteration|"
    r"request|element|example)|memory|bytes?|gb|mb|gigabytes?|megabytes?|flops?|"
    r"(?:scales?|grows?|grow) (?:with|linearly|quadratically|like)|proportional to|time complexity|"
    r"space complexity|throughput|bandwidth|halv(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)|"
    r"(?:\d+|two|three|four|eight|ten|hundred)\s*(?:x|times)\s+(?:smaller|larger|bigger|less|more|fewer|faster|"
    r"slower|cheaper))\b|\b[ntdk]\s*(?:\^\s*2|²)|\b[ntd]\s*[·*x]\s*[ntdk]\b", re.IGNORECASE)
_ORDER = re.compile(
    r"\b(?:first|firstly|second|secondly|third|then|next|finally|lastly|after that|afterwards|"
    r"to start|start by|step (?:one|two|three|\d)|before|once|followed by)\b", re.IGNORECASE)
# A statement written as a formula ("z1 = X W1 + b1"), not a keyword argument ("axis=-1").
_FORMULA = re.compile(r"(?<![<>=!])(?:\s=|=\s)|->|→|⇒|≈|\s<=\s|\s>=\s|\b(?:equals|equal to)\b")
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:e\.g|i\.e|w\.r\.t|etc|vs|cf|approx|al|fig|eq|resp|incl|wrt)\.?)$", re.IGNORECASE)
_CONTRACTION_VERB = re.compile(r"^(?:[a-z]+)'(?:s|re|d|ll|ve|m)$|n't$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an answer, with where it sits and what it looks like."""

    index: int           # position among the answer's sentences
    start: int           # offsets into the answer's text
    end: int
    text: str
    words: tuple[str, ...]
    tier: str
    key: tuple[str, ...]  # normalised words, to spot repeats

    @property
    def quality(self) -> float:
        return TIER_CREDIT[self.tier]


TIER_CREDIT = {PROSE: 1.0, TERSE: 0.6, FRAGMENT: 0.2}


def _has_verb(words: tuple[str, ...], text: str) -> bool:
    if _FORMULA.search(text):
        return True
    opener = next((w for w in words if w not in _OPENERS), "")
    if opener in IMPERATIVES:
        return True  # "Handle new videos ...", "Then step both ..."
    if ":" in text:   # "Rule of thumb: verify against finite differences."
        after = _WORD.findall(text.split(":", 1)[1].lower())
        if next((w for w in after if w not in _OPENERS), "") in IMPERATIVES:
            return True
    for i, w in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if w in STRICT_VERBS or _CONTRACTION_VERB.search(w):
            return True
        if w in AMBIGUOUS_VERBS and following in _OBJECTS:
            return True
        if w in SUBJECTS and following and following not in FUNCTION_WORDS and following.isalpha():
            return True  # "we compute", "it converges", "which gives"
        if (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and i > 0
                and following in _OBJECTS):
            return True  # "the model scores the text", "it brings the variance back"
        if i >= 2 and words[i - 2] in _DETERMINERS and words[i - 1] not in FUNCTION_WORDS and _verb_form(w):
            return True  # "the model memorizes noise", "the loss plateaued": a noun, then a verb's ending
        if (i in (1, 2) and w in AMBIGUOUS_VERBS and not w.endswith("s") and words[i - 1] not in FUNCTION_WORDS
                and following and following not in FUNCTION_WORDS):
            return True  # "(Tree) models catch interactions", "dense retrieval use encoders": a verb's base form
        if (i >= 1 and (_verb_form(w) or (w in AMBIGUOUS_VERBS and w.endswith("s"))) and not w.endswith("ed")
                and following.isalpha()
                and words[i - 1].isalpha() and words[i - 1] not in FUNCTION_WORDS
                and not words[i - 1].endswith("s") and (i == 1 or not words[i - 2].endswith("s"))):
            return True  # "keyword search scores documents": a singular noun, then a verb agreeing with it
    return False


def _plural_noun(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in FUNCTION_WORDS


_DETERMINERS = frozenset("the a an this that each every our its their your my".split())


def _verb_form(word: str) -> bool:
    """A third-person or past-tense ending (after "the <noun>" these are verbs far more often than not)."""
    return len(word) > 4 and (word.endswith(("izes", "ises", "ates", "ifies", "ed")) or (
        word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "ous"))
        and word not in FUNCTION_WORDS))


_BARE_ALLOWED = frozenset("and or of the a an with for in on to per no not".split())
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _bare(chunk: str) -> bool:
    """A list item: at most four words, no verb or formula, no function word but a/the/of/..."""
    words = _WORD.findall(chunk.lower())
    if not words or len(words) > 4 or _FORMULA.search(chunk):
        return False
    if any((w in FUNCTION_WORDS and w not in _BARE_ALLOWED) or w in STRICT_VERBS
           or _CONTRACTION_VERB.search(w) for w in words):
        return False
    return not _has_verb(tuple(words), chunk)   # "the FFN uses GELU" is a clause, not an item


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _list_shaped(text: str) -> bool:
    """Four or more bare items making up most of the sentence: a keyword list, not an enumeration.

    A sentence with a comma every few words is a list whatever its items look like. Commas
    inside brackets are notation ("reshape to (B, T, H, d)"), not list separators.
    """
    text = _BRACKETED.sub(" x ", text)
    commas = text.count(",")
    if commas >= 6 and len(_WORD.findall(text)) / (commas + 1) <= 4:
        return True
    chunks = [c for c in re.split(r"[,;/|]|\band\b|\bor\b|:|\s-\s|•", text) if _WORD.search(c)]
    bare = [c for c in chunks if _bare(c)]
    if len(bare) < 4:
        return False
    total = sum(len(_WORD.findall(c)) for c in chunks)
    share = sum(len(_WORD.findall(c)) for c in bare) / total
    clause = any(_has_verb(tuple(_WORD.findall(c.lower())), c) for c in chunks if c not in bare)
    return share >= (0.75 if clause else 0.6)  # "I'd monitor A, B, C and D" is an enumeration


def classify(words: tuple[str, ...], text: str) -> str:
    """prose / terse / fragment, from the sentence's words and raw text.

    A sentence without a recognisable verb is at best terse: noun phrases strung together
    ("the softmax of the scores, the variance of d_k") do not explain anything.
    """
    if len(words) < 3 or _list_shaped(text):
        return FRAGMENT
    function_share = sum(w in FUNCTION_WORDS for w in words) / len(words)
    if not _has_verb(words, text):
        return TERSE if len(words) >= 4 and function_share >= 0.2 else FRAGMENT
    if len(words) < 6 or function_share < 0.12:
        return TERSE
    return PROSE


TEMPLATE_REPEATS = 3


def _frame(words: tuple[str, ...]) -> tuple | None:
    """A sentence's first and last three words: sentences that share them share a frame."""
    return (words[:3], words[-3:]) if len(words) >= 6 else None


class Reading:
    """An answer split into judged sentences (built once per answer)."""

    def __init__(self, text: str):
        self.text = text
        answer = Answer(text)
        self.answer = answer
        by_sentence: dict[int, list] = {}
        for w in answer.words:
            by_sentence.setdefault(w.sentence, []).append(w)
        groups: list[list] = []
        for index in sorted(by_sentence):
            ws = by_sentence[index]
            if groups and _ABBREVIATION_END.search(text[groups[-1][0].start:groups[-1][-1].end + 1]):
                groups[-1].extend(ws)  # "e.g. car vs automobile" continues the sentence before
            else:
                groups.append(list(ws))
        self._group_of = [i for i, ws in enumerate(groups) for _ in ws]  # word index -> sentence index
        sentences = []
        for i, ws in enumerate(groups):
            start, end = ws[0].start, ws[-1].end
            words = tuple(w.text for w in ws)
            raw = text[start:end]
            tier = classify(words, raw)
            if (tier == TERSE and sentences and sentences[-1].tier == PROSE
                    and ws[0].sentence in answer.after_semicolon):
                tier = PROSE   # "...; it attacks variance": a clause of the sentence before, not a note
            sentences.append(Sentence(i, start, end, raw, words, tier, words))
        frames = Counter(f for f in map(_frame, (s.words for s in sentences)) if f is not None)
        framed = {f for f, n in frames.items() if n >= TEMPLATE_REPEATS}
        self.templated = [s for s in sentences if _frame(s.words) in framed]
        if self.templated:  # "It is about X, because that matters." x N: keywords in a filler frame
            sentences = [replace(s, tier=FRAGMENT) if _frame(s.words) in framed else s for s in sentences]
        self.sentences: list[Sentence] = sentences

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < max(s.end, s.start + 1):
                return s
        return None

    @cached_property
    def unique(self) -> list[Sentence]:
        """Each sentence once: later copies (or near-copies) of an earlier one are dropped."""
        kept: list[Sentence] = []
        seen: list[set[str]] = []
        for s in self.sentences:
            words = set(s.key)
            if any(_same(words, other) for other in seen):
                continue
            kept.append(s)
            seen.append(words)
        return kept

    @property
    def repeats(self) -> int:
        return len(self.sentences) - len(self.unique)

    @cached_property
    def word_count(self) -> int:
        return sum(len(s.words) for s in self.unique)

    def only(self, tiers: set[str]) -> Answer:
        """The answer restricted to sentences of these tiers, ready for `Pattern.search`.

        Repeated sentences are searched once. The words keep their sentence and clause
        numbers, so a phrase still cannot span two sentences, and offsets still point into
        the answer; the text is split once.
        """
        unique = {s.index for s in self.unique}  # a repeat adds nothing to search for
        keep = [s.tier in tiers and s.index in unique for s in self.sentences]
        subset = Answer.__new__(Answer)
        subset.text = self.text
        subset.words = [w for w, g in zip(self.answer.words, self._group_of) if keep[g]]
        subset.after_semicolon = self.answer.after_semicolon
        return subset


def _same(a: set[str], b: set[str]) -> bool:
    """Near-duplicate sentences: at least 80% of their distinct words shared."""
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= 0.8


def causal(s: Sentence) -> bool:
    return bool(_CAUSAL.search(s.text))


def contrast(s: Sentence) -> float:
    """1 for an explicit comparison ("at the cost of", "whereas"), 0.5 for a bare "but"."""
    if _CONTRAST_STRONG.search(s.text):
        return 1.0
    return 0.5 if _CONTRAST_WEAK.search(s.text) else 0.0


def complexity(s: Sentence) -> bool:
    return bool(_COMPLEXITY.search(s.text))


def ordered(s: Sentence) -> bool:
    return bool(_ORDER.search(s.text))
