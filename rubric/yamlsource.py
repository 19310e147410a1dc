"""YAML text -> plain data, keeping the node tree so that errors can name a line.

PyYAML's `compose` step builds nodes that remember where they start in the file. Loading
builds the data from those same nodes, and when pydantic later rejects a value at a location
like ``("key_points", 2, "match")`` we walk the node tree along that path to find its line.

Two things plain `yaml.safe_load` lets through are errors here: a mapping with the same
key twice (PyYAML silently keeps the last one, so an edit can vanish) and a file holding
several documents.

Rubric files also arrive over HTTP (an admin's role upload) and are parsed in the server, so
a file is bounded before anything is built from it: its size (`MAX_BYTES`), its nesting
(`MAX_DEPTH`) and the number of values it holds once its aliases are expanded (`MAX_NODES`:
a "billion laughs", aliases of aliases, is a few hundred bytes that expand to 10**9 strings),
and an alias may not point into its own anchor (a structure that contains itself). The check
is one pass over the parser's events, linear in the file's length whatever its aliases say.
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

MAX_BYTES = 1 << 20      # the largest bundled file is under 100 KB
MAX_DEPTH = 64           # the bundled files nest 8 deep at most
MAX_NODES = 200_000      # values (scalars, lists, mappings), aliases expanded; the bundled files hold < 2,000


def parse(text: str, file: str) -> tuple[Document | None, list[RubricError]]:
    """Parse one YAML document; return it, or None and the errors that stopped it."""
    too_big = _size_problem(text, file)
    if too_big:
        return None, [too_big]
    loader = _Loader(text)
    try:
        out_of_bounds = _bounds_problem(_Loader(text), file)
        if out_of_bounds:
            return None, [out_of_bounds]
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


def _size_problem(text: str, file: str) -> RubricError | None:
    size = len(text.encode("utf-8", "replace"))
    if size <= MAX_BYTES:
        return None
    line = text.encode("utf-8", "replace")[:MAX_BYTES].count(b"\n") + 1   # where the limit is crossed
    return RubricError(file, line, "", f"the file is {size:,} bytes; a rubric file may hold at most {MAX_BYTES:,} bytes")


@dataclass
class _Open:
    """A list or mapping the event walk is inside of."""

    loc: Loc
    mapping: bool
    anchor: str | None
    start: int            # values counted before it
    index: int = 0        # next item's index (lists)
    key: str = "?"        # the current entry's key (mappings)
    expect_key: bool = True


def _bounds_problem(loader, file: str) -> RubricError | None:
    """The first place the file goes past MAX_DEPTH or MAX_NODES, or aliases its own anchor; else None.

    Walks the parser's events once (no node is built), counting each value once and each
    alias as the size of what it names, so the count is what the file would expand to.
    Syntax errors are left to the composer, which reports them the usual way.
    """
    stack: list[_Open] = []
    sizes: dict[str, int | None] = {}    # anchor -> values it expands to (None: still open)
    total = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionEndEvent):
                done = stack.pop()
                if done.anchor:
                    sizes[done.anchor] = total - done.start
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            loc = _place(stack, event)
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent):
                if event.anchor in sizes and sizes[event.anchor] is None:
                    return RubricError(file, line, field_path(loc), f"the alias *{event.anchor} is inside its own "
                                       "anchor: the structure contains itself")
                total += sizes.get(event.anchor) or 1   # an undefined alias: the composer says so
                if total > MAX_NODES:
                    return RubricError(file, line, field_path(loc), f"aliases here expand the file to more than "
                                       f"{MAX_NODES:,} values; a rubric needs far fewer")
                continue
            total += 1
            if total > MAX_NODES:
                return RubricError(file, line, field_path(loc), f"the file holds more than {MAX_NODES:,} values")
            if isinstance(event, yaml.CollectionStartEvent):
                if len(stack) >= MAX_DEPTH:
                    return RubricError(file, line, field_path(loc), f"nested more than {MAX_DEPTH} levels deep")
                if event.anchor:
                    sizes[event.anchor] = None
                stack.append(_Open(loc, isinstance(event, yaml.MappingStartEvent), event.anchor, total - 1))
            elif event.anchor:
                sizes[event.anchor] = 1
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return None


def _place(stack: list[_Open], event: yaml.NodeEvent) -> Loc:
    """Where the value `event` starts sits in the document (a key sits at its mapping)."""
    if not stack:
        return ()
    parent = stack[-1]
    if parent.mapping:
        if parent.expect_key:
            parent.expect_key = False
            parent.key = event.value if isinstance(event, yaml.ScalarEvent) else "?"
            return parent.loc
        parent.expect_key = True
        return parent.loc + (parent.key,)
    parent.index += 1
    return parent.loc + (parent.index - 1,)


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
