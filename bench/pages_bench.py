"""Requests per second of the site's main pages, as ratios to a bare Django view (issue 18).

    .venv/bin/python bench/pages_bench.py [--seconds 30] [--minimum 0.25]

Starts gunicorn (2 workers, DEBUG off, production settings, SQLite in a temporary folder)
serving the site and, at /bench/bare/, a Django view rendering a small template without
the site's middleware (bench/pages_wsgi.py; the URL exists only in bench/pages_settings.py).
It fills the database as a class would: a learner with 100 IAM users, roles and customer
managed policies in their sandbox, 20 finished practice quizzes, a running exam and a
practice question; an instructor with 100 students and 10 assignments each student has
started. Then it requests each page and the bare view in turn, a slice at a time, from
two client threads (one per worker), and prints each page's requests/s as a ratio to the
bare view's. Exits 1 if any page is under --minimum (0.25x, the issue's target).
"""

import argparse
import http.client
import os
import random
import socket
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import SERVER_ENV, start_gunicorn  # noqa: E402

SANDBOX_SIZE = 100
STUDENTS = 100
ASSIGNMENTS = 10
FINISHED_QUIZZES = 20
THREE_ACTIONS = "s3:GetObject\niam:CreateUser => allowed\nec2:RunInstances => denied"
BARE = "bare view"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30, help="measuring time per page")
    parser.add_argument("--minimum", type=float, default=0.25, help="lowest ratio that passes")
    parser.add_argument("--slice", type=float, default=0.5, help="seconds per page per turn")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pages-bench-") as folder:
        os.environ.update(SERVER_ENV)
        os.environ.update(
            DJANGO_SETTINGS_MODULE="bench.pages_settings",
            DATABASE_URL=f"sqlite:///{folder}/bench.sqlite3",
            IAMLAB_LESSONS_CACHE_DIR=f"{folder}/lessons-cache",
        )
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        pages = prepare()
        port = free_port()
        server = start_gunicorn(
            ["bench.pages_wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
            port,
        )
        try:
            ratios = measure(port, pages, args.seconds, args.slice)
        finally:
            server.terminate()
            server.wait()
    load = os.getloadavg()
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} CPUs")
    slow = [name for name, ratio in ratios.items() if ratio < args.minimum]
    if slow:
        sys.exit(f"under {args.minimum}x the bare view: {', '.join(slow)}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def session_for(user) -> str:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def prepare() -> dict:
    """The pages to request: name -> (method, path, form or None, session key or None)."""
    from django.urls import reverse
    from django.utils import timezone

    from iamlab.accounts.models import Learner, User
    from iamlab.classroom.models import Membership
    from iamlab.classroom.services import assignments, classes
    from iamlab.lessons.vault import current_vault
    from iamlab.sandbox.models import SandboxAccount
    from iamlab.sandbox.services import policies, roles, users
    from quizzes import attempts, study
    from quizzes.question import TOPICS

    rng = random.Random(2026)
    learner_user = User.objects.create(username="bench-learner")
    learner = Learner.objects.create(user=learner_user)
    account = SandboxAccount.objects.create(learner=learner, account_id="123456789012")
    trust = (
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": '
        '{"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}'
    )
    document = (
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": '
        '["s3:GetObject", "s3:ListBucket"], "Resource": "*"}]}'
    )
    for number in range(SANDBOX_SIZE):
        users.user_create(account=account, name=f"user-{number:03d}")
        roles.role_create(account=account, name=f"role-{number:03d}", trust_policy=trust)
        policy = policies.policy_create(
            account=account, name=f"policy-{number:03d}", document=document
        )
        policies.policy_attach(
            account=account, kind="user", name=f"user-{number:03d}", arn=policy.arn
        )
    topics = list(TOPICS)
    for _ in range(FINISHED_QUIZZES):
        attempt = study.start_practice(learner, topics, rng=rng)
        for slot in attempt.questions.all():
            attempts.record_answer(attempt, slot.position, [0])
        attempts.finish_attempt(attempt)
    practice = study.start_practice(learner, topics, rng=rng)
    exam = study.start_exam(learner, rng=rng)

    instructor = User.objects.create(username="bench-instructor", role=User.Role.INSTRUCTOR)
    classroom = classes.classroom_create(instructor=instructor, name="Benchmark class")
    students = User.objects.bulk_create(
        User(username=f"bench-student-{number:03d}", password="!") for number in range(STUDENTS)
    )
    Membership.objects.bulk_create(Membership(classroom=classroom, student=s) for s in students)
    now = timezone.now()
    for number in range(ASSIGNMENTS):
        assignment = assignments.assignment_create(
            classroom=classroom,
            seed=number,
            title=f"Assignment {number + 1}",
            topics=["root-only", "policy-types"],
            question_count=3,
            opens_at=now - timedelta(days=1),
            due_at=now + timedelta(days=number + 1),
        )
        for student in students:
            assignments.assignment_start(assignment=assignment, student=student)

    lesson = current_vault().ordered_lessons()[0]
    step = lesson.steps[min(1, len(lesson.steps) - 1)].url
    learner_session, instructor_session = session_for(learner_user), session_for(instructor)
    question = "quizzes:question"
    return {
        BARE: ("GET", "/bench/bare/", None, None),
        "home": ("GET", "/", None, None),
        "lesson step, guest": ("GET", step, None, None),
        "lesson step, signed in": ("GET", step, None, learner_session),
        "exam page": ("GET", reverse(question, args=[exam.pk, 1]), None, learner_session),
        "practice question": (
            "GET",
            reverse(question, args=[practice.pk, 1]),
            None,
            learner_session,
        ),
        "sandbox users": ("GET", reverse("sandbox:users"), None, learner_session),
        "Can I? GET": ("GET", reverse("sandbox:simulate"), None, learner_session),
        "Can I? POST, 3 actions": (
            "POST",
            reverse("sandbox:simulate"),
            {"actions": THREE_ACTIONS, "resource": "*"},
            learner_session,
        ),
        "quiz dashboard": ("GET", reverse("quizzes:index"), None, learner_session),
        "class dashboard": (
            "GET",
            reverse("classroom:detail", args=[classroom.pk]),
            None,
            instructor_session,
        ),
    }


def request(port: int, method: str, path: str, form, session) -> int:
    csrf = "b" * 32
    headers = {"Host": "127.0.0.1"}
    cookies = [f"csrftoken={csrf}"]
    if session:
        cookies.append(f"sessionid={session}")
    headers["Cookie"] = "; ".join(cookies)
    body = None
    if form is not None:
        body = urlencode({**form, "csrfmiddlewaretoken": csrf})
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def measure(port: int, pages: dict, seconds: float, slice_seconds: float) -> dict:
    for name, page in pages.items():  # warm every worker, and check each page answers
        for _ in range(4):
            status = request(port, *page[:3], page[3])
            if status != 200:
                sys.exit(f"{name}: {page[1]} answered {status}")
    counts = dict.fromkeys(pages, 0)
    elapsed = dict.fromkeys(pages, 0.0)
    order = list(pages)
    turns = max(1, round(seconds / slice_seconds))
    for turn in range(turns):
        random.Random(turn).shuffle(order)
        for name in order:
            done, took = run_slice(port, pages[name], slice_seconds)
            counts[name] += done
            elapsed[name] += took
    bare_rate = counts[BARE] / elapsed[BARE]
    print(f"{'page':<24} {'requests/s':>10} {'ratio':>6}")
    ratios = {}
    for name in pages:
        rate = counts[name] / elapsed[name]
        ratios[name] = rate / bare_rate
        print(f"{name:<24} {rate:10.1f} {ratios[name]:6.3f}")
    del ratios[BARE]
    return ratios


def run_slice(port: int, page, seconds: float) -> tuple[int, float]:
    """Two clients, one per worker, for ``seconds``: requests done and the time taken."""
    done = [0, 0]
    deadline = time.perf_counter() + seconds

    def client(index: int) -> None:
        while time.perf_counter() < deadline:
            request(port, *page[:3], page[3])
            done[index] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done), time.perf_counter() - started


if __name__ == "__main__":
    main()
