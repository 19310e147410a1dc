"""More labelled answers (part a), in the shape of `answers.py`: see its docstring for the five kinds and
the rules (written before any tuning; `HOLDOUT_A` is never tuned on).

Part a covers 21 questions the first set left out: seven of ml_fundamentals, five of classical_algorithms,
eight of deep_learning and the one case study `project_walkthrough`. Written from each question's prompt
and ML knowledge only (neither the key points' `match:` lists nor any grader's scores were looked at).

HOLDOUT_A was chosen by a rule fixed before anything was graded: `project_walkthrough` (the only case
study here) plus, in each other category, the first two ids in order of sha256(id) hex digest.
"""

from __future__ import annotations

_ML_FUNDAMENTALS_A: dict[str, dict[str, str]] = {
    "overfitting_detection": {
        "expert": (
            "Overfitting is when the model starts memorising the quirks of its particular training"
            " sample instead of the regularities that carry over to new draws from the same "
            "source: it has learned the answer key, not the subject. The tell is a divergence "
            "between two curves you should be plotting anyway. Loss on the rows it learns from "
            "keeps sliding down, while loss on rows it never touches bottoms out and then turns "
            "upward, and the widening gap between them is the symptom. With little data you can "
            "also see it in cross-validation folds that disagree wildly, or in a model that is "
            "very confident and very wrong on fresh examples. The remedies attack capacity or the "
            "data: gather more examples or augment the ones you have, make the hypothesis class "
            "humbler (fewer parameters, shallower trees, fewer input columns), add a penalty on "
            "weight size or dropout, and halt training at the epoch where held-out loss was "
            "lowest, keeping that checkpoint. Averaging several models also smooths out the "
            "memorised wiggles. Before any of that I'd make sure the held-out rows really are "
            "independent of the training rows, because leakage can hide the gap entirely."
        ),
        "short": (
            "Overfitting means the model fits noise in the training data, so training error keeps "
            "falling while validation error rises. I'd watch both curves and fix it with more "
            "data, regularization or early stopping."
        ),
        "wrong": (
            "Overfitting is when the model is too simple to capture the pattern, so the training "
            "loss stays high; you notice it when training and validation loss are both high and "
            "close together. Underfitting is the opposite, the case where validation loss ends up "
            "lower than training loss. The reliable way to detect overfitting is to look at "
            "training accuracy alone: if it's near 100% the model is good and has clearly "
            "generalized. To fix overfitting you should add more layers and more features, train "
            "for more epochs, and remove regularization like dropout and weight decay, because "
            "those are what cause a model to overfit in the first place. More data doesn't help "
            "with overfitting, since the model has already seen enough examples of each pattern. "
            "Early stopping is also a bad idea, because the validation loss always comes back down"
            " if you keep training long enough, so stopping early just leaves accuracy on the "
            "table."
        ),
        "hedge": (
            "It depends a lot on the model and the data. I'd keep an eye on the metrics during "
            "training, compare a few setups, and adjust things until the results look reasonable "
            "and stable."
        ),
        "off_topic": (
            "To pick a learning rate I'd run a range test: start tiny, multiply the rate a little "
            "every step for a few hundred steps, plot the loss against the rate, and choose a "
            "value roughly ten times below the point where the loss starts to blow up. Then I'd "
            "train with a short warmup followed by cosine or linear decay, and if the loss spikes "
            "I'd lower the peak rate or add gradient clipping."
        ),
        "wrong_why": (
            "Describes underfitting as overfitting, detects it from training accuracy alone, and "
            "prescribes more capacity and less regularization while dismissing more data and early"
            " stopping."
        ),
        "off_topic_is": (
            "How to choose a learning rate and schedule."
        ),
    },
    "imbalanced_evaluation": {
        "expert": (
            "With a 1:99 split, a classifier that shouts 'negative' at everything is right 99 "
            "times out of 100, so the plain hit rate tells you nothing; it rewards the laziest "
            "possible model. I'd look at the rare class directly: of the cases I flag, how many "
            "are real (the purity of my alarms), and of the real cases, how many I catch (my "
            "coverage). Both depend on where I put the cut-off, so I'd sweep the cut-off, draw "
            "purity against coverage, and summarise that curve by the area under it (average "
            "precision), whose no-skill level is the 1% prevalence itself, so it is honest about "
            "how hard the problem is. The ROC curve and its area look flattering here: the "
            "false-alarm axis is divided by the huge pool of negatives, so thousands of false "
            "alarms barely move it, and a model can post 0.95 while nine in ten of its alerts are "
            "junk. Then I'd pick the operating point from what a miss costs versus a false alarm, "
            "perhaps reporting coverage at a fixed purity, check calibration if the scores are "
            "used as probabilities, and keep the splits stratified so every fold gets its share of"
            " positives, with confidence intervals because a few dozen positives make every "
            "estimate noisy."
        ),
        "short": (
            "Accuracy is useless here because predicting all negatives gives 99%; I'd use "
            "precision, recall and the precision-recall curve (average precision) instead, since "
            "ROC AUC can look great even when precision is poor."
        ),
        "wrong": (
            "With one positive in a hundred, accuracy is still the best headline metric, because "
            "it counts every example equally and 99% accuracy means the model is almost always "
            "right. ROC AUC is the most honest metric for rare positives: since the false positive"
            " rate is divided by the large number of negatives, it punishes false alarms hardest, "
            "which is exactly what you want here. Precision-recall curves are the misleading ones "
            "on imbalanced data, because precision is dominated by the majority class, so I'd "
            "avoid average precision entirely. I'd also rebalance the test set to 50/50 by "
            "oversampling the positives before computing any metric, so the numbers reflect "
            "real-world performance. The decision threshold doesn't matter for evaluation: 0.5 is "
            "the natural cut-off, and F1 at 0.5 tells you everything you need. Stratified "
            "splitting isn't needed either, because a random split of a large dataset always keeps"
            " the right proportion of positives in every fold."
        ),
        "hedge": (
            "Evaluation always comes down to what the business cares about. I'd pick a few "
            "standard metrics, look at them together, and make sure the numbers make sense before "
            "drawing any conclusions."
        ),
        "off_topic": (
            "To train on heavily skewed classes I'd first try class weights in the loss, so each "
            "rare example counts as much as many common ones, or a focal loss that down-weights "
            "the easy negatives. Resampling is the other lever: oversample the minority class, "
            "with SMOTE-style interpolation if the features allow it, or undersample the majority."
            " Whatever I resample, I'd do it only inside the training split, never before "
            "splitting."
        ),
        "wrong_why": (
            "Praises accuracy and ROC AUC for rare positives and calls precision-recall misleading"
            " (the reverse of the truth), rebalances the test set, and dismisses the threshold and"
            " stratification."
        ),
        "off_topic_is": (
            "How to train a classifier on imbalanced data (class weights, resampling)."
        ),
    },
    "generalization": {
        "expert": (
            "A model generalizes when its performance on examples it never trained on, drawn from "
            "the process it will actually face in use, is close to what it achieved in training: "
            "the gap between in-sample and out-of-sample error is small and the out-of-sample "
            "error itself is acceptable. Measured once, that's a held-out split that was untouched"
            " during fitting and tuning. But in production the process drifts: who the users are, "
            "what they do, even what the labels mean. A frozen test set becomes a photograph of "
            "the past. So I'd evaluate with time-respecting splits, training on older periods and "
            "scoring on the newest one, so the offline number already includes some ageing. After "
            "launch I'd keep scoring the model on freshly labelled traffic as labels arrive, and "
            "watch the inputs for shifts that show up before the labels do, comparing feature "
            "histograms with the training window (population stability index, KS tests) and "
            "tracking the distribution of predicted scores. When the live metric slides past a "
            "tolerance or the inputs move a lot, I'd retrain on a recent window and compare the "
            "candidate against the current model on the newest data before swapping. Where labels "
            "arrive weeks late, proxies have to carry the monitoring in between."
        ),
        "short": (
            "A model generalizes when it performs about as well on unseen data from the deployment"
            " distribution as on its training data. With changing data I'd use time-based splits "
            "and keep evaluating on fresh labelled data, monitoring drift and retraining when "
            "performance drops."
        ),
        "wrong": (
            "A model generalizes when it reaches very low training loss, because a model that fits"
            " the training data perfectly has learned the true function and will perform the same "
            "everywhere. Once you've validated it on a random held-out split, generalization is "
            "established permanently, so there's no need to keep measuring after deployment. If "
            "the data changes over time, the right approach is to shuffle all periods together and"
            " run random k-fold cross-validation, since random splits give the most representative"
            " estimate, and training on future rows to predict past ones causes no problems. Drift"
            " monitoring isn't necessary for a well-regularized model, because regularization "
            "makes a model robust to distribution shift. And if a deployed model degrades, that's "
            "usually a sign you should add more parameters rather than retrain on recent data, "
            "since older data is just as relevant as new data."
        ),
        "hedge": (
            "Generalization is one of those things you have to keep an eye on. I'd set up "
            "reasonable processes, look at the data regularly, and adjust the approach as we learn"
            " more about how the model behaves."
        ),
        "off_topic": (
            "Leakage is when information that won't exist at prediction time sneaks into the "
            "training features: a column filled in after the outcome, a target encoding fitted on "
            "the whole dataset, a scaler fit before splitting, or the same customer appearing in "
            "both train and test. I prevent it by fitting every preprocessing step inside the "
            "training fold only, auditing when each feature becomes available, and grouping rows "
            "by entity when splitting. A suspiciously perfect validation score is the usual first "
            "sign."
        ),
        "wrong_why": (
            "Equates low training loss with generalization, treats one random split as permanent "
            "proof, shuffles time-ordered data, and dismisses drift monitoring and retraining."
        ),
        "off_topic_is": (
            "What data leakage is and how to prevent it."
        ),
    },
    "feature_engineering": {
        "expert": (
            "It's the craft of reshaping raw columns into inputs whose relationship to the target "
            "a given learner can actually pick up, translating the data into the model's native "
            "language. Concrete moves I use: compress heavy-tailed quantities with a log so a few "
            "giants don't dominate; turn a timestamp into hour-of-day and day-of-week, encoded as "
            "sine and cosine so 23:00 sits next to 00:00; map a high-cardinality category to the "
            "out-of-fold mean of the target, or hash it into buckets; build ratios and differences"
            " the domain says matter, like debt divided by income, or price relative to the "
            "category median; roll event logs up into per-user counts over trailing 7 and 30 day "
            "windows; standardise numbers for distance-based or penalised linear models; and add "
            "flags for missing values. Has deep learning retired all this? For pixels, audio and "
            "text, mostly yes: given enough data the network learns its own representations from "
            "the raw signal. For tabular business data, no. Boosted trees on hand-built inputs "
            "still usually win there, datasets are smaller, and knowledge like 'balance over "
            "credit limit' is cheaper to write down than to learn. Even with deep models, deciding"
            " what the model may see, and keeping information from the future out of it, remains "
            "engineering work."
        ),
        "short": (
            "Feature engineering is transforming raw data into inputs a model can use, like "
            "log-transforming skewed values, one-hot or target encoding categories, and extracting"
            " date parts. Deep learning learns its own features for images and text, but for "
            "tabular data engineered features still matter a lot."
        ),
        "wrong": (
            "Feature engineering means choosing the model architecture and tuning its "
            "hyperparameters, like picking the number of layers and the learning rate. Concrete "
            "transformations would be adding more hidden units, switching the optimizer, and "
            "increasing the batch size. For categorical features, label encoding them as integers "
            "0, 1, 2 is always the best choice because it keeps the dimensionality low, and tree "
            "models and linear models both read that order correctly. Scaling never matters for "
            "any model, and taking logs of skewed features just throws information away. Target "
            "encoding computed on the full dataset is the standard way to handle high-cardinality "
            "categories and doesn't cause leakage. And yes, deep learning has made feature "
            "engineering completely obsolete: on every kind of data, including small tabular "
            "datasets, a neural network fed raw columns beats gradient boosting with hand-crafted "
            "features, so domain knowledge isn't needed anymore."
        ),
        "hedge": (
            "Features are important, and the right ones depend on the problem. I'd explore the "
            "data, try some transformations, and keep whatever improves the results, while staying"
            " pragmatic about time."
        ),
        "off_topic": (
            "For feature selection I'd start with cheap filters such as mutual information or "
            "correlation with the target, then embedded methods like an L1-penalised model or tree"
            " importances, and wrapper methods like recursive elimination scored by "
            "cross-validation. Permutation importance measured on held-out data is more "
            "trustworthy than impurity importance, which favours columns with many distinct "
            "values."
        ),
        "wrong_why": (
            "Confuses feature engineering with architecture and hyperparameter tuning, recommends "
            "ordinal label encoding and leaky full-data target encoding, dismisses scaling and "
            "logs, and declares it obsolete for all data."
        ),
        "off_topic_is": (
            "How to select features."
        ),
    },
    "regression_metrics": {
        "expert": (
            "The workhorses are the average squared miss (MSE) or its root (RMSE, back in the "
            "target's units), the average absolute miss (MAE), the percentage miss (MAPE), and the"
            " share of variance explained, R squared. Choosing among them is a statement about "
            "what a mistake costs the business. Squaring makes a single miss of 10 cost as much as"
            " a hundred misses of 1, so RMSE suits settings where big misses are "
            "disproportionately painful, and it gets dragged around by outliers; the constant it "
            "rewards is the mean. Absolute error charges every unit the same, is calmer around "
            "outliers, and the best constant under it is the median. Percentage error speaks the "
            "business's language and compares across scales, but it explodes when actual values "
            "are near zero and it punishes over-forecasts more than under-forecasts, so for "
            "something like sales I'd use a weighted version (WAPE). R squared is scale-free but "
            "says nothing about the size of the misses and moves with the spread of the test set. "
            "When under-forecasting costs more than over-forecasting, stock-outs against spare "
            "inventory, I'd use an asymmetric quantile (pinball) loss and predict the quantile "
            "that balances the two costs. And I'd always look at errors by segment and at the "
            "residual plot, not one number."
        ),
        "short": (
            "I'd use MAE, RMSE or MAPE. RMSE punishes large errors more, so it's for when big "
            "misses hurt; MAE is more robust to outliers; MAPE is relative but breaks near zero. "
            "The choice follows which errors cost the business most."
        ),
        "wrong": (
            "The best regression metric is accuracy: you count how many predictions land exactly "
            "on the true value. Beyond that, MAE and RMSE are basically the same metric, but MAE "
            "punishes large errors much more heavily than RMSE, because absolute values grow "
            "faster than squares, so MAE is the one to pick when big misses are costly. RMSE is "
            "the robust one, barely affected by outliers, which is why it's the default for noisy "
            "data. MAPE is the safest choice for any target, including ones with many zeros, "
            "because percentages are always well defined, and it treats over- and under-prediction"
            " exactly the same. R squared is the gold standard, since an R squared above 0.9 "
            "always means the model is accurate in absolute terms. The business problem doesn't "
            "really change the choice of metric; I'd just report R squared and RMSE everywhere and"
            " let people read what they want from them. Residual plots are only for academic "
            "papers."
        ),
        "hedge": (
            "There are lots of possible metrics and each has its place. I'd talk to the "
            "stakeholders, pick a couple that seem sensible, and track them consistently over "
            "time."
        ),
        "off_topic": (
            "For a classifier I'd report precision and recall at the threshold we'll actually use,"
            " ROC AUC or average precision across thresholds, and log loss to check the predicted "
            "probabilities, plus a calibration curve if the scores feed a decision. The confusion "
            "matrix per segment shows where the errors concentrate."
        ),
        "wrong_why": (
            "Uses exact-match accuracy for regression, swaps MAE and RMSE on large errors and "
            "outliers, calls MAPE safe near zero and symmetric, overtrusts R squared, and ignores "
            "business costs."
        ),
        "off_topic_is": (
            "Which metrics to use for a classification model."
        ),
    },
    "regularization_toolkit": {
        "expert": (
            "To me regularization is anything that makes the learner prefer a simpler explanation "
            "than the data alone would pick, giving up a little training fit for steadier "
            "behaviour on new data. From my own work: a squared-weight penalty, decoupled weight "
            "decay in AdamW, on nearly every neural net; an absolute-value penalty on a linear "
            "model when I expected only a handful of hundreds of columns to carry signal and "
            "wanted the rest switched off; dropout in the dense parts of a network; halting "
            "training at the epoch where held-out loss bottomed out; augmentation, random crops "
            "and flips for images or back-translation for text, which is the strongest of all when"
            " it encodes a real invariance; label smoothing for an overconfident classifier; and "
            "for boosted trees, shallower trees, a smaller learning rate with more rounds, row and"
            " column subsampling, and a minimum count per leaf. How I choose: first diagnose. If "
            "training and validation loss are both poor, the model is already too constrained and "
            "more regularization makes it worse. If there's a gap, the choice follows the model "
            "family and what I believe about the data: a few relevant inputs suggests the "
            "absolute-value penalty, correlated inputs the squared one or elastic net, images "
            "augmentation, tiny datasets early stopping and strong priors. Then I tune the "
            "strength on a validation set, one knob at a time."
        ),
        "short": (
            "I've used L2 weight decay, L1 for sparse linear models, dropout, early stopping and "
            "data augmentation. I pick based on the model type and whether there's actually a "
            "train/validation gap, and tune the strength on validation data."
        ),
        "wrong": (
            "I use dropout everywhere, including on linear regression and gradient-boosted trees, "
            "because dropout is the universal regularizer and works the same for every model. L1 "
            "and L2 do the same thing, so it doesn't matter which one you pick; L2 is the one that"
            " gives sparse weights and selects features. Batch size is the strongest regularizer: "
            "larger batches regularize more, because they add more noise to the gradient. I decide"
            " by always turning regularization up to the maximum, since more regularization can "
            "only reduce overfitting and never hurts, even when the training loss is already high."
            " Early stopping isn't really regularization, it just saves compute. Data augmentation"
            " should be applied to the validation set too, so the model is evaluated on the same "
            "distribution it trained on. And there's no need to tune the strength on validation "
            "data, because the library default is always fine. For trees, deeper trees and more "
            "leaves are the regularized setting, since they average over more splits."
        ),
        "hedge": (
            "I've used a number of techniques over the years. It really depends on the situation, "
            "so I'd try what seems appropriate, measure the effect, and keep what works."
        ),
        "off_topic": (
            "Batch norm normalizes each feature with the mean and variance computed over the batch"
            " and keeps running averages for inference, so it depends on the batch size and "
            "behaves differently in training and evaluation. Layer norm normalizes across the "
            "features of each example on its own, acts the same at train and test time, and is the"
            " standard choice in transformers and recurrent networks, where batch statistics are "
            "awkward."
        ),
        "wrong_why": (
            "Treats dropout as universal and L1/L2 as interchangeable (and gives L2 sparsity), "
            "says larger batches regularize more, maximises regularization even when underfitting,"
            " and augments the validation set."
        ),
        "off_topic_is": (
            "How batch norm differs from layer norm."
        ),
    },
    "ab_test_design": {
        "expert": (
            "Unit of randomization first: people, not sessions or page views, assigned by hashing "
            "a stable account id, so each person meets one ranker consistently and their purchases"
            " can be attributed to it; if the two arms could interfere through shared inventory or"
            " marketplace effects, I'd consider randomizing whole regions or clusters instead. The"
            " primary metric is fixed in advance: purchases per user, or the share of users who "
            "buy, over the test window, with revenue per user as a secondary and guardrails that "
            "must not get worse, like latency, returns and error rates. Before launch I'd size it:"
            " from the baseline rate and its variance, the smallest lift worth shipping, a 5% "
            "false-positive rate and 80% power, I get users per arm, and traffic turns that into "
            "days; I round up to whole weeks so weekday and weekend behaviour both count and "
            "novelty has time to fade. An A/A run, or at least a check that the split ratio came "
            "out as designed, tells me the assignment is honest. No peeking: I wouldn't stop the "
            "first day p dips below 0.05; either I commit to the fixed horizon or I use a "
            "sequential method built for interim looks. At the end, a two-sample test on the "
            "per-user metric, ideally with pre-period purchases as a covariate (CUPED) to cut "
            "variance, the confidence interval of the lift, and a ship decision only if the lift "
            "is both significant and big enough to matter and the guardrails held, with care about"
            " multiple comparisons across secondary metrics and segments."
        ),
        "short": (
            "Randomize by user into control (old ranker) and treatment (new ranker), with "
            "purchases per user as the primary metric. Compute the sample size from a power "
            "analysis for the minimum effect we care about, run at least a full week without "
            "peeking, and ship if the lift is significant and guardrails hold."
        ),
        "wrong": (
            "I'd randomize by page view, since that gives far more units and therefore more "
            "statistical power, and it's fine if the same user sees both rankers on different "
            "visits. The metric should be click-through rate on the ranked results, because "
            "purchases are too rare; if clicks go up, purchases will follow. There's no need for a"
            " power analysis up front: I'd launch at 50/50, check the p-value every day, and stop "
            "as soon as it drops below 0.05, since that's the moment the result becomes "
            "significant. A couple of days is enough if traffic is high, because weekly cycles "
            "average out anyway. I'd also test twenty secondary metrics and segments and ship if "
            "any of them is significant, because more metrics means more chances to detect the "
            "effect. A p-value of 0.03 means there's a 97% probability that the new ranker is "
            "better. Guardrail metrics aren't important when the primary metric improves, and "
            "sample ratio checks are unnecessary because the assignment code is tested. "
            "Randomization by user also isn't needed, because the two groups end up balanced on "
            "their own once there is enough traffic."
        ),
        "hedge": (
            "A/B testing needs to be done carefully. I'd work with the product team to agree on "
            "the goals, set up the experiment properly, and look at the results when they come in."
        ),
        "off_topic": (
            "Offline I'd score a ranker on logged queries with NDCG at 10 and mean reciprocal "
            "rank, using graded relevance built from purchases and clicks, and correct for "
            "position bias with inverse propensity weights estimated from randomized swaps. "
            "Interleaving the two rankers' lists for a small slice of traffic is a sensitive check"
            " before any larger experiment."
        ),
        "wrong_why": (
            "Randomizes by page view, swaps purchases for clicks, skips power analysis, peeks and "
            "stops early, fishes across many metrics, misreads the p-value, and dismisses "
            "guardrails and sample-ratio checks."
        ),
        "off_topic_is": (
            "How to evaluate a ranking model offline."
        ),
    },
}

_CLASSICAL_ALGORITHMS_A: dict[str, dict[str, str]] = {
    "gradient_boosting": {
        "expert": (
            "Think of it as a relay of weak learners, each one patching what the current ensemble "
            "still gets wrong. In round m there's already a running prediction F(x). For every "
            "training row I ask the loss which way, and how hard, it wants that prediction to "
            "move: the negative derivative of the loss with respect to F(x_i). For squared error "
            "that's just y minus F, the leftover error; for log-loss it's the label minus the "
            "predicted probability. A small regression tree is fit to those per-row targets, its "
            "leaf values are set to the best step for the loss inside each leaf (a line search, or"
            " a Newton step using second derivatives), and the tree is added to F scaled by a "
            "shrinkage factor such as 0.1. Then repeat. The name: it's steepest descent, but in "
            "the space of functions rather than of parameters; each tree is an approximate step "
            "along the negative slope of the loss evaluated at the training points, which is why "
            "any differentiable loss works. XGBoost's additions: a second-order Taylor expansion "
            "so splits and leaf weights use both first and second derivatives, an explicit penalty"
            " on the number of leaves and on squared leaf weights inside the split gain, row and "
            "column subsampling, a learned default direction for missing values, histogram and "
            "approximate split finding, and cache-aware parallel construction; LightGBM adds "
            "leaf-wise growth and gradient-based row sampling."
        ),
        "short": (
            "Each round fits a small tree to the negative gradient of the loss at the current "
            "predictions (the residuals for squared error) and adds it with a learning rate. It's "
            "gradient descent in function space; XGBoost adds second-order gradients, "
            "regularization on the leaves and fast split finding."
        ),
        "wrong": (
            "In each boosting round, gradient boosting trains a full-depth tree on a fresh "
            "bootstrap sample of the data, independently of the previous trees, and at the end all"
            " the trees vote, so it's essentially a random forest under a different name. It's "
            "called gradient boosting because the trees themselves are trained with gradient "
            "descent on their weights, like a neural network, rather than by choosing splits. The "
            "residuals are never used: each tree predicts the original labels y directly. Since "
            "the trees are independent, boosting mainly reduces variance, and adding more rounds "
            "can never overfit, which is why you can use thousands of trees with a learning rate "
            "of 1. XGBoost's main addition is that it uses deeper trees and runs them on the GPU; "
            "it doesn't change the objective at all, it has no regularization of its own, and "
            "missing values must always be imputed before training because it can't route them. "
            "The learning rate only controls training speed; shrinking it has no effect on how "
            "well the final model generalizes."
        ),
        "hedge": (
            "Boosting is a powerful family of methods with many variants. I'd use a well-known "
            "library, tune it sensibly, and check that it performs well on held-out data."
        ),
        "off_topic": (
            "A random forest trains many deep decision trees, each on a bootstrap resample of the "
            "rows, and at every split considers only a random subset of the features, which "
            "decorrelates the trees. Averaging their votes cuts variance without raising bias "
            "much, and the rows each tree never saw give a free out-of-bag estimate of accuracy."
        ),
        "wrong_why": (
            "Describes bagging (independent trees on bootstrap samples, voting) instead of "
            "sequential fitting to the loss gradient, says trees are trained by gradient descent, "
            "claims more rounds cannot overfit, and denies XGBoost's regularization and "
            "missing-value handling."
        ),
        "off_topic_is": (
            "How a random forest works."
        ),
    },
    "kmeans_pitfalls": {
        "expert": (
            "k-means quietly assumes every group is a roughly round blob of similar size and "
            "spread, because it hands each point to the nearest center by plain straight-line "
            "distance and moves each center to the average of its members; what it minimises is "
            "the total squared distance of points to their centers. So it fails on shapes that "
            "break that picture: two interlocking crescents or concentric rings get cut by "
            "straight boundaries; long stretched-out groups get sliced across the middle; a small "
            "dense group next to a wide sparse one gets its boundary pulled to the wrong place; "
            "and a single far-away point can drag a center off, since an average is not robust. "
            "Columns on different scales let one of them dominate the distance, and in very many "
            "dimensions all distances look alike. Initialization: the objective is non-convex and "
            "Lloyd's alternating steps only slide down to a local optimum, so an unlucky start can"
            " leave two centers splitting one real group while two other groups are merged under "
            "one. k-means++ seeding, where each new seed is drawn with probability proportional to"
            " its squared distance from the nearest seed already picked, spreads the starts out "
            "and comes with a log-k guarantee; I'd also run several restarts and keep the one with"
            " the lowest inertia. Empty cluster: if no point is nearest to some center, its mean "
            "is a division by zero, so the code has to handle it, for example by moving that "
            "center to the point farthest from its current center (or the point contributing most "
            "error), or by dropping it and reporting that k shrank; never leave a NaN center "
            "behind."
        ),
        "short": (
            "k-means assumes spherical, similar-sized clusters, so it fails on elongated, nested "
            "or uneven-density shapes and is sensitive to outliers and scaling. Random "
            "initialization gives different local optima, so use k-means++ and several restarts. "
            "If a cluster goes empty, reinitialize its center, for example at the farthest point."
        ),
        "wrong": (
            "k-means handles clusters of any shape, including rings and crescents, because it "
            "iterates until convergence and the centroids adapt to the shape of the data. Where it"
            " struggles is only when the clusters are perfectly spherical and equal in size, since"
            " then the centroids can't tell them apart. Initialization doesn't matter: Lloyd's "
            "algorithm always converges to the global optimum, so different random seeds all give "
            "the same answer, and k-means++ is just a speed trick. Outliers don't affect it "
            "because the centroid is a median. Scaling the features isn't necessary, since "
            "Euclidean distance is scale-invariant. When a cluster ends up empty, the "
            "implementation should just set its centroid to the mean of its points, which is zero,"
            " or simply skip it; an empty cluster means the algorithm has converged, so you can "
            "stop iterating there and return the result. Running several restarts is a waste of "
            "time for the same reason: every run ends in the same place. k-means++ is only about "
            "speed: it picks the initial centroids uniformly at random from the data, exactly like"
            " plain initialization, just with a faster sampler, so it can't improve the final "
            "clustering."
        ),
        "hedge": (
            "Clustering is always a bit tricky, and every algorithm has situations where it "
            "struggles. I'd try it on the data, look at the results, and adjust things if they "
            "don't look right."
        ),
        "off_topic": (
            "To choose k I'd run the algorithm for a range of values and plot the within-cluster "
            "sum of squares, looking for the elbow where extra clusters stop paying off. The "
            "silhouette score, which compares each point's distance to its own group with its "
            "distance to the nearest other group, gives a second opinion, and the gap statistic "
            "compares the fit against uniformly random data. In the end, how the segments will be "
            "used often settles it."
        ),
        "wrong_why": (
            "Claims k-means handles arbitrary shapes and struggles only on round clusters, that it"
            " always finds the global optimum regardless of initialization, that it ignores "
            "outliers and scaling, and mishandles empty clusters."
        ),
        "off_topic_is": (
            "How to choose the number of clusters."
        ),
    },
    "trees_vs_linear": {
        "expert": (
            "My default on a typical business table, with mixed column types, thousands to "
            "millions of rows and interactions I can't name in advance, is a boosted tree "
            "ensemble: it discovers thresholds and interactions on its own, doesn't care about "
            "monotone rescaling or skewed distributions, shrugs off extreme input values, handles "
            "missing entries natively and needs little preprocessing. I'd begin with a linear "
            "model when the signal is plausibly additive and roughly monotone, when rows are few "
            "relative to columns (a penalised linear fit has far fewer ways to memorise), when the"
            " inputs are very high-dimensional and sparse, like bag-of-words or one-hot codes of "
            "huge vocabularies, when I need coefficients a regulator can read, when the model must"
            " extrapolate beyond the range seen in training (a tree predicts a flat constant past "
            "its last split), or when the latency and size budget is tiny. What moves me between "
            "them: if the linear baseline's residuals show structure, curvature, interactions, "
            "segments behaving differently, and the ensemble beats it clearly under "
            "cross-validation, I switch to trees; if the ensemble barely beats a regularized "
            "logistic or ridge model, I keep the simpler, more stable and more explainable one. "
            "Inputs drifting outside the training range push me toward linear or a hybrid."
        ),
        "short": (
            "I'd start with gradient-boosted trees when there are non-linearities and interactions"
            " and enough data, and with a regularized linear model when data is small, features "
            "are sparse or high-dimensional, or I need interpretability and extrapolation. A "
            "cross-validated comparison decides the switch."
        ),
        "wrong": (
            "Linear models are the right default for tabular data because they automatically "
            "capture interactions between features and non-linear thresholds, whereas tree "
            "ensembles can only fit additive straight-line effects. Trees need heavy "
            "preprocessing: every feature must be standardized and log-transformed or the splits "
            "will be wrong, and they can't handle missing values at all. Linear models, on the "
            "other hand, are unaffected by outliers and skewed features. Trees extrapolate well "
            "beyond the training range because each leaf keeps the slope of the data, so they're "
            "the choice for forecasting growth. With very few rows and thousands of sparse "
            "features I'd definitely start with a deep boosted ensemble, since trees never overfit"
            " small data. Interpretability isn't a reason to prefer linear models, since "
            "coefficients can't be interpreted anyway. I'd switch from trees to linear only when I"
            " get more data, because linear models need more rows than trees do."
        ),
        "hedge": (
            "Both families have strengths and weaknesses. I'd try both, see what works better on "
            "the data, and go with whichever gives the best results for the use case."
        ),
        "off_topic": (
            "Bagging trains independent deep trees on bootstrap samples and averages them, which "
            "cuts variance; boosting trains shallow trees in sequence, each fitting the mistakes "
            "of the ensemble so far, which cuts bias but can chase noisy labels, so it needs a "
            "small learning rate and early stopping."
        ),
        "wrong_why": (
            "Swaps the two families' strengths: credits linear models with interactions and "
            "thresholds, says trees need scaling, can't handle missing values and extrapolate "
            "well, and recommends deep ensembles for tiny sparse data."
        ),
        "off_topic_is": (
            "How bagging differs from boosting."
        ),
    },
    "knn_basics": {
        "expert": (
            "k-NN is the laziest learner there is. 'Training' is just filing the labelled examples"
            " away, storing the feature vectors with their labels and maybe building an index, "
            "with no parameters fitted at all. All the work is deferred to query time: for a new "
            "point, measure its distance to the stored points, take the k closest, and let them "
            "vote, the majority class winning, optionally with each neighbour's vote weighted by "
            "inverse distance so the nearest count most. That makes prediction the expensive part,"
            " roughly n times d operations per query done naively, and memory grows with the "
            "dataset. Choices that matter: k itself, since k=1 traces every noisy point and gives "
            "a jagged, high-variance boundary while a very large k washes everything into the "
            "majority class, so pick it by cross-validation and use an odd k in binary problems to"
            " avoid ties; the distance function, Euclidean, Manhattan, or cosine for text "
            "embeddings, and the feature scaling that goes with it, because an unscaled salary "
            "column in dollars swamps age in years; which inputs go in at all, since irrelevant "
            "dimensions add noise to every distance and in high dimensions everything is about "
            "equally far away; and how to handle ties and class imbalance."
        ),
        "short": (
            "Training just stores the labelled data; at prediction you find the k closest points "
            "by some distance and take a majority vote. The choices that matter are k, the "
            "distance metric and scaling the features."
        ),
        "wrong": (
            "At training time k-NN learns a weight for each feature and fits k cluster centroids, "
            "which is what makes prediction fast: at query time you just compare the new point to "
            "the k centroids, so it costs almost nothing regardless of dataset size. The k is the "
            "number of clusters found during training. A small k gives a smooth, stable decision "
            "boundary and a large k makes it jagged and prone to overfitting, so k=1 is the safest"
            " default. Feature scaling doesn't matter, because the distance metric automatically "
            "normalizes each dimension. k-NN works especially well in very high dimensions, since "
            "more features give the distance more information to work with. The distance metric "
            "isn't an important choice either; Euclidean is always correct, and weighting "
            "neighbours by distance never changes anything. Ties can't happen with an even k, so "
            "there's no reason to think about odd values of k in binary problems."
        ),
        "hedge": (
            "It's a classic method with a few settings to think about. I'd try the defaults, "
            "evaluate on a validation set, and tune from there depending on the data."
        ),
        "off_topic": (
            "k-means picks k centers, assigns each point to its nearest center, moves each center "
            "to the mean of the points assigned to it, and repeats until the assignments stop "
            "changing. It minimises the within-cluster squared distance, needs k chosen in "
            "advance, and is usually seeded with k-means++."
        ),
        "wrong_why": (
            "Confuses k-NN with k-means (learns centroids at training time, k as number of "
            "clusters), reverses the effect of k on the boundary, and dismisses scaling, "
            "dimensionality and the metric."
        ),
        "off_topic_is": (
            "How k-means clustering works."
        ),
    },
    "knn_scaling": {
        "expert": (
            "Exact search compares the query with every stored vector: n distance computations of "
            "d multiply-adds each, per query. At a billion 768-dimensional vectors that's close to"
            " a trillion operations for every query, and the raw floats alone are about 3 TB, "
            "which won't sit in one machine's RAM. Space-partitioning trees like k-d trees prune "
            "well in 3 or 10 dimensions, but in hundreds of dimensions their bounds almost never "
            "exclude a branch, so they degrade back to touching everything. Production gives up "
            "exactness and accepts finding most of the true neighbours, recall around 0.9 to 0.99,"
            " in exchange for orders of magnitude of speed. The main families: graph indexes such "
            "as HNSW, where each vector links to a few neighbours across layered graphs and a "
            "query greedily hops toward closer nodes, visiting only a few thousand vectors; "
            "inverted-file indexes, which run k-means to carve the space into, say, 64k cells and "
            "at query time probe only the few cells nearest the query; product quantization, which"
            " chops each vector into sub-vectors and replaces each piece by a one-byte codebook "
            "id, shrinking 3 KB to a few dozen bytes and computing distances with lookup tables; "
            "and locality-sensitive hashing, with hash functions under which nearby vectors tend "
            "to collide. At billion scale these are combined, IVF with PQ, often on GPUs as in "
            "FAISS, or disk-resident graphs like DiskANN, sharded across machines, with a final "
            "exact re-rank of a short candidate list using the full vectors. Knobs like the number"
            " of probed cells or the graph's search breadth trade recall against latency."
        ),
        "short": (
            "Exact kNN is a linear scan, O(n·d) per query, which is too slow and memory-hungry at "
            "billions of vectors. Production systems use approximate nearest neighbour indexes "
            "like HNSW graphs, IVF clustering and product quantization (e.g. FAISS), trading a "
            "little recall for huge speedups."
        ),
        "wrong": (
            "Exact k-nearest-neighbour search scales fine in principle, because with a k-d tree "
            "each query costs only log n no matter how many dimensions the vectors have, so the "
            "real problem is training time, which grows with the number of neighbours k. "
            "Production systems search a billion vectors by fitting a single deep neural network "
            "that outputs the neighbours' ids directly, so no index is needed at all. Approximate "
            "methods like HNSW or product quantization return exactly the same results as brute "
            "force, just faster, so there's no recall tradeoff to tune. Compression like product "
            "quantization isn't used in practice, because compressing vectors makes the distances "
            "meaningless. Adding more dimensions actually speeds up tree indexes, since the data "
            "is more spread out and easier to partition, and sharding the vectors across machines "
            "only makes search slower, never faster, because of network overhead. The only scaling"
            " trick production needs is a bigger machine: brute force on one large server handles "
            "a billion vectors in a few milliseconds, because the vectors all fit in CPU cache. "
            "Locality-sensitive hashing puts distant vectors in the same bucket, which is why it's"
            " never used."
        ),
        "hedge": (
            "Scaling is always a challenge in production. I'd use the right infrastructure, "
            "benchmark a few options, and pick whatever meets the latency requirements."
        ),
        "off_topic": (
            "Embedding models for retrieval are usually trained contrastively: a dual encoder maps"
            " queries and documents to vectors, and an InfoNCE loss pulls each query toward its "
            "paired document while pushing it away from the other documents in the batch and from "
            "mined hard negatives. Larger batches give more negatives, and a small temperature "
            "sharpens the contrast."
        ),
        "wrong_why": (
            "Claims k-d trees stay logarithmic in high dimensions and that the cost is at training"
            " time, says ANN indexes are exact, and dismisses quantization and sharding."
        ),
        "off_topic_is": (
            "How embedding models for retrieval are trained."
        ),
    },
}

_DEEP_LEARNING_A: dict[str, dict[str, str]] = {
    "backprop_two_layer": {
        "expert": (
            "Let a mini-batch X be m by d. Forward: Z1 = X W1 + b1, with W1 of size d×h and b1 of "
            "length h, so Z1 is m×h; H = max(0, Z1), still m×h; z2 = H W2 + b2 with W2 of size "
            "h×1, so z2 is m×1; p = σ(z2) = 1/(1 + e^(−z2)), m×1; and L = −(1/m) Σ [y log p + (1 −"
            " y) log(1 − p)]. Backward, peeling layers off from the top: the logistic squash and "
            "the cross-entropy fold together so neatly that ∂L/∂z2 = (p − y)/m, an m×1 column, "
            "with no σ' factor left over. Then ∂L/∂W2 = Hᵀ (p − y)/m, which is h×m times m×1 = "
            "h×1, matching W2, and ∂L/∂b2 is that column summed over the batch, a scalar. Pushing "
            "into the hidden layer: ∂L/∂H = ∂z2 W2ᵀ, m×1 times 1×h = m×h. The rectifier acts as a "
            "gate: ∂L/∂Z1 = ∂L/∂H ⊙ 1[Z1 > 0], elementwise and m×h, so units that were off pass "
            "nothing back. Then ∂L/∂W1 = Xᵀ ∂Z1, d×m times m×h = d×h like W1, and ∂L/∂b1 is ∂Z1 "
            "summed over rows, length h. If you wanted the input's gradient it would be ∂Z1 W1ᵀ, "
            "m×d. A sanity rule: every weight's gradient has exactly that weight's shape, and each"
            " one is (the layer's input)ᵀ times (the gradient at the layer's output). I'd confirm "
            "the whole thing against finite differences."
        ),
        "short": (
            "Forward: Z1 = XW1 + b1, H = ReLU(Z1), p = sigmoid(HW2 + b2), BCE loss. Backward: dz2 "
            "= p − y, dW2 = Hᵀdz2, dH = dz2 W2ᵀ, dZ1 = dH times the ReLU mask (Z1 > 0), dW1 = Xᵀ "
            "dZ1; each gradient has its weight's shape."
        ),
        "wrong": (
            "Forward pass: Z1 = X W1, then a sigmoid on the hidden layer and a ReLU at the output "
            "to get the probability, and the loss is squared error between p and y. For the "
            "backward pass, the output gradient is dL/dz2 = (p − y) · p(1 − p), and that extra "
            "sigmoid derivative is what makes it exact for cross-entropy. dW2 = dz2 · H, which has"
            " the shape of H, batch by hidden, and there's no need to transpose anything because "
            "the shapes work out automatically. The ReLU derivative is ReLU(z) itself, so dZ1 = dH"
            " · ReLU(Z1), and it's 1 for negative inputs too, which is why ReLU never has dead "
            "units. dW1 = dZ1 Xᵀ, which gives a batch-by-batch matrix that you then average over. "
            "The biases have no gradient because they're constants. The gradients flow forward "
            "from the input to the output, and it's called backpropagation only because the errors"
            " are propagated after the forward pass finishes."
        ),
        "hedge": (
            "It's a standard derivation that shows up in every course. I'd work through it step by"
            " step, being careful with the details, and verify it at the end."
        ),
        "off_topic": (
            "In a deep stack of sigmoid or tanh layers the gradient reaching the early layers is a"
            " product of many derivatives that are each below one (the sigmoid's is at most 0.25),"
            " so it shrinks exponentially with depth. ReLU activations, careful initialization "
            "such as He or Xavier, residual connections and normalization layers keep it from "
            "vanishing."
        ),
        "wrong_why": (
            "Swaps the activations, keeps a spurious sigmoid derivative in the output gradient, "
            "gets the shapes and transposes wrong, gives ReLU's derivative as ReLU itself, and "
            "says biases get no gradient and gradients flow forward."
        ),
        "off_topic_is": (
            "Why gradients vanish in deep networks."
        ),
    },
    "activation_functions": {
        "expert": (
            "Hidden layers need some kink or curve, otherwise stacked layers collapse into one "
            "matrix multiply. My default there is the rectifier, max(0, x): it's cheap, and its "
            "slope is exactly 1 for positive inputs, so the backward signal isn't squashed layer "
            "after layer the way it was with the S-shaped squashers (the logistic's derivative "
            "never exceeds 0.25 and tanh flattens out at ±1), which is why deep stacks of those "
            "trained so badly. Its weakness is units that get stuck at zero forever; leaky "
            "variants with a small negative slope, or ELU, keep a trickle of signal alive. The "
            "output layer depends on what the number means: nothing at all, the identity, for an "
            "unbounded regression target, maybe softplus or exp for a positive quantity; a "
            "logistic squash per output for a yes/no or for independent multi-label tags; and the "
            "normalised exponential, softmax, over the logits when exactly one class out of many "
            "is right, folded into the loss in practice (logits plus cross-entropy) for numerical "
            "stability. Inside transformers the feed-forward blocks use smooth cousins of the "
            "rectifier: GELU, which weighs x by the Gaussian CDF, in BERT and GPT-2, and gated "
            "variants like SwiGLU in LLaMA-style models, which buy a little quality for the same "
            "compute; softmax itself turns the attention scores into weights. tanh still shows up "
            "for bounded outputs and, with the logistic, inside LSTM gates."
        ),
        "short": (
            "ReLU (or leaky ReLU) in hidden layers because it doesn't saturate for positive inputs"
            " and avoids vanishing gradients; sigmoid output for binary, softmax for multi-class, "
            "linear for regression; transformers use GELU or SwiGLU in their feed-forward layers."
        ),
        "wrong": (
            "For hidden layers I'd use sigmoid, because its gradient is largest for big inputs, so"
            " it avoids vanishing gradients in deep networks, while ReLU causes vanishing "
            "gradients since its derivative is zero for positive inputs. At the output, use "
            "softmax for multi-label problems where several classes can be true at once, and "
            "sigmoid for single-label multi-class problems, since sigmoid makes the probabilities "
            "sum to one. For regression outputs, a ReLU or sigmoid output is the standard choice, "
            "even for targets that can be negative. Non-linearity isn't really necessary in the "
            "hidden layers; a deep linear network is just as expressive as a deep ReLU network, "
            "it's only slower to train. Transformers use plain sigmoid in their feed-forward "
            "layers and tanh inside attention instead of softmax, because GELU is too expensive to"
            " compute at scale. Leaky ReLU exists to make the network sparser, by pushing more "
            "units to exactly zero than plain ReLU does. The dying ReLU problem isn't a concern, "
            "since units that output zero can always come back on their own after a few updates."
        ),
        "hedge": (
            "There are many activation functions and people have their favourites. I'd start with "
            "what's common for the architecture, experiment a bit, and keep what trains best."
        ),
        "off_topic": (
            "I'd use He initialization for ReLU layers, drawing weights with variance 2 divided by"
            " the fan-in, and Xavier initialization, variance 2 over fan-in plus fan-out, for tanh"
            " layers. The goal is to keep the variance of activations and gradients roughly "
            "constant from layer to layer, so signals neither explode nor die at the start of "
            "training; biases start at zero."
        ),
        "wrong_why": (
            "Says sigmoid avoids vanishing gradients and ReLU causes them, swaps softmax and "
            "sigmoid for multi-label versus multi-class, bounds regression outputs, calls "
            "non-linearity unnecessary, and misstates transformer activations."
        ),
        "off_topic_is": (
            "How to initialize a network's weights."
        ),
    },
    "multi_head_attention": {
        "expert": (
            "Picture one attention layer as a reading room where every token drafts a question, "
            "advertises a label and offers some content. Multi-head attention runs several such "
            "rooms side by side, each with its own lenses. Mechanically, with model width d and h "
            "heads: project the input X (n×d) with separate learned matrices into queries, keys "
            "and values, and cut the last dimension into h slices of width d/h. In each slice "
            "compute softmax(Q_i K_iᵀ / √(d/h)) V_i, an n×n weighting times n×(d/h) values. Glue "
            "the h results back into n×d and mix them with one more learned d×d output matrix. "
            "Because each head works in d/h dimensions, the total FLOPs and parameters come out "
            "about the same as one head of full width. Why split at all: a single softmax gives "
            "one weighting per position, so one head has to average everything it cares about into"
            " one mixture; if a token needs to look both at its verb and at a name it refers back "
            "to far away, one distribution blurs the two. Several heads give several independent "
            "weightings, so they can specialise (neighbouring positions, syntax, copying, matching"
            " rare tokens) and each reads a different subspace of the representation, and the "
            "output matrix recombines what they found. In practice many heads turn out redundant "
            "and can be pruned, and grouped-query variants share keys and values across heads to "
            "save inference memory."
        ),
        "short": (
            "Multi-head attention projects queries, keys and values into h lower-dimensional "
            "subspaces, runs scaled dot-product attention in each head in parallel, concatenates "
            "the results and applies an output projection. Several heads let the model attend to "
            "different relationships at once, for about the same cost as one big head."
        ),
        "wrong": (
            "Multi-head attention means stacking several attention layers one after another, each "
            "head being a full layer that feeds into the next, so depth is what the heads add. "
            "Each head uses the full model dimension, so with 8 heads the compute and parameter "
            "count are eight times larger than a single head, which is the price you pay for "
            "better accuracy. The heads share the same query, key and value projection matrices; "
            "they differ only in a random initialization of the softmax. Their outputs are "
            "averaged rather than concatenated, and no output projection is needed afterwards. "
            "Splitting into heads doesn't change what the model can represent, because one big "
            "head can already produce several separate attention patterns at once from a single "
            "softmax; the real reason for multiple heads is that they make the model run faster on"
            " GPUs through parallelism. The attention scores in each head are scaled by the total "
            "model width rather than by the head's own dimension, and each head is given a "
            "different slice of the sequence, so head one attends to the first tokens, head two to"
            " the next ones, and so on."
        ),
        "hedge": (
            "Attention is a core building block of modern architectures. I'd rely on the standard "
            "implementation, pick sensible hyperparameters, and check the results empirically."
        ),
        "off_topic": (
            "Dot products of random d_k-dimensional vectors have a variance proportional to d_k, "
            "so without scaling the logits grow with the key size and the softmax saturates into a"
            " nearly one-hot distribution whose gradients vanish. Dividing by the square root of "
            "d_k keeps the logits' variance around one, so training stays stable as heads get "
            "wider."
        ),
        "wrong_why": (
            "Describes heads as stacked layers of full width (eight times the cost), with shared "
            "projections, averaged outputs and no output projection, and denies that separate "
            "heads add representational power."
        ),
        "off_topic_is": (
            "Why attention scores are divided by the square root of the key dimension."
        ),
    },
    "transformer_architectures": {
        "expert": (
            "Three wirings of the same block. Encoder-only (BERT, RoBERTa): every token sees the "
            "whole input in both directions, and training blanks out random tokens and asks for "
            "them back. That yields rich contextual vectors, ideal when the input is given and you"
            " need to understand it, classification, tagging, embeddings for search, but there's "
            "no natural way to write text left to right. Decoder-only (GPT, LLaMA): a causal mask "
            "lets each position see only its past, and training asks for the next token; it "
            "generates natively, and any task can be phrased as continuing a prompt. "
            "Encoder-decoder (T5, BART, the original translation Transformer): a bidirectional "
            "encoder reads the source and a causal decoder writes the output while consulting the "
            "encoded source through cross-attention, natural for mapping an input to a different "
            "output, like translation and summarisation. Why the decoder-only family won: its "
            "objective turns every token of raw text into a training signal with no task-specific "
            "corruption scheme, it improves predictably as data and parameters grow, one model "
            "covers understanding and generation through prompting and in-context examples, and "
            "instruction tuning then turns it into a general assistant. A single stack is also "
            "simpler to engineer, shard and serve, with KV caching for fast generation, and at "
            "large scale it matched encoder-decoders even on sequence-to-sequence tasks. Encoders "
            "still win on cost for embeddings and classification."
        ),
        "short": (
            "Encoder-only models like BERT see the whole input bidirectionally and suit "
            "classification and embeddings; decoder-only models like GPT predict the next token "
            "with a causal mask and suit generation; encoder-decoders like T5 suit translation and"
            " summarization. Decoder-only won because next-token prediction scales simply on raw "
            "text and one model handles every task by prompting."
        ),
        "wrong": (
            "Encoder-only models like GPT are the ones built for generating text, because the "
            "encoder reads left to right and predicts the next word, while decoder-only models "
            "like BERT are bidirectional and used for classification. Encoder-decoder models such "
            "as T5 have no attention between the two halves; the decoder just receives the "
            "encoder's final [CLS] vector once at the start. Decoder-only models took over because"
            " they attend bidirectionally, which gives them more context than any other "
            "architecture, and because they need labelled data for every task, which makes them "
            "more accurate. Scaling isn't the reason, since all three scale exactly the same way; "
            "decoders were simply released first. For embeddings and search you should always use "
            "a decoder-only model, since masked-language-model encoders can't produce sentence "
            "vectors, and translation is the one task where encoder-decoders are useless. "
            "Encoder-decoder models are also the ones that use a causal mask in the encoder, which"
            " is why they can't see the whole source sentence at once. In-context learning and "
            "prompting work the same for every architecture, so they didn't play any role in the "
            "shift."
        ),
        "hedge": (
            "Each architecture has its use cases and the field moves fast. I'd pick whichever is "
            "most popular for the task at hand and evaluate it on our data."
        ),
        "off_topic": (
            "During autoregressive decoding the keys and values of all earlier tokens never "
            "change, so a KV cache stores them for every layer and each new step computes only the"
            " new token's query, key and value. That turns per-token work from recomputing the "
            "whole prefix into one attention read over the cache, at the price of memory that "
            "grows with sequence length and batch size."
        ),
        "wrong_why": (
            "Swaps the encoder-only and decoder-only examples and masking, denies cross-attention "
            "in encoder-decoders, and gives wrong reasons (bidirectionality, labelled data) for "
            "the decoder-only takeover."
        ),
        "off_topic_is": (
            "How the KV cache speeds up decoding."
        ),
    },
    "attention_without_softmax": {
        "expert": (
            "Each output position is a blend of the value vectors: score how relevant every "
            "position's key is to this position's query, turn the scores into non-negative mixing "
            "proportions that add up to one, and take that weighted average of the values. It's a "
            "soft, differentiable lookup, a content-addressed dictionary read where instead of "
            "fetching one entry you fetch a convex mixture, so the output stays inside the convex "
            "hull of the values. Drop the softmax and use the raw scaled dot products as weights, "
            "and several things go. The weights can be negative, so you subtract values and point "
            "away from them. They no longer add to one, so the output's magnitude scales with how "
            "many positions there are and how big the scores are; a long sequence produces a huge "
            "sum, stacking layers compounds it, and activations and gradients blow up or the "
            "network becomes badly conditioned. And there's no competition between positions: the "
            "exponent sharpens differences so one or two keys can dominate, whereas raw scores "
            "just add everything up linearly, so the layer can't make a crisp choice of one token."
            " In fact, without the nonlinearity (QKᵀ)V can be regrouped as Q(KᵀV), which makes it "
            "linear attention, cheaper but weaker, and that's why linear-attention papers add "
            "feature maps and normalisers to recover some of what the softmax did."
        ),
        "short": (
            "Attention replaces each position by a weighted average of the value vectors, with "
            "weights from a softmax of query-key scores. Without softmax the weights can be "
            "negative and don't sum to one, so outputs scale with sequence length and become "
            "unstable, and you lose the sharp selection of relevant tokens."
        ),
        "wrong": (
            "Attention transforms each value vector by multiplying it with its own query, "
            "elementwise, so the output at a position depends only on that position's own value "
            "and no information moves between tokens. The softmax exists only to speed up the "
            "matrix multiplication and to make the weights sparse, with exact zeros. If we remove "
            "it and use the raw scaled scores, nothing important breaks: the scores are already "
            "normalized by dividing by sqrt(d_k), so they already sum to one and are always "
            "positive. Outputs stay the same size regardless of sequence length, and training is "
            "just as stable, only slightly less interpretable. In fact, removing the softmax makes"
            " attention more expressive, because the model can then select a single token more "
            "sharply than it can with the softmax in place. Without the softmax the layer would "
            "also become nonlinear in the values in a much stronger way, so it could no longer be "
            "computed with matrix multiplications at all. Negative weights can't appear either, "
            "since a dot product of a query and a key is always positive."
        ),
        "hedge": (
            "This is a subtle design question and the answer depends on the details of the "
            "implementation. I'd run an experiment with and without it and compare the results."
        ),
        "off_topic": (
            "Temperature divides the logits before the softmax when sampling: below 1 it sharpens "
            "the distribution toward the most likely tokens and makes output more deterministic, "
            "above 1 it flattens it so rarer tokens get picked more often, and as it approaches "
            "zero sampling becomes greedy decoding."
        ),
        "wrong_why": (
            "Says attention mixes nothing across positions, claims scaled scores are already "
            "positive and normalized, and denies the instability and loss of sharp selection when "
            "the softmax is removed."
        ),
        "off_topic_is": (
            "How temperature affects sampling from a language model."
        ),
    },
    "causal_masking": {
        "expert": (
            "Before the attention weights are normalised, the n×n score matrix QKᵀ/√d gets a "
            "triangle added to it: zero on and below the diagonal, minus infinity (or a very large"
            " negative number such as -1e9, or the dtype's minimum) strictly above it, that is "
            "wherever the key's position j is greater than the query's position i. After "
            "exponentiation those entries become exactly zero weight, so row i is a probability "
            "distribution over positions 1 to i only, and the mixture of values never contains "
            "anything from later tokens. It has to go in before the normalisation, because zeroing"
            " weights afterwards would leave rows that don't add to one; it's usually a "
            "precomputed lower-triangular boolean buffer, combined with the padding mask and "
            "broadcast over batch and heads. Why training needs it even though we hold the whole "
            "sentence: all positions are trained in parallel in one pass, and position i's job is "
            "to guess token i+1. If it could look at position i+1, it would simply copy the "
            "answer, the loss would collapse toward zero and the model would learn nothing usable,"
            " because at generation time the future doesn't exist yet, so training and inference "
            "would disagree. The mask is what lets one forward pass act like n separate next-token"
            " problems, each seeing only its own prefix: teacher forcing, parallelised."
        ),
        "short": (
            "The decoder adds a mask to the attention scores that sets every entry where the key "
            "comes after the query to minus infinity before the softmax, so those weights become "
            "zero. Training needs it because all positions are predicted in parallel, and without "
            "it each token could see the very token it's supposed to predict."
        ),
        "wrong": (
            "The decoder stops future tokens by multiplying the attention weights by a "
            "lower-triangular matrix of ones after the softmax, so the mask is applied after "
            "normalization and the rows still sum to one automatically. Some implementations "
            "instead set the future scores to zero before the softmax, which gives them zero "
            "weight, since exp(0) is zero. The mask has upper-triangular ones for the allowed "
            "positions, so each token attends to all the tokens after it. During training the mask"
            " isn't needed at all, because the whole sequence is known and letting tokens see the "
            "future gives the model more context, which makes training faster and better; the mask"
            " only matters at inference time, when future tokens haven't been generated yet. "
            "Encoders use the same causal mask, which is why BERT can't see the words that come "
            "later in a sentence. The scores for future positions are set to plus infinity, so "
            "they dominate the row and the model learns to ignore them. Padding and causal masks "
            "are the same thing, so one of them is enough."
        ),
        "hedge": (
            "Masking is an implementation detail that the frameworks handle for you. I'd use the "
            "standard option in the library and make sure the tests pass."
        ),
        "off_topic": (
            "Beam search keeps the b highest-scoring partial sequences at every decoding step, "
            "extends each with every possible next token, and keeps the best b by cumulative "
            "log-probability, usually with a length penalty because longer sequences pile up lower"
            " scores. It finds higher-likelihood outputs than greedy decoding but tends to be "
            "bland and repetitive for open-ended generation."
        ),
        "wrong_why": (
            "Applies the mask after the softmax or with zeros (exp(0) is one, not zero), lets "
            "tokens attend to the future, says training doesn't need the mask, and gives encoders "
            "a causal mask."
        ),
        "off_topic_is": (
            "How beam search decoding works."
        ),
    },
    "positional_encodings": {
        "expert": (
            "Attention treats its input as a bag: permute the tokens and every output is permuted "
            "the same way, so 'dog bites man' and 'man bites dog' look alike to it. Order has to "
            "be smuggled in. Absolute schemes stamp each slot with its own vector, added to the "
            "token embedding at the bottom of the stack: either the original fixed sinusoids, "
            "where dimension pair k oscillates as sin and cos of pos/10000^(2k/d), a spectrum of "
            "clocks from fast to slow, or a learned table with one row per slot (BERT, GPT-2), "
            "which can say nothing about slots beyond the longest training length. Rotary "
            "embeddings (RoPE) work differently: nothing is added to the embeddings; instead, "
            "inside every attention layer, each query and key is split into 2-D pairs and each "
            "pair is turned by an angle proportional to the token's index, with a different speed "
            "per pair. Since rotating q by mθ and k by nθ leaves their dot product depending only "
            "on (m − n)θ, the attention score sees the offset between the two tokens directly, the"
            " vectors' norms are preserved, and far-apart pairs interact less on average. That "
            "relative property is why it extrapolates somewhat better and why context-extension "
            "tricks (position interpolation, NTK scaling, YaRN) work by rescaling the rotation "
            "frequencies. Other relative approaches, T5's learned distance buckets or ALiBi's "
            "linear penalty on distance, bias the scores instead."
        ),
        "short": (
            "Self-attention is permutation-invariant, so transformers add position information. "
            "Absolute encodings add a sinusoidal or learned vector for each position to the token "
            "embeddings; rotary embeddings rotate the queries and keys by a position-dependent "
            "angle so their dot product depends only on the relative distance."
        ),
        "wrong": (
            "Self-attention already knows word order, because the query-key dot product is "
            "computed left to right, so positional encodings are only a minor boost. Absolute "
            "encodings rotate the query and key vectors inside every attention layer, while rotary"
            " encodings add a learned vector to the input embeddings once at the bottom of the "
            "network. Rotary encodings encode absolute position only, so the attention score "
            "depends on where each token sits, not on the distance between them, which is why they"
            " can't be extended to longer contexts. Sinusoidal encodings are learned during "
            "training, one vector per position, and can't handle any position longer than those "
            "seen in training, whereas learned absolute tables generalize to arbitrarily long "
            "sequences. Rotary is also applied to the values, not just the queries and keys, so it"
            " changes the content that gets mixed. Rotating the vectors changes their length, "
            "which is how rotary encodes position. Sinusoidal encodings are multiplied into the "
            "embeddings rather than added, so the model can separate content from position."
        ),
        "hedge": (
            "Position information is handled in various ways across models. I'd use whatever the "
            "reference implementation uses and not worry too much unless the results look odd."
        ),
        "off_topic": (
            "Byte-pair encoding starts from characters or bytes and repeatedly merges the most "
            "frequent adjacent pair into a new symbol until the vocabulary reaches a target size. "
            "Common words become single tokens, rare words split into subword pieces, and "
            "byte-level variants never meet an unknown character."
        ),
        "wrong_why": (
            "Claims attention already knows order, swaps what absolute and rotary encodings do, "
            "says rotary is absolute and applied to values, and reverses which absolute scheme is "
            "learned and which extrapolates."
        ),
        "off_topic_is": (
            "How byte-pair encoding tokenization works."
        ),
    },
    "train_val_divergence": {
        "expert": (
            "That crossing pattern, in-sample loss still sliding while held-out loss climbs, "
            "usually means the model has started memorising its training rows; but before blaming "
            "capacity I'd rule out the boring explanations. Checks first: is the validation set "
            "from the same distribution and free of label errors; are train and validation "
            "preprocessed the same way, with no augmentation or dropout left on in evaluation, no "
            "normaliser fit differently, no evaluation in train mode with batch-norm statistics; "
            "is there leakage or duplication between the two; did the learning-rate schedule "
            "change at that step; and is the metric I actually care about, accuracy or AUC, also "
            "getting worse, or is only the loss rising because the model is growing overconfident "
            "on a few examples? Rising validation loss with flat validation accuracy is a "
            "calibration story. Then the changes, depending on what I find: keep the checkpoint "
            "from the epoch where validation loss was lowest and stop there; add or increase "
            "weight decay, dropout or augmentation; shrink the model or cut inputs; get more or "
            "cleaner training data; lower the learning rate or decay it; use label smoothing for "
            "overconfidence. I'd change one thing at a time and re-plot both curves."
        ),
        "short": (
            "It's overfitting: the model is memorizing the training data. First I'd check the "
            "validation set and pipeline for bugs or leakage, then use early stopping at the best "
            "validation checkpoint and add regularization like dropout, weight decay or "
            "augmentation, or get more data."
        ),
        "wrong": (
            "Validation loss going up while training loss goes down means the model is "
            "underfitting, so it needs more capacity: I'd add layers, train for many more epochs "
            "and raise the learning rate so it escapes the plateau. The first thing to check is "
            "GPU utilisation and batch throughput, because a rising validation loss is usually a "
            "hardware issue. I'd also remove dropout and weight decay, since regularization is "
            "what causes validation loss to rise, and early stopping is a bad idea because "
            "validation loss always recovers if you keep going. Adding more training data won't "
            "help, since the model has already seen enough. Checking the validation pipeline for "
            "bugs isn't necessary either, because the framework handles evaluation mode for you. "
            "If it persists, I'd evaluate on the training set instead, since that's the loss "
            "that's actually being optimised. Label smoothing makes things worse here, because it "
            "makes the model more confident."
        ),
        "hedge": (
            "Training curves can do all sorts of things. I'd look at the logs, think about what "
            "changed recently, and try a few adjustments until the curves look healthier."
        ),
        "off_topic": (
            "A NaN loss usually comes from an exploding step or an invalid operation: I'd lower "
            "the learning rate, add gradient clipping, look for a log of zero or a division by "
            "zero in the loss, scan the inputs for infinities, and with mixed precision use loss "
            "scaling or switch to bf16."
        ),
        "wrong_why": (
            "Calls the divergence underfitting and prescribes more capacity, blames hardware, "
            "removes regularization, dismisses early stopping, more data and pipeline checks, and "
            "evaluates on the training set."
        ),
        "off_topic_is": (
            "How to debug a NaN training loss."
        ),
    },
}

_CASE_STUDIES_A: dict[str, dict[str, str]] = {
    "project_walkthrough": {
        "expert": (
            "The one I'd pick is a churn-risk model for a subscription product. Framing came "
            "first: the retention team could phone about 500 customers a week, so the real "
            "question was who should get those 500 calls, which made the hit rate among the top "
            "few hundred the number that mattered, not a global ranking score. I agreed with them "
            "before touching data what success would look like: fewer cancellations among the "
            "people we contacted than in a held-back group. Baseline: the rule the team already "
            "used, customers whose usage had halved, gave me a bar to clear. Data: features from "
            "usage logs as of a snapshot date and labels from cancellations in the following 60 "
            "days; my first model looked perfect, and that suspicion led me to a 'cancellation "
            "reason' field filled in after the fact, which I removed. I split by time, training on"
            " older snapshots and validating on the latest, because the model would always be "
            "predicting the future. Model: logistic regression first, then boosted trees, which "
            "beat it clearly on the top-500 hit rate across three monthly windows, so the extra "
            "complexity paid for itself. Checking: errors by segment, new versus long-standing "
            "customers, a calibration plot, and then a randomised trial where only half of the "
            "top-ranked customers were called; calls cut churn by about four points against the "
            "uncalled half. What I'd do differently: watch input drift from day one, because a "
            "pricing change three months later degraded the model before anyone noticed. The "
            "decision I'm proudest of was not using a deep model: neither the data nor the team's "
            "ability to maintain it justified one."
        ),
        "short": (
            "I built a churn model for a subscription app: I defined the target with the retention"
            " team, started from a simple rule baseline, used a time-based split, moved to "
            "gradient boosting only because it clearly beat logistic regression, and confirmed the"
            " value with an A/B test of the outreach."
        ),
        "wrong": (
            "I built a state-of-the-art deep learning churn model. I didn't spend time on the "
            "problem definition, because the business goal is always obvious, and I skipped "
            "baselines since a simple model would obviously be worse than a transformer. I used "
            "all the available columns, including the cancellation reason field, which made the "
            "model very accurate, 99.8% accuracy. I split the data randomly across all dates, "
            "because time-based splits throw away data. I tuned hyperparameters on the test set "
            "for a few hundred rounds to get the best final number, and since the offline accuracy"
            " was so high, an A/B test wasn't necessary, so we shipped it directly to everyone. "
            "Monitoring wasn't needed either, because the model was trained on a lot of data. The "
            "main lesson was that bigger models always win, so my decisions were easy: I always "
            "choose the most complex model available and let the numbers speak for themselves. The"
            " most important decision was the architecture, so I spent almost all of the time "
            "comparing network depths and learning rates, and none on the data or the labels. I "
            "didn't look at errors by segment, because the overall number already said it was "
            "good, and I didn't check calibration because probabilities don't matter for ranking "
            "customers. When the numbers dropped a few months later, I assumed it was noise."
        ),
        "hedge": (
            "I've worked on several projects and each one taught me something. I try to be "
            "data-driven, communicate with stakeholders, and iterate quickly until the result is "
            "good enough."
        ),
        "off_topic": (
            "A colleague wanted to ship a feature without code review to meet a deadline. I asked "
            "what was driving the date, proposed a short review focused only on the risky parts, "
            "and we paired on it for an hour; it shipped a day late, but we caught a bug that "
            "would have corrupted user records. I learned to argue from the risk rather than from "
            "the process."
        ),
        "wrong_why": (
            "Skips framing and baselines, keeps a leaking post-outcome feature, splits "
            "time-ordered data randomly, tunes on the test set, ships without an online test or "
            "monitoring, and defaults to the most complex model."
        ),
        "off_topic_is": (
            "A behavioural question about a disagreement with a teammate."
        ),
    },
}

SETS_A: dict[str, dict[str, str]] = {
    **_ML_FUNDAMENTALS_A,
    **_CLASSICAL_ALGORITHMS_A,
    **_DEEP_LEARNING_A,
    **_CASE_STUDIES_A,
}

# Fixed by the rule in the module docstring before any grader was run on these answers. Never tune on these.
HOLDOUT_A: frozenset[str] = frozenset({
    "overfitting_detection",
    "generalization",
    "gradient_boosting",
    "knn_basics",
    "attention_without_softmax",
    "backprop_two_layer",
    "project_walkthrough",
})

# A case study needs a clarifying question a candidate might ask first (merged into CLARIFYING).
CLARIFYING_A: dict[str, str] = {
    "project_walkthrough": (
        "Should I pick the project with the biggest impact, or the one where I made the most "
        "decisions myself?"
    ),
}
