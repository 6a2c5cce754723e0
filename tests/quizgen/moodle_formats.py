"""Readers for GIFT and Moodle XML, written from Moodle's format docs, to check exports.

They read back what an importer would: title, stem, options, which options earn
credit, per-option feedback and general feedback.
"""

import re
import xml.etree.ElementTree as ET

# A reader of GIFT as Moodle's importer reads it (question/format/gift/format.php, whose
# rules https://docs.moodle.org/en/GIFT_format documents): blank lines end a question;
# "\\" is a backslash and \: \# \= \{ \} \~ \n are literal characters (any other backslash
# stays as written, which the checks below refuse, since a student would see it); the
# answers are between the first "{" and the first "}"; "####" starts the general
# feedback; a leading [html]/[moodle]/[plain]/[markdown] sets a text's format, and options
# and feedback default to the question text's; "=" marks the right option, otherwise a
# leading %n% after "~" is the option's weight; "#" starts an option's feedback.
GIFT_FORMATS = ("html", "moodle", "plain", "markdown")
_ESCAPES = {":": "\ue000", "#": "\ue001", "=": "\ue002", "{": "\ue003", "}": "\ue004"}
_ESCAPES.update({"~": "\ue005", "n": "\ue006"})
_LITERAL = {":": ":", "#": "#", "=": "=", "{": "{", "}": "}", "~": "~", "n": "\n"}
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")


def _escapes_in(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            if following == "\\":
                out.append("\\")
            elif following in _ESCAPES:
                out.append(_ESCAPES[following])
            else:
                raise ValueError(f"a backslash before {following!r} would show in Moodle")
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _escapes_out(text: str) -> str:
    for char, placeholder in _ESCAPES.items():
        text = text.replace(placeholder, _LITERAL[char])
    return text


def _with_format(text: str, default: str) -> tuple[str, str]:
    text_format = default
    if text.startswith("["):
        name = text[1 : text.find("]")] if "]" in text else ""
        if name in GIFT_FORMATS:
            text_format, text = name, text[len(name) + 2 :]
    return _escapes_out(text).strip(), text_format


def _option(answer: str, question_format: str) -> dict:
    answer = answer.strip()
    if answer.startswith("="):
        fraction, answer = 100.0, answer[1:]
    elif _WEIGHT.match(answer):
        end = answer.index("%", 1)
        fraction, answer = float(answer[1:end]), answer[end + 1 :]
    else:
        fraction = 0.0
    text, _, feedback = answer.partition("#")
    text, text_format = _with_format(text.strip(), question_format)
    feedback, feedback_format = _with_format(feedback.strip(), question_format)
    return {"text": text, "format": text_format, "feedback": feedback, "fraction": fraction}


def parse_gift(text: str) -> list[dict]:
    """Each question: title, stem, format, options (text), option_format, answer (indexes
    with credit), fractions, option_feedback, general_feedback and single."""
    questions = []
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            if not line.strip().startswith("//"):
                current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    for block in blocks:
        body = _escapes_in("\n".join(block))
        assert body.startswith("::"), body[:40]
        title_end = body.index("::", 2)
        title, body = _escapes_out(body[2:title_end]), body[title_end + 2 :].strip()
        start, finish = body.index("{"), body.index("}")
        assert finish == len(body) - 1, "the answers end the question"
        answers = body[start + 1 : finish].strip()
        general = ""
        if "####" in answers:
            answers, general = (
                answers[: answers.rindex("####")].strip(),
                answers[answers.rindex("####") + 4 :],
            )
        stem, stem_format = _with_format(body[:start].strip(), "moodle")
        general, _ = _with_format(general.strip(), stem_format)
        assert "~" in answers, "a multiple-choice question has a ~ option"
        single = "=" in answers
        parts = [part for part in answers.replace("=", "~=").split("~") if part.strip()]
        options = [_option(part, stem_format) for part in parts]
        questions.append(
            {
                "title": title,
                "stem": stem,
                "format": stem_format,
                "single": single,
                "options": [o["text"] for o in options],
                "option_format": [o["format"] for o in options],
                "answer": [i for i, o in enumerate(options) if o["fraction"] > 0],
                "fractions": [o["fraction"] for o in options],
                "option_feedback": [o["feedback"] for o in options],
                "general_feedback": general,
            }
        )
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
