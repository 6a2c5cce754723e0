"""GIFT, Moodle's plain-text question format (https://docs.moodle.org/en/GIFT_format).

One question per paragraph: `::title:: stem { =right#why ~wrong#why ####general }`.
Multiple-response questions weight each option (`~%50%…`), as Moodle's GIFT
importer expects, so a learner earns credit per right choice.

A GIFT file cannot turn Moodle's answer shuffling off, so no feedback names an option by
its letter: each option carries its own `#` feedback, and the general feedback names
options by their text. GIFT text collapses spaces, so a question showing a policy is
written in GIFT's `[html]` format with the policy in a `<pre>` block; its options and
feedback are then HTML too ("other parts of the question default to the format used for
the question text").
"""

import html
import json

from quizzes.question import Question

# Characters GIFT gives a meaning to; a backslash makes them literal.
SPECIAL = "\\~=#{}:"
# Moodle reads a leading [name] as the text's format when it names one of these.
FORMATS = ("html", "moodle", "plain", "markdown")


def escape(text: str) -> str:
    escaped = "".join(f"\\{char}" if char in SPECIAL else char for char in text)
    return escaped.replace("\n", "\\n")


def weight(percent: float) -> str:
    return f"%{percent:.5f}".rstrip("0").rstrip(".") + "%"


def _policy_split(paragraph: str) -> tuple[str, str] | None:
    """(label, JSON) when the paragraph ends in a JSON document (a policy), else None."""
    lines = paragraph.split("\n")
    for index, line in enumerate(lines):
        if line.lstrip().startswith(("{", "[")):
            document = "\n".join(lines[index:])
            try:
                json.loads(document)
            except ValueError:
                return None
            return "\n".join(lines[:index]), document
    return None


def shows_policy(question: Question) -> bool:
    return any(_policy_split(p) for p in question.stem.split("\n\n"))


def _html_stem(stem: str) -> str:
    parts = []
    for paragraph in stem.split("\n\n"):
        split = _policy_split(paragraph)
        label, document = split if split else (paragraph, "")
        if label:
            parts.append(f"<p>{_html(label)}</p>")
        if document:
            parts.append(f"<pre>{html.escape(document, quote=False)}</pre>")
    return "".join(parts)


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


class _Writer:
    """Texts of one question in its format, guarded so Moodle reads them back unchanged."""

    def __init__(self, question: Question):
        self.question = question
        self.format = "html" if shows_policy(question) else "moodle"

    def text(self, text: str) -> str:
        if self.format == "html":
            text = _html(text)
        # A text that itself starts with "[html]" would be read as a format marker: an
        # explicit marker in front is read instead, and the rest is kept as written.
        if text.startswith("[") and text[1:].split("]", 1)[0].lower() in FORMATS:
            text = f"[{self.format}]" + text
        return escape(text)

    def stem(self) -> str:
        if self.format == "html":
            return "[html]" + escape(_html_stem(self.question.stem))
        return self.text(self.question.stem)

    def option(self, index: int) -> str:
        question = self.question
        text = self.text(question.options[index])
        why = self.text(question.option_explanations[index])
        right = index in question.answer
        if question.kind == "single":
            if right:
                return f"={text}#{why}"
            # After "~" Moodle reads a leading %n% as the option's weight: give the weight
            # (none) explicitly so an option starting with "%50%" keeps it as text.
            return f"~{'%0%' if text.startswith('%') else ''}{text}#{why}"
        share = 100 / len(question.answer) if right else -100 / (5 - len(question.answer))
        return f"~{weight(share)}{text}#{why}"

    def general_feedback(self) -> str:
        question = self.question
        reasons = [
            f"“{option}”: {why}"
            for option, why in zip(question.options, question.option_explanations, strict=True)
        ]
        if self.format == "html":
            items = "".join(f"<li>{_html(reason)}</li>" for reason in reasons)
            return escape(f"<p>{_html(question.explanation)}</p><ul>{items}</ul>")
        return self.text("\n".join([question.explanation, "", *reasons]))


def to_gift(questions: list[Question]) -> str:
    blocks = []
    for question in questions:
        writer = _Writer(question)
        lines = [f"::{escape(question.id)}:: {writer.stem()} {{"]
        lines += [f"\t{writer.option(i)}" for i in range(len(question.options))]
        lines.append(f"\t####{writer.general_feedback()}")
        lines.append("}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
