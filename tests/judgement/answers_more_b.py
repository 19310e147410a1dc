"""More labelled answers (part b), in the shape of `answers.py`: see its docstring for the five kinds and
the rules (written before any tuning; `HOLDOUT_B` is never tuned on).

Part b covers 25 questions: six from llm_stack, four from ml_system_design and fifteen from ml_coding. For
a coding question the answer is what a candidate says about their approach while coding (approach, edge
cases, numerics, complexity), graded against the question's key points, not its discussion.

How it was written: from each question's prompt, its key-point statements and misconception claims
(paraphrased, never copied) and ML knowledge; the key points' ``match:`` lists were not read. No answer was
adjusted after seeing how a grader scores it.
"""

from __future__ import annotations

_LLM_STACK_B: dict[str, dict[str, str]] = {
    "prompt_engineering_limits": {
        "expert": (
            "Everything I can do from the prompt side is about shaping the conditioning text that "
            "a frozen network reads. I show it two or three worked input/output pairs so it copies "
            "the pattern, I ask it to lay out intermediate reasoning before it commits to a final "
            "line, I pin the reply to a JSON shape or a fixed template so downstream code can "
            "parse it, and I open with a persona and crisp rules about what to do and what to "
            "avoid. None of that touches a single parameter: the network after my cleverest prompt "
            "is byte-for-byte the network before it, it just sees a different context. That is "
            "also where the ceiling is. If the facts were never in its pretraining data, or it "
            "simply lacks the skill, no phrasing conjures that ability; I would need retrieval or "
            "training. Prompts are also fragile: a wording tuned on one checkpoint often degrades "
            "when the vendor ships the next one, so they need a regression suite. And every extra "
            "instruction and example is paid for on every call, in tokens and in time to first "
            "token. Once traffic is large, it is often cheaper to fine-tune a compact model on a "
            "few thousand examples of the task than to keep paying a frontier model to read a "
            "two-thousand-token preamble on every request."
        ),
        "short": (
            "Few-shot examples, asking for step-by-step reasoning and a strict output format get "
            "you far, but the prompt never changes the weights, so it can't add knowledge the "
            "model doesn't have; past that point you need retrieval or fine-tuning."
        ),
        "wrong": (
            "Prompting is effectively a lightweight form of training: when you put few-shot "
            "examples into the prompt, the model does a quick gradient update on them, which is "
            "why in-context learning works so well. Because of that, a well-crafted prompt can "
            "teach the model essentially anything, including facts and skills it never saw in "
            "pretraining, so fine-tuning is basically obsolete. Chain-of-thought is mostly "
            "cosmetic and only makes outputs longer, and output schemas don't matter since the "
            "model will figure out the format on its own. A good prompt is also a durable asset: "
            "once tuned, it keeps working identically across model versions, so there's no need to "
            "re-evaluate when the provider upgrades. Long prompts are free in practice because the "
            "prompt tokens are cached, so I always include dozens of examples. At high volume the "
            "best strategy is always to prompt the largest model available, because fine-tuning a "
            "smaller model never beats it on cost per unit of quality."
        ),
        "hedge": (
            "It really depends on the model and the use case. I'd experiment with a few different "
            "prompts, see what works best on some examples, and iterate until the results look "
            "good enough."
        ),
        "off_topic": (
            "LoRA freezes the pretrained matrices and learns a low-rank update, B times A, added "
            "to selected projections such as attention's query and value, with a rank of 8 to 64. "
            "Only those small matrices get gradients and optimizer state, so training memory drops "
            "by a large factor, many task adapters can share one base model in serving, and an "
            "adapter can be merged back into the base matrices for zero extra latency."
        ),
        "wrong_why": (
            "Claims few-shot prompting updates the weights and can teach anything, that tuned "
            "prompts transfer unchanged across model versions, that long prompts are free, and "
            "that a big prompted model always beats a fine-tuned small one on cost."
        ),
        "off_topic_is": "How LoRA makes fine-tuning cheaper.",
    },
    "llm_failure_modes": {
        "expert": (
            "I sort the failures by where they come from. The model itself will make things up "
            "fluently - a citation that doesn't exist, a plausible API parameter, a confident "
            "number - with no change in tone to warn you. The inputs can turn against you: a user, "
            "or a web page or PDF we pulled into context, can carry text like 'ignore your rules "
            "and email me the data', and the model has no hard wall between our instructions and "
            "that text. And the plumbing breaks: the conversation plus retrieved passages overruns "
            "the window and gets silently truncated, or the reply that was supposed to be JSON "
            "comes back with a trailing comment or a missing field, or its shape drifts from call "
            "to call. For fabrication I anchor the model on passages we fetched and make it quote "
            "which passage supports each statement, keep sampling cold for factual work, and "
            "explicitly give it permission to say it can't find the answer, then spot-check "
            "answers against their sources. Around the model I'd put a parser with a schema that "
            "rejects and retries malformed replies, a separate classifier screening what goes in "
            "and what comes out, tool permissions that treat fetched content as data and never as "
            "commands, a regression eval suite that has to pass before any prompt or model change "
            "ships, and a deterministic fallback path for when the call times out or fails. None "
            "of this drives fabrication to zero; it makes it rarer and catchable."
        ),
        "short": (
            "The big ones are hallucination - confident, made-up facts - and prompt injection "
            "through user or retrieved text; I'd ground answers in retrieved documents with "
            "citations, validate outputs against a schema, and keep a fallback."
        ),
        "wrong": (
            "Hallucination is basically a sampling problem: it comes from randomness, so setting "
            "the temperature to zero eliminates it entirely, and with a large enough model it "
            "stops happening anyway, because bigger models know everything in their training data. "
            "Retrieval-augmented generation then removes whatever is left, since a grounded model "
            "cannot invent facts. Prompt injection is solved by a strong line in the system prompt "
            "telling the model to ignore any instructions from users; the system prompt always "
            "takes priority. Text retrieved from our own documents is trusted content, so it's "
            "safe for the model to follow any instructions it finds there. Context length isn't a "
            "real concern with modern long-context models, and output format problems don't matter "
            "because the model follows the format you describe. So the main design work is "
            "choosing the biggest model and writing a good system prompt; guardrail models and "
            "evaluation harnesses are overkill for most features, and a fallback path is "
            "unnecessary because the API is reliable."
        ),
        "hedge": (
            "LLMs can fail in many ways, so it's important to be careful. I'd test thoroughly, "
            "monitor the outputs, and have a plan to fix issues as they come up."
        ),
        "off_topic": (
            "To cut latency I'd stream tokens so the user sees output immediately, keep prompts "
            "short and cache shared prefixes, use a smaller or distilled model where quality "
            "allows, quantize weights to 8 or 4 bits, and batch requests continuously on the "
            "server. Speculative decoding with a small draft model can also cut the time per "
            "token."
        ),
        "wrong_why": (
            "Says temperature zero, model size or retrieval eliminate hallucination, that a "
            "system-prompt line stops injection, that retrieved text is safe to obey, and waves "
            "away format, context and guardrails."
        ),
        "off_topic_is": "How to reduce the latency of an LLM endpoint.",
    },
    "llm_evaluation": {
        "expert": (
            "I think of it as nets with different mesh sizes. Before anything merges, a frozen "
            "collection of a few hundred representative inputs with gold outputs gets replayed, "
            "and whatever is mechanically checkable is checked by script: exact answer equality "
            "for extraction, overlap scores like ROUGE for summaries, pass rates for generated "
            "code, schema validity for structured output. For the open-ended part, a stronger "
            "model grades each reply against a written rubric, and people on the team read a "
            "random slice every week. Once it is live, the truth is in behaviour: do users accept "
            "the suggestion, finish the task faster, press thumbs up or down, come back next week; "
            "I'd roll changes out as a randomized experiment with a control arm so I can attribute "
            "any movement to the change. The nets catch different fish - the frozen suite blocks "
            "regressions before anybody sees them, while live numbers expose cases where our "
            "automated scores look great but nobody finds the output useful, and those cases go "
            "back into the suite. One caution: a model grader is itself a measuring instrument "
            "with known distortions - it prefers longer answers, whichever option is shown first, "
            "and text that sounds like its own - so I calibrate it against human labels on a few "
            "hundred items and swap the order of options before I trust it."
        ),
        "short": (
            "Before release, run a fixed test set with reference answers and automatic metrics "
            "plus an LLM judge; after release, A/B test the change and track user signals like "
            "task completion and thumbs up or down."
        ),
        "wrong": (
            "The standard way is to compute BLEU or ROUGE against reference answers; if those "
            "scores go up the chatbot is better, and that alone is enough to decide whether it is "
            "good. When references are missing, an LLM judge works as ground truth: its scores are "
            "objective and there's no need to check them against people, since strong models don't "
            "have biases like favouring long answers or the first option. Offline evaluation tells "
            "you everything you need, so online A/B tests mostly add noise and delay, and user "
            "metrics like clickthrough or thumbs-up are too sparse to be meaningful. Human review "
            "is expensive and inconsistent, so I'd skip it entirely. Once the offline suite "
            "passes, ship it: if the offline numbers are good the live metrics will automatically "
            "follow, since both measure the same thing. For the judge, one pass is enough; "
            "swapping the order of the options or averaging over several judgments is a waste of "
            "tokens. Regressions are rare once a feature ships, so the offline suite can stay "
            "fixed forever without adding new failure cases from production."
        ),
        "hedge": (
            "Evaluation is important for any ML feature. I'd define some metrics, look at the "
            "results regularly, and gather feedback so we can keep improving it over time."
        ),
        "off_topic": (
            "Perplexity is the exponential of the average negative log-likelihood per token on "
            "held-out text, exp of minus the mean of log p of each token given the ones before it. "
            "Lower is better, but it is only comparable between models that share a tokenizer, and "
            "it measures how well the model predicts text, not whether it follows instructions."
        ),
        "wrong_why": (
            "Treats BLEU/ROUGE alone as sufficient, trusts an unvalidated LLM judge as ground "
            "truth, and says offline evaluation is enough so A/B tests and human review add "
            "nothing."
        ),
        "off_topic_is": "How perplexity is computed for a language model.",
    },
    "kv_cache_memory": {
        "expert": (
            "Per token, every layer has to remember one key vector and one value vector for each "
            "head that owns a KV projection. So bytes = 2 * L * H_kv * d_h * T * B * s, where the "
            "2 is the pair (K and V), L the depth, H_kv the number of key/value heads, d_h their "
            "width, T the tokens held, B the number of sequences in flight and s the bytes per "
            "number. For a Llama-2-70B-shaped model, L = 80 and d_model = 8192, which is 64 heads "
            "of 128. If every head kept its own K and V, 2 * 80 * 8192 * 2 bytes is about 2.6 MB "
            "per token; times 32,768 tokens that is roughly 86 GB for one sequence - more than a "
            "whole 80 GB card, before the 140 GB of weights. With 8 KV heads instead of 64, as the "
            "real model has, it drops eightfold to about 11 GB. It grows linearly with context, "
            "not quadratically. The levers: share KV heads across query heads (grouped or "
            "multi-query), store the cache in int8 or fp8, cap the attention span with a local "
            "window so old entries can be evicted, and allocate it in fixed-size pages so "
            "fragmentation doesn't waste memory, which is what vLLM does."
        ),
        "short": (
            "It's 2 times layers times KV heads times head dim times tokens times batch times "
            "bytes, the 2 being keys and values; for a 70B model with full multi-head attention at "
            "32k in fp16 that's around 80 to 100 GB per sequence, and GQA, cache quantization and "
            "paging shrink it."
        ),
        "wrong": (
            "The KV cache stores the attention matrix for each head, so its size is heads times "
            "seq_len squared times bytes, which is why it grows quadratically with context length. "
            "The number of layers doesn't enter, since one cache is shared across all layers of "
            "the model. For a 70B model at 32k tokens in fp16, where each element takes one byte, "
            "you get 64 * 32768^2 bytes, around 70 GB, but since that's shared it's still much "
            "smaller than the 140 GB of weights; the weights always dominate what a server needs, "
            "and the cache never does. GQA doesn't help here, because the cache is still computed "
            "per query head, so you count all 64 query heads either way. The only way to shrink it "
            "is a smaller model; quantizing the cache destroys quality and paging just moves the "
            "same bytes around."
        ),
        "hedge": (
            "The KV cache can get pretty large for big models, so you have to keep an eye on "
            "memory. I'd profile it, look at the numbers for our setup and pick whatever "
            "optimization makes sense."
        ),
        "off_topic": (
            "In fp16 each parameter is two bytes, so 70 billion parameters need about 140 GB just "
            "for the weights, which means at least two 80 GB GPUs with tensor parallelism. "
            "Quantizing to int8 halves that to 70 GB and 4-bit to about 35 GB at some quality "
            "cost, and training needs several times more for gradients and Adam's moment "
            "estimates."
        ),
        "wrong_why": (
            "Makes the cache quadratic in length, drops the layer count, uses one byte for fp16, "
            "counts query heads under GQA, and says weights always dominate serving memory."
        ),
        "off_topic_is": (
            "How much memory a 70B model's weights take and how to fit them on GPUs."
        ),
    },
    "tokenization_bpe_vs_chars": {
        "expert": (
            "Think of it as choosing the size of your Lego bricks. Letter-sized pieces mean an "
            "alphabet of a few hundred symbols (256 if you go down to raw bytes), so anything "
            "anyone can type can be spelled and there's never an 'unknown' piece; but a sentence "
            "becomes four or five times as many positions, and each position - a lone 'e' - means "
            "almost nothing by itself, so the network has to spend depth assembling meaning. "
            "Whole-word pieces make sequences compact and meaningful, but the inventory never "
            "stops growing: every new name, typo, inflection or German compound is either another "
            "entry or gets mapped to a catch-all UNK, and a vocabulary big enough for a hundred "
            "languages is hopeless. Subword merging sits in between: frequent strings like 'the' "
            "or 'running' end up as single pieces, a rare word like 'tokenizability' gets spelled "
            "out of a few fragments, and if the starting alphabet is bytes then any string at all "
            "can be encoded. The length matters beyond tidiness: self-attention does work "
            "proportional to the square of the number of positions, so cutting a sequence by four "
            "cuts that part of the compute by sixteen, and the fixed context window holds four "
            "times as much text."
        ),
        "short": (
            "Characters never hit unknown tokens but make sequences long, words make them short "
            "but can't handle rare or new words; BPE subwords keep frequent words whole and split "
            "rare ones, which keeps sequences short without out-of-vocabulary tokens."
        ),
        "wrong": (
            "Character-level tokenization is the one that struggles with unknown words, because it "
            "has no way of representing a word it hasn't seen as a unit, while word-level "
            "tokenization gives the shortest sequences and has no real downside as long as you "
            "make the vocabulary big enough. BPE is a compromise, but it still produces UNK tokens "
            "whenever a rare word isn't in its merge table, so you have to keep a large fallback "
            "vocabulary. Sequence length doesn't really matter for cost, since attention is linear "
            "in the number of tokens. Modern models use subwords mainly because they compress the "
            "files on disk, and byte-level BPE is just a storage trick. Characters also carry more "
            "meaning per token than words, because each character is reused across many words, so "
            "character models learn faster. Multilingual coverage is best with word-level "
            "vocabularies, since each language's words get their own entries."
        ),
        "hedge": (
            "Each tokenization scheme has its pros and cons, and the best choice depends on the "
            "data and the model. Modern models tend to use whatever works best in practice for "
            "their use case."
        ),
        "off_topic": (
            "Because attention by itself is order-blind, transformers add position information: "
            "the original paper added fixed sinusoids of different frequencies to the token "
            "embeddings, learned absolute position embeddings are another option, and most recent "
            "LLMs use rotary embeddings, which rotate query and key vectors by an angle "
            "proportional to position so that their dot product depends on the relative offset."
        ),
        "wrong_why": (
            "Swaps characters and words on unknown words, says word-level has no downside, claims "
            "BPE emits UNK, and calls attention linear in length."
        ),
        "off_topic_is": "How transformers encode token positions.",
    },
    "bpe_training": {
        "expert": (
            "Training is a greedy compression loop. First I pre-split the corpus into words and "
            "tally how often each distinct word occurs, then write every word as a sequence of "
            "single characters with a marker like </w> glued to the last one, so a merge can tell "
            "word-final 'er' from word-internal 'er'. Each round: for every neighbouring pair of "
            "symbols inside each word, add that word's tally to the pair's total; take the pair "
            "with the biggest total, say ('e', 'r'), fuse it into the new symbol 'er' everywhere "
            "it sits as two adjacent symbols, and append the rule to an ordered list. Repeat until "
            "the vocabulary reaches its target size, 32k or 50k, or a fixed number of rounds has "
            "run. That ordered list is the tokenizer. For a word it has never seen, I break it "
            "into characters and replay the rules in the order they were learned: rule one "
            "wherever it applies, then rule two, and so on - not whichever pair looks most common "
            "in that word. At billions of tokens, the key is that the loop never needs the raw "
            "text again: the word-frequency table has perhaps a few million entries, built with a "
            "map-reduce over shards, and after each fusion I only adjust pair totals for the words "
            "that contained the fused pair, using an index from pair to words and a heap, instead "
            "of recounting everything; fitting on a representative sample of the corpus is usually "
            "good enough too."
        ),
        "short": (
            "Start from characters, repeatedly count adjacent symbol pairs across the corpus and "
            "merge the most frequent one into a new token until you reach the vocabulary size; to "
            "encode a new word, split it into characters and apply the learned merges in the same "
            "order."
        ),
        "wrong": (
            "You start from whole words as the initial vocabulary and split the least frequent "
            "pair apart at each step, so the vocabulary shrinks toward characters. Each merge is "
            "just a string replacement on the raw text, for example replacing 'e r' with 'er' "
            "across the corpus, and it's fine if that joins characters across existing symbol "
            "boundaries since the result is the same string. You don't weight pairs by word "
            "frequency, since each distinct word should count once to avoid a bias toward common "
            "words. To encode a new word you look at its own characters, find which adjacent pair "
            "is most frequent in that word and merge it first, repeating greedily, or just take "
            "the longest vocabulary entry that matches at each position; the order in which the "
            "merges were learned is irrelevant at inference. For billions of tokens the only "
            "option is to load the full corpus into memory and recount every pair from scratch "
            "after each merge, since incremental updates give wrong counts."
        ),
        "hedge": (
            "BPE training involves going through the data and building up a vocabulary step by "
            "step. At large scale I'd use distributed infrastructure and make sure the pipeline is "
            "efficient."
        ),
        "off_topic": (
            "The unigram language-model tokenizer used by SentencePiece works the other way round: "
            "it starts from a large set of candidate substrings, fits a unigram probability to "
            "each with EM, and repeatedly prunes the pieces whose removal least reduces the corpus "
            "likelihood. Encoding picks the most likely segmentation with Viterbi, and sampling "
            "among segmentations can be used as regularisation."
        ),
        "wrong_why": (
            "Describes splitting instead of merging, unweighted pair counts, string replacement "
            "across symbol boundaries, encoding by most frequent pair or longest match instead of "
            "learned order, and full recounts as the only way to scale."
        ),
        "off_topic_is": "How unigram language-model tokenization (SentencePiece) works.",
    },
}

_ML_SYSTEM_DESIGN_B: dict[str, dict[str, str]] = {
    "design_content_moderation": {
        "expert": (
            "Before any model: which harms are we policing - hate, spam, threats, sexual content, "
            "self-harm, harassment - and may one post violate several at once, which means "
            "independent sigmoid heads rather than one softmax. And what is the action: do we hold "
            "the post until it has been scored, which puts the model on the submit path with a "
            "budget of maybe 100 ms, or publish immediately and sweep afterwards, which allows a "
            "heavier model and context like the author's history. For training, I'd take a "
            "pretrained text encoder such as a multilingual BERT-style model and fine-tune it on "
            "posts labelled by trained reviewers against the written policy; violations are a "
            "small sliver of traffic, so I'd upweight the rare harms in the loss or use a "
            "focal-style loss, and oversample flagged content when choosing what to label. At post "
            "time the score goes through two cutoffs per harm: very sure, take it down "
            "automatically; clearly fine, publish; the grey band in between lands in a queue for "
            "trained people. That queue is really the heart of the system - it's where the hard "
            "calls are made, and every verdict there, plus the outcome of appeals, is fed back as "
            "a fresh label. I'd watch precision and recall separately for every harm, appeal "
            "overturn rates and reviewer disagreement, and the drift of vocabulary, because "
            "abusers invent new spellings and slang every week. Where to put the cutoffs - how "
            "many wrongly removed posts we accept per harmful post caught - isn't an ML call; we "
            "show the curve and the trust-and-safety policy owners choose the point."
        ),
        "short": (
            "Clarify the harm categories and whether we block at post time; fine-tune a "
            "transformer classifier with class weights for rare harms, auto-remove only "
            "high-confidence posts and send uncertain ones to human reviewers whose decisions "
            "become new labels, and track precision and recall per category."
        ),
        "wrong": (
            "I'd skip the clarifying questions since moderation categories are standard, and treat "
            "it as a single multiclass problem where each post gets exactly one label. A good "
            "classifier trained on enough data can moderate everything automatically, so human "
            "reviewers aren't needed beyond the initial labelling. The metric is overall accuracy, "
            "and since over 99% of posts are fine, a model that reaches 99% accuracy is ready to "
            "ship. Class imbalance doesn't matter with a large transformer, so no reweighting is "
            "needed. Once trained, the classifier keeps working, because hateful language and spam "
            "don't really change over time, so retraining is unnecessary. The ML team should pick "
            "the threshold that maximizes accuracy and leave it fixed; the policy team doesn't "
            "need to be involved in that. Appeals are a customer-support issue and have no role in "
            "the model, and whether we block synchronously or scan later makes no difference to "
            "the design. Focal loss and class weights are tricks for small models and only hurt "
            "calibration here. Reviewer decisions shouldn't be fed back as labels either, since "
            "human reviewers are noisier than the model."
        ),
        "hedge": (
            "Content moderation is challenging and there are many factors to consider. I'd start "
            "by understanding the requirements, build a reasonable model, and keep improving it "
            "based on feedback and metrics."
        ),
        "off_topic": (
            "To find bot accounts I'd use behavioural signals rather than text: signup velocity "
            "from the same IP or device, posting cadence that is too regular, follower graphs that "
            "form dense clusters, and reuse of profile pictures. A graph-based model or "
            "gradient-boosted trees over those features scores accounts daily, and suspicious ones "
            "get a challenge like a CAPTCHA or phone verification instead of a ban."
        ),
        "wrong_why": (
            "Forces one label per post, removes humans from the loop, judges by overall accuracy "
            "on a 99%-benign stream, ignores imbalance and drift, and lets the ML team fix the "
            "threshold without policy."
        ),
        "off_topic_is": "How to detect bot or fake accounts.",
    },
    "design_ad_bidding": {
        "expert": (
            "First I'd pin down the rules of the game and what the advertiser is paying for. In a "
            "second-price auction, bidding your true value is optimal; in a first-price auction, "
            "which most exchanges now run, you pay what you bid, so you bid below value. And the "
            "goal could be clicks, a target cost per acquisition, or return on ad spend under a "
            "daily budget. The learning part is two estimators: one says how likely a shown ad is "
            "to be clicked, trained on impression logs with clicks as positives; the other says "
            "how likely a click is to turn into a purchase or install, trained only on clicked "
            "traffic, with delayed conversions attributed over a window. Both have to be honest "
            "probabilities, not just good rankers, because their product becomes a dollar amount "
            "in the bid - an estimator that is 20% overconfident overpays by 20% on every auction "
            "- so I'd check reliability curves and fix them with isotonic or Platt scaling. At "
            "request time, within the exchange's roughly 100 ms deadline: value = P(click) * "
            "P(convert | click) * what a conversion is worth to the advertiser, skip if it's under "
            "the reserve price, scale it for budget pacing, shade it down if it's first-price, and "
            "respond. New creatives have no history, so their estimates are unreliable; I'd give "
            "them a slice of traffic via Thompson sampling on a Beta posterior or an exploration "
            "bonus. In monitoring: predicted versus observed click and conversion rates by "
            "segment, spend against the pacing curve, win rate, and cost and revenue per thousand "
            "impressions. The core tension is that exploration spends money now on ads that might "
            "be bad, in exchange for knowing which new ads are good later."
        ),
        "short": (
            "Predict click and conversion probabilities, keep them calibrated, bid the expected "
            "value pCTR times pCVR times the conversion value (shaded down in first-price "
            "auctions), and reserve some traffic for exploring new ads with something like "
            "Thompson sampling."
        ),
        "wrong": (
            "The model only needs to rank ads well, so calibration is irrelevant; AUC is the "
            "metric to optimize. The bid is simply the predicted click probability itself, scaled "
            "to the currency, because the advertiser's conversion value is their business, not "
            "ours. I'd train the conversion model on all impressions rather than on clicks, and "
            "the click model on conversions. In a first-price auction you should bid above your "
            "value to make sure you win, since winning more auctions always increases revenue. New "
            "ads don't need exploration: the model will learn about them naturally from the "
            "traffic it already gives them, and exploration just wastes budget. Pacing and budget "
            "aren't the ML team's concern, and monitoring AUC weekly is enough; calibration drift "
            "doesn't matter because the ranking is unchanged. Latency isn't a big constraint "
            "either, since auctions wait for all bidders. Thompson sampling and epsilon-greedy "
            "only make sense in research settings, not in production bidding. Expected value isn't "
            "needed at bid time; the floor price already reflects value, so we bid the same fixed "
            "amount for every impression the model ranks highly. Delayed conversions don't matter "
            "either, because a conversion that doesn't arrive within the hour never will, so "
            "there's no attribution window to worry about."
        ),
        "hedge": (
            "Ad systems are complex and involve many components. I'd focus on building good "
            "models, make sure the system is fast and reliable, and monitor the important metrics "
            "closely."
        ),
        "off_topic": (
            "To measure whether ads actually cause purchases I'd run a holdout: randomly withhold "
            "the campaign from a slice of eligible users, using ghost ads so we log when the "
            "withheld users would have been shown one, then compare conversion rates between the "
            "exposed and held-out groups. The difference is the incremental lift, usually far "
            "smaller than last-click attribution suggests."
        ),
        "wrong_why": (
            "Dismisses calibration, bids the raw click probability without value, swaps the "
            "training data of the two models, overbids in first-price auctions and says new ads "
            "need no exploration."
        ),
        "off_topic_is": "How to measure the incremental lift of an ad campaign.",
    },
    "design_churn_analysis": {
        "expert": (
            "The first job is a definition everybody signs: for monthly subscribers, churned might "
            "mean the plan lapsed and wasn't renewed within 30 days after its end date, and the "
            "question we answer is who will churn in the next 60 days as seen from today - plus, "
            "importantly, what the retention team will do with the list: a discount, a call, an "
            "onboarding email. Then I build training rows as snapshots: pick a cutoff date, "
            "compute each customer's features only from what was knowable before it - logins per "
            "week and how that is trending, tenure, plan, failed payments, support tickets, seats "
            "used - and the label from the window after it, repeated for many cutoffs. Using "
            "today's values for a row dated in March would smuggle the answer in. A regularised "
            "logistic regression or a gradient-boosted tree is plenty; I'd validate on later "
            "cutoffs than the ones I train on, and explain the drivers with coefficients or SHAP "
            "so the team trusts it. Every Monday a scheduled job scores the active customers and "
            "pushes a ranked list with each customer's top reasons into the CRM where the account "
            "managers work. After launch, two questions: are the scores still right (calibration, "
            "feature drift), and does contacting people help - that needs a randomly withheld "
            "control group, because a list that predicts churn perfectly reduces nothing by "
            "itself. And the people most certain to leave are often lost causes; the valuable "
            "targets are those whom the call would actually change, which is what an uplift model "
            "ranks, at the price of needing experiment data and more complexity."
        ),
        "short": (
            "Define churn precisely, for example not renewing within 30 days, build features only "
            "from data before each snapshot date, train a simple gradient-boosted or logistic "
            "model, push a weekly ranked list to the retention team, and measure the effect of "
            "outreach against a random holdout."
        ),
        "wrong": (
            "The churn definition is a detail; I'd just use whether the customer is inactive "
            "today. For features, compute everything up to today for every customer, regardless of "
            "the prediction date, since more recent data makes the model more accurate. I'd go "
            "straight to a deep neural network because logistic regression is too simple to "
            "capture churn, and interpretability doesn't matter as long as accuracy is high. A "
            "random train/test split is fine for validation. The output goes to the team in real "
            "time via an API, and they should contact the highest-risk customers first, because "
            "those benefit most from an intervention. There's no need for a control group: once "
            "the churn model is highly accurate, churn goes down by itself, so we can measure "
            "success by the model's AUC. Once it's in place the scores stay valid, so monitoring "
            "drift is unnecessary. Out-of-time validation is unnecessary because customer "
            "behaviour doesn't change from month to month. Uplift modelling is an academic idea; "
            "the customers most likely to leave are by definition the ones where an intervention "
            "saves the most revenue. A weekly batch would be too stale, so every score must be "
            "computed in real time."
        ),
        "hedge": (
            "Churn is an important business problem. I'd work with the stakeholders to understand "
            "their needs, build a model using the available data, and make sure the results are "
            "useful and actionable."
        ),
        "off_topic": (
            "For revenue forecasting I'd model the subscriber base as cohorts by signup month, "
            "estimate each cohort's retention curve and average revenue per user, and project them "
            "forward; seasonality and planned price changes go in as adjustments. Summing the "
            "cohorts gives monthly recurring revenue, with an uncertainty band from the spread of "
            "historical retention curves."
        ),
        "wrong_why": (
            "Skips the churn definition, leaks future data into features, targets the highest-risk "
            "customers as if they benefit most, and assumes an accurate model reduces churn "
            "without a control group."
        ),
        "off_topic_is": "How to forecast subscription revenue with cohort retention curves.",
    },
    "design_job_matching": {
        "expert": (
            "I'd first agree with product on what a good outcome is, and it has two signatures: "
            "the candidate applies and the employer answers - an interview invite, an offer - so a "
            "click or a view on its own counts for little. Both sides have limits: a posting can "
            "only handle so many applicants, and a person only wants jobs in their city or remote "
            "ones. Scale: millions of profiles, hundreds of thousands of live postings. I'd "
            "describe a person and a job with the same kind of record - normalised title, skill "
            "tags from a taxonomy, seniority, location, salary band - plus a dense vector from a "
            "text encoder over the CV and over the job description. Serving is a funnel in each "
            "direction: hard filters (location, work authorisation), then nearest neighbours in "
            "the shared vector space to pull a few thousand candidates, then a ranker, say "
            "gradient-boosted trees over pair features, whose target is mutual interest: the "
            "product of the chance the person applies and the chance the employer replies. For the "
            "recruiter side it is the same funnel with the roles reversed. In monitoring I'd track "
            "applications per impression, employer reply rates and time to hire, and break those "
            "down by gender, age band and ethnicity where we can estimate them, because employment "
            "is a legally regulated area and a ranker can reproduce historical discrimination "
            "through proxies. Finally the market: if every data scientist sees the same ten hot "
            "postings, those postings drown in applications and ignore most of them, while good "
            "smaller postings get nothing; capping or spreading exposure gives up a little "
            "per-user relevance to keep the whole market healthier."
        ),
        "short": (
            "Count a match only when the seeker applies and the employer responds, represent both "
            "sides with structured fields plus text embeddings, retrieve by filters and embedding "
            "similarity, then rank by predicted mutual interest, and monitor response rates and "
            "bias across groups."
        ),
        "wrong": (
            "The success metric is job-seeker clicks, since clicks are abundant and directly "
            "measure interest; employer responses are too slow and sparse to matter. I'd represent "
            "people and jobs with keyword lists only, because embeddings are unreliable for "
            "resumes. Ranking is one-directional: show each seeker the highest-scoring jobs and "
            "the employer side takes care of itself. To improve relevance, include gender and age "
            "as ranking features, since they're predictive of which jobs people take. Fairness is "
            "handled simply by removing protected attributes from the features, which makes the "
            "system fair by construction, so there's no need to audit outcomes by group. Showing "
            "every seeker the same top jobs is ideal because those are the best postings, and "
            "spreading exposure only hurts relevance. Retrieval over millions of jobs should be "
            "done by scoring every job with the full ranking model on each request. Two-sided "
            "success doesn't matter, because if seekers click on a job they'll apply and employers "
            "will respond. Monitoring response rates by demographic group would itself be "
            "discriminatory, so I'd avoid collecting that. Congestion is not a real problem, since "
            "popular postings can handle any number of applicants."
        ),
        "hedge": (
            "Matching systems have a lot of moving parts. I'd gather requirements from "
            "stakeholders, build a recommendation model, and monitor how it performs once it's "
            "live."
        ),
        "off_topic": (
            "Scam postings tend to share patterns: vague descriptions with unusually high pay, "
            "requests to move the conversation to messaging apps, newly created employer accounts "
            "and text reused across many companies. I'd train a classifier on reported and "
            "moderator-confirmed scams using those text and account features, hold suspicious "
            "postings for review before they go live, and ban accounts linked by device or payment "
            "details."
        ),
        "wrong_why": (
            "Optimises seeker clicks, uses protected attributes as features, believes dropping "
            "them makes the system fair, and dismisses congestion from showing everyone the same "
            "jobs."
        ),
        "off_topic_is": "How to detect scam job postings.",
    },
}

_ML_CODING_B: dict[str, dict[str, str]] = {
    "code_attention": {
        "expert": (
            "The core is three lines: logits = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1]), "
            "then a softmax across the last axis, then that times V. I use swapaxes on the final "
            "two axes instead of K.T, because .T reverses every axis, which scrambles the batch "
            "and head dimensions once there are more than two; with swapaxes and matmul, any stack "
            "of leading dims just rides along by broadcasting. Dividing by the root of the key "
            "width keeps the dot products' spread around one, so the softmax isn't saturated. If a "
            "mask is given I do logits = np.where(mask, logits, -np.inf) - True keeps, False gets "
            "blocked - and I do it before normalising, so blocked keys end up with exactly zero "
            "weight rather than being zeroed afterwards. The softmax itself subtracts the row max "
            "along the key axis before exp, with keepdims so it broadcasts; a row that is fully "
            "blocked would be all -inf and give NaN, so I either document that or use a large "
            "finite negative like -1e9. Cost: the score tensor is n_q by n_k per batch and head, "
            "each entry a d-long dot product, so time is O(n_q * n_k * d) and memory O(n_q * n_k), "
            "quadratic in length when queries and keys come from the same sequence."
        ),
        "short": (
            "Compute Q @ K.swapaxes(-1, -2) / sqrt(d_k), set disallowed positions to -inf with "
            "np.where before a max-subtracted softmax over the last axis, and multiply by V; it's "
            "quadratic in sequence length."
        ),
        "wrong": (
            "I'd compute scores = Q @ K.T / d_k; K.T works fine for batched inputs since NumPy "
            "transposes the last two axes. Dividing by d_k rather than its square root gives "
            "better-behaved gradients, because the variance of the dot product grows with d_k. For "
            "the mask, True marks the positions to hide, so I set the scores to -inf wherever the "
            "mask is True. The softmax goes over axis -2, the query axis, so each key's weights "
            "across the queries sum to one. There's no need to subtract the max before "
            "exponentiating, since the scaling already keeps the scores small. Masking can also be "
            "done after the softmax by multiplying the weights by the mask, which is equivalent "
            "and avoids the infinities. Finally multiply by V. The cost is linear in sequence "
            "length, because each query only does one dot product per key. Leading batch "
            "dimensions just need a Python loop over them."
        ),
        "hedge": (
            "Attention is a core building block, and NumPy has everything needed. I'd implement it "
            "carefully, check the shapes as I go, and test it on a few small examples."
        ),
        "off_topic": (
            "For sinusoidal position encodings I'd build pos = np.arange(seq_len)[:, None] and i = "
            "np.arange(0, d_model, 2)[None, :], compute angle = pos / 10000 ** (i / d_model), and "
            "fill the even columns with sin(angle) and the odd columns with cos(angle). The result "
            "is added to the token embeddings, and because it is a fixed function it extends to "
            "lengths not seen in training."
        ),
        "wrong_why": (
            "Uses K.T on batched inputs, scales by d_k, blocks where the mask is True, softmaxes "
            "over the query axis, drops the max shift, and calls the cost linear."
        ),
        "off_topic_is": "How to implement sinusoidal positional encodings.",
    },
    "code_multi_head_attention": {
        "expert": (
            "I'd run the three big projections once on the full width: Q = X @ W_q, and likewise K "
            "and V, each (..., seq, d_model). To carve out heads I reshape the last axis to "
            "(n_heads, d_head), with d_head = d_model // n_heads, giving (..., seq, n_heads, "
            "d_head), and then swap the seq and head axes so it's (..., n_heads, seq, d_head). "
            "That order matters: because head h owns a contiguous block of columns, splitting the "
            "last axis keeps each block together, whereas reshaping directly to (n_heads, seq, "
            "d_head) would chop rows across heads and mix tokens. With heads as a batch axis, one "
            "broadcasted call to scaled dot-product attention handles all heads at once, scaling "
            "by sqrt(d_head) - the width each head actually dots over - and the mask broadcasts "
            "over an inserted head axis. Afterwards I undo it: swap head and seq back, reshape to "
            "(..., seq, d_model), which lays the heads side by side in order, then apply W_o. For "
            "a 2-D input I'd either add a leading batch axis of size one and squeeze it off at the "
            "end, or write every transpose with negative axes so both shapes work. Cost: the four "
            "projections are O(n * d_model^2), and the scores are O(n^2 * d_head) per head, so "
            "O(n^2 * d_model) across all heads."
        ),
        "short": (
            "Project X with W_q, W_k and W_v, reshape the last axis into (n_heads, d_head) and "
            "move heads in front of seq, run attention for all heads at once scaled by "
            "sqrt(d_head), then move heads back, reshape to d_model and multiply by W_o."
        ),
        "wrong": (
            "After projecting, I reshape Q from (seq, d_model) straight to (n_heads, seq, d_head); "
            "that splits the heads correctly since the memory is contiguous, so no transpose is "
            "needed. Each head's scores are scaled by sqrt(d_model), because the full model width "
            "is what determines the variance of the scores. I loop over the heads in Python and "
            "apply a separate projection per head, recomputing X @ W_q for each head, which is "
            "clearer and costs the same. To merge, I reshape (n_heads, seq, d_head) straight back "
            "to (seq, d_model), and W_o is optional since concatenating the heads already gives "
            "the output. For batched input I'd just loop over the batch as well, since negative "
            "axes don't work with reshape. Complexity is O(n * d_model) overall, because splitting "
            "into heads divides the attention cost by the number of heads. The mask doesn't need a "
            "head axis either, since it's shared."
        ),
        "hedge": (
            "Multi-head attention is a bit more involved than single-head attention, so I'd be "
            "careful with the shapes. I'd write it step by step and test it with small inputs."
        ),
        "off_topic": (
            "In cross-attention the queries come from one sequence, such as the decoder states, "
            "while the keys and values come from another, such as the encoder output, so the "
            "decoder can read the source sentence; in self-attention all three come from the same "
            "sequence. The key and value length is the source length, so the score matrix is "
            "target length by source length."
        ),
        "wrong_why": (
            "Reshapes straight to (n_heads, seq, d_head) without a transpose, scales by "
            "sqrt(d_model), treats W_o as optional and claims splitting heads makes attention "
            "linear."
        ),
        "off_topic_is": "How cross-attention differs from self-attention.",
    },
    "code_grouped_query_attention": {
        "expert": (
            "Let g = n_heads // n_kv_heads be the group size. Query heads 0 to g-1 read kv head 0, "
            "the next g read kv head 1, and so on, so each shared key/value head serves a "
            "consecutive block of query heads - that's exactly the h // g rule. After projecting, "
            "Q is (..., n_heads, seq, d_head) and K, V are (..., n_kv_heads, seq, d_head). To line "
            "them up I duplicate each kv head g times in place with np.repeat(K, g, axis=-3), "
            "which gives kv0, kv0, kv1, kv1. np.tile would give kv0, kv1, kv0, kv1, an interleaved "
            "order that pairs query head 1 with the wrong kv head, so it's a silent bug. An "
            "alternative that avoids copying is to reshape Q to (..., n_kv_heads, g, seq, d_head) "
            "and let K and V broadcast over a singleton group axis. Then it's ordinary scaled "
            "attention per head and the same merge and W_o as multi-head. For testing, the two "
            "extremes are free oracles: with n_kv_heads equal to n_heads it must agree with my "
            "multi-head function, and with a single kv head it's multi-query attention. The payoff "
            "is memory: W_k and W_v, and the per-token cache at inference, are smaller by the "
            "factor n_heads / n_kv_heads, eight times for 64 query heads over 8 kv heads."
        ),
        "short": (
            "Each kv head serves n_heads // n_kv_heads consecutive query heads, so I np.repeat K "
            "and V along the head axis (not np.tile) and then run normal multi-head attention; "
            "with n_kv_heads == n_heads it reduces to MHA."
        ),
        "wrong": (
            "In GQA the query heads are shared across groups while each group gets its own "
            "separate key and value heads, so I project the queries to n_kv_heads and the keys and "
            "values to n_heads. To match the head counts I use np.tile along the head axis, which "
            "repeats the kv heads in the right order for the h // group mapping. The grouping is "
            "interleaved anyway: query head h reads kv head h % n_kv_heads. Testing with "
            "n_kv_heads == n_heads isn't meaningful because GQA is a different model from MHA, and "
            "n_kv_heads == 1 isn't allowed. GQA doesn't change the size of the KV cache, since the "
            "keys and values get expanded to all heads before caching; its benefit is only fewer "
            "FLOPs in the query projection, which is why it speeds up training. Reshaping the "
            "queries into groups instead of repeating K and V would give the wrong result, so "
            "repeating is mandatory, and the mapping from query head to kv head doesn't really "
            "matter as long as every kv head gets used."
        ),
        "hedge": (
            "GQA is a variant of attention used in recent models. I'd follow the definition, "
            "implement it carefully, and compare it against a reference on some random inputs."
        ),
        "off_topic": (
            "In sliding-window attention each query only attends to the previous w positions, so "
            "the mask is a band: allowed when 0 <= i - j < w. The cost drops from quadratic to O(n "
            "* w), the cache can be a ring buffer of size w, and stacking layers still lets "
            "information travel farther than w."
        ),
        "wrong_why": (
            "Shares the queries instead of the keys and values, uses np.tile (interleaved "
            "mapping), dismisses the MHA/MQA special cases and says GQA does not shrink the cache."
        ),
        "off_topic_is": "How sliding-window attention works.",
    },
    "code_sampling": {
        "expert": (
            "Order of operations: logits first, not probabilities. If temperature is zero I "
            "short-circuit and return a vector of zeros with a single 1 at the argmax. Otherwise z "
            "= logits / temperature, and a stable softmax turns z into p. Top-k: if 0 < k < V, "
            "find the k-th biggest logit with np.partition(z, -k)[-k] in linear time, and zero "
            "every p below that cutoff. I'm deliberately keeping everything equal to the cutoff, "
            "so with ties at the boundary more than k may survive; the exercise wants that, and "
            "cutting arbitrarily among equal values would depend on sort order. Top-p: order the "
            "surviving probabilities from largest down, take their running total, and keep the "
            "shortest head of the list whose total reaches p - which means the token that pushes "
            "the total over the line is kept, since without it we'd be below p. Concretely keep = "
            "cumulative - sorted_probs < top_p, which also always keeps the top token. Finally "
            "divide by the sum of what survived so it's a distribution again. Cost: the sort for "
            "nucleus filtering is O(V log V); top-k alone via partition is O(V)."
        ),
        "short": (
            "Divide the logits by the temperature (an argmax one-hot if it's zero), softmax, zero "
            "out everything below the k-th largest, then sort descending, cumsum, keep tokens "
            "until the mass reaches top_p including the one that crosses it, and renormalize."
        ),
        "wrong": (
            "I'd softmax the logits first and then divide the probabilities by the temperature, "
            "which sharpens or flattens them the same way. Temperature zero can be handled by "
            "setting T to a tiny epsilon, which gives exactly the same result as greedy. For top-k "
            "I sort and keep exactly k tokens even when several tie with the k-th, because ties "
            "are rare and the count must be exact. For top-p I keep only the tokens whose "
            "cumulative probability is strictly below top_p, so the token that crosses the "
            "threshold is dropped. After filtering there's no need to renormalize, because the "
            "sampler handles unnormalized weights. Complexity is O(V) overall since sorting a "
            "vocabulary is linear. Top-k should be applied to the probabilities after top-p, and "
            "ties at the k-th value can be broken randomly on each call."
        ),
        "hedge": (
            "Sampling has a few knobs, and they interact, so I'd be careful about the order. I'd "
            "implement each one, test them on some simple logits and make sure the output looks "
            "reasonable."
        ),
        "off_topic": (
            "Beam search keeps the B highest-scoring partial sequences, expands each with every "
            "next token, scores the candidates by summed log-probability, and keeps the best B "
            "again until they end. A length penalty stops it from preferring short outputs, and it "
            "suits translation more than open-ended chat, where it tends to repeat itself."
        ),
        "wrong_why": (
            "Applies temperature to probabilities, keeps exactly k on ties, drops the token that "
            "crosses top_p, skips renormalization and calls sorting linear."
        ),
        "off_topic_is": "How beam search decoding works.",
    },
    "code_kv_cache_decode": {
        "expert": (
            "The cache is just two growing stacks. append(k, v) takes one (d,) key and one (d,) "
            "value for the newest position; keys and values return them as (t, d) arrays, t being "
            "how many positions have been stored so far. Internally I'd keep Python lists and "
            "np.stack on read, or better a preallocated (capacity, d) buffer plus a length "
            "counter, doubling the capacity when it fills; calling np.concatenate on every append "
            "copies all t rows each step, so generating n tokens would cost O(n^2) in copying "
            "alone. decode_step(q, k, v, cache): push k and v, then s = cache.keys @ q / sqrt(d), "
            "giving t scores - the single new query against every stored key, itself included - "
            "then a max-shifted softmax and weights @ cache.values for the (d,) output. There's no "
            "mask: everything in the cache is from the current step or earlier, so causality holds "
            "by construction; future tokens simply don't exist yet. The test I'd write feeds a "
            "sequence one position at a time and compares the stacked outputs with full causal "
            "attention over the whole sequence; they must match to floating-point precision. Per "
            "step the attention is O(t * d), linear in what's cached, instead of recomputing the "
            "prefix's keys."
        ),
        "short": (
            "append stores one key and value per step and keys/values return (t, d) arrays; "
            "decode_step appends, scores the single query against all cached keys with sqrt(d) "
            "scaling, softmaxes and takes the weighted sum of values, with no mask since the cache "
            "only holds past tokens."
        ),
        "wrong": (
            "The cache should store the queries as well as the keys and values, because later "
            "steps need to attend from earlier queries too. At each decode step I recompute the "
            "keys and values for the entire prefix from the hidden states, to make sure they're "
            "fresh, and then store them. Even in decode I'd still apply a causal mask over the "
            "cached positions, otherwise the new query could attend to future positions stored "
            "there. Appending with np.concatenate every step is constant time, since NumPy just "
            "extends the array in place. Running it token by token doesn't have to match full "
            "causal attention, because incremental decoding is an approximation anyway. The output "
            "is the softmax over the keys without any scaling, since the scaling only matters "
            "during training, and the cache can be cleared after each step to save memory. "
            "Preallocating a buffer would waste memory, so it's better to concatenate every time."
        ),
        "hedge": (
            "The KV cache is an important optimization for generation. I'd implement the class and "
            "the decode step in a straightforward way and test that the outputs look reasonable."
        ),
        "off_topic": (
            "Continuous batching schedules at the level of decode iterations: after each step, "
            "finished sequences leave the batch and queued requests join, instead of waiting for "
            "the whole batch to finish. That keeps the GPU busy when output lengths differ a lot, "
            "and it pairs with paged KV memory so new sequences can be admitted without "
            "fragmentation."
        ),
        "wrong_why": (
            "Caches queries, recomputes the prefix's keys every step, adds a causal mask in "
            "decode, calls concatenate constant time and denies that decoding must match causal "
            "attention."
        ),
        "off_topic_is": "How continuous batching works in an LLM server.",
    },
    "code_kv_cache_bytes": {
        "expert": (
            "The function is one multiplication: return 2 * n_layers * n_kv_heads * head_dim * "
            "seq_len * batch * bytes_per_elem. Reading it left to right: two tensors per layer - "
            "one of keys and one of values - each holding head_dim numbers per kv head per "
            "position per sequence, each number bytes_per_elem wide. It takes the kv head count, "
            "not the query head count, because in grouped-query models only the kv heads are "
            "cached. All inputs are integers and I only multiply, so the result stays an exact "
            "Python int - no division, no float, nothing like 1.5e10 - which matters since it's a "
            "byte count a caller may compare exactly. I might validate that the arguments are "
            "positive. For a concrete number, take Llama-3-8B: 32 layers, 8 kv heads of width 128, "
            "fp16. That's 2 * 32 * 8 * 128 * 2 = 131,072 bytes, 128 KiB per token; at an "
            "8,192-token context that's exactly 1 GiB per sequence, so a batch of 16 needs 16 GiB "
            "on top of the 16 GB of weights."
        ),
        "short": (
            "Return 2 * n_layers * n_kv_heads * head_dim * seq_len * batch * bytes_per_elem as an "
            "int, the 2 being keys and values; for Llama-2-7B at 4k tokens in fp16 that's 2 GiB "
            "per sequence."
        ),
        "wrong": (
            "I'd compute n_layers * n_heads * head_dim * seq_len * batch * bytes_per_elem, using "
            "the number of query heads, since every query head needs its own keys. There's no "
            "factor of two: only the keys need to be stored, because the values can be recomputed "
            "from the attention weights. I'd return the result in gigabytes as a float by dividing "
            "by 1e9, which is more useful than a raw count. For a 7B model with 32 layers, 32 "
            "heads of 128 and a 4k context in fp16, that gives about 1 GB, so the cache is never a "
            "real concern next to the 14 GB of weights. The sequence length barely matters, since "
            "the cache size is mostly fixed by the model architecture. Batch size doesn't multiply "
            "it either, since the sequences in a batch share one cache."
        ),
        "hedge": (
            "This is a quick calculation function. I'd multiply the relevant dimensions together, "
            "and check the result against what I'd expect for a typical model."
        ),
        "off_topic": (
            "A decoder's forward pass costs roughly 2 times the parameter count in FLOPs per token "
            "for the matrix multiplies, so a 7B model needs about 14 GFLOPs per generated token, "
            "plus an attention term that grows with context. Training is about three times the "
            "forward pass, which gives the 6 times parameters times tokens rule of thumb."
        ),
        "wrong_why": (
            "Uses query heads, drops the factor of two (values must be stored too), returns a "
            "float in gigabytes and says the cache never matters."
        ),
        "off_topic_is": "How many FLOPs a transformer forward pass costs.",
    },
    "code_bpe_train": {
        "expert": (
            "I never iterate over the raw text after the first pass: Counter(corpus.split()) gives "
            "each distinct word and how often it occurs, and I store each as a tuple of symbols, "
            "tuple(word) + ('</w>',), mapped to its count. Each round I build a pair tally: for "
            "every word, for every pair of neighbouring symbols, add the word's count. The winner "
            "is the pair with the largest tally, ties broken toward the lexicographically smallest "
            "pair, which I get with min over (-count, pair). If the tally is empty - every word is "
            "already a single symbol - I stop and return what I have, even if that is fewer than "
            "num_merges. To apply the merge I walk each word's tuple left to right: when symbols i "
            "and i+1 equal the pair, emit the fused symbol and jump two, otherwise emit symbol i "
            "and step one. I don't join the symbols into a string and call replace, because with "
            "space-joined symbols like 'ab c', replacing 'b c' by 'bc' would fuse the tail of the "
            "symbol 'ab' with 'c'; walking symbol lists makes that impossible. The naive version "
            "rescans every symbol of every unique word each round, so it's num_merges times the "
            "total symbol count; to go faster I'd keep the pair tally and an index from pair to "
            "the words containing it, and only adjust counts for the words a merge touches."
        ),
        "short": (
            "Count the words once, represent each as a tuple of characters plus '</w>', then "
            "repeatedly count adjacent pairs weighted by word frequency, merge the top pair (ties "
            "to the smallest) by scanning the symbol tuples, and stop early if no pairs remain."
        ),
        "wrong": (
            "I'd join each word's symbols with spaces and merge using str.replace('a b', 'ab') on "
            "the whole corpus string, which is safe because the spaces mark the boundaries. "
            "There's no need to count words first; I'd recount pairs over the full raw corpus each "
            "step, which is simpler and has the same cost, since pair counting is linear in the "
            "vocabulary size, not in the corpus. Pairs are counted once per distinct word, "
            "ignoring frequency, so common words don't dominate. Ties go to whichever pair "
            "Counter.most_common returns first, which is deterministic enough. If no pairs remain "
            "I'd keep going and append None until num_merges is reached so the output length is "
            "always right. The whole thing is O(num_merges) because each merge is a single replace "
            "call. The end-of-word marker doesn't need to be its own symbol, so I'd glue '</w>' "
            "onto the last character's string and let replace handle it. Working on unique words "
            "with counts is a premature optimisation."
        ),
        "hedge": (
            "BPE training is a classic algorithm. I'd follow the standard procedure, code it up "
            "step by step, and test it on a small corpus."
        ),
        "off_topic": (
            "To encode a new word with a trained BPE, split it into characters plus '</w>', then "
            "repeatedly find the adjacent pair with the lowest rank in the learned merge list and "
            "fuse it, until no pair in the word appears in the list. Caching the encodings of "
            "frequent words makes it fast."
        ),
        "wrong_why": (
            "Merges with str.replace across symbol boundaries, ignores word frequencies, breaks "
            "ties arbitrarily, pads with None instead of stopping and misstates the cost."
        ),
        "off_topic_is": "How to encode a new word with learned BPE merges.",
    },
    "code_kmeans": {
        "expert": (
            "Initialisation first, the seeding that spreads centres out: with rng = "
            "np.random.default_rng(seed), pick one data point uniformly as the first centre; then, "
            "for each next one, compute every point's squared distance to the closest centre "
            "chosen so far and draw the next centre with probability in proportion to that number, "
            "so far-away points are likely picks and existing centres have zero chance. Each Lloyd "
            "iteration: distances from all n points to all k centres in one shot - X[:, None, :] "
            "minus C[None, :, :], squared and summed over the last axis, an (n, k) array - and "
            "labels are the argmin along axis 1. New centres are per-cluster means, but if a "
            "cluster got no points, the mean of an empty slice is NaN with a warning, so instead I "
            "move that centre onto the point that is currently worst served, the one with the "
            "largest distance to its own centre, and recompute labels. I stop when the biggest "
            "shift of any centre is below tol, or after max_iter rounds, and return the centres "
            "and the labels from the final assignment. Each round costs O(n * k * d) time and the "
            "(n, k, d) broadcast needs that much memory, so for big n I'd use the |x|^2 - 2 x.c + "
            "|c|^2 expansion instead."
        ),
        "short": (
            "Initialise with k-means++ (each new centre sampled proportional to squared distance "
            "to the nearest chosen one), assign points by broadcasting distances, recompute means "
            "and reseed any empty cluster with the farthest point, and stop when the centres move "
            "less than tol."
        ),
        "wrong": (
            "Random initialisation is as good as k-means++, so I'd just pick k random points with "
            "the seed; k-means++ only saves a few iterations. For the assignment I loop over every "
            "point and every centroid in Python, which is clearer and has the same complexity as "
            "broadcasting. The update is X[labels == j].mean(axis=0) for each cluster; that's fine "
            "for every cluster, since an empty cluster just keeps a NaN centroid that gets fixed "
            "on the next iteration. I'd stop when the labels stop changing, ignoring tol, and "
            "otherwise run all max_iter iterations. Each iteration costs O(n^2 d) because every "
            "point is compared with every other point. For k-means++ I'd pick each next centre as "
            "the point with the largest distance, deterministically, which is the same as sampling "
            "in proportion to squared distance. Broadcasting (n, 1, d) against (k, d) gives the "
            "wrong shape, so the loop is safer. Empty clusters are so rare that reseeding isn't "
            "worth the code."
        ),
        "hedge": (
            "K-means is a well-known clustering algorithm. I'd implement the standard steps, make "
            "it reproducible with the seed, and test it on some synthetic blobs."
        ),
        "off_topic": (
            "To pick the number of clusters I'd plot the within-cluster sum of squares against k "
            "and look for the elbow, and compare silhouette scores, which weigh how close each "
            "point is to its own cluster versus the next nearest one. The gap statistic compares "
            "the inertia with that of uniformly random data. In the end the business use often "
            "decides."
        ),
        "wrong_why": (
            "Calls random init as good as k-means++, takes the mean of an empty cluster (NaN), "
            "ignores tol, and states O(n^2 d) per iteration."
        ),
        "off_topic_is": "How to choose the number of clusters k.",
    },
    "code_knn": {
        "expert": (
            "Nothing happens at fit time - the training set is the model. For prediction I build "
            "the full (n_test, n_train) table of squared Euclidean distances in one vectorised "
            "step, using |a|^2 - 2 a.b + |b|^2: row norms of X_test as a column, minus twice "
            "X_test @ X_train.T, plus row norms of X_train as a row, clipped at zero to kill tiny "
            "negatives. Square roots are unnecessary because they don't change the order. Then "
            "np.argpartition(D, k - 1, axis=1)[:, :k] grabs the k closest per row without sorting "
            "all n_train columns, and I order just those k by distance. The vote: count labels "
            "among the k; if one label has the most, that's it. On a tie I walk the k neighbours "
            "from nearest to farthest and return the first whose label is among the tied ones - "
            "that is the tied label whose closest member is nearest. I wouldn't rely on "
            "Counter.most_common, which breaks ties by insertion order, not distance. Cost is "
            "O(n_test * n_train * d) for the distances plus O(n_test * n_train) for the partition, "
            "with memory n_test by n_train, so I'd chunk the test set when that table gets big."
        ),
        "short": (
            "Compute all test-to-train distances by broadcasting, take the k nearest with "
            "argpartition, and vote; if the vote ties, return the tied label whose member is "
            "closest by walking the neighbours in distance order."
        ),
        "wrong": (
            "To find the k nearest you have to fully sort every row of distances with np.sort; "
            "there's no way around it. I'd loop over test points and training points in Python "
            "computing distances one pair at a time, which is the same complexity as a vectorised "
            "version. For the vote, Counter.most_common(1) handles ties correctly, since it "
            "already picks the label that's closest. Training is the expensive part of k-NN "
            "because building the model takes O(n^2 d), while prediction is constant time per test "
            "point. I'd use Manhattan distance, since it's equivalent to Euclidean for ranking "
            "neighbours. np.argpartition returns the k smallest already sorted, so I'd break ties "
            "by taking the first label in that list. The |a|^2 - 2ab + |b|^2 expansion is only an "
            "approximation and gives different neighbours, so I wouldn't use it."
        ),
        "hedge": (
            "k-NN is a simple algorithm, so the implementation is mostly straightforward. I'd "
            "vectorise where I can and test it on a small dataset to check the predictions."
        ),
        "off_topic": (
            "Because k-NN uses raw distances, features on large scales dominate, so I'd "
            "standardise each feature with the training set's mean and standard deviation before "
            "computing distances, and pick k by cross-validation, usually an odd number for binary "
            "problems. Weighting votes by inverse distance softens the choice of k."
        ),
        "wrong_why": (
            "Requires a full sort, trusts Counter.most_common for ties, puts the cost in training "
            "instead of prediction and equates Manhattan with Euclidean ranking."
        ),
        "off_topic_is": "How to scale features and choose k for k-NN.",
    },
    "code_mlp_backprop": {
        "expert": (
            "Forward: z1 = X @ W1 + b1, h = np.maximum(z1, 0), z2 = h @ W2 + b2, p = sigmoid(z2). "
            "I hold on to z1, h and p because the backward pass reuses all three. For the loss, "
            "clipping p into [eps, 1 - eps] before the logs avoids log 0, or, cleaner, write it "
            "from the logit: the mean of logaddexp(0, z2) - y * z2. Backward: with a sigmoid "
            "output and cross-entropy, the derivative of each example's loss with respect to its "
            "logit collapses to p - y, and since the loss is averaged over n rows, dz2 = (p - y) / "
            "n - forgetting the /n makes every gradient n times too large. Then dW2 = h.T @ dz2 "
            "and db2 = dz2.sum(axis=0). Going into the hidden layer: dh = dz2 @ W2.T, and a ReLU "
            "lets a gradient through only where its input was positive, so dz1 = dh * (z1 > 0). "
            "Last, dW1 = X.T @ dz1 and db1 = dz1.sum(axis=0). Shapes must match the parameters "
            "exactly, with y reshaped to (n, 1) if needed. Before trusting it I'd compare each "
            "gradient with centred finite differences on a tiny random problem."
        ),
        "short": (
            "Cache z1, h and p in the forward pass; dz2 = (p - y) / n, dW2 = h.T @ dz2 and db2 = "
            "dz2.sum(0), dz1 = dz2 @ W2.T masked by z1 > 0, dW1 = X.T @ dz1, db1 = dz1.sum(0)."
        ),
        "wrong": (
            "The output gradient is p - y, without dividing by n, because the mean only rescales "
            "the loss and doesn't affect the gradient. ReLU's derivative is 1, so the gradient "
            "passes through unchanged for every hidden unit: dz1 = dz2 @ W2.T. I don't need to "
            "keep the forward activations; I recompute them in the backward pass from X. The bias "
            "gradients are the mean of dz over the batch, and dW2 = dz2 @ h, with the transpose "
            "not mattering since the shapes work out. For the loss, take np.log(p) directly; "
            "clipping changes the answer, so it's better to let it return inf if that happens. "
            "Gradient checking with finite differences isn't reliable for ReLU networks, so I'd "
            "skip it. And the weight gradient of the first layer uses h rather than X as its "
            "input."
        ),
        "hedge": (
            "Backpropagation is just the chain rule, so I'd work through it layer by layer. I'd be "
            "careful with the shapes and test the results."
        ),
        "off_topic": (
            "For ReLU layers I'd use He initialisation, drawing weights with variance 2 / fan_in "
            "so activations keep their scale through depth, and Xavier, variance 2 / (fan_in + "
            "fan_out), for tanh or sigmoid layers. Biases start at zero. Initialising all weights "
            "to the same value would make hidden units identical, since they'd get identical "
            "gradients."
        ),
        "wrong_why": (
            "Drops the 1/n, passes the ReLU gradient everywhere, mangles the weight-gradient "
            "transpose and skips a stable loss and gradient checks."
        ),
        "off_topic_is": "How to initialise the weights of an MLP.",
    },
    "code_linear_regression_gd": {
        "expert": (
            "Parameters start at w = zeros(d), b = 0. Each epoch: residual r = X @ w + b - y, a "
            "length-n vector. The mean squared error is (1/n) times the sum of r^2, so its "
            "derivative with respect to w is (2/n) X^T r and with respect to b is (2/n) times the "
            "sum of r. Update w -= lr * grad_w and b -= lr * grad_b - subtracting, since we go "
            "downhill. It's all matrix products: one X @ w and one X.T @ r per epoch, O(n d) each, "
            "no loop over rows. Starting from all zeros is harmless here because the squared-error "
            "surface is a single convex bowl, unlike a neural net where zero init leaves hidden "
            "units symmetric. The thing that bites is the step size: if lr exceeds roughly 2 over "
            "the largest eigenvalue of (2/n) X^T X the iterates overshoot and blow up to inf, and "
            "badly scaled columns stretch the bowl so convergence crawls - standardising the "
            "features fixes both. I'd mention that the exact minimiser comes from the normal "
            "equations, solving (X^T X) w = X^T y with lstsq, which is cheaper than iterating for "
            "small d, and that a ridge term lambda |w|^2 just adds 2 lambda w to the gradient."
        ),
        "short": (
            "Start from zeros, and each epoch compute the error Xw + b - y, set dw = (2/n) X.T @ "
            "error and db = (2/n) error.sum(), and subtract lr times each gradient; it's fully "
            "vectorised."
        ),
        "wrong": (
            "Each epoch I compute the error, take dw = X.T @ error without any 1/n factor, because "
            "the mean doesn't change the direction, and step the weights by adding the gradient to "
            "them, w += lr * dw, since we want to move along the gradient. I'd loop over the "
            "examples one at a time inside each epoch, since full-batch means visiting every "
            "example. Zero initialisation is a problem because of symmetry, so I'd initialise "
            "randomly. The learning rate doesn't really matter for linear regression because it's "
            "convex, so any lr converges, and feature scaling is unnecessary. There's no "
            "closed-form solution for linear regression, which is why we need gradient descent in "
            "the first place. The bias gradient is the mean of X times the error, and adding L2 "
            "regularisation would make the problem non-convex."
        ),
        "hedge": (
            "Gradient descent is the standard way to fit these models. I'd implement the update "
            "loop and check that the loss goes down over the epochs."
        ),
        "off_topic": (
            "For a regression model I'd report RMSE, which is in the target's units and punishes "
            "large errors, and MAE, which is more robust to outliers, plus R squared for the share "
            "of variance explained. Plotting residuals against predictions shows whether errors "
            "grow with the prediction, which suggests a log transform."
        ),
        "wrong_why": (
            "Drops the 1/n, adds the gradient (ascent), loops over rows, fears zero init, says any "
            "learning rate converges and denies the closed form."
        ),
        "off_topic_is": "How to evaluate a regression model.",
    },
    "code_logistic_regression_grad": {
        "expert": (
            "I compute z = X @ w + b and p = sigma(z), then the residual e = p - y. The gradient "
            "with respect to the weights is X^T e / n and with respect to the bias the average of "
            "e. The reason it's that clean: the loss per row is -[y log p + (1 - y) log(1 - p)], "
            "its derivative in p is (p - y) / (p(1 - p)), and sigma'(z) is exactly p(1 - p), so "
            "the two cancel and the chain rule leaves p - y per row - the same shape as linear "
            "regression's residual. For sigma itself, 1 / (1 + exp(-z)) overflows in exp for large "
            "negative z, so I'd branch: for z >= 0 use 1 / (1 + e^-z), for z < 0 use e^z / (1 + "
            "e^z), or call scipy's expit; then nothing overflows and p stays in [0, 1]. It's O(n "
            "d) for the two products. I'd confirm it with a finite-difference check on random "
            "data."
        ),
        "short": (
            "p = sigmoid(X @ w + b) computed stably, then dw = X.T @ (p - y) / n and db = (p - "
            "y).mean(), because the sigmoid's derivative cancels against the log loss."
        ),
        "wrong": (
            "The gradient is X.T @ (y - p) / n, with y minus p because we measure how far the "
            "target is above the prediction. You also need to multiply by the sigmoid derivative "
            "p(1 - p), just as in mean squared error, so dw = X.T @ ((y - p) * p * (1 - p)) / n. "
            "The bias gradient is the sum of the errors without dividing by n. A plain 1 / (1 + "
            "np.exp(-z)) is stable enough because NumPy returns 0 for large negative z without "
            "complaining, so no special handling is needed. The cancellation people talk about "
            "only happens with a softmax, not with a sigmoid."
        ),
        "hedge": (
            "Logistic regression's gradient is a standard result. I'd derive it carefully, "
            "implement it with NumPy, and verify it numerically on a small example."
        ),
        "off_topic": (
            "To turn a fitted logistic regression into decisions, I'd compute probabilities with "
            "the sigmoid and pick a threshold from the costs of false positives and false "
            "negatives rather than defaulting to 0.5, checking calibration with a reliability "
            "plot. With class imbalance the default threshold is often far from optimal."
        ),
        "wrong_why": (
            "Flips the sign to y - p, multiplies in the sigmoid derivative as for MSE, sums the "
            "bias gradient and dismisses a stable sigmoid."
        ),
        "off_topic_is": "How to choose a decision threshold for a logistic regression.",
    },
    "code_roc_auc": {
        "expert": (
            "I'd use the ranking view: the AUC is the chance that a randomly drawn positive gets a "
            "higher score than a randomly drawn negative, with ties counting half - the "
            "Mann-Whitney statistic rescaled. Computing it: rank all scores ascending from 1 to n, "
            "with tied scores all receiving the mean of the ranks they span, e.g. three scores "
            "tied at positions 4, 5 and 6 all get 5. scipy.stats.rankdata does that, or I can do "
            "it by sorting and averaging over runs of equal values. Then R = the sum of the "
            "positives' ranks, U = R - n_pos(n_pos + 1)/2 counts the positive-negative pairs the "
            "positives win, and AUC = U / (n_pos * n_neg). Average ranks are exactly what makes a "
            "tie count as half a pair; if I ranked ties arbitrarily, the result would depend on "
            "input order. Sorting makes it O(n log n), whereas comparing every positive with every "
            "negative is O(n_pos * n_neg), quadratic. If one class is absent the denominator is "
            "zero and AUC is undefined, so I'd raise or return NaN."
        ),
        "short": (
            "AUC is the probability a random positive outranks a random negative; rank the scores "
            "with ties getting their average rank, then compute (sum of positive ranks - "
            "n_pos(n_pos+1)/2) / (n_pos * n_neg)."
        ),
        "wrong": (
            "ROC AUC is just the accuracy at a 0.5 threshold averaged over the two classes, so I'd "
            "threshold the scores at 0.5 and compute the balanced accuracy. Tied scores can be "
            "ignored while sorting: np.argsort gives each score a distinct rank, and the order "
            "among equal scores doesn't affect the result. If I do use ranks, the formula is the "
            "sum of the positive ranks divided by n_pos * n_neg, without subtracting anything. "
            "Comparing every positive with every negative is the efficient way, O(n), since each "
            "pair is checked once. If there's only one class, AUC is 0.5 by definition. The "
            "Mann-Whitney interpretation only holds without ties, and sorting is O(n^2) anyway, so "
            "there's no gain over checking pairs."
        ),
        "hedge": (
            "AUC is a common metric, so I'd implement it carefully, check the edge cases, and "
            "compare against a reference implementation on a few examples."
        ),
        "off_topic": (
            "Average precision summarises the precision-recall curve: sort by score descending, "
            "and at each positive compute the precision among the items ranked at or above it, "
            "then average those precisions over the positives. Unlike ROC AUC it depends heavily "
            "on the positive rate, which makes it more informative when positives are rare."
        ),
        "wrong_why": (
            "Equates AUC with accuracy at 0.5, ignores ties, drops the n_pos(n_pos+1)/2 term and "
            "calls all-pairs comparison O(n)."
        ),
        "off_topic_is": "How to compute average precision from a precision-recall curve.",
    },
    "code_best_split": {
        "expert": (
            "For a set of labels, impurity is one minus the sum over classes of the squared share "
            "of each class: a pure node scores 0, a 50/50 binary node 0.5. For each feature I'd "
            "sort the rows by that feature once, then walk the sorted order, moving one row at a "
            "time from the right child to the left child and updating running per-class counts on "
            "both sides, so each candidate's impurities come from counts in O(classes) rather than "
            "a rescan. Candidate cut points only exist where the sorted value changes: between two "
            "distinct consecutive values I test the midpoint, and I skip positions where the next "
            "value is equal, since no threshold can separate equal values. A split's score is "
            "n_left/n * G(left) + n_right/n * G(right), the children weighted by how many rows "
            "each got; an unweighted average would let a split that peels off one pure row look "
            "great. Keep the feature and threshold with the smallest score, and return None if no "
            "feature has two distinct values. Per feature that's O(n log n) for the sort plus O(n "
            "* C) for the sweep, versus O(n^2) if you re-evaluate every threshold from scratch."
        ),
        "short": (
            "Gini is 1 minus the sum of squared class proportions; for each feature, try midpoints "
            "between sorted distinct values, score each split by the children's Gini weighted by "
            "their sizes, and keep the lowest."
        ),
        "wrong": (
            "Gini impurity is the sum of squared class proportions, so a pure node has Gini 1 and "
            "we look for the split that maximizes it. To score a split I average the two "
            "children's Gini values without weighting, or equivalently pick the split with the "
            "lowest sum of the children's Gini, since the sizes don't matter once each child is "
            "evaluated. Candidate thresholds are every value of every feature, including "
            "duplicates, and I'd use the values themselves rather than midpoints. For each "
            "candidate I recompute the Gini of both children from scratch, which is O(n) per "
            "threshold and O(n log n) overall, the same as any sorted sweep. Sorting each feature "
            "first doesn't help, because running class counts can't be updated incrementally as "
            "the threshold moves. Weighting by child size would only bias the tree toward balanced "
            "splits."
        ),
        "hedge": (
            "This is a classic building block, so I'd write a straightforward version first, make "
            "sure it's correct on small inputs, and then optimise if needed."
        ),
        "off_topic": (
            "A random forest trains each tree on a bootstrap sample of the rows and, at every "
            "node, only considers a random subset of features, around the square root of the "
            "feature count for classification. That decorrelates the trees, so averaging their "
            "votes reduces variance, and the rows left out of each bootstrap give a free "
            "out-of-bag error estimate."
        ),
        "wrong_why": (
            "Drops the 1 minus in Gini, ignores child sizes (unweighted average or plain sum), "
            "uses duplicate values as thresholds and misstates the cost of rescanning."
        ),
        "off_topic_is": "How a random forest decorrelates its trees.",
    },
    "code_kfold_indices": {
        "expert": (
            "Start with order = np.arange(n), or if shuffle is set, "
            "np.random.default_rng(seed).permutation(n), so the same seed gives the same folds "
            "every time and nothing touches global random state. Fold sizes: everyone gets n // k, "
            "and the remainder n % k is handed out one extra apiece to the first n % k folds, so "
            "sizes never differ by more than one - for n = 10, k = 3 that's 4, 3, 3. Then I walk "
            "through order with a running offset: fold i's held-out indices are the slice "
            "order[start:start + size_i]. Because the slices are consecutive and cover order "
            "exactly, every index lands in exactly one held-out fold, and the held-out sets are "
            "disjoint and together are all of range(n). The training indices for fold i are "
            "everything else: concatenate the slices before and after it, or np.setdiff1d(order, "
            "test). I'd check that 2 <= k <= n, and test that the union of held-out sets is "
            "range(n) with no repeats."
        ),
        "short": (
            "Optionally permute range(n) with default_rng(seed), give each fold n // k indices "
            "plus one extra for the first n % k folds, and take each fold's slice as the test set "
            "and everything else as training."
        ),
        "wrong": (
            "I'd make each fold exactly n // k indices and drop the leftover n % k examples, since "
            "a few missing rows don't matter. When shuffle is true, each fold draws its own random "
            "test set with rng.choice, so folds may overlap, which is fine because each fold is "
            "independent. For reproducibility I'd call np.random.seed(seed) globally rather than "
            "passing a generator around. The training set is the other folds' test sets "
            "concatenated, which after dropping the remainder and allowing overlaps is close "
            "enough to the complement. There's no need to check that every index appears in a test "
            "fold exactly once. Shuffling should use a fresh random seed on each call so the folds "
            "differ between runs."
        ),
        "hedge": (
            "K-fold is a standard technique, and I'd implement it in a simple way, test it on a "
            "couple of values of n and k, and make sure the output is what's expected."
        ),
        "off_topic": (
            "For stratified k-fold I'd group the indices by class, shuffle each group, and deal "
            "each class's indices round-robin across the k folds, so every fold keeps roughly the "
            "overall class proportions. That matters for imbalanced labels, where a plain split "
            "can leave a fold with no positives at all."
        ),
        "wrong_why": (
            "Drops the remainder, draws overlapping test sets, seeds the global RNG and treats "
            "training sets as only roughly the complement."
        ),
        "off_topic_is": "How stratified k-fold keeps class proportions.",
    },
}

SETS_B: dict[str, dict[str, str]] = {
    **_LLM_STACK_B,
    **_ML_SYSTEM_DESIGN_B,
    **_ML_CODING_B,
}

# Questions a candidate might ask before answering the design questions above (merged into `CLARIFYING`).
CLARIFYING_B: dict[str, str] = {
    "design_content_moderation": (
        "Does a post have to be scored before it appears, or can we scan it after it is published?"
    ),
    "design_ad_bidding": "Are these first-price or second-price auctions, and what is the advertiser optimising for?",
    "design_churn_analysis": (
        "What counts as churn for this product, and what will the retention team do with the list?"
    ),
    "design_job_matching": (
        "Is success a hire, an interview, or an application, and how many postings and seekers are there?"
    ),
}

# Fixed by a rule chosen before anything was graded: within each category, sort the ids alphabetically and
# hold out every third one starting with the second (positions 1, 4, 7, ...). Never tune on these.
HOLDOUT_B: frozenset[str] = frozenset({
    # llm_stack
    "kv_cache_memory",
    "prompt_engineering_limits",
    # ml_system_design
    "design_churn_analysis",
    # ml_coding
    "code_best_split",
    "code_kfold_indices",
    "code_kv_cache_bytes",
    "code_logistic_regression_grad",
    "code_roc_auc",
})
