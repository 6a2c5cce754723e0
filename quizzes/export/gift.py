"""GIFT, Moodle's plain-text question format.

One question per paragraph: `::title:: stem { =right#why ~wrong#why ####general }`.
Multiple-response questions weight each option (`~%50%…`), as Moodle's GIFT
importer expects, so a learner earns credit per right choice.
"""

from quizzes.export import full_explanation
from quizzes.question import Question

# Characters GIFT gives a meaning to; a backslash makes them literal.
SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    escaped = "".join(f"\\{char}" if char in SPECIAL else char for char in text)
    return escaped.replace("\n", "\\n")


def weight(percent: float) -> str:
    return f"%{percent:.5f}".rstrip("0").rstrip(".") + "%"


def _option_line(question: Question, index: int) -> str:
    text, why = escape(question.options[index]), escape(question.option_explanations[index])
    right = index in question.answer
    if question.kind == "single":
        return f"{'=' if right else '~'}{text}#{why}"
    share = 100 / len(question.answer) if right else -100 / (5 - len(question.answer))
    return f"~{weight(share)}{text}#{why}"


def to_gift(questions: list[Question]) -> str:
    blocks = []
    for question in questions:
        lines = [f"::{escape(question.id)}:: {escape(question.stem)} {{"]
        lines += [f"\t{_option_line(question, i)}" for i in range(len(question.options))]
        lines.append(f"\t####{escape(full_explanation(question))}")
        lines.append("}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
