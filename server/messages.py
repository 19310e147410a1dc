"""What a client message may carry (docs/protocol.md): declared once per type, checked in one place.

`check(message)` turns a parsed JSON object into the values the handlers use, or raises
`Invalid` naming the field and what it must be. Handlers never read the raw message, so
a value of the wrong kind (a list where a string goes, a number past 64 bits, an object
nested in an answer) is refused here, with its name, instead of failing somewhere deeper
as an `internal` error. Fields a type does not declare are ignored.

Text and names differ on broken Unicode. JSON can carry half of a UTF-16 pair (`"\\ud83d"`,
an emoji cut in two), which Python keeps as a lone surrogate and which neither UTF-8 nor
SQLite can store. In **text** (an answer, code) it is replaced by U+FFFD: the
candidate's words are kept, and what is lost was never a character (refusing would throw
away an answer over a flaw the candidate cannot see). In a **name** (a role, a token, an
id) it is refused: such a name can match nothing, and saying so is clearer than
"not found".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

VERSION = 1
MAX_NAME = 200
INT64 = (-(1 << 63), (1 << 63) - 1)
_SURROGATE = re.compile("[\ud800-\udfff]")


class Invalid(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


@dataclass(frozen=True)
class Field:
    kind: str                    # "text", "name", "integer", "number", "choice", "object"
    required: bool = True
    default: Any = None
    low: int | None = None       # integers: the range, inclusive
    high: int | None = None
    choices: tuple = ()
    fields: tuple = ()           # objects: (name, Field) pairs

    def check(self, path: str, value: Any) -> Any:
        if value is None and self.kind == "object":
            value = {}   # an absent object is one whose fields all take their defaults
        if value is None:
            if self.required:
                raise Invalid("bad_message", f"`{path}` is required")
            return self.default
        return getattr(self, f"_{self.kind}")(path, value)

    def _text(self, path: str, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid("bad_message", f"`{path}` must be a string")
        return _SURROGATE.sub("\ufffd", value)

    def _name(self, path: str, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid("bad_message", f"`{path}` must be a string")
        if len(value) > MAX_NAME or _SURROGATE.search(value):
            raise Invalid("bad_message", f"`{path}` must be a name of at most {MAX_NAME} characters "
                                         "(whole Unicode characters)")
        return value

    def _integer(self, path: str, value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not self.low <= value <= self.high:
            raise Invalid("bad_message", f"`{path}` must be an integer from {self.low} to {self.high}")
        return value

    def _number(self, path: str, value: Any) -> float:
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            raise Invalid("bad_message", f"`{path}` must be a number")
        return value

    def _choice(self, path: str, value: Any) -> str:
        if not isinstance(value, str) or value not in self.choices:
            raise Invalid("bad_message", f"`{path}` is one of {', '.join(map(repr, self.choices))}")
        return value

    def _object(self, path: str, value: Any) -> dict:
        if not isinstance(value, dict):
            raise Invalid("bad_message", f"`{path}` must be an object")
        return {name: field.check(f"{path}.{name}", value.get(name)) for name, field in self.fields}


def text(required: bool = True) -> Field:
    return Field("text", required)


def name(required: bool = True) -> Field:
    return Field("name", required)


def integer(low: int, high: int, default: int | None = None) -> Field:
    return Field("integer", required=False, default=default, low=low, high=high)


def number() -> Field:
    return Field("number", required=False)


def choice(*choices: str, default: str) -> Field:
    return Field("choice", required=False, default=default, choices=choices)


def obj(**fields: Field) -> Field:
    return Field("object", required=False, fields=tuple(fields.items()))


CODE = {"exercise": name(), "code": text()}
TYPES: dict[str, dict[str, Field]] = {
    "start": {"role": name(), "owner_token": name(required=False),
              "options": obj(interviewer=choice("offline", "llm", default="offline"), seed=integer(*INT64))},
    "resume": {"session_id": name(), "token": name(), "last_seq": integer(-1, (1 << 62) - 1, default=-1)},
    "answer": {"text": text(), "question_id": name(required=False)},
    "code": CODE, "run": CODE, "submit": CODE,
    "hint": {}, "skip": {}, "end": {}, "cancel": {},
    "ping": {"t": number()},
}
SESSION_TYPES = frozenset(TYPES) - {"start", "resume", "ping"}


def message_id(message: dict) -> str | int | None:
    """The client's `id`, to echo in the answer, if it is one (a string or an integer)."""
    found = message.get("id")
    if isinstance(found, str) and len(found) <= MAX_NAME and not _SURROGATE.search(found):
        return found
    if isinstance(found, int) and not isinstance(found, bool) and INT64[0] <= found <= INT64[1]:
        return found
    return None


def check(message: dict) -> dict[str, Any]:
    """The message's values, checked: `type`, `id` and the type's declared fields."""
    if message.get("v", VERSION) != VERSION:
        raise Invalid("unsupported_version", f"this server speaks protocol version {VERSION}")
    kind = message.get("type")
    if not isinstance(kind, str) or kind not in TYPES:
        shown = repr(kind[:40]) if isinstance(kind, str) else f"a {type(kind).__name__}"
        raise Invalid("unknown_type", f"`type` must name a message type ({', '.join(sorted(TYPES))}), "
                                      f"not {shown}")
    if message.get("id") is not None and message_id(message) is None:
        raise Invalid("bad_message", f"`id` must be a string of at most {MAX_NAME} characters or an integer")
    values = {name: field.check(name, message.get(name)) for name, field in TYPES[kind].items()}
    return {"type": kind, "id": message_id(message), **values}
