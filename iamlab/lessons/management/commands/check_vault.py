"""Check the vault before serving it: `make run` runs this first.

Links to notes not written yet are normal in a growing vault: one line says so
and names them, so that nobody starting `make run` takes them for errors;
problems that would break the site (two notes with one name, a hooks file
naming unknown quiz topics or steps) stop the command with a failure.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from iamlab.lessons.vault import load_vault


class Command(BaseCommand):
    help = "Render every note of the vault and list the problems found."

    def add_arguments(self, parser):
        parser.add_argument(
            "--path", type=Path, default=None, help="vault folder (default: IAMLAB_NOTES_DIR)"
        )

    def handle(self, *args, path=None, **options):
        root = path or Path(settings.IAMLAB_NOTES_DIR)
        if not root.is_dir():
            raise CommandError(f"The vault folder {root} does not exist (IAMLAB_NOTES_DIR).")
        vault = load_vault(root)
        steps = sum(len(lesson.steps) for lesson in vault.lessons.values())
        self.stdout.write(f"{root}: {len(vault.lessons)} lessons, {steps} steps.")
        unwritten = [problem for problem in vault.problems if problem.unwritten]
        if unwritten:
            names = sorted({problem.unwritten for problem in unwritten}, key=str.casefold)
            self.stdout.write(
                f"Not an error: {len(unwritten)} link(s) lead to {len(names)} note(s) this vault "
                f"does not have yet, shown to readers as pages to come: {', '.join(names)}."
            )
        for problem in (problem for problem in vault.problems if not problem.unwritten):
            style = self.style.ERROR if problem.blocking else self.style.WARNING
            self.stdout.write(style(f"  {'must fix' if problem.blocking else 'note'}: {problem}"))
        blocking = sum(problem.blocking for problem in vault.problems)
        if blocking:
            raise CommandError(f"{blocking} problem(s) must be fixed before serving this vault.")
        if not vault.lessons:
            raise CommandError(f"The vault folder {root} has no notes.")
