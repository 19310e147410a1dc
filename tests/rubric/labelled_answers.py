"""A labelled set of answers for the bank's key points and misconceptions.

For each question: a strong answer (covers the key points in its own words), a weak one
(shallow, or showing a real misconception) and the misconception id the weak one shows.
PARAPHRASES are strong answers written afterwards in a different voice and notation, to
check that the synonym groups are not tuned to one way of saying things. The interviewer's
grader benchmark can reuse these as labelled pairs.
"""

from __future__ import annotations

ANSWERS: dict[str, dict[str, str]] = {
    "bias_variance": {
        "strong": (
            'Bias is the error you get when the model is too simple to follow the real pattern, '
            'so it underfits. Variance is error from the model being overly sensitive to the '
            'particular sample it was trained on: train on a different sample and you get a '
            'noticeably different model, because it fits noise. As you add capacity, bias drops '
            'but variance rises, which is why it is a tradeoff. To tell which one hurts, I '
            'compare training error with validation error: if both are high it is a bias problem;'
            ' if training error is low but validation error is much higher, that gap is variance.'
            ' For variance I would add data or regularize; for bias I would use a bigger model or'
            ' better features.'
        ),
        "weak": (
            'Bias and variance are two kinds of error. You want both of them to be low, and there'
            ' is a tradeoff between them. Getting more data usually fixes the bias.'
        ),
        "misconception": 'more_data_cures_bias',
    },
    "l1_vs_l2": {
        "strong": (
            'L2, or ridge, adds the sum of squared weights to the loss, while L1, lasso, adds the'
            ' sum of absolute values. The practical difference is that L1 pushes many weights to '
            'exactly zero, so you get a sparse model, whereas L2 shrinks everything smoothly '
            'towards zero but almost never lands exactly on it. The reason is the gradient: the '
            'L1 penalty pulls with a constant force whatever the size of the weight, while the L2'
            ' pull is proportional to the weight and fades near zero. So I use L1 when I want '
            'feature selection built in, L2 when I think most features matter, and elastic net to'
            ' mix them.'
        ),
        "weak": (
            'Both are regularization. L2 makes the weights sparse and L1 makes them smaller. They'
            ' help with overfitting.'
        ),
        "misconception": 'l2_makes_sparse',
    },
    "imbalanced_evaluation": {
        "strong": (
            'Accuracy is useless here: a model that always predicts the negative class already '
            'gets 99%. I would look at precision and recall on the positive class and at F1. As a'
            ' summary I prefer the area under the precision-recall curve over ROC-AUC, because '
            'the false positive rate is divided by a huge number of negatives, so ROC looks great'
            ' even when most flagged items are wrong. Finally I would pick an operating threshold'
            ' from the cost of false positives versus false negatives and report precision and '
            'recall at that threshold.'
        ),
        "weak": (
            'I would check the accuracy and the ROC AUC, and maybe the confusion matrix. If '
            'accuracy is 99% the model is good.'
        ),
        "misconception": 'accuracy_is_fine',
    },
    "data_leakage": {
        "strong": (
            'Leakage is when information from the test data, or from the future, sneaks into '
            'training, so offline metrics look too good and then collapse in production. Classic '
            'ways: fitting the scaler or imputer on the full dataset before splitting; in time '
            'series, using features computed after the prediction time; and label leakage, where '
            'a feature is only filled in after the outcome is known, so it is not available at '
            'inference. To prevent it I split first and fit every transformation inside a '
            'pipeline on the training fold only, and I audit that each feature would exist at '
            'prediction time.'
        ),
        "weak": (
            'Data leakage is when data leaks out, like a privacy breach. You should protect the '
            'data and be careful with splits.'
        ),
        "misconception": 'leakage_is_security',
    },
    "logistic_regression_gradient": {
        "strong": (
            'Logistic regression predicts the probability of the positive class as the sigmoid of'
            ' a linear score w.x + b, so the output is between 0 and 1. The loss is binary cross-'
            'entropy, the negative log-likelihood: -[y log p + (1-y) log(1-p)]. Using the chain '
            'rule, dL/dp is (p - y) / (p(1 - p)), and the sigmoid derivative dp/dz is p(1 - p), '
            'so they cancel and dL/dz = p - y. Since dz/dw = x, the gradient is (p - y) x, '
            'averaged over the batch.'
        ),
        "weak": (
            'It uses a sigmoid and you train it with mean squared error and gradient descent. The'
            ' gradient is some formula with the sigmoid in it.'
        ),
        "misconception": 'uses_mse',
    },
    "kmeans_pitfalls": {
        "strong": (
            'K-means measures squared Euclidean distance to a centroid, so it implicitly assumes '
            'compact, roughly spherical clusters of similar size; on two crescents or very '
            "elongated shapes it cuts them wrongly, and I'd use DBSCAN or a Gaussian mixture "
            'instead. It only finds a local minimum, and the result depends on the '
            'initialization, so k-means++ seeding and several restarts help. When a cluster ends '
            'up empty its mean is undefined and you get NaN, so the code must reseed it, for '
            'example with the point farthest from its centroid. And features need to be '
            'standardized first.'
        ),
        "weak": (
            "K-means can have problems with bad data. Empty clusters can't happen if you use "
            'k-means++, so that is fine.'
        ),
        "misconception": 'ignore_empty',
    },
    "attention_scaling": {
        "strong": (
            'Attention is softmax(Q K^T / sqrt(d_k)) V: the queries are dotted with the keys, '
            'scaled, turned into weights by a softmax, and used to average the value vectors. If '
            'q and k have unit-variance entries, their dot product has variance d_k, so the '
            'scores grow with the dimension. Large scores push the softmax into saturation, '
            'almost one-hot, where the gradients are tiny and training becomes unstable. Dividing'
            ' by the square root of d_k brings the variance back to about 1 regardless of the '
            'head size.'
        ),
        "weak": (
            'The formula is softmax of Q times K, times V. We divide by d_k so the computation is'
            ' faster.'
        ),
        "misconception": 'divide_by_dk',
    },
    "attention_without_softmax": {
        "strong": (
            'Each output is a weighted average of the value vectors, a convex combination, and '
            'the weights come from how well the query matches each key, so the routing of '
            'information is input dependent and changes per token. Softmax makes those weights '
            'positive and sum to one, a distribution over positions. If you remove it, weights '
            'can be negative and unnormalized, so the output magnitude grows with the sequence '
            'length and the raw score scale, and there is no competition between positions, so '
            'the model cannot focus sharply on a few tokens.'
        ),
        "weak": (
            'Attention looks at other words. Softmax is just there for convenience, you could '
            'drop it and nothing much changes.'
        ),
        "misconception": 'softmax_only_for_speed',
    },
    "kv_cache": {
        "strong": (
            'During autoregressive decoding, without a cache every new token would recompute the '
            'keys and values of the whole prefix at every step, which is quadratic work overall. '
            "The KV cache stores each layer's keys and values for the past tokens and appends the"
            " new token's. Then each step only computes the new token's query, key and value and "
            "attends that single query over the cache, which is linear per step. We don't cache "
            'queries because under causal attention past queries are never needed again. The cost'
            ' is memory: the cache grows with sequence length and batch size, and it limits how '
            'many sequences fit on a GPU.'
        ),
        "weak": (
            'The KV cache saves memory by caching things, so the model runs faster.'
        ),
        "misconception": 'cache_saves_memory',
    },
    "kv_cache_memory": {
        "strong": (
            'The size is 2 x n_layers x n_kv_heads x head_dim x seq_len x batch x bytes per '
            'element; the factor 2 is because we store both keys and values. For a 70B-class '
            'model with 80 layers, 64 heads of dimension 128, 32k tokens in fp16 at 2 bytes, that'
            ' is on the order of 80 GB, roughly 100 GB, for a single sequence. To shrink it: '
            'grouped-query attention with 8 KV heads divides it by 8, and you can quantize the '
            'cache to int8 or use a sliding window or paged allocation.'
        ),
        "weak": (
            "It depends on the model size, it's the size of the keys and values. It does not "
            'depend on the number of layers.'
        ),
        "misconception": 'forgets_layers',
    },
    "top_k_vs_top_p": {
        "strong": (
            'Top-k keeps only the k most likely tokens and renormalizes. Top-p, nucleus sampling,'
            ' sorts tokens by probability and keeps the smallest set whose cumulative probability'
            ' reaches p. The advantage of top-p is that it adapts to the shape of the '
            'distribution: when the model is confident the nucleus is one or two tokens, when it '
            'is flat it keeps many, while a fixed k is too many in the first case and too few in '
            'the second. After filtering you renormalize and sample; in practice temperature is '
            'applied first, then top-k and top-p, for example temperature 0.8, top-k 50, top-p '
            '0.9.'
        ),
        "weak": (
            'Top-p keeps p percent of the tokens in the vocabulary and top-k keeps k tokens. They'
            ' make the output more random.'
        ),
        "misconception": 'top_p_keeps_p_tokens',
    },
    "bpe_training": {
        "strong": (
            'You start by splitting every word into characters, with an end-of-word marker. Then '
            'you count every adjacent pair of symbols across the corpus, weighted by word '
            'frequency, and merge the most frequent pair into a new symbol. Repeat until you hit '
            'the target vocabulary size or number of merges; the ordered list of merges is the '
            'tokenizer. To encode a new word you split it into characters and apply the merges in'
            ' the order they were learned. For billions of tokens you count pairs over unique '
            'words with counts, shard the counting in parallel, and update pair counts '
            'incrementally after each merge instead of recounting.'
        ),
        "weak": (
            'BPE merges letters together into tokens. You can just use string replace on the '
            'words to do the merges.'
        ),
        "misconception": 'merge_across_boundaries',
    },
    "design_fraud_detection": {
        "strong": (
            "First I'd clarify whether this is real-time, inside the payment path with maybe a "
            '100 ms latency budget, or a batch review, and the cost of a false positive, blocking'
            " a good customer, versus a false negative, a lost chargeback. Offline, I'd build "
            'velocity features over rolling windows: number of transactions per hour, amount '
            'aggregates, time since last purchase, plus graph features across cards, merchants '
            "and devices. I'd train a gradient-boosted tree model on historical transactions, "
            'with labels from chargebacks, which arrive weeks late and are heavily imbalanced. '
            'Online, at payment time we fetch precomputed features from an online feature store, '
            'score, and return a fraud score; the risk team sets thresholds for approve, step-up '
            "verification or decline based on error costs. For monitoring I'd track precision and"
            ' recall at the operating threshold, feature drift, and complaints from customer '
            'service. One tradeoff: fraudsters adapt, so we retrain often, which trades stability'
            ' for freshness.'
        ),
        "weak": (
            'I would train a neural network on the transactions and measure accuracy. Then deploy'
            ' it behind an API.'
        ),
        "misconception": 'accuracy_for_fraud',
    },
    "metric_drop_debug": {
        "strong": (
            "First I'd confirm the drop is real: is it statistically significant, or a one-day "
            "spike, seasonality, or a logging change, and does it line up with the launch? I'd "
            "compare against the old model with a holdout or roll back to attribute it. Then I'd "
            'check for data drift, whether feature distributions shifted against the training '
            'data, and concept drift, whether the label distribution or the relationship changed.'
            " Next I'd audit the serving path for training-serving skew, a wrong feature lookup "
            "or different default values at inference. Finally I'd check downstream consumers: "
            "did someone change a threshold or business rule? I'd go through this in order and "
            'narrow down rather than guess.'
        ),
        "weak": (
            'I would immediately retrain the model on fresh data and redeploy it.'
        ),
        "misconception": 'retrain_immediately',
    },
    "code_softmax": {
        "strong": (
            'I subtract the max along the axis before calling exp, so the largest exponent is '
            'exp(0) and nothing overflows even for logits of 1e4. That is allowed because softmax'
            ' is invariant to adding a constant: it cancels between numerator and denominator. I '
            'reduce with keepdims=True so the max and the sum broadcast back against x for any '
            "axis. It's linear time in the number of elements."
        ),
        "weak": (
            'I just take np.exp(x) and divide by the sum; exponentiating directly is fine since '
            'floats are big.'
        ),
        "misconception": 'exp_directly',
    },
    "rag_vs_finetuning": {
        "strong": (
            'In RAG, at query time we retrieve the most relevant chunks from an external document'
            ' store, usually by embedding the query and searching a vector index, possibly with a'
            ' reranker, and we put them in the prompt so the model answers conditioned on that '
            "context. I'd choose RAG when the knowledge changes often or we must cite sources, or"
            " the corpus is too large for the context. I'd fine-tune when I need to change "
            'behaviour, like tone or output format, or when retrieval latency is unacceptable. '
            'Often the best is a hybrid: fine-tune for behaviour, retrieve for facts.'
        ),
        "weak": (
            'RAG is retrieval. I would fine-tune the model so it learns the new facts every week.'
        ),
        "misconception": 'finetune_for_facts',
    },
    "backprop_two_layer": {
        "strong": (
            'Forward: z1 = X W1 + b1, h = relu(z1), z2 = h W2 + b2, p = sigmoid(z2), then the '
            'mean binary cross-entropy. Backward: with sigmoid and cross-entropy the sigmoid '
            'derivative cancels, so dL/dz2 = (p - y) / n. Then dW2 = h^T dz2 and db2 is dz2 '
            'summed over the batch. Going back, dh = dz2 W2^T, and dz1 = dh multiplied '
            'elementwise by the ReLU derivative, which is 1 where z1 > 0 and 0 elsewhere. Finally'
            " dW1 = X^T dz1 and db1 is the batch sum of dz1. It's just the chain rule layer by "
            "layer, and I'd verify it with finite differences."
        ),
        "weak": (
            'You run it forward, then backpropagate the error with the chain rule and update the '
            'weights with gradient descent. ReLU passes the gradient through unchanged.'
        ),
        "misconception": 'forgets_relu_mask',
    },
    "cross_validation": {
        "strong": (
            'You split the data into k folds, usually 5 or 10, train on k-1 of them and validate '
            'on the held-out one, then rotate so every fold is held out once, and average the '
            "scores. It's worth it when the dataset is small, because a single split's score is "
            'noisy and depends on luck, and when tuning hyperparameters or choosing between '
            "models. The cost is training k models. For time series I'd use forward-chaining "
            "splits instead, and stratified folds for imbalance; and I'd still keep a separate "
            'test set for the final number.'
        ),
        "weak": (
            'Cross validation is when you validate your model. It replaces the test set, so you '
            "don't need a test set anymore."
        ),
        "misconception": 'cv_replaces_test',
    },
    "gradient_boosting": {
        "strong": (
            'Gradient boosting builds an ensemble of shallow trees one at a time. In each round '
            'it computes, for every training example, the negative gradient of the loss with '
            "respect to the current ensemble's prediction; for squared error that is just the "
            'residual. A new small tree is fit to those pseudo-residuals and added with a small '
            'learning rate, the shrinkage. That is why it is called gradient boosting: it is '
            'gradient descent in function space. Libraries like XGBoost and LightGBM add second-'
            'order Hessian information, regularization on the leaves, and fast histogram-based '
            'tree construction.'
        ),
        "weak": (
            'Gradient boosting trains many trees independently and averages them, like a random '
            'forest but with gradients.'
        ),
        "misconception": 'trees_trained_independently',
    },
    "self_vs_cross_attention": {
        "strong": (
            'In self-attention the queries, keys and values all come from the same sequence, so '
            'tokens attend to each other. In cross-attention the queries come from one sequence, '
            'typically the decoder, and the keys and values come from another, the encoder '
            'output. In an encoder-decoder model the encoder layers use self-attention; each '
            'decoder layer first applies masked self-attention over the tokens generated so far '
            'and then cross-attention into the encoder output. Cross-attention is also how you '
            'condition on another modality, like text attending to image features.'
        ),
        "weak": (
            'Self attention looks at itself and cross attention looks at another sequence; the '
            'queries come from the encoder.'
        ),
        "misconception": 'cross_queries_from_encoder',
    },
}

PARAPHRASES: dict[str, str] = {
    "attention_scaling": (
        "Without the 1/√d_k factor the logits' spread increases with head dimension; softmax "
        'then becomes nearly an argmax and its Jacobian is close to zero, so learning stalls.'
        " Scaling keeps the logits' standard deviation around one. Formally out = "
        'softmax(QKᵀ/√d_k)·V.'
    ),
    "bias_variance": (
        'A high-bias model makes strong simplifying assumptions and systematically misses the'
        ' structure, e.g. a straight line through a parabola. A high-variance model is very '
        'flexible and chases the quirks of its particular training sample. Making the model '
        'more complex trades one for the other: bias falls while variance climbs. Learning '
        'curves tell them apart: a large gap between train and validation error means '
        'variance; both errors high and close means bias.'
    ),
    "kv_cache": (
        'Each decoding step would otherwise redo the K and V projections for every earlier '
        'token. Instead we keep, per layer, the K and V tensors of the tokens generated so '
        'far, and at each step we only project the newest token and run attention for that '
        'one query against the stored keys, O(n) work per token instead of O(n^2). Queries '
        "from earlier positions are never reused, so there's no point storing them. The price"
        ' is GPU memory, which grows linearly with context length and batch.'
    ),
    "l1_vs_l2": (
        'Ridge penalizes ||w||², lasso penalizes ||w||₁. Lasso zeroes out coefficients, which'
        ' performs feature selection, because its subgradient at zero is a constant-size '
        "push, while ridge's gradient 2w vanishes as w approaches 0, so ridge only makes "
        'weights small. Use lasso with many irrelevant features, ridge when features are '
        'correlated and all informative; elastic net combines them.'
    ),
    "top_k_vs_top_p": (
        'With top-k you truncate to the k highest-probability tokens. Nucleus sampling '
        'instead takes tokens in descending probability until their total mass is at least p.'
        ' Since the number kept varies per step — tiny when the model is sure, large when '
        "it's unsure — nucleus adapts where a constant k can't. Either way you rescale the "
        'survivors so they sum to 1 before drawing.'
    ),
    "data_leakage": (
        "It's when your training process gets to peek at something it won't have when the "
        'model is live, e.g. standardizing with statistics computed over train+test together,'
        " or a column like 'refund_issued' that's only populated after the fraud case closes."
        ' Your validation AUC then looks amazing and real-world performance tanks. The fix is'
        ' discipline: do the train/test split before any preprocessing, wrap preprocessing in'
        ' a sklearn Pipeline fitted inside each fold, respect chronology for temporal data, '
        "and for every feature ask 'would I know this at prediction time?'."
    ),
    "imbalanced_evaluation": (
        "With 1% positives, a classifier that says 'no' to everything is 99% accurate, so "
        "accuracy tells me nothing. I'd report precision and recall for the minority class, "
        'and average precision (the area under the PR curve) rather than ROC AUC, since the '
        "FPR's denominator is dominated by the massive number of negatives and hides a flood "
        "of false alarms. I'd also pick the decision threshold based on what a miss costs "
        'compared with a false alarm.'
    ),
    "backprop_two_layer": (
        'Let a = XW1 + b1, h = max(0, a), o = hW2 + b2, ŷ = σ(o). For mean BCE the gradient '
        "w.r.t. o simplifies to (ŷ − y)/N because σ' cancels. So grad_W2 = hᵀ·δo, grad_b2 = Σ"
        ' δo. Push back: δh = δo·W2ᵀ, δa = δh ⊙ 1[a>0]. Then grad_W1 = Xᵀ·δa and grad_b1 = Σ '
        'δa. Sanity-check numerically with central differences.'
    ),
    "rag_vs_finetuning": (
        'RAG: index your documents as embeddings; for each user question, find the nearest '
        'chunks, stuff them into the context window, and let the LLM write an answer grounded'
        ' in them, ideally citing them. It shines when the source material is updated '
        'frequently or you need provenance. Fine-tuning changes the weights, which is what '
        'you want for style, output structure, or specialised reasoning, and it avoids a '
        'retrieval hop at inference. In practice teams often do both.'
    ),
    "metric_drop_debug": (
        "Step one, is it real? Check it's outside normal weekly variance and not an "
        'instrumentation change, and that the timing matches the rollout; compare to a '
        'holdback still on the old model. Step two, inputs: did the distribution of features '
        'move (PSI per feature)? Step three, has the target behaviour itself changed, i.e. '
        'concept drift? Step four, the plumbing: are features at serving computed like in '
        'training, any nulls defaulting differently? Step five, look downstream: maybe a '
        'product team changed the threshold or the UI that consumes the score.'
    ),
    "design_video_recommendations": (
        "I'd start by asking what success means (watch time? day-7 retention?) and the scale:"
        ' tens of millions of users, a catalogue of millions of videos. Training: from watch '
        'and skip logs, train a two-tower model producing user and video embeddings, plus a '
        'heavier ranking model with rich features trained on recent engagement labels, '
        'retrained daily. Serving: look up the user embedding, do an ANN search in a '
        'FAISS/HNSW index to get ~500 candidates, rank them with the heavy model, apply '
        'diversity rules, return 20 in under 200 ms. Monitoring: embedding freshness, feature'
        ' drift, and whether offline gains show up in online A/B tests; handle new videos '
        'with content-based features and some exploration. Tradeoff: the two-tower retriever '
        "can't model user-video feature interactions, sacrificing some recall for speed, "
        'which the ranker partly recovers.'
    ),
}
