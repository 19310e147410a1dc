"""Fresh answers written by helper fresh1 without reading the key points first (coding, LLM and
design questions): two strong answers per question in different voices and one short correct
answer. tests/judgement/test_fresh_answers.py checks them."""

from __future__ import annotations

EXPERTS = {
    "code_adam_step": {
        "expert_plain": (
            "I keep two running averages for each weight: one of the gradient itself, which acts like momentum, "
            "and one of the squared gradient, which tracks how big and noisy that weight's steps usually are. "
            "Each call I blend the new gradient in: m becomes 0.9 of the old m plus 0.1 of the gradient, and v "
            "becomes 0.999 of the old v plus 0.001 of the gradient squared. Because both start at zero they are "
            "too small early on, so I divide them by one minus beta to the power t to undo that pull toward zero; "
            "that's why t starts at 1, otherwise I'd divide by zero. Then the step is the learning rate times the "
            "corrected average gradient, divided by the square root of the corrected squared average plus a tiny "
            "epsilon so we never divide by zero. I subtract that from the parameters and return the new "
            "parameters, m and v. Everything is elementwise numpy, so time and memory are linear in the number of "
            "parameters, and I don't modify the inputs in place."
        ),
        "expert_technical": (
            "m_t = β1·m_{t-1} + (1 − β1)·g and v_t = β2·v_{t-1} + (1 − β2)·g⊙g. Bias correction: "
            "m̂ = m_t / (1 − β1^t), v̂ = v_t / (1 − β2^t), needed because m_0 = v_0 = 0 biases both EMAs toward "
            "zero for small t. Update: θ ← θ − α·m̂ / (√v̂ + ε), with ε outside the square root. I return "
            "(θ, m_t, v_t) with the uncorrected moments, since the correction is recomputed from t each step. All "
            "operations are vectorised and elementwise: O(P) time and O(P) extra memory for the two moment "
            "buffers. The per-coordinate step is roughly bounded by α, so the update is invariant to the scale "
            "of the gradient."
        ),
        "short": (
            "Update m and v as exponential moving averages of the gradient and the squared gradient, "
            "bias-correct them by dividing by 1 − beta^t, then step param −= lr·m̂/(sqrt(v̂) + eps); it is O(n) "
            "elementwise."
        ),
    },
    "code_best_split": {
        "expert_plain": (
            "For every feature I sort the rows by that feature's value, then walk through them left to right, "
            "moving one row at a time from the right child into the left child. I keep class counts for both "
            "sides as I go, so I can work out the Gini impurity of each side immediately, one minus the sum of "
            "squared class proportions, without rescanning. I only consider a cut between two rows whose values "
            "differ, and I use the midpoint between them as the threshold. The score of a cut is the left "
            "impurity times the fraction of rows going left, plus the same for the right, and I keep the lowest. "
            "If no feature has two different values there's no valid split and I return None. Sorting dominates: "
            "n log n per feature, so d times n log n overall, instead of the n squared per feature you'd get by "
            "recounting for every candidate threshold."
        ),
        "expert_technical": (
            "Gini(S) = 1 − Σ_c p_c². For feature j, argsort x_j, then sweep split positions i = 1..n−1 with "
            "cumulative class counts (a one-hot cumsum), so the left counts L_i and right counts T − L_i cost "
            "O(C) per position. Weighted impurity: (i/n)·G(L_i) + ((n−i)/n)·G(R_i). Skip positions where "
            "x_(i) = x_(i+1), since no threshold separates equal values; threshold = (x_(i) + x_(i+1))/2 and "
            "x ≤ t goes left. Take the argmin over (j, i). Complexity O(d·n log n + d·n·C), memory O(n·C). Ties "
            "between splits go to the first found; constant features yield no split."
        ),
        "short": (
            "For each feature, sort the values and sweep thresholds between distinct consecutive values with "
            "running class counts, compute the size-weighted Gini of the two children and keep the minimum; "
            "O(d n log n)."
        ),
    },
    "code_kfold_indices": {
        "expert_plain": (
            "I start with the row numbers 0 to n−1, and if shuffling is asked for I shuffle them once with a "
            "random generator seeded by the seed, so the same seed always gives the same folds. Then I cut that "
            "list into k pieces as evenly as possible: when n doesn't divide by k, the first n mod k folds get one "
            "extra row, so fold sizes differ by at most one. For each fold, that piece is the test set and "
            "everything else glued together is the training set. Every row lands in exactly one test fold, and "
            "train and test never overlap. I'd reject k below 2 or above n. Building the folds is linear in n per "
            "fold, so n times k overall, plus the shuffle."
        ),
        "expert_technical": (
            "idx = arange(n); if shuffle, idx = default_rng(seed).permutation(n). Fold sizes: s_i = ⌊n/k⌋ + 1 for "
            "i < n mod k, else ⌊n/k⌋, so |s_i − s_j| ≤ 1 and Σ s_i = n. With boundaries from a cumsum, "
            "test_i = idx[start_i:stop_i] and train_i = concatenate(idx[:start_i], idx[stop_i:]). The test folds "
            "partition {0..n−1} and train ∩ test = ∅. A local seeded RNG, not global state, keeps it "
            "reproducible. Validate 2 ≤ k ≤ n. Time is O(nk) in total to materialise all train arrays, O(n) for "
            "the permutation."
        ),
        "short": (
            "Take arange(n), shuffle it with a seeded RNG if asked, split it into k nearly equal contiguous "
            "chunks whose sizes differ by at most one, and for each chunk return the rest as train and the chunk "
            "as test."
        ),
    },
    "code_kv_cache_bytes": {
        "expert_plain": (
            "For every layer, every token we've already seen keeps two things around: its key and its value. Each "
            "of those is one vector per key-value head, head_dim numbers long. So the count is 2 times layers "
            "times kv heads times head_dim times sequence length times batch, and then times bytes per number, "
            "2 for fp16. Note it's the number of KV heads, not query heads: with grouped-query attention many "
            "query heads share one KV head, which is why the cache gets much smaller. For Llama 2 7B: 32 layers, "
            "32 KV heads, head size 128, so per token that's 2 × 32 × 32 × 128 × 2 bytes, half a megabyte. At "
            "4096 tokens that's 2 GB per sequence. Llama 3 8B uses 8 KV heads, so a quarter of that. The function "
            "itself is constant time, just a product."
        ),
        "expert_technical": (
            "bytes = 2 · L · H_kv · d_head · T · B · s, the 2 for K and V. Per token: 2·L·H_kv·d_head·s. "
            "Llama-2-7B (L=32, H_kv=32, d=128, fp16 so s=2): 524,288 B ≈ 0.5 MiB per token; T=4096 gives 2 GiB "
            "per sequence, and batch 8 gives 16 GiB, more than the 13.5 GB of weights. Llama-2-70B with GQA "
            "(L=80, H_kv=8, d=128): 2·80·8·128·2 = 327,680 B ≈ 320 KiB per token, so a 32k context is about "
            "10 GiB. It is linear in T and B; GQA/MQA reduce H_kv and int8/fp8 reduce s. O(1) to compute, "
            "returned as an int."
        ),
        "short": (
            "It's 2 (K and V) × layers × KV heads × head_dim × seq_len × batch × bytes per element; for "
            "Llama-2-7B in fp16 that's about 0.5 MB per token, so 2 GB at a 4k context."
        ),
    },
    "code_layer_norm": {
        "expert_plain": (
            "For each example I look only along its last axis, the feature dimension. I work out the average of "
            "those features and how spread out they are: the variance, the plain average of squared distances "
            "from the mean, not the n−1 version. I subtract the mean and divide by the square root of variance "
            "plus a small epsilon, so each example ends up centred on zero with unit spread, and the epsilon keeps "
            "a constant row from blowing up by dividing by zero. Then I multiply by gamma and add beta, which are "
            "learned per feature, so the network can undo the normalisation if it wants. Using keepdims on the "
            "mean and variance lets numpy broadcast, so it works for any number of leading batch or sequence axes. "
            "Unlike batch norm there's no dependence on other examples, so training and inference behave the "
            "same. It's linear in the size of x."
        ),
        "expert_technical": (
            "For x ∈ R^{...×d} I compute μ = mean(x, axis=−1, keepdims=True) and σ² = mean((x−μ)², axis=−1, "
            "keepdims=True), the biased estimator with ddof=0. y = γ ⊙ (x−μ)/√(σ²+ε) + β, with γ, β ∈ R^d "
            "broadcast over the leading axes. I keep ε inside the sqrt for numerical stability on near-constant "
            "rows. The statistics "
            "are per sample, so there are no running averages and train and eval behave identically, unlike "
            "BatchNorm, which normalises over the batch axis. O(N·d) time and O(N·d) memory for the output; "
            "compute in float32 if the inputs are fp16 to avoid cancellation in the variance."
        ),
        "short": (
            "Subtract each row's mean over the last axis, divide by sqrt(variance + eps), then scale by gamma and "
            "shift by beta; it runs in linear time."
        ),
    },
    "code_logistic_regression_grad": {
        "expert_plain": (
            "First I get the model's predicted probability for each row: take X times w plus b and squash it "
            "through the sigmoid. The nice thing about cross-entropy with a sigmoid is that the derivative "
            "collapses to something simple: for each row, the error is just the prediction minus the true label. "
            "The gradient for the weights is X transposed times that error vector, divided by the number of rows "
            "because the loss is a mean, and the gradient for the bias is just the average error. I compute the "
            "sigmoid in a stable way so large negative scores don't overflow exp. It's a couple of matrix-vector "
            "products, so order n times d time, and I never build an n by n anything."
        ),
        "expert_technical": (
            "z = Xw + b, p = σ(z). L = −(1/n) Σ [y log p + (1−y) log(1−p)]. Since dσ/dz = σ(1−σ), "
            "∂L/∂z_i = (p_i − y_i)/n: the σ(1−σ) factor cancels against the log-loss denominators. Hence "
            "∇_w L = (1/n) Xᵀ(p − y) and ∂L/∂b = (1/n) Σ (p_i − y_i). I use a stable sigmoid: for z ≥ 0 "
            "1/(1+e^{−z}), for z < 0 e^{z}/(1+e^{z}) (or scipy.special.expit), which avoids overflow. It is "
            "vectorised, O(nd) time and O(n) extra memory. I verify it with a finite-difference check."
        ),
        "short": "The gradient is dw = X.T @ (p − y) / n and db = mean(p − y), where p = sigmoid(X @ w + b); it's O(nd).",

    },
    "code_roc_auc": {
        "expert_plain": (
            "AUC is the chance that a randomly picked positive gets a higher score than a randomly picked "
            "negative, with ties counting half. Instead of comparing every positive with every negative, which is "
            "n squared, I sort all scores once and give them ranks; when several items share a score they all "
            "get the average of the ranks they span. Then I add up the ranks of the positives, subtract the "
            "smallest that sum could possibly be, which is P times P plus one over two, and divide by P times N. "
            "That's the Mann-Whitney formula, and the averaged ranks are exactly what makes a tie count as half a "
            "win. If there are no positives or no negatives the AUC is undefined, so I raise an error. Sorting "
            "dominates, so it's n log n."
        ),
        "expert_technical": (
            "AUC is P(s⁺ > s⁻) + ½·P(s⁺ = s⁻), the probability that a random positive outscores a random negative, "
            "ties counting half. Compute it via the Mann–Whitney U statistic: r = average ranks of "
            "the scores (ties get the mean of their rank positions, e.g. rankdata with method 'average'). "
            "U = Σ_{i∈pos} r_i − n₊(n₊+1)/2, the rank sum of the positives minus its minimum, and "
            "AUC = U/(n₊·n₋). Average ranking gives each tied pair exactly ½. "
            "Alternatively, sort descending, group equal scores, sweep the ROC curve one tie group at a time and "
            "integrate with the trapezoid rule; a tie group becomes a diagonal segment, again ½ credit. It costs "
            "O(n log n) for the sort and O(n) memory, versus O(n₊·n₋) for comparing all pairs; AUC is undefined "
            "if n₊ = 0 or n₋ = 0."

        ),
        "short": (
            "Rank the scores with tied values getting their average rank, then AUC = (sum of positive ranks − "
            "P(P+1)/2)/(P·N); O(n log n) from the sort."
        ),
    },
    "dense_vs_sparse_retrieval": {
        "expert_plain": (
            "Sparse retrieval is the old search-engine approach: it looks at which exact words the query and the "
            "document share, weighted so rare words count more; BM25 is the usual one. Dense retrieval turns the "
            "query and every document into a vector with a neural encoder and finds the nearest vectors, so it "
            "matches on meaning. Keyword search falls over when people use different words for the same thing: "
            "the user asks about cancelling and the doc says terminate. Embedding search falls over on the exact "
            "stuff: product codes, error numbers, names, rare jargon it never saw in training, and it often needs "
            "fine-tuning for a new domain. So in a RAG system I run both, take the top fifty or so from each, "
            "merge the two lists with reciprocal rank fusion, which is simple and doesn't need the scores on the "
            "same scale, and then run a cross-encoder reranker over the merged set before passing the best few "
            "to the model."
        ),
        "expert_technical": (
            "Sparse: lexical, high-dimensional term vectors scored by BM25 (TF saturation, IDF, length "
            "normalisation) over an inverted index; learned-sparse variants like SPLADE add expansion terms. "
            "Dense: bi-encoder embeddings, score = cos(q, d), served via ANN indexes such as HNSW or IVF-PQ. "
            "Failure modes: sparse suffers vocabulary mismatch (synonyms, paraphrase, cross-lingual queries); "
            "dense under-weights exact tokens such as IDs, SKUs, numbers and rare entities, degrades out of "
            "domain, and compresses a long document into one vector. Hybrid: retrieve the top k from each and "
            "fuse with RRF, score = Σ 1/(k + rank), or a normalised convex combination α·dense + (1−α)·BM25 with "
            "α tuned on a labelled set; then rerank with a cross-encoder. Evaluate with recall@k and nDCG on "
            "in-domain queries."
        ),
        "short": (
            "Sparse retrieval like BM25 matches exact keywords and misses synonyms; dense embeddings match meaning "
            "but miss exact IDs and rare terms. Combine them with hybrid search, e.g. reciprocal rank fusion, then "
            "rerank."
        ),
    },
    "kv_cache_memory": {
        "expert_plain": (
            "Every token already processed leaves behind a key and a value at every layer, so the memory is 2 "
            "times the number of layers times the number of KV heads times the head size times the number of "
            "tokens times bytes per number. For a Llama-2-70B-style model: 80 layers, head size 128, and it uses "
            "grouped-query attention with 8 KV heads. Per token that's 2 × 80 × 8 × 128 × 2 bytes, about 320 KB. "
            "Times 32,000 tokens is roughly 10 GB for a single sequence, and it grows in a straight line with batch "
            "size, so 8 users is 80 GB, about as big as the weights. With full multi-head attention and 64 KV heads "
            "it would be 8 times more, about 80 GB per sequence. What shrinks it: sharing KV heads (grouped-query "
            "or multi-query attention), storing the cache in 8-bit or 4-bit, sliding-window attention so old "
            "tokens drop out, sharing the cache across layers, and paged allocation so you don't waste "
            "reserved-but-unused memory."
        ),
        "expert_technical": (
            "M = 2 · L · H_kv · d_h · T · B · bytes, where the 2 counts K and V. A 70B model like Llama-2/3 has "
            "L=80, d_model=8192, 64 query heads, d_h=128, and uses GQA with H_kv=8. Per token that gives "
            "2·80·8·128·2 B = 327,680 B ≈ 0.31 MiB. For T=32,768 and B=1 that is ≈ 10.7 GB. Without GQA "
            "(H_kv=64) it is ×8, ≈ 86 GB. M is linear in T and B and independent of the number of query heads. "
            "MQA and GQA lower H_kv, MLA-style latent compression shrinks each entry, KV quantisation to fp8 or "
            "int4 lowers the bytes, sliding-window attention caps the effective T, and cross-layer KV sharing "
            "lowers L. Eviction schemes such as H2O or StreamingLLM drop old entries, PagedAttention removes "
            "fragmentation, and prefix caching shares common prompts across requests."
        ),
        "short": (
            "Size = 2 × layers × KV heads × head dim × tokens × bytes; for a 70B model with 80 layers and 8 KV "
            "heads of size 128 in fp16, 32k tokens is about 10 GB per sequence. Grouped-query attention and "
            "quantizing the cache shrink it."
        ),
    },
    "prompt_engineering_limits": {
        "expert_plain": (
            "First I'm very clear and specific: say who the model is acting as, what the task is, what the output "
            "should look like, and give it the context it needs instead of hoping it knows. I show it a few worked "
            "examples of good input and output, because it copies patterns well. For anything with reasoning I ask "
            "it to work through the steps before answering, and I break big jobs into smaller chained calls. I ask "
            "for a fixed format like JSON so code can check it, and I keep a small test set so I can tell whether "
            "a prompt change really helped rather than eyeballing one output. Prompting runs out when the model "
            "simply doesn't know the facts; then you need to fetch documents and put them in, which is retrieval. "
            "It also runs out when you need a consistent style or skill across thousands of cases, where "
            "fine-tuning works better. And it can't guarantee anything: it won't stop all hallucinations or make "
            "the output always valid, and long prompts cost money and latency. All of this only changes what the "
            "model reads; the model itself stays the same, so it can't learn anything new from a prompt."
        ),
        "expert_technical": (
            "I use explicit instructions and a role or system prompt, plus few-shot in-context examples chosen "
            "for similarity to the input. For reasoning I ask for chain-of-thought or a step-by-step "
            "decomposition, and self-consistency samples n reasoning paths and takes a majority vote. I get "
            "structured output from a JSON schema or constrained decoding, split work with prompt chaining and "
            "tool use, and put key instructions at the start or end because of lost-in-the-middle. Every change "
            "is evaluated on a held-out set with metrics, not anecdotes. Prompting only conditions the input, so "
            "the weights stay frozen, and that sets its limits. It cannot add knowledge that is absent from "
            "pretraining or stale, which calls for RAG. It cannot reliably instil a new format, skill or tone at "
            "scale or cut cost, which calls for fine-tuning, LoRA or distillation into a smaller model. The "
            "context window and per-token cost cap how many examples fit, it is brittle to phrasing and to model "
            "version changes, it gives no hard guarantees, so you add validation and guardrails, and prompt "
            "injection remains a risk."
        ),
        "short": (
            "Clear instructions, few-shot examples, step-by-step reasoning and a structured output format. When "
            "the model lacks the knowledge you need retrieval, and when you need consistent behaviour at scale you "
            "fine-tune."
        ),
    },
    "top_k_vs_top_p": {
        "expert_plain": (
            "Both are ways to stop the model picking silly low-probability words while still keeping some variety. "
            "Top-k keeps only the k most likely next tokens, say 40, and picks among them after rescaling. Top-p "
            "keeps the smallest group of most-likely tokens whose probabilities add up to p, say 0.9, so the size "
            "of the group changes with the situation. That's why top-p behaves better: when the model is sure, "
            "like finishing New York, maybe only one or two tokens make the cut, while a fixed k of 40 would let "
            "junk in; when it's genuinely open, like the start of a story, top-p lets in hundreds of decent "
            "options where k would chop them off. Temperature is applied first: divide the scores by it before "
            "turning them into probabilities, where below 1 sharpens and above 1 flattens; then apply the top-k "
            "and/or top-p cut, renormalise, and sample. Typical settings are a temperature around 0.7 with top-p "
            "0.9, sometimes with a loose top-k as a safety cap."
        ),
        "expert_technical": (
            "Given logits z, p_i = softmax(z/T)_i. Top-k restricts the support to the k largest p_i and "
            "renormalises. Top-p sorts descending and keeps the minimal prefix S with Σ_{i∈S} p_i ≥ p, then "
            "renormalises. Top-k's support size is fixed regardless of entropy; top-p's adapts: for a peaked "
            "distribution |S| is small, excluding the long tail a fixed k would admit, and for a flat one |S| is "
            "large, where top-k would truncate plausible mass. So top-p is better when entropy varies across "
            "steps, as in open-ended generation. The pipeline in practice (HF, vLLM): logits → temperature "
            "scaling → top-k filter → top-p filter → renormalise → multinomial sample. T → 0 approaches greedy "
            "decoding, making k and p irrelevant. Common values: T ≈ 0.7–1.0, p ≈ 0.9–0.95, k ≈ 40–50 as a cap."
        ),
        "short": (
            "Top-k samples from the k most likely tokens; top-p samples from the smallest set whose probability "
            "adds up to p, so it adapts to how confident the model is. Temperature rescales the logits first, then "
            "the truncation is applied and we sample."
        ),
    },
    "design_churn_analysis": {
        "expert_plain": (
            "First I'd sit down with the subscription team to pin churn down: is it a cancellation, a failed "
            "payment that isn't fixed, or someone going quiet for 30 days? Over what window do we want to "
            "predict, say cancelling in the next 30 days, and what will they actually do with the list, like a "
            "retention offer, because that sets how many people they can contact each week. Then I'd build a "
            "table with one row per customer per week, using only information known up to that week: usage "
            "trends, logins dropping, support tickets, payment failures, plan, tenure. The label is whether they "
            "churned in the following window. I'd train something like gradient-boosted trees, split by time so "
            "we test on later weeks, and judge it by how many real churners are at the top of the list, not by "
            "accuracy, since churn is rare. Each week a scheduled job scores everyone and hands the top few "
            "hundred, with the main reasons, to the team's CRM. I'd keep a random holdout group that gets no "
            "outreach, so we learn whether contacting people actually saves them, and watch for drift in the "
            "inputs and the churn rate."
        ),
        "expert_technical": (
            "Clarify: the operational churn definition (voluntary cancel vs involuntary payment failure vs "
            "inactivity ≥ N days), the prediction horizon, P(churn in t+1..t+30 | features at t), the action and "
            "its capacity (k contacts per week), and the cost of the offer vs customer value. Pipeline: a "
            "point-in-time snapshot table keyed by (customer, week), features from event logs with strict as-of "
            "joins to prevent leakage: engagement deltas, recency and frequency, tenure, billing failures, support "
            "contacts, price changes; handle censoring or use a survival model (Cox or discrete-time hazard). "
            "Model: GBDT with out-of-time validation; metrics precision@k, PR-AUC, calibration, lift in the top "
            "decile. Serving: weekly batch scoring, a ranked top-k list with SHAP reason codes pushed to the CRM. "
            "Monitoring: feature drift (PSI), the base rate, realised precision once the horizon has passed. "
            "Tradeoff: risk is not persuadability, so keep a randomised control holdout and move to an uplift "
            "model that targets those whose churn the intervention changes."
        ),
        "short": (
            "Define churn, e.g. cancellation within 30 days, build weekly snapshot features from usage and billing "
            "without leakage, train a classifier validated on a later time period, score everyone weekly and send "
            "the top-risk list to the retention team, and measure the effect with a control group."
        ),
    },
    "design_demand_forecast": {
        "expert_plain": (
            "I'd start by asking what the forecast feeds: how far ahead orders are placed, at what level, product "
            "per store per day or per week, and what it costs to run out versus overstock, since that decides "
            "whether we want the average or a higher number. Also how many product-store pairs there are, "
            "probably millions. One catch: sales aren't demand. When the shelf is empty sales are zero even "
            "though people wanted it, so I'd mark out-of-stock days and not treat them as low demand. For "
            "features: past sales at several lags, day of week, holidays, promotions and prices planned for next "
            "week, weather, store events. Rather than a separate model per item, I'd train one big gradient-boosted "
            "model over all items and stores, so slow sellers borrow patterns from similar products, and test it "
            "by rolling forward through time: train on the past, predict the following week. It runs as a weekly "
            "batch job and writes forecasts, with a range, to the replenishment system. I'd track the error each "
            "week against a simple same-as-last-year baseline and flag items whose error jumps."
        ),
        "expert_technical": (
            "I'd clarify the target granularity (SKU × store × day, aggregated to week), the horizon of 1–7 days "
            "plus lead time, the loss asymmetry (stockout vs holding cost, so a quantile or newsvendor target such "
            "as P90), the scale (10^6–10^7 series), and cold start for new products. Sales are censored by stock, "
            "so I impute or mask stockout periods. The features are lags and rolling statistics (t−7, t−14, "
            "t−364), calendar, holidays, price and promo plans as known future covariates, and hierarchy ids "
            "(category, region). The model is a global LightGBM with quantile or Tweedie loss across all series, "
            "compared against seasonal-naive and ETS baselines, optionally with hierarchical reconciliation "
            "(MinT). I validate with rolling-origin backtests, never a random split, and score WAPE, bias and "
            "pinball loss. Serving is a weekly batch on Spark that writes to replenishment with the intervals "
            "exposed. In monitoring I track error and bias drift by segment, plus feature freshness. The "
            "tradeoffs are global vs per-series models, and accuracy vs interpretability for planners."
        ),
        "short": (
            "Clarify the level and horizon, build features from past sales, calendar, holidays and promotions, "
            "train one global gradient-boosted model across all products and stores with time-based backtesting, "
            "run it as a weekly batch that feeds replenishment, and monitor forecast error against a naive "
            "baseline."
        ),
    },
    "design_feature_store": {
        "expert_plain": (
            "The root problem is that the same feature is written twice, once in a notebook or batch job for "
            "training and once in the serving code, and the two slowly drift apart. So the fix is to write each "
            "feature's logic once, in one place, and have both training and serving read the output of that one "
            "definition. I'd have a registry where teams declare a feature: its source, its transformation, its "
            "key like user id, and who owns it, so other teams can find and reuse it instead of rebuilding it. One "
            "pipeline computes it and writes to two stores: a big historical store for training, and a fast "
            "key-value store like Redis for the live model to look up in a few milliseconds. For training sets, "
            "the key thing is joining each label with the feature value as it was at that moment, not today's "
            "value, so nothing leaks from the future. Then I'd monitor both sides: freshness, and a comparison of "
            "what serving actually saw with what training would compute, to catch skew. The cost is a platform "
            "team to run it, plus some extra latency and storage."
        ),
        "expert_technical": (
            "First I'd ask which models consume which features, and what latency and freshness each of them "
            "needs, since that decides batch versus streaming. The goal is to eliminate train/serve skew by "
            "single-sourcing transformations. Components: (1) a registry or "
            "catalog with feature definitions as code (entity key, source, transformation, TTL, owner, version), "
            "discoverable and reusable; (2) compute, where the same definition is materialised by batch (Spark) "
            "and streaming (Flink on Kafka) jobs; (3) an offline store, append-only and time-stamped (Parquet or "
            "Delta in a warehouse), supporting point-in-time correct joins: for a label event at t, take the "
            "latest feature value with timestamp ≤ t, preventing leakage; (4) an online store, a low-latency KV "
            "store (Redis, DynamoDB) with single-digit-ms p99 holding the latest value per entity; (5) a serving "
            "API returning the same feature vector schema. Monitoring: logged serving features compared with the "
            "offline recomputation to detect skew, freshness SLAs, distribution drift. Tradeoffs: consistency vs "
            "freshness for streaming features, duplicated storage, platform overhead, and backfills when a "
            "definition changes; on-demand features computed at request time must share the same code path. "
            "Given that overhead I'd start from Feast or a managed store before building our own."
        ),
        "short": (
            "Define each feature once and use that single definition to fill both an offline store for training "
            "and a low-latency online store for serving, with point-in-time correct joins for the training data "
            "so no future values leak."
        ),
    },
    "design_video_recommendations": {
        "expert_plain": (
            "First I'd ask what the business wants more of, time watched and people coming back each day, not "
            "just clicks, since clickbait gets clicks, and how many users and videos we're talking about, say "
            "tens of millions of users and millions of videos. The system is a funnel. Offline, we learn from the "
            "watch logs: what each person watched, for how long, and what they skipped. When the app opens, we "
            "first grab a few hundred to a thousand candidates cheaply: videos similar to what you've watched, "
            "using embeddings of users and videos and a nearest-neighbour lookup, plus trending and fresh ones. "
            "Then a heavier model scores just those few hundred, predicting how likely you are to watch and for "
            "how long, using fresh features pulled from a fast store. Then we tidy the list: mix topics, drop "
            "things you've seen, follow policy rules, all within about 200 ms. New videos get a small share of "
            "slots so they can be discovered. Before launch we check offline, then A/B test on watch time and "
            "return visits, and we watch for feedback loops where the model only shows what it already showed."
        ),
        "expert_technical": (
            "I'd clarify the objective as long-term engagement, watch time and D7 retention rather than CTR, and "
            "the constraints: p99 of 200 ms, about 10^7 daily users and 10^7 items. Impressions and watch events "
            "become labels (completion, watch time, skips), and we train with negative sampling on features from "
            "a feature store with point-in-time joins. Serving is multi-stage. Candidate generation uses "
            "two-tower retrieval with an ANN index (HNSW or ScaNN) plus co-visitation and fresh or trending "
            "sources, returning about 1k candidates in 30 ms. Ranking uses a multi-task DNN or GBDT that predicts "
            "P(click), expected watch time and P(like), combined into one score, for about 500 items in 80 ms. "
            "Re-ranking adds diversity (MMR), dedupes and applies business rules, with a cached fallback on "
            "timeout. For cold start I use content embeddings and an exploration budget with bandits. I monitor "
            "online A/B tests on watch time and retention with guardrails, feature drift and latency SLOs. The "
            "tradeoffs are recall vs latency across stages, exploitation vs exploration, short-term engagement vs "
            "long-term satisfaction, and position bias in the logged feedback."
        ),
        "short": (
            "Define the goal as watch time or retention, generate a few hundred candidates with embeddings and "
            "nearest-neighbour search, rank them with a model that predicts watch time from fresh features, "
            "re-rank for diversity, all within 200 ms, and evaluate with A/B tests."
        ),
    },
    "design_fraud_detection": {
        "expert_plain": (
            "We learn from every past transaction with what we knew at that moment: amount, merchant, country, "
            "device, how many purchases this card made in the last hour. The label mostly comes from chargebacks "
            "and customer disputes weeks later, so our freshest data is missing labels. Fraud is rare, maybe one "
            "in a thousand, so accuracy is useless; I'd look at how much fraud we catch at a level of false "
            "alarms the business accepts. When a card is swiped, the payment service calls our model and needs an "
            "answer in tens of milliseconds: we look up precomputed features like the card's recent spending from "
            "a fast store, compute the rest on the spot, and a gradient-boosted model gives a score. A threshold "
            "turns the score into approve, block, or ask for extra verification, set by weighing lost fraud money "
            "against annoyed customers. To keep it working: fraudsters change tactics, so we retrain often, watch "
            "the score distribution and catch rates, keep rules for brand-new attack patterns, and let a small "
            "random slice of would-be-blocked payments through or send it to review so we still get honest "
            "labels."
        ),
        "expert_technical": (
            "I'd clarify the fraud base rate (about 0.1%), the latency budget (p99 under 50 ms inline in "
            "authorisation) and the cost matrix of fraud loss against false-decline cost and friction. The data "
            "is transaction logs joined with chargeback and dispute labels, which arrive with a 30–90 day delay, "
            "so training windows must respect label maturity. Features are velocity aggregates over sliding "
            "windows (count and amount per card, merchant and device over 1h and 24h), deviation from the "
            "cardholder's profile, geo-distance, device fingerprints and graph features linking cards and "
            "devices, computed by a streaming pipeline (Kafka, Flink) into an online store with "
            "point-in-time-consistent offline copies. The model is a GBDT with class weighting, evaluated on "
            "out-of-time splits with PR-AUC, recall at a fixed FPR and dollar-weighted recall. Scoring is "
            "synchronous; the threshold is chosen on expected cost, with a three-way decision of approve, step-up "
            "(3DS) or decline, and a rules engine alongside. I monitor PSI drift, alert-rate shifts and "
            "performance on delayed labels. Fraudsters adapt to whatever we block, so the retraining cadence "
            "trades freshness against stability. Other tradeoffs: blocked transactions never get labels, a "
            "selection bias fixed by a small exploration holdout; recall vs customer friction; latency vs feature "
            "richness."
        ),
        "short": (
            "Train a gradient-boosted model on past transactions labelled by chargebacks, score each payment in "
            "real time from precomputed features, and set the threshold by the cost of fraud versus false "
            "declines."
        ),
    },
    "design_content_moderation": {
        "expert_plain": (
            "Before anything, I'd ask what exactly counts as a violation, the written policy: which categories "
            "(hate, harassment, spam, self-harm), which languages, how many posts a day, and what happens to a "
            "flagged post: removed automatically, hidden, or sent to a human. Mistakes cost differently: missing "
            "a threat is worse than hiding a harmless joke, and it differs per category, so how aggressive the "
            "thresholds are is the policy team's call, not ours. For training, the labels come from human "
            "reviewers following written guidelines, with several reviewers on hard cases so we know how much "
            "people even agree. I'd start from a pretrained multilingual language model and fine-tune it per "
            "category, adding examples of the rare bad content and hard borderline cases. When someone posts, a "
            "fast first check (blocklists, a small model) runs in milliseconds; clear violations are blocked, "
            "clearly fine posts go through, and the grey zone goes to a bigger model or the human queue. "
            "Reviewers' decisions flow back as new training data. People constantly invent new slang and "
            "misspellings to dodge filters, so I'd retrain regularly, measure error rates per language and group "
            "for unfairness, and track appeals."
        ),
        "expert_technical": (
            "I'd clarify the policy taxonomy and per-class definitions, the languages, the volume (about 10^7 "
            "posts a day), whether moderation happens before or after publication, and the action space (block, "
            "downrank, human review) with per-class costs of false negatives vs false positives. Labels come from "
            "trained annotators working against guidelines; inter-annotator agreement (Cohen's κ) measures label "
            "noise, active learning mines borderline and rare positives, and class imbalance is handled by "
            "sampling and per-class thresholds. The model is a fine-tuned multilingual transformer (XLM-R) with "
            "multi-label heads, distilled for serving, with hashing and blocklists for known content. Serving is "
            "a cascade: cheap filters and a small model run inline in under 50 ms, and the uncertain band is "
            "routed to a larger model and a human review queue prioritised by severity and reach, whose decisions "
            "become new training labels; thresholds are set per class from precision and recall targets that the "
            "policy team owns. I monitor precision and recall on a random audited sample, appeal overturn rates, "
            "drift from adversarial obfuscation (leetspeak, emoji) and fairness across dialects and identity "
            "terms. The tradeoffs are recall vs over-removal, automation vs reviewer cost and wellbeing, and "
            "latency vs model size."
        ),
        "short": (
            "First define the policy categories, the languages and what action a flag triggers; train a "
            "fine-tuned transformer on human-labelled examples; at posting time block clear violations "
            "automatically and send uncertain ones to human review; retrain as people find new ways to evade it."
        ),
    },
    "design_search_ranking": {
        "expert_plain": (
            "When a query comes in we can't run a fancy model over the whole catalogue, so it's two steps. First, "
            "pull a few thousand plausible products quickly: a keyword match on titles and descriptions plus a "
            "search by meaning using embeddings, so 'sneakers' also finds 'running shoes'. Then a learned model "
            "orders those few thousand, using how well the text matches, the product's price and rating, past "
            "clicks and sales for similar queries, and things about the user. We train it from search logs: what "
            "people clicked, added to cart and bought, remembering that people click the top results more just "
            "because they're on top, so we correct for position. Purchases count more than clicks. Offline we "
            "check whether the model puts the items people bought near the top, with a metric like NDCG on "
            "held-out searches. But the real test is an A/B test: split traffic and compare revenue or purchases "
            "per search, plus guardrails like the zero-result rate and speed. Interleaving the two rankers' "
            "results is a faster way to compare them."
        ),
        "expert_technical": (
            "I'd clarify the objective (GMV or conversion per search, not CTR alone), the catalogue size (about "
            "10^8 SKUs) and the latency budget (about 200 ms p99). Retrieval combines BM25 over an inverted index "
            "with dense two-tower retrieval via ANN, merged to 1–5k candidates, after query understanding (spell "
            "correction, category classification, synonym expansion). Ranking is learning-to-rank with a "
            "LambdaMART GBDT or a DNN, using a pairwise or listwise loss that optimises NDCG, on features such as "
            "query–document text relevance, BM25 score, embedding similarity, price, reviews, historical CTR and "
            "CVR per query–item pair, and personalisation. Labels come from logged engagement graded by action "
            "(purchase > add-to-cart > click), debiased for position with inverse propensity weighting or "
            "randomised swaps, plus human relevance judgments for head queries. I evaluate offline with NDCG@10 "
            "and MRR on held-out queries, then online with an A/B test or team-draft interleaving, which is more "
            "sensitive, with revenue per search as the primary metric and latency and zero-result rate as "
            "guardrails. The tradeoffs are relevance vs revenue, exploration for new products, and model cost vs "
            "latency."
        ),
        "short": (
            "Retrieve a few thousand candidates with keyword and embedding search, then rank them with a "
            "learning-to-rank model trained on clicks and purchases from the logs, correcting for position bias; "
            "check NDCG offline and confirm with an A/B test on purchases per search."
        ),
    },
    "design_ad_bidding": {
        "expert_plain": (
            "The model predicts how likely this user is to click on this ad, and for some campaigns how likely "
            "they are to buy afterwards. The advertiser tells us what a click or a purchase is worth to them, so "
            "the bid is roughly that value times the predicted chance: if a click is worth 2 dollars and the "
            "click chance is 1%, the impression is worth 2 cents. That's why the probabilities have to be honest, "
            "not just ranked right: if the model says 2% when reality is 1% we overpay in every auction, so I "
            "check calibration and fix it if needed. Then we adjust for the auction type and the budget: in a "
            "first-price auction you bid below the value, and pacing spreads the budget through the day. All of "
            "this happens in under about 100 ms per request at huge volume, so the model is simple and fast and "
            "the features are precomputed. New ads have no history, so we use features of the ad and the "
            "advertiser to guess, and deliberately give them some traffic to learn from, an exploration budget, "
            "like a bandit that favours uncertain ads a bit."
        ),
        "expert_technical": (
            "The model predicts pCTR and pCVR per (user, ad, context) with a large sparse model, logistic "
            "regression with feature hashing, FM/FFM or a DNN like DeepFM over embeddings, trained on impression "
            "logs with delayed conversion labels. The bid is value × pCTR (× pCVR), the expected value per "
            "impression; in a second-price auction bidding the expected value truthfully is optimal, and in a "
            "first-price auction you apply bid shading. Calibration matters because bids are linear in the "
            "probability, so I recalibrate with isotonic or Platt scaling, monitor predicted/observed ratios per "
            "segment, and correct for negative downsampling with p/(p + (1−p)/w). Budget pacing uses a PID "
            "controller or multiplicative throttling. Scoring takes about 10 ms within a 100 ms RTB deadline at "
            "10^5–10^6 QPS. For cold start I use priors from ad and advertiser content features with hierarchical "
            "smoothing, plus exploration via Thompson sampling or UCB, or a reserved share of traffic. I monitor "
            "calibration drift, spend vs budget, win rate and ROI. The tradeoff is the cost of exploration "
            "against long-term learning."
        ),
        "short": (
            "The model predicts click and conversion probabilities; the bid is the value of a conversion times "
            "the predicted probability, so calibration matters; new ads get an exploration budget, e.g. bandits, "
            "so they can collect data."
        ),
    },
    "design_llm_serving": {
        "expert_plain": (
            "First I'd ask how big the model is, how long conversations get, what response speed people expect "
            "(the first word within a second or so, then text streaming steadily) and the hardware budget. A few "
            "thousand concurrent users doesn't mean a few thousand requests at once; most are reading, so maybe a "
            "few hundred are generating at any moment. I'd use a proper inference server like vLLM that packs "
            "many users' requests onto the same GPUs and lets new ones join as old ones finish, instead of "
            "waiting for a whole batch. The memory each conversation's cached attention data takes is the main "
            "limit on how many fit, so paged memory and shrinking the model weights to 8 or 4 bits let more users "
            "fit. I'd put several GPU replicas behind a load balancer, stream the tokens back, cap the prompt "
            "length, and autoscale on queue length. I'd watch time to first word, words per second, queueing and "
            "GPU memory, and rerun quality checks when changing quantization. The tradeoff is cost against speed: "
            "bigger batches are cheaper per word but each user waits a bit longer."
        ),
        "expert_technical": (
            "I'd clarify the model size (70B vs 8B), the context length, the SLOs (TTFT p95 under 1 s, at least "
            "20 tokens/s per stream), the concurrency (a few thousand sessions give roughly 100–300 active decode "
            "streams by Little's law) and the GPU budget. The serving stack is vLLM, TensorRT-LLM or TGI with "
            "continuous (in-flight) batching and PagedAttention; a 70B model runs with tensor parallelism across "
            "2–8 GPUs, with replicas behind a router doing session-aware load balancing, prefix caching for the "
            "shared system prompt, and chunked prefill to protect decode latency. Memory is the weights (70B in "
            "fp16 is 140 GB, int4 AWQ about 35 GB) plus the KV cache, which bounds the batch size, so GQA models "
            "help because they shrink the cache. Quantisation (fp8, int4), speculative decoding and "
            "FlashAttention speed it up. Operationally I stream tokens over SSE, rate-limit and cap the context "
            "per user, and autoscale on queue depth and KV utilisation. I observe TTFT, TPOT, throughput, GPU "
            "memory and error rate, and every model or quantisation change has to pass an eval suite before it is "
            "promoted. The tradeoffs are throughput vs per-request latency through batch size, and cost vs "
            "quality through quantisation and model size."
        ),
        "short": (
            "Serve the model with vLLM using continuous batching and a paged KV cache on replicated GPUs behind a "
            "load balancer, stream tokens, quantize to fit more users, autoscale on queue length, and monitor "
            "time to first token and tokens per second."
        ),
    },
    "design_job_matching": {
        "expert_plain": (
            "This is a two-sided match: a good recommendation is one where the seeker wants the job and the "
            "employer wants the seeker, so I'd predict both, will the person apply and will the employer respond "
            "or interview them, and rank by something like the product of the two. First I'd ask what success "
            "means for the business: hires, or replies to applications, not just clicks. The data is profiles and "
            "postings (titles, skills, location, salary, seniority) and the history of views, applications, "
            "replies and hires. I'd find candidates quickly by matching skills and location and by embedding both "
            "profiles and jobs in the same space, then rank the shortlist with a model trained on those outcomes. "
            "We also have to avoid burying popular jobs under thousands of applications while other jobs get "
            "none, so I'd spread exposure. Recommended jobs are precomputed daily per seeker and refreshed when "
            "they update their profile, while recruiter-side candidate search runs at query time. I'd watch "
            "fairness, since the model mustn't learn biased hiring patterns on gender or age, and measure with "
            "A/B tests on hires and response rates."
        ),
        "expert_technical": (
            "It is reciprocal recommendation: score(s, j) = P(apply | s, j) · P(positive employer response | s, "
            "j), each from its own model, since optimising one-sided engagement serves only half the market. I'd "
            "clarify the success metric (hires, interviews, mutual interest rate), the scale and the freshness of "
            "postings. Features come from parsed resumes and job descriptions (a skills taxonomy, title "
            "normalisation, seniority, location or remote, salary) plus the interaction history. Candidate "
            "generation uses a two-tower model that embeds seekers and jobs into a shared space with an ANN "
            "lookup, plus structured filters (location, work authorisation); ranking uses a GBDT or a multi-task "
            "DNN. Hire labels are sparse and delayed, so I use weighted intermediate signals. Marketplace "
            "constraints matter: I cap per-job exposure to avoid congestion, so each job gets a bounded number of "
            "applicants, and re-rank with capacity-aware allocation. Serving is batch-precomputed recommendations "
            "plus real-time recruiter search. I monitor fairness across protected groups (disparate impact) and "
            "cold start for new postings, trade relevance against congestion, and run A/B tests on mutual match "
            "rate and hires."
        ),
        "short": (
            "Predict both whether the seeker will apply and whether the employer will respond, rank by the "
            "combination, retrieve candidates with shared embeddings and filters, spread applications so popular "
            "jobs don't get flooded, and A/B test on hires."
        ),
    },
    "rag_vs_finetuning": {
        "expert_plain": (
            "RAG means you look things up first, then answer. Offline, you cut your documents into chunks, turn "
            "each chunk into an embedding vector and store them in a vector index. When a question comes in, you "
            "embed it too, fetch the closest chunks, maybe rerank them, paste them into the prompt, and ask the "
            "model to answer using only that text and cite it. The model itself never changes. Fine-tuning "
            "instead trains the model further on examples so the behaviour is baked into its weights. How I "
            "decide: if the feature needs facts that change often, are private, or need sources shown, use RAG, "
            "because updating means re-indexing documents, not retraining, and you can check where an answer came "
            "from. If the need is a style, a format, a tone, or a narrow skill the model keeps getting wrong even "
            "with good prompts, fine-tune. Fine-tuning is a poor way to add facts: the model half-remembers them "
            "and still makes things up. Often you do both, fine-tuning for format and RAG for knowledge, and I "
            "start with prompting plus RAG because it's cheaper and faster to iterate."
        ),
        "expert_technical": (
            "The RAG pipeline ingests documents, chunks them (300–800 tokens with overlap), embeds the chunks "
            "with a bi-encoder and indexes them in an ANN store (HNSW) with metadata. At query time it embeds the "
            "query, retrieves the top k by cosine similarity, often hybrid with BM25, reranks with a "
            "cross-encoder, assembles the context into the prompt and generates with citations. The knowledge is "
            "non-parametric and the weights stay frozen. Fine-tuning, full or LoRA/QLoRA, updates the parameters "
            "on supervised examples or preference data; it changes behaviour: format, style, a domain task skill, "
            "or latency through shorter prompts. My decision criteria: knowledge freshness and volume favour RAG, "
            "since you update the index without retraining; attribution and access control favour RAG; "
            "hallucination on facts favours RAG, which grounds answers, while fine-tuning memorises facts poorly; "
            "consistent behaviour or format and cost per call at scale favour fine-tuning; and fine-tuning needs "
            "thousands of labelled examples. I evaluate retrieval recall@k and answer faithfulness. The two "
            "compose, e.g. RAFT-style fine-tuning to use retrieved context."
        ),
        "short": (
            "RAG embeds your documents into a vector index, retrieves the most relevant chunks for each query and "
            "puts them in the prompt. Use RAG when knowledge changes or must be cited, and fine-tune when you "
            "need to change the model's behaviour, style or format."
        ),
    },
    "llm_failure_modes": {
        "expert_plain": (
            "The big one is the model making things up with full confidence, a made-up policy, a fake citation, a "
            "wrong number, because it's built to produce likely-sounding text, not to check facts. I design "
            "around it by giving it the real documents through retrieval and telling it to answer only from them "
            "and say it doesn't know otherwise, asking it to quote its sources so we can check the quote really "
            "exists, and having code verify anything checkable like numbers or IDs. Other failures: the output "
            "breaks the format your code expects, so validate and retry; users slip instructions into the text "
            "('ignore your rules') or hide them in documents, so treat all outside text as data, limit which "
            "tools the model can call, and require confirmation for risky actions; answers change when the "
            "provider updates the model, so pin versions and rerun a test set; calls are slow or fail, so add "
            "timeouts, retries and a fallback; costs blow up on long inputs; and private data leaks. I monitor "
            "with sampled human review, user feedback and automatic checks, and keep a human in the loop where "
            "mistakes are expensive."
        ),
        "expert_technical": (
            "Hallucination is a fluent but unsupported generation, either intrinsic (it contradicts the source) "
            "or extrinsic (it cannot be verified); it arises because decoding maximises likelihood without any "
            "truth check. I mitigate it by grounding via RAG with an instruction to abstain when the context is "
            "insufficient, by requiring citations and checking attribution afterwards (NLI entailment of each "
            "claim against the retrieved passages), by constrained decoding for structured fields, by "
            "self-consistency to flag low-agreement answers, and by deterministic validators for verifiable "
            "facts. Structural failures come next: outputs violate the JSON schema, which schema validation with "
            "bounded retries handles, and long inputs overflow the context window or get lost in the middle, "
            "which truncation and retrieval handle. Against direct and indirect prompt injection I use privilege "
            "separation, tool allowlists, sandboxing and human confirmation for side effects. I pin model "
            "versions and run regression suites against drift across API versions, and I add timeouts, circuit "
            "breakers, a fallback model and a cache for latency and rate limits. I redact PII and filter outputs "
            "against leakage, and set token budgets against cost spikes. In production I keep traces of prompts "
            "and outputs, sample them for an online LLM-as-judge calibrated on human labels, and track user "
            "feedback and guardrail metrics."
        ),
        "short": (
            "LLMs hallucinate confident false facts, break output formats, can be prompt-injected, and change "
            "when the model version changes. Ground answers with retrieval and citations and let it say it "
            "doesn't know, validate outputs, restrict tools, pin versions and monitor with sampled reviews."
        ),
    },
    "llm_evaluation": {
        "expert_plain": (
            "Before a change goes out, I keep a fixed set of a few hundred real-looking inputs with what a good "
            "answer looks like, including the tricky cases and past bugs. Every prompt or model change runs "
            "against that set, and we compare old versus new. Some things code can check exactly: valid format, "
            "the right ID, no banned content. For fuzzier quality, humans rate a sample, and I use another LLM as "
            "a grader with a clear checklist, but only after checking that it agrees with human ratings, because "
            "LLM graders favour long answers and their own style. Side-by-side comparisons, asking which of two "
            "answers is better, are more reliable than 1–10 scores. After launch I A/B test the change on real "
            "users and look at what they actually do: do they accept the answer, copy it, retry, give a thumbs "
            "down, contact support. I log a sample of real conversations and have them reviewed and graded, watch "
            "latency and cost, and feed new failure cases back into the test set so it grows. The offline set "
            "tells you whether you broke something, and only live data tells you whether users are better off."
        ),
        "expert_technical": (
            "Offline, I keep a versioned golden set stratified by intent and difficulty, including adversarial "
            "and regression cases, with metrics per task: exact match, F1 or execution checks where ground truth "
            "exists, schema validity, retrieval recall@k and faithfulness for RAG, and a rubric-based "
            "LLM-as-judge for open-ended quality, calibrated against human labels (Cohen's κ) and controlled for "
            "position and verbosity bias through pairwise comparison with swapped order. I report confidence "
            "intervals, since a few hundred items give ±3–5 points, and gate releases in CI on no significant "
            "regression. Online, I run A/B tests on task-success proxies (acceptance, edit distance of the "
            "accepted output, retry rate, thumbs ratio, escalation) with guardrails on p95 latency, cost per "
            "request and safety-filter rate, sample production traces for human review and judge scoring, detect "
            "drift in the input distribution, and mine failures into the golden set. Offline and online results "
            "disagree often enough that you need both."
        ),
        "short": (
            "Before release, run a fixed test set of representative inputs scored by exact checks, human ratings "
            "and an LLM judge validated against humans; after release, A/B test and watch user signals like "
            "thumbs-down and retries, and add new failures to the test set."
        ),
    },
    "inference_cost_levers": {
        "expert_plain": (
            "First, measure where the money goes: how many calls, how many tokens in and out, which features. "
            "Then the cheap wins: cut the prompt, because long system prompts and stuffed context are paid for on "
            "every call, and cap the answer length. Cache: identical requests get the stored answer, and a shared "
            "prompt beginning can be cached by the provider or the server. Next, route: send easy requests to a "
            "small cheap model and only hard ones to the big one; you give up a bit of quality on the cases the "
            "router gets wrong. If you host it yourself, batch requests together so the GPU stays busy, and "
            "shrink the model weights to 8 or 4 bits, which means cheaper hardware and a small quality loss you "
            "must measure. Speculative decoding helps too: a small draft model guesses the next few words and the "
            "big model checks them all at once, so each answer takes less GPU time. The bigger step is to "
            "fine-tune or distil a small model on the big model's outputs for your task, which is much cheaper "
            "per call but costs engineering time and can break on unusual inputs. At each step I run the quality "
            "test set so savings don't silently hurt users, and I watch latency, since batching raises waiting "
            "time."
        ),
        "expert_technical": (
            "I order the levers by effort against savings. (1) Instrument cost per feature: token counts in and "
            "out, call volume. (2) Put the prompt on a diet: trim the system prompt and the retrieved context "
            "(smaller top-k, compression) and set max_tokens limits; this trades little. (3) Cache: an "
            "exact-response cache, a semantic cache that risks wrong hits, and provider prompt or prefix caching "
            "of the static prefix. (4) Cascade or route: a small model answers first and escalates on low "
            "confidence, which trades quality on misrouted items. (5) Serve efficiently when self-hosting: "
            "continuous batching raises throughput but also per-request latency, int8 or int4 quantisation cuts "
            "memory and cost for a small accuracy loss, speculative decoding, where a draft model proposes k "
            "tokens that the target model verifies in one forward pass, lowers latency for extra compute, and a "
            "batch API for offline jobs costs about 50% less where latency is irrelevant. (6) Distil or "
            "LoRA-fine-tune a 7–8B model for a narrow task, cutting per-token cost tenfold or more but trading "
            "upfront engineering, maintenance and robustness out of distribution. Every lever is guarded by an "
            "eval suite, and I track cost per successful task, not per token."
        ),
        "short": (
            "Shorten prompts and outputs, cache repeated requests, route easy queries to a smaller model, batch "
            "and quantize if self-hosting, and eventually distil a small fine-tuned model; each saves money at "
            "some cost in quality or latency, so check with an eval set."
        ),
    },
    "temperature_sampling": {
        "expert_plain": (
            "Temperature controls how adventurous the model is when it picks the next word. The model gives every "
            "possible next word a score, and we divide the scores by the temperature before turning them into "
            "probabilities. A low temperature makes the gaps between scores bigger, so the favourite word wins "
            "almost every time; as it goes to zero you always pick the single most likely word, which is the same "
            "as greedy decoding, repeatable but prone to getting stuck repeating itself. A high temperature "
            "squashes the gaps, so unlikely words get picked more often; very high, it's close to picking at "
            "random and you get gibberish. At 1 you sample the model's own probabilities unchanged. What I'd set: "
            "for extracting data, classification, code or anything with a right answer, zero or close to it, say "
            "0 to 0.2. For a chat assistant, around 0.7. For brainstorming or creative writing, 0.9 to 1.1, "
            "usually together with top-p so the really silly words stay excluded."
        ),
        "expert_technical": (
            "p_i = exp(z_i/T) / Σ_j exp(z_j/T), so T rescales the logits before the softmax: T < 1 sharpens the "
            "distribution and lowers its entropy, and T > 1 flattens it. The ranking of tokens is unchanged; only "
            "the relative odds p_i/p_j = exp((z_i − z_j)/T) change. As T → 0 the distribution converges to a "
            "one-hot on the argmax, which is greedy decoding: deterministic, prone to repetition loops and low in "
            "diversity. As T → ∞ it approaches the uniform distribution over the vocabulary and the output "
            "becomes incoherent. T = 1 recovers the model's own calibrated distribution. I set T ≈ 0 for "
            "extraction, classification, SQL or code and for reproducible evaluation, 0.3–0.7 for factual "
            "assistants, and 0.8–1.2 for creative generation and for sampling diverse candidates "
            "(self-consistency, best-of-n), combined with top-p ≈ 0.9 to truncate the tail that a high T "
            "inflates."
        ),
        "short": (
            "Temperature divides the logits before the softmax: a low temperature makes the distribution sharper "
            "and at zero it becomes greedy, while a high temperature flattens it toward random. Use near 0 for "
            "factual or code tasks and around 0.8–1 for creative ones."
        ),
    },
    "kv_cache": {
        "expert_plain": (
            "When a model writes text one token at a time, each new token has to look back at every earlier token "
            "through attention, and for that it needs each earlier token's key and value vectors at every layer. "
            "Those don't change once computed, because a token can't see the future. So instead of recomputing "
            "them for the whole text at every step, we store the keys and values of all past tokens, and that's "
            "the KV cache: each step only computes the key and value for the one new token and appends them. What "
            "it saves: without it, generating each token reprocesses the whole prefix, so the total work grows "
            "with the square of the length; with it each step handles just the new token, which is far faster. "
            "What it costs is memory. It grows with the layers, the number of heads, the length and the batch "
            "size, and for long contexts or many users it can get bigger than the model itself, which limits how "
            "many users fit on a GPU. Each step also has to read the whole cache from memory, so decoding becomes "
            "limited by memory speed rather than arithmetic."
        ),
        "expert_technical": (
            "In causal decoding the keys K = xW_K and values V = xW_V of past positions are fixed, because causal "
            "masking means later tokens never change earlier representations. The cache stores K and V per layer "
            "and head; at step t we compute q_t, k_t and v_t for the new token only, append them, and attend over "
            "the t cached entries. It saves compute: per step, the projections and MLP run on O(1) tokens instead "
            "of O(t), and attention over a whole generation costs O(T²) instead of the O(T³) of recomputing it, "
            "avoiding redundant FLOPs. It costs memory, 2·L·H_kv·d_h·T·B·bytes, linear in T and batch size, e.g. "
            "about 0.5 MB per token for Llama-2-7B in fp16, which bounds batch size and context. Decode becomes "
            "memory-bandwidth bound, since each step reads the entire cache at low arithmetic intensity. GQA/MQA, "
            "KV quantisation, PagedAttention against fragmentation, sliding windows and prefix sharing reduce the "
            "cost."
        ),
        "short": (
            "The KV cache stores the keys and values of past tokens at every layer so each decoding step only "
            "computes them for the new token, which avoids recomputing the whole prefix; the cost is memory that "
            "grows linearly with sequence length and batch size."
        ),
    },
    "long_sequence_latency": {
        "expert_plain": (
            "First find out which part is slow: reading the long document before the first word appears, or "
            "writing the answer word by word. Reading a long input is heavy because attention compares every "
            "token with every other, which grows with the square of the length. Options: send less text, "
            "retrieving only the relevant sections instead of the whole document or summarising parts first, at "
            "some risk of missing something. Cache the processed document if people ask several questions about "
            "the same one, so it's only read once; that costs memory. Use a fast attention implementation like "
            "FlashAttention, which is free quality-wise but needs engineering. Shrink the model's numbers to "
            "8-bit or use a smaller model, which is faster with some quality loss. Split the work across more "
            "GPUs, which is faster but costs more hardware. For the writing part, speculative decoding lets a "
            "small model draft words that the big one checks in bulk. And stream the answer so users see text "
            "immediately, which doesn't speed anything up but feels faster."
        ),
        "expert_technical": (
            "I split latency into TTFT, the prefill, which is compute-bound with O(n²·d) attention plus O(n·d²) "
            "MLP, and TPOT, the decode, which is memory-bandwidth-bound, reading the weights plus a KV cache "
            "linear in n. The levers: (1) shorten n with retrieval over chunks, hierarchical summarisation or "
            "prompt compression, at the risk of dropping needed context; (2) prefix or KV caching of the document "
            "across turns, which costs memory; (3) FlashAttention and fused kernels, IO-aware exact attention "
            "with no quality loss, only engineering; (4) chunked prefill interleaved with decodes, for smoother "
            "tail latency at slightly lower peak throughput; (5) sparse, sliding-window or linear attention "
            "variants, which lose quality on long-range dependencies and usually need retraining; (6) GQA and KV "
            "quantisation, less memory traffic with a small quality risk; (7) tensor or sequence/context "
            "parallelism (ring attention), which needs more GPUs and adds communication overhead; (8) speculative "
            "decoding for TPOT, extra draft compute with gains that depend on the acceptance rate; (9) weight "
            "quantisation, which speeds up memory-bound decode at a small accuracy cost."
        ),
        "short": (
            "Send less text by retrieving only the relevant chunks, cache the document's KV across questions, use "
            "FlashAttention and quantization, and add GPUs or speculative decoding; each trades memory, quality "
            "or hardware cost for speed."
        ),
    },
    "tokenization_bpe_vs_chars": {
        "expert_plain": (
            "Character-level means every letter is a token, so the vocabulary is tiny and nothing is ever "
            "unknown, but sentences become very long sequences, and the model has to learn spelling before "
            "meaning, which wastes compute since attention cost grows with length. Word-level means every word is "
            "a token, so sequences are short and each token means something, but the vocabulary explodes, with "
            "every form of every word, names and typos, so you cap it and everything else becomes an unknown "
            "token, and the model can't see that run and running are related. Subwords like BPE are the middle "
            "ground: common words stay whole, rare words are split into frequent pieces like token plus ization, "
            "and in the byte version any text at all can be written, so nothing is unknown. You get a manageable "
            "vocabulary of 30 to 100 thousand, reasonably short sequences, and shared pieces across related "
            "words. The downside: splits can be odd, which hurts spelling and arithmetic, and languages other "
            "than English often get chopped into more pieces, so they cost more."
        ),
        "expert_technical": (
            "Character-level tokenization has |V| of 10²–10³ (or 256 bytes) and zero OOV, but sequences are 4–5× "
            "longer than with subwords, so the O(n²) attention cost and the context budget suffer, and the model "
            "must compose morphology from scratch. Word-level gives short sequences, but |V| follows Zipf's law "
            "and is unbounded: a truncated vocabulary yields UNK tokens for rare words, names and typos, the "
            "embedding matrix grows with |V|, rare-word embeddings are poorly trained, and morphology isn't "
            "shared. BPE and its variants (WordPiece, unigram LM, byte-level BPE) learn a vocabulary of 32k–200k "
            "units by greedily merging frequent pairs: frequent words become single tokens, rare ones decompose "
            "into known subwords, and byte-level fallback guarantees an open vocabulary. This balances sequence "
            "length against vocabulary size and parameter count, at about 0.75 words per token in English. The "
            "costs are non-canonical segmentations, poor character-level awareness (spelling, counting letters, "
            "digits), and tokenizer disparity across languages and scripts."
        ),
        "short": (
            "Characters give a tiny vocabulary but very long sequences; words give short sequences but a huge "
            "vocabulary and unknown words. BPE subwords keep common words whole and split rare ones into pieces, "
            "so there are no unknown tokens and sequences stay fairly short."
        ),
    },
    "bpe_training": {
        "expert_plain": (
            "You start by splitting every word in the training text into single characters, or bytes, and "
            "counting how often each word occurs. Then you repeat: look at every pair of neighbouring symbols "
            "across all the words, weighted by how often each word appears, find the most common pair, say t "
            "followed by h, and glue it into one new symbol th everywhere. Record that merge in an ordered list. "
            "Keep going until the vocabulary reaches the size you want, say 50,000. To split a new word, break it "
            "into characters and apply the recorded merges in the same order they were learned, earliest first, "
            "until none applies; whatever pieces remain are its tokens. Anything never seen still breaks down "
            "into characters or bytes, so nothing is unknown. For billions of tokens you don't keep the raw text "
            "around: first split it into words on spaces and punctuation and count the unique words, so you work "
            "on a few million word types with counts, not billions of tokens. Then update the pair counts only "
            "for the words affected by each merge, instead of recounting, and run the counting in parallel, or "
            "train on a large random sample."
        ),
        "expert_technical": (
            "I pre-tokenize the corpus (a regex split on whitespace and punctuation, with a byte-level mapping) "
            "and build a word-frequency table. The vocabulary starts as the 256 bytes or the characters. Then I "
            "loop: count adjacent symbol pairs weighted by word frequency, select the argmax pair (a, b) with a "
            "deterministic tie-break, add ab to the vocabulary, append (a, b) to the ordered merge list, and "
            "replace all its occurrences in the word table, stopping at the target |V| or when the top count "
            "falls below a threshold. To encode a new word I start from its bytes and repeatedly apply the "
            "lowest-rank, earliest-learned, applicable merge until none remains; it is rank order, not frequency "
            "in the new word. At scale, the word-type table compresses billions of tokens to 10⁶–10⁷ types; I "
            "maintain pair counts incrementally with an inverted index from pairs to the words containing them "
            "and a heap keyed by count, so each merge updates only the affected words instead of a full recount; "
            "counting runs in parallel with map-reduce over shards, or on a sample of the corpus, as "
            "SentencePiece and the HF tokenizers library do."
        ),
        "short": (
            "Start from characters, repeatedly count adjacent pairs across the corpus and merge the most frequent "
            "pair into a new token, recording the merges in order until the vocabulary reaches the target size. A "
            "new word is split into characters and the merges are applied in the learned order."
        ),
    },
    "code_softmax": {
        "expert_plain": (
            "The trick is to subtract the biggest value along the chosen axis before exponentiating. That doesn't "
            "change the answer, because shifting every logit by the same amount cancels out when you divide by "
            "the total, but now the largest exponent is e to the zero, which is 1, so a logit of 1000 can't "
            "overflow to infinity. The very negative ones just become zero, which is fine, and since at least one "
            "term is exactly 1 the denominator can never be zero, so no NaNs. I take the max and the sum with "
            "keepdims=True on whatever axis is passed, so broadcasting works for any shape, and I never "
            "transpose. Each output slice adds up to one. It's a couple of passes over the array, linear in its "
            "size. If the caller really wants log-probabilities I'd give a separate log-softmax rather than "
            "taking the log of this, because tiny probabilities round to zero."
        ),
        "expert_technical": (
            "softmax(x)_i = exp(x_i − m) / Σ_j exp(x_j − m) with m = max_j x_j, which is exact because the factor "
            "e^{−m} cancels between numerator and denominator. With the shift every exponent is ≤ 0, so nothing "
            "overflows, and the max term contributes e^0 = 1, so the denominator is ≥ 1 and never underflows to "
            "0. I compute m = x.max(axis=axis, keepdims=True), then e = np.exp(x − m), and return e / "
            "e.sum(axis=axis, keepdims=True); keepdims makes it broadcast for any axis and any rank. Underflow of "
            "very negative logits to 0 is harmless. It is O(n) time and O(n) memory. For a loss, log-softmax "
            "computed as x − m − log Σ exp(x − m) avoids taking log(0)."
        ),
        "short": (
            "Subtract the max along the axis before exp so nothing overflows, then divide by the sum with "
            "keepdims so it broadcasts on any axis; it's linear time."
        ),
    },
    "code_causal_mask": {
        "expert_plain": (
            "Each position in a decoder is allowed to look at itself and everything before it, but never at "
            "anything after it, otherwise during training it could just copy the next word it's supposed to "
            "predict. So the mask is a square seq_len by seq_len grid of True/False where row i is the query and "
            "column j the key, and entry (i, j) is True exactly when j is at most i. That's the lower triangle "
            "including the diagonal. In NumPy that's np.tril(np.ones((n, n), dtype=bool)), or comparing a column "
            "of indices against a row of indices. The diagonal has to be True so every row has at least one "
            "allowed position, otherwise the softmax over that row would have nothing to normalise. Building it "
            "is n squared in time and memory, which is the same size as the attention scores anyway."
        ),
        "expert_technical": (
            "mask[i, j] = (j ≤ i) for query i and key j, i.e. the lower-triangular matrix including the diagonal: "
            "np.tril(np.ones((T, T), dtype=bool)), or equivalently np.arange(T)[:, None] >= np.arange(T)[None, "
            ":]. True means may attend. It enforces the autoregressive factorisation p(x_t | x_<t), so training "
            "with teacher forcing cannot leak future tokens. The diagonal must be included so each row keeps at "
            "least one unmasked entry and the softmax never normalises over an empty set. Time and memory are "
            "O(T²), the same shape as the score matrix; it broadcasts over batch and heads."
        ),
        "short": (
            "Return np.tril(np.ones((n, n), dtype=bool)): query i may attend key j when j ≤ i, so a token sees "
            "itself and the past but not the future."
        ),
    },
    "code_attention": {
        "expert_plain": (
            "I compare every query with every key by taking dot products: Q times K transposed on the last two "
            "axes, using swapaxes(-1, -2) so any batch or head dimensions in front just come along. I divide "
            "those scores by the square root of the key size, because dot products of longer vectors get bigger "
            "and would push the softmax into a spiky, nearly one-hot region where gradients vanish. Where the "
            "mask is False I set the score to a very large negative number, or minus infinity, so after the "
            "softmax those positions get zero weight. Then a numerically stable softmax over the last axis, the "
            "key axis, turns each row into weights that add up to one, and multiplying by V gives each query a "
            "weighted average of the values. The cost is order n squared times d for sequence length n, and the n "
            "by n score matrix is the memory bottleneck."
        ),
        "expert_technical": (
            "Attention(Q, K, V) = softmax(QKᵀ/√d_k + M) V, where M is 0 where the mask is True and −∞ (or a large "
            "negative) where it is False. Scores S = Q @ K.swapaxes(−1, −2) / sqrt(d_k), batched over the leading "
            "dims by matmul broadcasting. The 1/√d_k keeps Var(q·k) ≈ 1 for unit-variance entries, so the softmax "
            "does not saturate. I mask with np.where(mask, S, −inf), apply the max-subtracted softmax along the "
            "key axis (−1), and return P @ V. A fully masked row would give NaN, so masks should keep at least "
            "one position. Complexity is O(n²·d) time and O(n²) memory for the scores per head."
        ),
        "short": (
            "Compute Q @ K transposed divided by sqrt(d_k), set masked-out scores to minus infinity, softmax over "
            "the key axis and multiply by V; it's O(n² d)."
        ),
    },
    "code_multi_head_attention": {
        "expert_plain": (
            "First I project the input once with each big weight matrix: X times W_q, X times W_k and X times "
            "W_v, each giving d_model columns. Then I cut the columns into n_heads slices of size d_head = "
            "d_model / n_heads, so head h gets columns h times d_head up to (h+1) times d_head, by reshaping to "
            "(batch, seq, heads, d_head) and moving the head axis in front of the sequence axis. Each head then "
            "runs ordinary scaled dot-product attention on its own slice, with its own scaling by the square root "
            "of d_head and the same mask. Afterwards I move the axes back and glue the heads' outputs side by "
            "side into d_model columns again, and multiply by W_o to mix what the heads found. If the input has "
            "no batch axis I add one at the start and remove it at the end. Cost is order seq squared times "
            "d_model for attention plus seq times d_model squared for the projections."
        ),
        "expert_technical": (
            "I compute Q = XW_q, K = XW_k and V = XW_v, each of shape B×T×d_model. I reshape each to B×T×h×d_h "
            "with d_h = d_model/h and transpose to B×h×T×d_h; this reshape assigns columns h·d_h up to (h+1)·d_h "
            "to head h, as specified. Each head computes softmax(Q_h K_hᵀ/√d_h + mask) V_h, batched by one matmul "
            "over the batch and head axes. Then I transpose back to B×T×h×d_h, reshape to B×T×d_model, which "
            "concatenates the heads in order, and project with W_o. A 2-D input is promoted with X[None] and "
            "squeezed at the end. The projections are O(B·T·d_model²) and attention is O(B·T²·d_model), with "
            "O(B·h·T²) memory for the scores."
        ),
        "short": (
            "Project X with W_q, W_k, W_v, reshape into n_heads heads of size d_model/n_heads, run scaled "
            "dot-product attention per head, concatenate the heads back and multiply by W_o."
        ),
    },
    "code_grouped_query_attention": {
        "expert_plain": (
            "It's like multi-head attention except there are fewer key and value heads than query heads, and "
            "groups of query heads share one. I project the queries into n_heads heads and the keys and values "
            "into only n_kv_heads heads, each of size d_head. The group size is n_heads divided by n_kv_heads, so "
            "query head h uses key-value head h integer-divided by the group size, meaning the first group of "
            "query heads uses kv head 0, the next group kv head 1, and so on. The simplest way is to repeat each "
            "kv head group-size times along the head axis, which lines them up with the query heads, then run "
            "normal scaled attention per head, join the heads and multiply by W_o. The win is a KV cache n_heads "
            "over n_kv_heads times smaller, while compute stays roughly the same as full multi-head attention. "
            "With one kv head it's multi-query attention, with as many as query heads it's normal multi-head."
        ),
        "expert_technical": (
            "Q = XW_q reshaped to (B, H, T, d_h); K = XW_k and V = XW_v reshaped to (B, H_kv, T, d_h), with g = H "
            "/ H_kv (assert H % H_kv == 0). Query head h attends with kv head ⌊h/g⌋, so I expand K and V with "
            "np.repeat by g along the head axis (repeat, not tile, which would map h to h mod H_kv), giving H "
            "heads of keys and values. Then softmax(QKᵀ/√d_h + mask)V per head, merge heads to (B, T, H·d_h) and "
            "apply W_o. Attention FLOPs match MHA, O(B·H·T²·d_h), but the K/V projections and the KV cache shrink "
            "by a factor of g. H_kv = 1 is MQA and H_kv = H is MHA."
        ),
        "short": (
            "Project queries into n_heads heads and keys and values into n_kv_heads heads, repeat each kv head "
            "n_heads // n_kv_heads times so query head h uses kv head h // group, then do normal attention and "
            "the output projection."
        ),
    },
    "code_sampling": {
        "expert_plain": (
            "If the temperature is zero I just return a vector with a 1 on the highest logit and zeros elsewhere, "
            "since that's greedy decoding and dividing by zero would blow up. Otherwise I divide the logits by "
            "the temperature, which sharpens them below 1 and flattens them above 1, and turn them into "
            "probabilities with a stable softmax. For top-k, if k is above zero I keep only the k biggest "
            "probabilities and zero the rest. For top-p, I sort what's left from most to least likely, add them "
            "up as I go, and keep the smallest group whose total reaches p, always keeping at least the top one, "
            "then zero everything else. After the cuts I divide by the new total so the vector adds up to one "
            "again. The order is temperature, then top-k, then top-p. Sorting makes it n log n in the vocabulary "
            "size."
        ),
        "expert_technical": (
            "If T == 0, return the one-hot of argmax(logits). Otherwise p = softmax(z/T) with max subtraction. "
            "Top-k (k > 0): keep indices with p among the k largest (np.argpartition, O(V)), zero the others. "
            "Top-p (p < 1): order = argsort(−p), c = cumsum(p[order]), and I keep the minimal prefix with c ≥ "
            "top_p, i.e. positions where c − p[order] < top_p, which always includes the first token; zero the "
            "rest. I renormalise with p /= p.sum() after filtering, because the kept mass is below one. The order "
            "is temperature → top-k → top-p, as in HF and vLLM. Ties at the k-th value are broken by index. It "
            "costs O(V log V) for the sort, O(V) memory."
        ),
        "short": (
            "Greedy one-hot when temperature is 0; otherwise softmax(logits / T), keep the k most likely, then "
            "the smallest set whose cumulative probability reaches p, and renormalise."
        ),
    },
    "code_kv_cache_decode": {
        "expert_plain": (
            "The cache just holds two growing lists of tensors, one for keys and one for values. append adds the "
            "new token's key and value; the keys and values properties stack them into arrays of shape (tokens so "
            "far, d). I keep a list and concatenate when read, or better, preallocate a big buffer and keep a "
            "length counter, so appending doesn't copy everything each step. decode_step first appends the new "
            "key and value, so the current token can attend to itself, then computes the single query's dot "
            "product with every cached key, scales by the square root of d, softmaxes and takes the weighted sum "
            "of the cached values. No mask is needed because the cache only contains past and current positions. "
            "Each step costs order t times d for t cached tokens, instead of redoing the whole prefix, and the "
            "memory grows linearly with the tokens."
        ),
        "expert_technical": (
            "KVCache stores K ∈ R^{t×d} and V ∈ R^{t×d}; append(k, v) writes row t into preallocated buffers with "
            "capacity doubling (amortised O(d) per append, avoiding the O(t·d) copy of np.concatenate each step); "
            "keys and values return views [:t]. decode_step(q, k, v, cache): cache.append(k, v) first, so "
            "position t attends to itself; the scores of the query against all t cached keys are s = K q / √d ∈ "
            "R^t; a = softmax(s) with max subtraction; return aᵀV ∈ R^d. No causal mask is needed, since the "
            "cache holds only positions ≤ t. Per step it is O(t·d) time, versus O(t²·d) for recomputing attention "
            "over the prefix; memory is O(t·d) per layer and head."
        ),
        "short": (
            "The cache keeps growing arrays of keys and values; decode_step appends the new k and v, then attends "
            "the one query over all cached keys with a scaled softmax and returns the weighted sum of values, O(t "
            "d) per step."
        ),
    },
    "code_bpe_train": {
        "expert_plain": (
            "I split the corpus on whitespace and count how often each word occurs, then represent each distinct "
            "word as a tuple of its characters with '</w>' on the end, so merges never cross word boundaries and "
            "the end of a word is its own symbol. Then I loop num_merges times: count every adjacent pair of "
            "symbols across all words, each weighted by that word's count, and pick the most frequent pair; if "
            "several pairs tie I take the one that sorts first alphabetically, by picking the max on count and "
            "the min on the pair. I record that pair, then rewrite every word, scanning left to right and "
            "replacing each occurrence of the pair with the joined symbol. If no pairs are left I stop early. "
            "Working on distinct words with counts instead of the raw text keeps it fast; each merge costs order "
            "of the total symbols across unique words."
        ),
        "expert_technical": (
            "Build vocab = Counter(corpus.split()) mapped to tuple(word) + ('</w>',). For each of num_merges "
            "iterations: pairs = Counter over words of (s_i, s_{i+1}) weighted by frequency; if empty, break; "
            "best = min(pairs, key=lambda p: (−pairs[p], p)), which gives the highest count with the "
            "lexicographically smallest pair among ties; append best; then rewrite each word greedily left to "
            "right, merging non-overlapping occurrences of best into a+b. Complexity per merge is O(S) for S "
            "symbols across unique words, so O(num_merges·S) overall; an incremental pair index with a heap would "
            "make each merge cost only the affected words."
        ),
        "short": (
            "Count words, split each into characters plus '</w>', then repeatedly count adjacent pairs weighted "
            "by word frequency, merge the most frequent (ties to the smallest pair) everywhere, and record it."
        ),
    },
    "code_kmeans": {
        "expert_plain": (
            "For the starting centres I use k-means++: pick the first centre at random, then pick each next one "
            "with probability proportional to its squared distance from the nearest centre chosen so far, so the "
            "centres start spread out instead of bunched together. I use a seeded random generator so the result "
            "is repeatable. Then I alternate two steps: assign every point to its nearest centre, and move each "
            "centre to the average of its points. If a cluster ends up with no points, averaging would divide by "
            "zero and give NaN, so instead I move that centre to the point that's currently furthest from its "
            "centre, or leave it where it was. I stop when the centres move less than the tolerance or after "
            "max_iter rounds. Each round costs n times k times d for the distances; I compute them all at once "
            "with broadcasting."
        ),
        "expert_technical": (
            "k-means++: c_1 uniform at random from X using rng = default_rng(seed); then each c_j is sampled with "
            "probability D(x)²/Σ D(x)², where D is the distance to the nearest chosen centroid, which gives an "
            "O(log k)-competitive start. Lloyd iterations: labels = argmin_j ||x − c_j||², computed as ||x||² − "
            "2x·c + ||c||² in O(nkd); update c_j = mean of its members. An empty cluster would give 0/0 = NaN, so "
            "I reseed it at the point with the largest current distance (or keep the old centroid). Converge when "
            "max ||c_new − c_old|| < tol, else stop at max_iter. Return (centroids, labels). Each iteration is "
            "O(nkd) time, O(nk) memory for the distance matrix; k-means++ init costs O(nkd)."
        ),
        "short": (
            "Initialise with k-means++ using a seeded RNG, then alternate assigning points to the nearest "
            "centroid and moving centroids to their cluster means, reseeding any empty cluster so there are no "
            "NaNs, until the shift is below tol."
        ),
    },
    "code_knn": {
        "expert_plain": (
            "For every test point I need its distance to every training point. Rather than looping, I use the "
            "identity that squared distance equals the squared length of a plus the squared length of b minus "
            "twice their dot product, so the whole test-by-train distance table comes from one matrix multiply. "
            "Square roots aren't needed, since they don't change the order. I clip tiny negative values from "
            "rounding to zero. For each test row I take the k smallest with argpartition, which is linear instead "
            "of a full sort, and then sort just those k by distance. Then I count the labels. If two labels tie "
            "for most votes, I go through the k neighbours from nearest to furthest and pick the first tied label "
            "I meet, which is the tied label with the closest member. Cost is order test times train times d for "
            "the distances, and the table takes test times train memory, so I'd process the test set in chunks."
        ),
        "expert_technical": (
            "D² = ||x||²[:, None] − 2·X_test X_trainᵀ + ||y||²[None, :], clipped at 0, in O(m·n·d) via one GEMM; "
            "sqrt is monotone, so it is unnecessary for ranking. idx = argpartition(D², k−1, axis=1)[:, :k], then "
            "argsort those k by distance (O(n + k log k) per row). Vote with np.unique(return_counts) or "
            "bincount; the tie-break takes the tied labels with the max count and returns the one whose nearest "
            "neighbour has the smallest distance, i.e. the first tied label in distance order. Memory is O(m·n) "
            "for D², so I batch the test rows. Total O(m·n·d)."
        ),
        "short": (
            "Compute all test-to-train squared distances with the dot-product identity, take the k nearest with "
            "argpartition, and return the majority label, breaking ties by the tied label with the closest "
            "neighbour."
        ),
    },
    "code_mlp_backprop": {
        "expert_plain": (
            "Forward: hidden pre-activation is X times W1 plus b1, the ReLU keeps the positives, then the output "
            "score is hidden times W2 plus b2 and the sigmoid turns it into a probability. The loss is the "
            "average binary cross-entropy, where I clip the probabilities or compute it from the raw scores so I "
            "never take log of zero. Backward: with sigmoid plus cross-entropy the gradient at the output score "
            "simplifies to prediction minus label, divided by n because of the mean. The gradient for W2 is the "
            "hidden activations transposed times that, and b2's is its sum over rows. I push it back through W2 "
            "by multiplying with W2 transposed, then zero it wherever the hidden pre-activation was not positive, "
            "since ReLU passes gradient only where it was on. Then W1's gradient is X transposed times that and "
            "b1's is the sum. Each pass is order n times the weight sizes, and I check it against finite "
            "differences."
        ),
        "expert_technical": (
            "In the forward pass I compute Z1 = XW1 + b1, H = max(0, Z1), z2 = HW2 + b2 and p = σ(z2), with L = "
            "−(1/n) Σ [y log p + (1 − y) log(1 − p)], computed stably via logaddexp as softplus(z2) − y·z2. "
            "Backward: δ2 = (p − y)/n, since the σ' factor cancels with the cross-entropy derivative; dW2 = Hᵀ δ2 "
            "and db2 is δ2 summed over rows; δ1 = (δ2 W2ᵀ) ⊙ 1[Z1 > 0]; dW1 = Xᵀ δ1 and db1 is δ1 summed over "
            "rows. Shapes match the parameters; y is reshaped to (n, 1) to avoid accidental broadcasting to (n, "
            "n). Cost is O(n·(d·h + h)) time and O(n·h) memory for the cached activations. I verify with a "
            "centred finite-difference gradient check."
        ),
        "short": (
            "Forward through ReLU and sigmoid, compute mean BCE; backward, the output gradient is (p − y)/n, dW2 "
            "= Hᵀ of that, then multiply by W2ᵀ, mask by the ReLU, and dW1 = Xᵀ of that, with bias gradients as "
            "row sums."
        ),
    },
    "code_linear_regression_gd": {
        "expert_plain": (
            "I start with all weights and the bias at zero, as asked. Each epoch I predict for all rows at once, "
            "X times w plus b, and take the error, prediction minus target. For the mean squared error the "
            "gradient for the weights is 2 over n times X transposed times the error, and for the bias it's 2 "
            "over n times the sum of the errors; I use the mean, not the sum, so the step size doesn't depend on "
            "how many rows there are. Then I step both against the gradient by the learning rate, and after the "
            "loop return w and b. Zero starting weights are fine here, because the loss is a simple bowl with one "
            "lowest point, so there's no symmetry to break. Each epoch is order n times d, so the whole thing is "
            "epochs times n times d. If the features are on very different scales it converges slowly or "
            "diverges, so I'd standardise them or lower the learning rate."
        ),
        "expert_technical": (
            "Initialise w = 0 ∈ R^d and b = 0. For each epoch: r = Xw + b − y; ∇_w = (2/n) Xᵀ·r and ∇_b = (2/n) Σ "
            "r, and I update w ← w − η∇_w and b ← b − η∇_b, all as matrix products with no Python loop over rows. "
            "The MSE is convex (a quadratic with Hessian (2/n)XᵀX), so zero initialisation is harmless and GD "
            "converges for η < 2/λ_max of the Hessian; otherwise it diverges, which is why feature scaling "
            "matters, since the condition number of XᵀX sets the speed. Using the mean keeps η independent of n. "
            "Cost is O(epochs·n·d) time and O(n + d) memory. Return (w, b)."
        ),
        "short": (
            "Start w and b at zero; each epoch compute the residual Xw + b − y, step w by lr·(2/n)·X.T @ r and b "
            "by lr·(2/n)·sum(r), and return them; O(epochs·n·d)."
        ),
    },
    "code_dropout": {
        "expert_plain": (
            "When training, I draw a random keep-or-drop decision for each entry from the given generator: keep "
            "it with probability 1 − p. The kept values get divided by 1 − p, so the average value of each unit "
            "stays the same as without dropout; that's the 'inverted' part, and it means at test time I do "
            "nothing at all. So if training is False, or p is 0, I return x unchanged. If p is 1 everything is "
            "dropped, and dividing by zero would give NaN, so I return zeros. I don't change x in place, and "
            "using the passed-in rng makes it reproducible. I'd return the mask too, or keep it, because the "
            "backward pass needs the same mask. It's one pass over the array, linear time and memory."
        ),
        "expert_technical": (
            "If not training or p == 0: return x. If p == 1: return zeros_like(x), avoiding division by zero. "
            "Otherwise mask = rng.random(x.shape) >= p, i.e. keep with probability 1 − p, and y = x · mask "
            "divided by (1 − p). Then the expected value of y is x, so inference needs no rescaling; the backward "
            "pass is dy · mask / (1 − p), reusing the same mask. Using rng.random rather than the global "
            "np.random makes it deterministic given the Generator. O(N) time and memory, with no in-place "
            "modification of the input."
        ),
        "short": (
            "In training, keep each entry with probability 1 − p using the rng, zero the others and divide the "
            "kept ones by 1 − p; at inference return x unchanged."
        ),
    },
    "code_precision_recall_f1": {
        "expert_plain": (
            "I count three things by comparing the arrays: true positives, where both the truth and the "
            "prediction are 1; false positives, predicted 1 but really 0; and false negatives, really 1 but "
            "predicted 0. Precision is true positives over everything predicted positive: of the ones we flagged, "
            "how many were right. Recall is true positives over everything actually positive: of the real ones, "
            "how many we found. F1 is the harmonic mean, two times precision times recall over their sum, which "
            "punishes being good at only one of them. The zero cases: if nothing was predicted positive, "
            "precision divides by zero, and if there are no real positives, recall does, and I return 0 in those "
            "cases, like scikit-learn's default, instead of NaN, and F1 is 0 when precision plus recall is 0. I "
            "cast to integer arrays first. It's one pass, linear time."
        ),
        "expert_technical": (
            "With y, ŷ ∈ {0,1}^n: TP = Σ yŷ, FP = Σ (1 − y)ŷ, FN = Σ y(1 − ŷ). Precision = TP/(TP + FP), recall = "
            "TP/(TP + FN), F1 = 2PR/(P + R) = 2TP/(2TP + FP + FN). Zero denominators: if TP + FP = 0 then P := 0, "
            "if TP + FN = 0 then R := 0 (sklearn's zero_division=0), and F1 := 0 when P + R = 0; the form "
            "2TP/(2TP + FP + FN) handles F1 directly, with 0/0 mapped to 0. I cast inputs with np.asarray(..., "
            "dtype=bool). True negatives do not enter any of them. O(n) time, O(1) extra memory."
        ),
        "short": (
            "Count TP, FP and FN; precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2PR/(P+R), returning 0 "
            "whenever a denominator is zero."
        ),
    },
}
