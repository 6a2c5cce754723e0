"""Settings refuse unsafe production configurations and pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "a-production-secret-key-that-is-long-enough-and-random-7f3kq9z2m1x8v",
    "ALLOWED_HOSTS": "iamlab.example.edu",
    "CSRF_TRUSTED_ORIGINS": "https://iamlab.example.edu",
}


def production_free_environment() -> dict[str, str]:
    """This process's environment without what the test settings added to it."""
    test_only = {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {k: v for k, v in os.environ.items() if k not in test_only}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={**production_free_environment(), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_it_refuses_to_start_without_a_secret_key_in_production():
    result = run_manage("check", env={"DEBUG": "false"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_it_starts_without_a_secret_key_in_debug_mode():
    result = run_manage("check", env={"DEBUG": "true"})
    assert result.returncode == 0, result.stderr


def test_it_rejects_a_boolean_it_cannot_read():
    result = run_manage("check", env={**PRODUCTION_ENV, "SECURE_COOKIES": "maybe"})
    assert result.returncode != 0
    assert "SECURE_COOKIES='maybe' is not a boolean" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "DEBUG", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    "env, setting, expected",
    [
        ({}, "SESSION_COOKIE_SECURE", True),
        ({"SECURE_COOKIES": "false"}, "SESSION_COOKIE_SECURE", False),
        ({}, "SECURE_HSTS_SECONDS", 31536000),
        ({"DATABASE_URL": "postgres://u:p@db.example:5432/iamlab"}, "DATABASES", "postgresql"),
    ],
)
def test_production_settings_come_from_the_environment(env, setting, expected):
    code = (
        "import django; from django.conf import settings; django.setup(); "
        f"value = settings.{setting}; "
        "print(value['default']['ENGINE'].rsplit('.', 1)[-1] if isinstance(value, dict) else value)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={
            **production_free_environment(),
            **PRODUCTION_ENV,
            "DJANGO_SETTINGS_MODULE": "iamlab.settings",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(expected)


def test_the_engines_batch_command_needs_no_environment():
    cases = REPO / "tests" / "policy" / "data" / "eval-cases-examples.jsonl"
    result = run_manage("simulate", "--cases", str(cases), env={})
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == len(cases.read_text().splitlines())


def test_static_root_can_be_moved_out_of_the_checkout(tmp_path):
    # Issue 16: collectstatic wrote inside the checkout whatever the environment said.
    env = {**os.environ, "STATIC_ROOT": str(tmp_path / "static"), "DEBUG": "true"}
    code = "from django.conf import settings; print(settings.STATIC_ROOT)"
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={**env, "DJANGO_SETTINGS_MODULE": "iamlab.settings"},
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout
    assert out.strip() == str(tmp_path / "static")
