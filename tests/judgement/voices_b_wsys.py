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
    "design_video_recommendations": [
        (
            "First I ask what is business goal: watch time, retention, or daily active users, and what is scale, "
            "how many users and videos. I will optimize long-term engagement like watch time and return next day, "
            "not only clicks, because clicks alone push clickbait. Data is logs of impressions, clicks, watch "
            "time, likes, skips. System has two stages. First candidate generation: two tower model trained on "
            "watch history embed user and videos, approximate nearest neighbour search retrieve few hundred "
            "candidates from millions in few milliseconds. Second ranking: bigger model, gradient boosting or "
            "deep network, score each candidate with many features and predict watch time and like probability. "
            "Then re-ranking for diversity and freshness, and filter already watched. In the 200 ms: app call "
            "service, fetch user features from online store, retrieve, rank, return top 20. For new videos we "
            "need cold start, some exploration. I monitor online metric with A/B test, and drift, and retrain "
            "daily. Tradeoff: bigger ranking model is more accurate but more latency, so we rank only few "
            "hundred."
        ),
        (
            "Think of a bookshop clerk: they can't read you every book, so they grab a shelf of likely ones, then "
            "pick the best five. A home feed works the same way. First, the goal: ask whether we optimise watch "
            "time, retention or something else, and how many users and videos we have, because clicks alone "
            "reward clickbait. The data is the logged impressions, watches, likes and skips. Then two stages. "
            "Candidate generation uses a two tower model trained on the watch logs: user and video embeddings, "
            "with approximate nearest neighbour search pulling about 500 candidates out of 10 million videos in "
            "under 20 milliseconds. The ranker, a heavier deep model with rich features, scores those 500 for "
            "expected watch time. A re-ranking step adds diversity and freshness and removes videos already seen. "
            "So the 200 ms budget goes roughly: feature lookup from the online store, retrieval, ranking, "
            "re-rank, return. New videos get an exploration slot so they can collect data. We retrain daily, "
            "monitor drift, and judge changes by A/B tests on watch time and retention. Rule of thumb: the heavy "
            "model only sees a few hundred items; accuracy is traded against latency."
        ),
    ],
    "design_fraud_detection": [
        (
            "First I clarify: what is cost of missed fraud compared with blocking good customer, and what latency "
            "we have, usually under 100 ms when payment happen. Fraud is very rare, like 0.1 percent, so data is "
            "very imbalanced. Labels come from chargebacks, and they arrive late, weeks after, so label is "
            "delayed and also noisy. Features: amount, merchant, country, device, and velocity features like how "
            "many transactions this card make in last hour, computed by streaming. Model is gradient boosting, "
            "trained with time based split, and I measure precision and recall at threshold, or PR AUC, not "
            "accuracy. When payment happen, service look up features from online store, model give score, and "
            "threshold decide approve, block or send to manual review or step up authentication. Rules engine "
            "stay next to model. Fraudsters adapt, so I monitor drift and fraud rate, and retrain often. "
            "Tradeoff: lower threshold catch more fraud but block more good customers, which is lost money also."
        ),
        (
            "Picture an airport security line: you can't search everyone, and a guard who stops every tenth "
            "traveller makes everybody miss their flight. Fraud scoring is that trade. First I ask what a missed "
            "fraud costs versus a blocked good customer, and the latency budget, typically under 100 milliseconds "
            "at authorisation. The data: past transactions with labels from chargebacks, which arrive weeks late, "
            "and fraud is maybe 1 in 1,000, so it is heavily imbalanced. Good features are velocity counts, like "
            "transactions on this card in the last hour, computed by a streaming job, plus amount, merchant and "
            "device. Train gradient boosting on a time based split and judge it by precision and recall, not "
            "accuracy, since predicting no fraud is 99.9 percent accurate. At payment time the service reads "
            "features from an online store, scores, and a threshold maps the score to approve, decline, or step "
            "up verification, with manual review for the grey zone. Fraudsters adapt, so we monitor drift, the "
            "catch rate and the false decline rate, and retrain often. A stricter threshold catches more fraud "
            "but adds friction for good customers. Rule of thumb: set the threshold from the dollar cost of each "
            "error, not at 0.5."
        ),
    ],
    "design_content_moderation": [
        (
            "First I need to know the policy: which categories we remove, like hate, harassment, spam, and what "
            "is definition of each one. One post can have more than one label, so it is multi label. Also "
            "languages, volume of posts, and latency, and what cost more, false positive that remove good post, "
            "or false negative. For training, we need labelled data from human reviewers with clear guideline, "
            "and measure agreement between annotators, because labels are subjective. Harmful content is rare, so "
            "imbalanced; I use active learning to find more positive examples. Model: fine-tune multilingual "
            "transformer with class weights for rare class, one head per category, maybe small fast model first. "
            "When post is submitted, model score it in few milliseconds; if score very high we remove "
            "automatically, if uncertain we send to human review queue, if low we publish. Reviewer decisions "
            "come back as new labels. I monitor precision and recall per category and per language, and appeals. "
            "Adversarial users change spelling, so retrain often. Threshold is policy decision: ML team show "
            "precision recall curve, policy team choose threshold. Tradeoff is precision against recall, and "
            "fairness across dialects and groups."
        ),
        (
            "Moderation is like a building's security desk: most visitors walk straight in, a few are stopped, "
            "and the unclear ones wait for the manager. First I ask about the policy itself: which categories, "
            "like hate speech, harassment or spam, how each is defined, which languages, how many posts per day, "
            "whether one post can carry several labels at once, and whether removing a fine post or missing a "
            "harmful one costs more. Training needs labels from human reviewers following written guidelines, "
            "with inter-annotator agreement checked, since reviewers disagree. Harmful posts are perhaps 1 in "
            "500, so use active learning to find positives. Fine-tune a multilingual transformer with one output "
            "per category and class weights in the loss for the rare ones. When a post is submitted, it is scored "
            "in tens of milliseconds: above a high threshold it is removed automatically, in the uncertain middle "
            "it goes to a human review queue, below it is published. Those reviews become new labels. Monitor "
            "precision and recall per category and language, and appeal rates; users invent new spellings, so "
            "retrain often. Where to put the threshold is a policy decision: we show the precision recall curve "
            "and the trust and safety team picks the operating point. Rule of thumb: automate only where "
            "precision is very high, and check fairness across dialects."
        ),
    ],
    "design_search_ranking": [
        (
            "First I clarify: what is goal, purchases or revenue or clicks, how many products and queries per "
            "second, latency budget. Pipeline has stages. Query understanding: spelling correction, category. "
            "Retrieval: lexical BM25 and also embedding search, get around thousand candidates. Then learning to "
            "rank model, like LambdaMART gradient boosting, score them with features like text relevance, price, "
            "popularity and conversion rate. Labels from click and purchase logs, but they have position bias, "
            "users click top results more, so I correct it, for example inverse propensity weighting, or use "
            "human relevance judgments. Offline metric is NDCG, and to know new ranker is really better I run A/B "
            "test or interleaving, and look at conversion and revenue per search. Monitor latency, zero results "
            "rate, and drift. Tradeoff: heavy model in ranking stage is more accurate but slower, so only rank "
            "top few hundred; also relevance against business goals like margin."
        ),
        (
            "Ranking is like a librarian answering a request: first fetch every book that could fit, then put the "
            "best on top. So, first ask what success is, purchases or revenue per search, the catalogue size and "
            "the latency budget. Step one, retrieval: lexical matching like BM25 plus embedding search pulls "
            "about 1,000 candidates. Step two, ranking: a learning to rank model, say LambdaMART, scores them "
            "using query-product relevance, price, popularity and past conversion. The labels come from clicks "
            "and purchases, but there is position bias: the item in slot one gets clicked far more just for being "
            "first, so we correct for it with inverse propensity weighting or randomised positions, and add human "
            "relevance judgments. Offline we compare NDCG at 10. But offline wins are not proof, so a new ranker "
            "must win an A/B test or interleaving experiment on conversion. Monitor latency, zero-result queries "
            "and drift. Rule of thumb: cheap model for many candidates, expensive model for few, because accuracy "
            "trades against latency."
        ),
    ],
    "design_ad_bidding": [
        (
            "First I ask what advertiser pay for: per click, per conversion, or per impression, and what is "
            "latency, usually auction need answer in about 100 ms. Model predict probability of click, pCTR, and "
            "probability of conversion after click, pCVR. Data is impression logs with click and conversion, very "
            "imbalanced, and conversion label come late, so need handle delayed feedback. Model is logistic "
            "regression with hashed feature crosses or deep model like DCN, trained with log loss. Calibration is "
            "very important, because we multiply probability with money: bid is pCTR times pCVR times value per "
            "conversion, so if model over-predict by 20 percent, we overpay by 20 percent. Then pacing adjust the "
            "bid so budget spend evenly over the day, and for second price or first price auction we shade the "
            "bid. New ads have no history, so we explore: give them some traffic with bandit like Thompson "
            "sampling or UCB, or prior from similar ads. I monitor calibration, spend, and CTR drift, and retrain "
            "often. Tradeoff: exploration cost money now but find good ads for future."
        ),
        (
            "Bidding is like an auction house where you have a split second to decide what a painting is worth to "
            "you. First I ask how the advertiser pays, per click or per conversion, and the latency budget, about "
            "100 milliseconds. The model predicts the probability of a click, and of a conversion after the "
            "click, trained on impression logs with log loss; conversions arrive late, so we handle delayed "
            "labels. Because the prediction becomes money, calibration matters more than ranking: the bid is the "
            "expected value, pCTR times pCVR times the value of a conversion. Worked number: with a 2 percent "
            "click rate, 10 percent conversion and a 50 dollar conversion value, the impression is worth 10 "
            "cents; if the model is 20 percent overconfident, we overpay by 20 percent on every bid. Pacing "
            "spreads the budget through the day, and bid shading adjusts for first price auctions. New ads have "
            "no data, so we give them exploration traffic with a bandit, Thompson sampling or UCB, starting from "
            "a prior of similar ads. Monitor calibration, spend and drift. Rule of thumb: exploration costs money "
            "today to find good ads tomorrow."
        ),
    ],
    "design_llm_serving": [
        (
            "First I clarify: few thousand concurrent users, but how many request per second, how long prompts "
            "and answers, latency target like time to first token under one second, and privacy, data must stay "
            "inside company. Model size decide GPUs: for 70B model in 16 bit weights is 140 GB, so need tensor "
            "parallel on several GPUs, or quantize to 8 or 4 bit. Serving engine like vLLM with continuous "
            "batching, so new requests join batch every step, and paged attention for KV cache, because KV cache "
            "memory is main limit of concurrency. Streaming tokens to user. Prefix caching for shared system "
            "prompt. Autoscaling on queue length, rate limit per user, and load balancer. I monitor time to first "
            "token, tokens per second, p99 latency, GPU utilization, errors, and also quality with user feedback "
            "and safety filters. Every new model version or prompt change must pass our evaluation suite before "
            "we promote it, and we can roll back. Tradeoff: bigger batch give more throughput but higher latency "
            "per user; quantization save memory but lose bit quality; bigger model better answer but more cost."
        ),
        (
            "Serving an LLM is like running a restaurant kitchen: the stove is the GPU, and you want it full, but "
            "no diner should wait too long for their first bite. First I ask how many requests per second a few "
            "thousand users really make, typical prompt and answer lengths, the latency target, like time to "
            "first token under a second, and whether data must stay in house. Then size it: a 70B model in 16 bit "
            "weights needs 140 GB, so tensor parallelism across several GPUs, or quantize to 8 bit to halve it. "
            "Use an engine like vLLM with continuous batching, where requests join and leave the batch at every "
            "decoding step, and paged attention to manage the KV cache, which is what really limits how many "
            "users fit. Stream tokens, cache the shared system prompt prefix, autoscale on queue depth, and rate "
            "limit per user. Monitor time to first token, tokens per second, p99 latency, GPU utilisation, and "
            "answer quality through feedback. Each new model or prompt version has to pass an evaluation set of "
            "real questions before it is promoted, with a quick rollback if it regresses. Rule of thumb: larger "
            "batches raise throughput but raise each user's latency, so tune batch size against the latency "
            "target."
        ),
    ],
    "design_job_matching": [
        (
            "First I clarify goal: not only applications, but good match, both sides happy, like hire or "
            "recruiter reply. Two directions: recommend jobs to seekers and recommend candidates to recruiters. "
            "Data: profiles, resumes, job posts, and interactions like views, applies, recruiter replies, hires. "
            "Features are structured fields like title, skills, location and seniority, and text embedding of "
            "resume and job description. Candidate retrieval: two tower model embed seekers and jobs in same "
            "space, trained on applies and recruiter responses, plus filters for location, visa, salary. Ranking "
            "model predict both probability seeker apply and probability recruiter respond; final score combine "
            "both, mutual match. Labels are sparse and delayed, hire is rare. Cold start for new jobs and users "
            "use text embeddings of resume and description. Important: popular jobs get too many applies, so we "
            "spread exposure, not send everyone to same job. Fairness: check model not discriminate by gender or "
            "race, remove protected attributes and audit. I monitor apply rate, reply rate and hires in A/B test. "
            "Tradeoff: relevance against spreading applications and fairness."
        ),
        (
            "Job matching is like a matchmaker at a dance: it is not enough that you like someone, they must like "
            "you back, and the most popular person cannot dance with everyone. So first I ask what success is; "
            "not clicks but mutual interest, like an application that gets a recruiter reply or a hire. Two "
            "directions: jobs for seekers, candidates for recruiters. Each side is described by structured "
            "fields, like title, skills, location and seniority, plus text embeddings of resumes and postings. "
            "The data: profiles, resumes, postings and interactions such as views, applications, replies and "
            "hires. Retrieval uses a two tower model embedding seekers and jobs in one space, trained on "
            "applications and replies, with hard filters for location, work permit and salary. The ranker "
            "predicts both sides: the chance the seeker applies and the chance the recruiter responds, and "
            "multiplies them. Worked number: 0.3 times 0.1 scores lower than 0.2 times 0.4. New postings use text "
            "embeddings of the description for cold start. A posting that already has 500 applicants is flooded, "
            "so we show it less and spread attention to other jobs, trading a little relevance for a healthier "
            "marketplace. We audit fairness across gender and ethnicity, and measure with A/B tests on hires. "
            "Rule of thumb: trade a little relevance for balance on both sides."
        ),
    ],
    "metric_drop_debug": [
        (
            "First I check the drop is real. I compare with last weeks and same week last year, because maybe "
            "seasonality or holiday, and check if other products also drop, maybe whole market. Then I check "
            "dashboard and logging: maybe tracking bug, event not logged after release. Then I look if timing of "
            "drop match exactly the model deploy, and what else was launched same week, UI change or pricing "
            "change. Then model itself: compare prediction distribution before and after, feature distributions, "
            "nulls, training serving skew, maybe one feature pipeline is broken. Also I check concept drift: "
            "maybe user behaviour changed, so same inputs now mean different label. I segment the drop: by "
            "country, platform, new and old users, to find where it concentrate. If we had A/B test, compare "
            "treatment with control directly; if not, I roll back the model for part of traffic, or all traffic, "
            "and see if metric come back. That is best causal evidence. After I find cause, I fix and add "
            "monitoring and alert for it. Tradeoff: rolling back fast protect business, but we lose the chance to "
            "debug in production."
        ),
        (
            "Debugging a metric drop is like a doctor with a patient who feels worse after new medicine: maybe "
            "it's the medicine, maybe it's flu season, maybe the thermometer is broken. So first, is the drop "
            "real? Compare with the same week last year and with other products, to rule out seasonality or a "
            "market shift, and check the logging pipeline, because a tracking bug can fake a drop. Second, "
            "timing: did it start exactly at the deploy, and what else shipped that week, like a UI or pricing "
            "change? Third, look inside the model: compare prediction and feature distributions before and after, "
            "look for nulls or a broken feature pipeline, the classic training serving skew. Also ask whether the "
            "relationship between inputs and outcome changed, concept drift, for example a competitor's promotion "
            "changing what users do. Fourth, segment: if the drop is 8 percent on Android and zero on iOS, that "
            "points at a client change, not the model. Fifth, the causal test: if there was an A/B holdout, "
            "compare directly; otherwise roll back for a slice of traffic and see if the metric recovers. Then "
            "add a monitor and alert for whatever broke. Rule of thumb: verify the data before you blame the "
            "model."
        ),
    ],
    "offline_online_gap": [
        (
            "Several reasons possible. First, offline metric is not same as business metric: NDCG on clicks can "
            "go up but purchase or revenue not. Second, training data come from old model logs, so there is "
            "position bias and selection bias, new model is evaluated only on items old model showed, it is "
            "feedback loop. Third, training serving skew: feature computed different online, or stale, or "
            "missing, so online model see other inputs. Fourth, latency: bigger model is slower, and slow page "
            "reduce conversion. Also maybe the A/B test is underpowered, too small or too short, or novelty "
            "effect. What I do: first check the experiment, power and sample ratio mismatch. Then log online "
            "features and compare with offline features to find skew. Then check if offline metric correlate with "
            "online metric on past launches; if not, change offline metric, use counterfactual evaluation with "
            "inverse propensity, or interleaving, which is more sensitive. Tradeoff: offline evaluation is cheap "
            "and fast, online is expensive but the truth."
        ),
        (
            "It's like a recipe that wins every taste test in the lab and then doesn't sell in the shop: the lab "
            "measured something slightly different from what customers buy. For a ranker, first ask whether the "
            "offline metric even tracks the business metric: NDCG on clicks can rise while purchases stay flat. "
            "Second, the logged data was produced by the old model, so it has position and selection bias; we "
            "only know labels for items the old ranker showed, and a new model that promotes unseen items gets no "
            "credit offline, a feedback loop. Third, training serving skew: a feature that is fresh offline may "
            "be stale or missing online. Fourth, latency: if the new model adds 50 ms, slower pages can cancel "
            "the gain. Fifth, the test itself may be underpowered or short, or suffer sample ratio mismatch. So I "
            "check the experiment's power first, then log online features and compare them with offline ones, "
            "then try interleaving, which needs far less traffic, and counterfactual evaluation with inverse "
            "propensity weights. Rule of thumb: the online test is the truth; fix the offline metric until it "
            "predicts it."
        ),
    ],
    "ab_test_readout": [
        (
            "I do not say simple yes or no. p equal 0.08 is not significant at usual 0.05 level, so the 1.5 "
            "percent lift can be noise; confidence interval probably include zero. But it is also not proof of no "
            "effect; maybe test is underpowered. Latency up 40 ms at p95 is real cost: latency itself can reduce "
            "conversion and user experience, and cost of servers. So I ask: what was the pre-registered decision "
            "rule and minimum effect, and how long test run, full weeks? I check guardrail metrics and segments, "
            "for example slow devices. My recommendation: do not ship now. Either run longer or bigger test to "
            "get enough power, and meanwhile reduce latency, for example distill model or cache, then test again. "
            "If business think 1.5 percent is worth it, we can decide with expected value, but we must not keep "
            "peeking and stop when p under 0.05. Tradeoff is risk of missing real gain against risk of shipping "
            "noise with latency cost."
        ),
        (
            "Imagine a coin that came up heads 58 times in 100: suspicious, but a fair coin does that now and "
            "then. p = 0.08 means that if the model did nothing, a lift this big would still show up about 8 "
            "percent of the time, so by the usual 0.05 rule it is not significant, and the confidence interval "
            "for the 1.5 percent lift likely crosses zero. It is not evidence of no effect either; the test may "
            "be underpowered. Meanwhile the 40 ms p95 latency increase is a certain cost, and latency on its own "
            "tends to lower conversion. So I'd tell the PM: not yet. Check what decision rule and minimum "
            "detectable effect were set before the test, whether it ran full weeks, and the guardrail metrics and "
            "segments like slow devices. Then either extend the test to reach proper power, without peeking and "
            "stopping the moment p dips under 0.05, or first cut the latency, say by distilling or caching, and "
            "rerun. Rule of thumb: an uncertain gain does not pay for a certain cost."
        ),
    ],
    "latency_regression": [
        (
            "Median same, p99 doubled, so it is tail problem, something affect only some requests. First I "
            "confirm with metrics and traces: which endpoint, which hosts, is it all instances or only some. I "
            "check what changed in release: model version, library, dependency, config, batch size, timeout. I "
            "look at distributed tracing to see which span is slow: feature fetch, model inference, or network. "
            "Common causes: garbage collection pauses, cold cache after deploy, long inputs that now take more "
            "compute, a new feature lookup with retries, thread pool or connection pool too small, so requests "
            "queue. I profile the slow requests and compare with fast ones. If users suffer, first I roll back to "
            "previous version to stop the bleeding, then investigate. To confirm the cause, I roll back or canary "
            "the old version and see if p99 come back. Fix depend on cause: warm the cache, tune pool size, set "
            "timeout and fallback, or cap input length. Then add alert on p99, not only median, and load test in "
            "CI before release. Tradeoff: rollback quick but hides root cause."
        ),
        (
            "Think of a supermarket where most customers check out in two minutes, but one in a hundred waits "
            "twenty because their item has no barcode. The average looks fine; the tail is the problem. When p99 "
            "doubles and the median doesn't move, a small fraction of requests got much slower, so look for what "
            "is different about those. First, check what changed in the release: the model, library versions, "
            "config, batch size or timeouts. Second, use distributed tracing on slow requests to find the slow "
            "span: feature fetch, inference or a downstream call. Typical culprits are garbage collection pauses, "
            "a cold cache, a new remote lookup with retries, long inputs, or a connection pool that is too small "
            "so requests queue. Worked number: if 1 percent of calls now hit a retry with a 200 ms timeout, the "
            "median is untouched but p99 jumps. Third, confirm by rolling back or running the old version as a "
            "canary. Fix the cause, say cap retries, warm the cache, size the pool, and add a p99 alert and a "
            "load test before release. Rule of thumb: roll back first, then debug."
        ),
    ],
}
