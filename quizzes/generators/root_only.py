"""Root-only tasks: which tasks need the root user, and which only look as if they do."""

import random

from quizzes.catalogues import lesson
from quizzes.catalogues.root_tasks import (
    ADMIN_TASKS,
    ROOT_BEST_PRACTICES_URL,
    ROOT_ONLY,
    ROOT_TASKS_URL,
)
from quizzes.generators.assembly import Choice, Draft, pick_answer_count, wrong_count

TOPIC = "root-only"
LESSON = lesson("tasks requiring root user")

REQUIRES_ROOT_STEMS = (
    "A company locks away its AWS account root user credentials and uses IAM identities for "
    "daily work. For which task must someone still sign in as the root user?",
    "Which task can be performed only by the AWS account root user?",
    "A cloud team's administrator has the AdministratorAccess managed policy. Which task still "
    "requires the AWS account root user?",
    "A security policy says the root user may be used only when nothing else can do the job. "
    "Which task justifies signing in as the root user?",
)
REQUIRES_ROOT_MULTI_STEMS = (
    "Which tasks can be performed only by the AWS account root user?",
    "A company wants to know when its root user credentials will still be needed. Which tasks "
    "require the AWS account root user?",
)
ADMIN_CAN_STEMS = (
    "An IAM administrator with the AdministratorAccess managed policy needs to perform one of "
    "the following tasks without the root user. Which task can the administrator perform?",
    "Which task does NOT require signing in as the AWS account root user?",
    "A company wants to keep its root user locked away. Which task can an IAM identity with the "
    "right permissions perform?",
)
ADMIN_CAN_MULTI_STEMS = (
    "Which tasks can an IAM administrator perform without the AWS account root user?",
    "Which tasks do NOT require the AWS account root user?",
)

IDENTITIES = (
    (
        "An IAM user with the AdministratorAccess managed policy",
        "No IAM policy, not even AdministratorAccess, lets an IAM user perform a task AWS "
        "reserves for the root user.",
    ),
    (
        "An IAM role with the AdministratorAccess managed policy",
        "A role session is an IAM identity too; root-only tasks stay out of its reach whatever "
        "its policies grant.",
    ),
    (
        "A federated user signed in through IAM Identity Center with administrator permissions",
        "Federated users act through IAM roles, so they cannot perform root-only tasks either.",
    ),
    (
        "An IAM user in a group that has the Billing job-function policy",
        "Billing permissions cover billing data, not the tasks AWS documents as root-only.",
    ),
)
ROOT_USER = "The AWS account root user"


def _task_choices(tasks, *, root_only: bool) -> list[Choice]:
    prefix = "Requires the root user: " if root_only else "An IAM identity can do this: "
    return [Choice(task.text, prefix + task.why) for task in tasks]


def requires_root(rng: random.Random) -> Draft:
    count = pick_answer_count(rng)
    correct = rng.sample(ROOT_ONLY, count)
    wrong = rng.sample(ADMIN_TASKS, wrong_count(count))
    stems = REQUIRES_ROOT_STEMS if count == 1 else REQUIRES_ROOT_MULTI_STEMS
    return Draft(
        topic=TOPIC,
        stem=rng.choice(stems),
        correct=_task_choices(correct, root_only=True),
        wrong=_task_choices(wrong, root_only=False),
        explanation="AWS documents a short list of tasks that only the root user can perform. "
        + " ".join(task.why for task in correct)
        + " Every other option is a task an IAM identity with the right permissions can do.",
        fact=f"{TOPIC}:{correct[0].id}",
        lesson=LESSON,
        references=[ROOT_TASKS_URL, *(task.reference for task in (*correct, *wrong))],
        difficulty=1 if count == 1 else 2,
    )


def admin_can_do(rng: random.Random) -> Draft:
    count = pick_answer_count(rng)
    correct = rng.sample(ADMIN_TASKS, count)
    wrong = rng.sample(ROOT_ONLY, wrong_count(count))
    stems = ADMIN_CAN_STEMS if count == 1 else ADMIN_CAN_MULTI_STEMS
    return Draft(
        topic=TOPIC,
        stem=rng.choice(stems),
        correct=_task_choices(correct, root_only=False),
        wrong=_task_choices(wrong, root_only=True),
        explanation=" ".join(task.why for task in correct)
        + " The other options are on AWS's list of tasks that require root user credentials.",
        fact=f"{TOPIC}:not-root:{correct[0].id}",
        lesson=LESSON,
        references=[ROOT_TASKS_URL, *(task.reference for task in (*correct, *wrong))],
        difficulty=2,
    )


def who_can_do_it(rng: random.Random) -> Draft:
    task = rng.choice(ROOT_ONLY)
    wrong = rng.sample(IDENTITIES, 3)
    return Draft(
        topic=TOPIC,
        stem=f"A company needs to perform this task: {task.text[0].lower()}{task.text[1:]}. "
        "Which identity can perform it?",
        correct=[Choice(ROOT_USER, task.why)],
        wrong=[Choice(text, why) for text, why in wrong],
        explanation=task.why + " AWS recommends using the root user only for such tasks.",
        fact=f"{TOPIC}:{task.id}",
        lesson=LESSON,
        references=[ROOT_TASKS_URL, task.reference, ROOT_BEST_PRACTICES_URL],
    )


GENERATORS = {
    "root-only/requires-root": requires_root,
    "root-only/admin-can-do": admin_can_do,
    "root-only/who-can-do-it": who_can_do_it,
}
