"""Expert answers in two further voices, written by helper vclass from each question's prompt alone
(key points read only after the first grading): a *story* voice that answers through a concrete case
from the speaker's own work, and a *terse* senior voice (short clauses, pronoun subjects,
abbreviations, inline maths). Classical-algorithms questions; each answer must reach 0.7.

BELOW_BAR keeps answers left out of EXPERTS because a grader limit (not the rubric's patterns)
holds them under 0.7, each with the reason; they are not tested."""

from __future__ import annotations

EXPERTS = {
    "decision_tree": [
        (
            "On a credit-risk project I started with a single decision tree because the risk team wanted rules "
            "they could read. At each node the tree tries every feature and every threshold and picks the split "
            "that most reduces impurity, Gini or entropy, that is information gain, for classification, or "
            "variance for regression, weighted by how many samples go to each child. It is greedy, one node at a "
            "time, with no lookahead. A leaf predicts the majority class of the training samples that land in it,"
            " or their class proportions as a probability; for regression, the mean of their targets. The "
            "strengths showed up fast: we could print the rules for the regulators, we needed no feature scaling,"
            " and it picked up nonlinear effects and interactions and mixed numeric and categorical columns. The "
            "weakness too: grown fully, our tree overfit badly, 99 percent on train and much worse on validation,"
            " and a small change in the data gave a completely different tree, so high variance. Its splits are "
            "axis-aligned, so a diagonal boundary becomes a staircase, and its piecewise constant predictions "
            "cannot extrapolate. We capped the depth, pruned, and later moved to a random forest."
        ),
        (
            "Greedy, top-down: at each node it tries every feature and threshold, keeps the split with the "
            "biggest impurity drop, Gini or entropy / info gain for classification, variance or MSE for "
            "regression, weighted by child sizes; recurses until max depth, min samples per leaf, or a pure node."
            " A leaf predicts the majority class, or class frequencies as the probability; in regression, the "
            "mean of its targets. Upside: it's interpretable, needs no scaling, handles nonlinearity, "
            "interactions and mixed types, and shrugs off outliers in the inputs. Downside: high variance; fully "
            "grown it overfits, memorises noise; unstable, a small change in the data gives a totally different "
            "tree; splits are axis-aligned, so diagonal boundaries need staircases; predictions are piecewise "
            "constant, so it can't extrapolate; greedy, so not globally optimal. Fix: prune or cap depth, or "
            "ensemble them, RF or GBM."
        ),
    ],
    "gradient_boosting": [
        (
            "Our demand-forecasting model ran on LightGBM, and to really understand it I once wrote a toy "
            "version. You start from a constant prediction, say the mean. In each round you compute, for every "
            "training example, the negative gradient of the loss with respect to the current prediction; for "
            "squared error that is just the residual, y minus prediction. You fit a small regression tree to "
            "those pseudo-residuals, then add that tree's output, scaled by a learning rate like 0.1, to the "
            "ensemble. So it is gradient descent in function space: each tree is a step in the direction that "
            "lowers the loss fastest, which is why it is called gradient boosting, and any differentiable loss "
            "works, log loss or Huber. What XGBoost adds: a second-order expansion that uses the hessian as well "
            "as the gradient to set leaf values and score splits, explicit regularisation on the number of leaves"
            " and an L2 penalty on leaf weights, row and column subsampling, and fast histogram split finding "
            "with built-in handling of missing values. We picked the number of rounds by early stopping, because "
            "too many rounds overfit."
        ),
        (
            "Start from a constant, f0 = mean or log-odds. Round m: compute pseudo-residuals r_i = -dL/df(x_i) at"
            " the current predictions; for MSE that's just y - f. Fit a shallow regression tree to r; set its "
            "leaf values by a line search; update f_m = f_(m-1) + eta * h_m, eta the learning rate, i.e. "
            "shrinkage. Why 'gradient': it's GD in function space; each tree approximates the negative gradient "
            "of the loss, so any differentiable loss plugs in. XGBoost adds: second-order info, gradient and "
            "hessian, a Newton step for leaf weights and split gain; a regularised objective, gamma per leaf and "
            "lambda L2 on leaf weights; row and column subsampling; histogram or approximate splits, sparsity-"
            "aware missing values, parallel and cache-aware. Tune the rounds via early stopping; small eta needs "
            "more rounds but generalises better."
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
            "multipliers; the boundary depends only on them, and removing any other point changes nothing. In our"
            " case only a few hundred documents were support vectors. The kernel trick: when the data is not "
            "linearly separable you could map it into a higher-dimensional feature space, but that is expensive "
            "or even infinite. The dual problem only uses dot products between points, so you replace each one "
            "with a kernel such as RBF or polynomial, which computes the inner product in that space without ever"
            " computing the mapping. You get nonlinear boundaries, at the cost of an n by n kernel matrix."
        ),
        (
            "Max-margin linear classifier: min 1/2 ||w||^2 s.t. y_i(w^T x_i + b) >= 1, i.e. maximise the margin "
            "2/||w||. Soft margin: add slack xi_i, plus C * sum xi_i, which is hinge loss plus L2; C trades "
            "margin width vs violations. Support vectors: the points on or inside the margin, nonzero dual "
            "alpha_i; w = sum alpha_i y_i x_i, so the decision function depends only on them; drop the rest and "
            "the solution doesn't change. Kernel trick: the dual and the prediction touch the data only via dot "
            "products x_i^T x_j; replace those with K(x_i, x_j) = phi(x_i)^T phi(x_j), RBF or polynomial, and you"
            " get a linear separator in a high, even infinite-dimensional feature space without ever computing "
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
            "small k like 1 is noisy and overfits, high variance; a large k smooths too much and underfits, so we"
            " picked k by cross-validation, odd to avoid ties. Then the distance metric, Euclidean, Manhattan or "
            "cosine. Feature scaling was the big one for us: the transaction amount in dollars dominated the "
            "distance until we standardised the features. And the curse of dimensionality: in high dimensions all"
            " distances look alike, so we reduced the dimensions first."
        ),
        (
            "Lazy learner: training is just storing the data, no fitting, modulo building an index like a KD-tree"
            " or ball tree. Prediction: distance from the query to all n points, take the k nearest, majority "
            "vote, or a distance-weighted vote; O(n*d) per query, memory O(n*d). Choices: k; small k means low "
            "bias, high variance, a noisy boundary, it overfits; large k is smoother, underfits; pick it via CV, "
            "odd k for binary to avoid ties. Metric: Euclidean, Manhattan, cosine for text. Scaling: must "
            "standardise features, otherwise the largest-range feature dominates the distance. Curse of "
            "dimensionality: in high d distances concentrate and neighbours stop being meaningful; reduce dims or"
            " select features. Class imbalance too: the majority class wins the votes; weighting helps."
        ),
    ],
    "linear_regression": [
        (
            "On a pricing project I started with plain linear regression as the baseline. The model predicts the "
            "target as a weighted sum of the features plus an intercept, y hat equals w transpose x plus b. We "
            "fit it by minimising the mean squared error. There are two ways to fit it. The closed form, the "
            "normal equation, sets w to the inverse of X transpose X times X transpose y; that was fine for our "
            "few dozen features, but inverting that matrix costs cubic time in the number of features and breaks "
            "when features are collinear. Gradient descent instead takes repeated steps against the gradient of "
            "the loss; we switched to it, in mini-batches, when the data grew to tens of millions of rows and "
            "didn't fit in memory. The classical assumptions: the relationship is linear, the errors are "
            "independent, they have constant variance, and for the usual confidence intervals they are normally "
            "distributed, plus no strong multicollinearity. Our residuals fanned out with price, so the constant-"
            "variance assumption failed and we modelled log price."
        ),
        (
            "Model: y_hat = w^T x + b, a linear combination of features. Loss: MSE, (1/n) sum (y - y_hat)^2, "
            "which is convex and is the MLE under Gaussian noise. Two fits. Closed form: the normal equation, w ="
            " (X^T X)^-1 X^T y; exact, one shot, but it costs O(d^3) to invert and is ill-conditioned with "
            "collinear features, so use a pseudo-inverse or QR. Gradient descent: the gradient is (2/n) X^T (Xw -"
            " y); iterate w -= lr * grad; it scales to big n or d and streams in mini-batches, but it needs a "
            "learning rate and scaled features. Assumptions of the classical version: linearity in the "
            "parameters; independent errors; homoscedasticity, i.e. constant error variance; normally distributed"
            " errors for the t-tests and intervals; no perfect multicollinearity. They concern the errors, not "
            "the features."
        ),
    ],
    "logistic_regression_gradient": [
        (
            "I derived this when we debugged a hand-rolled click model. Logistic regression computes a linear "
            "score z equals w dot x plus b and passes it through the sigmoid, one over one plus e to the minus z,"
            " so the output is the probability of the positive class. The loss is the binary cross-entropy, the "
            "negative log-likelihood: minus y log p minus one minus y log one minus p. For the derivation I use "
            "the chain rule in three pieces. The derivative of the loss with respect to p is minus y over p plus "
            "one minus y over one minus p. The sigmoid's derivative with respect to z is p times one minus p. And"
            " z with respect to w is just x. Multiply them and the p times one minus p cancels the denominators, "
            "leaving p minus y. So the gradient with respect to w is p minus y times x, averaged over the batch, "
            "X transpose times p minus y over n. Our bug was a flipped sign, y minus p, which made the descent "
            "climb the loss."
        ),
    ],
    "bagging_vs_boosting": [
        (
            "On a fraud model we tried both, so I learned the difference the practical way. Bagging trains many "
            "models independently, in parallel, each on a bootstrap sample of the rows, and averages them or "
            "takes a vote. Because each deep tree is low bias but high variance and their errors are partly "
            "independent, averaging cuts the variance; the standard example is the random forest, which also "
            "samples features at each split to decorrelate the trees. Boosting trains models sequentially, each "
            "new one focusing on the examples the ensemble so far gets wrong, reweighting them as in AdaBoost or "
            "fitting the residuals as in gradient boosting; it starts from weak, shallow, high-bias learners and "
            "mainly reduces bias. The standard examples are AdaBoost and gradient boosted trees like XGBoost. The"
            " tradeoff showed up for us: the forest was robust and hard to overfit, while the boosted model was "
            "more accurate but overfit the noisy labels until we tuned the learning rate and early stopping, and "
            "it could not be parallelised across trees."
        ),
    ],
    "kmeans": [
        (
            "We used k-means to segment stores by their sales profile. You pick k, initialise k centroids, in "
            "practice with k-means++ which spreads the first centroids out, then alternate two steps. The "
            "assignment step puts each point in the cluster of its nearest centroid. The update step moves each "
            "centroid to the mean of the points assigned to it. You repeat until the assignments stop changing. "
            "The objective is the within-cluster sum of squared distances from each point to its centroid, also "
            "called inertia; each step can only lower it, so it converges, but only to a local minimum, which is "
            "why we ran ten restarts and kept the best. To choose k we plotted inertia against k and looked for "
            "the elbow, checked silhouette scores, and in the end the merchandising team's need for a handful of "
            "segments they could act on decided between the candidates."
        ),
        (
            "Init k centroids, ideally with k-means++, which spreads them apart, since the result depends on the "
            "start. Then alternate: assign each point to its nearest centroid, Euclidean; recompute each centroid"
            " as the mean of its points. Repeat until the assignments stop changing. Objective: minimise the "
            "within-cluster sum of squares, sum over points of ||x - mu_c||^2, a.k.a. inertia. Both steps are "
            "coordinate descent on it, so it monotonically decreases and converges, but to a local optimum; NP-"
            "hard globally, so run several restarts and keep the lowest. Cost O(n k d) per iteration. Choosing k:"
            " inertia always drops as k grows, so look for the elbow; or maximise the silhouette score; gap "
            "statistic; or let the downstream use pick it."
        ),
    ],
    "kmeans_pitfalls": [
        (
            "I hit most of these on a customer segmentation job. K-means assumes round, similar-sized clusters, "
            "because it assigns each point to the nearest centroid by Euclidean distance, so it cuts elongated, "
            "crescent-shaped or nested clusters badly, splits a big cluster while merging small ones, and gets "
            "pulled around by outliers. For those shapes we used DBSCAN or a Gaussian mixture instead. The "
            "features also had to be standardised, since spend in dollars dominated the distance. Initialization "
            "matters because the objective is non-convex: a bad random start converged to a poor local minimum, "
            "two centroids in one blob, so we switched to k-means++ and ran several restarts, keeping the lowest "
            "inertia. And in my own implementation a cluster once ended up empty, so its mean was a division by "
            "zero giving NaN; the code has to handle it, by re-seeding that centroid at the point farthest from "
            "its current centroid or at a random point, never by leaving a NaN centroid."
        ),
        (
            "Shapes: it assumes spherical, equal-variance, similar-size clusters, since assignment is by "
            "Euclidean distance to a centroid; so it fails on elongated, concentric or moon-shaped clusters, very"
            " different densities or sizes, and outliers drag the means. Use DBSCAN, spectral clustering or a GMM"
            " there. Scale the features first, or the biggest-unit one dominates. Init: the objective is non-"
            "convex, so it converges to a local minimum that depends on the start; random init can put two "
            "centroids in one cluster. Fix: k-means++ plus n_init restarts, keep the lowest inertia. Empty "
            "cluster: if no point is assigned, the mean is 0/0, NaN; the implementation must handle it, re-seed "
            "that centroid at the farthest point or a random point, or split the biggest cluster; never leave it "
            "NaN or silently drop it."
        ),
    ],
    "trees_vs_linear": [
        (
            "On our loan-default model we ran both, and that shaped my rule of thumb. I start with a gradient "
            "boosted tree ensemble when the signal is nonlinear, there are interactions, mixed numeric and "
            "categorical columns, missing values and skewed features, because trees handle all that with little "
            "feature engineering and usually win on tabular accuracy. I start with a linear model, logistic "
            "regression, when interpretability or regulation demands clear coefficients, when data is small, or "
            "when features are very high-dimensional and sparse like text, where a regularised linear model does "
            "very well. Linear models are also fast to train and serve, give well-calibrated probabilities, and "
            "extrapolate outside the training range where trees just predict a constant. For the loan model the "
            "regulator pushed us to the linear model; when it lagged the boosted model by several points of AUC "
            "we added engineered interaction features. In the end I decide by validation: same splits, same "
            "metric, and the simpler model wins unless the gap matters."
        ),
    ],
    "knn_scaling": [
        (
            "We built a similar-items feature on about 800 million embeddings, so I lived this one. Exact kNN "
            "compares the query with every stored vector, O(n times d) per query, so the latency grows linearly "
            "with the dataset, and all the vectors have to sit in memory: 800 million by 256 floats is hundreds "
            "of gigabytes. Tree indexes like KD-trees do not rescue you, because in high dimensions the curse of "
            "dimensionality makes them degrade back to scanning nearly everything. So production systems use "
            "approximate nearest-neighbour search and trade a little recall for orders of magnitude in speed. We "
            "used FAISS with an IVF index, which clusters the vectors and searches only the few nearest lists, "
            "and product quantization to compress each vector to a few bytes; HNSW graphs are the other common "
            "choice. We sharded the index across machines, fanned each query out, merged the candidates, and re-"
            "ranked the top few hundred with exact distances. We tuned nprobe to hit 95 percent recall at 10."
        ),
        (
            "Exact kNN is a linear scan: O(n*d) distance computations per query, so latency grows linearly with "
            "n; memory O(n*d) too, a billion 768-dim float32 vectors is ~3 TB. KD-trees and ball trees don't save"
            " it, since in high d the curse of dimensionality makes them visit almost every leaf. Production uses"
            " ANN: HNSW, a navigable small-world graph, greedy search, roughly log n; IVF, k-means coarse "
            "clusters, probe only a few; PQ, product quantization, compresses vectors to bytes and computes "
            "distances approximately; LSH. Libraries: FAISS, ScaNN, Annoy. It trades recall for speed; you tune "
            "nprobe or efSearch to a recall@k target. At a billion you also shard across machines, keep "
            "compressed codes in RAM, often on GPUs, and re-rank the shortlist with exact distances."
        ),
    ],
}

BELOW_BAR = {
    "logistic_regression_gradient": (
        (
            "LR: z = w^T x + b, p = sigmoid(z) = 1/(1 + e^-z), the probability that y = 1. Loss: BCE, the NLL of "
            "a Bernoulli: L = -[y log p + (1 - y) log(1 - p)]; it's convex, unlike MSE through a sigmoid. "
            "Derivation by the chain rule: dL/dw = dL/dp * dp/dz * dz/dw. dL/dp = -y/p + (1 - y)/(1 - p). The "
            "sigmoid's derivative: dp/dz = p(1 - p). dz/dw = x. Multiply: the p(1 - p) cancels the denominators, "
            "because dL/dp puts exactly p(1 - p) under its common denominator; so dL/dz = p - y, and dL/dw = (p -"
            " y) x. Over a batch the gradient is (1/n) X^T (p - y), the bias gets the mean of p - y. Same shape "
            "as linear regression's gradient, prediction minus target times the input. No closed form, so GD or "
            "Newton."
        ),
        (
            "0.698: a maths-heavy terse derivation; the ')' of 'log(1 - p)' and 'p(1 - p)' ends a sentence early,"
            " and its 'because'/'so' sentences earn no reasoning or ordering cue, so depth and communication stay"
            " low although every key point is covered."
        ),
    ),
    "bagging_vs_boosting": (
        (
            "Bagging: bootstrap samples, train the models independently, in parallel, average or vote. It attacks"
            " variance; it needs low-bias, high-variance base learners, deep trees. Canonical case: random "
            "forest, which adds a random feature subset per split to decorrelate the trees. Boosting: sequential,"
            " each learner fits what the ensemble so far gets wrong, reweighted points in AdaBoost, the residuals"
            " or gradients in GBM. It attacks bias; it uses weak learners, stumps or shallow trees. Canonical "
            "case: AdaBoost, gradient boosting, XGBoost, LightGBM. Tradeoffs: boosting is usually more accurate "
            "on tabular data but it can overfit noise and needs tuning, the learning rate and the number of "
            "rounds; bagging is robust, hard to overfit by adding trees, and embarrassingly parallel."
        ),
        (
            "0.66: 'It attacks variance; it needs low-bias ... base learners' and 'It attacks bias; it uses weak "
            "learners' say each claim with a pronoun subject after a 'Bagging: ...' / 'Boosting: ...' head, and "
            "the semicolon cuts the learner type off from the error it reduces."
        ),
    ),
    "trees_vs_linear": (
        (
            "Default for tabular: a GBDT, LightGBM or XGBoost; it handles nonlinearity, interactions, mixed "
            "types, missing values and monotone transforms with no scaling, and it usually wins on accuracy. "
            "Linear, LR or a GLM, first when: you need interpretable coefficients for regulators; the data is "
            "small; the features are high-dim sparse, text or one-hot, where a regularised linear model is hard "
            "to beat; latency or memory is tight; you need calibrated probabilities; or you must extrapolate, "
            "since trees predict a constant outside the training range. What pushes me over: if the linear "
            "model's residuals show nonlinearity or interactions, move to trees; if the trees overfit a small "
            "dataset, drift, or need explaining, move back. Decide on a held-out set or CV with the same metric."
        ),
        (
            "0.20: a false alarm. 'if the linear model's residuals show nonlinearity or interactions, move to "
            "trees' (correct) reads as swapped:trees_for_nonlinear_mixed because the side named nearest before "
            "the claim is 'linear model'; and 'Linear ... first when: the data is small; ... latency or memory is"
            " tight; you need calibrated probabilities' loses its subject at each semicolon."
        ),
    ),
}
