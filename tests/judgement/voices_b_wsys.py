"""Fresh expert answers written by helper wsys (ML system design and case studies), from each
question's prompt alone, before reading its key points: per question a "second-language" voice (a
strong candidate whose English is a second language: simple grammar, dropped articles, agreement
slips, short sentences) and a "teacher" voice (explains to a junior colleague: an everyday analogy
first, then the mechanism, a small worked number, and a rule of thumb). Each must reach 0.7."""

from __future__ import annotations

EXPERTS = {
    "design_churn_analysis": [
        (
            "First I ask what mean churn for this business. Is it cancel the subscription, or stop using product "
            "for 30 days? We agree one definition with team, and the horizon, for example churn in next 60 days. "
            "Then I build training data as snapshots. For each customer at cutoff date, feature only use data "
            "before cutoff, like usage trend, tenure, support tickets and payment failure. Label come from window "
            "after cutoff. Otherwise there is leakage. Churn is rare, maybe 5 percent, so accuracy is useless; I "
            "look precision at top of list, PR AUC and calibration. Model is logistic regression baseline, then "
            "gradient boosting, and I split by time, train on old months, test on newer month. Every week batch "
            "job score all active customers and send ranked list with main reasons to retention team, who call "
            "them or give offer. I monitor drift of features and churn rate of list. Also I keep random control "
            "group with no offer and compare churn of two groups, because high risk is not same as we can save "
            "them; we want uplift. Tradeoff: simple model the team understand, or bit better black box."
        ),
        (
            "Think of a gym that wants to phone members before they quit. You can't phone everyone, so you need a "
            "short list, and you need to know who really counts as having quit. So step one is the definition: "
            "churn means, say, no renewal within 30 days of billing, and we predict it over the next 60 days. "
            "Step two is the data: we take a snapshot of each customer at a cutoff date, compute features only "
            "from history before the cutoff (usage trend, tenure, tickets, failed payments) and take the label "
            "from the window after it, so nothing from the future leaks in. Step three, the model: a logistic "
            "regression baseline, then gradient boosting, validated on a later month. With 4 percent churn, a "
            "model that says nobody churns is 96 percent accurate, so we judge precision at the top of the list, "
            "PR-AUC and calibration. Step four: a weekly batch job scores everyone and hands the retention team "
            "the top 500 with reasons. Step five: monitor drift, and keep a holdout group with no outreach to "
            "measure whether the calls actually save anyone. Rule of thumb: predict who you can save, not just "
            "who will leave, and trade accuracy for a model the team trusts."
        ),
    ],
    "design_demand_forecast": [
        (
            "First I clarify: forecast is for which granularity, product per store per week, and how much is "
            "horizon and lead time of supplier. Also what cost more, stockout or overstock, because this decide "
            "which quantile we forecast. Data is sales history, but sales is not demand: when shelf is empty, "
            "sales is zero but demand is not, so I correct censored sales for stockouts. As feature I use lags, "
            "rolling mean, seasonality, holidays, price and promotion. Model: one global gradient boosting model "
            "over all product and store, not million small models, because many item have sparse sales and global "
            "model share information. For new products use similar products or category level. I validate with "
            "backtest, rolling origin by time, never random split, and compare with seasonal naive baseline. "
            "Metric is WAPE or MASE, and pinball loss for quantiles. Every week batch job retrain or at least "
            "score, write forecast to replenishment system. I monitor forecast error per category and data drift, "
            "and alert when error jump. Tradeoff is accuracy against simplicity and explain to planners; also "
            "hierarchy, store forecast must add up to region."
        ),
        (
            "A forecast for replenishment is like a shopping list for the week: buying a bit too much of milk "
            "costs you some waste, running out costs you a lost sale and an angry customer. So first I ask about "
            "that asymmetry, the supplier lead time, and the granularity: every product, every store, weekly. The "
            "mechanism: take the sales history, but remember sales are not demand; on a day the shelf was empty "
            "you sold zero, so you correct those stockout days or you teach the model to under-forecast. Build "
            "features like lags, rolling averages, seasonality, holidays, price and promotions. Train one global "
            "model, gradient boosting, across all series, so a slow seller in one store borrows strength from the "
            "others; cold start products borrow from their category. Validate by backtesting on past weeks with a "
            "rolling time split, against a seasonal naive baseline, measured in WAPE. Worked number: if a "
            "stockout costs four times an overstock, you order at the 80th percentile, so forecast quantiles, not "
            "just the mean. Run it as a weekly batch that writes the quantile forecasts into the replenishment "
            "system, then monitor the error per category and drift, and alert when it jumps. Rule of thumb: beat "
            "the naive baseline before anything fancy."
        ),
    ],
    "design_feature_store": [
        (
            "First I ask which teams and models use features, what latency they need, and how fresh each feature "
            "must be. Problem is training serving skew: each team write feature code twice, in Python for "
            "training and in Java for serving, and they are different. Fix is one definition of feature, written "
            "once, and registry where all teams find and reuse it, with owner and version. Same code compute "
            "feature for both paths. Store have two parts: offline store, like warehouse or parquet, with full "
            "history for training, and online store, key value like Redis, with latest value for low latency "
            "serving. Batch or streaming job materialize feature into both. For training we need point in time "
            "correct join: for each label timestamp, take feature value as it was at that time, not later, "
            "otherwise leakage. For freshness, streaming features from Kafka for things like clicks last 5 "
            "minutes. I monitor skew: log features at serving and compare with offline value, also freshness and "
            "nulls. Tradeoffs: freshness cost more, streaming is complex; online store must be fast, few "
            "milliseconds; and we must do backfill when definition change, with new version, not overwrite. Also "
            "build or buy: I start with open source like Feast, because building our own cost a lot of "
            "engineering and migration."
        ),
        (
            "Imagine two kitchens cooking the same recipe from two handwritten copies: one says a pinch of salt, "
            "the other a spoon, and the dish tastes different in each. Training and serving are those two "
            "kitchens, and the difference is training serving skew. A feature store keeps one recipe. Each "
            "feature is defined once, in one place, versioned, with an owner, in a registry other teams can "
            "search and reuse. The same transformation then fills two stores: an offline store with the full "
            "history, in the warehouse, for building training sets, and an online store, a key value store like "
            "Redis, holding the latest value per entity for serving in a few milliseconds. A batch job or a "
            "stream writes both. The subtle part is point in time joins: if a label is from March 3rd, the "
            "training row must use the feature as it was on March 3rd, not today's value, or you leak the future. "
            "Then monitor: log served features and compare them with the offline ones, and watch freshness. "
            "Before building one in house, try an open source store like Feast; building your own costs months of "
            "engineering and a migration. Rule of thumb: pay for streaming only for features that need seconds of "
            "freshness; most are fine daily."
        ),
    ],
    "project_walkthrough": [
        (
            "I take project from my last job: predict late deliveries for logistic company. Problem first: "
            "business want to warn customer early, and the metric was fewer complaints, so I translate to predict "
            "delay more than one day, and we care recall at fixed precision. I start with simple baseline, rule "
            "by distance and carrier, then logistic regression, then gradient boosting. Each step I compare on "
            "same time split validation, train on old months, test on newest month, because random split leak "
            "future. Boosting give plus 8 points recall. I check errors by segment and find data leakage: one "
            "feature was written after delivery, so I remove it and score drop, which is correct. Then we ship "
            "with A/B test, half customers get warning; complaint go down 12 percent, significant. After launch I "
            "monitor drift and performance weekly. What I will do different: talk with operations earlier, and I "
            "learn that simple baseline and good validation matter more than fancy model. Tradeoff was "
            "interpretability against accuracy; we chose boosting with SHAP explanation."
        ),
        (
            "Let me treat it like a detective story, where every decision needs evidence. The project: a model to "
            "flag invoices likely to be paid late, for a finance team. First decision, what success means: they "
            "wanted fewer overdue days, so I framed it as predicting payment more than 30 days late, and agreed "
            "on precision in the top 10 percent flagged, because the team could only chase 200 invoices a week. "
            "The data was two years of invoices, about 300 thousand rows, and only 8 percent were paid late. "
            "Second, a baseline: the rule 'this customer paid late before' already got 40 percent precision, so "
            "any model had to beat that. Third, validation: a time based split, training on last year and testing "
            "on recent months, since a random split would leak the future. Gradient boosting reached 62 percent. "
            "An ablation showed one feature did suspiciously well; it was filled in after payment, a leak, so I "
            "dropped it. Fourth, the proof: an A/B test, where the chased group's overdue days fell by 9 percent. "
            "Then monitoring for drift. In hindsight I would talk to the users earlier. Rule of thumb: baseline "
            "first, honest split, and measure the business result, not only the offline metric."
        ),
    ],
    "research_ablation": [
        (
            "0.3 point is small, it can be only noise. First I run many seeds, five or ten, for my model and for "
            "baseline, and report mean and standard deviation or confidence interval; if difference is smaller "
            "than seed variance, it is not real. Also I use significance test, paired bootstrap on test examples. "
            "Second, I rerun baseline myself with same tuning budget; often published number is undertuned, so "
            "comparison unfair. Same hyperparameter search, same data, same compute, same number of parameters. "
            "Third, ablation: remove each new component one by one to see which one give the gain; if gain "
            "disappear with one change, that is the real contribution. Fourth, check test set was not used for "
            "model selection; I tune on validation only, and check contamination. Fifth, evaluate on other "
            "benchmarks and datasets, to show it generalize and not overfit this one benchmark. In paper I report "
            "all seeds, variance, compute budget, and release code so reviewer can reproduce."
        ),
        (
            "Think of weighing yourself: if the bathroom scale moves by 0.3 kilos, you don't know you lost weight "
            "until you weigh yourself a few times. Training is the same; change only the random seed and the "
            "score moves. So first, run five or more seeds of both my model and the baseline and report the mean "
            "with a standard deviation or a confidence interval. If the seeds spread by plus or minus 0.4, a 0.3 "
            "gain is inside the noise. Add a significance test, for example a paired bootstrap over test "
            "examples. Second, make the comparison fair: retune the baseline with the same hyperparameter budget, "
            "the same data, compute and parameter count, because published baselines are often undertuned. Third, "
            "ablations: remove each new component one at a time and see which one carries the gain. Fourth, "
            "hygiene: choose models on the validation set only, never the test set, and check for test leakage. "
            "Fifth, show it holds on other datasets and benchmarks. Then report all of it, with code. Rule of "
            "thumb: a gain smaller than the seed spread is not a result."
        ),
    ],
    "ten_x_budget": [
        (
            "First I not spend it immediately. I ask what is bottleneck now: is model limited by data, by size, "
            "or by compute? I look at scaling curve: train small models with different size and data, and see if "
            "loss still go down when we add compute. If curve is flat, more compute not help, better data help. "
            "My first spending usually is on data quality and more data, and on evaluation, because without good "
            "eval we cannot know if it work. Then scale model and data together, balanced, like Chinchilla say, "
            "not only model. I do not jump to bigger model before I see the curves. If more data stop helping, "
            "then I scale up model. Also some budget for hyperparameter sweep on small scale, then extrapolate. "
            "To know if it was right: I fix hypothesis before, for example 10x compute give 2 points on "
            "benchmark. I compare with baseline at same setup, on held out eval and with online A/B test for "
            "product metric. Also I compare cost: gain per dollar. If the gain is small, stop and move budget to "
            "other thing. Keep part of budget in reserve, do not spend everything at once."
        ),
        (
            "Suppose a restaurant suddenly gets ten times its food budget. Buying ten times more of everything is "
            "silly; first you find what limits the dishes, the ingredients, the chef or the oven. Same with "
            "training. First I find the bottleneck: are we limited by data, by model size, or by compute? The "
            "tool is a scaling study: train a few small models at different sizes and data amounts and plot loss "
            "against compute. If the curve is still going down, scale; if it is flat, more compute won't help and "
            "better data will. Spend first on the cheap, sure things: cleaner data, better evaluation, and "
            "hyperparameter sweeps at small scale that extrapolate. Resist the instinct to just train a bigger "
            "model first. If the data curve flattens, then spend on a larger model, growing model and data "
            "together. Worked number: if the curve predicts 10x compute buys a 2 point gain, I write that "
            "prediction down before the run. Then I check it against the baseline on a held out eval and in an "
            "online A/B test on the product metric, and compute gain per dollar. Rule of thumb: keep part of the "
            "budget in reserve and stop when the gain stops paying."
        ),
    ],
}
