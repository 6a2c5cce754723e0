"""The AWS CLI's ``--output text`` and ``--output table`` renderings of a response.

https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html
Text: one line per structure, its scalar values in key order after the upper-cased name of
the list it sits in, tab-separated; nested lists and structures follow on their own lines.
Table: a titled box per structure, its scalar keys as a header row over their values, nested
structures as boxes of their own below.
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


def format_table(data, title: str) -> str:
    lines: list[str] = []
    _table(data, title, lines)
    width = max((len(line) for line in lines), default=0)
    out = []
    for line in lines:
        if line == "-":
            out.append("-" * width)
        elif line.startswith("+"):
            out.append("+" + "-" * (width - 2) + "+")
        else:
            out.append(line[:-1].ljust(width - 1) + "|")
    return "\n".join(out) + "\n"


def _table(item, title: str, lines: list[str]) -> None:
    if isinstance(item, list):
        if item and all(isinstance(element, dict) for element in item):
            _rows(item, title, lines)
            for element in item:
                for key, value in element.items():
                    if not _flat(value) and value:
                        _table(value, key, lines)
        elif item:
            _box(title, [], [[_scalar(element)] for element in item if _flat(element)], lines)
            for element in item:
                if not _flat(element):
                    _table(element, title, lines)
        return
    if isinstance(item, dict):
        _rows([item], title, lines)
        for key, value in item.items():
            if not _flat(value) and value:
                _table(value, key, lines)
        return
    _box(title, [], [[_scalar(item)]], lines)


def _rows(items: list[dict], title: str, lines: list[str]) -> None:
    keys = [key for key in _ordered_keys(items) if all(_flat(i.get(key, "")) for i in items)]
    if not keys:
        lines += ["-", f"|{title}|"]
        return
    rows = [[_scalar(item.get(key, "")) for key in keys] for item in items]
    _box(title, keys, rows, lines)


def _ordered_keys(items: list[dict]) -> list[str]:
    keys: list[str] = []
    for item in items:
        keys += [key for key in item if key not in keys]
    return keys


def _box(title: str, header: list[str], rows: list[list[str]], lines: list[str]) -> None:
    columns = max([len(header)] + [len(row) for row in rows])
    widths = [
        max([len(header[c]) if c < len(header) else 0] + [len(row[c]) for row in rows])
        for c in range(columns)
    ]

    def line(cells: list[str]) -> str:
        return "|" + "|".join(f" {cell.center(widths[c])} " for c, cell in enumerate(cells)) + "|"

    inner = len(line([""] * columns)) - 2
    lines += ["-", "|" + title.center(inner) + "|", "+" + "-" * inner + "+"]
    if header:
        lines += [line(header), "+" + "-" * inner + "+"]
    lines += [line(row) for row in rows]
    lines.append("+" + "-" * inner + "+")
