"""Experts in further voices for the coding questions (ml_coding.yaml), written by helper vcode from
each question's prompt and its reference exercise prompt alone, before reading the key points: per
question a *story* (a candidate explaining the approach through a concrete case from their own
work) and a *terse* senior (short clauses, pronoun subjects, abbreviations, semicolons, inline
maths). Each must reach 0.7."""

from __future__ import annotations

EXPERTS = {
    "code_kv_cache_bytes": [
        (
            "When we sized our serving boxes for an 8B chat model, the weights were fine but we kept running out "
            "of memory, and the culprit was the KV cache. So the function multiplies it out: for every layer, every "
            "key/value head and every token of every sequence in the batch, we store one key vector and one value "
            "vector of head_dim numbers, so bytes = 2 * n_layers * n_kv_heads * head_dim * seq_len * batch * "
            "bytes_per_elem, where the 2 is for keys and values. I keep it in Python integers so the result is an "
            "exact int and never overflows. For that model, 32 layers, 8 KV heads of dimension 128, 4k tokens in "
            "fp16 comes to 512 MiB per sequence, and it grows linearly with context length and batch size. It uses "
            "n_kv_heads, not the query heads, because grouped-query attention shares each KV head across several "
            "query heads; with 32 full heads it would be four times bigger. Quantising the cache to int8 halves it."
        ),
        (
            "It's 2 times layers times KV heads times head_dim times seq_len times batch times bytes per element; "
            "the 2 is because it stores both K and V. fp16/bf16 is 2 bytes, int8 is 1, fp32 is 4. Keep it an int; Python "
            "ints are exact, no float, no overflow past 2^31. Use n_kv_heads, not query heads; GQA with 8 KV heads "
            "vs 32 query heads cuts the cache 4x, MQA down to one head. Linear in context and batch. Llama-3-8B: "
            "32 layers, 8 KV heads, head_dim 128, 4k tokens, fp16 gives 2*32*8*128*4096*2 = 512 MiB per sequence; "
            "a 70B with 80 layers at 32k tokens is 10 GiB per sequence, so the cache, not the weights, caps batch "
            "size at long context."
        ),
    ],
    "code_logistic_regression_grad": [
        (
            "On a click model I trained with plain NumPy, I wrote exactly this. The model computes z = X w + b and "
            "p = sigmoid(z); the nice part is that the derivative of the mean binary cross-entropy through the "
            "sigmoid collapses to the error p - y for each example, because the sigmoid's own derivative p(1 - p) "
            "cancels against the log terms. So dw = X transpose times (p - y) divided by n, and db is the mean of "
            "p - y. Dividing by n matters since the loss is a mean. The bug that bit us was overflow: with logits "
            "around a thousand, np.exp blew up to inf and produced NaN, so I compute the sigmoid stably, using "
            "exp(-z) for positive z and exp(z) / (1 + exp(z)) for negative z, or scipy's expit, so it stays finite. "
            "It's vectorised, O(n d) time, and I checked it against a finite-difference gradient."
        ),
        (
            "p = sigmoid(Xw + b); the BCE gradient w.r.t. the logit is just p - y, since sigma' = p(1-p) cancels "
            "the 1/p and 1/(1-p). So dw is X transpose times (p - y) over n, and db is the mean of p - y. Divide by n; it's a mean loss. "
            "Stability: naive 1/(1+exp(-z)) overflows at z = -1000; use the stable sigmoid, branch on sign of z, "
            "exp of a non-positive number only, or expit. One matmul, O(nd), vectorised, no loop. Verify with "
            "finite differences on a tiny case."
        ),
    ],
    "code_layer_norm": [
        (
            "In a small transformer I trained from scratch, I wrote layer norm by hand. For each example I take "
            "the mean and the variance over its own features, the last axis, with keepdims so it broadcasts over "
            "any leading batch and sequence axes. The variance is the biased one, dividing by d rather than d - 1. "
            "Then x_hat = (x - mean) / sqrt(var + eps), with eps inside the square root so a constant row, whose "
            "variance is zero, comes out as beta rather than NaN. Finally I multiply by the learned gain gamma and "
            "add the bias beta, per feature, so the network can undo the normalisation if it needs to. One thing "
            "that bit us: computing var as mean of x squared minus mean squared loses precision when values sit "
            "near 1e5, so I subtract the mean first. Unlike batch norm it does not depend on the batch, so it "
            "behaves the same at training and inference."
        ),
        (
            "It takes the mean and var of each row over the last axis, keepdims; var is biased, so divide by d "
            "not d-1. x_hat = (x - mu) / sqrt(var + eps); eps inside the sqrt, so a constant "
            "row gives beta, no NaN. Out = gamma * x_hat + beta, gain and bias per feature. Two-pass variance, "
            "subtract mu first; E[x^2] - mu^2 cancels catastrophically near 1e5. keepdims handles any leading "
            "shape, (B, T, d). Unlike BN, no batch statistics, no running averages; same at train and test. "
            "O(n d)."
        ),
    ],
    "code_adam_step": [
        (
            "When I ported an optimiser to our own training loop I wrote Adam by hand. First I update the first "
            "moment, m = beta1 m + (1 - beta1) g, a moving average of the gradient, like momentum, and the second "
            "moment, v = beta2 v + (1 - beta2) g squared, a moving average of the squared gradient. Because both "
            "start at zero they are biased towards zero early on, so I correct them: m_hat = m / (1 - beta1^t) and "
            "v_hat = v / (1 - beta2^t), with t starting at 1, otherwise the first steps would be tiny. Then param "
            "minus lr times m_hat over sqrt(v_hat) plus eps, with eps outside the square root to avoid dividing by "
            "zero. Each parameter gets its own step size, scaled down where gradients are large. I return the raw "
            "m and v, not the corrected ones, because they feed the next step, and I never modify the arrays in "
            "place."
        ),
        (
            "m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2. Both start at 0, so they're biased low early; correct "
            "with m_hat = m / (1 - b1^t), v_hat = v / (1 - b2^t), t from 1. Update: p -= lr * m_hat / (sqrt(v_hat) "
            "+ eps); eps outside the sqrt, avoids division by zero. It's momentum plus a per-parameter scale from "
            "the RMS of recent gradients, so the step is roughly lr regardless of gradient magnitude. Return raw "
            "m, v, not the hats; they go into the next call with t+1. No in-place edits; new arrays. O(n), "
            "elementwise."
        ),
    ],
    "code_roc_auc": [
        (
            "On a fraud model I had to compute AUC inside a job where sklearn wasn't available, and many of the "
            "scores were tied because the model output was rounded. AUC is the probability that a randomly chosen "
            "positive scores higher than a randomly chosen negative, so I compute it as the Mann-Whitney statistic. "
            "Comparing all pairs is O(n_pos times n_neg), too slow for millions of rows, so I sort the scores once "
            "and rank them, giving each group of tied scores the average of the ranks it spans; then AUC = (sum of "
            "the positives' ranks - n_pos(n_pos + 1)/2) / (n_pos n_neg). The average rank is what makes a tie count "
            "as one half, which is the correct treatment; breaking ties by order would inflate or deflate the "
            "score. The sort dominates, O(n log n). It equals the trapezoid area under the ROC curve when tied "
            "scores form one threshold."
        ),
        (
            "AUC = P(score of random pos > score of random neg), ties count 1/2. Brute force over pairs is "
            "O(P N); fine for small n, too slow at scale. Instead, rank: sort once, O(n log n); tied scores get "
            "their average rank, e.g. scipy rankdata. Then AUC = (sum of pos ranks - P(P+1)/2) / (P N); that's "
            "Mann-Whitney U over P N. Ties matter: sort-and-walk without grouping gives an order-dependent answer; "
            "average ranks make it exact. Same as trapezoid area under ROC with each tie group as one threshold. "
            "Needs at least one pos and one neg, else it's undefined."
        ),
    ],
    "code_best_split": [
        (
            "I once wrote a small decision tree for an embedded device, so this is the core. For each feature I "
            "sort the column together with the labels, and the candidate thresholds are the midpoints between "
            "consecutive distinct values; a constant feature has none. For each threshold, the left child gets "
            "the samples at or below it and the right child the rest, and the cost is the Gini impurity of each "
            "child, one minus the sum of squared class proportions, weighted by the fraction of samples it "
            "receives. I keep the split with the lowest weighted Gini, breaking ties by lowest feature then lowest "
            "threshold. The naive version recomputes counts for every threshold, O(n^2 d); instead, after sorting I "
            "sweep left to right keeping running class counts, so each threshold costs O(classes) and the whole "
            "thing is O(d n log n). If every feature is constant there is no split, so I return None."
        ),
        (
            "Per feature: argsort the column, O(n log n); thresholds = midpoints of consecutive distinct values; "
            "constant column, none. Sweep left to right with cumulative class counts, so left/right counts are O(1) "
            "updates, not a rescan; naive is O(n^2 d), this is O(d n log n). Gini = 1 - sum p_k^2 per child; cost = "
            "n_L/n * G_L + n_R/n * G_R, size-weighted. Keep the min; ties, lowest feature then lowest threshold. "
            "Only evaluate where the value changes, never between equal values. No split at all, every feature "
            "constant or n = 1, return None."
        ),
    ],
    "code_kfold_indices": [
        (
            "On a small medical dataset we had only a few hundred patients, so I wrote our own k-fold. I build the "
            "indices 0 to n - 1, and if shuffle is on I permute them with a seeded generator, "
            "np.random.default_rng(seed).permutation(n), so the same seed gives the same folds and runs are "
            "reproducible. Then I cut them into k contiguous blocks: each fold has n // k indices and the first "
            "n % k folds get one extra, so for 10 and 3 the sizes are 4, 3, 3. Each block is a test fold, and the "
            "training indices are everything else, so every sample is tested exactly once and never appears in "
            "its own training set. Shuffling matters when the data is sorted, for example by date or label; "
            "without it a fold could contain only one class. For patients with several rows I'd use group k-fold "
            "so a patient never lands on both sides."
        ),
        (
            "idx = arange(n); if shuffle, idx = default_rng(seed).permutation(n); seeded, so reproducible. Fold "
            "sizes: n // k each, first n % k get +1; e.g. n=10, k=3 gives 4, 3, 3. Cut idx into consecutive "
            "blocks of those sizes; each block is the test fold, train is the rest, so the test folds partition "
            "the data, each index tested exactly once, no leakage between train and test. Shuffle when the data "
            "is ordered by class or time; but for time series don't shuffle, use a forward split. For "
            "imbalanced labels use stratified k-fold. O(n) per fold."
        ),
    ],
}
