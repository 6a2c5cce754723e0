"""A vault's hooks file names each step's quiz topic and sandbox scenario."""

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from iamlab.lessons.vault import load_vault
from tests.lessons.conftest import write_notes

NOTE = "# IAM\n## Roles\ntext\n## Keys\ntext"


def vault_with_hooks(root, hooks: str):
    return load_vault(write_notes(root, {"iam.md": NOTE, ".iamlab/hooks.yaml": hooks}))


def test_a_step_gets_the_practice_and_sandbox_links_its_hooks_name(tmp_path):
    vault = vault_with_hooks(
        tmp_path,
        "iam:\n  roles:\n    practice: [users-vs-roles]\n    sandbox: startup-developers\n",
    )
    hooks = vault.hooks_for("iam", "roles")
    assert [(link.label, link.url) for link in hooks.practice] == [
        ("Users, groups and roles", "/quizzes/practice/?topic=users-vs-roles")
    ]
    assert [link.url for link in hooks.sandbox] == ["/sandbox/scenarios/startup-developers/"]
    assert vault.hooks_for("iam", "keys").practice == ()
    assert not vault.problems


@pytest.mark.parametrize(
    ("hooks", "problem"),
    [
        ("iam:\n  Roles:\n    practice: [astrology]\n", "unknown quiz topic 'astrology'"),
        ("iam:\n  Roles:\n    sandbox: [Not A Slug]\n", "'Not A Slug' is not a scenario slug"),
        ("iam:\n  Roles:\n    quiz: [features]\n", "use only the keys practice, sandbox"),
        ("iam:\n  Nowhere:\n    practice: [features]\n", "iam has no step 'Nowhere'"),
        ("ghost:\n  Roles:\n    practice: [features]\n", "no note named 'ghost'"),
        ("iam: [unclosed\n", "is not valid YAML"),
    ],
)
def test_a_wrong_hooks_file_is_a_blocking_problem(tmp_path, hooks, problem):
    vault = vault_with_hooks(tmp_path, hooks)
    messages = [str(p) for p in vault.problems if p.blocking]
    assert any(problem in message for message in messages), messages


def test_check_vault_says_in_one_line_that_links_to_unwritten_notes_are_not_errors(capsys):
    """`make run` runs check_vault: a newcomer must not read these links as errors."""
    call_command("check_vault")
    out = capsys.readouterr().out
    notes = sorted(settings.IAMLAB_NOTES_DIR.glob("*.md"))
    assert f"{len(notes)} lessons, " in out
    assert "not written yet" not in out
    (line,) = [line for line in out.splitlines() if "does not have yet" in line]
    assert line.startswith("Not an error: ")
    assert "storage-s3" in line and "monitoring-CloudTrail" in line
    assert len(out.strip().splitlines()) == 2, out


def test_check_vault_fails_on_a_blocking_problem(tmp_path):
    vault_with_hooks(tmp_path, "iam:\n  Roles:\n    practice: [astrology]\n")
    with pytest.raises(CommandError, match="1 problem"):
        call_command("check_vault", path=tmp_path)


def test_check_vault_fails_on_a_missing_folder(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command("check_vault", path=tmp_path / "nope")


def test_two_notes_with_one_name_block_the_vault(tmp_path):
    vault = load_vault(write_notes(tmp_path, {"a/iam.md": "one", "b/iam.md": "two"}))
    assert [str(p) for p in vault.problems if p.blocking] == [
        "iam: two notes have this name; links cannot tell them apart"
    ]


def test_two_notes_with_one_title_are_reported(tmp_path):
    vault = load_vault(write_notes(tmp_path, {"a.md": "# Same", "b.md": "# Same"}))
    assert "these notes share a title: a, b" in [str(p) for p in vault.problems]


def test_a_scenario_can_be_given_a_title(tmp_path):
    vault = vault_with_hooks(
        tmp_path, "iam:\n  roles:\n    sandbox:\n      ec2-app: An app on EC2\n"
    )
    [link] = vault.hooks_for("iam", "roles").sandbox
    assert (link.label, link.url) == ("An app on EC2", "/sandbox/scenarios/ec2-app/")


def test_a_read_next_to_no_note_or_an_update_without_an_aws_source_is_a_problem(tmp_path):
    vault = vault_with_hooks(
        tmp_path,
        "iam:\n  Roles:\n    read: [nowhere]\n    updates:\n      - text: Changed.\n"
        "        source: https://example.com/\n",
    )
    messages = [str(p) for p in vault.problems if p.blocking]
    assert any("no note named 'nowhere' to read next" in m for m in messages), messages
    assert any("an update needs a text and an AWS page" in m for m in messages), messages


@pytest.mark.django_db
def test_the_shipped_root_user_step_says_what_aws_has_changed_and_leads_on(client):
    page = client.get("/lessons/notes/security-IAM/tasks-requiring-root-user/").content.decode()
    assert "What AWS says now" in page
    assert "account:PutAccountName" in page
    assert "https://docs.aws.amazon.com/accounts/latest/reference/API_PutAccountName.html" in page
    assert "Read next: " in page and "/lessons/notes/security-root-user/" in page
