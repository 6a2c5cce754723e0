"""Benchmark: lesson-page requests per second with the render cache warm.

Run from the repository root:  .venv/bin/python -m tests.lessons.bench_lesson_pages [--seconds 5]

Requests go through the whole Django stack (middleware, view, template) in
this process, on a throwaway test database, for every step of every lesson in
IAMLAB_NOTES_DIR, as a guest and as a signed-in learner with some progress.
"""

import argparse
import os
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to measure each case")
    seconds = parser.parse_args().seconds

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from django.test.runner import DiscoverRunner

    # No setup_test_environment(): its template instrumentation would be measured too.
    runner = DiscoverRunner(verbosity=0)
    databases = runner.setup_databases()
    try:
        run(seconds)
    finally:
        runner.teardown_databases(databases)


def run(seconds: float) -> None:
    from django.test import Client

    from iamlab.lessons.progress import step_progress_mark
    from iamlab.lessons.vault import current_vault
    from tests.factories import LearnerFactory

    vault = current_vault()
    urls = [step.url for lesson in vault.lessons.values() for step in lesson.steps]
    learner = LearnerFactory()
    lesson = next(iter(vault.lessons.values()))
    step_progress_mark(learner=learner, note=lesson.name, step=lesson.steps[0].slug)
    signed_in = Client()
    signed_in.force_login(learner.user)
    print(f"{len(vault.lessons)} lessons, {len(urls)} step pages; {seconds:.0f} s per case")
    for label, client in [("guest", Client()), ("signed-in learner", signed_in)]:
        for url in urls:  # warm the cache (and check every page answers)
            assert client.get(url).status_code == 200, url
        count, started = 0, time.perf_counter()
        while time.perf_counter() - started < seconds:
            client.get(urls[count % len(urls)])
            count += 1
        elapsed = time.perf_counter() - started
        print(f"{label:>18}: {count / elapsed:8.1f} requests/s ({count} in {elapsed:.1f} s)")


if __name__ == "__main__":
    main()
