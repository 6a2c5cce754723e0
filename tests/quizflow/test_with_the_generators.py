"""The flows on the real generators: questions rebuild from their seed, facts don't repeat."""

import random

import pytest

from quizzes import bank, study
from quizzes.attempts import record_answer
from quizzes.question import TOPICS
from tests.quizflow.factories import QuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions():
    """Overrides the fake bank: these tests use the generators themselves."""
    return None


def test_every_question_of_an_exam_rebuilds_from_its_generator_and_seed(alices_learner, settings):
    settings.QUIZZES_EXAM_QUESTIONS = 12
    exam = study.start_exam(alices_learner, rng=random.Random(5))
    slots = list(exam.questions.all())
    assert len(slots) == 12
    assert len({slot.fact for slot in slots}) == 12
    for slot in slots:
        rebuilt = bank.question(slot.generator, slot.seed)
        assert (rebuilt.topic, rebuilt.fact, rebuilt.lesson) == (slot.topic, slot.fact, slot.lesson)
    assert set(exam.topics) == set(bank.available_topics()) <= set(TOPICS)


def test_a_practice_run_moves_on_to_facts_it_has_not_asked(alices_learner):
    rng = random.Random(11)
    run = study.start_practice(alices_learner, ["root-only"], rng=rng)
    for position in range(1, 6):
        record_answer(run, position, [0])
        study.practice_next(run, rng=rng)
    facts = list(run.questions.values_list("fact", flat=True))
    assert len(facts) == len(set(facts)) == 6


def test_fresh_question_skips_facts_already_asked(monkeypatch):
    drawn = iter(["seen", "seen", "new"])
    monkeypatch.setattr(bank, "quiz", lambda *args: [QuestionFactory.build(fact=next(drawn))])
    assert (
        bank.fresh_question(["root-only"], avoid_facts={"seen"}, rng=random.Random(0)).fact == "new"
    )
