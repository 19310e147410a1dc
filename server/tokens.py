"""Access tokens: how they are made, stored and compared.

A token is 32 random bytes (256 bits, URL-safe base64) behind a short readable prefix
that says what it opens, so a token pasted in the wrong place is easy to spot:

    t-  a session (read and write)      r-  a session's replay (read only)
    o-  an owner (lists their sessions)  a-  the admin (replaces rubrics)

Only `hash_token(token)` is stored. A plain SHA-256 is enough here, with no salt and
no slow KDF: those defend low-entropy secrets (passwords) against guessing from a
stolen hash, and nobody can enumerate 2**256 random tokens. What the hash still buys
is that a copy of the database (a backup, a bug report) opens no session.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

SESSION, REPLAY, OWNER, ADMIN = "t-", "r-", "o-", "a-"

_NBYTES = 32
_BODY = re.compile(r"[A-Za-z0-9_-]{43,}")   # what token_urlsafe(32) produces (43 characters)


def new_token(prefix: str) -> str:
    """A fresh unguessable token, e.g. `new_token("t-")` -> 't-Vx3...'."""
    if not prefix.endswith("-"):
        prefix += "-"
    return prefix + secrets.token_urlsafe(_NBYTES)


def hash_token(token: str) -> str:
    """What the database keeps instead of the token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same(a: str, b: str) -> bool:
    """Compare secrets (or their hashes) in constant time, so timing reveals no prefix."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def looks_like(token: object, prefix: str) -> bool:
    """True when `token` has the shape of one `new_token(prefix)` made.

    Used where a client may name a token it holds (an owner token on `start`): a
    short or hand-picked string would group sessions under a guessable key, so it is
    not accepted as one.
    """
    return (isinstance(token, str) and token.startswith(prefix)
            and _BODY.fullmatch(token[len(prefix):]) is not None)
