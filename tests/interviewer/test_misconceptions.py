"""Misconceptions: the offline grader finds the wrong beliefs an answer states, and only those.

Every weak answer in tests/interviewer/eval_answers.py names, in ``weak_shows``, the rubric
misconception it shows. The grader finds them through the misconceptions' ``match`` phrases
(rubric/data/questions/*.yaml), so those phrases must cover the many ways a person states a
belief, while a false alarm costs a correct candidate points. This file measures both sides:

- the share of labelled weak answers whose misconception is detected, in both answer sets;
- no misconception at all on a strong answer or a paraphrase of either set;
- a wording of every misconception in the bank, in words other than the labelled answers';
- answers that deny or correct a belief ("L2 does not make the weights sparse"), including
  contrasts that name both sides ("boosting reduces bias and bagging reduces variance") and
  "don't ..." advice, none of which may be read as stating it.

It also pins the two key points that used to be covered by the bare term:
``speculative_decoding`` (inference_cost_levers) and ``tie_break`` (code_knn).
"""

from __future__ import annotations

import pytest

import rubric
from interviewer.grading import OfflineGrader

from tests.interviewer.eval_answers import EVAL
from tests.rubric.labelled_answers import ANSWERS, PARAPHRASES

grader = OfflineGrader()

# Measured when the phrases were broadened: 41 of the 42 labelled weak answers. The one left,
# llm_evaluation, only says it would "compute the BLEU score against some example answers";
# it never states that BLEU is enough, and a phrase that caught it would also catch strong
# answers that use BLEU as one signal among several.
MIN_DETECTION_RATE = 41 / 42


@pytest.fixture(scope="module")
def bank() -> rubric.Rubric:
    return rubric.load_rubric()


def found(bank, question_id: str, text: str) -> list[str]:
    """The misconceptions the grader reports for an answer."""
    return grader.grade_now(bank.question(question_id), text).misconceptions


# ------------------------------------------------------------------ detection on the labelled sets


def test_weak_answers_show_their_misconception(bank):
    labelled = {qid: a for qid, a in EVAL.items() if a.get("weak_shows")}
    missed = [qid for qid, a in labelled.items() if a["weak_shows"] not in found(bank, qid, a["weak"])]
    rate = 1 - len(missed) / len(labelled)
    assert len(labelled) == 42
    assert rate >= MIN_DETECTION_RATE, f"detected {rate:.3f}; missed: {missed}"


def test_the_rubric_authors_weak_answers_all_show_theirs(bank):
    missed = [qid for qid, a in ANSWERS.items() if a["misconception"] not in found(bank, qid, a["weak"])]
    assert missed == []


def test_a_weak_answer_shows_no_other_misconception(bank):
    extra = {qid: [m for m in found(bank, qid, a["weak"]) if m != a.get("weak_shows")] for qid, a in EVAL.items()}
    assert {qid: ms for qid, ms in extra.items() if ms} == {}


# ------------------------------------------------------------------ no false alarms on good answers

GOOD = (
    [("eval strong", qid, a["strong"]) for qid, a in EVAL.items()]
    + [("author strong", qid, a["strong"]) for qid, a in ANSWERS.items()]
    + [("author paraphrase", qid, text) for qid, text in PARAPHRASES.items()]
)


@pytest.mark.parametrize("label, question_id, text", GOOD, ids=[f"{label}:{qid}" for label, qid, _ in GOOD])
def test_a_good_answer_shows_no_misconception(bank, label, question_id, text):
    assert found(bank, question_id, text) == []
    assert found(bank, question_id, text) == []


def test_tricks_show_no_misconception(bank):
    """Keyword lists and injection attempts are penalised elsewhere, not as wrong beliefs."""
    for qid, a in EVAL.items():
        for kind in ("keywords", "injection"):
            if kind in a:
                assert found(bank, qid, a[kind]) == [], (qid, kind)


def test_the_rubric_never_contradicts_itself(bank):
    """A question's own corrections, key points, hints and follow-ups state no misconception."""
    for q in bank.questions.values():
        texts = ([m.correction for m in q.misconceptions] + [kp.point for kp in q.key_points]
                 + list(q.hints) + [f.ask for f in q.followups])
        for text in texts:
            assert grader.grade_now(q, text).misconceptions == [], (q.id, text)


# ------------------------------------------------------------------ wordings and denials, bank-wide

# One wording per misconception, in words other than the labelled answers'.
STATES: list[tuple[str, str, str]] = [
    ("ab_test_readout", "almost_significant_ship", "p = 0.08 is basically significant, let's ship."),
    ("latency_regression", "median_is_fine", "The median barely moved, so users are fine."),
    ("metric_drop_debug", "retrain_immediately", "The first step is to retrain on last week's data."),
    ("offline_online_gap", "trust_offline", "The offline metrics are more reliable, so we should launch it anyway."),
    ("project_walkthrough", "no_tradeoff_named", "We chose XGBoost because everyone uses it."),
    ("research_ablation", "single_run_enough", "One seed is enough if the number is higher."),
    ("ten_x_budget", "bigger_model_first", "I would spend it on a bigger model."),
    ("bagging_vs_boosting", "boosting_reduces_variance", "Boosting mainly reduces variance."),
    ("decision_tree", "trees_need_scaling", "Decision trees need the features to be scaled."),
    ("gradient_boosting", "trees_trained_independently",
     "Gradient boosting trains all the trees in parallel and averages them."),
    ("kmeans", "global_optimum", "K-means always converges to the global optimum."),
    ("kmeans_pitfalls", "ignore_empty", "With k-means++ you never get an empty cluster."),
    ("knn_basics", "knn_trains_weights", "During training, k-nearest neighbours learns a weight for each feature."),
    ("knn_scaling", "knn_fast_inference",
     "Nearest neighbour search is fast at inference since there is nothing to train."),
    ("linear_regression", "features_must_be_normal",
     "Linear regression assumes the features are normally distributed."),
    ("logistic_regression_gradient", "uses_mse",
     "The loss is the mean squared error between the sigmoid output and the label."),
    ("logistic_regression_gradient", "gradient_y_minus_p_sign", "The gradient of the loss is (y - p) times x."),
    ("svm_kernel", "kernel_computes_mapping",
     "The kernel trick explicitly computes the mapping to the high-dimensional space."),
    ("trees_vs_linear", "linear_cannot_nonlinear", "A linear model can only fit straight lines."),
    ("activation_functions", "sigmoid_hidden_default", "Sigmoid is the standard default for hidden layers."),
    ("attention_long_sequences", "flash_is_approximate",
     "FlashAttention approximates the attention matrix to save memory."),
    ("attention_long_sequences", "linear_in_length", "Self-attention scales linearly with the sequence length."),
    ("attention_scaling", "divide_by_dk", "We divide the scores by d_k."),
    ("attention_scaling", "scaling_for_speed", "We scale the scores so it is faster to compute."),
    ("attention_without_softmax", "softmax_only_for_speed", "The softmax is optional; it is cosmetic."),
    ("backprop_two_layer", "forgets_relu_mask", "The ReLU derivative is always one so we can skip it."),
    ("backprop_two_layer", "sigmoid_derivative_forgotten",
     "The output gradient is (p - y) times the sigmoid derivative."),
    ("batchnorm_vs_layernorm", "layernorm_uses_batch",
     "Layer norm averages across the examples in the batch, just per layer."),
    ("causal_masking", "mask_after_softmax_zero",
     "We can apply the softmax first and then zero out the future positions."),
    ("dropout_regularization", "dropout_at_inference", "Dropout stays active at test time too."),
    ("grouped_query_attention", "shares_queries", "In GQA the query projections are shared between heads."),
    ("multi_head_attention", "heads_share_weights", "All the heads use the same projection matrices."),
    ("multi_head_attention", "more_heads_more_params",
     "Each extra head adds its own parameters, so the model gets bigger."),
    ("optimizers", "adam_no_lr", "With Adam you don't have to tune the learning rate."),
    ("optimizers", "l2_equals_weight_decay_in_adam", "Adding L2 to the loss in Adam is the same as weight decay."),
    ("positional_encodings", "rope_added", "RoPE adds a rotation vector to each token embedding."),
    ("self_vs_cross_attention", "cross_queries_from_encoder",
     "In cross-attention the queries come from the encoder output."),
    ("train_val_divergence", "train_longer", "I'd keep training because the validation loss will come back down."),
    ("transformer_architectures", "bert_generates", "BERT is great at generating articles."),
    ("bpe_training", "merge_across_boundaries", "I would do each merge with str.replace on the joined string."),
    ("dense_vs_sparse_retrieval", "dense_always_better", "Embeddings always beat keyword search."),
    ("inference_cost_levers", "speculative_changes_outputs",
     "Speculative decoding degrades the quality a bit since the small model writes the output."),
    ("kv_cache", "cache_queries", "The cache stores the queries too."),
    ("kv_cache", "cache_saves_memory", "Caching saves memory because we keep less around."),
    ("kv_cache_memory", "forgets_layers", "The number of layers doesn't matter for the cache size."),
    ("kv_cache_memory", "weights_dominated", "The weights always dominate serving memory."),
    ("llm_evaluation", "bleu_enough", "A high BLEU score means the chatbot is good."),
    ("llm_failure_modes", "temperature_zero_no_hallucination", "Setting temperature to 0 stops hallucinations."),
    ("llm_failure_modes", "trust_retrieved_text", "Text from retrieved documents is safe to follow."),
    ("long_sequence_latency", "bigger_gpu_only", "We just need a bigger GPU."),
    ("prompt_engineering_limits", "prompting_teaches", "With the right prompt the model can do anything."),
    ("rag_vs_finetuning", "finetune_for_facts",
     "Fine-tuning on the new documents is the best way to keep the model up to date."),
    ("temperature_sampling", "temperature_adds_knowledge", "Raising the temperature makes the model smarter."),
    ("temperature_sampling", "temperature_after_softmax",
     "Temperature multiplies the probabilities after the softmax."),
    ("tokenization_bpe_vs_chars", "bpe_has_unknown", "BPE still maps very rare words to an UNK token."),
    ("top_k_vs_top_p", "top_p_keeps_p_tokens", "Top-p keeps the top p percent of the vocabulary."),
    ("code_adam_step", "eps_inside_sqrt", "Epsilon goes inside the sqrt together with v."),
    ("code_attention", "uses_dot_t", "K.T is fine for batched inputs too."),
    ("code_attention", "reversed_mask", "Where the mask is True I set the score to minus infinity."),
    ("code_best_split", "unweighted_average", "I just average the two Gini values."),
    ("code_bpe_train", "string_replace_merge", "I just use str.replace on the space-joined symbols."),
    ("code_causal_mask", "upper_triangle", "The allowed entries are the upper triangle above the diagonal."),
    ("code_dropout", "scale_at_inference", "At test time we scale the activations by 1 - p."),
    ("code_grouped_query_attention", "tile_instead_of_repeat", "I'd use np.tile on the head axis to expand K and V."),
    ("code_kfold_indices", "drops_remainder", "Each fold gets n // k samples and I drop the remainder."),
    ("code_kmeans", "mean_of_empty", "The mean is always well defined, so no special cases are needed."),
    ("code_knn", "counter_tiebreak", "Counter.most_common already breaks ties correctly."),
    ("code_kv_cache_bytes", "uses_query_heads", "I multiply by the number of query heads."),
    ("code_kv_cache_decode", "recompute_keys",
     "At each step I recompute the keys for the whole prefix and then attend."),
    ("code_layer_norm", "normalize_over_batch", "I take the mean and variance over the batch."),
    ("code_linear_regression_gd", "forgets_mean", "No need to divide by n, the learning rate absorbs it."),
    ("code_logistic_regression_grad", "sign_flip", "dw is X.T @ (y - p) / n."),
    ("code_mlp_backprop", "missing_one_over_n", "There's no need to divide by n for the output gradient."),
    ("code_multi_head_attention", "reshape_without_transpose",
     "I reshape Q to (n_heads, seq, d_head) directly, no transpose needed."),
    ("code_precision_recall_f1", "accuracy_as_precision", "Precision is basically accuracy."),
    ("code_roc_auc", "ignore_ties", "Ties are rare so I just ignore them."),
    ("code_sampling", "topp_excludes_crossing", "Keep tokens while the cumulative sum is strictly below top_p."),
    ("code_softmax", "exp_directly", "Floats are large enough, so np.exp on the raw logits is fine."),
    ("ab_test_design", "stop_when_significant", "Once the p-value is below 0.05 we stop the experiment and ship."),
    ("bias_variance", "more_data_cures_bias", "For high bias I would collect more data."),
    ("bias_variance", "variance_means_underfit", "High variance means the model is underfitting."),
    ("cross_validation", "cv_replaces_test", "Cross-validation replaces the held-out test set."),
    ("cross_validation", "shuffle_time_series", "Shuffled k-fold works fine for time series too."),
    ("data_leakage", "leakage_is_security", "Data leakage is when data leaks out, like a privacy breach."),
    ("data_leakage", "scale_then_split", "First I normalize the whole dataset, then I split it."),
    ("feature_engineering", "deep_learning_made_it_obsolete", "Yes, deep learning has made it obsolete."),
    ("generalization", "test_score_forever", "A good test score guarantees it will work in production."),
    ("imbalanced_evaluation", "accuracy_is_fine", "Accuracy is a good metric here."),
    ("imbalanced_evaluation", "roc_best_for_imbalance", "ROC AUC is the best metric for heavily imbalanced data."),
    ("l1_vs_l2", "l2_makes_sparse", "L2 zeroes out the unimportant weights."),
    ("l1_vs_l2", "swapped_penalties", "L1 adds the sum of squares of the weights to the loss."),
    ("learning_paradigms", "self_supervised_is_unlabeled_clustering",
     "Self-supervised learning is just clustering the data."),
    ("overfitting_detection", "train_accuracy_proves_good",
     "A model with 99 percent training accuracy is clearly a good model."),
    ("overfitting_detection", "random_split_catches_shift", "A random 80/20 split is enough to catch any overfitting."),
    ("precision_vs_recall", "swapped_definitions",
     "Precision is the share of the actual positives that we manage to catch."),
    ("regression_metrics", "mae_more_outlier_sensitive", "MSE is more robust to outliers than MAE."),
    ("regularization_toolkit", "more_regularization_always_better", "More regularization is the safer choice."),
    ("design_ad_bidding", "ranking_not_calibration",
     "We only care about the ranking of the ads, not the exact probabilities."),
    ("design_churn_analysis", "predict_then_assume_impact",
     "A highly accurate churn model automatically reduces churn."),
    ("design_content_moderation", "fully_automatic",
     "A good enough classifier can handle everything without any human review."),
    ("design_demand_forecast", "random_split_forecast", "I'd use a random train/test split to validate it."),
    ("design_feature_store", "just_a_database", "A feature store is just a shared table of features."),
    ("design_fraud_detection", "accuracy_for_fraud", "Accuracy would be the main metric."),
    ("design_fraud_detection", "compute_features_at_request",
     "At request time we compute the 30-day aggregates from the raw transactions table."),
    ("design_job_matching", "clicks_as_success", "We optimize for job-seeker clicks."),
    ("design_llm_serving", "one_request_per_gpu", "Each GPU serves a single request so it runs at full speed."),
    ("design_search_ranking", "raw_clicks_are_relevance",
     "Whatever users click on is what is relevant, so CTR measures relevance."),
    ("design_video_recommendations", "rank_whole_catalog",
     "We score every video with the ranking model and sort them."),
    ("design_video_recommendations", "skip_training_pipeline",
     "I'd just put the model behind an API with a load balancer."),
]

# Answers that deny or correct a misconception, including contrasts that name both sides and
# "don't ..." imperatives: none of them may be read as stating it.
DENIALS: list[tuple[str, str]] = [
    ("ab_test_readout", "0.08 is not close enough; don't ship on an almost significant result."),
    ("ab_test_readout", "p equals 0.08 is not significant at the usual five percent level."),
    ("latency_regression", "The median is fine but the p99 users suffer, and at scale that is many users."),
    ("latency_regression", "Users are affected even though the median is unchanged."),
    ("metric_drop_debug", "I wouldn't retrain before diagnosing."),
    ("metric_drop_debug", "Retraining immediately can bake a bug into the next model."),
    ("offline_online_gap", "I wouldn't trust the offline metrics more than the A/B test."),
    ("offline_online_gap", "Offline metrics are not more reliable than the online test."),
    ("project_walkthrough",
     "Gradient boosting was the natural choice because the structured fields carried most of the signal."),
    ("project_walkthrough", "I didn't pick BERT just because it's the state of the art."),
    ("research_ablation", "One run is not enough; report the variance across seeds."),
    ("research_ablation", "A 0.3 point gain proves nothing without seed variance."),
    ("ten_x_budget", "I'd just scale the data collection first."),
    ("ten_x_budget", "What I'd avoid is jumping straight to a bigger model."),
    ("bagging_vs_boosting", "Bagging reduces variance and boosting reduces bias."),
    ("bagging_vs_boosting", "Boosting is for bias and bagging is for variance reduction."),
    ("decision_tree", "Features must be standardized for linear models but not before a tree."),
    ("decision_tree", "It copes with mixed numeric and categorical features, and needs no feature scaling."),
    ("gradient_boosting", "Unlike a random forest, the trees in gradient boosting are not trained independently."),
    ("gradient_boosting", "Gradient boosting adds the trees rather than averaging independent ones."),
    ("kmeans", "K-means does not always find the best clustering."),
    ("kmeans", "Neither step can increase the objective, so it always converges, but to a local minimum."),
    ("kmeans_pitfalls", "Empty clusters can still happen with k-means++, for example with duplicate points."),
    ("kmeans_pitfalls", "You must handle empty clusters because they are not impossible."),
    ("knn_basics", "KNN learns no weights; it just stores the data."),
    ("knn_basics", "kNN has nothing to train, no gradient descent."),
    ("knn_scaling", "KNN is fast to train and slow at prediction."),
    ("knn_scaling", "Exact kNN is slow at inference."),
    ("linear_regression", "Only the residuals need to be normal; the features can have any distribution."),
    ("linear_regression", "Linear regression doesn't require normally distributed features."),
    ("logistic_regression_gradient", "We don't train logistic regression with MSE."),
    ("logistic_regression_gradient",
     "Cross-entropy is used rather than squared error, because squared error through a sigmoid is non-convex."),
    ("logistic_regression_gradient", "The gradient of the loss is (p - y) x."),
    ("logistic_regression_gradient", "Descent uses p minus y; y minus p is the ascent direction on the likelihood."),
    ("svm_kernel",
     "The kernel trick lets the SVM behave as if the data were mapped to a higher-dimensional space, "
     "without ever computing the mapping."),
    ("svm_kernel", "The kernel computes inner products directly, without constructing the features."),
    ("trees_vs_linear", "A linear model can capture non-linear effects with engineered features like splines."),
    ("trees_vs_linear", "A linear model is linear in its parameters, not only in straight lines of the raw inputs."),
    ("activation_functions", "Don't use sigmoid everywhere."),
    ("activation_functions", "Sigmoid belongs at the output for a binary probability, not in hidden layers."),
    ("attention_long_sequences", "FlashAttention is exact; it only reorders the computation."),
    ("attention_long_sequences", "FlashAttention is exact, unlike approximate sparse attention."),
    ("attention_long_sequences", "Full attention is quadratic, not linear, in length."),
    ("attention_long_sequences",
     "Attention grows quadratically with length, whereas the feed-forward layers grow linearly."),
    ("attention_scaling", "We don't divide by d_k but by its square root."),
    ("attention_scaling", "Dividing by the square root of the key dimension keeps the variance at one."),
    ("attention_scaling", "Scaling keeps gradients healthy and the training speed reasonable."),
    ("attention_scaling", "Without the scaling the softmax saturates and the gradients vanish."),
    ("attention_without_softmax", "Remove the softmax and nothing keeps the weights positive."),
    ("attention_without_softmax", "Without softmax the output scale drifts with sequence length."),
    ("backprop_two_layer", "ReLU's derivative is 0 for negative inputs and 1 for positive ones."),
    ("backprop_two_layer", "You cannot ignore the ReLU in the backward pass."),
    ("backprop_two_layer", "You don't multiply p - y by the sigmoid derivative again."),
    ("backprop_two_layer", "There is no extra sigmoid derivative factor on top of p - y."),
    ("batchnorm_vs_layernorm", "Layer norm works per example and batch norm over the batch."),
    ("batchnorm_vs_layernorm", "Layer norm doesn't use the batch dimension."),
    ("causal_masking", "You can't apply softmax and then zero the future weights."),
    ("causal_masking", "Don't zero the weights after the softmax; mask the scores with minus infinity."),
    ("dropout_regularization", "Don't keep dropout on at inference."),
    ("dropout_regularization", "Dropout is only active during training, and at inference every unit is kept."),
    ("grouped_query_attention", "GQA does not share the queries."),
    ("grouped_query_attention", "Multi-query attention keeps every query head and uses a single key and value head."),
    ("multi_head_attention", "Each head has its own learned projection matrices."),
    ("multi_head_attention", "Each head has its own W_q rather than the same W_q for all heads."),
    ("multi_head_attention", "More heads does not mean more parameters."),
    ("multi_head_attention", "More heads mean smaller heads and no more parameters."),
    ("optimizers", "Adam still needs a tuned learning rate."),
    ("optimizers", "Even with Adam, the learning rate and its schedule need tuning."),
    ("optimizers", "Under Adam, L2 in the loss is not the same as weight decay."),
    ("optimizers", "AdamW decouples the decay instead of adding L2 to the loss."),
    ("positional_encodings", "RoPE doesn't add anything to the embeddings."),
    ("positional_encodings", "RoPE rotates queries and keys and adds nothing to the embedding."),
    ("self_vs_cross_attention", "Queries come from the decoder and keys from the encoder."),
    ("self_vs_cross_attention", "Queries come from the decoder; keys and values come from the encoder output."),
    ("train_val_divergence", "Don't keep training hoping it comes back down."),
    ("train_val_divergence", "Don't train for more epochs."),
    ("transformer_architectures", "You can't use BERT to generate text."),
    ("transformer_architectures", "Encoder-only models are for understanding and decoders are for generating."),
    ("bpe_training", "You can't just use string replace for merges."),
    ("bpe_training", "String replace is wrong here because it matches across symbol boundaries."),
    ("dense_vs_sparse_retrieval", "Dense wins on paraphrases and BM25 always wins on exact IDs."),
    ("dense_vs_sparse_retrieval", "BM25 isn't obsolete."),
    ("inference_cost_levers", "Speculative decoding does not change the output distribution."),
    ("inference_cost_levers", "Unlike quantization, speculative decoding doesn't hurt quality."),
    ("kv_cache", "We don't cache Q, only K and V."),
    ("kv_cache", "We cache keys and values but not queries."),
    ("kv_cache", "The cache costs memory; it does not save memory."),
    ("kv_cache", "The KV cache trades memory for compute."),
    ("kv_cache_memory", "Every layer keeps its own keys and values, so the size is linear in layers."),
    ("kv_cache_memory", "The size grows with the number of layers and the context length."),
    ("kv_cache_memory", "Serving memory is not always dominated by the weights."),
    ("kv_cache_memory", "The weights do not always dominate."),
    ("llm_evaluation", "Don't just use BLEU."),
    ("llm_evaluation", "BLEU doesn't tell you whether the answer is useful."),
    ("llm_failure_modes", "Temperature 0 removes randomness and grounding eliminates most hallucinations."),
    ("llm_failure_modes", "Being deterministic doesn't mean it can't make things up."),
    ("llm_failure_modes", "Never trust retrieved text."),
    ("llm_failure_modes", "Retrieved documents cannot be trusted as instructions."),
    ("long_sequence_latency", "Don't throw more GPUs at it."),
    ("long_sequence_latency", "Rather than a bigger GPU, use caching."),
    ("prompt_engineering_limits", "No prompt can teach the model facts it never saw."),
    ("prompt_engineering_limits", "Prompts can't teach new skills, they only steer what the model can already do."),
    ("rag_vs_finetuning", "I wouldn't fine-tune to teach frequently changing facts."),
    ("rag_vs_finetuning", "Fine-tuning shapes behaviour and style rather than teaching facts."),
    ("temperature_sampling", "Temperature does not make the model smarter; it only reshapes the distribution."),
    ("temperature_sampling", "Raising the temperature never makes the model more knowledgeable."),
    ("temperature_sampling", "Don't multiply the probabilities by the temperature."),
    ("temperature_sampling", "It scales the logits before the softmax, not the probabilities after it."),
    ("tokenization_bpe_vs_chars", "BPE never produces unknown tokens; it falls back to characters or bytes."),
    ("tokenization_bpe_vs_chars", "BPE eliminates unknown tokens."),
    ("top_k_vs_top_p", "Top-p keeps the smallest set of tokens whose probability mass reaches p, so the count varies."),
    ("top_k_vs_top_p", "Top-p adapts and top-k keeps a fixed number of tokens."),
    ("code_adam_step", "Don't put eps inside the square root."),
    ("code_adam_step", "Eps goes outside the square root, not inside."),
    ("code_attention", "You can't just use K.T for batched inputs."),
    ("code_attention", "K.T does not work for batched inputs."),
    ("code_attention", "Don't put -inf where the mask is True."),
    ("code_attention", "True means the position is allowed and False means blocked."),
    ("code_best_split", "Don't take a simple average of the two Gini values."),
    ("code_best_split", "Don't just average the two Gini values."),
    ("code_bpe_train", "Don't just use str.replace."),
    ("code_bpe_train", "Don't use string replace; merge on symbol lists."),
    ("code_causal_mask", "No token attends to the future."),
    ("code_causal_mask", "The upper triangle must be False and the lower True."),
    ("code_dropout", "Inverted dropout divides by 1 - p during training, so inference needs no rescaling."),
    ("code_dropout", "At inference I return x unchanged."),
    ("code_grouped_query_attention", "Don't tile the kv heads."),
    ("code_grouped_query_attention", "Tiling gives 0,1,0,1 which is wrong; repeat gives 0,0,1,1."),
    ("code_kfold_indices", "Don't just drop the remainder."),
    ("code_kfold_indices", "Don't drop the remainder."),
    ("code_kmeans", "If a cluster ends up empty, I reseed it instead of taking the mean of nothing."),
    ("code_kmeans", "The mean of an empty slice is NaN, so it does not work for every cluster."),
    ("code_knn", "most_common breaks ties by insertion order, which is not the contract."),
    ("code_knn", "I don't rely on most_common for ties; I walk the neighbours in distance order."),
    ("code_kv_cache_bytes", "Don't use the number of query heads."),
    ("code_kv_cache_bytes",
     "Bytes are 2 times n_layers times n_kv_heads times head_dim times seq_len times batch times bytes_per_elem."),
    ("code_kv_cache_decode", "You can't just recompute the whole prefix every step."),
    ("code_kv_cache_decode", "Recomputing keys at every step is exactly what the cache avoids."),
    ("code_layer_norm", "Batch norm computes statistics over the batch, layer norm over each example's features."),
    ("code_layer_norm", "Normalize each example rather than over the batch."),
    ("code_linear_regression_gd", "Don't skip the 1/n factor."),
    ("code_linear_regression_gd", "You don't need a loop over the n examples."),
    ("code_logistic_regression_grad", "The gradient is not X^T (y - p) / n."),
    ("code_logistic_regression_grad", "(y - p) is the negative gradient; descent uses (p - y)."),
    ("code_mlp_backprop", "Don't skip the 1/n."),
    ("code_mlp_backprop", "Don't forget to divide by n."),
    ("code_multi_head_attention", "You can't reshape directly to heads without a transpose."),
    ("code_multi_head_attention", "You need a transpose after the reshape."),
    ("code_precision_recall_f1", "Precision is the fraction of positive predictions that are correct."),
    ("code_precision_recall_f1", "np.mean(y_true == y_pred) is accuracy, not precision."),
    ("code_roc_auc", "You can't just ignore ties."),
    ("code_roc_auc", "Ties must count as half, otherwise the sort order changes the AUC."),
    ("code_sampling", "Don't keep only tokens strictly below top_p."),
    ("code_sampling", "Keep every token up to and including the one that crosses top_p."),
    ("code_softmax", "Exponentiating directly overflows for large logits, so subtract the max."),
    ("code_softmax", "You need to subtract the max; exp(1000) is inf."),
    ("ab_test_design", "Don't check every day and stop when it's significant."),
    ("ab_test_design", "We fix the duration up front rather than running until significant."),
    ("bias_variance", "You can't fix bias with more data."),
    ("bias_variance", "High bias needs a bigger model, while more data helps variance."),
    ("bias_variance", "High variance means overfitting, and high bias means underfitting."),
    ("bias_variance", "High variance comes from a model that is too complex; high bias from one too simple."),
    ("cross_validation", "Don't skip the test set."),
    ("cross_validation", "You don't need to look at the test set while tuning."),
    ("cross_validation", "Random folds leak the future in time series."),
    ("cross_validation", "Shuffling is fine for i.i.d. data but not for time series."),
    ("data_leakage", "Leakage has nothing to do with security breaches."),
    ("data_leakage", "Leakage is when test information sneaks into training."),
    ("data_leakage", "Don't normalize and then split."),
    ("data_leakage", "Fitting the scaler on the full dataset before splitting is a classic leak."),
    ("feature_engineering", "Has deep learning made it obsolete? Not really, tabular data still needs it."),
    ("feature_engineering", "Feature engineering isn't dead."),
    ("generalization", "It won't keep working forever."),
    ("generalization", "The test score isn't a guarantee once the data drifts."),
    ("imbalanced_evaluation", "Accuracy is a good metric only when the classes are balanced."),
    ("imbalanced_evaluation", "A model with 99 percent accuracy can still miss every positive."),
    ("imbalanced_evaluation", "ROC AUC is not the best metric under heavy imbalance; PR AUC is."),
    ("imbalanced_evaluation", "I prefer PR AUC over ROC AUC here."),
    ("l1_vs_l2", "L2 shrinks weights and L1 makes them sparse."),
    ("l1_vs_l2", "Ridge doesn't perform feature selection."),
    ("l1_vs_l2", "L1 adds absolute values while L2 adds squares."),
    ("l1_vs_l2", "L2 adds the squared norm and L1 the sum of absolute values."),
    ("learning_paradigms", "Self-supervised learning is not clustering; it predicts hidden parts of the input."),
    ("learning_paradigms", "Self-supervised learning isn't just clustering without labels."),
    ("overfitting_detection", "A falling validation loss is a good sign the model has learned something general."),
    ("overfitting_detection", "A falling training loss isn't a good sign on its own; watch the validation loss."),
    ("overfitting_detection",
     "A random split of the same data will not reveal a shift between training and production."),
    ("overfitting_detection", "A random split catches overfitting to the sample but not a shift in the data."),
    ("precision_vs_recall", "Precision is TP over TP plus FP and recall is TP over TP plus FN."),
    ("precision_vs_recall", "Precision is not about how many actual positives we find."),
    ("regression_metrics", "MSE is sensitive to outliers and MAE is more robust."),
    ("regression_metrics", "MAE is much less bothered by outliers."),
    ("regularization_toolkit", "More regularization is not always better; too much underfits."),
    ("regularization_toolkit", "Regularization is never free: too much of it hurts."),
    ("design_ad_bidding", "Bids are priced from the probabilities, so calibration matters."),
    ("design_ad_bidding", "It is not only the ranking that matters."),
    ("design_churn_analysis", "A churn model won't reduce churn automatically."),
    ("design_churn_analysis",
     "The model finds at-risk users and the outreach, measured against a holdout, reduces churn."),
    ("design_content_moderation", "No classifier can moderate everything without humans."),
    ("design_content_moderation", "It should not be fully automatic."),
    ("design_demand_forecast", "Don't validate the forecaster with a random split."),
    ("design_demand_forecast", "Validate with a time-based split rather than a random split."),
    ("design_feature_store", "A feature store is not just a database."),
    ("design_feature_store", "It is more than just a table: it gives point-in-time training sets and online serving."),
    ("design_fraud_detection", "Accuracy is a good metric only when the classes are balanced."),
    ("design_fraud_detection", "Accuracy is not a good metric for fraud."),
    ("design_fraud_detection", "We don't compute 30-day aggregates at request time."),
    ("design_fraud_detection", "Aggregates are precomputed, not calculated from raw tables at request time."),
    ("design_job_matching", "We optimize for hires, not job seeker clicks."),
    ("design_job_matching", "The objective is mutual matches, not clicks."),
    ("design_llm_serving", "No GPU should handle one request at a time."),
    ("design_llm_serving", "Bigger batches push throughput up, but each request waits longer."),
    ("design_search_ranking", "Clicks show attention and judged labels show relevance."),
    ("design_search_ranking", "Raw CTR does not measure relevance because of position bias."),
    ("design_video_recommendations", "We can't rank all videos for each request."),
    ("design_video_recommendations", "Scoring the entire catalogue won't fit in 200 ms."),
    ("design_video_recommendations", "You can't just put the model behind a load balancer."),
    ("design_video_recommendations",
     "You can't just deploy a model behind a load balancer; the training pipeline is half the design."),
]

# ------------------------------------------------------------------ claimsB: llm_stack, ml_coding, ml_system_design,
# case_studies (misconceptions added when key points became claims); kept apart to merge cleanly.

STATES += [
    # --- claimsB states begin
    ("rag_vs_finetuning", "rag_updates_weights", "With RAG the retrieved passages are used to update the weights."),
    ("rag_vs_finetuning", "rag_no_hallucination", "RAG eliminates hallucinations entirely."),
    ("rag_vs_finetuning", "finetune_cites_training_data", "A fine-tuned model can cite where each fact came from."),
    ("rag_vs_finetuning", "never_combine", "The two approaches are mutually exclusive."),
    ("temperature_sampling", "greedy_finds_best_sequence", "Greedy decoding always finds the most probable sequence."),
    ("temperature_sampling", "temperature_only_truncates",
     "Temperature only controls how many tokens are considered at each step."),
    ('kv_cache', 'cached_step_quadratic', 'With the cache, each step is still quadratic because we attend all the cached queries over the keys.'),
    ('kv_cache', 'cache_for_training', 'The KV cache is mainly used in training to speed it up.'),
    ('kv_cache', 'cache_ignores_layers', "The cache keeps only the last layer's keys and values."),
    ('kv_cache', 'no_cache_linear', 'Without a cache the total work is still only linear, so the saving is small.'),
    ('long_sequence_latency', 'decode_compute_bound', 'The decode phase is compute-bound, so more FLOPs is what helps.'),
    ('long_sequence_latency', 'disable_kv_cache', 'For long documents I would turn off the KV cache since it gets too big.'),
    ('long_sequence_latency', 'prefix_cache_mixes_users', 'Prefix caching can mix up the outputs of different users.'),
    ('long_sequence_latency', 'flash_is_approximate', 'FlashAttention approximates attention and loses accuracy on long inputs.'),
    ('long_sequence_latency', 'batching_hurts', 'Batching slows down everyone when one request is long.'),
    ('long_sequence_latency', 'prefill_free', 'Prefill is basically free compared to decoding.'),
    ('long_sequence_latency', 'truncate_first', 'The first step is to truncate the document to a few thousand tokens.'),
    ('long_sequence_latency', 'speculative_cuts_prefill', 'Speculative decoding reduces prefill time for long prompts.'),
    ('inference_cost_levers', 'quantization_free', 'Quantizing to 4 bits makes the model more accurate.'),
    ('inference_cost_levers', 'batching_lowers_latency', 'Batching lowers the latency of each request.'),
    ('inference_cost_levers', 'distillation_raises_cost', 'Distillation makes the model bigger.'),
    ('inference_cost_levers', 'caching_useless', 'Caching is not worth it since prompts never repeat.'),
    ('inference_cost_levers', 'bigger_gpus_cheapest', 'Moving to bigger GPUs is the cheapest lever.'),
    ('inference_cost_levers', 'draft_as_large', 'The draft model should be as big as the target model.'),
    ('inference_cost_levers', 'no_eval_after_change', 'There is no need to rerun an eval after a change.'),
    ('top_k_vs_top_p', 'swapped_definitions', 'Top-k keeps tokens until their cumulative probability reaches k.'),
    ('top_k_vs_top_p', 'top_p_one_is_greedy', 'Setting top-p to 1.0 gives greedy decoding.'),
    ('top_k_vs_top_p', 'temperature_irrelevant_with_filtering', "With top-p switched on the temperature has no effect."),
    ('dense_vs_sparse_retrieval', 'swapped_definitions', 'Sparse retrieval uses embeddings from a neural network.'),
    ('dense_vs_sparse_retrieval', 'sparse_handles_synonyms', 'BM25 handles synonyms well.'),
    ('dense_vs_sparse_retrieval', 'dense_best_at_exact_ids', 'Dense retrieval is best at exact product codes and IDs.'),
    ('dense_vs_sparse_retrieval', 'dense_needs_no_domain_training', 'Off-the-shelf embeddings work well on any domain.'),
    ('dense_vs_sparse_retrieval', 'add_raw_scores', 'For the hybrid I would just add the raw scores from both retrievers.'),
    ('code_softmax', 'subtract_min', 'To be safe I subtract the minimum of x first.'),
    ('code_softmax', 'shift_changes_output', 'Subtracting the max changes the output a little.'),
    ('code_softmax', 'keepdims_breaks', 'I take the sum without keepdims so the shapes line up.'),
    ('code_softmax', 'softmax_quadratic', 'Softmax is quadratic in the number of elements.'),
    ('code_dropout', 'keep_with_probability_p', 'Each entry is kept with probability p.'),
    ('code_dropout', 'dropout_at_inference', 'I would also drop units at inference to stay consistent.'),
    ('code_dropout', 'global_seed', 'I call np.random.seed inside the function.'),
    ('code_dropout', 'reuse_mask', 'I reuse the same mask across training steps.'),
    ('code_causal_mask', 'exclude_diagonal', "We exclude the diagonal so a token can't see its own answer."),
    ('code_causal_mask', 'mask_after_softmax', 'I apply the mask after the softmax by zeroing those weights.'),
    ('code_precision_recall_f1', 'swapped_formulas', 'Recall is TP/(TP+FP).'),
    ('code_precision_recall_f1', 'f1_arithmetic_mean', 'F1 is the arithmetic mean of precision and recall.'),
    ('code_precision_recall_f1', 'nan_is_fine', "It's fine to return NaN when the denominator is zero."),
    ('code_precision_recall_f1', 'equality_gives_tp', 'Comparing the arrays with == gives the true positives directly.'),
    ('code_layer_norm', 'eps_outside_sqrt', 'I add eps to the standard deviation after taking the square root.'),
    ('code_layer_norm', 'unbiased_variance', "I'd use the unbiased variance with ddof=1."),
    ('code_layer_norm', 'affine_before_normalizing', 'Apply gamma and beta before normalizing the input.'),
    ('code_layer_norm', 'running_stats', 'I keep running averages of the mean and variance for inference.'),
    ('code_adam_step', 'moments_swapped', 'The first moment is the average of the squared gradients.'),
    ('code_adam_step', 't_from_zero', 't starts at zero for the first step.'),
    ('code_adam_step', 'return_corrected_moments', 'I return m_hat and v_hat as the new moments.'),
    ('code_adam_step', 'bias_correction_optional', "Bias correction is optional; I'd skip it."),
    ('design_fraud_detection', 'labels_immediate', 'The labels are available immediately when the payment happens.'),
    ('design_fraud_detection', 'never_retrain', 'Fraud patterns are stable, so there is no need to retrain.'),
    ('design_fraud_detection', 'default_threshold', 'I would use a threshold of 0.5 for blocking.'),
    ('design_fraud_detection', 'friction_is_free', 'A false decline is not a real cost since the customer can always try again.'),
    ('design_fraud_detection', 'trees_cant_tabular', "Boosted trees can't handle this kind of tabular data."),
    ('design_video_recommendations', 'ctr_is_satisfaction', 'I would optimise only for clicks.'),
    ('design_video_recommendations', 'no_negatives', 'We train only on positive watches.'),
    ('design_video_recommendations', 'offline_equals_online', 'If offline NDCG goes up we can ship without an A/B test.'),
    ('design_video_recommendations', 'tastes_stable', 'User tastes are stable, so retraining is rarely needed.'),
    ('design_video_recommendations', 'two_tower_slow', 'Two-tower models are too slow to serve.'),
    ('design_video_recommendations', 'never_show_new', "We don't show new videos until they have enough views."),
    ('design_llm_serving', 'serving_compute_bound', 'Decoding is compute-bound, so we need more FLOPs.'),
    ('design_llm_serving', 'batching_hurts_throughput', "Batching hurts throughput, so I'd skip it."),
    ('design_llm_serving', 'ignore_kv_cache_memory', 'When sizing memory the KV cache can be ignored.'),
    ('design_llm_serving', 'autoscale_on_cpu', 'I would autoscale the replicas on CPU utilisation.'),
    ('design_llm_serving', 'quantization_needs_retraining', 'Quantization requires retraining the model from scratch.'),
    ('design_llm_serving', 'serving_engines_for_training', 'A simple Flask app around the Hugging Face generate call is all we need.'),
    ('design_llm_serving', 'gqa_costs_memory', 'GQA increases the memory each sequence needs.'),
    ('design_llm_serving', 'streaming_slows_generation', 'Streaming tokens slows generation down.'),
    ('design_llm_serving', 'no_canary_no_eval', 'Canaries only add complexity.'),
    ('design_llm_serving', 'average_latency_enough', 'For internal users average latency is enough.'),
    ('design_search_ranking', 'score_entire_catalog', 'The cross-encoder scores the entire catalogue for every query.'),
    ('design_search_ranking', 'evaluate_on_training_logs', "An A/B test isn't necessary once NDCG improves."),
    ('design_search_ranking', 'position_bias_helps', 'Position bias helps the labels.'),
    ('design_search_ranking', 'lambdamart_unsupervised', 'LambdaMART is unsupervised.'),
    ('design_search_ranking', 'heavier_reranker_faster', 'A heavier reranker reduces latency.'),
    ('design_search_ranking', 'mrr_equals_ndcg', 'MRR and NDCG are the same metric.'),
    ('offline_online_gap', 'logs_unbiased', 'Evaluating on the logged data is unbiased.'),
    ('offline_online_gap', 'skew_impossible', 'Training-serving skew is impossible here because the code is shared.'),
    ('offline_online_gap', 'proxy_perfectly_correlated', 'Clicks and purchases are perfectly correlated.'),
    ('offline_online_gap', 'srm_irrelevant', "A sample ratio mismatch doesn't matter with this much traffic."),
    ('offline_online_gap', 'better_eval_is_academic', 'Counterfactual evaluation is an academic exercise.'),
    ('offline_online_gap', 'shorten_test', 'Next time I would shorten the test.'),
    ('metric_drop_debug', 'skip_confirmation', 'Any drop after a launch is caused by the launch, so no need to check.'),
    ('metric_drop_debug', 'no_comparison_with_old', "Comparing against the old model isn't useful here."),
    ('metric_drop_debug', 'drifts_are_the_same', 'Data drift and concept drift are the same thing.'),
    ('metric_drop_debug', 'skew_ruled_out', 'Skew can be ruled out because the features passed offline validation.'),
    ('metric_drop_debug', 'downstream_cannot_matter', 'A threshold change downstream cannot affect the metric.'),
    ('metric_drop_debug', 'guess_and_fix', "I'd guess the most likely cause and fix it directly."),
    ('ab_test_readout', 'p_is_posterior', "There's a 92% chance that the new model really works."),
    ('ab_test_readout', 'latency_free', "The extra latency doesn't matter since conversion went up."),
    ('ab_test_readout', 'stop_early_on_p', 'I would stop the test as soon as it crosses 0.05.'),
    ('ab_test_readout', 'big_lift_needs_no_significance', "With a lift this big, significance doesn't really matter."),
    ('latency_regression', 'uniform_slowdown', 'The whole model got uniformly slower.'),
    ('latency_regression', 'replicas_fix_tails', 'More replicas always fixes tail latency.'),
    ('latency_regression', 'releases_dont_change_performance', "Routine releases don't change performance."),
    ('latency_regression', 'tail_is_noise', 'The p99 is just network jitter.'),
    ('research_ablation', 'tune_on_test', 'I picked the best checkpoint on the test set.'),
    ('research_ablation', 'reuse_published_baseline', "There's no need to rerun the baseline; we use the published number."),
    ('research_ablation', 'ablations_unneeded', "Ablations aren't needed since the full model wins."),
    ('research_ablation', 'compute_irrelevant', "The parameter count doesn't matter if the score is higher."),
    ('ten_x_budget', 'more_data_always_helps', 'More data always helps.'),
    ('ten_x_budget', 'spend_all_at_once', 'I would spend it all at once on labelling.'),
    ('design_feature_store', 'join_latest_values', 'For training we join the labels with the latest feature values.'),
    ('design_feature_store', 'separate_pipelines_fine', 'Separate pipelines for training and serving are fine.'),
    ('design_feature_store', 'serve_from_warehouse', 'At request time we query the warehouse for the features.'),
    ('design_feature_store', 'everything_streaming', 'Every feature must be real time.'),
    ('design_feature_store', 'train_from_online_store', 'We train directly from the online store.'),
    ('design_demand_forecast', 'sales_equal_demand', 'Past sales are the same as demand.'),
    ('design_demand_forecast', 'mean_forecast_enough', 'A point forecast is enough for ordering.'),
    ('design_demand_forecast', 'per_series_always_better', 'Per product models are always better.'),
    ('rag_vs_finetuning', 'rag_for_behaviour', 'I would use RAG to change the tone of the answers.'),
    ('tokenization_bpe_vs_chars', 'chars_unknown_words', 'Character-level models struggle with unknown words.'),
    ('temperature_sampling', 'reversed_limits', 'As the temperature goes to zero the distribution becomes flat.'),
    ('kv_cache_memory', 'uses_query_heads', 'With GQA I still multiply by the number of query heads.'),
    ('kv_cache_memory', 'cache_quadratic_in_length', 'The KV cache grows quadratically with the context.'),
    ('kv_cache_memory', 'fp16_one_byte', 'In fp16 each element is one byte.'),
    ('bpe_training', 'encode_by_frequency', 'To encode a word I merge the most frequent pair in the new word.'),
    ('prompt_engineering_limits', 'prompting_changes_weights', 'Few-shot examples in the prompt update the weights.'),
    ('prompt_engineering_limits', 'prompts_transfer_unchanged', 'Good prompts never break when the model changes.'),
    ('llm_failure_modes', 'bigger_model_no_hallucination', "A bigger model doesn't hallucinate."),
    ('llm_failure_modes', 'system_prompt_stops_injection', 'A line in the system prompt is enough to stop injection.'),
    ('llm_failure_modes', 'grounding_eliminates_hallucination', 'Grounding the answers eliminates hallucinations.'),
    ('llm_evaluation', 'judge_is_ground_truth', 'LLM judges are unbiased.'),
    ('llm_evaluation', 'offline_is_enough', 'Offline evaluation is enough for this feature.'),
    ('design_content_moderation', 'accuracy_for_moderation', 'I would judge the classifier by accuracy.'),
    ('design_content_moderation', 'train_once_static', "We train it once and there's no need to retrain."),
    ('design_ad_bidding', 'bid_predicted_ctr_only', 'I would bid the predicted CTR directly.'),
    ('design_ad_bidding', 'no_exploration_needed', 'There is no need to explore new ads.'),
    ('design_churn_analysis', 'future_features_leak', 'For training I would use current features for training on every customer.'),
    ('design_churn_analysis', 'highest_risk_first', 'We contact the highest risk first because they benefit most.'),
    ('design_job_matching', 'protected_attributes_as_features', 'I would use gender as a feature to improve relevance.'),
    ('design_job_matching', 'drop_attribute_is_fair', 'Removing gender makes the ranking fair.'),
    # --- claimsB states end
]

DENIALS += [
    # --- claimsB denials begin
    ("rag_vs_finetuning", "RAG does not update the weights; the passages only go into the prompt."),
    ("rag_vs_finetuning", "Retrieval reduces hallucinations but does not eliminate them."),
    ("rag_vs_finetuning", "A fine-tuned model cannot cite its sources."),
    ("rag_vs_finetuning", "They are not mutually exclusive; we often combine them."),
    ("rag_vs_finetuning", "Instead of retraining, RAG keeps the weights frozen and edits the index."),
    ("temperature_sampling", "Greedy decoding does not always find the most probable sequence."),
    ("temperature_sampling", "Temperature doesn't remove tokens; it reshapes the whole distribution."),
    ("temperature_sampling", "Unlike top-k, temperature does not change how many tokens are considered."),
    ('kv_cache', 'With the cache each step is linear in the prefix; without it total work is quadratic.'),
    ('kv_cache', 'The KV cache is not used in training, where the whole sequence is processed at once.'),
    ('kv_cache', 'Every layer keeps its own keys and values, not only the last layer.'),
    ('kv_cache', 'Without the cache the total work is quadratic, not linear.'),
    ('kv_cache', 'The cache does not save memory; it spends memory to save compute.'),
    ('long_sequence_latency', 'Prefill is compute-bound while decode is memory-bound.'),
    ('long_sequence_latency', 'Decode is not compute-bound; it is limited by memory bandwidth.'),
    ('long_sequence_latency', "Don't turn off the KV cache; page it instead."),
    ('long_sequence_latency', "Prefix caching doesn't mix users' outputs; it only reuses the keys and values of an identical prefix."),
    ('long_sequence_latency', 'FlashAttention is exact, not an approximation.'),
    ('long_sequence_latency', 'FlashAttention computes exact attention rather than an approximation.'),
    ('long_sequence_latency', 'Prefill on a long document is not free; it dominates time to first token.'),
    ('long_sequence_latency', 'Truncating the document is the last resort, not the first step.'),
    ('long_sequence_latency', 'Speculative decoding does not speed up prefill, only decoding.'),
    ('inference_cost_levers', 'Quantization is not free; 4-bit costs some accuracy.'),
    ('inference_cost_levers', "Batching doesn't lower the latency of each request; it raises throughput."),
    ('inference_cost_levers', 'Distillation trains a smaller student, so serving gets cheaper.'),
    ('inference_cost_levers', 'Caching is worth it because system prompts repeat on every call.'),
    ('inference_cost_levers', 'Bigger GPUs are not the cheapest lever.'),
    ('inference_cost_levers', 'The draft model must be much smaller than the target model.'),
    ('inference_cost_levers', 'Always rerun the eval after each change.'),
    ('top_k_vs_top_p', 'Top-k keeps a fixed number of tokens and top-p keeps the smallest set whose mass reaches p.'),
    ('top_k_vs_top_p', 'Top-p with p equal to 1 is not greedy; top-k with k equal to 1 is.'),
    ('top_k_vs_top_p', 'Temperature still matters with top-p because it reshapes the distribution first.'),
    ('dense_vs_sparse_retrieval', 'Dense retrieval uses embeddings while sparse retrieval uses an inverted index.'),
    ('dense_vs_sparse_retrieval', "BM25 doesn't handle synonyms; dense retrieval does."),
    ('dense_vs_sparse_retrieval', 'Dense retrieval is not good at exact IDs; BM25 is.'),
    ('dense_vs_sparse_retrieval', "Embeddings don't work equally well on any domain."),
    ('dense_vs_sparse_retrieval', "Don't just add the raw scores; normalize them or use reciprocal rank fusion."),
    ('code_softmax', 'Subtract the max, not the minimum, because large logits would still overflow.'),
    ('code_softmax', 'Subtracting the max does not change the output.'),
    ('code_softmax', "Don't take the sum without keepdims, or the division won't broadcast."),
    ('code_softmax', 'Softmax is linear, not quadratic.'),
    ('code_dropout', 'Each entry survives with probability 1 - p, since p is the drop probability.'),
    ('code_dropout', 'We never sample a mask at inference.'),
    ('code_dropout', "Don't call np.random.seed; use the generator that is passed in."),
    ('code_dropout', 'Draw a fresh mask every step; never reuse the same mask across steps.'),
    ('code_causal_mask', 'The diagonal is not excluded; each position sees itself.'),
    ('code_causal_mask', 'Never apply the mask after the softmax; set the scores to -inf before it.'),
    ('code_precision_recall_f1', 'Recall is TP/(TP+FN) and precision is TP/(TP+FP).'),
    ('code_precision_recall_f1', 'F1 is the harmonic mean, not the arithmetic mean.'),
    ('code_precision_recall_f1', "I don't let NaN through; I return 0 and document it."),
    ('code_precision_recall_f1', 'Equality does not give the true positives, since it counts true negatives too.'),
    ('code_layer_norm', 'Eps goes inside the square root, with the variance.'),
    ('code_layer_norm', "Don't use ddof=1; layer norm divides by n."),
    ('code_layer_norm', 'Normalize first and apply gamma and beta after normalizing, not before.'),
    ('code_layer_norm', "Layer norm doesn't track running means; that is batch norm."),
    ('code_adam_step', 'm averages the gradient and v averages the squared gradient.'),
    ('code_adam_step', 't counts from 1, so the first correction divides by 1 - beta1.'),
    ('code_adam_step', "Don't return m_hat; return the raw m and v."),
    ('code_adam_step', "Don't skip the bias correction; early moments are biased toward zero."),
    ('design_fraud_detection', 'Labels are not immediate; chargebacks take weeks.'),
    ('design_fraud_detection', 'Fraud patterns are not stable, so we retrain regularly.'),
    ('design_fraud_detection', "Don't use a threshold of 0.5; set it from the error costs."),
    ('design_fraud_detection', 'False declines are a real cost, because customers churn.'),
    ('design_fraud_detection', 'Boosted trees handle tabular data very well.'),
    ('design_video_recommendations', 'I would not optimise only for clicks, because clickbait wins.'),
    ('design_video_recommendations', "We don't train only on positives; we sample negatives."),
    ('design_video_recommendations', 'Offline metrics do not always match online results, so we A/B test.'),
    ('design_video_recommendations', 'Tastes change, so we retrain daily.'),
    ('design_video_recommendations', 'Two-tower models are not too slow, since item vectors are precomputed.'),
    ('design_video_recommendations', 'New videos get an exploration slice so they can gather views.'),
    ('design_llm_serving', 'Decoding is not compute-bound; it is memory-bound.'),
    ('design_llm_serving', 'Batching does not hurt throughput; it raises it.'),
    ('design_llm_serving', 'The KV cache cannot be ignored when sizing memory.'),
    ('design_llm_serving', 'We scale on queue depth rather than CPU.'),
    ('design_llm_serving', 'Quantization does not require retraining.'),
    ('design_llm_serving', 'GQA reduces the cache per sequence, so concurrency goes up.'),
    ('design_llm_serving', "Streaming doesn't slow generation."),
    ('design_llm_serving', 'Never replace the old model everywhere at once; use a canary.'),
    ('design_llm_serving', 'Average latency is not enough; watch p99 and time to first token.'),
    ('design_search_ranking', "We can't score the entire catalogue for every query, so BM25 narrows it first."),
    ('design_search_ranking', "Don't skip the A/B test even when NDCG improves."),
    ('design_search_ranking', "Position bias doesn't help; we correct for it."),
    ('design_search_ranking', 'LambdaMART is not unsupervised; it needs graded labels.'),
    ('design_search_ranking', 'A heavier reranker does not reduce latency; it costs more.'),
    ('design_search_ranking', 'MRR and NDCG are not the same metric.'),
    ('offline_online_gap', 'The logged data is not unbiased; the old model chose what was shown.'),
    ('offline_online_gap', 'Skew is not impossible even with shared code.'),
    ('offline_online_gap', 'Clicks and purchases are not perfectly correlated.'),
    ('offline_online_gap', 'A sample ratio mismatch does matter; it means assignment is broken.'),
    ('offline_online_gap', 'Interleaving is a practical, sensitive online check.'),
    ('offline_online_gap', "Don't shorten the test; it may be underpowered already."),
    ('metric_drop_debug', 'Not every drop after a launch is caused by the launch; check seasonality first.'),
    ('metric_drop_debug', 'Comparing against the old model is the cleanest attribution.'),
    ('metric_drop_debug', 'Data drift and concept drift are not the same thing.'),
    ('metric_drop_debug', 'Skew cannot be ruled out just because offline validation passed.'),
    ('metric_drop_debug', 'Downstream changes can affect the metric even with identical scores.'),
    ('metric_drop_debug', "Don't guess the cause; walk the tree in order."),
    ('ab_test_readout', 'The p-value is not the probability that the model works.'),
    ('ab_test_readout', 'The latency does matter; it can cost conversions on its own.'),
    ('ab_test_readout', "Don't stop the test as soon as it crosses the threshold."),
    ('ab_test_readout', 'Significance matters however large the observed lift is.'),
    ('latency_regression', 'The model did not get uniformly slower; only some requests did.'),
    ('latency_regression', 'More replicas do not always fix tail latency.'),
    ('latency_regression', 'Even routine releases can change performance, so diff them.'),
    ('latency_regression', 'The tail is rarely network jitter; it has specific causes.'),
    ('research_ablation', 'Never tune on the test set.'),
    ('research_ablation', "Don't reuse the published baseline number; rerun it with the same budget."),
    ('research_ablation', 'Ablations are needed to show which component gives the gain.'),
    ('research_ablation', 'Report the compute and parameter count next to the gain.'),
    ('ten_x_budget', 'More data does not always help; noisy data has diminishing returns.'),
    ('ten_x_budget', "I wouldn't spend it all at once; first a small diagnostic."),
    ('design_feature_store', "Never join the labels with the latest feature values; join as of each label's timestamp."),
    ('design_feature_store', 'Separate pipelines are not fine; they drift.'),
    ('design_feature_store', "We don't query the warehouse at request time."),
    ('design_feature_store', 'Not every feature needs to be real time.'),
    ('design_feature_store', "We don't train from the online store; it only has the latest values."),
    ('design_demand_forecast', 'Sales are not demand on stock-out days.'),
    ('design_demand_forecast', 'A point forecast is not enough; replenishment needs a quantile.'),
    ('design_demand_forecast', 'Per product models are not always better; a global model shares strength.'),
    ('rag_vs_finetuning', 'RAG is not what you use to change behaviour; fine-tuning is.'),
    ('rag_vs_finetuning', "Retrieval cannot change the model's style, so for a house tone you fine-tune."),
    ('tokenization_bpe_vs_chars', 'Characters never struggle with unknown words; word-level vocabularies do.'),
    ('tokenization_bpe_vs_chars', 'Word-level tokenization avoids the long sequences of characters but pays with unknown words.'),
    ('temperature_sampling', 'Low temperature avoids the randomness that high temperature brings.'),
    ('temperature_sampling', 'As T goes to zero, sampling becomes greedy argmax; as it grows, the distribution flattens toward uniform.'),
    ('top_k_vs_top_p', 'Top-k can be too restrictive when the distribution is flat, whereas top-p adapts.'),
    ('rag_vs_finetuning', 'A fine-tuned model goes stale when the documents change, and it cannot cite a source.'),
    ('kv_cache_memory', "Don't multiply by the number of query heads; use the KV heads."),
    ('kv_cache_memory', 'Attention compute is quadratic, but the cache grows linearly with length.'),
    ('kv_cache_memory', 'fp16 is two bytes per element, not one.'),
    ('bpe_training', 'Encoding replays the merges in learned order, not by frequency in the new word.'),
    ('prompt_engineering_limits', 'Few-shot prompting does not update the weights.'),
    ('prompt_engineering_limits', 'Prompts often break across model versions.'),
    ('llm_failure_modes', 'Bigger models still hallucinate, just less often.'),
    ('llm_failure_modes', 'The system prompt alone is not enough to stop injection.'),
    ('llm_failure_modes', 'Grounding reduces hallucinations but does not eliminate them.'),
    ('llm_evaluation', 'LLM judges are not unbiased; they prefer longer answers.'),
    ('llm_evaluation', 'Offline evaluation is not enough; we also A/B test.'),
    ('design_content_moderation', "I wouldn't judge it by accuracy; per-category precision and recall matter."),
    ('design_content_moderation', 'Slang changes every month, so we retrain on reviewer labels.'),
    ('design_ad_bidding', 'The bid is not just the click probability; it is the expected value.'),
    ('design_ad_bidding', 'New ads need exploration or they never get shown.'),
    ('design_churn_analysis', 'Features are computed as of each prediction date, never with activity after the cutoff.'),
    ('design_churn_analysis', 'The highest-risk customers are not always the ones who benefit most.'),
    ('design_job_matching', 'We never use gender as a feature.'),
    ('design_job_matching', 'Dropping the protected attributes does not make it fair, because proxies remain.'),
    # --- claimsB denials end
]



def test_every_misconception_in_the_bank_has_a_wording_here(bank):
    listed = {mid for _, mid, _ in STATES}
    assert listed == {m.id for q in bank.questions.values() for m in q.misconceptions}


@pytest.mark.parametrize("question_id, misconception_id, text", STATES, ids=[m for _, m, _ in STATES])
def test_a_wording_of_the_belief_is_detected(bank, question_id, misconception_id, text):
    assert misconception_id in found(bank, question_id, text)


@pytest.mark.parametrize("question_id, text", DENIALS, ids=[f"{q}:{i}" for i, (q, _) in enumerate(DENIALS)])
def test_denying_or_correcting_a_belief_is_not_stating_it(bank, question_id, text):
    assert found(bank, question_id, text) == []


# ------------------------------------------------------------------ key points that need the idea, not the term

SPECULATIVE = [
    ("We could also try speculative decoding.", False),
    ("Speculative decoding, batching, caching, quantization.", False),
    ("I have heard of speculative decoding, it makes things faster.", False),
    ("A small draft model proposes several tokens and the big model verifies them all in one forward pass.", True),
    ("Speculative decoding: a cheap model guesses a few tokens ahead and the target model accepts or rejects them.",
     True),
    ("The big model checks all the drafted tokens in a single pass instead of one pass per token.", True),
]

TIE_BREAK = [
    ("I count the labels and take the most common one; ties are rare.", False),
    ("I sort by distance, take the k closest and handle ties.", False),
    ("On a tie I return the tied label whose nearest member is closest to the query.", True),
    ("If labels tie, I walk the neighbours from nearest to farthest and return the first one among the tied labels.",
     True),
    ("Ties are broken by distance: the label of the nearest neighbour among the tied ones wins.", True),
]


@pytest.mark.parametrize("text, covered", SPECULATIVE)
def test_speculative_decoding_needs_draft_and_verify(bank, text, covered):
    grade = grader.grade_now(bank.question("inference_cost_levers"), text, key_point_ids=["speculative_decoding"])
    assert (grade.covered == ["speculative_decoding"]) is covered


@pytest.mark.parametrize("text, covered", TIE_BREAK)
def test_tie_break_needs_the_distance_order(bank, text, covered):
    grade = grader.grade_now(bank.question("code_knn"), text, key_point_ids=["tie_break"])
    assert (grade.covered == ["tie_break"]) is covered


def test_the_hand_wavy_answers_no_longer_get_those_key_points(bank):
    for qid, kp in (("inference_cost_levers", "speculative_decoding"), ("code_knn", "tie_break")):
        assert kp not in grader.grade_now(bank.question(qid), EVAL[qid]["weak"]).covered
        assert kp in grader.grade_now(bank.question(qid), EVAL[qid]["strong"]).covered
    assert "speculative_decoding" not in grader.grade_now(
        bank.question("inference_cost_levers"), EVAL["inference_cost_levers"]["injection"]).covered
