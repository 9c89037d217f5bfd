"""A registration renewed, in a real Chromium: the therapist enters it, a verifier confirms it."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests import factories, uploads
from therapists.models import CredentialStatus, Therapist

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-password"


def sign_in(page, email: str, *, at: str):
    page.goto(at)
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_a_renewal_keeps_the_listing_while_it_waits_and_extends_it_once_confirmed(
    page, chromium, live_server, verifier, transactional_db, assert_accessible, tmp_path
):
    checked = timezone.localdate() + datetime.timedelta(days=20)
    renewed = checked + datetime.timedelta(days=365)
    therapist = factories.TherapistFactory(display_name="Renata Year")
    credential = factories.VerifiedCredentialFactory(
        therapist=therapist, designation="RP", expires_on=checked
    )
    therapist.owner.set_password(PASSWORD)
    therapist.owner.save()
    verifier.set_password(PASSWORD)
    verifier.save()
    certificate = tmp_path / "certificate-2028.pdf"
    certificate.write_bytes(uploads.PDF)

    # The therapist renews: the new date and certificate go in; the profile stays listed.
    sign_in(page, therapist.owner.email, at="/en/account/login/")
    page.goto(f"/en/account/credentials/{credential.pk}/")
    assert_accessible(page)
    page.get_by_label("Expires on").fill(renewed.isoformat())
    page.get_by_label("Evidence").set_input_files(str(certificate))
    page.get_by_role("button", name="Save the credential").click()
    expect(page.get_by_text("Credential saved.")).to_be_visible()
    expect(page.get_by_text(re.compile(r"^Renewal to .* waiting for our check\.$"))).to_be_visible()
    assert_accessible(page)
    assert Therapist.objects.get(pk=therapist.pk).listed_until == checked
    page.goto("/en/therapists/")
    expect(page.get_by_role("heading", name="Renata Year")).to_be_visible()

    # A verifier finds it under "Renewals to check" and confirms it.
    verifier_tab = chromium.new_context(base_url=live_server.url, locale="en-CA").new_page()
    sign_in(verifier_tab, verifier.email, at="/en/admin/")
    verifier_tab.get_by_role("link", name="Renewals to check").click()
    renewals = verifier_tab.get_by_role("table", name="Renewals to check")
    row = renewals.locator("tbody tr").filter(has_text="Renata Year")
    expect(row).to_have_count(1)
    assert_accessible(verifier_tab)
    row.get_by_role("button", name=re.compile("^Confirm the renewal")).click()
    expect(verifier_tab.locator(".messagelist")).to_contain_text("Renewed")
    expect(verifier_tab.get_by_text("Nothing is waiting.")).to_be_visible()
    verifier_tab.context.close()

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.VERIFIED
    assert (credential.expires_on, credential.renewed_until) == (renewed, None)
    assert credential.evidence.name.endswith(".pdf")
    assert Therapist.objects.get(pk=therapist.pk).listed_until == renewed
    page.goto("/en/account/")
    expect(page.get_by_text(re.compile(r"waiting for our check"))).to_have_count(0)
