"""The coding-exercise ids a rubric may name, as published in the exercise contract.

The rubric does not import `reference/` (arrows point one way, and a rubric must be
checkable without the kernels installed). Instead the loader takes the set of known ids as
an argument; this is the default, copied from the public contract in the spec plus the
exercises the catalog is planned to grow to. A caller that has the live catalog should pass
`set(reference.catalog.catalog())` instead, so that a typo is caught against the truth.
"""

from __future__ import annotations

CONTRACT_EXERCISES = frozenset(
    {
        "softmax",
        "causal_mask",
        "attention",
        "multi_head_attention",
        "grouped_query_attention",
        "sampling_distribution",
        "sample_token",
        "kv_cache_decode",
        "kv_cache_bytes",
        "bpe_train",
        "bpe_encode",
        "kmeans",
        "knn_predict",
        "mlp_backprop",
        "linear_regression_gd",
        "logistic_regression_grad",
    }
)

PLANNED_EXERCISES = frozenset(
    {
        "layer_norm",
        "dropout",
        "adam_step",
        "precision_recall_f1",
        "roc_auc",
        "pr_auc",
        "gini_impurity",
        "best_split",
        "kfold_indices",
    }
)

KNOWN_EXERCISES = CONTRACT_EXERCISES | PLANNED_EXERCISES
