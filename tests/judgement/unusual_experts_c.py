"""Fresh expert answers written by helper odd3 in unusual wording: strong candidates who describe
each concept instead of naming it (everyday verbs, metaphors, the maths said in words), one per
question, for the questions that are not held out and had no such answer yet. Each must reach 0.7."""

from __future__ import annotations

EXPERTS = {
    "bias_variance": [
        (
            "Picture retraining the same recipe on many fresh samples of the world. Part of the error is how far "
            "the average of those fitted models sits from the truth: a rigid model, say a straight line through a "
            "curved pattern, misses the same way every time. Another part is how much the fits wobble from one "
            "sample to the next: a very flexible model chases every accident of its sample and lands somewhere "
            "different each time. Add the noise nobody can remove and you have the whole expected squared error. "
            "They pull against each other because giving the model more freedom lets it follow the real shape, "
            "so the systematic miss shrinks, but the same freedom lets it follow the noise, so the wobble grows. "
            "To tell which one hurts, compare the error on the data it learned from with the error on held-out "
            "data: both poor and close together means the model is too stiff; excellent on training and much "
            "worse on held-out means it memorised. The cures differ too: more data or a stronger "
            "penalty for the memoriser, richer inputs or a bigger model for the stiff one."
        ),
    ],
    "l1_vs_l2": [
        (
            "Both add a price tag on the size of the weights to the training loss. The first charges the sum of "
            "their absolute values; the second charges the sum of their squares. That difference changes what "
            "the fitted weights look like. With the absolute-value charge the pull toward zero is the same "
            "strength however small a weight already is, so many weights get pushed all the way to exactly zero "
            "and drop out: you get a short list of surviving inputs, a kind of built-in variable selection. With "
            "the squared charge the pull fades as a weight gets small, so every weight shrinks smoothly but "
            "almost none reaches zero; correlated inputs end up sharing the credit instead of one being picked "
            "at random. I reach for the absolute-value version when I suspect only a few of many inputs matter "
            "or I want a compact, readable model, and for the squared version when most inputs carry some signal, "
            "inputs are correlated, or I just want stable, smooth shrinkage. Mixing both gives elastic net."
        ),
    ],
    "imbalanced_evaluation": [
        (
            "With one positive in a hundred, a model that always says no is right ninety-nine times out of a "
            "hundred, so the share of correct calls tells you nothing. The curve of hit rate against false-alarm "
            "rate also flatters you, because the false-alarm rate divides by the huge pile of negatives and "
            "stays tiny even when the alarms are mostly wrong. I look instead at two questions: of the cases I "
            "flag, how many are real, the purity of my alarms, and of the real cases, how many I catch. I trace "
            "that trade-off across every cut-off and summarise the area under it, whose floor is the positive "
            "rate rather than one half. Then I pick the operating threshold from what a miss and a false alarm "
            "cost the business, and report the confusion counts there, on a held-out set split with the class "
            "ratio kept, with enough positives to get a stable estimate."
        ),
    ],
    "learning_paradigms": [
        (
            "The difference is who writes the answer key. In the first style a person pairs every input with "
            "the correct output, a tag, a price, a diagnosis, and the model learns to reproduce those human "
            "labels. In the second style there is no answer key at all: the model only looks for structure "
            "inside the raw inputs, grouping similar points, squeezing them into fewer dimensions or estimating "
            "their density. The third style manufactures its own answer key from the raw data: hide part of the "
            "input and ask the model to fill it in, such as guessing the next word from the words before it, or "
            "a blanked-out word from its neighbours. No human labelling is needed, yet training looks like "
            "ordinary prediction with targets. That last recipe, predicting the next token over a huge pile of "
            "unlabeled text, is how today's large language models are pretrained; human-labelled examples and "
            "preference data come afterwards, in fine-tuning."
        ),
    ],
    "feature_engineering": [
        (
            "It is turning raw records into inputs a model can actually learn from, using what you know about "
            "the domain. Some moves I use all the time: take the logarithm of a skewed amount like income or "
            "price; put numeric columns on a common scale for distance-based or gradient-trained models; turn "
            "categories into one indicator column each, or replace a high-cardinality category by its average "
            "target computed out of fold; cut a timestamp into hour of day and day of week, with sine and cosine "
            "so midnight sits next to 23h; build ratios and differences, like spend per visit; and roll-up "
            "counts over the last seven days per user. A linear model or a tree is never better than the inputs "
            "it is handed. Has deep learning killed it? Not really. On images, "
            "audio and text, networks learn their own representations from raw pixels and tokens, so hand-made "
            "inputs matter much less there. On tabular business data, boosted trees with well-crafted columns "
            "still usually win, and even neural systems need cleaning, sensible encoding and leak-free inputs."
        ),
    ],
    "regression_metrics": [
        (
            "The usual yardsticks: the average size of the miss in absolute terms, which reads in the target's "
            "own units and treats a miss of ten as twice as bad as a miss of five; the square root of the average "
            "squared miss, which punishes a few big misses far more than many small ones because squaring blows them up; the average miss as a "
            "percentage of the true value, handy for stakeholders but it explodes when the true value is near "
            "zero and favours guessing low, since an under-forecast can miss by at most the whole value; and the share of variance explained, good for comparing against "
            "just predicting the mean, but not a cost. To choose, I ask what an error costs the business. If one "
            "huge miss is a disaster, say under-provisioning servers, I use the squared version, so the model "
            "works hardest on avoiding those; if cost grows "
            "linearly and outliers are noise, absolute error, which is also what the median minimises. If "
            "under- and over-prediction cost differently, like inventory stock-outs against overstock, I use an "
            "asymmetric, quantile-style loss. I also check errors per segment."
        ),
    ],
    "data_leakage": [
        (
            "It is when the model, during training, gets to peek at information it will not have at the moment "
            "it must predict, so the offline score looks great and collapses in production. Typical ways it "
            "creeps in: a column that is only filled in after the outcome, like a refund flag when predicting "
            "fraud; computing the scaling, the imputation means or the category averages over the whole dataset "
            "before splitting, so the test rows shape the training inputs; shuffling time-ordered data so the "
            "model learns from the future; the same customer or patient showing up on both sides of the split; "
            "and tuning by peeking at the test set over and over. My guard rails: split first, by time and by "
            "entity, and fit every preprocessing step only on the training fold inside a pipeline; build each "
            "feature as it was known at the prediction timestamp; keep a final holdout that is touched once; and "
            "be suspicious of any single feature that is too good to be true."
        ),
    ],
    "regularization_toolkit": [
        (
            "All of them are ways to stop a model from memorising its training set. Charging the loss for the "
            "squared size of the weights keeps them small and smooth; charging their absolute size zeros many "
            "out and picks a few inputs. In networks I randomly switch off a fraction of units on each training "
            "step so no unit can lean on a particular partner, I stop training once the validation error stops "
            "improving, I invent more training examples with flips, crops or noise, and I soften the targets a "
            "little. For trees I cap depth, demand a minimum number of samples per leaf, shrink each tree's "
            "contribution and subsample rows and columns. How I choose: it depends on the model family and on "
            "how the gap looks. Training score much better than validation means I need more restraint; both "
            "poor means I need less. With many inputs and few rows, the weight penalties; with images, "
            "augmentation. I tune the strength on a validation set or cross-validation, never on test."
        ),
    ],
    "ab_test_design": [
        (
            "I would flip a fair coin per user, not per page view or per session, so each person consistently "
            "sees either the old ranking or the new one and one user's clicks do not straddle both arms. The "
            "headline number is purchases, or revenue, per user in each arm; alongside it I watch guardrails "
            "such as latency, returns and cancellations, and the share of users in each arm to catch a broken "
            "split. Before launch I decide the smallest lift worth shipping and work out from the baseline rate "
            "and its spread how many users I need to detect it with, say, eighty percent chance at a five "
            "percent false-alarm rate; that sets the duration, rounded up to whole weeks to cover weekday cycles "
            "and let novelty wear off. I do not stop early because the numbers look good; I look once at the "
            "planned end. Then I decide with a significance test and a confidence interval on the lift, ship if "
            "the interval clears the minimum worthwhile effect and the guardrails hold."
        ),
    ],
    "activation_functions": [
        (
            "Inside the hidden layers I use the bend that passes positive inputs through untouched and flattens "
            "negatives to zero, because its slope is exactly one wherever it is active, so the learning signal "
            "does not fade as it travels back through many layers, and it is cheap. The old S-shaped squashers "
            "flatten out at both ends, which means their slope is near zero there and deep stacks stop learning. "
            "If too many units get stuck at zero for good, I give the negative side a small slope. At the output "
            "the choice follows the target: nothing at all for a real-valued quantity, the S-curve that maps to "
            "between zero and one for a yes/no probability, and the normalised exponentials that sum to one "
            "across classes for picking one of many. Inside transformers the feed-forward blocks use a smooth "
            "version of the zero-or-pass bend, weighted by a bell-curve probability, or a gated variant where one "
            "projection multiplies another, since they train a little better at scale."
        ),
    ],
    "dropout_regularization": [
        (
            "While training, on every step each unit is silenced at random with some chance p, say one in ten, "
            "so each mini-batch sees a different thinned-out network. The survivors are multiplied by one over "
            "one minus p, so the expected size of each signal stays the same. At prediction time nothing is "
            "switched off and no rescaling is needed: the full network runs deterministically, which behaves "
            "like averaging the huge family of thinned networks seen in training. Why it curbs memorising: a "
            "unit can never count on a particular partner being present, so groups of units cannot conspire to "
            "encode quirks of the training set; each one has to learn something useful on its own, redundantly. "
            "It is also like adding noise to the hidden features. The cost is slower training and a little "
            "noisier gradients, and forgetting to switch to evaluation mode at inference is a classic bug."
        ),
    ],
    "attention_scaling": [
        (
            "Each query is dotted with every key, the results are divided by the square root of the key length, "
            "pushed through a normalised exponential across the keys so the weights are positive and add to one, "
            "and those weights average the value vectors: output equals softmax of Q K transpose over root d k, "
            "times V. Why the root: if the query and key entries are roughly independent with unit spread, their "
            "dot product is a sum of d terms, so its spread grows like the square root of d. With big heads the "
            "raw scores get huge, and the exponential then puts nearly all the weight on the single largest "
            "score. That nearly one-hot output sits where the function is flat, so its slopes are almost zero, "
            "and learning stalls or becomes unstable. Dividing by the root brings the scores back to unit spread "
            "whatever the head size, so the weights stay soft and the gradients keep flowing."
        ),
    ],
    "multi_head_attention": [
        (
            "Instead of one attention over the full width, the model runs several smaller ones side by side. "
            "Each gets its own learned projections that map the token vectors to lower-width queries, keys and "
            "values, say width divided by the number of heads, computes its own weighted average of values, and "
            "then the outputs are glued back together end to end and mixed by one more learned matrix. Because "
            "each head is narrow, the total cost is about the same as one full-width head. Why bother: a single "
            "set of weights per query is one distribution, so it has to average everything a token cares about "
            "into one blend. Separate heads can look for different relations at the same time, one tracking the "
            "previous word, another the subject of the verb, another a matching bracket, in different learned "
            "subspaces, rather than blurring them together. In practice some heads turn out redundant and can "
            "be pruned."
        ),
    ],
    "transformer_architectures": [
        (
            "The encoder-only kind reads the whole input with every token seeing both left and right context, and is "
            "trained by filling in blanked words; it gives rich representations for classification, tagging, "
            "and search embeddings, but it cannot naturally write text. The decoder-only kind only lets each token "
            "look backwards and is trained to predict the next token, so it generates text one piece at a time. "
            "The encoder-decoder kind pairs a reader that sees the whole source with a writer that looks back at its own "
            "output and across at the reader's states, which suits mapping one sequence to another: "
            "translation, summarisation. The left-to-right only design took over because one simple objective "
            "works on any raw text and scales smoothly with data and size, because every task can be phrased "
            "as continuing a prompt, so one model does everything with few-shot examples, and because a single "
            "stack with cached past states is simpler to train and serve than two stacks."
        ),
    ],
    "attention_long_sequences": [
        (
            "Every token compares itself with every other token, so the table of scores has n times n entries: "
            "double the length and you pay four times the compute and, if you store the table, four times the "
            "memory. At a hundred thousand tokens that table is ten billion entries per head per layer. What I "
            "would do: first, never build the full table in memory, computing it tile by tile in fast on-chip "
            "memory as the fused kernels do, which makes memory grow only linearly though compute is still "
            "quadratic. Then cut the work itself: let each token look only at a local window plus a few global "
            "tokens, or sparse patterns; use low-rank or kernel approximations that make the cost linear; split "
            "the sequence across devices in a ring; and shrink the stored keys and values by sharing them across "
            "heads. Often the best answer is not to feed everything: retrieve the relevant chunks, or summarise "
            "hierarchically, rather than attending over all 100k."
        ),
    ],
    "causal_masking": [
        (
            "Before the normalised exponential, the score table of queries against keys gets a triangle added "
            "to it: zero on and below the diagonal, minus infinity above it, where the column is a later position "
            "than the row. Exponentiating minus infinity gives zero, so every position puts no weight at all on "
            "anything after itself, and the remaining weights still add to one over the past and present. Why "
            "training needs this even though we hold the whole sentence: we train all positions in one parallel "
            "pass, each predicting the next token. Without the triangle, each position could simply read the later "
            "token it is meant to guess and copy it, so the loss would be trivially low and the model would learn nothing it can use "
            "when generating, where the future does not exist yet. The triangle makes training match what "
            "happens at generation time, one token after another. A triangle flipped the wrong way round "
            "leaks the future silently, so I verify that changing a later token leaves earlier outputs unchanged."
        ),
    ],
    "grouped_query_attention": [
        (
            "In ordinary multi-headed attention every head keeps its own keys and values, and during generation "
            "all of those past keys and values must be stored and read back from memory for every new token. "
            "That stored history, not the arithmetic, is what limits long contexts and big batches, because "
            "decoding is bound by memory bandwidth. The first trick lets all query heads share a single set of "
            "keys and values, which shrinks that stored history by the number of heads. The middle ground splits "
            "the query heads into a few groups, each group sharing one key-value set, say eight groups for "
            "sixty-four heads, which shrinks memory by eight. The price: fewer distinct keys and values means "
            "less capacity, so quality drops a little, most with a single shared set, while groups recover most of it; with one group per head it is the "
            "ordinary version, with a single group the share-everything extreme. An existing model needs some extra training to be converted by averaging its heads."
        ),
    ],
    "positional_encodings": [
        (
            "Attention treats its input as a bag, so shuffling the tokens just shuffles the outputs. To give it "
            "order, the original recipe adds a position vector to each token vector before the first layer: "
            "either a fixed pattern of sines and cosines at geometrically spaced frequencies, or a learned table "
            "with one row per position. Those are absolute: each slot gets its own fixed tag, and a learned table "
            "cannot handle positions longer than it was trained on. The rotary approach does not add anything "
            "to the token. It turns each pair of query and key coordinates by an angle proportional to the "
            "position, so when a query and a key are dotted together only the difference of their angles "
            "survives, which means the score depends on how far apart the two tokens are, not where they sit. "
            "That relative view tends to extrapolate better and is what most current language models use."
        ),
    ],
    "train_val_divergence": [
        (
            "The model has started memorising: it keeps getting better on examples it has seen while getting "
            "worse on ones it has not. First I check that it is real rather than a bug: the held-out split "
            "drawn from the same distribution with no duplicates across the two, the same preprocessing on "
            "both, evaluation mode switched on so random unit dropping is off, and the curve noise not just one "
            "bad batch. Then I change things: keep the checkpoint from where the held-out loss was lowest and "
            "stop there; add restraint, a weight penalty, more random unit dropping, augmentation of the "
            "inputs; get more data or a smaller model; and lower the step size. If held-out loss rises while "
            "held-out accuracy still climbs, the model is becoming overconfident on the ones it gets wrong, so "
            "I look at calibration too."
        ),
    ],
}
