"""Readers for GIFT and Moodle XML, written from Moodle's format docs, to check exports.

They read back what an importer would: title, stem, options, which options earn
credit, per-option feedback and general feedback.
"""

import xml.etree.ElementTree as ET


def _find_unescaped(text: str, marker: str, start: int = 0) -> int:
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(marker, index):
            return index
        index += 1
    return -1


def _unescape(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        if text[index] == "\\" and index + 1 < len(text):
            following = text[index + 1]
            out.append("\n" if following == "n" else following)
            index += 2
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


def _parse_gift_option(line: str) -> tuple[str, str, bool]:
    marker, rest = line[0], line[1:]
    weight = None
    if rest.startswith("%"):
        end = rest.index("%", 1)
        weight, rest = float(rest[1:end]), rest[end + 1 :]
    split = _find_unescaped(rest, "#")
    text, feedback = rest[:split], rest[split + 1 :]
    right = marker == "=" if weight is None else weight > 0
    return _unescape(text), _unescape(feedback), right


def parse_gift(text: str) -> list[dict]:
    questions = []
    for block in text.strip().split("\n\n"):
        head, *body = [line.strip() for line in block.splitlines()]
        title_end = _find_unescaped(head, "::", 2)
        stem = head[title_end + 2 : _find_unescaped(head, "{")].strip()
        question = {
            "title": _unescape(head[2:title_end]),
            "stem": _unescape(stem),
            "options": [],
            "answer": [],
            "option_feedback": [],
        }
        for line in body:
            if line.startswith("####"):
                question["general_feedback"] = _unescape(line[4:])
            elif line[:1] in "=~":
                option, feedback, right = _parse_gift_option(line)
                if right:
                    question["answer"].append(len(question["options"]))
                question["options"].append(option)
                question["option_feedback"].append(feedback)
        questions.append(question)
    return questions


def parse_moodle_xml(text: str) -> list[dict]:
    questions = []
    for item in ET.fromstring(text).iter("question"):
        answers = item.findall("answer")
        questions.append(
            {
                "title": item.findtext("name/text"),
                "stem": item.findtext("questiontext/text"),
                "single": item.findtext("single") == "true",
                "options": [answer.findtext("text") for answer in answers],
                "answer": [i for i, a in enumerate(answers) if float(a.get("fraction")) > 0],
                "fractions": [float(answer.get("fraction")) for answer in answers],
                "option_feedback": [answer.findtext("feedback/text") for answer in answers],
                "general_feedback": item.findtext("generalfeedback/text"),
                "tags": [tag.text for tag in item.iterfind("tags/tag/text")],
            }
        )
    return questions
