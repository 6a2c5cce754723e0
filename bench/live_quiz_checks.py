"""The live quiz benchmark's pass/fail arithmetic, kept free of locust and Django so a test
can feed it a lost and a doubled answer (tests/classroom/test_live_bench_checks.py)."""

import math
from collections import Counter
from collections.abc import Iterable

Answer = tuple[str, int]  # (username, question position)


def answer_problems(
    *, roster: Iterable[str], questions: int, sent: Iterable[Answer], recorded: Iterable[Answer]
) -> list[str]:
    """What is wrong with a run's answers; empty when every student answered every question
    once and the database holds exactly those answers, each once.

    ``sent`` has one entry per answer a student gave (a double tap or a retry is still one
    answer); ``recorded`` has one entry per row in the database. Counting rows, rather than
    distinct rows, is what lets a doubled answer show.
    """
    expected = {(name, position) for name in roster for position in range(1, questions + 1)}
    sent, recorded = Counter(sent), Counter(recorded)
    problems = []

    def report(what: str, answers: list[Answer]):
        if answers:
            problems.append(f"{len(answers)} {what}, e.g. {sorted(answers)[:3]}")

    report("never sent (a student missed a question)", [a for a in expected if a not in sent])
    report("sent twice by the benchmark", [a for a, n in sent.items() if n > 1])
    report("lost (sent, not recorded)", [a for a in sent if a not in recorded])
    report("doubled (recorded more than once)", [a for a, n in recorded.items() if n > 1])
    report("recorded but never sent", [a for a in recorded if a not in sent])
    total_sent, total_recorded = sum(sent.values()), sum(recorded.values())
    if not problems and not total_sent == total_recorded == len(expected):
        problems.append(f"sent {total_sent}, recorded {total_recorded}, expected {len(expected)}")
    return problems


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (0 for no values), as locust reports its own."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]
