"""A verifier's day, in a real Chromium: sign in, work the queue, and the public search follows."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from PIL import Image
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.browser


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), "#0b5563").save(buffer, format="PNG")
    return buffer.getvalue()


def pending_with_evidence(name: str):
    therapist = factories.TherapistFactory(display_name=name, headline="Support for anxiety")
    credential = factories.CredentialFactory(therapist=therapist, designation="RP")
    credential.evidence.save("certificate.png", ContentFile(png_bytes()), save=True)
    return credential


def test_a_verifier_approves_one_credential_and_rejects_another(
    page, verifier, transactional_db, assert_accessible
):
    verifier.set_password("a-long-test-password")
    verifier.save()
    approved = pending_with_evidence("Amira Haddad")
    rejected = pending_with_evidence("Boris Impostor")

    page.goto("/en/admin/")
    page.get_by_label("Email address").fill(verifier.email)
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()

    page.get_by_role("link", name="Credentials to verify").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Credentials waiting for verification"
    )
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(2)
    assert_accessible(page)
    first = rows.filter(has_text="Amira Haddad")
    expect(first.get_by_role("link", name=re.compile("public register"))).to_have_attribute(
        "href", approved.regulatory_body.public_register_url
    )

    with page.expect_download() as download_info:  # a download, never a page of the admin
        first.get_by_role("link", name="Download evidence").click()
    evidence = download_info.value
    assert Image.open(evidence.path()).size == (320, 200)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Credentials waiting for verification"
    )

    first.get_by_role("button", name=re.compile("^Approve")).click()
    expect(page.locator(".messagelist")).to_contain_text("Approved")
    expect(rows).to_have_count(1)

    second = rows.filter(has_text="Boris Impostor")
    second.locator("summary").click()
    second.get_by_label("Reason, shown to the therapist").fill(
        "Number 10002 is not on the college's register."
    )
    second.get_by_role("button", name=re.compile("^Reject")).click()
    expect(page.locator(".messagelist")).to_contain_text("Rejected")
    expect(page.get_by_text("Nothing is waiting.")).to_be_visible()

    page.goto("/en/therapists/")
    expect(page.get_by_role("heading", name="Amira Haddad")).to_be_visible()
    expect(page.get_by_text("Boris Impostor")).to_have_count(0)

    rejected.refresh_from_db()
    assert rejected.status == "rejected"
    assert rejected.reason == "Number 10002 is not on the college's register."

    # The rejected therapist signs in and reads the reason on their dashboard.
    owner = rejected.therapist.owner
    owner.set_password("another-long-password")
    owner.save()
    page.context.clear_cookies()
    page.goto("/en/account/login/")
    page.get_by_label("Email address").fill(owner.email)
    page.get_by_label("Password").fill("another-long-password")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/en/account/$"))
    expect(page.get_by_text("Number 10002 is not on the college's register.")).to_be_visible()
    assert_accessible(page)


def test_a_claim_no_body_could_have_issued_is_refused_with_the_reason(
    page, verifier, transactional_db, assert_accessible
):
    """An Alberta college cannot register anyone in Quebec: approving says so, plainly."""
    verifier.set_password("a-long-test-password")
    verifier.save()
    credential = pending_with_evidence("Wrong Province")
    credential.regulatory_body.name = "Alberta College of Social Workers"
    credential.regulatory_body.province = "AB"
    credential.regulatory_body.save()
    credential.jurisdiction = "QC"
    credential.save()

    page.goto("/en/admin/")
    page.get_by_label("Email address").fill(verifier.email)
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Credentials to verify").click()
    page.locator("#result_list tbody tr").get_by_role("button", name=re.compile("^Approve")).click()

    expect(page.get_by_role("alert")).to_have_text(
        "Alberta College of Social Workers registers practitioners in Alberta only, not in Quebec."
    )
    assert_accessible(page)
    credential.refresh_from_db()
    assert credential.status == "pending"


@pytest.mark.parametrize("width", [375, 1280])
def test_the_french_queue_and_review_fit_the_screen_and_pass_axe(
    chromium, live_server, verifier, transactional_db, assert_accessible, width
):
    """WCAG 1.4.10 with the long French labels: wide tables scroll inside their box, the claim
    stacks on a phone, and the admin's filter links are big enough to tap."""
    verifier.set_password("a-long-test-password")
    verifier.save()
    credential = pending_with_evidence("Amira Haddad-Longfellow")
    credential.therapist.owner.email = "a.very.long.address.for.testing@clinique-exemple.qc.ca"
    credential.therapist.owner.save()
    context = chromium.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 800}, locale="fr-CA"
    )
    tab = context.new_page()
    tab.goto("/fr/admin/")
    tab.get_by_label("Adresse courriel").fill(verifier.email)
    tab.get_by_label("Mot de passe").fill("a-long-test-password")
    tab.get_by_role("button", name="Se connecter").click()
    expect(tab.get_by_role("link", name="Titres professionnels à vérifier")).to_be_visible()

    for path in (
        "/fr/admin/therapists/credential/queue/",
        f"/fr/admin/therapists/credential/{credential.pk}/review/",
        "/fr/admin/therapists/credential/",
    ):
        tab.goto(path)
        assert tab.evaluate("document.documentElement.scrollWidth") <= width, path
        assert_accessible(tab)
    context.close()
