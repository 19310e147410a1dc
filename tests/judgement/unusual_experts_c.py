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
    "llm_evaluation": [
        (
            "Before a change ships, I keep a fixed exam: a few hundred real user requests with what a good reply "
            "looks like, including the nasty edge cases and past failures, and I rerun it on every prompt or "
            "model change so a regression shows up before users see it. Scoring mixes cheap exact checks, valid "
            "JSON, the right number, cites a retrieved passage, with a stronger model acting as a judge against a"
            " written rubric, which I calibrate by comparing its verdicts with human raters on a sample because "
            "judges favour long or flattering answers. Safety and refusal probes go in the same exam. Once users "
            "have it, I log everything and watch behaviour: thumbs up and down, edits and retries, whether the "
            "task gets finished, escalations to a human; I sample traffic for human review, and I roll changes "
            "out to a slice of users first, comparing the two groups on those outcomes. Each layer catches "
            "different failures: the exam blocks regressions before release, live usage shows whether a well-"
            "scored reply actually helps. Latency and cost per request are tracked alongside."
        ),
    ],
    "inference_cost_levers": [
        (
            "I start with what is cheapest to try. First, stop paying twice: cache replies to repeated requests "
            "and reuse the computed state of a shared prompt prefix, and trim the prompt, since every input token"
            " costs money; the trade is staleness and some engineering. Second, pack more requests onto each "
            "chip: group incoming requests continuously so the hardware is never waiting, at the price of a "
            "little extra latency per user. Third, store the weights with fewer bits, eight or four instead of "
            "sixteen, which halves or quarters memory and speeds decoding, at the cost of a small quality loss "
            "you must measure. Fourth, use a smaller model: route easy requests to a small one and only hard ones"
            " to the big one, or distil the big one into a small student, trading some quality on the hard tail. "
            "Let a small model draft several tokens that the big one checks in one pass, which cuts latency "
            "rather than quality. Last, cap output length."
        ),
    ],
    "temperature_sampling": [
        (
            "Before picking the next token, the model's raw scores are divided by the temperature and then turned"
            " into probabilities with the normalised exponential. Dividing by a number below one stretches the "
            "gaps between scores, so the favourite gets even more of the probability mass and the output becomes "
            "sharper; dividing by a number above one squeezes the gaps, so the distribution flattens and unlikely"
            " tokens get picked more often. As it heads to zero, all the mass collapses on the single top token, "
            "which is just always taking the most likely word: repeatable but prone to bland loops. As it grows "
            "very large, every token becomes almost equally likely and the text turns to noise. For products: "
            "close to zero for code, data extraction, classification or anything graded against one right answer;"
            " around 0.7 to 1 for chat, brainstorming and creative writing where variety matters, usually "
            "combined with cutting off the low-probability tail."
        ),
    ],
    "long_sequence_latency": [
        (
            "Two parts hurt. Reading the long document before the first word appears costs time that grows faster"
            " than linearly, because every token compares itself with every other; then each new word must read "
            "back the whole stored history of past keys and values, so decoding slows as the text grows. What I "
            "would do, with the price of each: send less, by retrieving only the relevant chunks or summarising "
            "first, which is the biggest win but risks dropping the passage that mattered; reuse the computed "
            "state when many requests share the same document or prefix, which costs memory; use fused attention "
            "kernels that work tile by tile on chip, which is free speed but needs supported hardware; shrink the"
            " stored history by sharing keys and values across heads or storing it in fewer bits, which trades a "
            "little quality; split long reading into chunks interleaved with other users' decoding so nobody "
            "stalls; stream tokens as they come so waiting feels shorter; and let a small model draft tokens for "
            "the big one to verify."
        ),
    ],
    "tokenization_bpe_vs_chars": [
        (
            "Splitting into single letters gives a tiny alphabet and never meets an unknown symbol, but the "
            "sequences become several times longer, so attention, which grows with the square of the length, gets"
            " expensive, and the model must learn spelling before meaning. Splitting on whole words gives short "
            "sequences, but the list of words explodes, rare words and typos fall out of it into an unknown "
            "bucket, and related forms like run and running share nothing. The middle route starts from bytes or "
            "letters and repeatedly glues together the most frequent neighbouring pair, so common words end up as"
            " a single piece while rare ones break into a few familiar fragments. That is why modern models use "
            "it: a fixed, manageable vocabulary of tens of thousands of pieces, no out-of-vocabulary failures "
            "because anything can fall back to bytes, and sequences short enough to keep compute down. The cost "
            "is odd splits for numbers and some languages."
        ),
    ],
    "bpe_training": [
        (
            "Start by splitting every word of the corpus into single characters or bytes, with a marker for where"
            " the word ends, and count how often each word occurs. Then loop: count every adjacent pair of "
            "symbols across the corpus, weighted by word frequency, take the most common pair, glue it into one "
            "new symbol, record that merge in an ordered list, and rewrite every occurrence. Stop once the "
            "vocabulary reaches the target size. To split a new word, break it into characters again and replay "
            "the recorded merges in the order they were learned, always applying the earliest-learned pair "
            "present, until none applies; the leftover pieces are its tokens, and nothing is ever unknown because"
            " single bytes are in the vocabulary. At billions of tokens I never touch the raw text in the loop: "
            "pre-split into words and keep a table of unique words with counts, which is far smaller, keep pair "
            "counts in a heap and update only the pairs touched by each merge instead of recounting, and count in"
            " parallel shards."
        ),
    ],
    "linear_regression": [
        (
            "The prediction is a weighted sum of the inputs plus an offset, y hat equals X times w plus b. The "
            "loss is the average of the squared gaps between prediction and truth. There are two ways to fit it. "
            "In one shot: set the slope of the loss to zero and solve, which gives w equals the inverse of X "
            "transpose X times X transpose y; exact, but inverting a d by d matrix costs about d cubed, so it "
            "breaks with many features or when columns are nearly copies of each other. Or iteratively: start "
            "anywhere and keep stepping downhill along the negative slope of the loss, which scales to huge data "
            "in mini-batches but needs a step size and scaled inputs. The classical assumptions behind the "
            "textbook inference: the relationship really is a straight-line sum, the errors are independent of "
            "each other, have the same spread everywhere, and are roughly bell-shaped around zero, and no input "
            "is an exact combination of others."
        ),
    ],
    "logistic_regression_gradient": [
        (
            "The model squashes a weighted sum through the S-curve, p equals sigma of w dot x, so the output is a"
            " probability of the positive class. We fit it by maximising the likelihood, which is the same as "
            "minimising the average negative log of the probability given to the true label: minus y log p minus "
            "one minus y times log of one minus p. Now the chain rule, one link at a time. The derivative of the "
            "loss with respect to p is minus y over p plus one minus y over one minus p. The S-curve has the "
            "handy property that its slope is p times one minus p. Multiply the two: the p times one minus p "
            "cancels the denominators and leaves p minus y. Finally the derivative of w dot x with respect to w "
            "is x. So the gradient for one example is p minus y times x, and over the batch it is X transpose "
            "times the vector of errors divided by n: prediction error times input, the same shape as linear "
            "regression."
        ),
    ],
    "bagging_vs_boosting": [
        (
            "The first builds many strong, deep models independently, each on a resampled copy of the data drawn "
            "with replacement, and averages their votes. Each deep tree alone is jumpy, it changes a lot with the"
            " sample, and averaging many of them that disagree in different ways cancels that jumpiness, so it "
            "attacks variance while leaving the average miss about where it was. The standard example is a random"
            " forest, which also samples a subset of columns at each split so the trees are less alike. The "
            "second builds weak, shallow models one after another, each one trained to fix what the ensemble so "
            "far still gets wrong, fitting the leftover errors, and adds it with a small step size. That steadily"
            " chips away at the systematic error of a too-simple model, so it attacks bias. The standard examples"
            " are gradient boosted trees, XGBoost or LightGBM, and AdaBoost. Boosting runs sequentially and can "
            "overfit noise if you add too many rounds; bagging trains in parallel."
        ),
    ],
    "kmeans": [
        (
            "You pick how many groups you want, k, and drop k centre points, say on k random data points. Then "
            "repeat two moves. First, hand every point to the centre nearest to it. Then move each centre to the "
            "average position of the points it was handed. Repeat until nobody changes group. What it is "
            "shrinking is the total squared distance from every point to its own centre, the within-group "
            "scatter; each of the two moves can only lower it or keep it the same, so it always settles, but only"
            " in a local minimum, which is why you restart from several seeds and keep the best. Choosing k: plot"
            " that total scatter against k and look for the bend where adding groups stops paying off, the elbow;"
            " or use the silhouette, which compares how close each point is to its own group versus the next one;"
            " or let the downstream use decide."
        ),
    ],
    "kmeans_pitfalls": [
        (
            "It only carves space into regions nearest to each centre, so it assumes round, similarly sized, "
            "similarly dense blobs. It breaks on stretched or curved shapes such as two interleaved moons or "
            "rings, on groups of very different size or density, where a big group gets split and a small one "
            "swallowed, and on unscaled features, where the column with the biggest units decides everything. "
            "Outliers drag centres because it averages squared distances. The result depends on where the centres"
            " start: a bad start converges to a poor local optimum, two centres stuck in one blob, so I seed with"
            " the spread-out scheme that picks each next seed with probability proportional to its squared "
            "distance from existing ones, k-means++, and run several restarts keeping the lowest total scatter. "
            "If a centre ends up with no points, its mean is a division by zero, so the code must handle it: "
            "reseed that centre at the point farthest from its current centre, or a random point, rather than "
            "leaving it at NaN. For odd shapes I switch to density-based grouping or a mixture of stretched bell "
            "curves."
        ),
    ],
    "trees_vs_linear": [
        (
            "I start with a forest of boosted trees when the columns are heterogeneous, mixed numbers and "
            "categories, with missing values, and the target depends on thresholds and interactions, like age "
            "over sixty combined with a certain plan, because trees find those splits on their own without "
            "scaling or hand-built crosses. I start with a weighted sum of inputs when data is small or very wide"
            " and sparse, like bag-of-words text, when the relation is roughly additive and monotonic, when I "
            "must explain every coefficient to a regulator, or when the model must extrapolate beyond the "
            "training range, which trees cannot do since they predict flat constants outside it. A weighted sum "
            "of inputs also serves in microseconds and its probabilities usually come out honest. What pushes me "
            "over: if the linear model's residuals show curves and interactions and the boosted model beats it "
            "clearly on validation, I move to trees; if trees overfit a small set or interpretability "
            "requirements win, I go back to the linear one, often with a few engineered features."
        ),
    ],
    "knn_scaling": [
        (
            "Finding the true closest neighbours means measuring the distance from the query to every stored "
            "vector, so the cost grows linearly with the number of items times the number of dimensions, per "
            "query. At a billion vectors of a few hundred numbers that is hundreds of billions of operations each"
            " time, and the raw vectors do not even fit in one machine's memory. Tree-style space partitions stop"
            " helping in high dimensions because everything is roughly equally far away. Production systems give "
            "up on exactness and accept finding most of the true neighbours: they cluster the vectors into cells "
            "and only scan the few cells nearest the query, inverted-file style; or build a navigable graph where"
            " each vector links to near neighbours and greedily walk it, HNSW; and they compress each vector into"
            " a few bytes with product quantisation so a billion fit in RAM, then rerank the shortlist exactly. "
            "Recall is tuned against latency by how many cells or graph nodes are visited, and the index is "
            "sharded."
        ),
    ],
    "design_video_recommendations": [
        (
            "First I would ask what we are really optimising, minutes watched, return visits next week, or "
            "satisfaction surveys, and how big this is: say fifty million daily users and a catalogue of millions"
            " of clips. Pipeline: logs of what was shown, played, skipped and finished become training examples, "
            "labels are completed or long views rather than taps, and models retrain daily. Serving in two "
            "stages, because scoring millions of clips in 200 ms is impossible: a cheap recall step pulls a few "
            "thousand candidates from several sources, nearest neighbours of the user's taste vector in a two-"
            "tower embedding space, trending, subscriptions; then a heavier model scores those few hundred with "
            "rich features, and a final pass mixes in diversity and freshness and removes what was already "
            "watched. Features come from a low-latency store. Monitoring: watch-time per user in A/B tests "
            "against the current feed, model drift, and latency percentiles. The tension: chasing clicks breeds "
            "clickbait, so I weigh long-term satisfaction over short engagement, and keep exploration for new "
            "creators."
        ),
    ],
    "design_content_moderation": [
        (
            "Before building, I need the policy written down: which harms, hate, harassment, spam, self-harm, "
            "each with its own threshold, whether one post can break several rules at once, the languages, the "
            "volume, say a few thousand posts a second, and how costly each mistake is, since wrongly removing a "
            "post and missing a threat hurt differently; the policy owners, not the modellers, pick how "
            "aggressive to be from the curve I show them. Training: labels come from trained human reviewers "
            "following that policy, plus user reports and past decisions; I fine-tune a multilingual pretrained "
            "text model per harm, oversample the rare bad cases, and keep a freshly labelled held-out set "
            "measured on precision and recall per category. On submission, cheap checks run first: hashes of "
            "known bad content, blocklists, rate limits; then the model scores the post in tens of milliseconds. "
            "Very confident violations are removed automatically, a grey zone goes to a human review queue ranked"
            " by severity and reach, the rest is published. Monitoring: appeal overturn rates, reviewer "
            "disagreement, drift as people invent new slang to dodge the filter, so reviewer decisions flow back "
            "as new labels."
        ),
    ],
    "design_ad_bidding": [
        (
            "The model predicts, for this user, this ad and this slot, the chance of a click and then of a "
            "conversion after the click. Training data is the impression log joined with clicks and delayed "
            "conversions, retrained often because ads and users churn; I use a wide sparse model or a deep cross "
            "network over hashed IDs, and the predicted probabilities must be calibrated, since they turn into "
            "money directly. Bid: expected value of the impression equals predicted conversion rate times what "
            "the advertiser pays per conversion, shaded down because in a first-price auction you pay what you "
            "bid, and paced so the daily budget lasts the whole day. All of this within a few tens of "
            "milliseconds per request, with features from an in-memory store. New ads have no history, so the "
            "model falls back on content and advertiser features, and a small slice of traffic explores them with"
            " an optimistic or Thompson-style boost until their estimate firms up. Monitoring: calibration, spend"
            " pacing, return on ad spend and win rate."
        ),
    ],
    "design_llm_serving": [
        (
            "I would first pin down the load: a few thousand users chatting at once means maybe a few hundred "
            "requests in flight, prompt lengths, target time to first word and words per second, and which open-"
            "weight model size quality requires. Serving: the model runs on GPU nodes behind a gateway that "
            "handles auth, per-user rate limits and routing; an inference engine with continuous batching and "
            "paged storage of each conversation's past keys and values, so many conversations share the GPU "
            "without wasting memory. Weights in eight or four bits shrink memory, the shared system prompt's "
            "computed state is cached, and tokens stream back as they are produced. I'd split the model across "
            "several GPUs with tensor parallelism if it does not fit on one, and add replicas behind the load "
            "balancer, scaling on queue depth. Monitoring: latency percentiles, GPU memory and utilisation, "
            "tokens per second, error rates, plus logged conversations for safety review. Trade-off: bigger "
            "batches mean more throughput but slower replies per user, and a bigger model means better answers at"
            " a higher cost."
        ),
    ],
    "design_job_matching": [
        (
            "I would start by asking what success means: a hire, an interview, or an application that the "
            "employer answers, since matching has to please both sides, and how many seekers and postings there "
            "are. Pipeline: profiles and job descriptions are parsed into skills, titles, location, seniority and"
            " salary; labels come from applications, recruiter replies and hires, with the later outcomes "
            "weighted more. Serving, both ways: for a seeker, retrieve postings whose embedding sits close to the"
            " profile plus hard filters for location and work permit, then rank them by the chance that the "
            "seeker applies and the employer responds; for a recruiter the same machinery runs in reverse over "
            "candidates. I would spread attention so a few popular postings do not drown in applicants while "
            "others get none, and check that the ranking does not discriminate by gender or age. Monitoring: "
            "reply rates and hires per match, fairness metrics, stale postings. Trade-off: relevance for one side"
            " against congestion and fairness for the other."
        ),
    ],
    "metric_drop_debug": [
        (
            "First I make sure the drop is real: check the dashboard's pipeline, that logging did not change with"
            " the release, and compare with the same week last year for seasonality. Then I line up the timing: "
            "did it start exactly when the model went live, or with something else, a marketing change, a "
            "holiday, an outage, another team's launch. Next I slice: by platform, country, app version, new "
            "versus returning users, and traffic source, because a drop concentrated in one segment points at the"
            " cause. Then I look at the model itself: are its live input features the same as in training, or did"
            " a feature go missing or change its scale; are predictions distributed the way they were offline; "
            "did latency grow and cause timeouts with a fallback. The cleanest test is to roll back for a random "
            "slice of users, or check the holdout that still gets the old model, so the comparison is causal. "
            "Once I know the cause I fix it, add monitoring for it, and write it up."
        ),
    ],
    "offline_online_gap": [
        (
            "Several things can make a model win on paper and not in the live comparison. The offline measure may"
            " not be what users value: better ranking of clicks on the old logs does not mean more purchases. The"
            " logs were produced by the old model, so the new one is judged only on items the old one chose to "
            "show, a feedback loop that hides what happens when it surfaces something new. Features may differ "
            "between training and serving, a pipeline computing them differently or with delay, so the live model"
            " sees different inputs. Leakage may inflate the offline score. The live test may be too small or too"
            " short to detect the lift, or novelty effects and interference between the arms may blur it, and "
            "latency added by a heavier model can eat the gain. What I do: check the experiment's health first, "
            "then log live features and compare them with training, replay offline metrics on the live traffic, "
            "and build offline measures that track the online metric better, with counterfactual weighting or "
            "interleaving."
        ),
    ],
    "ab_test_readout": [
        (
            "I would say: before anything, I check the split matched the intended fifty-fifty and the test ran "
            "whole weeks as planned. The lift looks promising but we do not have enough evidence yet, and the "
            "slowdown is real and has a cost. A p of 0.08 means that if the model did nothing, a difference this "
            "big would show up about eight times in a hundred, so at the usual five percent bar it is not "
            "conclusive; the confidence interval on the lift probably runs from slightly negative to about three "
            "percent. It is not the chance that the model works. The 40 ms at the slow tail matters too, because "
            "slower pages usually lose conversions, so the true net effect may be smaller. My recommendation: do "
            "not ship yet. Extend the test to the sample size planned from the power calculation rather than "
            "peeking again, and meanwhile try to cut the latency, by distilling or caching, since a faster "
            "version might deliver the gain without the cost. If the business is fine with the risk, a limited "
            "rollout with guardrails is a valid middle path."
        ),
    ],
    "latency_regression": [
        (
            "A slower tail with a steady middle says most requests are fine and a minority hit something slow, so"
            " I look for what is different about those. First I line the jump up with the release diff: new "
            "dependencies, config, model version, batch settings, a changed timeout or retry. Then I slice the "
            "slow requests: by host, by input size, by endpoint, by time. Long inputs that now get padded to a "
            "bigger bucket, one bad host, a cold cache after deploy, or garbage-collection pauses all show up as "
            "tail-only slowdowns. Per-stage timing from tracing tells me which hop grew: feature fetch, model "
            "forward pass, or a downstream call. Queueing is a classic: if the new model is a bit slower, the "
            "queue builds at peak and the unlucky requests wait. To fix it, I roll back first if users suffer, "
            "then address the cause: cap input length, warm caches, right-size batching, add capacity, or hedge "
            "requests by sending a duplicate after a timeout. Then I add a p99 alert to the release checks."
        ),
    ],
    "code_causal_mask": [
        (
            "The rule is that a query may look at its own position and anything earlier, never later. So I build "
            "an n by n grid of booleans where row i, the query, column j, the key, is True exactly when j is at "
            "most i: the lower triangle including the diagonal. In NumPy that is np.tril(np.ones((n, n), "
            "dtype=bool)), or equivalently comparing np.arange(n)[:, None] >= np.arange(n)[None, :], which "
            "broadcasts a column of row numbers against a row of column numbers. True means allowed, matching the"
            " convention of the attention function, and the caller turns False into minus infinity before the "
            "normalised exponential. Getting the direction wrong, the upper triangle, would silently let each "
            "token read the future, so I test that row zero allows only column zero and the last row allows "
            "everything. Edge case: a length of zero returns an empty 0 by 0 array. Time and memory grow with n "
            "squared, which is unavoidable since the grid itself has n squared cells."
        ),
    ],
    "code_attention": [
        (
            "I compute the affinity of every query with every key as Q times K transposed over the last two axes,"
            " np.swapaxes(K, -1, -2), so any leading batch and head axes simply broadcast along. Then I divide by"
            " the square root of the key width, because otherwise the scores grow with the width and the "
            "normalised exponential saturates. Where the mask is False I overwrite the score with minus infinity,"
            " or a very negative number, so those positions get zero weight. For a numerically safe normalised "
            "exponential I subtract each row's maximum before exponentiating, which changes nothing "
            "mathematically but keeps exp from overflowing; then divide by the row sum. A row whose mask blocks "
            "everything would give zero over zero, so I guard it and return zeros instead of NaN. Finally the "
            "weights times V gives a blend of value rows per query. Cost: time and memory proportional to the "
            "query count times the key count times the width."
        ),
    ],
    "code_multi_head_attention": [
        (
            "If the input has no batch axis I add one and remove it at the end, so both shapes share one path. I "
            "project X with W_q, W_k and W_v to get queries, keys and values of width d_model, then cut the last "
            "axis into n_heads slices of width d_head equal to d_model over n_heads: reshape to batch, seq, "
            "heads, d_head and move the heads axis before seq, so head h owns exactly the columns h times d_head "
            "up to h plus one times d_head. Each head runs ordinary scaled attention on its slice, scores divided"
            " by the root of d_head, not of d_model, with the mask broadcast across heads and a stable softmax "
            "that subtracts the row maximum. Then I undo the split, moving heads back after seq and flattening to"
            " d_model, which glues the heads side by side, and multiply by W_o to mix them. Doing all heads in "
            "one batched matmul avoids a Python loop; cost is seq squared times d_model per batch element."
        ),
    ],
    "code_grouped_query_attention": [
        (
            "Queries are projected to n_heads slices as usual, but keys and values only to n_kv_heads slices, so "
            "W_k and W_v are narrower. The group size is n_heads divided by n_kv_heads, which I check divides "
            "evenly. Query head h must read key-value head h floor-divided by the group size, so consecutive "
            "query heads share one key-value head. The simplest correct way is np.repeat on the kv heads axis by "
            "the group size, which lines up head h with kv head h // group; tiling instead would interleave them "
            "and pair the wrong heads. A memory-frugal alternative reshapes queries into kv heads by group and "
            "broadcasts without copying. From there it is ordinary attention per head: scores over the root of "
            "d_head, mask applied, stable normalised exponential, weighted sum of values, heads glued back "
            "together and multiplied by W_o. When n_kv_heads equals n_heads it reduces to standard multi-head "
            "attention, and with a single kv head it is the share-everything version."
        ),
    ],
    "code_sampling": [
        (
            "If temperature is zero I return a one-hot vector on the largest logit, the greedy choice, with ties "
            "going to the first index. Otherwise I divide the logits by the temperature, subtract the maximum for"
            " stability and exponentiate and normalise. For top-k with k above zero, I keep only the k highest "
            "probabilities and set the rest to zero; np.argsort in descending order gives the ranking. For top-p "
            "below one, I sort probabilities from high to low, take the running total, and keep the smallest "
            "prefix whose total reaches p, always keeping at least the first token, since a single favourite may "
            "already exceed p; everything past that prefix is zeroed. The order matters: temperature first, then "
            "the cut by count, then the cut by mass. Finally I divide by the new sum so the survivors add to one "
            "again. The result is a probability vector of the same length, zeros for excluded tokens. Cost is "
            "dominated by the sort, n log n."
        ),
    ],
    "code_kv_cache_decode": [
        (
            "The cache keeps two growing lists, one of key rows and one of value rows, and append(k, v) pushes "
            "the new ones; the keys and values properties stack them into arrays of shape length by width. To "
            "avoid re-stacking every step I can preallocate a buffer and double it when full, so appending costs "
            "amortised constant time. decode_step first appends the new token's key and value, so the query can "
            "see itself, then scores the single query against every cached key, one dot product each, divides by "
            "the root of the width, applies a stable normalised exponential by subtracting the maximum, and "
            "returns the weighted sum of cached values. No mask is needed because the cache only ever holds the "
            "past and present. Each step therefore costs time linear in the number of cached tokens rather than "
            "recomputing all keys and values from scratch, which would make the whole generation quadratic in "
            "projections; the memory grows linearly with length."
        ),
    ],
    "code_bpe_train": [
        (
            "I count the words with a Counter over corpus.split() and turn each distinct word into a tuple of its"
            " characters followed by the end marker </w>, keeping its frequency. Then for each merge step: tally "
            "every adjacent pair across all word tuples, each pair counted as many times as its word appears. If "
            "there are no pairs left I stop early. The winner is the pair with the highest count, and among equal"
            " counts the one that sorts first as a string pair, so I pick with min over key negative count then "
            "pair. I record that pair in the list of merges, then rewrite every word by walking left to right and"
            " gluing each occurrence of the pair into one symbol, skipping past a glued pair so overlapping "
            "occurrences like a a a are handled left first. Return the merges in the order learned. Working on "
            "distinct words with counts rather than the raw text keeps each step proportional to the vocabulary, "
            "not to the corpus."
        ),
    ],
    "code_kmeans": [
        (
            "I seed with the spread-out scheme: a random generator from the seed picks the first centre uniformly"
            " from the data, then each next centre is drawn with probability proportional to the squared distance"
            " from each point to its nearest already-chosen centre, so far-away points are likely picks. Then I "
            "loop: compute all point-to-centre squared distances at once by broadcasting, give each point the "
            "label of its closest centre, and move each centre to the mean of its points. If a centre has no "
            "points its mean would be zero over zero, NaN, so I reseed it at the point currently farthest from "
            "its own centre. I stop when the centres moved less than tol or after max_iter rounds, and return "
            "centroids and labels. If all the distances are zero during seeding, for duplicate points, I fall "
            "back to a uniform pick so the probabilities never divide by zero. Each round costs n times k times "
            "d."
        ),
    ],
    "code_knn": [
        (
            "For every test point I need its distance to every training point. Rather than a double loop, I use "
            "the expansion of the squared gap, squared norm of a plus squared norm of b minus twice their dot "
            "product, which is one matrix multiply, and clip tiny negatives from rounding to zero; the square "
            "root is not needed since it does not change the order. For each test row np.argsort, or argpartition"
            " for speed, gives the k closest training rows in order. I count the labels among them; the most "
            "common wins. If two or more labels tie on count, I walk the neighbours from nearest outward and "
            "return the first one whose label is among the tied, which is exactly the tied label with the closest"
            " member. If k exceeds the training size I cap it. Cost: computing distances is test count times "
            "train count times width; memory holds the full distance table, so for big data I would process test "
            "rows in chunks."
        ),
    ],
    "code_mlp_backprop": [
        (
            "Forward pass: z1 equals X W1 plus b1, h equals the positive part of z1, z2 equals h W2 plus b2, and "
            "p equals the S-curve of z2. The loss is the average over the batch of minus y log p minus one minus "
            "y log of one minus p; I compute it from the logits with logaddexp so it never takes the log of zero."
            " Backward, with n the batch size: the S-curve and the log loss together simplify beautifully, so the"
            " gradient at z2 is p minus y, divided by n. Then the gradient for W2 is h transposed times that, and"
            " for b2 the sum of it over the batch. Pushing back into the hidden layer: multiply by W2 transposed,"
            " then zero it wherever z1 was not positive, since the bend has slope one there and zero elsewhere. "
            "That gives the gradient at z1; W1 gets X transposed times it and b1 its column sums. I check every "
            "gradient against a finite-difference estimate."
        ),
    ],
    "code_linear_regression_gd": [
        (
            "Start with w as a vector of zeros of length d and b as zero. Each epoch uses the whole dataset: the "
            "predictions are X times w plus b, the residuals are predictions minus y. The loss is the mean of the"
            " squared residuals, so its slope with respect to w is two over n times X transposed times the "
            "residuals, and with respect to b it is two over n times the sum of the residuals. Then step against "
            "the slope: w minus lr times its gradient, b likewise, both updated from the same residuals, so the "
            "bias update does not use the already-moved weights. After the epochs, return w and b. The factor two"
            " matters because the exercise says mean squared error; dropping it would halve the effective step. "
            "Everything is vectorised, so each epoch costs n times d. If lr is too large for unscaled features "
            "the steps overshoot and the weights blow up, so I would standardise the inputs first in practice. "
            "For small d one could instead solve it in one shot by inverting X transpose X, and a weight penalty "
            "is a one-line addition to the gradient."
        ),
    ],
    "code_dropout": [
        (
            "If training is False, or p is zero, I return x unchanged: at inference nothing is switched off. If p"
            " is one everything is dropped, so I return zeros rather than dividing by zero. Otherwise I draw a "
            "keep-mask from the given generator, rng.random(x.shape) greater or equal to p, so each entry "
            "survives with probability one minus p, independently. The survivors are multiplied by one over one "
            "minus p and the rest set to zero: x times mask divided by one minus p. This is the inverted form: "
            "the scaling happens during training, so the expected value of every entry is unchanged and inference"
            " needs no rescaling at all. Using the caller's rng, never the global one, makes results reproducible"
            " and testable. I return a new array rather than modifying x in place. Time and memory are linear in "
            "the size of x."
        ),
    ],
    "code_precision_recall_f1": [
        (
            "I count three things with boolean arithmetic on the arrays: true positives, where both the truth and"
            " the prediction are one; false positives, predicted one but truly zero; and false negatives, truly "
            "one but predicted zero. The purity of the alarms, precision, is true positives over everything "
            "predicted positive; the share of real cases caught, recall, is true positives over everything truly "
            "positive; and F1 is their harmonic mean, two times precision times recall over their sum, "
            "equivalently two TP over two TP plus FP plus FN. Each denominator can be zero: no predicted "
            "positives, no actual positives, or both scores zero. In those cases I return 0.0 instead of "
            "dividing, the convention of scikit-learn's zero_division, rather than NaN or a crash. I cast to "
            "plain floats, and it runs in one linear pass over the arrays."
        ),
    ],
}
