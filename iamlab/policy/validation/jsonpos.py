"""A JSON reader that remembers where every key and value starts in the text.

``json.loads`` throws the positions away, yet a student needs "line 7, column 19" to find
the mistake in what they typed. The reader is a plain recursive-descent parser over the
JSON grammar (RFC 8259) with a nesting cap, so hostile input cannot exhaust the stack.
Lines and columns are 1-based; a column counts characters, not bytes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# Deep enough for any real policy (a condition block sits at depth 5), shallow enough
# that Python's recursion limit is never near.
MAX_DEPTH = 64

_WHITESPACE = re.compile(r"[ \t\n\r]*")
# The run of ordinary characters inside a string, skipped in one step rather than one by one.
_PLAIN_STRING_RUN = re.compile(r'[^"\\\x00-\x1f]*')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_NUMBER_CHARS = frozenset("0123456789+-.eE")


class JsonSyntaxError(ValueError):
    """The text is not JSON; ``offset`` is where the reader gave up."""

    def __init__(self, reason: str, offset: int):
        super().__init__(reason)
        self.reason = reason
        self.offset = offset


@dataclass
class Node:
    """One JSON value and where it starts. Objects keep their members in text order."""

    kind: str  # "object", "array", "string", "number", "bool", "null"
    value: object  # str, int, float, bool or None for scalars; unused for containers
    offset: int
    members: list[Member] = field(default_factory=list)  # objects
    items: list[Node] = field(default_factory=list)  # arrays

    def get(self, key: str) -> Node | None:
        """The value of the last member named ``key`` (as json.loads would keep), or None."""
        found = None
        for member in self.members:
            if member.key == key:
                found = member.value
        return found

    def member(self, key: str) -> Member | None:
        found = None
        for member in self.members:
            if member.key == key:
                found = member
        return found

    def strings(self) -> list[Node]:
        """A string or a list of values, as policy elements allow; other nodes give []."""
        if self.kind == "string":
            return [self]
        if self.kind == "array":
            return self.items
        return []

    def to_python(self) -> object:
        if self.kind == "object":
            return {m.key: m.value.to_python() for m in self.members}
        if self.kind == "array":
            return [item.to_python() for item in self.items]
        return self.value


@dataclass
class Member:
    key: str
    key_offset: int
    value: Node


class TextPositions:
    """Turns character offsets into (line, column), both 1-based."""

    def __init__(self, text: str):
        self.text = text
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def line_column(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1


def read_json(text: str) -> Node:
    """Parse ``text`` into a tree of Nodes; raise JsonSyntaxError with the offset on failure."""
    reader = _Reader(text)
    reader.skip_whitespace()
    node = reader.value(0)
    reader.skip_whitespace()
    if reader.pos < len(text):
        raise JsonSyntaxError("unexpected text after the end of the document", reader.pos)
    return node


def value_end(text: str, offset: int) -> int:
    """One past the last character of the JSON value that starts at ``offset``."""
    reader = _Reader(text)
    reader.pos = offset
    reader.value(0)
    return reader.pos


def offset_of(root: Node, path: tuple) -> int:
    """Where the element at ``path`` (keys and list indexes) starts; the deepest part found.

    A path ending in a key points at the key itself, since that is where the learner looks
    when told an element is wrong.
    """
    node, offset = root, root.offset
    for step in path:
        if node.kind == "object" and isinstance(step, str) and node.member(step):
            member = node.member(step)
            node, offset = member.value, member.key_offset
        elif node.kind == "array" and isinstance(step, int) and 0 <= step < len(node.items):
            node = node.items[step]
            offset = node.offset
        else:
            break
    return offset


def duplicate_keys(node: Node, path: tuple = ()) -> list[tuple[Member, tuple]]:
    """Members whose key already appeared in the same object, with the path to each."""
    found = []
    if node.kind == "object":
        seen = set()
        for member in node.members:
            if member.key in seen:
                found.append((member, path + (member.key,)))
            seen.add(member.key)
            found.extend(duplicate_keys(member.value, path + (member.key,)))
    elif node.kind == "array":
        for index, item in enumerate(node.items):
            found.extend(duplicate_keys(item, path + (index,)))
    return found


class _Reader:
    def __init__(self, text: str):
        self.text = text
        self.pos = 0

    def fail(self, reason: str, offset: int | None = None):
        raise JsonSyntaxError(reason, self.pos if offset is None else offset)

    def skip_whitespace(self) -> None:
        self.pos = _WHITESPACE.match(self.text, self.pos).end()

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def value(self, depth: int) -> Node:
        if depth > MAX_DEPTH:
            self.fail(f"the document nests deeper than {MAX_DEPTH} levels")
        ch = self.peek()
        start = self.pos
        if ch == "{":
            return self.object(depth)
        if ch == "[":
            return self.array(depth)
        if ch == '"':
            return Node("string", self.string(), start)
        if ch == "-" or ch.isdigit():
            return Node("number", self.number(), start)
        for word, kind, value in (("true", "bool", True), ("false", "bool", False)):
            if self.text.startswith(word, start):
                self.pos += len(word)
                return Node(kind, value, start)
        if self.text.startswith("null", start):
            self.pos += 4
            return Node("null", None, start)
        if not ch:
            self.fail("the document ends where a value was expected")
        if ch in "'\u2018\u2019\u201c\u201d":
            self.fail('strings need straight double quotes ("), not single or curly quotes')
        self.fail(f"expected a value but found {ch!r}")

    def object(self, depth: int) -> Node:
        node = Node("object", None, self.pos)
        self.pos += 1
        self.skip_whitespace()
        if self.peek() == "}":
            self.pos += 1
            return node
        while True:
            self.skip_whitespace()
            if self.peek() == "}":
                self.fail('a comma right before "}": JSON allows no comma after the last member')
            if self.peek() != '"':
                self.fail("expected a key in double quotes")
            key_offset = self.pos
            key = self.string()
            self.skip_whitespace()
            if self.peek() != ":":
                self.fail(f'expected ":" after the key "{key}"')
            self.pos += 1
            self.skip_whitespace()
            node.members.append(Member(key, key_offset, self.value(depth + 1)))
            self.skip_whitespace()
            ch = self.peek()
            if ch == ",":
                self.pos += 1
                continue
            if ch == "}":
                self.pos += 1
                return node
            self.fail('expected "," or "}" after a member of the object')

    def array(self, depth: int) -> Node:
        node = Node("array", None, self.pos)
        self.pos += 1
        self.skip_whitespace()
        if self.peek() == "]":
            self.pos += 1
            return node
        while True:
            self.skip_whitespace()
            if self.peek() == "]":
                self.fail('a comma right before "]": JSON allows no comma after the last item')
            node.items.append(self.value(depth + 1))
            self.skip_whitespace()
            ch = self.peek()
            if ch == ",":
                self.pos += 1
                continue
            if ch == "]":
                self.pos += 1
                return node
            self.fail('expected "," or "]" after an item of the list')

    def string(self) -> str:
        text = self.text
        start = self.pos
        self.pos += 1
        parts = []
        chunk_start = self.pos
        while True:
            self.pos = _PLAIN_STRING_RUN.match(text, self.pos).end()
            if self.pos >= len(text):
                self.fail("a string is never closed", start)
            ch = text[self.pos]
            if ch == '"':
                parts.append(text[chunk_start : self.pos])
                self.pos += 1
                return "".join(parts)
            if ch == "\\":
                parts.append(text[chunk_start : self.pos])
                parts.append(self.escape())
                chunk_start = self.pos
            else:
                self.fail("a control character (such as a line break) inside a string")

    def escape(self) -> str:
        code = self.text[self.pos + 1 : self.pos + 2]
        if code in _ESCAPES:
            self.pos += 2
            return _ESCAPES[code]
        if code == "u":
            digits = self.text[self.pos + 2 : self.pos + 6]
            if len(digits) == 4 and all(c in "0123456789abcdefABCDEF" for c in digits):
                self.pos += 6
                return chr(int(digits, 16))
        self.fail("an invalid escape sequence after a backslash")

    def number(self) -> int | float:
        start = self.pos
        text = self.text
        while self.pos < len(text) and text[self.pos] in _NUMBER_CHARS:
            self.pos += 1
        literal = text[start : self.pos]
        if not _is_json_number(literal):
            self.fail(f"{literal!r} is not a valid number", start)
        if any(c in literal for c in ".eE"):
            return float(literal)
        return int(literal)


def _is_json_number(literal: str) -> bool:
    body = literal[1:] if literal.startswith("-") else literal
    mantissa, _, exponent = body.replace("E", "e").partition("e")
    integer, dot, fraction = mantissa.partition(".")
    if not integer.isdigit() or (len(integer) > 1 and integer[0] == "0"):
        return False
    if dot and not fraction.isdigit():
        return False
    if "e" in body.replace("E", "e"):
        digits = exponent[1:] if exponent[:1] in "+-" else exponent
        if not digits.isdigit():
            return False
    return True
