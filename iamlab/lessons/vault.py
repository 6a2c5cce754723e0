"""A folder of Obsidian notes as a set of lessons, rendered once per version.

Each note is parsed once per file version (path, mtime, size). Links between
notes are resolved when the vault's set of files changes, since a new note can
turn a "not written yet" link into a real one. The rendered vault (sanitised
HTML and the outline that links need, no Markdown trees) is also written to
IAMLAB_LESSONS_CACHE_DIR, keyed by the vault's version and the renderer's
code, so that every other process, and the next one started, reads it instead
of parsing the whole vault again.

``current_vault()`` asks the database which version is live once per request,
and looks at the vault's files at most every IAMLAB_VAULT_RECHECK_SECONDS: a
page that links to lessons 65 times pays for neither 65 times.
"""

import gc
import hashlib
import html as html_entities
import importlib.metadata
import logging
import os
import pickle
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from asgiref.local import Local
from django.conf import settings
from django.urls import reverse

from iamlab.lessons.hooks import HOOKS_FILE, StepHooks, read_hooks, step_hooks
from iamlab.lessons.sanitize import sanitize, strip_tags
from iamlab.lessons.syntax import (
    IMAGE_SUFFIXES,
    ParsedNote,
    WikiTarget,
    heading_of,
    parse_note,
)

logger = logging.getLogger(__name__)

DEFAULT_ICON = "📘"
WORDS_PER_MINUTE = 200
STICKER_PREFIX = "emoji//"
# What learners read in place of a note that could not be rendered; the
# problem (vault check, upload review) and the log say why.
UNRENDERABLE = (
    "> [!danger] This note could not be shown\n"
    "> Something in it could not be rendered. The vault check tells the instructor what.\n"
)


@dataclass(frozen=True)
class Problem:
    note: str
    message: str
    blocking: bool = False  # blocking problems stop an uploaded vault from going live
    unwritten: str = ""  # the note a link names that the vault does not have

    def __str__(self):
        return f"{self.note}: {self.message}" if self.note else self.message


@dataclass
class LessonStep:
    number: int
    slug: str
    title: str
    url: str
    html: str
    text: str
    folded: str  # the text casefolded once, for search
    headings: list  # syntax.Heading on this page, for search


@dataclass
class Lesson:
    name: str
    title: str
    # The title heading's id and block id, when it opens the note and the page's <h1> takes
    # its place; empty when it stays in the text below other words.
    title_anchor: str
    title_block: str
    icon: str
    reading_minutes: int
    tags: list[str]
    steps: list[LessonStep]
    headings: list  # syntax.Heading, for search and anchors
    error: str = ""  # not rendered: its one step is a notice saying so
    folded_title: str = ""  # the title casefolded once, for search

    @property
    def url(self) -> str:
        return self.steps[0].url

    def step(self, slug: str) -> LessonStep | None:
        return next((step for step in self.steps if step.slug == slug), None)

    def step_after(self, step: LessonStep) -> LessonStep | None:
        return self.steps[step.number] if step.number < len(self.steps) else None


@dataclass
class Vault:
    root: Path
    lessons: dict[str, Lesson] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)  # attachment name (lowercase) -> path
    backlinks: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    missing: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    tags: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    problems: list[Problem] = field(default_factory=list)
    # Each note's outline (steps, headings, blocks) for links into it; once built, without
    # its Markdown tree (see _outline_only).
    parsed: dict[str, ParsedNote] = field(default_factory=dict, repr=False)
    names: dict[str, str] = field(default_factory=dict)  # casefolded note name -> name
    ordered: list[Lesson] = field(default_factory=list)  # by title, as the index lists them
    hooks: dict[tuple[str, str], StepHooks] = field(default_factory=dict)  # (note, step slug)

    def hooks_for(self, note: str, step: str) -> StepHooks:
        return self.hooks.get((note, step), StepHooks())

    def lesson(self, name: str) -> Lesson | None:
        return self.lessons.get(name) or self.lessons.get(self.names.get(name.casefold(), ""))

    def ordered_lessons(self) -> list[Lesson]:
        return self.ordered

    def lessons_tagged(self, tag: str) -> list[Lesson]:
        """Lessons with the tag or one nested under it (``aws`` finds ``aws/iam``)."""
        names = {
            n
            for t, notes in self.tags.items()
            if t == tag or t.startswith(tag + "/")
            for n in notes
        }
        return sorted((self.lessons[n] for n in names), key=lambda lesson: lesson.title.casefold())

    def resolve(self, raw_target: str, *, from_note: str = "") -> "Resolution":
        return _resolve(self, WikiTarget.parse(raw_target), from_note)


@dataclass(frozen=True)
class Resolution:
    url: str  # page URL with its #anchor, if any
    note: str
    exists: bool  # False: a note not written yet
    anchor_found: bool = True


def step_url(note: str, slug: str) -> str:
    if slug:
        return reverse("lessons:step", args=[note, slug])
    return reverse("lessons:lesson", args=[note])


def icon_for(meta: dict) -> str:
    """Obsidian's Iconize ``sticker: emoji//1f92c`` as the emoji itself."""
    sticker = str(meta.get("sticker") or "")
    if not sticker.startswith(STICKER_PREFIX):
        return DEFAULT_ICON
    try:
        return "".join(chr(int(code, 16)) for code in sticker[len(STICKER_PREFIX) :].split("-"))
    except ValueError:
        return DEFAULT_ICON


# ---------------------------------------------------------------------------
# Loading, with the caches: per request, per process, and on disk between processes
# ---------------------------------------------------------------------------

MAX_CACHED_VAULTS = 8  # the served vault plus uploads being reviewed
MAX_CACHE_FILES = 16  # rendered vaults kept on disk: recent versions, recent code
# What shapes the rendered HTML: a change to any of these renders the vault again.
RENDERER_MODULES = ("vault.py", "syntax.py", "sanitize.py")
RENDERER_PACKAGES = ("markdown", "nh3", "pyyaml")
_lock = threading.Lock()
_parsed_cache: dict[tuple[str, int, int], ParsedNote] = {}
_vault_cache: dict[Path, tuple[tuple, Vault]] = {}
_checked: dict[Path, float] = {}  # vault root -> when current_vault last looked at its files
_request = Local()  # the vault of the request being served (set by begin_request)


def vault_files(root: Path) -> list[Path]:
    """Every file of the vault, without Obsidian's hidden folders (.obsidian, .trash…)."""
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(folder) / name for name in sorted(names) if not name.startswith("."))
    return found


def _signature(paths: list[Path]) -> tuple:
    signature = []
    for path in paths:
        stat = path.stat()
        signature.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(signature)


def begin_request(**kwargs) -> None:
    """request_started: this request asks which vault is live once, however often it links."""
    _request.active, _request.vault = True, None


def end_request(**kwargs) -> None:
    _request.active, _request.vault = False, None


def current_vault() -> Vault:
    """The vault being served: the live published version, else the setting.

    Within a request the answer is kept; a publication or roll-back made by any process
    shows on the next request. The files are looked at again after
    IAMLAB_VAULT_RECHECK_SECONDS (an edit of the notes folder shows that much later).
    """
    if getattr(_request, "vault", None) is not None:
        return _request.vault
    from iamlab.lessons.models import VaultPublication

    live = VaultPublication.live()
    root = Path(live.upload.path if live else settings.IAMLAB_NOTES_DIR)
    cached = _vault_cache.get(root)
    now = time.monotonic()
    if cached and now - _checked.get(root, -1e9) < settings.IAMLAB_VAULT_RECHECK_SECONDS:
        vault = cached[1]
    else:
        vault = load_vault(root)
        _checked[root] = now
    if getattr(_request, "active", False):
        _request.vault = vault
    return vault


def load_vault(root: Path) -> Vault:
    root = Path(root)
    paths = vault_files(root) if root.is_dir() else []
    if (root / HOOKS_FILE).is_file():
        paths.append(root / HOOKS_FILE)
    signature = _signature(paths)
    cached = _vault_cache.get(root)
    if cached and cached[0] == signature:
        return cached[1]
    with _lock:
        cached = _vault_cache.get(root)
        if cached and cached[0] == signature:
            return cached[1]
        vault = _rendered(root, signature)
        _attach_hooks(vault)  # not cached on disk: it names quiz topics and other apps' URLs
        vault.problems = list(dict.fromkeys(vault.problems))
        _vault_cache.pop(root, None)
        _vault_cache[root] = (signature, vault)
        while len(_vault_cache) > MAX_CACHED_VAULTS:
            del _vault_cache[next(iter(_vault_cache))]  # the least recently rebuilt
        live = {key for root_sig, _ in _vault_cache.values() for key in root_sig}
        for key in [key for key in _parsed_cache if key not in live]:
            del _parsed_cache[key]
        return vault


def _code_version() -> str:
    """The renderer's source and the libraries it calls: cached HTML of older code is stale."""
    digest = hashlib.sha256()
    for module in RENDERER_MODULES:
        digest.update((Path(__file__).parent / module).read_bytes())
    for package in RENDERER_PACKAGES:
        digest.update(f"{package}=={importlib.metadata.version(package)}".encode())
    return digest.hexdigest()


CODE_VERSION = _code_version()


def _cache_path(root: Path, signature: tuple) -> Path:
    # The lesson URLs written into the HTML come from the URLconf: part of the version too.
    urls = (reverse("lessons:lesson", args=["n"]), reverse("lessons:file", args=["f"]))
    key = repr((CODE_VERSION, str(root.resolve()), signature, urls))
    name = hashlib.sha256(key.encode()).hexdigest() + ".pickle"
    return Path(settings.IAMLAB_LESSONS_CACHE_DIR) / name


def _rendered(root: Path, signature: tuple) -> Vault:
    """The vault as another process rendered it (same files, same code), else rendered here.

    The cache folder belongs to the site as its code does: pickle trusts what it reads,
    as Django's file-based cache does.
    """
    path = _cache_path(root, signature)
    # Thousands of new objects would start the garbage collector many times over (it
    # tripled the time to read 500 notes); none of them can be garbage yet.
    gc.disable()
    try:
        return pickle.loads(path.read_bytes())  # noqa: S301 - written by _store only
    except FileNotFoundError:
        pass
    except Exception:  # a cache file of another Python, or damaged: render it again
        logger.warning("The rendered vault %s could not be read; rendering it again", path)
    finally:
        gc.enable()
    vault = _build(root, signature)
    _store(path, vault)
    return vault


def _store(path: Path, vault: Vault) -> None:
    """Write the file whole or not at all (rename), so no process reads half of it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as file:
            pickle.dump(vault, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(file.name, path)
        kept = sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[MAX_CACHE_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:  # a read-only or full disk: this process still serves what it rendered
        logger.warning("The rendered vault could not be written to %s", path, exc_info=True)


def _parse_cached(key: tuple[str, int, int], name: str) -> ParsedNote:
    """The parsed note, or the notice in its place if parsing it failed (kept all the same)."""
    parsed = _parsed_cache.get(key)
    if parsed is None:
        text = Path(key[0]).read_text(encoding="utf-8", errors="replace")
        try:
            parsed = parse_note(name, text)
        except Exception as error:  # a bug met by this note only: the others are still served
            logger.exception("The lesson note %s could not be parsed", key[0])
            parsed = _unrenderable(name, error)
        _parsed_cache[key] = parsed
    return parsed


def _unrenderable(name: str, error: Exception) -> ParsedNote:
    parsed = parse_note(name, UNRENDERABLE)
    parsed.error = f"{type(error).__name__}: {error}"
    return parsed


def _build(root: Path, signature: tuple) -> Vault:
    vault = Vault(root=root)
    for key in signature:
        path = Path(key[0])
        if path.suffix.lower() == ".md":
            if path.stem in vault.parsed:
                vault.problems.append(
                    Problem(
                        path.stem,
                        "two notes have this name; links cannot tell them apart",
                        blocking=True,
                    )
                )
                continue
            vault.parsed[path.stem] = _parse_cached(key, path.stem)
        elif path.suffix.lower() in IMAGE_SUFFIXES:
            vault.files.setdefault(path.name.casefold(), path)
    vault.names = {name.casefold(): name for name in vault.parsed}
    for name, parsed in vault.parsed.items():
        for tag in parsed.tags:
            vault.tags[tag].add(name)
    for name, parsed in list(vault.parsed.items()):
        reported = len(vault.problems)
        try:
            _resolve_links(vault, name, parsed)
            vault.lessons[name] = _lesson(vault, name, parsed)
        except Exception as error:  # as in _parse_cached: this note only, logged and reported
            logger.exception("The lesson note %s in %s could not be rendered", name, root)
            del vault.problems[reported:]  # what it found before failing is moot now
            _forget_links_from(vault, name)
            vault.parsed[name] = _unrenderable(name, error)
            vault.lessons[name] = _lesson(vault, name, vault.parsed[name])
    for name, parsed in vault.parsed.items():
        if parsed.error:
            message = f"could not be rendered ({parsed.error}); learners see a notice in its place"
            vault.problems.append(Problem(name, message, blocking=True))
    _report_duplicate_titles(vault)
    vault.ordered = sorted(vault.lessons.values(), key=lambda lesson: lesson.folded_title)
    vault.parsed = {name: _outline_only(parsed) for name, parsed in vault.parsed.items()}
    return vault


def _outline_only(parsed: ParsedNote) -> ParsedNote:
    """What links into a note need of it (steps, headings, blocks), without its Markdown tree:
    small, picklable, and no HTML that has not been sanitised."""
    steps = [replace(step, elements=[]) for step in parsed.steps]
    return replace(parsed, steps=steps, md=None)


def _resolve_links(vault: Vault, name: str, parsed: ParsedNote) -> None:
    for step in parsed.steps:
        for element in (e for top in step.elements for e in top.iter()):
            raw = element.get("data-target")
            if raw is None:
                continue
            target = WikiTarget.parse(raw)
            if element.tag == "img":
                _resolve_image(vault, element, target, name)
                continue
            resolution = _resolve(vault, target, name, current_step=step.slug)
            element.set("href", resolution.url)
            element.set("class", "wikilink" if resolution.exists else "wikilink missing")
            if not resolution.exists:
                vault.missing[resolution.note].add(name)
                vault.problems.append(
                    Problem(
                        name,
                        f"links to [[{raw}]], a note not written yet",
                        unwritten=resolution.note,
                    )
                )
            elif not resolution.anchor_found:
                vault.problems.append(Problem(name, f"[[{raw}]] names no heading or block there"))
            elif resolution.note != name:
                vault.backlinks[resolution.note].add(name)


def _forget_links_from(vault: Vault, name: str) -> None:
    """A note that failed half-way through its links links nowhere."""
    for links in (vault.backlinks, vault.missing):
        for target in [target for target, sources in links.items() if sources == {name}]:
            del links[target]
        for sources in links.values():
            sources.discard(name)


def _resolve_image(vault: Vault, element, target: WikiTarget, name: str) -> None:
    filename = target.note.rsplit("/", 1)[-1]
    if filename.casefold() in vault.files:
        element.set("src", reverse("lessons:file", args=[filename]))
    else:
        element.set("src", "")
        vault.problems.append(Problem(name, f"embeds {filename}, which is not in the vault"))


def _resolve(vault, target: WikiTarget, from_note: str, *, current_step=None):
    wanted = target.note.rsplit("/", 1)[-1] if target.note else from_note
    if not wanted:  # "#heading" with no note to be in: nowhere better than the index
        return Resolution(reverse("lessons:index"), "", exists=False)
    note = vault.names.get(wanted.casefold())
    if note is None:
        return Resolution(reverse("lessons:missing", args=[wanted]), wanted, exists=False)
    parsed = vault.parsed[note]
    slug, anchor = parsed.steps[0].slug, ""
    if target.block:
        if target.block in parsed.blocks:
            slug, anchor = parsed.blocks[target.block], f"^{target.block}"
    elif target.headings:
        heading = parsed.find_heading(target.headings)
        if heading is not None:
            slug, anchor = _step_of(parsed, heading.step), heading.anchor
    found = bool(anchor) or not (target.block or target.headings)
    if note == from_note and slug == current_step and anchor:
        return Resolution(f"#{anchor}", note, exists=True)
    url = step_url(note, slug) + (f"#{anchor}" if anchor else "")
    return Resolution(url, note, exists=True, anchor_found=found)


def _step_of(parsed: ParsedNote, slug: str) -> str:
    """A heading before the first step lives on the first page the note has."""
    return slug if any(step.slug == slug for step in parsed.steps) else parsed.steps[0].slug


def _lesson(vault: Vault, name: str, parsed: ParsedNote) -> Lesson:
    steps = []
    lifted = False  # whether the title heading became the page's own <h1>
    for number, step in enumerate(parsed.steps, start=1):
        elements = step.elements
        title = heading_of(elements[0]) if number == 1 and elements else None
        if title is not None and title.get("id") == parsed.title_anchor:
            elements = elements[1:]
            lifted = True
        url = step_url(name, step.slug)
        _point_permalinks(elements, url)
        html = _serialize(parsed, elements)
        text = _plain_text(html)
        headings = [h for h in parsed.headings if _step_of(parsed, h.step) == step.slug]
        steps.append(
            LessonStep(number, step.slug, step.title, url, html, text, text.casefold(), headings)
        )
    words = sum(len(step.text.split()) for step in steps)
    return Lesson(
        name=name,
        title=parsed.title,
        # A title heading below other text stays where it is, anchors and all.
        title_anchor=parsed.title_anchor if lifted else "",
        title_block=parsed.title_block if lifted else "",
        icon=icon_for(parsed.meta),
        reading_minutes=max(1, round(words / WORDS_PER_MINUTE)),
        tags=parsed.tags,
        steps=steps,
        headings=parsed.headings,
        error=parsed.error,
        folded_title=parsed.title.casefold(),
    )


def _point_permalinks(elements: list, page_url: str) -> None:
    """Each heading's "#" link names the page it is on, as a link from another page would."""
    for link in (e for top in elements for e in top.iter("a")):
        anchor = link.get("data-permalink")
        if anchor is not None:
            link.set("href", f"{page_url}#{anchor}")


def _serialize(parsed: ParsedNote, elements: list) -> str:
    md = parsed.md
    html = "\n".join(md.serializer(element) for element in elements)
    for postprocessor in md.postprocessors:
        html = postprocessor.run(html)
    return sanitize(html)


def _plain_text(html: str) -> str:
    """What a reader sees of a step, for search: the sanitized HTML without tags."""
    return " ".join(html_entities.unescape(strip_tags(html)).split())


def _report_duplicate_titles(vault: Vault) -> None:
    by_title = defaultdict(list)
    for lesson in vault.lessons.values():
        by_title[lesson.title.casefold()].append(lesson.name)
    for names in by_title.values():
        if len(names) > 1:
            listed = ", ".join(sorted(names))
            vault.problems.append(Problem("", f"these notes share a title: {listed}"))


def _attach_hooks(vault: Vault) -> None:
    data, problems = read_hooks(vault.root)
    titles = {name: lesson.title for name, lesson in vault.lessons.items()}
    for note, steps in data.items():
        lesson = vault.lessons.get(note)
        if lesson is None:
            problems.append(f"{HOOKS_FILE}: no note named {note!r}")
            continue
        by_title = {step.title.casefold(): step.slug for step in lesson.steps}
        for title, entry in steps.items():
            slug = by_title.get(str(title).casefold())
            if slug is None:
                problems.append(f"{HOOKS_FILE}: {note} has no step {title!r}")
                continue
            where = f"{HOOKS_FILE}: {note} > {title}"
            vault.hooks[(note, slug)], found = step_hooks(entry, where, titles)
            problems.extend(found)
    vault.problems.extend(Problem("", message, blocking=True) for message in problems)
