"""Every question of the longer source article and every topic of the shorter one is asked.

The two lists below are the checklist: a source item, and the bank question that covers it
(in the project's own words). Removing or renaming a question that covers a source item
fails here, so coverage cannot silently erode.
"""

from __future__ import annotations

import pytest

from rubric.schema import Category

# The longer article: its 43 numbered questions, then the prompts its FAQ adds.
LONG_ARTICLE = {
    "Q1 bias-variance tradeoff": "bias_variance",
    "Q2 overfitting and detecting it": "overfitting_detection",
    "Q3 L1 vs L2 regularization": "l1_vs_l2",
    "Q4 cross-validation": "cross_validation",
    "Q5 imbalanced classification metrics": "imbalanced_evaluation",
    "Q6 supervised / unsupervised / self-supervised": "learning_paradigms",
    "Q7 generalization": "generalization",
    "Q8 feature engineering": "feature_engineering",
    "Q9 regression metrics": "regression_metrics",
    "Q10 data leakage": "data_leakage",
    "Q11 linear regression": "linear_regression",
    "Q12 logistic regression gradient": "logistic_regression_gradient",
    "Q13 decision trees": "decision_tree",
    "Q14 bagging vs boosting": "bagging_vs_boosting",
    "Q15 gradient boosting": "gradient_boosting",
    "Q16 k-means": "kmeans",
    "Q17 SVM and the kernel trick": "svm_kernel",
    "Q18 trees vs linear models": "trees_vs_linear",
    "Q19 forward/backward pass of a 2-layer net": "backprop_two_layer",
    "Q20 activation functions": "activation_functions",
    "Q21 SGD, momentum, Adam": "optimizers",
    "Q22 dropout": "dropout_regularization",
    "Q23 batch norm vs layer norm": "batchnorm_vs_layernorm",
    "Q24 scaled dot-product attention and sqrt(d_k)": "attention_scaling",
    "Q25 multi-head attention": "multi_head_attention",
    "Q26 encoder-only / decoder-only / encoder-decoder": "transformer_architectures",
    "Q27 RAG vs fine-tuning": "rag_vs_finetuning",
    "Q28 prompt engineering and its limits": "prompt_engineering_limits",
    "Q29 LLM failure modes": "llm_failure_modes",
    "Q30 evaluating an LLM feature": "llm_evaluation",
    "Q31 reducing LLM inference cost": "inference_cost_levers",
    "Q32 design: video recommendations": "design_video_recommendations",
    "Q33 design: fraud detection": "design_fraud_detection",
    "Q34 design: content moderation": "design_content_moderation",
    "Q35 design: search ranking": "design_search_ranking",
    "Q36 design: ad bidding": "design_ad_bidding",
    "Q37 code: linear regression with gradient descent": "code_linear_regression_gd",
    "Q38 code: k-means from scratch": "code_kmeans",
    "Q39 code: scaled dot-product attention": "code_attention",
    "Q40 code: 2-layer network with backprop": "code_mlp_backprop",
    "Q41 case: walk through a project": "project_walkthrough",
    "Q42 case: business metric dropped after launch": "metric_drop_debug",
    "Q43 case: 10x training budget": "ten_x_budget",
    "FAQ: precision vs recall (the common mix-up)": "precision_vs_recall",
    "FAQ: regularization techniques used and when": "regularization_toolkit",
    "FAQ: A/B test design for data scientists": "ab_test_design",
    "FAQ: validation loss rising while training loss falls": "train_val_divergence",
    "FAQ: self-attention vs cross-attention": "self_vs_cross_attention",
    "FAQ: positional encodings, absolute vs RoPE": "positional_encodings",
    "FAQ: FlashAttention and memory IO": "attention_long_sequences",
    "FAQ: dense vs sparse retrieval": "dense_vs_sparse_retrieval",
    "FAQ: tokenization, BPE": "tokenization_bpe_vs_chars",
    "FAQ: design a feature store": "design_feature_store",
    "FAQ: design a job-matching system": "design_job_matching",
}

# The shorter article: its topics and the interview questions it lists under each.
SHORT_ARTICLE = {
    "attention formula and why divide by sqrt(d)": "attention_scaling",
    "what breaks if we remove softmax": "attention_without_softmax",
    "attention as input-dependent routing": "attention_without_softmax",
    "attention from scratch": "code_attention",
    "masked (causal) attention": "causal_masking",
    "causal mask from scratch": "code_causal_mask",
    "multi-head attention from scratch": "code_multi_head_attention",
    "grouped-query attention": "grouped_query_attention",
    "grouped-query attention from scratch": "code_grouped_query_attention",
    "why attention scales poorly with length": "attention_long_sequences",
    "self-attention vs cross-attention": "self_vs_cross_attention",
    "optimizing attention for long inputs": "attention_long_sequences",
    "temperature, greedy vs stochastic decoding": "temperature_sampling",
    "top-k vs top-p and when to prefer top-p": "top_k_vs_top_p",
    "temperature + top-k + top-p in one function": "code_sampling",
    "reducing hallucinations": "llm_failure_modes",
    "KV cache: what it saves": "kv_cache",
    "KV cache memory formula, 70B at 32k": "kv_cache_memory",
    "reducing latency for long sequences": "long_sequence_latency",
    "incremental decode with a KV cache": "code_kv_cache_decode",
    "KV cache bytes": "code_kv_cache_bytes",
    "character-level vs BPE, why not word-level": "tokenization_bpe_vs_chars",
    "BPE steps, rare words, scaling to billions of tokens": "bpe_training",
    "BPE from scratch": "code_bpe_train",
    "k-means objective and iterations": "kmeans",
    "k-means on non-spherical data, initialization, empty clusters": "kmeans_pitfalls",
    "k-means++ with empty-cluster handling": "code_kmeans",
    "KNN: no training phase, distance metric": "knn_basics",
    "why KNN does not scale, approximate search": "knn_scaling",
    "KNN classifier from scratch": "code_knn",
    "backprop: chain rule, ReLU and sigmoid derivatives": "backprop_two_layer",
    "two-layer MLP with manual backprop": "code_mlp_backprop",
}

# What the short article says a candidate must be able to implement.
SHORT_ARTICLE_EXERCISES = {
    "attention", "causal_mask", "multi_head_attention", "grouped_query_attention",
    "sampling_distribution", "kv_cache_decode", "kv_cache_bytes", "bpe_train", "kmeans",
    "knn_predict", "mlp_backprop",
}


@pytest.mark.parametrize("item, question_id", sorted(LONG_ARTICLE.items()))
def test_long_article_question_is_in_the_bank(bundled, item, question_id):
    assert question_id in bundled.questions, item


@pytest.mark.parametrize("item, question_id", sorted(SHORT_ARTICLE.items()))
def test_short_article_topic_is_in_the_bank(bundled, item, question_id):
    assert question_id in bundled.questions, item


def test_all_43_numbered_questions_are_listed():
    numbered = [k for k in LONG_ARTICLE if k.startswith("Q")]
    assert sorted(int(k.split()[0][1:]) for k in numbered) == list(range(1, 44))


def test_the_source_categories_land_in_the_right_category(bundled):
    expected = {
        range(1, 11): Category.ML_FUNDAMENTALS,
        range(11, 19): Category.CLASSICAL_ALGORITHMS,
        range(19, 27): Category.DEEP_LEARNING,
        range(27, 32): Category.LLM_STACK,
        range(32, 37): Category.ML_SYSTEM_DESIGN,
        range(37, 41): Category.ML_CODING,
        range(41, 44): Category.CASE_STUDIES,
    }
    for item, question_id in LONG_ARTICLE.items():
        if not item.startswith("Q"):
            continue
        number = int(item.split()[0][1:])
        category = next(c for r, c in expected.items() if number in r)
        assert bundled.question(question_id).category is category, item


def test_every_implementation_topic_has_a_coding_question(bundled):
    exercises = {q.exercise for q in bundled.questions_in(Category.ML_CODING)}
    assert SHORT_ARTICLE_EXERCISES <= exercises


def test_the_followup_from_the_brief_exists(bundled):
    """"What breaks if we remove softmax?" is asked when the softmax point is missed."""
    q = bundled.question("attention_without_softmax")
    [followup] = [f for f in q.followups if "remove softmax" in f.ask]
    assert followup.targets == "breaks_without"
