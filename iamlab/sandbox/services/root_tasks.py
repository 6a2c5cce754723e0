"""Tasks only the root user can do, as the quiz bank's catalogue lists them.

The facts live once, in ``quizzes.catalogues.root_tasks`` (plain data, each claim citing its
AWS page; its ids are the learners' review-card ids): the true claims of its account-task and
service-task concepts are the root-only tasks. The sandbox only adds the refusal: however much
an IAM user or role is allowed, these are refused and the page explains why.
"""

from dataclasses import dataclass

from iamlab.sandbox import errors
from iamlab.sandbox.services.events import event_record
from quizzes.catalogues import root_tasks as catalogue

ROOT_TASKS_URL = catalogue.ROOT_TASKS_URL


@dataclass(frozen=True)
class RootTask:
    slug: str
    title: str
    detail: str
    reference: str


ROOT_TASKS = tuple(
    RootTask(claim.id, claim.text, claim.why, claim.reference)
    for concept in (catalogue.ACCOUNT_TASKS, catalogue.SERVICE_TASKS)
    for claim in concept.true
)


def root_task_get(slug: str) -> RootTask:
    for task in ROOT_TASKS:
        if task.slug == slug:
            return task
    raise errors.no_such_entity(f"There is no root-only task called {slug}.")


def root_task_perform(*, account, slug: str, acting_as: str) -> RootTask:
    """Succeeds only for the root user; an IAM identity is refused whatever its policies say."""
    task = root_task_get(slug)
    error = None
    if acting_as != account.root_arn:
        error = errors.access_denied(
            f"{task.title} requires the root user's credentials; {acting_as} is an IAM "
            f"identity, and no IAM policy can grant this. See {task.reference}"
        )
    event_record(
        account=account,
        event_name=task.slug,
        identity=acting_as,
        source="signin.amazonaws.com",
        parameters={"task": task.title},
        error=error,
    )
    if error:
        raise error
    return task
