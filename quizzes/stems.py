"""How a question's stem is laid out on a page.

Most stems are one sentence, but policy-evaluation stems quote whole policy
documents between their paragraphs. Collapsing those into one line of bold
heading text makes them unreadable, so a stem is split at blank lines into
prose paragraphs and preformatted blocks (any paragraph that holds a line of
JSON or a line indented as JSON is), which templates render as <p> and <pre>.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class StemBlock:
    text: str
    preformatted: bool


def stem_blocks(stem: str) -> list[StemBlock]:
    blocks = []
    for paragraph in stem.strip().split("\n\n"):
        lines = paragraph.splitlines()
        preformatted = any(_looks_like_json(line) for line in lines)
        blocks.append(StemBlock(paragraph.strip("\n"), preformatted))
    return blocks


def shows_document(stem: str) -> bool:
    """Whether the stem quotes a policy (or another JSON document) for the student to read."""
    return any(block.preformatted for block in stem_blocks(stem))


def _looks_like_json(line: str) -> bool:
    return line.startswith((" ", "\t", "{", "}", "[", "]")) or line.rstrip().endswith("{")
