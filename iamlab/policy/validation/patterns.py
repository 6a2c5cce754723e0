"""Wildcard patterns, compared without regular expressions that could backtrack.

Policy actions and resources use ``*`` (any run of characters) and ``?`` (one character);
AWS's ARN templates use ``${Variable}`` placeholders. ``overlaps`` answers "could one
string match both patterns?" with a table walk over the two token lists, so its cost is
bounded by the product of their lengths.
"""

from __future__ import annotations

import re
from functools import lru_cache

STAR, ONE = "*", "?"
# Placeholders whose values never contain "/" (bucket names cannot; partition, region and
# account are single ARN fields). Other placeholders, such as ObjectName or
# RoleNameWithPath, may hold slashes.
_NO_SLASH_VARIABLES = frozenset({"Partition", "Region", "Account", "BucketName"})
_TEMPLATE_VARIABLE = re.compile(r"\$\{([^}]*)\}")


def glob_matches(pattern: str, text: str) -> bool:
    """Case-sensitive ``*``/``?`` match in linear space (the classic two-pointer walk)."""
    p = t = 0
    star_p, star_t = -1, 0
    while t < len(text):
        if p < len(pattern) and (pattern[p] == ONE or pattern[p] == text[t]):
            p += 1
            t += 1
        elif p < len(pattern) and pattern[p] == STAR:
            star_p, star_t = p, t
            p += 1
        elif star_p >= 0:
            p = star_p + 1
            star_t += 1
            t = star_t
        else:
            return False
    return all(ch == STAR for ch in pattern[p:])


def _policy_tokens(pattern: str) -> tuple:
    # A policy variable such as ${aws:username} stands for a value known only at request time.
    pattern = re.sub(r"\$\{[^}]*\}", STAR, pattern)
    return tuple(pattern)


def _template_tokens(template: str) -> tuple:
    tokens: list = []
    position = 0
    for match in _TEMPLATE_VARIABLE.finditer(template):
        tokens.extend(template[position : match.start()])
        tokens.append(("var", match.group(1) not in _NO_SLASH_VARIABLES))
        position = match.end()
    tokens.extend(template[position:])
    return tuple(tokens)


@lru_cache(maxsize=65536)
def resource_fits(resource: str, template: str) -> bool:
    """Could an ARN matched by the policy ``resource`` also be an instance of ``template``?"""
    a, b = _policy_tokens(resource), _template_tokens(template)
    seen = set()
    stack = [(0, 0)]
    while stack:
        i, j = stack.pop()
        if (i, j) in seen:
            continue
        seen.add((i, j))
        if i == len(a) and j == len(b):
            return True
        x = a[i] if i < len(a) else None
        y = b[j] if j < len(b) else None
        if x == STAR:
            stack.append((i + 1, j))  # the star matches nothing more
            if y is not None:
                stack.append((i, j + 1))  # the star swallows the template's next token
        if isinstance(y, tuple):
            stack.append((i, j + 1))  # the placeholder ends here
            if x is not None and x != STAR and (y[1] or x != "/"):
                stack.append((i + 1, j))  # the placeholder takes one more character
        elif y is not None and x is not None and x != STAR and x in (ONE, y):
            stack.append((i + 1, j + 1))
    return False
