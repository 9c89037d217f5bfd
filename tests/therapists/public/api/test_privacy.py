"""Nothing private is reachable through the API: every endpoint the URLconf has is in the
schema, every endpoint in the schema is walked (each list, and the detail of everything on its
first page), and every field, in the schema and in each answer, at any depth, must be on the
public allow-list (allowlist.py, written down there and not read from the code). Nothing about
unlisted profiles, requests, evidence, reviewers or accounts appears in any answer. An unlisted
or pending profile is a 404 in the API as on the site."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests import factories
from tests.therapists.public.api.allowlist import ALLOWED, NOT_DATA
from tests.therapists.public.api.directory import directory_make
from therapists.models import CredentialStatus, ModerationStatus

SECRETS = (
    "Hidden Unlisted",
    "Hidden Unpublished",
    "PENDING-7788",
    "REJECTED-4455",
    "a forged letter",
    "client-secret@example.ca",
    "I would like to talk about my panic attacks",
    "owner-private@example.ca",
    "pending-video",
    "two-spirit",
)


def field_paths(value, prefix: str = "") -> set[str]:
    """Every key in the answer, as dotted paths; a list's items share their list's path."""
    if isinstance(value, list):
        return set().union(*(field_paths(item, prefix) for item in value))
    if isinstance(value, dict):
        paths = set()
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            paths |= {path} | field_paths(item, path)
        return paths
    return set()


def schema_paths(schema: dict, components: dict, prefix: str = "", seen=()) -> set[str]:
    """Every property the schema promises, as dotted paths, through $refs and arrays."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return set()
        return schema_paths(components[name], components, prefix, (*seen, name))
    if schema.get("type") == "array":
        return schema_paths(schema.get("items", {}), components, prefix, seen)
    paths = set()
    for part in schema.get("allOf", []) + schema.get("oneOf", []) + schema.get("anyOf", []):
        paths |= schema_paths(part, components, prefix, seen)
    for key, item in schema.get("properties", {}).items():
        path = f"{prefix}.{key}" if prefix else key
        paths |= {path} | schema_paths(item, components, path, seen)
    return paths


def url_routes(patterns, prefix: str = "") -> set[str]:
    """The URLconf's routes under a prefix, written as the schema writes paths."""
    routes = set()
    for pattern in patterns:
        route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            routes |= url_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            routes.add("/" + re.sub(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)", r"{\1\2}", route))
    return routes


@pytest.fixture
def directory(db):
    """The generated directory, and beside it everything that must stay out of the API."""
    people = directory_make(count=18)  # one page: every profile's detail is walked
    listed = people[0]
    listed.gender_identity = "two-spirit"
    listed.save()
    listed.owner.email = "owner-private@example.ca"
    listed.owner.save()
    factories.CredentialFactory(therapist=listed, registration_number="PENDING-7788")
    factories.CredentialFactory(
        therapist=listed,
        registration_number="REJECTED-4455",
        status=CredentialStatus.REJECTED,
        reason="a forged letter",
    )
    factories.InquiryFactory(
        therapist=listed,
        email="client-secret@example.ca",
        message="I would like to talk about my panic attacks",
    )
    video = people[1]
    if hasattr(video, "intro_video"):
        video.intro_video.delete()
    factories.IntroVideoFactory(
        therapist=video, status=ModerationStatus.PENDING, file__filename="pending-video.mp4"
    )
    pending = factories.TherapistFactory(display_name="Hidden Unlisted", slug="hidden-unlisted")
    factories.CredentialFactory(therapist=pending)
    unpublished = factories.TherapistFactory(
        display_name="Hidden Unpublished", slug="hidden-unpublished", is_published=False
    )
    factories.VerifiedCredentialFactory(therapist=unpublished)
    factories.search_rows_sync(listed, video, pending, unpublished)
    return people


def schema_of(client) -> dict:
    response = client.get(reverse("api:schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return response.json()


def test_every_endpoint_of_the_urlconf_is_in_the_schema_and_the_allow_list(client, db):
    routes = {route for route in url_routes(get_resolver().url_patterns) if "/api/" in route}
    assert routes - NOT_DATA == set(schema_of(client)["paths"]) | {"/api/v1/"}
    assert set(ALLOWED) == routes - NOT_DATA


def test_the_schema_promises_only_public_fields(client, db):
    schema = schema_of(client)
    components = schema["components"]["schemas"]
    for path, operations in schema["paths"].items():
        assert set(operations) == {"get"}, path  # read-only
        ok = operations["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        promised = schema_paths(ok, components)
        assert promised - ALLOWED[path] == set(), path


def detail_urls(path: str, answer) -> list[str]:
    """The detail of every item on a list's first page."""
    items = answer if isinstance(answer, list) else answer.get("results", answer.get("contents"))
    name = re.search(r"{(\w+)}", path).group(1)
    return [path.replace(f"{{{name}}}", str(item[name])) for item in items]


def test_every_answer_holds_only_public_fields_and_nothing_private(client, directory):
    walked = {}
    paths = list(ALLOWED)
    for path in [p for p in paths if "{" not in p]:
        walked[path] = client.get(path)
    for path in [p for p in paths if "{" in p]:
        listing = walked[path.rsplit("{", 1)[0]].json()
        urls = detail_urls(path, listing)
        assert urls, path  # each kind has something to look at in detail
        for url in urls:
            walked[url] = client.get(url)
            response = walked[url]
            assert response.status_code == 200, url
            assert field_paths(response.json()) - ALLOWED[path] == set(), url
    for url, response in walked.items():
        assert response.status_code == 200, url
        text = response.content.decode()
        assert [secret for secret in SECRETS if secret in text] == [], url
    for path in (p for p in paths if "{" not in p):
        assert field_paths(walked[path].json()) - ALLOWED[path] == set(), path
    assert len(walked) > 40


@pytest.mark.parametrize("slug", ["hidden-unlisted", "hidden-unpublished", "nobody"])
def test_an_unlisted_or_pending_profile_is_a_404_as_on_the_site(client, directory, slug):
    assert client.get(reverse("api:therapist-detail", kwargs={"slug": slug})).status_code == 404
    assert client.get(reverse("therapists:detail", kwargs={"slug": slug})).status_code == 404
    listed = client.get(reverse("api:therapist-list"), {"q": "Hidden"}).json()
    assert listed["count"] == 0


def test_the_api_writes_nothing(client, directory):
    url = reverse("api:therapist-detail", kwargs={"slug": directory[0].slug})
    for method in ("post", "put", "patch", "delete"):
        assert getattr(client, method)(url).status_code == 405
