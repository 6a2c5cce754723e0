"""Benchmark: a class joins and plays a live quiz on gunicorn + PostgreSQL, as phones do.

    pip install -e '.[bench]'
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/iamlab_bench \\
        .venv/bin/python bench/live_quiz_bench.py --students 300 --questions 10

It creates that database when missing, migrates it, collects static files, creates an
instructor, a class with no students and a live quiz, and starts the README's gunicorn
command (--servers 2: two of them behind the README's nginx block, as failover_bench.py
does). Then, at the same moment, every student (locust, bench/live_quiz_locustfile.py) signs
up or logs in (--returning of them have an account), joins through the join link's form,
opens the play page with its static files and waits in the lobby; the projector polls its
screen. Once all have joined, the instructor presses Next for each question, waits out its
clock and a moment on the results, and finishes the quiz. It prints, per endpoint and per
phase (joining, each question, results), request counts, failures and p50/p95/p99; the time
from Next to each phone showing the question; the CPU of the app servers, nginx, PostgreSQL
(the benchmark database's connections) and the load generator, read from /proc; the machine's
load average before and after; and the answers check: every student answered every question
once and the database holds exactly those answers, each once. It exits 1 when that check
fails or any request failed. Earlier benchmark rows (users named bench-*) are deleted first;
never point it at a real classroom's database.
"""

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

import gevent
import locust  # noqa: F401  (before requests: importing locust patches sockets for gevent)
import requests
from locust.env import Environment

sys.path.insert(0, str(Path(__file__).resolve().parent))

import live_quiz_locustfile as play  # noqa: E402
from harness import (  # noqa: E402
    PASSWORD,
    free_port,
    new_username,
    nginx_errors,
    prepare_to_join,
    readme_gunicorn_arguments,
    returning_username,
    setup_django,
    signed_in_username,
    start_gunicorn,
    start_nginx,
)
from live_quiz_checks import answer_problems, percentile  # noqa: E402

TARGETS = {  # at 1,000 students (issue 20): p95 in seconds
    "answer": 0.3,
    "joining (whole)": 2.0,
    "propagation": 1.5,
}
JOIN_TIMEOUT = 900  # seconds: a class that has not joined by then never will
ANSWERS = ("answer", "answer (2nd tap)", "answer (retry)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=20, help="clock per question")
    parser.add_argument(
        "--returning",
        type=float,
        default=0.3,
        help="share of students who log in with an account they have; the others sign up",
    )
    parser.add_argument(
        "--signed-in",
        type=float,
        default=0.0,
        help="share of students still signed in on their phone: they only join (no password)",
    )
    parser.add_argument(
        "--servers",
        type=int,
        choices=[1, 2],
        default=1,
        help="app servers (the README's gunicorn command each); 2 stand behind nginx",
    )
    args = parser.parse_args()
    load_before = _load_average()
    started_at = datetime.now(timezone.utc)
    # The whole class signs up from one address (the loopback, as from a school's one NAT
    # address): the default limit of 100 sign-ups an hour per address would refuse the rest.
    os.environ["IAMLAB_SIGNUP_ADDRESS_LIMIT"] = "1000000"
    setup_django()
    signed_in = round(args.students * args.signed_in)
    returning = min(round(args.students * args.returning), args.students - signed_in)
    state = prepare_to_join(args.questions, args.seconds, returning, signed_in)
    roster = [signed_in_username(n) for n in range(signed_in)]
    roster += [returning_username(n) for n in range(returning)]
    roster += [new_username(n) for n in range(args.students - returning - signed_in)]

    servers, proxy, workdir = [], None, Path(tempfile.mkdtemp(prefix="live-quiz-bench-"))
    try:
        ports = [free_port() for _ in range(args.servers)]
        if args.servers > 1:
            # As the README deploys servers behind the TLS proxy.
            os.environ.update(BEHIND_TLS_PROXY="true", PROXY_COUNT="1")
        for port in ports:
            servers.append(start_gunicorn(readme_gunicorn_arguments(port), port))
        base_port = ports[0]
        if args.servers > 1:
            base_port = free_port()
            proxy = start_nginx(_nginx(), workdir, base_port, ports)
        base = f"http://127.0.0.1:{base_port}"
        for port in ports:
            _warm_up(f"http://127.0.0.1:{port}", state)
        print("each app server: gunicorn " + " ".join(readme_gunicorn_arguments(ports[0])))
        play.run = play.Run(
            live_quiz=state["live_quiz"],
            join_code=state["join_code"],
            signed_in=state["signed_in"],
            returning=roster[signed_in : signed_in + returning][::-1],
            new=roster[signed_in + returning :][::-1],
            password=PASSWORD,
            instructor_cookie=_cookie(state["instructor"]),
            # Behind nginx, Django sees https (X-Forwarded-Proto) and checks Origin for it.
            origin=("https://" if proxy else "http://") + f"127.0.0.1:{base_port}",
        )
        cpu = CpuWatch(servers, proxy, _database_name())
        monitor = gevent.spawn(cpu.watch)
        report = run(args, state, base)
        monitor.kill()
        cpu.sample()
        report["cpu"] = cpu
        report["proxy_errors"] = nginx_errors(workdir / "error.log") if proxy else None
    finally:
        if proxy:
            proxy.terminate()
            proxy.wait(timeout=10)
        for server in servers:
            server.terminate()
            server.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)
    accounts = f"{signed_in} still signed in, {returning} log in, the rest sign up"
    report |= {
        "load": (load_before, _load_average()),
        "started_at": started_at,
        "accounts": accounts,
    }
    sys.exit(print_report(args, report, roster, state["live_quiz"]))


def _nginx() -> str:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        sys.exit("nginx is missing: apt-get install nginx-light (--servers 2 uses the real one)")
    return nginx


def _database_name() -> str:
    from django.db import connection

    return connection.settings_dict["NAME"]


def _cookie(session: dict) -> str:
    return f"sessionid={session['session']}; csrftoken={session['csrf']}"


def _warm_up(base: str, state: dict):
    """Each worker thread's first requests (templates, the question bank) before the class."""
    pages = ["/accounts/signup/", "/accounts/login/", f"/classes/join/{state['join_code']}/"]
    jobs = [gevent.spawn(requests.get, base + page) for page in pages * 12]
    gevent.joinall(jobs)


def run(args, state: dict, base: str) -> dict:
    env = Environment(user_classes=[play.Student, play.Projector], host=base)
    env.events.request.add_listener(play.run.on_request)
    runner = env.create_local_runner()
    joining_started = time.monotonic()
    # Everyone at once: the instructor shows the QR code and the whole class scans it.
    runner.start(args.students + 1, spawn_rate=args.students + 1)
    tally = play.run.tally
    while tally["joined"] + tally["gave up joining"] < args.students:
        if time.monotonic() - joining_started > JOIN_TIMEOUT:
            print(f"joining: still not done after {JOIN_TIMEOUT} s; going on", file=sys.stderr)
            break
        gevent.sleep(0.5)
    joining = time.monotonic() - joining_started
    gevent.sleep(3)  # the lobby: the instructor sees the count and starts
    instructor = requests.Session()
    instructor.cookies.set("sessionid", state["instructor"]["session"])
    instructor.cookies.set("csrftoken", state["instructor"]["csrf"])
    next_url = f"{base}/classes/live/{state['live_quiz']}/next/"
    for seen in range(args.questions + 1):  # the last step finishes the quiz
        position = seen + 1
        play.run.phase = f"question {position}" if seen < args.questions else "results"
        play.run.opened[position] = pressed = time.monotonic()
        response = instructor.post(
            next_url,
            data={"seen_position": seen},
            headers={"X-CSRFToken": state["instructor"]["csrf"], "Origin": play.run.origin},
        )
        failure = None if response.status_code == 200 else f"Next answered {response.status_code}"
        play.run.on_request("next", (time.monotonic() - pressed) * 1000, failure)
        # The clock, then a moment on the results; at the end, everyone's own score.
        gevent.sleep(args.seconds + 3 if seen < args.questions else 6)
    runner.quit()
    return {"env": env, "joining": joining, "quiz": time.monotonic() - joining_started - joining}


class CpuWatch:
    """CPU seconds of each kind of process during the run, from /proc/<pid>/stat.

    Sampled every second, so a process that ends between samples loses at most its last
    second (app servers and their database connections live through the run).
    """

    def __init__(self, servers, proxy, database: str):
        self.masters = {server.pid for server in servers}
        self.proxy = proxy.pid if proxy else None
        self.database = database
        self.tick = os.sysconf("SC_CLK_TCK")
        self.first: dict[int, float] = {}
        self.last: dict[int, tuple[str, float]] = {}
        self.connections = 0  # the most benchmark database connections seen at once
        self.started = time.monotonic()
        self.sample(initial=True)

    def watch(self):
        while True:
            gevent.sleep(1)
            self.sample()

    def sample(self, initial: bool = False):
        connections = 0
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            pid = int(entry.name)
            with contextlib.suppress(OSError):
                stat = Path(f"/proc/{pid}/stat").read_text()
                command, rest = stat[stat.index("(") + 1 : stat.rindex(")")], stat.split(")")[-1]
                fields = rest.split()
                parent, seconds = int(fields[1]), (int(fields[11]) + int(fields[12])) / self.tick
                kind = self._kind(pid, parent, command)
                if kind is None:
                    continue
                connections += kind == "PostgreSQL (benchmark database)"
                self.last[pid] = (kind, seconds)
                # A process born during the run counts from zero.
                self.first.setdefault(pid, seconds if initial else 0.0)
        self.connections = max(self.connections, connections)
        self.ended = time.monotonic()

    def _kind(self, pid: int, parent: int, command: str) -> str | None:
        if pid == os.getpid():
            return "load generator (locust)"
        if pid in self.masters or parent in self.masters:
            return "app servers (gunicorn)"
        if self.proxy and self.proxy in (pid, parent):
            return "nginx"
        if command == "postgres":
            line = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
            if f" {self.database} " in line:
                return "PostgreSQL (benchmark database)"
            return "PostgreSQL (other databases: colleagues' tests)"
        return None

    def by_kind(self) -> dict[str, tuple[float, float]]:
        """CPU seconds per kind, and the busiest single process's share of one core."""
        wall = self.ended - self.started
        totals, busiest = defaultdict(float), defaultdict(float)
        for pid, (kind, seconds) in self.last.items():
            used = seconds - self.first[pid]
            totals[kind] += used
            busiest[kind] = max(busiest[kind], used / wall)
        return {kind: (totals[kind], busiest[kind]) for kind in sorted(totals)}


def _load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def print_report(args, report: dict, roster: list[str], live_quiz_id: int) -> int:
    from iamlab.classroom.models import LiveAnswer

    data = play.run
    print(
        f"\nLive quiz benchmark, {report['started_at']:%Y-%m-%d %H:%M} UTC: {args.students} "
        f"students ({report['accounts']}), "
        f"{args.questions} questions of {args.seconds} s, {args.servers} app server(s)"
    )
    print(f"load average (1, 5, 15 min) before {report['load'][0]}, after {report['load'][1]}")
    print(f"joining took {report['joining']:.0f} s, the quiz {report['quiz']:.0f} s")

    endpoints = defaultdict(list)
    failures = defaultdict(int)
    for (phase, name), times in data.samples.items():
        endpoints[name] += times
        failures[name] += data.failures[(phase, name)]
    print("\nPer endpoint (all phases)")
    print(_header())
    for name in sorted(endpoints):
        print(_row(name, endpoints[name], failures[name]))
    print(_row("all", sum(endpoints.values(), []), sum(failures.values())))

    print("\nPer phase (pulse polls apart: they are most requests and the cheapest)")
    print(_header())
    phases = list(dict.fromkeys(phase for phase, _ in data.samples))
    for phase in phases:
        rows = {name: times for (p, name), times in data.samples.items() if p == phase}
        others = [t for name, times in rows.items() if name != "pulse" for t in times]
        failed = sum(data.failures[(phase, name)] for name in rows)
        print(_row(phase, others, failed - data.failures[(phase, "pulse")]))
        for name in ("pulse", *ANSWERS):
            if name in rows:
                print(_row("  " + name, rows[name], data.failures[(phase, name)]))

    seconds = {
        "answer": [t / 1000 for name in ANSWERS for t in endpoints.get(name, [])],
        "joining (whole)": data.join_seconds,
        "propagation": data.propagation,
    }
    print("\nWhat a student feels (s): p50 / p95 / p99, and the target for p95 at 1,000")
    for name, values in seconds.items():
        p95 = percentile(values, 0.95)
        verdict = "met" if p95 < TARGETS[name] else "MISSED"
        print(
            f"  {name:<22} {percentile(values, 0.5):6.2f} {p95:6.2f} "
            f"{percentile(values, 0.99):6.2f}  (n={len(values)}; < {TARGETS[name]} s: {verdict})"
        )
    print("  joining: sign-up or log-in form → join form → class page → play page and its files")
    print("  propagation: instructor presses Next → the phone shows the question")

    cpu = report["cpu"]
    wall = cpu.ended - cpu.started
    print(f"\nCPU over {wall:.0f} s (2 cores = 200%): seconds, % of one core, busiest process")
    for kind, (used, busiest) in cpu.by_kind().items():
        print(f"  {kind:<48} {used:7.1f} s {100 * used / wall:5.0f}%  {100 * busiest:4.0f}%")
    print(f"  most benchmark database connections at once: {cpu.connections}")
    if report["proxy_errors"] is not None:
        print(f"nginx's error log: {dict(report['proxy_errors']) or 'empty'}")

    print(f"\nanswer habits: {dict(sorted(data.tally.items()))}")
    recorded = list(
        LiveAnswer.objects.filter(question__live_quiz_id=live_quiz_id).values_list(
            "student__username", "question__position"
        )
    )
    problems = answer_problems(
        roster=roster, questions=args.questions, sent=data.sent, recorded=recorded
    )
    expected = args.students * args.questions
    print(
        f"answers: expected {expected} (students × questions), sent {len(data.sent)}, "
        f"recorded {len(recorded)}: " + ("each once" if not problems else "; ".join(problems))
    )
    errors = report["env"].stats.errors.values()
    for error in sorted(errors, key=lambda error: -error.occurrences)[:15]:
        print(f"error x{error.occurrences}: {error.method} {error.name}: {error.error}")
    failed = bool(problems) or sum(failures.values()) > 0
    print("FAIL" if failed else "PASS: no request failed, every answer recorded once")
    return 1 if failed else 0


def _header() -> str:
    return f"{'':<24} {'requests':>8} {'failed':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"


def _row(name: str, times: list[float], failed: int) -> str:
    return (
        f"{name:<24} {len(times):>8} {failed:>7} {percentile(times, 0.5):>7.0f} "
        f"{percentile(times, 0.95):>7.0f} {percentile(times, 0.99):>7.0f}"
    )


if __name__ == "__main__":
    main()
