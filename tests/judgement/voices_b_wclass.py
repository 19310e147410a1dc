"""Expert answers in two more voices, written by helper wclass from each question's prompt alone
(key points read only after the first grading): a *second-language* voice (a strong candidate whose
English is a second language: simple grammar, dropped articles, agreement slips, short sentences,
content correct and complete) and a *teacher* voice (explains to a junior colleague: everyday
analogy first, then the mechanism, a small worked number, and a rule of thumb).
Classical-algorithms questions; each answer must reach 0.7."""

from __future__ import annotations

EXPERTS = {
    "decision_tree": [
        (
            "Decision tree choose split in greedy way. At every node it try all features and all thresholds, "
            "and it keep the split which give biggest decrease of impurity. For classification impurity is Gini "
            "or entropy, so we maximize information gain. For regression we use variance, or mean squared error. "
            "Impurity of children is weighted by number of samples in each child. Tree stop when max depth is "
            "reached, or node is pure, or too few samples. Leaf predict majority class of training samples in "
            "that leaf, or class proportion as probability. In regression leaf predict mean of targets. Good "
            "things: tree is easy to interpret, no need for feature scaling, it handle nonlinear relation and "
            "interaction, and mixed feature types. Bad things: single deep tree overfit a lot, it has high "
            "variance, small change in data give totally different tree. Splits are axis aligned so diagonal "
            "boundary need many splits. Also it cannot extrapolate outside training range. So we limit depth, "
            "prune, or use random forest or boosting."
        ),
        (
            "Think of twenty questions: you ask what cuts the possibilities most, then ask again. A decision tree does that with the data. At each node it tries every "
            "feature and every threshold and picks the split that reduces impurity the most, using Gini or "
            "entropy for classification and variance for regression, Small "
            "example: a node has 10 samples, 5 spam and 5 not, Gini 0.5. A split that sends 5 spam left and 5 "
            "ham right gives two pure children, Gini 0, so the gain is the full 0.5. The search is greedy, without lookahead. A leaf predicts the majority class of the training points that "
            "fall into it, or the class fractions as a probability, and for regression the mean of their "
            "targets. Strengths: readable rules, no feature scaling needed, it captures nonlinear effects and "
            "interactions. Weaknesses: a deep tree overfits and has high variance, because a small data change grows a different tree; boundaries are axis-aligned, and it cannot extrapolate beyond the "
            "training range. Rule of thumb: cap the depth or prune, or use a forest or boosting."
        ),
    ],
    "gradient_boosting": [
        (
            "Gradient boosting build trees one after another. In one round we have current model prediction F. "
            "We compute for every training sample negative gradient of loss with respect to this prediction. For "
            "squared error this negative gradient is just residual, y minus prediction. Then we fit small "
            "regression tree to these pseudo residuals. We add the new tree to model, multiplied by learning "
            "rate, shrinkage, like 0.1. So the model take small step. Name is gradient boosting because this is "
            "gradient descent in function space: each tree is one step in direction of negative gradient of "
            "loss, and any differentiable loss work, like log loss for classification. XGBoost add more things. "
            "It use second order information, gradient and hessian, to compute leaf values. It has "
            "regularization on number of leaves and L2 on leaf weights, so trees are simpler. It also do "
            "histogram split finding, handle missing values by learning default direction, column subsampling, "
            "and parallel computation, so it is much faster."
        ),
        (
            "Picture archers where each one only corrects where the previous ones missed; gradient boosting works "
            "like that. In one "
            "round you take the current ensemble's predictions, compute the negative gradient of the loss for "
            "each training example, and fit a new shallow regression tree to those values. With squared error "
            "the negative gradient is simply the residual: if the target is 10 and the model says 7, the new "
            "tree tries to predict 3. Then you add the tree scaled by a learning rate, say 0.1, so the prediction "
            "moves from 7 to 7.3, and repeat. It's called gradient boosting because each round is a step of "
            "gradient descent in function space, which lets you plug in any differentiable loss, like log loss. "
            "XGBoost adds a second-order Newton step using the hessian, regularization of tree complexity with a "
            "penalty on leaves and L2 on leaf weights, missing-value handling and fast histogram splits. Rule of thumb: small learning rate, more trees, and early stopping on validation."
        ),
    ],
    "knn_basics": [
        (
            "kNN is lazy learner. At training time it do nothing, only store all training data. At prediction "
            "time, for new point we compute distance to every training point, we take k closest ones, and we do "
            "majority vote of their labels. Sometimes vote is weighted by inverse distance, so closer neighbour "
            "count more. Choices which matter: first is k. Small k, like 1, give very noisy boundary, overfit, "
            "high variance. Large k give smooth boundary but underfit, high bias. We choose k with cross "
            "validation, and odd k avoid ties in binary case. Second is distance metric, euclidean, manhattan or "
            "cosine. Third is feature scaling: features must be standardized, otherwise feature with big range "
            "dominate distance. Also in high dimension, curse of dimensionality make all distances similar, so "
            "kNN work bad. Prediction is slow, O(n times d) for every query, so for big data we need index like "
            "KD tree or approximate nearest neighbour."
        ),
        (
            "Think of guessing a stranger's vote by asking their five nearest neighbours; k-nearest neighbours "
            "classifies the same way. Training is trivial: it just "
            "stores the training set, nothing is learned, which is why it is called a lazy learner. At prediction "
            "time, for a new point it computes the distance to every stored point, takes the k closest and "
            "returns the majority vote of their labels. "
            "Example: with k equal to 5, if three neighbours are cats and two are dogs, we predict cat. The "
            "choices that matter: k itself, since a small k overfits to noise and a large k underfits and blurs "
            "the boundary, so pick it by cross-validation; the distance metric, Euclidean or cosine; and feature "
            "scaling, because a feature in dollars would dominate one in years unless you standardize. In high "
            "dimensions distances concentrate and neighbours stop being meaningful. And every query costs O(n d), "
            "so large sets need an approximate index. Rule of thumb: scale features, try odd k between 3 and 15."
        ),
    ],
    "svm_kernel": [
        (
            "SVM look for separating hyperplane with maximum margin. Margin is two over norm of w, so we minimize norm w squared subject to "
            "constraint y times (w x plus b) at least 1 for every point. In real data classes overlap, so we use "
            "soft margin: we add slack variables, it is hinge loss, and C parameter control trade off between "
            "wide margin and training errors. Support "
            "vectors are training points which lie on margin or inside it or misclassified. Only they have "
            "nonzero dual coefficients, so only they define the boundary; if you remove other points, solution "
            "do not change. Kernel trick solve problem of nonlinear data. We want map data into high dimension "
            "feature space where it is linearly separable, but computing mapping is expensive. Dual problem use "
            "only dot products, so we replace dot product with kernel function, like RBF or polynomial, and "
            "never compute mapping explicitly. But kernel matrix is n squared, so kernel SVM is good for small "
            "data; for millions of rows people use boosting or neural nets."
        ),
        (
            "Imagine the widest road you can draw between two villages, houses of each on their own side. A support vector machine finds "
            "the separating hyperplane with the largest margin, the distance to the closest points of each class. "
            "Maximising it means minimising the squared norm of w while keeping every point on its correct side. With noisy data we "
            "allow slack, which is the hinge loss, and C trades margin width against violations: C of 1000 "
            "tolerates almost no errors, C of 0.01 tolerates many. The support vectors are the points on or "
            "inside the margin; they alone determine the boundary, and deleting any other point changes nothing. "
            "The kernel trick handles data that is not linearly separable: the dual only needs dot products, so "
            "we replace them with a kernel like RBF, which equals a dot product in a high-dimensional feature "
            "space without ever computing the mapping. Rule of thumb: the kernel matrix grows with n squared, so kernel "
            "SVMs suit small datasets; start with RBF and tune C and gamma together."
        ),
    ],
    "linear_regression": [
        (
            "Linear regression model say target is linear function of features: y hat equal w transpose x plus "
            "b. Loss is mean squared error, average of squared difference between prediction and true y. There "
            "is two ways to fit. First is closed form, normal equation: w equal X transpose X inverse, X "
            "transpose y. It is exact but cost is cubic in number of features, and X transpose X must be "
            "invertible. Second way is gradient descent: we compute gradient of MSE, two over n X transpose "
            "times (X w minus y), and we update weights step by step with learning rate. It scale better for "
            "big data and many features. Classical assumptions: relation is linear in parameters, errors are "
            "independent, errors have constant variance, it is called homoscedasticity, errors are normal for "
            "the confidence intervals and tests, and no strong multicollinearity between features. If features "
            "are correlated, coefficients become unstable, so we add ridge regularization."
        ),
        (
            "Think of laying a ruler through a cloud of points as close to all of them as possible. Linear regression predicts y as a weighted sum of the features plus a bias, y hat "
            "equals w transpose x plus b. The loss is mean squared error: for each point square the gap between "
            "prediction and target and average. If we predict 8 and the truth is 10, that point adds 4. There "
            "are two ways to fit it. First, the closed form, the normal equation, solves w equals X transpose X "
            "inverse times X transpose y in one shot, which is exact but costs about d cubed and fails when "
            "features are collinear. Second, gradient descent, which repeatedly moves the weights against the "
            "gradient of the MSE and scales to millions of rows. The classical assumptions are a linear "
            "relationship, independent errors, constant error variance, normally distributed errors for the "
            "p-values and intervals, and no severe multicollinearity. Rule of thumb: up to a few thousand "
            "features, solve it directly; beyond that, or with streaming data, use gradient descent."
        ),
    ],
    "logistic_regression_gradient": [
        (
            "Logistic regression is linear model for binary classification. We compute z equal w transpose x "
            "plus b, and pass it through sigmoid, so probability p equal one over one plus exp of minus z. Loss "
            "is binary cross entropy, negative log likelihood: L equal minus y log p minus one minus y log one "
            "minus p. Now derivation with chain rule. Derivative of loss with respect to p is minus y over p "
            "plus one minus y over one minus p. Derivative of sigmoid is p times one minus p. When we multiply "
            "these two, the p times one minus p cancel the denominators, and we get just p minus y. This is "
            "derivative with respect to z. Then z depend on w linearly, dz over dw is x. So gradient for one "
            "sample is p minus y times x. For whole dataset, average: one over n, X transpose times p minus y. "
            "There is no closed form, so we use gradient descent, and loss is convex so it find global minimum."
        ),
        (
            "Think of a dimmer switch: the sigmoid squashes any score into a brightness between 0 and 1. So logistic regression computes z "
            "equals w dot x plus b and p equals sigmoid of z. We train it by maximizing likelihood, which means "
            "minimizing binary cross-entropy, minus y log p minus 1 minus y times log of 1 minus p. Now the chain rule. The loss derivative with respect to p is minus y over p plus 1 minus y "
            "over 1 minus p. The sigmoid derivative with respect to z is p times 1 minus p. Multiply them and "
            "the denominators cancel, leaving dL by dz equals p minus y. Since z is linear in w, dz by dw is x, "
            "so the gradient is p minus y times x. Example: label 1, predicted 0.8, feature 2: gradient is "
            "minus 0.2 times 2, minus 0.4, so the weight goes up. Averaged over the batch it is X transpose "
            "times p minus y over n. The loss is convex, so gradient descent reaches the global optimum."
        ),
    ],
    "bagging_vs_boosting": [
        (
            "Bagging train many models in parallel, each on bootstrap sample of data, it means sample with "
            "replacement. Then it average predictions, or do majority vote. Models are independent. Averaging "
            "reduce variance, so bagging attack variance. It work best with strong low-bias high-variance "
            "learners, like deep decision trees. Standard example is random forest, which also pick random "
            "subset of features at each split so trees are less correlated. Boosting is sequential. Each new "
            "model focus on mistakes of previous ones, for example AdaBoost increase weight of misclassified "
            "samples, and gradient boosting fit new tree to residuals. It combine many weak learners, like "
            "shallow trees or stumps, into strong model, so boosting mainly reduce bias. Standard examples are "
            "AdaBoost and gradient boosting, XGBoost, LightGBM. Boosting can overfit if too many rounds, so we "
            "use learning rate and early stopping. Bagging is easy to parallelize, boosting is not."
        ),
        (
            "Think of asking a hundred people to guess the weight of a cow: each guess is noisy, but the average "
            "is very good. That is bagging. You train many models independently, each on a bootstrap sample "
            "drawn with replacement, and average them or take a vote. Averaging cancels their independent "
            "errors, so bagging reduces variance; if each tree's variance is 1 and they were uncorrelated, "
            "averaging 100 of them would give 0.01. The classic example is the random forest, deep trees plus "
            "random feature subsets at each split to decorrelate them. Boosting is more like a tutor going "
            "through your wrong answers one by one. Models are trained sequentially, each one focusing on the "
            "errors of the ensemble so far, reweighting misclassified points in AdaBoost or fitting residuals "
            "in gradient boosting. It turns weak, high-bias learners like stumps into a strong one, so boosting "
            "reduces bias. Examples are AdaBoost and gradient boosted trees such as XGBoost. Rule of thumb: "
            "bagging is hard to overfit and parallel; boosting usually wins but needs a learning rate and early "
            "stopping."
        ),
    ],
    "kmeans": [
        (
            "K-means split data into k clusters. Step one, initialization: choose k initial centroids, random "
            "points or better k-means plus plus, which pick centroids far from each other. Step two, assignment: "
            "every point go to nearest centroid by euclidean distance. Step three, update: each centroid move to "
            "mean of points assigned to it. We repeat assignment and update until assignments do not change or "
            "centroids move very little. Objective is within-cluster sum of squared distances, also called "
            "inertia: sum over all points of squared distance to its centroid. Both steps can only decrease "
            "this objective, so algorithm always converge, but only to local minimum, so we run several random "
            "restarts and keep best one. For choosing k we use elbow method: plot inertia against k and look "
            "where curve bend. Or silhouette score, which compare distance inside cluster and to next cluster. "
            "Also gap statistic, or simply business need, like how many customer segments marketing can use."
        ),
        (
            "Imagine placing k pizza shops in a town: each house orders from the closest shop, then each shop "
            "moves to the middle of its customers, and you repeat. That is k-means. First, pick k starting "
            "centroids, ideally with k-means++, which spreads them out. Then alternate two steps: assign every "
            "point to its nearest centroid, and recompute each centroid as the mean of the points assigned to "
            "it. Stop when assignments no longer change. The objective it minimizes is the within-cluster sum of "
            "squared distances, the inertia. Each step lowers it, so it converges, but only to a local minimum, "
            "which is why you run it several times with different seeds. Tiny example: points 1, 2, 9 and 10 "
            "with k equal to 2 end up with centroids 1.5 and 9.5 and inertia 4 times 0.25, which is 1. To choose "
            "k, plot inertia against k and look for the elbow where adding clusters stops helping much, or pick "
            "the k with the best silhouette score. Rule of thumb: scale features first, and let the business use "
            "decide between close k values."
        ),
    ],
    "kmeans_pitfalls": [
        (
            "K-means assume clusters are round, similar size and similar density, because it use euclidean "
            "distance to centroid. So it break on elongated clusters, on non-convex shapes like two moons or "
            "concentric rings, and on clusters with very different size or variance, big cluster get cut in "
            "pieces. Outliers also pull centroid because mean is sensitive. Features need scaling, otherwise one "
            "feature dominate. For these shapes better use DBSCAN, spectral clustering or Gaussian mixture. "
            "Initialization matter a lot: algorithm only find local minimum, so bad random start give bad "
            "clusters, like two centroids in one true cluster and one centroid covering two clusters. Fix is "
            "k-means plus plus initialization, which choose next centroid with probability proportional to "
            "squared distance, and several restarts, keep lowest inertia. Empty cluster happen when no point is "
            "nearest to some centroid. Then mean is undefined, division by zero, NaN. Implementation must "
            "handle it: reinitialize that centroid, for example to point farthest from its centroid or random "
            "point, or drop the cluster."
        ),
        (
            "Think of k-means as magnets that each pull in a round blob of iron filings. It minimizes squared Euclidean distance to a "
            "centroid, so it assumes spherical, convex clusters of similar size and spread. It fails on two "
            "interleaved moons, on rings inside rings, on long thin clusters, and when one cluster has 10 times "
            "the points of another, where it splits the big one and merges the small ones; outliers drag the "
            "mean too. Unscaled features distort the distances as well. For those shapes use DBSCAN, spectral "
            "clustering or a Gaussian mixture. Initialization matters because k-means only reaches a local "
            "minimum: a bad random start can put two centroids in one blob. Use k-means++, which picks each new "
            "centroid with probability proportional to its squared distance from the chosen ones, and run 10 "
            "restarts keeping the lowest inertia. An empty cluster happens when no point is closest to a "
            "centroid; its mean is a division by zero. Your code must catch it and re-seed that centroid, for "
            "instance at the point farthest from its centroid."
        ),
    ],
    "trees_vs_linear": [
        (
            "For tabular data I usually start with tree ensemble, like gradient boosting with LightGBM or "
            "XGBoost. Trees handle nonlinear relation and feature interactions automatically, they do not need "
            "feature scaling, they are robust to outliers and they deal with missing values and mixed "
            "categorical features. On most tabular benchmarks boosting give best accuracy. I start with linear "
            "model, like logistic regression, when data is small, when features are very high dimensional and "
            "sparse, for example text with bag of words, or when I need interpretability with coefficients, "
            "for regulator. Linear model is also fast at serving and need less memory. Another reason for "
            "linear: extrapolation. Tree predict constant outside training range, linear model can continue "
            "the trend, like for prices growing with time. What push me from linear to trees: validation show "
            "nonlinearity or interactions, residuals have pattern, and enough data. What push me from trees to "
            "linear: need of explanation, latency limit, tiny dataset where trees overfit, or trend outside "
            "range."
        ),
        (
            "Think of a tree ensemble as a team of specialists who each handle a corner of the problem, and a "
            "linear model as one generalist with a single rule. With a tabular problem and enough "
            "data, I start with a gradient-boosted tree ensemble such as LightGBM: it finds nonlinear effects "
            "and interactions on its own, needs no scaling, and copes with missing values and categorical "
            "features, so it is usually the strongest baseline. I start with a linear model, say logistic "
            "regression, when the data is small, for example 500 rows, when features are high-dimensional and "
            "sparse like text n-grams, when the coefficients must be explained to a regulator, or when I need "
            "to extrapolate: a tree predicts a flat constant beyond the training range, while a linear model "
            "keeps the trend. What pushes me from linear to trees is a clear gain on validation or structured "
            "residuals showing interactions. What pushes me from trees to linear is interpretability, a tight "
            "latency budget, or overfitting on little data. Rule of thumb: "
            "fit both and let validation decide."
        ),
    ],
    "knn_scaling": [
        (
            "Exact kNN must compare query with every vector. Cost is O(n times d) for one query, so when n "
            "grow to billion, with d like 768, it is around 10 to the 12 operations per query, too slow. Also "
            "memory: billion vectors of 768 floats is about 3 terabytes, do not fit in RAM. Tree indexes like "
            "KD tree do not help in high dimension, because of curse of dimensionality they visit almost all "
            "points. Production systems use approximate nearest neighbour search, ANN. They give up a little "
            "recall for big speed. Main methods: graph index HNSW, where search walk a navigable small world "
            "graph, log time roughly. Inverted file index, IVF: cluster vectors with k-means, and search only "
            "few nearest clusters. Product quantization, PQ, compress each vector to few bytes, so billion "
            "vectors fit in memory and distance is computed fast with lookup tables. Libraries are FAISS, "
            "ScaNN, and vector databases. We tune recall against latency, and shard across machines."
        ),
        (
            "Think of finding the closest coffee shop by measuring the distance to every shop in the country. "
            "That is exact nearest-neighbour search: each query compares against all n vectors, so it costs "
            "order n times d. With a billion 768-dimensional vectors that is close to a trillion multiply-adds "
            "per query, and storing them as float32 takes about 3 terabytes. KD-trees do not rescue you, "
            "because in high dimensions they end up checking most of the points. So production systems use "
            "approximate nearest neighbour search, trading a little recall for orders of magnitude in speed. "
            "IVF first clusters the vectors with k-means and searches only the few clusters closest to the "
            "query. HNSW builds a layered proximity graph and walks greedily toward the query in roughly "
            "logarithmic time. Product quantization compresses each vector into a few bytes of codes, so a "
            "billion fit in memory and distances come from lookup tables. FAISS and ScaNN implement these, and "
            "the index is sharded across machines. Rule of thumb: measure recall at 10 against exact search "
            "and tune for about 95 percent."
        ),
    ],
}
