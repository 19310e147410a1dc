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
}
