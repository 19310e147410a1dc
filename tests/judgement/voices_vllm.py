"""Expert answers written by helper `vllm` for the llm_stack questions, from each prompt alone (key
points unseen while writing), in two voices per question: a *story* (a candidate answering through a
concrete case from their own work) and a *terse* senior (short clauses, pronouns, abbreviations,
semicolons and dashes, maths inline). Each makes every claim a strong answer makes; each must reach
0.7 (tests/judgement/test_fresh_answers.py)."""

from __future__ import annotations

EXPERTS = {
    "prompt_engineering_limits": [
        (
            "On our support-ticket summariser I got most of the gains from the prompt before touching any "
            "weights. First I wrote clear, specific instructions with a role and the audience, and spelled out "
            "the output format as a JSON schema so the parser stopped breaking. Then I added a handful of "
            "few-shot examples, picked to cover the tricky ticket types, and that fixed the tone. For the "
            "triage step I asked the model to reason step by step before giving the label, chain of thought, "
            "and split the job into smaller prompts chained together. I also pasted the relevant policy docs "
            "into the context, since the model did not know our refund rules. Where prompting stopped being "
            "enough: the model kept missing knowledge it never saw, so we needed retrieval; and for a strict "
            "house style across thousands of tickets the prompt was brittle, small wording changes swung the "
            "results, and the long prompt cost tokens and latency on every call. That is when we fine-tuned a "
            "smaller model on a few thousand labelled examples, and we measured every prompt change against "
            "a fixed eval set."
        ),
        (
            "Techniques: clear instructions, a role, explicit format - JSON schema, delimiters; few-shot "
            "examples covering edge cases; CoT, i.e. ask it to think step by step, or self-consistency - sample "
            "several and vote; decompose the task into a chain of prompts; put the facts it needs in the "
            "context. None of it touches the weights - it only changes the input, so it steers what the model "
            "already learned. Always test prompt edits on an eval set because they're brittle - one reworded "
            "line or a model version bump can move "
            "accuracy. Limits: prompting can't add knowledge the model lacks - fresh or private data needs RAG; "
            "it can't reliably teach a new skill, a domain format or a consistent style at scale - that's "
            "fine-tuning, SFT or LoRA on labelled examples; long few-shot prompts cost tokens and latency on "
            "every request, and fine-tuning a smaller model often ends up cheaper at high volume; and past a point the base "
            "model is simply not capable enough, so you need a bigger model."
        ),
    ],
    "top_k_vs_top_p": [
        (
            "On our story-writing assistant we started with top-k at 40. Top-k keeps the k most likely next "
            "tokens, renormalises their probabilities and samples among them. Top-p, or nucleus sampling, "
            "keeps the smallest set of tokens whose cumulative probability reaches p, say 0.9, and samples from "
            "that. The problem we hit was that k is fixed whatever the distribution looks like: after a name "
            "like 'New', the model was confident and forty candidates let junk tokens in, while at the start "
            "of a sentence the distribution was flat and forty cut off perfectly good words. Top-p adapts: when "
            "the distribution is peaked the nucleus is only one or two tokens, when it is flat it grows to "
            "hundreds. So we switched to top-p 0.9. In practice they are combined: temperature is applied to "
            "the logits first, then top-k as a loose cap, then top-p on the renormalised distribution, then "
            "we sample; we ran temperature 0.8, top-k 50 and top-p 0.9, and temperature zero for extraction."
        ),
        (
            "Top-k: keep the k highest-prob tokens, renormalise, sample. Top-p: sort, keep the smallest prefix "
            "whose cumulative mass >= p, renormalise, sample. Difference - k is fixed, p adapts to the shape of "
            "the distribution. Peaked distribution: top-p keeps one or two tokens, top-k with k=50 still lets "
            "in a long tail of junk. Flat distribution: top-p keeps many, top-k truncates valid options. So "
            "top-p wins whenever confidence varies across positions, which is most open-ended generation. In "
            "practice: temperature first - divide the logits by T - then the top-k filter as a cap, then "
            "top-p, then sample; typical T 0.7, top-p 0.9, top-k 40-50; for deterministic tasks T = 0, "
            "i.e. greedy, and then the filters have no effect."
        ),
    ],
    "kv_cache_memory": [
        (
            "On our 70B deployment I did this sum before buying hardware. The KV cache stores a key and a "
            "value for every layer, every KV head and every token, so its size is 2 times layers times KV "
            "heads times head dimension times sequence length times batch size times bytes per element. A "
            "Llama-2-70B-class model has 80 layers, 64 query heads of dimension 128, so a model dimension of "
            "8192. With full multi-head attention that is 2 x 80 x 8192 x 2 bytes, about 2.6 MB per token; "
            "at 32k tokens that is roughly 86 GB for a single sequence, more than the fp16 weights' 140 GB "
            "leaves on the node. The real model uses grouped-query attention with 8 KV heads, an eight-fold "
            "cut, so about 10.7 GB per 32k sequence. Other design choices that shrink it: multi-query "
            "attention with a single KV head, quantizing the cache to int8 or fp8, which halves it, "
            "sliding-window attention that only keeps the last few thousand tokens, latent compression like "
            "MLA, and sharing KV across layers."
        ),
        (
            "Size is 2 for K and V, times the number of layers, times KV heads, times the head dim, times the "
            "sequence length, times the batch, times bytes per element. "
            "70B-class: 80 layers, d_model 8192 = 64 heads x 128. Full MHA, fp16: 2 x 80 x 8192 x 2 B = "
            "~2.6 MB per token; x 32k tokens = ~86 GB per sequence - more than a GPU's HBM, for one request. "
            "With GQA, 8 KV heads instead of 64: 8x smaller, ~0.33 MB per token, ~10.7 GB per sequence. "
            "Shrinking it: GQA or MQA - fewer KV heads, MQA down to one; KV quantization to int8/fp8 - 2x, "
            "int4 - 4x, small quality loss; sliding-window or local attention - cache capped at the window; "
            "MLA - cache a low-rank latent instead of full K and V; cross-layer KV sharing; evicting or "
            "dropping unimportant tokens. PagedAttention doesn't shrink it but kills fragmentation, so more "
            "sequences fit per batch."
        ),
    ],
    "dense_vs_sparse_retrieval": [
        (
            "On our internal docs assistant we started with BM25 only. Sparse retrieval represents text as "
            "weighted term counts over the vocabulary, TF-IDF or BM25, and looks documents up through an "
            "inverted index, so it matches exact words. It was great for error codes and product names, but "
            "it failed on vocabulary mismatch: users asked how to 'reset my login' and the page said 'recover "
            "credentials', no shared terms. So we added dense retrieval: a bi-encoder embeds queries and "
            "passages into vectors, and we search by cosine similarity with an approximate nearest neighbour "
            "index. It caught the paraphrases and synonyms, but it failed on exact identifiers, rare tokens "
            "and version numbers, and it was weaker on our jargon because the embedding model was trained on "
            "general web text. We combined them as hybrid search: run both retrievers, merge the lists with "
            "reciprocal rank fusion, then a cross-encoder reranker rescores the top 50 and the best five go "
            "into the prompt."
        ),
        (
            "Sparse: bag-of-words vectors, TF-IDF or BM25, inverted index - exact term matching, cheap, "
            "interpretable, no training. Dense: a bi-encoder maps query and doc to embeddings, retrieve by "
            "cosine or dot product via ANN - FAISS, HNSW - so it matches meaning. Failure modes: sparse fails "
            "on synonyms and paraphrase - the vocabulary mismatch problem, zero overlap means zero score; "
            "dense fails on exact matches - IDs, error codes, names, numbers, rare terms - and on "
            "out-of-domain text it wasn't trained on. Combining for RAG: hybrid retrieval - run both in "
            "parallel, fuse with RRF, sum of 1/(k + rank), or a weighted sum of normalised scores; then rerank "
            "the union with a cross-encoder and pass the top few chunks to the LLM. Tune the weights and k on "
            "a labelled query set - recall@k on the retriever first."
        ),
    ],
    "rag_vs_finetuning": [
        (
            "On our HR policy assistant we built RAG first. Offline, we split the policy documents into chunks "
            "of a few hundred tokens, embedded each chunk and stored the vectors in a vector database. At query "
            "time we embed the employee's question, retrieve the top ten nearest chunks, rerank them with a "
            "cross-encoder, and paste the best five into the prompt, and the model answers from that context "
            "and cites the chunk ids. We chose RAG because the policies changed every month and legal wanted "
            "every answer to point to its source; retraining for each change would have been absurd. A few "
            "months later the product team wanted answers in a strict house style and a fixed JSON structure "
            "for the app, and prompting kept drifting, so we fine-tuned a small model with LoRA on two thousand "
            "examples. Fine-tuning changes behaviour, tone and format; it is a poor way to store facts that "
            "change. In the end we used both: the fine-tuned model for the style, retrieval for the knowledge."
        ),
        (
            "RAG end to end: chunk the corpus, embed the chunks, index them - FAISS, a vector DB; at query time "
            "embed the query, retrieve top-k by cosine, optionally rerank, put the chunks in the prompt; the LLM "
            "generates grounded in that context, with citations. Choosing: RAG when knowledge changes often, "
            "when you need citations or access control per document, or when the corpus is far too large for "
            "the context window - updating it is just re-indexing. Fine-tuning when the behaviour must change - "
            "output format, tone, a domain style, a narrow task - or when retrieval adds too much latency; it's "
            "bad at injecting fresh facts and can't cite. Usually start with prompting plus RAG, measure, "
            "fine-tune only if that plateaus. They combine well - fine-tune for behaviour, retrieve for facts."
        ),
    ],
    "llm_failure_modes": [
        (
            "On our customer-support bot the worst failure was hallucination: the model confidently invented a "
            "refund policy and even made up a link to a help article that did not exist. We fixed most of it by "
            "grounding: every answer has to come from retrieved help-center passages, it cites them, we run it "
            "at low temperature, and the prompt tells it to say it doesn't know when the passages don't cover "
            "the question; a second check verifies that each claim is supported by a cited passage. Then we hit "
            "prompt injection: a user pasted 'ignore your previous instructions' and got the bot to promise "
            "discounts, and retrieved web text can carry instructions too, so we treat all input as data, give "
            "tools least privilege and put a guardrail classifier on inputs and outputs. Other failures were "
            "long tickets overflowing the context window and truncating the instructions, and malformed JSON "
            "breaking our parser, so we validate against a schema, retry, and fall back to a human agent; "
            "plus monitoring and a regression eval harness before every deploy."
        ),
        (
            "Main failure modes. Hallucination - it states false facts, fake citations, invented numbers, "
            "fluently and confidently, because it predicts plausible text, not checked facts. Prompt injection - user input or retrieved docs carry instructions that "
            "override the system prompt, since the model can't tell data from instructions. Format failures - invalid JSON, missing fields. Context overflow - "
            "long inputs exceed the context window and get truncated, often silently. Also latency spikes, "
            "provider outages, drift when the vendor updates the model. Design: ground answers in retrieved "
            "sources with citations, low temperature for factual tasks, let it abstain - an explicit 'I don't "
            "know' - and verify claims against the sources; treat retrieved text as data, not instructions, "
            "least-privilege tools; guardrail models on input and output; schema validation or constrained "
            "decoding with retries; a fallback - a default response or a human - when the call fails; eval "
            "harness in CI and monitoring in prod."
        ),
    ],
    "llm_evaluation": [
        (
            "For our contract-summary feature we built the evaluation in two layers. Before any change - a new "
            "prompt, a new model version - we run a golden set of about five hundred real contracts with "
            "reference summaries and extracted fields: the fields are scored automatically with exact match "
            "and F1, and the free-text summaries are graded by a stronger LLM as a judge against a rubric. We "
            "calibrated that judge against lawyers' labels on a sample, because judges have biases - they "
            "prefer longer answers and the first option they see - and a lawyer still reviews a random sample "
            "each release. It runs in CI as a regression test, so a prompt tweak that breaks something never "
            "ships. Once users had it, we ran an A/B test on the new version and watched thumbs-up feedback, "
            "how often lawyers edited the summary, task completion time, plus latency and cost. The two layers "
            "catch different problems: offline scores looked great on one release while users edited more, "
            "so we added those cases to the golden set."
        ),
        (
            "Two layers. Offline, pre-release: a fixed eval set - representative inputs plus edge cases and past "
            "failures - with reference outputs; score automatically where possible - exact match, F1, schema "
            "validity, unit-test style checks; for open text an LLM judge with a rubric, calibrated against "
            "human labels since it has position and verbosity bias; humans review a sample. Run it on every "
            "prompt or model change as a regression gate. Online, once users have it: A/B test the change; "
            "track explicit feedback - thumbs, ratings - and implicit signals - retries, edits, copy rate, "
            "task completion, escalations; plus latency, cost per request, guardrail hits. Sample production "
            "traces for human review and feed the failures back into the eval set. Why both: the offline suite "
            "catches regressions before release, online metrics show where the offline scores and real "
            "usefulness disagree."
        ),
    ],
    "inference_cost_levers": [
        (
            "Last year our summarisation endpoint cost about forty thousand dollars a month, so I first measured "
            "where it went: most of it was long prompts and repeated requests. The cheapest lever came first: "
            "we trimmed the prompt and capped output length, and added a response cache for identical requests "
            "plus prefix caching for the shared system prompt; that cut a third, at the price of some stale "
            "answers, so we gave the cache a short expiry. Next, on our own GPUs, we turned on continuous "
            "batching, which raised throughput a lot but added some latency for each request. Then we quantized "
            "the model to int8, which halved memory and cost with a small accuracy drop we checked on our eval "
            "set. We added speculative decoding: a small draft model guesses the next few tokens and the big "
            "model scores them all in parallel, which makes generation faster with "
            "the same outputs, but costs extra GPU memory and engineering. Finally we distilled a smaller model "
            "from the big one and routed easy requests to it: the cheapest per token, but an upfront training "
            "cost and worse quality on rare hard inputs, so we re-ran the eval set after each change."
        ),
        (
            "Measure first - tokens in vs out, traffic per route. Then, cheapest first: trim prompts and cap "
            "max tokens - free, mild risk of truncating answers. Caching - exact-match or semantic response "
            "cache, prefix/KV caching for shared system prompts - trades freshness, semantic hits can be wrong. "
            "Routing - send easy queries to a smaller model, a cascade - quality loss on misrouted hard ones. "
            "Batching - continuous batching raises GPU utilisation and throughput, costs per-request latency. "
            "Quantization - int8, int4, fp8 weights - roughly 2-4x less memory, it trades a little accuracy. "
            "Speculative decoding - a small draft model proposes tokens, the big one verifies them in one pass; "
            "output distribution unchanged, lower latency, costs extra memory and complexity. Distillation - "
            "train a small student on the big model's outputs - cheapest at scale, but upfront training and "
            "weaker on the long tail. Re-run the eval suite after every lever."
        ),
    ],
    "temperature_sampling": [
        (
            "On our code-completion product temperature was the first knob we tuned. Temperature divides the "
            "logits before the softmax, p_i proportional to exp(z_i / T), so it reshapes the distribution "
            "without changing the ranking of tokens. As T goes to zero the distribution becomes peaked on the "
            "top token and sampling turns into greedy argmax decoding, deterministic; as T grows large it "
            "flattens toward uniform and the output gets random and incoherent. We started at 1.0 and users "
            "got code that invented function names, so we set T to 0.2 for completions and zero for the unit "
            "test generator, where we want reproducible output. Greedy had its own problem: it fell into "
            "repetition loops and bland text, so for the chat assistant we used around 0.7 with top-p 0.9, and "
            "for the marketing copy tool about 1.0 to get diverse drafts."
        ),
        (
            "It scales the logits: softmax(z / T). T = 1 - the model's own distribution; T < 1 sharpens it; "
            "T > 1 flattens it; ranking unchanged, only how peaked it is. T -> 0: all mass on the argmax - "
            "greedy, deterministic, but greedy is prone to repetition loops and dull, generic text. T -> "
            "infinity: uniform over the vocab - random tokens, gibberish. Settings: extraction, classification, "
            "code, SQL - T = 0 to 0.2, you want the most likely and reproducible answer; chat assistant - "
            "around 0.7, usually with top-p 0.9; creative writing, brainstorming - 0.9 to 1.2 for diversity. "
            "It doesn't add knowledge - low T makes it consistent, not correct."
        ),
    ],
    "kv_cache": [
        (
            "When I profiled our first homemade decoding loop, generation got slower with every token. In "
            "autoregressive decoding each new token attends to all previous tokens, and without a cache we "
            "re-ran the whole prefix through the model at every step, recomputing the keys and values of tokens "
            "whose keys and values never change. The KV cache stores, for every layer and head, the key and "
            "value vectors of all past tokens; at each step we compute the query, key and value only for the "
            "new token, append its key and value to the cache and attend over it. Queries are not cached "
            "because only the current token's query is ever used. That turned per-step cost from linear in the "
            "prefix length of full forward passes into one token's forward pass. The cost is memory: 2 times "
            "layers times heads times head dim times tokens times batch, growing linearly with context and "
            "batch, which capped our batch size, so we moved to paged attention and grouped-query attention."
        ),
        (
            "Decoding is autoregressive - token t attends to keys and values of tokens 1..t. Without a cache you "
            "recompute K and V for the whole prefix at every step - O(n^2) projection work over a sequence. "
            "The KV cache keeps K and V of past tokens, per layer and per head; each step computes q, k, v for "
            "just the new token, appends k, v, attends its q over the cache - so per-step work is one token, "
            "not the prefix. Why not Q: a past query is never needed again, only the new token's. What it saves: "
            "compute and latency - quadratic total becomes linear. What it costs: memory - 2 x layers x heads x "
            "d_head x seq_len x batch x bytes, linear in context and batch; it often exceeds the weights at long "
            "context, limits batch size, and decode becomes memory-bandwidth-bound. Mitigations: GQA/MQA, KV "
            "quantization, paging."
        ),
    ],
    "long_sequence_latency": [
        (
            "On our contract-review tool, fifty-page documents took twenty seconds, so I first split the time "
            "into time to first token and time per output token. Most of it was prefill: attention over the "
            "whole prompt grows quadratically with length. We made sure the KV cache was on, since without it "
            "every generated token re-reads the whole document, and added prefix caching so follow-up questions "
            "on the same document reuse its cached keys and values, at the cost of GPU memory. We switched to "
            "FlashAttention, which is exact and only changes the kernel, so prefill got faster with no quality "
            "cost. We tested a sliding-window attention model, which is much faster but approximates attention "
            "and missed clauses far apart, so we dropped it. The biggest win was sending less text: we "
            "retrieve only the relevant sections instead of the whole contract, at some risk of missing "
            "context. Continuous batching kept throughput up but added latency per request, so we capped the "
            "batch for interactive users; truncation we kept as a last resort because it silently drops "
            "content."
        ),
        (
            "Measure first - TTFT vs time per output token. Long prompts hurt prefill - attention is O(n^2) in "
            "length, compute-bound; decode is memory-bandwidth-bound, each step reads a KV cache that grows with "
            "n. Options: KV cache on, always - without it each step recomputes the prefix; costs memory. Prefix "
            "caching for repeated documents or system prompts - memory, cache invalidation. FlashAttention - "
            "exact, IO-aware, free quality-wise, needs kernel support. Sparse, sliding-window or linear "
            "attention - big speedups but it approximates attention and usually needs retraining, loses "
            "long-range recall. Cut the input - retrieve relevant chunks, summarise - risk of dropping what "
            "matters; truncation is the last resort. Batching - raises throughput, but bigger batches raise "
            "per-request latency. Also quantization, speculative decoding for decode, tensor parallelism - "
            "more GPUs, more cost; streaming hides latency."
        ),
    ],
    "tokenization_bpe_vs_chars": [
        (
            "I trained a small support-chat model and tried all three. Character-level gave a tiny vocabulary "
            "and never an unknown token, and it coped with typos, but sequences were four or five times "
            "longer, so attention, which is quadratic in length, got slow and the model had to learn spelling "
            "before meaning. Word-level gave short sequences, but the vocabulary exploded to hundreds of "
            "thousands of words, the embedding and softmax layers got huge, and every product name or typo "
            "became an unknown token; 'refund' and 'refunds' were unrelated entries. BPE subwords sat in the "
            "middle: frequent words stay single tokens, rare words are split into pieces like 'refund' plus "
            "'ing', and with byte-level fallback nothing is ever out of vocabulary. With a 32k vocabulary we "
            "got sequences only slightly longer than words. That is why modern models use subwords: they "
            "balance vocabulary size against sequence length and handle open vocabulary."
        ),
        (
            "Char-level: vocab ~100s, no OOV, robust to typos - but sequences are ~4-5x longer, attention is "
            "O(n^2) so compute and context fill up fast, and each token carries little meaning. Word-level: short "
            "sequences, meaningful units - but vocab in the millions, huge embedding and softmax matrices, OOV "
            "for rare words, names, typos, morphology - 'run' vs 'running' share nothing - and languages "
            "without spaces break it. BPE subwords: the middle ground - frequent words get one token, rare ones "
            "split into subword pieces; byte-level BPE means no unknown tokens ever; vocab size, 32k-100k, is "
            "the knob trading sequence length against embedding size. That's why LLMs use it - bounded vocab, "
            "open vocabulary, sequences short enough for attention. Cost: quirks in spelling and arithmetic, "
            "and some languages get more tokens per word."
        ),
    ],
    "bpe_training": [
        (
            "When I trained a tokenizer for our code model I did it the classic way. First pre-tokenize: split "
            "the text on whitespace and punctuation and count how often each word occurs. Each word starts as a "
            "sequence of characters, or bytes in byte-level BPE, so the initial vocabulary is just the 256 "
            "bytes. Then count every adjacent pair of symbols across all words, weighted by the word counts, "
            "merge the most frequent pair into a new symbol, add it to the vocabulary and record the merge. "
            "Update the counts and repeat until the vocabulary reaches the target size, fifty thousand for us. "
            "To encode a new word, I split it into characters and apply the learned merges in the order they "
            "were learned, lowest rank first, until no merge applies. For billions of tokens we never touched "
            "the raw text in the loop: we counted unique words once, in parallel over shards, which shrank the "
            "problem to a few million word types, and kept pair counts in a heap updated incrementally after "
            "each merge, in Rust with the Hugging Face tokenizers library."
        ),
        (
            "Training: pre-tokenize - regex split on whitespace and punctuation - and count word frequencies. "
            "Start with the base vocab - all bytes, 256, or characters - each word a sequence of symbols. Loop: "
            "count adjacent symbol pairs weighted by word frequency, merge the most frequent pair into a new "
            "token, add it to the vocab, append it to the ordered merge list, update counts; stop at the target "
            "vocab size, e.g. 32k. Applying to a new word: split it into bytes, then apply merges by priority - "
            "the earliest-learned merge present first - repeat until none applies. Scale: it only needs the "
            "word-count table, not the corpus - count in parallel, map-reduce over shards, merge the counters; "
            "billions of tokens become a few million unique words; incremental pair-count updates with an "
            "index from pair to words and a heap, so each merge is cheap - sentencepiece or HF tokenizers in "
            "Rust; or train on a sample."
        ),
    ],
}
