"""Kernels on a Jupyter Kernel Gateway or Enterprise Gateway: the configuration and its errors.

When hotseat is given a gateway (`server/settings.py`: `HOTSEAT_GATEWAY_URL` and friends,
handed down as a `GatewayConfig`), every Run and Submit runs in a kernel the gateway starts
(`POST /api/kernels`), reached over its `/api/kernels/{id}/channels` websocket and deleted
afterwards (`kernels/gateway_client.py`), taken from a small pool of pre-started kernels
(`kernels/gateway_supply.py`). Cases are built and judged here, in the trusted process,
exactly as for the local sandbox (`kernels/runner.py`); the kernel only executes.

This module is light on purpose (no HTTP or websocket library is imported), so reading
settings does not pay for the client. docs/scaling.md says what a deployment must provide.
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

DEFAULT_KERNEL_NAME = "python3"
DEFAULT_START_TIMEOUT = 60.0


class GatewayConfigError(ValueError):
    """A gateway setting that cannot work (a bad URL, a CA bundle that is not there)."""


class GatewayError(RuntimeError):
    """The gateway could not give us a working kernel; the message says why, for a candidate and an operator.

    `kind` is one of: "unreachable", "tls", "auth", "limit", "slow", "refused" (any other
    HTTP error), "kernel" (the kernel started but could not load the harness), "closed"
    (the gateway went away).
    """

    def __init__(self, message: str, kind: str = "refused"):
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class GatewayConfig:
    url: str                                  # http(s)://host[:port][/base], the gateway's base URL
    token: str | None = field(default=None, repr=False)   # sent as `Authorization: token ...`, never in a URL or a log
    kernel_name: str = DEFAULT_KERNEL_NAME    # a kernelspec the gateway offers
    ca_bundle: str | None = None              # PEM file of the CA(s) that sign the gateway's certificate
    start_timeout: float = DEFAULT_START_TIMEOUT   # seconds from POST /api/kernels to a kernel that answers
    connect_timeout: float = 10.0             # seconds to open a TCP (and TLS) connection to the gateway
    # KERNEL_* values sent with every kernel start (Enterprise Gateway reads KERNEL_NAMESPACE,
    # KERNEL_SERVICE_ACCOUNT_NAME, KERNEL_UID, ...). Nothing else of the server's environment is ever sent.
    kernel_env: tuple[tuple[str, str], ...] = ()

    def __post_init__(self):
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise GatewayConfigError(f"the gateway URL must be http(s)://host[:port][/path], got {self.url!r}")
        if parts.query or parts.fragment or parts.username or parts.password:
            raise GatewayConfigError("the gateway URL must not carry a query, a fragment or credentials "
                                     "(the token has a setting of its own)")
        if self.ca_bundle is not None and not os.path.isfile(self.ca_bundle):
            raise GatewayConfigError(f"the gateway CA bundle {self.ca_bundle!r} is not a file")
        if not self.kernel_name or "/" in self.kernel_name:
            raise GatewayConfigError(f"bad gateway kernel name {self.kernel_name!r}")
        if not self.start_timeout > 0 or not self.connect_timeout > 0:
            raise GatewayConfigError("gateway timeouts must be positive")
        for name, value in self.kernel_env:
            if not re.fullmatch(r"KERNEL_[A-Z0-9_]{1,64}", name) or not re.fullmatch(r"[\w.:/@=+-]{0,256}", value):
                raise GatewayConfigError(f"kernel env: {name}={value[:40]!r} is not a KERNEL_* name with a plain value "
                                         "(letters, digits and . : / @ = + - _)")

    @property
    def base(self) -> str:
        """The URL without a trailing slash."""
        return self.url.rstrip("/")

    @property
    def ws_base(self) -> str:
        return "ws" + self.base[len("http"):]

    @property
    def tls(self) -> bool:
        return self.url.startswith("https:")

    def warnings(self) -> list[str]:
        """What is allowed but unwise: a token sent in clear text beyond this machine."""
        if self.token and not self.tls and not _loopback(urlsplit(self.url).hostname or ""):
            return ["the gateway token is sent over plain http to a host that is not loopback; use https"]
        return []

    def describe(self) -> dict:
        """For /api/health: never the token."""
        return {"url": self.base, "kernel_name": self.kernel_name, "tls": self.tls,
                "ca_bundle": self.ca_bundle, "token": bool(self.token), "start_timeout": self.start_timeout,
                "kernel_env": dict(self.kernel_env)}


def parse_kernel_env(text: str) -> tuple[tuple[str, str], ...]:
    """`KERNEL_NAMESPACE=hotseat-kernels, KERNEL_SERVICE_ACCOUNT_NAME=hotseat-kernel` as pairs."""
    pairs = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        name, equals, value = item.partition("=")
        if not equals:
            raise GatewayConfigError(f"kernel env: {item[:40]!r} is not NAME=VALUE")
        pairs.append((name.strip(), value.strip()))
    return tuple(pairs)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
