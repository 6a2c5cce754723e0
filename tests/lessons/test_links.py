"""lesson_url: how the rest of IAM Lab links into a lesson step."""

from iamlab.lessons.links import lesson_url
from iamlab.lessons.vault import current_vault
from tests.lessons.html import page_parts


def test_a_heading_target_leads_to_its_step_and_anchor(db):
    assert (
        lesson_url("security-IAM#tasks requiring root user")
        == "/lessons/notes/security-IAM/tasks-requiring-root-user/#tasks-requiring-root-user"
    )


def test_a_block_target_leads_to_the_block_anchor(db):
    assert lesson_url("security-IAM#^ab9f15") == "/lessons/notes/security-IAM/#^ab9f15"


def test_a_nested_heading_path_leads_to_the_innermost_heading(db):
    assert (
        lesson_url("security-IAM#users#iam role") == "/lessons/notes/security-IAM/users/#iam-role"
    )


def test_a_note_alone_leads_to_its_first_page(db):
    assert lesson_url("security-IAM") == "/lessons/notes/security-IAM/"


def test_a_missing_note_leads_to_its_not_written_yet_page(db):
    assert lesson_url("storage-s3#^939999") == "/lessons/missing/storage-s3/"


def test_a_target_without_a_note_leads_to_the_lesson_index(db):
    assert lesson_url("#features") == "/lessons/"


def test_each_headings_permalink_is_the_link_its_obsidian_path_resolves_to(db):
    vault = current_vault()
    lesson = vault.lesson("security-IAM")
    permalinks = [p.href for step in lesson.steps for p in page_parts(step.html).permalinks]
    in_the_body = [h for h in lesson.headings if h.anchor != lesson.title_anchor]
    assert len(permalinks) == len(in_the_body) > 20
    for heading in in_the_body:
        path = "#".join((*heading.ancestors, heading.text))
        assert vault.resolve(f"security-IAM#{path}").url in permalinks, path
