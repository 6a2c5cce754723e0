"""Exports: the JSON shape the issue specifies, and GIFT and Moodle XML that read back."""

import html
import json
import re
from dataclasses import replace

import pytest

from quizzes.export import as_record, full_explanation, to_json
from quizzes.export.gift import shows_policy, to_gift
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


def test_the_json_explanation_says_why_each_option_is_right_or_wrong():
    question = QUIZ[0]
    explanation = as_record(question)["explanation"]
    assert explanation.startswith(question.explanation)
    for letter, why in zip("ABCDE", question.option_explanations, strict=False):
        assert f"{letter}. {why}" in explanation


def _plain(text: str, text_format: str) -> str:
    """What a learner reads: HTML texts unescaped, line breaks back to newlines."""
    if text_format != "html":
        return text
    return html.unescape(text.replace("<br>", "\n"))


@pytest.mark.parametrize("seed", range(5))
def test_gift_reads_back_as_the_same_questions(seed):
    quiz = build_quiz(sorted(TOPIC_GENERATORS), 30, seed=seed)
    parsed = parse_gift(to_gift(quiz))
    assert len(parsed) == len(quiz)
    for read, question in zip(parsed, quiz, strict=True):
        assert read["title"] == question.id
        assert read["single"] == (question.kind == "single")
        assert read["option_format"] == [read["format"]] * len(question.options)
        assert [_plain(o, read["format"]) for o in read["options"]] == list(question.options)
        assert read["answer"] == list(question.answer)
        assert [_plain(f, read["format"]) for f in read["option_feedback"]] == list(
            question.option_explanations
        )
        if read["format"] != "html":
            assert read["stem"] == question.stem


def test_gift_feedback_names_options_by_their_text_never_by_letter():
    # Moodle shuffles the options of an imported GIFT question: "A." would point elsewhere.
    for read, question in zip(parse_gift(to_gift(QUIZ)), QUIZ, strict=True):
        general = _plain(read["general_feedback"].replace("</li>", "\n"), read["format"])
        assert question.explanation in general
        for option, why in zip(question.options, question.option_explanations, strict=True):
            assert f"“{option}”: {why}" in general
        assert not re.search(r"(^|\n|<li>)[A-E]\. ", read["general_feedback"])


def test_gift_shows_a_policy_in_html_pre_with_its_indentation():
    policy_questions = [
        q for q in build_quiz(sorted(TOPIC_GENERATORS), 200, seed=3) if shows_policy(q)
    ]
    assert policy_questions
    for read, question in zip(parse_gift(to_gift(policy_questions)), policy_questions, strict=True):
        assert read["format"] == "html"
        documents = re.findall(r"<pre>(.*?)</pre>", read["stem"], re.DOTALL)
        assert documents
        for document in documents:
            policy = html.unescape(document)
            assert '\n    {\n      "Effect"' in policy  # indentation kept
            assert policy in question.stem


def test_gift_covers_every_kind_of_question():
    quiz = build_quiz(sorted(TOPIC_GENERATORS), 200, seed=3)
    kinds = {(q.kind, shows_policy(q)) for q in quiz}
    read_kinds = {(r["single"], r["format"]) for r in parse_gift(to_gift(quiz))}
    assert {kind for kind, _policy in kinds} == {"single", "multiple"}
    assert {fmt for _single, fmt in read_kinds} == {"moodle", "html"}


@pytest.mark.parametrize("policy", [False, True])
def test_gift_keeps_option_text_that_looks_like_gift_syntax(policy):
    base = next(q for q in QUIZ if q.kind == "single")
    if policy:
        base = next(
            q
            for q in build_quiz(sorted(TOPIC_GENERATORS), 200, seed=3)
            if shows_policy(q) and q.kind == "single"
        )
    tricky = (
        "[html]<b>bold</b> is not markup",
        "%50% of the users",
        "[markdown] *x*",
        "a: {b} = #c ~d \\ e",
    )
    question = replace(base, options=tricky, answer=(1,))
    [read] = parse_gift(to_gift([question]))
    assert [_plain(o, read["format"]) for o in read["options"]] == list(tricky)
    assert read["fractions"] == [0, 100, 0, 0]
    assert set(read["option_format"]) == {read["format"]}


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
