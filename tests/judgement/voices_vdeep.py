"""Expert answers in further voices for the deep_learning questions, written by helper vdeep from
each question's prompt alone (key points read only afterwards, to widen them): per question a
"story" (a strong candidate answering through a concrete case from their own work) and a "terse"
senior (short clauses, pronoun subjects, abbreviations, semicolons, maths inline). Each must
reach 0.7 (tests/judgement/test_fresh_answers.py)."""

from __future__ import annotations

EXPERTS = {
    "backprop_two_layer": [
        (
            "When I wrote a small fraud classifier from scratch in numpy I had to derive exactly this. Input X "
            "is n by d, W1 is d by h, W2 is h by 1. Forward: Z1 = X W1 + b1, then A1 = ReLU(Z1), both n by h; "
            "then z2 = A1 W2 + b2 of shape n by 1 and p = sigmoid(z2); the loss is the mean binary cross-entropy. "
            "Going backward, the nice thing is that sigmoid and cross-entropy cancel: the gradient of the loss "
            "with respect to z2 is simply (p minus y) divided by n, shape n by 1. Then the gradient for W2 is "
            "A1 transposed times dz2, h by 1, and for b2 the sum of dz2 over the batch. To go down a layer I "
            "multiply dz2 by W2 transposed, giving dA1 of shape n by h, and then mask it with the ReLU "
            "derivative, zeroing the entries where Z1 was negative, which gives dZ1. Finally the gradient for W1 "
            "is X transposed times dZ1, d by h, and for b1 the column sums of dZ1. I checked every gradient "
            "against finite differences, and each gradient has the same shape as its parameter."
        ),
        (
            "Shapes: X n×d, W1 d×h, b1 h, W2 h×1, b2 scalar. Fwd: Z1 = XW1 + b1, A1 = max(0, Z1), z2 = A1W2 + "
            "b2, p = σ(z2), L = −mean[y log p + (1−y) log(1−p)]. Bwd: the sigmoid and BCE combine, so dL/dz2 = "
            "(p − y)/n, n×1. dW2 = A1ᵀ dz2, h×1; db2 = sum of dz2 over rows. dA1 = dz2 W2ᵀ, n×h. The ReLU "
            "gradient is 1 where Z1 > 0 and 0 elsewhere, so dZ1 = dA1 ⊙ 1[Z1 > 0]. dW1 = Xᵀ dZ1, d×h; db1 = "
            "column sum of dZ1, h. Every gradient matches the shape of its parameter — a quick sanity check. "
            "I'd verify it with a numerical gradient check on a tiny batch."
        ),
    ],
    "optimizers": [
        (
            "On a ranking model at my last job we started with plain SGD: it steps along the negative minibatch "
            "gradient with one global learning rate, so it is cheap and generalises well, but it zigzags in "
            "ravines and was slow for us. Adding momentum helped: it keeps a running average of past gradients, "
            "a velocity, which damps the oscillation across the valley and speeds up progress along it. Then we "
            "moved to Adam, which also keeps a running average of the squared gradients and divides by its "
            "square root, so each parameter gets its own adaptive step size, plus bias correction early on; "
            "that converged far faster on our sparse embeddings. The catch is weight decay: in Adam an L2 term "
            "gets divided by that same adaptive denominator, so it regularises unevenly. AdamW decouples the "
            "weight decay from the gradient update and applies it directly to the weights. For a transformer "
            "today I'd use AdamW with linear warmup and a cosine decay, plus gradient clipping."
        ),
        (
            "SGD: θ −= lr·g; it uses one global LR, it's noisy and zigzags in ravines. Momentum keeps v = βv + g "
            "and steps θ −= lr·v — it accumulates past gradients, damps oscillation, accelerates along consistent "
            "directions. Adam: "
            "momentum plus a per-parameter scale, an EMA of g², step = lr·m̂/(√v̂ + ε), with bias correction; "
            "adaptive LR per parameter, robust to badly scaled gradients. AdamW: same as Adam but the weight "
            "decay is decoupled, applied to the weights directly, θ −= lr·λθ, instead of adding λθ to the "
            "gradient, where Adam would rescale it by 1/√v̂ and make it uneven. For transformers today: AdamW, "
            "I'd train it with AdamW, β2 around 0.95, weight decay 0.1, a linear LR warmup then cosine decay, and "
            "clip gradients at 1."
        ),
    ],
    "batchnorm_vs_layernorm": [
        (
            "I hit this when porting a vision model idea to a text model. Batch norm normalises each feature "
            "using the mean and variance computed across the examples in the mini-batch, then applies a learned "
            "scale and shift; at inference it uses running averages collected during training. That worked on "
            "our images with batches of 256, but on text with batch size 4 and padded sequences of different "
            "lengths the batch statistics were noisy and training was unstable. Layer norm instead normalises "
            "across the features of each individual token, over the hidden dimension, so it does not depend on "
            "the batch at all: it behaves identically in training and inference, works with a batch of one and "
            "with variable sequence lengths, and needs no running statistics. That is why transformers use layer "
            "norm, usually pre-norm before each sublayer, or RMSNorm which skips the mean."
        ),
        (
            "BN: normalise each feature over the batch dimension (and spatial dims in CNNs), then learnable γ, "
            "β; needs running mean/var for inference, so train and test behave differently. LN: normalise each "
            "example over its own features — per token over the hidden dim — same γ, β. Why transformers use LN: "
            "it is independent of the batch, so small batches, variable-length sequences and padding don't "
            "corrupt the statistics; it works at batch size 1 and in autoregressive decoding; no running stats, "
            "identical train/inference behaviour. Practical detail: pre-LN for stable deep training; RMSNorm "
            "drops the mean centring and is cheaper. That's why BN stays standard in CNNs, LN in transformers."
        ),
    ],
    "attention_without_softmax": [
        (
            "When I was debugging a custom attention layer in a recommender, the way I explained it to the team "
            "was: each output is a weighted average of the value vectors, where the weights say how relevant "
            "each position's key is to the current query. The softmax is what makes those weights positive and "
            "sum to one, so the output is a convex combination of the values and stays on their scale. A "
            "colleague had tried dropping the softmax and using the raw scaled scores directly: the weights "
            "could be negative and unbounded, the output magnitude grew with the sequence length because it was "
            "now a sum rather than an average, and the activations blew up and training was unstable. Worse, "
            "positions no longer compete with each other, so the model cannot focus sharply on one token. We "
            "restored the softmax; linear-attention variants that drop it need their own normalisation."
        ),
        (
            "Attention = a data-dependent weighted average of V: out_i = Σ_j w_ij v_j, w_ij from q_i·k_j/√d. "
            "Softmax makes the weights non-negative and sum to 1 — a convex combination, output stays inside "
            "the span and scale of the values. Drop it and use raw scores: weights can be negative, unbounded; "
            "the output is a sum, so its magnitude grows with sequence length; positions no longer compete, so "
            "there's no sharp focus on one key; training gets unstable, activations blow up. Linear attention "
            "removes it deliberately but then has to add its own normalisation."
        ),
    ],
    "self_vs_cross_attention": [
        (
            "In a speech translation project I had to explain this to a new hire. In self-attention the "
            "queries, keys and values all come from the same sequence: each token of the source attends to the "
            "other tokens of the source. In cross-attention the queries come from the decoder, from the target "
            "sequence being generated, while the keys and values come from the encoder output, so every target "
            "token can look up the relevant parts of the source audio. In our encoder-decoder model, the "
            "encoder layers use only bidirectional self-attention over the input. Each decoder layer has masked, "
            "causal self-attention over the tokens generated so far, followed by a cross-attention sublayer "
            "that reads the encoder output, then the feed-forward block. Decoder-only models like GPT have no "
            "cross-attention at all."
        ),
        (
            "Self-attn: Q, K, V all come from the same sequence X; Q = XWq, K = XWk, V = XWv. Cross-attn: Q "
            "from one sequence — the decoder states — K and V from another, the encoder output. Placement in "
            "enc-dec: encoder has only self-attention, bidirectional over the source; each decoder block has "
            "causal masked self-attention over the target prefix, then cross-attention to the encoder output, "
            "then the FFN. Decoder-only models drop the cross-attention. Cost: cross-attention is target length "
            "by source length; the encoder K, V can be computed once and cached during decoding. The same "
            "mechanism conditions on other modalities too — in VLMs text tokens attend to image features."
        ),
    ],
    "activation_functions": [
        (
            "On a tabular model I inherited, every hidden layer used sigmoid and the deep layers barely trained: "
            "the sigmoid saturates, its derivative is at most 0.25, so gradients vanish as they go back through "
            "many layers. Some nonlinearity is needed, since stacked linear layers collapse into a single linear "
            "map, but I switched the hidden layers to ReLU, which is cheap and has gradient one for positive "
            "inputs, so it does not saturate there; when some units died, stuck at zero, I used leaky ReLU, "
            "which keeps a small slope for negative inputs. The output layer depends on the task: a sigmoid for "
            "a binary or multi-label output, a softmax over classes for multi-class, and a linear, identity output "
            "for regression, each paired with its matching loss. In transformers the feed-forward block uses "
            "GELU, or a gated variant such as SwiGLU in LLaMA-style models, which is smooth and trains a bit "
            "better than ReLU. Inside attention itself a softmax turns the scores into weights, and tanh still "
            "appears in LSTM gates."
        ),
        (
            "Hidden layers need some nonlinearity at all, else stacked linear layers collapse into one linear map. "
            "Hidden: ReLU by default — cheap, gradient 1 for x > 0, no saturation on that side, so no vanishing "
            "gradient. Sigmoid/tanh saturate — derivatives shrink toward 0 at the tails, so gradients vanish in deep stacks. Its risk is dead units — "
            "leaky ReLU or ELU keep a small negative slope. Output: it follows the loss — sigmoid for binary or "
            "multi-label, softmax for multi-class, linear for regression. Transformers: the FFN typically uses GELU, and "
            "modern LLMs have moved to SwiGLU, a gated variant; they are smooth and empirically beat ReLU. Softmax also "
            "normalises the attention scores. Sigmoid and tanh survive as gates in LSTMs and GLUs."
        ),
    ],
    "dropout_regularization": [
        (
            "On a click model that overfit badly, I added dropout with p = 0.3 after the dense layers. During "
            "training, on every forward pass each unit is zeroed at random with probability p, so each step "
            "trains a different thinned sub-network. At inference nothing is dropped and the full network is "
            "used; to keep the expected activation the same, we use inverted dropout, which scales the surviving "
            "units by 1/(1 - p) during training, so no rescaling is needed at test time. It regularises because "
            "units cannot co-adapt: a neuron cannot rely on a particular partner being present, so it learns "
            "redundant, robust features, and the result behaves like an average over an exponential ensemble of "
            "sub-networks sharing weights. Our validation loss stopped climbing. The cost is slower, noisier "
            "training, and too high a rate underfits; with batch norm and in big pretrained transformers we use "
            "less of it."
        ),
        (
            "Train: each activation is zeroed with prob p, a fresh Bernoulli mask per example per step; the "
            "survivors are scaled by 1/(1−p) — inverted dropout — so the expected value is unchanged. Inference: "
            "it is off, the full net is used and it is deterministic; no scaling needed then. Typical p is 0.1–0.5; "
            "big transformers use little or none. Why it regularises: "
            "it prevents co-adaptation, since no unit can count on another, so features must be redundant; it "
            "also acts like training an ensemble of 2^n thinned subnetworks with shared weights and averaging "
            "them at test time. Costs: it slows convergence, adds noise; p too high underfits. MC dropout keeps "
            "it on at inference to estimate uncertainty."
        ),
    ],
    "attention_scaling": [
        (
            "I implemented attention for a log-sequence model: Attention(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V. "
            "The first version forgot the division and training stalled. The reason: if the entries of q and k "
            "are roughly independent with zero mean and unit variance, their dot product is a sum of d_k terms, "
            "so its variance grows like d_k and its standard deviation like sqrt(d_k). With d_k = 64 the scores "
            "had a spread around 8, the softmax saturated into an almost one-hot distribution, and its gradients "
            "became vanishingly small, so the model stopped learning. Dividing by sqrt(d_k) brings the variance "
            "of the scores back to about one, keeping the softmax in a range where it is soft and the gradients "
            "flow. Dividing by d_k instead would over-shrink the scores and flatten the attention toward "
            "uniform."
        ),
        (
            "Attention is softmax(QKᵀ/√d_k)V. Each score q·k sums d_k products; with unit-variance, independent entries its "
            "variance is d_k, so its std grows as √d_k. Without the factor, big d_k means huge logits; softmax "
            "saturates to near one-hot, its gradient goes to ~0, training stalls or becomes unstable. Dividing by "
            "√d_k renormalises the logits to unit variance — keeps the softmax in its sensitive regime. It is not "
            "about making probabilities, softmax already does that; it's a temperature. Divide by d_k and you "
            "over-shrink: the attention goes near uniform."
        ),
    ],
    "multi_head_attention": [
        (
            "When we sized the encoder for our search ranking model, we used d_model = 512 with 8 heads of 64. "
            "Multi-head attention projects the input with separate learned Q, K and V matrices per head into a "
            "lower-dimensional subspace, runs scaled dot-product attention in each head in parallel, then "
            "concatenates the head outputs and applies an output projection W_O back to d_model. Because each "
            "head has d_model / h dimensions, the total cost is about the same as one full-width head. The "
            "benefit is that each head has its own attention pattern: in our probes one head tracked the "
            "previous token, another matched query terms to title terms, another followed syntax. A single big "
            "head produces one softmax per position, so it must average all those relations into one weighting. "
            "Some heads turn out redundant and can be pruned."
        ),
        (
            "MHA splits attention into h heads. Each head has its own W_Q, W_K, W_V that project d_model down to "
            "d_k = d_model/h, and each runs softmax(QKᵀ/√d_k)V on its own, in parallel; then we concat the h "
            "outputs and multiply by W_O. Params and FLOPs match one full-width head, since the dims are split, "
            "not multiplied. Why several small heads: one head gives one attention distribution per query — a "
            "single weighted average, so it blurs everything into one pattern; h heads attend to different "
            "positions and relation types in different subspaces — syntax, coreference, offsets — at once. Some "
            "heads end up redundant and can be pruned; GQA shares K/V across heads. Typical LLMs have 16 to 64 "
            "heads."
        ),
    ],
    "transformer_architectures": [
        (
            "At my last company we had all three in production, which made the trade-offs concrete. For search "
            "relevance and ticket classification we used an encoder-only model like BERT: it attends "
            "bidirectionally over the whole input, is pretrained with masked language modelling, and gives rich "
            "embeddings for classification, tagging and retrieval, but it cannot generate text on its own. For "
            "translating product descriptions we used an encoder-decoder like T5: the encoder reads the source "
            "bidirectionally and the decoder generates the output autoregressively while cross-attending to it, "
            "which suits sequence-to-sequence tasks such as translation and summarisation. For the assistant we "
            "used a decoder-only GPT-style model: causal attention, trained simply to predict the next token. "
            "Decoder-only took over because that one objective works on any raw text, it scales cleanly with "
            "data and compute, every task can be phrased as a prompt, so one model does everything with "
            "in-context learning, and one stack is simpler to train and serve with a KV cache."
        ),
        (
            "Encoder-only (BERT) is bidirectional — every token sees the whole input — and it's pretrained with MLM; it's best for understanding — "
            "classification, NER, embeddings for retrieval; it can't generate autoregressively. Enc-dec (T5, "
            "BART): the encoder reads the input bidirectionally, the decoder generates causally with "
            "cross-attention to it; it fits seq2seq — translation, summarisation. Decoder-only (GPT, LLaMA) masks "
            "attention causally and predicts the next token. Why it won: the next-token objective is self-supervised on "
            "any raw text, it scales predictably with params, data and compute, and every task becomes text "
            "generation via prompting, so one model covers everything with few-shot in-context learning; one "
            "stack, simple training, and KV caching makes inference cheap."
        ),
    ],
    "attention_long_sequences": [
        (
            "We hit this on a legal-document model. Self-attention compares every token with every other, so the "
            "score matrix is n by n: compute and memory grow quadratically with sequence length. Going from 4k "
            "to 32k tokens made that matrix 64 times bigger, and at inference the KV cache also grew linearly "
            "with the context. First we used FlashAttention, which computes exact attention in tiles without "
            "ever materialising the full matrix, so memory becomes linear, though compute stays quadratic. To "
            "reach 100k tokens we combined sparse or sliding-window attention, where each token only attends to "
            "a local window plus a few global tokens, with rotary position scaling so the model extrapolated, and "
            "ring attention to shard the sequence across GPUs. A linear-attention approximation was cheaper still "
            "but lost accuracy, since it gives up exactness for linear cost. We also asked whether we needed 100k at all: for "
            "many questions retrieval over chunks, feeding the model only the relevant passages, was cheaper and "
            "just as accurate."
        ),
        (
            "Scores are QKᵀ, n×n per head — O(n²·d) time, O(n²) memory; at 100k that's 10^10 entries per head "
            "per layer, hopeless if materialised. The KV cache also grows linearly with n at decode. Fixes: "
            "FlashAttention keeps it exact but tiles it in SRAM, so memory becomes O(n) — FLOPs stay quadratic; "
            "sparse or sliding-window attention (Longformer, Mistral) makes it O(n·w); linear attention or "
            "low-rank kernels approximate it; GQA and a quantised KV cache cut memory; RoPE scaling or YaRN "
            "extends the context; ring attention shards the sequence across devices. Often better: chunk the "
            "input and use retrieval so the model only sees what matters."
        ),
    ],
    "causal_masking": [
        (
            "When I trained a small GPT on our support transcripts, my first run had a bug: the loss dropped to "
            "almost zero in minutes, because the mask was missing and each position could see the token it had "
            "to predict. The fix is a causal mask: an upper-triangular matrix over the n by n attention scores "
            "that sets every entry where the key comes after the query to minus infinity, before the softmax, so "
            "those positions get exactly zero weight and the remaining weights still sum to one. Training needs "
            "it even though the whole sequence is known, because we use teacher forcing: all positions are "
            "predicted in parallel in one forward pass, and without the mask token i would just copy token i+1, "
            "cheating, and then fail at generation where the future does not exist yet. So the mask makes "
            "training match inference, while still letting us train on every position at once. A reversed mask "
            "leaks the future just as silently, so we now test that changing a later token leaves earlier "
            "outputs unchanged."
        ),
        (
            "Mask M is n×n, upper-triangular: M_ij = minus infinity for j > i, 0 otherwise; it's added to QKᵀ/√d before the "
            "softmax, so future keys get weight exactly 0 and each row still sums to 1. Setting weights to 0 "
            "after the softmax would break the normalisation. Why in training: teacher forcing runs all n "
            "positions in parallel in one pass, the full target is fed in; without the mask position i sees "
            "token i+1 and just copies it — label leakage, near-zero loss, useless at generation time where the "
            "future isn't available. It keeps train consistent with autoregressive inference and still gives n "
            "predictions per sequence per step. Get the direction flipped and it silently leaks the future — I test "
            "that changing a future token leaves earlier outputs unchanged."
        ),
    ],
    "grouped_query_attention": [
        (
            "We adopted this when serving a 13B chat model whose KV cache, not the weights, limited our batch "
            "size. In standard multi-head attention every query head has its own key and value heads, so the "
            "cache stores keys and values for every head, every layer and every token, and decoding is "
            "memory-bandwidth bound because each step reads that whole cache. Multi-query attention keeps many "
            "query heads but shares a single key and value head across all of them, shrinking the cache by the "
            "number of heads. Grouped-query attention is the middle ground: query heads are split into groups and "
            "each group shares one key-value head, say 8 KV heads for 64 query heads, an 8 times smaller cache. "
            "That let us fit longer contexts and bigger batches and raised throughput. The cost is some quality: "
            "MQA loses noticeably and can be less stable, GQA stays close to full multi-head; existing "
            "checkpoints can be uptrained to it by mean-pooling their key and value heads."
        ),
        (
            "MHA: h query heads, h K/V heads; KV cache = 2·L·h·d_head·T per sequence. Decoding is "
            "memory-bandwidth bound — every step reloads the whole cache. MQA: all query heads share one K/V "
            "head, so the cache shrinks by h×. GQA: g groups, each sharing one K/V head; g = 1 is MQA, g = h is "
            "MHA. E.g. LLaMA-2-70B: 64 Q heads, 8 KV heads, an 8× smaller cache. Wins: longer context, bigger "
            "batch, higher tokens/s. Costs: fewer K/V projections mean less capacity, so MQA loses quality and "
            "can be unstable; GQA is near MHA quality. You can uptrain an MHA checkpoint by mean-pooling its K/V "
            "heads into groups."
        ),
    ],
    "positional_encodings": [
        (
            "I learned this the hard way extending a model's context for long contracts. Attention is permutation "
            "invariant, so without position information a shuffled sentence looks identical. The original "
            "transformer added fixed sinusoidal encodings to the token embeddings, sines and cosines at "
            "different frequencies; BERT and GPT-2 instead learned an absolute position embedding per index, "
            "which cannot go beyond the maximum length seen in training. Our model used rotary embeddings, RoPE: "
            "rather than adding a vector to the input, it rotates the query and key vectors in each pair of "
            "dimensions by an angle proportional to the position, so the dot product between a query and a key "
            "depends only on their relative distance. That relative property is why RoPE extrapolates better "
            "and could be stretched: we used position interpolation to scale the angles and reached 32k tokens "
            "after a short fine-tune. ALiBi, a linear distance bias on the scores, is another relative option."
        ),
        (
            "Self-attn is permutation-equivariant; it has no order, so position must be injected. Absolute: add "
            "a vector to the embedding — sinusoidal, fixed, sin/cos at geometric frequencies, or learned per "
            "index, capped at max length; it's added once at the input. RoPE rotates q and k by position-"
            "dependent angles, pairwise over dims, at every layer, so qᵢ·kⱼ depends only on i − j, the relative "
            "offset; nothing is added to the values. It extrapolates better and it's easy to extend with "
            "position interpolation, NTK scaling, YaRN. ALiBi adds a linear distance penalty to the scores "
            "instead."
        ),
    ],
    "train_val_divergence": [
        (
            "This happened on our demand-forecasting net: training loss kept falling while validation loss "
            "climbed after epoch 6. Before calling it overfitting I checked the data: was the validation set "
            "from the same distribution, was there leakage or duplicates between splits, were preprocessing and "
            "the metric computed the same way, was dropout or batch norm in the wrong mode at evaluation? All "
            "fine, so it was classic overfitting: the model memorising the training set. I took the "
            "checkpoint with the best validation loss via early stopping, then added regularisation, weight decay "
            "and dropout, plus data augmentation, and reduced capacity a little. The biggest win was simply "
            "getting more training data. I also lowered the learning rate, since a rising validation loss can "
            "come from the model growing over-confident, and watched the validation accuracy too."
        ),
        (
            "Classic overfitting signature — it's memorising. First I rule out bugs: leakage or duplicates between "
            "the splits, a shifted val distribution, preprocessing that differs between train and val, dropout/BN "
            "left in train mode at eval, a mislabelled val set. I also check whether val accuracy actually drops "
            "or it's just calibration — over-confident logits raise the val loss while accuracy holds. Then: "
            "early-stop at the best val checkpoint; add regularisation — weight decay, dropout, augmentation; "
            "shrink the model or get more data; lower the LR or add a decay schedule. Tune these against the val "
            "curve, keep a test set untouched."
        ),
    ],
}
