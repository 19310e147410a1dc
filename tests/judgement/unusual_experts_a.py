"""Fresh expert answers written by helper odd1 in unusual wording: strong candidates who describe
each concept instead of naming it (everyday verbs, metaphors, the maths said in words), two per
question with different substitutions. Each must reach 0.7."""

from __future__ import annotations

EXPERTS = {
    "dense_vs_sparse_retrieval": [
        (
            "One family of search finds documents by the literal words they share with the question: an index from "
            "each word to the pages that contain it, scored by how rare the word is and how often it shows up, "
            "It is cheap, needs no learning, and nails part "
            "numbers, names and error codes, but it is blind when the user says car and the page says automobile. "
            "The other family squeezes every passage and the query into a few hundred numbers produced by a neural "
            "network, and returns the passages whose numbers point the same way as the query's. It catches "
            "paraphrases and meaning, but it blurs rare exact strings, product codes and unseen jargon, and drifts "
            "on a field it was never taught. For a RAG system I run both side by side, merge their shortlists by "
            "adding up one over each rank rather than raw scores, since the two scales do not compare, then let a "
            "slower model that reads query and passage together reorder the top fifty before the best few reach "
            "the generator."
        ),
        (
            "Think of two librarians. The first trusts spelling only: she keeps a card per term listing where it "
            "occurs and ranks pages by how many uncommon query terms they contain. The second has read everything "
            "and places each text as a point on a map of meanings, then hands you whatever lies closest to your "
            "question on that map. The first misses you whenever you phrase things differently from the author: "
            "synonyms, paraphrases, another language. The second fumbles exact identifiers, SKUs, function names "
            "and acronyms she never met in her schooling, and must be retaught for a specialised field. In a "
            "retrieval-augmented pipeline I ask both, fuse the two lists by position (one over the rank, so no "
            "score calibration is needed), and pass the pooled top candidates to a careful reader that looks at "
            "question and passage jointly and re-sorts them; only the best handful go into the prompt. I tune the "
            "mix on labelled queries, measuring how often the right passage lands in the top k."
        ),
    ],
    "kv_cache_memory": [
        (
            "While generating, each layer remembers for every past token what that token offers to be matched "
            "against and what it hands over once matched: two vectors per head. So the memory is two, times the "
            "number of layers, times the heads that hold these memories, times the width of each head, times the "
            "tokens kept, times the sequences in flight, times two bytes for half precision. For a Llama-2-70B-like "
            "model: 80 layers, 8 shared memory heads of width 128. Per token that is 2 x 80 x 8 x 128 x 2 = 327,680 "
            "bytes, about 320 KB; over 32,768 tokens roughly 10.7 GB for one sequence. If every one of the 64 query "
            "heads kept its own memories it would be eight times larger, about 86 GB. To shrink it: let groups of "
            "query heads share one memory head, or a single one for all of them; store the memories in eight or "
            "four bits; keep only a sliding window of recent tokens in some layers; and hand out memory in small "
            "pages so none is wasted on padding."
        ),
        (
            "Bytes = 2 x L x H_kv x d_head x T x B x s: the leading two because each position leaves behind both its "
            "lookup vector and its payload vector, L the depth, H_kv the number of heads that actually store "
            "something, d_head their width, T the context length, B the concurrent conversations, s the bytes per "
            "number, 2 for 16-bit floats. A 70B-class model with 80 blocks and 8 stored heads of width 128 keeps "
            "163,840 numbers per token, about 320 KiB, so 32k tokens come to roughly 10 GiB per conversation, and a "
            "batch of eight needs about 80 GiB, rivalling the 140 GB of weights. Had each of the 64 query heads its "
            "own store, one conversation alone would need about 80 GiB. Knobs: fewer stored heads shared by many "
            "query heads, coarser numbers for the cache, a shorter or windowed attention span, and squeezing the "
            "stored vectors into a small latent that is expanded on the fly."
        ),
    ],
    "prompt_engineering_limits": [
        (
            "First I spell the job out plainly: who the model should act as, what a good answer "
            "looks like and the exact shape I want back, say a JSON object with named fields. I paste two or three "
            "worked input-and-answer pairs covering the tricky cases. For reasoning I ask it to work through "
            "the steps before committing, or keep the majority of several tries. I split a big job "
            "into a chain of smaller calls, and I put the relevant documents into the context instead of hoping it "
            "remembers facts. All of this leaves the weights alone; only what the model reads changes. Prompting "
            "stops being enough when the model simply does not know the facts, which must then be fetched at query "
            "time; when it cannot hold a house style; when the instructions eat the latency and cost "
            "budget; or when the skill is beyond the model. Then I adjust the weights on my own examples, and at "
            "millions of calls a small model taught that way is often cheaper than a big one with a long prompt."
        ),
        (
            "My toolbox before touching any weights: a clear standing instruction up front, a few demonstration "
            "pairs, asking the model to think aloud step by step, stages where one call's output feeds the next, "
            "giving it tools such as a calculator or search, constraining the output to a schema, and grounding it "
            "with passages pulled from our own documents. I treat prompts like code: versioned and scored on a "
            "held-aside evaluation set. Knowledge the model never saw cannot "
            "be conjured by phrasing, because wording only steers what is already there, so it has to be looked up. A consistent tone or a narrow output format needed "
            "over millions of calls is cheaper and steadier to teach by further training on a few thousand "
            "examples, which also lets you drop the giant prompt and its tokens. If reliability plateaus whatever "
            "the wording, the model's capacity is the limit: move to a larger model or train it. And long prompts "
            "are brittle, small wording changes flip results."
        ),
    ],
    "top_k_vs_top_p": [
        (
            "Both trim the list of candidate next words before drawing one at random. The first keeps a fixed "
            "number of the likeliest words, say the forty best, however the probability is spread. The second keeps "
            "the smallest set of top words whose chances add up to some share, say ninety percent, so the size of "
            "the shortlist breathes with the model's confidence. That is why the second behaves better: when the "
            "model is sure, one or two words already hold ninety percent and the junk tail is cut off, while a fixed "
            "forty would let nonsense in; when many continuations are plausible, as in creative writing, it keeps "
            "hundreds, where a fixed forty would be too stingy. In practice you first divide the raw scores by the "
            "temperature, below one sharpening and above one flattening, then turn them into probabilities, apply "
            "the count cap and the mass cap, rescale what survived to sum to one and draw."
        ),
        (
            "Picture the model's guesses as a queue sorted from most to least likely. The count rule lets only the "
            "first k through the door. The mass rule admits guesses until those admitted carry p of the total "
            "belief, so it might admit two when one word is overwhelmingly likely and three hundred when belief is "
            "spread thin. A fixed count is wrong at both extremes: on a peaked distribution it lets in poor tail "
            "words that derail the text, on a flat one it amputates perfectly reasonable options and makes the "
            "text repetitive. The mass rule adapts to the shape of each step, which is why it is the usual default "
            "for open-ended generation. Temperature is a dial applied to the logits before anything else: colder "
            "concentrates belief at the front of the queue, warmer spreads it out. People then often stack both "
            "cutoffs, for example a ceiling of 50 and a mass of 0.95, rescale the survivors and sample; for code or "
            "factual answers I would go low temperature or greedy."
        ),
    ],
    "design_churn_analysis": [
        (
            "First I pin down what leaving means with the business: a paid subscriber who cancels or lets the "
            "renewal lapse within the next 30 days, and I separate people who walk away from people whose card "
            "bounced, since those need different fixes. Then a history table where each row is a customer on a "
            "snapshot date, with inputs computed only from what was known on that date, such as the usage trend, "
            "support tickets, price changes and tenure, and the label is whether they left in the following window, "
            "so the future never seeps into the inputs. I start with a simple scorer whose weights I can explain, "
            "then maybe boosted trees, judged on later months by how many real leavers sit in the top slice. Every "
            "Monday a batch job scores everyone and drops a ranked list with reasons into the retention team's CRM. "
            "Being at risk is not being savable, so a held-back group gets no outreach and we measure the "
            "difference, and later target the people the offer actually changes."
        ),
        (
            "Step one is a written definition of a lost customer agreed with finance: no active plan thirty days "
            "after the billing date, split into deliberate cancellations and failed payments. Step two, the "
            "training frame: weekly snapshots per account, inputs frozen as of the snapshot, like logins per week "
            "and their slope, seats used, tickets, discount expiry, months left on contract, and the outcome taken "
            "from the four weeks after; anything recorded later is off limits. Step three: an additive, readable "
            "baseline first so the team trusts which signals matter, then a stronger tree ensemble if it earns its "
            "keep, validated on a later period by how concentrated true leavers are in the top few percent. Step "
            "four: a scheduled weekly run writes scores, top reasons and a suggested play into the account "
            "managers' tool. Step five: a randomly withheld slice of flagged customers gets no intervention, so we "
            "see how many saves the outreach really causes; over time I would model who responds to an offer, not "
            "who is most doomed."
        ),
    ],
    "design_demand_forecast": [
        (
            "I would first settle the grain and the clock with the supply team: units per product per store per "
            "week, produced each weekend for the following week, and which mistake hurts more, empty shelves or "
            "spoiled stock. Inputs: recent weeks of sales at several lags, the same week last year, calendar and "
            "holidays, planned promotions and prices, store openings, weather where it matters. Rather than one "
            "little model per shelf item, I train a single boosted-tree model across all items and stores so slow "
            "sellers borrow strength from similar ones. I test it by replaying the past: train up to a cut date, "
            "predict the next week, roll forward, never shuffle time. Since ordering too little usually costs more "
            "than too much, I predict a high percentile, not only the middle guess. Sales understate demand when "
            "shelves were empty, so I flag those weeks. A weekly batch writes forecasts to the replenishment "
            "system, and I track error per category against a copy-last-year baseline, retraining as it drifts."
        ),
        (
            "Scope: every product-store pair, one week ahead, produced weekly in batch and consumed by the ordering "
            "system; clarify how running out compares with overstocking in cost. Data: sales history, corrected, "
            "because when the shelf was bare what you sold is not what people wanted. The model sees lags and rolling "
            "averages, yearly and weekly rhythms, holidays, markdowns and promotions, price, store attributes. "
            "Model: one pooled learner over the whole catalogue, boosted trees or a neural sequence model, with "
            "item and store identifiers as inputs, because most pairs are too sparse for their own model; a "
            "seasonal naive copy of last year is the baseline to beat. Evaluation: walk-forward validation in "
            "time order with a gap matching the lead time, reporting a weighted absolute error that does not "
            "explode on zero-sale weeks. Output: the expected units plus a spread, such as the 90th percentile, "
            "because the order quantity trades lost sales against waste. Then monitor realised error by region and "
            "category, alert on drift, and refit weekly."
        ),
    ],
    "design_feature_store": [
        (
            "The root problem is that the same signal, say purchases in the last 7 days, is written twice: in SQL "
            "by the data scientist for training and in Java by the serving team, and the two quietly disagree. So "
            "the store's first job is that each feature is written once, as versioned code with an owner, and that "
            "one definition feeds both paths. Behind it sit two copies of the values: a big historical table in "
            "the warehouse for building training sets, and a fast key-value cache keyed by user or item for "
            "millisecond lookups at request time, filled by the same batch or streaming jobs. When you build a "
            "training set, each example is joined to the value as it stood at that example's timestamp, never "
            "today's value, or you leak the future. Then I watch it: compare what was served with what was trained "
            "on, alert on stale values, and log served values. Before building, I would check whether Feast or a "
            "managed offering covers our latency and freshness needs."
        ),
        (
            "I would start by asking the consuming teams how fresh and how fast their lookups must be, a nightly "
            "recommender versus a fraud check under 20 ms. The design: a registry where every signal is declared "
            "once, with its transformation, entity key, schedule, version and owner; a single compute layer that "
            "materialises that declaration into two places, an append-only timestamped history for offline work "
            "and a low-latency lookup service holding the latest value per key for live traffic. Training sets are "
            "assembled with an as-of join: for each labelled event take the most recent value recorded strictly "
            "before the event time, so nothing from after the fact sneaks in. Serving reads the same values the "
            "model learned from, so the gap between training and serving closes by construction. Around it: "
            "backfills when a definition changes, monitoring that compares live inputs with training inputs and "
            "flags lag, and access control. Whether to build or adopt an open-source or cloud product depends on "
            "team size and how bespoke the streaming needs are."
        ),
    ],
    "code_adam_step": [
        (
            "I keep two memories per weight. The first is a slowly fading average of recent slopes: each call it "
            "keeps nine tenths of its old value and takes one tenth of the new gradient. The second is the same "
            "kind of fading average of the squared slopes, keeping 999 parts in a thousand, so it tracks how big "
            "the slopes usually are. Both start at zero, so for the first steps they are too small; I divide each "
            "by one minus its keep rate raised to the step count, which inflates them early on and fades to "
            "dividing by one later. That is why t starts at one. The move is the learning rate times the inflated "
            "slope memory, divided by the root of the inflated squared memory plus a tiny eps guarding against "
            "division by zero, subtracted from the weights. I return the new weights and the two un-inflated "
            "memories. All elementwise numpy: linear time and memory in the number of weights, and each weight "
            "effectively gets its own step size."
        ),
        (
            "In code: m = beta1*m + (1-beta1)*grad; v = beta2*v + (1-beta2)*grad**2; m_hat = m/(1-beta1**t); "
            "v_hat = v/(1-beta2**t); param = param - lr*m_hat/(np.sqrt(v_hat)+eps); return param, m, v. In words, "
            "the first line smooths the direction, the second smooths the magnitude, the next two undo the "
            "start-from-zero underestimate, and the last scales each coordinate's move so that coordinates with "
            "large, noisy slopes take cautious steps and quiet ones take bolder steps; the move is roughly capped "
            "at lr however the gradient is scaled. I avoid in-place updates so the caller's arrays are not "
            "mutated, keep eps outside the root, and vectorise over the whole array: O(n) time and O(n) memory "
            "for the two buffers."
        ),
    ],
    "code_best_split": [
        (
            "For each column I line the rows up from smallest to largest value and slide a divider from left to "
            "right, one row at a time. As a row crosses to the left I add its class to the left tally and remove "
            "it from the right tally, so at every position I know the mix on each side without recounting. The "
            "messiness of a side is one minus the sum of each class's share squared, the chance that two random "
            "picks from it disagree. I score a divider by averaging the two sides' messiness weighted by how many "
            "rows each holds, and keep the lowest. I only place dividers between neighbours with different values, "
            "at the halfway point. If every column is constant there is nothing to split and I return None. "
            "Sorting costs n log n per column and the sweep is linear, so d n log n overall rather than n squared "
            "per column from recounting at each candidate."
        ),
        (
            "Brute force would try every distinct value of every feature as a cut and recount both sides, which "
            "is quadratic per feature. Instead: argsort each feature, take running class counts with a cumulative "
            "sum over one-hot labels, and from those read off, at every cut index i, the class proportions on "
            "each side. The impurity of a group is 1 minus the sum of p squared, zero when the group is pure and "
            "largest when classes are evenly mixed. The cost of cut i is (i/n) G_left + ((n-i)/n) G_right, weighted by size because otherwise peeling off one pure point would look like a great split. Cuts "
            "between equal values are invalid and masked out; the threshold is the midpoint of the two neighbouring "
            "values, with less-or-equal going left. I return the feature index and threshold of the minimum, or "
            "None if no column varies; ties go to the first found. O(d n log n) time, O(n C) memory for the counts."
        ),
    ],
    "code_kfold_indices": [
        (
            "I make the list 0 to n-1, and if asked to mix, I reorder it with a random generator built from the "
            "seed, so the same seed always deals the same hand. Then I cut the list into k consecutive slices as "
            "evenly as possible: when n does not divide by k, the first n mod k slices get one extra item. For "
            "each slice in turn, that slice is held back for testing and everything else is glued together for "
            "training. So every index is tested exactly once, the held-back pieces never overlap, and together "
            "they cover everything. I check that 2 <= k <= n. It is linear time and memory. Caveats: if rows from "
            "the same patient or the same period belong together, mixing scatters them across the cut and the "
            "score looks too good; then you cut by group or keep time order, and for rare classes you balance the "
            "class mix in each slice."
        ),
        (
            "idx = np.arange(n); if shuffle, idx = np.random.default_rng(seed).permutation(n). Fold sizes: n // k "
            "each, with the leftover n % k spread one apiece over the first folds, so sizes differ by at most one. "
            "With cumulative boundaries, fold i tests idx[start:stop] and trains on the concatenation of what comes "
            "before and after. Return a list of k (train, test) pairs. Properties: the test pieces partition 0..n-1, "
            "train and test of a fold are disjoint, every sample is evaluated once and learned from k-1 times. "
            "Without mixing, data sorted by label or date makes folds unrepresentative, which is why the option "
            "exists; a local generator rather than the global random state keeps results repeatable and free of "
            "side effects. O(n) per fold, O(nk) to materialise all training arrays. Raise if k < 2 or k > n."
        ),
    ],
    "code_kv_cache_bytes": [
        (
            "The function just returns a product: two, times the layers, times the heads that keep memories, times "
            "the head width, times the tokens, times the batch, times the bytes per stored number. The 2 is there because every "
            "remembered token stores two vectors per head: the one later queries compare against and the one that "
            "gets blended into the output. The result is a whole number of bytes. For Llama 2 7B, 32 blocks and 32 "
            "heads of width 128 with no head sharing: 262,144 numbers per token, so 512 KiB per token in 16-bit, "
            "and at 4096 tokens 2 GiB for one sequence; a batch of 16 needs 32 GiB, more than the 13 GB of weights. "
            "What counts is the heads that store memories, not the query heads: a model where eight query heads "
            "share one store cuts the total eightfold."
        ),
        (
            "Count the numbers kept: per layer, per stored head, per position and per sequence we keep one address "
            "vector and one content vector of head_dim entries each, so 2 L H_kv d T B numbers, times the bytes per "
            "number, returned as an int. Example, Llama 3 8B: 32 layers, 8 shared stored heads of width 128, in "
            "16-bit: 2 x 32 x 8 x 128 x 2 = 131,072 bytes per token, 128 KiB; an 8k context is 1 GiB per sequence, "
            "and 32 concurrent requests need 32 GiB, double the 16 GB of weights. It grows linearly with context "
            "and batch, not quadratically. Going to 8-bit halves it, and fewer stored heads shrink it in proportion."
        ),
    ],
    "code_layer_norm": [
        (
            "For each example I look only along its last axis: compute the average of its entries and how spread "
            "out they are, the mean squared distance from that average, dividing by the count. I subtract the "
            "average, divide by the square root of the spread plus a small eps so constant rows do not blow up, "
            "then stretch with gamma and shift with beta, both shaped like the last axis and broadcast over "
            "everything else. I keep the reduced axis (keepdims=True) so the statistics line up against x. Nothing "
            "is shared across examples, unlike normalising over the batch, so it behaves identically in training "
            "and serving and with a batch of one, and no running averages are stored. It is linear in the size of "
            "x. For half-precision activations I would compute the statistics in float32."
        ),
        (
            "mu = x.mean(axis=-1, keepdims=True); var = ((x - mu)**2).mean(axis=-1, keepdims=True); return "
            "gamma * (x - mu) / np.sqrt(var + eps) + beta. Each row is recentred to zero and rescaled to unit "
            "spread using only its own features, with the population variance, no n-1, and eps inside the root as "
            "a floor. The learned per-feature scale and offset then let the network undo the standardisation "
            "where that helps. Because the statistics come from the single sample rather than the batch, one "
            "example's output never depends on its neighbours, there is no train or inference mode switch and no "
            "stored running statistics, which is why transformers prefer it. O(N D) time, O(N) extra for the "
            "per-row statistics. A cheaper variant skips the centring and divides by the root mean square only."
        ),
    ],
    "code_logistic_regression_grad": [
        (
            "Forward: z = X @ w + b and p = 1 / (1 + exp(-z)), computed stably: for negative z I use "
            "exp(z) / (1 + exp(z)) so nothing overflows. The pleasant fact is that when you chain the log loss's "
            "derivative through the squashing curve, everything cancels to the gap between prediction and truth, "
            "p minus y for each row. So the slope with respect to the weights is X transposed times that gap, "
            "divided by the number of rows because the loss is an average, and the slope for the intercept is "
            "simply the average gap. X is n by d, dw comes out with length d, db is a scalar. One matrix-vector "
            "product, O(n d) time, no loop over rows. I would check it against finite differences."
        ),
        (
            "Each row's error signal is how far the predicted probability overshoots or undershoots the 0/1 label, "
            "r_i = sigmoid(x_i . w + b) - y_i; the derivative of -[y log p + (1 - y) log(1 - p)] through the "
            "logistic curve collapses to exactly that. Averaging over the n rows: dw = X^T r / n and db = mean(r). "
            "I never form log p in order to differentiate, so there is no log(0) trouble, and the sigmoid itself "
            "is evaluated in a split form, or with scipy's expit, to avoid exp overflow for large magnitudes. "
            "So dw = X^T (p - y) / n. Vectorised it is one matmul, O(n d). Forgetting the 1/n gives a gradient that grows with the dataset "
            "size; an L2 penalty would just add lambda w to dw."
        ),
    ],
    "code_roc_auc": [
        (
            "The area under the curve equals the chance that a randomly picked positive gets a higher score than a "
            "randomly picked negative, with ties counting as half. So I rank all scores from lowest to highest, "
            "giving tied scores the average of the positions they occupy. I sum the ranks of the positives, "
            "subtract the smallest possible sum n_pos (n_pos + 1) / 2, and divide by n_pos times n_neg. That counts "
            "the winning positive-negative pairs without comparing every pair: n log n because of the sort instead "
            "of n squared. With no positives or no negatives the quantity is undefined, so I raise or return NaN. "
            "Using positions without averaging ties would make the answer depend on the arbitrary order of equal "
            "scores."
        ),
        (
            "Another route: sort by score, highest first, then sweep, but step through each group of equal scores "
            "as one block, moving the curve's point diagonally when a block holds both classes rather than one row "
            "at a time. At each block boundary I record the share of true cases caught so far and the share of "
            "non-cases wrongly flagged so far, from (0, 0) to (1, 1), and add up the trapezoids. The diagonal step "
            "for a mixed block is exactly the half credit a tie deserves, matching the pairwise meaning: the "
            "probability that a random true case outranks a random non-case. Sorting costs O(n log n), the sweep "
            "O(n); equivalently, add up the positives' tied-averaged positions in the sorted order, subtract the smallest possible total and divide by the number of pairs. "
            "With one class only there is no curve, so I raise a ValueError. 0.5 is chance and 1 a perfect "
            "ordering, and it ignores calibration: any monotone rescaling of the scores gives the same area."
        ),
    ],
    "rag_vs_finetuning": [
        (
            "End to end: I chop our documents into passages of a few hundred words, turn each into a list of numbers "
            "that captures its meaning, and file them in an index. When a user asks something, the question gets the "
            "same treatment, I pull the handful of passages that sit nearest to it, often re-sort them with a "
            "pickier model, and paste them into the prompt with an instruction to answer only from them and to say "
            "which passage each claim came from. The model's weights never change; it reads fresh material at "
            "question time. Deciding: if the feature needs facts that change weekly, private documents, or answers "
            "you can trace to a source, look things up at question time, because updating means re-indexing, not "
            "retraining. If it needs a behaviour, a fixed output style, a domain's way of talking, or a small cheap "
            "model doing one narrow task at huge volume, teach it by further training on examples. Often both: a "
            "lightly trained model that reads retrieved passages. I would measure on a labelled question set either way."
        ),
        (
            "Think of it as open-book versus studying. Open book: documents are cut into short passages and filed in a searchable index, then a librarian step finds the few pages most related to "
            "the question, by meaning and by matching words, and those pages are handed to the writer along with the "
            "question, so the answer is built from text it can point at. Nothing inside the writer is altered, so "
            "yesterday's new policy is usable as soon as it is filed, and deleting a document removes it from "
            "answers. Studying means nudging the writer's own internals with thousands of example pairs: it changes "
            "how it behaves, tone, format, jargon, following a procedure, but it is a poor way to pour in facts, "
            "which it may blur or make up, and every change of content means another round of study. So my rule: "
            "knowledge that is large, fresh, private or must be cited goes the open-book way; skills, style and "
            "cutting the cost of a long prompt go the studying way. I test retrieval hit rate separately from answer quality."
        ),
    ],
    "llm_failure_modes": [
        (
            "The best known: the model states things that are not true with total confidence, inventing citations, "
            "numbers or policy, because it produces the likeliest-sounding continuation rather than looking anything "
            "up. I fight it by feeding it our own documents at question time, telling it to answer only from them and "
            "to point to the passage, and by checking afterwards that each claim is backed by the supplied text, "
            "with a polite refusal when nothing supports it. Other failures: text in a document or user message that "
            "hijacks the instructions, so tools get least privilege and outputs are treated as untrusted; replies "
            "that break the expected JSON or get cut short when the input overruns the window, so I validate against a schema and retry; slow or costly calls and "
            "provider outages, so timeouts, caching and a fallback model; behaviour shifting when the vendor swaps "
            "the model, so a fixed regression set runs before every change; and leaking private data. In "
            "production I log prompts and answers, sample them for human review, and track thumbs-down rates."
        ),
        (
            "I group them. Making things up: fluent, plausible and wrong, since the system is trained to continue "
            "text convincingly, not to know when it does not know; ground it in retrieved sources, demand quotes, "
            "verify claims against those sources with a second pass, and let it say I do not know. Being steered by "
            "the wrong voice: instructions smuggled inside web pages, emails or uploaded files; keep them apart from "
            "the system instructions, never let the model alone trigger irreversible actions, require confirmation. "
            "Malformed output: missing fields, prose around the JSON, or a reply cut short because the input filled the window; constrained decoding or parse-and-retry. "
            "Drift: the same prompt behaves differently after an upgrade; pin versions and run an evaluation suite "
            "on every change. Cost and latency blowups from long contexts or loops; budgets and caps per request. "
            "Unsafe or off-brand content; input and output filters. Around all of it, human review for high-stakes "
            "answers and monitoring of user feedback, refusal rates and spend."
        ),
    ],
    "code_softmax": [
        (
            "The raw recipe exponentiates every score and divides by the total, but e to the 1000 is infinity in "
            "floating point and e to the minus 1000 is zero, which gives infinity over infinity or zero over zero. "
            "The trick: before exponentiating, slide every score down by the largest score along the chosen axis. "
            "The output does not change, because the same factor e to the minus max appears on top and bottom and "
            "cancels, but now the biggest exponent is exactly zero, so nothing blows up and the denominator is at "
            "least one, never zero. I take the max and the sum with keepdims=True so they keep a length-one axis "
            "and broadcast back against x along any axis, negative or not. The tiniest entries may still round to "
            "zero, which is harmless for the probabilities; if you need their logarithms, work in log space "
            "instead. Cost is linear in the size of x, a few passes."
        ),
        (
            "m = x.max(axis=axis, keepdims=True); e = np.exp(x - m); return e / e.sum(axis=axis, keepdims=True). "
            "Why the shift: the output is unchanged when you add the same constant to every input along the axis, "
            "since it multiplies numerator and denominator alike, so choosing the maximum as the constant is free "
            "and makes every exponent at most zero; no overflow, and the largest term contributes exactly one, so "
            "the sum is at least one and never underflows to zero. Subtracting the minimum instead would not help, "
            "the big values would still overflow. Keeping the reduced dimension is what makes any axis work without "
            "manual reshaping. Time and memory are O(n). For log-probabilities I would return x - m - "
            "log(sum(exp(x - m))) rather than log of the result, which avoids log of zero."
        ),
    ],
    "design_fraud_detection": [
        (
            "Data: every past card payment with what we knew at that moment, and the outcome that trickles in "
            "weeks later as chargebacks and customer disputes, so the newest weeks have unfinished answers. Signals "
            "that matter are behavioural: how many payments this card made in the last hour, spend compared with "
            "its usual, a new device, distance from the last purchase, merchant history; these running tallies "
            "are kept updated by a streaming job and read from a fast lookup store when a payment arrives. The "
            "model, boosted trees to start, has to answer within tens of milliseconds inside the authorisation "
            "path. Missing a fraud and blocking a good customer cost very different amounts, so the cutoffs are "
            "chosen on money, with a middle band sent for a text challenge or manual review, and the risk team "
            "owns them. Keeping it working: fraudsters adapt, so retrain often on matured labels, watch the alert "
            "rate, caught-fraud share and score distribution daily, and keep hand rules for brand-new attacks."
        ),
        (
            "I would learn from authorisations joined to their eventual verdicts: reported stolen, charged back, or "
            "confirmed fine, remembering that a verdict can take sixty days, so training stops short of the most "
            "recent window and evaluation uses later months. Positives are well under one percent, so I judge "
            "models by how much fraud is caught at a tolerable rate of false declines, never by the share of "
            "correct calls, which a model saying all fine would ace. Scoring happens synchronously: the payment "
            "service sends the transaction, the scorer pulls precomputed per-card and per-merchant aggregates from "
            "an in-memory store, adds request-time signals, and a tree ensemble returns a score in well under "
            "fifty milliseconds; above one line we decline, in a middle band we ask for extra verification. To keep "
            "it working: adversaries probe and shift, so monitor caught and blocked rates and input distributions, "
            "retrain on a schedule, and trade speed of reaction against label maturity."
        ),
    ],
    "design_search_ranking": [
        (
            "First I ask what a good result means here: a purchase, an add to cart, or a long look, and how much "
            "time we have per query, say 200 ms. The catalogue is millions of items, so ordering happens in two "
            "passes. A cheap first pass grabs a few thousand candidates: word matching on titles and attributes plus "
            "a meaning-based lookup so that sneakers finds trainers. A heavier second pass orders that shortlist "
            "with a model trained to put better items above worse ones, using query-item match, price, popularity, "
            "reviews and the user's history. The labels come from what people clicked and bought, but items shown "
            "first get clicked simply for being first, so I correct for that, with occasional shuffled slots or "
            "estimated examination odds. To know a new ranker is better, I first replay it on held-out query logs "
            "with a graded top-heavy score, then run a randomised live test on revenue per search and zero-result "
            "rate. A heavier second pass buys quality at the cost of latency and serving money."
        ),
        (
            "Clarify the goal and the budget: conversions per search, revenue, or satisfaction, and a latency "
            "ceiling. Then a funnel. Stage one narrows millions of products to roughly a thousand with an inverted "
            "word index and an approximate nearest-neighbour search over learned query and item vectors. Stage two "
            "scores those with a learned ordering model, gradient-boosted trees with a pairwise or listwise "
            "objective, on features such as text relevance, category match, price, stock, ratings and "
            "personalisation. Training signals are clicks, carts and purchases, but the top slot earns clicks by "
            "position alone, so I reweight by estimated attention per position or inject small randomisation to "
            "measure it. Offline, I compare rankers on logged queries with a measure that rewards putting the best "
            "items highest and discounts lower slots; online, an A/B test decides, on conversion and revenue per "
            "query, with guardrails on latency. The tradeoff is the depth of the funnel: more candidates and a "
            "bigger second model lift quality but cost milliseconds and compute."
        ),
    ],
    "kv_cache": [
        (
            "A decoder writes one word at a time, and at each step every layer lets the new word look back at all "
            "earlier words. What each earlier word offers to be looked up by, and what it hands back, never change "
            "once computed, because later words cannot affect earlier ones. So instead of recomputing them for the "
            "whole prefix at every step, we keep every earlier word's two vectors in memory, per layer, and only compute the new word's pair, then append. The vector an earlier word used to search with is never needed again, so it is thrown away. "
            "That turns each step from redoing the whole prefix into a single-row amount of work, so generating n "
            "words costs about n squared operations instead of n cubed. The price is memory: two vectors per layer, "
            "per stored head, per word, per sequence, which for a big model at long context reaches gigabytes per "
            "conversation and limits how many users share a GPU. Decoding also becomes limited by how fast that "
            "memory can be read, not by arithmetic."
        ),
        (
            "During autoregressive generation, the keys and values of past positions are fixed, since masking means "
            "no later token changes them. The cache stores them per layer, and each new token computes only its own "
            "query, key and value, appends its key and value, and attends over the stored ones; past queries are not kept, since a finished token never asks anything again. Saving: without it, "
            "step t recomputes projections for all t tokens, O(t) work per layer just to rebuild what we had; with "
            "it, projection work per step is constant and the attention read is linear in t. Cost: memory that grows "
            "linearly with sequence length and batch, 2 x layers x kv heads x head width x tokens x bytes, tens of "
            "gigabytes for long contexts, which caps batch size; and the decode phase turns memory-bandwidth bound "
            "because every step streams the whole cache for very little arithmetic. Mitigations: grouped or single "
            "shared key/value heads, 8-bit cache, sliding windows, paged allocation to avoid fragmentation."
        ),
    ],
}
