"""Collects findings while the checks walk the document, placing each one in the text."""

from __future__ import annotations

from iamlab.policy.validation.findings import ERROR, Finding
from iamlab.policy.validation.jsonpos import TextPositions


class Report:
    def __init__(self, text: str):
        self.positions = TextPositions(text)
        self.findings: list[Finding] = []

    def add(
        self,
        severity: str,
        code: str,
        message: str,
        offset: int,
        path: tuple = (),
        *,
        analyzer_only: bool = False,
    ) -> None:
        """``analyzer_only``: an error of Access Analyzer's check that AWS still accepts."""
        line, column = self.positions.line_column(offset)
        refused = severity == ERROR and not analyzer_only
        self.findings.append(Finding(severity, code, message, line, column, tuple(path), refused))
