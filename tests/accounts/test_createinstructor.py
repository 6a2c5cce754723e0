import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from iamlab.accounts.models import User

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """manage.py as someone types it in a fresh shell: nothing set but what ``env`` says."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/"), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_it_creates_an_instructor():
    call_command(
        "createinstructor", "irene", "--password", "a-long-teaching-passphrase", "--noinput"
    )
    irene = User.objects.get(username="irene")
    assert irene.is_instructor
    assert irene.check_password("a-long-teaching-passphrase")


def test_it_promotes_an_existing_learner(alice):
    call_command("createinstructor", "alice", "--noinput")
    alice.refresh_from_db()
    assert alice.is_instructor


def test_it_refuses_a_weak_password():
    with pytest.raises(CommandError, match="too common"):
        call_command("createinstructor", "irene", "--password", "password", "--noinput")
    assert not User.objects.filter(username="irene").exists()


def test_without_input_it_needs_a_password():
    with pytest.raises(CommandError, match="--password is required"):
        call_command("createinstructor", "irene", "--noinput")


def test_admin_makes_a_site_administrator_and_no_admin_takes_it_away(alice):
    call_command("createinstructor", "alice", "--admin", "--noinput")
    alice.refresh_from_db()
    assert alice.is_instructor and alice.is_site_admin
    call_command("createinstructor", "alice", "--noinput")
    alice.refresh_from_db()
    assert alice.is_site_admin  # neither flag: unchanged
    call_command("createinstructor", "alice", "--no-admin", "--noinput")
    alice.refresh_from_db()
    assert alice.is_instructor and not alice.is_site_admin


def test_a_new_instructor_is_no_site_administrator_unless_asked():
    call_command("createinstructor", "irene", "--password", "a-long-teaching-passphrase")
    call_command("createinstructor", "ada", "--password", "a-long-teaching-passphrase", "--admin")
    assert not User.objects.get(username="irene").is_site_admin
    assert User.objects.get(username="ada").is_site_admin


def test_the_command_works_as_the_readme_shows_it_with_no_environment(tmp_path):
    # Issue 16: with neither DEBUG=true nor a SECRET_KEY it refused to start. `make run`
    # migrates (with DEBUG on); the README's next step is this command, with nothing set.
    database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    migrated = run_manage("migrate", "--noinput", env={**database, "DEBUG": "true"})
    assert migrated.returncode == 0, migrated.stderr
    result = run_manage(
        "createinstructor",
        "irene",
        "--admin",
        "--password",
        "a-long-teaching-passphrase",
        env=database,
    )
    assert result.returncode == 0, result.stderr
    assert "irene created: an instructor and site administrator." in result.stdout
