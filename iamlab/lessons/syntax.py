"""Obsidian's Markdown, taught to Python-Markdown through its own extension API.

Parsing a note gives a tree, not HTML: links to other notes cannot be resolved
until every note in the vault is known, so wikilinks and embeds are left as
elements carrying their raw target (``data-target``) for the vault to resolve.
Everything else Obsidian adds is handled here, with no regex over HTML.
"""

import copy
import html as html_entities
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

import markdown
import yaml
from django.urls import reverse
from django.utils.text import slugify
from markdown.blockprocessors import HashHeaderProcessor
from markdown.extensions import Extension
from markdown.extensions.toc import strip_tags, unescape
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
COMMENT = re.compile(r"%%.*?%%", re.DOTALL)
FENCE = re.compile(r"^[ \t]*(```|~~~)")
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+")
LIST_MARKER = re.compile(r"^ *(?P<marker>[-*+]|\d{1,9}[.)])(?P<space> +|$)")
FENCE_OPEN = re.compile(r"^ *(?P<fence>`{3,}|~{3,})")
RULE = re.compile(r"^ {0,3}(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*$")
WIKILINK = r"(?P<embed>!?)\[\[(?P<inner>[^\[\]\n]+?)\]\]"
BLOCK_ID = r"(?<=\s)\^(?P<id>[A-Za-z0-9-]+)(?=[ \t]*(?:\n|$))"
TAG = r"(?<![^\s(])#(?P<tag>[\w/-]*[^\W\d][\w/-]*)"
HIGHLIGHT = r"==(?=\S)(?P<text>.+?)(?<=\S)=="
STRIKE = r"~~(?=\S)(?P<text>.+?)(?<=\S)~~"
CALLOUT = re.compile(r"^\[!(?P<kind>[\w-]+)\](?P<fold>[+-]?)[ \t]*(?P<title>[^\n]*)\n?")
TASK = re.compile(r"^\[(?P<mark>[ xX])\][ \t]+")

# Priorities: wikilinks before Python-Markdown's own links (160) so a
# `[[…]]` is never read as a reference link; the rest after the emphasis ones.
WIKILINK_PRIORITY = 175
TAG_PRIORITY = 45
BLOCK_ID_PRIORITY = 44
STEP_HEADING = "h2"
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Every heading sits in a HEADING_BLOCK beside its PERMALINK, the "#" link to it.
HEADING_BLOCK = "heading-with-anchor"
PERMALINK = "heading-anchor"
PERMALINK_LABEL = "Link to this section: {}"
# Ids the page around a lesson uses: a heading never takes one (it gets "main-2").
PAGE_IDS = frozenset({"main", "step-progress", "backlinks-title", "search-results"})
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp")


def split_front_matter(text: str) -> tuple[dict, str]:
    """The YAML metadata at the top of a note, and the rest of it.

    Broken YAML is not the learner's problem: the block is still hidden, the
    metadata is simply empty (the vault check reports it).
    """
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match["yaml"] or "") or {}
    except yaml.YAMLError:
        meta = {}
    return (meta if isinstance(meta, dict) else {}), text[match.end() :]


def clean_text(text: str) -> str:
    """Text as Obsidian compares it: comments out, whitespace collapsed."""
    return " ".join(COMMENT.sub("", text).split())


def heading_key(text: str) -> str:
    return clean_text(text).casefold()


def text_as_read(html: str) -> str:
    """What a reader sees of some HTML: tags out, entities (``&amp;``) as characters.

    A link may name a heading as its Markdown is written
    (``[[note#Q&amp;A <b>here</b>]]``) or as it reads (``[[note#Q&A here]]``).
    """
    return clean_text(html_entities.unescape(strip_tags(html)))


def visible_text(md: markdown.Markdown, element: etree.Element) -> str:
    """The text a reader sees of an element while Python-Markdown still works on it.

    Raw HTML and entities wait in ``md.htmlStash`` behind placeholders until the
    postprocessors, and backslash escapes are character codes until the last tree
    processor: like the toc extension, serialize the element, restore the stash,
    strip the tags, then undo the entities and the escapes.
    """
    alone = copy.copy(element)  # shallow, without the text that follows the element
    alone.tail = None
    html = md.serializer(alone)
    for postprocessor in md.postprocessors:
        html = postprocessor.run(html)
    return unescape(text_as_read(html))


@dataclass(frozen=True)
class WikiTarget:
    """``note#heading#subheading|alias`` or ``note#^blockid``, taken apart."""

    note: str
    headings: tuple[str, ...] = ()
    block: str = ""
    alias: str = ""

    @classmethod
    def parse(cls, raw: str) -> "WikiTarget":
        target, _, alias = raw.replace("\\|", "|").partition("|")
        note, _, fragment = target.partition("#")
        note = note.strip()
        if note.lower().endswith(".md"):
            note = note[:-3]
        if fragment.startswith("^"):
            return cls(note=note, block=fragment[1:].strip(), alias=alias.strip())
        headings = tuple(text_as_read(part) for part in fragment.split("#") if text_as_read(part))
        return cls(note=note, headings=headings, alias=alias.strip())

    @property
    def label(self) -> str:
        if self.alias:
            return self.alias
        if self.block:
            return f"{self.note} > ^{self.block}" if self.note else f"^{self.block}"
        return " > ".join(part for part in (self.note, *self.headings) if part)


@dataclass
class Heading:
    level: int
    text: str
    anchor: str
    step: str  # slug of the step the heading is on ("" for the introduction)
    ancestors: tuple[str, ...]  # keys of the enclosing headings, outermost first
    block: str = ""  # its block id (``## Two ^b1``), anchored as "^b1" beside it


@dataclass
class Step:
    slug: str
    title: str
    elements: list  # top-level elements of the parsed note on this step


@dataclass
class ParsedNote:
    """One note after Markdown, before its links to other notes are resolved."""

    meta: dict
    title: str
    title_anchor: str
    title_block: str  # the title heading's block id, if it has one
    steps: list[Step]
    headings: list[Heading]
    blocks: dict[str, str]  # block id -> step slug
    tags: list[str]
    md: markdown.Markdown = field(repr=False)
    error: str = ""  # why the note could not be rendered: it is then only a notice saying so

    def find_heading(self, path: tuple[str, ...]) -> Heading | None:
        """The heading a path like ("features", "granular permissions") names.

        Obsidian matches by text; each earlier part must enclose the later
        ones. If no heading has the full path, the last part alone decides.
        """
        wanted = [heading_key(part) for part in path]
        candidates = [h for h in self.headings if heading_key(h.text) == wanted[-1]]
        for heading in candidates:
            if _is_subsequence(wanted[:-1], heading.ancestors):
                return heading
        return candidates[0] if candidates else None


def _is_subsequence(needles: list[str], haystack: tuple[str, ...]) -> bool:
    remaining = iter(haystack)
    return all(any(item == needle for item in remaining) for needle in needles)


class FrontMatterPreprocessor(Preprocessor):
    """Front matter is metadata, never text: kept on ``md.front_matter``."""

    def run(self, lines):
        self.md.front_matter, body = split_front_matter("\n".join(lines))
        return body.split("\n")


class CommentPreprocessor(Preprocessor):
    """``%% … %%`` disappears everywhere except inside fenced code."""

    def run(self, lines):
        result, prose, in_fence = [], [], False
        for line in lines:
            if FENCE.match(line):
                if not in_fence:
                    result.extend(_without_comments(prose))
                    prose = []
                in_fence = not in_fence
                result.append(line)
            elif in_fence:
                result.append(line)
            else:
                prose.append(line)
        return result + _without_comments(prose)


def _without_comments(lines: list[str]) -> list[str]:
    return COMMENT.sub("", "\n".join(lines)).split("\n") if lines else []


class ListStartPreprocessor(Preprocessor):
    """Lists start and end where they do in Obsidian.

    Python-Markdown wants a blank line before a list (or it prints the dashes
    as text) and reads ``---`` under a list item as a heading underline; a
    blank line in both places, outside code fences, gives Obsidian's reading.
    """

    def run(self, lines):
        result, in_fence = [], False
        for line in lines:
            if FENCE.match(line):
                in_fence = not in_fence
            previous = result[-1] if result else ""
            if not in_fence and _needs_blank_line(previous, line):
                result.append("")
            result.append(line)
        return result


def _needs_blank_line(previous: str, line: str) -> bool:
    if LIST_ITEM.match(line):
        return bool(previous.strip()) and not _belongs_to_list(previous)
    return bool(RULE.match(line)) and _belongs_to_list(previous)


def _belongs_to_list(line: str) -> bool:
    return bool(LIST_ITEM.match(line)) or line[:1] in (" ", "\t")


class ListIndentPreprocessor(Preprocessor):
    """Lists nest as Obsidian nests them, code fences in them included.

    Obsidian follows CommonMark: an item's content starts at its content column
    (two spaces in for ``- ``, three for ``1. ``), and lines indented that far
    belong to the item, so a two-space nested list nests and a fence under
    ``1. `` sits in the step. Python-Markdown (and superfences, for fences in
    lists) wants four spaces a level: each line in a list is moved from its
    item's content column to that item's four-space level, a fence's body
    along with its opening line. Blank lines around a fence inside a list keep
    superfences from reading it, or the next item, as a paragraph's text.
    """

    def run(self, lines):
        result: list[str] = []
        items: list[int] = []  # content columns of the open list items, outermost first
        fence: _Fence | None = None
        previous_blank = True
        for raw in lines:
            line = _expand_indent(raw)
            indent = len(line) - len(line.lstrip(" "))
            if fence is not None:
                result.append(fence.moved(line, indent))
                if fence.closes(line):
                    if fence.in_list:
                        result.append("")
                    fence = None
                previous_blank = False
                continue
            if not line.strip():
                result.append(raw)
                previous_blank = True
                continue
            item = LIST_MARKER.match(line)
            if item and not (not items and indent >= 4):
                while items and items[-1] > indent:
                    items.pop()
                marker_width = len(item["marker"]) + min(len(item["space"]), 4)
                result.append(" " * 4 * len(items) + item["marker"] + " " + line[item.end() :])
                items.append(indent + (marker_width if item.end() < len(line) else 2))
                previous_blank = False
                continue
            opens = FENCE_OPEN.match(line)
            lazy = items and indent < items[-1] and not previous_blank
            block_start = opens or RULE.match(line) or line.lstrip().startswith(("#", ">", "|"))
            if lazy and not block_start:
                # A paragraph's lazy continuation: Python-Markdown reads it as Obsidian does.
                result.append(raw)
                continue
            while items and items[-1] > indent:
                items.pop()
            if items:
                depth, column = len(items), items[-1]
                shift = 4 * depth - column
                moved = " " * max(indent + shift, 4 * depth) + line[indent:]
                if opens and result and result[-1].strip():
                    result.append("")  # or the fence is read as the text before it
                result.append(moved)
                if opens:
                    fence = _Fence(opens["fence"], strip=indent, prefix=max(indent + shift, 0))
            else:
                result.append(raw)
                if opens:
                    fence = _Fence(opens["fence"], strip=0, prefix=0, in_list=False)
            previous_blank = False
        return result


@dataclass
class _Fence:
    """An open code fence: its opening run, and how its lines move with their item."""

    run: str
    strip: int  # the spaces the opening line was indented by, taken from each line
    prefix: int  # the spaces each line gets instead
    in_list: bool = True

    def moved(self, line: str, indent: int) -> str:
        if not self.in_list:
            return line
        return " " * self.prefix + line[min(indent, self.strip) :] if line.strip() else ""

    def closes(self, line: str) -> bool:
        stripped = line.strip()
        return stripped.startswith(self.run) and not stripped.strip(self.run[0])


def _expand_indent(line: str) -> str:
    """A line with the tabs of its indentation as spaces (CommonMark's tab stops of 4)."""
    body = line.lstrip(" \t")
    return line[: len(line) - len(body)].expandtabs(4) + body


class SpacedHashHeaderProcessor(HashHeaderProcessor):
    """A heading needs a space after its hashes, so ``#tag`` at the start of a
    line stays a tag (Python-Markdown alone would make it a heading)."""

    RE = re.compile(r"(?:^|\n)(?P<level>#{1,6})[ \t]+(?P<header>(?:\\.|[^\\])*?)#*(?:\n|$)")


class WikilinkProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        target = WikiTarget.parse(m["inner"])
        if m["embed"]:
            element = etree.Element("img" if _is_image(target.note) else "a")
            element.set("data-embed", "1")
        else:
            element = etree.Element("a")
        element.set("data-target", m["inner"].replace("\\|", "|"))
        if element.tag == "img":
            sized = target.alias.isdigit()  # ![[image.png|300]] is a width, not a caption
            element.set("alt", target.alias if target.alias and not sized else target.note)
            if sized:
                element.set("width", target.alias)
        else:
            element.text = target.label
        return element, m.start(0), m.end(0)


def _is_image(name: str) -> bool:
    return name.lower().endswith(IMAGE_SUFFIXES)


class TagProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        tag = m["tag"].strip("/")
        element = etree.Element("a", {"class": "tag", "href": reverse("lessons:tag", args=[tag])})
        element.text = f"#{tag}"
        self.md.tags.append(tag)
        return element, m.start(0), m.end(0)


class BlockIdProcessor(InlineProcessor):
    """``^ab9f15`` at the end of a line: hidden, its block becomes the anchor."""

    def handleMatch(self, m, data):
        return etree.Element("span", {"data-block-id": m["id"]}), m.start(0), m.end(0)


class WrapProcessor(InlineProcessor):
    def __init__(self, pattern, tag, md):
        super().__init__(pattern, md)
        self.tag = tag

    def handleMatch(self, m, data):
        element = etree.Element(self.tag)
        element.text = m["text"]
        return element, m.start(0), m.end(0)


class ObsidianTreeprocessor(Treeprocessor):
    """Callouts, task lists, block anchors and heading anchors, in one walk."""

    def run(self, root):
        parents = {child: parent for parent in root.iter() for child in parent}
        for blockquote in list(root.iter("blockquote")):
            _make_callout(blockquote)
        for item in root.iter("li"):
            _make_task(item)
        for marker in list(root.iter("span")):
            block_id = marker.get("data-block-id")
            if block_id:
                _anchor_block(marker, block_id, parents)
        used: set[str] = set(PAGE_IDS)
        self.md.heading_texts = {}
        for element in root.iter():
            # A heading's id always comes from the text a reader sees, even with a
            # block id: the step page's slug is that id, and "^id" is no slug.
            if element.tag in HEADING_TAGS:
                text = visible_text(self.md, element)
                element.set("id", _unique(slugify(text), used))
                self.md.heading_texts[element.get("id")] = text


def _unique(slug: str, used: set[str]) -> str:
    slug = slug or "section"
    candidate, n = slug, 1
    while candidate in used:
        n += 1
        candidate = f"{slug}-{n}"
    used.add(candidate)
    return candidate


def _make_callout(blockquote: etree.Element) -> None:
    """``> [!kind] Title``: a titled box; ``[!kind]-`` or ``+`` folds it (closed or open)."""
    first = blockquote[0] if len(blockquote) else None
    match = CALLOUT.match(first.text or "") if first is not None and first.tag == "p" else None
    if not match:
        return
    kind = match["kind"].lower()
    blockquote.tag = "details" if match["fold"] else "div"
    blockquote.set("class", f"callout callout-{kind}")
    if match["fold"] == "+":
        blockquote.set("open", "open")
    elif not match["fold"]:
        blockquote.set("role", "note")
    first.text = first.text[match.end() :]
    if not first.text.strip() and len(first) == 0:
        blockquote.remove(first)
    title = etree.Element("summary" if match["fold"] else "p", {"class": "callout-title"})
    title.text = match["title"].strip() or kind.capitalize()
    blockquote.insert(0, title)


def _make_task(item: etree.Element) -> None:
    holder = item[0] if len(item) and item[0].tag == "p" and not (item.text or "").strip() else item
    match = TASK.match(holder.text or "")
    if not match:
        return
    holder.text = holder.text[match.end() :]
    box = etree.Element("input", {"type": "checkbox", "disabled": "disabled"})
    if match["mark"] != " ":
        box.set("checked", "checked")
    box.tail = " " + holder.text
    holder.text = ""
    holder.insert(0, box)
    item.set("class", "task")


BLOCK_TAGS = {"p", "li", "td", "th", "blockquote", "div", "h1", "h2", "h3", "h4", "h5", "h6"}


def _anchor_block(marker: etree.Element, block_id: str, parents: dict) -> None:
    parent = parents[marker]
    block = parent
    while block.tag not in BLOCK_TAGS and block in parents:
        block = parents[block]
    block.set("data-block", block_id)
    if block.tag not in HEADING_TAGS:  # a heading's anchor is on its wrapper (permalinks)
        block.set("id", f"^{block_id}")
        block.set("class", (block.get("class", "") + " block").strip())
    # Removing the marker must keep the text that followed it.
    index = list(parent).index(marker)
    tail = marker.tail or ""
    if index:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "").rstrip() + tail
    else:
        parent.text = (parent.text or "").rstrip() + tail
    parent.remove(marker)


class PermalinkTreeprocessor(Treeprocessor):
    """A "#" link beside every heading, to copy or share that section's address.

    The link follows the heading inside a wrapper rather than sitting in it, so
    a heading's text and accessible name stay its own. Its href is the bare
    anchor until the vault knows the page the heading lands on (``data-permalink``).
    A heading's block id (``## Two ^b1``) is the wrapper's id, so ``[[note#^b1]]``
    reaches the heading while the heading keeps the id its text gives it.
    """

    def run(self, root):
        parents = {child: parent for parent in root.iter() for child in parent}
        for heading in [element for element in root.iter() if element.tag in HEADING_TAGS]:
            parent = parents[heading]
            block = etree.Element("div", {"class": HEADING_BLOCK})
            if heading.get("data-block"):
                block.set("id", f"^{heading.get('data-block')}")
            parent.insert(list(parent).index(heading), block)
            parent.remove(heading)
            block.tail, heading.tail = heading.tail, None
            block.append(heading)
            anchor = heading.get("id")
            label = PERMALINK_LABEL.format(self.md.heading_texts[anchor])
            attributes = {"class": PERMALINK, "href": f"#{anchor}", "data-permalink": anchor}
            etree.SubElement(block, "a", {**attributes, "aria-label": label})


def heading_of(element: etree.Element) -> etree.Element | None:
    """The heading an element is, or holds beside its permalink; None for anything else."""
    if element.tag in HEADING_TAGS:
        return element
    if element.get("class") == HEADING_BLOCK and len(element):
        return element[0]
    return None


class CaptureTreeprocessor(Treeprocessor):
    """Keep the finished tree: the vault serializes it step by step later."""

    def run(self, root):
        self.md.captured_root = root


class ObsidianExtension(Extension):
    def extendMarkdown(self, md):
        md.front_matter, md.tags, md.captured_root = {}, [], None
        md.heading_texts = {}  # heading id -> the text a reader sees (ObsidianTreeprocessor)
        md.preprocessors.register(FrontMatterPreprocessor(md), "front_matter", 40)
        md.preprocessors.register(CommentPreprocessor(md), "obsidian_comments", 35)
        # Before superfences (its fences in lists need four spaces a level).
        md.preprocessors.register(ListIndentPreprocessor(md), "list_indent", 32)
        md.preprocessors.register(ListStartPreprocessor(md), "list_start", 5)
        md.parser.blockprocessors.register(SpacedHashHeaderProcessor(md.parser), "hashheader", 70)
        md.inlinePatterns.register(WikilinkProcessor(WIKILINK, md), "wikilink", WIKILINK_PRIORITY)
        md.inlinePatterns.register(TagProcessor(TAG, md), "tag", TAG_PRIORITY)
        md.inlinePatterns.register(BlockIdProcessor(BLOCK_ID, md), "block_id", BLOCK_ID_PRIORITY)
        md.inlinePatterns.register(WrapProcessor(HIGHLIGHT, "mark", md), "highlight", 42)
        md.inlinePatterns.register(WrapProcessor(STRIKE, "del", md), "strike", 41)
        # After the inline processor (20) so headings hold their final text.
        md.treeprocessors.register(ObsidianTreeprocessor(md), "obsidian", 8)
        # After the anchors, so each permalink knows its heading's id.
        md.treeprocessors.register(PermalinkTreeprocessor(md), "permalinks", 7)
        md.treeprocessors.register(CaptureTreeprocessor(md), "capture", 1)


def new_markdown() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=[
            "tables",
            "pymdownx.highlight",
            "pymdownx.superfences",
            "pymdownx.fancylists",
            ObsidianExtension(),
        ],
        extension_configs={
            # Obsidian numbers lists with digits only: "I. Introduction" is no list.
            "pymdownx.fancylists": {"additional_ordered_styles": []},
            # Code as fenced_code wrote it: <pre><code class="language-json">, no colours.
            "pymdownx.highlight": {"use_pygments": False},
        },
    )


def parse_note(name: str, text: str) -> ParsedNote:
    md = new_markdown()
    md.convert(text)
    root = md.captured_root
    headings = _outline(root, md.heading_texts)
    steps = _split_steps(root, md.heading_texts)
    meta = md.front_matter
    first_h1 = next((h for h in headings if h.level == 1), None)
    title = str(meta.get("title") or (first_h1.text if first_h1 else name))
    blocks = {}
    for step in steps:
        for element in step.elements:
            for block in element.iter():
                if block.get("data-block"):
                    blocks[block.get("data-block")] = step.slug
    tags = list(dict.fromkeys([*_front_matter_tags(meta), *md.tags]))
    return ParsedNote(
        meta=meta,
        title=title,
        title_anchor=first_h1.anchor if first_h1 else "",
        title_block=first_h1.block if first_h1 else "",
        steps=steps,
        headings=headings,
        blocks=blocks,
        tags=tags,
        md=md,
    )


def _front_matter_tags(meta: dict) -> list[str]:
    """``tags:`` as a list, or one line of them, or whatever else YAML made of it."""
    tags = meta.get("tags") or []
    if not isinstance(tags, list | dict):  # "aws, iam", or a lone 2024
        tags = str(tags).replace(",", " ").split()
    return [str(tag).lstrip("#") for tag in tags if tag is not None and str(tag).strip("#")]


def _outline(root: etree.Element, texts: dict[str, str]) -> list[Heading]:
    headings, stack, step = [], [], ""
    top_level = {heading_of(element) for element in root}
    for element in root.iter():
        if element.tag not in HEADING_TAGS:
            continue
        level = int(element.tag[1])
        text = texts[element.get("id")]
        if element.tag == STEP_HEADING and element in top_level:
            step = element.get("id")
        stack = [(lvl, key) for lvl, key in stack if lvl < level]
        ancestors = tuple(key for _, key in stack)
        block = element.get("data-block", "")
        headings.append(Heading(level, text, element.get("id"), step, ancestors, block))
        stack.append((level, heading_key(text)))
    return headings


def _split_steps(root: etree.Element, texts: dict[str, str]) -> list[Step]:
    steps = [Step(slug="", title="Introduction", elements=[])]
    for element in root:
        heading = heading_of(element)
        if heading is not None and heading.tag == STEP_HEADING:
            slug = heading.get("id")
            steps.append(Step(slug=slug, title=texts[slug], elements=[]))
        steps[-1].elements.append(element)
    if len(steps) > 1 and not any(_has_text(e) for e in steps[0].elements):
        steps.pop(0)  # a note that opens with a section has no introduction
    return steps


def _has_text(element: etree.Element) -> bool:
    return bool("".join(element.itertext()).strip()) or element.tag in ("img", "hr")
