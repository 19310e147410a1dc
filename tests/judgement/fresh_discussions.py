"""Fresh replies to the coding questions' discussion items, written by helper disc from each item's
`ask` alone (before reading its key points or misconceptions).

Per item: two expert replies (one plain-spoken, one that describes each concept instead of naming
it) and one fluent wrong reply. A reply is graded as the engine grades it, against the discussion
item's own key points and misconceptions.
"""

from __future__ import annotations

REPLIES = {
    'code_adam_step': [
        {"index": 0, "experts": [
            'Both moment averages start at zero, so in the first steps they are pulled toward '
            'zero: after one step m is only (1 - beta1) times the gradient and v only (1 - beta2)'
            ' times the squared gradient, a thousandth of it. Dividing by 1 - beta^t undoes that '
            'shrinkage exactly, so the estimates are unbiased from step one. Without it both are '
            'too small, but v is far smaller relative to its true value, so m / sqrt(v) comes out'
            ' too large: with the defaults the first step is about three times too big, and the '
            'early updates are erratic until the averages warm up.',
            'The two running averages begin life empty, at zero, and forget that zero only '
            'slowly, so early on they under-report what the gradients really look like. The fix '
            'divides each one by the share of its memory that has actually been filled, one minus'
            ' the decay raised to the step count, a factor that fades to nothing as training goes'
            ' on. Skip it and the average of squared gradients is starved far worse than the '
            'plain one, because it forgets much more slowly; the ratio of the two then '
            'overshoots, and the very first moves are several times larger than intended, a jolt '
            'right at the start.',
        ],
         "wrong":
            'Bias correction is there because the gradient itself is biased at the start of '
            'training: the random initialisation makes the first gradients too large. Dividing by'
            ' 1 - beta^t shrinks the averages during the first steps, so the early updates become'
            ' smaller and more careful. Without it Adam would overshoot a little at first, but '
            'the correction factor stays large throughout training and acts like a permanent '
            'learning-rate scale. It is only needed for the first moment; the second moment is '
            'unaffected because squared gradients are always positive.'},
        {"index": 1, "experts": [
            'Adam keeps two extra numbers per parameter, the first and second moment, each in '
            'fp32 at 4 bytes. For 7 billion parameters that is 7e9 x 8 bytes = 56 GB for the '
            'optimiser states alone, on top of 28 GB of fp32 weights and 28 GB of gradients; with'
            ' mixed precision you also keep an fp32 master copy. To cut it: shard the states '
            'across GPUs (ZeRO stage 1, FSDP), store them in 8 bits (8-bit Adam), use a factored '
            'second moment like Adafactor, offload them to CPU memory, or train far fewer '
            'parameters with LoRA.',
            'For every weight the optimiser remembers two extra running numbers, the smoothed '
            'direction and the smoothed squared size, each taking four bytes, so eight bytes per '
            'weight: seven billion times eight is about 56 gigabytes just for that bookkeeping, '
            'twice what the weights themselves take at full width. Ways down: spread the '
            'bookkeeping across the machines so each keeps only its slice, squeeze each number '
            'into a single byte, keep the squared-size memory as row and column totals instead of'
            ' a full table, park it in host RAM, or only train small low-rank add-ons so most '
            'weights need no bookkeeping at all.',
        ],
         "wrong":
            'Adam stores one extra value per parameter, the running average of gradients, so with'
            ' fp32 that is 4 bytes times 7 billion, about 28 GB, the same as plain SGD with '
            'momentum. The second moment is recomputed on the fly from the current gradient, so '
            'it costs nothing to store. The main way to reduce optimiser memory is a smaller '
            'batch size, since the optimiser states grow with the batch; gradient checkpointing '
            'also shrinks the optimiser states.'},
    ],
    'code_best_split': [
        {"index": 0, "experts": [
            "The split's quality should be the impurity an average sample meets after the split, "
            'so each child counts in proportion to how many samples land in it: n_left/n * '
            'Gini_left + n_right/n * Gini_right. A plain average gives a child of one sample the '
            'same say as a child of a thousand. A single sample is always perfectly pure, so the '
            'unweighted version loves splits that peel off one or two points at the edge, tiny '
            'pure children, while the big child stays as mixed as before; that gains almost '
            'nothing and overfits to outliers.',
            'What I want to know is how mixed things are for a typical row after the cut, so each'
            ' side should speak with a voice as loud as its headcount. If both sides count '
            'equally, a side holding one lonely row, trivially all one class, halves the score by'
            ' itself, even though the other side, holding nearly everything, is just as muddled '
            'as the parent. So the unweighted score rewards shaving a sliver off the edge of the '
            'data, lopsided cuts that isolate a stray point, instead of cuts that actually sort '
            'the bulk of the rows.',
        ],
         "wrong":
            'Weighting by size is mostly cosmetic: it keeps the impurity between 0 and 1, but the'
            ' ranking of candidate splits is the same with a plain average, so both choose the '
            'same threshold. If anything, the plain average favours balanced splits that cut the '
            'data in half, because large children carry more impurity. Weighting by size is there'
            ' to favour splitting off small pure groups, which is what we want, since small pure '
            'leaves are the most reliable.'},
        {"index": 1, "experts": [
            'My version tries every unique value of each feature as a threshold and recounts both'
            ' children from scratch, O(n) per threshold, O(n^2) per feature, O(d n^2) overall. To'
            ' get to d n log n, sort each feature once, then sweep the thresholds left to right, '
            'moving one sample at a time from the right child to the left and updating the class '
            "counts incrementally, so each candidate's Gini costs O(1). LightGBM and XGBoost go "
            'faster still by bucketing each feature into about 256 histogram bins once, then '
            "scanning bins instead of rows; LightGBM also gets a child's histogram by subtracting"
            " its sibling's from the parent's.",
            'As written, every column and every candidate cut point triggers a fresh pass over '
            'all the rows to count classes on each side, so the work grows with the square of the'
            ' row count, times the number of columns. Put each column in order once, then walk '
            'along it, handing rows one by one from the right pile to the left and keeping '
            'running tallies, and each cut point is scored in constant time; the ordering '
            'dominates, giving columns times rows times log rows. The boosting libraries skip '
            'even that: they chop each column into a couple of hundred buckets up front, tally '
            "each bucket's gradient sums, and only consider cuts between buckets.",
        ],
         "wrong":
            'The search is O(d n) already, because each threshold can be scored in constant time '
            'without any sorting. Sorting would not help, since n log n is more than the linear '
            'scan. To go faster you would sample a few random thresholds per feature. '
            'Gradient-boosting libraries like XGBoost are faster only because they use GPUs and '
            'look at a random subset of features per split, but they still consider every '
            'distinct value as a threshold; binning the values into a histogram would lose too '
            'much accuracy, so they avoid it.'},
    ],
    'code_kfold_indices': [
        {"index": 0, "experts": [
            'Shuffle when the rows are independent and the file might be ordered, say sorted by '
            'label or by collection date, otherwise a fold could hold only one class; fix the '
            'seed so the folds are reproducible, and stratify for imbalanced labels. Do not '
            'shuffle time series: the model must train on the past and be tested on the future, '
            'so use forward-chaining splits where each validation fold comes after its training '
            'data. With several rows per patient, shuffling rows leaks the same patient into '
            "train and test; split by patient instead, group k-fold, so all of one patient's rows"
            ' land in one fold.',
            'If every row stands on its own and the file happens to be sorted, mix the rows '
            'first, with a fixed seed so someone else can rebuild the same folds, otherwise one '
            'fold might hold nothing but one class. When order carries meaning, as with readings '
            'taken over time, keep it: always learn on earlier stretches and check on later ones,'
            ' so the model never peeks at tomorrow. And when one person contributes many rows, '
            "keep all of that person's rows together on the same side; letting them straddle the "
            'line lets the model recognise the person rather than learn the illness, and the '
            'score flatters it.',
        ],
         "wrong":
            'You should always shuffle before making folds, including for time series, because '
            'shuffling removes the autocorrelation and makes the folds independent; a random '
            'split even lets the model see every season in training. For several rows per '
            'patient, shuffling at the row level is the right choice: it spreads each patient '
            'over all folds so every fold represents every patient, which lowers the variance of '
            'the estimate and causes no leakage.'},
        {"index": 1, "experts": [
            'The best CV score is a maximum over many configurations, and each score is noisy, so'
            ' taking the max partly picks the configuration that got lucky on these particular '
            'folds. The same data chose the model and now reports on it, so the estimate is '
            'biased upward, more so the more configurations you try. The fix keeps the evaluation'
            ' data out of the selection: hold out a test set touched only once, after tuning, or '
            'use nested cross-validation, where an inner CV loop tunes on each outer training '
            'fold and the outer fold scores the chosen model.',
            'Try fifty settings and keep the one that scored highest, and you have partly '
            "selected for good luck on those exact splits; the winner's number carries the luck "
            'along with the skill, so it promises more than the model will deliver on fresh data.'
            ' The score that picked the winner cannot also be the score that grades it. Put aside'
            ' a slice of data nobody looks at until the very end, or wrap the whole search inside'
            ' an outer loop: for each outer piece, run the entire tuning on the rest, judge the '
            'winner on that untouched piece, and average those outer judgements.',
        ],
         "wrong":
            'Reporting the best CV score is fine, because cross-validation already averages over '
            'five folds, and averaging removes any optimism. Optimism only appears when you use a'
            ' single validation split. If you want to be extra careful, increase k to 10 or use '
            'leave-one-out, which removes the selection bias entirely. Nested cross-validation is'
            ' only needed for tiny datasets; otherwise it gives the same number.'},
    ],
    'code_kv_cache_bytes': [
        {"index": 0, "experts": [
            'Per token you store a key and a value in every layer: 2 x 80 layers x 64 heads x 128'
            ' dims x 2 bytes, about 2.6 MB, or 2.5 MiB per token. At 32k tokens that is 32768 x '
            '2.5 MiB = 80 GiB, roughly 86 GB, for one sequence. A batch of 8 needs 640 GiB, close'
            " to 690 GB. The weights are 140 GB, so one long sequence's cache is already more "
            'than half the weights and the batch of 8 is about five times the weights: at long '
            'context the cache, not the model, decides how many requests fit on the GPUs.',
            'Count what each new token leaves behind: two vectors, what it offers to be matched '
            'against and what it carries, in each of the 80 layers, for each of the 64 heads, '
            'each 128 numbers of two bytes. That is about 2.5 MB per token. Thirty-two thousand '
            'tokens of it come to some 80 GB for a single conversation; eight conversations side '
            'by side need about 640 GB, four or five times the 140 GB the weights take. Because '
            'the remembered context outweighs the model itself, it is what limits how many users '
            'one set of GPUs can serve.',
        ],
         "wrong":
            'Per token the cache stores one vector per layer, 80 x 128 x 2 bytes, about 20 KB, so'
            ' 32k tokens take roughly 650 MB and a batch of 8 about 5 GB. Compared with the 140 '
            'GB of weights that is negligible: the cache is a rounding error, memory is dominated'
            ' by the weights, and batch size is limited by compute, not memory. The cache also '
            'does not grow with the batch size, since the sequences share it.'},
        {"index": 1, "experts": [
            'Fewer kv heads, grouped-query or multi-query attention, shrink the cache by the '
            'group factor: 64 to 8 heads is 8 times smaller, at a small quality cost, and the '
            'model has to be trained or uptrained that way; you cannot just drop heads at serving'
            ' time. Quantising the cache to int8 or fp8 halves it, int4 quarters it, at some '
            'accuracy cost and dequantisation work per step. A sliding window caps the cache at '
            'the window length instead of letting it grow with the context, but the model can no '
            'longer attend directly to tokens beyond the window, so long-range recall suffers.',
            'One: let several query heads share one set of remembered keys and values, so you '
            'store one copy per group; eight heads sharing cuts storage eightfold, but the model '
            'must learn to live with that sharing, which means retraining or at least '
            'fine-tuning, and a little quality goes. Two: write the remembered vectors in fewer '
            'bits, one byte instead of two or even half a byte, which halves or quarters the '
            'footprint in exchange for rounding noise in attention. Three: only remember the last'
            ' few thousand tokens, so memory stops growing with the conversation, but anything '
            'older simply drops out of direct reach.',
        ],
         "wrong":
            'The best lever is a sliding window, which keeps full quality because the model still'
            ' sees every token through the window, so it has no downside. Fewer kv heads can be '
            'applied to any trained model at serving time by simply dropping heads, with no '
            'retraining and no quality loss. Quantising the cache to int8 does not save memory in'
            ' practice, because the values are upcast to fp16 when they are stored. Reducing the '
            'batch size also shrinks the cache of each sequence.'},
    ],
    'code_layer_norm': [
        {"index": 0, "experts": [
            'Batch norm normalises each feature across the examples in the batch; layer norm '
            'normalises each example across its own features, every token separately. So layer '
            'norm does not depend on the batch at all: it works with batch size one and with '
            'padded sequences of different lengths, and it behaves the same in training and '
            'inference. Transformers use it because batch statistics over tokens of varying '
            'lengths are noisy, and small per-GPU batches make them worse. At inference batch '
            'norm needs running averages of mean and variance collected during training, plus a '
            'train/eval switch; layer norm computes its statistics on the fly and needs none.',
            'One method averages each channel down the column, over all the examples sitting in '
            'the batch together, while the other takes its average along the row, across the '
            'features of a single token, and ignores its neighbours in the batch. The row-wise '
            'one gives the same answer whether a token arrives alone or in a crowd, which suits '
            'sequences of ragged lengths, tiny per-device batches and one-token-at-a-time '
            'generation. The column-wise one, at serving time, must carry remembered averages of '
            'centre and spread accumulated while training, since a lone request gives it nothing '
            'to average over; the row-wise one simply recomputes them from the token in hand.',
        ],
         "wrong":
            'Layer norm normalises each feature across the batch, while batch norm normalises '
            'across the features of each example, so they are really the same operation on a '
            'transposed tensor. Transformers use layer norm mainly because it is cheaper to '
            'compute. At inference, layer norm needs the running mean and variance stored during '
            'training, while batch norm computes its statistics from the current input, which is '
            'why batch norm is more convenient for serving.'},
        {"index": 1, "experts": [
            'eps inside the square root, sqrt(var + eps), guarantees a positive denominator even '
            'when the variance is exactly zero, say a constant input, and it keeps the gradient '
            'of the square root bounded, since the derivative of sqrt(v) blows up at v = 0; '
            'sqrt(var) + eps still leaves that infinite gradient. For the variance, mean(x^2) - '
            'mean^2 subtracts two large, nearly equal numbers when the mean is big compared with '
            'the spread, so in fp16 or fp32 you get catastrophic cancellation, even a negative '
            'variance and a NaN from the square root. Subtracting the mean first and averaging '
            'the squared deviations is numerically stable and never negative.',
            'Putting the small constant under the root means the thing we take the root of is '
            'never zero, so a row whose values are all the same still gets a finite divisor, and '
            'the slope of the root, which runs off to infinity at zero, stays tame when we '
            "backpropagate. As for the spread: the shortcut 'average of squares minus square of "
            "average' takes two huge numbers that nearly agree and subtracts them, and with "
            'limited digits the difference is mostly rounding garbage, sometimes even below zero,'
            ' which then poisons the root. Centring first and then squaring keeps the numbers '
            'small, and the result is never negative.',
        ],
         "wrong":
            'eps goes inside the square root only by convention; sqrt(var) + eps is numerically '
            'identical since eps is tiny. The real purpose of eps is regularisation: it shrinks '
            'the output toward zero. As for the variance, mean(x^2) - mean^2 is actually more '
            'accurate, because it does one pass and avoids the rounding error of subtracting the '
            'mean from every element; the two-pass version accumulates more error, which is why '
            'libraries use the one-pass formula.'},
    ],
    'code_logistic_regression_grad': [
        {"index": 0, "experts": [
            'With cross-entropy the gradient with respect to the logit is just p - y, so a '
            'confidently wrong prediction, p near 1 when y is 0, gets a gradient near 1, the '
            'largest push. With squared error on the sigmoid the gradient is (p - y) * p(1 - p); '
            "the sigmoid's derivative p(1 - p) goes to zero when p is near 0 or 1, so exactly the"
            ' confidently wrong examples get almost no gradient and learning stalls. '
            'Cross-entropy also makes the loss convex in the weights, one optimum, while squared '
            'error through a sigmoid is non-convex. And it is the negative log-likelihood of a '
            'Bernoulli model.',
            'Measuring the miss by the negative log of the probability given to the true class '
            "makes the push on the raw score simply 'predicted minus actual', so an example the "
            'model is sure about and wrong about gets shoved hardest. Measure the miss by squared'
            ' distance instead and the push gets multiplied by the slope of the S-curve, which '
            'flattens to nothing at both ends; an example stuck deep in the wrong tail barely '
            'moves, like shouting at someone who has stopped listening. The log version also '
            'leaves a single bowl to roll down, while the squared version on top of the S-curve '
            'has flat plateaus and no such guarantee.',
        ],
         "wrong":
            'Squared error would work just as well; cross-entropy is used mainly by convention. '
            'With squared error a confidently wrong prediction produces a huge gradient, because '
            'the error is squared, so it learns even faster from its mistakes, which can make '
            'training unstable; that is the real reason people avoid it. Both losses are convex '
            'in the weights for logistic regression, so the optimum is the same either way.'},
        {"index": 1, "experts": [
            "Don't compute p = sigmoid(z) and then log(p): when p rounds to 0 or 1, the log gives"
            ' -inf. Work with z. The binary cross-entropy is log(1 + exp(z)) - y*z, and log(1 + '
            'exp(z)) is the softplus, which you compute stably as max(z, 0) + log1p(exp(-|z|)): '
            'the exponent is never positive, so exp never overflows, and log1p keeps precision '
            'when exp(-|z|) is tiny. That is what BCEWithLogitsLoss does. Clipping p to [eps, 1 -'
            ' eps] also avoids the NaN, but it biases the loss and kills the gradient where it '
            'clips.',
            'Never pass through the probability at all: stay with the raw score. The loss equals '
            'log of one plus e to the score, minus the label times the score. To evaluate that '
            'first piece safely, pull out the larger of zero and the score, then add the log of '
            "one plus e raised to minus the score's magnitude; that exponent is never positive, "
            'so nothing overflows, and the leftover piece is computed with the library function '
            'that stays accurate for arguments near zero. Clamping the probability away from 0 '
            'and 1 would also dodge the crash, but it bends the loss and flattens its gradient '
            'there.',
        ],
         "wrong":
            'The simple fix is to compute p = sigmoid(z) and clip it to [1e-7, 1 - 1e-7] before '
            'the log; that is exact for all practical purposes and it is how the fused losses '
            'work internally. Formulas written in terms of z should be avoided, because exp(z) '
            'always overflows for large z. Adding a small eps inside the log, log(p + eps), is '
            'equivalent and gives the correct gradient.'},
    ],
    'code_roc_auc': [
        {"index": 0, "experts": [
            'ROC-AUC is the probability that a randomly chosen positive scores higher than a '
            'randomly chosen negative, so it only compares scores pairwise; the curve comes from '
            'sweeping a threshold, and any strictly increasing transform of the scores, a log, a '
            'square, dividing by ten, keeps the ranking and so the same curve. A model with a '
            'great AUC can therefore be badly calibrated: its 0.9 might mean 30% in reality. AUC '
            'says nothing about calibration; if you need probabilities, check a reliability '
            'diagram or the Brier score and recalibrate with Platt scaling or isotonic '
            'regression, which leaves the AUC unchanged.',
            'The curve is built only by asking, at every possible cut-off, who lands above it, '
            'and the area equals the chance that a randomly picked real case outranks a randomly '
            'picked non-case. Stretch or squash the scores any way you like, as long as you never'
            ' swap two of them, and every answer stays the same. So the number is blind to '
            'whether a stated 0.8 actually comes true eight times in ten: a model can rank '
            'beautifully and still talk nonsense about its odds. To repair the odds, fit a '
            'monotone remapping of the scores on held-out data, which leaves the ordering '
            'untouched.',
        ],
         "wrong":
            'AUC depends on the actual probability values, because the ROC curve integrates the '
            'predicted probabilities over the positives, so a badly calibrated model gets a lower'
            ' AUC. To improve AUC you should calibrate the model with Platt scaling, which '
            'usually raises the AUC noticeably. A model with an AUC of 0.95 is therefore well '
            'calibrated, and its scores can be read directly as probabilities.'},
        {"index": 1, "experts": [
            'The false-positive rate divides by the number of negatives, 999 per positive here, '
            'so even a tiny FPR is a flood of false alarms: at 1% FPR you get about 10 false '
            'positives for every true positive, precision below 10%, while the ROC curve looks '
            'near-perfect. ROC-AUC hides the class imbalance in exactly this way, and much of its'
            ' area comes from high-FPR regions you would never operate in. Report the '
            'precision-recall curve and average precision instead, or precision at the recall you'
            ' need, precision at k, and the expected cost at the chosen threshold.',
            'The x-axis of that curve is the share of the innocent that get flagged, and with 999'
            ' innocents for each guilty one, a share that looks tiny is still a crowd: flagging '
            'one in a hundred of them buries each real hit under about ten false ones. The curve '
            'never notices, because it never asks how pure the flagged list is. So I would show '
            'how clean the alerts are against how many of the real cases get caught, the area '
            'under that trade-off, and the purity of the top handful of alerts the team can '
            'actually review each day.',
        ],
         "wrong":
            'With 0.1% positives ROC-AUC is actually pessimistic, because the few positives make '
            'the curve jumpy and drag the area down, so an excellent ROC-AUC on imbalanced data '
            'is strong evidence the model is useful. The right fix is to report accuracy, which '
            'is more informative than AUC on imbalanced data, or to rebalance the test set to '
            '50/50 so that ROC-AUC becomes reliable. Precision-recall curves do not help here, '
            'because precision does not depend on the class ratio.'},
    ],
    'code_softmax': [
        {"index": 0, "experts": [
            'Softmax is shift-invariant: subtracting the same constant from every logit '
            'multiplies numerator and denominator by the same exp(-c), which cancels, so the '
            'probabilities are unchanged. Subtracting the max makes the largest exponent exp(0) ='
            ' 1 and every other term at most 1, so exp can never overflow to inf and produce '
            'inf/inf = NaN. Small values can still underflow: a logit far below the max gives exp'
            ' of a big negative number, which rounds to 0. That is harmless for the probability '
            'itself, but taking its log then gives -inf, so compute log-softmax directly.',
            'Sliding every score down by the same amount changes nothing in the result, because '
            'that common factor shows up on top and underneath the fraction and cancels. Sliding '
            'them so the largest sits at zero means the biggest exponential is exactly one and '
            'the rest are fractions, so nothing can run past the largest number a float can hold '
            'and turn into not-a-number. The far end can still bite: scores much lower than the '
            'leader give exponentials that round down to exactly zero, which is fine as a '
            'probability but becomes minus infinity the moment someone takes its logarithm.',
        ],
         "wrong":
            'Subtracting the max is an approximation that slightly changes the probabilities, but'
            ' the error is small enough to ignore. It protects against underflow: without it, '
            'small logits would round to zero. Large logits are not a problem, because exp of a '
            'large number just saturates at the biggest float instead of overflowing. After '
            'subtracting the max, very small values can no longer cause any trouble, since every '
            'exponent is now close to zero.'},
        {"index": 1, "experts": [
            'log(softmax(x)) in two steps first rounds tiny probabilities to 0 and then takes '
            'log(0) = -inf, which gives an infinite loss and NaN gradients. Computed directly, '
            'log_softmax(x) = x - logsumexp(x), and logsumexp(x) = m + log(sum(exp(x - m))) with '
            'm the max, so nothing overflows and the log is taken of a number at least 1. Fused '
            'losses such as cross_entropy on logits do exactly this, and the gradient simplifies '
            'to softmax minus the one-hot label, which is cheaper and more stable.',
            'If you first turn scores into shares and then take logs, any share that rounded down'
            ' to zero comes back as minus infinity, and the loss and its slope blow up. Instead, '
            'write the log of a share as the score minus the log of the summed exponentials, and '
            'evaluate that sum after pulling out the largest score, so the thing inside the log '
            'is never smaller than one. You never form the tiny shares, the result is accurate to'
            ' working precision, and the slope comes out as predicted shares minus the true '
            'one-hot, clean and cheap.',
        ],
         "wrong":
            'Computing log-probabilities directly is only done for speed; log(softmax(x)) in two '
            'steps gives exactly the same numbers in floating point. The direct version computes '
            'log(sum(exp(x))) without subtracting anything, which is safe because the sum is '
            'always positive. Numerically the only risk is overflow in the final log, and that '
            'cannot happen because probabilities are at most one.'},
    ],
    'code_causal_mask': [
        {"index": 0, "experts": [
            'In training we use teacher forcing: the whole target sequence goes in at once and '
            'the model predicts every position in parallel. Without the mask, position t could '
            'attend to token t+1, which is exactly what it is supposed to predict, so it learns '
            'to copy the answer and the training loss drops to nearly zero. At generation time '
            'the future does not exist, so that model would fail. The mask makes training match '
            'inference: each position sees only itself and earlier tokens, and we still get all '
            'the predictions in one pass.',
            'Training hands the model the whole answer sheet at once so it can practise every '
            'position in a single pass. Left uncovered, each position could simply look one step '
            'to its right and read off the word it is meant to guess; it would learn to peek '
            'rather than to predict, score beautifully, and then collapse when writing for real, '
            'where nothing to its right exists yet. Covering everything to the right makes '
            'practice look like the real thing, while still letting every position practise side '
            'by side in one go.',
        ],
         "wrong":
            'The mask is mostly a regulariser: hiding some tokens makes the task harder and '
            'reduces overfitting, a bit like dropout. At generation time we apply the same mask '
            'for consistency, but training without it would still work, because the model learns '
            'to ignore the future tokens on its own. The real reason to mask is to save '
            'computation, since masked positions are skipped in the matrix multiply.'},
        {"index": 1, "experts": [
            'A seq_len x seq_len mask costs O(n^2) memory: at 128k tokens that is about 17 '
            'billion entries, 17 GB even as bytes, and it has to be read from memory on every '
            'layer, more than the activations we want to keep. Fused kernels like FlashAttention '
            'never build it: they process attention in tiles, skip the key tiles that lie '
            'entirely in the future of a query tile, and apply the causal test i >= j by '
            'comparing indices on the fly only in the tiles on the diagonal. Skipping the upper '
            'triangle also halves the compute.',
            'A full table of yes-or-no answers for every pair of positions grows with the square '
            'of the length: at a hundred thousand tokens that is ten billion entries, gigabytes '
            'of memory just to say not allowed, and all of it has to be fetched. The fast kernels'
            ' never write it down. They walk the attention in blocks, compare the row number with'
            ' the column number on the fly inside a block that straddles the diagonal, and skip '
            'outright any block lying wholly above it, which also saves about half of the '
            'arithmetic.',
        ],
         "wrong":
            'The mask is tiny, one bit per position, so it costs O(n) memory and is never a '
            'problem even at long context. Fused kernels enforce causality by computing the full '
            'attention matrix first and then zeroing the future entries after the softmax, which '
            'gives the same result. They cannot skip any blocks, because every query must still '
            'be compared with every key, so causal attention costs exactly as much compute as '
            'full attention.'},
    ],
    'code_attention': [
        {"index": 0, "experts": [
            'If the entries of q and k have zero mean and unit variance, their dot product is a '
            'sum of d_k terms, so its variance is d_k and its standard deviation sqrt(d_k). With '
            'd_k = 128 the scores spread over tens of units, so the softmax saturates: almost all'
            ' the weight goes to one key, it becomes nearly one-hot, and its gradients vanish for'
            ' the other positions, which makes training slow and unstable. Dividing by sqrt(d_k) '
            'brings the variance back to 1, keeping the softmax in a regime where it still '
            'spreads weight and passes gradient.',
            'Each score adds up d_k small products, so the spread of the scores grows like the '
            'square root of the width: the wider the heads, the more extreme the raw scores. Feed'
            ' such extreme numbers to the exponentiate-and-normalise step and it turns '
            'winner-take-all, one key grabs nearly all the weight, and the slope for everything '
            'else flattens to almost nothing, so learning stalls. Shrinking the scores by the '
            'square root of the width puts their spread back to about one, whatever the head '
            'size, and the weighting stays soft enough to learn from.',
        ],
         "wrong":
            'We divide by sqrt(d_k) to normalise the attention weights so that they sum to one; '
            'without it the rows of the attention matrix would not be a probability distribution.'
            ' It also keeps the scores from becoming too small: dot products shrink as d_k grows,'
            ' so without the scaling the softmax would be almost uniform. Dividing by d_k instead'
            ' would work equally well; the square root is just a convention.'},
    ],
    'code_multi_head_attention': [
        {"index": 0, "experts": [
            'One wide head produces a single softmax per query, so each token gets one weighted '
            'average over the others: it can only follow one pattern at a time. With h heads each'
            ' has its own query, key and value projections and its own softmax, so different '
            'heads can look at different positions for different reasons, one at the previous '
            'token, one at the syntactic head, one at a coreferent. Parameters and FLOPs stay the'
            ' same because the projections are only split; the gain is several independent '
            'attention distributions, at the cost of each head working in a d_model/h subspace.',
            'A single broad head gets one set of weights per word, one way of deciding whom to '
            'listen to, and has to blend everything it wants into that one mixture. Cutting the '
            'width into several slim heads gives each its own way of scoring neighbours and its '
            'own mixture, so one slice can track the word just before, another the subject of the'
            ' verb, another a name mentioned far back, all at once. The weight matrices are the '
            'same size overall, only partitioned; the trade is that each slice reasons in a '
            'narrower space.',
        ],
         "wrong":
            'Multiple heads are used because they have more parameters than a single head, which '
            'gives the model more capacity. They are also faster, since each head is smaller, so '
            'the total compute drops by a factor of h. In practice all heads learn the same '
            'attention pattern, and the split mainly acts as an ensemble that averages out noise.'},
        {"index": 1, "experts": [
            'For sequence length n and width d, the four projections for Q, K, V and the output '
            'each cost n x d x d multiply-adds, about 4 n d^2 in total. The attention itself, '
            'QK^T and the weighted sum of V, costs about 2 n^2 d summed over heads, since the '
            'heads split d. So the projections dominate for short sequences, while n is below '
            'about 2d, and the attention dominates for long sequences, where its n^2 growth takes'
            ' over; its n^2 memory for the score matrix matters there too.',
            'Turning each token into its query, key and value and back out costs the sequence '
            'length times the square of the width, four times over. Comparing every token with '
            'every other and blending the values costs the square of the length times the width, '
            'twice. So the mixing matrices grow with the width squared and only linearly in '
            'length, while the all-pairs comparison grows with the length squared: for short '
            'inputs the matrices dominate, and once the text runs longer than about twice the '
            'width, the all-pairs part takes over.',
        ],
         "wrong":
            'The projections cost O(n^2 d) because each token is projected against every other '
            'token, and the attention costs O(n d^2). So attention dominates for short sequences '
            'and the projections for long ones. Splitting into h heads multiplies the attention '
            'cost by h, which is why models with many heads are slow at long context.'},
    ],
    'code_grouped_query_attention': [
        {"index": 0, "experts": [
            'GQA shares each key/value head among a group of query heads, so the cache shrinks by'
            ' n_heads / n_kv_heads: 64 query heads with 8 kv heads is 8x smaller, and MQA with '
            'one kv head is 64x. When serving, decode is memory-bandwidth-bound: each new token '
            'must read the whole cache from HBM, while the arithmetic per token is tiny. A '
            'smaller cache means fewer bytes read per step, so faster tokens, and more sequences '
            'or longer contexts fit in memory, so bigger batches and higher throughput. The saved'
            ' FLOPs are minor, since they were never the bottleneck.',
            'Letting a group of query heads look up the same stored keys and values divides what '
            'has to be remembered by the group size: eight query heads per shared pair means an '
            'eighth of the storage. That matters at serving time because producing each new word '
            'is a matter of hauling the whole remembered history out of memory for very little '
            'arithmetic, so the speed is set by how many bytes move, not by how many '
            'multiplications happen. Less history to haul means faster words and room for more '
            'conversations at once; the arithmetic saved is small change.',
        ],
         "wrong":
            'GQA shrinks the cache by a factor equal to the number of layers, since the keys and '
            'values are shared across layers. Its main benefit at serving time is the arithmetic '
            'it saves: decode is compute-bound, so fewer kv heads means fewer matrix multiplies '
            'and faster tokens. The memory saving is secondary, because the cache is small '
            'compared with the weights.'},
        {"index": 1, "experts": [
            'With h // group, consecutive query heads share a kv head: heads 0 to 3 use kv head '
            '0, heads 4 to 7 use kv head 1, and so on; h % n_kv_heads would interleave them, '
            'heads 0, 8 and 16 sharing kv head 0. For a model trained from scratch either mapping'
            ' is fine, because the heads are interchangeable and training learns whatever '
            'grouping it is given. But a checkpoint was trained with one specific mapping, so '
            "each query head's weights expect a particular kv head; load it with the other "
            'mapping and queries meet the wrong keys and values, and the output is garbage even '
            'though every shape matches.',
            'Dividing groups the query heads in contiguous runs, the first few sharing the first '
            'stored pair, the next few the second; taking the remainder deals them out like '
            'cards, round-robin. Starting from nothing, either rule works, since the heads have '
            'no identity until training gives them one, and the network adapts to whichever '
            'pairing it sees. A saved model, though, learned under one specific pairing, so each '
            "query head's weights were shaped to match one particular key head. Read it with the "
            'other rule and the shapes still line up, nothing crashes, but the heads are paired '
            'with strangers and the output turns to nonsense.',
        ],
         "wrong":
            'The modulo mapping h % n_kv_heads would be wrong even when training from scratch, '
            'because it makes the groups unequal in size and some kv heads get more query heads '
            'than others. For a checkpoint the choice does not matter: the kv heads are identical'
            ' copies, so any mapping of query heads to kv heads gives the same outputs.'},
    ],
    'code_sampling': [
        {"index": 0, "experts": [
            'Top-k keeps a fixed number of tokens; top-p keeps the smallest set whose '
            'probabilities add up to p. On a flat distribution, top-k with k = 40 cuts off many '
            'plausible tokens when there are hundreds of them, while top-p keeps many; on a '
            'peaked distribution, top-k still keeps 40 tokens, including junk with tiny '
            'probability, while top-p keeps just the one or two that hold the mass. So I use '
            "top-p when the model's confidence varies a lot from step to step, because it adapts "
            'the candidate set to the shape of the distribution.',
            'One rule keeps a fixed headcount of candidates, the other keeps however many it '
            'takes to cover a chosen share of the probability. When the model is unsure and the '
            'odds are spread thin over hundreds of words, the fixed headcount chops off plenty of'
            ' reasonable options, while the share rule keeps a wide pool. When one word is nearly'
            ' certain, the fixed headcount still drags along dozens of unlikely words, while the '
            "share rule keeps just the favourite. So I prefer the share rule when the model's "
            'certainty swings from step to step, since it adapts the pool.',
        ],
         "wrong":
            'Top-k adapts to the distribution while top-p always keeps the same number of tokens,'
            ' so top-p is the one to use when you want a fixed amount of diversity. On a very '
            'flat distribution top-p keeps only a handful of tokens, and on a peaked distribution'
            ' it keeps many. In practice the two behave the same, and top-p is just slower.'},
        {"index": 1, "experts": [
            'Temperature scales the logits: softmax(z / T). Dividing the logits by T scales the '
            "differences between them, so the ratio of two tokens' probabilities becomes exp((z_i"
            ' - z_j) / T), a real sharpening or flattening. Dividing the probabilities by T does '
            'nothing, because the renormalisation cancels any common factor. As T goes to 0 the '
            'distribution collapses onto the argmax, which is greedy decoding; as T goes to '
            'infinity it becomes uniform over the vocabulary, so the tokens are random.',
            'The temperature has to shrink or stretch the raw scores before the exponential, '
            'because that changes the gaps between them, and the gaps are what the exponential '
            'turns into odds: halve the temperature and every gap doubles, so the favourite pulls'
            ' further ahead. Dividing the finished probabilities by a number changes nothing at '
            'all, since rescaling everything by one factor is undone when they are made to sum to'
            ' one again. Turn the temperature toward zero and all the mass piles onto the single '
            'top choice; turn it toward infinity and every word becomes equally likely.',
        ],
         "wrong":
            'You could divide either the logits or the probabilities by the temperature; both '
            'sharpen the distribution the same way. As the temperature goes to 0 the distribution'
            ' becomes uniform, since all logits are pushed to zero, and as it goes to infinity it'
            ' collapses onto the most likely token. A temperature above 1 makes the output more '
            'deterministic.'},
    ],
    'code_kv_cache_decode': [
        {"index": 0, "experts": [
            'With the cache, one decode step computes q, k and v only for the new token, appends '
            'k and v, and attends over the t cached positions: O(t d) for attention plus O(d^2) '
            'for the projections and MLP, per layer. Without the cache, every step reruns the '
            'whole prefix: O(t d^2) for the projections plus O(t^2 d) for attention. Caching is '
            "exact because earlier tokens' keys and values never change. So over n generated "
            'tokens the total is O(n^2 d + n d^2) with the cache, the sum over t, against O(n^2 '
            'd^2 + n^3 d) without: quadratic versus cubic in n.',
            'With the stored keys and values, each new word only needs its own three projections,'
            ' then a comparison against every earlier word: work proportional to how far along we'
            ' are, times the width, plus the fixed cost of pushing one word through the weights. '
            'Without them, each new word means pushing the entire prefix back through every '
            'layer, which costs the prefix length times the width squared, plus all-pairs '
            'comparisons that grow with the prefix length squared. Summed over n words, the '
            'stored version grows like n squared in total, while recomputing grows like n cubed, '
            'because every step redoes all the earlier ones.',
        ],
         "wrong":
            'With the cache a decode step costs O(1), since everything is already computed, and '
            'without it O(t). Over n tokens that is O(n) with the cache and O(n^2) without. The '
            'cache only saves the attention computation; the projections still have to be rerun '
            'for the whole prefix at each step.'},
        {"index": 1, "experts": [
            'Prefill processes all prompt tokens in parallel, so each weight matrix loaded from '
            'HBM is multiplied against hundreds or thousands of tokens: many FLOPs per byte, high'
            ' arithmetic intensity, and the tensor cores are saturated, so it is compute-bound. A'
            ' decode step processes one token per sequence: every weight and the whole KV cache '
            'must be read from memory for a matrix-vector product, about 2 FLOPs per weight read,'
            ' so the time is set by memory bandwidth while the compute units sit mostly idle. '
            'That is why batching decode requests helps: each weight read serves more tokens.',
            'Reading the prompt lets the machine push thousands of tokens through each weight '
            'matrix it fetches, so every byte brought from memory feeds a large batch of '
            'multiplications, and the bottleneck is how fast the chip can multiply. Writing the '
            'answer happens one word at a time: to make one word the chip must fetch every weight'
            ' and the whole stored history, then does barely a couple of operations per number '
            'fetched, so it spends its time waiting on the memory bus while the arithmetic units '
            'idle. Serving many conversations side by side lets each fetched weight do work for '
            'several words at once.',
        ],
         "wrong":
            'Prefill is memory-bound because the prompt has to be loaded into the cache, while '
            'decode is compute-bound since each step performs a full forward pass. Larger batches'
            ' therefore make decode slower per token, and the fix for slow decode is a GPU with '
            'more FLOPs, not more memory bandwidth.'},
    ],
    'code_bpe_train': [
        {"index": 0, "experts": [
            'Recounting every adjacent pair costs O(N) per merge, where N is the total number of '
            'symbols in the corpus, or in the word-frequency table weighted by counts, and we do '
            'it once per merge, so training V merges is O(V N). Production trainers count pairs '
            'once, keep the counts in a priority queue, and keep an index from each pair to the '
            'words that contain it; after merging the best pair they update only the counts of '
            'pairs in the affected words, the neighbours of each merged occurrence, so a step '
            'costs time proportional to the occurrences it changes.',
            'Each round walks through every word in the corpus, or every distinct word with its '
            'frequency, tallying every neighbouring pair from scratch, so one round costs as much'
            ' as reading the whole text and the full training costs that times the number of '
            'merges. The fast trainers tally once, keep the tallies in a structure that hands '
            'back the current most common pair instantly, and remember which words each pair '
            'lives in. When a pair fuses, only the words that contained it are touched: the pairs'
            ' on either side of each fused spot lose or gain a count, and everything else stays '
            'as it was.',
        ],
         "wrong":
            'Each merge step costs O(V^2), because we compare every token in the vocabulary with '
            'every other token to find the best pair. Production trainers avoid that by merging '
            'many pairs at once, say the top 100 per step, which gives exactly the same '
            'vocabulary. They also skip counting by picking pairs at random, since frequent pairs'
            ' tend to be picked anyway.'},
        {"index": 1, "experts": [
            'The end-of-word marker lets the tokenizer tell a suffix from a word-internal piece: '
            "'est</w>' at the end of 'widest' is a different token from 'est' inside 'estimate', "
            'and merges never cross word boundaries. Without it we could not tell where words end'
            ' when decoding, so joining tokens back into text would be ambiguous, and the '
            'vocabulary would mix word-final and word-internal pieces. Byte-level BPE as in GPT-2'
            " instead keeps the space as part of the following token, like 'Gworld', and works on"
            ' raw bytes, so decoding just concatenates the bytes and spaces come back exactly.',
            'Tagging the last piece of each word lets the vocabulary tell an ending apart from '
            "the same letters in the middle of a word: 'er' closing 'lower' and 'er' opening "
            "'error' become different pieces, and fusing never runs across a gap between words. "
            'Leave it out and the pieces no longer say where one word stops, so gluing them back '
            'into text is ambiguous. Byte-based tokenizers go the other way: they keep the space '
            'itself glued to the front of the next word, working on raw bytes, so turning pieces '
            'back into text is plain concatenation and every space and newline returns exactly.',
        ],
         "wrong":
            'The </w> marker just marks where the sequence ends so the model knows when to stop '
            'generating, like an EOS token. Without it nothing changes for the tokenizer, since '
            'spaces are kept as separate tokens anyway. Byte-level tokenizers strip all '
            'whitespace before tokenizing and re-insert a single space between tokens when '
            'decoding, which restores the text exactly.'},
    ],
    'code_kmeans': [
        {"index": 0, "experts": [
            'Random seeding can put two centroids in the same cluster and none in another, and '
            "Lloyd's algorithm only reaches a local minimum, so it stays stuck there. k-means++ "
            'picks the first centre at random and each next one with probability proportional to '
            'D(x)^2, the squared distance to the nearest centre already chosen, so the seeds '
            'spread out across the clusters. The guarantee is that the expected within-cluster '
            'sum of squares of the seeding alone is within O(log k) of the optimum; it does not '
            'promise the global optimum, so you still run several restarts and keep the best.',
            'Picking starting centres blindly can drop two of them into the same crowd and leave '
            'another crowd with none, and the alternating assign-and-average loop then settles '
            'into that poor arrangement. The smarter seeding picks the first centre at random and'
            ' then favours points far from every centre chosen so far, in proportion to the '
            'squared gap, so the starts land spread out over the groups. Its promise is about the'
            ' expected tightness: on average within a factor growing like the log of k of the '
            'best possible total squared spread. It does not promise the best arrangement, so '
            'several restarts are still worth it.',
        ],
         "wrong":
            'k-means++ picks the k points that are farthest apart as initial centroids, which '
            'guarantees that k-means then converges to the global optimum of the within-cluster '
            'sum of squares. It is deterministic, so restarts are no longer needed. It also makes'
            ' each Lloyd iteration faster, because the centroids start in good places and fewer '
            'distances need to be computed.'},
        {"index": 1, "experts": [
            'k-means assumes clusters that are roughly spherical, of similar size and spread, '
            'because it assigns each point to the nearest centroid, which carves the space into '
            'Voronoi cells with straight boundaries. On two rings, one inside the other, both '
            'centroids land near the centre, so it cuts the rings in half instead of separating '
            'them; with very different sizes it splits the big cluster and hands part of it to a '
            'small one. It also needs k in advance and is sensitive to outliers and scale. '
            'Instead: DBSCAN or HDBSCAN for arbitrary shapes and noise, spectral clustering for '
            'rings, Gaussian mixtures for elliptical clusters of different sizes.',
            'The method hands every point to its nearest centre, so it can only draw straight '
            'borders halfway between centres, and it quietly assumes round blobs of similar width'
            ' and headcount. Two nested rings have their centres in the same spot, so it slices '
            'across both rings instead of separating them; a big spread-out group next to a small'
            ' tight one gets chopped, part of the big one handed to the small one. For shapes '
            'like that, grow clusters by chaining together points that sit in dense '
            'neighbourhoods, or cluster on a graph of who is near whom, or fit a mixture of '
            'stretched bell curves with their own widths.',
        ],
         "wrong":
            'k-means handles ring-shaped clusters well as long as you choose k correctly, because'
            ' every point goes to the centroid of its own ring. Clusters of very different sizes '
            "are no problem either, since the means adapt to each cluster's size. The only real "
            'failure is a bad initialisation, which k-means++ fixes, so there is rarely a reason '
            'to use anything else; DBSCAN is just a slower k-means.'},
    ],
    'code_knn': [
        {"index": 0, "experts": [
            'Fitting k-NN just stores the training set: O(1) work and O(n d) memory. One '
            'prediction computes the distance to all n points, O(n d), then picks the k smallest,'
            ' O(n) with a partial sort or O(n log k) with a heap, so prediction is slow when n is'
            ' large. Tree indexes like KD-trees or ball trees cut that to roughly O(log n) per '
            'query in low dimensions, but degrade toward brute force beyond about 20 dimensions. '
            'At scale, approximate nearest-neighbour search, HNSW graphs or IVF with product '
            'quantisation as in FAISS, gives sublinear queries by trading a little recall for a '
            'large speed-up.',
            'Training is just remembering every example, nothing to compute, but all the work '
            'moves to asking: each question means measuring the distance to every stored example,'
            ' the count of examples times the number of features, then keeping the closest few. '
            'Splitting the space into nested boxes or balls lets you rule out whole regions at '
            'once, close to logarithmic time when there are few features, though that edge melts '
            'away as features multiply. At real scale you accept being occasionally wrong: '
            'neighbourhood graphs you walk greedily, or coarse buckets of compressed vectors, '
            'answer in a tiny fraction of the time and miss only a few true neighbours.',
        ],
         "wrong":
            'k-NN is expensive to train, because fitting builds the distance matrix between all '
            'training points, O(n^2), but prediction is then O(1) since the neighbours are '
            'precomputed. KD-trees make queries exact and logarithmic in any dimension, so '
            'approximate search is never needed; approximate nearest-neighbour methods just '
            'return the same neighbours faster.'},
        {"index": 1, "experts": [
            'k-NN compares raw distances, so a feature measured in large units, income in dollars'
            ' next to age in years, dominates the distance and the others hardly count. '
            'Standardising each feature to zero mean and unit variance puts them on the same '
            'scale, so each contributes comparably. In very high dimensions distances '
            'concentrate: the nearest and the farthest neighbour end up at almost the same '
            'distance, so the nearest carries little information, the curse of dimensionality. '
            'Reduce dimensions first, with PCA or learned embeddings, or use a similarity that '
            'suits the data, such as cosine.',
            'The method only looks at how far apart points are, so whichever column happens to be'
            ' measured in the biggest numbers, salary in dollars against years of age, drowns out'
            ' everything else. Rescaling every column to a common spread gives each a fair vote. '
            'And when there are very many columns, every point ends up roughly as far from you as'
            ' every other: the gap between the closest and the farthest neighbour shrinks '
            'relative to the distances themselves, so being the closest hardly means anything. '
            'Squeeze the data down to fewer meaningful directions first.',
        ],
         "wrong":
            'Standardising does not change which neighbours are nearest, since scaling all '
            'features preserves the ordering of distances; it is only needed for speed. In very '
            'high dimensions k-NN actually works better, because there is more information per '
            'point and distances become more spread out, so neighbours are easier to tell apart.'},
    ],
    'code_mlp_backprop': [
        {"index": 0, "experts": [
            'With softmax followed by cross-entropy, the derivative of the loss with respect to '
            'the logits simplifies to p - y: the softmax Jacobian and the 1/p from the log '
            'cancel, and sigmoid with binary cross-entropy works out the same. If you also '
            "multiply by p(1 - p), you apply the activation's derivative twice, since it is "
            'already inside p - y; the gradient is then wrong, and it becomes tiny when p is near'
            ' 0 or 1, so confidently wrong outputs stop learning, exactly the saturation that '
            'cross-entropy avoids. A finite-difference check catches it immediately.',
            'Push the raw scores through the squashing function and then score with the negative '
            "log of the right answer's probability, and the chain rule's pieces cancel: the slope"
            ' of the loss at each raw score is just what was predicted minus what was true. The '
            "squashing function's own slope is already folded into that difference. Multiplying "
            'by it again counts it twice, so the slope you hand back is wrong, and it dwindles to'
            ' nothing when the output is pinned near zero or one, which is exactly when the model'
            ' is confidently wrong and most needs the push.',
        ],
         "wrong":
            'The gradient at the output is p - y only as an approximation; the exact gradient '
            'needs the sigmoid derivative p(1 - p) as well, so multiplying by it is the correct '
            'thing to do. Leaving it out makes the updates too large, which is why people add it '
            'for stability. With the extra factor, a confidently wrong prediction gets the '
            'strongest correction.'},
        {"index": 1, "experts": [
            'Compare the analytic gradient with a numerical one: for each parameter, nudge it by '
            '+h and -h, recompute the loss, and take (L(w + h) - L(w - h)) / (2h). Use h around '
            '1e-5 in float64; too large and the truncation error grows, too small and '
            'floating-point cancellation swamps the difference. Central differences have error '
            'O(h^2) instead of O(h) for one-sided ones, so they are far more accurate at the same'
            ' h. Compare with a relative error, |a - n| / max(|a|, |n|), expecting around 1e-7, '
            'on a small network with dropout off.',
            'Check the derivatives against the definition: wiggle one weight up a hair and down a'
            ' hair, rerun the forward pass each time, and divide the change in loss by the total '
            'wiggle. The hair should be around a hundred-thousandth, in double precision: much '
            'bigger and the curvature of the loss bends the estimate, much smaller and the two '
            'nearly equal losses cancel into rounding noise. Wiggling both ways makes the first '
            'curvature term cancel, so the error shrinks with the square of the step rather than '
            'the step itself. Judge agreement relative to the sizes of the two numbers, not in '
            'absolute terms.',
        ],
         "wrong":
            'Use a one-sided difference (L(w + h) - L(w)) / h with a very small step like 1e-12, '
            'because the smaller the step, the more accurate the estimate. Central differences '
            'are no more accurate; they only cost twice as many forward passes. Float32 is fine '
            'for the check, and an absolute difference below 0.01 means the gradients are '
            'correct.'},
    ],
    'code_linear_regression_gd': [
        {"index": 0, "experts": [
            'The normal equation w = (X^T X)^{-1} X^T y, solved in practice with a Cholesky or QR'
            ' factorisation rather than an explicit inverse. Forming X^T X costs O(n d^2) and '
            'solving it O(d^3), with O(d^2) memory, while gradient descent costs O(n d) per '
            'epoch. So I would still run gradient descent when d is large, hundreds of thousands '
            'of features, where d^3 is out of reach, when n is too big for memory and the data '
            'must be streamed in mini-batches, for online updates, or when a regulariser like L1 '
            'has no closed form.',
            'Setting the slope of the squared error to zero gives the weights directly: invert '
            "the features' cross-product matrix against the features' cross-product with the "
            'targets, though in practice you factorise and solve rather than truly invert. '
            'Building that square matrix costs rows times columns squared, and solving it costs '
            'columns cubed, while stepping downhill costs only rows times columns per pass. So '
            'once there are very many columns, or the rows do not fit in memory and have to be '
            'streamed in small chunks, or new data keeps arriving, stepping downhill wins.',
        ],
         "wrong":
            'The closed form is w = (X X^T)^{-1} X y, which costs O(n^3) because you invert an n '
            'by n matrix. Gradient descent is preferred when n is small, since the inverse is '
            'cheap then. In practice the closed form is always faster when it applies, and '
            'gradient descent only gives an approximation of a different solution.'},
        {"index": 1, "experts": [
            'For squared loss the Hessian is X^T X / n, and gradient descent converges only if '
            'the learning rate is below 2 / lambda_max, the largest eigenvalue of that matrix; '
            'above it, the iterates oscillate with growing amplitude and blow up. In practice I '
            'start around 0.1 on standardised features, watch the loss, and divide by 3 or 10 if '
            'it rises. Unscaled features with very different ranges make the condition number '
            'large: the loss surface becomes a narrow valley, the steep direction forces a tiny '
            'learning rate, and progress along the flat direction crawls: the iterations needed '
            'grow with the condition number. Standardising rounds the surface and cuts that cost.',
            'The step size must stay below a limit set by the steepest direction of the error '
            'bowl, two over its sharpest curvature; go past it and each step overshoots the '
            'bottom by more than the last, swinging back and forth with growing amplitude until '
            'the numbers run off to infinity. I try a few sizes, each three to ten times apart, '
            'and keep the largest that makes the error fall. When features live on wildly '
            'different scales, the bowl becomes a long thin trough: the steep wall forces a tiny '
            'step, and progress along the floor crawls, so the number of steps grows with how '
            'stretched the bowl is. Putting every feature on a common scale rounds the bowl out.',
        ],
         "wrong":
            'Gradient descent blows up when the learning rate is too small, because it takes too '
            'many steps and the errors accumulate. A larger learning rate is always faster and '
            'safer. Feature scaling has no effect on gradient descent for linear regression, '
            'since the loss is convex anyway; it only matters for interpreting the coefficients.'},
    ],
    'code_dropout': [
        {"index": 0, "experts": [
            'Inverted dropout divides the surviving activations by 1 - p during training, so each'
            " unit's expected output is the same as without dropout. Then inference is just the "
            'plain network: no scaling, no special code, and the same weights can be served by '
            'any engine. The old way multiplies the activations, or the weights, by 1 - p at '
            'inference instead; it gives the same expectation, but the serving code has to know '
            'the dropout rate and apply it at every dropout layer, which is easy to forget or get'
            ' wrong when exporting a model.',
            "During training, each surviving unit's output is boosted to make up for the ones "
            'switched off, so on average every unit sends the same signal it would send with '
            'nobody dropped. That leaves prediction time untouched: the network runs as is, '
            'nothing to rescale, and whoever serves the model needs no idea that units were ever '
            'dropped. The older recipe leaves training alone and instead shrinks the signals by '
            'the keep fraction when predicting; the averages match just as well, but now every '
            'serving path must carry the drop rate around and apply it, one more thing to forget '
            'when moving the model elsewhere.',
        ],
         "wrong":
            'Dividing by 1 - p during training makes the activations larger at inference time, so'
            ' the model becomes more confident, which is why it regularises. Multiplying by 1 - p'
            ' at inference would give different expected outputs and a different model. With '
            'inverted dropout the serving code must still scale the activations by 1 - p, so both'
            ' options need the same serving logic.'},
        {"index": 1, "experts": [
            'At evaluation we want the deterministic, averaged network. Dropout left on would '
            'zero random units, so predictions become noisy: the same input gives different '
            'outputs, and accuracy drops because each prediction uses a random thinned '
            'subnetwork. You would see metrics that fluctuate between runs and slightly worse '
            'scores. Frameworks track a mode flag: in PyTorch, model.train() and model.eval() set'
            ' self.training on every module, and dropout checks it, as batch norm does; in Keras '
            'the training argument is passed to the call. Forgetting model.eval() is a classic '
            'bug. Keeping it on deliberately and averaging many passes, Monte Carlo dropout, '
            'gives an estimate of uncertainty.',
            'When judging the model you want the whole network, because it stands for the average'
            ' of all the thinned versions. If the random switching-off keeps running, every '
            'evaluation uses a different random half-network, so the same question asked twice '
            'gets two answers, and scores wobble from run to run and come out a little worse than'
            ' they should. The library keeps a switch on each layer saying practice or test; '
            "calling the model's evaluation method flips it on every layer at once, and the "
            'dropping layer checks it before zeroing anything. Leaving it on on purpose and '
            'averaging many runs shows how unsure the model is.',
        ],
         "wrong":
            'Dropout should stay on at evaluation time, because it keeps the behaviour identical '
            'to training and gives a better estimate of accuracy. If it stayed on you would see '
            'nothing unusual, since the scaling makes the outputs identical. The framework '
            'detects the mode automatically from whether gradients are being computed, so calling'
            ' no_grad is enough to turn dropout off.'},
    ],
    'code_precision_recall_f1': [
        {"index": 0, "experts": [
            'The harmonic mean 2PR/(P + R) is dominated by the smaller of the two, so it is only '
            'high when both precision and recall are high. An arithmetic mean lets one compensate'
            ' for the other: a model that flags everything has recall 1 and precision near 0, and'
            ' its average would be about 0.5, which looks decent, while its F1 is near 0. As '
            'either value approaches zero, F1 goes to zero regardless of the other. Equivalently,'
            ' F1 = 2TP / (2TP + FP + FN). Use F-beta if recall or precision should weigh more.',
            'The averaging used here, the reciprocal of the average of reciprocals, is pulled '
            'toward whichever of the two is worse, so a high score requires both to be good. A '
            'plain average lets one carry the other: flag every single case and you catch all the'
            ' real ones while your alarms are almost all false, yet the plain average says about '
            'one half, which sounds respectable. Under the reciprocal-based average that same '
            'model scores close to zero. Written out, it is twice the hits over twice the hits '
            'plus both kinds of mistakes. If either quantity sinks toward zero, the combined '
            'score sinks with it, whatever the other one is.',
        ],
         "wrong":
            'The harmonic mean is used because it is always larger than the arithmetic mean, '
            'which rewards models that do well on either metric. If precision is close to zero '
            'but recall is 1, F1 is about 0.5, the same as the ordinary average. The harmonic '
            'mean is mainly chosen because it is easier to compute.'},
        {"index": 1, "experts": [
            'The fraud team cares about recall: of the real frauds, how many do we catch, because'
            ' a missed fraud costs money. Customer support cares about precision: of the flagged '
            'transactions, how many are really fraud, because every false alarm is a blocked card'
            ' and an angry customer calling. Accuracy is useless: with 0.1% fraud, a model that '
            'flags nothing is 99.9% accurate and catches no fraud at all. Report precision and '
            'recall, or a PR curve, at the operating threshold, and choose the threshold from the'
            ' costs of each error.',
            'The fraud team wants to catch as many of the genuine frauds as possible, because '
            'every one that slips through is money gone. Customer support wants the alarms to be '
            'pure: each flagged purchase that turns out innocent is a declined card and an '
            'annoyed caller. Counting the share of right answers overall tells you nothing here: '
            'a model that never raises an alarm is right 999 times in 1000 and catches nothing. '
            'Track how many frauds you catch and how clean the alarms are, at the cut-off you '
            'actually run, and set that cut-off by weighing what each kind of mistake costs.',
        ],
         "wrong":
            'The fraud team cares about precision, since they want as many frauds caught as '
            'possible, while customer support cares about recall, because they want few false '
            'alarms. Accuracy is still a good headline metric here: at 99.9% accuracy the model '
            'is clearly excellent. Since fraud is rare, false positives hardly matter.'},
    ],
}
