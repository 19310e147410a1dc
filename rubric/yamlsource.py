"""YAML text -> plain data, keeping the node tree so that errors can name a line.

PyYAML's `compose` step builds nodes that remember where they start in the file. Loading
builds the data from those same nodes, and when pydantic later rejects a value at a location
like ``("key_points", 2, "match")`` we walk the node tree along that path to find its line.

Two things plain `yaml.safe_load` lets through are errors here: a mapping with the same
key twice (PyYAML silently keeps the last one, so an edit can vanish) and a file holding
several documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from rubric.errors import RubricError

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Document:
    """A parsed file: its data, its node tree, and the name errors should use."""

    file: str
    data: Any
    node: yaml.Node

    def line(self, loc: Loc) -> int:
        return line_of(self.node, loc)

    def error(self, loc: Loc, message: str) -> RubricError:
        return RubricError(self.file, self.line(loc), field_path(loc), message)


# libyaml's parser when PyYAML was built with it: the same nodes and marks, several times faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(text: str, file: str) -> tuple[Document | None, list[RubricError]]:
    """Parse one YAML document; return it, or None and the errors that stopped it."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, [RubricError(file, 1, "", "the file is empty")]
        duplicates = [RubricError(file, key.start_mark.line + 1, field_path(loc), f"duplicate key {key.value!r}")
                      for key, loc in _duplicate_keys(node, ())]
        if duplicates:
            return None, duplicates
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        return None, [RubricError(file, line, "", f"YAML syntax error: {problem}")]
    except yaml.YAMLError as exc:
        return None, [RubricError(file, 1, "", f"YAML error: {exc}")]
    finally:
        loader.dispose()
    return Document(file, data, node), []


def _duplicate_keys(node: yaml.Node, loc: Loc) -> Iterator[tuple[yaml.ScalarNode, Loc]]:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    yield key, loc + (key.value,)
                seen.add(key.value)
            yield from _duplicate_keys(value, loc + (getattr(key, "value", "?"),))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _duplicate_keys(item, loc + (index,))


def line_of(node: yaml.Node, loc: Loc) -> int:
    """The 1-based line of the deepest entry along `loc` that exists in the file.

    A mapping entry reports its key's line (where a person looks). A location that runs past
    the file (a missing field, a default) stops at its nearest existing parent, which is
    where the missing thing would have to be written.
    """
    current = node
    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(part, str) and (part == "[key]" or _UNION_TAG.match(part)):
            continue
        if isinstance(current, yaml.MappingNode):
            entry = next(((k, v) for k, v in current.value
                          if isinstance(k, yaml.ScalarNode) and k.value == str(part)), None)
            if entry is None:
                break
            key, current = entry
            line = key.start_mark.line + 1
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(current.value):
            current = current.value[part]
            line = current.start_mark.line + 1
        else:
            break
    return line


_UNION_TAG = re.compile(
    r"^(str|int|float|bool|none|.*\[.*\]|function-.*|constrained-.*|tagged-union.*|lax-.*|json-.*)$"
)


def field_path(loc: Loc) -> str:
    """``("questions", 3, "key_points", 0, "match")`` -> ``questions[3].key_points[0].match``.

    Pydantic adds the names of union branches (``str``, ``list[str]``) to locations; they
    mean nothing to a person editing the file, so they are dropped.
    """
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part == "[key]" or _UNION_TAG.match(part):
            continue
        else:
            out += ("." if out else "") + part
    return out
