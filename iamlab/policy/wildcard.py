"""Wildcard matching for policy patterns, in time linear in the text.

A pattern may hold ``*`` (any run of characters) and ``?`` (exactly one character).
Patterns are compiled once into a matcher and cached. No regular expression is built
from a pattern, so a policy such as ``a*a*a*a*b`` cannot make matching backtrack:
patterns whose stars may all match anything are matched piece by piece, taking the
leftmost place for each piece (which is always safe for such patterns), and the
rest by simulating the pattern's automaton over the text with one bitset per step.

Policy variables may insert a literal ``*``, ``?`` or ``$`` (``${*}``, ``${?}``,
``${$}``, or a value that happens to hold them). Such characters are carried inside
a pattern as the private-use stand-ins below, so that they match only themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from .caching import memoized

LITERAL_STAR = "\ue000"
LITERAL_QUESTION = "\ue001"
_UNESCAPE = str.maketrans({LITERAL_STAR: "*", LITERAL_QUESTION: "?"})
_ESCAPE = str.maketrans({"*": LITERAL_STAR, "?": LITERAL_QUESTION})

Matcher = Callable[[str], bool]


def escape(text: str) -> str:
    """Text whose ``*`` and ``?`` match only themselves once placed in a pattern."""
    return text.translate(_ESCAPE)


def unescape(pattern: str) -> str:
    """The pattern as a person wrote it, for traces and messages."""
    return pattern.translate(_UNESCAPE)


def has_wildcard(pattern: str) -> bool:
    return "*" in pattern or "?" in pattern


def compile_glob(pattern: str) -> Matcher:
    """A matcher for ``pattern`` in which every ``*`` may match any characters."""
    return _compile(pattern, bounded_stars=())


compile_glob = memoized(compile_glob, maxsize=65536)


def compile_resource_glob(pattern: str) -> Matcher:
    """A matcher for a ``Resource`` ARN pattern.

    AWS: "If the * wildcard is the last character of a resource ARN segment, it can
    expand to match beyond the colon boundaries." A ``*`` inside a segment (followed by
    anything but ``:``) therefore stays within its segment and does not match ``:``.
    """
    bounded = tuple(
        i
        for i, char in enumerate(pattern)
        if char == "*" and i + 1 < len(pattern) and pattern[i + 1] not in ":*"
    )
    return _compile(pattern, bounded_stars=bounded)


compile_resource_glob = memoized(compile_resource_glob, maxsize=65536)


def _compile(pattern: str, bounded_stars: tuple[int, ...]) -> Matcher:
    if not has_wildcard(pattern):
        literal = unescape(pattern)
        return literal.__eq__
    if set(pattern) == {"*"}:
        return _always
    if bounded_stars:
        return _automaton(pattern, set(bounded_stars))
    if "?" not in pattern and pattern.count("*") == 1:
        # The commonest shapes, "s3:Get*" and "*.csv", need no piece matching.
        head, tail = (unescape(part) for part in pattern.split("*"))
        if not tail:
            return lambda text: text.startswith(head)
        if not head:
            return lambda text: text.endswith(tail)
    return _pieces(pattern)


def _always(_text: str) -> bool:
    return True


def _pieces(pattern: str) -> Matcher:
    """Match a pattern whose stars are all free: anchored head and tail, middles leftmost."""
    parts = pattern.split("*")
    if len(parts) == 1:
        only = _Piece(parts[0])
        return lambda text: len(text) == only.length and only.at(text, 0)
    head, tail = _Piece(parts[0]), _Piece(parts[-1])
    middles = tuple(_Piece(part) for part in parts[1:-1] if part)
    # Head and tail must not overlap; each middle is then looked for between them.
    minimum = head.length + tail.length

    def match(text: str) -> bool:
        size = len(text)
        if size < minimum or not head.at(text, 0):
            return False
        end = size - tail.length
        if not tail.at(text, end):
            return False
        position = head.length
        for piece in middles:
            found = piece.find(text, position, end)
            if found < 0:
                return False
            position = found + piece.length
        return True

    return match


class _Piece:
    """A run of pattern characters between stars; ``?`` matches any one character."""

    __slots__ = ("length", "literal", "chars")

    def __init__(self, piece: str):
        self.length = len(piece)
        if "?" in piece:
            self.literal = None
            self.chars = tuple(None if char == "?" else unescape(char) for char in piece)
        else:
            self.literal = unescape(piece)
            self.chars = ()

    def at(self, text: str, start: int) -> bool:
        # Callers keep start within the text: _pieces checks the length first.
        if self.literal is not None:
            return text.startswith(self.literal, start)
        return all(
            char is None or char == text[start + offset] for offset, char in enumerate(self.chars)
        )

    def find(self, text: str, start: int, end: int) -> int:
        if self.literal is not None:
            return text.find(self.literal, start, end)
        for position in range(start, end - self.length + 1):
            if self.at(text, position):
                return position
        return -1


def _automaton(pattern: str, bounded_stars: set[int]) -> Matcher:
    """Bit-parallel simulation of the pattern's automaton: one pass over the text.

    Bit ``i`` of the state says "the first ``i`` pattern tokens have matched". Stars in
    ``bounded_stars`` (positions in ``pattern``) do not match ``:``.
    """
    literal_masks: dict[str, int] = {}
    any_mask = free_star_mask = bounded_star_mask = 0
    token = 0
    for position, char in enumerate(pattern):
        if char == "*":
            if position > 0 and pattern[position - 1] == "*":
                # A run of stars is one star, and a free one: the first star of a run is
                # followed by a star, so it is never bounded (compile_resource_glob).
                continue
            if position in bounded_stars:
                bounded_star_mask |= 1 << token
            else:
                free_star_mask |= 1 << token
        elif char == "?":
            any_mask |= 1 << token
        else:
            literal = unescape(char)
            literal_masks[literal] = literal_masks.get(literal, 0) | (1 << token)
        token += 1
    star_mask = free_star_mask | bounded_star_mask
    accept = 1 << token

    def closure(state: int) -> int:
        # A star may match nothing: being before it means being after it too.
        return state | ((state & star_mask) << 1)

    def match(text: str) -> bool:
        state = closure(1)
        for char in text:
            stay = star_mask if char != ":" else free_star_mask
            step = literal_masks.get(char, 0) | any_mask
            state = closure(((state & step) << 1) | (state & stay))
            if not state:
                return False
        return bool(state & accept)

    return match
