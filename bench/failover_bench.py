"""Benchmark: one of two app servers dies mid-quiz; how long do its students wait?

    apt-get install nginx-light      # or nginx: the real proxy, as the README deploys it
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/iamlab_bench \\
        .venv/bin/python bench/failover_bench.py --students 60

It starts two gunicorn servers with the README's command line ("Classroom deployment": its
flags, each with its own --bind) and nginx with the README's nginx block, verbatim except
that it listens on plain HTTP on a loopback port (the TLS lines go) and its upstream names
the two servers' ports. A class of students (threads) then plays a live quiz through nginx
as the page does: a poll a second, an answer a few seconds into each question, tapped again
when it does not go through. Halfway into the second question the first server's gunicorn
master gets SIGKILL, leaving its workers behind with no service manager to stop them (the
worst case); with --failure freeze the whole server gets SIGSTOP instead, so its port takes
connections and never answers, as a hung host's does. It prints the longest time a student
went without a successful response, the slowest request, the errors seen, and answers given
against answers recorded, and exits 1 when the longest gap is over --max-gap seconds (5) or
an answer is missing.
Earlier benchmark rows (users named bench-*) are deleted first; never point it at a real
classroom's database.
"""

import argparse
import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    free_port,
    nginx_errors,
    prepare,
    readme_gunicorn_arguments,
    setup_django,
    start_gunicorn,
    start_nginx,
)

HTMX = {"HX-Request": "true"}
PULSE = re.compile(r'hx-get="(/classes/live/pulse/[^"?]+)\?seen=([^"]+)"')
POSITION = re.compile(r'name="position" value="(\d+)"')
CHOOSE = re.compile(r"Choose (\d)")
SAVED = "Answer saved"
TIMEOUT = 120  # per request: longer than any proxy timeout, so a hang shows as a hang


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=60)
    parser.add_argument("--questions", type=int, default=4)
    parser.add_argument("--seconds", type=int, default=12, help="clock per question")
    parser.add_argument("--max-gap", type=float, default=5.0, help="fail above this (s)")
    parser.add_argument(
        "--failure",
        choices=["kill", "freeze"],
        default="kill",
        help="kill: SIGKILL to the master (its workers are left behind); freeze: SIGSTOP to "
        "the whole server, which then takes connections and never answers (a hung host)",
    )
    args = parser.parse_args()
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        sys.exit("nginx is missing: apt-get install nginx-light (the benchmark uses the real one)")
    setup_django()
    state = prepare(args.students, args.questions, args.seconds)

    ports = [free_port(), free_port()]
    proxy_port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="failover-bench-"))
    servers, proxy = [], None
    try:
        for port in ports:
            arguments = readme_gunicorn_arguments(port)
            # Its own session, so a dead master's workers stay findable (and killable at the end).
            servers.append(start_gunicorn(arguments, port, start_new_session=True))
        proxy = start_nginx(nginx, workdir, proxy_port, ports)
        for port in ports:
            warm_up(f"http://127.0.0.1:{port}", state)
        print("gunicorn " + " ".join(readme_gunicorn_arguments(ports[0])))
        report = run(args, state, f"http://127.0.0.1:{proxy_port}", victim=servers[0])
        report["proxy_errors"] = nginx_errors(workdir / "error.log")
    finally:
        if proxy:
            proxy.terminate()
            proxy.wait(timeout=10)
        for server in servers:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)
    sys.exit(print_report(report, state["live_quiz"], args.max_gap))


def warm_up(base: str, state: dict):
    """Give every worker thread of a server its first (slow) request, as a class that has been
    on the site for a while would have."""
    student = state["students"][0]
    cookie = f"sessionid={student['session']}; csrftoken={student['csrf']}"
    url = f"{base}/classes/live/{state['live_quiz']}/"

    def fetch():
        request = urllib.request.Request(url, headers={**HTMX, "Cookie": cookie})
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            response.read()

    threads = [threading.Thread(target=fetch) for _ in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


class Clock:
    """Monotonic seconds since the quiz started, shared by every thread."""

    def __init__(self):
        self.start = time.monotonic()

    def now(self) -> float:
        return time.monotonic() - self.start


class Student(threading.Thread):
    """A phone on the play page: a poll a second; each question answered once, a few seconds
    in, and tapped again after a second when it did not go through."""

    def __init__(self, base: str, live_quiz: int, credentials: dict, clock: Clock, stop):
        super().__init__(daemon=True)
        self.base, self.live_quiz, self.clock, self.stop = base, live_quiz, clock, stop
        self.csrf = credentials["csrf"]
        self.cookie = f"sessionid={credentials['session']}; csrftoken={self.csrf}"
        self.pulse, self.seen = None, ""
        self.pending: tuple[int, float, list[str]] | None = None
        self.intended: set[int] = set()  # the questions it answered, or went on trying to
        self.successes: list[float] = []
        self.slowest = (0.0, "")
        self.errors = Counter()

    def run(self):
        time.sleep(random.random())
        self.fetch_state()
        while not self.stop.is_set():
            started = time.monotonic()
            if self.pending and self.clock.now() >= self.pending[1]:
                self.answer()
            self.poll()
            time.sleep(max(0.0, 1 - (time.monotonic() - started)))

    def request(self, name: str, path: str, data: dict | None = None) -> tuple[int, str]:
        headers = {**HTMX, "Cookie": self.cookie}
        body = None
        if data is not None:
            # As a browser on the README's https site sends them: gunicorn trusts the proxy's
            # X-Forwarded-Proto, so Django checks the origin as for https.
            https = "https://" + urllib.parse.urlsplit(self.base).netloc
            headers |= {"X-CSRFToken": self.csrf, "Origin": https, "Referer": https + "/"}
            body = urllib.parse.urlencode(data, doseq=True).encode()
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, ""
        except OSError as error:
            status, text = 0, type(error).__name__
        took = time.monotonic() - started
        if took > self.slowest[0]:
            self.slowest = (took, f"{name} answered {status or text} after {took:.1f} s")
        if 200 <= status < 300:
            self.successes.append(self.clock.now())
        else:
            self.errors[f"{name} {status or text}"] += 1
        return status, text

    def fetch_state(self):
        status, page = self.request("state", f"/classes/live/{self.live_quiz}/")
        if status == 200:
            self.read(page)

    def poll(self):
        if self.pulse is None:
            return self.fetch_state()
        query = urllib.parse.urlencode({"seen": self.seen})
        status, page = self.request("pulse", f"{self.pulse}?{query}")
        if status == 200:
            self.read(page)

    def read(self, page: str):
        pulse = PULSE.search(page)
        if pulse:
            self.pulse, self.seen = pulse.group(1), urllib.parse.unquote(pulse.group(2))
        position = POSITION.search(page)
        if position is None or SAVED in page:
            return
        number = int(position.group(1))
        if number in self.intended:
            return
        needed = CHOOSE.search(page)
        options = range(5 if needed else 4)
        count = int(needed.group(1)) if needed else 1
        choices = [str(index) for index in random.sample(options, count)]
        self.intended.add(number)
        self.pending = (number, self.clock.now() + random.uniform(1, 4), choices)

    def answer(self):
        number, _, choices = self.pending
        status, page = self.request(
            "answer",
            f"/classes/live/{self.live_quiz}/answer/",
            {"position": number, "choice": choices},
        )
        if status == 200 and SAVED in page:
            self.pending = None
        elif status == 200:
            # Refused (the question closed before any try got through): nothing to tap again.
            self.errors[f"answer refused: {re.sub(r'<[^>]+>', '', page)[:60]}"] += 1
            self.pending = None
        else:
            self.pending = (number, self.clock.now() + 1, choices)


def run(args, state: dict, base: str, victim: subprocess.Popen) -> dict:
    clock, stop = Clock(), threading.Event()
    students = [
        Student(base, state["live_quiz"], credentials, clock, stop)
        for credentials in state["students"]
    ]
    for student in students:
        student.start()
    time.sleep(3)  # the class gathers in the lobby
    instructor = Student(base, state["live_quiz"], state["instructor"], clock, stop)
    killed_at = None
    quiz_start = clock.now()  # gaps count from here: the class is in the lobby, polling
    for seen in range(args.questions + 1):  # the last step finishes the quiz
        for _ in range(20):
            status, _ = instructor.request(
                "next", f"/classes/live/{state['live_quiz']}/next/", {"seen_position": seen}
            )
            if status == 200:  # the screen, after the redirect
                break
            time.sleep(0.5)  # "Next" is idempotent (seen_position): click again
        else:
            sys.exit(f"the instructor's Next kept failing: {dict(instructor.errors)}")
        if seen == args.questions:
            break
        if seen == 1:
            time.sleep(args.seconds / 2)
            if args.failure == "kill":
                victim.send_signal(signal.SIGKILL)
            else:
                os.killpg(victim.pid, signal.SIGSTOP)
            killed_at = clock.now()
            time.sleep(args.seconds / 2 + 3)
        else:
            time.sleep(args.seconds + 3)  # the clock, then a moment on the results
    time.sleep(3)
    stop.set()
    quiz_end = clock.now()
    for student in students:
        student.join(timeout=TIMEOUT)
    return {
        "students": students,
        "instructor": instructor,
        "killed_at": killed_at,
        "failure": args.failure,
        "span": (quiz_start, quiz_end),
    }


def longest_gap(times: list[float], span: tuple[float, float]) -> tuple[float, float]:
    """The longest stretch without a success within ``span``, and when it began."""
    marks = [span[0], *sorted(t for t in times if span[0] <= t <= span[1]), span[1]]
    return max((later - earlier, earlier) for earlier, later in zip(marks, marks[1:], strict=False))


def print_report(report: dict, live_quiz_id: int, max_gap: float) -> int:
    from iamlab.classroom.models import LiveAnswer

    students = report["students"]
    killed_at = report["killed_at"]
    start, end = report["span"]
    # From just before the failure: what it costs. The first question's gap is printed too (a
    # cold worker builds its questions then), but it is the same with both servers up.
    gap, began = max(longest_gap(s.successes, (killed_at - 1, end)) for s in students)
    before, _ = max(longest_gap(s.successes, (start, killed_at - 1)) for s in students)
    slowest = max((student.slowest for student in students), default=(0.0, ""))
    errors = sum((student.errors for student in [*students, report["instructor"]]), Counter())
    recorded = set(
        LiveAnswer.objects.filter(question__live_quiz_id=live_quiz_id).values_list(
            "student__username", "question__position"
        )
    )
    usernames = [f"bench-student-{number:04d}" for number in range(len(students))]
    # prepare() hands out sessions in roster order.
    intended = {
        (username, position)
        for username, student in zip(usernames, students, strict=True)
        for position in student.intended
    }
    missing = intended - recorded
    print(
        f"\nFailover benchmark: {len(students)} students, server 1 "
        f"{'killed (SIGKILL to its master)' if report['failure'] == 'kill' else 'frozen'} "
        f"at {killed_at:.1f} s into the quiz"
    )
    print(
        f"longest gap without a successful response: {gap:.1f} s "
        f"(a student, from {began - killed_at:+.1f} s after the failure); before it: {before:.1f} s"
    )
    print(f"slowest request (whole quiz): {slowest[1] or 'none'}")
    print(f"errors seen: {dict(errors) or 'none'}")
    print(f"nginx's error log: {dict(report['proxy_errors']) or 'empty'}")
    print(f"answers given {len(intended)}, recorded {len(recorded)}, missing {len(missing)}")
    failed = False
    if gap > max_gap:
        print(f"FAIL: a student waited {gap:.1f} s (more than {max_gap:.0f} s)")
        failed = True
    if missing:
        print(f"FAIL: {len(missing)} answers lost, e.g. {sorted(missing)[:3]}")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    main()
