"""Fresh replies to the coding questions' discussion items in two new voices, written by helper vdisc
from each item's `ask` alone (before reading its key points or misconceptions).

Per item: two expert replies, a **story** (a concrete case from the speaker's own work, the general
claims woven into what happened) and a **terse** one (a senior talking fast: short clauses, pronouns,
abbreviations, semicolons, inline maths). Each is graded as the engine grades a discussion reply,
against the item's own key points and misconceptions, and must reach the hire band (0.7).
"""

from __future__ import annotations

REPLIES = {
    'code_adam_step': [
        {"index": 0, "experts": [
            'When I reimplemented Adam for a small transformer and forgot the correction, the loss spiked'
            ' in the first dozen steps. The moment estimates start at zero, so early on they are biased '
            'toward zero; with beta2 = 0.999 the second moment after one step is only a thousandth of the'
            ' squared gradient, much smaller than the first moment is relative to its true value. So m / '
            'sqrt(v) was inflated and the first updates were roughly three times too big. Dividing m by 1'
            ' - beta1^t and v by 1 - beta2^t makes the estimates unbiased, and the factor goes to 1 after'
            ' a few thousand steps.',
            'm, v init at 0, so they are biased toward 0 early on; E[m_t] = (1 - b1^t) E[g]. Dividing by '
            '1 - b^t removes that; it decays to 1 as t grows. Without it v is underestimated more than m '
            '(b2 = 0.999 vs b1 = 0.9), so the ratio m / sqrt(v) is too large; first steps overshoot, '
            'about 3x at defaults, unstable start, which is why people then add warmup.',
        ]},
        {"index": 1, "experts": [
            'We fine-tuned a 7B model and the optimiser ran out of memory before the weights did. Adam '
            'stores two states per parameter, the first and second moment; in fp32 that is 8 bytes per '
            'parameter, so 7e9 x 8 = 56 GB, plus 28 GB of fp32 weights and 28 GB of gradients, and a '
            'master copy if you train in mixed precision. What got us under budget: sharding the '
            'optimizer states across the GPUs with ZeRO / FSDP, 8-bit Adam from bitsandbytes, and in the '
            'end LoRA, so only a few million adapter parameters had states at all. CPU offload and '
            'Adafactor also work.',
            'Two states per param, m and v; fp32, 4 B each, so 8 B/param; 7e9 x 8 B = 56 GB just for '
            'them, 2x the fp32 weights; plus grads and a master copy with AMP. Cuts: shard the states '
            'across DP ranks, ZeRO-1 / FSDP, so each GPU holds 1/N of them; quantise the states to 8-bit,'
            ' ~4x smaller; Adafactor factorises v into row and column stats; offload them to CPU RAM; or '
            'LoRA so only tiny adapters carry states; SGD w/ momentum keeps one state instead of two.',
        ]},
    ],
    'code_best_split': [
        {"index": 0, "experts": [
            "I hit this on a fraud tree once: with a plain average of the two children's Gini, the best "
            'split kept carving off one or two rows. A child with a single sample is perfectly pure, Gini'
            ' 0, so averaging it equally with the huge impure child halves the score, even though almost '
            "nothing was separated. Weighting each child's impurity by its share of the samples, n_left /"
            ' n and n_right / n, gives the expected impurity of a random row after the split, so a tiny '
            'pure child barely counts. The unweighted average favours those lopsided splits that isolate '
            "outliers and overfit. With the size weights the children's impurity can never exceed the "
            "parent's, because Gini is concave, so the gain is never negative.",
            'Weighted Gini = (n_L / n) G_L + (n_R / n) G_R; it is the expected impurity of a row drawn at'
            ' random after the split, so each child counts by how many rows it holds. Plain mean treats a'
            ' 1-row child like a 999-row one; a 1-row child is trivially pure, G = 0; so it favours '
            'unbalanced splits that peel off a single point or outlier; overfits, tiny leaves. Weighted, '
            "it can't exceed the parent's Gini, which is concave, so gain >= 0 always.",
        ]},
        {"index": 1, "experts": [
            'My first version tried every threshold for every feature and recomputed the Gini from '
            'scratch each time, which is O(n) per threshold, so O(d n^2) overall; on 200k rows it took '
            'hours. The fix is to sort each feature once, O(n log n), then sweep the thresholds left to '
            'right while updating the class counts incrementally, O(n), so the whole search is O(d n log '
            'n). LightGBM and XGBoost go further: they bucket each feature into about 256 histogram bins '
            'up front, so finding a split is O(bins) per feature after one pass accumulating gradient '
            'stats, and they subsample rows (GOSS) and bundle sparse features.',
            'Naive is O(d n^2): every feature x every threshold x a rescan of n rows. Sort each feature '
            'once, O(n log n), then sweep thresholds in order with running class counts; each step is '
            'O(1) because only one row moves from right to left, so the total is O(d n log n). GBM libs '
            '(LightGBM, XGBoost hist) pre-bin features into ~256 buckets, build gradient histograms in '
            'one O(n) pass, scan bins not rows, which is far cheaper since 256 << n; subtract parent '
            'minus sibling histogram; plus row sampling and multi-threading.',
        ]},
    ],
    'code_kfold_indices': [
        {"index": 0, "experts": [
            'On a churn dataset sorted by signup date, unshuffled folds gave each fold a different era '
            'and a different class mix, so I shuffled, which is right when rows are i.i.d. and the file '
            'has some ordering. But on a sales forecast, shuffling leaked the future into training and CV'
            ' looked great while production was poor; there you must keep time order and use '
            'forward-chaining splits, train on the past, validate on the later period. And with several '
            'visits per patient, a random split put the same patient in train and test, so we used '
            'GroupKFold to keep all rows of a patient in one fold.',
            'Shuffle when rows are i.i.d. but stored in some order, sorted by label or date; else folds '
            'are unrepresentative. For time series you keep the time order and train on the past, test on'
            ' later data, expanding-window / TimeSeriesSplit; shuffling leaks the future in, optimistic '
            'score. Multiple rows per patient: split by group, GroupKFold, so one patient never sits in '
            'both train and validation; otherwise it memorises the patient, leakage.',
        ]},
        {"index": 1, "experts": [
            'We once picked the best of about 300 configurations by 5-fold CV, reported 0.91, and got '
            "0.86 on the next quarter's data. The best CV score is the maximum over many noisy estimates,"
            ' so it is biased upward: you selected the configuration partly because it got lucky on those'
            ' folds, and the same data was used to choose and to evaluate. The fix is nested '
            'cross-validation, an inner loop for tuning and an outer loop that scores the whole tuning '
            'procedure, or a held-out test set that is touched once, after the choice.',
            "Best-of-many CV score is a max over noisy estimates; selection bias, winner's curse; the "
            'same folds were used to pick the hyperparameters and to score them, so it overfits the '
            'validation data; optimistic. Fix is nested CV: the inner loop tunes, the outer loop scores '
            'the whole tuning procedure; or an untouched held-out test set, scored once at the end.',
        ]},
    ],
    'code_kv_cache_bytes': [
        {"index": 0, "experts": [
            'I did this sizing for a 70B deployment. Per token the cache holds K and V for every layer: 2'
            ' x 80 layers x 64 heads x 128 dims x 2 bytes = 2.6 MB per token, about 2.5 MiB. At 32k '
            'tokens that is about 86 GB for a single sequence, and for a batch of 8 about 690 GB, nearly '
            'five times the 140 GB of fp16 weights. So at long context the cache, not the weights, was '
            'the bottleneck that decided how many GPUs we needed, because it grows linearly with both '
            'context and batch while the weights stay fixed; that is why the real model uses GQA.',
            'Per token: 2 (K, V) x 80 x 64 x 128 x 2 B = 2,621,440 B, ~2.6 MB. x 32,768 tokens = ~86 GB '
            'per sequence; x 8 batch = ~687 GB. Weights are 140 GB; so one sequence is ~60% of the '
            'weights and the batch is ~5x them. The cache dominates memory because it grows linearly with'
            ' tokens x batch, whereas the weights are a fixed 140 GB.',
        ]},
        {"index": 1, "experts": [
            'On our serving cluster we tried all three. Grouped-query attention, 8 kv heads shared by 64 '
            'query heads, cut the cache 8x at the cost of a little quality, and it has to be trained or '
            'uptrained that way. An fp8 or int8 cache halved it again, at some precision loss and '
            'accuracy risk on long contexts. A sliding window of 4k tokens capped the cache regardless of'
            ' length, but the model then cannot attend to anything older than the window, so long-range '
            'recall got worse.',
            'GQA / MQA, fewer kv heads, shrinks the cache by n_heads / n_kv, 8x for 64 -> 8, at some '
            'quality cost, and it needs training or uptraining. A lower-precision cache, fp8 / int8 / '
            'int4, is 2-4x smaller because each element takes a byte or less instead of 2, whereas the '
            'cost is quantisation error and some accuracy drop. A sliding window caps it at O(w) tokens, '
            "but it loses long-range context beyond w; that's the cost. Also paging cuts fragmentation.",
        ]},
    ],
    'code_layer_norm': [
        {"index": 0, "experts": [
            'In a seq2seq model I first used batch norm and it was miserable: padded variable-length '
            'sequences and small batches made the batch statistics noisy. Batch norm normalises each '
            'feature across the batch; layer norm normalises each token across its own features, so it '
            'does not depend on the batch size or on other examples. That is why transformers use it: it '
            'works the same with batch size 1, with padding and at generation time. Batch norm also needs'
            ' running mean and variance stored from training to use at inference; layer norm computes its'
            ' statistics from the input itself, so it needs nothing stored.',
            'BN normalises each feature over the batch, whereas LN normalises per example over the '
            "feature dim, so it's independent of batch size and of other samples. Transformers use it "
            "because lengths vary, there's padding, and batches are small or size 1 at decode, so BN "
            'stats would be noisy or undefined. At inference BN needs running mean / var from training; '
            'LN needs none, same computation in train and eval.',
        ]},
        {"index": 1, "experts": [
            'I once had NaNs in an fp16 model from a layer whose activations were all equal, so the '
            'variance was zero. Putting eps inside the square root, sqrt(var + eps), keeps the '
            'denominator at least sqrt(eps) and keeps the gradient of the sqrt finite, since sqrt has '
            'infinite slope at zero. And computing the variance as mean(x^2) - mean^2 subtracts two '
            'large, nearly equal numbers when the mean is big compared with the spread: catastrophic '
            'cancellation, and in float it can even come out negative, then sqrt gives NaN. The mean of '
            'squared deviations is always non-negative and numerically stable.',
            'eps inside sqrt: sqrt(var + eps) >= sqrt(eps) > 0; so a constant row with var = 0 gives 0 / '
            "sqrt(eps) = 0 and stays finite; the sqrt's slope, 1 / (2 sqrt), stays bounded too. mean(x^2)"
            ' - mean^2: difference of two big, nearly equal numbers when |mean| >> std; catastrophic '
            'cancellation, loses precision, can go negative, then NaN. mean((x - mu)^2) is >= 0 and '
            'stable; two-pass or Welford. In fp16 keep eps ~1e-5; a 1e-12 eps rounds to zero in fp16, so '
            'do the stats in fp32.',
        ]},
    ],
    'code_logistic_regression_grad': [
        {"index": 0, "experts": [
            'I once trained a classifier with MSE on sigmoid outputs and it stalled: examples that were '
            'confidently wrong barely moved. The squared-error gradient is (p - y) p (1 - p); when p is '
            'near 0 but y = 1 the sigmoid is saturated, p(1 - p) is almost zero, so the gradient vanishes'
            ' exactly when the mistake is worst. With cross-entropy the sigmoid derivative cancels and '
            'the gradient is just p - y, large for a confident error. Cross-entropy is also the negative '
            'log-likelihood of a Bernoulli model, and it is convex in the weights, while squared error '
            'through a sigmoid is not.',
            'CE = Bernoulli NLL, MLE; convex in w. MSE grad w.r.t. z: (p - y) p (1 - p); confidently '
            'wrong, p -> 0 with y = 1, sigmoid saturates, p(1 - p) -> 0, so the gradient vanishes; '
            'learning stalls on the worst errors. CE grad w.r.t. z is p - y, the p(1 - p) cancels, so it '
            'stays large when wrong; MSE + sigmoid is also non-convex.',
        ]},
        {"index": 1, "experts": [
            'In a fraud model we got NaN losses because a few logits were around 40 and the sigmoid '
            'returned exactly 1.0, so log(1 - p) was log(0). The fix was to never form p: write the loss '
            'straight from the logit, loss = max(z, 0) - y z + log(1 + exp(-|z|)). That is the same value'
            ' as the cross-entropy but exp only sees a non-positive number, so it cannot overflow, and '
            'log1p keeps it accurate. In PyTorch that is BCEWithLogitsLoss rather than sigmoid followed '
            'by BCELoss; clipping p to [eps, 1 - eps] works too but biases the loss.',
            "Don't compute p then log(p); work in logit space. loss = log(1 + e^z) - y z = softplus(z) - "
            'y z; softplus stable as max(z, 0) + log1p(exp(-|z|)); exp only ever sees -abs(z), at most 1,'
            ' so it stays finite and log1p keeps precision. Framework: BCEWithLogits / '
            'sigmoid_cross_entropy_with_logits. Clipping p to eps is a hack; it caps the gradient.',
        ]},
    ],
    'code_roc_auc': [
        {"index": 0, "experts": [
            'On a credit model we recalibrated scores with isotonic regression and the AUC did not move '
            'at all, which surprised a stakeholder. AUC is the probability that a random positive is '
            'scored above a random negative, so it only depends on the ranking; any strictly increasing '
            'transform of the scores, squaring them or taking a logit, leaves it unchanged. The flip side'
            ' is that a model can have a great AUC and badly calibrated probabilities, say it predicts '
            '0.9 for events that happen 30% of the time. If you need the probabilities themselves, for '
            'thresholds or expected cost, check calibration separately with a reliability plot or the '
            'Brier score. Then recalibrate with Platt scaling or isotonic regression, which keeps the '
            'ranking and therefore the AUC.',
            "AUC = P(score(pos) > score(neg)); only pairwise comparisons, so it's invariant to any "
            'monotone transform of the scores; rank-based, Mann-Whitney U. Implication: it says nothing '
            'about calibration; a model can rank perfectly yet output 0.9 for 20% events. Measure '
            'calibration separately, reliability curve, ECE, Brier / log loss; fix with Platt or '
            'isotonic, which keeps the AUC.',
        ]},
        {"index": 1, "experts": [
            'We had an anomaly detector with 0.1% positives and a ROC-AUC of 0.97, and ops still ignored '
            'it. The false positive rate divides by the huge number of negatives, so a 1% FPR looks tiny '
            'but means 1,000 false alarms per 100k rows against 100 true positives: precision under 10%. '
            'ROC hides that because it never looks at precision. I switched to the precision-recall curve'
            ' and average precision, plus precision at the alert budget, recall at a fixed precision, '
            'which is what the people reading the alerts care about.',
            'FPR = FP / N and N is huge at 0.1% prevalence, so many FPs barely move the FPR; ROC stays '
            'high while precision collapses, false alarms swamp the few positives. ROC is insensitive to '
            'class imbalance by construction. Report PR curve / PR-AUC / average precision, precision@k '
            'or recall at a fixed precision, at an operating threshold.',
        ]},
    ],
}
