"""Scoring: all or nothing per question, a scaled score from 100 to 1,000, 700 to pass."""

from hypothesis import given
from hypothesis import strategies as st

from quizzes import scoring
from tests.quizflow.factories import QuestionFactory


def test_a_single_answer_question_is_right_only_with_its_one_answer():
    question = QuestionFactory.build(answer=(2,))
    assert scoring.is_correct(question, [2])
    assert not scoring.is_correct(question, [1])
    assert not scoring.is_correct(question, None)


def test_a_multiple_response_question_gives_no_partial_credit():
    question = QuestionFactory.build(multiple=True)  # answer (0, 2)
    assert scoring.is_correct(question, [2, 0])
    assert not scoring.is_correct(question, [0])
    assert not scoring.is_correct(question, [0, 1, 2])


def test_all_right_scores_1000_and_all_wrong_scores_100():
    assert scoring.scaled_score(65, 65) == 1000
    assert scoring.scaled_score(0, 65) == 100


def test_two_thirds_right_is_the_passing_line():
    assert scoring.passed(scoring.scaled_score(44, 65))  # 67.7 %
    assert not scoring.passed(scoring.scaled_score(43, 65))  # 66.2 %
    assert scoring.passed(700) and not scoring.passed(699)


@given(st.integers(min_value=1, max_value=200), st.data())
def test_the_scaled_score_stays_in_range_and_never_drops_with_more_right(total, data):
    correct = data.draw(st.integers(min_value=0, max_value=total))
    score = scoring.scaled_score(correct, total)
    assert 100 <= score <= 1000
    if correct < total:
        assert scoring.scaled_score(correct + 1, total) >= score


def test_the_topic_breakdown_counts_per_topic_in_the_catalogue_order():
    rows = scoring.topic_breakdown(
        [("features", True), ("root-only", False), ("features", False), ("root-only", True)]
    )
    assert [(row.topic, row.correct, row.total) for row in rows] == [
        ("root-only", 1, 2),
        ("features", 1, 2),
    ]
    assert rows[0].percent == 50
