"""Fresh expert answers written by helper vsys (ML system design and case studies), from each
question's prompt alone, before reading its key points: per question a "story" voice (a candidate
answering through a concrete case from their own work) and a "terse" voice (a senior who talks fast,
with pronouns, abbreviations, semicolons and dashes). Each must reach 0.7."""

from __future__ import annotations

EXPERTS = {
    "design_churn_analysis": [
        (
            "On our subscription product the first fight was the definition: the business meant a cancelled plan, but"
            " many people just stopped using it while still paying, so we agreed with the team that churn means no "
            "renewal within 30 days of the billing date, and we fixed a 90 day prediction horizon. Then we built the "
            "training set from snapshots: for each customer at a cutoff date, features computed only from data before"
            " the cutoff, such as usage trend, logins, support tickets and payment failures, and the label from the "
            "window after it, so there is no leakage. A gradient boosted model beat logistic regression, but churn "
            "was only 4 percent, so we judged it by precision at the top of the list and by calibration, not "
            "accuracy. Every Monday a batch job scores all active customers and sends the top few hundred, with the "
            "reasons behind each score, to the retention team, who call them. We monitor feature drift and the "
            "realised churn rate of the list, and we ran a holdout group that got no outreach, because the real "
            "question is whether the call changes anything: uplift, not just risk. The tradeoff was a simple "
            "interpretable model versus a slightly better black box; the team needed the reasons, so we kept it "
            "simple."
        ),
        (
            "Define churn first - cancellation vs going inactive; pick the horizon, say 60 days, and who acts on it. "
            "Build point-in-time snapshots: features only from before the cutoff, label from after - else leakage. "
            "Features: usage trends, tenure, plan, tickets, failed payments. Model: LR baseline, then GBM; it's "
            "imbalanced, so judge by PR-AUC, precision at top k, and calibration - not accuracy. Validate with a "
            "time-based split, train on old months, test on later ones. Serving: weekly batch scoring, ranked list to"
            " the CS team with top reasons per customer, capped at what they can actually call. Monitoring: feature "
            "drift, score distribution, realised churn of flagged users; retrain monthly. Keep a random control group"
            " with no outreach - risk isn't the same as persuadability; uplift modelling targets the ones the "
            "intervention moves. Tradeoff: interpretable model the team trusts vs a few points of AUC; and a longer "
            "horizon gives more time to act but noisier labels."
        ),
    ],
    "design_demand_forecast": [
        (
            "At a grocery chain I owned this: about 40 thousand products in 500 stores, forecast weekly, and the "
            "planners needed it by Sunday to place orders. First I asked how the forecast is used, what the lead time"
            " is, and what costs more, a stockout or waste, since that decides whether we want the median or a high "
            "quantile. A big catch was that sales are not demand: when a shelf was empty, sales were zero, so we "
            "treated stockout weeks as censored rather than as zero demand. We built features from lagged sales, "
            "rolling means, seasonality, holidays, price and promotions, and trained one global gradient boosted "
            "model across all series instead of a model per product, which helped the sparse long tail and new items,"
            " using a seasonal naive baseline to beat. We backtested with rolling origin splits by time, never "
            "random, and measured weighted MAPE and bias. The batch job ran weekly, wrote quantile forecasts per "
            "store and product to the replenishment system, and we monitored forecast error and bias by category, "
            "alerting on drift and retraining weekly. The tradeoff: per series models are simple and interpretable, a"
            " global model scales and shares patterns across products."
        ),
        (
            "Clarify: horizon - next week, lead time, granularity store x SKU, how it's used, and the cost of "
            "understock vs overstock - that picks the quantile. Data: sales history, price, promos, holidays, "
            "weather, store events; sales are censored by stockouts - treat those weeks as missing demand, not zero. "
            "Model: seasonal naive baseline; then one global GBM over all series with lag and rolling features - it "
            "shares strength across SKUs, handles the intermittent long tail and cold start better than per-series "
            "ARIMA. Validation: rolling-origin backtest on time splits, no shuffling; metrics WAPE, bias, pinball "
            "loss. Serving: weekly batch, quantile forecasts written to the replenishment system, hierarchy "
            "reconciled so store totals add up. Monitoring: error and bias by category, data drift, alert when a "
            "series blows up; retrain weekly. Tradeoffs: global model vs per-series - scale and accuracy vs "
            "interpretability; point forecast vs quantiles."
        ),
    ],
    "design_feature_store": [
        (
            "At my last company the fraud and the recommendations teams each computed the same 'transactions in the "
            "last 7 days' feature differently, and the model scored fine offline but dropped in production: classic "
            "training-serving skew. First we asked who consumes features, at what latency, and how fresh they must "
            "be. The fix was one feature definition, written once, registered with an owner and version, and computed"
            " by the same code for both paths. A batch pipeline computes features into an offline store, a warehouse "
            "with full history, and materialises the latest values into an online store, a key-value store like "
            "Redis, for low latency lookups at serving; streaming features update the online store directly. For "
            "training we used point-in-time joins, so each label only sees feature values as of its timestamp, which "
            "stopped leakage. We monitored freshness, null rates, and the distribution of online values against "
            "offline ones, logging served features to detect skew. The tradeoff was freshness against cost: streaming"
            " features are expensive, so only a few features were real time; the rest were daily batch. And we "
            "started from open source Feast rather than building our own, which saved engineering time; the cost was "
            "migrating every team onto it."
        ),
        (
            "Root cause is two code paths - one for training, one for serving - so they drift; that's train-serve "
            "skew. Clarify who consumes it, what online latency they need, how fresh each feature must be. Design: "
            "one definition per feature in a registry - owner, version, docs - and one transformation that feeds "
            "both. Offline store: warehouse, full history, for training; point-in-time correct joins so a label at "
            "time t only sees values as of t - no leakage. Online store: KV like Redis or DynamoDB with latest "
            "values, millisecond reads at serving. Batch jobs materialise offline to online; streaming features via "
            "Kafka/Flink update online directly. Monitoring: freshness and lag, nulls, online vs offline "
            "distributions - log served features and compare to detect skew. Tradeoffs: streaming is fresher but "
            "costs more and is harder to backfill; batch is cheap but stale. Build vs buy: start with Feast or a "
            "managed store - building your own costs eng time, and teams must migrate."
        ),
    ],
    "project_walkthrough": [
        (
            "I built a model that predicts which support tickets will escalate. The problem came from the support "
            "lead: escalations were costly and came late, so we agreed the goal was fewer escalations, and the metric"
            " was recall at a fixed number of flagged tickets per day, since agents can only review so many. The data"
            " was two years of tickets; I found the label was leaky, because an escalation tag was sometimes added to"
            " the text before the ticket was closed, so I cut the text at the first hour. I started with a simple "
            "baseline, keyword rules and then logistic regression on TF-IDF, and only then tried a fine-tuned "
            "transformer, which won by six points of recall, enough to justify its cost. I evaluated on a time-based "
            "split and did error analysis by product area, which showed billing tickets were weak. Then an A/B test "
            "with agents: escalations fell 12 percent. Looking back, I would have talked to agents earlier and "
            "checked label quality first; the biggest gains came from fixing data, not from the model."
        ),
        (
            "Project: ranking for a marketplace search. Problem - conversion was flat; the goal was to raise "
            "purchases per search; offline metric NDCG@10, online metric conversion, guardrail latency. Data - click "
            "logs, but they're position-biased, so I used inverse propensity weighting and built the labels from "
            "purchases plus clicks. Baseline first: BM25 plus popularity; then I went with LambdaMART over a neural "
            "ranker because GBDT trains fast on tabular features - it beat the baseline by 4% NDCG. Every choice "
            "checked against a held-out time split, plus ablations of each feature group. Error analysis - long-tail "
            "queries were the weakness. Shipped behind an A/B test: +2.1% conversion, significant, no latency "
            "regression. What I'd do differently: instrument logging earlier, and agree on the launch criteria before"
            " the test, not after; also I learned offline gains overstate online ones."
        ),
    ],
    "ten_x_budget": [
        (
            "When that happened to us on a language model project, the tempting thing was to train one ten times "
            "bigger model. Instead I first asked where the bottleneck was: we ran a small scaling study, training "
            "several model sizes and data sizes at a fraction of the budget and fitting a scaling curve of loss "
            "against compute, which told us we were data limited, not model limited. So the first spend went on more "
            "and cleaner data and a modestly bigger model, following the compute optimal ratio. We kept part of the "
            "budget for seeds and ablations, because one big run tells you nothing about variance. To check it was "
            "right we fixed the evaluation before spending: a held-out set and the downstream metric the product "
            "cared about, compared against the old model and against the extrapolation of the curve. Had the data "
            "curve flattened, we would have put the money into a bigger model instead. The gain matched the "
            "prediction, so we committed the rest; had it fallen short, we would have stopped early. The tradeoff is "
            "speed: the small runs cost two weeks, but they saved a wasted big run."
        ),
        (
            "Tempting to scale everything 10x - resist it. First diagnose the bottleneck - data, model size, or "
            "compute per experiment. Cheapest check: run small sweeps at a few sizes, fit a scaling law of loss vs "
            "compute, params, tokens and extrapolate it; it tells you where the marginal dollar buys most. Often it's"
            " data - more or cleaner, better labels - not params; if the data curve flattens, then scale the model. "
            "Reserve budget for HP tuning at the new scale and multiple seeds; LR and batch size don't transfer for "
            "free. Decide the metric and success criterion up front, held-out eval and the downstream task - then "
            "compare to baseline and to the predicted gain. Spend incrementally: 2-3x first, check the curve holds, "
            "then commit the rest; if the gain's below the extrapolation, stop and rethink. Tradeoff: many small "
            "experiments vs one big run - breadth vs risk."
        ),
    ],
    "research_ablation": [
        (
            "I had exactly this on a summarisation paper: we beat the baseline by about half a point of ROUGE. First "
            "I reran both our model and the baseline with five random seeds and looked at the spread; the seed to "
            "seed standard deviation was 0.4, so a single run meant nothing. I reported mean and standard deviation, "
            "and a paired bootstrap test for significance. Then fairness: I reproduced the baseline myself in the "
            "same codebase, with the same data, preprocessing and tokeniser, and gave it the same hyperparameter "
            "tuning budget and compute as ours, since the published number was under-tuned. I matched parameter count"
            " too. Then ablations: remove each new component one at a time to see which one carries the gain, and "
            "checked it on a second dataset. Only the attention change survived; the rest was noise. We also checked "
            "for test set contamination and made sure we never tuned on the test split. In the end the claim we wrote"
            " was smaller and honest: a gain of 0.3 with confidence intervals, from one component."
        ),
        (
            "0.3 points is likely inside seed noise - so: multiple seeds, 5+, for both; report mean +- std and CIs; "
            "significance test, paired bootstrap. Fair comparison: rerun the baseline in my own pipeline - same data,"
            " splits, preprocessing, eval script - and give it an equal HP search budget; match params and FLOPs, "
            "else it's just a bigger model. Never tune on the test set - select on validation. Ablations: remove one "
            "component at a time, show which one gives the gain. Check it generalises - a second benchmark or "
            "dataset. Conclusion: claim only what survives - an effect size with error bars; if the interval overlaps"
            " zero, it's not a result."
        ),
    ],
    "design_video_recommendations": [
        (
            "On a short-video app I worked on, the goal we agreed with product was long-term retention, not clicks, "
            "so the objective became expected watch time plus likes and shares, for about 50 million daily users and "
            "a 200 ms budget. The pipeline: logs of impressions, watches and skips became labels, joined with user "
            "and video features. Serving was a funnel: when the app opens, candidate generation pulls a few thousand "
            "videos from a two-tower embedding model trained on watch history, with approximate nearest neighbour "
            "search; a heavier ranking model trained on those labels and features scores a few hundred in about 50 "
            "ms; then a re-ranking step adds diversity and freshness. New videos got an exploration slot, which "
            "solved cold start. We retrained daily, monitored watch time, feature drift and latency, and tested every"
            " change with an A/B test. One tradeoff: the two towers are fast because user and video only meet in a "
            "dot product, which costs recall, so the ranker recovers quality on the small set. Another was engagement"
            " against diversity: watch time alone narrowed the feed into a filter bubble."
        ),
        (
            "Goal first: optimise long-term engagement - watch time, retention - not raw CTR, which rewards "
            "clickbait, at a scale of tens of millions of DAU and 200 ms p99. Data: impressions, watches, skips, "
            "likes from logs; labels like watched > 50%. Two stages: candidate generation uses a two-tower model "
            "trained on watch logs, with ANN over item embeddings - it cuts millions to ~1000 in ~20 ms; ranking is a"
            " multi-task DNN predicting watch time, like, share, trained on those labels - it scores those in ~80 ms;"
            " then re-rank for diversity, freshness, dedup. Cold start: content embeddings plus an explore budget for"
            " new videos. We monitor feature drift and check that online A/B results track offline ones; retrain "
            "daily. Tradeoffs: two-tower trades recall for speed - user and item only meet in a dot product - and the"
            " ranker recovers quality on the few hundred; explore vs exploit."
        ),
    ],
    "design_fraud_detection": [
        (
            "I built this for a card issuer. Fraud was about 0.1 percent of transactions, so the first thing was the "
            "cost: a missed fraud costs the amount, a false decline costs a customer, which set the threshold. Labels"
            " came from chargebacks, which arrive weeks later, so training data lagged, and we had to wait before a "
            "month's labels were complete. Features were velocity counts, like transactions in the last hour per "
            "card, amount versus the card's usual spend, merchant risk, device and location; the counts lived in an "
            "online store updated by streaming so the same values served both training and scoring. When a payment "
            "happens, the authorisation calls our service, which fetches features and scores with a gradient boosted "
            "model within about 50 milliseconds, and rules plus the score decide approve, step-up or decline. We "
            "evaluated with precision and recall at the operating point, not accuracy, on a time split. Fraudsters "
            "adapt, so we monitored score drift and fraud rates daily, retrained weekly, and sent a sample to "
            "analysts to get fast labels. The tradeoff was catching fraud against friction for good customers."
        ),
        (
            "Clarify: fraud rate - ~0.1%, so heavily imbalanced; cost of a miss vs a false decline; latency budget - "
            "it's inline with authorisation, so tens of ms. Labels: chargebacks and analyst confirmations - delayed "
            "by weeks, so label maturity matters. Features: velocity - txns per card in 1h/24h, amount vs the card's "
            "history, merchant, device, geo distance; computed in streaming, same code offline and online. Model: "
            "GBDT, class weights or downsampling; evaluate with PR-AUC and recall at a fixed FPR, on an out-of-time "
            "split. Serving: payment arrives, fetch features from the online store, score in < 50 ms, threshold plus "
            "rules -> approve, challenge, decline. Monitoring: score distribution, alert rates, drift; fraudsters "
            "adapt, so it's adversarial - retrain often, analyst feedback loop. Tradeoff: recall vs false positives -"
            " declines annoy real customers."
        ),
    ],
    "design_content_moderation": [
        (
            "At a forum company we started by asking what the policy actually was: which categories, hate, spam, "
            "harassment, self-harm, since one post can break several rules at once, and what a wrong decision costs "
            "each way; we also had several languages and about a million posts a day, and we had to decide whether to"
            " check synchronously before a post goes live or scan after publishing. Training data came from moderator"
            " decisions and an annotation team with clear guidelines; labels disagreed a lot, so we measured "
            "agreement. We fine-tuned a multilingual transformer, multi-label, one head per category, with class "
            "weights because threats were a tiny fraction of posts. When a post is submitted, it is scored in real "
            "time; above a high threshold it is removed automatically, in the uncertain middle it goes to a human "
            "review queue, below it is published. Where those thresholds sit was the policy team's decision: we "
            "showed them the precision-recall curve per category and they chose. People evade filters with "
            "misspellings and new slang, so we monitored precision and recall on fresh samples and retrained often. "
            "The tradeoff is precision against recall, and automation against reviewer cost."
        ),
        (
            "First: the policy - categories, severity, languages, volume, the cost of a false positive vs a false "
            "negative; a post can break several policies, so it's multi-label. Ask whether it blocks synchronously at"
            " post time or scans async after publishing. Data: moderator decisions plus annotated samples; measure "
            "inter-annotator agreement. Model: fine-tune a multilingual transformer; rare classes, so oversample or "
            "use class weights. Serving: on submit, score sync in ~100 ms - high confidence -> auto-remove, grey zone"
            " -> human review queue, low -> publish. Thresholds are a policy call - ML shows the precision-recall "
            "curve, the policy team sets them. Monitoring: precision and recall on fresh audited samples, appeal "
            "rates, drift - it's adversarial, users adapt with leetspeak and new slang; retrain on reviewer labels. "
            "Tradeoffs: recall vs over-removal; automation vs review cost."
        ),
    ],
    "design_search_ranking": [
        (
            "At an e-commerce company the goal we set was purchases per search, with revenue and zero-result rate as "
            "guardrails. A query first goes through retrieval: BM25 on the product text plus an embedding retriever "
            "for paraphrases, giving about a thousand candidates in tens of milliseconds. Then a learning-to-rank "
            "model, LambdaMART, reorders the top few hundred using query-product relevance, price, popularity, "
            "personal signals. The labels came from click and purchase logs, but clicks are position biased, so we "
            "weighted by inverse propensity and added some human relevance judgments. Offline we compared with NDCG "
            "on held-out queries, but we only believed a new ranker after an online A/B test showed more purchases "
            "per search; we also used interleaving, which needs less traffic. We monitored latency, click-through and"
            " zero-result queries, and retrained weekly. The tradeoff was a heavier cross-encoder on top, better "
            "relevance but too slow for the latency budget, so we kept it for the top twenty only."
        ),
    ],
    "design_ad_bidding": [
        (
            "On an ad platform I worked on, the model predicted the probability of a click, and a second model the "
            "probability of a conversion given a click, for each ad and impression. The bid came from expected value:"
            " the advertiser's value per conversion times pCTR times pCVR, scaled by a pacing factor so the daily "
            "budget lasted the day. Calibration mattered more than ranking, because the predicted probability turns "
            "directly into money, so we checked it and recalibrated with isotonic regression. Training data was "
            "billions of impressions from logs, a logistic regression with feature crosses at first, later a deep "
            "model, with negatives downsampled and then corrected. Everything had to run in about 10 ms per auction. "
            "For new ads we reserved a small share of traffic for exploration, boosting their estimates by an upper "
            "confidence bound until they had data. We monitored calibration, spend, and win rate daily. The tradeoff "
            "was exploration cost against learning about new ads."
        ),
    ],
    "design_llm_serving": [
        (
            "We built this for an internal assistant on a 70B open-weight model with about three thousand concurrent "
            "users. First we asked about latency targets, time to first token and tokens per second, for that many "
            "users, and the context lengths. We served it with vLLM for continuous batching, with tensor parallelism "
            "across A100s, because the weights did not fit on one. The memory that really limited us was the KV "
            "cache, which grows with context length and batch size, so paged attention mattered most. Bigger batches "
            "gave more throughput and lower cost per token, but each user waited longer, so we capped the batch to "
            "hold latency. We quantised the weights to 8 bits, and streamed tokens to the UI. A gateway handled auth,"
            " rate limits and queueing, and an autoscaler added replicas by queue depth. Every new model or prompt "
            "version had to pass our evaluation suite before promotion, and we could roll back. We monitored time to "
            "first token, p95 latency and GPU utilisation, and reviewed sampled outputs for quality and safety. The "
            "tradeoff was a bigger model against cost; a smaller model with retrieval was enough for most questions."
        ),
        (
            "Clarify the targets: latency as TTFT and tokens/s, for how many concurrent users, at what prompt and "
            "output lengths; plus GPU budget. A few thousand concurrent users means batching is everything. Engine: "
            "vLLM or TGI - continuous batching, paged attention for the KV cache; it's KV memory, not weights, that "
            "caps concurrency - it grows with batch x context. 70B in FP16 is 140 GB, so tensor parallel over 2-4 "
            "GPUs, or quantise to INT8 to fit. Stream tokens; prefix caching for the shared system prompt. Gateway: "
            "auth, per-user rate limits, a queue, autoscale on queue depth. Releases: each model or prompt version "
            "passes an eval suite before it's promoted, with rollback. We monitor TTFT, p95 latency and GPU "
            "utilisation, and review sampled outputs for quality and safety. Tradeoffs: bigger batches raise "
            "throughput and cut cost per token but slow each user's latency; quality vs cost - bigger model or a "
            "quantised smaller one."
        ),
    ],
    "design_job_matching": [
        (
            "At a hiring platform, we treated it as a two-sided market: a good match needs the seeker to apply and "
            "the recruiter to respond, so the target was a mutual outcome, an interview, not just a click. We had "
            "profiles, postings and the history of views, applies and recruiter replies. Retrieval used embeddings of"
            " skills, titles and locations for both sides, plus hard filters like location and work authorisation. A "
            "ranking model then predicted both the probability the seeker applies and the probability the recruiter "
            "answers, and we ranked by their product. We also had to avoid congestion: popular jobs drowned in "
            "applications, so we spread exposure across postings. New postings got a cold start boost based on "
            "content. Fairness mattered legally, so we audited outcomes across gender and age and kept protected "
            "attributes out of features. We monitored interview rates, response rates and drift, with A/B tests. The "
            "tradeoff was relevance for one side against the other side's interest."
        ),
    ],
    "offline_online_gap": [
        (
            "We had this on a feed ranker: NDCG up three points offline, flat in the test. First I verified the test "
            "itself: the treatment really served the new model, logging was fine, the sample was large enough to "
            "detect the expected effect. Then the metric mismatch: our offline metric rewarded clicks on logged data,"
            " but the business metric was long-term sessions; a ranker can win clicks and not move what the business "
            "wants. The logged data was also biased by the old model, which chose what users saw, so offline "
            "evaluation could only judge items the old model had shown. Then skew: we compared the features at "
            "serving with the training ones and found one feature was stale in production, a daily batch instead of "
            "real time. Fixing it gave part of the gain. We decided to keep the old model, fix the skew, and switch "
            "our offline metric to one that correlated better with online results, checked across past experiments."
        ),
        (
            "Verify first: is the test healthy - right model served, randomisation OK, SRM check, enough power for "
            "the effect size you expect? Then metric mismatch: offline NDCG or AUC on logged clicks isn't the online "
            "goal - sessions, revenue; proxy vs target. Feedback loop: logs come from the old ranker, so offline eval"
            " is biased towards it - counterfactual, off-policy eval with IPS helps. Skew: train-serve feature "
            "mismatch, stale or missing features online, a latency timeout falling back to defaults - log served "
            "features and diff. Also: saturation - better ranking below the fold changes nothing users see; novelty "
            "effects. Decide: don't ship on offline wins; fix skew, rerun the test; recalibrate which offline metric "
            "tracks online outcomes across past launches."
        ),
    ],
    "ab_test_readout": [
        (
            "I had almost this exact readout on a recommendations model. I first checked the test was valid: the "
            "split was balanced, no sample ratio mismatch, it ran the planned two weeks, and nobody peeked and "
            "stopped early. Then the evidence: p of 0.08 is not significant at the usual 0.05, and the confidence "
            "interval for the 1.5 percent lift went from slightly negative to about three percent, so the true effect"
            " could be zero. The latency was the bigger worry: 40 ms at p95 is a guardrail, and from past tests we "
            "knew extra latency costs conversion itself. I told the PM: don't ship yet. The lift looks promising but "
            "is not proven, and the latency regression is real. My recommendation was to cut the latency first, for "
            "example by distilling the model or caching, then rerun the test with enough power to detect a lift of "
            "that size, which meant a longer run."
        ),
    ],
    "latency_regression": [
        (
            "After one release our p99 went from 80 to 160 ms while the median stayed flat, so the slowness hit only "
            "a small share of requests. First I scoped it: which endpoints, which hosts, since when, and did it line "
            "up exactly with the release. Then I isolated it with traces: I compared slow and fast requests and found"
            " the slow ones had long inputs, because the release had raised the maximum sequence length, and they "
            "also paid for garbage collection pauses. A flame graph of the slow path confirmed it. The fix was to "
            "roll back first to stop the bleeding, then cap the input length, bucket requests by length so long ones "
            "did not hold up the batch, and tune the GC. To prevent it, we added a load test with a realistic tail of"
            " input sizes to CI, and alerts on p99, not just the average."
        ),
    ],
}
