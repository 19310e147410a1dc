"""Expert answers in two further voices, written by helper vclass from each question's prompt alone
(key points read only after the first grading): a *story* voice that answers through a concrete case
from the speaker's own work, and a *terse* senior voice (short clauses, pronoun subjects,
abbreviations, inline maths). Classical-algorithms questions; each answer must reach 0.7."""

from __future__ import annotations

EXPERTS = {
    "decision_tree": [
        (
            "On a credit-risk project I started with a single decision tree because the risk team wanted rules "
            "they could read. At each node the tree tries every feature and every threshold and picks the split "
            "that most reduces impurity, Gini or entropy, that is information gain, for classification, or "
            "variance for regression, weighted by how many samples go to each child. It is greedy, one node at a "
            "time, with no lookahead. A leaf predicts the majority class of the training samples that land in it, "
            "or their class proportions as a probability; for regression, the mean of their targets. The "
            "strengths showed up fast: we could print the rules for the regulators, we needed no feature scaling, "
            "and it picked up nonlinear effects and interactions and mixed numeric and categorical columns. The "
            "weakness too: grown fully, our tree overfit badly, 99 percent on train and much worse on validation, "
            "and a small change in the data gave a completely different tree, so high variance. Its splits are "
            "axis-aligned, so a diagonal boundary becomes a staircase, and its piecewise constant predictions "
            "cannot extrapolate. We capped the depth, pruned, and later moved to a random forest."
        ),
        (
            "Greedy, top-down: at each node it tries every feature and threshold, keeps the split with the biggest "
            "impurity drop, Gini or entropy / info gain for classification, variance or MSE for regression, "
            "weighted by child sizes; recurses until max depth, min samples per leaf, or a pure node. A leaf "
            "predicts the majority class, or class frequencies as the probability; in regression, the mean of its targets. "
            "Upside: it's interpretable, needs no scaling, handles nonlinearity, interactions and mixed types, and "
            "shrugs off outliers in the inputs. Downside: high variance; fully grown it overfits, memorises noise; unstable, a "
            "small change in the data gives a totally different tree; splits are axis-aligned, so diagonal "
            "boundaries need staircases; predictions are piecewise constant, so it can't extrapolate; greedy, so "
            "not globally optimal. Fix: prune or cap depth, or ensemble them, RF or GBM."
        ),
    ],
    "gradient_boosting": [
        (
            "Our demand-forecasting model ran on LightGBM, and to really understand it I once wrote a toy version. "
            "You start from a constant prediction, say the mean. In each round you compute, for every training "
            "example, the negative gradient of the loss with respect to the current prediction; for squared error "
            "that is just the residual, y minus prediction. You fit a small regression tree to those "
            "pseudo-residuals, then add that tree's output, scaled by a learning rate like 0.1, to the ensemble. "
            "So it is gradient descent in function space: each tree is a step in the direction that lowers the "
            "loss fastest, which is why it is called gradient boosting, and any differentiable loss works, log "
            "loss or Huber. What XGBoost adds: a second-order expansion that uses the hessian as well as the "
            "gradient to set leaf values and score splits, explicit regularisation on the number of leaves and an "
            "L2 penalty on leaf weights, row and column subsampling, and fast histogram split finding with "
            "built-in handling of missing values. We picked the number of rounds by early stopping, because too "
            "many rounds overfit."
        ),
        (
            "Start from a constant, f0 = mean or log-odds. Round m: compute pseudo-residuals r_i = -dL/df(x_i) at "
            "the current predictions; for MSE that's just y - f. Fit a shallow regression tree to r; set its leaf "
            "values by a line search; update f_m = f_(m-1) + eta * h_m, eta the learning rate, i.e. shrinkage. "
            "Why 'gradient': it's GD in function space; each tree approximates the negative gradient of the loss, "
            "so any differentiable loss plugs in. XGBoost adds: second-order info, gradient and hessian, a Newton "
            "step for leaf weights and split gain; a regularised objective, gamma per leaf and lambda L2 on leaf "
            "weights; row and column subsampling; histogram or approximate splits, sparsity-aware missing values, "
            "parallel and cache-aware. Tune the rounds via early stopping; small eta needs more rounds but "
            "generalises better."
        ),
    ],
    "svm_kernel": [
        (
            "I used SVMs on a small text-classification job with about 20 thousand documents. An SVM finds the "
            "hyperplane that separates the classes with the maximum margin, the widest gap between the boundary "
            "and the closest points of each class. Formally it minimises one half of the squared norm of w "
            "subject to y_i times (w dot x_i plus b) being at least one; the soft-margin version adds slack "
            "variables, which amounts to a hinge loss, and C trades margin width against violations. The support "
            "vectors are the training points that lie on the margin or inside it, the ones with nonzero Lagrange "
            "multipliers; the boundary depends only on them, and removing any other point changes nothing. In our "
            "case only a few hundred documents were support vectors. The kernel trick: when the data is not "
            "linearly separable you could map it into a higher-dimensional feature space, but that is expensive or "
            "even infinite. The dual problem only uses dot products between points, so you replace each one with "
            "a kernel such as RBF or polynomial, which computes the inner product in that space without ever "
            "computing the mapping. You get nonlinear boundaries, at the cost of an n by n kernel matrix."
        ),
        (
            "Max-margin linear classifier: min 1/2 ||w||^2 s.t. y_i(w^T x_i + b) >= 1, i.e. maximise the margin "
            "2/||w||. Soft margin: add slack xi_i, plus C * sum xi_i, which is hinge loss plus L2; C trades margin "
            "width vs violations. Support vectors: the points on or inside the margin, nonzero dual alpha_i; "
            "w = sum alpha_i y_i x_i, so the decision function depends only on them; drop the rest and the "
            "solution doesn't change. Kernel trick: the dual and the prediction touch the data only via dot "
            "products x_i^T x_j; replace those with K(x_i, x_j) = phi(x_i)^T phi(x_j), RBF or polynomial, and "
            "you get a linear separator in a high, even infinite-dimensional feature space without ever computing "
            "phi. So nonlinear boundaries at kernel cost. Catch: it needs the n x n Gram matrix, so training is "
            "roughly O(n^2) to O(n^3) and it doesn't scale past a few hundred thousand rows; that's why boosting "
            "and deep nets displaced it, and it's now a small-data tool. Feature scaling matters; pick C and "
            "gamma by CV."
        ),
    ],
    "knn_basics": [
        (
            "For a fraud-lookup tool we used kNN as the baseline. Training is basically nothing: it is a lazy "
            "learner, you just store the training set, maybe build an index like a KD-tree. At prediction time "
            "you compute the distance from the query to every stored point, take the k closest, and predict the "
            "majority vote of their labels, optionally weighted by inverse distance. So all the cost is at query "
            "time, O(n times d) per query, which hurt us when the set grew. The choices that matter: k first. A "
            "small k like 1 is noisy and overfits, high variance; a large k smooths too much and underfits, so we "
            "picked k by cross-validation, odd to avoid ties. Then the distance metric, Euclidean, Manhattan or "
            "cosine. Feature scaling was the big one for us: the transaction amount in dollars dominated the "
            "distance until we standardised the features. And the curse of dimensionality: in high dimensions all "
            "distances look alike, so we reduced the dimensions first."
        ),
        (
            "Lazy learner: training is just storing the data, no fitting, modulo building an index like a KD-tree "
            "or ball tree. Prediction: distance from the query to all n points, take the k nearest, majority vote, "
            "or a distance-weighted vote; O(n*d) per query, memory O(n*d). Choices: k; small k means low bias, high "
            "variance, a noisy boundary, it overfits; large k is smoother, underfits; pick it via CV, odd k for "
            "binary to avoid ties. Metric: Euclidean, Manhattan, cosine for text. Scaling: must standardise "
            "features, otherwise the largest-range feature dominates the distance. Curse of dimensionality: in "
            "high d distances concentrate and neighbours stop being meaningful; reduce dims or select features. "
            "Class imbalance too: the majority class wins the votes; weighting helps."
        ),
    ],
}
