"""Benchmark of the question bank: `python -m quizzes.bench`.

Prints how many questions per second `export_quiz --count 400` (every topic) builds, and the
same for a 65-question exam by the blueprint. Beside them it times a baseline on the same
machine in the same run: generating the same number of questions straight from the
generators, with no quiz around them. The ratio (quiz time / baseline time) is what the
checks hold, since it says what building a quiz adds and survives a busy shared machine
better than seconds do. Times are CPU time of this process.

Checks (exit status 1 when one fails): a 400-question quiz costs at most 4x its baseline,
an exam at most 4x its own.
"""

import argparse
import random
import sys
import time

from quizzes.generators import GENERATORS, build_exam, build_quiz, generate
from quizzes.question import TOPICS

MAX_RATIO = 4.0


def _cpu(work) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def baseline(count: int, seed: int) -> float:
    """CPU seconds for ``count`` questions from random generators, nothing else."""
    rng = random.Random(seed)
    names = sorted(GENERATORS)
    return _cpu(lambda: [generate(rng.choice(names), rng.randrange(2**31)) for _ in range(count)])


def _quiz_of_400(seed: int):
    return build_quiz(list(TOPICS), 400, seed)


def _exam_of_65(seed: int):
    return build_exam(65, seed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each (default 3)")
    args = parser.parse_args()
    failed = False
    for label, count, build in (
        ("export_quiz --count 400 (all topics)", 400, _quiz_of_400),
        ("exam of 65 by the blueprint", 65, _exam_of_65),
    ):
        quiz = min(_cpu(lambda run=run, build=build: build(run)) for run in range(args.runs))
        base = min(baseline(count, run) for run in range(args.runs))
        ratio = quiz / base
        verdict = "ok" if ratio <= MAX_RATIO else f"FAIL (more than {MAX_RATIO:g}x)"
        failed |= ratio > MAX_RATIO
        print(
            f"{label}: {count / quiz:,.0f} questions/s ({quiz * 1000:.0f} ms CPU); "
            f"baseline {count / base:,.0f} questions/s; ratio {ratio:.2f} {verdict}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
