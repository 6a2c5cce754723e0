"""Sandbox challenges: goals a student builds in their own sandbox account.

A challenge is a list of requests with the decision each must get (as in the
evaluation cases: a principal, an action, a resource, an expected decision),
checked by the sandbox's simulator, plus structural checks on the account.
``{account}`` in a principal or resource stands for the student's account id.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Expect:
    principal: str  # "user/NAME", "role/NAME" or "root"
    action: str
    resource: str
    decision: str  # "allowed", or "denied" (an explicit or an implicit deny)

    def describe(self) -> str:
        verb = "can" if self.decision == "allowed" else "cannot"
        who = "the root user" if self.principal == "root" else self.principal
        return f"{who} {verb} {self.action} on {self.resource}"


# Structural checks, by name; iamlab/classroom/services/challenges.py implements each.
STRUCTURAL = {
    "no-inline-policies": "No user, group or role has an inline policy",
    "no-star-star": "No policy in use allows every action on every resource (*:*)",
    "users-have-mfa": "Every IAM user has an MFA device enabled",
    "root-has-mfa": "The root user has an MFA device enabled",
    "no-root-access-keys": "The root user has no access keys",
}


@dataclass(frozen=True)
class Challenge:
    slug: str
    title: str
    lesson: str  # Obsidian-style link into the lessons
    goal: str
    requests: tuple[Expect, ...]
    structural: tuple[str, ...]


CHALLENGES = {
    challenge.slug: challenge
    for challenge in (
        Challenge(
            slug="developers-read-reports",
            title="Developers read reports, and only read them",
            lesson="security-IAM#groups",
            goal=(
                "Create a group `developers` with the user `dev1` in it. Developers can read "
                "objects in the S3 bucket `reports` but cannot delete them. Give permissions "
                "through the group, not inline policies."
            ),
            requests=(
                Expect("user/dev1", "s3:GetObject", "arn:aws:s3:::reports/q3.csv", "allowed"),
                Expect("user/dev1", "s3:DeleteObject", "arn:aws:s3:::reports/q3.csv", "denied"),
                Expect("user/dev1", "s3:GetObject", "arn:aws:s3:::payroll/q3.csv", "denied"),
            ),
            structural=("no-inline-policies", "no-star-star"),
        ),
        Challenge(
            slug="read-only-auditor",
            title="An auditor who reads everything and changes nothing",
            lesson="security-IAM#policies",
            goal=(
                "Create the user `auditor`. The auditor can list IAM users and read objects "
                "in `reports`, but cannot create users or write objects. The AWS managed "
                "policies IAMReadOnlyAccess and AmazonS3ReadOnlyAccess are one way to do it."
            ),
            requests=(
                Expect("user/auditor", "iam:ListUsers", "*", "allowed"),
                Expect("user/auditor", "s3:GetObject", "arn:aws:s3:::reports/q3.csv", "allowed"),
                Expect(
                    "user/auditor",
                    "iam:CreateUser",
                    "arn:aws:iam::{account}:user/mallory",
                    "denied",
                ),
                Expect("user/auditor", "s3:PutObject", "arn:aws:s3:::reports/q3.csv", "denied"),
            ),
            structural=("no-star-star",),
        ),
        Challenge(
            slug="lock-away-the-root-user",
            title="Lock away the root user",
            lesson="security-IAM#best practices",
            goal=(
                "Protect the root user with MFA and give it no access keys. Create the user "
                "`admin` with MFA for everyday administration: admin can create IAM users."
            ),
            requests=(
                Expect(
                    "user/admin", "iam:CreateUser", "arn:aws:iam::{account}:user/newhire", "allowed"
                ),
            ),
            structural=("root-has-mfa", "no-root-access-keys", "users-have-mfa"),
        ),
    )
}
