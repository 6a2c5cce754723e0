"""Each note is rendered once per file version, and a changed file is picked up; the rendered
vault is shared with other processes through the cache folder; one look-up per request."""

import os

import pytest

from iamlab.lessons import vault as vault_module
from iamlab.lessons.links import lesson_url
from iamlab.lessons.vault import current_vault, load_vault
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


def forget_this_process(monkeypatch):
    """What a newly started worker knows: nothing but the files and the cache folder."""
    monkeypatch.setattr(vault_module, "_vault_cache", {})
    monkeypatch.setattr(vault_module, "_parsed_cache", {})
    monkeypatch.setattr(vault_module, "_checked", {})


def test_another_process_reads_the_rendered_vault_instead_of_parsing_it(tmp_path, monkeypatch):
    write_notes(tmp_path, {"a.md": "# A\nsee [[b#Two]]", "b.md": "# B\n## Two\ntext ^x1"})
    first = load_vault(tmp_path)
    forget_this_process(monkeypatch)
    parsed = count_parses(monkeypatch)
    again = load_vault(tmp_path)
    assert parsed == [] and again is not first
    assert again.lessons["a"].steps[0].html == first.lessons["a"].steps[0].html
    assert again.resolve("b#^x1").url == "/lessons/notes/b/two/#^x1"  # links into it still work


@pytest.fixture
def cache_dir(tmp_path, settings):
    settings.IAMLAB_LESSONS_CACHE_DIR = tmp_path / "cache"
    return settings.IAMLAB_LESSONS_CACHE_DIR


def test_the_cache_on_disk_holds_sanitised_html_and_no_markdown_tree(tmp_path, cache_dir):
    write_notes(tmp_path / "v", {"a.md": "# A\n<script>alert(1)</script>\n## Two\ntext"})
    vault = load_vault(tmp_path / "v")
    assert all(parsed.md is None for parsed in vault.parsed.values())
    assert all(not step.elements for step in vault.parsed["a"].steps)
    (cached,) = cache_dir.glob("*.pickle")
    assert b"<script>" not in cached.read_bytes()


def test_a_change_to_the_renderers_code_renders_the_vault_again(tmp_path, monkeypatch):
    write_notes(tmp_path, {"a.md": "# A"})
    load_vault(tmp_path)
    forget_this_process(monkeypatch)
    monkeypatch.setattr(vault_module, "CODE_VERSION", "another version of syntax.py")
    parsed = count_parses(monkeypatch)
    load_vault(tmp_path)
    assert parsed == ["a"]


def test_the_code_version_covers_the_markdown_syntax_and_the_sanitiser():
    assert {"syntax.py", "sanitize.py", "vault.py"} <= set(vault_module.RENDERER_MODULES)


def test_a_damaged_cache_file_is_rendered_again(tmp_path, monkeypatch, cache_dir):
    write_notes(tmp_path / "v", {"a.md": "# A\ntext"})
    load_vault(tmp_path / "v")
    (cached,) = cache_dir.glob("*.pickle")
    cached.write_bytes(cached.read_bytes()[:50])
    forget_this_process(monkeypatch)
    assert "text" in load_vault(tmp_path / "v").lessons["a"].steps[0].html


def test_an_unwritable_cache_folder_still_serves_the_vault(tmp_path, settings):
    settings.IAMLAB_LESSONS_CACHE_DIR = tmp_path / "a-file"
    settings.IAMLAB_LESSONS_CACHE_DIR.write_text("not a folder")
    write_notes(tmp_path / "v", {"a.md": "# A\ntext"})
    assert "text" in load_vault(tmp_path / "v").lessons["a"].steps[0].html


@pytest.mark.django_db
def test_within_one_request_the_live_vault_is_looked_up_once(vault_dir, django_assert_num_queries):
    write_notes(vault_dir, {"a.md": "# A\n## Two\ntext"})
    vault_module.begin_request()
    try:
        with django_assert_num_queries(1):
            urls = {lesson_url("a#Two") for _ in range(65)}  # an exam's results page
    finally:
        vault_module.end_request()
    assert urls == {"/lessons/notes/a/two/#two"}


@pytest.mark.django_db
def test_an_edited_note_shows_once_the_recheck_interval_has_passed(
    vault_dir, monkeypatch, settings
):
    settings.IAMLAB_VAULT_RECHECK_SECONDS = 2
    clock = [1000.0]
    monkeypatch.setattr(vault_module.time, "monotonic", lambda: clock[0])
    write_notes(vault_dir, {"a.md": "# A\nold"})
    assert "old" in current_vault().lessons["a"].steps[0].html
    write_notes(vault_dir, {"a.md": "# A\nnew and longer"})
    clock[0] += 1.5
    assert "old" in current_vault().lessons["a"].steps[0].html  # the files were not looked at
    clock[0] += 1
    assert "new and longer" in current_vault().lessons["a"].steps[0].html
