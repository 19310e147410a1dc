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
}
