"""The AWS CLI's ``--output text`` and ``--output table`` renderings of a response.

https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html
Text: one line per structure, its scalar values in key order after the upper-cased name of
the list it sits in, tab-separated; nested lists and structures follow on their own lines.
Table: a titled section per structure, its scalar keys (sorted) as a header row over their
values, nested structures as sections indented one "|" deeper. Written from the CLI's
rules (``awscli/text.py``, ``formatter.py``, ``table.py``); tests compare the bytes with
what the CLI itself prints (tests/policy/data/aws_cli_output/).
"""

from __future__ import annotations


def format_text(data) -> str:
    lines: list[str] = []
    _text(data, lines, None, None)
    return "".join(line + "\n" for line in lines)


def _text(item, lines: list[str], identifier: str | None, scalar_keys: list[str] | None) -> None:
    if isinstance(item, dict):
        _text_dict(item, lines, identifier, scalar_keys)
    elif isinstance(item, list):
        _text_list(item, lines, identifier)
    else:
        lines.append(_scalar(item))


def _text_list(items: list, lines: list[str], identifier: str | None) -> None:
    if not items:
        return
    if any(isinstance(item, dict) for item in items):
        # Every row of a list of structures has the same columns, blank where absent.
        keys = sorted(
            {k for item in items if isinstance(item, dict) for k, v in item.items() if _flat(v)}
        )
        for item in items:
            _text(item, lines, identifier, keys)
        return
    scalars = [item for item in items if _flat(item)]
    if scalars:
        if identifier is None:
            lines.append("\t".join(_scalar(item) for item in scalars))
        else:
            lines.extend(f"{identifier.upper()}\t{_scalar(item)}" for item in scalars)
    for nested in (item for item in items if not _flat(item)):
        _text(nested, lines, identifier, None)


def _text_dict(item: dict, lines, identifier, scalar_keys) -> None:
    if scalar_keys is None:
        scalar_keys = sorted(key for key, value in item.items() if _flat(value))
    values = [_scalar(item.get(key, "")) for key in scalar_keys]
    if values:
        lines.append("\t".join(([identifier.upper()] if identifier else []) + values))
    for key in sorted(set(item) - set(scalar_keys)):
        _text(item[key], lines, key, None)


def _flat(value) -> bool:
    return not isinstance(value, (dict, list))


def _scalar(value) -> str:
    if value is True:
        return "True"
    if value is False:
        return "False"
    return "None" if value is None else str(value)


# The CLI's table is as wide as its widest section, and turns one-row sections into
# key/value rows when that is wider than the terminal: 80 columns when not on one.
TABLE_WIDTH = 80


class _Section:
    def __init__(self, title: str, indent: int):
        self.title = title
        self.indent = indent
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.widths: list[int] = []

    def add(self, cells: list, header: bool = False) -> None:
        cells = [_scalar(cell) if not isinstance(cell, str) else cell for cell in cells]
        self.widths = [
            max(len(cell), self.widths[i] if i < len(self.widths) else 0)
            for i, cell in enumerate(cells)
        ]
        if header:
            self.headers = cells
        else:
            self.rows.append(cells)

    def width(self) -> int:
        columns = sum(w + 4 for w in self.widths) + 2 if self.widths else 2
        return max(len(self.title) + 2, columns) + 2 * self.indent

    def vertical(self) -> None:
        if len(self.rows) == 1 and self.headers:
            pairs = list(zip(self.headers, self.rows[0], strict=True))
            self.headers, self.rows, self.widths = [], [], []
            for pair in pairs:
                self.add(list(pair))

    def scaled(self, width: int) -> list[int]:
        """Column widths stretched (or shrunk) in proportion to fill the section."""
        natural = [w + 4 for w in self.widths]
        scaled = [int(round(width / sum(natural) * w)) for w in natural]
        excess = sum(scaled) - width
        while excess:
            order = range(len(scaled)) if excess > 0 else reversed(range(len(scaled)))
            for i in order:
                scaled[i] += -1 if excess > 0 else 1
                excess += -1 if excess > 0 else 1
                if not excess:
                    break
        return scaled


def format_table(data, title: str) -> str:
    sections: list[_Section] = []
    _table(data, title, 0, sections)
    if not sections:
        return ""
    width = max(section.width() for section in sections)
    if width > TABLE_WIDTH:
        for section in sections:
            section.vertical()
        width = max(section.width() for section in sections)
    lines = ["-" * width]
    for section in sections:
        lines += [
            "|" * section.indent + line + "|" * section.indent
            for line in _render(section, width - 2 * section.indent)
        ]
    return "\n".join(lines) + "\n"


def _table(item, title, indent: int, sections: list[_Section]) -> None:
    """The CLI's table builder: a section per structure, nested ones indented."""
    if not item:
        return
    if title is not None:
        sections.append(_Section(title, indent))
    section = sections[-1]
    if isinstance(item, list):
        if isinstance(item[0], dict):
            _from_list(item, title, indent, sections)
        else:
            for element in item:
                if _flat(element):
                    section.add([element])
                elif all(_flat(e) for e in element):
                    section.add(list(element))
                else:
                    _table(element, None, 0, sections)
    if isinstance(item, dict):
        scalars = sorted(k for k, v in item.items() if _flat(v))
        if len(scalars) == 1:
            section.add([scalars[0], item[scalars[0]]])
        elif scalars:
            section.add(scalars, header=True)
            section.add([item[k] for k in scalars])
        for key in sorted(k for k, v in item.items() if not _flat(v)):
            _table(item[key], key, indent + 1, sections)


def _from_list(items: list[dict], title, indent: int, sections: list[_Section]) -> None:
    scalars = sorted({k for item in items for k, v in item.items() if _flat(v)})
    nested = sorted({k for item in items for k, v in item.items() if not _flat(v)})
    sections[-1].add(scalars, header=True)
    for position, item in enumerate(items):
        if position and nested:
            sections.append(_Section(title, indent))
            sections[-1].add(scalars, header=True)
        sections[-1].add([item.get(key, "") for key in scalars])
        for key in nested:
            if key in item:
                _table(item[key], key, indent + 1, sections)


def _centred(text: str, width: int, left: str = "|") -> str:
    start = width // 2 - len(text) // 2 - 1
    line = left + " " * start + text
    return line + " " * (width - 1 - len(line)) + "|"


def _left(text: str, width: int, left: str) -> str:
    padding = 2 if width - len(text) - 2 - len(left) >= 0 else 0
    line = left + " " * padding + text
    return line + " " * (width - len(line) - 1) + "|"


def _rule(widths: list[int]) -> str:
    return "+" + "-" * (widths[0] - 2) + "+" + "".join("-" * (w - 1) + "+" for w in widths[1:])


def _render(section: _Section, width: int) -> list[str]:
    lines = []
    if section.title:
        lines.append(_centred(section.title, width))
        if not section.headers and not section.rows:
            lines.append("+" + "-" * (width - 2) + "+")
    if not section.widths:
        return lines
    widths = section.scaled(width)
    if section.headers:
        lines.append(_rule(widths))
        lines.append(
            "".join(
                _centred(h, w, "|" if i == 0 else "")
                for i, (h, w) in enumerate(zip(section.headers, widths, strict=True))
            )
        )
    if section.rows:
        lines.append(_rule(widths))
        lines += [
            "".join(
                _left(cell, w, "|" if i == 0 else "")
                for i, (cell, w) in enumerate(zip(row, widths, strict=False))
            )
            for row in section.rows
        ]
        lines.append(_rule(widths))
    return lines
