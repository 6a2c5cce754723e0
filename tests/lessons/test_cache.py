"""Each note is rendered once per file version, and a changed file is picked up."""

import os

from iamlab.lessons import vault as vault_module
from iamlab.lessons.vault import load_vault
from tests.lessons.conftest import write_notes


def count_parses(monkeypatch) -> list[str]:
    parsed = []
    real = vault_module.parse_note

    def counting(name, text):
        parsed.append(name)
        return real(name, text)

    monkeypatch.setattr(vault_module, "parse_note", counting)
    return parsed


def test_an_unchanged_vault_is_served_from_the_cache(tmp_path, monkeypatch):
    parsed = count_parses(monkeypatch)
    write_notes(tmp_path, {"a.md": "# A", "b.md": "# B"})
    first = load_vault(tmp_path)
    assert load_vault(tmp_path) is first
    assert sorted(parsed) == ["a", "b"]


def test_a_changed_note_is_rendered_again_without_a_restart(tmp_path, monkeypatch):
    parsed = count_parses(monkeypatch)
    write_notes(tmp_path, {"a.md": "# A\nold text", "b.md": "# B"})
    load_vault(tmp_path)
    write_notes(tmp_path, {"a.md": "# A\nnew text, longer"})
    lesson = load_vault(tmp_path).lessons["a"]
    assert "new text" in lesson.steps[0].html
    assert parsed == ["a", "b", "a"]  # b was not parsed again


def test_a_rewrite_with_the_same_size_is_noticed_by_its_time(tmp_path):
    write_notes(tmp_path, {"a.md": "one"})
    load_vault(tmp_path)
    path = tmp_path / "a.md"
    stat = path.stat()
    path.write_text("two")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert "two" in load_vault(tmp_path).lessons["a"].steps[0].html


def test_a_new_note_turns_a_not_written_yet_link_into_a_real_one(tmp_path):
    write_notes(tmp_path, {"a.md": "see [[b]]"})
    assert "wikilink missing" in load_vault(tmp_path).lessons["a"].steps[0].html
    write_notes(tmp_path, {"b.md": "# B"})
    html = load_vault(tmp_path).lessons["a"].steps[0].html
    assert "missing" not in html and 'href="/lessons/notes/b/"' in html
