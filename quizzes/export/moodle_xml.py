"""Moodle XML: multichoice questions with per-option feedback and general feedback."""

import xml.etree.ElementTree as ET

from quizzes.export import full_explanation
from quizzes.question import Question


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    ET.SubElement(element, "text").text = text
    return element


def fraction(question: Question, index: int) -> str:
    right = index in question.answer
    if question.kind == "single":
        return "100" if right else "0"
    share = 100 / len(question.answer) if right else -100 / (5 - len(question.answer))
    return f"{share:.5f}".rstrip("0").rstrip(".")


def to_moodle_xml(questions: list[Question]) -> str:
    quiz = ET.Element("quiz")
    for question in questions:
        item = ET.SubElement(quiz, "question", type="multichoice")
        _text(item, "name", question.id)
        _text(item, "questiontext", question.stem, format="plain_text")
        feedback = full_explanation(question) + "\n\nLesson: " + question.lesson + "\n"
        feedback += "\n".join(question.references)
        _text(item, "generalfeedback", feedback, format="plain_text")
        ET.SubElement(item, "defaultgrade").text = "1"
        ET.SubElement(item, "single").text = "true" if question.kind == "single" else "false"
        # the order is already shuffled per seed; keeping it makes the export reproducible
        ET.SubElement(item, "shuffleanswers").text = "false"
        ET.SubElement(item, "answernumbering").text = "ABCD"
        for index, option in enumerate(question.options):
            answer = _text(
                item, "answer", option, fraction=fraction(question, index), format="plain_text"
            )
            _text(answer, "feedback", question.option_explanations[index], format="plain_text")
        tags = ET.SubElement(item, "tags")
        _text(tags, "tag", question.topic)
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"
