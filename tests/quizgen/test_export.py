"""Exports: the JSON shape the issue specifies, and GIFT and Moodle XML that read back."""

import json

import pytest

from quizzes.export import as_record, full_explanation, to_json
from quizzes.export.gift import to_gift
from quizzes.export.moodle_xml import to_moodle_xml
from quizzes.generators import TOPIC_GENERATORS, build_quiz
from tests.quizgen.moodle_formats import parse_gift, parse_moodle_xml

QUIZ = build_quiz(sorted(TOPIC_GENERATORS), 40, seed=11)


def test_json_has_exactly_the_documented_fields():
    records = json.loads(to_json(QUIZ))
    assert len(records) == len(QUIZ)
    for record, question in zip(records, QUIZ, strict=True):
        expected = {"id", "topic", "concept", "angle", "advanced", "kind", "stem", "options"}
        expected |= {"answer", "explanation"}
        expected |= {"lesson", "references", "seed"}
        if question.case is not None:
            expected.add("case")
        assert set(record) == expected
        assert record["id"] == question.id
        assert record["kind"] in ("single", "multiple")
        assert record["answer"] == list(question.answer)
        assert record["options"] == list(question.options)


def test_the_exported_explanation_says_why_each_option_is_right_or_wrong():
    question = QUIZ[0]
    explanation = as_record(question)["explanation"]
    assert explanation.startswith(question.explanation)
    for letter, why in zip("ABCDE", question.option_explanations, strict=False):
        assert f"{letter}. {why}" in explanation


@pytest.mark.parametrize("seed", range(5))
def test_gift_reads_back_as_the_same_questions(seed):
    quiz = build_quiz(sorted(TOPIC_GENERATORS), 30, seed=seed)
    parsed = parse_gift(to_gift(quiz))
    assert len(parsed) == len(quiz)
    for read, question in zip(parsed, quiz, strict=True):
        assert read["title"] == question.id
        assert read["stem"] == question.stem
        assert read["options"] == list(question.options)
        assert read["answer"] == list(question.answer)
        assert read["option_feedback"] == list(question.option_explanations)
        assert read["general_feedback"] == full_explanation(question)


def test_gift_escapes_the_characters_gift_gives_a_meaning_to():
    gift = to_gift(QUIZ)
    # every question id holds a colon; written raw it would end the title early
    assert "\\:" in gift
    assert all(block.startswith("::") for block in gift.strip().split("\n\n"))


@pytest.mark.parametrize("seed", range(5))
def test_moodle_xml_reads_back_as_the_same_questions(seed):
    quiz = build_quiz(sorted(TOPIC_GENERATORS), 30, seed=seed)
    parsed = parse_moodle_xml(to_moodle_xml(quiz))
    assert len(parsed) == len(quiz)
    for read, question in zip(parsed, quiz, strict=True):
        assert read["title"] == question.id
        assert read["stem"] == question.stem
        assert read["single"] == (question.kind == "single")
        assert read["options"] == list(question.options)
        assert read["answer"] == list(question.answer)
        assert read["option_feedback"] == list(question.option_explanations)
        assert read["general_feedback"].startswith(full_explanation(question))
        assert question.lesson in read["general_feedback"]
        assert read["tags"] == [question.topic]


def test_moodle_credit_adds_up_to_a_full_mark_for_the_right_options():
    for read in parse_moodle_xml(to_moodle_xml(QUIZ)):
        credit = sum(read["fractions"][i] for i in read["answer"])
        assert credit == pytest.approx(100, abs=0.01)
        wrong = [f for i, f in enumerate(read["fractions"]) if i not in read["answer"]]
        if read["single"]:
            assert wrong == [0, 0, 0]
        else:
            assert sum(wrong) == pytest.approx(-100, abs=0.01)
