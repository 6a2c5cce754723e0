"""Search across every lesson: titles, headings and text, matches highlighted."""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from iamlab.lessons.vault import Lesson, LessonStep, Vault

SNIPPET_RADIUS = 90
MAX_HITS = 50


@dataclass(frozen=True)
class Hit:
    lesson: Lesson
    step: LessonStep
    url: str
    heading: str  # the matching heading on the step, or the step's title
    snippet: SafeString


def search_vault(vault: Vault, query: str) -> list[Hit]:
    """Steps that contain every word of the query, best matches first.

    Every step is only tested against its text casefolded when the vault was built;
    headings are scored and snippets cut for the matching steps and shown hits only.
    """
    terms = [term.casefold() for term in query.split()]
    if not terms:
        return []
    phrase = " ".join(terms)
    scored = []
    for lesson in vault.ordered_lessons():
        for step in lesson.steps:
            # The title heading is the page's own <h1>, so it is searched with the first step.
            title = lesson.folded_title if step.number == 1 else ""
            if not all(term in step.folded or term in title for term in terms):
                continue
            heading = _best_heading(step.headings, terms, phrase)
            score = _score(heading.text if heading else "", terms, phrase) * 2
            score += _score(step.title, terms, phrase) + (phrase in step.folded)
            scored.append((-score, len(scored), lesson, step, heading))
    scored.sort(key=lambda entry: entry[:2])
    return [_hit(*entry[2:], terms, phrase) for entry in scored[:MAX_HITS]]


def _hit(lesson: Lesson, step: LessonStep, heading, terms: list[str], phrase: str) -> Hit:
    url = step.url + (f"#{heading.anchor}" if heading else "")
    label = heading.text if heading else step.title
    return Hit(lesson, step, url, label, highlight(step.text, terms, phrase))


def _score(text: str, terms: list[str], phrase: str) -> int:
    folded = text.casefold()
    return 3 if phrase in folded else sum(term in folded for term in terms) / len(terms)


def _best_heading(headings, terms, phrase):
    ranked = sorted(headings, key=lambda h: -_score(h.text, terms, phrase))
    return ranked[0] if ranked and _score(ranked[0].text, terms, phrase) else None


def highlight(text: str, terms: list[str], phrase: str = "") -> SafeString:
    """An escaped excerpt around the first match, each match inside <mark>."""
    text = " ".join(text.split())
    folded = text.casefold()
    first = folded.find(phrase) if phrase and phrase in folded else -1
    if first < 0:
        first = min((folded.find(t) for t in terms if t in folded), default=0)
    start = max(0, first - SNIPPET_RADIUS)
    end = min(len(text), first + SNIPPET_RADIUS)
    excerpt = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    wanted = sorted({phrase, *terms} - {""}, key=len, reverse=True)  # the whole phrase first
    pattern = re.compile("|".join(re.escape(term) for term in wanted), re.IGNORECASE)
    pieces, position = [], 0
    for match in pattern.finditer(excerpt):
        pieces.append(escape(excerpt[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(excerpt[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
