"""Errors the policy engine raises, shared by parsing, validation and evaluation."""


class MalformedPolicyDocument(ValueError):
    """A policy document AWS would refuse, with AWS's own wording.

    ``message`` is what AWS says after ``MalformedPolicyDocument:``; ``path`` locates
    the offending element inside the JSON document as a tuple of object keys and
    list indexes (``("Statement", 0, "Effect")``), empty for the document itself.
    Validation maps the path to a line and column of the text the user typed.
    """

    code = "MalformedPolicyDocument"

    def __init__(self, message: str, path: tuple[str | int, ...] = ()):
        super().__init__(message)
        self.message = message
        self.path = tuple(path)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
