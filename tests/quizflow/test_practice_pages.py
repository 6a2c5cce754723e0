"""Practice: pick topics (or arrive from a lesson), answer, read why, go on."""

import pytest
from django.urls import reverse

from quizzes import attempts, bank, study
from quizzes.models import Attempt, ReviewCard

pytestmark = pytest.mark.django_db

PRACTICE = reverse("quizzes:practice")
HTMX = {"HX-Request": "true"}


def start(client, *topics):
    response = client.post(PRACTICE, {"topic": list(topics)})
    assert response.status_code == 302
    return Attempt.objects.get(), response["Location"]


def test_a_lesson_link_arrives_with_its_topic_ticked(client):
    page = client.get(PRACTICE, {"topic": "root-only"}).content.decode()
    assert 'value="root-only" checked' in page
    assert 'value="features" checked' not in page


def test_topics_without_questions_yet_cannot_be_chosen(client, monkeypatch):
    every_topic_but_evaluation = [t for t in bank.available_topics() if t != "policy-evaluation"]
    monkeypatch.setattr(bank, "available_topics", lambda: every_topic_but_evaluation)
    page = client.get(PRACTICE, {"topic": "policy-evaluation"}).content.decode()
    assert 'value="policy-evaluation" disabled' in page


def test_starting_without_a_topic_says_so_and_starts_nothing(client):
    response = client.post(PRACTICE, {})
    assert response.status_code == 400
    assert study.NO_TOPICS in response.content.decode()
    assert not Attempt.objects.exists()


def test_an_unknown_topic_is_refused_by_name(client):
    response = client.post(PRACTICE, {"topic": ["root-only", "s3-buckets"]})
    assert response.status_code == 400
    assert "no topic called “s3-buckets”" in response.content.decode()
    assert not Attempt.objects.exists()


def test_a_guest_practises_one_question_at_a_time(client, questions):
    attempt, location = start(client, "root-only")
    assert attempt.learner.is_guest
    assert attempt.mode == Attempt.Mode.PRACTICE
    page = client.get(location).content.decode()
    assert "Question 1 of 1" in page
    assert 'type="radio" name="choice" value="0"' in page
    assert "Submit answer" in page


def test_an_answer_gets_immediate_feedback_with_every_options_reason(client, questions):
    attempt, location = start(client, "root-only")
    response = client.post(location, {"choice": "1"})
    assert response.status_code == 302 and response["Location"] == location  # without htmx
    page = client.get(location).content.decode()
    assert "Not quite." in page
    assert "Closing the AWS account is one of the tasks only the root user can do." in page
    for number in range(1, 5):
        assert f"Why option {number} is" in page
    assert "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html" in page
    assert 'href="/lessons/notes/security-IAM/' in page
    assert "Next question" in page
    assert ReviewCard.objects.get().reviews == 1


def test_a_tampered_option_is_refused_on_the_page_and_changes_nothing(client, questions):
    attempt, location = start(client, "root-only")
    response = client.post(location, {"choice": "9"})
    assert response.status_code == 400
    assert "That option does not exist" in response.content.decode()
    assert not attempt.questions.get().is_answered


def test_next_question_adds_one_and_finishing_shows_the_results(client, questions):
    attempt, location = start(client, "root-only", "features")
    client.post(location, {"choice": "0"})
    response = client.post(reverse("quizzes:next", args=[attempt.pk]))
    assert response["Location"] == reverse("quizzes:question", args=[attempt.pk, 2])
    assert attempt.questions.count() == 2
    response = client.post(reverse("quizzes:finish", args=[attempt.pk]), follow=True)
    assert "1 of 1 correct" in response.content.decode()


def test_the_attempt_link_leads_to_the_question_waiting_for_an_answer(client, questions):
    attempt, location = start(client, "root-only")
    assert client.get(reverse("quizzes:attempt", args=[attempt.pk]))["Location"] == location


def test_pressing_next_twice_adds_one_question(client, questions):
    attempt, location = start(client, "root-only")
    client.post(location, {"choice": "0"})
    client.post(reverse("quizzes:next", args=[attempt.pk]))
    client.post(reverse("quizzes:next", args=[attempt.pk]))
    assert attempt.questions.count() == 2


def test_a_practice_score_counts_only_the_questions_answered(client, questions):
    attempt, location = start(client, "root-only")
    client.post(location, {"choice": "0"})
    client.post(reverse("quizzes:next", args=[attempt.pk]))
    client.post(reverse("quizzes:finish", args=[attempt.pk]))
    attempt.refresh_from_db()
    assert (attempt.correct_count, attempt.question_count) == (1, 1)


def test_sending_the_same_answer_twice_counts_once(client, questions):
    attempt, location = start(client, "root-only")
    client.post(location, {"choice": "0"})
    response = client.post(location, {"choice": "0"}, follow=True)
    assert "Correct." in response.content.decode()
    assert ReviewCard.objects.get().reviews == 1


def test_a_second_different_answer_after_the_feedback_is_refused(client, questions):
    attempt, location = start(client, "root-only")
    client.post(location, {"choice": "1"})
    response = client.post(location, {"choice": "0"})
    assert response.status_code == 400
    assert "the first answer counts" in response.content.decode()
    assert attempt.questions.get().choices == [1]


def test_an_htmx_answer_gets_the_feedback_as_a_fragment_in_place(client, questions):
    attempt, location = start(client, "root-only")
    response = client.post(location, {"choice": "1"}, headers=HTMX)
    assert response.status_code == 200
    fragment = response.content.decode()
    assert fragment.lstrip().startswith('<div id="answer">')
    assert "<html" not in fragment and "site-header" not in fragment
    assert "Not quite." in fragment and 'id="verdict"' in fragment
    assert "Closing the AWS account is one of the tasks only the root user can do." in fragment
    assert fragment.count('class="why"') == 4
    assert 'aria-describedby="verdict">Next question</button>' in fragment
    assert "autofocus" in fragment and 'name="choice"' not in fragment
    slot = attempt.questions.get()
    assert slot.choices == [1] and slot.is_correct is False
    assert ReviewCard.objects.get().reviews == 1


def test_an_htmx_answer_sent_twice_is_recorded_once(client, questions):
    attempt, location = start(client, "root-only")
    client.post(location, {"choice": "0"}, headers=HTMX)
    response = client.post(location, {"choice": "0"}, headers=HTMX)
    assert "Correct." in response.content.decode()
    assert ReviewCard.objects.get().reviews == 1
    assert attempt.questions.get().choices == [0]


def test_a_tampered_htmx_answer_is_refused_in_place_and_changes_nothing(client, questions):
    attempt, location = start(client, "root-only")
    response = client.post(location, {"choice": "9"}, headers=HTMX)
    # htmx swaps only 2xx responses: the refusal comes as the form again, with the message.
    assert response.status_code == 200
    fragment = response.content.decode()
    assert f'<p class="error" role="alert">{attempts.NO_SUCH_OPTION}</p>' in fragment
    assert 'name="choice" value="0" autofocus' in fragment and "Submit answer" in fragment
    assert "<html" not in fragment
    assert not attempt.questions.get().is_answered
    assert not ReviewCard.objects.exists()


def test_a_second_different_htmx_answer_is_refused_and_the_first_stands(client, questions):
    attempt, location = start(client, "root-only")
    client.post(location, {"choice": "1"}, headers=HTMX)
    response = client.post(location, {"choice": "0"}, headers=HTMX)
    assert attempts.ALREADY_ANSWERED in response.content.decode()
    assert attempt.questions.get().choices == [1]
    assert ReviewCard.objects.get().reviews == 1


def test_the_question_page_itself_is_whole_even_when_htmx_asks(client, questions):
    attempt, location = start(client, "root-only")
    page = client.get(location, headers=HTMX).content.decode()
    assert "<html" in page and 'hx-target="#answer"' in page
