"""The coverage map: CLF-C02 task statements -> concepts -> facts, and the exam blueprint.

The exam guide (AWS Certified Cloud Practitioner, CLF-C02) weighs domains, not task
statements: Domain 2, Security and Compliance, is 30% of the scored content. IAM Lab's
exam covers only the access-management side of that domain, so the weights below are our
own reading of the guide: task statement 2.3 is the whole subject, 2.1 and 2.2 contribute
their identity parts. They also keep two exams apart: each task statement's share is about
in proportion to its (concept, angle) pairs, so no small task statement is drawn dry.

The concepts of each task statement are the catalogues' concepts whose ``task`` names it;
their claims, scenarios and practices are the facts, each citing its page. The exam guide
is linked from https://aws.amazon.com/certification/certified-cloud-practitioner/.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class TaskStatement:
    id: str
    title: str  # as the exam guide words it
    covers: str  # the parts of it this bank asks about
    weight: float  # share of an IAM Lab exam


TASK_STATEMENTS: dict[str, TaskStatement] = {
    task.id: task
    for task in (
        TaskStatement(
            "2.1",
            "Understand the AWS shared responsibility model.",
            "who secures identities, credentials and permissions, and how that shifts by service",
            0.1,
        ),
        TaskStatement(
            "2.2",
            "Understand AWS Cloud security, governance, and compliance concepts.",
            "auditing and reporting on identities (CloudTrail, credential report, access "
            "reports), governance of many accounts (AWS Organizations)",
            0.15,
        ),
        TaskStatement(
            "2.3",
            "Identify AWS access management capabilities.",
            "IAM users, groups, roles and policies, the root user, least privilege, IAM "
            "Identity Center and federation, MFA, access keys, password policies and "
            "credential storage",
            0.75,
        ),
    )
}

# Policy evaluation's questions come from the engine, not from concepts: they read
# custom and managed policies, task statement 2.3.
POLICY_EVALUATION_TASK = "2.3"


def allocate(count: int, available: dict[str, int]) -> list[tuple[str, int]]:
    """Split ``count`` questions over the task statements that have questions, by weight
    (largest remainder, so the shares add up to ``count`` exactly)."""
    tasks = [task for task in TASK_STATEMENTS if available.get(task)]
    total = sum(TASK_STATEMENTS[task].weight for task in tasks)
    exact = {task: count * TASK_STATEMENTS[task].weight / total for task in tasks}
    shares = {task: int(exact[task]) for task in tasks}
    by_remainder = sorted(tasks, key=lambda task: exact[task] - shares[task], reverse=True)
    for task in by_remainder[: count - sum(shares.values())]:
        shares[task] += 1
    return [(task, shares[task]) for task in tasks if shares[task]]
