"""Each account is written to in the language it chose: set at sign-up, changed on the dashboard."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from directory.models import User
from tests import factories
from tests.therapists.inquiries.test_services import VALID
from therapists.verification.credentials import credential_approve, credential_reject
from therapists.verification.videos import video_approve

pytestmark = pytest.mark.django_db

INQUIRY = VALID | {"message": "J'aimerais de l'aide pour l'anxiété."}


def french(therapist):
    therapist.owner.language = "fr"
    therapist.owner.save(update_fields=["language"])
    return therapist


@pytest.mark.parametrize(("prefix", "language"), [("en", "en"), ("fr", "fr")])
def test_signing_up_keeps_the_language_of_the_page(client, prefix, language, mailoutbox):
    client.post(
        f"/{prefix}/account/signup/",
        {
            "email": "new.person@example.ca",
            "password1": "a sentence long enough to pass",
            "password2": "a sentence long enough to pass",
        },
    )

    assert User.objects.get(email="new.person@example.ca").language == language


def test_a_verification_decision_is_written_in_the_therapists_language(
    verifier, django_capture_on_commit_callbacks
):
    english = factories.CredentialFactory()
    francophone = factories.CredentialFactory(therapist=french(factories.TherapistFactory()))

    with django_capture_on_commit_callbacks(execute=True):
        credential_approve(credential=english, reviewer=verifier)
        credential_reject(credential=francophone, reviewer=verifier, reason="Numéro introuvable.")

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert by_recipient[english.therapist.owner.email].subject == "Your credential is verified"
    rejection = by_recipient[francophone.therapist.owner.email]
    assert rejection.subject == "Nous n'avons pas pu vérifier votre titre professionnel"
    assert rejection.body.startswith("Bonjour,")
    assert "Motif\xa0: Numéro introuvable." in rejection.body
    assert by_recipient[english.therapist.owner.email].from_email == (
        "Therapist Directory <noreply@localhost>"
    )
    assert rejection.from_email == "Répertoire de thérapeutes <noreply@localhost>"


def test_a_video_decision_is_written_in_the_therapists_language(
    verifier, django_capture_on_commit_callbacks
):
    video = factories.IntroVideoFactory(therapist=french(factories.TherapistFactory()))

    with django_capture_on_commit_callbacks(execute=True):
        video_approve(video=video, reviewer=verifier)

    [message] = mail.outbox
    assert message.subject == "Votre vidéo de présentation figure sur votre profil"


def test_a_consultation_request_reaches_a_francophone_therapist_in_french(
    client, listed_therapist, django_capture_on_commit_callbacks
):
    french(listed_therapist)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("therapists:inquiry_send", kwargs={"slug": listed_therapist.slug}), INQUIRY
        )

    [message] = mail.outbox
    assert message.subject == "Nouvelle demande de consultation de Alex"
    assert "l'aide pour l'anxiété" in message.body
    assert "répondez simplement à ce message" in message.body
    assert message.from_email == "Répertoire de thérapeutes <noreply@localhost>"


@pytest.mark.parametrize(
    ("prefix", "name"), [("en", "Therapist Directory"), ("fr", "Répertoire de thérapeutes")]
)
def test_account_emails_come_from_the_site_named_in_the_pages_language(
    client, prefix, name, mailoutbox
):
    user = factories.UserFactory()
    client.post(
        f"/{prefix}/account/signup/",
        {
            "email": "new.person@example.ca",
            "password1": "a sentence long enough to pass",
            "password2": "a sentence long enough to pass",
        },
    )
    client.post(f"/{prefix}/account/password/reset/", {"email": user.email})

    sent = {message.to[0]: message for message in mailoutbox}
    for address in ("new.person@example.ca", user.email):
        assert sent[address].from_email == f"{name} <noreply@localhost>"
    # Encoded for the header, and read back as written.
    assert sent[user.email].message()["From"] == f"{name} <noreply@localhost>"


def test_the_dashboard_changes_the_language_of_the_emails(client):
    therapist = factories.TherapistFactory()
    client.force_login(therapist.owner)

    dashboard = client.get(reverse("therapists:dashboard")).text
    assert re.search(r'<option value="en" selected>English</option>', dashboard)

    response = client.post(reverse("therapists:email_language"), {"language": "fr"}, follow=True)

    assert response.status_code == 200
    assert "Saved: our emails will be in the language you chose." in response.text
    therapist.owner.refresh_from_db()
    assert therapist.owner.language == "fr"


@pytest.mark.parametrize("posted", [{"language": "de"}, {}, {"language": "x" * 5000}])
def test_an_unknown_language_is_refused_and_changes_nothing(client, posted):
    therapist = factories.TherapistFactory()
    client.force_login(therapist.owner)

    response = client.post(reverse("therapists:email_language"), posted)

    assert response.status_code == 400
    assert "Choose English or French for our emails." in response.text
    therapist.owner.refresh_from_db()
    assert therapist.owner.language == "en"


def test_changing_the_language_needs_a_signed_in_therapist(client):
    response = client.post(reverse("therapists:email_language"), {"language": "fr"})

    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
