"""Fresh expert answers written by helper vfund from each question's prompt alone (key points
read only afterwards), for the ml_fundamentals bank: two new voices per question, a *story*
(a strong candidate answering through a concrete case from their own work) and a *terse* senior
(short clauses, pronoun subjects, abbreviations, inline maths). Each must reach 0.7; they were
used to widen the patterns with general wordings, never phrases fitted to one sentence."""

from __future__ import annotations

EXPERTS = {
    "overfitting_detection": [
        (
            "On a fraud model last year we hit this head on. Overfitting is when the model memorises the training "
            "data, its noise included, instead of the pattern, so it does great on the examples it saw and badly "
            "on new ones. We noticed it from the learning curves: training loss kept going down every epoch while "
            "the validation loss bottomed out around epoch six and then started climbing, a widening gap between "
            "train and validation. The offline AUC on held-out data was also far below the training AUC. So I did "
            "a few things: early stopping on the validation loss, keeping the best checkpoint; stronger L2 weight "
            "decay and dropout; fewer features and a smaller network, since the model had far more parameters "
            "than we had fraud cases; and we collected more labelled data and added augmentation. After that the "
            "gap closed and the held-out numbers held up. One more lesson: a random split cannot show drift, so the final check set "
            "was the most recent month, split by time, because that looks like the data the model will face in production."
        ),
        (
            "Overfitting: model fits noise in the train set, not signal; low train error, high test error - it "
            "doesn't generalize to unseen data. Usually too much capacity for too little data. Detect it via "
            "train vs val curves: train loss keeps falling, val loss flattens then rises; the gap grows. Always "
            "keep a held-out validation set, or CV, and never tune on test. Fixes - early stopping on val loss; "
            "regularization, L1/L2 penalty, weight decay, dropout; reduce model complexity, fewer params, "
            "shallower trees, pruning; more training data or augmentation; feature selection. Then recheck the "
            "gap. And a random split won't reveal distribution shift - the test set should come from what it "
            "will see in production, e.g. a time-based split."
        ),
    ],
    "cross_validation": [
        (
            "On a clinical dataset with about eight hundred patients I used 5-fold CV instead of one split. You "
            "shuffle and cut the data into k equal folds; then you train k times, each time holding out one fold "
            "for validation and training on the other k minus one, and you average the k scores, and look at their "
            "spread too. Every example gets used for validation exactly once. With eight hundred rows a single "
            "80/20 split gave scores that jumped by five points depending on the random seed, so the average over "
            "folds was a much more reliable estimate and the standard deviation told me how noisy it was. It costs "
            "k times the training, so on our big click log with millions of rows I just use one held-out split: "
            "the estimate is already stable and training takes hours. I also used the CV average to choose the "
            "regularization strength, with a separate test set kept untouched for the final number. Cautions: stratify the folds for rare "
            "classes, keep one patient's records in one fold with group k-fold, and for time series use forward "
            "chaining splits, never shuffled folds."
        ),
        (
            "k-fold: split data into k folds, k = 5 or 10 typically; train on k-1, validate on the held-out one, rotate k times, average "
            "the metric, report mean and std. Each point is validated once. It costs k x the training. Worth it when data "
            "is small: a single split has high variance, the estimate depends on which rows land in val, and you "
            "waste less data since it trains on (k-1)/k of it. Also for model selection and hyperparameter tuning "
            "on small data; nested CV if you also need an unbiased estimate. Not worth it when data is huge or "
            "training is expensive, like deep nets - one split is stable enough. Caveats: stratified k-fold for "
            "imbalance; grouped folds so a user never sits in both; time series - rolling, forward-chaining "
            "splits, no shuffling."
        ),
    ],
    "generalization": [
        (
            "A model generalizes when it performs as well on new data it never saw, drawn from the same "
            "distribution, as on what it trained on, meaning it learned the real pattern rather than quirks of its "
            "training sample. On our demand forecasting model that held at launch, but "
            "the data kept changing: a pandemic, then new stores. So a random held-out set was not enough. I "
            "evaluated on a time-based split, training on the past and testing on the most recent weeks, because "
            "that is how the model is used. In production we monitored it continuously: we logged predictions, "
            "joined the true labels when they arrived a week later, and tracked the error on a dashboard per week. "
            "Since labels were late, we also watched the input feature distributions with PSI against the "
            "training data to catch drift early. When error crossed a threshold or drift alarmed, we retrained on "
            "a recent window, validated it against a fresh holdout, and rolled it out behind a shadow deployment "
            "first."
        ),
        (
            "It generalizes if its error on unseen data from the same distribution is close to train error - "
            "small generalization gap, measured on a held-out test set it never touched. It has learned "
            "the signal, not the noise of that particular sample. With non-stationary data "
            "that i.i.d. assumption breaks: covariate shift, concept drift. So: time-based splits, train on past, "
            "eval on future; backtest with rolling windows. In prod, monitor live metrics once labels land; "
            "before they do, track drift in inputs and prediction distribution - PSI, KS test. Keep a fresh "
            "labelled holdout sampled from recent traffic. Retrain on a schedule or when drift triggers, and "
            "compare the new model to the old in shadow or an A/B test before switching."
        ),
    ],
    "precision_vs_recall": [
        (
            "Precision is, of everything the model flagged as positive, the fraction that really is positive: TP "
            "over TP plus FP. Recall is, of all the truly positive cases, the fraction the model caught: TP over "
            "TP plus FN. On a spam filter I built, we favoured precision: a real email sent to the spam folder "
            "costs the user far more than one spam in the inbox, so we only flagged mail when the score was very "
            "high and accepted missing some spam. On a cancer screening tool it was the opposite, we favoured "
            "recall: missing a sick patient is the costly error, and a false alarm only means a follow-up test, so "
            "we lowered the threshold. Moving the decision threshold trades one for the other: raise it and "
            "precision goes up while recall goes down. When we needed one number we used F1, the harmonic mean, "
            "or looked at the precision-recall curve."
        ),
        (
            "Precision = TP/(TP+FP): of predicted positives, how many are right. Recall = TP/(TP+FN): of actual "
            "positives, how many we found - the true positive rate. They trade off via the threshold: raise it, "
            "precision up, recall down. Favour precision when false positives are costly - spam filtering, you "
            "don't want to bin a real email; or search results a user sees. Favour recall when misses are costly "
            "- disease screening, fraud detection, where a false negative is expensive and a human reviews the "
            "flags. Combine with F-beta, F1 the harmonic mean; pick the operating point on the PR curve."
        ),
    ],
    "bias_variance": [
        (
            "Expected squared error splits into bias squared, plus variance, plus irreducible noise. Bias is the "
            "error from the model's assumptions being too simple, so it misses the true relationship on average; "
            "variance is how much the fitted model changes when you train it on a different sample of data. On a "
            "pricing model I worked on, we started with a linear regression: training error and validation error "
            "were both high and close together, which told me the problem was bias, it was underfitting. So I added "
            "interaction features and moved to gradient boosted trees. That dropped training error a lot, but then "
            "validation error was far above training error, the signature of high variance, overfitting. They pull "
            "against each other because adding capacity lets the model fit more of the true shape, lowering bias, "
            "but also lets it fit the noise of this particular sample, raising variance. We settled on a shallower "
            "ensemble with regularization, and a learning curve confirmed more data would keep shrinking the gap."
        ),
        (
            "MSE = bias^2 + variance + noise. Bias: systematic error, the model is too simple to capture the true "
            "function - it underfits. Variance: sensitivity to the training sample - retrain on new data and the "
            "fit moves a lot; it overfits. The tradeoff: more capacity lowers bias but raises variance, less "
            "capacity does the opposite; regularization, depth, k in kNN all sit on that dial. To diagnose, "
            "compare train vs val error. High train error and val close to it means high bias - add features, "
            "bigger model, less regularization. Low train error and a large gap to val means high variance - more "
            "data, regularize, simpler model, bagging. Learning curves help: if val keeps falling as data grows, "
            "variance dominates."
        ),
    ],
    "l1_vs_l2": [
        (
            "L1 adds lambda times the sum of the absolute values of the weights to the loss; L2 adds lambda times "
            "the sum of the squared weights. On a credit model with about two thousand sparse features, we used "
            "L1 because it drove most weights exactly to zero, so it did feature selection for us and the model "
            "was smaller and easier to explain to the risk team. The reason is the gradient: the L1 penalty pulls "
            "every weight toward zero with a constant force, so small weights hit zero and stay there, while L2's "
            "pull is proportional to the weight and fades as the weight shrinks, so L2 makes weights small but "
            "almost never exactly zero. On a deep net later we used L2, as weight decay, because it spreads weight "
            "across correlated features and is smooth and easy to optimize; L1 tends to pick one feature of a "
            "correlated group arbitrarily. When I wanted both, I used elastic net."
        ),
        (
            "L1 adds lambda * sum |w|, the absolute values, to the loss, L2 adds lambda * sum w^2, the squares. L1 gives sparse weights - many exactly zero, "
            "so it does feature selection; L1's gradient is constant, lambda * sign(w), and the diamond-shaped "
            "constraint has corners on the axes. L2 shrinks all weights smoothly toward zero but rarely to exactly "
            "zero - its gradient 2*lambda*w vanishes as w gets small. It's weight decay in GD. Use L1 when you "
            "suspect few features matter or need a compact, interpretable model. Use L2 by default, and when "
            "features are correlated - it spreads weight across them, while L1 picks one arbitrarily. Elastic net "
            "mixes both. L1 is also a Laplace prior, L2 a Gaussian prior in MAP terms."
        ),
    ],
    "imbalanced_evaluation": [
        (
            "We had exactly this on a fraud detector, about one transaction in a hundred was fraud. The first model "
            "reported 99% accuracy and it was useless: predicting 'not fraud' for everything also gets 99%. "
            "Accuracy misleads because the majority class dominates it. ROC AUC also looked flattering, 0.95, "
            "because the false positive rate divides by the huge number of negatives, so thousands of false alarms "
            "barely move it. So I evaluated with precision and recall on the positive class, the precision-recall "
            "curve and its area, average precision, whose baseline is the 1% positive rate instead of 0.5. Then we "
            "picked a threshold from the business cost: each missed fraud cost about fifty times a manual review, "
            "so we chose the operating point that maximized expected savings, and reported recall at a fixed "
            "precision. I also used stratified splits so each fold kept enough positives, and reported confidence "
            "intervals because there were few of them."
        ),
        (
            "1% positives: accuracy is meaningless - predict all negative and you get 99%. ROC-AUC is also too "
            "optimistic; FPR = FP/(FP+TN) and TN is huge, so lots of false positives look cheap. Use precision, "
            "recall, F1 on the positive class, and PR-AUC / average precision - its baseline is the prevalence, "
            "0.01, not 0.5. Look at the confusion matrix at the actual threshold. Pick the threshold from costs: "
            "what's a FN worth vs an FP; report recall at a fixed precision or precision at k if it's a review "
            "queue. Stratify splits so each fold has positives; with few positives, bootstrap CIs. Also check "
            "calibration if scores feed decisions."
        ),
    ],
    "learning_paradigms": [
        (
            "In supervised learning the signal comes from human labels: every input comes with the answer, like our "
            "support tickets tagged with a category, and the model learns to map input to label. Unsupervised "
            "learning has no labels at all; the signal is the structure of the data itself, so we clustered "
            "customers with k-means or reduced dimensions with PCA and found segments nobody had named. "
            "Self-supervised learning also uses no human labels, but it makes labels from the data itself: hide "
            "part of the input and predict it. When we fine-tuned a language model for our ticket router, the base "
            "model had been pretrained that way, predicting the next token on huge amounts of web text, where the "
            "next word is the free label. That is how today's large language models are pretrained: "
            "self-supervised next-token prediction; afterwards they get supervised fine-tuning on instructions and "
            "RLHF on preferences."
        ),
        (
            "Supervised: signal is human-provided labels, learn x -> y, e.g. classification, regression. "
            "Unsupervised: no labels, the signal is the data's own structure - clustering, density estimation, PCA. "
            "Self-supervised: no human labels either, but the targets are made from the input itself - mask a "
            "token and predict it, like BERT, or predict the next token, like GPT. LLMs are pretrained "
            "self-supervised, next-token prediction over web-scale text; that scales because labels are free. "
            "Then SFT, which is supervised, and RLHF on top."
        ),
    ],
    "feature_engineering": [
        (
            "Feature engineering is turning raw data into inputs that make the signal easy for the model to use, "
            "using what you know about the domain. On a delivery-time model for a food app, the raw log was "
            "timestamps, addresses and order items. I extracted hour of day and day of week from the timestamp and "
            "encoded hour cyclically with sine and cosine so 23:00 sits next to midnight; computed the distance "
            "between restaurant and customer from the coordinates; log-transformed the skewed order value; one-hot "
            "encoded the cuisine and target-encoded the restaurant id, which had thousands of values; built rolling "
            "aggregates like the restaurant's average prep time over the last hour; and standardized numeric "
            "features for the linear baseline. On tabular data the features set the ceiling: a model can only learn what the inputs expose. Deep learning has not made it obsolete. On images, text and audio "
            "the network learns its own features from raw input, so hand-crafting matters much less there, but on "
            "tabular data like ours gradient boosted trees with good features still beat neural nets, and even "
            "deep models need sensible inputs, clean data and leakage-free aggregates."
        ),
        (
            "FE = turning raw data into features that expose the signal, using domain knowledge. Examples: scaling "
            "and standardization; log transform for skewed values like income; one-hot for low-cardinality "
            "categoricals, target or hash encoding for high-cardinality ones; bucketing a continuous value; "
            "datetime parts - hour, weekday, cyclical sin/cos; ratios and interactions, e.g. price per square "
            "meter; aggregates over windows, count of purchases in last 7 days; TF-IDF for text. Is it obsolete? "
            "No. DL learns representations from raw pixels, audio and text, so manual features matter less there; "
            "on tabular data GBDTs with engineered features still usually win, since the features cap what they can learn. And it's still needed for data "
            "cleaning, aggregations across tables and encoding domain knowledge that isn't in the raw input."
        ),
    ],
    "regression_metrics": [
        (
            "On a demand forecast for a grocery chain I looked at several. MAE, the mean absolute error, is the "
            "average size of the miss in units, easy to explain and robust to outliers, because each error counts "
            "linearly. RMSE squares errors before averaging, so it punishes large misses much more; we used it "
            "where one big stockout hurt far more than many small misses. MAPE, the percentage error, let managers "
            "compare stores of different size, but it explodes when actual sales are near zero, which bit us on "
            "slow items, so we moved to a weighted percentage error. R squared says how much variance the model "
            "explains compared with predicting the mean, good for a sanity check but not a business number. How to "
            "choose: ask what an error costs the business. If cost grows with the square of the miss, RMSE; if "
            "linear, MAE; if over-forecasting and under-forecasting cost differently, use an asymmetric loss like "
            "quantile loss, and report the metric in the units people decide with."
        ),
        (
            "MAE, mean |y - y_hat|, is linear in error size, robust to outliers, in the target's units; the median "
            "minimizes it. RMSE: sqrt of mean squared error; squaring punishes big errors more, outlier-sensitive; "
            "the mean minimizes it. MAPE: percentage error, scale-free so comparable across series, but it blows "
            "up near zero actuals and is asymmetric. R^2: fraction of variance explained vs predicting the mean; "
            "unitless, but not a cost. Deciding: map it to the business cost of errors - large errors very costly, "
            "RMSE; all errors cost the same per unit, MAE; relative errors matter, MAPE or sMAPE; asymmetric costs, "
            "quantile or pinball loss. Also check residuals by segment, not just one number."
        ),
    ],
    "data_leakage": [
        (
            "Data leakage is when information that would not be available at prediction time gets into training, "
            "so offline metrics look great and the model falls apart in production. I hit it on a churn model: a "
            "feature called 'days since last login' was computed from the full log, including days after the "
            "churn date, so the model basically saw the answer. We got 0.98 AUC offline, which was the red flag. "
            "Other ways I have seen it: fitting the scaler or imputer on the whole dataset before splitting, so "
            "test statistics leak into training; the same customer appearing in both train and test; target "
            "encoding computed with the row's own label; and random splits on time-series data, training on the "
            "future. To design it out: split first, by time or by group, then fit every preprocessing step inside "
            "a pipeline on the training fold only; build features with point-in-time joins that use only data "
            "before the prediction timestamp; and be suspicious of any feature with huge importance."
        ),
        (
            "Leakage: training uses info that won't exist at inference time - target or future info - so "
            "offline scores are inflated and prod performance tanks. Sneaks in via: preprocessing fit on all "
            "data before the split - scaler, imputer, feature selection, PCA; target leakage, a feature that's a "
            "proxy for or derived from the label, e.g. 'refund issued' when predicting fraud; temporal leakage, "
            "random split on time-ordered data, aggregates computed over the future; group leakage, the same user "
            "or patient in train and test; duplicates across splits; tuning on the test set. Prevent it: split "
            "first - by time, by group; wrap all transforms in a pipeline fit on train only, also inside CV "
            "folds; point-in-time-correct feature store; audit features against the prediction timestamp; "
            "treat a suspiciously high score as a bug."
        ),
    ],
    "regularization_toolkit": [
        (
            "It depends on the model and on how much data I have relative to its capacity. On a logistic "
            "regression for lead scoring with thousands of sparse one-hot features, I used L1 to zero out the "
            "useless ones, because most of them carried no signal, and L2 to keep the rest small, tuning the strength by cross-validation. On gradient "
            "boosted trees for the same team the knobs were different: limiting tree depth, a minimum number of "
            "samples per leaf, a small learning rate with early stopping on a validation set, and row and column "
            "subsampling. On an image classifier with only twenty thousand photos, the biggest win was data "
            "augmentation, random crops and flips, since the network memorised so few photos fast, plus dropout and weight decay and early stopping; batch norm "
            "helped a little too. How I decide: I look at the gap between training and validation error; if "
            "there is no gap the model is underfitting and more regularization would only hurt. Then I pick what "
            "matches the model's structure and the data, and I tune the strength by validation, not by taste."
        ),
        (
            "Used: L2 / weight decay - default for linear models and NNs; L1 when I want sparsity and feature "
            "selection; elastic net with correlated features. For NNs I add dropout, which zeroes random units in "
            "training, and early stopping on val loss; also data augmentation, label smoothing, BN as a mild regularizer. Trees and GBDT: max depth, min samples per leaf, pruning, "
            "shrinkage via small LR, subsampling rows and columns; RF bagging itself reduces variance, since it averages decorrelated trees. Deciding: "
            "first check it's actually a variance problem - big train/val gap; if it underfits, regularizing "
            "makes it worse, because it only adds bias. Then match it to the model family and the data - small image data, augmentation "
            "first; many noisy features, L1; huge data, often just early stopping. Tune the strength on a "
            "validation set or CV."
        ),
    ],
    "ab_test_design": [
        (
            "We ran exactly this for a new search ranker at an online retailer. We randomized at the user level, "
            "not per request, so each user sees a consistent experience and their purchases are independent "
            "across arms; a hash of the user id put 50% in control with the old ranker and 50% in treatment. The "
            "primary metric was purchases per user, or conversion rate, decided before the test, with guardrail "
            "metrics: revenue per user, latency, and returns. Before launch I did a power analysis: with our "
            "baseline conversion and the smallest lift worth shipping, about one percent relative, it told us we "
            "needed roughly two weeks of traffic, so we ran two full weeks to cover weekday and weekend cycles and "
            "did not stop early when the dashboard looked good, because peeking inflates false positives. An A/A "
            "check and a sample ratio check caught a logging bug first. At the end we ran a two-sided test at 5% "
            "significance with a confidence interval on the lift, and shipped only because the interval was above "
            "zero and the guardrails held."
        ),
        (
            "Randomize by user, not session or query - avoids one user in both arms and keeps units independent; "
            "hash user id, 50/50 split. Primary metric is conversion, purchases per user, with guardrails on revenue, "
            "latency, cancellations. Pre-register it. Duration comes from a power analysis - baseline rate, MDE, alpha 0.05, "
            "power 0.8 give the sample size per arm, fixed in advance; divide by daily traffic, round up to whole weeks for weekly "
            "seasonality; watch novelty effects. No peeking - it inflates the false positive rate, or use "
            "sequential testing. Check SRM and run an A/A first. Decide: two-sided test, CI on the lift; ship if "
            "the CI excludes zero, it's above the MDE and no guardrail regresses."
        ),
    ],
}
