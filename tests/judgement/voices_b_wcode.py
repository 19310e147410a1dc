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
    "code_softmax": [
        (
            "Softmax is exp of each logit divided by sum of exps along the axis. Problem is overflow: exp of 1000 "
            "is inf, and inf divided by inf give NaN. So first I subtract the max along the axis, with keepdims "
            "true. This not change result, because softmax is invariant to adding constant to all logits, the "
            "constant cancel in numerator and denominator. After subtract, biggest value is 0, so exp is at most "
            "1, no overflow. Very negative logits just underflow to 0, which is fine, and denominator is at least "
            "1 so no divide by zero. I use axis parameter for max and sum, keepdims true, so broadcasting work for "
            "any axis and any shape. Output rows sum to 1 and all values between 0 and 1. It is vectorized, no "
            "Python loop, O of number of elements. I don't modify input in place."
        ),
        (
            "Think of softmax as turning raw scores into shares of a pie: exponentiate each score, then divide by "
            "the total so the shares sum to one. The catch is that exp explodes: exp(1000) is inf, and inf over inf "
            "is NaN. The fix is to subtract the maximum along the axis before exponentiating. That's safe because "
            "softmax doesn't change when you shift every logit by the same constant: the factor exp(-max) cancels "
            "between the top and the bottom. Example: logits [1000, 1001] become [-1, 0], exp gives [0.37, 1], and "
            "the result is [0.27, 0.73], same as the exact answer. Now the largest exponent is exp(0) = 1, so "
            "nothing overflows, very negative logits simply underflow to zero, and the denominator is at least 1. "
            "Take the max and the sum along the given axis with keepdims=True so the division broadcasts for any "
            "axis. It runs in linear time and memory in the number of elements. Rule of thumb: never exponentiate raw "
            "logits; subtract the max first."
        ),
    ],
    "code_causal_mask": [
        (
            "Decoder must not look at future tokens. So mask is square matrix seq_len by seq_len, row is query "
            "position i, column is key position j. True mean query i may attend key j, and it is True when j less or equal i: token see itself and "
            "everything before, nothing after. This is lower triangular matrix including diagonal. I build it with "
            "np.tril of np.ones of shape seq_len by seq_len, with dtype bool. Other way: compare np.arange as "
            "column with np.arange as row, j <= i, broadcasting give boolean matrix directly. Dtype must be bool, "
            "not 0 and 1 int and not additive minus infinity mask, because attention use it in np.where(mask, "
            "scores, -inf). False position get minus infinity before softmax, so weight is zero. Diagonal must be True, otherwise first row have nothing to attend and softmax give "
            "NaN. For seq_len 1 result is single True. Memory O of n squared."
        ),
        (
            "Picture reading a mystery novel with a card covering everything below the line you're on: you can "
            "see the current line and everything above, never what comes next. The causal mask is that card. It's "
            "a seq_len by seq_len boolean matrix where row i is the query and column j the key, and [i, j] is True "
            "exactly when j <= i. That's the lower triangle including the diagonal: np.tril(np.ones((n, n), "
            "dtype=bool)), or compare arange(n)[:, None] >= arange(n)[None, :]. For n = 3: row 0 is [T, F, F], row 1 "
            "[T, T, F], row 2 [T, T, T]. Keep the diagonal, because each token must attend to itself; without it "
            "row 0 is all masked and the softmax divides zero by zero. Return dtype bool, not integers or an "
            "additive -inf mask, since the caller does np.where(mask, scores, -inf). Rule of thumb: "
            "True means may attend."
        ),
    ],
    "code_attention": [
        (
            "Attention compute scores as Q times K transpose, divided by square root of d_k. I use matmul and "
            "swapaxes of last two axes for K, so any batch or head dimensions in front broadcast. Scaling by sqrt "
            "d_k is important: dot product variance grow with d_k, big scores make softmax saturate and gradient "
            "become very small. Then mask: where mask is False I put minus infinity with np.where, so after "
            "softmax weight is exactly zero. Then softmax over last axis, the key axis, with max subtraction for "
            "stability. Each row of weights sum to 1. Output is weights times V. If a row is fully masked, all "
            "minus infinity give NaN, so I guard it, for example return zero for that row. Cost is O(n squared "
            "times d) time and O(n squared) memory for score matrix."
        ),
        (
            "Think of a library lookup: your query is compared against every book's label, the key, and you walk "
            "away with a blend of the books' contents, the values, weighted by how well each label matched. "
            "Concretely: scores = Q @ K.swapaxes(-1, -2) / sqrt(d_k), using matmul over the last two axes so "
            "leading batch and head dimensions just broadcast. Divide by sqrt(d_k) because the dot product of "
            "random vectors has variance d_k; with d_k = 64 the raw scores are eight times too large, softmax "
            "saturates into a one-hot and the gradients vanish. Where the mask is False, set the score to -inf "
            "with np.where, so that position gets weight exactly zero. Then a numerically stable softmax over the "
            "last axis, the keys, subtracting the row max, and multiply the weights by V. If a whole row is masked, "
            "guard it so it doesn't become NaN. Cost is O(n^2 d) time and O(n^2) memory. Rule of thumb: softmax "
            "over keys, mask before the softmax."
        ),
    ],
    "code_multi_head_attention": [
        (
            "First I project X with W_q, W_k, W_v, each d_model by d_model. Then I split the last axis into "
            "n_heads pieces of d_head equal d_model divided by n_heads: reshape to (batch, seq, n_heads, d_head) "
            "and transpose to (batch, n_heads, seq, d_head). Head h own columns h times d_head to h plus 1 times "
            "d_head, this reshape give exactly that. Each head do scaled dot product attention on its own, scale "
            "is sqrt of d_head, not d_model, with mask broadcast over heads. Then I transpose back and reshape, "
            "concatenate heads to d_model, and multiply by W_o. If input is 2D (seq, d_model), I add batch axis "
            "and remove it at end. Cost is same as one big head, O(n squared times d_model). Different heads can "
            "learn different patterns, like one look at previous token and other at syntax."
        ),
        (
            "Imagine a panel of reviewers reading the same document, each told to look for something different, "
            "and then their notes are stapled together and summarised. That's multi-head attention. Project X "
            "once with W_q, W_k and W_v, then split the last axis into n_heads chunks of d_head = d_model / "
            "n_heads: reshape to (batch, seq, heads, d_head) and transpose to (batch, heads, seq, d_head), so head "
            "h gets columns h*d_head to (h+1)*d_head. Each head runs scaled dot-product attention independently, "
            "scaling by sqrt(d_head), with the mask broadcast across heads. Then transpose back, reshape to "
            "concatenate the heads into d_model, and apply the output projection W_o. Example: d_model 512 with 8 "
            "heads gives d_head 64. For 2-D input add a batch axis and drop it at the end. The cost is about the "
            "same as one full-width head: the projections cost O(n d_model^2) and the attention O(n^2 d_model) summed "
            "over the heads. Rule of thumb: reshape, attend per head, merge, then W_o."
        ),
    ],
    "code_grouped_query_attention": [
        (
            "GQA is like multi head attention but key and value have fewer heads. W_q project to n_heads heads, "
            "W_k and W_v project only to n_kv_heads heads. Group size is n_heads divided by n_kv_heads, must divide "
            "exactly. Query head h use kv head h // group size. So I split Q into n_heads heads and K, V into "
            "n_kv_heads heads, then I repeat each kv head group times along head axis with np.repeat, not np.tile, "
            "because consecutive query heads share same kv head. Then normal scaled dot product attention per head, "
            "divide by sqrt of head_dim, mask, softmax, times V. Concatenate heads and multiply W_o. Why it is "
            "useful: KV cache become n_heads over n_kv_heads times smaller, so decoding use less memory and "
            "bandwidth, and quality stay close to full MHA. When n_kv_heads is 1 it is multi query attention, when "
            "equal n_heads it is normal MHA."
        ),
        (
            "Think of a classroom where several students share one textbook: each student asks their own "
            "question, but a group reads from the same book. In grouped-query attention each query head has its "
            "own projection, but keys and values have only n_kv_heads heads, and query head h reads kv head h // "
            "(n_heads // n_kv_heads). So project Q into n_heads heads and K and V into n_kv_heads heads, then "
            "expand K and V with np.repeat along the head axis by the group size, so consecutive query heads map "
            "to the same kv head; np.tile would interleave them wrongly. Then it's ordinary scaled dot-product "
            "attention per head with sqrt(head_dim), the mask, softmax, merge heads, and W_o. Example: 32 query "
            "heads and 8 kv heads is a group of 4, so the KV cache is four times smaller. n_kv_heads = 1 is "
            "multi-query attention and n_kv_heads = n_heads is plain MHA. Rule of thumb: fewer kv heads save memory "
            "at decode time with little quality loss."
        ),
    ],
    "code_sampling": [
        (
            "Order is temperature, then top k, then softmax, then top p. Temperature divide logits; smaller than 1 "
            "make distribution sharper, bigger than 1 make it flatter. Temperature 0 is greedy, I return one hot on "
            "argmax and skip division, because divide by zero. Top k: I find k-th largest logit with np.partition "
            "and set every logit below it to minus infinity, so tied with k-th are all kept. top_k 0 mean off. "
            "Then stable softmax, subtract max, because temperature 0.01 make logits very large. Top p: sort "
            "probabilities descending, cumulative sum, keep smallest prefix whose sum reach top_p, including the "
            "token that cross the threshold. Other tokens get zero and I renormalize so sum is 1. Masked token with "
            "minus infinity logit get probability 0. I copy logits, no in place change. Cost is O(V log V) because of "
            "the sort, top k alone with np.partition is O(V)."
        ),
        (
            "Think of temperature as a contrast knob and top-k and top-p as bouncers at the door. First divide the "
            "logits by the temperature: below 1 sharpens the distribution, above 1 flattens it, and temperature 0 "
            "means greedy, so return a one-hot on the argmax without dividing by zero. Then top-k: keep the tokens "
            "whose logit is at least the k-th largest, so ties with it survive, and set the rest to -inf; top_k = 0 "
            "disables it. Then a stable softmax, subtracting the max, since a temperature of 0.01 gives logits in the "
            "thousands. Then top-p, the nucleus: sort probabilities in descending order, take the cumulative sum, "
            "and keep the smallest prefix whose mass reaches top_p, including the token that crosses it; zero the "
            "others and renormalise to sum to 1. Example: probabilities [0.5, 0.3, 0.2] with top_p 0.7 keep the "
            "first two, which become [0.625, 0.375, 0]. The sort makes it O(V log V); top-k alone can use np.partition "
            "in O(V). Rule of thumb: temperature, top-k, softmax, top-p, "
            "renormalise."
        ),
    ],
    "code_kv_cache_decode": [
        (
            "KVCache keep keys and values of all previous tokens, so we don't recompute them each step. In "
            "constructor I create empty Python lists in the instance, not class attribute, so two caches never "
            "share storage. append(k, v) add copy of one key and one value. Properties keys and values return "
            "np.stack of the lists, shape (t, d_k) and (t, d_v). For speed you can preallocate array and double "
            "capacity, then append is amortized O(1). decode_step first append new k and v to cache, then attend "
            "the single query over all cached keys: scores are keys times q divided by sqrt d_k, stable softmax "
            "with max subtraction, weights times values, output shape d_v. Because we append before attend, token "
            "see itself and past, never future, so no mask needed; result equal causal attention row. Each step cost "
            "O(t times d) instead of O(t squared) for recompute."
        ),
        (
            "Think of a meeting where the note-taker writes down each speaker's point once; when someone new "
            "speaks they check the notes instead of replaying the whole meeting. The KVCache is those notes. Its "
            "constructor creates its own lists in __init__, never as class attributes, or two caches would share "
            "storage. append(k, v) adds one row each, and the keys and values properties stack them into (t, "
            "d_k) and (t, d_v) arrays. decode_step appends the new key and value first, then attends the one "
            "query over everything cached: scores = keys @ q / sqrt(d_k), a stable softmax subtracting the max, then "
            "weights @ values. Since the token is appended before attending, it sees itself and the past and "
            "never the future, so no mask is needed and the result equals the causal-attention row. Example: at "
            "step 100 you compute 100 dot products instead of recomputing 100 keys and values. Each step is O(t d) "
            "rather than O(t^2 d). Don't np.concatenate onto one array each step: that copies the whole cache, O(t) per "
            "step; keep a list or a preallocated buffer that doubles, so appending is amortised O(1). Rule of thumb: "
            "append, then attend."
        ),
    ],
    "code_bpe_train": [
        (
            "I split corpus with corpus.split() and count each word with Counter, so repeated word count many "
            "times. Each word become tuple of its characters plus end of word symbol </w>. Then loop num_merges "
            "times. In each step I count all adjacent pairs in all words, weighted by word frequency; every "
            "position count, so a a a give two (a, a) pairs. Most frequent pair win; for tie I pick smallest pair "
            "as tuple, so I use max with key (count, negative) or sort by minus count then pair. Then I merge: scan "
            "each word left to right, where two symbols equal x then y, replace with one symbol x plus y, and skip "
            "next position so no overlap. I append pair to merges list. If no pair left, stop early. Working on "
            "unique words with counts, not on every token, make it fast. Naive cost is O(num_merges times total "
            "symbols)."
        ),
        (
            "Think of BPE like inventing abbreviations: whatever two-letter combination you write most often "
            "becomes a single shorthand symbol, and you repeat. Start by splitting the corpus on whitespace and "
            "counting word frequencies with a Counter, so each distinct word is stored once with its count. Each "
            "word becomes its characters plus the end-of-word marker '</w>', so 'low' is l, o, w, </w>. Each step, "
            "count every adjacent pair across all words, weighted by the word's frequency; the most frequent pair "
            "wins, and ties go to the lexicographically smallest pair as a tuple. Then merge it: scan each word left "
            "to right and replace every adjacent x, y with the fused symbol x+y, jumping past it so 'a a a' becomes "
            "'aa a'. Record the pair, and repeat num_merges times, stopping early if no pairs remain. Example: in "
            "'low low lower', (l, o) appears three times, so 'lo' is the first merge. Rule of thumb: the cost is "
            "O(num_merges times the number of symbols), so count over unique words."
        ),
    ],
    "code_kmeans": [
        (
            "First k-means++ initialization. I make rng with np.random.default_rng(seed). First centroid is random "
            "point, uniform. Each next centroid is chosen with probability proportional to squared distance D "
            "squared to nearest centroid already chosen. So centroids spread out, better than random init. If all "
            "distances are zero, pick any point. Then Lloyd loop: assign each point to nearest centroid, compute "
            "distances vectorized with broadcasting; then move each centroid to mean of its points. Stop when no "
            "centroid move more than tol or after max_iter. Empty cluster is the danger: mean of zero points is "
            "NaN. So if cluster has no points I keep old centroid, or reseed it at the farthest point. At end I "
            "assign labels once more so labels match returned centroids. Each iteration cost O(n k d). Result is "
            "local minimum of within cluster sum of squares, so seeding matter."
        ),
        (
            "Picture placing k pizza shops in a town: each house goes to its nearest shop, then each shop moves to "
            "the middle of its customers, and you repeat until nobody moves. That's Lloyd's algorithm, minimising "
            "the within-cluster sum of squares. Seeding matters, so use k-means++: with rng = "
            "np.random.default_rng(seed), pick the first centroid uniformly, then each next one with probability "
            "proportional to its squared distance to the nearest chosen centroid, so far-away points are favoured "
            "and the seeds spread out. Then iterate: assign every point to its nearest centroid, using vectorised "
            "distances, and move each centroid to the mean of its points; stop at max_iter or when no centroid "
            "moves by tol. The trap is an empty cluster: the mean of zero points is NaN, so keep its previous "
            "centroid or re-seed it at a data point. Finally reassign once so labels match the returned centroids. "
            "Each iteration costs O(n k d). Rule of thumb: it finds a local optimum, so good seeds matter."
        ),
    ],
    "code_knn": [
        (
            "For each test point I compute Euclidean distance to all training points. I do it vectorized: squared "
            "distance is |a|^2 plus |b|^2 minus 2 a dot b, so one matrix multiply give whole m by n matrix. Square "
            "root not needed, squared distance give same order. Then I take k nearest with np.argpartition, O(n) "
            "instead of full sort, and then sort only these k by distance. Majority vote: count labels with "
            "np.bincount or Counter. If two labels have same max votes, tie break: I pick tied label whose nearest "
            "neighbour is closest to test point. Easy way: go through k neighbours in order of distance and first "
            "one with tied label win. Labels can be any non negative integer, so bincount with minlength or "
            "np.unique. Cost is O(m n d) time for distances and memory O(m n); for big data I process test in "
            "chunks."
        ),
        (
            "k-NN is like asking your k closest neighbours which restaurant they prefer and going with the "
            "majority. For each test row, compute the Euclidean distance to every training row; vectorise it as "
            "||a||^2 + ||b||^2 - 2 a·b so one matrix product gives the whole m by n distance matrix, and skip the "
            "square root since squared distances rank the same. Take the k nearest with np.argpartition, which is "
            "O(n) rather than a full sort, then order those k by distance. Count the votes with np.bincount. On a "
            "tie, choose the tied label whose nearest member is closest: walk the k neighbours from closest outward "
            "and return the first whose label is among the tied ones. Example: k = 2 with one vote each means the "
            "closer neighbour's label wins. Cost is O(m n d) time and an m by n matrix of memory, so chunk the test "
            "set when it is large. Rule of thumb: argpartition, then vote."
        ),
    ],
    "code_mlp_backprop": [
        (
            "Forward: z1 equal X W1 plus b1, a1 is relu of z1, z2 equal a1 W2 plus b2, p is sigmoid z2. Loss is "
            "mean binary cross entropy; I add tiny eps inside log so no log of zero. I keep z1, a1 and p from forward "
            "pass, because backward pass reuse them. Backward: with sigmoid and BCE "
            "together, gradient on z2 is simply p minus y, divided by n because loss is mean. Then dW2 is a1 "
            "transpose times dz2, db2 is sum of dz2 over batch axis. Gradient to hidden: da1 equal dz2 times W2 "
            "transpose. ReLU derivative is 1 where z1 positive, 0 otherwise, at exactly 0 it is 0; so dz1 is da1 "
            "times mask z1 greater than 0. dW1 is X transpose times dz1, db1 is sum of dz1 over axis 0. Each "
            "gradient has same shape as its parameter. I don't update weights, only compute. I check with finite "
            "differences."
        ),
        (
            "Backprop is like tracing blame back through an assembly line: the final error is passed back stage by "
            "stage, and each stage takes its share. Forward: z1 = X W1 + b1, a1 = relu(z1), z2 = a1 W2 + b2, p = "
            "sigmoid(z2), and the loss is the mean binary cross-entropy, with a tiny eps inside the logs so log(0) can't "
            "happen. Cache z1, a1 and p from the forward pass, since the backward pass reuses them. Backward, the nice fact is that sigmoid "
            "plus cross-entropy gives dL/dz2 = (p - y) / n, the 1/n because the loss is a mean. Then dW2 = a1 "
            "transpose @ dz2 and db2 = dz2 summed over the batch. Push back: da1 = dz2 @ W2 transpose, and through "
            "the ReLU, dz1 = da1 * (z1 > 0), taking the derivative at exactly 0 as 0. Finally dW1 = X transpose @ "
            "dz1 and db1 = dz1 summed over axis 0. Example: with one example, p = 0.8 and y = 1, dz2 is -0.2. Each "
            "gradient must have its parameter's shape. Rule of thumb: verify against finite differences."
        ),
    ],
    "code_linear_regression_gd": [
        (
            "I start w as zeros of size d and b equal 0. Each epoch I compute prediction y hat equal X times w "
            "plus b, and error is y hat minus y. Loss is mean squared error. Gradient of MSE: dw equal 2 over n "
            "times X transpose times error, db equal 2 over n times sum of error, that is 2 times mean error. Then "
            "update w minus lr times dw and b minus lr times db, same time, both with old gradient. Full batch, so "
            "all examples every epoch, vectorized, no Python loop over samples. Cost is O(n d) per epoch, O(epochs "
            "times n d) total. If learning rate too big, loss diverge and weights blow up; features with different "
            "scale make it slow, so standardize features help. Factor 2 must be there, otherwise step is half size "
            "and result differ. For small d closed form normal equation solve it directly, and adding L2 penalty give "
            "ridge."
        ),
        (
            "Gradient descent is walking downhill in fog: you feel the slope under your feet and take a step "
            "against it, again and again. Start with w as a zero vector and b = 0. Each epoch, predict y_hat = X w "
            "+ b, take the residual r = y_hat - y, and compute the gradient of the mean squared error: dw = (2/n) "
            "X transpose r and db = (2/n) times the sum of r. Update both simultaneously, w -= lr * dw and b -= lr "
            "* db, using the full batch, vectorised. Keep the factor 2; dropping it halves the step. Example: one "
            "feature, X = [1, 2], y = [2, 4], starting at zero, dw = (2/2)(-(1*2 + 2*4)) = -10, so with lr = 0.01 "
            "w moves to 0.1. Each epoch costs O(n d). If the learning rate is too large the loss diverges; unscaled "
            "features make it zig-zag slowly. For a small number of features the closed-form normal equation, or "
            "lstsq, solves it in one shot, and adding an L2 penalty turns it into ridge. Rule of thumb: standardise features and watch the loss go down."
        ),
    ],
    "code_dropout": [
        (
            "Inverted dropout: in training each entry is set to zero with probability p. I draw mask with "
            "rng.random(x.shape) greater or equal p, so keep probability is 1 minus p. All randomness come from "
            "rng, not np.random, so same seed give same output. Entries that survive I divide by 1 minus p. This "
            "scaling keep expected value of output equal x, so at inference nothing change. When training is "
            "False or p is 0, I return x unchanged, no mask, no scaling. I don't modify x in place, I return new "
            "array x times mask divided by 1 minus p. p must be smaller than 1, else division by zero. Cost O of "
            "number of elements. Dropout is regularization: network cannot rely on single neuron, so less "
            "co-adaptation and less overfitting."
        ),
        (
            "Think of a team where each day a random few people call in sick: nobody can rely on one colleague, so "
            "everyone learns to cover. Dropout does that to units. In training, draw a mask with rng.random(x.shape) "
            ">= p, so each entry is zeroed with probability p, always from the given Generator so a seed reproduces "
            "it. Then divide the survivors by 1 - p; that's the inverted part, and it keeps the expected value of "
            "each output equal to x. Example: p = 0.5, an entry of 2.0 becomes 0 or 4.0 with equal chance, average "
            "2.0. Because of that scaling, at inference, training=False, you return x unchanged with no rescaling "
            "at all; the same when p is 0. Build a new array, x * mask / (1 - p), rather than editing x in place. "
            "It's linear in the number of elements. Rule of thumb: scale at training time, do nothing at test time."
        ),
    ],
    "code_precision_recall_f1": [
        (
            "I count true positive, false positive and false negative with boolean masks: TP is sum of y_true 1 "
            "and y_pred 1, FP is truth 0 predicted 1, FN is truth 1 predicted 0. Precision is TP over TP plus FP, "
            "fraction of predicted positives that are really positive. Recall is TP over TP plus FN, fraction of "
            "real positives we catch. F1 is harmonic mean, 2 times precision times recall over precision plus "
            "recall. Zero denominator is normal case: if model predict no positive, precision denominator is zero; "
            "if no actual positives, recall denominator is zero; if both are zero, F1 denominator is zero. In each "
            "case I return 0.0, not NaN and not exception, so I check denominator before divide. I return Python "
            "floats. It is one pass, O(n). Harmonic mean punish when one of them is low."
        ),
        (
            "Picture a fishing net: precision asks how much of what you pulled up is actually fish, recall asks "
            "how many of the fish in the lake you caught. Count three things with boolean masks: TP, truth 1 and "
            "predicted 1; FP, truth 0 but predicted 1; FN, truth 1 but predicted 0. Precision = TP / (TP + FP), "
            "recall = TP / (TP + FN), and F1 = 2PR / (P + R), the harmonic mean, which drags toward the smaller of "
            "the two. Example: TP 8, FP 2, FN 8 gives precision 0.8, recall 0.5, F1 about 0.62. The edge cases are "
            "zero denominators: when the model predicts nothing positive precision has an empty denominator, when "
            "there are no actual positives recall does, and when both are zero F1 does. Return 0.0 in each case "
            "instead of NaN or a ZeroDivisionError, by checking the denominator before dividing. It's O(n). Rule of "
            "thumb: define 0/0 explicitly."
        ),
    ],
}
