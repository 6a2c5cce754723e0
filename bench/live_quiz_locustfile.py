"""Locust students for the live quiz benchmark: poll every second, answer once per question.

Run it through bench/live_quiz_bench.py, which prepares the class, starts the
app servers, plays the instructor and prints the numbers. Each simulated
student behaves like the page does: it loads the play page, polls the quiz's
pulse once a second with the state it shows (204 while nothing changed),
shows the new state the pulse brings, fetches its own score when that state
asks for it (after the page's random pause), and answers each question once
after a few seconds' thought.
"""

import json
import os
import random
import re
import time
from collections import Counter
from urllib.parse import urlencode

import gevent
from locust import FastHttpUser, task

HTMX = {"HX-Request": "true"}
PULSE = re.compile(r'hx-get="(/classes/live/pulse/[^"?]+)\?seen=([^"]+)"')
POSITION = re.compile(r'name="position" value="(\d+)"')
SINGLE = re.compile(r'class="answer-button"')
CHOOSE = re.compile(r"Choose (\d)")
OWN_STATE_DELAY = re.compile(r'hx-trigger="load delay:(\d+)ms"')
REFUSAL = re.compile(r'class="error" role="alert">([^<]+)<')

# Shared by every simulated student in this process (locust runs them as greenlets).
tally = Counter()
_credentials: list[dict] = []


def load_credentials(path: str) -> None:
    with open(path) as file:
        _credentials.extend(json.load(file)["students"])


POLL_SECONDS = 1  # the page's hx-trigger="every 1s"


class Student(FastHttpUser):
    def on_start(self):
        if not _credentials:
            load_credentials(os.environ["LIVE_QUIZ_BENCH_STATE"])
        me = _credentials.pop()
        self.live_quiz = int(os.environ["LIVE_QUIZ_BENCH_QUIZ"])
        self.csrf = me["csrf"]
        # A browser sends its cookies with the pulse too; the pulse never reads them.
        self.signed_in = {**HTMX, "Cookie": f"sessionid={me['session']}; csrftoken={me['csrf']}"}
        self.pulse = None
        self.seen = ""
        self.answered: set[int] = set()
        self.pending: tuple[int, float, list[str]] | None = None
        self.own_state_due: float | None = None

    @task
    def attend(self):
        """The page's life: one poll a second, from the moment it was opened.

        Paced here rather than by locust's wait_time: measured on this machine,
        locust's scheduling between tasks added 30-170 ms to every response it
        timed (pulses alone, 300 students: p50 3 ms with this loop, 160 ms with
        constant_pacing(1), same server, whose own log said under 1 ms).
        """
        gevent.sleep(random.random())  # phones open the page at different moments
        while True:
            started = time.monotonic()
            self.poll()
            gevent.sleep(max(0.0, POLL_SECONDS - (time.monotonic() - started)))

    def poll(self):
        now = time.monotonic()
        if self.pending and now >= self.pending[1]:
            self._send_answer()
        if self.own_state_due is not None and now >= self.own_state_due:
            # What the page's "Checking your answer…" does after its pause.
            self.own_state_due = None
            self._fetch_state()
        if self.pulse is None:
            self._fetch_state()
            return
        with self.client.get(
            f"{self.pulse}?{urlencode({'seen': self.seen})}",
            headers=HTMX,
            name="pulse",
            catch_response=True,
        ) as response:
            if response.status_code == 204:
                response.success()
                return
            if response.status_code != 200:
                response.failure(f"pulse answered {response.status_code}")
                return
            response.success()
            self._read_state(response.text)  # the new state came with the pulse

    def _fetch_state(self):
        with self.client.get(
            f"/classes/live/{self.live_quiz}/",
            headers=self.signed_in,
            name="state",
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"state answered {response.status_code}")
                return
            response.success()
            self._read_state(response.text)

    def _read_state(self, page: str):
        pulse = PULSE.search(page)
        if pulse:
            self.pulse, self.seen = pulse.group(1), pulse.group(2).replace("%3A", ":")
        own_state = OWN_STATE_DELAY.search(page)
        if own_state:
            self.own_state_due = time.monotonic() + int(own_state.group(1)) / 1000
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
            data=urlencode({"position": number, "choice": choices}, doseq=True),
            headers={
                **self.signed_in,
                "X-CSRFToken": self.csrf,
                "Content-Type": "application/x-www-form-urlencoded",
            },
            name="answer",
            catch_response=True,
        ) as response:
            refusal = REFUSAL.search(response.text)
            if response.status_code != 200:
                response.failure(f"answer answered {response.status_code}")
            elif refusal:
                tally["refused"] += 1
                response.failure("answer refused: " + refusal.group(1))
            else:
                tally["accepted"] += 1
                response.success()
