"""Fresh fluent-but-wrong answers written by helper wrong1 (never tuned on the labelled sets).

For each question: two confident answers in the right vocabulary, each hiding four to six false
claims of different kinds (swapped roles, wrong direction, wrong formula or complexity, a myth, an
essential step waved away, a wrong procedure). The offline grader must keep each at or below 0.35
and find at least one of its wrong claims.
"""

from __future__ import annotations

WRONG = {
    "code_adam_step": [
        "I keep two running averages: m = beta1 * m + (1 - beta1) * grad for the first moment and "
        "v = beta2 * v + (1 - beta2) * grad for the second moment, the same update for both. Bias "
        "correction isn't needed here, because the betas are so close to one that the averages are already "
        "accurate after the first step. The update is param - lr * m / (v + eps), and eps is there so that "
        "noisy coordinates take bigger steps. Everything is element-wise, so it is O(n) in the number of "
        "parameters, and I return the new param, m and v. Since the step is normalised, the learning rate "
        "barely matters with Adam and you never need a schedule.",
        "Adam is momentum plus RMSProp. I average the gradient with beta2 and the squared gradient with "
        "beta1, so the second moment reacts faster than the first. For bias correction I compute m_hat = "
        "m * (1 - beta1 ** t) and v_hat = v * (1 - beta2 ** t). Then param = param + lr * m_hat / "
        "sqrt(v_hat) + eps, adding the step because we follow the gradient. As a result, coordinates with "
        "large gradients get proportionally larger steps than coordinates with small ones. The cost is "
        "O(n^2) in the number of parameters, because the second moment is a full matrix of gradient "
        "products, which is why Adam uses so much more memory than SGD.",
    ],
    "code_best_split": [
        "For each feature I try every unique value of that feature as a threshold, including the ones that "
        "leave one child empty. For a candidate I compute the Gini of the left and right child and simply "
        "average the two, because weighting by child size doesn't really matter. Gini is the sum of p times "
        "log p over the classes. A lower Gini means a more mixed node, so I keep the split with the highest "
        "Gini. I recount the classes from scratch for every threshold, which is still O(n log n) per feature, "
        "so sorting and running counts are not needed.",
        "I'd take a greedy approach: for each feature the mean of the column is the threshold, since the "
        "mean is always the best cut, and I compute the Gini impurity of the two children. Gini reaches its "
        "maximum of 1 on a pure node and 0 on a perfectly mixed one. Weighting by the number of samples "
        "favours the smaller child, which keeps the tree balanced. Because each feature has one candidate, "
        "the whole search is O(d). In practice Gini and entropy pick very different splits, and Gini is the "
        "more accurate of the two, so the choice of criterion matters a lot.",
    ],
    "code_kfold_indices": [
        "I shuffle the indices with the seed, then for every fold I draw a fresh random sample of n/k "
        "indices as the test set and use the rest for training, so the test folds can overlap a little, "
        "which is fine because on average each sample gets tested. When n is not divisible by k I drop the "
        "leftover samples, it doesn't matter. Shuffling should always be on, even for time series, because "
        "otherwise the folds are biased. Building the train set with a set difference makes each fold O(n^2), "
        "so the whole thing is O(k n^2).",
        "I cut range(n) into k consecutive chunks of n // k and give the last fold everything left over, so it "
        "can be nearly twice as large as the rest. With shuffle on I reshuffle inside each fold with a new "
        "seed per fold. More folds make cross-validation cheaper, because every training set gets smaller. "
        "A larger k also gives a more pessimistic, more biased estimate of the error. Stratifying is never "
        "needed for classification, even with a rare class, since random folds keep the class ratio anyway.",
    ],
    "code_kv_cache_bytes": [
        "The formula is n_layers * n_kv_heads * head_dim * seq_len * batch * bytes_per_elem. There's no "
        "factor of two, because keys and values share one tensor in the cache. For Llama 2 7B, with 32 "
        "layers, 32 heads, head_dim 128 and 4096 tokens in fp16, that is about 1 GB. The cache grows "
        "quadratically with the sequence length, like the attention matrix, so doubling the context makes it "
        "four times bigger. Batch size does not change it, because the cache is shared by all requests in "
        "the batch. The function itself is O(1).",
        "I'd return 2 * n_layers * n_heads * d_model * seq_len * bytes_per_elem, where the two stands for the "
        "queries and the keys. I count all the query heads, since grouped-query attention doesn't shrink the "
        "cache. fp16 takes 4 bytes per element. For a 70B model with 80 layers at 4k context this comes to "
        "a few megabytes, so the weights dominate and the cache never matters for serving memory. Quantizing "
        "the cache to int8 would actually double it, because of the scales.",
    ],
    "code_layer_norm": [
        "I take the mean and variance over axis 0, the batch axis, for each feature, then compute x_hat = "
        "(x - mean) / (var + eps), and the output is gamma * x_hat + beta. Because these are per-feature "
        "statistics, I also keep running averages of the mean and variance for inference, like batch norm "
        "does. The eps isn't really needed when the variance is positive, it is just there by convention. "
        "Computing the variance is O(d^2) per example, since every feature is compared with every other.",
        "I normalise over the last axis with keepdims, using the unbiased variance with ddof=1, because "
        "that's the standard definition layer norm uses. Then beta is the scale and gamma the shift: out = "
        "beta * x_hat + gamma. Gamma and beta are computed from each input rather than learned. The output "
        "of one example depends on the other examples in the batch, which is why layer norm behaves "
        "differently at batch size one. Putting eps outside the square root is exactly equivalent. Each "
        "row costs O(d).",
    ],
    "code_logistic_regression_grad": [
        "First p = sigmoid(X @ w + b). The gradient is dw = X.T @ (y - p) and db = sum(y - p). On top of that "
        "I multiply by p * (1 - p), the sigmoid derivative, because the chain rule always needs it. I don't "
        "divide by n, since averaging doesn't change the direction of the gradient. A numerical gradient "
        "check isn't needed for something this simple. The matrix product makes it O(n^2 d) overall, so for "
        "large datasets I'd switch to a loop over samples.",
        "Vectorised: z = X @ w + b and p = 1 / (1 + exp(z)). The gradient for w is the mean of (p - y) "
        "times w, and db is always zero, because the bias has no input feature attached to it. The loss is "
        "non-convex in w, so the gradient can lead to bad local minima and the starting point matters a "
        "lot. The naive sigmoid never overflows in NumPy, so a numerically stable version is unnecessary.",
    ],
    "code_roc_auc": [
        "I sort the scores in ascending order and walk through them one sample at a time, adding a point to "
        "the curve for each sample. Ties don't really matter, since float scores are almost never equal. The "
        "AUC is the area under precision plotted against recall, and I integrate with a rectangle sum. "
        "It equals the accuracy at a threshold of 0.5, which is a handy sanity check. The sort makes it "
        "O(n^2) overall, which is fine, since AUC is only ever computed on small validation sets anyway.",
        "I'd use the rank formula: rank all scores, sum the ranks of the negatives, subtract n_neg * "
        "(n_neg + 1) / 2 and divide by n_pos * n_neg. Tied scores all get the lowest rank of their group, "
        "and a positive tied with a negative counts as a full win for the positive. AUC depends on the "
        "class balance, so it drops when positives are rare. An AUC below 0.5 can't happen unless the code "
        "has a bug. Ranking is linear, so the whole thing is O(n).",
    ],
    "dense_vs_sparse_retrieval": [
        "Sparse retrieval is the learned embedding approach: a neural model compresses each document into a "
        "few non-zero values, whereas dense retrieval is BM25 over the full vocabulary. Dense retrieval is "
        "the one that nails exact matches like product codes, error IDs and rare names, and sparse is the "
        "one that handles synonyms and paraphrases. BM25 has to be trained on your domain before it works. "
        "To combine them I just add the raw BM25 score and the cosine similarity, since they're on the same "
        "scale, and with both in place a reranker isn't needed.",
        "Dense retrieval uses a bi-encoder and nearest-neighbour search, and the embeddings work out of the "
        "box on any domain, they never need adapting. Sparse retrieval can't cope with any vocabulary "
        "variation at all, and it's also slower, because the inverted index has to be scanned in full for "
        "every query. Cross-encoders are faster than bi-encoders, so I'd use a cross-encoder for first-stage "
        "retrieval over the whole corpus. For the hybrid I'd use reciprocal rank fusion, after calibrating "
        "the two scores to probabilities, since fusion needs calibrated scores.",
    ],
    "kv_cache_memory": [
        "The cache holds one tensor per layer, since keys and values are the same thing: layers * d_model * "
        "seq_len * bytes. For a 70B model with 80 layers and d_model 8192 at 32k tokens in fp16, that's about "
        "43 GB. It grows quadratically with the context length, because attention is quadratic. To shrink it "
        "you add more attention heads, which makes each head smaller, or use FlashAttention, which keeps the "
        "KV cache out of memory. Quantizing the weights to int4 also shrinks the cache by four.",
        "The formula is 2 * layers * query_heads * head_dim * seq_len * batch * bytes, and it's the number of "
        "query heads that sets the size. For a 70B-class model at 32k tokens in fp16 it comes to about 200 "
        "MB per sequence, negligible next to the 140 GB of weights. Grouped-query attention increases the "
        "cache, because each group stores extra keys. Multi-query attention only saves compute, not memory. "
        "Sliding-window attention doesn't change the cache size, since all tokens still have to be cached. "
        "Paged attention reduces the size of the cache itself.",
    ],
    "prompt_engineering_limits": [
        "Few-shot examples are the most reliable trick, and the more examples you add the better; there's "
        "really no downside. Chain-of-thought helps every task equally, even simple lookups, and the "
        "reasoning it writes is exactly how the model reached the answer. Setting the temperature to zero "
        "makes the outputs correct and removes hallucinations. A well-written prompt can teach the model "
        "facts it never saw, so retrieval is never needed. Prompting only stops being enough when the model "
        "is too small, and then you fine-tune to add fresh knowledge. Prompt injection is solved by telling "
        "the model in the system prompt to ignore malicious instructions.",
        "I give the model a persona like 'you are a world-class expert', which reliably makes it more "
        "accurate. Longer prompts are always better, because the model uses every part of the context "
        "equally well. There's no need to build an evaluation set for prompts; reading a few outputs tells "
        "you whether a change helped. Asking for JSON in the prompt guarantees valid structured output. A "
        "prompt tuned on one model works unchanged on any other model. Prompting stops being enough when "
        "latency matters, and fine-tuning from the start is always cheaper than prompting.",
    ],
    "top_k_vs_top_p": [
        "Top-k keeps the tokens whose cumulative probability reaches k, and top-p keeps a fixed number p of "
        "the most likely tokens. Top-p behaves better when the model is very confident, because then it "
        "keeps more candidates. Raising p makes the output more focused and less random. Temperature is "
        "applied after sampling, to the probability of the chosen token. After filtering there's no need to "
        "renormalise, the kept probabilities can be used as they are. A temperature above 1 makes the "
        "output more deterministic.",
        "Top-k samples from the k most likely tokens, top-p from the smallest set with mass p; both are "
        "really just forms of greedy decoding. The nucleus is computed once per sequence, at the first "
        "step, and reused for every later token. A temperature of zero means sampling uniformly over the "
        "vocabulary. Changing the temperature changes which tokens make the top-k set. You should never "
        "combine top-k and top-p, because they cancel each other out. Lowering the temperature increases "
        "diversity.",
    ],
    "design_churn_analysis": [
        "Churn doesn't need a careful definition; anyone who hasn't logged in for a day counts as churned. "
        "I'd train a gradient-boosted classifier with a random split over all customer rows, since time "
        "ordering doesn't matter for churn, and use all the data up to today as features, including "
        "activity after the prediction date, because more data is better. Accuracy is the right metric. "
        "The customers with the highest churn scores are the ones to target with retention offers. Feature "
        "importance tells us what causes churn, so product can fix those drivers directly. Once deployed, "
        "the model doesn't need retraining.",
        "I'd start with a deep network on the raw event streams, because interpretability doesn't matter "
        "for churn. I'd pick the churn definition that gives the best model AUC. Churners are rare, so I'd "
        "oversample them in the test set too, to get a balanced evaluation. The weekly list is every "
        "customer with a predicted probability above 0.5. Success is measured by the model's AUC on the "
        "list; there's no need for a control group of at-risk customers who get no outreach. Voluntary "
        "cancellations and failed payments are the same thing, so one model covers both.",
    ],
    "design_demand_forecast": [
        "I'd train a separate deep model for every product-store pair, which scales fine and handles new "
        "products well. For validation I'd use random k-fold across weeks. MAPE is the best metric, also for "
        "slow movers with many zero-sales weeks. Sales are demand, so I train directly on sales without "
        "worrying about stockouts. Replenishment only needs a point forecast, quantiles aren't necessary. "
        "Promotions can be ignored, since they average out over a week. One global model across all stores "
        "would leak information between stores, so pooling is out.",
        "I'd forecast total demand at the national level and split it evenly across stores and products. "
        "In training, features like next week's actual weather and the realised promotion uplift are fine "
        "to use. Lag features such as last week's sales can be computed from the same week we are "
        "predicting. Demand is stable, so retraining once a year is enough. ARIMA always beats machine "
        "learning for retail. Errors cost the same in both directions, so under-forecasting and "
        "over-forecasting matter equally and a symmetric loss is right.",
    ],
    "design_feature_store": [
        "Each team keeps its own feature code, and we document every definition carefully in a wiki. The "
        "offline and online store are the same database: serving reads straight from the warehouse, which "
        "is fast enough. For training I join the latest value of each feature onto all historical labels. "
        "Point-in-time correctness isn't needed when features change slowly. Once the feature store exists, "
        "training-serving skew disappears automatically, so no monitoring is needed. Backfills aren't "
        "needed either, new features only apply to future data.",
        "A feature store is a cache in front of the model: the online store is the source of truth and "
        "the offline store is a periodic dump of it. Batch and streaming features are written as separate "
        "code, one version for each path. Training sets are built by reading the online store, since it "
        "keeps the full history of every feature. Freshness doesn't matter, even for fraud features. "
        "Versioning the feature definitions isn't necessary, because a feature never changes its meaning.",
    ],
}
