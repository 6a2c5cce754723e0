"""Every piece of Obsidian syntax the notes use, on small notes written here."""

import pytest

from iamlab.lessons.vault import load_vault
from tests.lessons.conftest import write_notes
from tests.lessons.html import Permalink, page_parts


def test_front_matter_is_metadata_and_never_printed(render, tmp_path):
    html = render("---\nsecurity: IAM - x\nsticker: emoji//1f92c\n---\n# Title\nbody")
    assert "security" not in html and "sticker" not in html and "---" not in html
    lesson = load_vault(
        write_notes(tmp_path / "fm", {"n.md": "---\nsticker: emoji//1f92c\n---\nx"})
    )
    assert lesson.lessons["n"].icon == "🤬"


def test_a_note_without_a_sticker_gets_the_default_icon(tmp_path):
    vault = load_vault(write_notes(tmp_path, {"n.md": "just text"}))
    assert vault.lessons["n"].icon == "📘"


@pytest.mark.parametrize(
    ("front_matter", "tags"),
    [
        ("tags: [aws, '#iam']", ["aws", "iam"]),
        ("tags: aws, iam", ["aws", "iam"]),
        ("tags: 2024", ["2024"]),
        ("tags: [null, '#', aws]", ["aws"]),
        ("tags: {aws: 1}", ["aws"]),
    ],
)
def test_front_matter_tags_of_any_shape_are_read(tmp_path, front_matter, tags):
    vault = load_vault(write_notes(tmp_path, {"n.md": f"---\n{front_matter}\n---\ntext"}))
    assert vault.lessons["n"].tags == tags and vault.problems == []


def test_the_first_heading_is_the_title_unless_front_matter_names_one(tmp_path):
    vault = load_vault(
        write_notes(tmp_path, {"a.md": "# Alpha\ntext", "b.md": "---\ntitle: Beta\n---\n# B"})
    )
    assert vault.lessons["a"].title == "Alpha"
    assert vault.lessons["b"].title == "Beta"


@pytest.mark.parametrize(
    "source",
    [
        "before %% a comment %% after",
        "before %%\na block\ncomment\n%% after",
        "## heading %% fold %%\nbefore after",
        "[[#heading|link %% fold %%]] before after",
    ],
)
def test_comments_are_removed_everywhere(render, source):
    html = render(source + "\n## heading\n")
    assert "%%" not in html and "comment" not in html and "fold" not in html


def test_comments_inside_fenced_code_are_kept_as_written(render):
    html = render("```\nx %% not a comment %%\n```")
    assert "%% not a comment %%" in html


def test_a_link_to_another_note_goes_to_its_page(render):
    html = render("see [[other]]", {"other.md": "# Other\ntext"})
    assert 'href="/lessons/notes/other/"' in html and ">other</a>" in html


def test_an_alias_is_the_link_text(render):
    html = render("see [[other|the other one]]", {"other.md": "text"})
    assert ">the other one</a>" in html


def test_a_heading_link_goes_to_the_heading_on_its_step(render):
    html = render("see [[other#Deep Part]]", {"other.md": "## Part one\n### Deep part\ntext"})
    assert 'href="/lessons/notes/other/part-one/#deep-part"' in html


def test_a_block_link_goes_to_the_block_anchor(render):
    html = render("see [[other#^abc123|it]]", {"other.md": "## Step\n- the block ^abc123\n"})
    assert 'href="/lessons/notes/other/step/#^abc123"' in html


def test_a_heading_path_follows_the_nesting(render):
    note = "[[#b#same|to b]] [[#a#same|to a]]\n\n## a\n### same\nfirst\n## b\n### same\nsecond\n"
    html = render(note)
    assert (
        '<a class="wikilink" href="/lessons/notes/note/b/#same-2" rel="noopener noreferrer">to b'
        in html
    )
    assert (
        '<a class="wikilink" href="/lessons/notes/note/a/#same" rel="noopener noreferrer">to a'
        in html
    )


def test_a_link_within_the_same_step_is_just_the_anchor(render):
    html = render("## Step\n[[#Sub|down]]\n### Sub\ntext")
    assert 'href="#sub"' in html


def test_heading_matching_ignores_comments_and_case(render):
    html = render(
        "[[#features#Granular Permissions %% fold %%|g]]\n"
        "## features\n### granular permissions %% fold %%\n"
    )
    assert 'href="/lessons/notes/note/features/#granular-permissions"' in html


def test_a_block_id_is_hidden_and_becomes_an_anchor(render):
    html = render("- **key insights:**  ^ab9f15\n\t- nested\n")
    assert "^ab9f15<" not in html and "ab9f15</" not in html
    assert 'id="^ab9f15"' in html


def test_a_block_id_on_a_paragraph_anchors_the_paragraph(render):
    html = render("A paragraph that matters. ^para-1\n")
    assert '<p class="block" id="^para-1">A paragraph that matters.</p>' in html


def test_a_step_heading_with_a_block_id_hides_it_and_anchors_it(tmp_path):
    notes = {"n.md": "## One\na\n## Two ^b1\nb\n", "o.md": "[[n#^b1|block]] [[n#Two|text]]"}
    vault = load_vault(write_notes(tmp_path, notes))
    steps = vault.lessons["n"].steps
    assert [(s.slug, s.title) for s in steps] == [("one", "One"), ("two", "Two")]
    parts = page_parts(steps[1].html)
    assert parts.headings == {"two": "Two"} and "^b1" in parts.ids
    links = page_parts(vault.lessons["o"].steps[0].html).hrefs
    assert links == ["/lessons/notes/n/two/#^b1", "/lessons/notes/n/two/#two"]
    assert vault.problems == []


def test_any_heading_with_a_block_id_takes_its_id_from_its_text(render):
    html = render("## Step\n### Deeper part ^deep\ntext\n[[#Deeper part|by text]] [[#^deep|by id]]")
    parts = page_parts(html)
    assert parts.headings == {"step": "Step", "deeper-part": "Deeper part"}
    assert "^deep" in parts.ids and "^deep<" not in html
    assert 'href="#deeper-part"' in html and 'href="#^deep"' in html


def test_a_title_with_a_block_id_keeps_both_anchors(tmp_path):
    notes = {"n.md": "# Title ^t\nintro\n## One\ntext", "o.md": "[[n#^t]] [[n#Title]]"}
    vault = load_vault(write_notes(tmp_path, notes))
    lesson = vault.lessons["n"]
    assert (lesson.title, lesson.title_anchor, lesson.title_block) == ("Title", "title", "t")
    links = page_parts(vault.lessons["o"].steps[0].html).hrefs
    assert links == ["/lessons/notes/n/#^t", "/lessons/notes/n/#title"]


def test_a_link_to_a_missing_note_has_its_own_style_and_page(render):
    html = render("[[monitoring-CloudTrail#^718023|CloudTrail]]")
    assert 'class="wikilink missing"' in html
    assert 'href="/lessons/missing/monitoring-CloudTrail/"' in html


def test_tags_link_to_their_tag_page_nested_ones_included(render):
    html = render("- #aws-ccp-exam-notes/services/security\n\ntext #simple here")
    assert 'href="/lessons/tags/aws-ccp-exam-notes/services/security/"' in html
    assert 'href="/lessons/tags/simple/"' in html


def test_a_heading_still_needs_a_space_after_its_hashes(render):
    html = render("#notaheading\n\n# A heading")
    assert "<h1" not in html.split("notaheading")[0]
    assert 'href="/lessons/tags/notaheading/"' in html


def test_numbers_and_anchors_are_not_tags(render):
    html = render("issue #123 and [link](https://example.com/#frag)")
    assert "/lessons/tags/" not in html


def test_callouts_become_titled_boxes(render):
    html = render("> [!warning] Careful\n> Root is powerful.\n")
    assert 'class="callout callout-warning"' in html
    assert '<p class="callout-title">Careful</p>' in html
    assert "[!warning]" not in html


def test_a_callout_without_a_title_is_titled_by_its_kind(render):
    assert '<p class="callout-title">Note</p>' in render("> [!note]\n> body\n")


def test_a_folded_callout_opens_on_demand(render):
    closed = render("> [!faq]- Why?\n> Because.\n")
    assert '<details class="callout callout-faq">' in closed
    assert '<summary class="callout-title">Why?</summary><p>Because.</p>' in closed
    assert '<details class="callout callout-tip" open="open">' in render(
        "> [!tip]+ Open\n> shown\n"
    )


def test_tables_render_as_tables(render):
    html = render("| a | b |\n| --- | :-: |\n| 1 | 2 |\n")
    assert "<table>" in html and "<td>2</td>" in html and "style" not in html


def test_task_lists_become_checkboxes(render):
    html = render("- [ ] to do\n- [x] done\n")
    assert '<input disabled="disabled" type="checkbox"> to do' in html
    assert '<input checked="checked" disabled="disabled" type="checkbox"> done' in html


def test_highlights_and_strikethrough(render):
    html = render("a ==bright== and ~~gone~~ word")
    assert "<mark>bright</mark>" in html and "<del>gone</del>" in html


def test_tab_indented_lists_nest_even_right_under_a_paragraph(render):
    html = render("**contents:**\n- top\n\t- middle\n\t\t- bottom\n")
    assert html.count("<ul>") == 3 and "- top" not in html


def test_a_rule_under_a_list_is_a_rule_not_a_heading(render):
    html = render("- item\n---\nafter")
    assert "<h2" not in html and "<hr>" in html


def test_external_links_are_safe(render):
    html = render("[docs](https://docs.aws.amazon.com/)")
    assert 'rel="noopener noreferrer"' in html


def test_an_embedded_image_is_served_from_the_vault(tmp_path):
    root = write_notes(tmp_path, {"n.md": "![[diagram.png]]"})
    (root / "img").mkdir()
    (root / "img" / "diagram.png").write_bytes(b"\x89PNG")
    html = load_vault(root).lessons["n"].steps[0].html
    assert '<img alt="diagram.png" src="/lessons/files/diagram.png">' in html


def test_an_embedded_image_with_a_number_gets_that_width(render):
    assert 'width="300"' in render("![[diagram.png|300]]")


def test_a_note_is_split_into_steps_at_its_second_level_headings(tmp_path):
    root = write_notes(tmp_path, {"n.md": "# T\nintro\n## One\na\n### deeper\nb\n## Two\nc"})
    steps = load_vault(root).lessons["n"].steps
    assert [(s.slug, s.title) for s in steps] == [
        ("", "Introduction"),
        ("one", "One"),
        ("two", "Two"),
    ]
    assert "deeper" in steps[1].html and "deeper" not in steps[2].html


def test_a_note_that_opens_with_a_section_has_no_empty_introduction(tmp_path):
    steps = load_vault(write_notes(tmp_path, {"n.md": "## One\na\n## Two\nb"})).lessons["n"].steps
    assert [s.slug for s in steps] == ["one", "two"]


def test_a_heading_never_takes_an_id_the_page_itself_uses(render):
    html = render("## main\ntext\n[[#main|to it]]")
    assert '<h2 id="main-2">main</h2>' in html and 'href="#main-2"' in html


def test_every_heading_gets_a_permalink_to_its_own_page_and_anchor(render):
    html = render("intro\n### Early\n## One\ntext\n### Deeper & more\n## Two\n### Block ^b1\n")
    assert page_parts(html).permalinks == [
        Permalink("/lessons/notes/note/#early", "Link to this section: Early"),
        Permalink("/lessons/notes/note/one/#one", "Link to this section: One"),
        Permalink("/lessons/notes/note/one/#deeper-more", "Link to this section: Deeper & more"),
        Permalink("/lessons/notes/note/two/#two", "Link to this section: Two"),
        Permalink("/lessons/notes/note/two/#block", "Link to this section: Block"),
    ]


def test_a_permalink_sits_beside_its_heading_whose_text_stays_its_own(render):
    html = render("## One <b>bold</b> &amp; \\*starred\\*\ntext")
    assert '">One <b>bold</b> &amp; *starred*</h2><a ' in html
    [permalink] = page_parts(html).permalinks
    assert permalink.label == "Link to this section: One bold & *starred*"


def test_heading_ids_come_from_the_text_a_reader_sees(render):
    html = render("## One <b>bold</b> &amp; more\n### A &lt;tag&gt; \\*starred\\* `code & <b>`\n")
    assert page_parts(html).headings == {
        "one-bold-more": "One bold & more",
        "a-tag-starred-code-b": "A <tag> *starred* code & <b>",
    }
    assert "wzxhzdk" not in html


def test_step_titles_and_heading_texts_are_what_a_reader_sees(tmp_path):
    note = "## One <b>bold</b> &amp; more\n### Deep &amp; <i>deeper</i>\n"
    lesson = load_vault(write_notes(tmp_path, {"n.md": note})).lessons["n"]
    assert [step.title for step in lesson.steps] == ["One bold & more"]
    assert [h.text for h in lesson.headings] == ["One bold & more", "Deep & deeper"]


def test_a_link_may_name_a_heading_as_written_or_as_read(tmp_path):
    notes = {
        "n.md": "## Intro\n### Heading with &amp; and <b>html</b>\ntext\n",
        "o.md": "[[n#Heading with &amp; and <b>html</b>|as written]] "
        "[[n#Intro#Heading with & and html|as read]]",
    }
    vault = load_vault(write_notes(tmp_path, notes))
    hrefs = page_parts(vault.lessons["o"].steps[0].html).hrefs
    assert hrefs == ["/lessons/notes/n/intro/#heading-with-and-html"] * 2
    assert vault.problems == []
