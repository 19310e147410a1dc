"""The "Why:" lines of failing tests: true of the code that gets them, and never the answer to a
follow-up.

A reason is only given when recomputing that mistake reproduces the returned value, or when a
property the line states is broken by it. So each wrong variant in tests/variants may only get the
reasons listed for it in TRUE_WHYS (when a line offers alternatives, "A\\n  or: B", one of them must
be true of it). A Why line describes what went wrong; the fix that a follow-up or a key point asks
the candidate to explain lives in the hint ladder of the exercise's rubric question, where taking
it costs score, and FORBIDDEN keeps it from creeping back into the Why lines.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from kernels.verdict import check_in_process
from reference import catalog
from rubric.loader import load_rubric

ROOT = Path(__file__).resolve().parents[2]
VARIANTS = ROOT / "tests" / "variants"
SEEDS = (0, 1, 2)

# Measurements of a wrong gradient, true of any value they are printed for.
MEASURED = ("off by a relative error of", "times the correct gradient")

TRUE_WHYS: dict[str, tuple[str, ...]] = {
    "adam_step/wrong_eps_inside_sqrt": ("eps added to v_hat inside the square root",),
    "adam_step/wrong_in_place": (),
    "adam_step/wrong_no_bias_correction": ("no bias correction",),
    "adam_step/wrong_returns_corrected_state": ("were returned as the new state",),
    "adam_step/wrong_t_from_zero": ("the bias correction used t + 1",),
    # |grad| and grad agree when every gradient is positive.
    "adam_step/wrong_v_not_squared": ("not of the squared gradient", "not of its square"),
    "attention/wrong_k_transpose": ("every axis of K reversed",),
    # On a mask that changes nothing, the added mask is also no mask at all.
    "attention/wrong_mask_added": ("added to the scores as 0 and 1", "with no mask at all", "saw future tokens"),
    "attention/wrong_mask_after_softmax": ("no longer sum to 1", "saw future tokens"),
    "attention/wrong_mask_ignored": ("with no mask at all", "saw future tokens"),
    "attention/wrong_mask_inverted": ("applied the wrong way round", "saw future tokens"),
    "attention/wrong_no_scale": ("more peaked",),
    "attention/wrong_returns_weights": ("not a tuple",),
    "attention/wrong_scale_d_k": ("flatter (closer to uniform)",),
    # With d_v == 1, dividing by sqrt(d_v) is not scaling at all.
    "attention/wrong_scale_d_v": ("depends on d_v", "more peaked"),
    "attention/wrong_softmax_over_queries": ("normalised over the queries", "saw future tokens"),
    "attention/wrong_unstable_softmax": ("overflows float64",),
    "best_split/wrong_equal_weights": ("each weighted 1/2 whatever its size",),
    "best_split/wrong_gini_counts": ("outside [0, 1)",),
    "best_split/wrong_last_tie": ("ties go to the lowest feature index",),
    "best_split/wrong_no_split_sentinel": ("no split exists here",),
    "best_split/wrong_raw_threshold": ("not a midpoint",),
    "best_split/wrong_unnormalised": ("times the size-weighted average",),
    "bpe_encode/wrong_first_occurrence": ("not only the first",),
    "bpe_encode/wrong_lowercase": ("lower-cased",),
    "bpe_encode/wrong_no_end_symbol": ("without the end-of-word symbol",),
    "bpe_encode/wrong_scan_order": ("in the order they appear in the word",),
    "bpe_encode/wrong_string_replace": ("crossed a symbol boundary",),
    "bpe_train/wrong_lowercase": ("lower-cased",),
    "bpe_train/wrong_no_end_symbol": ("end-of-word symbol",),
    "bpe_train/wrong_string_replace": ("crossed a symbol boundary",),
    "bpe_train/wrong_tie_first_seen": ("ties went to the pair seen first",),
    "bpe_train/wrong_tie_largest": ("ties went to the largest pair",),
    "bpe_train/wrong_unweighted": ("once per distinct word",),
    "causal_mask/wrong_additive": ("an additive mask", "the dtype is float64"),
    "causal_mask/wrong_float": ("the dtype is float64",),
    # For one token the inverted mask is [[False]]: the diagonal is False.
    "causal_mask/wrong_inverted": ("the mask is inverted", "the diagonal is False"),
    "causal_mask/wrong_no_diagonal": ("the diagonal is False",),
    "causal_mask/wrong_triu": ("upper triangle",),
    "dropout/wrong_active_in_eval": ("entries were still zeroed",),
    "dropout/wrong_block": ("not spread over the array",),
    "dropout/wrong_global_rng": (),
    "dropout/wrong_in_place": (),
    # Keeping with probability p keeps nothing when p == 0.
    "dropout/wrong_keep_probability": ("you drop with probability 1 - p", "with p = 0"),
    "dropout/wrong_no_rescale": ("the kept entries equal x",),
    "dropout/wrong_not_inverted": ("the kept entries equal x", "x was scaled at inference"),
    "gini_impurity/wrong_bincount": (),
    "gini_impurity/wrong_counts": ("raw class counts", "empty set"),
    "gini_impurity/wrong_empty_one": ("empty set",),
    "gini_impurity/wrong_entropy": ("this is the entropy",),
    "gini_impurity/wrong_sum_p": ("which 1 - sum(p) always is",),
    "grouped_query_attention/wrong_kv_div_n_kv": ("reading kv head h // n_kv_heads",),
    "grouped_query_attention/wrong_kv_tile": ("reading kv head h % n_kv_heads",),
    "grouped_query_attention/wrong_no_scale": ("more peaked",),
    "grouped_query_attention/wrong_no_w_o": ("forgot W_o",),
    "grouped_query_attention/wrong_split_direct": ("mix features of different tokens", "saw future tokens",
                                                   "depends on where each token sits"),
    "kfold_indices/wrong_ceil_size": ("differ by more than one",),
    "kfold_indices/wrong_global_rng": ("depend on something besides seed",),
    "kfold_indices/wrong_ignores_shuffle": ("were not shuffled",),
    "kfold_indices/wrong_overlap": ("tested twice",),
    "kfold_indices/wrong_remainder_last": ("the remainder went to the last fold",),
    "kfold_indices/wrong_train_all": ("it was trained on",),
    "kmeans/wrong_global_rng": ("depends on something besides seed",),
    "kmeans/wrong_labels_first": (),
    "kmeans/wrong_nan_empty_cluster": ("without a point",),
    "kmeans/wrong_random_init": ("a poor local minimum", "distinct points, though there are enough centroids"),
    "kmeans/wrong_unguarded_seeding": (),
    "knn_predict/wrong_float_labels": (),
    "knn_predict/wrong_k_plus_one": ("k+1 neighbours voted",),
    "knn_predict/wrong_manhattan": ("Manhattan",),
    "knn_predict/wrong_tie_smallest_label": ("smallest of the tied labels",),
    "knn_predict/wrong_tie_total_distance": ("smallest total distance",),
    "kv_cache_bytes/wrong_elements": ("as if bytes_per_elem", "or bytes_per_elem"),
    "kv_cache_bytes/wrong_float": ("it is a float",),
    "kv_cache_bytes/wrong_fp32_default": ("the defaults are",),
    "kv_cache_bytes/wrong_gib": ("not GiB",),
    "kv_cache_bytes/wrong_ignores_batch": ("batch were left out",),
    "kv_cache_bytes/wrong_int32": ("overflowed a 32-bit integer",),
    "kv_cache_bytes/wrong_missing_factor_two": ("the leading factor 2",),
    "kv_cache_decode/wrong_attend_before_append": ("attended before appending",),
    "kv_cache_decode/wrong_class_level_lists": ("class attribute",),
    "kv_cache_decode/wrong_keys_method": ("are properties",),
    "kv_cache_decode/wrong_keys_transposed": ("one row per token, not one column",),
    "kv_cache_decode/wrong_newest_only": ("the newest key only",),
    "kv_cache_decode/wrong_no_scale": ("more peaked",),
    "kv_cache_decode/wrong_overwrites": ("the newest key only", "kept only the latest token"),
    "kv_cache_decode/wrong_returns_row": ("one vector of shape (d_v,)",),
    "layer_norm/wrong_axis_0": ("normalised over axis 0",),
    "layer_norm/wrong_eps_outside_sqrt": ("added to the standard deviation",),
    "layer_norm/wrong_gamma_beta_swapped": ("swapped",),
    "layer_norm/wrong_no_eps": ("eps was left out", "came out NaN"),
    "layer_norm/wrong_one_pass_variance": ("every output row must have mean 0",),
    # With one feature the unbiased variance is 0 / 0.
    "layer_norm/wrong_unbiased_variance": ("divided by d - 1", "came out NaN"),
    # For an (n, 1) input the whole array is axis 0.
    "layer_norm/wrong_whole_array": ("over the whole array", "normalised over axis 0"),
    "linear_regression_gd/wrong_bias_frozen": ("the bias never moved",),
    "linear_regression_gd/wrong_extra_epoch": ("instead of epochs",),
    "linear_regression_gd/wrong_missing_1_over_n": ("n times too large",),
    "linear_regression_gd/wrong_no_factor_2": ("half the size",),
    "linear_regression_gd/wrong_stale_bias": ("updating w first",),
    "logistic_regression_grad/wrong_db_per_example": ("not averaged over the batch",),
    "logistic_regression_grad/wrong_missing_1_over_n": ("times too large",),
    "logistic_regression_grad/wrong_no_sigmoid": ("the sigmoid is missing",) + MEASURED,
    "logistic_regression_grad/wrong_overflowing_sigmoid": ("overflows float64",),
    "logistic_regression_grad/wrong_sigmoid_twice": ("contribute almost nothing",) + MEASURED,
    "logistic_regression_grad/wrong_sign": ("wrong sign",),
    "mlp_backprop/wrong_dW1_transposed": ("dW1 is transposed",) + MEASURED,
    # With one example db1's rows are (1, h).
    "mlp_backprop/wrong_db_not_summed": ("not summed over the batch", "db1 is (h,), not (1, h)"),
    "mlp_backprop/wrong_db_wrong_axis": ("summed over the hidden units",) + MEASURED,
    "mlp_backprop/wrong_loss_sum": ("the sum over the batch, not the mean",),
    "mlp_backprop/wrong_missing_1_over_n": ("times too large",),
    "mlp_backprop/wrong_relu_ge_output": ("nothing was masked",) + MEASURED,
    "mlp_backprop/wrong_relu_ge_preact": ("is exactly 0",),
    "mlp_backprop/wrong_sigmoid_twice": ("contribute almost nothing",) + MEASURED,
    "mlp_backprop/wrong_updates_in_place": (),
    "multi_head_attention/wrong_interleaved_heads": ("every n_heads-th column",),
    "multi_head_attention/wrong_mask_ignored": ("with no mask at all", "saw future tokens"),
    "multi_head_attention/wrong_merge_direct": ("mixes head outputs of several tokens", "saw future tokens",
                                                "depends on where each token sits"),
    "multi_head_attention/wrong_no_w_o": ("forgot W_o",),
    "multi_head_attention/wrong_scale_d_model": ("sqrt(n_heads) times too small",),
    "multi_head_attention/wrong_split_direct": ("mix features of different tokens", "saw future tokens",
                                                "depends on where each token sits"),
    "multi_head_attention/wrong_unbatched_only": ("X's shape",),
    "multi_head_attention/wrong_weights_transposed": ("not X @ W.T",),
    "pr_auc/wrong_mean_precision": ("plain mean of the precisions",),
    "pr_auc/wrong_roc": ("this is the ROC-AUC",),
    "pr_auc/wrong_trapezoid": ("trapezoid",),
    "pr_auc/wrong_ungrouped_ties": ("taking tied samples one at a time", "distinct scores (thresholds)"),
    "precision_recall_f1/wrong_accuracy": ("here TP =", "did not exchange precision and recall"),
    # Where the accuracy equals (P + R) / 2 the F1 cannot be named: only the counts are given.
    "precision_recall_f1/wrong_arithmetic_f1": ("is the arithmetic mean (P + R) / 2", "here TP ="),
    "precision_recall_f1/wrong_f1_guard_only": ("came out NaN",),
    "precision_recall_f1/wrong_nan": ("came out NaN",),
    "precision_recall_f1/wrong_swapped": ("are swapped",),
    "precision_recall_f1/wrong_zero_division": ("raised ZeroDivisionError",),
    "roc_auc/wrong_ordinal_ranks": ("between counting every tie as 0", "were counted as 0", "were counted as 1",
                                    "when the samples were shuffled"),
    "roc_auc/wrong_per_sample_curve": ("between counting every tie as 0", "were counted as 0", "were counted as 1",
                                       "when the samples were shuffled"),
    "roc_auc/wrong_reversed": ("the ranking is reversed",),
    "roc_auc/wrong_ties_one": ("were counted as 1", "did not turn AUC into 1 - AUC"),
    "roc_auc/wrong_ties_zero": ("were counted as 0", "did not turn AUC into 1 - AUC"),
    "sample_token/wrong_always_greedy": ("the one-hot vector on the argmax",),
    "sample_token/wrong_global_rng": ("besides the rng you were given",),
    "sample_token/wrong_ignores_top_k": ("top-k had no effect",),
    "sample_token/wrong_returns_distribution": (),
    "sample_token/wrong_temperature_after_softmax": ("the temperature had no effect",),
    "sample_token/wrong_top_k_drops_ties": ("top-k kept exactly k tokens",),
    "sample_token/wrong_top_p_off_by_one": ("top-p kept one token too few",),
    "sampling_distribution/wrong_divides_by_zero_temperature": ("not the one-hot vector on the argmax",),
    "sampling_distribution/wrong_in_place": (),
    "sampling_distribution/wrong_no_renormalise": ("not renormalised",),
    "sampling_distribution/wrong_temperature_after_softmax": ("the temperature had no effect",),
    "sampling_distribution/wrong_top_k_drops_ties": ("top-k kept exactly k tokens",),
    "sampling_distribution/wrong_top_p_at_most": ("top-p kept one token too few",),
    "sampling_distribution/wrong_top_p_before_renormalising": ("probabilities that do not sum to 1",),
    "sampling_distribution/wrong_top_p_before_top_k": ("before top-k removed any",),
    "sampling_distribution/wrong_top_p_off_by_one": ("top-p kept one token too few",),
    "sampling_distribution/wrong_top_p_on_raw_logits": ("before temperature scaling",),
    "sampling_distribution/wrong_unstable": ("overflows float64",),
    "softmax/wrong_global_sum": ("do not sum to 1", "over the whole array"),
    "softmax/wrong_ignores_axis": ("do not sum to 1",),
    "softmax/wrong_in_place": (),
    "softmax/wrong_unstable": ("overflows float64",),
}

# What a follow-up or a key point asks the candidate to explain, or the fix itself: none of it may
# appear in a Why line (compared without case).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "adam_step": ("1 - beta1**t", "1 - beta2**t", "sqrt(v_hat) + eps", "grad**2", "toward zero", "start at zero"),
    "attention": ("sqrt(d_k)", "swapaxes", "saturate", "np.where", "-inf", "subtract"),
    "best_split": ("n_left / n", "share of samples", "unseen data", "favour", "running count"),
    "bpe_encode": ("string replace", "str.replace", "'aa b'"),
    "bpe_train": ("string replace", "str.replace", "'aa b'", "min over (-count, pair)"),
    "causal_mask": ("np.tril", "np.where", "attend to itself"),
    "dropout": ("1 / (1 - p)", "divides the survivors", "expected output equals x", "already scaled",
                "already rescaled", "rng.random("),
    "gini_impurity": ("1 - 1/k",),
    "grouped_query_attention": ("np.repeat", "np.tile", "sqrt(d_k)", "sqrt(d_head)"),
    "kfold_indices": ("default_rng(seed)", "permutation(", "first n % k"),
    "kmeans": ("k-means++", "d^2", "re-seed", "reseed", "previous position", "mean of zero points"),
    "knn_predict": ("nearest member is closest", "counter", "np.bincount", "distance order"),
    "kv_cache_bytes": ("k and v", "keys and values", "2 * n_layers"),
    "kv_cache_decode": ("sqrt(d_k)", "causal attention over the whole sequence", "no mask", "append first"),
    "layer_norm": ("batch norm", "sqrt(var + eps)", "eps goes inside", "ddof", "mean((x - mean)**2)",
                   "0 / sqrt(eps)"),
    "linear_regression_gd": ("2/n", "2 / n", "x^t", "1/n"),
    "logistic_regression_grad": ("p - y", "p(1 - p)", "1 / (1 + exp(-z))", "1/n"),
    "mlp_backprop": ("p - y", "p(1 - p)", "z1 > 0", "x.t @ dz1", "a1.t @ dz2", "axis=0", "1/n"),
    "multi_head_attention": ("sqrt(d_head)", "sqrt(d_k)", "reshape to (seq, n_heads, d_head)", "move the head axis",
                             "-inf"),
    "pr_auc": ("overestimate", "cross the threshold together", "step sum"),
    "precision_recall_f1": ("harmonic", "2pr", "must give 0.0", "return 0.0"),
    "roc_auc": ("average rank", "counts 1/2", "a tie counts", "random positive", "depend only on"),
    "sample_token": ("divide the logits", "crossing token", "the k-th largest value", "undoes", "the order is",
                     "rng.choice", "np.random"),
    "sampling_distribution": ("divide the logits", "crossing token", "the k-th largest value", "undoes",
                              "the order is", "over the top-k survivors (their"),
    "softmax": ("subtract", "shift", "max along"),
}

# The same giveaways, now at the bottom of the hint ladder of the exercise's rubric question.
IN_LAST_HINT: dict[str, tuple[str, ...]] = {
    "adam_step": ("m/(1-b1^t)", "sqrt(v_hat)+eps", "g**2", "biased toward 0"),
    "attention": ("sqrt(d_k)", "swapaxes", "saturates", "np.where(mask, scores, -inf)", "subtract each row's max"),
    "best_split": ("midpoints", "size-weighted", "n_left/n"),
    "bpe_train": ("str.replace", '"aa b"', "min over (-count, pair)", "weighted by word frequency"),
    "causal_mask": ("np.tril", "np.where(mask, scores, -np.inf)", "attends to itself"),
    "dropout": ("/ (1 - p)", "expected output equal to x"),
    "grouped_query_attention": ("np.repeat", "np.tile", "h // group_size"),
    "kfold_indices": ("default_rng(seed).permutation(n)", "first n % k"),
    "kmeans": ("k-means++", "D^2", "reseed empty clusters", "mean of zero points is NaN"),
    "knn_predict": ("distance order",),
    "kv_cache_bytes": ("2 * n_layers", "both K and V"),
    "kv_cache_decode": ("sqrt(d)", "causal attention", "no mask", "Append k, v first"),
    "layer_norm": ("sqrt(var + eps)", "ddof=0", "mean(x**2) - mu**2", "batch norm"),
    "linear_regression_gd": ("2/n", "Without the 1/n"),
    "logistic_regression_grad": ("(p - y) / n", "p(1 - p)", "1 / (1 + exp(-z))"),
    "mlp_backprop": ("(p - y)/n", "p(1 - p)", "(z1 > 0)"),
    "multi_head_attention": ("sqrt(d_head)", "reshaping straight to (h, seq, d_head)"),
    "precision_recall_f1": ("harmonic mean", "2PR/(P+R)", "gives 0.0"),
    "roc_auc": ("ties count half", "average rank"),
    "sampling_distribution": ("logits / temperature", "ties at the boundary stay", "up to and including",
                              "renormalized top-k survivors"),
    "softmax": ("np.exp(x - x.max(axis, keepdims=True))",),
}

F1_AS_ACCURACY = '''
import numpy as np


def precision_recall_f1(y_true, y_pred):
    tp = np.sum((y_true == 1) & (y_pred == 1))
    fp = np.sum((y_true == 0) & (y_pred == 1))
    fn = np.sum((y_true == 1) & (y_pred == 0))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return float(precision), float(recall), float(np.mean(y_true == y_pred))
'''


def wrong_variants():
    return [pytest.param(f"{p.parent.name}/{p.stem}", id=f"{p.parent.name}/{p.stem}")
            for p in sorted(VARIANTS.glob("*/wrong_*.py"))]


@cache
def messages(exercise_id: str, code: str, seed: int) -> tuple[str, ...]:
    verdict = check_in_process(exercise_id, code, "hidden", seed=seed)
    return tuple(t.message for t in verdict.tests if not t.passed)


def why_blocks(message: str) -> list[list[str]]:
    """Each Why of a message as its alternatives: the 'Why:' line and the '  or:' lines after it."""
    lines = message.splitlines()
    blocks = []
    for i, line in enumerate(lines):
        if line.startswith("Why: "):
            block = [line[len("Why: "):]]
            for more in lines[i + 1:]:
                if not more.startswith("  or: "):
                    break
                block.append(more[len("  or: "):])
            blocks.append(block)
    return blocks


def whys_of(key: str) -> list[list[str]]:
    exercise_id = key.split("/")[0]
    code = (VARIANTS / f"{key}.py").read_text()
    return [block for seed in SEEDS for message in messages(exercise_id, code, seed) for block in why_blocks(message)]


def test_every_wrong_variant_has_its_true_reasons_listed():
    assert {str(p.relative_to(VARIANTS).with_suffix("")) for p in VARIANTS.glob("*/wrong_*.py")} == set(TRUE_WHYS)


@pytest.mark.parametrize("key", wrong_variants())
def test_the_why_lines_a_wrong_variant_gets_are_true_of_it(key):
    true = TRUE_WHYS[key]
    for block in whys_of(key):
        assert any(fragment in alternative for alternative in block for fragment in true), (key, block)


@pytest.mark.parametrize("key", wrong_variants())
def test_no_why_line_hands_over_a_giveaway(key):
    forbidden = FORBIDDEN[key.split("/")[0]]
    for block in whys_of(key):
        for alternative in block:
            said = [phrase for phrase in forbidden if phrase.lower() in alternative.lower()]
            assert not said, (key, said, alternative)


def test_every_exercise_has_its_giveaways_listed():
    assert set(FORBIDDEN) == set(catalog())


@pytest.mark.parametrize("exercise_id", sorted(IN_LAST_HINT))
def test_the_last_hint_carries_the_giveaways(exercise_id):
    questions = [q for q in load_rubric().questions.values() if q.exercise == exercise_id]
    assert questions, exercise_id
    for question in questions:
        last = question.hints[-1]
        assert [phrase for phrase in IN_LAST_HINT[exercise_id] if phrase not in last] == [], (question.id, last)


def test_every_exercise_with_a_rubric_question_has_its_hint_giveaways_listed():
    exercises = {q.exercise for q in load_rubric().questions.values() if q.exercise}
    assert exercises == set(IN_LAST_HINT)


def test_an_f1_that_is_not_the_arithmetic_mean_is_never_called_one():
    """F1 computed as the accuracy happens to equal (P + R) / 2 on some inputs (TP = 1, FP = 0,
    FN = 3, TN = 4 gives 0.625 both ways): that F1 must not be blamed on an arithmetic mean."""
    whys = [alternative for seed in range(6) for message in messages("precision_recall_f1", F1_AS_ACCURACY, seed)
            for block in why_blocks(message) for alternative in block]
    assert whys, "the accuracy-as-F1 implementation fails with reasons"
    assert not [w for w in whys if "arithmetic mean" in w]
    assert any("is the accuracy (TP + TN) / n" in w for w in whys)


def test_the_arithmetic_mean_f1_is_still_named_where_nothing_else_gives_that_value():
    code = (VARIANTS / "precision_recall_f1" / "wrong_arithmetic_f1.py").read_text()
    failures = {t.name: t.message for t in check_in_process("precision_recall_f1", code, "hidden", seed=0).tests
                if not t.passed}
    # TP = 1, FP = 3, FN = 0, TN = 2: (P + R) / 2 = 0.625, the accuracy 0.5.
    assert "is the arithmetic mean (P + R) / 2 of precision 0.25 and recall 1.0" in \
        failures["recall differs from precision"]
    # TP = 1, FP = 0, FN = 3, TN = 4: the accuracy is 0.625 too, so no formula is named.
    assert "arithmetic mean" not in failures["precision differs from recall"]


def test_a_raise_on_a_zero_denominator_is_only_blamed_on_it_when_it_is_the_division():
    division = '''
def precision_recall_f1(y_true, y_pred):
    tp = int(((y_true == 1) & (y_pred == 1)).sum())
    fp = int(((y_true == 0) & (y_pred == 1)).sum())
    precision = tp / (tp + fp)
    return precision, precision, precision
'''
    unrelated = '''
def precision_recall_f1(y_true, y_pred):
    if not y_pred.any():
        raise ValueError("no predicted positives")
    return 1.0, 1.0, 1.0
'''
    for code, blamed in ((division, True), (unrelated, False)):
        raised = [m for m in messages("precision_recall_f1", code, 0) if m.startswith("raised")]
        assert raised, code
        assert all(("a denominator is 0 here" in m) == blamed for m in raised), raised
