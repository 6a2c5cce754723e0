"""Locust users for the live quiz benchmark: a class that joins and plays, and the projector.

Run it through bench/live_quiz_bench.py, which prepares the class, starts the app servers,
plays the instructor's Next and prints the numbers. Each simulated student does what a phone
does: signs up (or logs in with an account it has, or is still signed in) and joins through
the forms, all at the same moment; loads the play page and its static files; polls the quiz's
pulse once a second with the state it shows (204 while nothing changed); shows the new state
the pulse brings, noting how long after Next it arrived; fetches its own score when that state
asks for it (after the page's random pause); and answers every question once: most after a
few seconds' thought, some in the clock's last second and a half, some with a double tap,
some by tapping again after the connection dropped. The projector polls its screen once a
second.
"""

import random
import re
import socket
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

import gevent
from locust import FastHttpUser, task
from requests.cookies import create_cookie

HTMX = {"HX-Request": "true"}
PULSE = re.compile(r'hx-get="(/classes/live/pulse/[^"?]+)\?seen=([^"]+)"')
SCREEN = re.compile(r'hx-get="/classes/live/\d+/screen/\?seen=([^"]+)"')
POSITION = re.compile(r'name="position" value="(\d+)"')
SINGLE = re.compile(r'class="answer-button"')
CHOOSE = re.compile(r"Choose (\d)")
SECONDS_LEFT = re.compile(r'data-countdown="(\d+)"')
OWN_STATE_DELAY = re.compile(r'hx-trigger="load delay:(\d+)ms"')
REFUSAL = re.compile(r'class="error" role="alert">([^<]+)<')
FORM_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
PAGE_CSRF = re.compile(r'"X-CSRFToken": "([^"]+)"')
STATIC = re.compile(r'(?:href|src)="(/static/[^"]+)"')
SAVED = "Answer saved"
TAKEN = "already exists"
ALREADY_MEMBER = "You are already in this class."

POLL_SECONDS = 1  # the page's hx-trigger="every 1s"
JOIN_TRIES = 3  # a student who sees an error page tries again, twice, then gives up
# How students answer a question: after a few seconds' thought, in the clock's last moments,
# with a double tap (the same answer twice), or tapping again after their connection dropped.
HABITS = {"thinks": 80, "late": 10, "double tap": 5, "dropped": 5}


@dataclass
class Run:
    """What the bench and every simulated user share (locust runs them all in this process)."""

    live_quiz: int = 0
    join_code: str = ""
    signed_in: list[tuple[str, str]] = field(default_factory=list)  # (username, session)
    returning: list[str] = field(default_factory=list)  # accounts that log in, popped
    new: list[str] = field(default_factory=list)  # usernames that sign up, popped
    password: str = ""
    instructor_cookie: str = ""
    origin: str = ""  # what a browser sends as Origin: the site's scheme and host
    phase: str = "joining"
    opened: dict[int, float] = field(default_factory=dict)  # position: when Next was pressed
    propagation: list[float] = field(default_factory=list)  # seconds, Next to a phone showing it
    join_seconds: list[float] = field(default_factory=list)  # sign-up form to play page shown
    sent: list[tuple[str, int]] = field(default_factory=list)  # one per answer given
    samples: dict = field(default_factory=lambda: defaultdict(list))  # (phase, name): ms
    failures: Counter = field(default_factory=Counter)  # (phase, name)
    tally: Counter = field(default_factory=Counter)

    def on_request(self, name, response_time, exception=None, **_):
        self.samples[(self.phase, name)].append(response_time)
        if exception is not None:
            self.failures[(self.phase, name)] += 1


run = Run()


class Student(FastHttpUser):
    def on_start(self):
        self.pulse = None
        self.seen = ""
        self.csrf = ""
        self.shown: set[int] = set()  # questions this phone has shown
        self.own_state_due: float | None = None
        self.signed_in = False
        if run.signed_in:
            self.username, session = run.signed_in.pop()
            self.has_account = self.signed_in = True
            host = urlsplit(self.host).hostname
            self.client.cookiejar.set_cookie(create_cookie("sessionid", session, domain=host))
        elif run.returning:
            self.username, self.has_account = run.returning.pop(), True
        else:
            self.username, self.has_account = run.new.pop(), False

    @task
    def attend(self):
        """Join, then the page's life: one poll a second until the quiz is over.

        Paced here rather than by locust's wait_time: measured on this machine, locust's
        scheduling between tasks added 30-170 ms to every response it timed.
        """
        if not self.join():
            run.tally["gave up joining"] += 1
            while True:
                gevent.sleep(3600)
        run.tally["joined"] += 1
        while True:
            started = time.monotonic()
            self.poll()
            gevent.sleep(max(0.0, POLL_SECONDS - (time.monotonic() - started)))

    # -- joining -------------------------------------------------------------------------

    def join(self) -> bool:
        started = time.monotonic()
        for attempt in range(JOIN_TRIES):
            if attempt:
                gevent.sleep(2)
            if (self.signed_in or self._sign_in()) and self._join_class() and self._open_play():
                run.join_seconds.append(time.monotonic() - started)
                return True
        return False

    def _form(self, path: str, name: str) -> str | None:
        """The CSRF token of the form at ``path``, as the browser got it with the page."""
        with self.client.get(path, name=name, catch_response=True) as response:
            token = FORM_CSRF.search(response.text or "") if response.status_code == 200 else None
            if token is None:
                response.failure(f"{name} answered {response.status_code} without a form")
                return None
            return token.group(1)

    def _post_form(self, path: str, name: str, token: str, data: dict, expect: str):
        """Post a form as a browser does; True when it redirected as it does on success."""
        with self.client.post(
            path,
            data=urlencode({"csrfmiddlewaretoken": token, **data}),
            headers=self._posting(),
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code == 302 and expect in response.headers.get("Location", ""):
                response.success()
                return response.headers["Location"]
            page = response.text or ""
            if response.status_code == 200 and TAKEN in page:
                # A sign-up that went through although its reply was lost: log in instead.
                self.has_account = True
            if ALREADY_MEMBER in page:
                # A join that went through although its reply was lost (the phone gave up
                # waiting): the page says so, and the student goes on to the quiz.
                response.failure(f"{name} answered {response.status_code}: {ALREADY_MEMBER}")
                return ALREADY_MEMBER
            response.failure(f"{name} answered {response.status_code}")
            return None

    def _sign_in(self) -> bool:
        if self.has_account:
            token = self._form("/accounts/login/", "log-in form")
            data = {"username": self.username, "password": run.password}
            path, name = "/accounts/login/", "log-in"
        else:
            token = self._form("/accounts/signup/", "sign-up form")
            data = {
                "username": self.username,
                "email": f"{self.username}@example.edu",
                "password1": run.password,
                "password2": run.password,
            }
            path, name = "/accounts/signup/", "sign-up"
        self.signed_in = bool(token and self._post_form(path, name, token, data, "/"))
        return self.signed_in

    def _join_class(self) -> bool:
        """The join link from the projector's QR code: its form, the code filled in."""
        token = self._form(f"/classes/join/{run.join_code}/", "join form")
        class_page = token and self._post_form(
            "/classes/join/", "join", token, {"code": run.join_code}, "/classes/"
        )
        if not class_page:
            return False
        if class_page == ALREADY_MEMBER:
            return True
        with self.client.get(class_page, name="class page", catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"class page answered {response.status_code}")
                return False
        return True

    def _open_play(self) -> bool:
        with self.client.get(
            f"/classes/live/{run.live_quiz}/", name="play page", catch_response=True
        ) as response:
            page = response.text or ""
            csrf = PAGE_CSRF.search(page)
            if response.status_code != 200 or csrf is None:
                response.failure(f"play page answered {response.status_code}")
                return False
        self.csrf = csrf.group(1)
        for path in dict.fromkeys(STATIC.findall(page)):  # each file once, as a browser does
            with self.client.get(path, name="static", catch_response=True) as response:
                if response.status_code != 200:
                    response.failure(f"static file {path} answered {response.status_code}")
        self._read_state(page)
        return True

    def _posting(self) -> dict:
        """Headers of a browser's form post (Django checks Origin against the host)."""
        return {"Content-Type": "application/x-www-form-urlencoded", "Origin": run.origin}

    # -- playing -------------------------------------------------------------------------

    def poll(self):
        if self.own_state_due is not None and time.monotonic() >= self.own_state_due:
            # What the page's "Checking your answer…" does after its pause.
            self.own_state_due = None
            self._fetch_state()
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
            f"/classes/live/{run.live_quiz}/", headers=HTMX, name="own score", catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"own score answered {response.status_code}")
                return
            self._read_state(response.text)

    def _read_state(self, page: str):
        now = time.monotonic()
        pulse = PULSE.search(page)
        if pulse:
            self.pulse, self.seen = pulse.group(1), pulse.group(2).replace("%3A", ":")
        own_state = OWN_STATE_DELAY.search(page)
        if own_state:
            self.own_state_due = now + int(own_state.group(1)) / 1000
        position = POSITION.search(page)
        if position is None or int(position.group(1)) in self.shown:
            return
        number = int(position.group(1))
        self.shown.add(number)
        if number in run.opened:
            run.propagation.append(now - run.opened[number])
        if SINGLE.search(page):
            choices = [str(random.randrange(4))]
        else:
            needed = int(CHOOSE.search(page).group(1))
            choices = [str(index) for index in random.sample(range(5), needed)]
        # The phone's countdown starts from what the page said was left when it arrived.
        closes = now + int(SECONDS_LEFT.search(page).group(1))
        habit = random.choices(list(HABITS), weights=HABITS.values())[0]
        if habit == "late":
            at = closes - random.uniform(0.5, 1.5)
        else:
            at = now + random.uniform(1, max(1.0, min(6.0, closes - now - 3)))
        run.tally[f"answers: {habit}"] += 1
        gevent.spawn_later(max(0.0, at - now), self._answer, number, choices, habit, closes)

    def _answer(self, number: int, choices: list[str], habit: str, closes: float):
        """One answer, with the taps and retries of its habit; every failure is counted."""
        run.sent.append((self.username, number))
        body = urlencode({"position": number, "choice": choices}, doseq=True)
        if habit == "dropped":
            self._send_and_drop(body)
            gevent.sleep(1)  # the page says the connection failed; the student taps again
        elif habit == "double tap":
            second = random.uniform(0.05, 0.3)
            gevent.spawn_later(second, self._post_answer, body, "answer (2nd tap)")
        name = "answer (retry)" if habit == "dropped" else "answer"
        # A reply that never came is tapped again a second later, while the clock runs.
        while self._post_answer(body, name) is None and time.monotonic() < closes:
            gevent.sleep(1)
            name = "answer (retry)"

    def _post_answer(self, body: str, name: str) -> bool | None:
        """True when saved, False when refused, None when no reply came (worth a retry)."""
        with self.client.post(
            f"/classes/live/{run.live_quiz}/answer/",
            data=body,
            headers={**HTMX, **self._posting(), "X-CSRFToken": self.csrf},
            name=name,
            catch_response=True,
        ) as response:
            # Status first: a connection that failed has no text to read.
            if response.status_code != 200:
                response.failure(f"answer answered {response.status_code}")
                return None
            page = response.text or ""
            if SAVED in page:
                response.success()
                return True
            refusal = REFUSAL.search(page)
            response.failure("answer refused: " + (refusal.group(1) if refusal else page[:80]))
            return False

    def _send_and_drop(self, body: str):
        """The answer's request goes out whole, then the connection dies before the reply."""
        site = urlsplit(self.host)
        cookies = "; ".join(f"{c.name}={c.value}" for c in self.client.cookiejar)
        request = (
            f"POST /classes/live/{run.live_quiz}/answer/ HTTP/1.1\r\nHost: {site.netloc}\r\n"
            f"Cookie: {cookies}\r\nX-CSRFToken: {self.csrf}\r\nHX-Request: true\r\n"
            f"Origin: {run.origin}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n{body}"
        )
        try:
            with socket.create_connection((site.hostname, site.port), timeout=5) as dropped:
                dropped.sendall(request.encode())
        except OSError:
            run.tally["dropped connection failed to open"] += 1


class Projector(FastHttpUser):
    """The instructor's screen: polls its own URL once a second with the state it shows."""

    fixed_count = 1

    def on_start(self):
        self.token = ""

    @task
    def show(self):
        headers = {"Cookie": run.instructor_cookie}
        path = f"/classes/live/{run.live_quiz}/screen/"
        with self.client.get(
            path, headers=headers, name="projector page", catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"projector page answered {response.status_code}")
            self._read(response.text)
        while True:
            started = time.monotonic()
            with self.client.get(
                f"{path}?{urlencode({'seen': self.token})}",
                headers={**headers, **HTMX},
                name="projector",
                catch_response=True,
            ) as response:
                if response.status_code == 200:
                    self._read(response.text)
                elif response.status_code != 204:
                    response.failure(f"projector answered {response.status_code}")
            gevent.sleep(max(0.0, POLL_SECONDS - (time.monotonic() - started)))

    def _read(self, page: str | None):
        token = SCREEN.search(page or "")
        if token:
            self.token = token.group(1).replace("%3A", ":")
