"""A steady, bounded stream of visitors (searches, profile pages and consultation requests) and a
load balancer's probe of /readyz, each answer recorded with when it was sent and answered.

Every consultation request carries a mark of its own in its message. One that is not answered
with success (a 503 while the database is out, say) is sent again, with the same mark, at the
visitor's next request slot and, when the stream stops, until it is stored or time runs out.
"""

import collections
import dataclasses
import http.client
import http.cookies
import itertools
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation

TIMEOUT_SECONDS = 10
# What each visitor asks for, in turn.
PATTERN = ("search", "profile", "search", "request")
SUCCESS = {"search": 200, "profile": 200, "request": 302, "readyz": 200}
SEARCH_QUERIES = [
    {},
    {"q": "anxiety"},
    {"q": "grief"},
    {"q": "couples"},
    {"q": "trauma", "online": "ON"},
    {"q": "depression", "sort": "fee"},
    {"place": "Toronto", "radius": "25"},
    {"place": "Montreal", "radius": "50"},
    {"place": "Vancouver", "radius": "10"},
    {"language": "fr"},
    {"accepting": "on"},
    {"fee_max": "150"},
    {"q": "burnout", "accepting": "on"},
    {"q": "self-compassion"},
]


@dataclass(frozen=True)
class Answer:
    """One request and what came back; status 0 when nothing came back (refused, cut, timed
    out)."""

    kind: str
    path: str
    sent: float
    answered: float
    status: int
    retry_after: str | None = None
    mark: str | None = None
    body: bytes = b""

    @property
    def ok(self) -> bool:
        return self.status == SUCCESS[self.kind]

    def overlaps(self, start: float, end: float) -> bool:
        return self.sent <= end and self.answered >= start


class Clock:
    """Seconds since the drill started, and the moments it marked (a server stopped, ...)."""

    def __init__(self):
        self.origin = time.monotonic()
        self.marks: dict[str, float] = {}

    def now(self) -> float:
        return time.monotonic() - self.origin

    def mark(self, name: str) -> float:
        self.marks[name] = self.now()
        return self.marks[name]


class Site:
    """Plain HTTP to the site under drill, one connection per request, no redirects followed."""

    def __init__(self, port: int, clock: Clock):
        self.port = port
        self.clock = clock

    def ask(self, kind: str, path: str, *, form=None, cookie="") -> tuple[Answer, list[str]]:
        """The answer, and the cookies it set."""
        headers = {"Accept-Encoding": "identity"}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers |= {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
        sent = self.clock.now()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT_SECONDS)
        try:
            connection.request("POST" if form is not None else "GET", path, body, headers)
            response = connection.getresponse()
            content = response.read()
            status, retry_after = response.status, response.getheader("Retry-After")
            cookies = response.headers.get_all("Set-Cookie") or []
        except (OSError, http.client.HTTPException):
            status, retry_after, content, cookies = 0, None, b"", []
        finally:
            connection.close()
        kept = content if kind == "readyz" else b""  # pages are many and not read again
        answer = Answer(kind, path, sent, self.clock.now(), status, retry_after, body=kept)
        return answer, cookies


def csrf_cookie(set_cookies: list[str]) -> str | None:
    """The CSRF token from Set-Cookie headers. The cookie is Secure in production, so a client
    on plain HTTP (as a load balancer's backend is reached) sends it back by hand."""
    for header in set_cookies:
        cookie = http.cookies.SimpleCookie(header)
        if "csrftoken" in cookie:
            return cookie["csrftoken"].value
    return None


def search_paths() -> list[str]:
    paths = []
    for language in ("en", "fr"):
        with translation.override(language):
            base = reverse("therapists:list")
        paths += [f"{base}?{urllib.parse.urlencode(query)}" for query in SEARCH_QUERIES]
    return paths


def localized(name: str, slug: str, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, kwargs={"slug": slug})


class Visitor(threading.Thread):
    """Asks for the pattern's pages at a fixed rate until told to stop or its count is reached;
    its answers go to the shared list."""

    def __init__(self, number: int, site: Site, slugs: list[str], rate: float, count: int):
        super().__init__(name=f"visitor-{number}", daemon=True)
        self.number, self.site, self.slugs = number, site, slugs
        self.interval, self.count = 1 / rate, count
        self.searches = search_paths()
        self.answers: list[Answer] = []
        self.unsent: collections.deque[str] = collections.deque()
        self.marks = (f"drill-{number}-{n}" for n in itertools.count(1))
        self.cookie = ""
        self.stopping = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.visits()
        except BaseException as error:  # raised again by whoever waits for the stream
            self.error = error

    def visits(self) -> None:
        start = time.monotonic()
        for slot in range(self.count):
            delay = start + slot * self.interval - time.monotonic()
            if self.stopping.wait(max(delay, 0)):
                return
            self.visit(PATTERN[slot % len(PATTERN)], slot)

    def prepare(self) -> None:
        """Take the CSRF cookie a profile page sets, as a visitor's browser does before sending
        its form; asked for until the site gives one."""
        path = localized("therapists:detail", self.slugs[0])
        for _attempt in range(50):
            _answer, cookies = self.site.ask("profile", path)
            if token := csrf_cookie(cookies):
                self.cookie = token
                return
            time.sleep(0.2)
        raise AssertionError(f"{path} never set a CSRF cookie")

    def visit(self, kind: str, slot: int) -> None:
        turn = slot // len(PATTERN) + self.number
        if kind == "search":
            answer, _ = self.site.ask(kind, self.searches[(turn * 5 + slot) % len(self.searches)])
        elif kind == "profile":
            language = ("en", "fr")[turn % 2]
            path = localized("therapists:detail", self.slugs[turn % len(self.slugs)], language)
            answer, _ = self.site.ask(kind, path)
        else:
            mark = self.unsent.popleft() if self.unsent else next(self.marks)
            answer = self.request_send(mark, self.slugs[turn % len(self.slugs)])
        self.answers.append(answer)

    def request_send(self, mark: str, slug: str) -> Answer:
        """A consultation request as the profile's form sends it; kept to send again unless it
        was answered with success."""
        form = {
            "csrfmiddlewaretoken": self.cookie,
            "name": "Alex",
            "email": f"{mark}@example.ca",
            "phone": "",
            "preferred_contact": "email",
            "message": f"I would like help with anxiety at work. Evenings suit me. Ref {mark}.",
            "consent": "on",
            "website": "",
        }
        path = localized("therapists:inquiry_send", slug)
        answer, _ = self.site.ask("request", path, form=form, cookie=f"csrftoken={self.cookie}")
        answer = dataclasses.replace(answer, mark=mark)
        if not answer.ok:
            self.unsent.append(mark)
        return answer

    def unsent_send(self, deadline: float) -> None:
        """Send again, one at a time, the requests not yet answered with success."""
        while self.unsent and time.monotonic() < deadline:
            mark = self.unsent.popleft()
            answer = self.request_send(mark, self.slugs[0])
            self.answers.append(answer)
            if not answer.ok:
                time.sleep(0.5)


class Probe(threading.Thread):
    """A load balancer asking /readyz every `interval` seconds."""

    def __init__(self, site: Site, interval: float = 0.25):
        super().__init__(name="readyz-probe", daemon=True)
        self.site, self.interval = site, interval
        self.answers: list[Answer] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        path = reverse("readyz")
        while not self.stopping.wait(self.interval):
            answer, _ = self.site.ask("readyz", path)
            self.answers.append(answer)


def readyz_report(answer: Answer) -> dict:
    try:
        return json.loads(answer.body)
    except ValueError:
        return {}
