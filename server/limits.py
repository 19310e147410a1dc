"""Quotas: how much one session, one owner, one address and the whole server may ask for.

Anyone who can reach the server can start interviews and type into them, without an
account. What they send is kept (every `code` event stores the whole file), so without
quotas one client could grow the database without bound. Each quota is sized so that a
real candidate never meets it (docs/security.md, "The edge" gives the arithmetic) and, when
met, is answered with `quota_exceeded`: which limit, and how many seconds until it
lets the request through again. Nothing refused is stored.

| quota | counted where | setting |
|---|---|---|
| bytes of code and answers per session per minute | in memory, per session id (a new connection does not reset it) | `HOTSEAT_SESSION_BYTES_PER_MINUTE` |
| sessions per owner per hour and per day | in the store (the owner's sessions' `created`), so a restart does not reset it | `HOTSEAT_SESSIONS_PER_OWNER_HOUR`, `..._DAY` |
| sessions started, server-wide | in memory: a token bucket | `HOTSEAT_SESSIONS_PER_MINUTE`, `HOTSEAT_SESSIONS_BURST` |
| wrong admin tokens per client address per minute | in memory | `HOTSEAT_ADMIN_ATTEMPTS_PER_MINUTE` |

One connection starts at most one session (`already_in_session`, server/ws.py).
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Iterable

HOUR, DAY = 3600.0, 86400.0
MAX_TRACKED = 10_000   # sessions or addresses remembered at once; see `_prune`


class QuotaExceeded(Exception):
    """A request over one of the quotas; `limit` names it, `retry_after` says when it passes."""

    code = "quota_exceeded"

    def __init__(self, limit: str, message: str, retry_after: float):
        self.limit, self.retry_after = limit, max(1, math.ceil(retry_after))
        self.message = f"{message}; try again in {self.retry_after} s"
        super().__init__(self.message)

    def fields(self) -> dict:
        return {"limit": self.limit, "retry_after": self.retry_after}


class TokenBucket:
    """`rate` tokens a second, at most `burst` saved up; starts full."""

    def __init__(self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic):
        self.rate, self.burst, self.clock = rate, burst, clock
        self.tokens, self.at = burst, clock()

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now

    def take(self, amount: float = 1.0) -> bool:
        self._refill()
        if self.tokens >= amount:
            self.tokens -= amount
            return True
        return False

    def wait_for(self, amount: float = 1.0) -> float:
        """Seconds until `amount` could be taken (inf if it never fits)."""
        self._refill()
        if amount > self.burst:
            return math.inf
        return max(0.0, (amount - self.tokens) / self.rate)

    @property
    def full(self) -> bool:
        self._refill()
        return self.tokens >= self.burst


class Quotas:
    """The server's quotas, one object per server process (see the table above)."""

    def __init__(self, *, session_bytes_per_minute: int, sessions_per_owner_hour: int, sessions_per_owner_day: int,
                 sessions_per_minute: float, sessions_burst: int, admin_attempts_per_minute: int,
                 clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time):
        self.session_bytes = session_bytes_per_minute
        self.per_owner = ((sessions_per_owner_hour, HOUR, "sessions_per_owner_per_hour", "an hour"),
                          (sessions_per_owner_day, DAY, "sessions_per_owner_per_day", "a day"))
        self.clock, self.wall = clock, wall
        self.sessions = TokenBucket(sessions_per_minute / 60.0, sessions_burst, clock)
        self.admin = FailureLimit(admin_attempts_per_minute, 60.0, clock)
        self._budgets: dict[str, TokenBucket] = {}

    @classmethod
    def from_settings(cls, settings) -> Quotas:
        return cls(session_bytes_per_minute=settings.session_bytes_per_minute,
                   sessions_per_owner_hour=settings.sessions_per_owner_hour,
                   sessions_per_owner_day=settings.sessions_per_owner_day,
                   sessions_per_minute=settings.sessions_per_minute, sessions_burst=settings.sessions_burst,
                   admin_attempts_per_minute=settings.admin_attempts_per_minute)

    def charge_session(self, session_id: str, nbytes: int) -> None:
        """Take `nbytes` of what a session sends to be kept (code, answers), or refuse it whole."""
        budget = self._budgets.get(session_id)
        if budget is None:
            _prune(self._budgets, lambda b: b.full)   # a full bucket is the same as a fresh one
            budget = self._budgets[session_id] = TokenBucket(self.session_bytes / 60.0, self.session_bytes,
                                                             self.clock)
        if not budget.take(nbytes):
            raise QuotaExceeded("session_bytes_per_minute",
                                f"session bytes per minute: this session may send {_size(self.session_bytes)} of "
                                f"code and answers a minute", min(60.0, budget.wait_for(nbytes)))

    def check_owner(self, created: Iterable[float]) -> None:
        """Refuse another session for an owner whose sessions (their `created` times) fill a window."""
        now = self.wall()
        times = sorted(created, reverse=True)
        for allowed, window, limit, period in self.per_owner:
            recent = [t for t in times if t > now - window]
            if len(recent) >= allowed:
                frees_at = recent[allowed - 1] + window   # when the oldest counted session leaves the window
                raise QuotaExceeded(limit, f"sessions per owner: at most {allowed} new interviews in {period}",
                                    frees_at - now)

    def take_session(self) -> None:
        """One session from the server-wide rate, or refuse."""
        if not self.sessions.take():
            raise QuotaExceeded("sessions_per_minute", "sessions per minute: the server is starting as many "
                                "interviews as it takes", self.sessions.wait_for())


class FailureLimit:
    """At most `allowed` failures per `window` seconds per key (a client address); then locked."""

    def __init__(self, allowed: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.allowed, self.window, self.clock = allowed, window, clock
        self._failures: dict[str, deque[float]] = {}

    def locked_for(self, key: str) -> float:
        """Seconds until `key` may try again; 0 when it may try now."""
        failures = self._recent(key)
        if len(failures) < self.allowed:
            return 0.0
        return failures[-self.allowed] + self.window - self.clock()

    def fail(self, key: str) -> None:
        if key not in self._failures:
            _prune(self._failures, lambda f: not f or f[-1] <= self.clock() - self.window)
        self._failures.setdefault(key, deque(maxlen=self.allowed)).append(self.clock())

    def _recent(self, key: str) -> deque[float]:
        failures = self._failures.get(key, deque())
        while failures and failures[0] <= self.clock() - self.window:
            failures.popleft()
        return failures


def _prune(table: dict, forgettable: Callable) -> None:
    """Keep `table` bounded: drop entries that remember nothing, then (if still too many) the oldest."""
    if len(table) < MAX_TRACKED:
        return
    for key in [k for k, v in table.items() if forgettable(v)]:
        del table[key]
    while len(table) >= MAX_TRACKED:
        del table[next(iter(table))]


def _size(nbytes: int) -> str:
    return f"{nbytes / (1 << 20):.1f} MB" if nbytes >= 1 << 20 else f"{nbytes:,} bytes"
