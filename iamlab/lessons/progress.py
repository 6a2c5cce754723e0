"""Which lesson steps a learner has finished."""

from django.db import transaction

from iamlab.accounts.models import Learner
from iamlab.lessons.models import StepProgress


def step_progress_mark(*, learner: Learner, note: str, step: str) -> StepProgress:
    return StepProgress.objects.get_or_create(learner=learner, note=note, step=step)[0]


def finished_steps(learner: Learner | None, note: str | None = None) -> set[tuple[str, str]]:
    """``{(note, step slug)}`` the learner has done; nothing for a visitor with no Learner."""
    if learner is None:
        return set()
    rows = StepProgress.objects.filter(learner=learner)
    if note is not None:
        rows = rows.filter(note=note)
    return set(rows.values_list("note", "step"))


def progress_move(*, source: Learner, target: Learner) -> None:
    """A guest logs into an account: their finished steps become the account's."""
    with transaction.atomic():
        already = finished_steps(target)
        for row in StepProgress.objects.filter(learner=source):
            if (row.note, row.step) not in already:
                row.learner = target
                row.save(update_fields=["learner"])


def on_learner_merged(sender, source, target, **kwargs):
    progress_move(source=source, target=target)
