"""Every generator, over many seeds, builds a valid exam-style question."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes.generators import GENERATORS, generate

NOTES = Path(__file__).resolve().parents[2] / "notes"
NOTE_HEADINGS = {
    note.stem: {
        re.sub(r"%%.*?%%", "", line.lstrip("#")).strip()
        for line in note.read_text().splitlines()
        if line.startswith("#")
    }
    for note in NOTES.glob("*.md")
}
# AWS's documentation and AWS's own service pages (FAQs, pricing); never an archived copy.
AWS_SOURCES = ("https://docs.aws.amazon.com/", "https://aws.amazon.com/")
seeds = st.integers(min_value=0, max_value=2**31 - 1)
each_generator = pytest.mark.parametrize("name", sorted(GENERATORS))


@each_generator
@settings(max_examples=150)
@given(seed=seeds)
def test_the_same_seed_rebuilds_the_same_question(name, seed):
    first, again = generate(name, seed), generate(name, seed)
    assert first == again
    assert first.case == again.case
    assert first.id == f"{name}:{seed}"


@each_generator
@settings(max_examples=150)
@given(seed=seeds)
def test_a_question_has_the_exam_shape(name, seed):
    question = generate(name, seed)
    # the Question constructor already refuses wrong option and answer counts
    assert len(set(question.options)) == len(question.options)
    if question.kind == "multiple":
        word = {2: "TWO", 3: "THREE"}[len(question.answer)]
        assert question.stem.endswith(f"(Choose {word}.)")
    else:
        assert "Choose" not in question.stem
    assert not any("all of the above" in option.lower() for option in question.options)


@each_generator
@settings(max_examples=150)
@given(seed=seeds)
def test_every_option_explains_why_it_is_right_or_wrong(name, seed):
    question = generate(name, seed)
    assert question.explanation.strip()
    for index, why in enumerate(question.option_explanations):
        verdict = "Correct. " if index in question.answer else "Incorrect. "
        assert why.startswith(verdict)
        assert len(why) > len(verdict) + 20


@each_generator
@settings(max_examples=60)
@given(seed=seeds)
def test_a_question_cites_aws_documentation_and_a_lesson_section(name, seed):
    question = generate(name, seed)
    assert question.references
    assert all(url.startswith(AWS_SOURCES) for url in question.references)
    note, *headings = question.lesson.split("#")
    assert headings and set(headings) <= NOTE_HEADINGS[note]


@each_generator
def test_different_seeds_give_different_questions(name):
    assert len({generate(name, seed).options for seed in range(40)}) > 10


def test_a_generator_name_that_does_not_exist_is_refused():
    from quizzes.generators import UnknownGenerator

    with pytest.raises(UnknownGenerator, match="no question generator is called 'nope'"):
        generate("nope", 1)
