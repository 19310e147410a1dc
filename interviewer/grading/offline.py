"""The offline grader: deterministic, no network, a few milliseconds per answer.

It scores an answer on the rubric's five dimensions from evidence it can show: which key
points the answer covers (each when every one of its synonym groups is said, `rubric.matching`),
in what kind of sentence each was said, which misconceptions it states, and a few surface
cues of reasoning. Every number in a `Grade` can be traced back to `covered` / `missed` /
`misconceptions`, the snippets in `evidence`, and the formula in `breakdown`.

How each dimension is computed (credit for a key point is 1 when it is said in a real
sentence, 0.6 in a telegraphic one, 0.2 when only named in a fragment or keyword list):

- correctness = weighted credit of the question's correctness key points,
  minus 0.3 per misconception stated;
- depth = 0.7 x credit of depth key points + 0.3 x reasoning, where reasoning counts
  sentences that give a cause ("because", "so that", "which means", ...) *about the
  question's material* (two such sentences = 1);
- tradeoffs = 0.7 x credit of tradeoff key points + 0.3 x comparison, counting sentences
  that compare ("at the cost of", "whereas", "in exchange" = 1; a bare "but" = 0.5);
- complexity = 0.7 x credit of complexity key points + 0.3 x complexity talk (Big-O,
  memory, what grows with what);
- communication = length x uniqueness x (0.6 x share of words in real sentences +
  0.4 x ordered reasoning), halved when the answer addresses the grader, and times
  relevance = min(1, 0.5 + key point coverage): fine prose about another question is not
  clear communication of this one.

A dimension the question has no key points for is derived, never given: its cue score,
capped at the answer's overall coverage (no credit for reasoning about things not said).
Tradeoffs and complexity without key points are left out of the weighting altogether
unless the prompt asks for them (a comparison or a choice; cost, memory or scale). A reply
to a follow-up is assessed on correctness, the targeted key points' own dimensions and
communication only, and two sentences are long enough for it. The score is the weighted
mix (the role's dimension weights, equal by default), times 0.55 for each wrong claim.

What it resists, and how:
- keyword lists: points named outside sentences earn 0.2, and fragments carry no reasoning
  and no communication credit;
- injection: passages addressed to the grader (`guard.screen`) are blanked before matching,
  so they earn nothing, and are reported in `notes`;
- padding: repeated sentences count once, and repetition divides communication;
- dumps: comma lists and keyword-stuffed filler frames ("It is about X, because that
  matters." again and again) read as fragments, and very long answers lose communication.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from rubric.matching import NEGATIONS, OPPOSITE, side_swaps, turned_around
from rubric.schema import KeyPoint, Question

from interviewer.grading import prose
from interviewer.grading.base import DIMENSIONS, Grade, dimension_weights
from interviewer.grading.guard import screen
from interviewer.grading.prose import FRAGMENT, PROSE, TERSE, TIER_CREDIT, Reading

REVERSALS = True
BORROW = True                  # a sentence carrying on the one before ("; it ...") may take one part from it
CLAIM_SENTENCES = 1            # a key point's parts must be said within this many sentences in a row
MISCONCEPTION_CORRECTNESS_PENALTY = 0.3
WRONG_CLAIM_KEEPS = 0.55     # the share of its score an answer keeps per wrong claim
KEY_POINT_SHARE = 0.7          # in depth / tradeoffs / complexity; the rest is the cue score
CUE_SENTENCES_FOR_FULL = 2     # sentences of reasoning (or comparison, or complexity) for a full cue score
SHORT_WORDS, FULL_WORDS = 8, 45
FOLLOWUP_FULL_WORDS = 25       # a reply to a targeted follow-up may be two sentences
LONG_WORDS, LONG_SLOPE, LONG_FLOOR = 450, 1500, 0.5
SNIPPET_CHARS = 220
COMMUNICATION_FLOOR = 0.5      # share of communication kept by an answer that says none of the key points

_ASKS_COMPLEXITY = re.compile(
    r"\b(?:complexity|memory|scal(?:e|es|ing)|billions?|millions?|fast|quickly|cost|costs|latency|"
    r"big[- ]o|efficien\w*|how (?:much|many)|expensive)\b", re.IGNORECASE)
_ASKS_TRADEOFFS = re.compile(
    r"\b(?:trade[- ]?offs?|compare|comparing|contrast|versus|vs|difference|differ|pros|cons|strengths?|"
    r"weakness\w*|when would you|which (?:would|do|one|to)|choose|choosing|decide|deciding|"
    r"better|worse|prefer|favour|favor|advantages?|disadvantages?|what do you do|what would you)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class _QuestionFacts:
    """What the grader derives once per question: its vocabulary and whether it asks about cost."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    asks_complexity: bool
    asks_tradeoffs: bool


_facts_cache: dict[int, tuple[Question, _QuestionFacts]] = {}


def _facts(question: Question) -> _QuestionFacts:
    cached = _facts_cache.get(id(question))
    if cached is not None and cached[0] is question:
        return cached[1]
    words: set[str] = set()
    prefixes: set[str] = set()
    for kp in question.key_points:
        for group in kp.pattern.groups:
            for phrase in group:
                for part in phrase.parts:
                    if part is None:
                        continue
                    word, is_prefix = part
                    if len(word) < 3 or word in prose.FUNCTION_WORDS:
                        continue
                    (prefixes if is_prefix else words).add(word)
    facts = _QuestionFacts(frozenset(words), tuple(sorted(prefixes)), bool(_ASKS_COMPLEXITY.search(question.prompt)),
                           bool(_ASKS_TRADEOFFS.search(question.prompt)))
    _facts_cache[id(question)] = (question, facts)
    return facts


def _on_topic(sentence: prose.Sentence, facts: _QuestionFacts) -> bool:
    """At least two distinct words of the question's own vocabulary: reasoning about *this*."""
    found = set()
    for w in sentence.words:
        stem = w[:-2] if w.endswith("es") else w[:-1] if w.endswith("s") else w
        if w in facts.words or stem in facts.words or any(w.startswith(p) for p in facts.prefixes):
            found.add(stem)
            if len(found) >= 2:
                return True
    return False


# Waving a point away: "<it> isn't needed / doesn't matter / is overkill", "no need to <it>". A strong
# answer names what matters; a wrong one often dismisses exactly that ("Seeds don't matter", "Point-in-time
# joins are unnecessary").
_DISMISSED_AFTER = re.compile(
    r"^(?:is|are|was|were|'s|'re)?\s*(?:not|n't|never)\s+(?:really\s+|even\s+|strictly\s+|actually\s+)?"
    r"(?:needed|necessary|required|useful|important|worth\w*|relevant|helpful|a concern|an issue|a problem)\b"
    r"|^(?:does|do|did)\s*(?:not|n't)\s+(?:really\s+)?(?:matter|apply)\b"
    r"|^(?:doesn't|don't|didn't)\s+(?:really\s+)?(?:matter|apply)\b"
    r"|^(?:is|are)\s+(?:unnecessary|pointless|overkill|irrelevant|useless|a waste)\b"
    r"|^(?:can|could|may)\s+be\s+(?:safely\s+)?(?:skipped|ignored|dropped)\b", re.IGNORECASE)
_DISMISSED_BEFORE = re.compile(
    r"\b(?:no need (?:for|to)|never need(?:s)?(?: to)?|(?:don't|do not|doesn't|does not) need(?: to)?"
    r"|(?:shouldn't|should not|needn't) bother(?: with)?|there's no point(?: in)?)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE)
_DISMISSIVE = re.compile(r"n't\b|\b(?:not|never|no need|unnecessary|pointless|overkill|irrelevant|useless|"
                         r"a waste|skipped|ignored|bother|no point)\b", re.IGNORECASE)
DISMISS_CHARS = 60


def _dismissed(kp: KeyPoint, sentences) -> object | None:
    """The sentence that waves this key point away, as a claim (its hit), if one does."""
    from rubric.matching import Answer   # the sentence on its own: offsets relative to it

    for s in sentences:
        if not _DISMISSIVE.search(s.text):
            continue
        alone = Answer(s.text)
        for group in kp.pattern.groups:
            for phrase in group:
                at = 0
                while (hit := phrase.find(alone, at)) is not None:   # every time it is named, not only the first
                    at = hit.last + 1
                    tail, head = s.text[hit.end:].lstrip(" ,"), s.text[:hit.start]
                    if (_DISMISSED_AFTER.search(tail[:DISMISS_CHARS]) and _is_subject(head)) or \
                            _waved_off(kp, head, hit, alone):
                        return replace(hit, start=s.start + hit.start, end=s.start + hit.end)
    return None


_CRITICAL = re.compile(r"\b(?:not|never|no|nothing|mislead\w*|useless|meaningless|fails?|wrong|poor|bad|hides?|"
                       r"unreliable|insufficient|cannot|can't|won't|isn't|aren't|doesn't|don't|overstate\w*|"
                       r"understate\w*|inflate\w*|breaks?|leak\w*|bias\w*)\b", re.IGNORECASE)


def _may_be_dismissed(kp: KeyPoint) -> bool:
    """A key point that itself says something fails or does not matter ("accuracy misleads on imbalanced
    data") is agreed with, not waved away, by "accuracy isn't useful here"."""
    return not _says_negation(kp) and not _CRITICAL.search(kp.point)


def _waved_off(kp: KeyPoint, head: str, hit, alone) -> bool:
    """"No need to <do the point>": the cue just before the term, and the rest of its clause says a second
    part of the point (its object, not a pronoun: "there's no point storing them" is about something else)."""
    if not _DISMISSED_BEFORE.search(head[-DISMISS_CHARS:]):
        return False
    if len(kp.pattern.groups) < 2:
        return True
    clause = [i for i, w in enumerate(alone.words) if i >= hit.first and w.clause == alone.words[hit.first].clause]
    rest = alone.part(clause[0], clause[-1] + 1)
    return sum(any(phrase.find(rest) for phrase in group) for group in kp.pattern.groups) >= 2


_PREPOSITIONS = frozenset("of for in on at to with by from about than into over under per".split())


def _is_subject(head: str) -> bool:
    """The words before a term leave it the subject of its clause ("Lagged sales and seasonality aren't
    useful"), not the object of a preposition ("Queries of past tokens are never needed")."""
    clause = re.split(r"[,;:(]|\b(?:and|but|so|because|since|while|whereas|which)\b", head)[-1].split()
    return len(clause) <= 3 and not any(w.lower() in _PREPOSITIONS for w in clause)


def _sentence(reading: Reading, hit) -> int | None:
    found = reading.sentence_at(hit.start)
    return found.index if found is not None else None


def _turned(kp: KeyPoint, about: str | None, said, sides, swaps) -> tuple[str, object | None]:
    """How a key point the answer did not make was said the wrong way round, if it was: denied
    ("not self-supervised"), said of the other side of a comparison, or said with one word
    turned to its opposite ("raises bias" for "lowers bias")."""
    for claim in kp.pattern.claims(said, sides):
        if not claim.negated and not _holds(claim, about):   # a denial is not credited, nor counted against:
            return "swapped", claim                          # "not" reads too many ways to be sure
    def holds(claim):
        return _holds(claim, about)

    if len(kp.pattern.groups) < 2:   # a single group names a topic; only a claim (two parts) can be turned
        return "", None
    if swaps:
        found = turned_around(kp.pattern, said, swaps, sides, holds)
        if found:
            return "swapped", found[0]
    if REVERSALS and not _says_negation(kp):
        found = turned_around(kp.pattern, said, OPPOSITE, sides, holds)
        if found:
            return "reversed", found[0]
    return "", None


def _pairs_the_sides(kp: KeyPoint, sides) -> bool:
    """A key point that pairs a comparison's sides, one group naming each ("L1 is the absolute penalty,
    L2 the squared one"): people say it one side per sentence, so it may take two sentences in a row."""
    if kp.about is not None or len(sides) != 2 or len(kp.pattern.groups) != 2:
        return False
    names = [{p.source for g in pattern.groups for p in g} for pattern in sides.values()]
    owners = [{i for i, n in enumerate(names) if {p.source for p in group} & n} for group in kp.pattern.groups]
    return all(len(o) == 1 for o in owners) and owners[0] != owners[1]


def _says_negation(kp) -> bool:
    """A key point whose phrases carry their own "not" ("never needed again"): its polarity is in
    the words matched, so a "not" nearby ("we don't keep the queries") is part of the claim."""
    return any(word in NEGATIONS or word.endswith("n't")
               for group in kp.pattern.groups for phrase in group for word, _ in (p for p in phrase.parts if p))


def _holds(claim, about: str | None, negative: bool = False) -> bool:
    """A claim counts for its key point when it is said plainly (or the key point's own words are a
    negation), of the side the key point is about."""
    return (negative or not claim.negated) and (about is None or claim.side in (None, about))


def _snippet(reading: Reading, original: str, offsets: list[int]) -> str:
    """The sentences of the answer that hold these offsets, trimmed around the hit if long."""
    parts: list[str] = []
    seen: set[int] = set()
    for offset in sorted(offsets):
        s = reading.sentence_at(offset)
        if s is None or s.index in seen:
            continue
        seen.add(s.index)
        start, end = s.start, s.end
        if end - start > SNIPPET_CHARS:
            start = max(s.start, offset - SNIPPET_CHARS // 3)
            end = min(s.end, start + SNIPPET_CHARS)
            while start > s.start and not original[start - 1].isspace():
                start += 1
            while end < s.end and not original[end].isspace():
                end -= 1
        parts.append(original[start:end].strip())
    return " … ".join(p for p in parts if p)


def _coverage(points: list[KeyPoint], credit: dict[str, float]) -> float | None:
    total = sum(kp.weight for kp in points)
    return None if total == 0 else sum(kp.weight * credit.get(kp.id, 0.0) for kp in points) / total


def _length_factor(words: int, full: int = FULL_WORDS) -> float:
    if words < full:
        return max(0.0, (words - SHORT_WORDS) / (full - SHORT_WORDS))
    if words <= LONG_WORDS:
        return 1.0
    return max(LONG_FLOOR, 1 - (words - LONG_WORDS) / LONG_SLOPE)


def _brief(point: str, words: int = 8) -> str:
    """A key point named in a note: its first words, quoted."""
    parts = point.rstrip(".").split()
    return "\u201c" + " ".join(parts[:words]) + ("…" if len(parts) > words else "") + "\u201d"


def _fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


class OfflineGrader:
    """Grades answers from the rubric's key points and misconceptions alone (see module doc)."""

    name = "offline"
    instant = True

    async def grade(
        self,
        question: Question,
        answer: str,
        *,
        key_point_ids: list[str] | None = None,
        weights: Mapping[str, int] | None = None,
    ) -> Grade:
        return self.grade_now(question, answer, key_point_ids=key_point_ids, weights=weights)

    def fallback(self, grade: Grade, why: str) -> Grade:
        """The same grade, labelled as the offline grader standing in for another one."""
        return replace(grade, grader=f"offline (fallback: {why})")

    def grade_now(
        self,
        question: Question,
        answer: str,
        *,
        key_point_ids: list[str] | None = None,
        weights: Mapping[str, int] | None = None,
    ) -> Grade:
        """The synchronous core of `grade` (the benchmark and the CLI call it directly)."""
        notes: list[str] = []
        scope = [kp for kp in question.key_points if key_point_ids is None or kp.id in set(key_point_ids)]
        if not scope:
            if key_point_ids:
                notes.append(f"no such key points ({', '.join(key_point_ids)}); graded on all of them")
            scope = list(question.key_points)
        scope_ids = [kp.id for kp in scope]

        screened = screen(answer or "")
        for flag in screened.flags:
            quote = flag.quote if len(flag.quote) <= 120 else flag.quote[:117] + "..."
            notes.append(f"ignored an instruction aimed at the grader ({flag.reason}): \"{quote}\"")
        reading = Reading(screened.text)
        if not reading.sentences:
            return replace(self._empty(question, scope_ids, notes + ["no answer to grade"]),
                           addressed_grader=screened.flagged)

        # Wrong claims: the rubric's misconceptions asserted (not denied), and key points said the
        # wrong way round: denied, or said of the other side of a comparison (the classic swap).
        said = reading.only({PROSE, TERSE, FRAGMENT})
        wrong: list[tuple[str, str, str, list]] = []   # (id, claim, correction, hits)
        # every sentence asserting a misconception, however often: one wrong sentence is one wrong claim,
        # so a key point turned around there is not counted again
        wrong_sentences: set[int | None] = set()
        for m in question.misconceptions:
            asserted = [c for c in m.pattern.claims(said) if not c.negated]
            if asserted:
                wrong.append((m.id, m.claim, m.correction, asserted[0].hits))   # a belief counts once
                wrong_sentences |= {_sentence(reading, h) for c in asserted for h in c.hits}

        def sound(claim) -> bool:   # a sentence that asserts a misconception earns no key point
            return not {_sentence(reading, h) for h in claim.hits} & wrong_sentences

        # Key points, as claims (said together in one sentence, not negated, of the right side of a
        # comparison), by the kind of sentence they were said in: prose first, then terse, then anything.
        sides = question.sides
        credit: dict[str, float] = {}
        hits: dict[str, list[int]] = {}
        remaining = scope
        for tiers, value in (({PROSE}, TIER_CREDIT[PROSE]), ({PROSE, TERSE}, TIER_CREDIT[TERSE]),
                             ({PROSE, TERSE, FRAGMENT}, TIER_CREDIT[FRAGMENT])):
            if not remaining:
                break
            words = reading.only(tiers)
            missed_here = []
            for kp in remaining:
                window = 2 if _pairs_the_sides(kp, sides) else CLAIM_SENTENCES
                claim = next((c for c in kp.pattern.claims(words, sides, window=window, borrow=BORROW)
                              if _holds(c, question.about(kp), _says_negation(kp)) and sound(c)), None)
                if claim is None:
                    missed_here.append(kp)
                else:
                    credit[kp.id] = value
                    hits[kp.id] = [h.start for h in claim.hits]
            remaining = missed_here
        swaps = side_swaps(sides)
        for kp in scope:
            if kp.id in credit:   # said right; but waved away elsewhere ("Seeds don't matter"), it is still wrong
                credited_in = {reading.sentence_at(o).index for o in hits[kp.id] if reading.sentence_at(o)}
                hit = None if not _may_be_dismissed(kp) else _dismissed(
                    kp, [x for x in reading.unique if x.index not in wrong_sentences | credited_in])
                if hit is not None:
                    claim, correction = question.wrong_claim(f"dismissed:{kp.id}")
                    wrong.append((f"dismissed:{kp.id}", claim, correction, [hit]))
                    wrong_sentences.add(_sentence(reading, hit))
                continue
            kind, turned = _turned(kp, question.about(kp), said, sides, swaps)
            said_wrong = turned.hits if turned is not None else None
            if said_wrong and {_sentence(reading, h) for h in said_wrong} & wrong_sentences:
                continue
            if said_wrong is None and _may_be_dismissed(kp):
                hit = _dismissed(kp, [x for x in reading.unique if x.index not in wrong_sentences])
                kind, said_wrong = "dismissed", [hit] if hit is not None else None
            if said_wrong:
                claim, correction = question.wrong_claim(f"{kind}:{kp.id}")
                wrong.append((f"{kind}:{kp.id}", claim, correction, said_wrong))
                wrong_sentences |= {_sentence(reading, h) for h in said_wrong}

        evidence = {kp_id: _snippet(reading, answer, offs) for kp_id, offs in hits.items()}
        for m_id, _, _, m_hits in wrong:
            evidence[m_id] = _snippet(reading, answer, [h.start for h in m_hits])
        covered = [i for i in scope_ids if credit.get(i, 0) >= TIER_CREDIT[TERSE]]
        named_only = [i for i in scope_ids if 0 < credit.get(i, 0) < TIER_CREDIT[TERSE]]
        missed = [i for i in scope_ids if i not in covered]
        point = {kp.id: _brief(kp.point) for kp in scope}
        if named_only:
            notes.append(f"named but not explained in a sentence (credit {TIER_CREDIT[FRAGMENT]} each): "
                         + "; ".join(point[i] for i in named_only))
        terse = [i for i in covered if credit[i] < 1]
        if terse:
            notes.append(f"said only in note form, not in full sentences (credit {TIER_CREDIT[TERSE]} each): "
                         + "; ".join(point[i] for i in terse))

        followup = key_point_ids is not None and len(scope) < len(question.key_points)
        dimensions, breakdown = self._dimensions(question, scope, credit, reading, len(wrong),
                                                 screened.flagged, notes, followup)
        mix = dimension_weights(weights, tuple(dimensions))
        raw = sum(mix[d] * v for d, v in dimensions.items())
        # A wrong claim is what an interviewer remembers: each one costs a share of the whole
        # answer, so fluent prose full of the right words cannot carry a wrong answer.
        score = min(1.0, max(0.0, raw * WRONG_CLAIM_KEEPS ** len(wrong)))
        for m_id, claim, correction, _ in wrong:
            notes.append(f"wrong claim: {claim} (correction: {correction})")
        breakdown["score"] = (" + ".join(f"{_fmt(mix[d])} x {d} {_fmt(v)}" for d, v in dimensions.items())
                              + (f", x {_fmt(WRONG_CLAIM_KEEPS)} per wrong claim ({len(wrong)})"
                                 if wrong else "") + f" = {_fmt(score)}")
        return Grade(
            question_id=question.id,
            score=score,
            dimensions=dimensions,
            covered=covered,
            missed=missed,
            misconceptions=[m_id for m_id, *_ in wrong],
            evidence=evidence,
            grader=self.name,
            notes=notes,
            breakdown=breakdown,
            addressed_grader=screened.flagged,
        )

    # ------------------------------------------------------------ dimensions

    def _dimensions(self, question, scope, credit, reading, n_wrong, injected, notes, followup):
        facts = _facts(question)
        by_dim = {d: [kp for kp in scope if kp.dimension == d] for d in DIMENSIONS}
        all_points = _coverage(scope, credit) or 0.0
        judged = [s for s in reading.unique if s.tier != FRAGMENT]
        topical = [s for s in judged if _on_topic(s, facts)]

        def cue(sentences, weight_of):
            total = sum(weight_of(s) * s.quality for s in sentences)
            return min(1.0, total / CUE_SENTENCES_FOR_FULL), total

        reasoning, n_causal = cue(topical, lambda s: 1.0 if prose.causal(s) else 0.0)
        comparison, n_compare = cue(topical, prose.contrast)
        complexity_talk, n_complex = cue(judged, lambda s: 1.0 if prose.complexity(s) else 0.0)

        dims: dict[str, float] = {}
        why: dict[str, str] = {}

        correct_points = by_dim["correctness"] or scope
        base = _coverage(correct_points, credit) or 0.0
        dims["correctness"] = max(0.0, base - MISCONCEPTION_CORRECTNESS_PENALTY * n_wrong)
        label = "correctness points" if by_dim["correctness"] else "key points in scope"
        why["correctness"] = (f"{_fmt(base * sum(kp.weight for kp in correct_points))}"
                              f"/{_fmt(sum(kp.weight for kp in correct_points))} {label}"
                              + (f" - {MISCONCEPTION_CORRECTNESS_PENALTY} x {n_wrong} misconception(s)"
                                 if n_wrong else ""))

        for dim, signal, count, what in (("depth", reasoning, n_causal, "causal sentences on topic"),
                                         ("tradeoffs", comparison, n_compare, "comparisons on topic"),
                                         ("complexity", complexity_talk, n_complex, "sentences on cost")):
            points = by_dim[dim]
            if points:
                cov = _coverage(points, credit) or 0.0
                dims[dim] = KEY_POINT_SHARE * cov + (1 - KEY_POINT_SHARE) * signal
                why[dim] = (f"{KEY_POINT_SHARE} x {dim} points {_fmt(cov * sum(kp.weight for kp in points))}"
                            f"/{_fmt(sum(kp.weight for kp in points))} + {_fmt(1 - KEY_POINT_SHARE)} x "
                            f"{_fmt(signal)} ({_fmt(count)} {what})")
            elif followup or (dim == "complexity" and not facts.asks_complexity) or (
                    dim == "tradeoffs" and not facts.asks_tradeoffs):
                continue  # not asked about (a follow-up asks about its key points only): out of the weighting
            else:
                dims[dim] = min(signal, all_points)
                why[dim] = (f"no {dim} key points: {_fmt(signal)} ({_fmt(count)} {what}),"
                            f" capped at coverage {_fmt(all_points)}")

        dims["communication"], why["communication"] = self._communication(
            reading, n_causal, injected, notes, FOLLOWUP_FULL_WORDS if followup else FULL_WORDS)
        # clear prose about something else is not clear communication of *this* answer: it counts in
        # full from half the key points said, half for none (a polished answer to another question)
        relevance = min(1.0, COMMUNICATION_FLOOR + all_points)
        if relevance < 1.0:
            dims["communication"] *= relevance
            why["communication"] += f" x relevance {_fmt(relevance)} ({COMMUNICATION_FLOOR} + key point coverage)"
        return {d: dims[d] for d in DIMENSIONS if d in dims}, why

    def _communication(self, reading: Reading, n_causal: float, injected: bool, notes: list[str], full: int):
        unique = reading.unique
        words = reading.word_count
        length = _length_factor(words, full)
        uniqueness = len(unique) / len(reading.sentences)
        sentence_words = sum(len(s.words) * s.quality for s in unique)
        prose_share = sentence_words / words if words else 0.0
        steps = sum(1 for s in unique if s.tier != FRAGMENT and prose.ordered(s))
        order = min(1.0, (steps + n_causal) / 3)
        value = length * uniqueness * (0.6 * prose_share + 0.4 * order)
        if injected:
            value *= 0.5
        if reading.repeats:
            notes.append(f"repeats itself: {reading.repeats} of {len(reading.sentences)} sentences say again "
                         "what an earlier one said (counted once)")
        fragment_words = sum(len(s.words) for s in unique if s.tier == FRAGMENT)
        if words and fragment_words / words >= 0.5:
            notes.append("reads as a keyword list: most of it is not in sentences")
        if words > LONG_WORDS:
            notes.append(f"very long ({words} words): an interview answer that long buries its point")
        elif words < full:
            notes.append(f"short ({words} words)")
        why = (f"length {_fmt(length)} x uniqueness {_fmt(uniqueness)} x (0.6 x sentences {_fmt(prose_share)}"
               f" + 0.4 x order {_fmt(order)})" + (" x 0.5 for addressing the grader" if injected else ""))
        return value, why

    def _empty(self, question: Question, scope_ids: list[str], notes: list[str]) -> Grade:
        return Grade(question.id, 0.0, {"correctness": 0.0, "communication": 0.0}, [], list(scope_ids), [], {},
                     self.name, notes, {"score": "nothing was said"})
