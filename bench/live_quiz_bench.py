"""Benchmark: a class of students joins and answers a live quiz on gunicorn + PostgreSQL.

    pip install -e '.[bench]'
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/iamlab_bench \\
        .venv/bin/python bench/live_quiz_bench.py --students 300 --questions 10

It migrates that database, collects static files, creates an instructor, a
class with the students on its roster and a live quiz, starts gunicorn
(--workers), plays the instructor (opening each question, waiting for its
clock, moving on) while locust plays the students
(bench/live_quiz_locustfile.py), then prints latency percentiles, errors, and
answers recorded in the database against answers sent. Earlier benchmark rows
(users named bench-*) are deleted first; never point it at a real classroom's
database.
"""

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import gevent
import locust  # noqa: F401  (before requests: importing locust patches sockets for gevent)
import requests
from locust.env import Environment

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import prepare, setup_django, start_gunicorn  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=20, help="clock per question")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument(
        "--threads",
        type=int,
        default=4,
        help="threads per worker (as the README deploys it); 1 runs sync workers",
    )
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    setup_django()
    state = prepare(args.students, args.questions, args.seconds)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(state, file)
    os.environ["LIVE_QUIZ_BENCH_STATE"] = file.name
    os.environ["LIVE_QUIZ_BENCH_QUIZ"] = str(state["live_quiz"])

    setup = resource.getrusage(resource.RUSAGE_SELF)
    server = start_app_server(args.workers, args.threads, args.port)
    try:
        report = run(args, state, f"http://127.0.0.1:{args.port}")
        report["setup_cpu"] = setup.ru_utime + setup.ru_stime
    finally:
        server.terminate()
        server.wait(timeout=20)
        os.unlink(file.name)
    print_report(report, state["live_quiz"])


def start_app_server(workers: int, threads: int, port: int):
    arguments = ["iamlab.wsgi", "--bind", f"127.0.0.1:{port}"]
    arguments += ["--workers", str(workers), "--threads", str(threads), "--backlog", "2048"]
    # Import the app once, before forking: workers start warm and share the memory.
    return start_gunicorn([*arguments, "--preload"], port)


def run(args, state: dict, base_url: str) -> dict:
    import live_quiz_locustfile as students

    warm_up(base_url, state, args.workers)
    env = Environment(user_classes=[students.Student], host=base_url)
    runner = env.create_local_runner()
    runner.start(args.students, spawn_rate=min(args.students, 100))
    # The class gathers in the lobby before the instructor starts.
    while runner.user_count < args.students:
        gevent.sleep(0.5)
    gevent.sleep(3)
    instructor = requests.Session()
    instructor.cookies.set("sessionid", state["instructor"]["session"])
    instructor.cookies.set("csrftoken", state["instructor"]["csrf"])
    next_url = f"{base_url}/classes/live/{state['live_quiz']}/next/"
    started = time.monotonic()
    for seen in range(args.questions + 1):  # the last step finishes the quiz
        response = instructor.post(
            next_url,
            data={"seen_position": seen},
            headers={"X-CSRFToken": state["instructor"]["csrf"]},
            allow_redirects=False,
        )
        if response.status_code != 302:
            print(f"instructor's Next failed: {response.status_code}", file=sys.stderr)
        if seen < args.questions:
            gevent.sleep(args.seconds + 3)  # the clock, then a moment on the results
    gevent.sleep(3)
    runner.quit()
    return {"env": env, "seconds": time.monotonic() - started, "tally": dict(students.tally)}


def warm_up(base_url: str, state: dict, workers: int):
    """Give every worker its first (slow: templates, question generation) request."""
    student = state["students"][0]
    cookies = {"sessionid": student["session"], "csrftoken": student["csrf"]}
    url = f"{base_url}/classes/live/{state['live_quiz']}/"
    jobs = [
        gevent.spawn(requests.get, url, cookies=cookies, headers={"HX-Request": "true"})
        for _ in range(workers * 4)
    ]
    gevent.joinall(jobs)


def print_report(report: dict, live_quiz_id: int):
    from iamlab.classroom.models import LiveAnswer

    stats = report["env"].stats
    recorded = LiveAnswer.objects.filter(question__live_quiz_id=live_quiz_id).count()
    duplicates = (
        LiveAnswer.objects.filter(question__live_quiz_id=live_quiz_id)
        .values("question", "student")
        .distinct()
        .count()
    )
    tally = report["tally"]
    print(f"\nLive quiz benchmark: {report['seconds']:.0f} s of quiz")
    print(f"{'request':<8} {'count':>8} {'errors':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
    for name, entry in [
        ("pulse", stats.get("pulse", "GET")),
        ("state", stats.get("state", "GET")),
        ("answer", stats.get("answer", "POST")),
    ]:
        print(_row(name, entry))
    print(_row("all", stats.total))
    # CPU seconds are steadier than latencies on a shared machine: compare runs by them too.
    servers = resource.getrusage(resource.RUSAGE_CHILDREN)
    students = resource.getrusage(resource.RUSAGE_SELF)
    generator = students.ru_utime + students.ru_stime - report["setup_cpu"]
    print(
        f"CPU: app servers {servers.ru_utime + servers.ru_stime:.1f} s, "
        f"load generator {generator:.1f} s "
        f"(PostgreSQL not counted)"
    )
    print(
        f"answers sent {tally.get('sent', 0)}, accepted {tally.get('accepted', 0)}, "
        f"refused {tally.get('refused', 0)}; recorded in the database {recorded} "
        f"({recorded - duplicates} duplicates)"
    )
    for error in stats.errors.values():
        print(f"error x{error.occurrences}: {error.method} {error.name}: {error.error}")


def _row(name, entry) -> str:
    return (
        f"{name:<8} {entry.num_requests:>8} {entry.num_failures:>7} "
        f"{entry.get_response_time_percentile(0.5):>7.0f} "
        f"{entry.get_response_time_percentile(0.95):>7.0f} "
        f"{entry.get_response_time_percentile(0.99):>7.0f}"
    )


if __name__ == "__main__":
    main()
