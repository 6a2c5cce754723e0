from pathlib import Path

import pytest

from iamlab.lessons.vault import load_vault
from tests.factories import InstructorFactory


def write_notes(root: Path, notes: dict[str, str]) -> Path:
    for name, text in notes.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def vault_dir(tmp_path, settings):
    """An empty vault served as the lessons; tests write the notes they need."""
    root = tmp_path / "vault"
    root.mkdir()
    settings.IAMLAB_NOTES_DIR = root
    return root


@pytest.fixture
def render(tmp_path):
    """Render one note (plus optional others) and return its steps' HTML joined."""
    counter = iter(range(1000))

    def render(text: str, others: dict[str, str] | None = None, name: str = "note") -> str:
        root = write_notes(tmp_path / f"v{next(counter)}", {f"{name}.md": text, **(others or {})})
        lesson = load_vault(root).lessons[name]
        return "\n".join(step.html for step in lesson.steps)

    return render


@pytest.fixture
def ada(db):
    """An instructor who is also the site's administrator: she may publish vaults."""
    return InstructorFactory(username="ada", is_superuser=True)
