"""LLM access for the interviewer: litellm only, imported late, every failure one error type.

Why this module is shaped the way it is:

- hotseat works offline by default. An LLM is an upgrade the user opts into with
  ``HOTSEAT_LLM_MODEL`` (read by ``server/settings.py``); without it nothing here is ever
  used.
- litellm speaks to every provider (OpenAI, Anthropic, Ollama, any OpenAI-compatible
  server) from one model string, so hotseat never grows per-provider code.
- ``import litellm`` costs about two seconds and, left to itself, downloads a price list.
  So it is imported only when an LLM is actually used, with the local price list forced,
  and ``warm_up()`` lets a server pay the import in a background thread at start-up.
  Importing ``interviewer`` or ``interviewer.llm`` never imports litellm.
- Callers must be able to fall back to the offline interviewer and *say so*. Every failure
  -- connection refused, HTTP 4xx/5xx, timeout, a broken stream, output that is not the
  JSON asked for -- surfaces as one ``LLMError`` with a ``kind`` a caller can branch on
  and a ``message`` it can show. Messages never contain the API key.
- litellm's own retries are off: a retry would double the wait before the fallback, and
  the offline interviewer is a better answer than a late one.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

__all__ = [
    "DEFAULT_TIMEOUT",
    "LLMClient",
    "LLMError",
    "LLMSettings",
    "ErrorKind",
    "schema_problems",
    "warm_up",
]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
"""Seconds the voice waits for a first (or next) token: long enough for a slow local model's first
token, short enough that a candidate is not left waiting before the offline wording takes over."""

DEFAULT_GRADE_TIMEOUT = 90.0
"""Seconds one grade may take. Grades are made in the background (the conversation goes on), so this
can be long enough for a small local model to write its JSON at a few tokens a second."""

ErrorKind = Literal["unavailable", "timeout", "malformed", "refused"]
ERROR_KINDS: tuple[ErrorKind, ...] = ("unavailable", "timeout", "malformed", "refused")

Message = Mapping[str, Any]


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class LLMSettings:
    """Which model to call and how long to wait for it.

    ``model`` is any litellm model string (``openai/gpt-4o-mini``, ``anthropic/...``,
    ``ollama/llama3.1``). ``api_base`` points the provider at another URL, typically an
    OpenAI-compatible server used with the ``openai/`` prefix. ``api_key`` overrides the
    provider's own variable (``OPENAI_API_KEY``, ``ANTHROPIC_API_KEY``, ...); it is left out
    of ``repr`` so settings can be logged.
    """

    model: str
    api_base: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT               # the voice: to the first token, and between tokens
    grade_timeout: float = DEFAULT_GRADE_TIMEOUT   # one grade (or any JSON answer), whole

    def __post_init__(self) -> None:
        if not self.model or not self.model.strip():
            raise ValueError("LLMSettings.model must be a litellm model string, e.g. 'openai/gpt-4o-mini'")
        for name in ("timeout", "grade_timeout"):
            if not getattr(self, name) > 0:
                raise ValueError(f"LLMSettings.{name} must be a positive number of seconds, "
                                 f"got {getattr(self, name)!r}")

    def describe(self) -> str:
        """A one-line, secret-free description for logs and the 'falling back' notice."""
        if self.api_base:
            return f"{self.model} at {_without_userinfo(self.api_base)}"
        return self.model


# --------------------------------------------------------------------------- errors


class LLMError(Exception):
    """Any failure of an LLM call, so a caller can fall back to the offline interviewer.

    ``kind`` is one of:

    - ``"unavailable"``: the provider could not be reached or failed (connection refused,
      HTTP 5xx, rate limited, connection dropped mid-answer);
    - ``"timeout"``: no answer, or no next token, within the configured timeout;
    - ``"malformed"``: an answer came but is unusable (no text, not JSON, JSON that does not
      match the schema, a response body that is not a chat completion);
    - ``"refused"``: the provider or the model declined the request (HTTP 4xx such as a bad
      key, an unknown model, an unsupported parameter, or a model refusal).

    ``message`` is short, human-readable and never contains the API key.
    """

    def __init__(self, kind: ErrorKind, message: str) -> None:
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown LLMError kind {kind!r}; expected one of {ERROR_KINDS}")
        super().__init__(kind, message)
        self.kind: ErrorKind = kind
        self.message = message

    def __str__(self) -> str:
        return f"LLM {self.kind}: {self.message}"


# --------------------------------------------------------------------------- litellm, late

_litellm: Any = None
_litellm_lock = threading.Lock()
_warm_thread: threading.Thread | None = None

_LITELLM_OFFLINE_DEFAULTS = {
    # Use the price list bundled with litellm instead of fetching it from GitHub at import.
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    # Same for the Anthropic beta-header table litellm otherwise downloads on first use.
    "LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS": "True",
}


def _load_litellm() -> Any:
    """Import litellm once, after forcing its offline defaults (setdefault: users may override)."""
    global _litellm
    if _litellm is None:
        with _litellm_lock:
            if _litellm is None:
                for name, value in _LITELLM_OFFLINE_DEFAULTS.items():
                    os.environ.setdefault(name, value)
                started = time.perf_counter()
                import litellm

                # No "Give Feedback / Get Help" banners on stdout when a call fails:
                # failures are ours to report, as LLMError.
                litellm.suppress_debug_info = True
                _litellm = litellm
                log.debug("imported litellm in %.2f s", time.perf_counter() - started)
    return _litellm


async def _litellm_async() -> Any:
    """The litellm module, warmed up off the event loop so a first call does not freeze it.

    Without an earlier ``warm_up()``, the first call pays the import (~2 s) in a thread;
    the deadline of the call itself starts afterwards.
    """
    thread = warm_up()  # started once; afterwards the same, finished thread
    if thread.is_alive():
        await asyncio.to_thread(thread.join)
    if _litellm is not None:
        return _litellm
    try:  # the warm-up could not import it; try once more to get the real error
        return await asyncio.to_thread(_load_litellm)
    except ImportError as exc:
        raise LLMError("unavailable", f"litellm cannot be imported ({exc.name or exc}); pip install litellm") from None


def warm_up() -> threading.Thread:
    """Import litellm in a daemon thread and return that thread (join it to wait).

    A server calls this at start-up when an LLM is configured, so the first interview does
    not pay the ~2 s import. It also runs one offline ``mock_response`` completion, which
    loads the parts litellm imports on first use. Calling it again returns the same thread.
    Errors are logged, never raised: the first real call will report them as LLMError.
    """
    global _warm_thread
    with _litellm_lock:
        if _warm_thread is None:
            _warm_thread = threading.Thread(target=_warm, name="hotseat-litellm-warm-up", daemon=True)
            _warm_thread.start()
        return _warm_thread


# Modules the first real ``acompletion`` imports lazily (measured with litellm 1.x and
# openai 2.x: ~0.5 s, part of it blocking the event loop). Best effort: a name that
# disappears in a later version is skipped, it only makes the first call slower.
_FIRST_CALL_MODULES = (
    "openai.resources",
    "openai.resources.chat",
    "anyio._backends._asyncio",
    "jiter",
    "litellm._service_logger",
    "tiktoken_ext.openai_public",
)


def _warm() -> None:
    try:
        litellm = _load_litellm()
        litellm.completion(
            model="openai/warm-up",
            messages=[{"role": "user", "content": "warm up"}],
            mock_response="ok",  # answered inside litellm: no network, no key used
            api_key="not-used",
        )
        # Streaming answers are token-counted for usage; the first count loads a tokenizer
        # bundled with litellm (~0.3 s), so load it here rather than inside the first answer.
        litellm.token_counter(model="openai/warm-up", text="warm up")
    except Exception as exc:  # pragma: no cover - depends on the installed litellm
        log.warning("litellm warm-up failed: %s", type(exc).__name__)
        return
    for name in _FIRST_CALL_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # pragma: no cover - a renamed module only costs time later
            log.debug("warm-up: could not import %s", name)


# --------------------------------------------------------------------------- client


class LLMClient:
    """Chat with the configured model: stream text, or get one JSON object back.

    One client can serve many concurrent calls; it holds only settings (litellm pools the
    HTTP connections).
    """

    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        self._no_response_format = False   # the server refused `response_format` once: ask in words only

    def __repr__(self) -> str:
        return f"LLMClient({self.settings!r})"

    # -- public calls

    async def stream(self, messages: Sequence[Message], *, max_tokens: int | None = None,
                     temperature: float | None = None) -> AsyncIterator[str]:
        """Yield the reply's text as it arrives, token by token, in order.

        The timeout bounds the wait for the first token and for each next one, so a long
        answer that keeps flowing is not cut, but a stalled one is. Raises LLMError; note
        that a failure mid-answer comes after some text was already yielded, and an answer
        with no text at all is ``malformed``. To stop reading early and release the
        connection at once, iterate inside ``contextlib.aclosing(client.stream(...))``.
        """
        litellm = await _litellm_async()
        started = time.perf_counter()
        response = await self._call(litellm, messages, stream=True, max_tokens=max_tokens, temperature=temperature)
        chunks = response.__aiter__()
        produced = False
        try:
            while True:
                chunk = await self._next_chunk(chunks)
                if chunk is None:
                    break
                text = _delta_text(chunk)
                if text:
                    produced = True
                    yield text
        finally:
            await _close_quietly(response)
        if not produced:
            raise self._fail("malformed", "the model streamed no text")
        log.debug("streamed from %s in %.3f s", self.settings.describe(), time.perf_counter() - started)

    async def complete_json(
        self,
        messages: Sequence[Message],
        schema: dict[str, Any],
        name: str,
        *,
        check: dict[str, Any] | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Ask for one JSON object matching ``schema`` and return it.

        The messages themselves must ask for the JSON (say its shape): not every server
        honours a response format. The schema also goes to the provider as a strict
        ``json_schema`` response format; a server that rejects that parameter is asked
        again without it (and never again with it, by this client). The reply is parsed
        and checked here against ``check`` (default: ``schema``; pass a looser one to
        repair small faults, such as out-of-range numbers, yourself). A reply that is not
        such an object gets one repair request that quotes the problems back to the
        model; after that it is ``LLMError("malformed")``. ``timeout`` (default: the
        settings' ``grade_timeout``) bounds each call.
        """
        litellm = await _litellm_async()
        timeout = self.settings.grade_timeout if timeout is None else timeout
        response_format = {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
        conversation = [dict(m) for m in messages]
        for attempt in ("first", "repair"):
            content = await self._json_call(litellm, conversation, response_format, max_tokens, temperature, timeout)
            value = _parse_json_object(content)
            if value is None:
                problem = f"the reply is not a JSON object: {_shorten(content, 80)!r}"
            else:
                problems = schema_problems(value, check or schema)
                if not problems:
                    return value
                problem = (f"the JSON does not match the {name!r} schema: "
                           + "; ".join(problems[:3]) + ("; ..." if len(problems) > 3 else ""))
            if attempt == "repair":
                raise self._fail("malformed", problem + " (also after a repair request)")
            log.info("asking %s to repair its JSON: %s", self.settings.describe(), problem)
            conversation += [{"role": "assistant", "content": content[:4000]},
                             {"role": "user", "content": f"That reply cannot be used: {problem}. Reply again with "
                                                         "only the JSON object, in the shape asked for."}]
        raise AssertionError("unreachable")

    async def _json_call(self, litellm: Any, messages: list, response_format: dict, max_tokens: int | None,
                         temperature: float | None, timeout: float) -> str:
        """One non-streamed call; the text of its reply."""
        while True:
            extra = {} if self._no_response_format else {"response_format": response_format}
            try:
                response = await self._call(litellm, messages, stream=False, max_tokens=max_tokens,
                                            temperature=temperature, timeout=timeout, **extra)
                break
            except LLMError as exc:
                if self._no_response_format or not _rejects_response_format(exc):
                    raise
                log.info("%s rejects response_format; asking for JSON in words only", self.settings.describe())
                self._no_response_format = True
        try:
            message = response.choices[0].message
        except (AttributeError, IndexError, TypeError):
            raise self._fail("malformed", "the reply has no message") from None
        refusal = getattr(message, "refusal", None) or (getattr(message, "provider_specific_fields", None) or {}).get(
            "refusal"
        )
        if refusal:
            raise self._fail("refused", f"the model declined: {_shorten(str(refusal))}")
        content = getattr(message, "content", None)
        if not isinstance(content, str) or not content.strip():
            raise self._fail("malformed", "the model returned no text where a JSON object was expected")
        return content

    # -- plumbing

    def _params(self, messages: Sequence[Message], timeout: float, **extra: Any) -> dict[str, Any]:
        s = self.settings
        params: dict[str, Any] = {
            "model": s.model,
            "messages": [dict(m) for m in messages],
            "timeout": timeout,  # the transport's own deadline, so sockets are released too
            "num_retries": 0,  # litellm then also sets the provider SDK's max_retries to 0
        }
        if s.api_base:
            params["api_base"] = s.api_base
        api_key = s.api_key or _placeholder_key(s)
        if api_key:
            params["api_key"] = api_key
        params.update({k: v for k, v in extra.items() if v is not None})
        return params

    async def _call(self, litellm: Any, messages: Sequence[Message], timeout: float | None = None,
                    **extra: Any) -> Any:
        """One ``acompletion`` under an asyncio deadline; any failure becomes LLMError."""
        timeout = self.settings.timeout if timeout is None else timeout
        try:
            async with asyncio.timeout(timeout):
                return await litellm.acompletion(**self._params(messages, timeout, **extra))
        except Exception as exc:
            raise self._translate(exc, timeout) from None

    async def _next_chunk(self, chunks: AsyncIterator[Any]) -> Any:
        """The next stream chunk, None at the end; a stall longer than the timeout fails."""
        try:
            async with asyncio.timeout(self.settings.timeout):
                return await chunks.__anext__()
        except StopAsyncIteration:
            return None
        except Exception as exc:
            raise self._translate(exc, self.settings.timeout) from None

    def _translate(self, exc: BaseException, timeout: float) -> LLMError:
        kind, detail = _classify(exc)
        where = self.settings.describe()
        if kind == "timeout":
            text = f"no reply from {where} within {timeout:g} s"
        elif kind == "refused":
            status = _status_code(exc)
            text = f"{where} refused the request" + (f" (HTTP {status})" if status else "") + f": {detail}"
        elif kind == "malformed":
            text = f"{where} sent a response that is not a chat completion: {detail}"
        else:
            text = f"{where} is unavailable: {detail}"
        return self._fail(kind, text)

    def _fail(self, kind: ErrorKind, text: str) -> LLMError:
        error = LLMError(kind, _scrub(text, self.settings.api_key))
        log.info("%s", error)
        return error


# --------------------------------------------------------------------------- helpers


def _placeholder_key(settings: LLMSettings) -> str | None:
    """A dummy key for keyless OpenAI-compatible servers (Ollama, vLLM, LM Studio).

    The OpenAI SDK refuses to send a request without some key. When the user points an
    ``openai/`` model at their own ``api_base`` and has no OpenAI key set, the server
    almost certainly needs none, so send a placeholder instead of failing.
    """
    if settings.api_base and settings.model.startswith("openai/") and not os.environ.get("OPENAI_API_KEY"):
        return "no-key-needed"
    return None


def _rejects_response_format(error: LLMError) -> bool:
    """A 4xx that names the response format: the server does not do structured output."""
    text = error.message.lower()
    return error.kind == "refused" and any(w in text for w in ("response_format", "json_schema", "response format"))


def _delta_text(chunk: Any) -> str:
    try:
        return chunk.choices[0].delta.content or ""
    except (AttributeError, IndexError, TypeError):
        return ""  # usage-only chunks have no choices


async def _close_quietly(response: Any) -> None:
    """Release the HTTP connection of a stream we stop reading (early exit or error)."""
    close = getattr(response, "aclose", None)
    if close is None:
        return
    try:
        await close()
    except Exception:
        pass


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, its causes and litellm's ``original_exception``, without cycles."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen) or len(seen) > 20:
            continue
        seen.append(current)
        original = getattr(current, "original_exception", None)
        todo.extend([original if isinstance(original, BaseException) else None, current.__cause__, current.__context__])
    return seen


def _status_code(exc: BaseException) -> int | None:
    for e in _chain(exc):
        code = getattr(e, "status_code", None)
        if isinstance(code, int):
            return code
    return None


def _classify(exc: BaseException) -> tuple[ErrorKind, str]:
    """Map whatever litellm, the provider SDK, httpx or aiohttp raised to an error kind.

    Classes are recognised by name along the cause chain rather than imported, because the
    transport (httpx or aiohttp) and litellm's wrapping differ by provider and version:
    connection refused, for example, arrives as litellm's InternalServerError with a
    ConnectionRefusedError three causes down.
    """
    chain = _chain(exc)
    names = [type(e).__name__ for e in chain]
    detail = _detail(exc)
    if any(isinstance(e, TimeoutError) for e in chain) or any("timeout" in n.lower() for n in names):
        return "timeout", detail
    if any(isinstance(e, OSError) for e in chain) or any("connect" in n.lower() for n in names):
        return "unavailable", detail  # OSError covers ConnectionRefusedError and resets
    if any(isinstance(e, json.JSONDecodeError) for e in chain):
        return "malformed", detail
    status = _status_code(exc)
    if status == 408:
        return "timeout", detail
    if status is not None and 400 <= status < 500 and status != 429:
        return "refused", detail
    if any(n in ("BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError") for n in names):
        return "refused", detail
    return "unavailable", detail


_PREFIX = re.compile(r"^(?:litellm\.)?\w+(?:Error|Exception|Timeout)\s*[:\-]\s*")


def _detail(exc: BaseException) -> str:
    """The provider's own words, without litellm's stacked class-name prefixes."""
    text = str(getattr(exc, "message", None) or exc or type(exc).__name__)
    text = text.split("\n", 1)[0]
    for _ in range(5):
        stripped = _PREFIX.sub("", text)
        if stripped == text:
            break
        text = stripped
    return _shorten(text or type(exc).__name__)


_KEYLIKE = re.compile(r"(?i)(bearer\s+\S+|\bsk-[A-Za-z0-9_\-]{8,}|\bapi[_-]?key\s*[=:]\s*\S+)")


def _scrub(text: str, api_key: str | None) -> str:
    """Remove the configured key, and anything shaped like a key, from text shown or logged."""
    if api_key:
        text = text.replace(api_key, "[redacted]")
    return _KEYLIKE.sub("[redacted]", text)


def _shorten(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _without_userinfo(url: str) -> str:
    """Drop ``user:password@`` from a URL before showing it."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<invalid api_base>"
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


def _parse_json_object(content: str) -> dict[str, Any] | None:
    """Parse a JSON object, tolerating what non-OpenAI models wrap it in.

    Local models often answer with a ```json fence or a sentence around the object; the
    object itself is still checked strictly against the schema afterwards.
    """
    text = content.strip()
    fenced = _FENCE.match(text)
    candidates = [text]
    if fenced:
        candidates.append(fenced.group(1))
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start : end + 1])
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


# --------------------------------------------------------------------------- schema check


def schema_problems(value: Any, schema: dict[str, Any]) -> list[str]:
    """What is wrong with ``value`` under the JSON schema ``schema``; an empty list means it fits.

    Providers promise schema-valid output in strict mode, but not every provider has a
    strict mode, so every answer is checked here, by the `jsonschema` library (imported
    only when an LLM answers: it is part of the LLM path, like litellm).
    """
    from jsonschema import Draft202012Validator

    errors = sorted(Draft202012Validator(schema).iter_errors(value), key=lambda e: list(e.absolute_path))
    return [f"{e.json_path}: {e.message}" for e in errors]
