"""The lesson pages around the notes: index, steps, search, tags, backlinks, gaps."""

import pytest
from django.urls import reverse

from tests.factories import LearnerFactory
from tests.lessons.conftest import write_notes
from tests.lessons.html import page_parts

pytestmark = pytest.mark.django_db

NOTES = {
    "iam.md": "---\nsticker: emoji//1f510\n---\n# IAM basics\nintro\n## Roles\nRoles are "
    "temporary.\n### Trust\nWho may assume.\n## Keys\nRotate access keys.\n#security/iam",
    "s3.md": "# S3\nBuckets use [[iam#Roles|roles]] and [[kms]].\n#security",
}


@pytest.fixture
def vault(vault_dir):
    return write_notes(vault_dir, NOTES)


def test_the_index_lists_each_lesson_with_icon_title_and_reading_time(client, vault):
    html = client.get(reverse("lessons:index")).content.decode()
    assert "🔐" in html and "IAM basics" in html and "S3" in html
    assert "1 min read" in html and "not started" in html


def test_a_step_has_a_table_of_contents_and_previous_and_next(client, vault):
    html = client.get(reverse("lessons:step", args=["iam", "roles"])).content.decode()
    hrefs = page_parts(html).hrefs
    assert reverse("lessons:lesson", args=["iam"]) in hrefs  # previous, and the sidebar
    assert reverse("lessons:step", args=["iam", "keys"]) in hrefs
    assert 'aria-current="step"' in html and "Next: Keys" in html


def test_an_unknown_step_is_a_404(client, vault):
    assert client.get(reverse("lessons:step", args=["iam", "nope"])).status_code == 404


def test_a_lesson_name_in_another_case_redirects_to_its_page(client, vault):
    response = client.get(reverse("lessons:lesson", args=["IAM"]))
    assert response.status_code == 302 and response["Location"] == "/lessons/notes/iam/"


def test_the_last_step_lists_the_lessons_linking_here(client, vault):
    html = client.get(reverse("lessons:step", args=["iam", "keys"])).content.decode()
    assert "Linked from" in html and reverse("lessons:lesson", args=["s3"]) in html


def test_a_lesson_nobody_links_to_says_so(client, vault):
    assert "No other lesson links here yet" in client.get("/lessons/notes/s3/").content.decode()


def test_a_linked_missing_note_has_a_not_written_yet_page(client, vault):
    response = client.get(reverse("lessons:missing", args=["kms"]))
    assert response.status_code == 200 and "“kms” is not written yet" in response.content.decode()
    assert "/lessons/notes/s3/" in page_parts(response.content.decode()).hrefs


def test_reading_a_linked_missing_note_by_its_lesson_url_redirects_there(client, vault):
    response = client.get(reverse("lessons:lesson", args=["kms"]))
    assert response["Location"] == reverse("lessons:missing", args=["kms"])


def test_a_name_nobody_links_to_is_a_404(client, vault):
    assert client.get(reverse("lessons:missing", args=["ghost"])).status_code == 404
    assert client.get(reverse("lessons:lesson", args=["ghost"])).status_code == 404


def test_a_missing_note_that_gets_written_is_served_as_a_lesson(client, vault):
    write_notes(vault, {"kms.md": "# KMS\nkeys"})
    response = client.get(reverse("lessons:missing", args=["kms"]))
    assert response["Location"] == "/lessons/notes/kms/"


def test_tag_pages_list_the_lessons_with_the_tag_or_a_nested_one(client, vault):
    html = client.get(reverse("lessons:tag", args=["security"])).content.decode()
    assert "IAM basics" in html and "S3" in html
    nested = client.get(reverse("lessons:tag", args=["security/iam"])).content.decode()
    assert "IAM basics" in nested and ">S3<" not in nested


def test_an_unused_tag_is_a_404(client, vault):
    assert client.get(reverse("lessons:tag", args=["nothing"])).status_code == 404


def test_search_finds_text_and_highlights_matches(client, vault):
    html = client.get(reverse("lessons:search"), {"q": "access keys"}).content.decode()
    assert "1 result" in html and "Rotate <mark>access keys</mark>" in html
    assert 'href="/lessons/notes/iam/keys/#keys"' in html


def test_search_finds_headings_and_links_to_them(client, vault):
    html = client.get(reverse("lessons:search"), {"q": "trust"}).content.decode()
    assert 'href="/lessons/notes/iam/roles/#trust"' in html


def test_search_finds_a_lesson_by_its_title(client, vault):
    html = client.get(reverse("lessons:search"), {"q": "iam basics"}).content.decode()
    assert 'href="/lessons/notes/iam/#iam-basics"' in html


def test_search_escapes_what_it_shows(client, vault):
    write_notes(vault, {"x.md": "a &lt;b&gt; tag `<script>` here"})
    html = client.get(reverse("lessons:search"), {"q": "script"}).content.decode()
    assert "<mark><script>" not in html and "&lt;<mark>script</mark>&gt;" in html


def test_search_with_htmx_returns_only_the_results(client, vault):
    response = client.get(reverse("lessons:search"), {"q": "roles"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.strip().startswith('<div id="search-results"') and "<html" not in html


def test_an_embedded_image_is_served_and_other_files_are_not(client, vault):
    (vault / "pics").mkdir()
    (vault / "pics" / "diagram.png").write_bytes(b"\x89PNG\r\n")
    (vault / "secret.txt").write_text("no")
    response = client.get(reverse("lessons:file", args=["diagram.png"]))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert client.get(reverse("lessons:file", args=["secret.txt"])).status_code == 404
    assert client.get("/lessons/files/../secret.txt").status_code == 404


def test_an_svg_downloads_instead_of_running_its_script_on_our_origin(client, vault):
    # Issue 16, item 7: an uploaded SVG was served inline, scripts and all.
    (vault / "evil.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script>')
    (vault / "diagram.png").write_bytes(b"\x89PNG\r\n")
    svg = client.get(reverse("lessons:file", args=["evil.svg"]))
    assert svg["Content-Type"] == "image/svg+xml"
    assert svg["Content-Disposition"] == 'attachment; filename="evil.svg"'
    assert svg["X-Content-Type-Options"] == "nosniff"
    png = client.get(reverse("lessons:file", args=["diagram.png"]))
    assert png["Content-Disposition"].startswith("inline")  # a photo still opens in a tab
    assert png["X-Content-Type-Options"] == "nosniff"


def test_a_step_whose_heading_ends_with_a_block_id_is_served(client, vault_dir):
    write_notes(vault_dir, {"n.md": "# Title ^t\nintro\n## One\na\n## Two ^b1\nb\n"})
    first = client.get(reverse("lessons:lesson", args=["n"]))
    response = client.get(reverse("lessons:step", args=["n", "two"]))
    assert first.status_code == 200 and response.status_code == 200
    assert {"title", "^t"} <= page_parts(first.content.decode()).ids
    parts = page_parts(response.content.decode())
    assert parts.headings["two"] == "Two" and "^b1" in parts.ids


def test_a_title_heading_below_some_text_keeps_one_element_per_id(client, vault_dir):
    write_notes(vault_dir, {"late.md": "Some words first.\n# Late title ^lt\nbody\n## Part\nmore"})
    html = client.get(reverse("lessons:lesson", args=["late"])).content.decode()
    assert html.count('id="late-title"') == 1
    assert html.count('id="^lt"') == 1


@pytest.mark.parametrize("notes", [1, 40])
def test_lesson_pages_make_the_same_queries_however_large_the_vault(
    client, vault_dir, django_assert_max_num_queries, notes
):
    write_notes(vault_dir, {f"n{i}.md": f"# Note {i}\nroles\n## Two\n[[n0]]" for i in range(notes)})
    learner = LearnerFactory()
    client.force_login(learner.user)
    client.post(reverse("lessons:mark_done", args=["n0"]), {"step": ""})
    pages = [
        reverse("lessons:index"),
        reverse("lessons:step", args=["n0", "two"]),
        reverse("lessons:search") + "?q=roles",
    ]
    for url in pages:
        with django_assert_max_num_queries(5):  # session, user, learner, live vault, progress
            assert client.get(url).status_code == 200
    client.logout()
    for url in pages:
        with django_assert_max_num_queries(1):  # the live vault
            assert client.get(url).status_code == 200
