"""Fresh expert answers written by helper odd2 in unusual wording: strong candidates who describe
each concept instead of naming it (the held-out fundamentals, classical, case-study and deep
learning questions). Two answers per question, each with a different set of substitutions; each
must reach 0.7."""

from __future__ import annotations

EXPERTS = {
    "cross_validation": [
        (
            "I chop the data into, say, five equal slices. Then I run five rounds: each round one slice sits "
            "out as the exam and the model learns from the other four, so every row gets graded exactly once "
            "by a model that never saw it. I report the average of the five grades and also how much they "
            "wobble between rounds, which tells me how much luck is in a single number. The price is five "
            "trainings instead of one. It pays off when data is scarce, because one held-back chunk would be "
            "tiny and noisy and would waste rows I need for learning, and when I am comparing settings or "
            "models whose difference is small. With millions of rows or a model that takes days to train, one "
            "held-back piece is already stable enough. Rows from the same user stay in one slice, and for "
            "time-ordered data I only ever test on the future."
        ),
        (
            "Partition the n examples into k disjoint groups, usually five or ten; fit k times, each time leaving one group out "
            "and scoring on it, then average the k held-out scores, with their spread as an error bar. Every "
            "point serves once for evaluation and k-1 times for fitting, so the estimate uses all the data "
            "and its variance is lower than one random carve-up. Cost grows linearly in k. Worth it for "
            "small datasets, for choosing hyperparameters where one lucky carve-up could crown the wrong "
            "candidate, and for imbalanced labels (keep class proportions equal in every group). Not worth it "
            "when fitting is expensive and the data is huge, since a single held-out part is then both cheap "
            "and precise. Grouped or temporal data needs grouped folds or forward-chaining windows, and any "
            "preprocessing must be fitted inside each round, or information leaks across."
        ),
    ],
    "generalization": [
        (
            "A model generalizes when it does about as well on fresh examples it never studied, drawn from "
            "the world it will face, as on the examples it learned from; memorising the homework does not "
            "count: it has picked up the lasting pattern behind the examples, not their accidents. I check that on data I locked away before training. When the world keeps drifting, one "
            "locked-away set goes stale, so I keep measuring: train on the past, test on the weeks after, "
            "and slide that window forward. In production I watch whether the incoming inputs still look "
            "like what the model learned from, whether its confidence distribution shifts, and, once the "
            "true outcomes arrive, its live accuracy over time against a simple baseline. When the numbers "
            "sag past a threshold I retrain on recent data, and I keep a small fresh labelled sample every "
            "week so I can tell the drop is real."
        ),
        (
            "We say it generalizes when the error on unseen draws from the target distribution is close to "
            "the error on the fitting data, i.e. the gap between in-sample and out-of-sample loss is small "
            "and the out-of-sample loss itself is low, which happens when the fit reflects the mechanism that produced "
            "the data rather than sample-specific fluctuation. That is estimated on a held-back sample that played no "
            "part in fitting or tuning. Under a non-stationary stream the i.i.d. assumption fails, so a random "
            "carve-up overestimates quality; split by time instead, fit on earlier periods and score on later "
            "ones in a rolling backtest. After deployment, monitor the input feature distributions (population "
            "stability, KL between last week and the reference), the prediction distribution, and delayed "
            "labelled performance per time slice; alert on degradation and refit on a recent window or "
            "weight recent samples more."
        ),
    ],
    "overfitting_detection": [
        (
            "Overfitting is when the model starts learning the quirks and noise of the particular examples it "
            "was shown instead of the pattern behind them, so it looks brilliant on its own homework and "
            "worse on anything new. During training I plot two curves: the error on the data it learns from "
            "and the error on data I kept aside. Early on both fall; when the learning curve keeps dropping "
            "while the kept-aside curve flattens and then turns upward, the gap between them opening up, "
            "that is the moment. To fix it: stop at the best point of the kept-aside curve, gather more "
            "examples or make altered copies of them, shrink the model, penalise large weights, randomly "
            "silence units while training, and simplify features. Then I confirm on an untouched final set, and "
            "that held-back data has to resemble what the model will face after launch, so when the data changes "
            "with time I hold back the most recent weeks instead of a random handful."
        ),
        (
            "The fitted function captures sample-specific variation rather than the signal, so training loss "
            "is low while held-out loss is high: a large generalization gap. Detection: track training and "
            "validation loss per epoch; the signature is validation loss reaching a minimum and rising while "
            "training loss continues to decrease, or training accuracy near 100% with validation far below. "
            "Remedies: halt at the validation minimum and keep that checkpoint; reduce capacity (fewer layers, "
            "shallower trees); add a weight-size penalty (L2, L1) or random unit dropping; enlarge the data, "
            "including synthetic transformations of inputs; average many models. Evaluate the final choice on "
            "a test set that was never used for those decisions and that mirrors deployment: if the traffic "
            "evolves, split by date, since a random shuffle hides drift."
        ),
    ],
    "precision_vs_recall": [
        (
            "Of all the times my system raises its hand, what fraction were truly positive: that is the purity "
            "of my alarms, true hits divided by true hits plus false alarms. The other one asks, of all the "
            "real positives out there, what share did I catch: true hits divided by true hits plus the ones I "
            "let slip. Raising the bar for saying yes usually buys purity and costs coverage. I favour purity "
            "for a spam filter that sends mail to the junk folder, because burying a real email from your "
            "boss is worse than letting some spam through. I favour catching everything for cancer screening "
            "or fraud flagging for human review: a missed sick patient is far costlier than a few extra "
            "follow-up tests. If I need one number for both, I blend them with an average that the weaker of the "
            "two drags down, so a lopsided system cannot hide."
        ),
        (
            "With TP the correctly flagged positives, FP the negatives wrongly flagged and FN the positives we "
            "failed to flag: the first is TP/(TP+FP), the share of our positive predictions that are correct; "
            "the second is TP/(TP+FN), the share of actual positives we found. Moving the decision threshold "
            "up trades the second for the first. A product where wrong flags are expensive wants the first "
            "high: automatically banning accounts, or a shop recommending items on the homepage where junk "
            "erodes trust. A product where misses are expensive wants the second high: screening blood "
            "samples for a disease, or detecting intruders where a follow-up check is cheap and missing one "
            "is catastrophic. The usual single summary is their harmonic mean, 2PR/(P+R), which stays low unless "
            "both are high."
        ),
    ],
    "attention_without_softmax": [
        (
            "Each position builds its output as a blend of all the value vectors: it compares its query with "
            "every key, turns those similarity scores into mixing proportions, and takes the weighted average "
            "of the values. So it is a content-dependent averaging of the rows of V. The softmax is what makes "
            "those proportions all positive and add up to one, so the output stays inside the cloud of "
            "values, and because of the exponent the biggest scores win most of the weight. If you use the "
            "raw scaled scores instead, weights can be negative, so the model subtracts values, and they do "
            "not add up to one, so the output's size grows with how many tokens there are. Positions no "
            "longer compete for attention, it cannot pick out one token sharply, and training becomes unstable."
        ),
        (
            "Output_i = sum_j a_ij v_j: a convex combination of value vectors, with a_ij = exp(s_ij) / sum_k "
            "exp(s_ik) and s_ij = q_i.k_j / sqrt(d). The normalisation gives non-negative coefficients on the "
            "simplex, so outputs are weighted means of V, and the exponential makes the largest logits "
            "dominate, letting a head attend almost exclusively to one key. Using s_ij directly: coefficients "
            "are signed and unbounded, their total is not fixed, so the output magnitude scales with sequence "
            "length n and with the score magnitudes; keys no longer compete because raising one score does "
            "not lower the others; no selection is possible; and activations and gradients blow up in deep "
            "stacks. It becomes essentially linear attention without a normaliser."
        ),
    ],
    "backprop_two_layer": [
        (
            "With X of n rows by d inputs, going forward, X times the first weights (d by "
            "h) plus an offset row gives n by h pre-activations, clipping the negatives to zero gives the hidden "
            "layer H, and H times the second weights (h by 1) plus a scalar, squashed by the S-shaped logistic "
            "curve, gives p. The loss is minus the mean of y log p plus (1 minus y) log(1 "
            "minus p). Going back, the two derivatives cancel, so the loss slope at the raw score is p minus "
            "y over n, an n by 1 column. The second weights' gradient is H transposed times that column, h by 1, "
            "and its offset gets the column's sum. The column times the second weights transposed gives the n by h "
            "error at the hidden layer, and I zero it wherever the unit was switched off. X transposed times that "
            "gives the d by h first-weight gradient, and its row sums the first offset's. It is all the chain rule, "
            "and I check it numerically by nudging single weights."
        ),
        (
            "Forward: Z1 = X W1 + b1 with X in R^(n x d), W1 in R^(d x h), Z1 in R^(n x h), then A1 = max(0, Z1) "
            "elementwise, z2 = A1 w2 + b2 with w2 in R^(h x 1), z2 in R^(n x 1), and p = 1/(1 + e^(-z2)), with "
            "L = -(1/n) sum [y log p + (1-y) log(1-p)]. Backward, by the chain rule from the output inward: the "
            "logistic derivative p(1-p) cancels against the log-loss derivative, so dL/dz2 = (p - y)/n, "
            "shape n x 1. dL/dw2 = A1 transposed times dz2, h x 1, and dL/db2 = sum over rows of dz2, a "
            "scalar. dL/dA1 = dz2 times w2 transposed, n x h. The rectifier passes gradient only where it was "
            "active: dL/dZ1 = dA1 multiplied elementwise by the indicator Z1 > 0, n x h. dL/dW1 = X transposed "
            "times dZ1, d x h; dL/db1 = column sums of dZ1, length h. Every parameter gradient has its "
            "parameter's shape, which is the sanity check."
        ),
    ],
    "batchnorm_vs_layernorm": [
        (
            "Both rescale activations to zero centre and unit spread and then let the network re-stretch and "
            "shift them with two learned numbers per feature. The difference is which numbers get pooled to "
            "compute the mean and spread. The batch version looks down a column: for one feature it pools "
            "across all the examples in the mini-batch, so each example's output depends on its batch-mates, "
            "and at inference you swap in running averages collected during training. The layer version looks "
            "along a row: for one example or token it pools across its own features, so it needs no other "
            "samples and behaves identically in training and serving. Transformers pick the row version "
            "because sentences have different lengths with padding, batches are often small or a single "
            "sequence when generating, and batch statistics over such ragged "
            "inputs are noisy and awkward. Image networks with big batches of same-sized pictures are "
            "where the batch version shines, and text models went the other way. Many recent LLMs even "
            "skip the centring and only divide by the root of the mean squared activation."
        ),
        (
            "For activations of shape (B, T, D): BatchNorm computes mu and sigma per channel D over the batch "
            "(and positions), normalises, then applies a learned per-channel gain gamma and shift beta. Its "
            "statistics couple examples, so it needs large batches, behaves differently at train and test time "
            "(running estimates of the moments are used at test time), and is awkward with padding and "
            "variable T. LayerNorm computes mu and sigma per token over its D features, then the same gamma "
            "and beta. It is independent of batch size and identical at train and inference, which suits "
            "autoregressive decoding with batch size 1, padded variable-length sequences and sequence "
            "parallelism. That is why transformers use it, typically before each sublayer (pre-LN) for stable "
            "deep training, or its cheaper RMS variant that drops the mean subtraction. Convolutional "
            "nets on images still mostly use BatchNorm, while sequence models use LayerNorm."
        ),
    ],
    "optimizers": [
        (
            "The plain method takes the current slope of the loss on a small batch and walks downhill by a "
            "fixed fraction of it, the same stride for every weight. Adding momentum keeps a running memory "
            "of past steps, like a heavy ball rolling, so it builds speed along directions that agree over "
            "time and damps the zig-zag in narrow valleys. Adam also keeps a running memory of each weight's "
            "squared slopes and divides the step by its square root, so each weight gets its own stride: "
            "rarely moved or small-slope weights take relatively bigger steps, and it corrects both memories "
            "for starting at zero. AdamW changes how shrinking the weights toward zero is done: instead of "
            "folding that pull into the slope, where Adam's per-weight division distorts it, it subtracts a "
            "small fraction of the weights directly. For a transformer today I would use AdamW with a short "
            "warm-up of growing step sizes and then a gradually shrinking, cosine-shaped step size, plus "
            "gradient clipping."
        ),
        (
            "SGD: theta <- theta - eta g on a minibatch gradient g; one global step size, sensitive to "
            "curvature and to eta. Momentum adds a velocity, v <- beta v + g and theta <- theta - eta v, an "
            "exponentially decayed sum of past gradients that accelerates along consistent directions and cancels oscillation across "
            "steep ones. Adam: first moment m and second moment v as exponential averages of g and g squared, "
            "bias-corrected, update eta m_hat / (sqrt(v_hat) + eps): a per-coordinate adaptive step scale, "
            "robust to badly scaled gradients. AdamW: decoupled weight decay, theta <- theta - eta lambda "
            "theta applied outside the adaptive ratio, because an L2 term added to g is divided by sqrt(v) and "
            "so decays weights with large gradients less. Transformers: AdamW, beta2 around 0.95 to 0.999, "
            "linear warm-up then cosine decay, global norm clipping at 1; SGD generalises well on some vision "
            "tasks but trains transformers poorly."
        ),
    ],
    "self_vs_cross_attention": [
        (
            "In self-attention, one sequence looks at itself: the questions being asked, the labels being "
            "matched against and the content being pulled all come from the same set of token "
            "representations. In cross-attention, two sequences meet: the asking side comes from one "
            "stream, the decoder's current tokens, while the labels and the content both come from the other "
            "stream, the encoder's finished output for the source sentence. In an encoder-decoder translator "
            "the encoder layers use only the first kind, with every source word free to look at every other. "
            "Each decoder layer uses both: first the first kind over the target words generated so far, with "
            "a mask so no word peeks at later ones, then the second kind to consult the source. Since the "
            "encoder output does not change while decoding, the second kind's labels and content can be "
            "computed once and reused for every generated token. The same mixing of two streams lets a caption "
            "writer consult picture features, or a text-to-image model steer its pixels by the prompt."
        ),
        (
            "Self-attention: Q = X W_q, K = X W_k, V = X W_v, all projections of the same sequence X, so the "
            "score matrix is n x n. Cross-attention: Q = Y W_q from the decoder stream Y (length m), while K = "
            "H W_k and V = H W_v come from the encoder's final hidden states H (length n), so scores are m x n. "
            "In an encoder-decoder Transformer the encoder stacks bidirectional self-attention only; each "
            "decoder block has causally masked self-attention over the target prefix, then cross-attention "
            "into the memory H from the last encoder layer, then the feed-forward sublayer. Decoder-only models "
            "such as GPT have no cross-attention at all. At inference the cross K and V are projected once per "
            "source and cached, whereas the self-attention cache grows by one entry per generated token. Beyond "
            "translation, cross-attention conditions on another modality: image patches in captioning, text "
            "embeddings in diffusion models."
        ),
    ],
    "decision_tree": [
        (
            "The tree plays twenty questions with the data. At each node it tries every feature and every "
            "sensible cut-off, asks which yes/no question leaves the two resulting groups most uniform, meaning "
            "mostly one class each, or for numbers the smallest spread around each group's average, and keeps "
            "the best one. It repeats on each side until groups are pure, too small, or a depth cap is hit. "
            "A final bucket answers with its majority class, or the share of each class, or for numbers the "
            "average of the targets that landed there. Good sides: it handles mixed columns and unscaled "
            "values, finds interactions on its own, shrugs off odd outliers in inputs, and you can read the "
            "rules out loud. Bad sides: grown fully it memorises, because each final bucket can shrink to a "
            "single row, small changes in the rows can reshape the "
            "whole tree, it draws only boxy, axis-aligned boundaries, and it cannot predict beyond the range "
            "of targets it saw. Pruning or averaging many trees fixes much of that."
        ),
        (
            "Greedy, top-down recursive partitioning: at each node, for every feature j and threshold t, "
            "compute the impurity decrease, parent impurity minus the size-weighted impurity of the two "
            "children, using Gini, 1 - sum p_c squared, or entropy for classification and within-node "
            "squared error for regression, and take the argmax. Stop on max depth, min samples per leaf or "
            "zero gain. A terminal node outputs the mode or class frequencies of its samples, or their mean "
            "for regression: a piecewise-constant function. Its strengths are invariance to monotone feature "
            "transformations, so no scaling, native nonlinearity and interactions, fast inference and "
            "interpretability. Weaknesses: high variance, unstable to data perturbations, overfits when deep, "
            "biased towards high-cardinality features in split selection, axis-parallel boundaries, "
            "no extrapolation. Hence cost-complexity pruning, or bagging into random forests and boosting."
        ),
    ],
    "gradient_boosting": [
        (
            "Each round looks at what the current team of trees still gets wrong. For squared error that is "
            "literally the leftover gap between the truth and today's prediction for every row; a new small "
            "tree is fitted to predict those gaps, and its output, shrunk by a small factor, is added to the "
            "team. Round after round the leftovers get smaller. The gradient part: those gaps are exactly the "
            "direction in which the loss falls fastest if you could nudge each prediction directly, so for any "
            "differentiable loss you fit the tree to the downhill direction of the loss with respect to the "
            "predictions: it is descent in the space of functions, one tree per step. Libraries like XGBoost "
            "also use the curvature of the loss to pick leaf values, penalise the number of leaves and large "
            "leaf values, subsample rows and columns, find splits fast on binned features, treat missing "
            "values with a learned default direction, and stop when a held-back score stops improving."
        ),
        (
            "Model F_m = F_{m-1} + nu h_m. In round m, compute pseudo-residuals r_i = -dL(y_i, F(x_i))/dF(x_i) "
            "at F_{m-1}, fit a shallow regression tree h_m to (x_i, r_i), set leaf values by a line search on "
            "the loss, and add it scaled by the shrinkage nu, typically 0.05 to 0.1. Under squared loss r_i is "
            "y_i - F(x_i); under log loss it is y_i - p_i. That is functional gradient descent, hence the "
            "name; trees are added sequentially, each correcting its predecessors, which reduces bias rather "
            "than variance. XGBoost adds a second-order Taylor expansion of the loss (gradients and Hessians), "
            "an explicit penalty gamma on leaf count and lambda on leaf weights in the split gain, column and "
            "row subsampling, histogram-based and sparsity-aware split finding, and parallelism; LightGBM "
            "and CatBoost add leaf-wise growth and ordered target statistics. Tune rounds by early stopping."
        ),
    ],
    "knn_basics": [
        (
            "It is the laziest learner there is: training just means storing the labelled examples, nothing "
            "is fitted. To label a new point you measure how far it is from every stored example, take the "
            "handful closest to it, and let them vote; the most common label wins, and you can give closer "
            "neighbours a louder vote. So all the work happens when a question arrives, which gets slow with "
            "lots of stored data unless you use a spatial index or an approximate search. Three choices "
            "matter. How many neighbours: one copies every noisy point, too many blurs the boundary into the "
            "majority class, and you pick it on held-out data, odd for two classes to avoid ties. How you "
            "measure distance, and putting features on the same scale, since otherwise the feature in the "
            "biggest units decides everything. And how many features you have: in many dimensions all points "
            "look about equally far apart, so closeness stops meaning anything."
        ),
        (
            "Non-parametric, instance-based: fit is O(1) beyond storing X and y (or building a KD-tree, "
            "ball tree or approximate index). Predict: compute d(x, x_i) for all n stored points, O(n d) by "
            "brute force, select the k smallest, return the majority label, optionally weighted by 1/d, or "
            "class proportions as probabilities. Key choices: k trades variance for bias, small k gives a "
            "jagged boundary that fits label noise, large k over-smooths toward the global prior; choose it "
            "by cross-validation. The metric: Euclidean, Manhattan, cosine; standardise features first, "
            "because unscaled features dominate the distance. Dimensionality: distances concentrate in high "
            "dimensions, so reduce dimensions or learn an embedding. Memory is O(n d) and prediction latency "
            "grows with n, the reverse of parametric models."
        ),
    ],
    "svm_kernel": [
        (
            "It looks for the dividing wall that leaves the widest empty corridor between the classes, since a wall with room to spare should hold up on new points. When the classes "
            "overlap, some points may sit inside the corridor or on the wrong side for a penalty, and one knob "
            "sets how much those violations cost versus a wide corridor. Only the points that touch the "
            "corridor's edges or break into it pin the wall down; move any other point and nothing changes. "
            "The kernel trick handles classes no straight wall can split: the solution only needs similarity "
            "scores between pairs, so you swap the dot product for a similarity that equals a dot "
            "product in a richer, even infinite, space, and get a curved boundary without building "
            "those features. Popular choices are a Gaussian bump around each point or a polynomial of the dot "
            "product. The catch: a table of similarities for every pair, so time and memory grow at least "
            "with the square of the rows: today it suits small datasets, and boosting or neural nets took over."
        ),
        (
            "Soft-margin primal: minimise (1/2)||w||^2 + C sum xi_i subject to y_i (w . x_i + b) >= 1 - xi_i, "
            "xi_i >= 0; equivalently hinge loss max(0, 1 - y f(x)) plus an L2 penalty. Minimising ||w|| "
            "maximises the geometric gap 2/||w|| between the classes. In the dual, the solution is "
            "w = sum alpha_i y_i x_i, and alpha_i is nonzero only for points on or inside the gap or "
            "misclassified: those are the support vectors, and the decision function depends on nothing "
            "else. The dual touches the data only through inner products x_i^T x_j, so replacing them with a "
            "positive semi-definite k(x_i, x_j) = phi(x_i)^T phi(x_j), e.g. RBF exp(-gamma ||x - x'||^2) or "
            "polynomial, fits a linear separator in the implicit space phi without computing phi, giving "
            "nonlinear boundaries in input space. Cost: the n x n Gram matrix, roughly quadratic to cubic "
            "in n, so kernel SVMs struggle beyond about 100k examples."
        ),
    ],
    "project_walkthrough": [
        (
            "At a grocery delivery company I built the thing that guesses how many of each item a store will "
            "sell tomorrow. I first asked what a wrong guess costs: running out lost sales, overstocking meant "
            "waste, so I judged guesses by money lost. The data was two years of till receipts from 300 stores, about forty million "
            "rows, with gaps whenever a scanner went down. First I set up a dumb yardstick, same weekday last week, so every later idea "
            "had to beat it. I tested on weeks after the training period, never shuffled, so holiday weeks "
            "could not leak. I went with boosted trees rather than a "
            "neural net, since they took price and weather as they came and trained in minutes, and they beat "
            "the yardstick by twelve percent; I checked it was not one store carrying it by slicing "
            "results per store and removing one input at a time. Then a two-week trial in half the stores confirmed less waste, and we watched drift "
            "weekly. In hindsight I would have asked the buyers about promotions much earlier."
        ),
        (
            "Churn prediction for a subscription app, on 18 months of event logs for 2 million users, with only "
            "4 percent cancelling in a given month. Decision one: the target, users who cancel within 30 "
            "days, agreed with the retention team because they could only act on that horizon, and success "
            "meant fewer cancellations among contacted users, not just AUC. Decision two: the evaluation "
            "design, a time-based holdout with features computed strictly before each cutoff date, after I "
            "caught a leaky feature, last login, that made a first model look too good to be true. Decision "
            "three: the reference point, a logistic regression on tenure and usage, against which gradient "
            "boosting gained 0.04 AUC; an ablation showed most of the lift came from usage-trend features, "
            "and per-segment error analysis showed new users were poorly served. Validation outside the "
            "notebook: an A/B test where the treatment group got offers chosen by the model and we measured "
            "retention, with a power calculation beforehand. Lesson: I should have calibrated scores earlier, "
            "since the team used them as probabilities to budget offers."
        ),
    ],
    "research_ablation": [
        (
            "A third of a point is within the wobble you get from luck alone, so first I rerun both my model "
            "and the published one, under my own setup, with several different random starting points, and "
            "report the average and the spread; if the spreads overlap, I have nothing yet. I also make sure "
            "the old model got the same care, the same search over settings, compute and data, because an under-tuned rival is the cheapest win there is. Then I take my change apart "
            "piece by piece, removing each new ingredient to see which one actually carries the gain, and "
            "check whether a bigger plain model matches it. I confirm I never picked settings by peeking at "
            "the test split, check for overlap between training data and the test set, and see whether the "
            "gain holds on a second and third benchmark. Finally a significance test over seeds, and code "
            "released. In the write-up I state the extra parameters and compute next to "
            "the gain and claim no more than the runs show."
        ),
        (
            "Treat 0.3 as a hypothesis. Variance: train n >= 5 seeds for both systems, report mean and standard "
            "deviation or a bootstrap confidence interval, and run a paired test over seeds or over test "
            "examples; on many benchmarks seed-to-seed standard deviation alone is 0.2 to 0.5. Fair comparison: "
            "reproduce the baseline in my codebase rather than citing its number, give it an equal "
            "hyperparameter budget, matched parameter count, FLOPs, training tokens and preprocessing. "
            "Attribution: ablations that remove each component individually, plus a scaled-up baseline at "
            "equal compute to rule out size as the explanation. Hygiene: model selection only on validation, "
            "the test set touched once, contamination checks between pretraining data and the benchmark. "
            "Generality: results on additional datasets and at a second scale, and qualitative error analysis "
            "of which examples flipped. Report all of it, including negative results."
        ),
    ],
    "ten_x_budget": [
        (
            "Before spending anything I would ask what is actually holding us back, because ten times the "
            "money only helps if compute is what we lack. If the loss is still falling when "
            "we stop, we are starving the model; if it plateaus early, more of the same data will not help "
            "and the money should go to better or fresh examples. Below the frontier the binding limit is "
            "usually the examples: noisy labels and missing rare cases put a ceiling on any model, however big. "
            "I would first run a ladder of small "
            "experiments, growing model and data together, fit the curve of error against compute and "
            "read off where the extra budget should land, rather than blowing it on one giant run. "
            "To know whether it was right, I decide up "
            "front which number must move, on a held-back test that reflects real use, compare against "
            "what the old budget bought, and check the gain is bigger than the spread between repeated runs. "
            "If adding examples barely moves the curve, then the money goes to a bigger model."
        ),
        (
            "First diagnose the bottleneck before launching one giant run: compute-bound, data-bound, or limited by evaluation and "
            "iteration speed. If training loss is still decreasing at the end of runs, we are under-trained; "
            "check whether unique data suffices for a larger run or we would be repeating epochs. Spend a "
            "small fraction, say 5 to 10 percent, on a scaling study: train a family of models over a 100x "
            "compute range, fit a power law of loss against FLOPs, and derive the compute-optimal split "
            "between parameters and tokens, roughly 20 tokens per parameter in Chinchilla terms. Then spend "
            "the bulk on the predicted optimum, keeping budget for data quality work, more seeds and "
            "hyperparameter re-tuning at the new scale, since optima shift. If extra tokens barely help on the "
            "curve, then grow the parameter count instead. Validate: pre-register the target "
            "metric on held-out, deployment-like evaluation, compare to the extrapolated curve and to the old "
            "baseline, and measure cost per point of improvement; diminishing returns tell you when to stop."
        ),
    ],
}
