"""A note that cannot be rendered is reported and shown as a notice; every other page is served."""

import logging

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from iamlab.lessons import vault as vault_module
from iamlab.lessons.uploads import is_publishable
from iamlab.lessons.vault import load_vault
from tests.lessons.conftest import write_notes

TRIGGER = "this line trips a bug"
NOTES = {
    "good.md": "# Good\nsee [[bad|the broken one]]\n## One\ntext",
    "bad.md": f"# Bad\n{TRIGGER}\n## Part\nmore",
}
NOTICE = "This note could not be shown"


@pytest.fixture(params=["parse", "serialize"])
def broken(request, monkeypatch):
    """A bug that only one note meets: while parsing it, or while turning it into pages."""
    if request.param == "parse":
        real_parse = vault_module.parse_note

        def parse_note(name, text):
            if TRIGGER in text:
                raise ValueError("a bug in a Markdown extension")
            return real_parse(name, text)

        monkeypatch.setattr(vault_module, "parse_note", parse_note)
    else:
        _break_sanitizing(monkeypatch)
    return request.param


def _break_sanitizing(monkeypatch):
    """Sanitizing raises for the note that holds TRIGGER, after it was parsed."""
    real_sanitize = vault_module.sanitize

    def sanitize(html):
        if TRIGGER in html:
            raise ValueError("a bug in a Markdown extension")
        return real_sanitize(html)

    monkeypatch.setattr(vault_module, "sanitize", sanitize)


def test_a_note_that_fails_to_render_is_a_blocking_problem_not_a_crash(tmp_path, broken, caplog):
    with caplog.at_level(logging.ERROR, logger="iamlab.lessons.vault"):
        vault = load_vault(write_notes(tmp_path, NOTES))
    assert [str(p) for p in vault.problems if p.blocking] == [
        "bad: could not be rendered (ValueError: a bug in a Markdown extension); "
        "learners see a notice in its place"
    ]
    [record] = caplog.records
    assert "bad" in record.getMessage() and record.exc_info is not None
    assert not is_publishable(vault)


def test_the_other_notes_are_served_and_the_broken_one_shows_a_notice(tmp_path, broken):
    vault = load_vault(write_notes(tmp_path, NOTES))
    good = vault.lessons["good"]
    assert "text" in good.steps[1].html and 'href="/lessons/notes/bad/"' in good.steps[0].html
    bad = vault.lessons["bad"]
    assert bad.error and [s.slug for s in bad.steps] == [""]
    assert NOTICE in bad.steps[0].html and TRIGGER not in bad.steps[0].html


def test_a_broken_note_links_nowhere(tmp_path, monkeypatch):
    """What it linked to before failing is forgotten: no backlink, no 'not written yet'."""
    _break_sanitizing(monkeypatch)
    notes = {**NOTES, "bad.md": f"# Bad\n{TRIGGER} [[good]] [[unwritten]]"}
    vault = load_vault(write_notes(tmp_path, notes))
    assert "good" not in vault.backlinks and "unwritten" not in vault.missing
    assert [p.note for p in vault.problems] == ["bad"]


def test_a_note_that_failed_is_reported_again_without_parsing_it_again(tmp_path, monkeypatch):
    real_parse, parsed = vault_module.parse_note, []

    def parse_note(name, text):
        if TRIGGER in text:
            parsed.append(name)
            raise ValueError("a bug")
        return real_parse(name, text)

    monkeypatch.setattr(vault_module, "parse_note", parse_note)
    load_vault(write_notes(tmp_path, NOTES))
    vault = load_vault(write_notes(tmp_path, {"new.md": "# New"}))
    assert [p.note for p in vault.problems if p.blocking] == ["bad"]
    assert parsed == ["bad"]  # its notice is kept like any parsed note


@pytest.mark.django_db
def test_every_page_is_served_beside_a_broken_note(client, vault_dir, broken):
    write_notes(vault_dir, NOTES)
    index = client.get(reverse("lessons:index"))
    assert index.status_code == 200 and "Good" in index.content.decode()
    assert client.get(reverse("lessons:step", args=["good", "one"])).status_code == 200
    response = client.get(reverse("lessons:lesson", args=["bad"]))
    assert response.status_code == 200 and NOTICE in response.content.decode()
    # a link to one of its steps, written before it broke, lands on the notice
    response = client.get(reverse("lessons:step", args=["bad", "part"]))
    assert response.status_code == 302 and response["Location"] == "/lessons/notes/bad/"


def test_check_vault_names_the_broken_note_and_fails(tmp_path, broken, capsys):
    write_notes(tmp_path, NOTES)
    with pytest.raises(CommandError, match="1 problem"):
        call_command("check_vault", path=tmp_path)
    out = capsys.readouterr().out
    assert "must fix: bad: could not be rendered (ValueError: a bug in a Markdown extension)" in out
