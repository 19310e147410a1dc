"""Fresh expert answers written by helper wfund from each question's prompt alone (key points read
only afterwards), for the ml_fundamentals bank, in two voices not covered before: a *second-language*
strong candidate (simple grammar, dropped articles, agreement slips, short sentences, content fully
correct and complete) and a *teacher* explaining to a junior colleague (everyday analogy first, then
the mechanism, a small worked number, then the rule of thumb). Each must reach 0.7; misses were used
to widen the patterns with general wordings, never phrases fitted to one sentence."""

from __future__ import annotations

EXPERTS = {
    "overfitting_detection": [
        (
            "Overfitting is when model learn the training data too well, also the noise, and not the real pattern. "
            "Then training error is very low but error on new unseen data is high, so model does not generalize. "
            "It happen when model is too complex for amount of data, like too many parameters. "
            "During training I watch learning curve on validation set. Training loss keep going down, but validation "
            "loss stop improving and start to go up. The gap between train and validation become bigger. "
            "This is the sign. What I do: first, early stopping, I stop training when validation loss not improve "
            "for some epochs and keep best checkpoint. Second, regularization, L2 weight decay or L1, and dropout for "
            "neural network. Third, make model simpler, less layers or less features, or prune the tree. "
            "Fourth, get more data or use data augmentation. Also I use cross-validation to check result is stable. "
            "But random split cannot show drift, so final test set should come from newest data, like what model will see in production."
        ),
        (
            "Think of a student who memorises last year's exam answers word for word. He scores perfectly on those "
            "papers and fails when the questions change. Overfitting is the same: the model fits the training set, "
            "noise and quirks included, instead of the general pattern, so it performs well on training data and "
            "poorly on unseen data. You notice it by plotting training loss and validation loss per epoch. Say train "
            "loss goes 0.9, 0.5, 0.2, 0.05 while validation loss goes 0.9, 0.6, 0.55, 0.7: the validation curve "
            "turned upward while training kept improving, and that widening gap is overfitting. What to do about it: "
            "stop early at the epoch with the best validation loss; add regularization such as L2 weight decay or "
            "dropout; reduce capacity with a smaller model or fewer features; and collect more training data or "
            "augment it. Rule of thumb: always keep a held-out set you never train on, and trust its curve, not the training one. "
            "And if tomorrow's data will look different from today's, a random split hides that, so build the test set from the most recent period."
        ),
    ],
    "cross_validation": [
        (
            "In k-fold cross-validation we split data into k parts, we call them folds, for example k is 5 or 10. "
            "Then we train model k times. Each time one fold is validation set and other k minus 1 folds is training. "
            "Every example is used for validation exactly one time. At the end we average the k scores, and we also "
            "look at standard deviation, so we get estimate with less variance than one split. "
            "Cost is k times more training, so it is expensive. It is worth it when dataset is small, because one "
            "split waste data and the score depend a lot on which examples fall in validation. Also good for "
            "hyperparameter tuning and model selection when we need reliable comparison. When data is huge or model "
            "is very expensive, like big deep network, single holdout split is enough. For classification use "
            "stratified folds to keep class ratio. For time series do not shuffle, use forward chaining split so "
            "we never train on future. And group k-fold when same user has many rows, to avoid leakage."
        ),
        (
            "Imagine judging a cook by one dish: you might catch a lucky day. Tasting five dishes on five days gives "
            "a fairer verdict. K-fold cross-validation does that for a model. You cut the data into k equal folds, "
            "say 5. You train 5 models; each one trains on 4 folds and is evaluated on the fold it did not see, so "
            "every example is held out exactly once. You then average the 5 scores, for example 0.81, 0.84, 0.79, "
            "0.83, 0.82 gives 0.818, and the spread tells you how much the estimate wobbles. The price is k times "
            "the training compute. It is worth paying when the data is small, where a single 80/20 split leaves a "
            "noisy estimate and wastes a fifth of your examples, and when you compare models or tune hyperparameters "
            "and need a trustworthy ranking. With millions of rows or a model that takes days to train, one split "
            "is fine. Rules of thumb: stratify the folds for imbalanced classes, keep groups such as one patient "
            "in a single fold, and for time series use rolling time-based splits, never random shuffling."
        ),
    ],
    "generalization": [
        (
            "Model generalize when it perform well on new data it never see in training, data from same "
            "distribution as it will meet in production. It mean model learn the real pattern, not the noise of training sample. We measure it with held-out test set that model and tuning "
            "never touch, and small gap between train and test error. But in production data change over time, "
            "this is distribution shift or drift. Covariate shift is when input distribution change, concept drift "
            "is when relation between input and label change. So one test set from past is not enough. "
            "I split by time: train on older data, test on most recent period, and I do backtesting with rolling "
            "windows, so test always come after train. After deployment I monitor: input feature distributions "
            "compare with training, with PSI or KS test, and prediction distribution. When labels arrive, even with "
            "delay, I compute live metrics on fresh data. When performance drop or drift is big, I retrain on recent "
            "data, on schedule or triggered by alert, and validate new model on newest holdout before deploy."
        ),
        (
            "Think of a driver who learned in one city. If they drive well in a city they have never seen, they "
            "generalized; if they only know the routes they practised, they memorised. A model generalizes when its "
            "error on unseen data, drawn from the distribution it will face, is close to its training error, because it learned the underlying pattern rather than the accidents of its particular sample. We "
            "check that with a held-out test set never used for training or tuning. The catch is that the world "
            "moves: input distributions shift, say a new user segment arrives, and the relationship itself can "
            "drift, like fraud patterns changing. When that happens a model that generalized last quarter quietly gets worse. So keep measuring: evaluate out of time, train on January to June "
            "and test on July, then roll the window forward, which mirrors deployment. In production, monitor the "
            "feature distributions and prediction scores against training, for example a population stability index "
            "above 0.2 is a warning, and compute accuracy on fresh labelled data as labels come in. When the live "
            "metric degrades, retrain on recent data. Rule of thumb: a random split tells you about the past; a "
            "time split and live monitoring tell you about the future."
        ),
    ],
    "precision_vs_recall": [
        (
            "Precision is true positives divided by true positives plus false positives. So from all examples model "
            "predict as positive, which fraction is really positive. Recall is true positives divided by true "
            "positives plus false negatives: from all real positive examples, which fraction model find. "
            "There is tradeoff: when we raise threshold, precision usually go up and recall go down. "
            "Example for precision: spam filter. False positive mean important email of user go to spam folder, "
            "this is very costly, so I favour precision. Also recommendation of product in email, wrong one annoy user. "
            "Example for recall: cancer screening or fraud detection. Missing a sick patient, false negative, is "
            "much worse than extra test for healthy person, so we want high recall, and doctor check later. "
            "To combine both we can use F1 score, harmonic mean, or choose threshold by cost of each error."
        ),
        (
            "Picture a fisherman with a net. Precision asks: of everything in the net, how much is the fish you "
            "wanted rather than boots and weed? Recall asks: of all the fish in the lake, how many did you catch? "
            "Formally, precision = TP / (TP + FP), the fraction of predicted positives that are truly positive, and "
            "recall = TP / (TP + FN), the fraction of actual positives the model finds. Worked example: 100 real "
            "positives, the model flags 80 items and 60 of them are right. Precision is 60/80 = 0.75, recall is "
            "60/100 = 0.6. Lowering the decision threshold catches more positives, raising recall, at the cost of "
            "more false alarms, lowering precision. Favour precision where a false positive is expensive: a spam "
            "filter, because sending a real email to spam hurts the user more than letting one spam through. "
            "Favour recall where a false negative is expensive: cancer screening, because missing a sick patient is "
            "far worse than a follow-up test on a healthy one. Rule of thumb: ask which mistake costs more, and "
            "pick the threshold there."
        ),
    ],
    "bias_variance": [
        (
            "Expected error of model on new data can be split in three parts: bias squared, variance, and "
            "irreducible noise. Bias is error from wrong assumptions, model is too simple and cannot capture the "
            "true function, so it underfit. Variance is how much the prediction change when we train on different "
            "sample of training data, model is too flexible and fit the noise, so it overfit. They pull against "
            "each other because of model complexity. When we add capacity, more features or deeper tree, bias go "
            "down but variance go up. When we make model simpler or add regularization, variance go down but bias "
            "go up. So we search the sweet spot in the middle. To tell which one hurt my model, I compare training "
            "error and validation error. If both errors are high and close together, it is high bias. If training "
            "error is low and validation error is much higher, big gap, it is high variance. Learning curve also help: "
            "with high variance, more data close the gap; with high bias, more data do not help."
        ),
        (
            "Think of throwing darts. Bias is how far the centre of your throws is from the bullseye; variance is "
            "how widely the darts scatter around their own centre. A model's expected error on new data is bias "
            "squared plus variance plus irreducible noise. Bias comes from a model too simple to express the true "
            "relationship, for example a straight line fitted to a curve, so it underfits. Variance comes from a "
            "model so flexible that it changes a lot when you retrain it on a different sample, fitting noise, so it "
            "overfits. They trade off because the same knob, model complexity, moves them in opposite directions: "
            "a deeper tree lowers bias but raises variance, and stronger regularization lowers variance but raises "
            "bias. To diagnose a model you just trained, compare training and validation error. Training error 20% "
            "and validation 22%: both high, small gap, that is high bias, so add capacity or features. Training 2% "
            "and validation 15%: a large gap, that is high variance, so regularize, simplify or get more data. Rule "
            "of thumb: the gap measures variance, the training error measures bias."
        ),
    ],
    "l1_vs_l2": [
        (
            "L1 regularization add sum of absolute values of weights to the loss, lambda times sum of |w|. L2 add "
            "sum of squared weights, lambda times sum of w squared. Effect on weights is different. L1 push many "
            "weights exactly to zero, so model become sparse and it do feature selection. This is because gradient "
            "of |w| is constant, it push small weights with same force until zero. L2 shrink all weights toward "
            "zero but they almost never become exactly zero, because the push is proportional to weight, small "
            "weight get small push. L2 also spread weight between correlated features, L1 pick one of them. "
            "I use L1 when I have many features and I think only few are useful, or I want interpretable sparse "
            "model. I use L2 as default, when most features help a little, and for stability with correlated "
            "features. Also L2 is differentiable everywhere so easy to optimize. If I want both, elastic net combine them."
        ),
        (
            "Picture a budget cut. One manager cuts a fixed amount from every project, so small projects get "
            "cancelled outright; another cuts a percentage, so every project shrinks but none disappears. That is "
            "L1 versus L2. L1 adds lambda times the sum of absolute weights to the loss; L2 adds lambda times the sum "
            "of squared weights. The gradient of the L1 term is a constant lambda times the sign of w, so even a tiny "
            "weight gets the same pull and is driven exactly to zero: L1 gives sparse weights and acts as feature "
            "selection. The gradient of the L2 term is 2 lambda w, so a weight of 0.01 gets a pull of only 0.02 "
            "lambda: L2 shrinks every weight smoothly toward zero but keeps them nonzero. With two correlated "
            "features, L2 splits the weight between them, while L1 tends to keep one and drop the other. Reach for "
            "L1 when you suspect only a few of many features matter or want a compact, interpretable model; reach "
            "for L2 as the default when many features each contribute a little. Elastic net mixes both."
        ),
    ],
    "imbalanced_evaluation": [
        (
            "With one positive in hundred, accuracy is misleading. Model that always say negative get 99% accuracy "
            "but find zero positive. So I do not use accuracy. ROC AUC also can mislead, because false positive rate "
            "use the huge number of negatives in denominator, so many false positives still look like small FPR, "
            "and AUC look very good. Better I look at precision and recall for positive class, and precision-recall "
            "curve with average precision, PR AUC. Baseline of PR AUC is the positive rate, 0.01, so it is honest. "
            "Also F1 or F-beta if recall is more important. Then I choose threshold from business cost of false "
            "positive and false negative, not default 0.5, and I report confusion matrix at that threshold, and "
            "maybe precision at top k or recall at fixed precision. For validation I use stratified split so each "
            "fold have positives, and I check calibration if we use probability."
        ),
        (
            "Imagine a smoke alarm that never rings. In a house that burns once a century it is right 99.99% of the "
            "time, and useless. That is accuracy on a 1% positive problem: predicting negative for everything gives "
            "99% accuracy and catches no positives. ROC AUC misleads in a quieter way. The false positive rate divides "
            "by all negatives, say 99,000 of them, so 990 false alarms is only a 1% FPR and the curve looks great, "
            "even though against 1,000 positives those false alarms swamp the true hits. Instead, evaluate the "
            "positive class directly: precision, recall, their precision-recall curve and the area under it, average "
            "precision, whose random baseline is the 1% base rate rather than 0.5. Summarise with F1, or F-beta when "
            "missing positives costs more. Then pick the operating threshold from the cost of each error rather than "
            "0.5, and read the confusion matrix there. Rule of thumb: on rare positives, report PR AUC and precision "
            "and recall at your threshold, and use stratified splits so every fold has positives."
        ),
    ],
    "learning_paradigms": [
        (
            "In supervised learning signal come from labels that human give, each input has target, like image with "
            "class or email with spam label, and model minimize loss between prediction and label. Labels are "
            "expensive. In unsupervised learning there is no label at all, model find structure in data itself, "
            "like clustering with k-means, density estimation, or dimensionality reduction with PCA. The signal is "
            "the data structure, for example reconstruction error or distance. Self-supervised learning also use "
            "no human label, but it create labels automatically from the data: it hide part of input and predict "
            "it. For example predict next word, or masked word like BERT, or contrastive learning on two augmented "
            "views of same image. So the supervision come from the data itself, and it scale to huge unlabeled data. "
            "Large language models are pretrained with self-supervised learning, next token prediction on big "
            "text corpus. After that they are fine-tuned supervised with instructions and with RLHF."
        ),
        (
            "Think of learning a language three ways. With a tutor who corrects every sentence, that is supervised: "
            "the training signal comes from human-provided labels, each input paired with the correct output, and "
            "the loss compares the prediction to that label. Sorting a pile of foreign books into groups without "
            "anyone telling you the categories is unsupervised: there are no labels, and the model discovers "
            "structure on its own, such as clusters, density or a low-dimensional projection like PCA. Covering "
            "the next word of a novel and guessing it is self-supervised: the labels are generated automatically "
            "from the raw data itself, so the text supplies its own targets. A sentence of ten tokens gives nine "
            "next-token prediction targets for free, with no annotator. Large language models are pretrained this "
            "way, self-supervised next-token prediction over trillions of tokens of unlabeled text, and then "
            "supervised fine-tuning and RLHF come afterwards. Rule of thumb: if a human wrote the target it is "
            "supervised; if the data wrote it, self-supervised; if there is no target, unsupervised."
        ),
    ],
    "feature_engineering": [
        (
            "Feature engineering is to transform raw data into input features that make pattern easier for model "
            "to learn, using domain knowledge. For classical model the features are the limit: model can only learn what the features show, so bad features cap the performance. Examples: log transform for skewed value like income or price. "
            "Standardization or scaling for linear model and kNN. One-hot encoding for categorical, or target "
            "encoding when category has many values, but careful with leakage. Bucketing age into ranges. From "
            "timestamp extract hour, day of week, holiday. Ratio features like price per square meter, and "
            "interaction between two features. Aggregates per user, like number of purchases in last 7 days. "
            "Text with TF-IDF. Deep learning did not make it obsolete. For images, audio and text, neural network "
            "learn representation itself from raw input, so manual features are less needed there. But for tabular "
            "data, gradient boosting with good features still often win, and domain features help a lot. Also "
            "feature engineering still matter for small data, for latency and for making the model interpretable."
        ),
        (
            "Think of a cook preparing ingredients: a great chef still needs the vegetables washed and cut into the "
            "right pieces. Feature engineering is turning raw data into inputs that expose the signal to the model, "
            "usually with domain knowledge. For a classical model the features set the ceiling: a linear model or a tree cannot learn a relationship the inputs do not expose, so no tuning rescues poor features. Concrete transformations: take the log of a heavy-tailed amount, so "
            "1,000 and 1,000,000 become 3 and 6 on a base-10 scale; standardize numeric columns; one-hot encode "
            "categories, or use target encoding computed out of fold; bin ages into ranges; extract hour of day and "
            "day of week from a timestamp; build ratios such as debt to income and interaction terms; and compute "
            "rolling aggregates per customer like spend in the last 30 days. Has deep learning made this obsolete? "
            "Partly, for unstructured data: on images, audio and text, networks learn their own features from raw "
            "pixels or tokens. Not for tabular data, where gradient-boosted trees on well-engineered features often "
            "beat neural networks, and with little data or strict latency. Rule of thumb: raw media, let the network "
            "learn; tables, engineer the features."
        ),
    ],
    "regression_metrics": [
        (
            "Main metrics are MAE, MSE, RMSE, R squared and MAPE. MAE is mean absolute error, every error count "
            "linear, so it is robust to outliers, and it is in same unit as target. MSE is mean of squared error, "
            "it punish large errors much more. RMSE is square root of MSE, so it is in same unit, but still "
            "sensitive to outliers. R squared show fraction of variance explained compared to predicting the mean, "
            "good to compare but not in business unit. MAPE is percentage error, easy to explain to business, but "
            "it break when true value is near zero and it punish over-prediction more. How I decide: I look at cost "
            "of error in the business. If big errors are very costly, like in inventory stockout or delivery time "
            "promise, I use RMSE. If cost grow linear with error, I use MAE. If under and over prediction cost "
            "different, I use asymmetric loss or quantile loss. If scale of targets differ a lot, percentage error "
            "like MAPE or WAPE. Also MAE optimal prediction is the median, MSE is the mean."
        ),
        (
            "Think of being late to meetings. Is being ten minutes late once worse than being one minute late ten "
            "times? Your answer picks the metric. MAE, the mean absolute error, treats them the same: total ten "
            "minutes either way, so it is robust to outliers and reads in the target's units. MSE squares the "
            "errors, one error of 10 costs 100 while ten errors of 1 cost 10, so it punishes large misses heavily; "
            "RMSE takes the square root to return to the original units but keeps that sensitivity to outliers. "
            "R squared tells you the share of variance explained relative to always predicting the mean, handy for "
            "comparing models but meaningless to a finance team. MAPE gives a percentage error that business people "
            "understand, but it explodes when actual values are near zero and is asymmetric. To choose, ask what an "
            "error costs the business: if big misses are disproportionately painful use RMSE; if cost grows linearly "
            "use MAE; if over- and under-forecasting cost different amounts use a quantile or asymmetric loss. Rule "
            "of thumb: the metric should mirror the cost of being wrong."
        ),
    ],
    "data_leakage": [
        (
            "Data leakage is when information that will not be available at prediction time get into training, so "
            "offline metric look very good but model fail in production. Some ways it sneak in. First, preprocessing "
            "fitted on whole dataset before split, like scaler, imputation or feature selection use statistics from "
            "test rows. Second, feature that is computed from future or from the label itself, for example "
            "'number of refunds' to predict churn, or aggregate window that include events after prediction time. "
            "Third, random split on time series, so model train on future and test on past. Fourth, same user or "
            "duplicate rows in train and test. Fifth, target encoding computed with the row own label. How I design "
            "against it: split first, by time or by group, then fit every transformation only on training fold, "
            "inside a pipeline, so cross-validation refit it each fold. Build features point-in-time, only with data "
            "before the prediction timestamp, with feature store. And when a feature is suspicious too strong, I check "
            "feature importance and drop it."
        ),
        (
            "Imagine a student who saw the exam answers the night before: a brilliant score that says nothing about "
            "what they know. Data leakage is the model seeing, during training, information it will not have when it "
            "makes real predictions, so validation scores are inflated and production performance collapses. It "
            "sneaks in several ways. Preprocessing fitted on all the data: computing a scaler's mean over the full "
            "dataset lets test rows shape the training inputs. Features from the future: predicting whether a loan "
            "defaults with a column 'days past due' that is only filled in after default. Random splits on temporal "
            "data, so the model trains on next month to predict last month. The same customer or duplicate records "
            "on both sides of the split. For example, an AUC of 0.99 on a hard problem is a red flag. Design it out: "
            "split before anything else, by time or by entity; fit every transform inside a pipeline on the training "
            "fold only; build each feature as of the prediction timestamp. Rule of thumb: if you could not know it at "
            "prediction time, it cannot be a feature."
        ),
    ],
    "regularization_toolkit": [
        (
            "I used L2 weight decay, L1, dropout, early stopping, data augmentation, and for trees max depth, min "
            "samples per leaf, subsampling and learning rate shrinkage in boosting. Batch norm and label smoothing "
            "also give some regularization. How I choose depend on model and data. For linear and logistic "
            "regression, L2 as default, L1 if I want sparse model and feature selection, elastic net with correlated "
            "features. For neural network, weight decay with AdamW, dropout in fully connected layers, early "
            "stopping on validation loss, and augmentation for images or audio, which is very strong because it "
            "add more data. For gradient boosting, limit tree depth, use small learning rate with more trees, "
            "subsample rows and columns, min child weight. Dataset size matter: small data need stronger "
            "regularization, large data need less. Strength I never guess, I tune lambda or dropout rate with "
            "cross-validation, and I watch gap between train and validation loss to see if it is enough."
        ),
        (
            "Regularization is like training wheels: constraints that stop the model from wobbling into memorising "
            "the training data. The toolkit I have used: L2 penalty or weight decay, which shrinks weights; L1, which "
            "zeroes some out; dropout, which randomly drops units so the network cannot rely on any single one; early "
            "stopping on validation loss; data augmentation; and for trees, depth limits, minimum leaf size, "
            "subsampling and a small learning rate in boosting. Which one fits depends on the model and the data. A "
            "logistic regression on 200 features gets L2 by default, or L1 when I want only the 20 features that "
            "matter. A deep network gets weight decay, dropout, early stopping and, for images, augmentation, which "
            "is often the strongest because it effectively adds data. A gradient-boosted model gets shallower trees, "
            "row and column subsampling and shrinkage. With 5,000 rows I regularize hard; with 50 million I barely "
            "need to. Rule of thumb: tune the strength on a validation set or by cross-validation, and read the "
            "train-validation gap to see whether you need more or less."
        ),
    ],
    "ab_test_design": [
        (
            "I randomize at user level, not at session or request, so same user always see same ranking and purchases "
            "of one user are not split between groups. Hash user id into control with old model and treatment with "
            "new model, 50/50. Primary metric is purchases per user or conversion rate, and revenue per user. I also "
            "have guardrail metrics: latency, return rate, bounce, and diversity, so we do not hurt other things. "
            "Before start I do power analysis: with baseline conversion, variance, and minimum detectable effect "
            "that business care, like 1% relative lift, I compute sample size and from traffic the duration. I run "
            "at least one or two full weeks to cover weekday and weekend cycle and novelty effect. I do not stop "
            "early when p-value look good, peeking increase false positive. First I check sample ratio mismatch. Then "
            "decide with significance test, p-value below 0.05 and confidence interval of lift, and lift must be "
            "bigger than practical threshold and guardrails are not worse. If result is positive, ship gradually."
        ),
        (
            "Think of testing a new shop layout: you would not redesign one shop and compare it with last year. You "
            "would send random customers to two identical shops and change only the layout. Same here. Randomize by "
            "user, not by page view, hashing user ids into control, the current ranker, and treatment, the new "
            "ranker, so a person sees one consistent experience. The primary metric is purchases per user, or "
            "conversion rate, decided before launch, with guardrails like revenue per user, latency and returns. "
            "For duration, do a power calculation first: with a 5% baseline conversion and a minimum detectable "
            "effect of 2% relative, you need a sample size of a few hundred thousand users per arm, which, given daily "
            "traffic, fixes the run length; round up to whole weeks to cover weekly seasonality and let novelty wear "
            "off. Do not peek and stop early. Decide with a pre-registered test: check sample ratio mismatch, then "
            "ship if the confidence interval of the lift excludes zero, the effect is practically significant and "
            "guardrails hold. Rule of thumb: fix metric, sample size and decision rule before you look at any data."
        ),
    ],
}
