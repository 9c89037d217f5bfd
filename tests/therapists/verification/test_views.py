"""The verification queue in the admin: what a verifier sees, and what forged requests get."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation

from tests import factories
from therapists.models import CredentialStatus, Therapist, VerificationEvent
from therapists.verification.credentials import credential_approve
from therapists.verification.roles import verifiers_group

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:therapists_credential_queue")


def decide_url(credential, action):
    return reverse("admin:therapists_credential_decide", args=[credential.pk, action])


def evidence_url(credential):
    return reverse("admin:therapists_credential_evidence", args=[credential.pk])


@pytest.fixture
def verifier_client(client, verifier):
    client.force_login(verifier)
    return client


def pending_credential(**kwargs):
    credential = factories.CredentialFactory(**kwargs)
    credential.evidence.save("licence.png", ContentFile(b"\x89PNG\r\n\x1a\nlicence"), save=True)
    return credential


def test_the_queue_lists_pending_credentials_oldest_first_with_what_to_check(verifier_client):
    body = factories.RegulatoryBodyFactory(
        acronym="CRPO", public_register_url="https://registrants.crpo.ca/"
    )
    newer = pending_credential(therapist=factories.TherapistFactory(display_name="Newer Claim"))
    older = pending_credential(
        therapist=factories.TherapistFactory(display_name="Older Claim"),
        regulatory_body=body,
        registration_number="77001",
        designation="RP (Qualifying)",
    )
    older.submitted_at = timezone.now() - datetime.timedelta(days=3)
    older.save(update_fields=["submitted_at"])
    factories.VerifiedCredentialFactory(therapist=factories.TherapistFactory(display_name="Done"))

    response = verifier_client.get(QUEUE)

    assert response.status_code == 200
    rows = [row[0] for row in response.context["rows"]]
    assert rows == [older, newer]
    html = response.content.decode()
    assert html.index("Older Claim") < html.index("Newer Claim")
    assert "Done" not in html
    assert "3\xa0days" in html  # waiting time
    for shown in ("CRPO", "RP (Qualifying)", "77001", "Ontario", "https://registrants.crpo.ca/"):
        assert shown in html
    assert evidence_url(older) in html
    assert "licence" not in html  # the file's stored name or URL never reaches the page


def test_the_queue_page_costs_the_same_queries_for_many_credentials(
    verifier_client, django_assert_max_num_queries
):
    for _ in range(15):
        pending_credential()
        renewal = factories.VerifiedCredentialFactory()
        renewal.renewed_until = renewal.expires_on + datetime.timedelta(days=365)
        renewal.save(update_fields=["renewed_until"])
    with django_assert_max_num_queries(10):
        response = verifier_client.get(QUEUE)
    assert (len(response.context["rows"]), len(response.context["renewal_rows"])) == (15, 15)


def test_approving_from_the_queue_lists_the_therapist(verifier_client, verifier):
    credential = pending_credential()

    response = verifier_client.post(decide_url(credential, "approve"), {"note": ""}, follow=True)

    assert response.redirect_chain[-1][0] == QUEUE
    assert "Approved" in response.content.decode()
    credential.refresh_from_db()
    assert (credential.status, credential.reviewed_by) == ("verified", verifier)
    assert list(Therapist.objects.listed()) == [credential.therapist]
    assert VerificationEvent.objects.filter(credential=credential).count() == 1


def test_rejecting_without_a_reason_is_refused_and_changes_nothing(verifier_client):
    credential = pending_credential()

    response = verifier_client.post(decide_url(credential, "reject"), {"reason": "  "})

    assert response.status_code == 400
    assert "Give a reason" in response.content.decode()
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING
    assert not VerificationEvent.objects.exists()


def test_rejecting_with_a_reason_records_it(verifier_client):
    credential = pending_credential()

    response = verifier_client.post(
        decide_url(credential, "reject"), {"reason": "Not on the CRPO register."}
    )

    assert response.status_code == 302
    credential.refresh_from_db()
    assert (credential.status, credential.reason) == ("rejected", "Not on the CRPO register.")


def test_revoking_from_the_review_page_unlists_the_therapist(verifier_client):
    credential = factories.VerifiedCredentialFactory()
    review = reverse("admin:therapists_credential_review", args=[credential.pk])
    assert "Revoke" in verifier_client.get(review).content.decode()

    response = verifier_client.post(decide_url(credential, "revoke"), {"reason": "Suspended."})

    assert response.status_code == 302 and response.url == review
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.REVOKED
    assert not Therapist.objects.listed().exists()


def test_a_decision_from_a_stale_page_says_who_decided_meanwhile(verifier_client, verifier):
    colleague = factories.UserFactory(
        email="lee@example.ca", first_name="Lee", last_name="Park", is_staff=True
    )
    colleague.groups.add(verifiers_group())
    credential = factories.CredentialFactory()
    credential_approve(credential=credential, reviewer=colleague)

    response = verifier_client.post(decide_url(credential, "approve"), {"note": ""})

    assert response.status_code == 409
    assert "Lee Park decided this credential on " in response.text
    assert ": it is now verified. A credential that is verified cannot become verified." in (
        response.text
    )


def test_approving_a_rejected_credential_is_refused_with_a_message(verifier_client):
    credential = factories.CredentialFactory(status=CredentialStatus.REJECTED, reason="No.")

    response = verifier_client.post(decide_url(credential, "approve"), {"note": ""})

    assert response.status_code == 409
    assert "cannot become verified" in response.content.decode()
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.REJECTED
    assert not VerificationEvent.objects.exists()


def test_the_duplicate_guard_names_the_other_profile_on_the_page(verifier_client):
    original = factories.VerifiedCredentialFactory(
        therapist=factories.TherapistFactory(display_name="Real Holder")
    )
    copy = pending_credential(
        regulatory_body=original.regulatory_body,
        registration_number=original.registration_number,
    )

    response = verifier_client.post(decide_url(copy, "approve"), {"note": ""})

    assert response.status_code == 409
    assert "Real Holder" in response.content.decode()
    copy.refresh_from_db()
    assert copy.status == CredentialStatus.PENDING


def test_a_verifier_cannot_decide_their_own_credential(verifier_client, verifier):
    own = pending_credential(therapist=factories.TherapistFactory(owner=verifier))
    queue = verifier_client.get(QUEUE).content.decode()
    assert "your own profile: another verifier must decide" in queue
    assert decide_url(own, "approve") not in queue

    response = verifier_client.post(decide_url(own, "approve"), {"note": ""})

    assert response.status_code == 403
    assert "your own profile" in response.content.decode()
    own.refresh_from_db()
    assert own.status == CredentialStatus.PENDING


def test_a_therapist_posting_to_a_decision_url_gets_403(client):
    credential = pending_credential()
    client.force_login(credential.therapist.owner)

    for action in ("approve", "reject", "revoke"):
        response = client.post(decide_url(credential, action), {"reason": "x", "note": ""})
        assert response.status_code == 403
    assert client.get(QUEUE).status_code == 403
    assert client.get(evidence_url(credential)).status_code == 403

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING
    assert not VerificationEvent.objects.exists()


def test_staff_without_the_verifier_permissions_get_403(client):
    staff = factories.UserFactory(is_staff=True)
    credential = pending_credential()
    client.force_login(staff)

    assert client.post(decide_url(credential, "approve"), {"note": ""}).status_code == 403
    assert client.get(evidence_url(credential)).status_code == 403
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING


def test_an_anonymous_post_is_sent_to_the_login_page_and_changes_nothing(client):
    credential = pending_credential()

    response = client.post(decide_url(credential, "approve"), {"note": ""})

    assert response.status_code == 302
    assert reverse("admin:login") in response.url
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING


def test_a_decision_without_the_csrf_token_is_refused(verifier):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(verifier)
    credential = pending_credential()

    assert client.post(decide_url(credential, "approve"), {"note": ""}).status_code == 403
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING


def test_unknown_actions_and_gets_on_decision_urls_are_refused(verifier_client):
    credential = pending_credential()
    assert verifier_client.post(decide_url(credential, "delete"), {}).status_code == 404
    assert verifier_client.get(decide_url(credential, "approve")).status_code == 405
    missing = reverse("admin:therapists_credential_decide", args=[999999, "approve"])
    assert verifier_client.post(missing, {"note": ""}).status_code == 404


def test_an_overlong_reason_is_refused(verifier_client):
    credential = pending_credential()
    response = verifier_client.post(decide_url(credential, "reject"), {"reason": "x" * 2001})
    assert response.status_code == 400
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING


def test_evidence_is_streamed_to_a_verifier_from_local_private_storage(
    verifier_client, verifier, caplog
):
    credential = pending_credential()

    with caplog.at_level("INFO", logger="therapists.verification.views"):
        response = verifier_client.get(evidence_url(credential))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "sandbox"
    assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))
    assert b"".join(response.streaming_content) == b"\x89PNG\r\n\x1a\nlicence"
    assert f"credential {credential.pk} opened by user {verifier.pk}" in caplog.text


def test_evidence_on_disk_has_no_url_and_is_still_readable_by_the_view(
    verifier_client, settings, tmp_path
):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "directory.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    credential = factories.CredentialFactory()
    credential.evidence.save("letter.pdf", ContentFile(b"%PDF-1.7 letter"), save=True)
    with pytest.raises(ValueError):
        credential.evidence.url  # noqa: B018

    response = verifier_client.get(evidence_url(credential))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == b"%PDF-1.7 letter"


def test_a_credential_without_evidence_gives_404(verifier_client):
    credential = factories.CredentialFactory()
    assert verifier_client.get(evidence_url(credential)).status_code == 404


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("letter.pdf", b"%PDF-1.7 letter", "application/pdf"),
        ("scan.jpg", b"\xff\xd8\xff scan", "image/jpeg"),
        ("page.html", b"<script>alert(1)</script>", "application/octet-stream"),
    ],
)
def test_evidence_is_a_sandboxed_download_never_shown_in_the_admin(
    verifier_client, name, content, content_type
):
    credential = factories.CredentialFactory()
    credential.evidence.save(name, ContentFile(content), save=True)

    response = verifier_client.get(evidence_url(credential))

    assert response["Content-Type"] == content_type
    stored = credential.evidence.name.rsplit("/", 1)[1]
    assert response["Content-Disposition"] == f'attachment; filename="{stored}"'
    assert response["Content-Security-Policy"] == "sandbox"
    assert b"".join(response.streaming_content) == content


def test_the_admin_index_links_a_verifier_to_the_queue_with_its_count(verifier_client):
    pending_credential()
    html = verifier_client.get(reverse("admin:index")).content.decode()
    assert QUEUE in html
    assert "Credentials to verify" in html


def test_verification_events_are_read_only_for_a_verifier(verifier_client):
    event = factories.VerificationEventFactory(note="Original")
    change = reverse("admin:therapists_verificationevent_change", args=[event.pk])

    assert verifier_client.get(change).status_code == 200
    assert verifier_client.post(change, {"note": "Rewritten"}).status_code == 403
    event.refresh_from_db()
    assert event.note == "Original"


def test_the_queues_render_in_french(verifier_client):
    pending_credential()
    factories.IntroVideoFactory()
    french_queue = reverse("admin:therapists_credential_queue").replace("/en/", "/fr/", 1)
    french_videos = reverse("admin:therapists_introvideo_queue").replace("/en/", "/fr/", 1)
    assert verifier_client.get(french_queue).status_code == 200
    assert verifier_client.get(french_videos).status_code == 200


@pytest.mark.parametrize("status", [CredentialStatus.PENDING, CredentialStatus.VERIFIED])
def test_the_admin_page_of_a_credential_links_its_evidence_through_the_view(
    verifier_client, status
):
    credential = pending_credential()
    credential.status = status
    credential.save(update_fields=["status"])

    response = verifier_client.get(
        reverse("admin:therapists_credential_change", args=[credential.pk])
    )

    assert response.status_code == 200
    assert evidence_url(credential) in response.text
    assert "licence" not in response.text  # no stored name, no storage URL


def test_a_refused_page_says_so_in_the_visitors_language(client):
    client.force_login(factories.TherapistFactory().owner)

    with translation.override("fr"):
        response = client.get(reverse("admin:therapists_credential_queue"))

    assert response.status_code == 403
    assert "<h1>Accès refusé</h1>" in response.text
    assert 'lang="fr"' in response.text
