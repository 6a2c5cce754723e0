"""Lists and the code inside them read as Obsidian shows them (CommonMark's list rules).

A list item's content starts at its content column (``1. `` is three wide, ``- `` two);
what is indented to that column belongs to the item, however wide the marker.
"""

import re

import pytest

POLICY_STEP = """1. Create the policy:
   ```json
   {
     "Effect": "Allow"
   }
   ```
2. Attach it to the role.
"""


def squeezed(html: str) -> str:
    """The HTML with the whitespace between tags gone, to compare its structure."""
    return re.sub(r">\s+<", "><", html).strip()


def test_fenced_code_in_a_numbered_step_stays_in_the_step_and_the_next_step_follows(render):
    html = squeezed(render(POLICY_STEP))
    assert "<ol><li><p>Create the policy:</p><pre" in html, html
    code = re.search(r"<code[^>]*>(.*?)</code>", html, re.DOTALL)[1]
    assert code == '{\n  "Effect": "Allow"\n}', code
    assert re.search(r"</pre></li><li><p>Attach it to the role\.</p></li></ol>", html), html


def test_fenced_code_in_a_bulleted_item_keeps_its_own_indentation(render):
    html = squeezed(render('- Trust policy:\n  ```json\n  {\n    "a": 1\n  }\n  ```\n- Done\n'))
    code = re.search(r"<code[^>]*>(.*?)</code>", html, re.DOTALL)[1]
    assert code == '{\n  "a": 1\n}', code
    assert re.search(r"</pre></li><li>(<p>)?Done", html), html


def test_a_fence_holding_list_markers_is_code_not_a_list(render):
    html = squeezed(render("1. Run:\n   ```\n   - not a list\n   1. nor this\n   ```\n"))
    assert html.count("<li>") == 1, html
    assert "- not a list\n1. nor this" in html


@pytest.mark.parametrize(
    "note",
    [
        "- one\n  - nested\n    - deeper\n- two\n",
        "* one\n  * nested\n    * deeper\n* two\n",
        "- one\n    - nested\n        - deeper\n- two\n",
    ],
)
def test_nested_lists_indented_by_two_or_four_spaces_nest(render, note):
    html = squeezed(render(note))
    nested = "<ul><li>one<ul><li>nested<ul><li>deeper</li></ul></li></ul></li><li>two"
    assert nested in html, html


def test_a_numbered_list_nests_under_its_content_column(render):
    html = squeezed(render("1. first\n   - a point\n   - another\n2. second\n"))
    nested = "<ol><li>first<ul><li>a point</li><li>another</li></ul></li><li>second</li></ol>"
    assert nested in html, html


def test_a_list_keeps_its_starting_number(render):
    html = squeezed(render("Steps so far.\n\n3. third\n4. fourth\n"))
    assert '<ol start="3">' in html, html


@pytest.mark.parametrize("note", ["1) one\n2) two\n", "1) one\n2) two\n3) three\n"])
def test_parenthesis_numbered_lists_are_lists(render, note):
    html = squeezed(render(note))
    assert html.startswith("<ol") and "<li>one</li><li>two</li>" in html and ")" not in html, html


def test_a_list_after_a_paragraph_still_starts_without_a_blank_line(render):
    html = squeezed(render("Do this:\n1. one\n2. two\n"))
    assert "<p>Do this:</p><ol><li>one</li><li>two</li></ol>" in html, html


def test_a_paragraph_continued_inside_an_item_stays_in_the_item(render):
    html = " ".join(squeezed(render("1. one\n   more of one\n2. two\n")).split())
    assert "<ol><li>one more of one</li><li>two</li></ol>" in html, html


def test_letters_and_roman_numerals_do_not_start_a_list_as_in_obsidian(render):
    html = squeezed(render("I. Introduction\n\na. first\n"))
    assert "<ol" not in html and "<p>I. Introduction</p>" in html, html


def test_a_tab_indented_nested_list_nests(render):
    html = squeezed(render("- one\n\t- nested\n- two\n"))
    assert "<ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul>" in html, html
