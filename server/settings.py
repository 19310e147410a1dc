"""Every setting hotseat reads from its environment, read once, in one place.

The `hotseat` command builds one `Settings` from the environment (`Settings.from_env`)
plus its own arguments, and hands the values down: to the web app, the kernels, the
interviewer. No other module reads `HOTSEAT_*` variables, so what a deployment can set
is this list, and a typo in a value is reported at start-up with the variable's name
instead of surfacing later as a crash.

| variable | meaning | default |
|---|---|---|
| `HOTSEAT_RUBRIC` | a rubric folder to serve and grade with | `<data-dir>/rubric` (the server), the bundled rubric (other commands) |
| `HOTSEAT_ALLOWED_HOSTS` | host names (`name` or `name:port`) the server answers to besides loopback, comma-separated; name the public host(s) when serving on `0.0.0.0` | none |
| `HOTSEAT_ALLOWED_ORIGINS` | extra browser origins allowed on the websocket, comma-separated | none |
| `HOTSEAT_REQUEST_TIMEOUT` | seconds a request's headers and body may take to arrive | 10 |
| `HOTSEAT_UNFINISHED_PER_CLIENT` | requests one client address may have half-sent at once (the oldest is dropped) | 64 |
| `HOTSEAT_SESSION_BYTES_PER_MINUTE` | bytes of code and answers one session may send a minute | 8388608 (8 MB) |
| `HOTSEAT_SESSIONS_PER_OWNER_HOUR`, `HOTSEAT_SESSIONS_PER_OWNER_DAY` | new sessions per owner token | 30, 100 |
| `HOTSEAT_SESSIONS_PER_MINUTE`, `HOTSEAT_SESSIONS_BURST` | new sessions server-wide: the steady rate, and how many may start at once | 30, 60 |
| `HOTSEAT_ADMIN_ATTEMPTS_PER_MINUTE` | wrong admin tokens one client address may try a minute before 429 | 10 |
| `HOTSEAT_LLM_MODEL` | a litellm model string; unset means the offline interviewer | unset |
| `HOTSEAT_LLM_API_BASE` | the provider's URL (any OpenAI-compatible server with `openai/NAME`) | the provider's |
| `HOTSEAT_LLM_API_KEY` | the provider's key (or its usual variable, e.g. `OPENAI_API_KEY`) | unset |
| `HOTSEAT_LLM_TIMEOUT` | seconds the interviewer's voice waits for the model's first (or next) token | 30 |
| `HOTSEAT_LLM_GRADE_TIMEOUT` | seconds one grade may take (grades are made in the background) | 90 |
| `HOTSEAT_KERNEL_POOL` | warm kernels kept ready | 2 |
| `HOTSEAT_CODE_TIMEOUT` | seconds a submission may run before its kernel is killed | 10 |
| `HOTSEAT_UNSAFE_NO_SANDBOX` | `1` runs code without bubblewrap (your own code, your own machine) | off |
| `HOTSEAT_LEASE_SECONDS` | how long a server's hold on a live session lasts unless renewed (several servers on one data folder) | 30 |
| `HOTSEAT_MIN_FREE_MB` | free space (MB) under which `/api/health` reports the data folder's disk as failing | 64 |
| `HOTSEAT_GATEWAY_URL` | run code in kernels of this Jupyter Kernel Gateway / Enterprise Gateway (`http(s)://host:port[/base]`) instead of the local sandbox (docs/scaling.md) | unset: the local sandbox |
| `HOTSEAT_GATEWAY_TOKEN` | the gateway's auth token (sent as `Authorization: token ...`) | none |
| `HOTSEAT_GATEWAY_KERNEL` | the gateway's kernelspec to start | `python3` |
| `HOTSEAT_GATEWAY_CA_BUNDLE` | PEM file of the CA that signs the gateway's certificate (certificates are always verified) | the system's CAs |
| `HOTSEAT_GATEWAY_START_TIMEOUT` | seconds a kernel may take to start on the gateway (a pod may need to pull its image) | 60 |
| `HOTSEAT_GATEWAY_KERNEL_ENV` | `KERNEL_*=value` pairs, comma-separated, sent with each kernel start (Enterprise Gateway: `KERNEL_NAMESPACE`, `KERNEL_SERVICE_ACCOUNT_NAME`); never a secret: the kernel can read them | none |
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from interviewer.llm import DEFAULT_GRADE_TIMEOUT, DEFAULT_TIMEOUT, LLMSettings
from kernels.gateway import (DEFAULT_KERNEL_NAME, DEFAULT_START_TIMEOUT, GatewayConfig, GatewayConfigError,
                             parse_kernel_env)


class SettingsError(ValueError):
    """A setting that is present but wrong; the message names the variable."""


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    data_dir: Path = Path("data")
    rubric_dir: Path | None = None          # the server's default: <data_dir>/rubric, copied from the bundled one
    allowed_origins: frozenset[str] = frozenset()
    allowed_hosts: frozenset[str] = frozenset()
    request_timeout: float = 10.0
    unfinished_per_client: int = 64
    session_bytes_per_minute: int = 8 << 20
    sessions_per_owner_hour: int = 30
    sessions_per_owner_day: int = 100
    sessions_per_minute: float = 30.0
    sessions_burst: int = 60
    admin_attempts_per_minute: int = 10
    llm: LLMSettings | None = None
    pool_size: int = 2
    code_timeout: float = 10.0
    unsafe_no_sandbox: bool = False
    min_free_mb: int = 64
    lease_seconds: float = 30.0
    gateway: GatewayConfig | None = None   # kernels from a gateway instead of the local sandbox
    announce: Callable[[str], Any] = field(default=print, repr=False)   # where the one-time admin token is shown

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from `environ` (default: the process environment); `overrides` win (command-line flags)."""
        env = os.environ if environ is None else environ
        read = {
            "rubric_dir": Path(env["HOTSEAT_RUBRIC"]) if env.get("HOTSEAT_RUBRIC", "").strip() else None,
            "allowed_origins": frozenset(o.strip() for o in env.get("HOTSEAT_ALLOWED_ORIGINS", "").split(",")
                                         if o.strip()),
            "allowed_hosts": _hosts(env, "HOTSEAT_ALLOWED_HOSTS"),
            "request_timeout": _number(env, "HOTSEAT_REQUEST_TIMEOUT", 10.0, float),
            "unfinished_per_client": _number(env, "HOTSEAT_UNFINISHED_PER_CLIENT", 64, int),
            "session_bytes_per_minute": _number(env, "HOTSEAT_SESSION_BYTES_PER_MINUTE", 8 << 20, int),
            "sessions_per_owner_hour": _number(env, "HOTSEAT_SESSIONS_PER_OWNER_HOUR", 30, int),
            "sessions_per_owner_day": _number(env, "HOTSEAT_SESSIONS_PER_OWNER_DAY", 100, int),
            "sessions_per_minute": _number(env, "HOTSEAT_SESSIONS_PER_MINUTE", 30.0, float),
            "sessions_burst": _number(env, "HOTSEAT_SESSIONS_BURST", 60, int),
            "admin_attempts_per_minute": _number(env, "HOTSEAT_ADMIN_ATTEMPTS_PER_MINUTE", 10, int),
            "llm": llm_from_env(env),
            "pool_size": _number(env, "HOTSEAT_KERNEL_POOL", 2, int, positive=False),
            "code_timeout": _number(env, "HOTSEAT_CODE_TIMEOUT", 10.0, float),
            "unsafe_no_sandbox": _flag(env, "HOTSEAT_UNSAFE_NO_SANDBOX"),
            "min_free_mb": _number(env, "HOTSEAT_MIN_FREE_MB", 64, int, positive=False),
            "lease_seconds": _number(env, "HOTSEAT_LEASE_SECONDS", 30.0, float),
            "gateway": gateway_from_env(env),
        }
        return cls(**{**read, **{k: v for k, v in overrides.items() if v is not None}})

    def origins(self) -> set[str]:
        """Browser origins that may open the websocket: the server's own, and the configured extras."""
        own = {f"http://{self.host}:{self.port}", f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}"}
        return own | set(self.allowed_origins)


def llm_from_env(env: Mapping[str, str]) -> LLMSettings | None:
    """The configured model (`HOTSEAT_LLM_*`), or None: the offline interviewer."""
    model = (env.get("HOTSEAT_LLM_MODEL") or "").strip()
    if not model:
        return None
    return LLMSettings(
        model=model,
        api_base=(env.get("HOTSEAT_LLM_API_BASE") or "").strip() or None,
        api_key=(env.get("HOTSEAT_LLM_API_KEY") or "").strip() or None,
        timeout=_number(env, "HOTSEAT_LLM_TIMEOUT", DEFAULT_TIMEOUT, float),
        grade_timeout=_number(env, "HOTSEAT_LLM_GRADE_TIMEOUT", DEFAULT_GRADE_TIMEOUT, float),
    )


def gateway_from_env(env: Mapping[str, str]) -> GatewayConfig | None:
    """The configured kernel gateway (`HOTSEAT_GATEWAY_*`), or None: kernels run in the local sandbox."""
    url = (env.get("HOTSEAT_GATEWAY_URL") or "").strip()
    if not url:
        for name in ("HOTSEAT_GATEWAY_TOKEN", "HOTSEAT_GATEWAY_KERNEL", "HOTSEAT_GATEWAY_CA_BUNDLE",
                     "HOTSEAT_GATEWAY_KERNEL_ENV"):
            if (env.get(name) or "").strip():
                raise SettingsError(f"{name} is set but HOTSEAT_GATEWAY_URL is not")
        return None
    ca_bundle = (env.get("HOTSEAT_GATEWAY_CA_BUNDLE") or "").strip() or None
    try:
        return GatewayConfig(
            url=url,
            token=(env.get("HOTSEAT_GATEWAY_TOKEN") or "").strip() or None,
            kernel_name=(env.get("HOTSEAT_GATEWAY_KERNEL") or "").strip() or DEFAULT_KERNEL_NAME,
            ca_bundle=ca_bundle,
            start_timeout=_number(env, "HOTSEAT_GATEWAY_START_TIMEOUT", DEFAULT_START_TIMEOUT, float),
            kernel_env=parse_kernel_env(env.get("HOTSEAT_GATEWAY_KERNEL_ENV") or ""),
        )
    except GatewayConfigError as exc:
        name = "HOTSEAT_GATEWAY_CA_BUNDLE" if "CA bundle" in str(exc) else \
            "HOTSEAT_GATEWAY_KERNEL_ENV" if "kernel env" in str(exc) else \
            "HOTSEAT_GATEWAY_KERNEL" if "kernel name" in str(exc) else "HOTSEAT_GATEWAY_URL"
        raise SettingsError(f"{name}: {exc}") from None


def _number(env: Mapping[str, str], name: str, default, kind: type, positive: bool = True):
    """A number, positive (or, with `positive=False`, at least zero); NaN and infinity are refused."""
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    what = ("a positive " if positive else "a non-negative ") + ("integer" if kind is int else "number")
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError(f"{name} must be {what}, got {raw!r}") from None
    if not (value > 0 if positive else value >= 0) or value == float("inf"):
        raise SettingsError(f"{name} must be {what}, got {raw!r}")
    return value


def _hosts(env: Mapping[str, str], name: str) -> frozenset[str]:
    """Host names, `name` or `name:port` (an IPv6 address in brackets), lower-cased; a URL is refused."""
    from server.hosts import split_host

    hosts = set()
    for raw in (env.get(name) or "").split(","):
        if not raw.strip():
            continue
        if split_host(raw) is None:
            raise SettingsError(f"{name} lists host names (name or name:port, comma-separated), got {raw.strip()!r}")
        hosts.add(raw.strip().lower())
    return frozenset(hosts)


def _flag(env: Mapping[str, str], name: str) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise SettingsError(f"{name} must be 1 or 0, got {raw!r}")
