"""Experts in two more voices for the coding questions (ml_coding.yaml), written by helper wcode
from each question's prompt and its reference exercise prompt alone, before reading the key
points: per question a *second-language* candidate (simple grammar, dropped articles, verb
agreement slips, short sentences, content correct and complete) and a *teacher* explaining the
approach to a junior colleague (an everyday analogy first, then the mechanism, a small worked
number, and a rule of thumb). Each must reach 0.7."""

from __future__ import annotations

EXPERTS = {
    "code_kv_cache_bytes": [
        (
            "Cache keep one key vector and one value vector for every token. This happen in every layer and "
            "every kv head. So formula is 2 times n_layers times n_kv_heads times head_dim times seq_len times "
            "batch times bytes_per_elem. The 2 is because we store K and V both. I return Python int, not float, "
            "so result is exact and no overflow even above 2^31. Important: we use number of kv heads, not query "
            "heads. With grouped query attention kv heads is smaller, so cache become smaller. Example, Llama 3 8B: "
            "32 layers, 8 kv heads, head dim 128, context 4096, fp16 is 2 bytes. Result is 536870912 bytes, it "
            "is 512 MiB for one sequence. Memory grow linear with sequence length and with batch. At long context "
            "cache is bigger problem than weights, it limit the batch size. Int8 cache make it half."
        ),
        (
            "Think of the KV cache as the model's notes on everything it already read: for each token it wrote "
            "down, it keeps a key and a value in every layer, so it never re-reads the prompt. To count the bytes, "
            "you multiply: 2 for key and value, times the layers, times the number of key/value heads, times "
            "head_dim, times the sequence length, times the batch, times bytes per element, 2 for fp16. Keep it an "
            "integer; Python ints are exact however large. Worked number: a Llama-3-8B-like model has 32 layers, 8 "
            "KV heads of size 128; at 4,096 tokens in fp16 that is 2*32*8*128*4096*2 = 536,870,912 bytes, half a "
            "gigabyte per sequence. Notice it uses KV heads: with grouped-query attention 32 query heads share 8 "
            "KV heads, so the cache is four times smaller than full multi-head attention. Rule of thumb: the cache "
            "grows linearly with context and batch, so at long context it, not the weights, decides how many "
            "requests fit on a GPU."
        ),
    ],
    "code_logistic_regression_grad": [
        (
            "First I compute logit z equal X times w plus b, and p is sigmoid of z. Loss is mean binary cross "
            "entropy. Nice thing: derivative of loss with respect to z become simply p minus y, because sigmoid "
            "derivative p times 1 minus p cancel with the log. So dw is X transpose times (p minus y), divided by "
            "n. And db is mean of p minus y. Must divide by n because loss is mean. Second thing is stability. "
            "Logits can be 1000, then exp overflow and give inf and NaN. So I use stable sigmoid: for positive z "
            "compute 1 over 1 plus exp of minus z, for negative z compute exp z over 1 plus exp z. Then exp only see "
            "non positive number, never overflow. Or use scipy expit. All is vectorized, one matrix multiply, cost "
            "O(n d). I check with finite difference gradient on small example."
        ),
        (
            "Picture each prediction as a guess that gets nudged by how wrong it was: the gradient is basically "
            "'error times input'. Concretely, compute p = sigmoid(X w + b). When you differentiate the mean "
            "binary cross-entropy through the sigmoid, the sigmoid's derivative p(1 - p) cancels the 1/p and "
            "1/(1 - p) from the log terms, so the gradient with respect to the logit is just p - y. Then dw = "
            "X transpose times (p - y) divided by n, and db = the mean of (p - y); divide by n because the loss is "
            "a mean. Small example: with zero weights every p is 0.5, so a positive example contributes -0.5 "
            "times its features. The trap is overflow: at a logit of -1000, exp(1000) is inf and you get NaN. Use "
            "a numerically stable sigmoid that branches on the sign so exp only gets non-positive arguments, or "
            "scipy's expit. It's one vectorised matmul, O(nd). Rule of thumb: always check it against finite "
            "differences."
        ),
    ],
    "code_layer_norm": [
        (
            "Layer norm normalize every example by itself, over last axis, not over batch. For each row I "
            "compute mean and variance along axis minus one, with keepdims true so broadcasting work for any "
            "leading shape, like batch, seq, d. Variance is biased one, divide by d not d minus 1. Then x hat is "
            "x minus mean, divided by square root of variance plus eps. Eps must be inside square root. It avoid "
            "division by zero: constant row has variance zero, so x hat become zero and output is just beta, no "
            "NaN. After that multiply by gamma and add beta, gamma and beta has shape d and broadcast. For "
            "precision I compute variance as mean of (x minus mean) squared, two pass, not mean of x squared minus "
            "mean squared, because with big offset like 1e5 that subtraction lose precision, catastrophic "
            "cancellation. I don't modify input. Cost is O of number of elements."
        ),
        (
            "Think of grading on a curve per student: each row gets re-centred and re-scaled on its own, without "
            "looking at the other examples in the batch. So you take the mean and variance over the last axis, "
            "keepdims=True so it broadcasts over any batch or sequence axes. Use the biased variance, divide by d. "
            "Then x_hat = (x - mean) / sqrt(var + eps), with eps inside the square root; that's what saves a "
            "constant row: its variance is zero, x_hat is 0, and the output is exactly beta instead of NaN. Then "
            "scale by gamma and shift by beta, both shape (d,), so the network can undo the normalisation if it "
            "wants. Example: the row [1, 2, 3] has mean 2, variance 2/3, so it becomes about [-1.22, 0, 1.22]. "
            "Compute the variance as the mean of the squared deviations, not E[x^2] - mean^2: with values around "
            "1e5 that formula cancels catastrophically and loses precision. Rule of thumb: always subtract the "
            "mean first, then square."
        ),
    ],
    "code_adam_step": [
        (
            "Adam keep two moving averages. First moment m is average of gradient: m equal beta1 times m plus 1 "
            "minus beta1 times grad. Second moment v is average of squared gradient: v equal beta2 times v plus 1 "
            "minus beta2 times grad squared. Because m and v start at zero, they are biased toward zero in early "
            "steps. So we do bias correction: m hat is m divided by 1 minus beta1 power t, v hat is v divided by 1 "
            "minus beta2 power t. t start from 1, with t zero we divide by zero. Update is param minus lr times m "
            "hat divided by square root of v hat plus eps. Eps is outside square root, it prevent division by zero. "
            "I return new param and raw m and v, not corrected ones, because next step need the raw ones. I don't "
            "change input in place, I make new arrays. Effect is each parameter get own step size, near lr."
        ),
        (
            "Adam is like a hiker who keeps a running average of which way is downhill and also how bumpy each "
            "direction has been, then takes steady-sized steps. Mechanically: m = beta1*m + (1 - beta1)*grad is the "
            "moving average of the gradient, and v = beta2*v + (1 - beta2)*grad^2 the moving average of the "
            "squared gradient. Both start at zero, so early on they are biased toward zero; the bias correction "
            "divides by 1 - beta^t. At t = 1 with beta1 = 0.9, m is 0.1*grad and m_hat = m / 0.1 = grad exactly, "
            "and v_hat = grad^2, so the first step is lr * grad/|grad|, about lr in each coordinate. Then param -= "
            "lr * m_hat / (sqrt(v_hat) + eps), with eps outside the square root to avoid dividing by zero. Return "
            "the raw m and v, not the corrected ones, since the next call with t + 1 needs them, and build new "
            "arrays rather than updating inputs in place. Rule of thumb: t counts from 1."
        ),
    ],
    "code_roc_auc": [
        (
            "AUC is probability that random positive get higher score than random negative. So I compute it as "
            "Mann Whitney statistic. I count over all pairs of one positive and one negative: pair where positive "
            "score is higher count 1, pair with equal score count one half. Divide by n_pos times n_neg. Naive "
            "double loop is O(n squared), too slow for big data. Better way use ranks: sort all scores, give rank "
            "1 to n, and for tied scores give average rank of the group. Then AUC is sum of positive ranks minus "
            "n_pos times n_pos plus 1 over 2, divided by n_pos times n_neg. This is O(n log n) because of sort. "
            "scipy rankdata with method average do the ties. It is same as trapezoid area under ROC curve when "
            "tied scores is one threshold. If you don't handle ties, result depend on sort order, that is wrong."
        ),
        (
            "Think of a tournament: pair every positive against every negative and ask who scored higher; AUC is "
            "the fraction of matches the positive wins, and a draw counts half a win. That's the Mann-Whitney "
            "statistic. Doing all n_pos times n_neg pairs is quadratic, so instead you rank: sort the scores, give "
            "ranks 1 to n from lowest, and give each group of tied scores the average of the ranks it spans. Then "
            "AUC = (sum of the positives' ranks - n_pos(n_pos + 1)/2) / (n_pos * n_neg), in O(n log n). Example: "
            "labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8]: the positives win 3 of the 4 pairs, AUC 0.75. "
            "If a positive and a negative both score 0.5, average ranks give that pair a half. Handling ties "
            "matters: otherwise the answer depends on how the sort breaks them. Rule of thumb: ties as one "
            "threshold give the same trapezoid area under the ROC curve."
        ),
    ],
    "code_best_split": [
        (
            "For each feature I sort the values of that column. Candidate thresholds are midpoints between "
            "consecutive distinct values; constant feature has no threshold. Samples with value less or equal "
            "threshold go left, rest go right. For each split I compute Gini impurity of each child, that is 1 "
            "minus sum of squared class proportions, and weight it by fraction of samples in child: n_left over n "
            "times gini left plus n_right over n times gini right. I keep the split with smallest weighted Gini. "
            "Ties go to lowest feature index, then lowest threshold, so I use strict less than when I compare. "
            "If every feature is constant, no split, return None. To be fast, after sorting I sweep once and "
            "update class counts with cumulative sums, so each feature cost O(n log n) for sort, not O(n squared). "
            "Total O(d n log n). Labels can be any integer, so I map them with np.unique first."
        ),
        (
            "Picture sorting a pile of mixed marbles into two boxes with one cut: you want each box as pure in "
            "colour as possible. For each feature, sort its column and try every threshold halfway between two "
            "consecutive distinct values; a constant feature gives no candidates. Samples <= threshold go left, the "
            "rest right. Score a split by each child's Gini impurity, 1 minus the sum of squared class proportions, "
            "weighted by the share of samples it gets. Worked example: labels [0, 0, 1, 1] on values [1, 2, 3, 4]; "
            "the cut at 2.5 gives two pure children, weighted Gini 0, while the cut at 1.5 gives 3/4 * 4/9 = "
            "0.33. Keep the lowest; on ties prefer the lower feature index and then the lower threshold, by only "
            "replacing on strictly smaller. If every feature is constant, return None. For speed, sweep the sorted "
            "values with running class counts (cumulative sums) so a feature costs O(n log n) instead of O(n^2). "
            "Rule of thumb: sort once, sweep once."
        ),
    ],
    "code_kfold_indices": [
        (
            "I cut indices 0 to n minus 1 into k folds. Size of each test fold is n // k, and first n % k folds "
            "get one extra, same as sklearn KFold. For n 10 and k 3 sizes is 4, 3, 3. Without shuffle I take "
            "contiguous blocks in order, from 0 up. With shuffle I first permute indices with "
            "np.random.default_rng(seed).permutation(n), then cut permuted order into blocks of same sizes. Same "
            "seed give same folds, so result is reproducible, and different seed give different folds. I use "
            "local Generator, not global np.random.seed, so I don't touch global state. For each fold train index "
            "is every index not in test, I get it with boolean mask or np.setdiff1d, sorted. Test folds make a "
            "partition: every index is in exactly one test fold. Return list of k pairs train, test. Cost is O(n k)."
        ),
        (
            "Think of dealing a deck of n cards into k piles as evenly as possible: each pile gets n // k cards, "
            "and the first n % k piles get one extra. For n = 10, k = 3 the test folds have 4, 3 and 3 indices. "
            "Each fold takes one pile as the test set and everything else as training, so every index is tested "
            "exactly once: the test folds partition the data. Without shuffling, the piles are contiguous blocks "
            "in order: 0-3, 4-6, 7-9. With shuffle=True, you first permute the indices using a seeded Generator, "
            "np.random.default_rng(seed).permutation(n), and then cut that order into the same sizes; the same seed "
            "reproduces the same folds, a different seed gives different ones, and you never touch the global "
            "random state. The training indices are the complement of the test fold, via a boolean mask or "
            "setdiff1d, kept sorted. Rule of thumb: shuffle when the rows arrive sorted by label or source, but "
            "never shuffle a time series."
        ),
    ],
}
