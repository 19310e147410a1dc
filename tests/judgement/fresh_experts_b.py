"""Fresh expert answers written by helper fresh2 (never tuned on the labelled sets).

For each question: two strong answers in different voices (a plain-spoken practitioner and a precise,
technical one) and one short correct answer. The offline grader must recognise both experts (>= 0.7)
and place the short answer below both of them.
"""

from __future__ import annotations

EXPERTS = {
    "attention_without_softmax": {
        "expert_plain": (
            "Think of each output as a blend of the value vectors. Every position looks at all the others, "
            "scores how relevant each one is to it, and then mixes their values, taking more from the ones "
            "that scored high. The softmax is what turns those raw scores into a proper recipe: every weight "
            "ends up positive and they all add up to one, so the output is an average of the values and stays "
            "on the same scale. If you just use the raw scores, weights can go negative and they no longer "
            "add up to anything fixed, so the size of the output grows with how long the sequence is and with "
            "how big the scores happen to be. Positions also stop competing with each other: boosting one "
            "does not take attention away from the rest, so the model loses its ability to focus on a few "
            "tokens, and training becomes unstable because activations and gradients blow up."
        ),
        "expert_technical": (
            "Attention computes out_i = sum_j a_ij v_j with a_ij = softmax_j(q_i . k_j / sqrt(d_k)), so each "
            "output is a convex combination of the value vectors: a data-dependent weighted average over the "
            "rows of V. Softmax guarantees a_ij >= 0 and sum_j a_ij = 1, i.e. a probability distribution per "
            "query. Drop it and use the raw scaled scores: the weights are unbounded and can be negative, the "
            "output is no longer in the convex hull of V, and its norm scales with the sequence length n "
            "since you sum n unnormalised terms. The exponential also made the weights compete, so one key "
            "can take most of the mass; without it there is no sharp selection, the mechanism degenerates "
            "into a linear kernel without normalisation, and the variance of the activations grows with n, "
            "which destabilises training and breaks length generalisation."
        ),
        "short": (
            "Attention outputs a weighted average of the value vectors. Without softmax the weights are no "
            "longer positive and normalised, so outputs scale with sequence length."
        ),
    },
    "backprop_two_layer": {
        "expert_plain": (
            "Say a batch of n examples with d features goes in, so X is n by d. The first layer multiplies by "
            "W1, which is d by h, adds a bias b1 of length h, and gives Z1, n by h. ReLU zeroes the negatives "
            "to get A1, still n by h. The second layer multiplies by W2, h by 1, adds b2, giving z2, n by 1, "
            "and the sigmoid squashes that into probabilities p. The loss is binary cross-entropy averaged "
            "over the batch. Going back: the nice part is that sigmoid plus cross-entropy collapse, so the "
            "gradient at the output logits is just p minus y, divided by n, shape n by 1. The gradient for W2 "
            "is A1 transposed times that, h by 1; for b2 you sum it over the batch. Push it back through W2: "
            "dA1 equals dz2 times W2 transposed, n by h. ReLU only lets the gradient through where Z1 was "
            "positive, so dZ1 is dA1 masked by Z1 > 0. Then dW1 is X transposed times dZ1, d by h, and db1 "
            "sums dZ1 over the rows."
        ),
        "expert_technical": (
            "Forward, with X of shape n x d: Z1 = X W1 + b1 with W1 in R^{d x h}, then A1 = max(0, Z1), also "
            "n x h, then z2 = A1 W2 + b2 with W2 in R^{h x 1}, and p = sigma(z2) is n x 1. The loss is L = "
            "-(1/n) sum [y log p + (1 - y) log(1 - p)]. Going backward, the gradient at the logit is dL/dz2 = "
            "(p - y)/n, of shape n x 1, because sigma'(z) = p(1 - p) cancels the BCE denominator. Then dL/dW2 "
            "= A1^T dz2 is h x 1, and dL/db2 sums dz2 over rows. We propagate dA1 = dz2 W2^T, n x h, and mask "
            "it: dZ1 = dA1 elementwise 1[Z1 > 0]. Finally dW1 = X^T dZ1 is d x h and db1 takes the column "
            "sums of dZ1. Every gradient has the shape of its parameter, which is the quick check, and the "
            "whole thing is the chain rule applied layer by layer."
        ),
        "short": (
            "Forward is Z1 = XW1 + b1, ReLU, then sigmoid of A1 W2 + b2. Backward, the output gradient is p - "
            "y, dW2 = A1^T (p - y), and through ReLU you mask by Z1 > 0 before dW1 = X^T dZ1."
        ),
    },
    "batchnorm_vs_layernorm": {
        "expert_plain": (
            "Both subtract a mean and divide by a spread, then apply a learned scale and shift; what differs "
            "is which numbers they average over. Batch norm takes one feature and looks across all the "
            "examples in the batch, so each example's result depends on which other examples it was batched "
            "with. That also means it needs reasonably big batches, and at test time it has to fall back on "
            "running averages saved during training. Layer norm looks at a single example and averages across "
            "its own features, so it does the same thing at training and at test time and does not care about "
            "batch size. Transformers use layer norm because sequences have different lengths and padding, "
            "batches are often small per device, and each token gets normalised on its own; statistics across "
            "the batch would mix padded positions and different sentences and would be noisy, and "
            "autoregressive decoding one token at a time has no batch to speak of. Batch norm is still the "
            "usual pick in image networks like ResNets, where batches are big and every image has the same "
            "shape."
        ),
        "expert_technical": (
            "For activations x in R^{B x T x D}, BatchNorm computes mu and sigma^2 per channel over the batch "
            "(and time) axes, normalises, then applies gamma, beta. LayerNorm computes mu and sigma^2 per "
            "token over the feature axis D only. Consequences: BN couples samples within a minibatch, its "
            "statistics are noisy for small B, and inference uses running estimates of mean and variance, "
            "creating a train/test discrepancy. LN is independent of B, identical in training and inference, "
            "and well defined for a single sequence. Transformers prefer LN because of variable-length, "
            "padded sequences, small per-device batches under model parallelism, and token-by-token "
            "autoregressive inference where batch statistics are meaningless; it also behaves well with "
            "residual streams (pre-LN). RMSNorm drops the mean subtraction and is common in recent LLMs, "
            "while CNNs keep BN since large, fixed-shape image batches give reliable statistics."
        ),
        "short": (
            "Batch norm normalises each feature across the batch; layer norm normalises each example across "
            "its features. Transformers use layer norm because it does not depend on batch size or other "
            "sequences."
        ),
    },
    "optimizers": {
        "expert_plain": (
            "Plain SGD just takes a step downhill along the current gradient, with the same step size for "
            "every weight, so it is noisy and crawls along long narrow valleys. Momentum keeps a running "
            "average of past steps, like a ball rolling downhill that builds up speed: it smooths out the "
            "zig-zag and moves faster in directions that keep agreeing. Adam adds on top of that a per-weight "
            "step size: it tracks how big each weight's gradients usually are and divides by that, so rarely "
            "updated or small-gradient weights still move, and it corrects the averages early on when they "
            "start at zero. AdamW fixes how Adam does weight decay: in Adam the decay gets mixed into the "
            "gradient and then rescaled, so it is weaker on some weights than others; AdamW shrinks the "
            "weights directly and separately from the adaptive step. For a transformer today I would use "
            "AdamW with warmup and a cosine decay of the learning rate, plus gradient clipping."
        ),
        "expert_technical": (
            "Plain SGD updates theta <- theta - eta g_t, one global step size for every coordinate. Momentum "
            "keeps v_t = beta v_{t-1} + g_t and steps along v_t, an exponential moving average of gradients "
            "that damps oscillation across high-curvature directions and accelerates along consistent ones. "
            "Adam tracks m_t = beta1 m + (1 - beta1) g and s_t = beta2 s + (1 - beta2) g^2, bias-corrects "
            "both, and steps by eta m_hat / (sqrt(s_hat) + eps), so the second moment gives each parameter an "
            "adaptive learning rate. If you add L2 to the loss in Adam, the penalty gradient is also divided "
            "by sqrt(s_hat), so it is not equivalent to weight decay. AdamW decouples it and applies theta <- "
            "theta - eta lambda theta separately from the adaptive step. For transformers I use AdamW with "
            "beta2 around 0.95, a linear warmup followed by a cosine decay, gradient-norm clipping, and no "
            "decay on norms and biases."
        ),
        "short": (
            "SGD follows the gradient, momentum averages past gradients, Adam adds a per-parameter adaptive "
            "step, and AdamW decouples weight decay from it. I'd train a transformer with AdamW and warmup."
        ),
    },
    "self_vs_cross_attention": {
        "expert_plain": (
            "In self-attention a sequence is talking to itself: the queries, the keys and the values are all "
            "made from the same set of token representations, so each word asks questions of the other words "
            "in its own sentence. In cross-attention the questions come from one sequence and the answers "
            "from another: the decoder's current states make the queries, while the keys and values are made "
            "from the encoder's output, so the decoder can look things up in the source sentence. In an "
            "encoder-decoder translator, the encoder layers use only self-attention, free to look both ways. "
            "Each decoder layer first does self-attention over what it has generated so far, masked so it "
            "cannot peek at future words, and then a cross-attention step over the encoder's output."
        ),
        "expert_technical": (
            "Self-attention: Q = X W_Q, K = X W_K, V = X W_V with the same input X, so attention is within "
            "one sequence. Cross-attention: Q = Y W_Q from the decoder stream, K = H W_K and V = H W_V from "
            "the encoder output H; the attention matrix is T_dec x T_enc. In the original Transformer the "
            "encoder stack has bidirectional self-attention only; each decoder block has causally masked "
            "self-attention over the target prefix, then cross-attention to the final encoder states, then "
            "the FFN. Decoder-only LLMs have only the masked self-attention. At inference the encoder K and V "
            "for cross-attention can be computed once and cached across decoding steps."
        ),
        "short": (
            "Self-attention takes queries, keys and values from the same sequence; cross-attention takes "
            "queries from the decoder and keys and values from the encoder output, and sits in the decoder "
            "after its masked self-attention."
        ),
    },
    "cross_validation": {
        "expert_plain": (
            "You cut the data into k equal chunks. Then you train k times: each time one chunk is kept aside "
            "for testing and the model learns from the other k minus 1, and you rotate so every chunk gets to "
            "be the test chunk exactly once. Averaging the k scores gives you a more trustworthy estimate "
            "than one split, and the spread between them tells you how much luck is in the number. It costs k "
            "trainings, so it is worth it when the dataset is small and a single holdout would be noisy or "
            "waste data, when you are choosing hyperparameters or comparing models whose difference is small, "
            "and when training is cheap. With a huge dataset or a model that takes days to train, one "
            "held-out split is already reliable and cross-validation is not worth it. Time series need "
            "forward-chaining splits rather than shuffled folds, and grouped data like several rows per "
            "patient need group folds."
        ),
        "expert_technical": (
            "Partition the n samples into k disjoint folds, with k typically 5 or 10; for i = 1..k fit on the "
            "union of the other k - 1 folds and evaluate on fold i; report the mean and standard deviation of "
            "the k scores. Every sample is validated exactly once, so the estimate uses all data and has "
            "lower variance than a single split. It costs k fits instead of one. It pays off when n is small "
            "(a holdout estimate has high variance and a large fraction of data is lost from training), for "
            "model selection and hyperparameter tuning where differences are small, and when fits are cheap. "
            "For very large n or expensive deep models, a single validation split is precise enough. Use "
            "stratified folds for imbalanced classes, GroupKFold to avoid leakage across entities, "
            "time-ordered splits for temporal data, and nested CV if you tune and report on the same data."
        ),
        "short": (
            "Split the data into k folds, train on k - 1 and validate on the remaining one, rotate and "
            "average. It is worth the k times cost when data is small or the estimate must be reliable."
        ),
    },
    "generalization": {
        "expert_plain": (
            "A model generalizes when it does about as well on new data it has never seen as on the data it "
            "learned from, which you check with data held out from training that looks like what it will meet "
            "in real use. When the world keeps changing, a test set frozen last year stops telling the truth. "
            "So I would evaluate on the most recent period, training on the past and testing on what came "
            "after, and keep doing that on a rolling basis. In production I'd watch the live numbers: once "
            "the true outcomes arrive, compare predictions to them; before they arrive, watch whether the "
            "inputs and the predicted scores drift away from what the model was trained on. When the "
            "performance slips or the inputs shift, retrain on fresher data, and keep a small slice of "
            "traffic labelled so the measurement never stops."
        ),
        "expert_technical": (
            "Generalization means low expected risk on the data-generating distribution, estimated by the "
            "empirical error on an IID held-out set; the generalization gap is test minus train error. Under "
            "non-stationarity an IID holdout overestimates performance, so I use temporal splits: backtesting "
            "with rolling or expanding windows, training on data before t and evaluating on t to t + delta. "
            "In deployment I monitor delayed-label metrics when ground truth arrives, and covariate shift via "
            "distribution statistics like PSI or KS tests on features and on the score distribution, plus "
            "calibration drift. Trigger retraining on drift thresholds or on a schedule, and maintain a fresh "
            "labelled sample, for example a random audit stream, as a continuously updated test set."
        ),
        "short": (
            "A model generalizes if it performs well on unseen data, not just training data. When the data "
            "keeps changing, I'd test on the most recent time window and monitor live performance and drift "
            "in production."
        ),
    },
    "overfitting_detection": {
        "expert_plain": (
            "Overfitting is when the model memorises the training examples, noise included, instead of "
            "learning the pattern, so it looks great on data it has seen and disappoints on anything new. You "
            "catch it by plotting the loss on the training data and on a held-out validation set after every "
            "epoch: early on both go down together, and at some point the training loss keeps falling while "
            "the validation loss levels off and starts climbing back up. That widening gap is the sign. To "
            "fix it: stop training around the point where validation was best, get more data or augment it, "
            "make the model smaller or simpler, and add regularisation such as weight decay or dropout. And "
            "check that the validation set is not leaking into training, or the gap will hide."
        ),
        "expert_technical": (
            "Overfitting: the model fits noise specific to the training sample, so empirical risk keeps "
            "decreasing while the expected risk rises; high variance, large generalization gap. Detection: "
            "track train and validation loss per epoch; divergence, with train loss monotonically decreasing "
            "and validation loss reaching a minimum then increasing, marks the onset. Also a large "
            "train/validation metric gap at convergence. The remedies reduce variance: stop early at the "
            "validation minimum, add L2 or weight decay and dropout, use data augmentation or more training "
            "data, reduce capacity (depth, width, tree depth, fewer features), or ensemble. Make sure the "
            "validation split is independent of training (no leakage, grouped or temporal splits where "
            "needed), otherwise the validation curve underestimates the gap."
        ),
        "short": (
            "Overfitting is fitting the training data too closely so it fails on new data. You see validation "
            "loss go up while training loss keeps going down, and you fix it with early stopping, "
            "regularisation or more data."
        ),
    },
    "precision_vs_recall": {
        "expert_plain": (
            "Precision asks: of everything the model flagged, how much was really positive? It's the true "
            "hits divided by everything you flagged, hits plus false alarms. Recall asks: of all the real "
            "positives out there, how many did we catch? True hits divided by hits plus the ones we missed. "
            "Which one to favour depends on what a mistake costs. For a cancer screening test I'd favour "
            "recall: missing a sick patient is far worse than calling a healthy one back for another test. "
            "For a spam filter I'd favour precision: sending a real email from your boss into the junk folder "
            "hurts more than letting a bit of spam through. You move between the two by shifting the decision "
            "threshold."
        ),
        "expert_technical": (
            "Precision = TP / (TP + FP): the fraction of predicted positives that are positive, P(y = 1 | "
            "y_hat = 1). Recall = TP / (TP + FN): the fraction of actual positives retrieved, P(y_hat = 1 | y "
            "= 1), also the true positive rate or sensitivity. Raising the threshold typically increases "
            "precision and lowers recall; the PR curve traces the trade-off and F1 is their harmonic mean. "
            "Favour precision when false positives are expensive: spam filtering, or auto-blocking payments "
            "where a false block angers a good customer. Favour recall when false negatives are expensive: "
            "disease screening or fraud detection for human review, where a missed case is costly and "
            "reviewers can discard false alarms."
        ),
        "short": (
            "Precision is TP / (TP + FP), recall is TP / (TP + FN). Favour recall for cancer screening, "
            "precision for a spam filter."
        ),
    },
    "decision_tree": {
        "expert_plain": (
            "A tree asks a series of yes/no questions about one feature at a time. At each node it tries "
            "every feature and every cut point and keeps the question that leaves the two groups as pure as "
            "possible, meaning each side is mostly one class, measured with Gini or entropy, or for "
            "regression the one that shrinks the squared error the most. It keeps splitting greedily until a "
            "stopping rule. A leaf predicts the majority class of the training examples that ended up there, "
            "or their average for regression. Good points: easy to explain, no need to scale features, "
            "handles mixed types and non-linear interactions on its own. Weak points: a deep tree memorises "
            "the training set and overfits, small changes in the data can give a completely different tree, "
            "and its predictions are step-shaped so it cannot extrapolate beyond the values it saw. That is "
            "why people prune it or use forests and boosting."
        ),
        "expert_technical": (
            "CART-style, at each node we scan every feature j and threshold t and compute the impurity "
            "decrease Delta = I(parent) - (n_L/n) I(L) - (n_R/n) I(R), with I = Gini 1 - sum p_k^2 or entropy "
            "-sum p_k log p_k for classification and variance (MSE) for regression. We take the argmax "
            "greedily and recurse until max depth, min samples per leaf or zero gain. A leaf predicts the "
            "majority class or the class proportions, or the mean target for regression. Its strengths are "
            "that it is interpretable, invariant to monotone feature transforms so it needs no scaling, and "
            "it captures interactions with fast inference. Its weaknesses are high variance and overfitting "
            "when grown deep, instability to perturbations of the data, axis-aligned piecewise-constant "
            "boundaries with no extrapolation, and a bias towards high-cardinality features, which is why we "
            "prune, limit depth, or use ensembles like random forests and gradient boosting."
        ),
        "short": (
            "It picks the split that most reduces impurity such as Gini or entropy, a leaf predicts the "
            "majority class or the mean, and it is interpretable but overfits and is unstable when deep."
        ),
    },
    "gradient_boosting": {
        "expert_plain": (
            "You build the model as a sum of small trees added one at a time. In each round, you look at "
            "where the current model is still wrong: for squared error that's literally the leftover errors, "
            "the residuals. You fit a new small tree to predict those leftovers, shrink its contribution by a "
            "learning rate, and add it to the model. Repeat a few hundred times. It's called gradient "
            "boosting because those leftovers are really the negative gradient of the loss with respect to "
            "the current predictions, so each round takes a step downhill on the loss, just in the space of "
            "functions instead of weights; that lets you plug in any differentiable loss, like log loss for "
            "classification. XGBoost adds a regularised objective that penalises many leaves and large leaf "
            "values, uses second-derivative information to pick splits and leaf values, handles missing "
            "values by learning a default direction, subsamples rows and columns, and is heavily engineered "
            "to be fast and parallel with histogram splits."
        ),
        "expert_technical": (
            "The model is additive, F_m(x) = F_{m-1}(x) + nu h_m(x). In round m we compute pseudo-residuals "
            "r_i = -dL(y_i, F)/dF evaluated at F_{m-1}(x_i), fit a regression tree h_m to the pairs (x_i, "
            "r_i), optionally set its leaf values by a line search minimising sum L(y_i, F_{m-1} + gamma), "
            "and add it with shrinkage nu. This is functional gradient descent: each tree approximates the "
            "negative gradient of the loss in function space, which generalises residual fitting (for MSE the "
            "residuals are exactly the negative gradient) to any differentiable loss. XGBoost uses a "
            "second-order Taylor expansion with gradients and Hessians, and it regularises the objective with "
            "gamma T + (lambda/2) sum w_j^2, which gives closed-form leaf weights -G/(H + lambda) and an "
            "exact split gain. It also learns default directions for missing values, subsamples rows and "
            "columns, and finds splits on histograms in a parallel, cache-aware implementation."
        ),
        "short": (
            "Each round fits a small tree to the negative gradient of the loss, the residuals for squared "
            "error, and adds it with a learning rate. XGBoost adds regularisation, second-order gradients and "
            "speed."
        ),
    },
    "knn_basics": {
        "expert_plain": (
            "Training is basically nothing: you just keep all the labelled examples in memory. The work "
            "happens when a new point comes in: you measure how far it is from every stored example, take the "
            "k closest ones and let them vote, and the most common label wins. So it's lazy, cheap to train "
            "and slow to predict unless you use a clever index. The choices that matter: k itself, where a "
            "small k follows every noisy point and overfits while a big k smooths everything into the "
            "majority class; the distance you use, and above all putting features on the same scale, "
            "otherwise whichever feature has the biggest units decides everything; and whether closer "
            "neighbours get a bigger say. It also gets worse with many features, because in high dimensions "
            "everything ends up roughly equally far away."
        ),
        "expert_technical": (
            "Training: store (X, y); O(1) beyond memory O(nd), no parameters fitted, a lazy, non-parametric "
            "learner. Prediction: compute distances d(x, x_i) to all n points, O(nd) per query by brute force "
            "or sublinear with KD-trees, ball trees or approximate nearest-neighbour indexes, select the k "
            "nearest and return the majority label, optionally distance-weighted. Choices: k controls the "
            "bias-variance trade-off, with k = 1 giving zero training error and high variance and large k "
            "giving high bias; choose it by cross-validation, odd for binary ties. The metric (Euclidean, "
            "Manhattan, cosine) and feature standardisation, since unscaled features dominate the distance. "
            "Curse of dimensionality: distances concentrate as d grows, so reduce dimension or learn a "
            "metric."
        ),
        "short": (
            "Training just stores the data; at prediction you find the k closest points and take a majority "
            "vote. The choice of k, the distance metric and feature scaling matter."
        ),
    },
    "svm_kernel": {
        "expert_plain": (
            "An SVM looks for the dividing line, or flat wall in more dimensions, that separates the two "
            "classes with the widest possible empty gap on both sides, the idea being that a wide buffer is "
            "more robust to new points. With messy data it lets some points sit inside the gap or on the "
            "wrong side, and pays a penalty for each, with a knob C that trades a wide gap against those "
            "mistakes. The support vectors are the handful of training points sitting right on the edge of "
            "the gap or inside it: they alone decide where the wall goes, and you could delete all the other "
            "points without changing it. The kernel trick handles data that no straight wall can split: it "
            "acts as if the points were mapped into a much bigger feature space where they become separable, "
            "but only ever computes similarities between pairs of points, so you never build that huge space. "
            "The go-to choice is the Gaussian kernel, which calls two points similar when they sit close "
            "together. In practice I only reach for an SVM on smallish datasets these days, because training "
            "gets painfully slow past a few hundred thousand rows."
        ),
        "expert_technical": (
            "Hard margin: minimise (1/2)||w||^2 subject to y_i (w^T x_i + b) >= 1, i.e. maximise the "
            "geometric margin 2/||w||. Soft margin: add slack, minimise (1/2)||w||^2 + C sum xi_i, equivalent "
            "to hinge loss max(0, 1 - y f(x)) plus L2 regularisation. The dual is max sum alpha_i - (1/2) sum "
            "alpha_i alpha_j y_i y_j x_i^T x_j with 0 <= alpha_i <= C and sum alpha_i y_i = 0; by KKT only "
            "points with alpha_i > 0, those on or inside the margin, are support vectors, and w = sum alpha_i "
            "y_i x_i. Since the data enters only through inner products x_i^T x_j, we can replace them by a "
            "kernel k(x_i, x_j) = phi(x_i)^T phi(x_j), such as the RBF or polynomial kernel, and obtain a "
            "non-linear boundary in input space without computing phi explicitly. The kernel matrix is n x n, "
            "so training costs between O(n^2) and O(n^3), which is why kernel SVMs are rarely used on large "
            "data today."
        ),
        "short": (
            "It finds the separating hyperplane with the maximum margin; support vectors are the points on "
            "the margin that define it; the kernel trick gives non-linear boundaries without computing the "
            "feature map."
        ),
    },
    "project_walkthrough": {
        "expert_plain": (
            "I built a model to predict which support tickets would escalate. Before any modelling I sat with "
            "the support leads to pin down what a win looked like: fewer escalations reaching managers, "
            "measured as recall at a fixed number of flagged tickets per day, since agents could only handle "
            "about fifty. We had two years of tickets, roughly ninety thousand, and only about one in twenty "
            "escalated. My first version was a dumb rule on customer tier and ticket age, so I had a bar to "
            "beat. Then I tried gradient boosted trees on ticket text features and history; I split by time, "
            "training on older months and testing on the latest, because a random split leaked future tickets "
            "from the same customer. It beat the rule clearly offline, but I didn't trust that alone, so we "
            "ran a two-week trial on half the queues. Escalations dropped about fifteen percent. Looking "
            "back, I'd have checked the label quality earlier: some escalations were mislabelled and cost us "
            "a week."
        ),
        "expert_technical": (
            "Problem: churn prediction for a subscription product; the decision was which accounts get a "
            "retention offer, so I framed it as ranking with a budget constraint and chose precision at top "
            "5% as the offline metric, with incremental retained revenue as the business metric. Baseline: "
            "logistic regression on tenure and usage recency, AUC 0.71. The data was 400k accounts over 18 "
            "months with a 6% monthly churn rate, built as point-in-time feature snapshots to avoid leakage, "
            "with an out-of-time validation month. I chose LightGBM over the linear baseline because usage "
            "trends interact non-linearly with tenure, and it reached 0.78; an ablation showed most of the "
            "gain came from the trend features, not the model class. I checked calibration and per-segment "
            "error. Deployment: weekly batch scoring, a randomised holdout group without offers to measure "
            "uplift; the A/B test showed a 3% retention lift. Monitoring: feature drift and monthly "
            "recalibration. Retrospectively, an uplift model would have targeted persuadable users better "
            "than a churn-risk model."
        ),
        "short": (
            "I built a churn model: defined the metric with the business, started from a simple baseline, "
            "validated on a later time period, and confirmed the gain with an A/B test before rolling out."
        ),
    },
    "research_ablation": {
        "expert_plain": (
            "A third of a point could easily be luck, so first I'd rerun both my model and the baseline "
            "several times with different random seeds and look at the spread; if the runs bounce around by "
            "half a point, the gain means nothing. I'd also make sure the baseline got the same care as mine: "
            "same amount of tuning, same training budget, same data, ideally rerun myself rather than copying "
            "the number from their paper. Then I'd take my change apart piece by piece, removing one "
            "ingredient at a time, to see which part actually gives the gain, and check that it isn't just "
            "extra parameters or compute. I'd make sure I never picked settings by looking at the test set, "
            "and check on a second or third dataset to see whether it holds up. For the reviewer I'd report "
            "the mean and spread over runs, a significance test, and release the code."
        ),
        "expert_technical": (
            "0.3 points is within typical seed variance on many benchmarks, so: run n >= 5 seeds for both "
            "methods, report mean +- std or confidence intervals, and use a paired test (paired bootstrap "
            "over test examples or a permutation test). Control confounders: reproduce the baseline in the "
            "same codebase, with an equal hyperparameter search budget, matched parameter count and FLOPs, "
            "same data and preprocessing. Ablate each component to attribute the effect, and include a "
            "'baseline plus extra capacity' control. Ensure model selection used only the validation split, "
            "with no test-set peeking or contamination. Evaluate on additional benchmarks and distribution "
            "shifts to show the effect is not dataset-specific. Report everything, including negative "
            "results, and release code and configs."
        ),
        "short": (
            "Run several seeds for both models and check the gain exceeds the variance, give the baseline the "
            "same tuning budget, and ablate each component."
        ),
    },
    "ten_x_budget": {
        "expert_plain": (
            "First I'd figure out what is actually holding us back, rather than just making everything "
            "bigger. I'd run a few small experiments at different model sizes and data amounts and see which "
            "one keeps improving the result. If more data keeps lifting the score while bigger models barely "
            "help, the money goes into more and better data, and if adding data barely moves the number while "
            "bigger models keep helping, it goes into model size. Often the best spend is on data quality and "
            "labels, or on running more experiments, not one giant run. Before spending, I'd write down what "
            "improvement we expect and which metric decides, tied to what the product cares about. Then I'd "
            "spend in stages, not all at once, and compare against the current model on the same held-out set "
            "and later in an A/B test with real users, so if the extra compute doesn't move the number that "
            "matters, we stop and put the rest elsewhere."
        ),
        "expert_technical": (
            "Identify the binding constraint before allocating: fit scaling curves (loss versus parameters, "
            "tokens and compute) from a sweep of small runs and estimate where the marginal return is "
            "highest; compute-optimal allocation typically grows data and parameters together rather than "
            "parameters alone. Candidate spends: more or cleaner data and labelling, larger models, more "
            "hyperparameter search and seeds, or longer training. Pre-register the hypothesis and success "
            "metric, including the downstream business KPI, not only validation loss. If the data curve has "
            "flattened while the parameter curve still slopes down, the money goes to model capacity instead. "
            "Spend incrementally, for example 2x then 5x, and check the observed gain against the "
            "extrapolated curve; evaluate on a fixed holdout and an online A/B test; account for inference "
            "cost since a larger model costs more to serve. Stop or reallocate if the returns fall below the "
            "prediction."
        ),
        "short": (
            "I'd first find the bottleneck, data or model size, with small scaling experiments, then spend in "
            "stages and check against a held-out set and an A/B test whether it paid off."
        ),
    },
}
