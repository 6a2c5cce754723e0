"""Stems that quote policy documents keep the documents readable."""

import pytest
from django.urls import reverse

from quizzes.attempts import start_attempt
from quizzes.generators import generate
from quizzes.models import Attempt
from quizzes.stems import stem_blocks

pytestmark = pytest.mark.django_db


def test_a_one_sentence_stem_is_one_paragraph():
    assert [b.preformatted for b in stem_blocks("Which task requires the root user?")] == [False]


def test_policy_documents_in_a_stem_are_preformatted_between_prose():
    stem = (
        "Alice calls s3:GetObject.\n\n"
        'Identity-based policy:\n{\n  "Version": "2012-10-17"\n}\n\n'
        "What is the result?"
    )
    blocks = stem_blocks(stem)
    assert [b.preformatted for b in blocks] == [False, True, False]
    assert blocks[1].text.endswith("}")


@pytest.fixture
def questions():
    """Overrides the fake bank: the page test needs a real policy-evaluation question."""
    return None


def test_the_question_page_shows_an_evaluation_stem_with_its_indentation(
    client, alice, alices_learner
):
    question = generate("policy-evaluation/evaluate-request", 1)
    attempt = start_attempt(alices_learner, [question], mode=Attempt.Mode.PRACTICE)
    client.force_login(alice)
    page = client.get(reverse("quizzes:question", args=[attempt.pk, 1])).content.decode()
    assert '<pre class="stem-document">' in page
    assert "\n  &quot;Version&quot;: &quot;2012-10-17&quot;" in page
    assert "Advanced: beyond CLF-C02" in page
