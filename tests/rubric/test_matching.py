"""How a key point's `match` groups find (or do not find) what an answer says."""

from __future__ import annotations

import pytest

from rubric.errors import FieldProblem
from rubric.matching import Answer, compile_pattern

from .labelled_answers import ANSWERS, PARAPHRASES


def found(groups: list[str], text: str) -> bool:
    return compile_pattern(groups).search(text) is not None


# ---------------------------------------------------------------- the phrase syntax


def test_every_group_must_be_said():
    groups = ["sqrt | square root", "variance | magnitude | grow*"]
    assert found(groups, "We divide by the square root because the variance grows with d_k.")
    assert not found(groups, "We divide by the square root of d_k.")


def test_words_match_their_plural_and_prefixes_match_with_a_star():
    assert found(["gradient"], "the gradients vanish")
    assert found(["query"], "Queries and keys")
    assert found(["regulari*"], "we regularise the model")
    assert not found(["regular"], "regularization helps")


def test_words_are_whole_words():
    assert not found(["l1"], "cell1 is on")
    assert found(["l1"], "L1, also called lasso")


def test_punctuation_and_notation_are_normalised():
    assert found(["k means"], "K-means")
    assert found(["d k"], "sqrt(d_k)")
    assert found(["sqrt"], "divide by √d")
    assert found(["n 2"], "it costs O(n²)")
    assert found(["qk t"], "softmax(QKᵀ/√d)")
    assert found(["n layers"], "2 * n_layers * ...")
    assert found(["sum of abs w"], "L1 adds the sum of |w| to the loss")
    assert found(["norm w norm 2"], "L2 adds ||w||^2")
    assert not found(["abs"], "L2 adds ||w||^2")
    assert found(["lambda sum abs w"], "L1 adds λ·Σ|w| to the loss")
    assert found(["minus inf | inf"], "set M_ij = −∞ above the diagonal")
    assert found(["sigma z"], "the gradient is σ(z)(1 - σ(z))") and found(["σ z"], "it is sigma(z) times ...")


def test_a_phrase_stays_inside_one_sentence():
    assert found(["softmax saturates"], "Then the softmax saturates.")
    assert not found(["softmax saturates"], "We apply the softmax. Saturates is not a word here.")


def test_a_gap_skips_a_few_words_but_not_a_negation_or_a_clause():
    assert found(["l2 ... sparse"], "L2 makes the weights sparse")
    assert not found(["l2 ... sparse"], "L2 does not make the weights sparse")
    assert not found(["l2 ... sparse"], "Unlike L2, L1 is sparse")
    assert not found(["l2 ... sparse"], "L2 shrinks every weight a little bit but never to anything sparse")


def test_brackets_of_notation_split_no_clause_but_an_aside_does():
    assert found(["sqrt ... turns ... into probabilit*"], "The sqrt(d_k) factor turns the scores into probabilities.")
    assert found(["scores ... divided"], "The scores[i] get divided by the temperature")
    assert not found(["l2 ... sparse"], "L2 (unlike the lasso) keeps every weight and is never sparse")
    assert not found(["scale ... sum"], "We scale (to keep the spread small) and then sum")


def test_hits_quote_the_answer():
    [hit] = compile_pattern(["square root | sqrt"]).search("Divide by the Square Root of d.")
    assert (hit.phrase, hit.quote) == ("square root", "Square Root")


def test_partial_matches_are_counted():
    pattern = compile_pattern(["sqrt", "variance", "softmax"])
    assert pattern.groups_found(Answer("sqrt keeps the variance steady")) == 2


@pytest.mark.parametrize("groups, message", [
    (["a*"], "too broad"),
    (["... x"], "between two words"),
    (["x ..."], "between two words"),
    (["x*y"], "may only end a word"),
    (["sqrt | "], None),
    (["  |  "], "empty synonym group"),
    (["<="], "no letters or digits"),
])
def test_bad_phrases_are_rejected_with_a_reason(groups, message):
    if message is None:
        compile_pattern(groups)  # an empty alternative is ignored
        return
    with pytest.raises(FieldProblem, match=message) as caught:
        compile_pattern(groups)
    assert caught.value.at == (0,)


# ---------------------------------------------------------------- the bank's key points


class Found:
    """Which of a question's key points and misconceptions an answer's phrases match."""

    def __init__(self, question, text, key_point_ids=None):
        answer = Answer(text)
        points = [kp for kp in question.key_points if key_point_ids is None or kp.id in key_point_ids]
        self.covered_ids = [kp.id for kp in points if kp.pattern.search(answer) is not None]
        self.missed_ids = [kp.id for kp in points if kp.id not in self.covered_ids]
        self.covered, self.missed = self.covered_ids, self.missed_ids
        self.misconception_ids = [m.id for m in question.misconceptions if m.pattern.search(answer) is not None]



@pytest.mark.parametrize("question_id", sorted(ANSWERS))
def test_a_strong_answer_covers_the_key_points(bundled, question_id):
    q = bundled.question(question_id)
    result = Found(q, ANSWERS[question_id]["strong"])
    assert result.missed_ids == []
    assert result.misconception_ids == []


@pytest.mark.parametrize("question_id", sorted(ANSWERS))
def test_a_weak_answer_misses_most_and_shows_its_misconception(bundled, question_id):
    q = bundled.question(question_id)
    result = Found(q, ANSWERS[question_id]["weak"])
    assert len(result.covered) <= 0.4 * len(q.key_points), result.covered_ids
    assert ANSWERS[question_id]["misconception"] in result.misconception_ids


@pytest.mark.parametrize("question_id", sorted(PARAPHRASES))
def test_paraphrased_strong_answers_are_still_recognised(bundled, question_id):
    q = bundled.question(question_id)
    result = Found(q, PARAPHRASES[question_id])
    assert len(result.covered) >= 0.75 * len(q.key_points), result.missed_ids
    assert result.misconception_ids == []


def test_stating_the_correct_version_does_not_trigger_the_misconception(bundled):
    assert Found(bundled.question("l1_vs_l2"), "L2 does not make the weights sparse.").misconception_ids == []
    assert Found(bundled.question("bias_variance"), "More data reduces variance, not bias.").misconception_ids == []
    assert Found(bundled.question("kv_cache"), "The cache costs memory; it does not save memory.").misconception_ids == []


def test_a_followup_reply_is_graded_against_its_key_point(bundled):
    q = bundled.question("attention_without_softmax")
    [followup] = q.followups_for_missed(["breaks_without"])
    reply = "The weights could go negative and the output would blow up with the sequence length, so it cannot focus."
    result = Found(q, reply, key_point_ids=[followup.targets])
    assert result.covered_ids == ["breaks_without"]
    assert result.missed == []


def test_every_pattern_in_the_bank_compiles_and_is_reachable(bundled):
    """Each key point can be covered by the text of its own statement plus its phrases."""
    for q in bundled.questions.values():
        for kp in q.key_points:
            text = ". ".join(group if isinstance(group, str) else " | ".join(group) for group in kp.match)
            text = text.replace("...", "").replace("*", "").replace("|", ".")
            assert kp.pattern.search(text) is not None, (q.id, kp.id)


def test_a_side_named_in_an_aside_is_not_the_claims_subject():
    sides = {"linear": compile_pattern(["linear model*"]), "trees": compile_pattern(["tree*"])}
    claim = compile_pattern(["fast | latency"])
    said = "I'd begin with a linear model when it must extrapolate (a tree predicts a constant there), or when latency is tight."
    assert [c.side for c in claim.claims(said, sides)] == ["linear"]
    assert [c.side for c in claim.claims("A linear model is slow, but a tree has low latency.", sides)] == ["trees"]


def test_a_claim_denied_in_its_first_words_may_be_said_plainly_in_others():
    kept_apart = compile_pattern(["selection | selected", "test set | validation split"])
    said = "Model selection used only the validation split, with no test set peeking."
    assert [c.negated for c in kept_apart.claims(said)] == [False]
    speed = compile_pattern(["factor", "save memory | computation faster"])
    denied = "The factor is not there to save memory or make the computation faster."
    assert [c.negated for c in speed.claims(denied)] == [True]   # a denial reaches across "or"


def test_a_claim_followed_by_its_own_verdict_is_rejected():
    zeros = compile_pattern(["zero* ... mask* | mask* ... zero*"])
    assert [c.negated for c in zeros.claims("Filling the masked scores with zeros is not enough.")] == [True]
    assert [c.negated for c in zeros.claims("Setting masked scores to zero is wrong; use minus infinity.")] == [True]
    assert [c.negated for c in zeros.claims("Fill the masked scores with zeros, then normalise.")] == [False]
    by_user = compile_pattern(["randomi* ... user*"])
    assert [c.negated for c in by_user.claims("Randomizing by user also isn't needed.")] == [True]


def test_a_prefix_ending_in_e_reads_the_ing_form_that_drops_it():
    assert compile_pattern(["move* ... centroid*"]).claims("moving each centroid to the mean")
    assert compile_pattern(["serve* ... online"]).claims("serving features online")
    assert not compile_pattern(["rate*"]).claims("the ratio of the two")   # only the -ing form


def test_an_abbreviation_inside_a_sentence_does_not_end_it():
    churn = compile_pattern(["defin* ... churn | churn ... defin*", "predict*"])
    assert churn.claims("We define churn, e.g. cancelling within 30 days, and predict it.")
    assert not churn.claims("We define churn as cancelling. Then we predict it.")
    kernel = compile_pattern(["kernel", "dot product"])
    assert kernel.claims("The kernel value equals phi(a) . phi(b), a dot product in feature space.")
    svm = compile_pattern(["minimi*", "constraint*"])
    assert svm.claims("Minimise half the squared norm s.t. every constraint y_i f(x_i) >= 1 holds.")
    assert svm.claims("Minimise the sum of squares, a.k.a. inertia, under one constraint per point.")


def test_a_sentence_carrying_on_the_one_before_may_take_one_part_from_it():
    dropout = compile_pattern(["dropout | drop* units", "co adapt*", "stops | prevents"])
    # one sentence in two clauses: a semicolon joins them
    assert dropout.claims("Dropout zeroes random units in training; that stops co-adapting.", borrow=True)
    assert dropout.claims("Dropout zeroes random units in training; stops co-adapting.", borrow=True)
    # a sentence that points back to the one before ("This ...", "So it ...")
    assert dropout.claims("Dropout zeroes random units in training. This stops them co-adapting.", borrow=True)
    assert dropout.claims("We use dropout in training. So it prevents units co-adapting.", borrow=True)
    # a consequence ("So we ...") or a pointer within the first words ("When that happens ...")
    assert dropout.claims("We use dropout in training. So the net stops units co-adapting.", borrow=True)
    assert dropout.claims("Dropout zeroes random units. When that happens it prevents co-adapting.", borrow=True)
    assert dropout.claims("We zero random units with dropout. Then the net stops co-adapting.", borrow=True)
    # not without `borrow`, not from a sentence that starts afresh, and only one part
    assert not dropout.claims("Dropout zeroes random units in training. This stops them co-adapting.")
    assert not dropout.claims("Dropout zeroes random units in training. Weight decay stops co-adapting.",
                              borrow=True)
    assert not dropout.claims("Dropout zeroes units; it is cheap. This stops co-adapting.", borrow=True)
    # what the sentence before denies is still denied
    assert not [c for c in dropout.claims("Do not use dropout here; it prevents co-adapting in training.",
                                          borrow=True) if not c.negated]


def test_the_first_word_of_a_longer_side_name_swaps_only_when_the_name_is_said_in_full():
    from rubric.matching import side_swaps, turned_around

    sides = {"precision": compile_pattern(["precision | positive predictive value"]),
             "recall": compile_pattern(["recall | true positive rate"])}
    swaps = side_swaps(sides)
    assert swaps["true"] == ("positive",)   # "true positive rate" pairs with "positive predictive value"
    claim = compile_pattern(["positive", "flagged"])
    assert turned_around(claim, Answer("Purity counts the true flagged hits."), swaps, sides) is None
    trees = {"linear": compile_pattern(["linear model*"]), "trees": compile_pattern(["tree*"])}
    extrapolate = compile_pattern(["tree*", "extrapolat*"])
    assert turned_around(extrapolate, Answer("Linear models extrapolate badly."), side_swaps(trees), trees)
