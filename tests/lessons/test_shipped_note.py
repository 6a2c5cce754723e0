"""The note IAM Lab ships, rendered end to end as learners see it."""

import hashlib
from urllib.parse import urldefrag, urlsplit

import pytest
from django.urls import reverse

from iamlab.lessons.syntax import PAGE_IDS
from iamlab.lessons.vault import current_vault
from tests.lessons.html import Permalink, page_parts

NOTE = "security-IAM"
SHIPPED_SHA256 = "9ec14d205e709cd4704490c72519fe07cb6eb0af40e34df48c01e469d3bf29d0"
STEPS = [
    "features",
    "users",
    "when to create a user vs role",
    "policies",
    "tasks requiring root user",
    "best practices",
]

pytestmark = pytest.mark.django_db


def lesson_pages(client):
    lesson = current_vault().lesson(NOTE)
    return {step.url: client.get(step.url).content.decode() for step in lesson.steps}


def test_the_shipped_note_is_split_at_its_sections():
    lesson = current_vault().lesson(NOTE)
    assert [step.title for step in lesson.steps] == ["Introduction", *STEPS]
    assert lesson.title == "AWS IAM - identity and access management"
    assert lesson.icon == "🤬"


def test_no_comment_block_id_or_front_matter_text_is_visible(client):
    for url, html in lesson_pages(client).items():
        assert "%%" not in html, url
        assert "^ab9f15<" not in html and " ^ab9f15" not in html, url
        assert "sticker" not in html and "emoji//" not in html, url
        assert "security: IAM" not in html, url


def test_every_internal_link_on_every_lesson_page_lands_on_something_that_exists(client):
    pages, permalinks_checked = {}, 0
    for url, html in lesson_pages(client).items():
        parts = page_parts(html)
        permalinks_checked += len(parts.permalinks)
        assert {permalink.href for permalink in parts.permalinks} <= set(parts.hrefs)
        for href in parts.hrefs:
            if urlsplit(href).netloc:
                continue  # external: the cheat sheet and the AWS docs
            target, anchor = urldefrag(href)
            target = target or url
            if target not in pages:
                response = client.get(target)
                assert response.status_code == 200, f"{href} on {url}"
                pages[target] = page_parts(response.content.decode()).ids
            if anchor:
                assert anchor in pages[target], f"{href} on {url} names a missing anchor"
    assert permalinks_checked > len(STEPS)  # the headings' "#" links are among those checked


def test_every_heading_on_every_lesson_page_has_a_permalink_to_itself(client):
    for url, html in lesson_pages(client).items():
        parts = page_parts(html)
        expected = {
            Permalink(f"{url}#{anchor}", f"Link to this section: {text}")
            for anchor, text in parts.headings.items()
            if anchor not in PAGE_IDS  # "Linked from" belongs to the page, not the lesson
        }
        assert expected, url
        assert len(parts.permalinks) == len(expected), url
        assert set(parts.permalinks) == expected, url


def test_the_table_of_contents_links_every_section_heading(client):
    intro = client.get(reverse("lessons:lesson", args=[NOTE])).content.decode()
    hrefs = page_parts(intro).hrefs
    assert "/lessons/notes/security-IAM/features/#granular-permissions" in hrefs
    assert "/lessons/notes/security-IAM/users/#ec2-instance-role" in hrefs
    assert "/lessons/notes/security-IAM/policies/#trust-policies" in hrefs


def test_the_block_id_anchor_exists_on_the_introduction(client):
    intro = client.get(reverse("lessons:lesson", args=[NOTE])).content.decode()
    assert "^ab9f15" in page_parts(intro).ids


def test_the_tag_page_lists_the_lesson(client):
    tag = "aws-ccp-exam-notes/services/security-identity-compliance/iam"
    response = client.get(reverse("lessons:tag", args=[tag]))
    assert reverse("lessons:lesson", args=[NOTE]) in page_parts(response.content.decode()).hrefs


def test_a_parent_tag_page_lists_the_lesson_too(client):
    response = client.get(reverse("lessons:tag", args=["aws-ccp-exam-notes"]))
    assert "AWS IAM - identity and access management" in response.content.decode()


def test_links_to_notes_not_written_yet_lead_to_pages_that_list_this_lesson(client):
    for missing in ["monitoring-CloudTrail", "compute-EC2", "storage-s3", "security-aws-kms"]:
        response = client.get(reverse("lessons:missing", args=[missing]))
        assert response.status_code == 200
        assert "is not written yet" in response.content.decode()
        assert reverse("lessons:lesson", args=[NOTE]) in page_parts(response.content.decode()).hrefs


def test_every_section_offers_its_quiz_topic_and_sandbox_scenario(client):
    users = client.get(reverse("lessons:step", args=[NOTE, "users"])).content.decode()
    assert "/quizzes/practice/?topic=users-vs-roles" in users
    assert "/sandbox/scenarios/startup-developers/" in users
    policies = client.get(reverse("lessons:step", args=[NOTE, "policies"])).content.decode()
    for href in [
        "/quizzes/practice/?topic=policy-types",
        "/quizzes/practice/?topic=policy-evaluation",
        "/sandbox/scenarios/auditor-read-only/",
        "/sandbox/scenarios/partner-cross-account/",
    ]:
        assert href in policies
    root = client.get(reverse("lessons:step", args=[NOTE, "tasks-requiring-root-user"]))
    assert "/quizzes/practice/?topic=root-only" in root.content.decode()


def test_the_shipped_vault_passes_its_check():
    assert not [problem for problem in current_vault().problems if problem.blocking]


def test_the_shipped_note_is_kept_verbatim(settings):
    """The user's note as they wrote it (the sha-256 of /work/shared/notes/security-IAM.md)."""
    shipped = (settings.BASE_DIR / "notes" / "security-IAM.md").read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == SHIPPED_SHA256
