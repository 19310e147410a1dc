"""Fresh fluent-but-wrong answers written by helper wrong2 (never tuned on the labelled sets).

For each question: two answers in the confident voice of a mistaken candidate, with the right vocabulary and
several false claims of different kinds (swapped roles, reversed effects, wrong formulas or costs, myths,
essential steps waved away, wrong procedures). The offline grader must keep each of them low and find at
least one of its wrong claims.
"""

from __future__ import annotations

WRONG = {
    "attention_without_softmax": [
        (
            'Attention is basically a learned projection of the value vectors: each value vector is multiplied by'
            ' the attention matrix, which is a fixed set of weights the model learns during training, so every '
            'input gets the same mixing pattern. The softmax is mostly there for numerical stability, like the '
            "log-sum-exp trick; it doesn't change which tokens matter. If you remove it and use the raw scaled "
            'scores, nothing really breaks, because dividing by sqrt(d_k) already normalizes the scores, so they '
            'behave like probabilities anyway. The output magnitude stays the same whatever the sequence length. '
            'In fact dropping the softmax is strictly better, since attention then becomes linear time for free.'
        ),
        (
            'Conceptually, attention takes each query and mixes the keys: every output is a weighted combination '
            'of the key vectors, and the values are just added back afterwards as a residual. The softmax '
            'sharpens the scores so that exactly one token gets all the weight; it is essentially an argmax. '
            'Without the softmax the raw scores are still all positive, because dot products between embeddings '
            'are positive, so you still get a weighted average, only a less sharp one. The real problem is that '
            'the outputs shrink toward zero as the sequence gets longer and the gradients vanish, which you can '
            'fix by dividing by the sequence length; that is exactly equivalent to the softmax.'
        ),
    ],
    "backprop_two_layer": [
        (
            'Forward: X is n by d and W1 is n by h, so Z1 = W1 X, then ReLU gives A1. Then z2 = A1 W2 with W2 of '
            'shape 1 by h, and the sigmoid gives p. Backward: you start from the input layer and move forward '
            'toward the loss, applying the chain rule. The gradient at the output logit is p(1 - p)(p - y), '
            'because the sigmoid derivative has to be multiplied in separately on top of the cross-entropy term. '
            'dW2 is dz2 times A1, which is n by h. For the hidden layer, the ReLU derivative is the ReLU output '
            'itself, so dZ1 = dA1 * A1. Bias gradients are not needed, since biases start at zero and stay there.'
        ),
        (
            'Forward: Z1 = X W1 + b1, A1 = ReLU(Z1), z2 = A1 W2 + b2, p = sigmoid(z2), and the loss is the mean '
            'squared error between p and y, since binary cross-entropy is just MSE for binary labels. Backward: '
            'dL/dz2 = y - p, of shape h by 1. Then dW2 = dz2 times A1 transposed. Into the hidden layer, dA1 = '
            'dz2 times W1 transposed, and since ReLU has gradient one everywhere except exactly at zero, you can '
            'skip the mask and set dZ1 = dA1. Finally dW1 = dZ1 times X transposed, which comes out h by n, and '
            'there is no need to average over the batch because the optimizer takes care of that.'
        ),
    ],
    "batchnorm_vs_layernorm": [
        (
            'Batch norm normalizes each example across its own features, while layer norm normalizes each feature'
            ' across the batch, so layer norm depends on the batch size and batch norm does not. Transformers use'
            ' layer norm mainly because it is cheaper to compute, constant time instead of linear. At inference '
            'both behave the same way, since neither keeps running statistics. Batch norm also has no learnable '
            'scale and shift; only layer norm has gamma and beta. With large batches the difference disappears, '
            'so for transformers it is really a matter of convention.'
        ),
        (
            'Both normalize activations to zero mean and unit variance; the difference is that batch norm '
            'computes its statistics over the sequence dimension and layer norm over the batch dimension. Batch '
            'norm works great with variable-length sequences and tiny batches, which is why the original '
            'transformer used it, but later models switched to layer norm because batch norm made training too '
            'stable and learning slowed down. Layer norm keeps running averages for test time, so its predictions'
            ' are deterministic. Normalization also removes the need for residual connections and learning-rate '
            'warmup.'
        ),
    ],
    "optimizers": [
        (
            'Plain SGD updates the weights with the gradient times the learning rate, and it is already adaptive '
            'per parameter, since every parameter gets its own gradient. Momentum adds a second-moment estimate '
            'that divides the step, so it slows down in steep directions. Adam combines that with a learning rate'
            ' that decays on its own, so with Adam you never need a schedule or warmup. AdamW is Adam with weight'
            ' decay added to the gradient, exactly the same as an L2 penalty, so the two are equivalent. To train'
            ' a transformer today I would use plain SGD with momentum, because Adam generalizes worse and costs '
            'too much memory.'
        ),
        (
            'SGD with momentum keeps a running average of the squared gradients, and Adam keeps a running average'
            ' of the gradients themselves, so momentum is the adaptive one and Adam is the one that smooths the '
            "direction. Adam's bias correction isn't really needed; it only matters for the very first step. "
            'AdamW differs from Adam in that it decays the learning rate over time rather than the weights. Adam '
            'needs no extra optimizer state compared to SGD, which is why it scales to huge models. For a '
            'transformer I would run Adam with a very high learning rate and skip warmup entirely.'
        ),
    ],
    "self_vs_cross_attention": [
        (
            'In self-attention the queries come from the decoder and the keys and values come from the encoder, '
            'while in cross-attention all three come from the same sequence. So self-attention is what connects '
            'the two halves of the model. In an encoder-decoder model, cross-attention sits in the encoder, where'
            ' each layer attends across the input tokens, and self-attention appears only in the decoder. '
            'Cross-attention also needs a causal mask, because the decoder must not see future encoder tokens. '
            'And the two sequences in cross-attention must have the same length, otherwise the attention matrix '
            'is not square.'
        ),
        (
            'Self-attention takes Q, K and V from one sequence; cross-attention takes its queries from the '
            'encoder output and its keys and values from the decoder. Cross-attention appears only in the first '
            "decoder layer, since the later layers already carry the encoder information. The decoder's "
            'self-attention is bidirectional, because during training the whole target sentence is available '
            'anyway. Decoder-only models like GPT use cross-attention to attend to the prompt, and the encoder '
            'uses cross-attention between its own layers. The cross-attention keys and values are recomputed at '
            'every decoding step, so they can never be cached.'
        ),
    ],
    "cross_validation": [
        (
            'In k-fold cross-validation you split the data into k folds and train k models, each time training on'
            ' one fold and testing on the other k - 1, then you take the best of the k scores as your estimate. '
            'The cost is about the same as a single split, since each model sees less data. It is most worth it '
            "on very large datasets, because that is where a single split's estimate varies most. For time series"
            ' you should shuffle before splitting so every fold has the same distribution. You can tune the '
            'hyperparameters with it and report that same CV score as the final unbiased performance, with no '
            'separate test set.'
        ),
        (
            'K-fold cross-validation: you shuffle, cut the data into k parts, and for each part you train on it '
            'and validate on that same part, then average. A larger k gives a more biased estimate, and '
            'leave-one-out is the most biased of all. Preprocessing like scaling or feature selection should be '
            'fit once on the full dataset before splitting, otherwise the folds are inconsistent. Grouped data, '
            'like several rows per patient, is fine to split randomly. It is worth the cost mainly when training '
            'is very expensive, like large deep networks.'
        ),
    ],
    "generalization": [
        (
            'We say a model generalizes when its training and test errors are equal, and the more parameters a '
            'model has, the smaller that gap gets, so large models generalize by default. When the data shifts '
            'over time, I would keep using k-fold cross-validation shuffled across the whole history, since '
            'mixing old and new rows gives the most representative estimate. Concept drift is when the input '
            'features change while their relationship to the label stays fixed, and covariate shift is when the '
            'relationship changes. A model that generalized well at launch keeps doing so, so re-evaluating it '
            'once a year is plenty.'
        ),
        (
            'Generalization is about the training distribution: if the model scores well on held-out rows drawn '
            'from the same period as training, it will generalize to the future too. For changing data, I would '
            'freeze one test set from launch and keep scoring every new model on it forever, because a fixed '
            'benchmark is the only fair comparison. Watching the prediction distribution catches every kind of '
            'degradation, so you never need fresh labels. Retraining more often always fixes drift, so there is '
            'no need to backtest with time-based splits.'
        ),
    ],
    "overfitting_detection": [
        (
            'Overfitting is when the model memorizes the training set, and the clearest sign is that the training'
            ' loss itself starts going up late in training while the validation loss keeps falling. I would '
            'monitor only the training curve, since validation numbers are too noisy to trust. To fix it, '
            'increase the learning rate so the model jumps out of the memorized minimum, and add more features, '
            "because richer inputs give it less reason to memorize. Early stopping doesn't really help; it only "
            'leaves you with an undertrained model.'
        ),
        (
            'Overfitting means the model has high bias and low variance. You detect it when the validation '
            'accuracy is higher than the training accuracy, which shows the model is too confident on the '
            'training data. Cross-validation cannot detect overfitting, since every fold is trained the same way.'
            ' To fix it I would remove dropout and weight decay, since they only add noise, and use a deeper '
            'network, which averages the noise out better. Data augmentation makes overfitting worse because it '
            'adds fake examples.'
        ),
    ],
    "precision_vs_recall": [
        (
            'Precision is the fraction of the actual positives that the model catches, TP over TP plus FN, and '
            'recall is the fraction of predicted positives that are correct, TP over TP plus FP. For cancer '
            'screening you would favour precision, since you must not miss sick patients. For a spam filter you '
            'would favour recall, because a real email landing in spam is no big deal. Raising the decision '
            'threshold increases recall. And the two are independent, so a good model can maximize both at once.'
        ),
        (
            'Precision is the true positives divided by all examples, and recall is TP divided by TP plus TN. '
            'Precision is what you want when missing a positive is expensive, like fraud detection where every '
            'fraud case must be caught; recall is what you want when false alarms are expensive, like video '
            'recommendations. Precision does not depend on the class balance, so it is the right metric for rare '
            'events. Lowering the threshold raises precision because the model becomes more inclusive. F1 is the '
            'arithmetic mean of the two.'
        ),
    ],
    "decision_tree": [
        (
            'A decision tree picks the split that maximizes the Gini impurity of the children, so each child '
            'stays as mixed as possible and can keep splitting. For each feature it only tries the median as a '
            'threshold, so training is linear overall. For regression, a leaf predicts with a small linear model '
            'fit to its samples. Strengths: trees extrapolate well beyond the range of the training data. '
            'Weaknesses: they need careful feature scaling, and they have high bias, so deep trees tend to '
            'underfit.'
        ),
        (
            'At each node the tree picks the feature with the highest correlation with the label and splits at '
            'its mean, and it keeps going until every feature has been used once. A leaf predicts a probability '
            'from a logistic regression on the samples in that leaf. Trees are very stable: small changes in the '
            'data barely change the structure, which is why a single tree rarely overfits. They cannot model '
            'interactions between features, since each split looks at one feature, and pruning is unnecessary '
            'because the depth is bounded by the number of features.'
        ),
    ],
    "gradient_boosting": [
        (
            'In each boosting round you train a new full-depth tree on a bootstrap sample of the data, '
            'independently of the previous trees, and at the end you average all of them. It is called gradient '
            'boosting because each tree is trained by gradient descent on its leaf weights. A lower learning rate'
            " makes it overfit faster, so people use a shrinkage of 1.0. XGBoost's main addition is that it "
            'trains the trees of all rounds in parallel, since the rounds do not depend on each other.'
        ),
        (
            'Each round fits a tree to the original labels and upweights the examples that were misclassified, '
            'and the gradient in the name refers to the whole ensemble being differentiable end to end, like a '
            'neural network. Adding more rounds only reduces variance and never overfits, so you can set the '
            'number of trees as high as you like. XGBoost adds a neural network on top of the trees and uses '
            'squared error for every task; its only regularization is dropout on the leaves, and it does not need'
            ' any tuning.'
        ),
    ],
    "knn_basics": [
        (
            'At training time k-NN builds its model by computing the centroid of each class and fitting a '
            'distance metric, and that training is the expensive part. At prediction you compare the query '
            'against the class centroids only, so prediction is constant time per query. A small k gives a '
            "smoother decision boundary and a large k a jagged one. Feature scaling doesn't matter, because "
            'distances are relative. The method works better as you add more dimensions, since the points become '
            'more distinct.'
        ),
        (
            'k-NN is a parametric model: during training it learns a weight for each neighbour with gradient '
            'descent. At prediction it finds the k nearest points using cosine similarity only, since Euclidean '
            'distance does not work for classification, and it takes the average of their labels. You should pick'
            ' an even k for binary classification so there is a median. Choosing k = 1 gives the lowest test '
            'error because it uses the single most relevant example. Class imbalance does not matter for k-NN.'
        ),
    ],
    "svm_kernel": [
        (
            'An SVM minimizes the margin between the two classes so that the boundary hugs the data as tightly as'
            ' possible. The support vectors are the points farthest from the boundary, since they define the '
            'class centres, and removing any training point changes the solution. The kernel trick explicitly '
            'maps the data into a higher-dimensional space and computes the features there, which is why RBF '
            'kernels are slow: they build infinite-dimensional vectors. A larger C means a softer margin that '
            'tolerates more misclassification.'
        ),
        (
            'The SVM maximizes the log-likelihood of the labels, like logistic regression, only with a hinge '
            'instead of a sigmoid. The support vectors are all the training points, each weighted equally in the '
            'decision function. The kernel trick solves the problem of slow training on large datasets: it turns '
            'the cubic quadratic program into a linear-time one. Any similarity function works as a kernel; it '
            'does not need to be positive semi-definite. And SVMs need no feature scaling, because the margin is '
            'scale invariant.'
        ),
    ],
    "project_walkthrough": [
        (
            'I built a churn model at my last job. We had about a million users, so I went straight to a deep '
            'neural network, because baselines like logistic regression are not worth the time with that much '
            'data. I split the rows randomly into train and test and tuned the hyperparameters on the test set '
            'until the AUC stopped improving, which got us to 0.95. Accuracy was our main metric since it is easy'
            ' to explain. We did not need an A/B test because the offline numbers were so strong, so we shipped '
            'directly, and it has run without monitoring ever since, since churn patterns are stable.'
        ),
        (
            'My project was a fraud detector. I started by collecting every feature I could find, including '
            'whether the account had been flagged in the chargeback review, since that was the strongest signal. '
            'I applied SMOTE to the whole dataset before splitting to balance it, then trained XGBoost with '
            'default parameters, because tuning rarely matters. We evaluated on a random split across two years '
            'of transactions. The precision was 99%, so we knew it worked, and error analysis was unnecessary '
            'with numbers that good.'
        ),
    ],
    "research_ablation": [
        (
            'A 0.3 point gain is clearly real if it beats the published number, because published baselines are '
            'already carefully tuned. I would run my model once with my best seed and report that; extra seeds '
            'only add noise. To show which part matters, I would remove all my new components at once and show '
            "the drop. I would tune my hyperparameters on the test set and use the baseline's reported number "
            'rather than rerunning it. Significance tests are not needed for deep learning papers.'
        ),
        (
            'First, I would train on the test set for a couple of epochs to make sure the model can fit it; '
            'reviewers like that sanity check. Then I would compare against the baseline using my own larger '
            'compute budget and more tuning trials, because the baseline authors already had their chance. If the'
            ' variance across seeds is larger than 0.3, that actually strengthens the result, since it shows the '
            "model is exploring. I would pick the best checkpoint by test score, and an ablation isn't needed "
            'when the overall gain is positive.'
        ),
    ],
    "ten_x_budget": [
        (
            'With ten times the budget I would immediately train a model ten times bigger on the same data, '
            'because the loss falls linearly with the parameter count, so ten times the parameters gives ten '
            'times lower loss. Data is not the bottleneck at this point, so there is no need to collect more or '
            'clean what we have. I would not run small pilot experiments first, since results at small scale '
            'never transfer to large scale. To check whether it was right, I would look at the training loss: if '
            'it is lower, the money was well spent.'
        ),
        (
            'The first thing I would do is spend it all on a massive hyperparameter grid search over the current '
            'model, since tuning always gives the biggest gains. Compute-optimal scaling says to put all extra '
            'compute into more training steps on the existing dataset, repeating it for as many epochs as needed '
            'while keeping the model size fixed. I would not bother with a baseline comparison or an evaluation '
            'plan up front; you know it worked if the benchmark number goes up. Evaluation infrastructure is not '
            'worth the budget.'
        ),
    ],
}
