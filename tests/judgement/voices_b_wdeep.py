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
            "Input X has shape n by d. First layer: Z1 = X W1 + b1, W1 is d by h, so Z1 is n by h. "
            "Then A1 = ReLU of Z1, same shape n by h. Second layer: Z2 = A1 W2 + b2, W2 is h by 1, "
            "so Z2 is n by 1, and output p = sigmoid of Z2. Loss is binary cross-entropy, mean over batch. "
            "Backward pass: sigmoid and cross-entropy together give very simple gradient, dZ2 = (p - y) / n, "
            "shape n by 1. Then dW2 = A1 transpose times dZ2, shape h by 1, and db2 is sum of dZ2 over batch. "
            "Gradient go back to hidden layer: dA1 = dZ2 times W2 transpose, shape n by h. "
            "ReLU derivative is 1 where Z1 is positive and 0 otherwise, so dZ1 = dA1 elementwise times indicator Z1 > 0. "
            "Then dW1 = X transpose times dZ1, shape d by h, and db1 is sum of dZ1 over rows. "
            "All of this is just chain rule, applied layer by layer from loss back to input. "
            "Every gradient have same shape as its parameter, this is good check, and I verify with finite difference gradient check on small example."
        ),
        (
            "Think of the backward pass as sending a bill back through a shop: each step pays its share and "
            "passes the rest on. Forward first. With a batch X of shape n by d, the hidden pre-activation is "
            "Z1 = X W1 + b1, shape n by h, then A1 = relu(Z1). The output logit is Z2 = A1 W2 + b2, shape n by 1, "
            "and p = sigmoid(Z2), with binary cross-entropy averaged over the batch. Now backward. The nice part: "
            "the derivative of the loss with respect to the logit is just p minus y, because the sigmoid and the "
            "log in cross-entropy cancel; for p = 0.8 and y = 1 it is -0.2. So dZ2 = (p - y)/n. Then dW2 = A1^T dZ2 "
            "(h by 1) and db2 = the sum of dZ2. Pass it back: dA1 = dZ2 W2^T, shape n by h. The ReLU lets the "
            "gradient through only where Z1 was positive, so dZ1 = dA1 times the mask (Z1 > 0). Finally "
            "dW1 = X^T dZ1 (d by h) and db1 = the column sums of dZ1. Rule of thumb: each gradient has the shape "
            "of the thing it updates, the whole pass is the chain rule applied one layer at a time, and you confirm "
            "it with a numerical gradient check using finite differences."
        ),
    ],
    "optimizers": [
        (
            "Plain SGD take gradient of mini-batch and step against it with learning rate. It is simple but "
            "noisy, slow in ravines, and sensitive to learning rate. Momentum add velocity: it keep running average "
            "of past gradients and step in that direction. So oscillation across the ravine cancel and progress along "
            "the valley accumulate, it converge faster. Adam add per-parameter adaptive learning rate: it keep first "
            "moment, average of gradients, and second moment, average of squared gradients, and divide step by square "
            "root of second moment, with bias correction at the start. So rare or small gradient parameters get bigger "
            "step. Problem: in Adam, L2 penalty added to loss also get divided by that second moment, so regularization "
            "is not uniform. AdamW decouple weight decay: it shrink weights directly in update, separate from gradient. "
            "For transformer today I use AdamW, with learning rate warmup then cosine decay, and gradient clipping."
        ),
        (
            "Picture a ball rolling down a hilly field. Plain SGD is a walker who looks at the slope under his feet "
            "on a random mini-batch and takes a step downhill of size learning rate times gradient; the steps are noisy "
            "and it zig-zags in narrow valleys. Momentum gives the walker inertia: it keeps an exponential moving average "
            "of past gradients, with beta 0.9 roughly the last ten steps, so the zig-zag cancels out and the downhill "
            "direction builds up speed. Adam also keeps a running average of squared gradients and divides each "
            "parameter's step by its square root, so every parameter gets its own adaptive step size, plus a bias "
            "correction for the early steps. AdamW fixes one thing: in Adam an L2 term in the loss gets rescaled by "
            "that adaptive denominator, so weight decay is weaker for parameters with large gradients. AdamW decouples "
            "weight decay and applies it directly to the weights. Rule of thumb for a transformer today: AdamW with "
            "warmup, a cosine or linear decay schedule and weight decay around 0.1."
        ),
    ],
    "batchnorm_vs_layernorm": [
        (
            "Batch norm normalize each feature using mean and variance over the batch dimension. So statistics "
            "depend on other examples in batch. At inference it use running averages collected in training, so "
            "train and test behave different, and small batch give noisy statistics. Layer norm normalize each "
            "example over its own features, across hidden dimension, so it does not depend on batch at all, and "
            "it work same in training and inference. Both have learned scale gamma and shift beta. Transformer use "
            "layer norm because sequences have different length and padding, batch statistics over tokens would be "
            "messy, and batch is often small per device. So batch norm stay in CNN for vision with big batch, layer norm in transformer. Also for autoregressive generation you process one token "
            "at time, batch statistics make no sense there. Layer norm per token is independent of batch size and "
            "sequence length, and it stabilize training of deep residual stack. Many modern LLMs use RMSNorm, "
            "simpler variant without mean subtraction, it only divide by root mean square."
        ),
        (
            "Imagine grading exams. Batch norm is grading each question on a curve across the whole class; layer "
            "norm is rescaling each student's own paper so their scores have mean zero and unit spread. Concretely, "
            "batch norm takes one feature and normalizes it with the mean and variance computed across the examples in "
            "the mini-batch, then applies a learned scale and shift. Because it needs the batch, it keeps running "
            "statistics for inference and gets noisy with a batch of 2 or 4. Layer norm takes one example, say a token "
            "vector of 512 numbers, and normalizes across those 512 features, with its own learned gain and bias; it "
            "never looks at other examples, so training and inference are identical. Transformers use layer norm "
            "because batches of variable-length, padded sequences make batch statistics unreliable, batches per GPU "
            "are small, and at generation time you decode one token at a time, where there is no batch to average "
            "over. Rule of thumb: batch norm for CNNs with big batches, layer norm for sequence models; and most recent LLMs "
            "go one step further with RMSNorm, which skips the mean-centring and just divides by the root mean square."
        ),
    ],
    "attention_without_softmax": [
        (
            "Attention output for each query is weighted average of the value vectors. Weights come from "
            "similarity of query with each key, dot product, scaled, then softmax. So weights are not fixed, they are computed from the input, different for each query. Softmax make weights positive "
            "and sum to one, so output is convex combination of values, it stay inside range of values and scale is "
            "stable. If we remove softmax and use raw scaled scores as weights, weights can be negative and they do "
            "not sum to one. Then output scale grow with sequence length, more tokens means bigger sum, so activation "
            "blow up or vary a lot and training become unstable. Also softmax is exponential, it make tokens compete: "
            "one big score take most of the weight, so model can focus sharply on few tokens. Without it there is no "
            "competition, every token contribute linearly, model cannot select. Negative weights also flip value "
            "vectors, which is hard to interpret."
        ),
        (
            "Think of a committee vote where each member's opinion is a value vector and you decide how much to "
            "listen to each one. Attention computes a score between the query and every key, and the output is a "
            "weighted average of the value vectors using those scores turned into weights. Unlike a fixed convolution "
            "kernel, these weights are recomputed for every input, so each token decides where to read from. The softmax does that "
            "turning: it makes every weight positive and makes them sum to one, so the output is a mix that stays "
            "within the spread of the values, whatever the number of tokens. It also makes the tokens compete: scores "
            "of 4, 2 and 0 become roughly 0.87, 0.12 and 0.02, so the model can focus on the one that matters. "
            "Drop the softmax and use the raw scaled scores, and the weights can be negative and no longer sum to one; "
            "with 10 tokens or 10,000 tokens the sum grows with sequence length, so the output magnitude drifts and "
            "training becomes unstable, and nothing forces tokens to compete, so sharp focus is lost. Rule of thumb: "
            "any replacement, like linear attention, needs its own normalization."
        ),
    ],
    "self_vs_cross_attention": [
        (
            "In self-attention queries, keys and values all come from same sequence. Each token look at other tokens "
            "of its own sequence. In cross-attention queries come from one sequence, the decoder, and keys and values "
            "come from other sequence, the encoder output. So decoder token ask question, and encoder states provide "
            "the answer. In encoder-decoder model, like original transformer or T5, encoder has self-attention only, "
            "bidirectional, every token see all source tokens. Decoder has two attention in each block: first masked "
            "causal self-attention over target tokens generated so far, then cross-attention where decoder query attend "
            "to the encoder outputs. Cross-attention is how information from source sentence go into translation. "
            "Encoder output are computed once, and keys and values for cross-attention can be cached for all decoding steps. "
            "Cross-attention is used also for other modality, for example text decoder attend to image features, or diffusion model condition on text prompt."
        ),
        (
            "An analogy: self-attention is a team meeting where everyone listens to their own colleagues; "
            "cross-attention is a translator who, while writing, keeps looking back at the original text. Mechanically, "
            "in self-attention the queries, keys and values are all projections of the same sequence, so each token "
            "gathers information from the other tokens of that sequence. In cross-attention the queries come from the "
            "decoder's sequence while the keys and values come from the encoder's output, a different sequence. "
            "In an encoder-decoder model such as the original translation transformer, the encoder uses only "
            "bidirectional self-attention over the source. Each decoder layer has masked self-attention over the target "
            "tokens produced so far, then a cross-attention block whose queries come from the decoder and whose keys and "
            "values come from the encoder output. Example: translating a 20-word sentence into French, each French token "
            "queries all 20 encoder vectors. The same block conditions on other modalities too: an image captioner's text decoder "
            "attends to image features, and a text-to-image diffusion model attends to the prompt embeddings. Rule of thumb: ask where Q comes from and where K and V come from."
        ),
    ],
}
