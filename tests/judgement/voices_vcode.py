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
    "code_softmax": [
        (
            "The first time I wrote softmax for a ranking model, training died with NaNs after a bad initialisation "
            "pushed some logits into the thousands, and np.exp of 1000 is already inf. The fix is to subtract the "
            "maximum along the axis before exponentiating: softmax is invariant to adding a constant to every "
            "logit, so the result is mathematically unchanged, but now the largest exponent is exp(0) = 1, so "
            "nothing overflows and the denominator is at least one, so it never divides by zero. I take the max "
            "with keepdims=True so it broadcasts back along whatever axis was asked for, including negative axes, "
            "and then divide the exponentials by their sum over the same axis. A logit of minus infinity, which is "
            "how masks are applied, comes out as exactly zero. I never modify x in place, and it is one pass, "
            "linear in the size of the array. For the loss I'd use log-softmax directly rather than log of this."
        ),
        (
            "Subtract the max along the axis first; it's shift-invariant, softmax(x - c) = softmax(x), so the "
            "output doesn't change but the biggest exponent is exp(0) = 1; no overflow, and the sum is >= 1, so no "
            "divide by zero. max with keepdims=True, so it broadcasts on any axis, negative ones too. Then e = "
            "exp(x - m); return e / e.sum(axis, keepdims=True). -inf logits, i.e. masked, give exactly 0. No "
            "in-place edits. It's O(n) time and memory, one pass. For cross-entropy use log-softmax, x - m - log sum exp, not log of the "
            "probabilities; that underflows to log 0."
        ),
    ],
    "code_causal_mask": [
        (
            "When I wrote a small GPT for a code-completion prototype, the mask was the part people got wrong. In a "
            "decoder, training runs all positions in parallel, so without a mask token i could peek at the tokens "
            "after it, the very thing it is trained to predict, and the model would look great in training and "
            "fail at generation. So causal_mask returns a boolean seq_len by seq_len matrix where row i is the "
            "query and column j the key, and entry i, j is True exactly when j <= i: each token sees itself and "
            "everything before it, never the future. I build it with np.tril(np.ones((n, n), dtype=bool)), the "
            "lower triangle including the diagonal. It must be a boolean, not zeros and ones, because attention "
            "applies it with np.where(mask, scores, -inf), so masked keys get weight zero after softmax. It costs "
            "O(n^2) memory, the same as the scores."
        ),
        (
            "It's np.tril(np.ones((n, n), dtype=bool)); lower triangle, diagonal included. Entry [i, j] is True "
            "iff j <= i; query i sees keys 0..i, itself too, never a later token. Why: training is parallel over "
            "positions, so without it token i reads the token it's meant to predict; that's leakage, and "
            "generation breaks. Keep dtype bool, not 0/1 or an additive -inf mask; attention does where(mask, "
            "scores, -inf), so blocked keys get zero weight after softmax. n = 1 gives a single True. O(n^2) "
            "memory, same as the score matrix."
        ),
    ],
    "code_attention": [
        (
            "I implemented this for a small retrieval model that had to run without PyTorch. Each query scores "
            "every key with a dot product, Q times K transposed over the last two axes, using np.swapaxes(K, -1, -2) "
            "and matmul so any leading batch or head dimensions broadcast. I divide the scores by sqrt(d_k), because "
            "the dot product of random vectors grows with the dimension, and large scores saturate the softmax "
            "into near one-hot weights with vanishing gradients. Where the mask is False I set the score to minus "
            "infinity with np.where, so after the softmax that key gets a weight of exactly zero and the rest "
            "still sum to one. The softmax is over the keys, the last axis, and I subtract the row max first so "
            "scores in the thousands do not overflow. Then the weights times V gives a weighted mix of the value "
            "rows. The cost is O(n^2 d) time and O(n^2) memory for the score matrix."
        ),
        (
            "scores = Q @ K^T / sqrt(d_k) over the last two axes, swapaxes(-1, -2), so leading batch/head dims "
            "broadcast. Why scale: dot products grow like sqrt(d_k), so softmax saturates, near "
            "one-hot, gradients vanish. Mask: where(mask, scores, -inf); masked keys get exactly 0 weight and the "
            "rest renormalise; it broadcasts, causal (q, k) or padding (b, 1, k). Softmax over keys, last axis, "
            "subtract the row max first, no overflow. Then weights @ V, shape (..., q, d_v). It costs O(n^2 d) "
            "time and O(n^2) memory for the scores; that's what FlashAttention tiles away."
        ),
    ],
    "code_multi_head_attention": [
        (
            "In a translation model I maintained, I rewrote this block in NumPy to debug it. I project once, Q = X "
            "W_q, K = X W_k and V = X W_v, then split each into n_heads heads of d_head = d_model / n_heads "
            "columns, in order, by reshaping to (batch, seq, heads, d_head) and transposing to (batch, heads, seq, "
            "d_head). A 2-D input I first lift to a batch of one, and squeeze back at the end. Each head runs "
            "scaled dot-product attention on its own, softmax of Q_h K_h transposed over sqrt(d_head), times V_h, "
            "with the mask broadcast to every head and a stable softmax. Then I transpose back, concatenate the "
            "heads in order into d_model columns, and multiply by W_o so the heads' outputs get mixed. Several heads "
            "let the model attend to different things at once, one syntax, one coreference, for the same cost as "
            "one big head: O(seq^2 d_model)."
        ),
        (
            "Project once: Q, K, V are X times W_q, W_k, W_v. Then split it: reshape to (B, T, H, d_head) and "
            "transpose to (B, H, T, d_head), so head h owns columns h*d_head to (h+1)*d_head. If X is 2-D, add a "
            "batch axis and drop it after. Each head runs SDPA on its own, softmax(Q_h K_h^T / sqrt(d_head)) V_h, "
            "in one batched matmul; stable softmax, mask broadcast over heads, -inf where False. Then merge: "
            "transpose back and reshape to (B, T, d_model), which concatenates the heads in order, and multiply by "
            "W_o, which mixes them. Why heads: each attends to a different pattern in its own subspace, at the "
            "same FLOPs as one wide head. It costs O(T d^2) for the projections and O(T^2 d) for attention."
        ),
    ],
    "code_grouped_query_attention": [
        (
            "We moved our serving model to grouped-query attention because the KV cache was eating the GPU. The "
            "code is multi-head attention with one change: W_q still gives n_heads query heads, but W_k and W_v "
            "project to only n_kv_heads heads, and each group of n_heads / n_kv_heads consecutive query heads shares "
            "one key/value head: query head h reads kv head h // group. I implement it by repeating each kv head "
            "group times along the head axis with np.repeat, not np.tile, since tile would interleave them and "
            "pair the wrong heads, then run ordinary scaled dot-product attention per head with the mask and a "
            "stable softmax, concatenate the heads in order and apply W_o. The point is memory: the cache stores "
            "only n_kv_heads heads, so with 32 query heads and 8 kv heads it is four times smaller, with quality "
            "close to full multi-head. With n_kv_heads equal to n_heads it is MHA, and with one it is multi-query."
        ),
        (
            "Q splits into n_heads heads, K and V into n_kv_heads; group = n_heads // n_kv_heads; query head h "
            "uses kv head h // group. Implement: np.repeat the kv heads group times on the head axis, "
            "consecutive, not tile; tile pairs head 1 with kv 1 instead of kv 0. Then plain SDPA per head, "
            "softmax(Q_h K_g^T / sqrt(d_head)) V_g, mask to -inf, stable softmax; concat in head order, @ W_o. Why: "
            "KV cache shrinks by n_heads / n_kv_heads, e.g. 32 q heads, 8 kv heads, 4x less memory and bandwidth "
            "at decode, little quality loss. n_kv_heads = n_heads gives MHA, and n_kv_heads = 1 gives MQA; both are good tests."
        ),
    ],
    "code_sampling": [
        (
            "On a chatbot we shipped, I wrote this decoding step myself. First temperature: I divide the logits by "
            "it, so below one the distribution gets sharper and above one flatter; zero means greedy, so I return a "
            "one-hot vector on the argmax instead of dividing by zero. Then top-k: I keep the tokens whose scaled "
            "logit is at least the k-th largest, with np.partition, so ties with the k-th are kept, and set the "
            "rest to minus infinity. Then a stable softmax, subtracting the max, because a temperature of 0.01 "
            "pushes logits into the thousands. Then top-p, the nucleus: I sort probabilities in descending order, "
            "take the cumulative sum, and keep the smallest prefix whose mass reaches p, including the token that "
            "crosses it, zero the rest and renormalise so it sums to one. Order matters: temperature first, then "
            "top-k, then top-p on the renormalised distribution. Top-p adapts to how confident the model is; top-k "
            "does not. Sorting makes it O(V log V)."
        ),
        (
            "Temperature goes first: divide the logits by T; T < 1 sharpens it, T > 1 flattens it, and T = 0 is "
            "greedy, so return a one-hot at the argmax rather than divide by zero. Top-k next: threshold at the "
            "k-th largest scaled logit with np.partition, keep ties, push the rest to -inf; k = 0 means off. Then "
            "softmax, stable, subtract the max, because T = 0.01 makes logits huge. Top-p last: sort probs "
            "descending, cumsum, keep the smallest prefix whose mass reaches p, the crossing token included; zero "
            "the rest and renormalise so it sums to 1. Top-p adapts the candidate count to the model's "
            "confidence, since a peaked distribution keeps few tokens; top-k is a fixed cut. The sort makes it "
            "O(V log V)."
        ),
    ],
    "code_kv_cache_decode": [
        (
            "When our generation service was slow, the profile showed it recomputing the keys and values of the "
            "whole prefix for every new token, quadratic work per step. A KV cache fixes that: KVCache keeps a "
            "list of key rows and value rows per instance, created in __init__ so two caches never share storage, "
            "and append adds one token's k and v. The keys and values properties stack them into (t, d_k) and "
            "(t, d_v) arrays in order. decode_step first appends the new key and value, then attends the single "
            "query over everything cached: scores = keys @ q / sqrt(d_k), a stable softmax, subtracting the max, "
            "then the weights times values. Because the new token is appended before it attends, position t sees "
            "0 to t, itself included, and never the future, so step by step it reproduces causal attention "
            "exactly, with no mask needed. Each step is O(t d) instead of recomputing everything; the price is "
            "memory growing linearly with the sequence."
        ),
        (
            "Without a cache each step recomputes K, V for the whole prefix; O(t^2) per step. The cache stores "
            "each token's k, v once. KVCache: per-instance lists set in __init__, never a class-level list, or two "
            "caches share storage; append(k, v) pushes rows; keys/values properties np.stack them to (t, d). "
            "decode_step: append first, then attend the one query: s = keys @ q / sqrt(d_k), stable softmax, "
            "subtract the max, out = w @ values, shape (d_v,). Appending first means the token sees itself and "
            "the past, no future; equals causal attention row by row, no mask. O(t d) per step; memory grows "
            "linearly in t. Concatenating every step copies O(t) each step, so use a list or a preallocated buffer that doubles."
        ),
    ],
    "code_bpe_train": [
        (
            "I trained our own tokenizer for a legal-text model, so I have written this loop. I split the corpus on "
            "whitespace and count word frequencies with a Counter, and each distinct word becomes a tuple of its "
            "characters plus the end-of-word symbol </w>, so a merge never crosses a word boundary and suffixes "
            "stay distinguishable from prefixes. Each step I count every adjacent pair of symbols in every word, "
            "weighted by the word's frequency, pick the most frequent pair, breaking ties by the smallest pair as "
            "a tuple, so the result is deterministic, and record it. Then I rewrite every word, scanning left to "
            "right and fusing each occurrence of that pair into one symbol, so aaa becomes aa, a. I stop after "
            "num_merges merges or when no word has two symbols left. Working on distinct words rather than the raw "
            "text keeps it fast; the naive recount is O(merges times total symbols), and a real implementation "
            "updates only the pair counts of the words that changed, using an index from pair to words."
        ),
        (
            "Words = corpus.split(); Counter them, so each distinct word is stored once with its count. Each word "
            "is a tuple of chars plus '</w>', so merges stay inside a word and a suffix differs from a prefix. "
            "Per step: count adjacent pairs over all words, weighted by word frequency; pick max count, ties go "
            "to the smallest pair, min over (-count, pair), so it's deterministic. Merge it: scan each word left "
            "to right, fuse x, y into x+y, non-overlapping, so aaa goes to aa, a. Append the pair; stop at "
            "num_merges or when nothing has two symbols. Naive recount costs O(merges x symbols); it's faster to "
            "update pair counts incrementally, only for words containing the merged pair."
        ),
    ],
    "code_kmeans": [
        (
            "On a customer segmentation project I wrote k-means myself because we needed it inside a service. I "
            "seed with k-means++: the first centroid is a uniformly random point, and each next one is drawn with "
            "probability proportional to its squared distance to the nearest centroid chosen so far, which spreads "
            "the starts out and avoids the bad local minima random starts fall into. All randomness comes from "
            "np.random.default_rng(seed), so runs are reproducible. Then Lloyd's iterations: assign each point to "
            "its nearest centroid, computing all distances at once with broadcasting, then move each centroid to "
            "the mean of its points. We did hit empty clusters with duplicate points, and the mean of nothing is "
            "NaN, so I keep the old centroid, or re-seed it at the farthest point. I stop when no centroid moves "
            "more than tol or after max_iter. Each iteration costs O(n k d). It only finds a local minimum of the "
            "within-cluster sum of squares, so I'd run several seeds and keep the lowest."
        ),
        (
            "Seeding is k-means++: first centroid uniform, then each next one sampled with prob proportional to "
            "D^2, the squared distance to the nearest chosen centroid; it spreads them out, gives an O(log k) "
            "approximation in expectation. One rng = default_rng(seed) for everything; reproducible. Lloyd loop: "
            "assign to the nearest centroid, distances by broadcasting, (n, k) matrix; then each centroid moves "
            "to the mean of its points. Empty cluster: the mean of zero points is NaN, so keep the previous "
            "centroid or re-seed it at a far point. It stops when the max centroid shift is below tol, or at "
            "max_iter. It costs O(n k d) per iteration. It converges to a local minimum of WCSS, so run several "
            "seeds and keep the best."
        ),
    ],
    "code_knn": [
        (
            "I built a kNN baseline for a small image-search project, all in NumPy. I compute every test-to-train "
            "distance at once with the expansion ||a - b||^2 = ||a||^2 - 2 a.b + ||b||^2, which is one matrix "
            "product instead of a Python loop; squared distances rank the neighbours the same way, so I skip the "
            "square root, and I clip tiny negatives from rounding to zero. Then np.argpartition finds the k "
            "smallest per row in linear time rather than sorting everything, and I order just those k by "
            "distance. The neighbours' labels vote with np.unique counts, and if several labels tie on votes I "
            "pick the tied label whose nearest member is closest, which is easy because the k are already sorted "
            "by distance. Predicting costs O(m n d) time and an m by n distance matrix in memory, so for large sets "
            "I process test points in chunks or use a KD-tree or approximate index. Features must be scaled, or "
            "the largest one dominates the distance."
        ),
        (
            "Distances: squared Euclidean via ||x||^2 - 2 x.y + ||y||^2, one matmul, no loops; skip the sqrt, "
            "since it's monotone so the ranking is the same; clip negatives to 0. Neighbours: argpartition for the "
            "k smallest, O(n) per row, then argsort only those k. Vote: count labels among the k; on a tie, pick "
            "the tied label whose nearest member is closest, i.e. walk the k in distance order and take the first "
            "tied label. Cost: O(m n d) time, the (m, n) distance matrix in memory, so batch the test rows; at "
            "scale, a KD-tree or ANN index. Standardise features first, otherwise the big-scale feature dominates "
            "the distance."
        ),
    ],
    "code_mlp_backprop": [
        (
            "Before we trusted a custom layer on a fraud model, I made everyone write this by hand once. Forward: "
            "z1 = X W1 + b1, a1 = relu(z1), z2 = a1 W2 + b2, p = sigmoid(z2), and the loss is the mean binary "
            "cross-entropy, with a tiny eps in the logs, and I keep z1, a1 and p from the forward pass for the backward. Backward, the key simplification is that sigmoid plus "
            "cross-entropy gives dz2 = (p - y) / n, the n because the loss is a mean. Then dW2 = a1 transposed "
            "times dz2 and db2 is dz2 summed over the batch. The error flows back through W2: da1 = dz2 times W2 "
            "transposed, and the ReLU passes it only where z1 was positive, so dz1 = da1 times the mask z1 > 0, "
            "with the derivative at zero taken as zero. Then dW1 = X transposed times dz1 and db1 is dz1 summed "
            "over rows. Every gradient has its parameter's shape. I check it against finite differences, and it "
            "costs about twice the forward pass."
        ),
        (
            "Forward: z1 = X W1 + b1, a1 = relu(z1), z2 = a1 W2 + b2, p = sigmoid(z2); loss = mean BCE, eps in the "
            "log; cache z1, a1, p for the backward. Backward: sigmoid with BCE collapses, so dz2 = (p - y) / n; the 1/n comes from the mean. dW2 = "
            "a1^T dz2, and db2 sums dz2 over the batch axis. da1 = dz2 W2^T, and the ReLU gates it, so dz1 = da1 * "
            "(z1 > 0), the derivative at 0 being 0. dW1 = X^T dz1, and db1 sums dz1 over rows. Each grad matches "
            "its param's shape; db1 is (h,), not (n, h). Verify with finite differences; it's about 2x the cost "
            "of the forward."
        ),
    ],
    "code_linear_regression_gd": [
        (
            "For a pricing model's sanity check I wrote gradient descent for linear regression from scratch. I "
            "start w at zeros of shape d and b at zero. Each epoch I compute the residuals once, r = X w + b - y, "
            "and both gradients of the mean squared error from those same residuals: dw = 2/n times X transposed "
            "times r, and db = 2/n times the sum of r. The 2 comes from differentiating the square and the 1/n "
            "from the mean; drop them and you've changed the effective learning rate. Only then do I update both, "
            "w minus lr times dw and b minus lr times db, simultaneously, because updating w first and then "
            "computing db from the new w is a different algorithm. It's vectorised, O(n d) per epoch. If the "
            "learning rate is too large it diverges, so I scale features first; the closed form solves it exactly "
            "but costs O(d^3) and fails when X is ill-conditioned."
        ),
        (
            "w = zeros(d), b = 0. Each epoch: r = Xw + b - y; dw = (2/n) X^T r, db = (2/n) sum(r); the 2 comes "
            "from the square, the 1/n from the mean. Both gradients use the same r, and it updates both after, "
            "w -= lr dw, b -= lr db; updating w first then recomputing r for b is a different iterate. It's "
            "vectorised, O(nd) per epoch, no loop over samples. Too big an LR and it diverges; unscaled features "
            "make it zigzag, so standardise. Normal equations give the exact answer but cost O(d^3) and break on "
            "collinear X."
        ),
    ],
    "code_dropout": [
        (
            "On a text classifier that overfit badly I added dropout, and writing it myself taught me why it's "
            "inverted. In training, I draw a mask from the given generator, rng.random(x.shape) >= p, so each "
            "entry is kept with probability 1 - p and zeroed with probability p, independently, and I never touch "
            "the global np.random, so the same seed reproduces the same mask. Then I divide the surviving entries "
            "by 1 - p, so the expected value of each output equals the input. Because of that scaling at training "
            "time, inference needs nothing: with training False, or p equal to zero, I return x unchanged, and the "
            "activations have the same scale the next layer saw during training. I return a new array, never "
            "modifying x in place. It's O(n) in the number of entries. It regularises by stopping units from "
            "co-adapting, like averaging many thinned networks."
        ),
        (
            "Training: mask = rng.random(x.shape) >= p; keep prob 1 - p; out = x * mask / (1 - p). Scaling by "
            "1/(1-p) keeps E[out] = x, so at inference it's the identity; training=False or p == 0 returns x "
            "as is. Draw only from the passed rng, never global np.random, so it's reproducible per seed. New "
            "array, no in-place edit. It's O(n), elementwise. Why it helps: units can't co-adapt; it's like an "
            "ensemble of thinned nets. Non-inverted dropout would have to scale by 1 - p at test time instead."
        ),
    ],
    "code_precision_recall_f1": [
        (
            "On a content-moderation classifier we reported these every week, and an empty week once crashed the "
            "job with a division by zero, so I handle that explicitly. I count true positives where truth and "
            "prediction are both 1, false positives where the model said 1 but the truth is 0, and false "
            "negatives where it said 0 but the truth is 1, using boolean masks and sums, so it's vectorised and "
            "O(n). Precision is TP over TP plus FP, the fraction of flagged items that are really positive; "
            "recall is TP over TP plus FN, the fraction of real positives we caught. F1 is their harmonic mean, "
            "2 P R over P plus R, which punishes a large gap between them. Whenever a denominator is zero, nothing "
            "predicted positive, no actual positives, or both scores zero, I return 0.0 instead of NaN, the same "
            "as sklearn's zero_division=0, and I document it."
        ),
        (
            "TP = sum((y_true == 1) & (y_pred == 1)); FP = sum(true 0, pred 1); FN = sum(true 1, pred 0); "
            "vectorised, O(n). Precision = TP / (TP + FP): of what it flagged, how much is real. Recall = TP / (TP "
            "+ FN): of the real positives, how many it caught. F1 is the harmonic mean, 2PR / (P + R), so it's "
            "dragged down by the weaker of the two. Zero denominators: no predicted positives, no actual "
            "positives, or P = R = 0, and it returns 0.0, not NaN, like sklearn's zero_division=0. Cast to float; "
            "integer division bites otherwise."
        ),
    ],
}
