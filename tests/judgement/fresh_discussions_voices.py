"""Fresh replies to the coding questions' discussion items in two new voices, written by helper vdisc
from each item's `ask` alone (before reading its key points or misconceptions).

Per item: two expert replies, a **story** (a concrete case from the speaker's own work, the general
claims woven into what happened) and a **terse** one (a senior talking fast: short clauses, pronouns,
abbreviations, semicolons, inline maths). Each is graded as the engine grades a discussion reply,
against the item's own key points and misconceptions, and must reach the hire band (0.7).

Items of the seven coding questions whose labelled answers are held out (code_adam_step,
code_best_split, code_kfold_indices, code_kv_cache_bytes, code_layer_norm,
code_logistic_regression_grad, code_roc_auc) carry three such pairs, each by a different imagined
speaker (repeated entries with the same "index"); the other items carry two. Only the first
pair of each item was written from the `ask` alone; the later pairs were written after grading the
first had shown some of those items' key points, in deliberately different words, to test that the
widened patterns hold for other speakers rather than for the first replies' sentences.
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
        {"index": 0, "experts": [
            "The first time I logged Adam's raw moment buffers on a fine-tuning run, v after step one was"
            ' 0.001 g^2 while m was 0.1 g. Both buffers are initialised at zero, so their early values '
            'are shrunk toward zero; the expected value of m_t is (1 - beta1^t) times the true mean. '
            'Dividing by 1 - beta^t rescales each one so it is an unbiased estimate from the start. If '
            'you skip it, the denominator sqrt(v) is shrunk much more than m, since beta2 is closer to 1,'
            ' so the effective step size at the start is several times the learning rate, and the run can'
            ' diverge in its first iterations.',
            'Zero init => EMAs are biased low early; E[v_t] = (1 - b2^t) E[g^2]. Correction: m_hat = m / '
            '(1 - b1^t), v_hat = v / (1 - b2^t); unbiased, and the factor -> 1 after a few thousand '
            'steps. Skip it: v lags far more than m since b2 = 0.999, so m / sqrt(v) is inflated, ~3x at '
            't = 1; the early steps are too big, a spike at the start of training.',
        ]},
        {"index": 1, "experts": [
            'When we sized a 7B training job, the optimizer was the surprise: Adam holds a momentum '
            'buffer and a variance buffer for every weight, 8 bytes per parameter in fp32, so about 56 '
            'GB, twice the 28 GB the fp32 weights take. With mixed precision you add an fp32 master copy '
            'of the weights, so roughly 16 bytes per parameter in all, over 100 GB. We cut it by '
            'partitioning the optimizer state across the 8 data-parallel GPUs with DeepSpeed ZeRO, so '
            "each held an eighth, and by trying bitsandbytes' 8-bit Adam, which quantises the buffers "
            'block by block.',
            'Adam = 2 buffers per weight, momentum and variance; so it takes 2 x 4 B x 7e9 = 56 GB of '
            'memory, double the fp32 params. AMP adds an fp32 master copy; ~16 B/param total with grads. '
            'Reduce it: ZeRO-1 partitions the optimizer state across N data-parallel GPUs, 1/N each, '
            'because each rank only updates its own shard; 8-bit Adam quantises the buffers block-wise, '
            '~4x smaller, at the cost of a little precision; CPU offload; Adafactor; or LoRA, only '
            'adapters carry state.',
        ]},
        {"index": 0, "experts": [
            "I noticed this when comparing my hand-written Adam with PyTorch's: mine took huge jumps on "
            'the first batch. The running averages are seeded with zeros, so for the first iterations '
            'they sit far below the real gradient statistics; they are biased toward zero. The correction'
            ' divides the first moment by 1 - beta1^t and the second by 1 - beta2^t, which exactly '
            'compensates, and it fades away as t grows. Without it the second-moment estimate is much too'
            ' small, since beta2 = 0.999 remembers the zero start longest, so the normalised step is too '
            'large and the first updates overshoot.',
            'EMAs start at 0, so early estimates are shrunk toward 0; dividing by 1 - beta^t de-biases '
            'them, and the correction vanishes for large t. No correction: sqrt(v) is underestimated more'
            ' than m because beta2 = 0.999 decays slower than beta1 = 0.9; the ratio blows up, so the '
            'first updates are several times too large.',
        ]},
        {"index": 1, "experts": [
            'Planning a 7B run, I wrote the memory bill on a whiteboard: Adam keeps a first-moment and a '
            'second-moment tensor the same shape as the weights, so two fp32 values per parameter, 8 '
            'bytes, which is 56 GB at 7 billion parameters. That is twice the fp32 weights before '
            'counting gradients or activations. What worked for us was sharding those optimizer tensors '
            'over the data-parallel workers with FSDP, so each GPU stores only its slice; people also use'
            " 8-bit optimizers from bitsandbytes, CPU offloading, or Adafactor's factored second moment.",
            'Two extra fp32 tensors, m and v, per parameter, so 8 bytes x 7e9 is ~56 GB, 2x the fp32 '
            'weights. Cut it: FSDP / ZeRO shards the states across the data-parallel GPUs, so each keeps '
            'a 1/N slice; 8-bit optimizers store them quantised block-wise, about 4x less; offload them '
            'to CPU; Adafactor factors v.',
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
        {"index": 0, "experts": [
            'I saw this while debugging a homemade decision tree on churn data: it kept splitting off a '
            "single customer with an extreme value. If you just average the two children's Gini, a leaf "
            "with one row is perfectly clean, impurity 0, so the average drops to half of the big child's"
            ' impurity even though nothing useful was separated. Weighting each child by the fraction of '
            'rows it receives measures the impurity a random row sees after the split, so a one-row leaf '
            'counts for almost nothing. Also, the weighted impurity of the children is never above the '
            "parent's because Gini is concave, so the gain is never negative.",
            'Size-weighted Gini = expected impurity per row; each child counts by n_child / n. Unweighted'
            ' mean: a 1-sample child is pure, Gini 0, so it halves the score for free; it favours splits '
            "that chip off single outliers; lopsided, overfit. Weighted, the children's impurity never "
            "exceeds the parent's, Gini being concave, so the gain is >= 0.",
        ]},
        {"index": 1, "experts": [
            'On a credit dataset with a million rows, my first split search ran for hours: for each '
            'feature and each candidate threshold it recomputed the Gini from scratch, O(n) per threshold'
            ' and O(d n^2) in total. Sorting each feature once and then sweeping the thresholds while '
            'moving rows from the right counts to the left counts makes every step constant time, so the '
            "search costs O(d n log n), dominated by the sort. LightGBM and XGBoost's hist mode go "
            'further: they bin each feature into at most 255 buckets once, accumulate gradient and '
            'hessian sums per bin in one pass, and then scan only the bins.',
            "Brute force recounts from scratch, d features x ~n thresholds x O(n), so it's O(d n^2). Sort"
            ' once per feature, O(n log n), then sweep left to right updating class counts incrementally,'
            ' O(1) per threshold, so the total is O(d n log n) because the sort dominates. GBDT libs '
            'bucket features into ~256 bins upfront, build gradient histograms in O(n), then split search'
            ' is O(bins) per feature; histogram subtraction halves that work again.',
        ]},
        {"index": 0, "experts": [
            "Once a junior teammate's tree kept choosing splits that sent 2 rows left and 9,998 right. "
            "The score was a plain mean of the two children's Gini, and a 2-row child is trivially pure, "
            'so the mean looked great while the big child was as mixed as before. Weighting by child size'
            ' turns the score into the impurity of the typical row after the split, so each row counts '
            'once and a tiny leaf cannot buy a good score. The unweighted version favours those '
            'degenerate, lopsided splits that isolate a few outliers. With weights the children can never'
            ' be more impure than the parent, so the gain stays non-negative.',
            'Weight by n_child / n so the score is the impurity an average row sees; every row counts '
            'once. A plain mean rewards isolating a few points: a tiny pure child, Gini 0, halves the '
            'average even though the big child is unchanged; it favours lopsided splits, outlier-chasing.'
            ' With weights the gain is never negative, since Gini is concave.',
        ]},
        {"index": 1, "experts": [
            'For each feature my first version tried every midpoint as a threshold and recounted all n '
            'labels each time, which is quadratic in n, O(d n^2) overall, and it crawled on 500k rows. '
            'Sorting the feature once and walking through the sorted values, moving one row at a time '
            'from the right side to the left and updating the counts, gives all thresholds in O(n) after '
            'an O(n log n) sort, so O(d n log n). XGBoost and LightGBM on millions of rows pre-bucket '
            'every feature into a histogram of at most 256 bins, sum the gradients per bin in one pass, '
            'and evaluate splits only at bin edges.',
            'Naive: recompute Gini from scratch per threshold, so O(n) x n thresholds x d = O(d n^2), '
            'quadratic. Better: sort each feature, O(n log n), then a single pass with prefix counts, '
            'O(1) per split; overall O(d n log n). LightGBM / XGBoost hist: quantise features into <= 256'
            ' bins once, build per-bin gradient histograms, then scan the bins, so split finding is '
            'O(bins), not O(n).',
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
        {"index": 0, "experts": [
            'My data came sorted by label once, all negatives first, and unshuffled 5-fold gave folds '
            'with no positives at all; shuffling first, or stratifying, fixed it. That is the normal '
            'case: shuffle when rows are independent and identically distributed. On a demand-forecasting'
            ' model, though, shuffled folds let the model train on next month to predict last month, and '
            'the CV error was far better than production; for temporal data we split by time, training on'
            ' earlier periods and validating on later ones. For a hospital dataset with several scans per'
            ' patient we grouped by patient, so no patient appeared on both sides of a split.',
            'Shuffle if rows are i.i.d. but the file is ordered, e.g. sorted by class or date; otherwise '
            'folds are skewed. For temporal data you keep chronological order and train on earlier, '
            'validate on later periods, walk-forward, because a shuffle leaks the future. Grouped rows, '
            'several per patient: GroupKFold keeps each patient in one fold, since the model would '
            'otherwise recognise the patient rather than learn the task.',
        ]},
        {"index": 1, "experts": [
            'We tuned a gradient-boosting model over a big grid and reported the top 5-fold CV AUC, 0.88;'
            ' on a fresh holdout it was 0.84. The top score is the maximum of many noisy estimates, and '
            'picking the maximum picks the configuration that got lucky on these particular folds, so it '
            'is optimistically biased; the same folds chose the hyperparameters and measured them. To get'
            ' an honest number we used nested cross-validation, tuning inside each training split with an'
            ' inner CV and scoring on an outer fold the tuning never touched; a final test set held back '
            'until the very end also works.',
            'Max over many CV scores is biased upward; selection on noise, the folds both picked and '
            "graded the config; it's optimistic. Fix: nested CV, the inner CV tunes, the outer folds "
            'evaluate the whole tuning procedure on data it never saw; or a holdout test set used exactly'
            ' once after choosing.',
        ]},
        {"index": 0, "experts": [
            'We got burnt twice. First, our export was ordered by collection date, and without shuffling '
            'each fold covered a different season and a different class balance, so the scores swung '
            'wildly; for i.i.d. rows you should shuffle. Second, on a stock-return model, shuffling mixed'
            ' future days into the training folds, and the validation score was far too optimistic; for '
            'time series you train on the past and test on the future, a rolling or expanding window. And'
            ' when a patient contributes several rows, splitting by rows lets the model memorise that '
            'patient, so all rows of one patient must stay in the same fold.',
            'Shuffle for i.i.d. rows whose file order carries structure, sorted by date or label, or the '
            'folds get skewed. For time series keep the order and train on the past, validate on the '
            'future with forward chaining, since shuffling lets it peek ahead. Multiple rows per patient:'
            " keep all of a patient's rows in one fold, group k-fold, or it's scored on patients it "
            'already saw.',
        ]},
        {"index": 1, "experts": [
            'In a Kaggle-style project I tried about a thousand hyperparameter combinations and quoted '
            'the best 5-fold score; the leaderboard number came out clearly lower. Picking the best of '
            'many noisy scores overfits the validation folds: the winner is partly the one whose noise '
            'happened to be favourable, so the reported number is biased upward. The remedy is nested '
            'cross-validation, where an inner loop does the tuning and an outer loop evaluates the whole '
            'procedure on folds the tuning never saw, or simply a separate test set that we look at once.',
            'Optimistic because you select on the same folds you report; the max of many noisy CV '
            'estimates is biased high, you overfit the validation folds. Fix: nested CV, inner loop for '
            'tuning, outer loop for an unbiased estimate of the whole pipeline; or keep a held-out test '
            'set and evaluate it once.',
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
            'uptrained that way. An fp8 or int8 cache cut the memory in half again, at some precision '
            'loss and accuracy risk on long contexts. A sliding window of 4k tokens capped the cache '
            'regardless of length, but the model then cannot attend to anything older than the window, so'
            ' long-range recall got worse.',
            'GQA / MQA, fewer kv heads, shrinks the cache by n_heads / n_kv, 8x for 64 -> 8, at some '
            'quality cost, and it needs training or uptraining. A lower-precision cache, fp8 / int8 / '
            'int4, is 2-4x smaller because each element takes a byte or less instead of 2, whereas the '
            'cost is quantisation error and some accuracy drop. A sliding window caps it at O(w) tokens, '
            "but it loses long-range context beyond w; that's the cost. Also paging cuts fragmentation.",
        ]},
        {"index": 0, "experts": [
            'When we planned serving for a 70B model without GQA, I worked it out per token: keys and '
            'values, times 80 layers, times 64 heads of 128 dims, times 2 bytes, is about 2.6 MB. A '
            '32k-token context then needs about 86 GB of KV cache, and a batch of 8 such sequences about '
            '690 GB. The weights are a fixed 140 GB, so at that length the cache outgrows the weights '
            'several times over, and it grows linearly with both context length and batch size. That is '
            'why the cache, not the model, set our batch size.',
            'Bytes/token = 2 x L x H x d_h x 2 B = 2 x 80 x 64 x 128 x 2 = ~2.6 MB. At 32k: ~86 GB for '
            'one sequence; batch 8: ~690 GB. Weights: 140 GB flat. So the KV cache exceeds the weights '
            "~5x at batch 8, because it scales linearly with seq_len x batch while params don't grow.",
        ]},
        {"index": 1, "experts": [
            'When we had to fit more users onto our GPUs, memory was the limit, so we looked at three '
            "levers for the cache's size. Sharing keys and values across groups of query heads, GQA with "
            '8 kv heads instead of 64, shrank the cache by 8 at a slight quality loss, but it needs '
            'retraining or uptraining. Storing the cache in int8 halved it against fp16 with a little '
            'rounding error, which we checked on long-context evals. A sliding window capped it at the '
            'last 4k tokens, but then the model can no longer see anything older, so it forgot '
            'instructions from the start of long chats.',
            'GQA: 64 -> 8 kv heads divides the cache by 8, at a small quality hit, and it needs '
            'uptraining because the checkpoint was trained with 64. MQA, 1 kv head, saves more and costs '
            'more. Int8 / fp8 cache halves the bytes, so half the memory vs fp16, with some rounding '
            'error. Sliding window bounds the cache at w tokens, but the model loses direct access to '
            'anything older than w.',
        ]},
        {"index": 0, "experts": [
            'I did this arithmetic when a customer asked for 32k context on a 70B model without GQA. Each'
            ' token stores a key and a value vector in every layer: 2 x 80 x 64 x 128 values at 2 bytes '
            'each, about 2.6 MB per token. So one 32k sequence needs around 86 GB of KV cache, more than '
            'half of the 140 GB of weights, and a batch of 8 needs about 690 GB, roughly five times the '
            'weights. At long context and batch, the cache rather than the parameters dominates memory, '
            'and it keeps growing linearly while the weights stay fixed.',
            'Per token per layer: K and V, 64 x 128 each, fp16; 2 x 64 x 128 x 2 B = 32 KB; x 80 layers ='
            ' ~2.6 MB/token. x 32k = ~86 GB per sequence; x 8 = ~690 GB. vs 140 GB of weights: one '
            'sequence is ~0.6x the model, batch 8 is ~5x. The cache dominates since it scales with batch '
            "x length, the weights don't.",
        ]},
        {"index": 1, "experts": [
            'When our long-context service ran out of memory, we compared the options. Grouped-query '
            'attention with 8 kv heads shrinks the cache 8x compared with 64, but the model has to be '
            'trained or uptrained with fewer heads and loses a bit of quality; multi-query with a single '
            'kv head saves more and hurts more. Quantising the cache to fp8 halves it against fp16, at '
            'some precision loss we had to evaluate. A sliding window caps it at a fixed number of recent'
            ' tokens, so memory stops growing, but anything older than the window is no longer directly '
            'visible to attention.',
            'Fewer kv heads via GQA divides the cache by n_heads / n_kv, 8x here, and costs some accuracy'
            ' plus uptraining; MQA is the extreme, since one kv head saves the most memory and costs the '
            'most quality. If you quantise the cache to int8 or fp8 it takes half the bytes of fp16, but '
            'you pay with rounding error and dequant overhead. Sliding window: caps the cache at w '
            'tokens; costs long-range recall, since tokens older than w drop out.',
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
        {"index": 0, "experts": [
            'I moved a language model from batch norm to layer norm after batch-size-1 inference gave '
            'different answers from training. Batch norm computes a mean and variance for each channel '
            "across all the examples in the batch, so every example's output depends on its batch-mates; "
            'layer norm computes them for each token across its own hidden features. Transformers use '
            'layer norm because sequences have different lengths and padding, batches are often small, '
            'and at generation time you process one token at a time. At inference batch norm relies on '
            'running averages of mean and variance collected in training, which layer norm simply does '
            'not need.',
            "BN takes mean / var per channel over the batch, so each sample's output depends on the "
            'others, whereas LN takes them per token, over its hidden dim; no cross-example coupling, so '
            "batch size doesn't matter. Hence transformers use it: it works the same with variable "
            'lengths, padding, tiny batches and token-by-token decoding. At inference BN needs the '
            'running mean / var estimated during training; LN recomputes from the input, so it keeps no '
            'running stats.',
        ]},
        {"index": 1, "experts": [
            'In a mixed-precision model, a layer of padded positions produced rows where every value was '
            'the same, so the variance was exactly zero. Because eps sits inside the square root, the '
            'denominator is at least sqrt(eps), and such a constant row normalises to zero instead of '
            'NaN; the gradient of the square root also stays finite. Computing the variance as mean(x^2) '
            '- mean(x)^2 subtracts two nearly equal large numbers when the mean is large compared with '
            'the spread, which loses most significant digits to cancellation and can even turn negative. '
            'Subtracting the mean first and averaging the squared deviations avoids that. In fp16, an eps'
            ' like 1e-12 underflows to zero, so we keep eps at 1e-5 or compute the statistics in fp32.',
            'eps inside: denom >= sqrt(eps) > 0; a constant row, zero variance, maps to 0 rather than '
            'NaN, and d sqrt stays bounded. E[x^2] - E[x]^2: catastrophic cancellation when |mean| >> '
            'std; it loses precision, even goes negative. mean((x - mu)^2) is always >= 0; stable. In '
            'fp16 a tiny eps, 1e-12, rounds to zero; use 1e-5 or fp32 stats.',
        ]},
        {"index": 0, "experts": [
            'On a speech transformer I tried batch norm first, and the statistics swung with the amount '
            'of padding in each batch. Batch norm normalises every feature using statistics across the '
            'examples of a batch, while layer norm normalises each token using the mean and variance of '
            'its own hidden vector, independent of the other examples. That suits transformers: '
            'variable-length padded sequences, small batches, and decoding one token at a time all work '
            'the same. And at test time batch norm has to switch to running estimates of mean and '
            'variance saved during training, while layer norm needs no stored statistics.',
            'BN normalises across the batch, per feature, whereas LN normalises across the features, per '
            'token. So LN is independent of batch composition; it works with batch size 1, padding, '
            'variable lengths and incremental decoding, which is why transformers use it. BN at inference'
            ' needs running mean / variance from training and can mismatch; LN keeps none, train and test'
            ' compute the same thing.',
        ]},
        {"index": 1, "experts": [
            'I debugged NaNs in a model whose padded rows were all zeros, so the variance of those rows '
            'was 0. With eps inside the square root the denominator can never go below sqrt(eps), so a '
            'constant row comes out as 0 and the gradient through the square root stays bounded. The '
            'one-pass formula mean(x^2) - mean(x)^2 is a subtraction of two big close numbers whenever '
            'the mean is much larger than the spread, so precision is lost to cancellation and the result'
            ' can be slightly negative; averaging squared deviations from the mean cannot go negative. In'
            ' half precision a tiny eps like 1e-12 rounds to zero, so use 1e-5 or compute the statistics '
            'in float32.',
            'Inside sqrt, eps bounds the denominator below by sqrt(eps); a constant row, var = 0, gives 0'
            ' instead of NaN, and the gradient stays finite. E[x^2] - E[x]^2 cancels catastrophically '
            'when the mean dwarfs the std, losing digits, possibly negative; E[(x - mu)^2] is '
            'non-negative and stable. In fp16 a 1e-12 eps underflows to 0; keep 1e-5 or upcast to fp32.',
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
        {"index": 0, "experts": [
            'On a click model I tried squared error on the sigmoid output as a quick hack, and the '
            'worst-predicted clicks never improved. The gradient of squared error with respect to the '
            "logit carries the sigmoid's slope p(1 - p), which is almost zero when the model is "
            'saturated, so a prediction of 0.001 for a true click gets almost no push. Log loss, the '
            'negative log-likelihood of the Bernoulli labels, cancels that slope: its gradient is p - y, '
            'close to 1 in size for a confident mistake. It is also convex in the weights, so there is a '
            'single optimum, while squared error through a sigmoid is non-convex.',
            'Log loss = Bernoulli NLL; convex in w, one optimum. MSE through sigmoid: dL/dz = (p - y) p '
            '(1 - p); when confidently wrong the sigmoid saturates, p(1 - p) ~ 0, so the gradient dies, '
            'training stalls on exactly the worst errors. With log loss dL/dz = p - y; the slope cancels,'
            ' so it stays ~1 in magnitude when the model is confidently wrong.',
        ]},
        {"index": 1, "experts": [
            'We hit log(0) in production scoring when a logit of 50 made the sigmoid return exactly 1.0. '
            'The robust way is to never compute p at all and write the loss in terms of z: loss = '
            'softplus(z) - y z, where softplus(z) = log(1 + exp(z)) is evaluated as max(z, 0) + '
            'log1p(exp(-abs(z))). The exponent is then never positive, so exp cannot overflow, and log1p '
            'is accurate when exp(-abs(z)) is tiny. Clipping p to [1e-7, 1 - 1e-7] avoids the crash too, '
            'but it distorts the loss and kills the gradient beyond the clip.',
            'Skip p; write the loss in logits: L = softplus(z) - y z. Softplus evaluated as max(z, 0) + '
            'log1p(exp(-abs(z))), so the exp argument is never positive, no overflow, and log1p keeps '
            'precision for tiny terms. Same as BCEWithLogits. Clipping p to [eps, 1 - eps] also avoids '
            'log(0) but biases the loss and zeroes the gradient past the clip.',
        ]},
        {"index": 0, "experts": [
            'When I compared the two losses on a toy dataset, squared error left some badly misclassified'
            ' points stuck for hundreds of epochs. Its gradient with respect to the logit includes the '
            'sigmoid derivative p(1 - p), which goes to zero when the output saturates, so a confidently '
            'wrong prediction produces a tiny gradient. Cross-entropy is the negative log-likelihood for '
            'a Bernoulli label, and its gradient is exactly p - y: the sigmoid derivative cancels, so the'
            ' push is largest when the model is most wrong. Cross-entropy is also convex in the weights '
            'for logistic regression, while squared error on a sigmoid is not.',
            'CE is the max-likelihood loss for Bernoulli labels and convex in w; MSE through a sigmoid '
            "isn't convex. MSE gradient is (p - y) p (1 - p); confidently wrong means saturated, so p(1 -"
            " p) ~ 0 and the gradient vanishes. CE's gradient is p - y; the p(1 - p) cancels, so it stays"
            ' large, near 1, when confidently wrong.',
        ]},
        {"index": 1, "experts": [
            'Our first implementation computed p = sigmoid(z) and then log(p), and for large logits p '
            'rounded to 1.0, giving log(0) in the other term. We rewrote it in terms of the logit: loss ='
            ' max(z, 0) - z y + log(1 + exp(-|z|)), which is the same function. The exponent -|z| is '
            'never positive, so exp never overflows and never returns inf, and log1p keeps full precision'
            ' when the exponential is tiny. That is what BCEWithLogitsLoss does; clipping p to [eps, 1 - '
            'eps] is the usual shortcut, but it caps the loss and flattens the gradient for confident '
            'errors.',
            'You compute it from z directly, as loss = max(z, 0) - y z + log1p(exp(-abs(z))), which is '
            "exactly the CE and never forms p. exp's argument is never positive, so it can't overflow, "
            "and log1p is precise for tiny inputs. That's what BCEWithLogitsLoss does. Clipping p to eps "
            'is a shortcut; it biases the loss and kills the gradient past the clip.',
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
        {"index": 0, "experts": [
            "When a teammate squashed our ranking model's scores with a sigmoid to make them look like "
            'probabilities, the AUC came out identical to four decimals. AUC is the fraction of '
            'positive-negative pairs where the positive gets the higher score, so it uses only the order;'
            ' any strictly increasing remapping of the scores leaves every comparison, and so the AUC, '
            'unchanged. It follows that AUC cannot tell whether the probabilities mean anything: a model '
            'can rank perfectly and still say 0.8 for events that happen 10% of the time. So we checked '
            'calibration on its own with a reliability diagram and the Brier score, and fitted isotonic '
            'regression, which kept the AUC.',
            'AUC = fraction of (pos, neg) pairs ranked correctly; only comparisons, so invariant under '
            "any monotone transform. Hence it's blind to calibration; a model with AUC 0.95 can still "
            'output badly wrong probabilities. Check calibration separately, reliability curve, Brier, '
            'log loss; recalibrate with Platt or isotonic, both monotone, so the ranking and AUC stay '
            'intact.',
        ]},
        {"index": 1, "experts": [
            'In a rare-disease screening model, 1 in 1,000 positive, ROC-AUC was 0.98 and the clinicians '
            'still hated it. The false-positive rate is computed over the enormous pool of healthy '
            'people, so a 2% FPR sounds small but means 20 false alarms for every true case; precision '
            'was about 5%. ROC never shows that, because neither of its axes depends on how rare the '
            'positives are. We reported the precision-recall curve and average precision instead, and '
            'precision and recall at the threshold we would actually use.',
            'At 0.1% prevalence negatives outnumber positives 999:1; FPR divides by that huge count, so '
            'even a tiny FPR means far more false positives than true ones, and ROC barely moves. '
            "Precision collapses, so it's useless in practice. Report PR-AUC / average precision, and "
            'precision plus recall at the operating threshold; maybe precision@k for the review queue.',
        ]},
        {"index": 0, "experts": [
            "When we swapped a model's raw scores for their ranks, nothing in the ROC curve changed, "
            'which made the point for the team. AUC counts how often a random positive outranks a random '
            'negative, so only the ordering of the scores enters; stretching or squashing them with any '
            'monotonic function preserves every pairwise comparison, and the AUC stays the same. That is '
            'why AUC tells you nothing about calibration: a model with AUC 0.9 can still say 70% for '
            'things that happen 10% of the time. If you need trustworthy probabilities, measure '
            'calibration with a reliability plot or log loss and fix it with Platt scaling or isotonic '
            'regression.',
            'Rank statistic: AUC = P(random pos scored above random neg); only order matters, so any '
            "strictly monotone transform leaves it unchanged. Consequence: it can't see calibration; AUC "
            'can be excellent with probabilities that are way off. Check calibration on its own, '
            'reliability diagram, Brier, ECE; fix with Platt or isotonic, which preserve the ranking.',
        ]},
        {"index": 1, "experts": [
            'On a fraud-alert model with 0.1% positives, ROC-AUC was 0.96, yet analysts found that only '
            'about 1 alert in 30 was real. The false-positive rate divides by the huge number of '
            'legitimate transactions, so even a tiny FPR lets in far more false positives than there are '
            'frauds, and the ROC curve barely notices. The precision, the share of alerts that are real, '
            'was what was terrible. I would report the precision-recall curve with average precision, '
            'plus precision and recall at the threshold the team would actually run.',
            'ROC uses FPR = FP / (FP + TN); with 999 negatives per positive that denominator is huge, so '
            'a small FPR still means many FPs, swamping the few TPs, while ROC-AUC stays high. Precision '
            'is what collapses. Report the PR curve / average precision, and precision and recall at the '
            'operating threshold, e.g. precision at the review budget.',
        ]},
    ],
    'code_softmax': [
        {"index": 0, "experts": [
            'I hit this in a toy language model where a logit of about 1000 came out of a bad init and '
            'exp returned inf, so the softmax gave NaN. Subtracting the max is allowed because softmax is'
            ' shift-invariant: exp(x - c) = exp(x) exp(-c), and the exp(-c) factor cancels between '
            'numerator and denominator, so the result is exactly the same. After the shift the largest '
            'exponent is exp(0) = 1, so nothing can overflow, and the denominator is at least 1. Very '
            'negative logits can still underflow to 0, so their probability becomes exactly 0 and a later'
            ' log gives -inf; that is why we compute log-softmax directly.',
            'softmax(x - c) = softmax(x); the e^-c factor cancels top and bottom, exact, not an '
            'approximation. With c = max, every exponent is <= 0, so e^(x - max) <= 1; no overflow, and '
            'the sum is >= 1 since the max term is 1. Small values: e^(-1000) underflows to 0; prob is '
            'exactly 0, harmless for the softmax itself, but log of it is -inf, NaN in the loss; so use '
            'log-softmax / logsumexp.',
        ]},
        {"index": 1, "experts": [
            'In a classifier I inherited, the loss was log(softmax(x)) and it went to NaN whenever a '
            'wrong class got a probability that underflowed to 0, because log(0) is -inf. Computing '
            'log-probabilities directly avoids ever forming that tiny probability: log_softmax(x) = x - '
            'logsumexp(x), and logsumexp is computed stably as max + log(sum(exp(x - max))). That stays '
            'finite for any logits, it is more accurate, and its gradient is simply softmax minus the '
            'one-hot target, which is why frameworks fuse it into cross-entropy.',
            'Two steps: softmax underflows to 0 for very negative logits, then log(0) = -inf; NaN loss '
            'and gradient. Direct: log p_i = x_i - logsumexp(x); LSE = m + log sum e^(x - m) with m = '
            "max, so it's finite and exact. Gradient of CE on top is softmax - onehot, clean; hence fused"
            ' log_softmax + NLL, F.cross_entropy takes logits.',
        ]},
        {"index": 0, "experts": [
            'I learned this when a mixed-precision model produced NaNs from a softmax over logits near '
            '90, because exp(90) overflows even in fp32 once you sum it up, and fp16 overflows past about'
            ' 11. Subtracting the largest logit changes nothing mathematically: every numerator and the '
            'denominator get the same factor exp(-max), which cancels, so the probabilities are '
            'identical. Afterwards every exponent is at most 0, so exp never exceeds 1 and cannot '
            'overflow. Very small values can still underflow to exactly 0; the softmax is fine with that,'
            ' but taking the log afterwards gives -inf, so the loss should use log-softmax.',
            'Shift invariance: softmax(x - c) = softmax(x) for any constant c, since e^-c cancels in the '
            'ratio. c = max makes all exponents <= 0, so no overflow, and the denominator is >= 1, no '
            'division by 0. Tiny values still underflow to 0; harmless for the probabilities themselves, '
            'but log(0) = -inf downstream; hence log-softmax.',
        ]},
        {"index": 1, "experts": [
            'In a language model I took over, log(softmax(logits)) gave -inf for rare tokens whose '
            'probability had underflowed to zero, and the loss became NaN. Working directly in log space '
            'fixes that: log_softmax(x)_i = x_i - logsumexp(x), where logsumexp subtracts the max first, '
            'm + log(sum exp(x - m)), so nothing overflows and no log of zero is ever taken. When it is '
            'fused with the negative log-likelihood, the gradient with respect to the logits is just the '
            "softmax probabilities minus the one-hot label, which is why PyTorch's cross_entropy takes "
            'raw logits.',
            'log(softmax) in two steps: the softmax can round to 0, then log gives -inf, NaN. Direct: log'
            ' p = x - LSE(x), with LSE = max + log(sum exp(x - max)), stable and precise. Fused with NLL '
            'the gradient w.r.t. logits is p minus the one-hot target; so frameworks take logits, not '
            'probabilities.',
        ]},
    ],
    'code_causal_mask': [
        {"index": 0, "experts": [
            'When I trained a small GPT without the mask by accident, the training loss dropped almost to'
            ' zero in minutes and generation was garbage. In training the whole target sequence goes in '
            'at once, so position t can attend to token t + 1, which is exactly what it is asked to '
            'predict: it just copies the answer, a leak. The mask hides future positions, so every '
            'position predicts the next token from the past only, and we get all the next-token '
            'predictions in parallel from one forward pass, teacher forcing. It also makes training match'
            ' generation, where the future tokens do not exist yet.',
            'Teacher forcing runs all T positions in one pass, in parallel, so the whole sequence, future'
            ' included, is in the input. Without the mask, position t sees token t+1, its own target; it '
            'cheats, copies it, loss -> ~0, learns nothing usable. Mask = each position attends only to '
            "<= t. That also keeps train and inference consistent: at decode time the future isn't there,"
            ' so the model must be trained under the same condition, else train/test mismatch.',
        ]},
        {"index": 1, "experts": [
            'At 32k context on an earlier project, the boolean mask alone was 32k x 32k, about a billion '
            'entries, and the float scores we masked were four times that per head, so memory grew '
            'quadratically with sequence length. FlashAttention never builds it: it tiles Q and K into '
            'blocks, and inside each tile it compares the query index with the key index and sets scores '
            'where key > query to minus infinity on the fly. Tiles that lie entirely above the diagonal '
            'are skipped completely, so about half the work is saved.',
            "seq_len x seq_len: O(n^2) memory; at 32k that's ~1e9 entries per mask, and the scores it "
            'masks are n^2 per head too. Fused kernels, FlashAttention, compute it on the fly: in each '
            'tile compare row index i with col index j, set j > i to -inf; no mask tensor in memory. '
            'Tiles fully above the diagonal are skipped entirely, so causal costs about half the FLOPs.',
        ]},
        {"index": 0, "experts": [
            'A student of mine trained a decoder without the mask and got near-zero training loss and '
            'nonsense samples. During training the whole sequence is fed in at once, so without a mask '
            'every position can look at the very token it is supposed to predict, and it learns to copy '
            'instead of predict: information from the future leaks in. The mask makes position t attend '
            'only to positions up to t, so one parallel pass gives every next-token prediction under the '
            'same conditions as generation, where later tokens simply are not available yet.',
            'All positions go through in one pass, teacher forcing, so the future tokens are right there '
            'in the input. Unmasked, position t attends to t+1, its own label; it cheats, leak, loss '
            'collapses, useless at inference. The mask restricts each position to <= t, so training '
            "matches generation, where the future doesn't exist yet.",
        ]},
        {"index": 1, "experts": [
            'On a 64k-context experiment, materialising a seq_len by seq_len mask and the score matrix it'
            ' applies to took tens of gigabytes, quadratic in the length. FlashAttention-style kernels '
            'never build either one: they process the attention in tiles, and inside a tile they compare '
            'each query position with each key position and mask key > query on the fly in registers. '
            'Whole tiles above the diagonal are skipped, so causal attention also does about half the '
            'work of full attention.',
            "Mask = n^2 entries, quadratic memory; at 64k that's 4e9 per layer, plus the n^2 scores. "
            'Fused kernels tile Q and K and mask by comparing indices, key index > query index -> -inf, '
            'computed on the fly, no mask tensor. Blocks entirely above the diagonal are skipped, ~2x '
            'less compute.',
        ]},
    ],
    'code_attention': [
        {"index": 0, "experts": [
            'When I dropped the scale in a small model with d_k = 256, training stalled in the first '
            'epoch. If the entries of q and k have unit variance, the dot product sums d_k such terms, so'
            ' its variance is d_k and its typical size is sqrt(d_k), 16 here. With scores that large the '
            'softmax saturates into almost one-hot: one key takes nearly all the weight and the gradients'
            ' through the softmax vanish. Dividing by sqrt(d_k) brings the scores back to unit variance '
            'whatever the head size, so the softmax stays soft and the gradients flow.',
            'q.k is a sum of d_k products; unit-variance entries give Var = d_k, std sqrt(d_k). Big '
            'logits -> softmax saturates, near one-hot, argmax-like, so its Jacobian ~0 and the gradients'
            ' vanish; training stalls. Divide by sqrt(d_k) -> variance 1 again, independent of head size;'
            ' softmax stays in its sensitive range.',
        ]},
        {"index": 0, "experts": [
            'When I grew the head dimension from 64 to 512 in a small experiment without scaling, the '
            'attention maps turned into hard one-hot picks and the loss stopped improving. A dot product '
            'of two d_k-dimensional vectors with unit-variance entries has variance d_k, so the scores '
            'grow like sqrt(d_k). Large scores push the softmax into saturation, where almost all the '
            'weight lands on one key and the gradient through the softmax nearly vanishes. Dividing by '
            'sqrt(d_k) restores unit variance, keeping the softmax in a range where it still learns.',
            'Var(q.k) = d_k for unit-variance components, so the std grows as sqrt(d_k). Unscaled, the '
            'logits are large, the softmax saturates to near one-hot and its gradients vanish, so '
            'training stalls. Scaling by 1 / sqrt(d_k) gives unit variance again, whatever d_k is.',
        ]},
    ],
    'code_multi_head_attention': [
        {"index": 0, "experts": [
            'When we probed a trained translation model, different heads clearly did different jobs: one '
            'tracked the previous token, one linked verbs to their subjects, one followed punctuation. '
            'That is the point of several heads: each has its own projections and its own softmax, so '
            'each can attend to different positions for a different relation at the same time. A single '
            'wide head has just one softmax per query, one attention distribution, so it has to average '
            'those relations into one weighted mix. The parameter count and the FLOPs stay the same, '
            'because the heads just split d_model into slices.',
            'Each head: own Q/K/V subspace, own softmax; so h independent attention patterns per token, '
            'e.g. one syntactic, one positional. One wide head = one distribution per query, so it must '
            'blend all relations into one weighted average. Same params, same FLOPs; 4 d^2 for the '
            'projections either way, since d_head = d_model / h; we just reshape.',
        ]},
        {"index": 1, "experts": [
            'When I profiled a BERT-sized model I counted it out. The Q, K, V and output projections cost'
            ' about 4 n d^2 multiply-adds for n tokens, linear in sequence length. The attention itself, '
            'QK^T and the weighted sum of values, costs about 2 n^2 d, quadratic in n. So the projections'
            ' dominate when n is small compared with d, short sequences of a few hundred tokens at d = '
            '1024, and the attention term takes over once n exceeds roughly 2d, which is what we saw at '
            'long context.',
            'The projections are 4 matmuls of n x d by d x d, so they cost ~4 n d^2, linear in n. '
            'Attention: QK^T is n x n x d, then A V is n^2 d again, so ~2 n^2 d, quadratic in n. Ratio is'
            ' n / 2d; short seqs, n << d, the projections dominate; long ones, n > 2d, attention '
            "dominates. Heads don't change it; h x (n^2 d/h) = n^2 d.",
        ]},
        {"index": 0, "experts": [
            'When I visualised attention in a parser, one head attended to the previous word and another '
            'linked each verb to its object; with a single head the model had to choose. Each head has '
            'its own query, key and value projections and its own softmax, so several heads can attend to'
            ' different places for different reasons at once. One wide head produces a single attention '
            'distribution per token, so competing relations get averaged into one blurred mix of values. '
            'And splitting costs nothing extra: the same total parameters and FLOPs, just d_model cut '
            'into h slices.',
            'h heads give h separate softmaxes, each in its own d_model / h subspace, so they attend to '
            'different relations at once, e.g. positional vs syntactic. A single head gives one '
            'distribution per query, so it has to average competing relations into one blurred mix. Same '
            'params and FLOPs either way, since the projections are still d x d.',
        ]},
        {"index": 1, "experts": [
            'Profiling a model with d = 4096, I found the projections dominated all the way to long '
            'contexts. The four projections cost about 4 n d^2 multiply-adds, linear in the sequence '
            'length. The score matrix QK^T and the product with V cost about 2 n^2 d, quadratic in n. So '
            'the attention term overtakes the projections only once n is larger than about 2d, around 8k '
            'tokens there; for short sequences the dense projections are most of the work.',
            'The projections take 4 n d^2, linear in n, since each token is multiplied by four d x d '
            'matrices. The scores and the weighted sum take 2 n^2 d, quadratic in n. The crossover is at '
            'n ~ 2d, because 2 n^2 d = 4 n d^2 there; below that, short sequences, the projections '
            'dominate; above it, long context, the attention dominates, whereas the projections only grow'
            " linearly. The head count doesn't change either total.",
        ]},
    ],
    'code_grouped_query_attention': [
        {"index": 0, "experts": [
            'On a Llama-style 70B we served, 64 query heads shared 8 kv heads, so the KV cache was 8 '
            'times smaller than with plain multi-head attention, the factor n_heads / n_kv_heads. The '
            'arithmetic barely changes, since every query head still computes its scores. What matters is'
            ' that decoding is memory-bandwidth bound: each new token reads the whole cache from HBM, so '
            'a smaller cache means fewer bytes per step and faster tokens. And the memory freed lets us '
            'fit larger batches and longer contexts on the same GPUs, which is where the serving '
            'throughput comes from.',
            'Cache shrinks by n_q / n_kv; 64 -> 8 is 8x, MQA is 64x. FLOPs barely move; every q head '
            'still attends. Decode is memory-bound: each step streams the full KV cache from HBM, so '
            'bytes read per token drop 8x, latency down. It also frees memory, so bigger batch or longer '
            'context per GPU; throughput up.',
        ]},
        {"index": 1, "experts": [
            'When I ported a checkpoint between two codebases, generation came out as fluent nonsense '
            'because one used h // group and the other h % n_kv_heads. For a model trained from scratch '
            'either mapping is fine: it is just a labelling of which query heads share a kv head, and '
            'training learns weights to match whichever grouping it sees. But a checkpoint was trained '
            'with consecutive query heads sharing a kv head, so loading it with the modulo mapping pairs '
            'queries with the wrong keys and values. In code the // mapping is what repeat_interleave '
            'gives you, while tiling with repeat gives the modulo one.',
            'h // group puts consecutive q heads on the same kv head; h % n_kv interleaves them. From '
            "scratch either is valid, because it's only a permutation of head labels and the weights "
            'learn whatever grouping they see. For a checkpoint the mapping must match the layout it was '
            'trained with, since a wrong mapping pairs q heads with the wrong K/V, quality collapses. '
            'repeat_interleave gives the // layout; tile / repeat gives %.',
        ]},
        {"index": 0, "experts": [
            'Serving a model with 32 query heads and 4 kv heads, the KV cache was 8 times smaller than it'
            ' would have been with full multi-head attention: the saving is n_heads / n_kv_heads. It '
            'hardly saves arithmetic, because every query head still does its own attention. But decoding'
            ' is limited by memory bandwidth, since every generated token has to read the whole cache, so'
            ' reading 8 times fewer bytes makes each step faster, and the freed memory allowed much '
            'bigger batches and longer contexts per GPU.',
            'GQA shrinks the cache by n_q / n_kv, e.g. 32 / 4 = 8x. FLOPs are about the same, since all '
            'query heads still attend. Decode is memory-bandwidth bound, as each step reads the full KV '
            'cache, so 8x fewer bytes means faster steps; plus the freed memory allows larger batch and '
            'longer context.',
        ]},
        {"index": 1, "experts": [
            'I once loaded a GQA checkpoint into code that used h % n_kv_heads, and the model produced '
            'fluent garbage. Trained from scratch, either mapping would be fine: which query heads share '
            'a kv head is just a labelling, and the weights adapt to whichever layout training uses. But '
            'the checkpoint was trained with consecutive query heads sharing a kv head, h // group, so '
            'the modulo mapping paired queries with keys and values they were never trained with. In '
            'PyTorch, repeat_interleave on the kv heads gives the // layout, while repeat or tile gives '
            'the modulo one.',
            "Either mapping is valid from scratch; it's only a permutation of which q heads share a kv "
            'head, and training adapts. With a checkpoint the layout must match training; Llama-style '
            'uses consecutive groups, h // group, and modulo would pair heads with the wrong K/V. '
            'repeat_interleave gives //, tile gives %.',
        ]},
    ],
    'code_sampling': [
        {"index": 0, "experts": [
            'In a chatbot I tuned, top-k = 40 behaved badly on both ends. When the model was sure, say '
            '95% on one token, top-k still kept 40 candidates, and the unlikely tail sometimes got '
            'sampled into nonsense. When the distribution was very flat, 40 tokens cut off many perfectly'
            ' good choices. Top-k keeps a fixed number of tokens, whatever the shape. Top-p keeps the '
            'smallest set whose probabilities sum to p, so it adapts: for a peaked distribution it keeps '
            'one or two tokens, for a flat one it keeps hundreds. So I reach for top-p when the '
            'confidence varies a lot between steps.',
            'Top-k keeps a fixed k tokens regardless of shape, whereas top-p keeps the smallest set with '
            'cumulative prob >= p, so it adapts to the entropy. Peaked: top-k still keeps k, so it lets '
            'junk from the tail in; top-p keeps 1-2 tokens. Flat: top-k truncates arbitrarily, drops '
            'plausible tokens; top-p keeps many. So top-p when confidence varies step to step.',
        ]},
        {"index": 1, "experts": [
            'I once saw temperature applied to the probabilities in a sampling script, and changing it '
            'did nothing at all. Dividing the probabilities by T scales every one by the same constant, '
            'and the renormalisation undoes that exactly, so the distribution is unchanged. Dividing the '
            'logits before the softmax is the same as raising each probability to the power 1/T and '
            'renormalising, which sharpens or flattens it. As T goes to 0 it becomes greedy, argmax, all '
            'mass on the top token; as T goes to infinity it becomes uniform over the vocabulary.',
            'p / T is a constant factor; renormalising cancels it, no effect. logits / T is p^(1/T) '
            'renormalised; it changes the shape. T -> 0: mass collapses onto the argmax, greedy decoding.'
            ' T -> inf: logits / T -> 0, uniform distribution over the vocab, random tokens. T < 1 '
            'sharpens, T > 1 flattens.',
        ]},
        {"index": 0, "experts": [
            'For a story generator I switched from top-k to top-p after seeing both failure modes. Top-k '
            'always keeps the same number of tokens: on a peaked distribution, say 90% on one word, it '
            'still lets in k minus one unlikely tokens, and on a flat distribution it throws away many '
            'reasonable words. Top-p keeps the smallest set whose cumulative probability reaches p, so it'
            ' adapts to the distribution: a handful of tokens when the model is confident, many when it '
            'is unsure.',
            'Top-k keeps exactly k tokens whatever the shape. Top-p keeps the smallest prefix with '
            'cumulative mass >= p, so its size adapts. Flat: top-k cuts off plausible tokens while top-p '
            'keeps many. Peaked: top-k still admits the low-probability tail, but top-p keeps just the '
            "top one or two. So top-p when the model's confidence varies.",
        ]},
        {"index": 1, "experts": [
            "A colleague's sampler divided the probabilities by the temperature, and no setting changed "
            'the outputs, because the division scales every probability by the same factor and '
            'renormalising removes it. Dividing the logits instead changes the differences between them, '
            'so the softmax gets sharper or flatter. As the temperature goes to zero all the probability '
            'concentrates on the most likely token, which is greedy decoding; as it goes to infinity the '
            'logits shrink toward zero and the distribution becomes uniform.',
            'Probabilities / T: same constant on every entry, renormalisation cancels it, nothing '
            'changes. Logits / T rescales the gaps z_i - z_j, so it changes the ratios exp((z_i - z_j) / '
            'T). T -> 0: all mass on the argmax, greedy. T -> infinity: the distribution goes uniform.',
        ]},
    ],
    'code_kv_cache_decode': [
        {"index": 0, "experts": [
            'When I first wrote generation without a cache, producing 2,000 tokens slowed to a crawl '
            'toward the end. Without the cache each step recomputes keys and values for the whole prefix,'
            ' so step t costs O(t) in projections plus O(t^2) in attention; over n tokens that adds up to'
            ' O(n^3) for the attention, quadratic even just for the projections. With the cache each step'
            ' projects only the new token and attends over the t cached keys, O(t d) per step, so '
            'generating n tokens costs O(n^2) in total.',
            "With the cache a step projects 1 token and attends over the t cached K/V, so it's O(t d), "
            'linear in t. Without it you rerun the whole prefix, O(t d^2) projections plus O(t^2 d) '
            "attention per step. Summed over n tokens that's ~O(n^2 d) with the cache vs ~O(n^3 d) "
            'without, since the sum of t^2 is ~n^3 / 3. So the cache turns cubic into quadratic, at the '
            'price of memory that grows with t.',
        ]},
        {"index": 1, "experts": [
            "When we profiled our serving stack, prefill of a 4k prompt kept the GPU's tensor cores busy,"
            ' while decode left them mostly idle. In prefill all prompt tokens go through in parallel, so'
            ' each weight loaded from memory is used for thousands of tokens: large matrix-matrix '
            'products, high arithmetic intensity, compute bound. In decode there is one new token per '
            'sequence, so every step reads all the weights and the whole KV cache to do a matrix-vector '
            'product, a couple of FLOPs per byte, far below what the GPU needs, so it is limited by '
            'memory bandwidth. Batching raises that intensity.',
            'Prefill pushes all prompt tokens through at once, so the matmuls are n x d by d x d and each'
            ' weight byte is reused n times; high arithmetic intensity makes it compute-bound. Decode, by'
            ' contrast, does 1 token per step; matrix-vector, so it reads every weight plus the KV cache '
            'from HBM for ~2 FLOPs per parameter; low intensity, memory-bandwidth bound. Batching more '
            'sequences raises FLOPs per byte.',
        ]},
        {"index": 0, "experts": [
            'When I benchmarked generation with and without a cache, the uncached version slowed down '
            'dramatically with length. With a cache a decode step only projects the new token and attends'
            ' its one query over the t stored keys and values, O(t d) for the attention. Without it every'
            ' step re-runs the whole prefix, projecting all t tokens again and building a t by t '
            'attention, O(t^2 d) per step. Summed over n generated tokens that is about O(n^2 d) with the'
            ' cache against O(n^3 d) without, a factor of n. The cache wins because it never recomputes '
            'old keys and values, whereas the uncached loop redoes the whole prefix every step, at the '
            'price of memory that grows with t.',
            "Cached step: project 1 token, then 1 query against t cached keys, so it's O(t d). Uncached "
            'step: recompute K, V for all t tokens and a t x t attention, so O(t^2 d). Over n tokens that'
            ' adds up to O(n^2 d) with the cache vs O(n^3 d) without, because the per-step costs sum over'
            ' t; a factor of n saved, whereas the cache costs memory.',
        ]},
        {"index": 1, "experts": [
            "In our serving metrics, prefill throughput was close to the GPU's peak FLOPs, while decode "
            'used a small fraction of them. Prefill processes every prompt token in parallel, so each '
            'weight read from memory is reused for all those tokens; the arithmetic intensity is high and'
            ' the GPU is compute bound. Decode handles one token per sequence per step, so it must stream'
            ' all the weights and the KV cache from HBM to do only a couple of FLOPs per byte; the '
            'arithmetic intensity is tiny and memory bandwidth is the limit. Batching many sequences '
            'raises it.',
            'Prefill: all prompt tokens at once, big matmuls, each weight reused across n tokens, high '
            'FLOPs per byte, so compute-bound. Decode: one token per step, matrix-vector products, each '
            "weight and the whole KV cache read from HBM for ~1-2 FLOPs per byte, so it's "
            'memory-bandwidth bound. Bigger batches raise the intensity.',
        ]},
    ],
    'code_bpe_train': [
        {"index": 0, "experts": [
            'When I trained a 32k vocabulary with a naive loop like this on a few gigabytes of text, it '
            'took most of a day. Each merge recounts every adjacent pair in the corpus, O(N) for N '
            'symbols, so V merges cost O(V N). Production trainers such as Hugging Face tokenizers and '
            'SentencePiece count pairs once, keep the counts in a priority queue or heap, and after each '
            'merge only update the counts of the pairs next to the merged positions, using an index from '
            'each pair to the words that contain it. They also work on unique words with their '
            'frequencies instead of the raw text.',
            'One step: rescan the whole corpus to count pairs, O(N); times V merges, O(V N). Fix: count '
            'once, keep counts in a max-heap; a merge only touches the pairs around its occurrences, so '
            'update those incrementally, via a pair -> words index. Also dedupe: work on the '
            'word-frequency table, not the raw text.',
        ]},
        {"index": 1, "experts": [
            "When I trained BPE without an end-of-word marker, the token for 'er' was the same whether it"
            ' ended a word or sat inside one, and decoding could not tell where words ended. Marking the '
            'end with </w> makes word-final pieces distinct symbols, so merges respect word boundaries '
            "and the decoder knows where to put spaces back. Byte-level tokenizers like GPT-2's do the "
            'opposite: they keep the space as part of the token, a leading space byte mapped to a visible'
            ' character, so decoding just concatenates the bytes and the original text, spaces included, '
            'comes back exactly.',
            "</w> makes word-final symbols distinct, so 'er</w>' differs from mid-word 'er' and merges "
            'learn word endings. It also records where each word ends, so decode can put the spaces back;'
            ' drop it and final and internal pieces collide, the boundaries are lost. Byte-level BPE, '
            "GPT-2: the space is kept inside the token as a byte, e.g. 'Ġthe'; decode just concatenates "
            'bytes, lossless, exact round trip.',
        ]},
        {"index": 0, "experts": [
            'Training a tokenizer on a large code corpus, my simple version spent nearly all its time '
            'recounting pairs: each merge scans every word to count all adjacent pairs, O(N) per merge '
            'and O(V N) for V merges. Real trainers count the pairs once and then, after merging a pair, '
            'update only the counts of the pairs that touch the new symbol, using an index from each pair'
            ' to the words where it occurs, with the counts in a heap so the most frequent pair is found '
            'in log time. They also work on the table of distinct words with counts rather than on the '
            'raw corpus.',
            'Each merge recounts all pairs, O(N) over the corpus, so O(V N) total for V merges. '
            'Production: count once, then incremental updates; a merge only changes the pairs adjacent to'
            ' where it occurred, tracked with a pair -> occurrences index and a priority queue for the '
            'max. Plus it works on unique words weighted by frequency.',
        ]},
        {"index": 1, "experts": [
            'When I dropped the end-of-word marker from a BPE experiment, the tokenizer produced the same'
            " token for 'st' in 'stop' and at the end of 'best', and joining tokens back into text lost "
            'the word breaks. The </w> marker makes the last piece of a word a different symbol from the '
            'same letters inside a word, so merges can learn typical word endings, and it records where '
            "each word ends so decoding can restore the spaces. GPT-2's byte-level BPE instead treats the"
            ' space as part of the following token, encoded as a byte, so detokenising is plain '
            'concatenation and reproduces the text exactly.',
            '</w> distinguishes word-final pieces from the same letters mid-word, so endings get their '
            'own tokens. It also keeps the word boundaries, so decode knows where to put spaces back; '
            "without it they're lost. Byte-level BPE keeps the space inside the next token as a byte, "
            "'Ġword'; decode concatenates bytes, exact round trip.",
        ]},
    ],
    'code_kmeans': [
        {"index": 0, "experts": [
            'On a customer segmentation job, random initialisation sometimes put two centroids inside one'
            ' dense blob and none in another, and the final inertia varied a lot between runs. k-means++ '
            'picks the first centre at random and each next one with probability proportional to its '
            'squared distance to the nearest chosen centre, so the seeds spread out over the data. Its '
            'guarantee is that the expected within-cluster sum of squares is within an O(log k) factor of'
            " the optimum, right after seeding; Lloyd's iterations then only lower it. It does not "
            'promise the global optimum, so we still ran several restarts.',
            'k-means++: first center uniform, then sample each next one with prob proportional to D(x)^2,'
            ' the squared distance to the closest center; so the seeds end up spread out, which means '
            'fewer bad local minima. Guarantee: expected WCSS is O(log k) times the optimum, already at '
            'seeding, and Lloyd only decreases it. Lloyd still only reaches a local optimum, so you still'
            ' do restarts, n_init.',
        ]},
        {"index": 1, "experts": [
            'I once ran k-means on sensor data that formed two concentric rings, and it cut them into two'
            ' half-moons, because it assigns each point to the nearest centroid, which only gives convex,'
            ' roughly spherical clusters. It also assumes similar sizes and spreads: a small cluster next'
            ' to a large one gets swallowed, or the big one is split. For the rings we used spectral '
            'clustering; DBSCAN also handles arbitrary shapes and noise, and a Gaussian mixture model '
            'copes with different sizes and elliptical shapes.',
            'It assumes convex, isotropic, similar-size clusters; each point goes to the nearest '
            "centroid, so the boundaries are linear Voronoi cells. Rings: it can't separate them, it "
            'splits the plane in halves. Unequal sizes: the big cluster is split, the small one absorbed.'
            ' Instead: DBSCAN / HDBSCAN for arbitrary shapes and noise; spectral clustering for rings; '
            'GMM for different sizes and covariances.',
        ]},
        {"index": 0, "experts": [
            'On an image-colour quantisation task, random seeds sometimes gave two centroids in the same '
            'colour region and a terrible result. k-means++ chooses each new seed with probability '
            'proportional to its squared distance from the nearest seed already chosen, so the seeds tend'
            ' to land in different clusters. Arthur and Vassilvitskii proved the expected within-cluster '
            "sum of squares after seeding is at most O(log k) times the optimal one. Lloyd's updates "
            'afterwards only lower that, but they still stop at a local optimum that depends on the '
            'start, so restarts remain useful.',
            'k-means++: pick seeds with prob ~ D(x)^2, distance to the nearest chosen seed squared, so '
            'the seeds spread out. Guarantee: E[WCSS] <= O(log k) x optimal, right after seeding. Lloyd '
            'then only decreases the WCSS but still converges to a local optimum, depends on the start, '
            'so do several restarts.',
        ]},
        {"index": 1, "experts": [
            'Clustering GPS points once, k-means split a ring-shaped road into pie slices, because each '
            'point joins its nearest centre, so clusters are convex blobs around a centroid. It also '
            'expects clusters of similar size and spread; a huge cluster next to a small one gets divided'
            ' while the small one is absorbed. For the ring we used DBSCAN, which follows density and '
            'handles arbitrary shapes and noise; spectral clustering also works for rings, and Gaussian '
            'mixtures handle different sizes and elongated shapes.',
            'Nearest-centroid assignment gives convex, Voronoi-shaped clusters of similar size; so rings '
            'get cut into wedges, and a small cluster beside a big one is swallowed or the big one is '
            'split. Use DBSCAN for arbitrary shapes and noise, spectral clustering for rings, and a GMM '
            'for unequal sizes and elliptical clusters.',
        ]},
    ],
    'code_knn': [
        {"index": 0, "experts": [
            'On a product-similarity service with 10 million items, brute-force k-NN was far too slow. '
            'Fitting just stores the data, O(1) work beyond memory, but one prediction computes the '
            'distance to all n points, O(n d), plus picking the k nearest. KD-trees or ball trees bring a'
            ' query down to about O(log n) in low dimensions but degrade toward brute force in high '
            'dimensions. So we moved to approximate nearest-neighbour search, HNSW graphs and FAISS with '
            'IVF and product quantisation, which answers in milliseconds at the cost of occasionally '
            'missing a true neighbour, a recall below 100%.',
            'Fit: O(1), just store X, O(n d) memory. Predict: distances to all n points, O(n d) per '
            'query, plus O(n) selection of the top k. KD-tree / ball tree: ~O(log n) per query in low d, '
            'degrades to brute force as d grows. ANN indexes like HNSW or IVF-PQ in FAISS give sublinear '
            'query time because they search only a small part of the data, trading a bit of recall for '
            'speed and memory.',
        ]},
        {"index": 1, "experts": [
            'On a housing dataset, income was in dollars and room count in units, so the distance was '
            'almost entirely income and the rooms feature did nothing. k-NN uses raw distances, so '
            'features with large scales dominate; standardising them to zero mean and unit variance gives'
            ' each one a comparable say. In very high dimensions another problem appears: distances '
            'concentrate, the nearest and farthest neighbours end up at almost the same distance, so '
            "'nearest' stops meaning much. That is the curse of dimensionality, and we reduced dimensions"
            ' with PCA or learned embeddings first.',
            'Distance is scale-dependent; a feature in thousands swamps one in units, so standardise to '
            'mean 0, std 1, or min-max. High d: distances concentrate, max/min distance ratio -> 1, so '
            'all points look roughly equidistant and the neighbours are barely nearer than random; curse '
            'of dimensionality. Reduce d first, PCA or embeddings, or pick features.',
        ]},
        {"index": 0, "experts": [
            'For a recommendations prototype, our k-NN fit instantly and then took seconds per query. '
            'Fitting only stores the n training points, but each prediction computes n distances in d '
            'dimensions, O(n d), then selects the k smallest. KD-trees and ball trees prune whole regions'
            ' and answer in about log n time in low dimensions, but beyond roughly 20 dimensions they '
            'degrade to brute force. At scale we used approximate nearest-neighbour indexes, HNSW and '
            'FAISS with product quantisation, which return almost all the true neighbours far faster.',
            'Fit: just stores the data, O(1) time, O(n d) memory. Each prediction computes n distances, '
            "so it's O(n d) per query, plus top-k selection. KD / ball trees answer in ~log n per query "
            'in low d, because they prune whole regions, but they degrade to near brute force in high d. '
            'ANN indexes such as HNSW or IVF-PQ trade a little recall for sublinear query time at scale.',
        ]},
        {"index": 1, "experts": [
            'In a medical dataset, age in years and a lab value in thousands made the lab value decide '
            'every neighbour. Distances add up differences across features, so a feature with a larger '
            'scale dominates; after standardising each feature to zero mean and unit variance, all '
            'features counted comparably. In high dimensions distances concentrate: the ratio between the'
            ' farthest and the nearest distance approaches 1, so the nearest neighbours are hardly closer'
            ' than any other point, the curse of dimensionality. Reducing dimension first, with PCA or '
            'embeddings, helped.',
            'Distances sum per-feature differences, so large-scale features dominate; standardise, '
            'z-score, so each counts comparably. High d: distances concentrate, nearest and farthest '
            'converge, so the neighbour ranking is close to noise; curse of dimensionality. Reduce the '
            'dims first with PCA, embeddings or feature selection.',
        ]},
    ],
    'code_mlp_backprop': [
        {"index": 0, "experts": [
            'When I wrote a two-layer network from scratch, I first multiplied the output gradient by p(1'
            ' - p) and training crawled. With a sigmoid or softmax output and cross-entropy loss, the '
            "derivative of the loss with respect to the logit is simply p - y, because the sigmoid's "
            'derivative p(1 - p) cancels against the 1 / p(1 - p) from the log. Multiplying by p(1 - p) '
            'again counts the sigmoid derivative twice, so the gradient is wrong and shrinks to nearly '
            'zero when the prediction is confident, exactly when it is confidently wrong.',
            "CE on top of sigmoid / softmax: dL/dz = p - y; the sigmoid's derivative p(1 - p) cancels "
            'against the derivative of the log. Multiply by p(1 - p) again and you double count it, so '
            'the gradient is wrong and vanishes as p -> 0 or 1, so confidently wrong examples barely '
            'learn; the gradient check fails too.',
        ]},
        {"index": 1, "experts": [
            'When I debugged my own backprop, I compared every gradient with a finite-difference '
            'estimate: nudge one parameter up and down by h, recompute the loss, and take (L(w + h) - L(w'
            ' - h)) / 2h. I use h around 1e-5 in float64: too large and the truncation error shows, too '
            'small and floating-point cancellation dominates. Central differences have error O(h^2), '
            'one-sided ones only O(h), so they are far more accurate at the same h. I check the relative '
            'error, below about 1e-6 is fine, on a few random parameters.',
            'Gradient check: perturb each param by +-h, numeric grad = (L(w+h) - L(w-h)) / 2h, compare '
            'with backprop by relative error, ~1e-7 is good. h ~ 1e-5, float64; too big, truncation '
            'error; too small, round-off error. Central diff error is O(h^2) vs O(h) one-sided, since the'
            ' first-order terms cancel.',
        ]},
        {"index": 0, "experts": [
            'Debugging a from-scratch classifier, I found my output gradient had an extra p(1 - p) and '
            'training stalled for confidently wrong examples. For a sigmoid or softmax output with '
            'cross-entropy, dL/dz = p - y, because the derivative of the log cancels the derivative of '
            "the sigmoid. Multiplying by p(1 - p) again applies the sigmoid's derivative twice, which is "
            'wrong and shrinks the gradient toward zero whenever the output saturates, so confident '
            'mistakes barely learn. A finite-difference check on a few weights exposed it at once.',
            "With CE on a sigmoid / softmax, dL/dz = p - y; the sigmoid's p(1 - p) cancels against the "
            "log's 1/p. Extra p(1 - p) applies that derivative twice, so the gradient is wrong and "
            'shrinks to ~0 when the output saturates; confident mistakes stop learning. A gradient check '
            'catches it immediately.',
        ]},
        {"index": 1, "experts": [
            'To check my backprop I wiggled each of a few parameters by a small h, recomputed the loss, '
            'and compared (L(w + h) - L(w - h)) / 2h with the analytic gradient. I use h about 1e-5 with '
            'float64: a bigger h adds truncation error, a smaller one loses digits to round-off. The '
            'central difference has error O(h^2) because the first-order terms cancel, while the '
            'one-sided difference has error O(h). I accept a relative error around 1e-7; anything above '
            '1e-3 means a bug.',
            'Numerical gradient: (L(w+h) - L(w-h)) / 2h per parameter, compared with backprop by relative'
            ' error. h ~ 1e-5 in float64; too large gives truncation error, too small gives round-off. '
            'Central is O(h^2) accurate vs O(h) for one-sided, since the h terms cancel.',
        ]},
    ],
    'code_linear_regression_gd': [
        {"index": 0, "experts": [
            'For a pricing model we first used the normal equation, w = (X^T X)^-1 X^T y. Forming X^T X '
            'costs O(n d^2) and solving it O(d^3), which is fine for a few hundred features. When we '
            'moved to a million sparse features it no longer fit in memory and the d^3 solve was '
            'hopeless, so we switched to gradient descent, which costs O(n d) per epoch and streams over '
            'minibatches. Gradient descent also works when data arrives online, and X^T X can be '
            'ill-conditioned or singular, where a direct inverse is unstable.',
            'Closed form: w = (X^T X)^-1 X^T y, the normal equation; use a solve or QR, not an explicit '
            "inverse. Forming X^T X costs O(n d^2) and solving it O(d^3). GD: O(n d) per pass; so it's "
            "preferred when d is large, the data doesn't fit in memory, streaming / online, or SGD "
            'minibatches; also when X^T X is ill-conditioned.',
        ]},
        {"index": 1, "experts": [
            'On a housing model with square footage in thousands and bedrooms in units, any learning rate'
            ' big enough for the bedroom weight made the loss explode. For least squares the loss is a '
            'quadratic with Hessian X^T X / n, and gradient descent diverges when the step size exceeds 2'
            ' divided by the largest eigenvalue. Badly scaled features make that largest eigenvalue huge '
            'and the smallest tiny, a large condition number, so the stable step is tiny and progress '
            'along flat directions is slow. After standardising the features the contours were round, so '
            'a much larger rate converged in far fewer steps. I pick it by trying a log grid, 1e-3 to 1, '
            'and keeping the largest that decreases the loss steadily.',
            'Quadratic loss; Hessian H = X^T X / n. Gradient descent diverges once the step exceeds 2 / '
            'lambda_max of H, so take lr ~ 1 / lambda_max, or search a log grid, the largest that keeps '
            'the loss going down. Unscaled features, e.g. one in 1e4 and one in 1, give a huge condition '
            'number, lambda_max / lambda_min; so the safe lr is tiny and it zigzags across a long narrow '
            'valley. Standardising makes the contours round, so it converges much faster.',
        ]},
        {"index": 0, "experts": [
            'On a small forecasting model we solved the normal equations, w = (X^T X)^-1 X^T y, in one '
            'shot. Building X^T X is O(n d^2) and solving the d by d system is O(d^3), which is trivial '
            'for d in the hundreds. When our feature count grew to a few hundred thousand, the d^3 solve '
            'and the d^2 memory were impossible, so we used gradient descent at O(n d) per pass, with '
            'minibatches streamed from disk. Gradient descent is also the choice when data arrives '
            'continuously or when X^T X is nearly singular.',
            'w = (X^T X)^-1 X^T y, solved via Cholesky or QR, not an explicit inverse. It costs O(n d^2) '
            'to form X^T X and O(d^3) to solve it. Use GD when d is large, because each pass is only O(n '
            "d), whereas the solve is cubic in d; or when data streams, doesn't fit in memory, or X^T X "
            'is ill-conditioned.',
        ]},
        {"index": 1, "experts": [
            'Once, the loss on a regression went to infinity within ten steps, and the culprit was one '
            'unscaled feature in the millions. For mean squared error the curvature is set by the Hessian'
            ' X^T X / n, and gradient descent diverges when the learning rate exceeds 2 over its largest '
            'eigenvalue. A huge-scale feature makes that eigenvalue enormous, so only a tiny rate is '
            'stable, while small-scale directions then barely move: a badly conditioned problem. '
            'Standardising the features evened out the eigenvalues, and a rate found by a quick sweep '
            'over powers of ten converged quickly.',
            'MSE Hessian = X^T X / n; GD is stable only for lr < 2 / lambda_max. Pick lr near 1 / '
            'lambda_max or sweep a log grid, keeping the largest that steadily lowers the loss. Unscaled '
            'features blow up lambda_max and the condition number, so the stable lr is tiny and GD '
            'zigzags. Standardisation evens the eigenvalues, so a bigger lr works and it converges '
            'faster.',
        ]},
    ],
    'code_dropout': [
        {"index": 0, "experts": [
            'In a model we shipped early on, the serving code multiplied activations by (1 - p) at '
            'inference, and another team reused the weights without it, which quietly shifted every '
            'output. Dividing by (1 - p) during training, inverted dropout, keeps the expected value of '
            'each activation the same as without dropout, so at inference the layer is simply the '
            'identity and the serving code does nothing special. Scaling at inference gives the same '
            'expectations, but then every deployment has to remember the extra multiplication, and the '
            'weights alone do not describe the model.',
            'Inverted dropout: scale survivors by 1 / (1 - p) in training, so E[activation] matches eval;'
            ' at inference dropout is a no-op, identity, nothing in the serving path. The alternative, '
            'multiply by (1 - p) at test time, is equivalent in expectation, but then serving code must '
            "know p and apply it; easy to forget, and the weights don't stand alone.",
        ]},
        {"index": 1, "experts": [
            'I once evaluated a model while it was still in training mode, and the validation accuracy '
            'jumped around between identical runs. Dropout at evaluation randomly zeroes units, so '
            'predictions become noisy, non-deterministic, and on average worse, since each forward pass '
            'uses a random thinned network. At evaluation we want the full network, the deterministic '
            'average. Frameworks track a mode flag: in PyTorch model.train() and model.eval() set the '
            'training attribute on every module, and the dropout layer checks it; in Keras the training '
            'argument is passed into the call. The one time you keep it on deliberately is Monte Carlo '
            "dropout: you average many passes and read their spread as the model's uncertainty.",
            'On at eval = random masks, so outputs are stochastic; same input, different prediction each '
            'run, and the metrics are noisy and lower. Eval should use the full, deterministic network, '
            'because you want the expected output, not one random thinned net. Framework: a mode flag; '
            'PyTorch model.eval() sets self.training = False on every submodule, and F.dropout checks it;'
            ' Keras passes training=False. Exception: MC dropout keeps it on on purpose; average many '
            'forward passes, the variance gives an uncertainty estimate.',
        ]},
        {"index": 0, "experts": [
            'We had a bug where an exported model forgot the (1 - p) factor at inference, so its '
            "activations were larger than the training network's and predictions drifted. Inverted "
            'dropout, dividing the kept activations by (1 - p) during training, keeps their expected '
            'value equal to the no-dropout value, so inference uses the network as is and serving needs '
            'no dropout logic. With the classic version every serving path must know p and apply the '
            'scaling, and forgetting it makes activations too large by 1 / (1 - p).',
            'Inverted dropout: divide the survivors by 1 - p at train time, so the expected activation is'
            ' unchanged and inference is the plain network. Classic: multiply by 1 - p at inference, same'
            ' expectation, but the serving code must know p and apply the factor; forget it and '
            'activations are 1 / (1 - p) too large.',
        ]},
        {"index": 1, "experts": [
            'A teammate once reported validation scores with dropout still active, and each run gave a '
            'different number. At evaluation dropout must be off so the model is deterministic and uses '
            'all its units; with it on, each prediction comes from a random sub-network, the outputs are '
            'noisy and the accuracy is usually lower. Frameworks keep a training flag: model.eval() in '
            'PyTorch switches every module, including dropout, to inference behaviour. Monte Carlo '
            'dropout keeps it on deliberately and averages many passes to estimate uncertainty.',
            'Eval with dropout on means random masks, so predictions are noisy, non-deterministic, and on'
            ' average worse. Turn it off to get the full deterministic net. The mode is a flag: '
            'model.train() / model.eval() set module.training, which dropout reads. If you keep it on '
            'deliberately, MC dropout, you average many passes, because their spread gives an uncertainty'
            ' estimate.',
        ]},
    ],
    'code_precision_recall_f1': [
        {"index": 0, "experts": [
            'On a spam filter we compared two models: one had precision 0.95 and recall 0.05, basically '
            'flagging almost nothing, and its arithmetic mean was 0.5, looking decent. Its F1, the '
            'harmonic mean, was under 0.1. The harmonic mean is dominated by the smaller of the two '
            'numbers, so when either precision or recall is close to zero, F1 is close to zero too. That '
            'is what we want: a model has to do reasonably well on both to score well, and it cannot buy '
            'a good score by maxing one and ignoring the other. With an arithmetic mean you could game it'
            ' by flagging everything as positive, since recall 1 alone gives at least 0.5 however poor '
            'the precision. Both metrics share the same numerator TP, and F1 = 2TP / (2TP + FP + FN), TP '
            'over the average of the two denominators.',
            "F1 = 2PR / (P + R), harmonic mean; it's pulled toward the min of P and R. Arithmetic mean of"
            ' P = 1, R = 0.01 is ~0.5; F1 is ~0.02. So if either goes to ~0, F1 -> ~0. Arithmetic mean is'
            ' gameable: predict everything positive, R = 1, and the mean is >= 0.5 however bad P is. P '
            'and R share the numerator TP; F1 = 2TP / (2TP + FP + FN), TP over the mean of the two '
            'denominators.',
        ]},
        {"index": 1, "experts": [
            'On a card-fraud project with 0.1% fraud, the fraud team cared about recall: every missed '
            'fraud is money lost, so they wanted to catch as many as possible. Customer support cared '
            'about precision: every false flag is a blocked card and an angry customer calling in. '
            "Accuracy was useless: a model that predicts 'not fraud' for everything is 99.9% accurate and"
            ' catches nothing, because the rare class barely counts. We reported precision and recall at '
            'the operating threshold and the PR curve.',
            'Fraud team: recall, since missed fraud = lost money; they want to catch it all. Support: '
            'precision, since each false positive is a blocked legit customer calling in. Accuracy: '
            "always predicting 'legit' scores 99.9% and catches zero fraud; the majority class dominates,"
            " so it's useless at 0.1% prevalence. Report P, R at the threshold, PR-AUC.",
        ]},
        {"index": 0, "experts": [
            'Reviewing a churn model, a manager liked that the average of precision and recall was 0.55, '
            'but recall was 1.0 because the model flagged every customer, and precision was 0.1. That is '
            'the trap: an arithmetic mean can be gamed by flagging everything as positive, which alone '
            'guarantees at least 0.5. The harmonic mean, F1 = 2PR / (P + R), is pulled toward the smaller'
            ' value, so it was 0.18, and it goes to zero whenever either one does. Both are rates with TP'
            ' on top, and F1 = 2TP / (2TP + FP + FN).',
            'Harmonic mean is dominated by the smaller of P and R; if one is ~0, F1 ~ 0. Arithmetic mean '
            'can be gamed: flag everything, recall = 1, average >= 0.5 regardless of precision. P and R '
            'share the numerator TP, so F1 = 2TP / (2TP + FP + FN), TP over the mean of their '
            'denominators.',
        ]},
        {"index": 1, "experts": [
            "For a bank's fraud detector flagging 0.1% of transactions, the fraud team wanted recall: "
            'every fraud we miss is lost money. Customer support wanted precision: every false alarm '
            "blocks a real customer's card and generates a complaint call. Accuracy told us nothing, "
            'since labelling every transaction legitimate already scores 99.9% while catching no fraud at'
            ' all. We tracked precision and recall at the chosen threshold instead.',
            'Fraud team: recall, the share of fraud caught, since misses cost money. Support: precision, '
            'the share of flags that are real fraud, since false alarms block good customers. Accuracy is'
            " useless: predicting 'no fraud' for everything already gets 99.9% and catches nothing.",
        ]},
    ],
}
