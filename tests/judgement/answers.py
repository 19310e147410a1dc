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
            "from reacting too strongly to whichever examples happened to land in the "
            "training set, so it overfits. If training and validation error are both high "
            "it's bias, and if training error is low but validation error much higher it's "
            "variance."
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
            "variance, and you regularize more. The classic picture is the dartboard: bias is "
            "how spread out the darts are, and variance is how far their centre sits from the "
            "bullseye. Regularization, dropout and early stopping all increase variance, "
            "which is why they help an underfitting model, while a bigger model or more "
            "features reduces variance."
        ),
        "hedge": (
            "Every model has some mix of error sources, and which one matters most really "
            "depends on the dataset and the problem at hand. I'd look at the numbers, try a "
            "couple of different models, and see which one does better on the metrics we care "
            "about, then iterate from there."
        ),
        "off_topic": (
            "In k-fold cross-validation you partition the rows into k parts, train on k minus "
            "one of them and score on the part left out, rotating until every part has been "
            "held out once, then average the k scores. It gives a steadier performance "
            "estimate than a single split when data is limited, at the cost of k trainings, "
            "and for time-ordered data you switch to forward-chaining splits."
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
            "the two. You can also see it from the gradients: the L2 penalty pulls every "
            "weight toward zero with a constant force regardless of its size, so small "
            "weights get pushed all the way to zero, while the L1 pull is proportional to the "
            "weight and fades out near zero."
        ),
        "hedge": (
            "Regularization choice is really a hyperparameter question in the end. I'd try "
            "both options on a validation set, see which gives the better score, and go with "
            "that, adjusting the strength as needed."
        ),
        "off_topic": (
            "During training, dropout zeroes each hidden activation independently with some "
            "probability p and scales the survivors by 1/(1-p), so at inference the full "
            "network is used unchanged. Since a unit never knows which partners will be "
            "present, the features it learns are more robust, and you can view it as training "
            "a large family of weight-sharing subnetworks whose average you use at test time."
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
            "Precision = TP / (TP + FP), the fraction of flagged cases that truly are "
            "positive, and recall = TP / (TP + FN), the fraction of actual positives that get "
            "caught. Recall matters most for cancer screening, precision for a spam filter."
        ),
        "wrong": (
            "Precision measures how many of the truly positive cases the model manages to "
            "find, TP / (TP + FN), and recall is the fraction of the model's positive "
            "predictions that turn out to be correct, TP / (TP + FP). They trade off through "
            "the decision threshold: raising the threshold makes the model flag more items, "
            "so recall goes up while precision drops. For a cancer screening product I'd lean "
            "toward precision, because the worst outcome is telling a healthy patient they "
            "might have cancer, and for a spam filter I'd favour recall so that every spam "
            "email gets caught, even if some real emails end up in the spam folder. If you "
            "want one summary figure, F1 is the arithmetic mean of precision and recall. An "
            "easy way to remember it is that precision is about coverage of the real "
            "positives and recall is about how clean the flagged set is, which is why a model "
            "that flags everything has perfect precision."
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
            "comes in afterwards to clean up the output format. BERT-style masked language "
            "modelling is the unsupervised clustering variant of this, which is why it "
            "doesn't use a cross-entropy loss."
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
            "Cut the data into k parts; each part takes a turn as the validation set while "
            "the model trains on the rest, and you average the k scores. It's worth the cost "
            "mainly when data is small and a single split would give a noisy estimate."
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
            "is huge. On small datasets the cross-validation estimate is only less noisy if "
            "you use k = 2; with 5 or 10 folds each model sees so little data that the "
            "estimate has higher variance, so for a small dataset a single train/validation "
            "split is actually the more reliable choice."
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
            "privacy and access control then stop the leakage. A good example is target "
            "encoding: computing the mean label per category over the full dataset before "
            "splitting is the correct way to do it, because it gives the most stable "
            "estimates. Duplicates between the train and test split are harmless too, since "
            "the model has to score them correctly either way, and if offline metrics look "
            "suspiciously high that's just the sign of a strong model."
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
            "Bagging fits many models independently on resampled copies of the data and "
            "averages their predictions to reduce variance, like a random forest; boosting "
            "fits them one after another, each correcting the current errors, to reduce bias, "
            "like XGBoost."
        ),
        "wrong": (
            "Bagging trains models sequentially, where each new model focuses on the examples "
            "the previous ones got wrong, and that process mainly reduces bias; the standard "
            "example is XGBoost. Boosting, on the other hand, fits lots of models side by "
            "side, each on its own bootstrap resample, and averages what they predict, which "
            "makes it primarily a variance-reduction technique, and random forest is the "
            "classic boosting algorithm. Because boosting averages independent deep trees, "
            "it's very robust to hyperparameters, while bagging, being sequential, is the one "
            "that overfits easily and needs careful tuning of the learning rate and the "
            "number of rounds. Another way to say it: bagging uses shallow stumps with a "
            "learning rate, so each model is weak and the sequence adds up to a strong one, "
            "while boosting grows full-depth trees on bootstrap samples and decorrelates them "
            "with random feature subsets. Since bagging attacks bias, gradient boosting "
            "libraries like LightGBM and CatBoost are technically bagging methods, and random "
            "forests, being boosting, are what you reach for when a model is underfitting."
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
            "It predicts y as w dot x plus an intercept and is fit by minimising mean squared "
            "error, either in closed form with the normal equation or with gradient descent "
            "when the data is large."
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
            "model is invalid and you have to transform them first. Gradient descent and the "
            "normal equation also give different answers in general, since the loss isn't "
            "convex, so gradient descent only approximates the true least-squares fit. "
            "Multicollinearity isn't a concern either, because correlated features just make "
            "the coefficients more precise."
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
            "It passes w.x + b through a sigmoid to get the probability of the positive class "
            "and minimises binary cross-entropy. Chaining the loss derivative, the sigmoid's "
            "derivative p(1-p) and the linear score, the terms cancel to a gradient of (p - "
            "y)x."
        ),
        "wrong": (
            "Logistic regression puts a sigmoid over w.x + b and is trained with mean squared "
            "error between that probability and the label, which keeps the loss convex. For "
            "the derivation, the loss for one example is (p - y)^2, so dL/dp = 2(p - y); the "
            "sigmoid has slope p(1 + p); and the linear score contributes x. Chaining them "
            "gives 2(p - y) p(1 + p) x. If you use cross-entropy instead you get the short "
            "version, (y - p) times x, which is the gradient of the loss, so the descent step "
            "subtracts lr * (y - p) * x from the weights. The bias gradient is just the sum "
            "of x. The p(1 + p) factor is what makes the squared-error version well behaved: "
            "it never goes to zero, so even confidently wrong predictions get a healthy "
            "gradient."
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
        "off_topic_is": (
            "How to interpret logistic-regression coefficients (log-odds, odds ratios)."
        ),
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
            "Each node tries every feature and cut point and keeps the one that gives the "
            "purest children, by Gini for example, and a leaf predicts its majority class or "
            "its average target. Trees are interpretable, but a single deep one overfits, so "
            "ensembles are used in practice."
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
            "mostly adds noise. Internally each split compares Euclidean distances between "
            "examples, so with unscaled features a tree will split on whichever feature has "
            "the largest range. For regression trees the leaf predicts the median of the "
            "whole dataset, and trees can't capture interactions between features, since each "
            "split only looks at one feature, so you have to engineer the interactions by "
            "hand first."
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
            "Give each point to the closest centroid, recompute every centroid as the average "
            "of its points, and repeat until nothing changes. It minimises the within-cluster "
            "sum of squares, and you pick k with the elbow method or the silhouette score."
        ),
        "wrong": (
            "K-means starts by assigning every point to a random cluster and then moves each "
            "centroid to the median of its points, repeating until convergence. The objective "
            "it maximises is the distance between the cluster centroids, and because that "
            "objective is convex, k-means always converges to the globally optimal clustering "
            "regardless of initialization, so k-means++ is just a speed trick. To choose k, "
            "you take whichever k gives the lowest inertia, since lower within-cluster sum of "
            "squares always means a better clustering. Because the median update adapts to "
            "any shape, k-means finds elongated, ring-shaped and unevenly sized clusters just "
            "as well as spherical ones, and feature scaling doesn't matter since it compares "
            "points by cosine similarity. The elbow method is really a rule for "
            "initialization: you place the starting centroids at the elbow of the data "
            "distribution. K-means++ picks the k points closest to the overall mean as the "
            "starting centroids, which speeds up convergence but never changes the final "
            "clusters."
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
            "SVMs scale well to hundreds of millions of examples. Formally, the SVM maximises "
            "||w||^2 subject to the constraints, and the hinge loss is what keeps the margin "
            "narrow. The RBF kernel is just a linear kernel with a bias term, and the "
            "polynomial kernel is the one that gives infinite-dimensional features. Since the "
            "kernel matrix is only linear in the number of examples, memory is never a "
            "problem, which is why SVMs are still the default over gradient boosting and "
            "neural networks for large tabular and image datasets."
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
            "Batch norm standardises each feature with a mean and variance taken over the "
            "batch; layer norm standardises each example with the mean and variance of its "
            "own features. Transformers use layer norm because it doesn't depend on batch "
            "size or padding and behaves the same at training and inference."
        ),
        "wrong": (
            "Batch normalization standardises every example using only its own feature "
            "values, computing one mean and variance per token, while layer normalization "
            "takes per-feature statistics across all the examples in the batch and keeps "
            "running statistics for inference. Transformers use layer norm precisely because "
            "pooling statistics across the batch gives a more stable estimate for long "
            "sequences, which is why it works best with very large batches. CNNs use batch "
            "norm since images have a fixed size, so per-example normalization is fine there. "
            "RMSNorm, used in modern LLMs, is layer norm with an extra batch-mean subtraction "
            "step added. Batch norm behaves identically in training and inference because it "
            "only ever looks at the current example, while layer norm has to switch between "
            "batch statistics in training and stored running averages at inference, which is "
            "the main source of train-serving differences in transformers. With padded "
            "sequences of different lengths and tiny batches, layer norm's batch statistics "
            "stay reliable because the padding tokens increase the effective batch size."
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
            "equally. Some implementations simply divide by d_k instead of its square root, "
            "and it's the same thing in practice, because the only goal is a smaller number "
            "for the hardware."
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
            "an output projection. If each head gets d_model/h dimensions, the total cost "
            "matches a single full-width head, but different heads can specialise in "
            "different relations, such as nearby tokens or syntactic links."
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
            "Every token scores against every other token, so the work grows with the square "
            "of the length. For 100k tokens I'd use FlashAttention to avoid materialising "
            "that matrix, plus sliding-window or sparse attention to make the cost linear."
        ),
        "wrong": (
            "Self-attention only scales linearly with the number of tokens, since each token "
            "computes just one query, so the real problem at 100k tokens is the feed-forward "
            "layers rather than attention. For long inputs the standard fix is "
            "FlashAttention, which approximates the attention matrix with a low-rank "
            "factorisation so it only computes the most important scores; it's lossy, but the "
            "error is small. It speeds things up by reducing the number of FLOPs, because "
            "compute is the bottleneck on GPUs. Sliding-window attention goes the other way "
            "and makes the cost quadratic in the window, so I'd avoid it at 100k tokens. The "
            "score matrix at 10k tokens has only 10k entries per head, since each token "
            "stores a single score, so memory isn't the issue either. Because FlashAttention "
            "drops the low-scoring pairs, it also changes the model's outputs, so you'd need "
            "to fine-tune after switching to it. Sparse and local attention patterns are a "
            "training-only trick that can't be used at inference, whereas linear-attention "
            "approximations are exact reformulations of softmax attention, so they're the "
            "safest choice: the same outputs at linear cost. For 100k tokens I'd therefore "
            "pick linear attention and leave the kernels alone."
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
            "During training every activation is independently set to zero with probability p "
            "and the survivors are scaled by 1/(1-p); at inference nothing is dropped. It "
            "regularizes because units can't co-adapt, a bit like averaging an ensemble of "
            "subnetworks."
        ),
        "wrong": (
            "Dropout permanently removes a random fraction p of the neurons at the start of "
            "training, which shrinks the network, and that's why it regularizes: fewer "
            "parameters means less overfitting. At inference you keep dropping neurons with "
            "the same probability p so that the model sees the same conditions it was trained "
            "under, and you scale the outputs by 1/(1-p). It works because it makes neurons "
            "co-adapt more tightly to each other, and typical rates are 0.8 to 0.95 for large "
            "transformers. During training the dropped units are chosen once per epoch and "
            "shared across all examples in the batch, which keeps the gradients stable. The "
            "ensemble interpretation doesn't really apply, because the subnetworks share "
            "weights, so they're all the same model. With inverted dropout you multiply by (1 "
            "- p) during training and divide by it at inference, which is why inference "
            "outputs are random but unbiased. It's most useful in large pretrained "
            "transformers, where you want those high rates, and it's actually harmful in "
            "small networks."
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
            "because adaptive methods generalise worse on language models. Momentum, for its "
            "part, keeps a running average of squared gradients to give each parameter its "
            "own step size, which is why RMSProp is just momentum under another name. Adam's "
            "bias correction exists because the moment estimates start out too large, so it "
            "multiplies them by (1 - beta^t) during the early steps to shrink them. Warmup is "
            "unnecessary for transformers trained with Adam, and cosine schedules are only "
            "used with SGD; with AdamW you keep the learning rate constant for the whole run."
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
            "They let several query heads share key and value heads: MQA has a single K/V "
            "head for all the queries, while GQA gives each group of query heads its own "
            "shared K/V head. That shrinks the KV cache and speeds up memory-bound decoding, "
            "at a small quality cost, mostly for MQA."
        ),
        "wrong": (
            "Multi-query and grouped-query attention share the query projections across "
            "heads, so all heads ask the same question, while each head keeps its own keys "
            "and values. This mostly saves compute during training, since the query "
            "projection is the most expensive part of attention; the KV cache stays exactly "
            "the same size as in standard multi-head attention. GQA with n_kv_heads equal to "
            "1 is the same as standard multi-head attention, and setting it equal to the "
            "number of heads gives MQA. There's no quality cost at all, because queries are "
            "redundant between heads anyway. The memory bandwidth of decoding isn't affected "
            "by these schemes either: decoding is compute-bound, because every token needs "
            "the full query projection, so cutting queries is what speeds it up. Concretely, "
            "with 32 heads and 8 groups, GQA keeps 32 key/value heads and 8 query heads, a 4x "
            "cut in query compute. Llama 2 70B uses MQA for exactly this reason, and "
            "converting an existing multi-head checkpoint is impossible without training from "
            "scratch."
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
            "Self-attention draws queries, keys and values from one and the same sequence; "
            "cross-attention takes its queries from the decoder side, while its keys and "
            "values are the encoder's outputs."
        ),
        "wrong": (
            "In self-attention the queries come from the current sequence but the keys and "
            "values come from a separate memory bank, while in cross-attention all three come "
            "from the same sequence, just crossed between layers. In an encoder-decoder "
            "model, cross-attention appears in the encoder, where the encoder's queries "
            "attend over the decoder's outputs, and the decoder uses only unmasked "
            "self-attention. So the encoder supplies the queries in cross-attention and the "
            "decoder supplies the keys and values, which is why the encoder has to wait for "
            "the decoder to finish before it can run. In a decoder-only model like GPT the "
            "layers are mainly cross-attention, because each token attends to a different "
            "sequence, the prompt, and there's no self-attention at all. In the decoder, the "
            "masked self-attention comes after the cross-attention step, not before it. And "
            "cross-attention has no learned projections of its own: it reuses the encoder's "
            "key and value matrices directly, which is why it adds no parameters."
        ),
        "hedge": (
            "They're two variations of the same attention mechanism used in different places. "
            "Which one you need depends on the architecture and the task you're modelling."
        ),
        "off_topic": (
            "A decoder blocks future tokens by masking the attention scores with a "
            "lower-triangular pattern: entries where the key position comes after the query "
            "position are set to minus infinity before the softmax, which gives them zero "
            "weight. That lets training score every position in parallel without any token "
            "seeing the one it has to predict."
        ),
        "wrong_why": (
            "Swaps the definitions and the direction: cross-attention takes queries from the "
            "decoder and keys/values from the encoder output, and it lives in the decoder."
        ),
        "off_topic_is": "How causal masking works in a decoder.",
    },
}

_LLM_STACK: dict[str, dict[str, str]] = {
    "rag_vs_finetuning": {
        "expert": (
            "Think open-book exam versus studying beforehand. Open-book: ahead of time you "
            "cut the documents into passages, turn each passage into a vector with an "
            "embedding model and put the vectors in an index; when a question arrives you "
            "embed it, pull the closest passages (often a cheap first pass, then a "
            "cross-encoder to reorder them), paste the best few into the prompt, and have the "
            "model answer from them, citing which passage said what. Studying: you keep "
            "updating the weights on examples until the behaviour is baked in. I'd go "
            "open-book when the material changes weekly, when answers have to point to a "
            "source, or when the corpus is far bigger than any context window, because "
            "editing a document is cheaper than a training run and you can also delete "
            "things. I'd go for weight updates when what has to change is how the model acts "
            "rather than what it knows - a house tone, a strict output schema, a narrow skill "
            "like routing our support tickets - or when the extra lookup hop blows the "
            "latency budget. Quite often you do both: a tuned model for the form, retrieval "
            "for the facts."
        ),
        "short": (
            "RAG retrieves relevant documents at query time and puts them into the prompt so "
            "the model answers from them. I'd pick RAG for knowledge that changes or needs "
            "citations, and fine-tuning when I need to change the model's behaviour or style."
        ),
        "wrong": (
            "RAG embeds your documents, stores them in a vector database, and at query time "
            "the retrieved chunks are used to update the model's weights for that request, so "
            "the knowledge gets trained in on the fly. For deciding between the two: when "
            "facts change frequently or need to be cited, fine-tuning is the better option, "
            "since the model memorises the latest facts and can quote its training data word "
            "for word as a source. RAG is what you use to change behaviour, like tone, output "
            "format or a specialised skill, because the retrieved examples teach the model "
            "the style. They don't combine well, since retrieval and fine-tuning conflict "
            "with each other, so you pick one. Chunking and embedding aren't really needed "
            "either: you index whole documents by keyword, and the reranker is the component "
            "that generates the final answer. Since the model memorises facts during "
            "fine-tuning, hallucinations disappear once it's fine-tuned, so citations aren't "
            "needed after the model has been trained on your documents."
        ),
        "hedge": (
            "Both approaches have tradeoffs, and the right call depends on the product "
            "requirements, the data and the budget. I'd prototype quickly, evaluate, and go "
            "with whatever performs best."
        ),
        "off_topic": (
            "Before touching any weights I'd get more out of the prompt: a clear instruction "
            "and role, a few worked input-output examples, asking the model to reason step by "
            "step before the final answer, and a strict output schema such as JSON that I "
            "validate and retry on failure. Prompting only steers what the model can already "
            "do, though, and every extra instruction or example is paid for in tokens and "
            "latency on each call."
        ),
        "wrong_why": (
            "Says retrieval updates the weights, recommends fine-tuning for changing facts "
            "and citations and RAG for behaviour (the reverse of the usual split), and denies "
            "that the two combine."
        ),
        "off_topic_is": "Which prompt-engineering techniques improve LLM outputs.",
    },
    "top_k_vs_top_p": {
        "expert": (
            "Both trim the tail of the next-token distribution before drawing from it. The "
            "fixed-count rule sorts the vocabulary by probability, keeps the K heaviest "
            "entries whatever their probabilities happen to be, zeroes the rest and rescales "
            "the survivors to sum to one. The mass rule sorts the same way and keeps the "
            "shortest head of the list whose probabilities add up to at least P, say 0.9, "
            "then rescales. The difference bites when the shape of the distribution changes "
            "from step to step: after 'The capital of France is' the model may put 0.97 on "
            "one token, and the mass rule keeps one or two candidates while K = 50 still lets "
            "49 bits of nonsense in; on an open-ended step where probability is smeared over "
            "hundreds of plausible words, the mass rule keeps hundreds while K = 50 cuts off "
            "arbitrarily. So the nucleus grows and shrinks with the model's confidence, and a "
            "fixed count can't. In practice libraries apply the temperature to the logits "
            "first, then the count cap, then the mass cap, renormalise, and sample, with "
            "something like T between 0.7 and 1.0, K around 40 to 50 and P around 0.9 to 0.95 "
            "as a common combination."
        ),
        "short": (
            "Top-k keeps the k most likely tokens; top-p keeps the most probable tokens until "
            "their probabilities add up to p. Top-p adapts to how peaked the distribution is, "
            "so it behaves better when the model's confidence varies from step to step."
        ),
        "wrong": (
            "Top-p sampling keeps a fixed number of tokens, the p most likely ones, while "
            "top-k keeps however many tokens are needed to reach k percent of the probability "
            "mass, so top-k adapts to the distribution and top-p does not. Top-p is better "
            "when the distribution is very flat, because then it keeps only a handful of "
            "tokens and avoids rambling. In practice you apply top-k and top-p after "
            "sampling, to filter the sampled token, and temperature is applied last by "
            "multiplying the final probabilities; no renormalization is needed, since the "
            "filtered probabilities still sum to one. For example, with p = 0.9 and a "
            "50,000-token vocabulary, top-p always keeps 45,000 tokens, which is why it's "
            "only useful for creative writing. Top-k with k = 50 on a peaked distribution "
            "keeps a single token, since it stops as soon as most of the mass is covered. The "
            "usual production setting is temperature 0 with top-k 50 and top-p 0.9, because "
            "temperature 0 makes the top-k and top-p filters more diverse."
        ),
        "hedge": (
            "These sampling settings are mostly knobs you tune for your product. I'd try a "
            "few combinations, look at the outputs, and choose whatever gives the best "
            "balance for users."
        ),
        "off_topic": (
            "Beam search keeps the B highest-scoring partial sequences at every step, extends "
            "each by every possible token, and keeps the best B of the results by summed "
            "log-probability, usually with a length penalty. It's deterministic and suits "
            "translation or summarisation, where there's roughly one right answer, but for "
            "open-ended text it tends to produce bland, repetitive output."
        ),
        "wrong_why": (
            "Swaps the definitions (top-k is a fixed count, top-p a probability mass that "
            "adapts), applies the filters after sampling and temperature to probabilities, "
            "and says no renormalisation is needed."
        ),
        "off_topic_is": "How beam search decoding works.",
    },
    "temperature_sampling": {
        "expert": (
            "It's a divisor on the scores before they get turned into probabilities: p_i is "
            "proportional to exp(z_i / T). Shrink T below 1 and the gaps between scores get "
            "magnified, so the top candidate hoards the mass, and in the limit T -> 0 you "
            "always take the arg-max: deterministic, greedy decoding. Grow T above 1 and the "
            "gaps get compressed, so in the limit every token in the vocabulary becomes "
            "equally likely and you get word salad. It doesn't make the model know anything "
            "more; it only trades reliability for variety. For extraction, code, SQL or "
            "factual Q&A I'd run cold, somewhere between 0 and 0.3; for general chat maybe "
            "0.7; for brainstorming, fiction or generating diverse synthetic data around 0.9 "
            "to 1.2. One caveat at the cold end: always taking the locally best token isn't "
            "the same as finding the most probable whole sequence, and it can fall into "
            "repetition loops."
        ),
        "short": (
            "The logits get divided by the temperature before they go through softmax: close "
            "to zero it becomes greedy argmax, large values flatten the distribution toward "
            "uniform. I'd use a low temperature for code or factual answers and a higher one "
            "for creative writing."
        ),
        "wrong": (
            "Temperature is applied after the softmax: you multiply each probability by it "
            "and then renormalize. As it goes toward zero the distribution becomes flat, so "
            "the model picks tokens almost uniformly at random, and as it grows large it "
            "becomes greedy and always picks the most likely token. A higher temperature also "
            "makes the model smarter, because it can explore more of its knowledge, so for "
            "factual answers and code you want a high temperature like 1.5, and for creative "
            "writing a low one like 0.1 so the story stays coherent. Temperature doesn't "
            "change the shape of the distribution over tokens, only how many tokens are "
            "considered, much like top-k. Greedy decoding at a very high temperature also "
            "avoids repetition loops and always finds the most probable full sequence."
        ),
        "hedge": (
            "Temperature is a setting that affects the style of the outputs. I'd experiment "
            "with different values for each product and keep what users seem to like."
        ),
        "off_topic": (
            "A frequency penalty subtracts from each token's logit an amount proportional to "
            "how many times that token has already appeared in the output, and a presence "
            "penalty subtracts a fixed amount once it has appeared at all. Both discourage "
            "loops, but set too high they stop the model from repeating names or code "
            "identifiers it genuinely needs."
        ),
        "wrong_why": (
            "Applies temperature to probabilities after the softmax, reverses both limits (T "
            "-> 0 is greedy, large T is flat), says it adds knowledge, and inverts the "
            "product settings."
        ),
        "off_topic_is": "What frequency and presence penalties do in decoding.",
    },
    "kv_cache": {
        "expert": (
            "When a decoder writes token t, its attention needs every earlier position's key "
            "and value vectors in every layer. Those never change once computed - under the "
            "causal mask earlier positions never look at later ones - so you keep them in a "
            "per-layer buffer, and on each step you push only the newest token through the "
            "network: one new query, key and value per layer, append the new pair to the "
            "buffer, and score that single query against the t stored keys. Without the "
            "buffer you'd rerun the whole prefix for each new token, so producing n tokens "
            "costs on the order of n^2 token-passes through the network; with it each step is "
            "one token-pass plus attention linear in t. Old queries are never needed again - "
            "nothing later asks what an earlier position was looking for - so they aren't "
            "kept. The bill is memory: 2 x layers x KV heads x head size x tokens x batch x "
            "bytes, growing linearly with context length and concurrency, and in serving it "
            "often outgrows what's left after the weights and becomes the cap on batch size "
            "and context."
        ),
        "short": (
            "It keeps the key and value vectors every layer computed for earlier tokens, so "
            "each step runs only the newest token through the model instead of redoing the "
            "prefix. It trades compute for memory, which grows with sequence length and batch "
            "size."
        ),
        "wrong": (
            "The KV cache stores the keys, values and queries of all previous tokens so that "
            "nothing needs to be recomputed at each decoding step. Its main benefit is that "
            "it saves GPU memory: because the attention results are cached, you no longer "
            "need to keep activations around, so the model uses less memory as the sequence "
            "grows. The tradeoff is extra compute, since each step has to attend all the "
            "cached queries over all the cached keys again, which makes every decoding step "
            "quadratic in sequence length. It's mainly useful during training rather than "
            "inference. Without the cache the total work of generation is only linear in the "
            "output length anyway, so the saving is small and mostly matters for short "
            "prompts. The cache size doesn't depend on the number of layers, since only the "
            "last layer's keys and values are stored, so it stays small even at long context "
            "and rarely limits the batch size."
        ),
        "hedge": (
            "Caching is a standard optimisation for inference. I'd make sure the serving "
            "framework has it enabled and measure its effect on latency and memory for our "
            "workloads."
        ),
        "off_topic": (
            "Speculative decoding has a small draft model propose several tokens, then the "
            "large model scores all of them in one forward pass and accepts a prefix using a "
            "rejection-sampling rule that exactly preserves the large model's output "
            "distribution. When the draft agrees with the large model often, you get several "
            "tokens per expensive pass."
        ),
        "wrong_why": (
            "Says queries are cached, that the cache saves memory (it spends memory to save "
            "compute), that decode steps become quadratic, and that it is a training "
            "technique."
        ),
        "off_topic_is": "How speculative decoding speeds up generation.",
    },
    "long_sequence_latency": {
        "expert": (
            "First split the wait into its two phases: the time until the first token shows "
            "up, dominated by pushing the whole document through the model once "
            "(compute-bound, growing with the document's length), and the pace of tokens "
            "afterwards, bounded by how fast the GPU can read the weights and the stored keys "
            "and values (memory-bound). The fixes follow from that. Never recompute the past: "
            "keep each request's key/value buffers between steps, and when many requests open "
            "with the same long preamble - a shared system prompt, the same contract asked "
            "about again and again - reuse those buffers across requests so the shared part "
            "is processed once, at the cost of memory and some eviction logic. Use the tiled, "
            "IO-aware exact attention kernel (Tri Dao's) so long prompts never materialise "
            "the n-by-n score matrix, and if the model was trained for it, windowed or sparse "
            "attention cuts the cost further but changes what the model can see. Batch "
            "continuously, and schedule the big first passes separately from the "
            "token-by-token phase, or feed them in chunks, so one 100-page upload doesn't "
            "stall everyone else's stream: more throughput per GPU, at some cost in tail "
            "latency. Only then shrink the input, fetching just the relevant passages or "
            "summarising, and accept that something may be lost."
        ),
        "short": (
            "I'd first measure time to first token versus per-token decode time, then make "
            "sure we reuse the KV cache with prefix caching, run FlashAttention kernels and "
            "batch requests; truncating the document or retrieving fewer chunks is the last "
            "resort because it loses information."
        ),
        "wrong": (
            "The latency on long documents comes from the decode phase being compute-bound, "
            "so the only real fix is a bigger GPU with more FLOPs. Turning off the KV cache "
            "helps with long documents, since the cache gets too large and recomputing the "
            "prefix at each step is faster than reading it from memory. Prefix caching is "
            "risky because it mixes different users' outputs, and FlashAttention would help, "
            "but it's an approximation that loses accuracy on long contexts, so I'd avoid "
            "both. And batching makes long requests slower for everyone, so each long "
            "document should get its own GPU with batch size one. Time to first token isn't "
            "worth measuring separately, because prefill and decode take the same time per "
            "token. Truncating the document should be the first step, since the model only "
            "reads the first few thousand tokens anyway. The decode phase is where the n-by-n "
            "attention matrix gets built, so prefill on long documents is essentially free. "
            "Speculative decoding is the other standard fix for long inputs, because the "
            "draft model reads the document instead of the large model, which cuts prefill "
            "time without changing anything."
        ),
        "hedge": (
            "Latency problems usually have several causes, so I'd profile the system end to "
            "end, work through the bottlenecks one at a time, and check whether users notice "
            "a difference after each change."
        ),
        "off_topic": (
            "To check that a model actually uses a long context, I'd run needle-in-a-haystack "
            "probes, planting a fact at varying depths in documents of varying lengths and "
            "asking for it, and then task-level tests like multi-hop questions over long "
            "reports. Models often find a single planted fact fine yet degrade when they have "
            "to reason across material in the middle of the context."
        ),
        "wrong_why": (
            "Calls decode compute-bound, says a bigger GPU is the only fix, recommends "
            "disabling the KV cache, calls FlashAttention approximate and rejects batching."
        ),
        "off_topic_is": "How to evaluate whether a model makes good use of long contexts.",
    },
    "inference_cost_levers": {
        "expert": (
            "I'd go roughly from cheapest-to-try to most invasive, measuring quality on our "
            "task eval after each step. One, stop paying twice: memoise identical requests "
            "and reuse the already-processed shared preamble (system prompt, few-shot block) "
            "across calls, which costs some memory and a staleness risk. Two, keep the GPU "
            "full: let the server merge requests into a running batch at token granularity, "
            "so throughput per dollar rises a lot while individual requests may wait a little "
            "longer. Three, smaller numbers: store the weights in 8-bit or 4-bit, for roughly "
            "two to four times less memory traffic and faster decoding, at a small but "
            "measurable quality drop. Four, a cheap guesser: a small draft model proposes a "
            "few tokens and the big model checks them all in one pass, keeping drafted tokens "
            "up to the first one it rejects under an acceptance rule that leaves the output "
            "distribution exactly the big model's; the gain depends on the acceptance rate "
            "and costs the draft's compute. Five, usually the biggest saving: teach a much "
            "smaller model our specific task from the big model's outputs or from labelled "
            "data and serve that instead, paid for with a training pipeline and the risk of "
            "regressions on the long tail. And the unglamorous ones: shorter prompts and "
            "capped output lengths."
        ),
        "short": (
            "Cache repeated prompts and responses, batch requests, quantize to 8 or 4 bits, "
            "and distill into a smaller model; each trades away some quality or latency, so "
            "I'd check each change on an eval set."
        ),
        "wrong": (
            "The first lever is speculative decoding, which cuts cost because a small draft "
            "model writes the answer instead of the large one; you lose a bit of quality, "
            "since the small model's tokens are used directly. Next is quantization, which "
            "speeds up inference with no quality cost at all, so you should always go "
            "straight to 2-bit weights. Batching lowers the latency of each individual "
            "request, so there's no tradeoff there either. Distillation makes the model "
            "bigger and more accurate, so it actually raises cost, and caching responses "
            "isn't worth it because LLM outputs are never reused. Before any of that, though, "
            "I'd simply move to bigger GPUs, which is usually the cheapest lever of all. "
            "Speculative decoding works best with a draft model as large as the main model, "
            "since the acceptance rate is what matters and only an equally large model "
            "matches it. Quantizing to 4-bit also makes the model more accurate, because the "
            "rounding acts as a regularizer. And there's no need to rerun an evaluation set "
            "after each change, since the latency and cost dashboards tell you everything."
        ),
        "hedge": (
            "Cost optimisation is always a balance. I'd look at where the money is going, "
            "talk to the team about the budget, and make incremental improvements while "
            "watching that quality doesn't slip."
        ),
        "off_topic": (
            "Before shipping a change to an LLM feature I'd run a fixed regression suite with "
            "reference answers and automatic scoring, add an LLM-as-judge pass that has been "
            "checked against human labels, and have people review a sample. After launch I'd "
            "A/B test on task completion and explicit user feedback, since offline scores and "
            "real usefulness often disagree."
        ),
        "wrong_why": (
            "Says speculative decoding lets the small model write the answer (the large model "
            "verifies every token, so outputs are unchanged), denies quantization's quality "
            "cost, says batching lowers per-request latency, and gets distillation and "
            "caching backwards."
        ),
        "off_topic_is": "How to evaluate an LLM-based feature before and after release.",
    },
    "dense_vs_sparse_retrieval": {
        "expert": (
            "The old-school side represents text as a vocabulary-sized vector that is almost "
            "all zeros - a weight only for the terms actually present, discounted by how "
            "common each term is across the corpus and saturated by how often it repeats, "
            "BM25 being the usual formula - and looks documents up through a term-to-postings "
            "index, so it's scoring literal word overlap. The neural side pushes query and "
            "passage through a learned encoder into a few hundred continuous dimensions and "
            "finds the passages whose vectors lie closest, via an approximate "
            "nearest-neighbour index. Their blind spots mirror each other: word-overlap "
            "scoring misses car versus automobile and paraphrased questions, while the "
            "learned vectors blur rare exact strings - SKU numbers, error codes, surnames, a "
            "product name launched last week - and degrade badly on domains they weren't "
            "trained on, where BM25 often still wins. In a RAG pipeline I'd query both, fuse "
            "the two candidate lists with reciprocal-rank fusion or a tuned weighted sum of "
            "normalised scores, then have a cross-encoder that reads query and passage "
            "together reorder the top fifty or so before anything goes into the prompt."
        ),
        "short": (
            "Sparse retrieval like BM25 matches exact terms through an inverted index, while "
            "dense retrieval compares learned embeddings. Sparse misses synonyms and dense "
            "misses exact IDs, so I'd combine them in a hybrid and rerank with a "
            "cross-encoder."
        ),
        "wrong": (
            "Sparse retrieval is the embedding approach: a neural encoder maps the query to a "
            "vector that is sparse in the sense that only the nearest neighbours get nonzero "
            "scores, and search runs over an ANN index. Dense retrieval is BM25 or TF-IDF, "
            "called dense because the inverted index stores a weight for every vocabulary "
            "term in every document. Embedding retrieval handles exact identifiers like "
            "product codes and rare names best, since it memorises them during training, "
            "while BM25 is the one that fails on exact terms. Learned embeddings are strictly "
            "better than BM25 on every domain, so in a RAG system I wouldn't combine them; "
            "hybrid search and reranking just add latency. Sparse embeddings also need no "
            "in-domain training, because they're pretrained on the whole web, while BM25 has "
            "to be fine-tuned on labelled query-document pairs before it works on a new "
            "domain. If you did want to combine them, you'd just add the raw BM25 score and "
            "the cosine similarity, since they're on the same scale, and a cross-encoder "
            "would be too slow to rerank even ten candidates."
        ),
        "hedge": (
            "Retrieval quality matters a lot for RAG. I'd evaluate a couple of options on our "
            "own queries and pick whichever gives the best results within the latency budget."
        ),
        "off_topic": (
            "For chunking I'd split documents along their structure, headings and paragraphs, "
            "into pieces of a few hundred tokens with some overlap, keep metadata like the "
            "title and section path attached to each chunk, and tune the chunk size against "
            "retrieval recall on real queries. Chunks that are too small lose their context, "
            "and chunks that are too large dilute the embedding."
        ),
        "wrong_why": (
            "Swaps sparse and dense, says embeddings handle exact IDs best and BM25 fails on "
            "them (the reverse), and claims dense retrieval is always better so hybrid search "
            "is pointless."
        ),
        "off_topic_is": "How to chunk documents for a RAG index.",
    },
}

_ML_CODING: dict[str, dict[str, str]] = {
    "code_softmax": {
        "expert": (
            "Softmax doesn't care about a common offset: exp(z_i - c) / sum_j exp(z_j - c) "
            "equals exp(z_i) / sum_j exp(z_j), because e^-c factors out of the top and the "
            "bottom. So I pick c as the largest entry along the requested axis: m = "
            "x.max(axis=axis, keepdims=True), e = np.exp(x - m), and return e / "
            "e.sum(axis=axis, keepdims=True). After the shift the biggest exponent is e^0 = "
            "1, so nothing can overflow, and the denominator is at least 1, so even if every "
            "other entry underflows to zero there's no division by zero; logits of 1e4 or "
            "-1e4 come out fine. Keeping the reduced axis as a length-one dimension is what "
            "lets the max and the sum broadcast back against x for any axis, including axis 0 "
            "of a 3-D array. It's one pass for the max, one for exp and one for the sum: "
            "linear time, and one temporary array the size of x."
        ),
        "short": (
            "Subtract the max along the axis with keepdims before exponentiating, then divide "
            "by the sum along the same axis with keepdims. The shift doesn't change the "
            "result but keeps exp from overflowing."
        ),
        "wrong": (
            "I'd compute np.exp(x) and divide by np.exp(x).sum(). NumPy uses float64, which "
            "goes up to about 1e308, so exp of large logits is fine and doesn't need any "
            "special handling. If you're worried, you can subtract the minimum of x instead "
            "of the maximum, which keeps all the exponents non-negative; that changes the "
            "result slightly, but the ranking is preserved. For the axis, I'd transpose x so "
            "the axis comes first, take the sum without keepdims, and divide, because "
            "keepdims breaks broadcasting. Subtracting the max would actually change the "
            "output, since softmax isn't shift-invariant, so I'd avoid it. The complexity is "
            "quadratic in the number of elements, because every element is divided by the sum "
            "over all the others."
        ),
        "hedge": (
            "Softmax is a standard function and NumPy makes it pretty easy. I'd write a quick "
            "version, add some tests, and refine it if any issues show up."
        ),
        "off_topic": (
            "For a numerically stable sigmoid I'd branch on the sign: for x >= 0 use 1 / (1 + "
            "exp(-x)), and for x < 0 use exp(x) / (1 + exp(x)), so the exponent is never "
            "positive and nothing overflows. Computing exp(-abs(x)) once and combining it "
            "with np.where keeps the whole thing vectorised."
        ),
        "wrong_why": (
            "Exponentiates raw logits (exp of a logit near 1000 is inf in float64, and inf "
            "divided by inf gives NaN), suggests subtracting the minimum and thinks a "
            "constant shift changes the result, and drops keepdims so broadcasting breaks."
        ),
        "off_topic_is": "How to implement a numerically stable sigmoid.",
    },
    "code_causal_mask": {
        "expert": (
            "I'd build it by comparing index grids: i = np.arange(seq_len)[:, None], j = "
            "np.arange(seq_len)[None, :], return j <= i, with rows as the position doing the "
            "looking and columns as the position it would read; np.tril(np.ones((n, n), "
            "dtype=bool)) is the same thing. So row 0 has a single True in column 0 and the "
            "last row is all True: each position sees itself and everything earlier, nothing "
            "later. The contract I'd put in the docstring is that True means allowed to look. "
            "Where it's used, the scores at the False cells are replaced by -inf (or a large "
            "finite negative number) before the softmax, e.g. np.where(mask, scores, "
            "-np.inf), so those cells get exactly zero weight and each row still sums to one; "
            "keeping the diagonal guarantees no row is entirely blocked. Memory is n^2 "
            "booleans, which is fine for typical lengths."
        ),
        "short": (
            "Return np.tril(np.ones((seq_len, seq_len), dtype=bool)): True on and below the "
            "diagonal, so query i can attend to every key j <= i, itself included."
        ),
        "wrong": (
            "The causal mask is np.triu(np.ones((seq_len, seq_len), dtype=bool), k=1): True "
            "above the diagonal, meaning query i may attend to key j when j > i, because the "
            "decoder needs to look ahead at the tokens it will predict. The diagonal is "
            "excluded, since a token attending to itself would leak its own label. When "
            "applying it, you compute the softmax first and then multiply the attention "
            "weights by the mask, which zeroes the blocked entries; there's no need to "
            "renormalize because the remaining weights still sum to one. Whether True means "
            "blocked or allowed is just a convention the attention function detects "
            "automatically, so there's no need for a test that changes a future token and "
            "checks that earlier outputs stay the same."
        ),
        "hedge": (
            "This is a small helper, so I'd write it quickly with NumPy and check it with a "
            "couple of unit tests to make sure the shape and the values look right."
        ),
        "off_topic": (
            "A padding mask marks which key positions are real tokens and which are padding "
            "in a batch of variable-length sequences. It can be built from the lengths as "
            "np.arange(max_len)[None, :] < lengths[:, None], broadcast over query positions "
            "and heads, and combined with any other mask by logical AND."
        ),
        "wrong_why": (
            "Allows the upper triangle (the future) instead of on-and-below the diagonal, "
            "excludes the diagonal, and masks after the softmax without renormalising."
        ),
        "off_topic_is": "How to build a padding (key-length) mask for batched sequences.",
    },
    "code_dropout": {
        "expert": (
            "Inverted dropout: if not training, or p == 0, return x as it is; at test time "
            "it's the identity, with no scaling and no randomness. Otherwise draw a survival "
            "mask, keep = rng.random(x.shape) >= p, so each entry survives with probability 1 "
            "- p, and return x * keep / (1 - p). Dividing the survivors by the survival "
            "probability makes the expected output (1 - p) * x / (1 - p) = x elementwise, so "
            "the next layer sees the same expected input in training as at inference, which "
            "is exactly why inference needs no adjustment. The edge case p = 1 would divide "
            "by zero, so I'd either reject it or return zeros. Using the Generator passed in, "
            "rather than the global np.random, keeps it reproducible, and it costs time and "
            "memory linear in the size of x for the mask; in a framework you'd also keep the "
            "mask for the backward pass, where the gradient gets the same mask and scale."
        ),
        "short": (
            "In training, keep each entry with probability 1 - p using rng.random(x.shape) >= "
            "p and multiply the kept entries by 1/(1 - p); at inference, return x unchanged."
        ),
        "wrong": (
            "For inverted dropout I'd draw mask = rng.random(x.shape) < p, so each entry "
            "survives with probability p, and return x * mask during training with no "
            "rescaling. The inverted part means the scaling is done at inference instead: "
            "when training is False you multiply x by (1 - p), so the expected activation "
            "matches what the network saw in training. You also need to keep sampling a mask "
            "at inference if you want the outputs to stay consistent with training, so I'd "
            "pass the rng through in both modes. Scaling by 1/(1 - p) during training would "
            "make the expected activation larger than at inference, which is exactly what "
            "inverted dropout avoids. For reproducibility I'd call np.random.seed inside the "
            "function instead of using the generator, and reuse the same mask across training "
            "steps so the network can adapt to it."
        ),
        "hedge": (
            "Dropout is straightforward to implement. I'd follow the usual approach, make "
            "sure it's deterministic with the given generator, and write a test or two."
        ),
        "off_topic": (
            "Label smoothing replaces the one-hot target with 1 - epsilon on the true class "
            "plus epsilon / K spread over all K classes, so cross-entropy stops rewarding "
            "ever larger logits. It usually improves calibration and acts as a mild "
            "regulariser, with epsilon around 0.1."
        ),
        "wrong_why": (
            "Keeps entries with probability p instead of 1 - p, scales at inference instead "
            "of by 1/(1 - p) during training, and keeps dropping at inference; inverted "
            "dropout makes inference the identity."
        ),
        "off_topic_is": "What label smoothing does.",
    },
    "code_layer_norm": {
        "expert": (
            "Each example, each token's vector in a transformer, is standardised against "
            "itself: mu = x.mean(axis=-1, keepdims=True) and var = ((x - mu) ** "
            "2).mean(axis=-1, keepdims=True), which is the divide-by-D variance rather than "
            "the n - 1 sample estimate, matching what the frameworks do. Then xhat = (x - mu) "
            "/ np.sqrt(var + eps) and the result is gamma * xhat + beta, with gamma and beta "
            "of shape (D,) broadcasting over all leading axes. The small eps sits under the "
            "root so that a constant vector, whose spread is zero, gives xhat = 0 instead of "
            "0/0. Nothing is pooled across rows, so a batch of one or rows from different "
            "sequences all behave identically, and there are no running averages to maintain. "
            "The learned scale and offset give the layer back the freedom to choose whatever "
            "magnitude and centre it actually wants after the standardisation."
        ),
        "short": (
            "Compute each row's mean and variance along axis -1, keeping dims for "
            "broadcasting, then (x - mean) / sqrt(var + eps), then multiply by gamma and add "
            "beta."
        ),
        "wrong": (
            "I'd compute mean = x.mean(axis=0) and var = x.var(axis=0, ddof=1), so each "
            "feature is normalized using statistics across the examples, which is what layer "
            "norm means. Then compute (x - mean) / (np.sqrt(var) + eps), with epsilon added "
            "after the square root, which is the standard layer-norm form. Finally add gamma "
            "and multiply by beta. Using the unbiased variance with ddof=1 matters here, "
            "because the population variance is biased. Normalizing over the batch axis is "
            "what makes layer norm independent of the features, and it's why it needs running "
            "averages at inference, just like batch norm. Epsilon outside the root also "
            "guards better against a zero-variance feature, since sqrt(0) is undefined. The "
            "learned gain and bias are optional and can be dropped, because the normalization "
            "already gives the output the right scale and shift."
        ),
        "hedge": (
            "Layer norm is a few lines of NumPy. I'd implement it, compare it against a "
            "reference implementation from a framework, and fix any discrepancies."
        ),
        "off_topic": (
            "RMSNorm skips the mean subtraction: it divides x by np.sqrt(np.mean(x ** 2, "
            "axis=-1, keepdims=True) + eps) and multiplies by a learned gain, with no bias. "
            "It's cheaper than the full version and works about as well in LLMs such as "
            "Llama."
        ),
        "wrong_why": (
            "Normalises over axis 0 (that is batch norm), puts eps outside the square root, "
            "uses the ddof=1 variance, and swaps the roles of gamma (scale) and beta (shift)."
        ),
        "off_topic_is": "How to implement RMSNorm.",
    },
    "code_precision_recall_f1": {
        "expert": (
            "With boolean views t = (y_true == 1) and p = (y_pred == 1): hits = (t & "
            "p).sum(), false alarms = (~t & p).sum(), misses = (t & ~p).sum(). The first "
            "ratio is hits over everything I flagged, hits / (hits + false alarms); the "
            "second is hits over everything that was really there, hits / (hits + misses); "
            "and the combined score is their harmonic mean, 2ab / (a + b), which equals 2 "
            "hits / (2 hits + false alarms + misses). I'd handle the degenerate cases "
            "explicitly instead of letting NumPy emit NaN and a warning: if nothing was "
            "flagged the first ratio is 0/0, if there are no actual positives the second is "
            "0/0, and if both ratios are zero the harmonic mean is 0/0; in each case I return "
            "0.0, like scikit-learn with zero_division=0, and say so in the docstring. "
            "Casting the counts to Python ints keeps the results plain floats, and the whole "
            "thing is linear in the array length."
        ),
        "short": (
            "Get TP, FP and FN by and-ing boolean arrays, then precision = TP/(TP+FP), recall "
            "= TP/(TP+FN) and F1 = 2PR/(P+R), returning 0 whenever a denominator is zero."
        ),
        "wrong": (
            "Precision is simply how often the predictions match the labels, so precision = "
            "(y_true == y_pred).mean(). Recall is TP / (TP + FP), the share of flagged items "
            "that are real, and F1 is (precision + recall) / 2. For the zero-denominator "
            "cases it's fine to let NumPy return NaN, since NaN signals that the metric is "
            "undefined and downstream averaging will ignore it automatically. To count the "
            "confusion entries you compare the arrays with ==, which gives the true positives "
            "directly, and false positives are the entries where y_true is 1 but y_pred is 0. "
            "F1 is undefined whenever either precision or recall is zero, and returning 0 "
            "there would be misleading, so NaN is the honest output. On imbalanced data it's "
            "also fine to report accuracy as precision, because the positive class is small "
            "anyway."
        ),
        "hedge": (
            "These are standard metrics, so I'd write them carefully, test them against "
            "scikit-learn on a few random arrays, and make sure the edge cases behave "
            "sensibly."
        ),
        "off_topic": (
            "For a multi-class confusion matrix I'd build a K x K array with np.add.at(cm, "
            "(y_true, y_pred), 1), rows being true classes and columns predictions. Per-class "
            "scores then come from the diagonal divided by column or row sums; macro "
            "averaging takes the unweighted mean over classes, while micro averaging pools "
            "the counts first and, for single-label problems, equals accuracy."
        ),
        "wrong_why": (
            "Computes accuracy and calls it precision, gives recall the precision formula, "
            "uses the arithmetic mean for F1, and lets NaN through (np.mean does not ignore "
            "NaN)."
        ),
        "off_topic_is": "How to compute a multi-class confusion matrix and macro/micro averages.",
    },
    "code_adam_step": {
        "expert": (
            "Two exponentially decaying averages: one of the raw gradient, m <- beta1 * m + "
            "(1 - beta1) * g, and one of its elementwise square, v <- beta2 * v + (1 - beta2) "
            "* g^2. Both start at zero, so after t steps they're shrunk by the factor (1 - "
            "beta^t) - at t = 1, m is only 0.1 g and v only 0.001 g^2 - and I undo that with "
            "m_hat = m / (1 - beta1^t) and v_hat = v / (1 - beta2^t). The step is param - lr "
            "* m_hat / (sqrt(v_hat) + eps), with eps added after taking the root, as in the "
            "paper and in PyTorch. I return the new parameters together with the updated, "
            "uncorrected m and v, since those are the state carried to the next call; t has "
            "to count from 1 or the correction divides by zero. Everything is elementwise, so "
            "it's linear in the parameter count. A nice sanity check: on the very first step "
            "the update is about lr * sign(g) for every coordinate."
        ),
        "short": (
            "m = beta1*m + (1-beta1)*g and v = beta2*v + (1-beta2)*g**2, bias-correct both by "
            "dividing by 1 - beta**t, then param -= lr * m_hat / (sqrt(v_hat) + eps)."
        ),
        "wrong": (
            "Update m = beta1 * m + (1 - beta1) * g and v = beta2 * v + (1 - beta2) * g, then "
            "take param -= lr * v / (np.sqrt(m) + eps). The bias correction multiplies by (1 "
            "- beta^t) rather than dividing, to damp the first steps, since the moments start "
            "out too large. Epsilon goes inside the square root, sqrt(v + eps), which is the "
            "standard Adam form. Return the bias-corrected m_hat and v_hat as the new state "
            "so the correction carries over to the next step. The bias correction only "
            "matters late in training, when beta^t becomes large. Starting t at 0 on the "
            "first call is the right convention, since the correction factor 1 - beta^0 "
            "equals one. The learning rate is also divided by the step count inside the "
            "update, which is Adam's built-in schedule, so you don't need a separate decay."
        ),
        "hedge": (
            "Adam is a well-known optimizer, so I'd follow the paper's algorithm, "
            "double-check the details against a framework implementation, and test it on a "
            "small problem."
        ),
        "off_topic": (
            "For SGD with momentum I'd keep a velocity buffer, v = mu * v + grad, and update "
            "param -= lr * v, which is PyTorch's convention; the classical form folds the "
            "learning rate into v. Nesterov momentum evaluates the gradient at the "
            "looked-ahead point, which in the PyTorch form becomes param -= lr * (grad + mu * "
            "v)."
        ),
        "wrong_why": (
            "The second moment uses g instead of g squared, m and v are swapped in the "
            "update, the bias correction multiplies instead of dividing (zero-initialised "
            "moments start too small), and corrected moments are returned as state."
        ),
        "off_topic_is": "How to implement an SGD-with-momentum step.",
    },
}

_ML_SYSTEM_DESIGN: dict[str, dict[str, str]] = {
    "design_llm_serving": {
        "expert": (
            "First I'd pin down the load: a few thousand concurrent conversations is perhaps "
            "a few hundred actually generating at any instant, and I'd want typical prompt "
            "and reply lengths plus targets such as the first token within a second and "
            "30-plus tokens a second of streaming. Memory arithmetic then sets the hardware: "
            "a 70B model at 16 bits is about 140 GB of weights, so several 80 GB GPUs with "
            "tensor parallelism, or fewer with 8-bit or 4-bit weights; whatever is left holds "
            "the per-conversation key/value state, which with grouped key/value heads is "
            "roughly 300 KB per token for that model size, so a couple of GB per 8k-token "
            "conversation, and that budget decides how many streams each replica carries. The "
            "engine is vLLM, TGI or TensorRT-LLM, for iteration-level batching where new "
            "requests join the running batch at every step, block-allocated cache memory, and "
            "reuse of the shared system prompt's cache. Around it sit a gateway for auth and "
            "rate limits, a router balancing on queue length, replicas scaled on queue depth "
            "and tokens in flight rather than CPU, and server-sent events streaming tokens to "
            "the UI. Every new checkpoint or system-prompt revision runs an eval suite (task "
            "set, safety prompts, a latency load test) before promotion, goes to a canary "
            "slice first, and can be rolled back by flipping the route. I'd watch first-token "
            "and inter-token latency percentiles, queue wait, GPU utilisation and cache "
            "occupancy, cost per conversation, and a sampled, reviewed stream of outputs for "
            "quality and safety; the key knob is how many sequences share a GPU, since more "
            "of them means cheaper tokens but slower streaming for each user, so I'd set it "
            "from the latency targets."
        ),
        "short": (
            "I'd serve the model with an inference server like vLLM that does continuous "
            "batching and a paged KV cache, size the GPUs from the weights plus the KV cache "
            "per active user, and autoscale on queue depth while monitoring time to first "
            "token."
        ),
        "wrong": (
            "Since LLM inference is compute-bound, the best performance comes from giving "
            "each GPU one request at a time, so for a few thousand concurrent users I'd "
            "provision a few thousand GPUs and skip batching entirely, because batching "
            "always hurts throughput. GPU memory is dominated by the weights, so the KV cache "
            "can be ignored when sizing, and I'd disable it anyway to save memory, with "
            "autoscaling driven by CPU utilisation. Quantization isn't an option for serving "
            "because it requires retraining the model from scratch, and there's no need for "
            "an evaluation step on new model versions, since open-weight models are already "
            "benchmarked by their authors. For the inference server I'd write a simple Flask "
            "app around the Hugging Face generate function, since vLLM and TGI are only "
            "useful for training. Time to first token and tokens per second aren't meaningful "
            "targets for a chat assistant; average request latency is enough, and p99 doesn't "
            "matter for internal users. Grouped-query attention increases the memory per "
            "sequence, so it lowers concurrency and should be avoided, and streaming tokens "
            "to the client slows generation down, so I'd return the full response at once. "
            "For a rollout I'd replace the old model everywhere at once, since canaries only "
            "add complexity, and monitoring GPU utilisation is pointless because it's always "
            "at 100% when serving an LLM."
        ),
        "hedge": (
            "Serving at that scale needs a robust, scalable architecture. I'd use cloud "
            "infrastructure with autoscaling, follow best practices for reliability, and "
            "monitor everything closely."
        ),
        "off_topic": (
            "To adapt an open-weight model to our internal domain cheaply I'd use LoRA: "
            "freeze the base weights and learn low-rank updates, delta W = B A, on the "
            "attention and MLP projections, typically with rank 8 to 64. That trains well "
            "under one percent of the parameters, fits on a single GPU when the base weights "
            "are 4-bit (QLoRA), and the adapter can be merged into the weights or swapped per "
            "team."
        ),
        "wrong_why": (
            "One request per GPU with no batching (decoding is memory-bound and batching "
            "raises throughput), ignores and disables the KV cache, autoscales on CPU, and "
            "skips eval-gated releases."
        ),
        "off_topic_is": "How to fine-tune an open-weight LLM cheaply with LoRA/QLoRA.",
    },
    "design_fraud_detection": {
        "expert": (
            "Two questions first: does the score have to come back inside the card "
            "authorisation, which puts us in the payment path with something like 50 to 100 "
            "ms end to end, or can we review after the fact; and what does wrongly declining "
            "an honest customer cost us compared with letting a fraudulent charge through, "
            "because that ratio drives everything downstream. Training data is past "
            "authorisations joined to what happened later - chargebacks and confirmed fraud "
            "reports, which trickle in over weeks, so the most recent month is under-labelled "
            "and needs a label-maturity window - and positives are a fraction of a percent. "
            "The strongest signals are behavioural: how many transactions and how much money "
            "this card, device or merchant saw in the last minute, hour and day, time since "
            "the card was last used, distance from its usual geography, and links in the "
            "card-device-merchant-IP graph. A streaming job keeps those rolling counters "
            "current in a low-latency key-value store, so when a payment arrives the service "
            "does key lookups rather than table scans, runs a boosted-tree model and returns "
            "a score. Turning the score into approve, challenge (3-D Secure or a one-time "
            "code) or decline is a policy table the risk team owns, set from that cost ratio. "
            "To keep it working I'd watch the catch rate and the false-decline rate at the "
            "operating point (never accuracy, since approving everything is 99.9% accurate), "
            "feature drift and customer complaints, and retrain on a steady cadence because "
            "fraudsters probe and adapt, weighing freshness against the stability of "
            "decisions."
        ),
        "short": (
            "I'd train a gradient-boosted model on past transactions labelled by chargebacks, "
            "use velocity features over rolling windows served from an online feature store, "
            "score inside the payment path in under about 100 ms, and set thresholds from the "
            "cost of false declines versus missed fraud."
        ),
        "wrong": (
            "The metric to judge the fraud model on is accuracy, since a model that's 99.9% "
            "accurate is clearly doing its job. The data is transactions labelled as fraud at "
            "the moment of payment, so the labels are immediate and balanced enough to train "
            "on without reweighting. At payment time the service queries the raw transaction "
            "table to compute each card's 30-day aggregates on the fly, which guarantees the "
            "freshest features; it takes a few seconds, but fraud checks aren't "
            "latency-sensitive. I'd train once on a large historical dataset and keep that "
            "model, since fraud patterns are stable and retraining only introduces risk, and "
            "the ML team should set a single fixed threshold of 0.5. The features that matter "
            "most are static customer attributes like age and postcode; velocity features "
            "such as the number of transactions in the last hour add noise, and graph "
            "features linking cards, devices and merchants leak the label. A deep neural "
            "network trained on raw transaction rows is the right model, since "
            "gradient-boosted trees can't handle tabular data. The data scientists should own "
            "the thresholds and actions rather than the risk team, and customer friction from "
            "false positives isn't a real cost, because blocked customers can always try "
            "again. Drift isn't a concern either, since fraudsters reuse the same techniques "
            "year after year."
        ),
        "hedge": (
            "Fraud is a hard problem with a lot of moving parts. I'd gather the requirements, "
            "build a solid data pipeline, train a good model, and monitor it after launch, "
            "iterating as we learn."
        ),
        "off_topic": (
            "To spot new kinds of abuse when there are no labels, I'd use an unsupervised "
            "anomaly detector, such as an isolation forest on per-account behaviour features "
            "or an autoencoder's reconstruction error, rank accounts by anomaly score, and "
            "send the top of the list to analysts. Their verdicts then become labels for a "
            "supervised model later."
        ),
        "wrong_why": (
            "Uses accuracy on a rare class, treats labels as instant and balanced, recomputes "
            "30-day aggregates from raw data inside the payment request, and never retrains "
            "on an adversarial problem."
        ),
        "off_topic_is": "How to do unsupervised anomaly detection when there are no labels.",
    },
    "design_video_recommendations": {
        "expert": (
            "Start by agreeing on the north star - watch time alone rewards clickbait and "
            "long filler, so probably a blend of satisfied watch time and next-day return - "
            "and on scale: say 100M daily users, tens of millions of videos, tens of "
            "thousands of feed loads a second. Offline, from the interaction log, learn a "
            "user encoder and a video encoder whose dot product predicts a watch; video "
            "vectors are computed in batch and loaded into an approximate-neighbour index "
            "such as HNSW or ScaNN, and a heavier scoring network with hundreds of features "
            "and several heads (click, watch fraction, like, skip) is trained on impressions "
            "with sampled negatives and refreshed daily or continuously. In the 200 ms: fetch "
            "the user's features and vector (about 10 ms), pull a few hundred to a thousand "
            "candidates from the index plus a few other sources such as subscriptions and "
            "trending (about 30 ms), score them with the heavy network (50 to 80 ms), then "
            "reorder for diversity, freshness and policy - no three videos from one creator, "
            "nothing already watched - and return the first screen. The split is deliberate: "
            "the two-encoder stage can't model user-video interactions beyond a dot product, "
            "so it's tuned for recall and speed, and the expensive model recovers precision "
            "on a small set. New users get regional popularity and onboarding picks; new "
            "videos get content-based vectors from title, thumbnail and audio plus a small "
            "exploration slice of traffic. Then I'd watch model freshness, embedding drift, "
            "and whether improvements measured offline carry over to live experiments."
        ),
        "short": (
            "Retrieve a few hundred candidates with a two-tower model and approximate nearest "
            "neighbour search, score them with a heavier ranking model and apply diversity "
            "rules, all within the 200 ms budget, with the models retrained regularly from "
            "interaction logs."
        ),
        "wrong": (
            "For each request I'd run our largest deep ranking model over the entire "
            "catalogue, since retrieval stages only lose relevant videos and GPUs are fast "
            "enough to rank millions of items in 200 ms. The model is deployed behind a load "
            "balancer, and that's really the whole system: once trained, it doesn't need a "
            "training pipeline or retraining, because user tastes are stable. I'd optimise "
            "purely for clicks, since CTR is the same thing as user satisfaction, and I'd "
            "simply not show new videos until they've accumulated enough views, which avoids "
            "the cold-start problem. Two-tower models are too slow for serving, because the "
            "user and video towers have to be run jointly for every pair, so I'd avoid "
            "embeddings and approximate nearest neighbour search entirely. Business rules and "
            "diversity filtering should be applied before ranking rather than after, and "
            "there's no need for negatives in training: you train only on positive watches. "
            "Offline metrics always match online results for recommenders, so once offline "
            "NDCG improves you can ship without an A/B test, and monitoring for embedding "
            "drift or freshness is unnecessary because the model never changes."
        ),
        "hedge": (
            "A recommendation system is a big project. I'd start by understanding the "
            "business goals, build a simple baseline, and then improve it iteratively with "
            "more sophisticated models as we collect data."
        ),
        "off_topic": (
            "Offline I'd evaluate a recommender with a time-based split, training up to some "
            "day and testing on the interactions after it, and report recall and NDCG at K "
            "over held-out watches plus coverage and diversity. The logs only reflect what "
            "the old system chose to show, so a counterfactual estimate or an online test "
            "gives the real verdict."
        ),
        "wrong_why": (
            "Ranks the whole catalogue per request with the big model, has no training or "
            "retraining pipeline, equates CTR with satisfaction, and 'solves' cold start by "
            "never showing new videos."
        ),
        "off_topic_is": "How to evaluate a recommender offline.",
    },
    "design_search_ranking": {
        "expert": (
            "Clarify first: query volume, say 5k a second, a latency budget for the whole "
            "results page, maybe 150 ms at p99, and what 'better' means for the business - "
            "purchases or revenue per search, with click-through and zero-result rate as "
            "secondary signals. The path of a query: normalise and spell-correct it, work out "
            "its intent (category, brand, attributes), then a cheap, wide first pass - "
            "inverted-index BM25 plus an embedding lookup - that gathers a few thousand "
            "matches, a light model that cuts them to a few hundred, and the heavy scorer on "
            "the top couple of hundred: a LambdaMART-style boosted tree over query-product "
            "text match, price, popularity, conversion history, freshness and personal "
            "signals, or a cross-encoder that reads the query and the title together. Labels "
            "come from the search logs, but a click in slot 1 means less than a click in slot "
            "10, because people click whatever sits on top, so I'd estimate how likely each "
            "slot is to be examined (from randomised swaps or a click model), weight by the "
            "inverse of that, and treat purchases and add-to-carts as stronger grades. Every "
            "extra candidate passed through the heavy scorer buys a little relevance and "
            "costs milliseconds and hardware, so the cut-off sizes get tuned against the "
            "latency budget. To decide that a new ranker is better: offline NDCG at 10 and "
            "MRR on human-judged and log-derived query sets, interleaving for a quick and "
            "sensitive read, then an A/B test on the business metric with latency guardrails."
        ),
        "short": (
            "Retrieve a few thousand candidates with BM25 or embeddings, rerank them with a "
            "learning-to-rank model like LambdaMART trained on click logs corrected for "
            "position bias, check NDCG offline and then confirm with an A/B test."
        ),
        "wrong": (
            "I'd train a learning-to-rank model directly on raw click-through rate as the "
            "relevance label, since clicks are the most honest signal of relevance and "
            "position doesn't matter once you have enough data. For every query the ranker "
            "scores the entire product catalogue with a cross-encoder so nothing relevant is "
            "missed; a BM25 retrieval stage would only hurt recall. As for judging whether a "
            "new ranker is an improvement, I'd check that its NDCG on the training click logs "
            "is higher; an online A/B test isn't necessary when offline NDCG improves, and it "
            "risks losing revenue during the test. Position bias actually helps: the items "
            "users click at the top are the most relevant, so weighting clicks by position "
            "makes the labels cleaner. LambdaMART is an unsupervised model, so it doesn't "
            "need labels at all, and the features should be limited to the query text, since "
            "behavioural, freshness and personalization features cause overfitting. A heavier "
            "reranker on more candidates always reduces latency, because it filters results "
            "more aggressively. And MRR and NDCG are the same metric, so it doesn't matter "
            "which one you report."
        ),
        "hedge": (
            "Search ranking is a mature area with a lot of proven approaches. I'd start from "
            "what's worked elsewhere, adapt it to our products, and run experiments to keep "
            "improving it over time."
        ),
        "off_topic": (
            "For query autocomplete I'd keep a prefix trie, or a finite-state transducer, of "
            "past queries with their popularity, return the top completions for the typed "
            "prefix within a few milliseconds, blend in personal and trending queries, and "
            "filter offensive suggestions. Quality is measured by keystrokes saved and the "
            "rate at which suggestions are accepted."
        ),
        "wrong_why": (
            "Treats raw clicks as relevance despite position bias, runs a cross-encoder over "
            "the whole catalogue per query, and evaluates on training logs with no online "
            "test."
        ),
        "off_topic_is": "How to design query autocomplete.",
    },
    "design_feature_store": {
        "expert": (
            "I'd start by asking who consumes features and how: which models need them at "
            "request time and at what latency (single-digit milliseconds?), which only in "
            "batch, and how stale each value may be - a daily aggregate versus a "
            "transactions-in-the-last-five-minutes counter that needs streaming. The heart of "
            "the design is that a feature is written down once, as a named, versioned "
            "transformation over a declared source and entity key, and that one definition is "
            "executed both by the batch engine that fills history and by the streaming or "
            "batch job that refreshes the serving copy, so training and serving cannot "
            "compute it two different ways. There are two storage tiers: a historical store "
            "of warehouse or lake tables with event timestamps, from which training sets are "
            "assembled with as-of joins - for each label row, the latest feature value known "
            "strictly before that row's timestamp, so nothing from the future sneaks in - and "
            "a low-latency key-value tier (Redis, DynamoDB, Bigtable) holding the newest "
            "value per entity for online reads. For monitoring: freshness lag per feature, "
            "null and default rates, distribution drift, and a periodic comparison of logged "
            "online values against recomputed offline ones to catch skew. Build versus buy: "
            "Feast, Tecton or the cloud vendor's store covers most of this; building our own "
            "gives control but means a platform team plus migrating every team's pipelines, "
            "which is the real cost."
        ),
        "short": (
            "Define each feature once and use that same definition to compute offline "
            "training data with point-in-time joins and online values in a low-latency store "
            "like Redis, so training and serving can't diverge."
        ),
        "wrong": (
            "A feature store is essentially a shared database table where every team writes "
            "its features, so the fix is to give all teams write access to one big Postgres "
            "table and ask them to use it. Each team keeps its own code for computing "
            "features in training and in serving, since the online and offline environments "
            "are different and need different implementations; the store just holds the "
            "results. For training sets, join each label with the latest value of every "
            "feature in the table, which is the freshest and therefore most accurate data. "
            "The online side should recompute features from raw logs on every request rather "
            "than serve precomputed values, so they're always consistent. Point-in-time joins "
            "are unnecessary: training on the current feature values is better, because they "
            "reflect the most recent state of each entity. Freshness and null-rate monitoring "
            "aren't needed either, since a shared table guarantees consistency automatically. "
            "Feast and Tecton are only for streaming data, so for batch features it's better "
            "to build everything in-house, and the migration cost is negligible because every "
            "team already writes to databases."
        ),
        "hedge": (
            "Consistency across teams is important. I'd bring the teams together, agree on "
            "standards, pick a suitable tool, and roll it out gradually while watching for "
            "issues."
        ),
        "off_topic": (
            "A model registry stores every trained model with its version, the training-data "
            "snapshot, the code commit, its metrics and its lineage, and moves versions "
            "through stages such as staging and production with approvals. Serving then pulls "
            "a model by name and stage, so a rollback is just moving a pointer."
        ),
        "wrong_why": (
            "Treats the store as one shared table, keeps separate training and serving code "
            "(the very skew to remove), joins on the latest values instead of point-in-time "
            "values (leaking the future), and recomputes from raw logs per request."
        ),
        "off_topic_is": "What a model registry does.",
    },
    "design_demand_forecast": {
        "expert": (
            "Nail down the unit and the stakes first: a forecast per item, store and day for "
            "the next seven days, issued every weekend; how many series that is (say 50k SKUs "
            "times 1,000 stores); and which hurts more, an empty shelf (a lost sale and an "
            "unhappy customer) or surplus stock (holding cost, and waste for perishables). "
            "Signals: recent sales at several lags and rolling windows, day-of-week and "
            "yearly patterns, public holidays and local events, planned promotions and price "
            "changes, and stock-outs, which censor demand - a zero on an empty shelf isn't "
            "zero demand - plus item and store attributes. Rather than one model per series, "
            "I'd train a single boosted-tree model across all of them with those attributes "
            "as features, so slow movers borrow patterns from similar items, and compare it "
            "against a seasonal-naive baseline. Validation walks forward in time: train up to "
            "week w, forecast week w+1, slide the cut-off, and repeat over a year; a shuffled "
            "split would let the model peek at the future. I'd output quantiles rather than "
            "only the mean: because a shortage costs more than a surplus, orders should "
            "target something like the 80th to 90th percentile, the newsvendor critical "
            "ratio, at the price of carrying more stock. A weekly batch job writes the "
            "forecasts to the replenishment system, and I'd track weighted absolute "
            "percentage error and bias by category and store, flagging series whose error "
            "jumps for a planner to review."
        ),
        "short": (
            "I'd train one global gradient-boosted model on lagged sales, seasonality, "
            "holidays and promotions, validate it with rolling-origin backtests, and run it "
            "weekly to produce quantile forecasts per product and store for the replenishment "
            "system."
        ),
        "wrong": (
            "I'd build a separate ARIMA model for each product-store pair, since a global "
            "model can't handle differences between items and per-series models always win "
            "for sparse, slow-moving products. To validate, I'd do a random 80/20 train/test "
            "split of all the daily rows, which gives an unbiased estimate because every "
            "period is represented on both sides. The model should predict mean demand, since "
            "forecasting a higher quantile only increases error; stock-outs and overstock "
            "cost the same, so there's no need to ask about costs, and days with zero sales "
            "can be treated as zero demand. Lagged sales and seasonality aren't useful "
            "features, since last year's sales don't predict next week's, and promotions and "
            "prices should be left out because they're decided after the forecast is made. "
            "Rolling-origin backtests overstate the error because they train on less data, "
            "which is another reason a random split is the better validation. The forecast "
            "should run once a quarter and go to planners as a single number per product, "
            "since quantiles would only confuse them, and MAPE is the ideal metric for "
            "sparse, slow-moving items because it handles zero sales well."
        ),
        "hedge": (
            "Forecasting is all about getting the data right. I'd collect the historical "
            "data, try a few forecasting models, pick the most accurate one, and keep "
            "refining it together with the business."
        ),
        "off_topic": (
            "To flag anomalies in store sales I'd decompose each series into trend, weekly "
            "seasonality and a residual with STL, and raise an alert when the residual "
            "exceeds a few robust standard deviations based on the median absolute deviation. "
            "Known events such as holidays get suppressed so they don't page anyone."
        ),
        "wrong_why": (
            "Uses a random split for a forecast (training on the future), insists per-series "
            "models beat a global one for sparse items, ignores the cost asymmetry and "
            "quantiles, and treats stock-out zeros as zero demand."
        ),
        "off_topic_is": "How to detect anomalies in sales time series.",
    },
}

_CASE_STUDIES: dict[str, dict[str, str]] = {
    "metric_drop_debug": {
        "expert": (
            "Before hunting for a cause I'd make sure there's something to explain: is the "
            "dip outside normal week-over-week noise, does it start when the rollout started, "
            "and could it be a calendar effect or a change in how the metric is logged or "
            "counted? Next, attribution: compare against the traffic still on the previous "
            "model, or a holdout, and if there is none, roll back for a slice; if the gap "
            "closes it was the launch, and if both arms dropped it's the world. Then I walk "
            "down the tree in order. Inputs: have the distributions of what the model sees "
            "moved away from what it was trained on - a new client version, a new market, a "
            "broken upstream table? Relationship: has what those inputs imply about the "
            "outcome changed - a new fraud pattern, a competitor's promotion, a seasonal "
            "shift in what people buy? Plumbing: is the serving path feeding the model what "
            "training did, or is a lookup hitting the wrong key, a missing value defaulted "
            "differently, a unit changed, an embedding table stale - which I'd check by "
            "logging live feature vectors and replaying them offline? Consumers: did someone "
            "change a threshold, a business rule or the UI that uses the score? Only once a "
            "cause is known do I pick the fix, because retraining on last week's data first "
            "could simply bake the bug in."
        ),
        "short": (
            "First confirm the drop is real and lines up with the launch, compare with the "
            "old model through a holdout or a rollback, then check for data drift, "
            "training-serving skew in the features, and changes downstream."
        ),
        "wrong": (
            "The drop is almost certainly concept drift, so the first step is to retrain the "
            "model immediately on the freshest week of data and redeploy; diagnosis can wait, "
            "since retraining fixes most problems. Comparing against the old model isn't "
            "useful because the old model is outdated anyway, and a rollback would just "
            "confuse users. Training-serving skew can be ruled out, because the features "
            "passed offline validation before launch. If retraining doesn't fix it, I'd add "
            "more features and a bigger model until the business metric recovers. Data drift "
            "and concept drift are the same thing, so there's no need to check feature "
            "distributions separately from the label relationship. Changes downstream, like a "
            "new threshold or business rule in the consuming service, can't affect the "
            "metric, because the model's scores are unchanged. Statistical checks on whether "
            "the drop is real aren't needed either: any drop after a launch is by definition "
            "caused by the launch, so seasonality and logging changes can be ignored. The "
            "fastest diagnosis is to guess the most likely cause and fix it directly."
        ),
        "hedge": (
            "Metric drops can have many causes. I'd look at the dashboards, talk to the "
            "relevant teams, form some hypotheses, and test them one by one until we find the "
            "answer."
        ),
        "off_topic": (
            "Before launch I'd set up monitoring at three levels: data (schema checks, null "
            "rates, and feature distributions compared with training using PSI), model (score "
            "distribution, and calibration once labels arrive), and business (the KPI with "
            "alert thresholds). I'd also run a shadow deployment that scores live traffic "
            "without acting on it for a week."
        ),
        "wrong_why": (
            "Jumps to retraining before diagnosing, refuses the old-model comparison and "
            "rollback, and dismisses training-serving skew because offline validation passed."
        ),
        "off_topic_is": "How to set up monitoring before launching a model.",
    },
    "offline_online_gap": {
        "expert": (
            "First I'd doubt the experiment before doubting the model: was it powered to see "
            "a lift of the size we expected, does the traffic split match the design (a "
            "sample-ratio mismatch means assignment is broken), and did treatment users "
            "actually get the new model? I've seen flags that never flipped and caches that "
            "kept serving the old rankings. Then the yardstick: offline I'm probably scoring "
            "how well the ranking orders past clicks, while the test reads purchases or "
            "longer-term engagement, and a better click-orderer need not sell more. Third, "
            "the logs are not neutral: every logged impression was picked by the incumbent, "
            "so scoring on those logs only sees items the old model put in front of people "
            "and rewards a newcomer for agreeing with it, with position effects and a "
            "feedback loop on top. Fourth, plumbing: features the new model leans on may be "
            "computed differently, late, or default-filled online compared with the training "
            "snapshot. What I'd do: run the validity checks, compare logged online features "
            "with offline ones, and fix the evaluation itself - record for each past "
            "experiment the offline delta next to the online delta and trust only the offline "
            "metrics that track online results, use inverse-propensity or other "
            "counterfactual estimators on logs that include some randomisation, and "
            "interleave the two rankers for a faster, more sensitive online read."
        ),
        "short": (
            "What we optimise offline might not track what the online test measures, or the "
            "logged data is biased toward the old model; I'd also verify the A/B test itself, "
            "its power, its assignment, and that the new model was actually served."
        ),
        "wrong": (
            "If the model wins on every offline metric, the A/B test result is almost "
            "certainly noise, so I'd ship the new model: offline metrics are computed on far "
            "more data than the test and are the more reliable ground truth. Offline "
            "evaluation on logged data is unbiased because the logs contain real user "
            "behaviour, so there's no reason to expect a feedback loop or position bias. "
            "Training-serving skew is impossible, since both models use the same feature "
            "pipeline. If anything, I'd shorten the A/B test next time, because running it "
            "longer won't change the outcome. If the offline metric is NDCG on clicks and the "
            "online metric is purchases, that's fine, since clicks and purchases are "
            "perfectly correlated. Sample ratio mismatch doesn't matter either, as long as "
            "both groups are large. Interleaving and counterfactual evaluation are academic "
            "exercises; in practice you don't need offline metrics that move together with "
            "the online ones, because the offline metrics already are the ground truth. The "
            "right move is to ship and let the business metric catch up over the next "
            "quarter."
        ),
        "hedge": (
            "Offline and online results don't always agree. I'd dig into the data, look for "
            "differences, and keep iterating on the model and the test until the two line up."
        ),
        "off_topic": (
            "To test a new ranker I'd randomise by user into control and treatment, fix one "
            "primary metric such as purchases per user plus guardrail metrics, compute the "
            "sample size from the minimum detectable effect, run whole weeks, and read the "
            "result once at the end with a confidence interval rather than peeking daily."
        ),
        "wrong_why": (
            "Trusts offline metrics over the online experiment, calls evaluation on logs "
            "unbiased (they were logged by the old model), and rules out skew and power "
            "problems without checking."
        ),
        "off_topic_is": "How to design an A/B test for a new ranking model.",
    },
    "ab_test_readout": {
        "expert": (
            "Short version: not yet, and here's why. A p of 0.08 means that if the model did "
            "nothing at all, a difference this large would still turn up about one time in "
            "twelve; by the 5% bar we agreed on it doesn't clear, and the 95% interval for "
            "the lift runs from slightly below zero to above 1.5%, consistent both with no "
            "effect and with a small loss. Before even reading that, I'd check the plumbing: "
            "do the arm sizes match the intended split, did it run whole weeks, and were the "
            "metric and the stopping rule written down before we started? If conversion was "
            "picked after looking at five metrics, 0.08 is weaker still. The likely story is "
            "an underpowered test, so I'd compute the sample size needed to detect a 1.5% "
            "lift with 80% power and extend or rerun to that size, rather than staring harder "
            "at this p-value. The 40 ms at p95 isn't free either: slower pages lose "
            "conversions on their own, so it may be eating part of the lift, and it may "
            "breach our latency guardrail. My recommendation: keep the test running to the "
            "computed size, and in parallel win the latency back by optimising, caching or "
            "distilling the model, then retest, shipping only if the pre-set criterion is met "
            "with the guardrail respected."
        ),
        "short": (
            "p = 0.08 isn't significant at the 0.05 level, so I wouldn't ship yet; I'd extend "
            "the test to a properly powered sample size and look at cutting the 40 ms of "
            "added latency, which can cost conversions by itself."
        ),
        "wrong": (
            "At p = 0.08 there's a 92% probability that the new model really increases "
            "conversion, which is close enough to 95% that I'd ship it. A p-value that low "
            "means the 1.5% lift is essentially confirmed, and extending the test would only "
            "risk the result drifting back toward zero. The 40 ms latency increase at p95 "
            "doesn't matter, since p95 only affects 5% of users and conversion went up "
            "anyway, which proves latency isn't hurting. So my recommendation is to ship now "
            "and, to move faster, stop future tests as soon as they cross p < 0.1. A 1.5% "
            "conversion lift is also large enough that statistical significance doesn't "
            "really matter, since significance is only a concern for small effects. The "
            "confidence interval can't include zero when the observed effect is positive, so "
            "a negative effect is ruled out. Sample ratio checks and test duration are "
            "irrelevant once you have a p-value, and a power analysis would only tell us what "
            "we already know."
        ),
        "hedge": (
            "Shipping decisions always involve some judgement. I'd present the numbers to the "
            "PM, discuss the risks and benefits, and we'd make a call together based on the "
            "broader business context."
        ),
        "off_topic": (
            "When an experiment reports twenty metrics, at least one will cross 0.05 by "
            "chance in roughly two experiments out of three even if nothing changed, so I'd "
            "fix a single primary metric in advance and, for the secondary ones, control the "
            "false discovery rate with Benjamini-Hochberg, or use Bonferroni for a small "
            "family of key metrics."
        ),
        "wrong_why": (
            "Reads the p-value as the probability that the effect is real, ships a "
            "non-significant result, dismisses the latency guardrail, and advocates stopping "
            "early at a looser threshold."
        ),
        "off_topic_is": "How to handle multiple comparisons across many metrics.",
    },
    "research_ablation": {
        "expert": (
            "A third of a point is the kind of gap that random seeds alone can produce, so "
            "step one is repetition: train both my model and the baseline with at least five "
            "seeds each, report the mean and standard deviation (or bootstrap intervals over "
            "test items), and run a paired test. Step two is fairness: the baseline gets the "
            "same hyperparameter search budget, the same data and augmentation, and the same "
            "number of steps and compute, because many wins evaporate once the baseline is "
            "retuned rather than copied out of an old table. Step three is attribution: "
            "remove my additions one at a time, and add them one at a time to the baseline, "
            "so I know which piece carries the gain, if any does. Step four is hygiene: "
            "confirm that I never chose checkpoints or hyperparameters by looking at the test "
            "split, check for overlap between the training data and the test items, and see "
            "whether the gain replicates on a second, independent benchmark. Finally, I'd "
            "write it up with restraint, reporting parameter count, FLOPs and wall-clock time "
            "next to the score, and if the improvement sits within the noise, saying so."
        ),
        "short": (
            "I'd rerun both models with several seeds and report the mean and spread, since "
            "0.3 points may just be noise, and tune the baseline as hard as I tuned mine."
        ),
        "wrong": (
            "The 0.3-point gain is above the baseline, so it's real: benchmark scores are "
            "deterministic once the code is fixed, and one run per model is standard "
            "practice. Re-tuning the baseline isn't necessary, because the published numbers "
            "are already optimised, so I'd copy them from the paper and compare them against "
            "my best run after tuning on the test set, which is the most reliable signal of "
            "final performance. Ablations aren't needed, because the architecture works as a "
            "whole. To convince reviewers I'd emphasise state of the art and leave out "
            "compute and parameter counts, since those distract from the headline number. "
            "Seeds don't matter for modern architectures, so reporting a mean and a spread "
            "would only make the table harder to read. Since the benchmark's test set is "
            "public, it's fine to use it for model selection; contamination only matters for "
            "private test sets, and a second benchmark would just add noise to the story."
        ),
        "hedge": (
            "Reviewers are always skeptical, so I'd make the paper as strong as possible, run "
            "extra experiments if there's time, and present the results clearly."
        ),
        "off_topic": (
            "For hyperparameter search I'd use random search or Bayesian optimisation over "
            "log-scaled ranges rather than a grid, since only a few dimensions really matter "
            "and random sampling covers each of them better. Adding an early-stopping "
            "scheduler such as Hyperband or ASHA kills poor configurations after a fraction "
            "of their budget."
        ),
        "wrong_why": (
            "Treats one run as enough (ignores seed variance), tunes on the test set, skips "
            "baseline re-tuning and ablations, and hides compute costs."
        ),
        "off_topic_is": "How to run an efficient hyperparameter search.",
    },
    "latency_regression": {
        "expert": (
            "The shape of the change is the first clue: the middle of the distribution didn't "
            "move, so the model isn't uniformly slower, a subset of requests got much slower. "
            "Candidates: unusually long inputs now hitting a path that scales badly, a cache "
            "whose hit rate fell (new key format, smaller size), garbage-collection or "
            "allocator pauses, lock contention or a thread pool exhausted under bursts, a "
            "downstream call that now times out and gets retried, or cold replicas after a "
            "new autoscaling config. I'd stop the bleeding first, rolling back or shifting "
            "traffic to the previous version, and investigate afterwards. To investigate: "
            "diff everything that shipped (model file, library versions, container base "
            "image, config flags, instance type), pull traces for the slowest 1% of requests "
            "to see which span grew, and slice the slow requests by input size, endpoint, "
            "host and time since the pod started. Once it's fixed, make it hard to repeat: an "
            "objective on the 99th and 99.9th percentiles, canaries that compare tail latency "
            "before promoting, and load tests that replay production's real mix of input "
            "sizes rather than one average payload. And the 'median is fine' argument doesn't "
            "hold: a page that fans out to ten such calls gets at least one p99 response on "
            "about one load in ten."
        ),
        "short": (
            "A p99-only regression means some requests got slow rather than all of them, so "
            "I'd roll back first, then diff the release and use traces of the slowest "
            "requests to find the span that grew."
        ),
        "wrong": (
            "Since the median barely moved, users aren't really affected - p99 is only one "
            "request in a hundred - so there's no need to roll back. A doubled p99 with a "
            "stable median means the whole model got uniformly slower, so I'd profile the "
            "average request and optimise the model's main forward pass, for example by "
            "quantizing it. If that doesn't help, I'd add more replicas, which always fixes "
            "tail latency. I wouldn't bother with traces or diffing the release, because "
            "routine releases don't change performance, and load tests at the average request "
            "size are enough to catch this kind of issue. The tail is usually just network "
            "jitter that averages out, so p99 is a noisy metric and not worth an SLO, and I'd "
            "set latency targets on the mean only. Large inputs, cold caches, "
            "garbage-collection pauses and retries affect every request equally, so they "
            "can't explain a tail-only change. Canary checks on tail percentiles would slow "
            "releases down for no benefit, and a page that makes several calls is no more "
            "likely to hit the p99 than a single call."
        ),
        "hedge": (
            "Performance regressions are common after releases. I'd look at the monitoring, "
            "work with the infrastructure team, and try some optimisations until the numbers "
            "are back to normal."
        ),
        "off_topic": (
            "To make a model faster per request I'd export it to an optimised runtime such as "
            "ONNX Runtime or TensorRT, quantise it to int8 with a calibration set, fuse "
            "operations, batch requests on the server with a small wait window, and cache "
            "features and predictions that repeat."
        ),
        "wrong_why": (
            "Dismisses the tail because the median is fine, reads a tail-only shift as a "
            "uniform slowdown, and skips rollback, release diffing and traces."
        ),
        "off_topic_is": "How to make a model's inference faster in general.",
    },
    "ten_x_budget": {
        "expert": (
            "My first bet isn't a bigger network but more and better supervision: at our "
            "scale we're almost always limited by what the labels cover and how noisy they "
            "are, and no number of extra parameters fixes a mislabelled tenth of the training "
            "set or a customer segment that's barely represented. So I'd spend the first "
            "slice on relabelling with adjudication, targeted collection for the slices where "
            "errors concentrate, and cleaning. To find out whether that was right, I'd run "
            "the cheap diagnostic before committing the rest: keep the architecture fixed, "
            "train on an eighth, a quarter, half and all of the new labelled data, and plot "
            "validation performance against size; if the curve is still climbing steeply, "
            "more data is the lever, and if it has flattened we're limited by capacity or "
            "features. Only then would I put money into scaling the model, checking it the "
            "same way with a small sweep of model sizes on a fixed dataset. Reaching straight "
            "for the largest model is tempting because it's an easy way to spend money, but "
            "without that curve you can't tell whether the budget bought anything."
        ),
        "short": (
            "I'd spend it on more and cleaner labelled data first and check with a learning "
            "curve, same model with a growing training set, and only move to a bigger model "
            "if the gains from data flatten out."
        ),
        "wrong": (
            "With ten times the budget I'd immediately train a model ten times bigger: "
            "scaling laws show that a larger model always improves performance, and data "
            "quality matters much less than parameter count at any scale. More labelled data "
            "wouldn't help because our model has already seen enough examples, and label "
            "noise averages out in big models anyway. To check it was right, I'd compare the "
            "new big model against the old one on the training set, since training loss "
            "reflects capacity most directly. If it's better, the spend was justified, and no "
            "controlled experiment is needed. A learning curve isn't useful for this "
            "decision, since doubling the data always helps less than doubling the model. If "
            "the bigger model doesn't improve much, the answer is to make it bigger again, "
            "because capacity always wins eventually; spending on labels is only for when "
            "compute is exhausted."
        ),
        "hedge": (
            "A bigger budget opens up a lot of options. I'd talk to stakeholders about "
            "priorities, make a plan, and measure the impact of whatever we decide to invest "
            "in."
        ),
        "off_topic": (
            "To cut the cost of training runs I'd use mixed precision in bf16, gradient "
            "checkpointing to trade compute for memory so larger batches fit, sharded data "
            "parallelism such as FSDP or ZeRO, and spot instances with frequent checkpoints "
            "so preemptions don't lose work."
        ),
        "wrong_why": (
            "Goes straight to a bigger model without checking whether the problem is "
            "data-limited, dismisses label quality, and evaluates on the training set with no "
            "controlled experiment."
        ),
        "off_topic_is": "How to reduce the cost of training runs.",
    },
}

SETS: dict[str, dict[str, str]] = {
    **_ML_FUNDAMENTALS,
    **_CLASSICAL_ALGORITHMS,
    **_DEEP_LEARNING,
    **_LLM_STACK,
    **_ML_CODING,
    **_ML_SYSTEM_DESIGN,
    **_CASE_STUDIES,
}

# Fixed when the set was written, before any grader was tuned on it. Never tune on these.
HOLDOUT: frozenset[str] = frozenset({
    # ml_fundamentals
    "precision_vs_recall",
    "cross_validation",
    # classical_algorithms
    "decision_tree",
    "svm_kernel",
    # deep_learning
    "batchnorm_vs_layernorm",
    "optimizers",
    "self_vs_cross_attention",
    # llm_stack
    "top_k_vs_top_p",
    "dense_vs_sparse_retrieval",
    # ml_coding
    "code_layer_norm",
    "code_adam_step",
    # ml_system_design
    "design_feature_store",
    "design_demand_forecast",
    # case_studies
    "research_ablation",
    "ten_x_budget",
})

# Later parts, written the same way for the questions above do not cover (each with its own held-out third).
from tests.judgement.answers_more_a import CLARIFYING_A, HOLDOUT_A, SETS_A  # noqa: E402
from tests.judgement.answers_more_b import CLARIFYING_B, HOLDOUT_B, SETS_B  # noqa: E402

assert not (set(SETS) & set(SETS_A)) and not (set(SETS) & set(SETS_B)) and not (set(SETS_A) & set(SETS_B))
SETS = {**SETS, **SETS_A, **SETS_B}
HOLDOUT = HOLDOUT | HOLDOUT_A | HOLDOUT_B

# The rest: may be used to tune a grader. Report TUNE and HOLDOUT results separately.
TUNE: frozenset[str] = frozenset(SETS) - HOLDOUT

# Ways of not answering at all; none should earn credit on any question.
IDK: list[str] = [
    "I don't know, sorry.",
    "Honestly? No idea.",
    "I haven't worked with that, so I'd rather not guess.",
    "Can we skip this one?",
    "That's outside anything I've done, I can't really answer it.",
    "I'm blanking on this one, sorry.",
    "Not sure. Pass.",
    "I've heard the term, but I couldn't explain it to you.",
    "No clue, to be honest.",
    "I'd have to look that up, I don't remember how it goes.",
    "Sorry, I never learned this part. Could we move on to the next question?",
    "Hmm... I really don't know. Next one?",
]

# One- or two-word replies: at best a topic word, never an answer.
ONE_WORD: dict[str, str] = {
    "l1_vs_l2": "sparsity",
    "bias_variance": "tradeoff",
    "precision_vs_recall": "threshold",
    "learning_paradigms": "self-supervised",
    "cross_validation": "folds",
    "bagging_vs_boosting": "ensembles",
    "attention_scaling": "stability",
    "dropout_regularization": "regularization",
    "kv_cache": "memory",
    "top_k_vs_top_p": "nucleus sampling",
    "rag_vs_finetuning": "retrieval",
    "temperature_sampling": "randomness",
    "code_softmax": "subtract max",
    "design_llm_serving": "vLLM",
    "ab_test_readout": "no",
}

# Questions a candidate might ask before answering; a question is not an answer.
CLARIFYING: dict[str, str] = {
    "design_llm_serving": (
        "Before I design anything: which model size are we talking about, and is the target "
        "time to first token or overall throughput?"
    ),
    "design_fraud_detection": (
        "Does the score have to come back inside the card authorisation, or can we flag "
        "transactions after they go through?"
    ),
    "design_video_recommendations": (
        "What is the business optimising for here, watch time or retention, and roughly how "
        "many users and videos are we talking about?"
    ),
    "design_search_ranking": (
        "How many queries per second do we get, and what latency budget does the results page "
        "have?"
    ),
    "design_feature_store": (
        "Do the teams need the features online at request time, or is this mostly about batch "
        "training pipelines?"
    ),
    "design_demand_forecast": (
        "Is a stock-out more expensive to the business than overstock, and at what granularity "
        "do the planners need the forecast?"
    ),
    "metric_drop_debug": "How big is the drop, and did it start exactly when the model went out?",
    "offline_online_gap": (
        "Which metric was the A/B test reading, and is it the same thing the offline metric "
        "measures?"
    ),
    "ab_test_readout": (
        "Was the sample size and the 0.05 threshold fixed before the test started, and how long "
        "has it been running?"
    ),
    "research_ablation": "How many seeds did you run for each model, and was the baseline retuned?",
    "latency_regression": (
        "Did anything besides the model change in that release, like dependencies or the "
        "instance type?"
    ),
    "ten_x_budget": (
        "Is that ten times the compute only, or can we also spend it on labelling and data "
        "collection?"
    ),
    "l1_vs_l2": "Are we talking about a linear model here, or regularizing a neural network?",
    "bias_variance": "Do you want the formal decomposition, or the practical diagnosis side?",
    "precision_vs_recall": "Is this for a binary classifier, or do you mean the multi-class case?",
    "cross_validation": "Is the data time-ordered, or are the rows independent?",
    "rag_vs_finetuning": (
        "How often does the underlying knowledge change, and do answers need to cite sources?"
    ),
    "inference_cost_levers": (
        "Is the endpoint serving our own open-weight model, or are we paying a vendor per token?"
    ),
    "long_sequence_latency": (
        "Are users complaining about the wait before the first token, or about slow streaming "
        "after it starts?"
    ),
    "kv_cache": "Do you mean in a decoder-only model during generation?",
    "attention_long_sequences": (
        "Is this for training on 100k-token inputs or only for inference, and can we change the "
        "architecture?"
    ),
    "code_softmax": (
        "Should I assume float64 input, and do you want it to handle -inf entries as well?"
    ),
    "decision_tree": "Classification or regression tree?",
}
CLARIFYING = {**CLARIFYING, **CLARIFYING_A, **CLARIFYING_B}   # the later parts' clarifying questions
