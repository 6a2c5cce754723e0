"""Where a lesson step meets the rest of IAM Lab: "Practice this", "Try it", "Read next", and
what AWS has changed since the note was written.

A vault names them in ``.iamlab/hooks.yaml`` (hidden from the lessons, so the
notes themselves stay untouched)::

    security-IAM:              # the note's file name
      users:                   # a step, by its ## heading as written
        practice: [users-vs-roles]          # quiz topic ids (quizzes.question.TOPICS)
        sandbox: [startup-developers]       # sandbox scenario slugs, or slug: title pairs
        read: [security-IAM-Identity-Center]  # companion notes of the vault, by file name
        updates:                            # what AWS says now, where the note is out of date
          - text: Changing the account name no longer needs the root user.
            source: https://docs.aws.amazon.com/...   # the current AWS page that says so
"""

from dataclasses import dataclass
from pathlib import Path

import yaml
from django.urls import reverse
from django.utils.text import slugify

from quizzes.question import TOPICS

HOOKS_FILE = Path(".iamlab") / "hooks.yaml"
KINDS = ("practice", "sandbox", "read", "updates")
AWS_PAGES = ("https://docs.aws.amazon.com/", "https://aws.amazon.com/")


@dataclass(frozen=True)
class HookLink:
    label: str
    url: str


@dataclass(frozen=True)
class StepHooks:
    practice: tuple[HookLink, ...] = ()
    sandbox: tuple[HookLink, ...] = ()
    read: tuple[HookLink, ...] = ()
    updates: tuple[HookLink, ...] = ()  # label: what AWS says now; url: the page that says it


def practice_link(topic: str) -> HookLink:
    return HookLink(TOPICS[topic], f"{reverse('quizzes:practice')}?topic={topic}")


def sandbox_link(scenario: str, title: str = "") -> HookLink:
    label = title or scenario.replace("-", " ").capitalize()
    return HookLink(label, reverse("sandbox:scenario", args=[scenario]))


def read_hooks(root: Path) -> tuple[dict, list[str]]:
    """``{note: {step title: {"practice": [...], "sandbox": [...]}}}`` and what is wrong."""
    path = root / HOOKS_FILE
    if not path.exists():
        return {}, []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        return {}, [f"{HOOKS_FILE} is not valid YAML: {error}"]
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        return {}, [f"{HOOKS_FILE} must map note names to their steps"]
    return data, []


def read_link(note: str, title: str) -> HookLink:
    return HookLink(title, reverse("lessons:lesson", args=[note]))


def step_hooks(entry, where: str, notes: dict[str, str]) -> tuple[StepHooks, list[str]]:
    """One step's hooks as links, and the problems with the entry; ``notes`` maps the
    vault's note names to their titles."""
    if not isinstance(entry, dict) or set(entry) - set(KINDS):
        return StepHooks(), [f"{where}: use only the keys {', '.join(KINDS)}"]
    problems, practice, sandbox, read = [], [], [], []
    for topic in _as_list(entry.get("practice")):
        if topic in TOPICS:
            practice.append(practice_link(topic))
        else:
            problems.append(f"{where}: unknown quiz topic {topic!r} (known: {', '.join(TOPICS)})")
    for scenario, title in _titled(entry.get("sandbox")):
        if scenario and slugify(scenario) == scenario:
            sandbox.append(sandbox_link(scenario, title))
        else:
            problems.append(f"{where}: {scenario!r} is not a scenario slug")
    for note in _as_list(entry.get("read")):
        if note in notes:
            read.append(read_link(note, notes[note]))
        else:
            problems.append(f"{where}: no note named {note!r} to read next")
    updates, found = _updates(entry.get("updates"), where)
    problems.extend(found)
    return StepHooks(tuple(practice), tuple(sandbox), tuple(read), updates), problems


def _updates(value, where: str) -> tuple[tuple[HookLink, ...], list[str]]:
    """Corrections to a note, each citing the current AWS page that states it."""
    updates, problems = [], []
    for item in value if isinstance(value, list) else ([] if value is None else [value]):
        text = item.get("text") if isinstance(item, dict) else None
        source = item.get("source") if isinstance(item, dict) else None
        if isinstance(text, str) and isinstance(source, str) and source.startswith(AWS_PAGES):
            updates.append(HookLink(text.strip(), source))
        else:
            problems.append(f"{where}: an update needs a text and an AWS page as its source")
    return tuple(updates), problems


def _titled(value) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [(str(slug), str(title or "")) for slug, title in value.items()]
    return [(slug, "") for slug in _as_list(value)]


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [str(item) for item in (value if isinstance(value, list) else [value])]
