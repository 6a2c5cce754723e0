"""lesson_url: how the rest of IAM Lab links into a lesson step."""

from iamlab.lessons.links import lesson_url


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
