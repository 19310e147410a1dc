// An OpenAI-compatible chat server over a real small model, for hotseat's LLM tests.
//
// Why it exists: the scripted server (tests/llm_server.py) proves the exact cases; this one
// proves the LLM path works against a real tokenizer, chat template, sampler and grammar,
// with no network and no patched litellm. It runs llama.cpp through node-llama-cpp's
// prebuilt CPU binary, because PyPI's llama.cpp wheels do not run on these machines.
//
//   node server.mjs --model FILE.gguf --port 0 [--name smollm2-135m] [--threads 1] [--context 4096]
//
// The first stdout line is "listening 127.0.0.1:PORT", printed once the model is loaded; logs
// go to stderr. Requests are served one at a time: one context sequence, cleared before every
// request, so no request sees another's tokens.

import http from "node:http";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { getLlama, LlamaChat, LlamaLogLevel, resolveChatWrapper } from "node-llama-cpp";

const { values: opts } = parseArgs({
  options: {
    model: { type: "string" },
    port: { type: "string", default: "0" },
    name: { type: "string", default: "smollm2-135m" },
    // One thread: on a 2-core machine shared with other work, llama.cpp's threads spin-wait on
    // each other, and two threads measured 5-50 tokens/s against ~90 for one.
    threads: { type: "string", default: "1" },
    context: { type: "string", default: "4096" },
  },
});
if (!opts.model) fail("usage: node server.mjs --model FILE.gguf --port PORT");
const threads = Number(opts.threads);
const DEFAULT_MAX_TOKENS = 512; // OpenAI has no cap; a test server must not ramble for minutes

function fail(message) {
  process.stderr.write(`model-server: ${message}\n`);
  process.exit(2);
}
const log = (message) => process.stderr.write(`model-server: ${message}\n`);

// Prebuilt CPU binary only: no GPU probing, no compiling, no downloading llama.cpp at run time.
const llama = await getLlama({
  gpu: false, build: "never", skipDownload: true, usePrebuiltBinaries: true, progressLogs: false,
  maxThreads: threads, logLevel: LlamaLogLevel.warn, logger: (level, text) => log(`llama.cpp ${level}: ${text.trim()}`),
});
const model = await llama.loadModel({ modelPath: opts.model });
const context = await model.createContext({ contextSize: Number(opts.context), sequences: 1, threads });
const sequence = context.getSequence();
// The model's own Jinja chat template from the GGUF, not node-llama-cpp's look-alike wrapper.
const chatWrapper = resolveChatWrapper(model, { type: "jinjaTemplate", fallbackToOtherWrappersOnJinjaError: false });

// ------------------------------------------------------------------------------ requests

class BadRequest extends Error {
  constructor(message, param = null) { super(message); this.param = param; }
}

function toHistory(messages) {
  if (!Array.isArray(messages) || messages.length === 0) throw new BadRequest("messages must be a non-empty array", "messages");
  const history = messages.map((m, i) => {
    const content = m?.content;
    let text = content ?? "";
    if (Array.isArray(content)) {  // content parts: only text is understood
      if (content.some((p) => p?.type !== "text")) throw new BadRequest("only text content parts are supported", `messages[${i}].content`);
      text = content.map((p) => p.text ?? "").join("");
    } else if (typeof text !== "string") throw new BadRequest("content must be a string or text parts", `messages[${i}].content`);
    if (m?.role === "system" || m?.role === "developer") return { type: "system", text };
    if (m?.role === "user") return { type: "user", text };
    if (m?.role === "assistant") return { type: "model", response: [text] };
    throw new BadRequest("role must be system, user or assistant", `messages[${i}].role`);
  });
  return [...history, { type: "model", response: [] }];  // the answer to generate
}

function number(body, key, { min, max, integer = false } = {}) {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max)
    throw new BadRequest(`${key} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}`, key);
  return value;
}

function generationOptions(body) {
  if (body.n !== undefined && body.n !== 1) throw new BadRequest("only n=1 is supported", "n");
  let stop = body.stop ?? [];
  if (typeof stop === "string") stop = [stop];
  if (!Array.isArray(stop) || stop.some((s) => typeof s !== "string" || !s)) throw new BadRequest("stop must be a string or an array of strings", "stop");
  return {
    maxTokens: number(body, "max_tokens", { min: 1, max: 1e6, integer: true })
      ?? number(body, "max_completion_tokens", { min: 1, max: 1e6, integer: true }) ?? DEFAULT_MAX_TOKENS,
    temperature: number(body, "temperature", { min: 0, max: 2 }) ?? 0,  // greedy unless asked: repeatable test runs
    topP: number(body, "top_p", { min: 0, max: 1 }),
    seed: number(body, "seed", { min: 0, max: 2 ** 32 - 1, integer: true }),
    customStopTriggers: stop.length ? stop : undefined,
  };
}

// ------------------------------------------------------------------------------ grammars

// node-llama-cpp's JSON-schema grammar covers types, properties, items, enum, const, oneOf and
// $defs refs. Two gaps matter for structured output, so they are bridged here: anyOf (which it
// would silently turn into `null`) is generated as oneOf, and a number's minimum/maximum becomes a
// grammar rule spliced in for a placeholder const. Keywords it cannot build fall back to plain
// JSON; keywords it merely does not enforce are named in a header.
const UNSUPPORTED = ["allOf", "not", "if", "then", "else", "patternProperties", "propertyNames", "dependentSchemas", "contains", "unevaluatedProperties"];
const UNENFORCED = ["pattern", "multipleOf", "exclusiveMinimum", "exclusiveMaximum", "uniqueItems", "minContains", "maxContains"];
const FORMATS = ["date-time", "time", "date"];
const PLACEHOLDER = "@@hotseat-range-";

function prepare(schema, where, ranges, unenforced) {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) throw new Error(`${where} is not a schema object`);
  const out = { ...schema };
  for (const key of UNSUPPORTED) if (key in out) throw new Error(`${where} uses ${key}`);
  for (const key of UNENFORCED) if (key in out) { unenforced.add(`${key}(${where})`); delete out[key]; }
  if ("definitions" in out) { out.$defs = { ...out.definitions, ...out.$defs }; delete out.definitions; }
  if (typeof out.$ref === "string") out.$ref = out.$ref.replace(/^#\/definitions\//, "#/$defs/");
  if ("$ref" in out && !String(out.$ref).startsWith("#/$defs/")) throw new Error(`${where} has a non-local $ref`);
  if ("anyOf" in out) { out.oneOf = [...(out.oneOf ?? []), ...out.anyOf]; delete out.anyOf; }
  const types = [out.type ?? []].flat();
  if (!types.length && !["enum", "const", "oneOf", "$ref"].some((k) => k in out)) throw new Error(`${where} has no type`);
  if (types.length > 1 && types.some((t) => t === "object" || t === "array")) throw new Error(`${where} mixes object/array with other types`);
  for (const key of ["enum", "const"]) if ([out[key]].flat().some((v) => v !== null && typeof v === "object")) throw new Error(`${where}.${key} has a non-scalar value`);
  if ("format" in out && !FORMATS.includes(out.format)) { unenforced.add(`format:${out.format}(${where})`); delete out.format; }
  for (const [key, sub] of Object.entries(out.properties ?? {})) out.properties = { ...out.properties, [key]: prepare(sub, `${where}.${key}`, ranges, unenforced) };
  for (const [key, sub] of Object.entries(out.$defs ?? {})) out.$defs = { ...out.$defs, [key]: prepare(sub, `${where}.$defs.${key}`, ranges, unenforced) };
  if (out.oneOf) out.oneOf = out.oneOf.map((sub, i) => prepare(sub, `${where}.oneOf[${i}]`, ranges, unenforced));
  if (out.items && typeof out.items === "object") out.items = prepare(out.items, `${where}[]`, ranges, unenforced);
  if (out.prefixItems) out.prefixItems = out.prefixItems.map((sub, i) => prepare(sub, `${where}[${i}]`, ranges, unenforced));
  if (out.additionalProperties && typeof out.additionalProperties === "object")
    out.additionalProperties = prepare(out.additionalProperties, `${where}.*`, ranges, unenforced);
  if ("minimum" in out || "maximum" in out) {
    const rule = types.length === 1 && rangeRule(types[0], out.minimum, out.maximum);
    if (!rule) unenforced.add(`minimum/maximum(${where})`);
    else { ranges.push(rule); return { const: `${PLACEHOLDER}${ranges.length - 1}@@`, description: out.description }; }
  }
  return out;
}

// The numbers in [min, max] a grammar can list: each whole number, plus a fraction after it when
// every value that fraction can spell stays in range. Null when the range is open or too wide.
function rangeRule(type, min, max) {
  const lo = Math.ceil(min), hi = Math.floor(max);
  if (!(type === "number" || type === "integer") || !(hi - lo <= 200) || lo > hi) return null;
  const options = [];
  for (let k = lo; k <= hi; k++) {
    const fraction = type === "number" && (k >= 0 ? k + 1 <= max : k - 1 >= min);
    options.push(`"${k}"` + (fraction ? ` ("." [0-9]{1,4})?` : ""));
  }
  return `(${options.join(" | ")})`;
}

async function grammarFor(format) {
  if (format === undefined || format === null || format.type === "text") return { grammar: undefined, headers: {} };
  if (format.type === "json_object") return { grammar: await llama.getGrammarFor("json"), headers: { "x-hotseat-grammar": "json" } };
  if (format.type !== "json_schema") throw new BadRequest("response_format.type must be text, json_object or json_schema", "response_format");
  const schema = format.json_schema?.schema;
  if (!schema || typeof schema !== "object") throw new BadRequest("response_format.json_schema.schema must be an object", "response_format");
  const ranges = [], unenforced = new Set();
  try {
    const base = await llama.createGrammarForJsonSchema(prepare(schema, "$", ranges, unenforced));
    let text = base.grammar;
    ranges.forEach((rule, i) => {
      const literal = `"\\"${PLACEHOLDER}${i}@@\\""`;
      if (!text.includes(literal)) throw new Error("a numeric range could not be placed in the grammar");
      text = text.replaceAll(literal, rule);
    });
    const grammar = ranges.length
      ? await llama.createGrammar({ grammar: text, stopGenerationTriggers: base.stopGenerationTriggers, trimWhitespaceSuffix: base.trimWhitespaceSuffix })
      : base;
    const headers = { "x-hotseat-grammar": "json_schema" };
    if (unenforced.size) headers["x-hotseat-grammar-unenforced"] = [...unenforced].join(",").replace(/[^\x20-\x7e]/g, " ").slice(0, 500);
    return { grammar, headers };
  } catch (error) {
    const reason = String(error?.message ?? error).replace(/[^\x20-\x7e]/g, " ").slice(0, 200);
    log(`json_schema grammar not built (${reason}); constraining to plain JSON`);
    return { grammar: await llama.getGrammarFor("json"), headers: { "x-hotseat-grammar": "json", "x-hotseat-grammar-fallback": reason } };
  }
}

// ------------------------------------------------------------------------------ generation

let queue = Promise.resolve();
let waiting = 0;
// One request at a time: the single sequence cannot be shared, and a queue keeps order fair.
function serially(task) {
  waiting++;
  const run = queue.then(() => { waiting--; return task(); });
  queue = run.catch(() => {});
  return run;
}

async function generate(history, promptTokens, options, signal, onText) {
  await sequence.clearHistory();  // a fresh start: no request sees another's tokens
  const chat = new LlamaChat({ contextSequence: sequence, chatWrapper, autoDisposeSequence: false });
  let completionTokens = 0;
  try {
    const result = await chat.generateResponse(history, {
      ...options,
      maxTokens: Math.min(options.maxTokens, context.contextSize - promptTokens),
      signal, stopOnAbortSignal: true,  // a vanished client ends generation, quietly
      onTextChunk: onText, onToken: (tokens) => { completionTokens += tokens.length; },
    });
    const finish = result.metadata.stopReason === "maxTokens" ? "length" : "stop";
    return { text: result.response, finish, usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens } };
  } finally {
    chat.dispose({ disposeSequence: false });
  }
}

async function chatCompletion(body, res, signal) {
  const history = toHistory(body.messages);
  const options = generationOptions(body);
  const stream = body.stream === true;
  const { grammar, headers } = await grammarFor(body.response_format);
  if (grammar) options.grammar = grammar;
  const promptTokens = chatWrapper.generateContextState({ chatHistory: history }).contextText.tokenize(model.tokenizer).length;
  if (promptTokens >= context.contextSize) throw new BadRequest(`the prompt has ${promptTokens} tokens; the context holds ${context.contextSize}`, "messages");
  const id = `chatcmpl-${randomUUID()}`, created = Math.floor(Date.now() / 1000), modelName = opts.name;
  return serially(async () => {
    if (signal.aborted) return "gone before its turn";
    if (!stream) {
      const out = await generate(history, promptTokens, options, signal);
      if (signal.aborted) return `client left after ${out.usage.completion_tokens} tokens`;
      send(res, 200, {
        id, object: "chat.completion", created, model: modelName,
        choices: [{ index: 0, message: { role: "assistant", content: out.text }, finish_reason: out.finish, logprobs: null }],
        usage: out.usage,
      }, headers);
      return `${out.usage.completion_tokens} tokens`;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", ...headers });
    const chunk = (delta, finish = null) => ({ id, object: "chat.completion.chunk", created, model: modelName, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] });
    const event = (payload) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
    event(chunk({ role: "assistant", content: "" }));
    try {
      const out = await generate(history, promptTokens, options, signal, (text) => text && event(chunk({ content: text })));
      if (signal.aborted) return `client left mid-stream after ${out.usage.completion_tokens} tokens`;
      event(chunk({}, out.finish));
      if (body.stream_options?.include_usage) event({ ...chunk({}), choices: [], usage: out.usage });
      return `${out.usage.completion_tokens} tokens streamed`;
    } catch (error) {  // headers are out: report in the stream, as OpenAI does
      event({ error: { message: String(error?.message ?? error), type: "server_error", param: null, code: null } });
      return `failed: ${error?.message ?? error}`;
    } finally {
      res.end("data: [DONE]\n\n");
    }
  });
}

// ------------------------------------------------------------------------------ HTTP

function send(res, status, payload, headers = {}) {
  if (res.headersSent) return;
  const data = JSON.stringify(payload);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(data), ...headers });
  res.end(data);
}

function sendError(res, status, message, { type = "invalid_request_error", param = null, code = null } = {}) {
  send(res, status, { error: { message, type, param, code } });
}

async function readJson(req) {
  const parts = [];
  let size = 0;
  for await (const part of req) {
    size += part.length;
    if (size > 4 * 1024 * 1024) throw new BadRequest("the request body is larger than 4 MB");
    parts.push(part);
  }
  let body;
  try { body = JSON.parse(Buffer.concat(parts).toString("utf8") || "null"); } catch { throw new BadRequest("the request body is not valid JSON"); }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new BadRequest("the request body must be a JSON object");
  return body;
}

const server = http.createServer(async (req, res) => {
  const path = (req.url ?? "/").split("?")[0].replace(/\/+$/, "");
  const started = performance.now();
  let outcome = "";
  // A client that hangs up (a timeout, or a reader that stopped early) aborts its generation.
  const controller = new AbortController();
  res.on("close", () => { if (!res.writableFinished) controller.abort(); });
  try {
    if (req.method === "GET" && (path === "/v1/models" || path === "/models")) {
      send(res, 200, { object: "list", data: [{ id: opts.name, object: "model", created: 0, owned_by: "hotseat" }] });
    } else if (req.method === "GET" && path === "/health") {
      send(res, 200, { status: "ok", model: opts.name, chat_template: chatWrapper.wrapperName, threads, queued: waiting });
    } else if (req.method === "POST" && (path === "/v1/chat/completions" || path === "/chat/completions")) {
      outcome = await chatCompletion(await readJson(req), res, controller.signal);
    } else {
      sendError(res, 404, `no route ${req.method} ${req.url}`, { type: "not_found" });
    }
  } catch (error) {
    if (error instanceof BadRequest) sendError(res, 400, error.message, { param: error.param });
    else { log(error?.stack ?? String(error)); sendError(res, 500, String(error?.message ?? error), { type: "server_error" }); }
    outcome = error?.message ?? String(error);
  }
  if (req.method === "POST") log(`${req.method} ${path} ${res.statusCode} ${((performance.now() - started) / 1000).toFixed(2)} s ${outcome}`);
});

// Outlive the client's idle keep-alive (httpx: 5 s), so the client is always the one to close an
// idle connection; otherwise a request sent just as the server closes it fails.
server.keepAliveTimeout = 65_000;
server.listen(Number(opts.port), "127.0.0.1", () => {
  const { address, port } = server.address();
  process.stdout.write(`listening ${address}:${port}\n`);  // the one stdout line: how callers learn the port
});
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => { server.close(); process.exit(0); });
