"""Collects findings while the checks walk the document, placing each one in the text."""

from __future__ import annotations

from iamlab.policy.validation.findings import Finding
from iamlab.policy.validation.jsonpos import TextPositions


class Report:
    def __init__(self, text: str):
        self.positions = TextPositions(text)
        self.findings: list[Finding] = []

    def add(self, severity: str, code: str, message: str, offset: int, path: tuple = ()) -> None:
        line, column = self.positions.line_column(offset)
        self.findings.append(Finding(severity, code, message, line, column, tuple(path)))

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)
