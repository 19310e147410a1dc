"""Fresh answers written by helper fresh1 without reading the key points first (coding, LLM and
design questions): two strong answers per question in different voices and one short correct
answer. Each expert answer must reach 0.7 and each short answer must stay below both experts."""

from __future__ import annotations

import pytest

import rubric
from interviewer.grading.offline import OfflineGrader

FRESH = {
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
}

_RUBRIC = rubric.load_rubric()
_GRADER = OfflineGrader()


def _score(question_id: str, text: str) -> float:
    return _GRADER.grade_now(_RUBRIC.questions[question_id], text).score


# questions whose patterns are still being widened (empty when the work is done)
_PENDING: set[str] = set()


@pytest.mark.parametrize("question_id", sorted(set(FRESH) - _PENDING))

def test_fresh_experts_pass_and_short_answers_stay_below(question_id):
    answers = FRESH[question_id]
    plain = _score(question_id, answers["expert_plain"])
    technical = _score(question_id, answers["expert_technical"])
    short = _score(question_id, answers["short"])
    assert plain >= 0.7, (question_id, "expert_plain", round(plain, 3))
    assert technical >= 0.7, (question_id, "expert_technical", round(technical, 3))
    assert short < min(plain, technical), (question_id, "short", round(short, 3), round(plain, 3), round(technical, 3))
