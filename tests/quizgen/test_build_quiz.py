"""build_quiz: reproducible quizzes spread over topics, as varied as the bank allows."""

import pytest

from quizzes.generators import (
    TOPIC_GENERATORS,
    NotEnoughFacts,
    UnknownTopic,
    build_quiz,
    generate,
    generators_for,
)

ALL_TOPICS = sorted(TOPIC_GENERATORS)


def test_the_same_seed_builds_the_same_quiz():
    assert build_quiz(ALL_TOPICS, 30, seed=5) == build_quiz(ALL_TOPICS, 30, seed=5)


def test_another_seed_builds_another_quiz():
    assert build_quiz(ALL_TOPICS, 30, seed=5) != build_quiz(ALL_TOPICS, 30, seed=6)


@pytest.mark.parametrize("seed", range(20))
def test_a_quiz_short_enough_asks_each_concept_once(seed):
    quiz = build_quiz(ALL_TOPICS, 40, seed=seed)
    assert len(quiz) == 40
    assert len({question.fact for question in quiz}) == 40


def test_questions_are_spread_evenly_over_the_chosen_topics():
    quiz = build_quiz(ALL_TOPICS, 10 * len(ALL_TOPICS), seed=1)
    assert {topic: sum(q.topic == topic for q in quiz) for topic in ALL_TOPICS} == dict.fromkeys(
        ALL_TOPICS, 10
    )


def test_a_quiz_uses_only_the_chosen_topics():
    quiz = build_quiz(["root-only"], 8, seed=2)
    assert {question.topic for question in quiz} == {"root-only"}


def test_every_question_is_rebuilt_from_its_generator_and_seed():
    for question in build_quiz(ALL_TOPICS, 20, seed=9):
        assert generate(question.generator, question.seed) == question


def test_an_unknown_topic_is_refused_with_the_valid_choices():
    with pytest.raises(UnknownTopic, match="unknown topic 'iam-trivia'; choose from root-only"):
        build_quiz(["iam-trivia"], 5, seed=1)
    with pytest.raises(UnknownTopic):
        generators_for(["root-only", "iam-trivia"])


def test_no_topic_at_all_is_refused():
    with pytest.raises(UnknownTopic, match="choose at least one topic"):
        build_quiz([], 5, seed=1)


def test_asking_for_more_questions_than_a_topic_has_is_refused(a_topic_of_one_question):
    assert len(build_quiz(["root-only"], 1, seed=1)) == 1
    with pytest.raises(NotEnoughFacts, match="fewer than 2 distinct questions"):
        build_quiz(["root-only"], 2, seed=1)


def test_generators_for_lists_every_generator_of_the_topics_in_order():
    assert generators_for(["root-only", "features"]) == [
        *TOPIC_GENERATORS["root-only"],
        *TOPIC_GENERATORS["features"],
    ]
