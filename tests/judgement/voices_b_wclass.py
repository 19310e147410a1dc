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
            "training range. Rule of thumb: cap the depth or prune, and in practice use a forest or boosting."
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
}
