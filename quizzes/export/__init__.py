"""Writing a quiz for instructors and other tools: JSON, GIFT and Moodle XML.

Each writer takes a list of Questions and returns text. The formats carry one
explanation per question, so `full_explanation` folds the per-option reasons
into it: a learner importing the quiz elsewhere still reads why each wrong
option is wrong.
"""

import json
import string

from quizzes.question import Question

LETTERS = string.ascii_uppercase


def full_explanation(question: Question) -> str:
    reasons = "\n".join(
        f"{LETTERS[index]}. {why}" for index, why in enumerate(question.option_explanations)
    )
    return f"{question.explanation}\n\n{reasons}"


def as_record(question: Question) -> dict:
    """The JSON shape the issue specifies; `case` only for policy evaluation."""
    record = {
        "id": question.id,
        "topic": question.topic,
        "concept": question.fact,
        "angle": question.angle,
        "advanced": question.advanced,
        "kind": question.kind,
        "stem": question.stem,
        "options": list(question.options),
        "answer": list(question.answer),
        "explanation": full_explanation(question),
        "lesson": question.lesson,
        "references": list(question.references),
        "seed": question.seed,
    }
    if question.case is not None:
        record["case"] = question.case
    return record


def to_json(questions: list[Question]) -> str:
    return json.dumps([as_record(q) for q in questions], indent=2, ensure_ascii=False) + "\n"
