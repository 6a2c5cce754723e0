"""Locust students for the live quiz benchmark: poll every second, answer once per question.

Run it through bench/live_quiz_bench.py, which prepares the class, starts the
app servers, plays the instructor and prints the numbers. Each simulated
student behaves like the page does: an htmx poll of the play page once a
second carrying the state it shows (the server answers 204 while nothing
changed), and one answer per question after a few seconds' thought.
"""

import json
import os
import random
import re
import time
from collections import Counter

from locust import HttpUser, constant_pacing, task

HTMX = {"HX-Request": "true"}
TOKEN = re.compile(r"\?seen=([^\"]+)\"")
POSITION = re.compile(r'name="position" value="(\d+)"')
SINGLE = re.compile(r'class="answer-button"')
CHOOSE = re.compile(r"Choose (\d)")

# Shared by every simulated student in this process (locust runs them as greenlets).
tally = Counter()
_credentials: list[dict] = []


def load_credentials(path: str) -> None:
    with open(path) as file:
        _credentials.extend(json.load(file)["students"])


class Student(HttpUser):
    wait_time = constant_pacing(1)

    def on_start(self):
        if not _credentials:
            load_credentials(os.environ["LIVE_QUIZ_BENCH_STATE"])
        me = _credentials.pop()
        self.live_quiz = int(os.environ["LIVE_QUIZ_BENCH_QUIZ"])
        self.client.cookies.set("sessionid", me["session"])
        self.client.cookies.set("csrftoken", me["csrf"])
        self.csrf = me["csrf"]
        self.seen = ""
        self.answered: set[int] = set()
        self.pending: tuple[int, float, list[str]] | None = None

    @task
    def poll(self):
        if self.pending and time.monotonic() >= self.pending[1]:
            self._send_answer()
            return
        url = f"/classes/live/{self.live_quiz}/"
        with self.client.get(
            url, params={"seen": self.seen}, headers=HTMX, name="poll", catch_response=True
        ) as response:
            if response.status_code == 204:
                response.success()
                return
            if response.status_code != 200:
                response.failure(f"poll answered {response.status_code}")
                return
            response.success()
            self._read_state(response.text)

    def _read_state(self, page: str):
        token = TOKEN.search(page)
        if token:
            self.seen = token.group(1).replace("%3A", ":")
        position = POSITION.search(page)
        if position is None:
            return
        number = int(position.group(1))
        if number in self.answered or (self.pending and self.pending[0] == number):
            return
        if SINGLE.search(page):
            choices = [str(random.randrange(4))]
        else:
            needed = int(CHOOSE.search(page).group(1))
            choices = [str(index) for index in random.sample(range(5), needed)]
        # Students read and think before they tap.
        self.pending = (number, time.monotonic() + random.uniform(1, 6), choices)

    def _send_answer(self):
        number, _, choices = self.pending
        self.pending = None
        self.answered.add(number)
        tally["sent"] += 1
        with self.client.post(
            f"/classes/live/{self.live_quiz}/answer/",
            data={"position": number, "choice": choices},
            headers={**HTMX, "X-CSRFToken": self.csrf},
            name="answer",
            catch_response=True,
        ) as response:
            if response.status_code == 200 and "Answer saved" in response.text:
                tally["accepted"] += 1
                response.success()
            elif response.status_code == 200:
                tally["refused"] += 1
                response.failure("answer refused: " + _refusal(response.text))
            else:
                response.failure(f"answer answered {response.status_code}")


def _refusal(page: str) -> str:
    found = re.search(r'class="error" role="alert">([^<]+)<', page)
    return found.group(1) if found else "no message"
