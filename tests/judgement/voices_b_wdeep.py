"""Fresh expert answers written by helper wdeep from each question's prompt alone (key points read
only afterwards), for the deep_learning bank, in two voices not covered before: a *second-language*
strong candidate (simple grammar, dropped articles, agreement slips, short sentences, content fully
correct and complete) and a *teacher* explaining to a junior colleague (everyday analogy first, then
the mechanism, a small worked number, then the rule of thumb). Each must reach 0.7; misses were used
to widen the patterns with general wordings, never phrases fitted to one sentence."""

from __future__ import annotations

EXPERTS = {
    "backprop_two_layer": [
        (
            "Input X has shape n by d. First layer: Z1 = X W1 + b1, W1 is d by h, so Z1 is n by h. Then A1 = ReLU "
            "of Z1, same shape n by h. Second layer: Z2 = A1 W2 + b2, W2 is h by 1, so Z2 is n by 1, and output p "
            "= sigmoid of Z2. Loss is binary cross-entropy, mean over batch. Backward pass: sigmoid and "
            "cross-entropy together give very simple gradient, dZ2 = (p - y) / n, shape n by 1. Then dW2 = A1 "
            "transpose times dZ2, shape h by 1, and db2 is sum of dZ2 over batch. Gradient go back to hidden "
            "layer: dA1 = dZ2 times W2 transpose, shape n by h. ReLU derivative is 1 where Z1 is positive and 0 "
            "otherwise, so dZ1 = dA1 elementwise times indicator Z1 > 0. Then dW1 = X transpose times dZ1, shape "
            "d by h, and db1 is sum of dZ1 over rows. All of this is just chain rule, applied layer by layer from "
            "loss back to input. Every gradient have same shape as its parameter, this is good check, and I "
            "verify with finite difference gradient check on small example."
        ),
        (
            "Think of the backward pass as sending a bill back through a shop: each step pays its share and "
            "passes the rest on. Forward first. With a batch X of shape n by d, the hidden pre-activation is Z1 = "
            "X W1 + b1, shape n by h, then A1 = relu(Z1). The output logit is Z2 = A1 W2 + b2, shape n by 1, and "
            "p = sigmoid(Z2), with binary cross-entropy averaged over the batch. Now backward. The nice part: the "
            "derivative of the loss with respect to the logit is just p minus y, because the sigmoid and the log "
            "in cross-entropy cancel; for p = 0.8 and y = 1 it is -0.2. So dZ2 = (p - y)/n. Then dW2 = A1^T dZ2 "
            "(h by 1) and db2 = the sum of dZ2. Pass it back: dA1 = dZ2 W2^T, shape n by h. The ReLU lets the "
            "gradient through only where Z1 was positive, so dZ1 = dA1 times the mask (Z1 > 0). Finally dW1 = X^T "
            "dZ1 (d by h) and db1 = the column sums of dZ1. Rule of thumb: each gradient has the shape of the "
            "thing it updates, the whole pass is the chain rule applied one layer at a time, and you confirm it "
            "with a numerical gradient check using finite differences."
        ),
    ],
    "optimizers": [
        (
            "Plain SGD take gradient of mini-batch and step against it with learning rate. It is simple but "
            "noisy, slow in ravines, and sensitive to learning rate. Momentum add velocity: it keep running "
            "average of past gradients and step in that direction. So oscillation across the ravine cancel and "
            "progress along the valley accumulate, it converge faster. Adam add per-parameter adaptive learning "
            "rate: it keep first moment, average of gradients, and second moment, average of squared gradients, "
            "and divide step by square root of second moment, with bias correction at the start. So rare or small "
            "gradient parameters get bigger step. Problem: in Adam, L2 penalty added to loss also get divided by "
            "that second moment, so regularization is not uniform. AdamW decouple weight decay: it shrink weights "
            "directly in update, separate from gradient. For transformer today I use AdamW, with learning rate "
            "warmup then cosine decay, and gradient clipping."
        ),
        (
            "Picture a ball rolling down a hilly field. Plain SGD is a walker who looks at the slope under his "
            "feet on a random mini-batch and takes a step downhill of size learning rate times gradient; the "
            "steps are noisy and it zig-zags in narrow valleys. Momentum gives the walker inertia: it keeps an "
            "exponential moving average of past gradients, with beta 0.9 roughly the last ten steps, so the "
            "zig-zag cancels out and the downhill direction builds up speed. Adam also keeps a running average of "
            "squared gradients and divides each parameter's step by its square root, so every parameter gets its "
            "own adaptive step size, plus a bias correction for the early steps. AdamW fixes one thing: in Adam "
            "an L2 term in the loss gets rescaled by that adaptive denominator, so weight decay is weaker for "
            "parameters with large gradients. AdamW decouples weight decay and applies it directly to the "
            "weights. Rule of thumb for a transformer today: AdamW with warmup, a cosine or linear decay schedule "
            "and weight decay around 0.1."
        ),
    ],
    "batchnorm_vs_layernorm": [
        (
            "Batch norm normalize each feature using mean and variance over the batch dimension. So statistics "
            "depend on other examples in batch. At inference it use running averages collected in training, so "
            "train and test behave different, and small batch give noisy statistics. Layer norm normalize each "
            "example over its own features, across hidden dimension, so it does not depend on batch at all, and "
            "it work same in training and inference. Both have learned scale gamma and shift beta. Transformer "
            "use layer norm because sequences have different length and padding, batch statistics over tokens "
            "would be messy, and batch is often small per device. So batch norm stay in CNN for vision with big "
            "batch, layer norm in transformer. Also for autoregressive generation you process one token at time, "
            "batch statistics make no sense there. Layer norm per token is independent of batch size and sequence "
            "length, and it stabilize training of deep residual stack. Many modern LLMs use RMSNorm, simpler "
            "variant without mean subtraction, it only divide by root mean square."
        ),
        (
            "Imagine grading exams. Batch norm is grading each question on a curve across the whole class; layer "
            "norm is rescaling each student's own paper so their scores have mean zero and unit spread. "
            "Concretely, batch norm takes one feature and normalizes it with the mean and variance computed "
            "across the examples in the mini-batch, then applies a learned scale and shift. Because it needs the "
            "batch, it keeps running statistics for inference and gets noisy with a batch of 2 or 4. Layer norm "
            "takes one example, say a token vector of 512 numbers, and normalizes across those 512 features, with "
            "its own learned gain and bias; it never looks at other examples, so training and inference are "
            "identical. Transformers use layer norm because batches of variable-length, padded sequences make "
            "batch statistics unreliable, batches per GPU are small, and at generation time you decode one token "
            "at a time, where there is no batch to average over. Rule of thumb: batch norm for CNNs with big "
            "batches, layer norm for sequence models; and most recent LLMs go one step further with RMSNorm, "
            "which skips the mean-centring and just divides by the root mean square."
        ),
    ],
    "attention_without_softmax": [
        (
            "Attention output for each query is weighted average of the value vectors. Weights come from "
            "similarity of query with each key, dot product, scaled, then softmax. So weights are not fixed, they "
            "are computed from the input, different for each query. Softmax make weights positive and sum to one, "
            "so output is convex combination of values, it stay inside range of values and scale is stable. If we "
            "remove softmax and use raw scaled scores as weights, weights can be negative and they do not sum to "
            "one. Then output scale grow with sequence length, more tokens means bigger sum, so activation blow "
            "up or vary a lot and training become unstable. Also softmax is exponential, it make tokens compete: "
            "one big score take most of the weight, so model can focus sharply on few tokens. Without it there is "
            "no competition, every token contribute linearly, model cannot select. Negative weights also flip "
            "value vectors, which is hard to interpret."
        ),
        (
            "Think of a committee vote where each member's opinion is a value vector and you decide how much to "
            "listen to each one. Attention computes a score between the query and every key, and the output is a "
            "weighted average of the value vectors using those scores turned into weights. Unlike a fixed "
            "convolution kernel, these weights are recomputed for every input, so each token decides where to "
            "read from. The softmax does that turning: it makes every weight positive and makes them sum to one, "
            "so the output is a mix that stays within the spread of the values, whatever the number of tokens. It "
            "also makes the tokens compete: scores of 4, 2 and 0 become roughly 0.87, 0.12 and 0.02, so the model "
            "can focus on the one that matters. Drop the softmax and use the raw scaled scores, and the weights "
            "can be negative and no longer sum to one; with 10 tokens or 10,000 tokens the sum grows with "
            "sequence length, so the output magnitude drifts and training becomes unstable, and nothing forces "
            "tokens to compete, so sharp focus is lost. Rule of thumb: any replacement, like linear attention, "
            "needs its own normalization."
        ),
    ],
    "self_vs_cross_attention": [
        (
            "In self-attention queries, keys and values all come from same sequence. Each token look at other "
            "tokens of its own sequence. In cross-attention queries come from one sequence, the decoder, and keys "
            "and values come from other sequence, the encoder output. So decoder token ask question, and encoder "
            "states provide the answer. In encoder-decoder model, like original transformer or T5, encoder has "
            "self-attention only, bidirectional, every token see all source tokens. Decoder has two attention in "
            "each block: first masked causal self-attention over target tokens generated so far, then "
            "cross-attention where decoder query attend to the encoder outputs. Cross-attention is how "
            "information from source sentence go into translation. Encoder output are computed once, and keys and "
            "values for cross-attention can be cached for all decoding steps. Cross-attention is used also for "
            "other modality, for example text decoder attend to image features, or diffusion model condition on "
            "text prompt."
        ),
        (
            "An analogy: self-attention is a team meeting where everyone listens to their own colleagues; "
            "cross-attention is a translator who, while writing, keeps looking back at the original text. "
            "Mechanically, in self-attention the queries, keys and values are all projections of the same "
            "sequence, so each token gathers information from the other tokens of that sequence. In "
            "cross-attention the queries come from the decoder's sequence while the keys and values come from the "
            "encoder's output, a different sequence. In an encoder-decoder model such as the original translation "
            "transformer, the encoder uses only bidirectional self-attention over the source. Each decoder layer "
            "has masked self-attention over the target tokens produced so far, then a cross-attention block whose "
            "queries come from the decoder and whose keys and values come from the encoder output. Example: "
            "translating a 20-word sentence into French, each French token queries all 20 encoder vectors. The "
            "same block conditions on other modalities too: an image captioner's text decoder attends to image "
            "features, and a text-to-image diffusion model attends to the prompt embeddings. Rule of thumb: ask "
            "where Q comes from and where K and V come from."
        ),
    ],
    "activation_functions": [
        (
            "First, hidden layers need nonlinearity, because stack of linear layers collapse into one linear map. "
            "For hidden layers default is ReLU. It is cheap, gradient is 1 for positive input, so it does not "
            "saturate like sigmoid or tanh, and deep network train faster without vanishing gradient. Problem is "
            "dying ReLU, unit stuck at zero when input always negative, so people use Leaky ReLU or ELU. Sigmoid "
            "and tanh in hidden layer saturate, derivative near zero at both ends, so gradient vanish; tanh is at "
            "least zero-centred. Tanh and sigmoid still used inside LSTM gates. Output layer depend on task: "
            "sigmoid for binary or multi-label, softmax for multi-class, it give probabilities that sum to one, "
            "and linear, no activation, for regression. In transformers the feed-forward block use GELU, smooth "
            "version of ReLU, and modern LLM use SwiGLU, gated linear unit with Swish. Softmax also is used "
            "inside attention to turn scores into weights."
        ),
        (
            "Think of an activation as a valve on a pipe: it decides how much signal flows on. Without a "
            "nonlinear valve, ten linear layers multiply out to a single linear layer, so depth buys nothing. In "
            "hidden layers the default valve is ReLU, max(0, x): for x = 3 it passes 3 with gradient 1, for x = "
            "-2 it outputs 0. Because the gradient is 1 on the positive side it does not saturate, so deep "
            "networks avoid the vanishing gradients you get with sigmoid or tanh, whose slope is at most 0.25 or "
            "1 and near zero at the tails; multiply 0.25 over ten layers and almost nothing is left. ReLU's "
            "weakness is dead units that never fire again, which leaky ReLU fixes with a small negative slope. At "
            "the output the activation follows the loss: sigmoid for a binary label, softmax for one-of-many "
            "classes, identity for regression. Transformers use GELU in the feed-forward layers, and recent LLMs "
            "use SwiGLU, a gated variant. Rule of thumb: ReLU-family inside, task-matched at the output, GELU or "
            "SwiGLU in transformers."
        ),
    ],
    "dropout_regularization": [
        (
            "During training, dropout randomly set each neuron output to zero with probability p, for example 0.1 "
            "or 0.5, new random mask every step. In inverted dropout the kept activations are scaled up by 1 over "
            "1 minus p, so expected value stay same. At inference dropout is turned off, all neurons are used, "
            "and no scaling needed because we already scaled in training. In original version they instead "
            "multiply weights by keep probability at test time. Why it regularize: network cannot rely on one "
            "specific neuron, so neurons cannot co-adapt, each feature must be useful alone, representation "
            "become more robust and redundant. Also it is like training big ensemble of many thinned subnetworks "
            "that share weights, and inference approximate averaging them. It add noise, so it reduce "
            "overfitting, but training become slower and need more epochs."
        ),
        (
            "Picture a football team where, at every practice, a random few players are told to sit out. Nobody "
            "can count on one star teammate, so everyone learns to play well with whoever is on the field. "
            "Dropout does this to neurons: at each training step every unit is zeroed with probability p, a fresh "
            "random mask each time, and the survivors are scaled by 1/(1-p), so with p = 0.5 a kept activation of "
            "2 becomes 4 and the expected value is unchanged. At inference dropout is switched off: every unit is "
            "used, deterministically, and thanks to the scaling in training nothing else changes. It regularizes "
            "because units cannot co-adapt and must each carry useful features, and because each step trains a "
            "different thinned sub-network, so the final model acts like an average over an ensemble of many "
            "networks sharing weights. Rule of thumb: p around 0.1 in transformers, up to 0.5 in big fully "
            "connected layers, and remember model.eval() at test time."
        ),
    ],
    "attention_scaling": [
        (
            "Attention is softmax of Q K transpose divided by square root of d k, times V. Reason for scaling: if "
            "components of query and key are independent with mean zero and variance one, dot product is sum of d "
            "k terms, so its variance is d k and standard deviation is square root of d k. With d k equal 64, "
            "scores have std 8. Big scores push softmax into saturation: almost one-hot, one weight near 1, "
            "others near 0. Then gradient of softmax become very small, vanishing gradient, and training is slow "
            "or unstable. Dividing by square root of d k bring variance back to one, whatever the head dimension, "
            "so softmax stay in range where gradient flow. Without factor the model attend too sharply at start "
            "and learning suffer, especially for large head dimension. Temperature is the same idea."
        ),
        (
            "Think of softmax as a voting machine that gets more winner-take-all the louder the votes are. Scaled "
            "dot-product attention is Attention(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V. Each score is a dot "
            "product of a query and a key, a sum of d_k products. If each entry has unit variance, that sum has "
            "variance d_k, so its typical size grows like sqrt(d_k): with d_k = 64 the scores spread around plus "
            "or minus 8 instead of plus or minus 1. Feed scores like 8 and -8 to a softmax and it saturates: one "
            "weight is about 1, the rest about 0, and the gradient through the softmax becomes nearly zero, so "
            "the attention weights barely learn. Dividing by sqrt(d_k) restores unit variance, keeping the "
            "softmax soft and the gradients healthy at any head size. Without it, training is unstable or stalls, "
            "worse for bigger heads. Rule of thumb: keep the logits going into a softmax at order one."
        ),
    ],
    "multi_head_attention": [
        (
            "Multi-head attention run several attention in parallel, for example 12 heads in BERT base, 32 or "
            "more in big LLM. Model dimension d model is split into h heads, each head has own projection "
            "matrices W Q, W K, W V that project input to smaller dimension d model over h. Each head compute "
            "scaled dot-product attention separately, then outputs of all heads are concatenated back to d model "
            "and multiplied by output projection W O. Why many small heads: one head give one softmax, one "
            "attention pattern, it average everything. Different heads can learn different relations, for example "
            "one head look at previous token, other at syntax, other at coreference, in different subspaces. Cost "
            "is almost same as one big head, because total dimension is same, so we get more diversity for free. "
            "Some heads are redundant and can be pruned."
        ),
        (
            "Imagine reading a contract with several highlighters: one for names, one for dates, one for amounts. "
            "One reader with one highlighter would blur them together. Multi-head attention gives the model "
            "several highlighters. With d_model = 512 and 8 heads, each head projects the input with its own "
            "learned W_Q, W_K, W_V down to 64 dimensions, runs scaled dot-product attention on its own, and the "
            "eight 64-dimensional outputs are concatenated back to 512 and mixed by an output projection W_O. The "
            "reason for several small heads instead of one 512-wide head: a single softmax produces one weighting "
            "per token, so it has to average over everything it cares about, while separate heads can attend to "
            "different positions for different relations, such as syntax, nearby tokens or coreference, in "
            "different representation subspaces. The compute and parameter count are about the same as a single "
            "full-width head. Rule of thumb: head dimension 64 to 128."
        ),
    ],
    "transformer_architectures": [
        (
            "Encoder-only, like BERT, use bidirectional self-attention, each token see whole input. It is trained "
            "with masked language modeling. Good for understanding tasks: classification, NER, embeddings, "
            "retrieval. It cannot generate text well. Decoder-only, like GPT, use causal mask, each token see "
            "only previous tokens, trained with next-token prediction. Good for generation. Encoder-decoder, like "
            "T5 or original transformer, encoder read input bidirectionally and decoder generate output with "
            "cross-attention to encoder. Good for sequence-to-sequence, translation, summarization. Decoder-only "
            "took over because it is simple, one stack, and next-token objective use every token of any raw text "
            "as training signal, it scale very well with data and compute. Every task can be written as text in, "
            "text out with prompt, so one model do everything, in-context learning appear at scale, and KV cache "
            "make generation efficient."
        ),
        (
            "Think of three jobs: a reader who summarizes what a document means, a writer who continues a story, "
            "and a translator who reads one text and writes another. Encoder-only models like BERT are the "
            "reader: bidirectional attention, trained by masking tokens, best for classification, tagging and "
            "embeddings. Decoder-only models like GPT are the writer: causal attention, each token sees only "
            "earlier ones, trained to predict the next token, natural for generation. Encoder-decoder models like "
            "T5 are the translator: an encoder reads the source bidirectionally and a decoder generates while "
            "cross-attending to it, good for translation and summarization. Decoder-only took over because the "
            "next-token objective turns every token of raw web text into a training signal, a 1,000-token "
            "document gives 1,000 predictions, the single stack is simple and scales predictably, and any task "
            "can be phrased as a prompt, so one model covers all of them with in-context learning. Rule of thumb: "
            "encoder for embeddings, decoder-only for general generation."
        ),
    ],
    "attention_long_sequences": [
        (
            "Self-attention compare every token with every other token. Score matrix Q K transpose is n by n, so "
            "compute is O of n squared times d and memory for attention matrix is O of n squared. If sequence "
            "double, cost become four times. For 100k tokens that is 10 billion scores per head per layer, too "
            "much. Also at inference KV cache grow linearly with length and take lot of GPU memory. What I do: "
            "first FlashAttention, it compute exact attention in tiles without storing full n by n matrix, memory "
            "become linear, but compute still quadratic. Second, sparse or local attention, sliding window like "
            "Longformer or Mistral, each token attend only to nearby tokens plus few global tokens, cost become "
            "linear in n. Also linear attention or state space model like Mamba. For position use RoPE with "
            "scaling to extend context. Or avoid long context: chunk document and use retrieval, RAG, to give "
            "model only relevant parts."
        ),
        (
            "Picture a meeting where every person must talk to every other person: with 10 people that is 100 "
            "conversations, with 1,000 it is a million. Self-attention works like that. Every query is compared "
            "with every key, so the score matrix is n by n: compute grows as n squared times d and the memory to "
            "hold the attention matrix grows as n squared. Going from 4k to 100k tokens multiplies the cost by "
            "about 600: at 100k tokens that is 10 billion scores per head per layer. On top of that, the KV cache "
            "at generation time grows linearly with sequence length. For 100k tokens I would combine several "
            "things. FlashAttention computes exact attention block by block in fast on-chip memory, so memory "
            "becomes linear, though the FLOPs stay quadratic. Sliding-window or sparse attention lets each token "
            "see only a local window plus a few global tokens, making the cost linear. Position handling must "
            "extrapolate, for example RoPE with interpolation. And often the best answer is retrieval: chunk the "
            "100k tokens and feed only the relevant pieces. Rule of thumb: exact attention with FlashAttention "
            "first, approximate only if needed."
        ),
    ],
    "causal_masking": [
        (
            "Decoder use causal mask, it is upper triangular matrix. Position i can attend to position j only if "
            "j is less or equal i. Mask is applied to attention scores before softmax: we add minus infinity, or "
            "very large negative number, to scores of future positions. After softmax, exp of minus infinity is "
            "zero, so future tokens get zero weight, and remaining weights still sum to one. If you set weights "
            "to zero after softmax they not sum to one anymore, so it is before. Why in training: we use teacher "
            "forcing, whole target sequence is given at once and we predict every next token in parallel, in one "
            "forward pass. Without mask, token at position i can see token i plus 1, the answer it must predict, "
            "so it just copy it, loss go to near zero, and model learn nothing useful. At inference future tokens "
            "do not exist, so model must learn same condition as in generation. Mask keep training and inference "
            "consistent. Common bug is mask in wrong direction, or boolean inverted, it leak future silently. I "
            "test it: change a future token and check earlier outputs stay unchanged."
        ),
        (
            "Think of a student taking a test where the answer key is printed on the next page: you have to cover "
            "that page, or the test measures nothing. The causal mask covers it. For a sequence of length n we "
            "build an n by n lower-triangular pattern: position i may attend to positions 1 to i and nothing "
            "after. It is applied to the attention scores before the softmax by adding minus infinity, in "
            "practice a large negative number, to every entry above the diagonal. The softmax turns those into "
            "exactly zero weight and renormalizes over the allowed positions; for token 3 of 5, the weights on "
            "tokens 4 and 5 become 0 and tokens 1 to 3 share the whole weight. Training needs it even though the "
            "whole sequence is known, because we train all positions in parallel with teacher forcing: without "
            "the mask, position 3 could read token 4, the very token it is asked to predict, and would learn to "
            "copy instead of predict, then fail at generation time when the future is not there. Rule of thumb: "
            "mask before softmax, never after, and since a mask flipped the wrong way round leaks the future "
            "without any error, verify it with a test that changing a future token leaves earlier outputs "
            "unchanged."
        ),
    ],
    "grouped_query_attention": [
        (
            "In standard multi-head attention every head has own keys and values. At inference we cache K and V "
            "for every token, every layer, every head, so KV cache become very big for long context and big "
            "batch, and decoding is memory bandwidth bound: each new token must read whole cache. Multi-query "
            "attention, MQA, keep many query heads but share only one key head and one value head for all of "
            "them. KV cache become h times smaller, decoding faster. But quality drop a bit and training can be "
            "less stable. Grouped-query attention, GQA, is middle: query heads split into groups, each group "
            "share one K and V head, for example 32 query heads and 8 KV heads, cache 4 times smaller. Quality "
            "almost same as multi-head, speed close to MQA. LLaMA 2 70B and Mistral use GQA. Cost is some loss of "
            "capacity, and you can convert existing MHA checkpoint by mean pooling heads and uptraining a little."
        ),
        (
            "Imagine a library where every reader has a personal copy of every book: fast to consult, but the "
            "shelves overflow. Standard multi-head attention is like that: each head has its own keys and values, "
            "and during generation the KV cache stores them for every past token, layer and head. With 32 heads, "
            "80 layers and long contexts the cache runs to many gigabytes, and each decoding step is limited by "
            "memory bandwidth reading it. Multi-query attention keeps all 32 query heads but shares a single key "
            "and value head among them, so the cache shrinks 32 times and decoding speeds up, at some cost in "
            "quality. Grouped-query attention sits in between: the 32 query heads are split into, say, 8 groups, "
            "each sharing one key-value head, so the cache is 4 times smaller while quality stays close to full "
            "multi-head. The cost is fewer distinct key-value projections, so a little less capacity. Rule of "
            "thumb: GQA with 8 KV heads is today's default for large LLMs."
        ),
    ],
    "positional_encodings": [
        (
            "Self-attention is permutation equivariant, if you shuffle tokens, outputs shuffle same way, so model "
            "not know order. We must add position information. Absolute encoding: each position get a vector, "
            "either fixed sinusoidal, sine and cosine of different frequencies like original transformer, or "
            "learned embedding like BERT and GPT-2. This vector is added to token embedding at input. Learned one "
            "cannot go beyond max length seen in training. Rotary, RoPE, is different: it does not add anything "
            "to embedding, it rotate query and key vectors in each layer, pairs of dimensions rotated by angle "
            "proportional to position. Then dot product of query and key depend only on relative distance between "
            "them, so it encode relative position. It is applied inside attention, not at input, and it "
            "extrapolate better, with scaling tricks to extend context. Also ALiBi add distance bias to scores. "
            "LLaMA use RoPE."
        ),
        (
            "Think of a deck of cards thrown on a table: attention sees the cards but not the order they were "
            "dealt. Formally, self-attention is permutation-equivariant, so without extra information \"dog bites "
            "man\" and \"man bites dog\" look the same. Absolute encodings give each position its own vector, either "
            "the fixed sinusoids of the original transformer or a learned embedding table as in BERT, and add it "
            "to the token embedding once at the input. A learned table of 512 rows simply has nothing for "
            "position 600. Rotary embeddings work differently: instead of adding a vector, they rotate the query "
            "and key vectors in every attention layer, each pair of dimensions by an angle proportional to the "
            "position. When you take the dot product of a query at position 10 and a key at position 7, the "
            "rotations cancel down to a rotation by 3, so the score depends only on the relative distance. Going "
            "past the training length still needs care: RoPE models use position interpolation or frequency "
            "scaling plus a little fine-tuning, while ALiBi degrades more gracefully. Rule of thumb: RoPE is the "
            "default in modern LLMs."
        ),
    ],
    "train_val_divergence": [
        (
            "This is classic overfitting: model memorize training data and stop generalize. But first I check it "
            "is real. I check data: is validation set from same distribution, any leakage or duplicates, is "
            "preprocessing same, is dropout and batch norm in eval mode for validation. Also check learning rate, "
            "too high can make validation unstable. Then I look at the gap and at validation metric, not only "
            "loss, because loss can go up from overconfidence while accuracy still ok. If it is overfitting: "
            "early stopping, keep checkpoint with best validation loss. Add regularization: weight decay, "
            "dropout, data augmentation. Get more data. Make model smaller or train fewer epochs. Lower learning "
            "rate or use schedule. And compare with simple baseline."
        ),
        (
            "Imagine a student whose practice-test scores keep rising while mock-exam scores start falling: they "
            "are memorizing the practice answers. Training loss falling while validation loss rises is the same "
            "signal, overfitting, the model fitting noise in the training set. First I check it is real and not a "
            "bug: that the validation split comes from the same distribution and has no leakage or overlap, that "
            "preprocessing matches, and that the model is in eval mode so dropout is off. I also check whether "
            "validation accuracy is actually dropping, because loss can rise from over-confident wrong "
            "predictions while accuracy holds. Say validation loss bottomed at 0.42 at epoch 8 and is 0.55 at "
            "epoch 15: I take the epoch 8 checkpoint with early stopping. Then I change things: more "
            "regularization such as weight decay, dropout and data augmentation, more data, a smaller model, or a "
            "lower learning rate. Rule of thumb: fix the data first, then regularize."
        ),
    ],
}
