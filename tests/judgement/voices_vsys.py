"""Fresh expert answers written by helper vsys (ML system design and case studies), from each
question's prompt alone, before reading its key points: per question a "story" voice (a candidate
answering through a concrete case from their own work) and a "terse" voice (a senior who talks fast,
with pronouns, abbreviations, semicolons and dashes). Each must reach 0.7."""

from __future__ import annotations

EXPERTS = {
    "design_churn_analysis": [
        (
            "On our subscription product the first fight was the definition: the business meant a cancelled "
            "plan, but many people just stopped using it while still paying, so we agreed with the team that churn "
            "means no renewal within 30 days of the billing date, and we fixed a 90 day prediction horizon. "
            "Then we built the training set from snapshots: for each customer at a cutoff date, features computed only "
            "from data before the cutoff, such as usage trend, logins, support tickets and payment failures, and the label "
            "from the window after it, so there is no leakage. A gradient boosted model beat logistic regression, "
            "but churn was only 4 percent, so we judged it by precision at the top of the list and by calibration, "
            "not accuracy. Every Monday a batch job scores all active customers and sends the top few hundred, with "
            "the reasons behind each score, to the retention team, who call them. We monitor feature drift and the realised "
            "churn rate of the list, and we ran a holdout group that got no outreach, because the real question is "
            "whether the call changes anything: uplift, not just risk. The tradeoff was a simple interpretable model "
            "versus a slightly better black box; the team needed the reasons, so we kept it simple."
        ),
        (
            "Define churn first - cancellation vs going inactive; pick the horizon, say 60 days, and who acts on it. "
            "Build point-in-time snapshots: features only from before the cutoff, label from after - else leakage. "
            "Features: usage trends, tenure, plan, tickets, failed payments. Model: LR baseline, then GBM; it's "
            "imbalanced, so judge by PR-AUC, precision at top k, and calibration - not accuracy. Validate with a "
            "time-based split, train on old months, test on later ones. Serving: weekly batch scoring, ranked list to "
            "the CS team with top reasons per customer, capped at what they can actually call. Monitoring: feature "
            "drift, score distribution, realised churn of flagged users; retrain monthly. Keep a random control group "
            "with no outreach - risk isn't the same as persuadability; uplift modelling targets the ones the "
            "intervention moves. Tradeoff: interpretable model the team trusts vs a few points of AUC; and a "
            "longer horizon gives more time to act but noisier labels."
        ),
    ],
    "design_demand_forecast": [
        (
            "At a grocery chain I owned this: about 40 thousand products in 500 stores, forecast weekly, and the "
            "planners needed it by Sunday to place orders. First I asked how the forecast is used, what the lead "
            "time is, and what costs more, a stockout or waste, since that decides whether we want the median or a "
            "high quantile. A big catch was that sales are not demand: when a shelf was empty, sales were zero, so we "
            "treated stockout weeks as censored rather than as zero demand. We built features from lagged sales, "
            "rolling means, seasonality, holidays, price and promotions, and trained one global gradient boosted model "
            "across all series instead of a model per product, which helped the sparse long tail and new items, "
            "using a seasonal naive baseline to beat. We backtested with rolling origin splits by time, never random, "
            "and measured weighted MAPE and bias. The batch job ran weekly, wrote quantile forecasts per store and "
            "product to the replenishment system, and we monitored forecast error and bias by category, alerting on "
            "drift and retraining weekly. The tradeoff: per series models are simple and interpretable, a global model "
            "scales and shares patterns across products."
        ),
        (
            "Clarify: horizon - next week, lead time, granularity store x SKU, how it's used, and the cost of "
            "understock vs overstock - that picks the quantile. Data: sales history, price, promos, holidays, "
            "weather, store events; sales are censored by stockouts - treat those weeks as missing demand, not zero. "
            "Model: seasonal naive baseline; then one global GBM over all series with lag and rolling features - "
            "it shares strength across SKUs, handles the intermittent long tail and cold start better than per-series "
            "ARIMA. Validation: rolling-origin backtest on time splits, no shuffling; metrics WAPE, bias, pinball loss. "
            "Serving: weekly batch, quantile forecasts written to the replenishment system, hierarchy reconciled so "
            "store totals add up. Monitoring: error and bias by category, data drift, alert when a series blows up; "
            "retrain weekly. Tradeoffs: global model vs per-series - scale and accuracy vs interpretability; point "
            "forecast vs quantiles."
        ),
    ],
    "design_feature_store": [
        (
            "At my last company the fraud and the recommendations teams each computed the same 'transactions in the "
            "last 7 days' feature differently, and the model scored fine offline but dropped in production: classic "
            "training-serving skew. First we asked who consumes features, at what latency, and how fresh they must be. "
            "The fix was one feature definition, written once, registered with an owner and version, and computed by "
            "the same code for both paths. A batch pipeline computes features into an offline store, a warehouse with "
            "full history, and materialises the latest values into an online store, a key-value store like Redis, for "
            "low latency lookups at serving; streaming features update the online store directly. For training we "
            "used point-in-time joins, so each label only sees feature values as of its timestamp, which stopped "
            "leakage. We monitored freshness, null rates, and the distribution of online values against offline "
            "ones, logging served features to detect skew. The tradeoff was freshness against cost: streaming "
            "features are expensive, so only a few features were real time; the rest were daily batch. And "
            "we started from open source Feast rather than building our own, which saved engineering time; the "
            "cost was migrating every team onto it."
        ),
        (
            "Root cause is two code paths - one for training, one for serving - so they drift; that's "
            "train-serve skew. Clarify who consumes it, what online latency they need, how fresh each feature must be. Design: "
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
            "lead: escalations were costly and came late, so we agreed the goal was fewer escalations, and the "
            "metric was recall at a fixed number of flagged tickets per day, since agents can only review so many. "
            "The data was two years of tickets; I found the label was leaky, because an escalation tag was sometimes "
            "added to the text before the ticket was closed, so I cut the text at the first hour. I started with a "
            "simple baseline, keyword rules and then logistic regression on TF-IDF, and only then tried a fine-tuned "
            "transformer, which won by six points of recall, enough to justify its cost. I evaluated on a time-based "
            "split and did error analysis by product area, which showed billing tickets were weak. Then an A/B test "
            "with agents: escalations fell 12 percent. Looking back, I would have talked to agents earlier and "
            "checked label quality first; the biggest gains came from fixing data, not from the model."
        ),
        (
            "Project: ranking for a marketplace search. Problem - conversion was flat; the goal was to raise "
            "purchases per search; offline metric NDCG@10, online metric conversion, guardrail latency. Data - click logs, but "
            "they're position-biased, so I used inverse propensity weighting and built the labels from purchases plus "
            "clicks. Baseline first: BM25 plus popularity; then I went with LambdaMART over a neural ranker because "
            "GBDT trains fast on tabular features - it beat the baseline by 4% NDCG. Every "
            "choice checked against a held-out time split, plus ablations of each feature group. Error analysis - "
            "long-tail queries were the weakness. Shipped behind an A/B test: +2.1% conversion, significant, no "
            "latency regression. What I'd do differently: instrument logging earlier, and agree on the launch "
            "criteria before the test, not after; also I learned offline gains overstate online ones."
        ),
    ],
    "ten_x_budget": [
        (
            "When that happened to us on a language model project, the tempting thing was to train one ten times "
            "bigger model. Instead I first asked where the bottleneck was: we ran a small scaling study, training "
            "several model sizes and data sizes at a fraction of the budget and fitting a scaling curve of loss "
            "against compute, which told us we were data limited, not model limited. So the first spend went on "
            "more and cleaner data and a modestly bigger model, following the compute optimal ratio. We kept part of "
            "the budget for seeds and ablations, because one big run tells you nothing about variance. To check it "
            "was right we fixed the evaluation before spending: a held-out set and the downstream metric the product "
            "cared about, compared against the old model and against the extrapolation of the curve. Had the data curve flattened, we "
            "would have put the money into a bigger model instead. The gain matched "
            "the prediction, so we committed the rest; had it fallen short, we would have stopped early. The "
            "tradeoff is speed: the small runs cost two weeks, but they saved a wasted big run."
        ),
        (
            "Tempting to scale everything 10x - resist it. First diagnose the bottleneck - data, model size, or compute per "
            "experiment. Cheapest check: run small sweeps at a few sizes, fit a scaling law of loss vs compute, "
            "params, tokens and extrapolate it; it tells you where the marginal dollar buys most. Often it's data - more or cleaner, "
            "better labels - not params; if the data curve flattens, then scale the model. Reserve budget for HP tuning at the new scale and multiple seeds; LR and "
            "batch size don't transfer for free. Decide the metric and success criterion up front, held-out eval and "
            "the downstream task - then compare to baseline and to the predicted gain. Spend incrementally: 2-3x "
            "first, check the curve holds, then commit the rest; if the gain's below the extrapolation, stop and "
            "rethink. Tradeoff: many small experiments vs one big run - breadth vs risk."
        ),
    ],
    "research_ablation": [
        (
            "I had exactly this on a summarisation paper: we beat the baseline by about half a point of ROUGE. "
            "First I reran both our model and the baseline with five random seeds and looked at the spread; the "
            "seed to seed standard deviation was 0.4, so a single run meant nothing. I reported mean and standard "
            "deviation, and a paired bootstrap test for significance. Then fairness: I reproduced the baseline "
            "myself in the same codebase, with the same data, preprocessing and tokeniser, and gave it the same "
            "hyperparameter tuning budget and compute as ours, since the published number was under-tuned. I "
            "matched parameter count too. Then ablations: remove each new component one at a time to see which "
            "one carries the gain, and checked it on a second dataset. Only the attention change survived; the "
            "rest was noise. We also checked for test set contamination and made sure we never tuned on the test "
            "split. In the end the claim we wrote was smaller and honest: a gain of 0.3 with confidence intervals, "
            "from one component."
        ),
        (
            "0.3 points is likely inside seed noise - so: multiple seeds, 5+, for both; report mean +- std and "
            "CIs; significance test, paired bootstrap. Fair comparison: rerun the baseline in my own pipeline - same "
            "data, splits, preprocessing, eval script - and give it an equal HP search budget; match params and "
            "FLOPs, else it's just a bigger model. Never tune on the test set - select on validation. Ablations: "
            "remove one component at a time, show which one gives the gain. Check it generalises - a second "
            "benchmark or dataset. Conclusion: claim only what survives - an effect size with error bars; if the "
            "interval overlaps zero, it's not a result."
        ),
    ],
}
