"""Fresh replies to the coding questions' discussion items in two more voices, written by helper wdisc
from each item's `ask` alone (before reading its key points or misconceptions).

Per item: two expert replies, a **second-language** one (a strong candidate whose English is a second
language: simple grammar, dropped articles, verb-agreement slips, short sentences; the content fully
right) and a **teacher** one (explains to a junior: an everyday analogy first, then the mechanism, a
small worked number, a rule of thumb). Each is graded as the engine grades a discussion reply, against
the item's own key points and misconceptions, and must reach the hire band (0.7). Where a reply first
missed a point it did say, the item's patterns were widened with the general family of wordings; where
it had not said the point, the reply was fixed.
"""

from __future__ import annotations

REPLIES = {
    'code_adam_step': [
        {"index": 0, "experts": [
            'Moment estimates m and v start from zero. So in first steps they are biased toward zero, '
            'because exponential average did not see enough gradients yet. After step one, m is only 0.1 '
            'times gradient and v is only 0.001 times squared gradient. Bias correction divide m by 1 - '
            'beta1^t and v by 1 - beta2^t, so estimate become unbiased. Without correction v is much too '
            'small, more than m, so ratio m over sqrt(v) is too big and first updates are too large, '
            'training can be unstable. After some thousand steps correction factor go to 1 and do nothing.',
            'Think of a thermometer that starts at zero and warms up slowly: the first readings are too low '
            'no matter how hot the room is. Adam\'s running averages m and v start at zero, so early on '
            'they are biased toward zero. With beta2 = 0.999, after one step v holds 0.001 g^2, while m '
            'holds 0.1 g. Bias correction divides m by 1 - beta1^t and v by 1 - beta2^t, which makes both '
            'unbiased estimates. Without it, v is underestimated far more than m, so m / sqrt(v) is about '
            '3 times too large and the first updates overshoot. Rule of thumb: the correction matters for '
            'the first few thousand steps, then the factor goes to 1.',
        ]},
        {"index": 1, "experts": [
            'Adam keep two states for every parameter: first moment m and second moment v. In fp32 each is '
            '4 bytes, so 8 bytes per parameter. For 7 billion parameters it is 56 GB only for optimizer '
            'states. Plus weights 28 GB and gradients 28 GB in fp32, so more than 100 GB together. To '
            'reduce: use 8-bit Adam, shard optimizer states across GPUs with ZeRO or FSDP, offload states '
            'to CPU memory, or use optimizer with less state like Adafactor or SGD with momentum. LoRA also '
            'help because only small adapters have optimizer state.',
            'Picture keeping two notebooks for every one of your employees: the bookkeeping costs more than '
            'the staff list itself. Adam keeps two extra numbers per parameter, the first moment m and the '
            'second moment v. In fp32 that is 4 + 4 = 8 bytes per parameter, so for 7B parameters: 7e9 x 8 '
            '= 56 GB of optimizer state, on top of 28 GB of fp32 weights and 28 GB of gradients. To cut it: '
            'shard the states across GPUs (ZeRO or FSDP), keep them in 8-bit (8-bit Adam), offload them to '
            'CPU, switch to a factored optimizer like Adafactor, or train only LoRA adapters so few '
            'parameters need state.',
        ]},
    ],
    'code_best_split': [
        {"index": 0, "experts": [
            'Split quality must be impurity per sample, so each child Gini is weighted by its size, n_left '
            'over n and n_right over n. Then result is expected impurity of a random sample after split. '
            'With plain average, small child count same as big child. So algorithm like split that cut off '
            'one or two points into a tiny pure child: that child has Gini 0 and pull average down, even '
            'if big child is still very mixed. Plain average favour very unbalanced splits that isolate few '
            'outliers and do not really separate classes. Also with size weights the children impurity never '
            'exceed parent impurity, because Gini is concave, so gain is never negative.',
            'Imagine rating a school by averaging a class of 2 perfect students and a class of 98 '
            'struggling ones: it looks half excellent, which is silly. '
            'Weighting each child\'s Gini by its share of the samples gives the average impurity per '
            'sample. Example: 100 rows, a split peels off 2 rows that are pure (Gini 0) and leaves 98 with '
            'Gini 0.5. Plain average: 0.25, looks great. Weighted: 0.02 x 0 + 0.98 x 0.5 = 0.49, almost no '
            'gain. So a plain average favours lopsided splits that isolate a tiny pure group of outliers. '
            'With size weights, because Gini is concave, the children\'s impurity can never exceed the '
            'parent\'s, so the gain is never negative.',
        ]},
        {"index": 1, "experts": [
            'Naive search try every feature and every threshold, and for each threshold it recompute Gini '
            'over all n rows, so cost is O(d n^2). Better: for each feature sort values once, O(n log n), '
            'then sweep thresholds left to right and update class counts incrementally, O(1) per step. '
            'Total O(d n log n). Gradient boosting libraries like LightGBM and XGBoost go faster: they bin '
            'each feature into histogram of maybe 256 buckets once, then only scan bins, so cost per split '
            'is O(d x bins) after O(n d) to fill histograms. Also they subtract histograms (child = parent '
            '- sibling) and sample rows, like GOSS.',
            'To find the best cut in a queue you walk along it, moving one person at a time, rather than '
            'recounting everyone per cut. Naively there are d '
            'features times n thresholds, and each threshold recounts all n rows: O(d n^2). Sort each '
            'feature once (n log n), then sweep the thresholds in order, moving one row from right to left '
            'and updating the class counts in O(1): total O(d n log n). With 1 million rows, n^2 is 10^12 '
            'but n log n is about 2 x 10^7. Boosting libraries like LightGBM go further: they bucket each '
            'feature into a histogram of about 256 bins, so each split scans 256 bins instead of n rows.',
        ]},
    ],
    'code_kfold_indices': [
        {"index": 0, "experts": [
            'Shuffle when rows are i.i.d. and file is maybe sorted, for example by label or by date of '
            'collection; otherwise one fold get only one class. But with time series you must not shuffle: '
            'model will train on future and test on past, this leak information and score is too '
            'optimistic. Use forward-chaining split, train on past and validate on later period. When one '
            'patient have several rows, random shuffle put same patient in train and in test, model '
            'memorise patient and score is too high. Use group k-fold so all rows of one patient stay in '
            'same fold.',
            'Think of an exam: if the questions in the practice set are the same ones on the exam, a high '
            'score means nothing. Shuffle before splitting when rows are independent and the file might be '
            'sorted, say by class, so each fold gets a fair mix. Do not shuffle time series: a random split '
            'lets the model train on next month to predict last month, which leaks the future. Use a '
            'time-ordered split, always validating on a later period. With several rows per patient, '
            'shuffling puts patient 17\'s scans in both train and test, so the model recognises the patient '
            'and scores too high. Use group k-fold: every patient\'s rows stay in one fold.',
        ]},
        {"index": 1, "experts": [
            'Best CV score is chosen as maximum over many configs, so it is biased upward. Some of its '
            'good score come from noise in that particular folds, the model selection overfit the '
            'validation data. Validation data is not unseen anymore because we used it for choosing. Fix: '
            'nested cross-validation, inner loop tune hyperparameters, outer loop estimate performance on '
            'folds never used for tuning. Or keep a separate held-out test set, tune with CV on rest, and '
            'report score on test set only one time.',
            'If you roll twenty dice and report the highest, you did not find a lucky die, you found noise. '
            'Picking the best of many configurations by CV score does the same: the winner\'s score is '
            'partly luck on those folds, so it is optimistically biased; you used the validation folds to '
            'choose, so they are no longer unseen data. With 50 configs whose true accuracy is all 0.80 and '
            'fold noise of 0.01, the best one will report around 0.82. The fix is nested cross-validation: '
            'an inner CV tunes the hyperparameters, an outer CV scores the whole tuning procedure on folds '
            'it never saw. Or tune on part of the data and evaluate on a held-out test set once.',
        ]},
    ],
    'code_kv_cache_bytes': [
        {"index": 0, "experts": [
            'Per token cache store K and V for each layer: 2 x 80 layers x 64 heads x 128 dim x 2 bytes. '
            'That is 2 x 80 x 8192 x 2 = 2.6 MB per token, about 2.5 MiB. For 32k tokens it is around 86 '
            'GB, so about 80 GiB for one sequence. Batch of 8 give about 690 GB. Weights is 140 GB, so '
            'cache of one 32k sequence is more than half of weights, and batch 8 is about five times the '
            'weights. So cache, not weights, decide how many requests fit in memory.',
            'Think of the cache as a notebook where every word you have read leaves a note on every floor of '
            'the building. Per token you store K and V: 2 x 80 layers x 64 kv heads x 128 x 2 bytes = '
            '2,621,440 bytes, about 2.6 MB per token. Times 32,768 tokens: about 86 GB, roughly 80 GiB, '
            'for one sequence. For a batch of 8, about 690 GB. The weights are 140 GB, so one 32k sequence '
            'costs more than half the weights and a batch of 8 costs about 5 times the weights. Rule of '
            'thumb: at long context the KV cache, not the weights, limits batch size.',
        ]},
        {"index": 1, "experts": [
            'First lever: fewer kv heads, GQA or MQA. Cache memory shrink by n_heads over n_kv_heads, for example '
            '64 to 8 heads is 8 times smaller, but quality drop little and you need to train or uptrain '
            'model like that. Second: lower precision cache, fp8 or int8 is half of fp16, int4 is quarter, '
            'cost is quantisation error and some accuracy loss on long context. Third: sliding window, '
            'keep only last W tokens, so cache is fixed size, but model cannot attend to tokens older than '
            'window, so it lose long-range information, because old keys and values are deleted.',
            'It is like packing a suitcase: share items, fold them smaller, or bring fewer. Fewer kv heads '
            '(GQA/MQA) lets several query heads share one K/V head: going from 64 to 8 kv heads cuts the '
            'cache by 8x, at a small quality cost, and the model must be trained or uptrained that way. A '
            'lower-precision cache, fp8 or int8 instead of fp16, halves it, at the cost of some quantization '
            'error. A sliding window keeps only the last W tokens, say 4,096, so the cache stops growing '
            'with context, but the model can no longer attend to anything older than the window.',
        ]},
    ],
    'code_layer_norm': [
        {"index": 0, "experts": [
            'Batch norm normalise each feature across examples in batch. Layer norm normalise across '
            'features of one example, for each token separately. So layer norm do not depend on batch '
            'size or on other sequences, work same with batch of 1 and with padding and variable length. '
            'That is why transformers use it. Batch norm at inference need running mean and running '
            'variance collected during training, because test batch can be one example. Layer norm '
            'need nothing, it compute statistics from current input, same in training and in inference.',
            'Batch norm is like grading each exam question against the whole class; layer norm is like '
            'grading each student against their own other answers. Batch norm normalises each feature over '
            'the examples in the batch, whereas layer norm normalises each token over its own features. So layer '
            'norm does not depend on the batch: batch size 1, variable sequence lengths and padding all '
            'work, which is why transformers use it. At inference batch norm needs running averages of '
            'mean and variance saved from training; layer norm needs no stored statistics and computes '
            'the same thing in training and inference.',
        ]},
        {"index": 1, "experts": [
            'Eps inside square root, sqrt(var + eps), so when variance is zero, for example constant input, '
            'we divide by sqrt(eps) and not by zero, result stay finite. It also match how PyTorch define '
            'layer norm, so numbers agree. For variance, mean(x^2) - mean^2 subtract two big numbers that '
            'are almost equal when mean is large compare to spread. This is catastrophic cancellation, in '
            'fp32 or fp16 result lose precision and can be even negative, then sqrt give NaN. Mean of '
            'squared deviations is always non-negative and numerically stable. In fp16, too small eps like '
            '1e-12 round to zero, so keep eps around 1e-5 or compute statistics in fp32.',
            'It is like weighing a cat by weighing yourself holding it and subtracting your own weight: '
            'any error in the scale swamps the cat. mean(x^2) - mean^2 does exactly that. With x around 10,000 and spread 1, both terms are about 10^8, and '
            'fp32 keeps only about 7 digits, so the difference is lost to catastrophic cancellation and can '
            'even come out negative, giving NaN under the square root. Mean of squared deviations is '
            'always non-negative. Eps goes inside the sqrt, sqrt(var + eps), so a constant input with '
            'variance 0 divides by sqrt(eps), not by zero. In fp16 a tiny eps like 1e-12 rounds to zero, '
            'so use about 1e-5 or compute the statistics in fp32.',
        ]},
    ],
    'code_logistic_regression_grad': [
        {"index": 0, "experts": [
            'Cross-entropy with sigmoid give gradient p - y, simple and big when prediction is wrong. Loss '
            'is also convex in weights for logistic regression, so one global minimum. Squared error with '
            'sigmoid is not convex. Its gradient is (p - y) times p(1 - p). When model is confidently '
            'wrong, p is near 0 but y is 1, the factor p(1 - p) is near zero, so gradient vanish and '
            'learning almost stop exactly where error is biggest. Cross-entropy is also maximum likelihood '
            'for Bernoulli label.',
            'Think of a coach who whispers when the athlete makes the biggest mistake: that is squared '
            'error on a sigmoid. Its gradient with respect to the logit is (p - y) p (1 - p). If the model '
            'says p = 0.001 for a true positive, p(1 - p) is about 0.001, so the gradient is about 0.001: '
            'the sigmoid saturates and the gradient vanishes when the model is most wrong. Cross-entropy\'s '
            'gradient is just p - y = -0.999, strong where the error is large. Cross-entropy is also the '
            'maximum likelihood for a Bernoulli label and is convex for logistic regression, while squared '
            'error on a sigmoid is non-convex.',
        ]},
        {"index": 1, "experts": [
            'Do not compute p first and then log(p). Write loss direct from logit z. Loss is log(1 + '
            'exp(z)) - y z, that is softplus(z) - y z. For stable: max(z, 0) - y z + log(1 + exp(-|z|)). '
            'Here exp get only negative argument, so never overflow, and log1p keep precision for small '
            'values. We never take log(0) because we never round p to 0 or 1. Clipping p to [eps, 1 - eps] '
            'also avoid log(0), but it bias the loss and gradient become zero after clip. So use '
            'library function like BCEWithLogitsLoss that take logits.',
            'Measure a tiny distance directly, not as a difference of huge coordinates. Do not compute p = sigmoid(z) and then log(p): at z = -800, p rounds to exactly '
            '0 and log(0) is -inf. Work from the logit: loss = log(1 + exp(z)) - y z, which you evaluate as '
            'max(z, 0) - y z + log1p(exp(-|z|)). The exp only ever sees a negative number, so it cannot '
            'overflow, and log1p stays accurate for tiny arguments. At z = -800, y = 1 the loss is just 800. Clipping p to [1e-7, 1 - 1e-7] would also dodge log(0), but it distorts the '
            'loss and flattens the gradient beyond the clip. Rule of thumb: pass logits to the loss, as '
            'BCEWithLogitsLoss does.',
        ]},
    ],
    'code_roc_auc': [
        {"index": 0, "experts": [
            'AUC is probability that random positive get higher score than random negative. It only '
            'compare pairs, so it use only ranking of scores, not the values. Any monotonic transform, '
            'like squaring scores or apply sigmoid, keep same order and so same AUC. Consequence: model '
            'can have great AUC but probabilities badly calibrated, for example it say 0.9 when real rate '
            'is 0.3. AUC will not show this. If you need probabilities, check calibration curve or Brier '
            'score and fix with Platt scaling or isotonic regression.',
            'Think of a race judged only by finishing order: the times could all be off by an hour and the '
            'podium would be the same. AUC is the probability that a random positive scores higher than a '
            'random negative, so it depends only on the ranking of the scores. Any monotonic transform, '
            'say dividing every score by 10, leaves the AUC unchanged. So a model can have AUC 0.95 and '
            'still be badly calibrated: it says 0.9 where the true rate is 0.3. AUC will not reveal that. '
            'When decisions use the probability itself, check a reliability diagram or the Brier score, and '
            'recalibrate with Platt scaling or isotonic regression.',
        ]},
        {"index": 1, "experts": [
            'ROC use false positive rate, FP divided by all negatives. With 0.1% positives there are huge '
            'number of negatives, so even many false positives give small FPR, and ROC-AUC look excellent. '
            'But precision is bad: for 1 million rows, 1000 positives, FPR 1% is 10,000 false alarms, so '
            'most flagged are false. Model is useless for team who check alerts. Better report '
            'precision-recall curve and average precision, or precision at k and recall at fixed '
            'precision, because they depend on positives and show the false alarms.',
            'It is like boasting that a smoke alarm ignores 99% of non-fires, when you cook 1,000 meals for '
            'every real fire. ROC plots recall against false positive rate, and FPR divides false positives '
            'by the huge number of negatives, so it stays tiny. With 1,000,000 rows and 0.1% positives '
            '(1,000), an FPR of 1% is still 10,000 false alarms: even catching all 1,000 frauds, precision '
            'is about 9%. ROC-AUC looks excellent while the model is useless in practice. Report the '
            'precision-recall curve and average precision, or precision at the top k alerts, which the '
            'rare class dominates.',
        ]},
    ],
    'code_softmax': [
        {"index": 0, "experts": [
            'Softmax is invariant to shift: if we subtract same constant from all logits, exp(x - c) / sum '
            'exp(x - c) is same because exp(-c) cancel in numerator and denominator. We subtract max, so '
            'largest exponent is exp(0) = 1 and nothing can overflow to inf, for example logit 1000 give '
            'inf without this. Small values still can underflow: very negative logits give exp = 0, '
            'probability become exactly 0, and then log of it is -inf. Sum is at least 1 so no division by '
            'zero, but for log-probabilities better use log-softmax directly.',
            'It is like measuring everyone\'s height from the tallest person down instead of from the floor: '
            'the differences, which are all that matter, stay the same. Softmax is shift-invariant: exp(x - '
            'c) / sum exp(x - c) equals the original, because exp(-c) cancels. Subtracting the max makes '
            'the biggest exponent exp(0) = 1, so exp never overflows; with logits [1000, 999] the naive '
            'version gives inf / inf = NaN, the shifted one gives [0.73, 0.27]. Very small values can '
            'still underflow: a logit 800 below the max gives exp = 0, a probability of exactly 0, and '
            'log(0) = -inf if you take logs later. The denominator is at least 1, though.',
        ]},
        {"index": 1, "experts": [
            'If we compute softmax first and then log, small probability underflow to 0 and log give -inf, '
            'and we also lose precision. Better compute log-softmax direct: log p_i = x_i - logsumexp(x). '
            'Logsumexp is computed stable: m + log(sum exp(x - m)) with m the max. So no overflow and no '
            'log(0). Also it is faster and gradient is simple, softmax minus one-hot. Frameworks fuse it in '
            'cross-entropy loss that take logits.',
            'It is like keeping accounts in the log of money: multiplying tiny numbers and then taking the '
            'log loses everything the tiny numbers held. Computing softmax and then log underflows: a '
            'probability of 1e-50 in float32 becomes 0, and log(0) = -inf, so the loss is infinite. '
            'Instead compute log-softmax directly: log p_i = x_i - logsumexp(x), with logsumexp done '
            'stably as m + log(sum exp(x - m)), m the max. For logits [0, -200] that gives log-probs [0, '
            '-200] exactly, not -inf. That is why cross-entropy losses take logits and fuse the two steps; '
            'the gradient is simply softmax minus the one-hot label.',
        ]},
    ],
    'code_causal_mask': [
        {"index": 0, "experts": [
            'In training we use teacher forcing: all positions are predicted in parallel in one forward '
            'pass. Without mask, position t can attend to token t+1, which is exactly the token it must '
            'predict, so model just copy the answer and loss become near zero, it learns nothing useful. '
            'At generation time future token do not exist, so model trained without mask would see '
            'different situation than in training. Mask make training match inference: each position '
            'only see itself and earlier tokens.',
            'Think of an exam where the answer key is printed on the back of each page: in practice a '
            'student scores 100%, in the real exam they fail. In training we feed the whole target '
            'sequence at once and predict every next token in parallel, teacher forcing. Without the '
            'mask, position 3 could attend to token 4, the very token it must predict, and simply copy '
            'it; training loss drops to near zero but the model learns nothing it can use. At generation '
            'token 4 does not exist yet, so the model would face a situation it never saw. The mask makes '
            'each position see only itself and earlier ones, so training matches inference.',
        ]},
        {"index": 1, "experts": [
            'Full mask is seq_len x seq_len, so memory is O(n^2). For 128k context that is 1.6e10 '
            'entries, as booleans about 16 GB, and the score matrix has same n^2 size, even more in fp32. '
            'Fused kernels like FlashAttention never build mask or full score matrix. They work in tiles: '
            'compute index of query and key in the kernel and set score to -inf when key index is bigger '
            'than query index. Tiles which are fully above diagonal are skipped completely, so it save '
            'almost half of compute.',
            'It is like printing a full seating chart for a stadium just to say "nobody sits ahead of '
            'you". A seq_len by seq_len mask is O(n^2) memory: at 32k tokens that is about 1 billion '
            'entries, 1 GB as bytes, per head if broadcast badly, and the scores it masks are n^2 too. '
            'Fused kernels such as FlashAttention never build it: they process blocks of queries and keys, '
            'compute the positions from the block indices, and set scores to -inf where the key index is '
            'greater than the query index. Blocks entirely above the diagonal are skipped, which saves '
            'about half of the work.',
        ]},
    ],
    'code_attention': [
        {"index": 0, "experts": [
            'If q and k have components with mean 0 and variance 1, dot product is sum of d_k terms, so '
            'its variance is d_k and std is sqrt(d_k). With large d_k, like 512, scores are big, softmax '
            'become almost one-hot, it saturate. Then gradients of softmax are nearly zero and training '
            'is slow or stuck. Dividing by sqrt(d_k) bring variance back to 1, so softmax stay in good '
            'range and gradients flow. It is not normalisation to probability, softmax does that.',
            'Imagine adding up 64 dice rolls instead of one: the total swings far more, so one score '
            'easily towers over the rest. A dot product of two d_k-dimensional vectors with unit-variance '
            'entries is a sum of d_k terms, so its variance is d_k and its spread sqrt(d_k). With d_k = 64 '
            'scores spread by about 8, and softmax over [8, 0, -8] is essentially one-hot: it saturates, '
            'attends to one key, and its gradients vanish, so learning stalls. Dividing by sqrt(d_k) = 8 '
            'brings the variance back to 1, keeping softmax soft and gradients healthy.',
        ]},
    ],
    'code_multi_head_attention': [
        {"index": 0, "experts": [
            'One head make one softmax, so each token get only one attention distribution, one weighted '
            'average of values. It mix everything together. With several heads each head has own '
            'projection and own softmax, so they can attend to different positions and different '
            'relations at same time: one head look at previous token, another at syntax, another at '
            'far context. Parameter count and FLOPs is about same because d_model is split into h heads '
            'of d_model / h, so we get more patterns for free. Cost is each head work in smaller subspace.',
            'It is like one spotlight versus eight smaller ones: same total power, but eight can light '
            'different parts of the stage at once. One head has one softmax, so each token gets a single '
            'attention distribution and must average everything it wants into one mix. With 8 heads of '
            'size 64 instead of one of 512, each head has its own projections and its own softmax, so one '
            'can track the previous token, another the subject of the verb, another distant context. The '
            'parameter count and compute stay the same, since 8 x 64 = 512. The cost is that each head '
            'sees a lower-dimensional subspace.',
        ]},
        {"index": 1, "experts": [
            'Projections Q, K, V and output are four matrices d x d, so cost is O(n d^2) for n tokens, '
            'about 4 n d^2 multiply-adds. Attention itself compute QK^T and then multiply by V, that is '
            'O(n^2 d). So ratio is n to d. For short sequence, n smaller than d, projections dominate. For '
            'long sequence, n bigger than d, attention n^2 term dominate, and also memory of n^2 scores '
            'grow quadratic.',
            'Think of a meeting: preparing each person\'s notes scales with the number of people, but '
            'everyone talking to everyone scales with its square. The Q, K, V and output projections are '
            'four d x d matrix products per token: about 4 n d^2 operations, linear in sequence length n. '
            'The attention itself, QK^T and the weighted sum with V, costs about 2 n^2 d, quadratic in n. '
            'The ratio is roughly n versus 2d. With d = 4096 and n = 512, the projections dominate; at n = '
            '32k, attention dominates by about 4x. So short sequences are projection-bound and long ones '
            'attention-bound.',
        ]},
    ],
    'code_grouped_query_attention': [
        {"index": 0, "experts": [
            'KV cache store K and V only for kv heads. With GQA, n_heads query heads share n_kv_heads kv '
            'heads, so cache is smaller by factor n_heads / n_kv_heads, for example 64 to 8 heads is 8 '
            'times less. Arithmetic of attention is almost same, because every query head still compute '
            'scores. But decoding is memory bandwidth bound: each step read whole cache from memory. '
            'Smaller cache mean faster step and more sequences or longer context fit in GPU, so bigger '
            'batch and more throughput.',
            'Imagine a library where eight readers share one copy of a book instead of each getting their '
            'own: shelf space drops eightfold while the reading is the same. GQA lets a group of query '
            'heads share one key/value head, so the KV cache shrinks by n_heads / n_kv_heads: with 32 '
            'query heads and 8 kv heads, 4x smaller. The FLOPs barely change, because every query head '
            'still scores every key. But serving decode is memory-bandwidth bound: each new token reads '
            'the whole cache, so a 4x smaller cache means faster steps and 4x more sequences or context in '
            'the same GPU memory, hence larger batches and throughput.',
        ]},
        {"index": 1, "experts": [
            'With h // group, neighbour query heads 0, 1, 2 and 3 share kv head 0 and heads 4 to 7 share kv '
            'head 1, so groups are contiguous. With h % n_kv_heads, heads 0, 8 and 16 share kv head 0, so '
            'groups are interleaved. If you '
            'train from scratch with modulo, it is not wrong, it is only a permutation of heads, model '
            'learn weights for that layout and is equally good. But when you load checkpoint, weights were '
            'trained with one mapping, usually contiguous like in Llama. If code use other mapping, query '
            'head read wrong kv head, because layout do not match, and output is garbage without any error.',
            'It is like assigning students to teachers: by blocks of the alphabet or round-robin. Both '
            'are fair, but you cannot swap schemes mid-year. h // group puts consecutive query heads 0-3 '
            'on kv head 0, 4-7 on kv head 1; h % n_kv_heads interleaves them, so heads 0, 8, 16, 24 share '
            'kv head 0. Trained from scratch, modulo is equally valid: it is just a permutation of the '
            'query heads, and the model learns weights for whichever layout it is given. But a checkpoint '
            'such as Llama was trained with contiguous groups, so loading it with the modulo mapping pairs '
            'queries with the wrong keys and values and silently produces garbage.',
        ]},
    ],
    'code_sampling': [
        {"index": 0, "experts": [
            'Top-k keep always fixed number k of tokens. Top-p keep smallest set of tokens whose '
            'probability sum to p, so size adapt to distribution. When distribution is flat, many tokens '
            'are plausible: top-k with small k cut too many good ones, top-p keep many tokens. When '
            'distribution is peaked, one token has 0.95: top-k still keep k tokens including junk '
            'tail, top-p keep only one or two. So I use top-p when confidence change a lot from step to '
            'step, which is normal in text generation.',
            'Top-k is like always inviting exactly five guests; top-p is inviting people until you have '
            'covered 90% of your friendships, however many that takes. Top-k keeps a fixed number of '
            'tokens; top-p keeps the smallest set whose probabilities add up to p, so its size adapts. '
            'On a flat distribution, say 1,000 tokens at 0.1% each, top-k = 40 cuts off most reasonable '
            'choices, while top-p = 0.9 keeps about 900. On a peaked one, where one token has 0.97, top-k '
            'still samples from 40 including junk, while top-p keeps only that one. Reach for top-p when '
            'the model\'s confidence varies a lot between steps.',
        ]},
        {"index": 1, "experts": [
            'Softmax of z / T: temperature scale logits before exponent, so it change sharpness. If you '
            'divide probabilities by T, after renormalisation T cancel, nothing change at all. Equivalent on '
            'probability side is power p^(1/T). When T go to 0, largest logit dominate, distribution become '
            'one-hot, same as greedy argmax. When T go to infinity, all logits go to 0, distribution become '
            'uniform over vocabulary, random tokens.',
            'Dividing the probabilities by T is like dividing every price in a shop by 2: the relative '
            'prices, and so the choices, do not change. Renormalising the probabilities cancels T, so '
            'nothing happens. '
            'Dividing the logits works because the exp turns it into a power: softmax(z / T) is p^(1/T) '
            'renormalised, so gaps between logits grow or shrink. With logits [2, 1], T = 1 gives [0.73, '
            '0.27] and T = 0.5 gives [0.88, 0.12]. As T goes to 0, the largest logit takes everything: '
            'greedy argmax. As T goes to infinity, the logits flatten and sampling becomes uniform over '
            'the vocabulary.',
        ]},
    ],
    'code_kv_cache_decode': [
        {"index": 0, "experts": [
            'Without cache, each decode step run the full model over all t tokens again. It recompute K and '
            'V for every previous token, so cost is O(t d^2) for projections plus O(t^2 d) for attention. '
            'With cache, step only compute q, k and v for the one new token and attend to t cached keys, '
            'so attention cost O(t d), much cheaper compared with O(t^2 d). For n tokens the total with '
            'cache is O(n^2 d), whereas without cache it is sum of t^2, so O(n^3 d). Price of cache is '
            'memory, which grow linearly with length.',
            'It is like rereading a whole book from page one every time you add a sentence, versus keeping '
            'your notes. Without a cache, step t reruns the model over all t tokens: projections O(t d^2) '
            'and attention O(t^2 d). With the cache, step t projects only the new token, O(d^2), and '
            'attends over t stored keys and values, O(t d). Over n tokens that is O(n^2 d) attention in '
            'total with the cache versus O(n^3 d) without; at n = 1,000 that is a thousandfold gap. The '
            'price is memory: the cache grows linearly with sequence length.',
        ]},
        {"index": 1, "experts": [
            'Prefill process all prompt tokens together, so every weight loaded from memory is used for '
            'many tokens, big matrix-matrix multiply. Arithmetic intensity is high, GPU compute is bottleneck. '
            'Decode generate one token per step: matrix-vector multiply, every weight and whole KV cache '
            'must be read from HBM for only a few FLOPs per byte. So decode is limited by memory bandwidth, '
            'compute units wait. That is why batching many requests in decode help a lot.',
            'Think of a chef who fetches every ingredient from the cellar: cooking for 2,000 guests at once '
            'keeps the stove busy, cooking for one guest per trip wastes time on stairs. Prefill runs the '
            'whole prompt, say 2,000 tokens, through each weight matrix at once: matrix-matrix products '
            'with about 2,000 FLOPs per weight loaded, so it is compute-bound. A decode step handles one '
            'token: matrix-vector products, about 2 FLOPs per weight byte read, plus reading the whole KV '
            'cache, far below what the GPU can compute, so it is memory-bandwidth bound. Batching many '
            'sequences in decode raises the arithmetic intensity.',
        ]},
    ],
    'code_bpe_train': [
        {"index": 0, "experts": [
            'Each merge step scan whole corpus and count all adjacent pairs, so one step is O(N) where N is '
            'number of symbols, and for M merges total is O(M N), too slow for big vocabulary like 50k '
            'merges. Production trainers count pairs once, keep counts in a priority queue or heap, and '
            'keep index from each pair to the words where it occur. After merge they update only counts of '
            'neighbour pairs in affected words, so each step cost is proportional to occurrences of the '
            'merged pair, not whole corpus. Also they count unique words with frequency, not every token.',
            'It is like recounting every book in a library each time you move one book. Each merge step '
            'rescans the corpus and counts all adjacent pairs: O(N) per step for N symbols, so 30,000 merges '
            'over a 1-billion-symbol corpus is 3 x 10^13 operations. Production trainers count the pairs '
            'once, store the counts in a heap or priority queue, and keep an index from each pair to the '
            'words that contain it. A merge then updates only the neighbouring pairs in the words where '
            'that pair occurs, an incremental update, so the cost per step is proportional to how often the '
            'merged pair appears. They also work on unique words with their frequencies.',
        ]},
        {"index": 1, "experts": [
            'End-of-word marker </w> tell where word finish. So token "est</w>" at end of word, like in '
            '"lowest", is different from "est" inside word, like "estimate". Without marker, merges can '
            'cross meaning of word end and we cannot put spaces back when decode, because we do not know '
            'where one word stop. Byte-level tokenizer like GPT-2 keep the space as part of the token: it '
            'is encoded as byte, "Ġ" prefix on the next word. So decoding just concatenate bytes and text '
            'come back exactly, spaces included.',
            'Think of writing without spaces and then trying to read it back: "theend" could be "the end" '
            'or "thee nd". The </w> marker records where each word ends, so "est</w>" as in "lowest" is a '
            'different token from "est" inside "estimate", and the decoder knows where to put the spaces. '
            'Without it, the same subword at the end and in the middle of a word would merge into one '
            'token, and you could not restore word boundaries exactly. A byte-level tokenizer like GPT-2\'s '
            'treats the space as an ordinary byte attached to the next word ("Ġworld"), so decoding is '
            'plain concatenation and the original text, spaces included, comes back exactly.',
        ]},
    ],
    'code_kmeans': [
        {"index": 0, "experts": [
            'Random initialisation can put two centroids in same cluster and none in another, then '
            'k-means converge to bad local minimum. K-means++ choose first centroid at random, then each '
            'next one with probability proportional to squared distance D(x)^2 to nearest chosen centroid. '
            'So centroids are spread out and cover the clusters. Guarantee: expected within-cluster sum of '
            'squares is O(log k) times the optimum, already after seeding. It is a bound on expectation, '
            'not a guarantee of global optimum, so we still run several restarts.',
            'Like fire stations, you would not put the first two next door. Random seeding can drop two centroids in one cluster and none in another, and '
            'Lloyd\'s iterations then stall in a poor local optimum. K-means++ picks the first centre at '
            'random and each next one with probability proportional to D(x)^2, the squared distance to the '
            'nearest centre already chosen, so a point 3 times farther is 9 times more likely and the '
            'seeds spread across the clusters. The promise: '
            'the expected within-cluster sum of squares is within O(log k) of the optimum, about 8x bound '
            'for k = 10 in expectation, not the global optimum; keep several restarts.',
        ]},
        {"index": 1, "experts": [
            'K-means assume clusters are convex, round and similar size, because it assign each point to '
            'nearest centroid with Euclidean distance. Boundary between two centroids is straight line. '
            'For rings, inner ring and outer ring, it cut them in half like a pie, wrong. For very '
            'different sizes it split big cluster and merge small one into it. Also sensitive to outliers '
            'and scaling, and you must choose k. Instead: DBSCAN or spectral clustering for rings and '
            'arbitrary shape, Gaussian mixture model for different sizes and elliptical shapes.',
            'K-means is like drawing territories around post offices: each house goes to its nearest '
            'office, so every territory is a convex blob with straight borders. That is its hidden '
            'assumption: round, similarly sized, similarly dense clusters. Two concentric rings get cut '
            'into two half-moons that each mix both rings, because no straight border separates a ring '
            'from the one inside it. With a cluster of 1,000 points next to one of 50, it splits the big '
            'one and swallows the small one. Use DBSCAN or spectral clustering for rings and other '
            'non-convex shapes, and a Gaussian mixture for clusters of different sizes and spreads.',
        ]},
    ],
    'code_knn': [
        {"index": 0, "experts": [
            'Training is only storing data, O(1) or O(n d) to copy it. Prediction compute distance to '
            'all n training points, O(n d), and then select k smallest, so each query is expensive when n '
            'is millions. KD-tree or ball tree make query about O(log n) in low dimension, but in high '
            'dimension they degrade to almost brute force. At scale we use approximate nearest neighbour, '
            'like HNSW graph or IVF with product quantisation in FAISS: query is sub-linear, much faster, '
            'but we trade some recall, sometimes true neighbour is missed, and index use memory.',
            'k-NN is like a student who does not study but brings the whole textbook to the exam: nothing '
            'to learn, everything to look up. Fitting just stores the n points, essentially free. One '
            'prediction computes n distances in d dimensions, O(n d), then picks the k smallest: with 10 '
            'million points of 100 dimensions that is a billion operations per query. KD-trees or ball '
            'trees cut that to about O(log n) in low dimensions, but degrade towards brute force above '
            'roughly 20 dimensions. At scale, approximate nearest-neighbour indexes like HNSW or IVF-PQ '
            'answer in milliseconds, trading a little recall and extra memory for speed.',
        ]},
        {"index": 1, "experts": [
            'Distance sum squared differences of all features, so feature with large scale dominate. If '
            'income is in dollars, range 100,000, and age in years, range 50, distance is almost only '
            'income. Standardise to mean 0 and variance 1 so each feature contribute fairly. In very high '
            'dimension there is curse of dimensionality: distances concentrate, nearest and farthest '
            'neighbour have almost same distance, so "nearest" lose meaning and k-NN become like random. '
            'Need dimension reduction or feature selection.',
            'It is like judging how similar two houses are by adding price in dollars to number of '
            'bedrooms: the price swamps everything. Euclidean distance sums squared differences, so a '
            'feature with range 100,000 dominates one with range 5. Standardising each feature to mean 0 '
            'and unit variance lets each contribute on a comparable scale. In very high dimensions, '
            'distances concentrate: with 1,000 random features, the nearest and farthest neighbours are '
            'almost equally far, the ratio close to 1, so "nearest" carries little information. That is '
            'the curse of dimensionality; reduce dimensions or use a learned embedding first.',
        ]},
    ],
    'code_mlp_backprop': [
        {"index": 0, "experts": [
            'With softmax or sigmoid output and cross-entropy loss, derivative of loss by logit is p - y, '
            'because derivative of log in cross-entropy cancel the derivative of softmax. The p(1 - p) '
            'term is already included inside this result. If you multiply again by p(1 - p), you apply '
            'sigmoid derivative two times. Gradient become too small, especially when p is near 0 or 1, '
            'so confident wrong prediction learn very slow, and gradient check will fail because it is '
            'not true gradient.',
            'It is like paying a discount twice: the price is already reduced, so reducing it again '
            'gives the wrong total. For a sigmoid or softmax output with cross-entropy, the derivative of '
            'the loss with respect to the logit is p - y, because the 1/p from the log cancels the p(1 - '
            'p) from the sigmoid. That slope is already inside p - y. Multiplying by p(1 - p) again '
            'counts it twice: with p = 0.01 and y = 1, the true gradient is -0.99, but the doubled one is '
            'about -0.0098, a hundred times too small, so confident mistakes barely get corrected and a '
            'gradient check fails.',
        ]},
        {"index": 1, "experts": [
            'Use numerical gradient check with finite differences. For each parameter, change it by +eps '
            'and -eps, compute loss, gradient is (L(w+eps) - L(w-eps)) / (2 eps), and compare with '
            'backprop gradient using relative error, should be below about 1e-6 in float64. Step eps '
            'about 1e-5 to 1e-6: too big give truncation error, too small give rounding error from '
            'subtraction. Central difference error is O(eps^2), one-sided is only O(eps), so central is '
            'much more accurate for same eps.',
            'It is like checking a speedometer by timing the car between two markers, one just behind '
            'and one just ahead. Nudge each parameter by +h and -h, and compare (L(w + h) - L(w - h)) / 2h '
            'with the backprop gradient, using relative error; in float64 it should be around 1e-7 or '
            'smaller. Take h around 1e-5: much larger and the truncation error grows, much smaller and '
            'floating-point rounding in the subtraction takes over. Central differences have error O(h^2) '
            'while one-sided differences have O(h), so with h = 1e-5 the central error is about 1e-10 '
            'against 1e-5. Do it in float64 on a tiny network.',
        ]},
    ],
    'code_linear_regression_gd': [
        {"index": 0, "experts": [
            'Closed form is normal equation: w = (X^T X)^-1 X^T y. Cost is O(n d^2) to build X^T X and '
            'O(d^3) to solve it. Better to use solve or QR, not explicit inverse, for stability. Gradient '
            'descent cost O(n d) per iteration. I use gradient descent when d is large, like 100k '
            'features, so d^3 is too expensive, or when data do not fit in memory and we need mini-batch '
            'or streaming, or when X^T X is ill-conditioned. Also for regularisation like L1 there is no '
            'closed form.',
            'The closed form is like solving an equation on paper once; gradient descent is like walking '
            'downhill step by step. The normal equation gives w = (X^T X)^-1 X^T y, costing O(n d^2) to '
            'form X^T X plus O(d^3) to solve, best done with a Cholesky or QR solve rather than an explicit '
            'inverse. With d = 100 that is trivial; with d = 100,000, d^3 is 10^15 operations and the d x '
            'd matrix takes 80 GB. Gradient descent costs O(n d) per epoch and works with mini-batches or '
            'streaming data. So use it when d is huge, the data do not fit in memory, or the penalty, like '
            'L1, has no closed form.',
        ]},
        {"index": 1, "experts": [
            'Loss is quadratic, so its curvature is Hessian X^T X / n. Gradient descent converge only if '
            'learning rate is less than 2 divided by largest eigenvalue. If bigger, it overshoot and '
            'diverge, loss explode. I start with value like 0.1, check that loss decrease, and reduce by '
            'factor 10 if it blow up. Without scaling, features with large range give large eigenvalue '
            'and small ones give small, so condition number is big: rate must be small for big direction '
            'and progress is very slow in other direction, zigzag. Standardisation make bowl round and '
            'one rate work for all.',
            'Picture rolling a ball into a long narrow valley: push too hard and it bounces from wall to '
            'wall and flies out. The loss is a quadratic bowl with curvature given by the eigenvalues of X^T '
            'X / n. Gradient descent converges only if the learning rate is below 2 / lambda_max; above '
            'that every step overshoots and the loss explodes. With one feature in metres and one in '
            'millimetres, the eigenvalues differ by about 10^6, so a rate safe for the steep direction '
            'crawls along the flat one. Standardising the features makes the bowl round, the condition '
            'number near 1, and one rate fits all. Start at 0.1 and divide by 10 if the loss rises.',
        ]},
    ],
    'code_dropout': [
        {"index": 0, "experts": [
            'This is inverted dropout. During training we keep each unit with probability 1 - p and '
            'divide kept ones by (1 - p), so expected value of activation is same as without dropout. '
            'Then at inference network is used unchanged, no scaling, dropout is just identity. The other '
            'way, multiply by (1 - p) at inference, give same expectation, but serving code must know p '
            'and apply scaling, easy to forget or to mismatch. With inverted dropout you can also change '
            'p without touching inference code.',
            'It is like a team where some players are randomly benched each practice, so the ones on the '
            'field work harder to cover; on match day everyone plays at normal effort. With p = 0.5, '
            'half the units are zeroed, and the survivors are multiplied by 1 / (1 - p) = 2, so each '
            'unit\'s expected output equals its value without dropout. At inference the layer is simply '
            'the identity: serving code does nothing and needs no p. The older choice, scaling by (1 - p) '
            'at test time, gives the same expectation, but every serving path must know p and remember '
            'the multiply.',
        ]},
        {"index": 1, "experts": [
            'At evaluation we want deterministic prediction from full network, whereas training want '
            'noise. If dropout stay on, '
            'random units are zeroed, so same input give different outputs every run, and predictions are '
            'noisier and usually accuracy is worse, validation metrics look lower. Framework know mode by '
            'flag: in PyTorch model.train() and model.eval() set self.training, in Keras there is training '
            'argument. Dropout layer check this flag and in eval mode return input unchanged. Same flag '
            'also switch batch norm to running statistics. Only exception is Monte Carlo dropout: keep it on '
            'on purpose, run many passes and use spread of outputs as uncertainty.',
            'Think of a quiz where a random half of the student\'s notes are hidden each time: the answer '
            'changes from one try to the next. Dropout zeroes random units, noise we want in training, '
            'whereas evaluation should measure the full network. Left on at eval, the same input gives a different prediction '
            'on each run, e.g. 0.71, then 0.64, and the metrics look worse than they are. The framework knows the mode from a flag: in PyTorch model.train() and model.eval() '
            'set module.training, and the dropout layer becomes the identity when that flag is off. The '
            'same flag switches batch norm to its running statistics. The one deliberate exception is Monte '
            'Carlo dropout: many passes with dropout on, whose spread estimates uncertainty.',
        ]},
    ],
    'code_precision_recall_f1': [
        {"index": 0, "experts": [
            'Harmonic mean is dominated by smaller value. F1 = 2PR / (P + R). If precision is 1.0 and '
            'recall is 0.01, arithmetic mean is about 0.5, look fine, but F1 is only about 0.02. So model '
            'that predict positive almost never, or always, cannot get good F1, it must have both precision '
            'and recall high. When one of them go to zero, F1 go to zero too. Arithmetic mean let one '
            'strong metric hide very bad other: if model flag everything positive, recall is 1 and average '
            'is at least 0.5 even with terrible precision. Precision and recall have same numerator TP, '
            'and F1 = 2TP / (2TP + FP + FN).',
            'A chain is only as strong as its weakest link; the harmonic mean behaves like that. F1 = 2PR '
            '/ (P + R). Take a classifier that flags one sure case: precision 1.0, recall 0.01. The '
            'ordinary average says 0.505, which sounds decent, while F1 = 2 x 1 x 0.01 / 1.01, about 0.02. '
            'The harmonic mean is pulled towards the smaller value, so when either precision or recall '
            'approaches zero, F1 approaches zero too. The plain average is easy to game: flag everything '
            'as positive, recall is 1, and the average is at least 0.5. Both metrics share the numerator '
            'TP, so F1 = 2TP / (2TP + FP + FN).',
        ]},
        {"index": 1, "experts": [
            'With 0.1% fraud, model that say "not fraud" always have 99.9% accuracy and catch zero fraud, '
            'so accuracy is useless. Fraud team care about recall: they want to catch most fraud, missed '
            'fraud is expensive loss. Customer support care about precision: each false positive is a '
            'good customer with blocked card who call and complain. So they trade off by threshold. Report '
            'precision and recall, or PR curve, and pick threshold by cost of missed fraud versus cost of '
            'false alarm.',
            'It is like airport security: catching every threat matters, but every false alarm is an '
            'annoyed traveller. If 0.1% of transactions are fraud, a model that never flags anything is '
            '99.9% accurate and catches nothing, so accuracy is useless here. The fraud team cares about '
            'recall, the share of real frauds caught, because each miss is lost money. Customer support '
            'cares about precision, the share of flags that are real fraud, because each false positive '
            'is a blocked card and an angry call. With 1,000,000 transactions and 1,000 frauds, flagging '
            '10,000 to catch 900 gives recall 0.9 but precision 0.09. Pick the threshold from the two '
            'costs and report the PR curve.',
        ]},
    ],
}
