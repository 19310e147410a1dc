"""Labelled answers for measuring answer graders: does a grader score truth, or vocabulary?

An outside audit found that the offline grader (phrase matching against key points) ranks
answers by the words they use rather than by whether their claims are right. This set is the
yardstick for the rebuilt grader. For each of 44 questions from the bank (at least six from
each of the seven categories) ``SETS`` holds five answers, written as a candidate would say
them in an interview:

- ``expert``: correct and thorough, covering most key points, but deliberately in unusual
  wording (paraphrase, analogy, math notation, non-textbook terms), so a grader must
  recognise the ideas rather than the keywords;
- ``short``: correct but brief, one or two key points stated plainly;
- ``wrong``: fluent, confident and as keyword-rich as the expert answer, but making claims an
  expert would reject (swapped definitions in comparison questions, reversed directions,
  wrong causes, or the question's listed misconceptions in natural words);
- ``hedge``: generic and non-committal, fitting almost any question;
- ``off_topic``: a good, correct answer to a different, nearby question.

Each entry also has ``wrong_why`` (one line on what the wrong answer gets wrong, for people
reading test failures) and ``off_topic_is`` (the question the off-topic answer does answer).
The expected order for a sound grader is expert and short above wrong, hedge and off_topic.

Besides ``SETS``: ``IDK`` holds ways of saying "I don't know", ``ONE_WORD`` one- or two-word
replies to some of the questions, and ``CLARIFYING`` questions a candidate might ask before
answering (none of these should earn credit).

How it was written: from each question's prompt, its key-point statements and misconception
claims (paraphrased, never copied), and ML knowledge. The key points' ``match:`` phrase lists
were not read or used, and nothing was copied from the existing sets
(tests/interviewer/eval_answers.py, tests/rubric/labelled_answers.py). No answer was adjusted
after seeing how any grader scores it.

Split: ``HOLDOUT`` is a third of the question ids (at least two per category), fixed when the
set was written, before any tuning. It must never be used to tune a grader (its thresholds,
synonyms, prompts or weights). ``TUNE`` is the complement and may be used for tuning. Results
are reported separately for the two parts; a grader that does much better on TUNE than on
HOLDOUT has been fitted to these answers rather than to the task.
"""

from __future__ import annotations

_ML_FUNDAMENTALS: dict[str, dict[str, str]] = {
    "bias_variance": {
        "expert": (
            "Imagine rerunning the same training recipe on many fresh draws of data from the "
            "same source. Averaged over those draws, expected squared error splits into three "
            "parts: irreducible noise, plus (how far the average fitted function sits from "
            "the truth)^2, plus how much the individual fits scatter around their own "
            "average. The systematic part is what an overly rigid hypothesis class pays - fit "
            "a straight line to a parabola and it misses the same way on every draw. The "
            "scatter part is what an overly flexible class pays - it bends to follow each "
            "sample's accidents, so every redraw hands you a visibly different curve. Loosen "
            "the constraints and the systematic miss shrinks while the scatter grows; tighten "
            "them and it goes the other way, hence the tension. On a freshly trained model I "
            "put in-sample error next to error on held-out rows: both poor and close together "
            "says the model is too stiff, excellent in-sample but much worse outside says it "
            "is chasing noise. The cures are different too: for scatter, more rows, a penalty "
            "on the weights or a plainer model; for stiffness, a richer model or better "
            "inputs, because more rows will not rescue a model that cannot express the "
            "pattern."
        ),
        "short": (
            "Bias is error from a model that's too simple and underfits; variance is error "
            "from being too sensitive to the particular training sample, so it overfits. If "
            "training and validation error are both high it's bias, and if training error is "
            "low but validation error much higher it's variance."
        ),
        "wrong": (
            "Bias is the error that comes from the model being too sensitive to its training "
            "sample: it memorizes the noise, which is why high bias shows up as overfitting. "
            "Variance is the opposite, a model that's too simple, with low capacity, has high "
            "variance because its predictions vary a lot from the truth, so high variance "
            "means underfitting. When you add capacity, bias and variance both go down "
            "together, so the tradeoff is really about compute cost rather than about error. "
            "To diagnose it, if training error is low but validation error is much higher, "
            "that's a high-bias problem, and the standard fix is to collect more data, since "
            "more data cures bias. If both training and validation error are high, that's "
            "variance, and you regularize more."
        ),
        "hedge": (
            "Every model has some mix of error sources, and which one matters most really "
            "depends on the dataset and the problem at hand. I'd look at the numbers, try a "
            "couple of different models, and see which one does better on the metrics we care "
            "about, then iterate from there."
        ),
        "off_topic": (
            "K-fold cross-validation splits the data into k parts, trains on k minus one of "
            "them and scores on the part left out, rotating until every part has been held "
            "out once, then averages the k scores. It gives a steadier performance estimate "
            "than a single split when data is limited, at the cost of k trainings, and for "
            "time-ordered data you switch to forward-chaining splits."
        ),
        "wrong_why": (
            "Swaps bias and variance (calls high variance underfitting and reads a "
            "train/validation gap as bias), says capacity lowers both, and claims more data "
            "cures bias."
        ),
        "off_topic_is": "How k-fold cross-validation works.",
    },
    "l1_vs_l2": {
        "expert": (
            "Both bolt a price on the size of the coefficient vector onto the objective: one "
            "charges lambda * sum_i |w_i|, the other lambda * sum_i w_i^2. The absolute-value "
            "charge has a kink at the origin - its subgradient there is the whole interval "
            "[-lambda, lambda] - so any coordinate whose data gradient is smaller than lambda "
            "in magnitude gets parked at exactly 0; geometrically the feasible region is a "
            "diamond whose corners sit on the axes, and the loss contours tend to touch it at "
            "a corner. The squared charge is smooth, its pull is 2*lambda*w, which fades as w "
            "approaches 0, so coefficients get shrunk proportionally toward the origin but "
            "essentially never land on it. I reach for the absolute-value version when I "
            "suspect only a handful of inputs matter and want the fit to do the pruning for "
            "me, and for the squared one when many correlated inputs each carry a bit of "
            "signal, since it spreads weight across them instead of arbitrarily keeping one. "
            "A convex blend of the two, elastic net, gives pruning that stays stable under "
            "correlation."
        ),
        "short": (
            "L1 adds the sum of absolute weights and pushes many of them to exactly zero, so "
            "it doubles as feature selection; L2 adds the sum of squared weights and just "
            "shrinks them smoothly toward zero."
        ),
        "wrong": (
            "L1 regularization adds the sum of squared weights to the loss and L2 adds the "
            "sum of absolute values, which is easy to remember because L2 is the absolute "
            "norm. The effect is that L2, ridge, drives many weights to exactly zero and "
            "gives you a sparse model with built-in feature selection, while L1, lasso, "
            "shrinks all the weights smoothly toward zero without ever making them exactly "
            "zero. The geometry explains it: the L2 constraint ball has sharp corners on the "
            "axes, so the optimum lands on a corner, whereas the L1 ball is a smooth circle. "
            "So I reach for L2 when I want sparsity and feature selection, and for L1 when "
            "the features are correlated and I believe most of them matter; elastic net mixes "
            "the two."
        ),
        "hedge": (
            "Regularization choice is really a hyperparameter question in the end. I'd try "
            "both options on a validation set, see which gives the better score, and go with "
            "that, adjusting the strength as needed."
        ),
        "off_topic": (
            "During training, dropout zeroes each hidden activation independently with some "
            "probability p and scales the survivors by 1/(1-p), so at inference the full "
            "network is used unchanged. Because no unit can count on any particular partner "
            "being present, the features it learns are more robust, and you can view it as "
            "training a large family of weight-sharing subnetworks whose average you use at "
            "test time."
        ),
        "wrong_why": (
            "Swaps the penalties and their effects: L1 is the absolute-value penalty that "
            "zeroes weights (corners on the axes), L2 the squared penalty that shrinks "
            "smoothly."
        ),
        "off_topic_is": "How dropout works and why it regularizes.",
    },
    "precision_vs_recall": {
        "expert": (
            "Take the pile of items the model raised a flag on: the fraction of that pile "
            "that deserved a flag is one number, TP/(TP+FP). Now take the pile of items that "
            "truly deserved a flag: the fraction of it the model actually caught is the "
            "other, TP/(TP+FN). I think of them as purity of what you flagged and coverage of "
            "what was there. Sliding the score cutoff upward makes the model pickier, so "
            "purity typically rises while coverage falls; lower the cutoff and you catch "
            "more, along with more junk. For a screening test for a serious disease I'd "
            "protect coverage, since a missed case costs far more than a follow-up scan; for "
            "something like an auto-delete of user posts, or a spam folder, I'd protect "
            "purity, because wrongly hiding a legitimate email annoys people more than one "
            "spam slipping through. If you must squash both into a single figure, take their "
            "harmonic mean, which punishes a lopsided pair."
        ),
        "short": (
            "Precision is TP over TP plus FP, recall is TP over TP plus FN. I'd favour recall "
            "for cancer screening and precision for a spam filter."
        ),
        "wrong": (
            "Precision is the fraction of actual positives the model manages to find, TP / "
            "(TP + FN), and recall is the fraction of the model's positive predictions that "
            "turn out to be correct, TP / (TP + FP). They trade off through the decision "
            "threshold: raising the threshold makes the model flag more items, so recall goes "
            "up and precision goes down. For cancer screening I'd favour precision, because "
            "the worst outcome is telling a healthy patient they might have cancer, and for a "
            "spam filter I'd favour recall so that every spam email gets caught, even if some "
            "real emails end up in the spam folder. When you need a single number, F1 is the "
            "arithmetic mean of precision and recall."
        ),
        "hedge": (
            "It really comes down to what the business cares about. I'd sit down with the "
            "stakeholders, figure out which errors matter to them, pick the metric that best "
            "reflects that, and keep tracking it over time."
        ),
        "off_topic": (
            "ROC-AUC comes from sweeping the decision threshold and plotting true positive "
            "rate against false positive rate; the area under that curve equals the "
            "probability that a randomly chosen positive gets a higher score than a randomly "
            "chosen negative, so 0.5 is chance and 1.0 is a perfect ranking. It's "
            "threshold-free, and because both rates are conditioned on the true class it "
            "doesn't move when the class mix changes."
        ),
        "wrong_why": (
            "Swaps the definitions of precision and recall, reverses the threshold effect (a "
            "higher threshold flags fewer items, raising precision), and calls F1 an "
            "arithmetic mean."
        ),
        "off_topic_is": "What ROC-AUC measures.",
    },
    "learning_paradigms": {
        "expert": (
            "The difference is who writes the answer key. In the first setting a person does: "
            "every input arrives with a target somebody annotated, and the model learns the "
            "input-to-target map. In the second nobody does: there's only x, and the job is "
            "to describe how it's distributed - group it, estimate its density, compress it "
            "into a lower-dimensional code. The third is a trick to get the first setting's "
            "kind of loss without paying annotators: hide part of each example and ask the "
            "model to reconstruct it from the rest - the word that comes next, a blanked-out "
            "span, a masked image patch - so the data grades itself. Large language models "
            "are built on that third recipe: trained with plain cross-entropy to guess token "
            "t+1 from tokens 1..t over an enormous scrape of text, and only afterwards given "
            "human-curated instruction data and preference tuning on top."
        ),
        "short": (
            "Supervised learning uses human labels, unsupervised finds structure like "
            "clusters without labels, and self-supervised makes its labels from the data "
            "itself. LLMs are pretrained self-supervised, by predicting the next token."
        ),
        "wrong": (
            "Supervised learning uses labelled data, where every input comes with a target. "
            "Unsupervised learning works on unlabelled data and finds clusters, and "
            "self-supervised learning is basically the same thing as unsupervised: the model "
            "clusters the data by itself, with no loss function and no labels at all. Today's "
            "large language models are pretrained with reinforcement learning: the model "
            "generates text, receives a reward signal for each next token, and updates its "
            "policy to maximise that reward over trillions of tokens, which is what RLHF "
            "stands for and why it's the pretraining objective. Supervised fine-tuning only "
            "comes in afterwards to clean up the output format."
        ),
        "hedge": (
            "There are a few different paradigms and each has its place. Which one you use "
            "depends on what data you have available and what you're trying to achieve, and a "
            "lot of modern systems end up combining several of them."
        ),
        "off_topic": (
            "Transfer learning takes a network trained on a large source task, keeps its "
            "early layers, which encode generic features, and either retrains only a new head "
            "or fine-tunes everything with a smaller learning rate on the target task. It "
            "works best when the target data is small and resembles the source, and freezing "
            "more layers lowers the risk of overfitting the small set."
        ),
        "wrong_why": (
            "Calls self-supervised learning label-free clustering and says LLM pretraining is "
            "reinforcement learning; it is self-supervised next-token prediction with "
            "cross-entropy, and RLHF is a later post-training stage."
        ),
        "off_topic_is": "What transfer learning and fine-tuning are.",
    },
    "cross_validation": {
        "expert": (
            "Cut the rows into k roughly equal slices and run k experiments: in each one a "
            "different slice sits out as the exam and the model is fit on the other k-1, then "
            "average the k exam scores and look at their spread. Five or ten slices is the "
            "usual setting. The payoff is a steadier estimate: with few rows, one particular "
            "exam slice can be lucky or unlucky, so a single hold-out number wobbles a lot, "
            "whereas rotating uses every row for grading exactly once. That makes it the "
            "right tool when the dataset is small, or when I'm choosing hyperparameters or "
            "between models and don't want the choice driven by one noisy split - though I "
            "still lock away a final test set, because the score I selected on is optimistic. "
            "The price is k fits instead of one, so with a huge dataset or a model that "
            "trains for days a single split is fine. And the slicing has to respect the "
            "structure: for temporal data train only on the past and grade on the next "
            "window, keep every row from the same user or patient in one slice, and stratify "
            "when a class is rare."
        ),
        "short": (
            "You split the data into k folds, train on k-1 of them and validate on the "
            "held-out one, rotate through all k and average. It's worth the cost mainly when "
            "data is small and a single split would give a noisy estimate."
        ),
        "wrong": (
            "K-fold cross-validation splits the data into k folds and trains k models, each "
            "on a single fold, then evaluates each model on the other k-1 folds and keeps the "
            "best-scoring fold's model as the final one. Typical k is 5 or 10. The big "
            "advantage is that cross-validation replaces the test set: since every example "
            "has been used for validation, the averaged cross-validation score is an unbiased "
            "estimate of final performance, even after tuning hyperparameters on it, so you "
            "don't need a separate held-out test set. It's also the best choice for time "
            "series, where shuffled k-fold gives each model a mix of past and future data, "
            "which helps it learn seasonality. And it's mostly worth the cost when the data "
            "is huge."
        ),
        "hedge": (
            "Validation strategy is something you adapt to the situation. I'd look at how "
            "much data and compute we have, pick a sensible scheme, and make sure the results "
            "are stable before trusting them."
        ),
        "off_topic": (
            "The bootstrap estimates the uncertainty of a statistic by resampling the dataset "
            "with replacement many times, recomputing the statistic on each resample, and "
            "reading a confidence interval off the spread of those values, for example the "
            "2.5th and 97.5th percentiles. It needs no distributional formula, which makes it "
            "handy for metrics like AUC or a median."
        ),
        "wrong_why": (
            "Trains on one fold instead of k-1, claims CV removes the need for a test set "
            "even after tuning, recommends shuffled folds for time series, and says it pays "
            "off for huge rather than small data."
        ),
        "off_topic_is": "How the bootstrap gives confidence intervals.",
    },
    "data_leakage": {
        "expert": (
            "It's when the model, while being fit, gets a peek at something it won't have at "
            "the moment it actually makes decisions - a glimpse of the exam or of the future "
            "- so offline scores look great and then collapse in production. Common doors it "
            "slips through: computing a normaliser, imputation values or target encodings "
            "over the whole table before carving out the evaluation rows; splitting "
            "time-stamped data at random, or building an aggregate that includes events after "
            "the prediction moment, so next month informs a prediction about this month; and "
            "fields that only get filled in because of the outcome, like a refund_approved_by "
            "column in a fraud table that exists only once the case is resolved. Duplicates "
            "straddling train and test, or the same patient on both sides, are another. The "
            "defence is structural: carve out the evaluation set first, by time or by entity; "
            "wrap every fitted transformation in a pipeline that is fit on the training "
            "portion only; compute features as of a snapshot timestamp; and for each feature "
            "ask whether that value would exist, with that content, at the instant we score."
        ),
        "short": (
            "Data leakage is when information from the test set or from the future gets into "
            "training, so offline metrics look better than they will in production. A classic "
            "case is fitting a scaler on the full dataset before splitting."
        ),
        "wrong": (
            "Data leakage is when sensitive training data leaks out of the model, for example "
            "when a language model memorises and reveals personal information, so it's mostly "
            "a privacy and security problem. It sneaks into a pipeline when features aren't "
            "encrypted or when logs are exposed. To design against it, the recommended "
            "practice is to normalise and impute the whole dataset first, so train and test "
            "share the same statistics, and only then split; to shuffle time-series data "
            "randomly so the model sees all time periods; and to add features like the case "
            "resolution status, because they're highly predictive of the label. Differential "
            "privacy and access control then stop the leakage."
        ),
        "hedge": (
            "Leakage can come from many places, so I'd be careful throughout the pipeline, "
            "review the code, and keep an eye out for any result that looks too good to be "
            "true. Solid engineering practices go a long way here."
        ),
        "off_topic": (
            "For a heavily imbalanced target I'd keep the natural class mix in the evaluation "
            "data, and on the training side try class weights in the loss, or undersample the "
            "majority or oversample the minority class, SMOTE being one option. Then I'd pick "
            "the operating threshold from the costs of the two error types and judge "
            "everything with precision-recall rather than accuracy."
        ),
        "wrong_why": (
            "Defines leakage as a privacy breach and then recommends the leaky practices "
            "themselves: scaling before splitting, random splits on time series, and "
            "outcome-derived features."
        ),
        "off_topic_is": "How to handle class imbalance during training.",
    },
}

_CLASSICAL_ALGORITHMS: dict[str, dict[str, str]] = {
    "bagging_vs_boosting": {
        "expert": (
            "Both glue many predictors together, but in opposite spirits. The first builds a "
            "committee of equals: draw n rows with replacement several times, fit a deep, "
            "flexible learner to each draw independently - they can all train at once - and "
            "average their votes; each member is noisy, but their noise partly cancels, so "
            "the average is much steadier than any single member, which means the spread part "
            "of the error shrinks while the systematic part stays roughly where one deep tree "
            "had it. A random forest is that idea applied to trees, with the extra twist that "
            "each split may only look at a random handful of columns, so the members disagree "
            "more and the averaging buys more. The second builds a relay: learners are fit "
            "one after another, each aimed at whatever the current ensemble still gets wrong "
            "(reweighted examples in AdaBoost, the loss gradient in gradient boosting), "
            "usually with small, stiff trees, so the sum becomes expressive step by step and "
            "mainly chips away at the systematic error. XGBoost, LightGBM and CatBoost are "
            "the household names there. In practice the relay tends to win on tabular "
            "problems once tuned, while the committee is embarrassingly parallel and hard to "
            "misconfigure."
        ),
        "short": (
            "Bagging trains models in parallel on bootstrap samples and averages them to cut "
            "variance, as in a random forest; boosting trains them one after another on the "
            "remaining errors to cut bias, as in gradient boosting or XGBoost."
        ),
        "wrong": (
            "Bagging trains models sequentially, where each new model focuses on the examples "
            "the previous ones got wrong, and that process mainly reduces bias; the standard "
            "example is XGBoost. Boosting, on the other hand, trains many models "
            "independently in parallel on bootstrap samples and averages their predictions, "
            "which makes it primarily a variance-reduction technique, and random forest is "
            "the classic boosting algorithm. Because boosting averages independent deep "
            "trees, it's very robust to hyperparameters, while bagging, being sequential, is "
            "the one that overfits easily and needs careful tuning of the learning rate and "
            "the number of rounds."
        ),
        "hedge": (
            "Both are ensemble methods and both work well in practice. Which one to use "
            "depends on the dataset, so I'd benchmark them against each other and keep "
            "whichever validates best."
        ),
        "off_topic": (
            "Stacking trains several different base models and then fits a meta-model on "
            "their out-of-fold predictions, so it learns how much to trust each base model "
            "and where. The key detail is producing the meta-features with cross-validation, "
            "so the meta-learner never sees predictions made on rows the base models were "
            "trained on."
        ),
        "wrong_why": (
            "Swaps the two methods: bagging is the parallel bootstrap-and-average variance "
            "reducer (random forest), boosting the sequential bias reducer (XGBoost)."
        ),
        "off_topic_is": "How stacking (a learned meta-model over base models) works.",
    },
    "linear_regression": {
        "expert": (
            "The predictor is affine: y_hat = w^T x + b, one coefficient per input plus an "
            "intercept. Fitting means choosing w and b to minimise the average squared "
            "residual, (1/n)||Xw + b - y||^2, and because that objective is a convex "
            "quadratic there are two routes. Set its gradient to zero and you get X^T X w = "
            "X^T y, solved directly (in practice with a QR or Cholesky factorisation rather "
            "than an explicit inverse), which is exact but costs roughly the cube of the "
            "number of inputs and needs X^T X in memory. Or walk downhill iteratively with "
            "batch or stochastic gradient steps, which is what you do when there are very "
            "many rows or columns or the data streams in. The textbook statistical guarantees "
            "rest on: the response really is linear in the parameters, the residuals are "
            "independent of one another, their spread is the same across the range of the "
            "inputs, and, for the t-tests and confidence intervals on coefficients, the "
            "residuals are roughly Gaussian. Nothing requires the inputs themselves to be "
            "Gaussian; strong collinearity among them just makes the coefficients unstable."
        ),
        "short": (
            "It predicts y as a weighted sum of the features plus a bias and is fit by "
            "minimising mean squared error, either in closed form with the normal equation or "
            "with gradient descent when the data is large."
        ),
        "wrong": (
            "Linear regression predicts the output as a weighted sum of the features passed "
            "through a sigmoid, and it's trained by minimising mean absolute error, because "
            "least squares is too sensitive. You can fit it with the closed-form normal "
            "equation w = (X X^T)^-1 y, which is cheap even for millions of features since "
            "it's linear in the feature count, or with gradient descent, which is only needed "
            "for small datasets. The classical assumptions are that each feature is normally "
            "distributed, that the features are independent of the target, and that the error "
            "variance grows with the prediction; if the input features aren't Gaussian the "
            "model is invalid and you have to transform them first."
        ),
        "hedge": (
            "Linear models make a good baseline for most problems. I'd start simple, check "
            "how well it fits, look at the residuals and the metrics, and then decide whether "
            "something more complex is needed."
        ),
        "off_topic": (
            "R-squared is one minus the residual sum of squares over the total sum of "
            "squares, the share of the target's variation around its mean that the model "
            "accounts for. On training data it never drops when you add features, which is "
            "why adjusted R-squared penalises the feature count, and on held-out data it can "
            "go negative when the model does worse than predicting the mean."
        ),
        "wrong_why": (
            "Adds a sigmoid, calls the loss MAE, garbles the normal equation and its cost, "
            "and puts the normality assumption on the features (it concerns residuals) with "
            "growing error variance as an assumption."
        ),
        "off_topic_is": "What R-squared measures and its pitfalls.",
    },
    "logistic_regression_gradient": {
        "expert": (
            "We squash a linear score s = w.x + b with sigma(s) = 1/(1 + e^-s) and read the "
            "result as the chance the label is 1. Treat each label as a coin flip with that "
            "bias: the log-likelihood of one example is y log sigma + (1 - y) log(1 - sigma), "
            "and we minimise its negative, averaged over the data. Now chain backwards. The "
            "outer piece gives dl/dsigma = -y/sigma + (1 - y)/(1 - sigma). The squashing "
            "function has the neat self-referential slope dsigma/ds = sigma(1 - sigma). "
            "Multiply the two and the denominators cancel: -y(1 - sigma) + (1 - y)sigma = "
            "sigma - y. Finally ds/dw = x, so per example the weight gradient is (sigma(s) - "
            "y) x, the intercept gets just (sigma - y), and over a batch it's (1/n) X^T (p - "
            "y) - prediction minus truth, times the input - which a descent step subtracts."
        ),
        "short": (
            "It models P(y=1|x) as sigmoid(w.x + b) and minimises binary cross-entropy. "
            "Chaining the loss derivative, the sigmoid's derivative p(1-p) and the linear "
            "score, the terms cancel to a gradient of (p - y)x."
        ),
        "wrong": (
            "Logistic regression puts a sigmoid over w.x + b and is trained with mean squared "
            "error between that probability and the label, which keeps the loss convex. For "
            "the derivation, the loss for one example is (p - y)^2, so dL/dp = 2(p - y); the "
            "sigmoid's derivative is p(1 + p); and the linear score contributes x. Chaining "
            "them gives 2(p - y) p(1 + p) x. If you use cross-entropy instead you get the "
            "short version, (y - p) times x, which is the gradient of the loss, so the "
            "descent step subtracts lr * (y - p) * x from the weights. The bias gradient is "
            "just the sum of x."
        ),
        "hedge": (
            "The derivation is standard calculus: you set up the loss and differentiate it "
            "step by step. In practice the library handles it, so I'd focus on making sure "
            "the model is trained and validated properly."
        ),
        "off_topic": (
            "Each logistic-regression coefficient is the change in the log-odds of the "
            "positive class for a one-unit increase in that feature, holding the others "
            "fixed, so exp(w_j) is an odds ratio; a coefficient of 0.7 roughly doubles the "
            "odds. With correlated features the individual values become unstable, and "
            "without scaling their magnitudes can't be compared across features."
        ),
        "wrong_why": (
            "Uses MSE and calls it convex, gives the sigmoid derivative as p(1+p), and flips "
            "the loss gradient to (y - p)x while still subtracting it, which climbs the loss."
        ),
        "off_topic_is": "How to interpret logistic-regression coefficients (log-odds, odds ratios).",
    },
    "decision_tree": {
        "expert": (
            "Growing one is a greedy search: at each node, try every column and every cut "
            "point on it, keep the single question 'is x_j <= t?' that leaves the two "
            "children purest - the biggest drop in Gini or entropy for labels, in squared "
            "error for numeric targets - then recurse on each side until a depth or "
            "minimum-size rule stops it. There's no look-ahead, so each choice is only "
            "locally best. A terminal node answers with the most common label among the "
            "training rows that landed in it (or their class frequencies, as a probability), "
            "or with their average target for regression. Upsides: you can read a path as a "
            "rule, it picks up thresholds and interactions without hand-built features, it "
            "mixes categorical and numeric columns happily, and since it only ever compares "
            "one column against a threshold, any monotone rescaling of a column changes "
            "nothing. Downsides: grown deep it memorises the training set, and nudging a few "
            "rows can produce a completely different tree, so its piecewise-constant "
            "predictions are jumpy. That's why in practice you average or boost many of them "
            "rather than ship one."
        ),
        "short": (
            "At each node it greedily picks the feature and threshold that most reduce "
            "impurity, such as Gini, and a leaf predicts the majority class or the mean "
            "target. Trees are interpretable, but a single deep one overfits, so ensembles "
            "are used in practice."
        ),
        "wrong": (
            "A decision tree decides where to split by finding the globally optimal tree: it "
            "searches over all possible trees and keeps the one with the lowest total Gini "
            "impurity, which is why trees don't overfit. Before training you must standardize "
            "every feature, because split thresholds work like distances and unscaled "
            "features dominate the impurity calculation. Each leaf predicts a weighted "
            "average of all the training labels, weighted by their distance to the leaf. The "
            "big strength is stability: small changes in the data barely change the "
            "structure, so a single deep tree is usually better than a random forest, which "
            "mostly adds noise."
        ),
        "hedge": (
            "Trees are a popular choice and easy to use. I'd tune their parameters on "
            "validation data and compare them with other models to see how they do on our "
            "particular problem."
        ),
        "off_topic": (
            "Impurity-based feature importance sums the impurity reduction each feature "
            "achieves over all splits in all trees of the ensemble. It's biased toward "
            "continuous and high-cardinality features, so permutation importance, shuffling "
            "one column in held-out data and measuring how much the score drops, is the more "
            "trustworthy check."
        ),
        "wrong_why": (
            "Claims a global search that cannot overfit, says trees need scaled features, "
            "misstates what a leaf predicts, and calls single trees stable and better than "
            "forests."
        ),
        "off_topic_is": "How feature importance is computed for tree ensembles.",
    },
    "kmeans": {
        "expert": (
            "Pick k starting centres, then alternate two moves: hand every point to whichever "
            "centre is closest in squared Euclidean distance, and relocate each centre to the "
            "average of the points it was handed, stopping once the hand-out no longer "
            "changes. What's being driven down is sum_i ||x_i - mu_c(i)||^2, the total "
            "squared distance from points to their own centre: the first move can't raise it "
            "for fixed centres, the second can't raise it for a fixed hand-out (the mean is "
            "the point minimising squared distance), and there are finitely many hand-outs, "
            "so it must stop - but at a fixed point that depends on where it started, not "
            "necessarily the best partition. Hence careful seeding: the ++ scheme picks each "
            "new seed with probability proportional to its squared distance to the nearest "
            "seed already chosen, which spreads them out, and you run several restarts and "
            "keep the lowest total. For k, plot that total against k and look for the knee "
            "where extra centres stop buying much, check the silhouette, or let the use case "
            "fix it, say five customer tiers because marketing runs five campaigns."
        ),
        "short": (
            "Assign every point to its nearest centroid, move each centroid to the mean of "
            "its points, and repeat until nothing changes. It minimises the within-cluster "
            "sum of squares, and you pick k with the elbow method or the silhouette score."
        ),
        "wrong": (
            "K-means starts by assigning every point to a random cluster and then moves each "
            "centroid to the median of its points, repeating until convergence. The objective "
            "it maximises is the distance between the cluster centroids, and because that "
            "objective is convex, k-means always converges to the globally optimal clustering "
            "regardless of initialization, so k-means++ is just a speed trick. To choose k, "
            "you take whichever k gives the lowest inertia, since lower within-cluster sum of "
            "squares always means a better clustering."
        ),
        "hedge": (
            "Clustering is pretty exploratory, so I'd run it with a few settings, look at the "
            "clusters, and see whether they make sense for the business. The right choice "
            "usually depends on the use case."
        ),
        "off_topic": (
            "DBSCAN groups points by density: a point with at least minPts neighbours within "
            "radius epsilon is a core point, clusters are chains of core points plus the "
            "points they reach, and anything left over is labelled noise. It finds "
            "arbitrarily shaped clusters and doesn't need the number of clusters up front, "
            "but a single epsilon struggles when clusters have very different densities."
        ),
        "wrong_why": (
            "Uses medians and a between-centroid objective, claims a convex objective with a "
            "guaranteed global optimum, and picks k by lowest inertia, which always favours "
            "more clusters."
        ),
        "off_topic_is": "How DBSCAN clusters by density.",
    },
    "svm_kernel": {
        "expert": (
            "Among all flat separators that put the two classes on opposite sides, it picks "
            "the one with the widest empty corridor between them: minimise (1/2)||w||^2 "
            "subject to y_i(w.x_i + b) >= 1, the corridor being 2/||w|| wide, with slack "
            "variables and a penalty C when the classes overlap, which is the hinge loss. At "
            "the optimum the solution is a weighted combination of only the training points "
            "sitting on the corridor's edge or inside it (or on the wrong side); every other "
            "point gets zero weight and could be deleted without moving the boundary, and "
            "those load-bearing points are the support vectors. The dual problem touches the "
            "data only through inner products x_i.x_j, so each one can be replaced by k(x_i, "
            "x_j) = <phi(x_i), phi(x_j)>, an inner product in a much bigger, even "
            "infinite-dimensional, space that is never constructed, which buys a curved "
            "boundary in the original space for the price of evaluating k on pairs. Usual "
            "choices are the plain dot product, polynomial (x.z + c)^d, and the Gaussian "
            "exp(-gamma ||x - z||^2). The catch is the n-by-n Gram matrix: quadratic memory "
            "and worse-than-quadratic training time, so nowadays it's mostly a "
            "small-to-medium data tool, with boosted trees and neural nets having taken over "
            "elsewhere."
        ),
        "short": (
            "An SVM finds the separating hyperplane with the largest margin, and the support "
            "vectors are the points on or inside the margin that define it. The kernel trick "
            "gives non-linear boundaries by computing inner products in a high-dimensional "
            "space without ever building that space."
        ),
        "wrong": (
            "An SVM minimises the margin between the two classes so the boundary hugs the "
            "data as tightly as possible. The support vectors are the points furthest from "
            "the boundary, because they anchor the outer edges of each class, and the points "
            "near the boundary don't affect the solution. The kernel trick solves a speed "
            "problem: it explicitly maps every data point into the high-dimensional feature "
            "space first, using the polynomial or RBF transform, and then runs a linear SVM "
            "there, which is faster than working in the original space. That's why kernel "
            "SVMs scale well to hundreds of millions of examples."
        ),
        "hedge": (
            "SVMs are one of the classic methods and they can work well with the right "
            "settings. I'd tune the hyperparameters with cross-validation and compare against "
            "other models before committing to one."
        ),
        "off_topic": (
            "The perceptron cycles through the training points and, whenever one is "
            "misclassified, adds y_i x_i to the weight vector. If the data are linearly "
            "separable it stops after a finite number of mistakes, bounded by (R/gamma)^2, "
            "but it stops at whichever separator it reaches first rather than a particularly "
            "good one, and on non-separable data it never settles."
        ),
        "wrong_why": (
            "Says an SVM minimises the margin, names the farthest points as support vectors, "
            "says the kernel trick builds the mapping explicitly, and claims kernel SVMs "
            "scale to huge datasets."
        ),
        "off_topic_is": "How the perceptron learning rule works.",
    },
}

_DEEP_LEARNING: dict[str, dict[str, str]] = {
    "batchnorm_vs_layernorm": {
        "expert": (
            "Picture the activations as a matrix with one row per example in the minibatch "
            "and one column per feature. One scheme standardises down each column: for every "
            "feature (every channel, in a conv net, pooling over spatial positions too) it "
            "takes the mean and variance over the rows of the current minibatch, and it keeps "
            "exponential running averages of those numbers for test time, when you can't rely "
            "on having a batch. The other standardises along each row: every example is "
            "centred and scaled using only its own feature vector, so it doesn't care what "
            "else is in the batch and computes exactly the same thing in training and in "
            "serving. Both then apply a learned per-feature scale and shift. Sequence models "
            "want the row-wise version because per-column statistics get flaky with small or "
            "variable minibatches and with padded sequences of different lengths, and because "
            "autoregressive decoding handles one token at a time; vision CNNs historically "
            "stayed with the column-wise one. Many current LLMs go further and drop the "
            "centring, dividing each row only by its root-mean-square, which is cheaper and "
            "works about as well."
        ),
        "short": (
            "Batch norm normalizes each feature using statistics across the examples in the "
            "batch; layer norm normalizes each example across its own features. Transformers "
            "use layer norm because it doesn't depend on batch size or padding and behaves "
            "the same at training and inference."
        ),
        "wrong": (
            "Batch normalization normalizes each example across its own features, computing "
            "one mean and variance per token, while layer normalization computes a mean and "
            "variance per feature across all the examples in the batch and keeps running "
            "statistics for inference. Transformers use layer norm precisely because pooling "
            "statistics across the batch gives a more stable estimate for long sequences, "
            "which is why it works best with very large batches. CNNs use batch norm since "
            "images have a fixed size, so per-example normalization is fine there. RMSNorm, "
            "used in modern LLMs, is layer norm with an extra batch-mean subtraction step "
            "added."
        ),
        "hedge": (
            "Normalization layers generally make training more stable. Which one to use "
            "depends on the architecture, so I'd follow what works for similar models and "
            "experiment if needed."
        ),
        "off_topic": (
            "He initialisation draws weights with variance 2/fan_in, so that with ReLU "
            "zeroing about half of the pre-activations the signal's variance stays roughly "
            "constant from layer to layer; Xavier or Glorot initialisation uses about "
            "2/(fan_in + fan_out) and suits tanh. Without this kind of scaling, activations "
            "and gradients grow or shrink geometrically with depth."
        ),
        "wrong_why": (
            "Swaps the axes: batch norm normalises each feature over the batch (with running "
            "stats), layer norm each example over its features; RMSNorm removes mean-centring "
            "rather than adding a batch mean."
        ),
        "off_topic_is": "How Xavier/He weight initialisation keeps activations stable.",
    },
    "attention_scaling": {
        "expert": (
            "Out = softmax(Q K^T / sqrt(d_k)) V, with the softmax taken row-wise over the "
            "keys. Why the root: suppose the query and key components are roughly independent "
            "with mean zero and variance one. Then q.k = sum over i = 1..d_k of q_i k_i is a "
            "sum of d_k terms that each have variance one, so its variance is d_k and its "
            "typical size sqrt(d_k); at d_k = 128 the raw logits routinely land around plus "
            "or minus 10 or more. An exponential over numbers that spread that far apart "
            "piles nearly all the mass on the largest one, so each row is almost a hard "
            "argmax. In that regime the softmax Jacobian, diag(p) - p p^T, is close to zero "
            "everywhere, so the query and key projections get tiny gradients, learning crawls "
            "or turns unstable, and a head can't express soft mixtures. Dividing by sqrt(d_k) "
            "pulls the logits back to roughly unit variance whatever the head width, so every "
            "head starts at a sensible temperature."
        ),
        "short": (
            "It's softmax(QK^T / sqrt(d_k)) V. The dot product's variance grows with d_k, so "
            "without the scaling the softmax saturates and its gradients vanish."
        ),
        "wrong": (
            "Scaled dot-product attention is softmax(QK^T) V / sqrt(d_k): you take the "
            "softmax of the raw scores, multiply by V, and then divide by the square root of "
            "the key dimension. The division by sqrt(d_k) is what turns the scores into "
            "probabilities, since without it the attention weights wouldn't sum to one. It's "
            "also an efficiency win: dividing by sqrt(d_k) reduces the magnitude of the "
            "numbers so the matrix multiply can run in lower precision, which makes attention "
            "faster and saves memory. Without the factor the scores would be too small and "
            "the softmax would become uniform, so the model would attend to everything "
            "equally."
        ),
        "hedge": (
            "The scaling is one of those design details that helps the model train well. In "
            "practice I'd keep the standard implementation and watch the training curves to "
            "make sure everything stays stable."
        ),
        "off_topic": (
            "Multi-head attention runs several attention operations in parallel, each with "
            "its own learned projections of the queries, keys and values into a "
            "d_model/h-dimensional subspace; the head outputs are concatenated and mixed by "
            "an output projection. With d_head = d_model/h the cost matches a single "
            "full-width head, but different heads can specialise in different relations, such "
            "as nearby tokens or syntactic links."
        ),
        "wrong_why": (
            "Puts the scaling after the softmax, says the division is what normalises scores "
            "into probabilities and is for speed or memory, and reverses the failure: "
            "unscaled scores are too large and saturate the softmax."
        ),
        "off_topic_is": "What multi-head attention is and why several heads are used.",
    },
    "attention_long_sequences": {
        "expert": (
            "Every token scores itself against every other token, so the score matrix is n x "
            "n: time and activation memory scale with n squared, times the number of heads "
            "and layers. Concretely, 10,000 tokens already means 10^8 entries per head per "
            "layer, and at 100k it's 10^10, about 20 GB in half precision for a single head's "
            "matrix if you materialise it. Options, roughly from free to lossy. First, an "
            "IO-aware fused kernel (Tri Dao's tiled one that everyone ships now) loads blocks "
            "of Q, K and V into the GPU's small on-chip SRAM, keeps a running max and "
            "normaliser so the softmax can be done piecewise, and never writes the full score "
            "matrix to HBM, so memory becomes linear in n and it runs faster because the "
            "bottleneck was memory traffic rather than arithmetic, while the result is the "
            "exact same attention, up to floating-point reordering; the quadratic arithmetic "
            "remains, though. Second, restrict who sees whom: a sliding window of w tokens, "
            "plus a few global tokens, or a block-sparse pattern costs O(n w). Third, "
            "approximate: kernelised linear attention or low-rank projections of the keys get "
            "linear cost but give up exactness and often quality. And outside the model, "
            "retrieve the relevant chunks instead of stuffing in 100k tokens, or split the "
            "sequence across GPUs if you really need all of it."
        ),
        "short": (
            "The score matrix is n by n, so cost is quadratic in the sequence length. For "
            "100k tokens I'd use FlashAttention to avoid materialising that matrix, plus "
            "sliding-window or sparse attention to make the cost linear."
        ),
        "wrong": (
            "Self-attention cost is linear in sequence length, since each token computes just "
            "one query, so the real problem at 100k tokens is the feed-forward layers rather "
            "than attention. For long inputs the standard fix is FlashAttention, which "
            "approximates the attention matrix with a low-rank factorisation so it only "
            "computes the most important scores; it's lossy, but the error is small. It "
            "speeds things up by reducing the number of FLOPs, because compute is the "
            "bottleneck on GPUs. Sliding-window attention goes the other way and makes the "
            "cost quadratic in the window, so I'd avoid it at 100k tokens."
        ),
        "hedge": (
            "Long inputs are a known challenge. I'd profile the model, see where the "
            "bottleneck is, try a few of the efficient approaches from the literature, and "
            "keep whatever gives the best tradeoff."
        ),
        "off_topic": (
            "Rotary embeddings rotate pairs of query and key dimensions by angles "
            "proportional to the token's position, at a spread of frequencies, so the "
            "query-key dot product depends only on the relative offset between the two "
            "tokens. To stretch a model past its training length you rescale those "
            "frequencies, with position interpolation or NTK-aware or YaRN scaling, and "
            "briefly fine-tune on longer sequences."
        ),
        "wrong_why": (
            "Says attention is linear in length and that FlashAttention is an approximate, "
            "FLOP-reducing low-rank method; it computes exact attention and saves memory "
            "traffic, and the n-by-n score matrix is the real cost."
        ),
        "off_topic_is": "How rotary position embeddings work and are extended to longer contexts.",
    },
    "dropout_regularization": {
        "expert": (
            "While training, for every example and every forward pass, each unit in the layer "
            "is independently switched off with probability p, its output multiplied by zero, "
            "and the survivors are boosted by 1/(1-p) so the layer's expected output equals "
            "what it would be with everyone present. At test time nobody is switched off, and "
            "thanks to that boost no correction is needed, so the network is deterministic; "
            "the original paper did it the other way round, no boost in training and weights "
            "multiplied by the keep probability 1-p at test time, which gives the same "
            "expectation. Why it helps: a unit can't count on any particular colleague being "
            "around, so features can't form fragile conspiracies that only work in "
            "combination, and each has to be useful more or less on its own. Another way to "
            "see it: each step trains a different random thinned sub-network, all sharing "
            "parameters, and the full network at test time approximates averaging that "
            "exponentially large family. Rates between 0.1 and 0.5 are typical; big "
            "pretrained transformers often run with 0 or 0.1, while smaller nets and "
            "embedding layers still benefit."
        ),
        "short": (
            "In training, each activation is zeroed with probability p and the rest are "
            "scaled by 1/(1-p); at inference nothing is dropped. It regularizes because units "
            "can't co-adapt, a bit like averaging an ensemble of subnetworks."
        ),
        "wrong": (
            "Dropout permanently removes a random fraction p of the neurons at the start of "
            "training, which shrinks the network, and that's why it regularizes: fewer "
            "parameters means less overfitting. At inference you keep dropping neurons with "
            "the same probability p so that the model sees the same conditions it was trained "
            "under, and you scale the outputs by 1/(1-p). It works because it makes neurons "
            "co-adapt more tightly to each other, and typical rates are 0.8 to 0.95 for large "
            "transformers."
        ),
        "hedge": (
            "Dropout is a common regularizer that a lot of people use. I'd include it if we "
            "see overfitting and tune the rate based on validation performance."
        ),
        "off_topic": (
            "Early stopping monitors the validation loss during training and keeps the "
            "checkpoint with the best value, stopping once it hasn't improved for a set "
            "patience. It limits how far the weights can travel from their initialisation, "
            "which for gradient descent on a quadratic loss behaves much like an L2 penalty."
        ),
        "wrong_why": (
            "Says neurons are removed permanently, keeps dropping at inference, claims "
            "dropout increases co-adaptation, and gives absurd rates for transformers."
        ),
        "off_topic_is": "How early stopping works as a regularizer.",
    },
    "optimizers": {
        "expert": (
            "The bare method: take the minibatch slope and step against it, theta <- theta - "
            "eta * g. Adding inertia: keep v <- beta * v + g with beta around 0.9 and step "
            "along v, so consistent directions accumulate speed, zig-zags across a narrow "
            "valley cancel, and you coast through plateaus and noise. The Kingma-Ba method "
            "keeps that running average of g as a first moment plus a running average of g^2 "
            "as a second moment, divides the first by the square root of the second so every "
            "coordinate gets its own effective step size - large for rarely-moving "
            "parameters, small for jittery ones - and corrects both averages for having "
            "started at zero. Its decoupled sibling fixes how shrinkage interacts with that: "
            "if you put lambda ||theta||^2 into the loss, its gradient gets divided by the "
            "second-moment term too, so heavily-updated weights are barely decayed; instead "
            "you shrink theta directly by eta * lambda * theta outside the adaptive step. For "
            "a transformer today: the decoupled one with betas around (0.9, 0.95) and decay "
            "around 0.1, a linear ramp-up of the step size over the first few thousand steps "
            "followed by cosine decay, gradient clipping - and you still have to tune the "
            "peak rate."
        ),
        "short": (
            "SGD steps against the gradient, momentum adds a running velocity, Adam adds "
            "per-parameter step sizes from a running average of squared gradients, and AdamW "
            "decouples weight decay from that. For a transformer I'd use AdamW with warmup "
            "and cosine decay."
        ),
        "wrong": (
            "Plain SGD already adapts the learning rate per parameter, and momentum adds a "
            "penalty on large weights, which is where it gets its regularization effect. Adam "
            "is basically SGD with momentum plus weight decay, and its main selling point is "
            "that it needs no learning-rate tuning: the default 1e-3 works for everything, so "
            "you never need a schedule. AdamW is Adam with warmup built in; mathematically, "
            "adding an L2 term to the loss under Adam is identical to weight decay, and the W "
            "just refers to the warmup. For transformers I'd use plain SGD without momentum, "
            "because adaptive methods generalise worse on language models."
        ),
        "hedge": (
            "There are a lot of optimizers and each has its tradeoffs. I'd usually start with "
            "whatever is standard for the model family and then tune the hyperparameters on a "
            "validation set."
        ),
        "off_topic": (
            "Gradient clipping rescales the gradient whenever its global L2 norm exceeds a "
            "threshold c, replacing g with g * c / ||g||, which keeps the direction but caps "
            "the step size. It protects against the occasional exploding batch in RNNs and "
            "transformers, and a threshold around 1.0 is common."
        ),
        "wrong_why": (
            "Misattributes what each optimizer adds (momentum is not a weight penalty, Adam "
            "adds second-moment scaling), claims Adam needs no learning-rate tuning, equates "
            "L2 with decoupled decay under Adam, and recommends plain SGD for transformers."
        ),
        "off_topic_is": "What gradient clipping does.",
    },
    "grouped_query_attention": {
        "expert": (
            "Start from ordinary multi-head attention, where every head has its own query, "
            "key and value projection. The sharing variants keep per-head queries but let "
            "heads pool their keys and values: in the extreme, all query heads read a single "
            "key/value pair (Shazeer's 2019 one-write-head version), and in the middle ground "
            "the query heads are partitioned into G groups, each group sharing one key/value "
            "pair, as in Llama 2 70B or Mistral. Setting G equal to the head count gives back "
            "the original, G = 1 gives the extreme. The motivation is decoding: each "
            "generated token has to stream every layer's cached keys and values out of HBM, "
            "and that byte traffic, not arithmetic, sets the token rate, so a cache that is "
            "h/G times smaller means each step reads less and more sequences or longer "
            "contexts fit on the same GPU. The price is representational: a single shared "
            "pair for everyone measurably hurts quality and can make training less stable, "
            "whereas a handful of groups recovers nearly all of it, and existing checkpoints "
            "can be converted by mean-pooling the key and value heads and briefly continuing "
            "training."
        ),
        "short": (
            "They let several query heads share key and value heads: MQA uses one K/V head "
            "for all queries, GQA one per group of query heads. That shrinks the KV cache and "
            "speeds up memory-bound decoding, at a small quality cost, mostly for MQA."
        ),
        "wrong": (
            "Multi-query and grouped-query attention share the query projections across "
            "heads, so all heads ask the same question, while each head keeps its own keys "
            "and values. This mostly saves compute during training, since the query "
            "projection is the most expensive part of attention; the KV cache stays exactly "
            "the same size as in standard multi-head attention. GQA with n_kv_heads equal to "
            "1 is the same as standard multi-head attention, and setting it equal to the "
            "number of heads gives MQA. There's no quality cost at all, because queries are "
            "redundant between heads anyway."
        ),
        "hedge": (
            "These are attention variants that some recent models use for efficiency. I'd "
            "check what similar models do and benchmark it for our use case before deciding."
        ),
        "off_topic": (
            "PagedAttention, from vLLM, stores each sequence's KV cache in fixed-size blocks "
            "addressed through a block table, much like virtual-memory pages, instead of one "
            "contiguous preallocated region. That nearly eliminates fragmentation and "
            "over-reservation, lets sequences share prefix blocks copy-on-write, and so lets "
            "a server batch many more requests."
        ),
        "wrong_why": (
            "Says queries are shared (keys and values are), says the KV cache does not "
            "shrink, swaps the MHA and MQA special cases, and denies any quality cost."
        ),
        "off_topic_is": "How PagedAttention manages KV-cache memory in vLLM.",
    },
    "self_vs_cross_attention": {
        "expert": (
            "The question is who asks and who answers. In the self flavour a single stream of "
            "vectors plays all three roles: each position is projected three ways - what it "
            "is looking for, what it advertises, and what it hands over - so the sequence is "
            "consulting itself. In the cross flavour the asking side and the answering side "
            "are different streams: the side being generated produces the lookups, while the "
            "advertised and handed-over vectors are projections of another stream, typically "
            "the encoder's final states. In the classic sequence-to-sequence transformer, "
            "each encoder block is unmasked self-attention over the source; each decoder "
            "block first attends over the target prefix under a causal mask, then does a "
            "cross step in which target positions query the source representation, then the "
            "feed-forward layer. The same cross mechanism is how text models read images or "
            "audio, for example Flamingo-style layers where language tokens query visual "
            "features, or Stable Diffusion's U-Net querying the text encoder's outputs."
        ),
        "short": (
            "In self-attention the queries, keys and values all come from the same sequence; "
            "in cross-attention the queries come from the decoder and the keys and values "
            "from the encoder output."
        ),
        "wrong": (
            "In self-attention the queries come from the current sequence but the keys and "
            "values come from a separate memory bank, while in cross-attention all three come "
            "from the same sequence, just crossed between layers. In an encoder-decoder "
            "model, cross-attention appears in the encoder, where the encoder's queries "
            "attend over the decoder's outputs, and the decoder uses only unmasked "
            "self-attention. So in cross-attention the queries come from the encoder and the "
            "keys and values from the decoder, which is why the encoder has to wait for the "
            "decoder to finish before it can run."
        ),
        "hedge": (
            "They're two variations of the same attention mechanism used in different places. "
            "Which one you need depends on the architecture and the task you're modelling."
        ),
        "off_topic": (
            "A decoder blocks future tokens by masking the attention scores with a "
            "lower-triangular pattern: entries where the key position comes after the query "
            "position are set to minus infinity before the softmax, so they get zero weight. "
            "That lets training score every position in parallel without any token seeing the "
            "one it has to predict."
        ),
        "wrong_why": (
            "Swaps the definitions and the direction: cross-attention takes queries from the "
            "decoder and keys/values from the encoder output, and it lives in the decoder."
        ),
        "off_topic_is": "How causal masking works in a decoder.",
    },
}

SETS: dict[str, dict[str, str]] = {
    **_ML_FUNDAMENTALS,
    **_CLASSICAL_ALGORITHMS,
    **_DEEP_LEARNING,
}

# Chosen when the set was written, before any grader was tuned; never tune on these.
HOLDOUT: frozenset[str] = frozenset({
    "precision_vs_recall",
    "cross_validation",
    "decision_tree",
    "svm_kernel",
    "optimizers",
    "self_vs_cross_attention",
    "batchnorm_vs_layernorm",
})

TUNE: frozenset[str] = frozenset(SETS) - HOLDOUT
