"""Policy documents as IAM accepts them: JSON, a known Version, statements with an Effect."""

from iamlab.sandbox import errors
from iamlab.sandbox.services import rules

VERSIONS = ("2012-10-17", "2008-10-17")


def document_check(document: str, *, quota: str, limit: int) -> str:
    """Refuse what IAM would refuse with MalformedPolicyDocument or LimitExceeded."""
    parsed = rules.parse_document(document)
    version = parsed.get("Version")
    if version is not None and version not in VERSIONS:
        raise errors.malformed("The policy failed legacy parsing")
    statements = parsed.get("Statement")
    if statements is None:
        raise errors.malformed("Syntax errors in policy.")
    if isinstance(statements, dict):
        statements = [statements]
    for statement in statements:
        if not isinstance(statement, dict) or statement.get("Effect") not in ("Allow", "Deny"):
            raise errors.malformed("Syntax errors in policy.")
        if "Action" not in statement and "NotAction" not in statement:
            raise errors.malformed("Policy statement must contain actions.")
    rules.check_size(document, quota=quota, limit=limit)
    return document
