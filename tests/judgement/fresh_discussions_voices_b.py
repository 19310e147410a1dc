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
            'Measure a tiny distance directly, not by subtracting two huge map coordinates. Do not compute p = sigmoid(z) and then log(p): at z = -800, p rounds to exactly '
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
}
