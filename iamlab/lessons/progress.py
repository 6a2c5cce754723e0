"""Which lesson steps a learner has finished."""

from django.db import transaction

from iamlab.accounts.learners import Merged
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


def progress_move(*, source: Learner, target: Learner) -> int:
    """A guest logs into an account: their finished steps become the account's.

    Returns how many steps the guest finished (those the account had finished too included).
    """
    with transaction.atomic():
        already = finished_steps(target)
        rows = list(StepProgress.objects.filter(learner=source))
        for row in rows:
            if (row.note, row.step) not in already:
                row.learner = target
                row.save(update_fields=["learner"])
    return len(rows)


def on_learner_merged(sender, source, target, **kwargs):
    steps = progress_move(source=source, target=target)
    return Merged(kept=f"{steps} lesson step{'' if steps == 1 else 's'}") if steps else None
