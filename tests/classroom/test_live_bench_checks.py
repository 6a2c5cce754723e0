"""The live quiz benchmark's answer check fails when an answer is lost or doubled."""

from bench.live_quiz_checks import answer_problems, percentile

ROSTER = ["ana", "ben", "cem"]
EVERY_ANSWER = [(name, position) for name in ROSTER for position in (1, 2)]


def check(sent, recorded):
    return answer_problems(roster=ROSTER, questions=2, sent=sent, recorded=recorded)


def test_it_passes_a_class_whose_every_answer_is_recorded_once():
    assert check(EVERY_ANSWER, list(reversed(EVERY_ANSWER))) == []


def test_it_fails_an_answer_sent_and_never_recorded():
    recorded = [answer for answer in EVERY_ANSWER if answer != ("ben", 2)]

    assert check(EVERY_ANSWER, recorded) == ["1 lost (sent, not recorded), e.g. [('ben', 2)]"]


def test_it_fails_an_answer_recorded_twice():
    problems = check(EVERY_ANSWER, [*EVERY_ANSWER, ("cem", 1)])

    assert problems == ["1 doubled (recorded more than once), e.g. [('cem', 1)]"]


def test_it_fails_a_student_who_never_answered_a_question():
    sent = [answer for answer in EVERY_ANSWER if answer != ("ana", 1)]

    assert check(sent, sent) == ["1 never sent (a student missed a question), e.g. [('ana', 1)]"]


def test_it_fails_an_answer_in_the_database_that_nobody_sent():
    problems = check(EVERY_ANSWER, [*EVERY_ANSWER, ("eve", 1)])

    assert problems == ["1 recorded but never sent, e.g. [('eve', 1)]"]


def test_percentiles_are_nearest_rank():
    values = list(range(1, 101))

    assert (percentile(values, 0.5), percentile(values, 0.95), percentile([], 0.95)) == (50, 95, 0)
