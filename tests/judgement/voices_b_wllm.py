"""Fresh expert answers written by helper wllm from each question's prompt alone (key points read
only afterwards), for the llm_stack bank, in two voices not covered before: a *second-language*
strong candidate (simple grammar, dropped articles, agreement slips, short sentences, content fully
correct and complete) and a *teacher* explaining to a junior colleague (everyday analogy first, then
the mechanism, a small worked number, then the rule of thumb). Each must reach 0.7; misses were used
to widen the patterns with general wordings, never phrases fitted to one sentence."""

from __future__ import annotations

EXPERTS = {
    "prompt_engineering_limits": [
        (
            "First I write clear instruction: what is the task, who is audience, what format I want back. "
            "Then I give few-shot examples, two or three input and output pairs, so model copy the pattern and the format. "
            "For reasoning task I ask model to think step by step, chain of thought, before final answer. "
            "I use system prompt for role and rules, and I ask for structured output like JSON with schema, so parser do not break. "
            "I split big task into smaller steps and chain the prompts. I put relevant context in the prompt, retrieved documents, "
            "so model answer from facts. Also I test prompt on small eval set, not only on two examples. "
            "Prompt only change the input, the weights of model stay same, nothing is learned. "
            "But prompting has limit. Prompt cannot add knowledge that model does not have, for private or new data you need retrieval. "
            "If model must learn new behaviour or style very consistent, or the prompt become very long and expensive, "
            "then fine-tuning is better. Long prompt cost tokens and latency on every call. "
            "With high traffic, small fine-tuned model is often cheaper than big model with long prompt, for same quality. "
            "And if task is beyond model capability, no prompt fix it, you need bigger model."
        ),
        (
            "Think of prompting like briefing a very smart contractor who has never met you. The clearer the brief, "
            "the better the work. So I start with explicit instructions: the task, the audience, the constraints and the "
            "output format. Then I show examples, few-shot prompting: two or three worked input-output pairs teach the "
            "format and tone better than any description. For multi-step problems I ask for chain-of-thought reasoning "
            "before the final answer, which often lifts accuracy on maths or logic noticeably. I ask for structured output, "
            "say JSON against a schema, and I put retrieved context into the prompt so the model grounds its answer. "
            "And I measure every prompt change on a fixed eval set of, say, 100 cases, not by eyeballing one output. "
            "Keep in mind that all of this changes only what the model reads; its weights stay exactly as they were. "
            "Where does it stop? A prompt cannot teach the model facts it never saw, so private or fresh knowledge needs retrieval. "
            "When you need a consistent new behaviour or format across thousands of calls, or your prompt grows to 3,000 tokens "
            "of examples that you pay for on every request, fine-tuning is the better tool. Rule of thumb: prompt first, "
            "retrieval for knowledge, fine-tune for behaviour."
        ),
    ],
    "top_k_vs_top_p": [
        (
            "Both methods cut the tail of distribution before sampling. Top-k keep only k most probable tokens, "
            "for example k equal 40, then renormalize and sample from them. Top-p, nucleus sampling, sort tokens by probability "
            "and keep the smallest set whose cumulative probability reach p, for example 0.9, then renormalize. "
            "Difference: k is fixed number, but nucleus size is adaptive. When model is confident, one token has 0.95, "
            "top-p keep only one or two tokens, but top-k still keep 40, so it sample junk tokens. When distribution is flat, "
            "many good options, top-p keep many tokens and top-k with small k cut good candidates. So top-p adapt to shape "
            "of distribution, this is why it behave better. In practice, temperature is applied first, it divide logits and reshape "
            "distribution, then top-k or top-p truncate. Often people use top-p 0.9 with temperature 0.7, and sometimes top-k as "
            "safety cap, like k 50, together with top-p."
        ),
        (
            "Picture a restaurant menu. Top-k says: only ever consider the five most popular dishes. Top-p says: consider "
            "the most popular dishes until they add up to 90 percent of orders. Sampling works the same way. The model gives "
            "a probability for every token; top-k keeps the k highest, renormalises and samples among them. Top-p, or nucleus "
            "sampling, keeps the smallest set of top tokens whose probabilities sum to at least p, then renormalises. "
            "Worked example with p equal to 0.9: if the next token is 'Paris' at 0.92, the nucleus is just that one token. "
            "If the distribution is flat, say thirty tokens at about 3 percent each, the nucleus holds around thirty tokens. "
            "Top-k with k equal to 10 would keep ten tokens in both cases: too many junk tokens in the first, too few in the second. "
            "So top-p is better because the candidate set adapts to the model's confidence. In practice temperature scales the "
            "logits first, then top-p or top-k truncates; a common default is temperature 0.7 with top-p 0.9, sometimes with top-k "
            "as an extra cap."
        ),
    ],
    "kv_cache_memory": [
        (
            "Formula: KV cache size = 2 for key and value, times number of layers, times number of KV heads, times head dimension, "
            "times sequence length, times batch size, times bytes per element. For 70B class model, like Llama 2 70B: 80 layers, "
            "hidden size 8192, 64 heads with head dim 128. With full multi-head attention: 2 times 80 times 8192 times 2 bytes "
            "is about 2.6 MB per token. For 32k tokens this is about 86 GB for one sequence, more than the fp16 weights of one GPU. "
            "With grouped-query attention, 8 KV heads instead of 64, it become 8 times smaller: about 320 KB per token, "
            "around 10 GB for 32k. Design choices that shrink it: GQA or multi-query attention, fewer KV heads; "
            "quantize the cache to int8 or fp8, half the memory; sliding window attention, keep only last tokens; "
            "paged attention to avoid fragmentation waste; and shorter context or smaller batch."
        ),
        (
            "Think of the KV cache as the notes a reader keeps for every word read so far: every layer keeps one key and one "
            "value vector per token. So the size is 2 times layers times KV heads times head dimension times sequence length "
            "times batch times bytes per number. Let's estimate for a 70B-class model: 80 layers, 64 heads of dimension 128, "
            "so a model width of 8192, and fp16 is 2 bytes. Per token that is 2 times 80 times 8192 times 2, roughly 2.6 megabytes. "
            "Multiply by 32,768 tokens and you get about 86 gigabytes for a single sequence, which is more than one 80 GB GPU. "
            "That is why Llama 2 70B uses grouped-query attention with 8 KV heads: the cache drops eight-fold to about 10.7 gigabytes. "
            "The design choices that shrink it: share keys and values across heads with GQA or MQA, quantise the cache to 8 bits, "
            "use sliding-window or local attention so old tokens are dropped, and page the memory so nothing is wasted. "
            "Rule of thumb: count KV heads first, they dominate."
        ),
    ],
    "dense_vs_sparse_retrieval": [
        (
            "Sparse retrieval is lexical, like BM25 or TF-IDF. Document and query are sparse vectors of term weights over vocabulary, "
            "and we match exact words with inverted index. Dense retrieval use neural encoder, bi-encoder, to embed query and document "
            "in same vector space, then nearest neighbour search by cosine or dot product, with ANN index like HNSW. "
            "Sparse fail on synonyms and paraphrase: user write 'car' and document say 'automobile', no overlap, so no match. "
            "Dense fail on exact terms: product codes, rare names, error numbers, and out of domain text it was not trained on; "
            "embedding blur these rare tokens. Also dense need training data and is harder to debug. "
            "For RAG I combine them, hybrid search: run BM25 and dense retrieval in parallel, then merge the lists with reciprocal "
            "rank fusion or weighted score. Then cross-encoder reranker reorder top 50 candidates, and top few go to the prompt. "
            "I tune the mix on labelled queries, measure recall at k."
        ),
        (
            "Think of two librarians. One searches the card catalogue for your exact words; the other understands what you mean "
            "and finds books on the topic even if the wording differs. Sparse retrieval is the first one: BM25 or TF-IDF scores "
            "documents by exact term overlap, weighted by term frequency and rarity, using an inverted index. Dense retrieval is "
            "the second: an encoder embeds the query and the passages into vectors and we find nearest neighbours by dot product "
            "or cosine similarity, with an approximate index such as HNSW. Where does each fail? Sparse misses synonyms and "
            "paraphrases: 'how to cancel my plan' will not match 'terminate subscription'. Dense misses exact matches: a query "
            "for error code E4012 or a part number, because the embedding smears rare tokens, and it degrades on out-of-domain text. "
            "So for RAG, combine them: hybrid retrieval runs both, fuses the rankings with reciprocal rank fusion, for example "
            "score equals the sum of 1 over 60 plus rank, then a cross-encoder reranks the top 50. Rule of thumb: hybrid plus reranker "
            "is the safe default."
        ),
    ],
    "rag_vs_finetuning": [
        (
            "RAG work in two phase. Offline, we split documents into chunks, embed each chunk with embedding model and store vectors in vector database. "
            "Online, user query is embedded too, we retrieve top-k most similar chunks, sometimes with BM25 and reranker, "
            "and put them into prompt as context. Then LLM generate answer grounded on these chunks and can cite source. "
            "How to decide: RAG is for knowledge. If feature need fresh or private data that change often, like docs or tickets, "
            "RAG is better, you update index and no retrain, and you get citations and access control per user. "
            "Fine-tuning is for behaviour: style, format, tone, specific task or domain language that prompt cannot get. "
            "Fine-tuning do not add facts reliably and knowledge become stale, you must retrain when data change. "
            "Also cost: RAG add latency and longer prompt for each request; fine-tuning cost training and need labelled examples. "
            "Often I start with RAG and prompting, and fine-tune later if format or behaviour still wrong. They also can combine."
        ),
        (
            "Think of RAG as an open-book exam and fine-tuning as studying before a closed-book one. In RAG, you first chunk "
            "your documents, embed every chunk into a vector and store them in an index. At query time you embed the question, "
            "retrieve the top five or so nearest chunks, paste them into the prompt, and the model writes an answer grounded in "
            "those passages, with citations back to the source. Fine-tuning instead trains the weights on examples, so the behaviour "
            "is baked in. So how do you choose for a new feature? If the feature depends on knowledge that changes or is private, "
            "say a support bot over 10,000 help articles updated weekly, use RAG: you just re-index, nothing is retrained, and you can "
            "show sources and respect permissions. If the problem is behaviour, a fixed output format, a tone, a narrow task the "
            "base model does badly, fine-tune. Fine-tuning is a poor way to add facts: they go stale and the model still hallucinates them. "
            "RAG costs extra latency and prompt tokens per call; fine-tuning costs training runs and labelled data. "
            "Rule of thumb: RAG for knowledge, fine-tuning for behaviour, and often both."
        ),
    ],
    "llm_failure_modes": [
        (
            "Main failure is hallucination: model generate fluent answer that is false, it invent facts, citations, API names, "
            "because it predict likely text, not true text. Other failures: prompt injection, user or document put instructions "
            "that override system prompt; wrong format, JSON broken so parser fail; context window overflow, long chat or many documents "
            "exceed token limit and get truncated, so model lose instructions; toxic or off-policy output; leaking private data; "
            "latency and timeout, rate limit from provider; and drift when provider update model and behaviour change. "
            "Design around it: ground answers with retrieval and ask model to cite sources and say 'I don't know' if not in context. "
            "Check output: validate JSON with schema and retry, check citations exist, use guardrails and moderation filter. "
            "Treat retrieved text as untrusted data, limit tool permissions. For high-risk action keep human in the loop. "
            "Have fallback, timeout and retry, cache. And monitor: log prompts and outputs, sample for review, track user feedback, "
            "run eval set before every model or prompt change."
        ),
        (
            "Imagine a very confident new hire who never says 'I'm not sure'. That's the core failure: hallucination. The model "
            "produces plausible, fluent text that is wrong, like a made-up court case or an invented function name, because it is "
            "trained to predict likely tokens, not to check facts. Other common failures: prompt injection, where text in a user "
            "message or a retrieved web page says 'ignore previous instructions'; malformed output, say one in fifty JSON responses "
            "fails to parse; long conversations or big documents that overflow the context window and get silently truncated; unsafe or off-brand content; slow or failed calls to the provider; and silent behaviour changes when "
            "the model version changes. So you design the system around them. Ground the model: retrieve sources, instruct it to "
            "answer only from them and cite them, and let it abstain. Validate everything it outputs: schema checks with a retry, "
            "citation checks against the retrieved text, safety filters. Treat model output and retrieved content as untrusted, "
            "give tools least privilege, and put a human in the loop for risky actions. Add timeouts, fallbacks and monitoring "
            "with user feedback and a regression eval suite. Rule of thumb: never let raw model output act unchecked."
        ),
    ],
    "llm_evaluation": [
        (
            "Before release I build offline eval set: a few hundred real inputs with reference answers or rubric, including hard cases "
            "and past failures. For every change, prompt or model, I run this regression suite and compare with current version. "
            "Metrics depend on task: exact match or F1 when there is right answer, for free text I use LLM-as-judge with clear rubric, "
            "but I calibrate judge against human labels because judge has bias, like prefer long answer or its own style. "
            "I also check safety, format validity, latency and cost. Pairwise comparison, new against old, is more reliable than absolute score. "
            "After launch, offline set is not enough, real users ask different things. So I run A/B test with business metric, like task "
            "success or retention, and track implicit signals: thumbs up and down, regenerate, copy, edits. "
            "I log and sample conversations for human review, monitor drift, and add new failures into the eval set."
        ),
        (
            "Evaluating an LLM feature is like quality control in a restaurant: you taste dishes in the kitchen before they go out, "
            "and you also watch what diners send back. In the kitchen, offline, you keep a golden set, say 300 representative "
            "prompts with expected answers or grading criteria, covering edge cases and every bug you've seen. Every prompt or model "
            "change runs against it as a regression test. Where answers are checkable, score them exactly; where they are open-ended, "
            "use human raters or an LLM as a judge with a rubric, and first check the judge agrees with humans, maybe 85 percent agreement, "
            "because judges favour longer or familiar answers. Also measure latency, cost, format errors and safety. Once users have it, "
            "you run an A/B test or a staged rollout and watch the product metric: resolution rate, retention. Collect feedback signals: "
            "thumbs up, retries, edits, escalations to a human. Sample live traffic for review, watch for drift, and feed new failures back "
            "into the golden set. Rule of thumb: offline to catch regressions, online to learn what users actually need."
        ),
    ],
    "inference_cost_levers": [
        (
            "First I measure: which requests, how many tokens input and output, what quality we need. Then cheapest levers first. "
            "One: prompt side. Make prompt shorter, remove long examples, limit max output tokens. Cost little quality. "
            "Two: caching. Cache exact repeated answers and use prefix caching for shared system prompt. Trade is stale answer and memory. "
            "Three: route to smaller model. Easy requests go to small cheap model, hard ones to big model, with cascade. "
            "Trade some quality on hard cases, need router and eval. "
            "Four: serving. Batching, continuous batching raise throughput on GPU a lot; trade is higher latency per request. "
            "Quantization int8 or int4 cut memory and cost, small accuracy loss. "
            "Also speculative decoding: small draft model propose few tokens, big model verify them in one forward pass. "
            "Output is same, latency lower, but draft model need extra GPU memory. "
            "Five: distill or fine-tune small model on outputs of big model. Good for high volume but need engineering and retraining. "
            "Each step I check quality on eval set so saving is not hiding regression."
        ),
        (
            "Cutting LLM cost is like cutting a household budget: first stop the waste, then buy the cheaper brand, then renegotiate "
            "the big contracts. So start by measuring where tokens go. Waste first: trim the prompt, drop redundant few-shot examples, "
            "cap the output length. If your prompt is 2,000 tokens and you get it to 800, input cost falls by 60 percent, and the "
            "only trade is a little quality you verify on the eval set. Next, caching: reuse answers to repeated queries and the KV "
            "prefix of a shared system prompt; you trade freshness and memory. Then the cheaper brand: route easy requests to a "
            "smaller model and escalate only the hard ones, which trades some quality at the margin. Then serving: batch requests, "
            "continuous batching fills the GPU, and quantise weights to 8 or 4 bits; batching trades latency, quantisation trades a "
            "small accuracy drop. Speculative decoding helps too: a small draft model guesses the next four or five tokens and the "
            "big model checks them all in a single forward pass, so you get the same output faster, at the cost of running a second model. "
            "Last, the big contract: distil or fine-tune a small model on your own traffic, which costs "
            "engineering time and upkeep. Rule of thumb: cheap reversible levers first, measure quality after each."
        ),
    ],
    "temperature_sampling": [
        (
            "Temperature divide the logits before softmax. p equal softmax of z over T. With T lower than 1, distribution become "
            "sharper, high probability tokens get even more mass. With T higher than 1 distribution become flatter, rare tokens get "
            "more chance. When T go to zero, sampling become greedy decoding, always argmax token, deterministic, but text can be "
            "repetitive and boring. When T is very large, distribution approach uniform, every token almost same probability, so "
            "output become random and incoherent, nonsense. For products: code generation, extraction, classification, factual QA I "
            "set low, 0 to 0.3, because I want correct and reproducible answer. For chat assistant around 0.7. For creative writing, "
            "brainstorming, poems, higher like 0.9 to 1.0, more diversity. Often combine with top-p to cut the tail."
        ),
        (
            "Think of temperature as a confidence dial on a chef who picks ingredients. Turn it down and he always picks the favourite; "
            "turn it up and he starts picking at random. Mechanically, we divide the logits by T before the softmax. Take two tokens "
            "with logits 2 and 1. At T equal to 1 the probabilities are about 0.73 and 0.27. At T equal to 0.5 the logits become 4 and 2, "
            "so about 0.88 and 0.12: sharper. At T equal to 2 they become 1 and 0.5, so about 0.62 and 0.38: flatter. As T goes to zero, "
            "all mass goes to the top token, so it becomes greedy, deterministic decoding, which is repetitive on long text. As T grows "
            "large the distribution tends to uniform and the output turns into random, incoherent text. So for products: code, "
            "extraction or factual answers, set it near 0; a general chat assistant, about 0.7; creative writing or brainstorming, "
            "0.9 to 1.2. Rule of thumb: low temperature when there is one right answer, higher when you want variety."
        ),
    ],
    "kv_cache": [
        (
            "In autoregressive decoding model generate one token at a time, and each new token attend to all previous tokens. "
            "Without cache, every step recompute keys and values for whole prefix again, this is quadratic work. "
            "KV cache store the key and value vectors of every past token, in every layer and head. At new step we only compute "
            "query, key and value for the new token, append its K and V to the cache, and attend over cached ones. "
            "Query of old token is never needed again, only query of the new token, so we cache only K and V. "
            "So it save recomputation: per step cost become linear in context, not recompute whole sequence, generation much faster. "
            "Cost is memory. Cache grow linearly with sequence length, batch size, number of layers and heads. For long context "
            "it can be bigger than model weights, so it limit batch size and throughput, and decoding become memory-bandwidth bound "
            "because we read whole cache each step. Solutions are multi-query or grouped-query attention, paged attention, "
            "quantized cache, sliding window."
        ),
        (
            "Imagine writing a long essay and, before every new word, rereading and re-summarising every page from the start. "
            "That's decoding without a KV cache. A transformer generates one token at a time, and each new token's query attends "
            "to the keys and values of all earlier tokens. Those keys and values never change once computed, so we store them: "
            "the KV cache keeps, for every layer, the key and value vectors of each past token. At each step we compute K and V only "
            "for the newest token, append them, and attend over the cache. Why not queries too? Only the newest token's query "
            "is ever used; past queries are never needed again. It saves recomputing the whole prefix: generating 1,000 "
            "tokens without a cache reprocesses about half a million token positions, with it just 1,000. What does it cost? Memory. "
            "The cache grows linearly with context length and batch size, and for a 7B model at 4,000 tokens it is about 2 gigabytes "
            "per sequence, so it limits how many requests fit on a GPU, and each step must read the whole cache from memory, which makes "
            "decoding bandwidth-bound. Rule of thumb: the cache trades memory for speed, and at long contexts memory is the bottleneck."
        ),
    ],
    "long_sequence_latency": [
        (
            "First I measure where time go: prefill of long prompt, or decoding of output tokens. Time to first token grow with input "
            "length, because attention is quadratic in sequence length. Options: use FlashAttention, exact attention but faster, "
            "fused kernel, less memory traffic; cost is only engineering, need supported GPU. Prefix caching, if many requests share "
            "same document or system prompt, reuse KV cache; cost is memory. Reduce input: retrieve only relevant chunks with RAG instead "
            "of full document, or summarize first; cost is maybe lose information and recall. Sparse or sliding window attention, "
            "linear in length, but can lose long-range dependency and need model trained for it. Chunked prefill and streaming output "
            "so user see first tokens early. Smaller or quantized model, faster but lower quality. Speculative decoding for the decode part. "
            "Also parallelism, tensor parallel across GPUs, cost more hardware."
        ),
        (
            "Think of a long document like a long meeting transcript: you can read faster, read less, or remember what you already read. "
            "Start by measuring whether the time is in prefill, reading the prompt, or in decoding the answer. Self-attention scales "
            "quadratically: a 32,000-token document has sixty-four times the attention work of a 4,000-token one. Read faster: "
            "FlashAttention computes exact attention in tiles without writing the full matrix to memory, much faster, and costs nothing "
            "in quality, only a kernel dependency. Read less: retrieve the few relevant chunks with RAG or summarise in stages instead "
            "of sending everything; the cost is that you may miss something the retriever skipped. Sparse or sliding-window attention "
            "makes the cost linear but loses some long-range context and needs a model trained that way. Remember: cache the KV prefix of "
            "documents that many users query, which costs GPU memory. On the serving side, batch requests to keep the GPU busy and "
            "split long prefills into chunks so they do not stall other users' decoding; that costs scheduling complexity. And stream tokens so the user sees output at once, plus a smaller "
            "or quantised model for the decode, trading some quality. Rule of thumb: cut input tokens first, then kernels, then model size."
        ),
    ],
    "tokenization_bpe_vs_chars": [
        (
            "Character-level tokenization: vocabulary is very small, no unknown token, any text can be encoded. But sequences become "
            "very long, maybe four or five times longer, attention cost is quadratic, and model must learn spelling and words from "
            "scratch, each token carry little meaning. Word-level: short sequences, each token is meaningful, but vocabulary is huge, "
            "embedding table big, and words not in vocabulary become UNK, out-of-vocabulary problem. Rare words, typos, new names, "
            "morphology like 'running', 'runs' all separate. BPE subword is in the middle. It start from characters or bytes and merge "
            "frequent pairs, so common words are one token and rare words split into pieces like 'un', 'believ', 'able'. "
            "Vocabulary fixed around 32k to 100k, no out-of-vocabulary with byte-level BPE, sequences reasonable length. "
            "This is why modern LLMs use subwords: balance between vocabulary size and sequence length, and handle any word."
        ),
        (
            "Think of writing a message with three kits: single letters, a dictionary of whole words, or a set of common word pieces. "
            "With letters, character-level tokenization, you can spell anything, the vocabulary is maybe a few hundred symbols and nothing "
            "is ever unknown, but a sentence becomes very long, so 'internationalization' costs twenty tokens, attention cost grows with the square of the length "
            "and the model must learn words from letters. With whole words, word-level, sequences are short and each token carries meaning, "
            "but you need hundreds of thousands of entries, and any word you did not see in training, a typo or a new product name, becomes "
            "an unknown token. Subword tokenization like BPE sits in between: it learns frequent pieces from data, so 'the' is one token while "
            "'tokenization' splits into 'token' and 'ization'. A vocabulary of about 50,000 covers any text, with byte fallback for anything "
            "odd, and sequences stay short. That's why modern models use subwords: they trade off vocabulary size against sequence length "
            "and never hit out-of-vocabulary words."
        ),
    ],
    "bpe_training": [
        (
            "Training: first pre-tokenize corpus, split on whitespace and punctuation, and count word frequency. Each word is split to "
            "characters or bytes, and base vocabulary is all single symbols. Then loop: count all adjacent symbol pairs in all words, "
            "weighted by word frequency. Take most frequent pair, for example 'e' and 's', merge into new symbol 'es', add it to vocabulary "
            "and record the merge in ordered list. Replace the pair everywhere, update counts. Repeat until vocabulary reach target size, "
            "like 32k. To apply on new word: split word into characters, then apply learned merges in same order they were learned, "
            "by priority, until no merge apply. Result is subword tokens. For billions of tokens: you do not need to keep full text, only "
            "count unique words with frequencies, this is much smaller. Count in parallel, with map-reduce, and merge counts. Update only "
            "pairs affected by a merge, with priority queue, not recount everything. Or train on a sample of corpus."
        ),
        (
            "Think of BPE like inventing shorthand: you notice which letter pairs you write most often and give each a single symbol. "
            "Step one, split the corpus into words and count how often each word occurs. Step two, write every word as a sequence of "
            "characters or bytes; those single symbols are the starting vocabulary. Step three, count every adjacent pair of symbols across "
            "the corpus, weighted by word counts, pick the most frequent pair, say 't' and 'h', merge it into a new symbol 'th', and record "
            "that merge. Then recount and repeat: 'th' plus 'e' may become 'the'. You stop when the vocabulary reaches the size you chose, "
            "for example 50,000. To tokenize a new word, you split it into characters and apply the learned merges in the order they were "
            "learned, so 'these' becomes 'the' plus 's' plus 'e' and so on. For billions of tokens, don't keep the text in memory: count "
            "word frequencies once, in parallel shards, and work on the table of unique words, update pair counts incrementally after each "
            "merge, and train on a representative sample."
        ),
    ],
}
