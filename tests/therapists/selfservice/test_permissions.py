"""Every editor and inbox address: login required, only one's own rows, never cached, CSRF."""

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

# (url name, needs an object id, methods) for every page of the therapist's own side.
OWN_PAGES = [
    ("therapists:dashboard", None, ["get"]),
    ("therapists:availability_confirm", None, ["post"]),
    ("therapists:publish", None, ["post"]),
    ("therapists:preview", None, ["get"]),
    ("therapists:offices", None, ["get"]),
    ("therapists:office_add", None, ["get", "post"]),
    ("therapists:photo", None, ["get", "post"]),
    ("therapists:video", None, ["get", "post"]),
    ("therapists:credential_add", None, ["get", "post"]),
    ("therapists:inbox", None, ["get"]),
    ("therapists:account_delete", None, ["get", "post"]),
    ("therapists:account_export", None, ["get"]),
    ("therapists:start", None, ["get", "post"]),
]
OBJECT_PAGES = [
    ("therapists:office_edit", "office", ["get", "post"]),
    ("therapists:office_delete", "office", ["post"]),
    ("therapists:credential_edit", "credential", ["get", "post"]),
    ("therapists:inquiry_detail", "inquiry", ["get"]),
    ("therapists:inquiry_status", "inquiry", ["post"]),
]
SECTIONS = ["identity", "practice", "approaches", "languages", "fees", "online"]


def objects_of(therapist) -> dict:
    return {
        "office": factories.OfficeFactory(therapist=therapist),
        "credential": factories.CredentialFactory(therapist=therapist),
        "inquiry": factories.InquiryFactory(therapist=therapist),
    }


def all_urls(therapist):
    owned = objects_of(therapist)
    for name, _kind, methods in OWN_PAGES:
        if name != "therapists:start":  # sends an account that has a profile to the dashboard
            yield reverse(name), methods
    for section in SECTIONS:
        yield reverse("therapists:editor", kwargs={"section": section}), ["get", "post"]
    for name, kind, methods in OBJECT_PAGES:
        yield reverse(name, kwargs={"pk": owned[kind].pk}), methods


@pytest.mark.parametrize("case", [*OWN_PAGES, *OBJECT_PAGES], ids=lambda case: case[0])
def test_anonymous_visitors_are_sent_to_log_in(client, case):
    name, kind, methods = case
    therapist = factories.TherapistFactory()
    kwargs = {"pk": objects_of(therapist)[kind].pk} if kind else {}
    url = reverse(name, kwargs=kwargs)

    for method in methods:
        response = getattr(client, method)(url)
        assert response.status_code == 302, (url, method)
        assert response.url.startswith(reverse("accounts:login") + "?next="), (url, method)


@pytest.mark.parametrize("section", SECTIONS)
def test_anonymous_visitors_are_sent_to_log_in_from_every_section(client, section):
    response = client.get(reverse("therapists:editor", kwargs={"section": section}))

    assert response.url.startswith(reverse("accounts:login"))


@pytest.mark.parametrize("case", OBJECT_PAGES, ids=lambda case: case[0])
def test_another_therapists_object_is_a_404(owner_client, stranger, case):
    name, kind, methods = case
    theirs = objects_of(stranger)[kind]
    url = reverse(name, kwargs={"pk": theirs.pk})

    for method in methods:
        data = {"status": "archived", "label": "x"} if method == "post" else None
        assert getattr(owner_client, method)(url, data).status_code == 404, (url, method)
    theirs.refresh_from_db()  # still there, unchanged
    assert getattr(theirs, "status", "new") in {"new", "pending"}


def test_own_pages_are_never_cached(owner_client, owner):
    for url, methods in all_urls(owner):
        if "get" in methods:
            response = owner_client.get(url, follow=True)  # the preview is the profile's page
            assert response.status_code == 200, url
            assert "no-store" in response["Cache-Control"], url


@pytest.mark.parametrize(
    "case",
    [case for case in (*OWN_PAGES, *OBJECT_PAGES) if "post" in case[2]],
    ids=lambda case: case[0],
)
def test_every_form_needs_its_csrf_token(owner, case):
    name, kind, _methods = case
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner.owner)
    kwargs = {"pk": objects_of(owner)[kind].pk} if kind else {}

    response = client.post(reverse(name, kwargs=kwargs), {})

    assert response.status_code == 403


def test_every_page_with_a_form_carries_the_csrf_token(owner_client, owner):
    for url, methods in all_urls(owner):
        if "get" in methods and "post" in methods:
            assert 'name="csrfmiddlewaretoken"' in owner_client.get(url).text, url
