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
}
