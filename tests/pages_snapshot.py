"""Snapshot the public pages of a running site, and compare two snapshots.

A refactor that should not change what visitors see can be checked with it: serve the demo data
from the old code (`make run`, same seed), `fetch` a snapshot, do the same with the new code,
then `compare` the two; any difference is printed as a unified diff and the exit status is 1.
Every public page type is fetched in English and French, with profile, approach and place
addresses found from links on the list, approach index and province pages. Each file holds the
status, a few headers and the body, with what changes on every request (CSP nonces, CSRF tokens,
cookie values) and the time of day the demo was seeded replaced by placeholders. Dates shown
are the seeding day's, so take both snapshots on the same day.

    python tests/pages_snapshot.py fetch --base http://127.0.0.1:8000 --out /tmp/before
    python tests/pages_snapshot.py compare /tmp/before /tmp/after
"""

import argparse
import difflib
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

SEARCHES = [
    "",
    "?place=Toronto&radius=25",
    "?place=Montr%C3%A9al&radius=10",
    "?place=M5V+2T6",
    "?approach=cognitive-behavioural-therapy",
    "?approach=cognitive-behavioural-therapy&related=on",
    "?concern=anxiety",
    "?language=fr",
    "?online=QC",
    "?serving=BC&fee_max=150",
    "?accepting=on&free_consultation=on&age=teens",
    "?q=anxiety",
    "?page=2",
    "?page=999",
    "?sort=recent",
    "?sort=fee",
    "?sort=nearest&place=Ottawa",
    "?q=xyzzy",  # no results
    "?q=&place=&radius=",  # an empty form submitted: redirects to the short address
    "?place=Atlantis",  # an unknown place: a form message
    "?fee_max=abc&radius=7",  # invalid fields: form messages
    "?q=%00",  # refused: 400
]
FIXED = [
    "/",
    "/{lang}/",
    *(f"/{{lang}}/therapists/{query}" for query in SEARCHES),
    "/{lang}/approaches/",
    "/{lang}/therapists/in/ontario/",
    "/{lang}/therapists/in/quebec/",
    "/{lang}/therapists/in/ontario/toronto/",
    "/{lang}/therapists/in/ontario/toronto/emdr/",
    "/{lang}/therapists/in/nowhere/",
    "/{lang}/therapists/no-such-therapist/",
    "/{lang}/approaches/no-such-approach/",
    "/{lang}/no-such-page/",
    "/{lang}/account/login/",
    "/{lang}/account/signup/",
    "/{lang}/account/password/reset/",
    "/sitemap.xml",
    "/sitemap-approach-index.xml",
    "/sitemap-approaches.xml",
    "/sitemap-profiles.xml",
    "/sitemap-places.xml",
    "/robots.txt",
    "/healthz",
]
HTMX = ["/{lang}/therapists/?concern=anxiety", "/{lang}/therapists/?place=Toronto&page=2"]
HEADERS = ("content-type", "location", "hx-push-url")
NORMALISE = [
    (re.compile(r'nonce="[^"]*"'), 'nonce="NONCE"'),
    (re.compile(r"'nonce-[^']*'"), "'nonce-NONCE'"),
    (re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*"'), r'\1CSRF"'),
    (re.compile(r'("X-CSRFToken": ?")[^"]*"'), r'\1CSRF"'),
    # The sitemap index's lastmod is the instant the demo was seeded; its day is kept.
    (re.compile(r"(<lastmod>\d{4}-\d\d-\d\d)T[^<]*</lastmod>"), r"\1T(seeded)</lastmod>"),
]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is recorded as it is, with its Location


OPENER = urllib.request.build_opener(NoRedirect)


def get(base: str, path: str, htmx: bool = False) -> tuple[int, dict, str]:
    request = urllib.request.Request(base + path, headers={"HX-Request": "true"} if htmx else {})
    try:
        with OPENER.open(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:  # 3xx, 4xx and 5xx carry a page too
        return error.code, error.headers, error.read().decode()


def links(base: str, path: str, pattern: str, count: int) -> list[str]:
    """The first `count` distinct links on a page matching a pattern, in page order."""
    found = re.findall(rf'href="({pattern})"', get(base, path)[2])
    return list(dict.fromkeys(found))[:count]


def discover(base: str) -> list[str]:
    """Profile, approach and place addresses, in English, found from links on the site."""
    profiles = links(base, "/en/therapists/", r"/en/therapists/(?!in/)[\w-]+/", 3)
    approaches = links(base, "/en/approaches/", r"/en/approaches/[\w-]+/", 3)
    cities = links(base, "/en/therapists/in/ontario/", r"/en/therapists/in/ontario/[\w-]+/", 2)
    city_approaches = links(base, cities[0], re.escape(cities[0]) + r"[\w-]+/", 2)
    return profiles + approaches + cities + city_approaches


def page_list(base: str) -> list[tuple[str, bool]]:
    """Every (path, htmx) to fetch, in both languages."""
    found = [path.replace("/en/", "/{lang}/", 1) for path in discover(base)]
    pages = [(p, False) for p in FIXED + found] + [(p, True) for p in HTMX]
    both = [(p.format(lang=lang), htmx) for p, htmx in pages for lang in ("en", "fr")]
    return list(dict.fromkeys(both))  # paths without {lang} appear once


def file_name(path: str, htmx: bool) -> str:
    name = re.sub(r"[^\w.=%-]+", "_", path).strip("_") or "root"
    return f"{name}{'.htmx' if htmx else ''}.txt"


def render(path: str, htmx: bool, status: int, headers, body: str) -> str:
    lines = [f"GET {path}" + (" HX-Request: true" if htmx else ""), f"status: {status}"]
    lines += [f"{name}: {headers[name]}" for name in HEADERS if headers[name] is not None]
    cookies = sorted(c.split("=", 1)[0] for c in headers.get_all("set-cookie") or [])
    if cookies:
        lines.append(f"set-cookie: {', '.join(cookies)}")  # names only: values change
    text = "\n".join(lines) + "\n\n" + body
    for pattern, replacement in NORMALISE:
        text = pattern.sub(replacement, text)
    return text


def fetch(base: str, out: Path) -> None:
    base = base.rstrip("/")
    out.mkdir(parents=True, exist_ok=True)
    if any(out.glob("*.txt")):
        sys.exit(f"{out} already holds a snapshot: give an empty folder")
    pages = page_list(base)
    assert len({file_name(*page) for page in pages}) == len(pages), "two pages, one file name"
    for path, htmx in pages:
        status, headers, body = get(base, path, htmx)
        body = body.replace(base, "http://SITE")  # absolute links name the server fetched from
        (out / file_name(path, htmx)).write_text(render(path, htmx, status, headers, body))
        print(f"{status} {path}{' (htmx)' if htmx else ''}")
    print(f"{len(pages)} pages saved in {out}")


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.txt")} | {p.name for p in after.glob("*.txt")})
    differing = 0
    for name in names:
        old, new = before / name, after / name
        old_lines = old.read_text().splitlines(keepends=True) if old.exists() else []
        new_lines = new.read_text().splitlines(keepends=True) if new.exists() else []
        diff = list(difflib.unified_diff(old_lines, new_lines, str(old), str(new)))
        if diff:
            differing += 1
            sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
    print(f"{len(names)} pages compared, {differing} differ")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    fetch_parser = commands.add_parser("fetch", help="save the pages of a running site")
    fetch_parser.add_argument("--base", required=True, help="e.g. http://127.0.0.1:8000")
    fetch_parser.add_argument("--out", required=True, type=Path, help="folder to write")
    compare_parser = commands.add_parser("compare", help="diff two saved snapshots")
    compare_parser.add_argument("before", type=Path)
    compare_parser.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "fetch":
        fetch(args.base, args.out)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
