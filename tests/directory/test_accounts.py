"""Signing up, confirming the email, logging in with throttling, and passwords."""

import re

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from directory.models import User
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a calm river at dawn"


def signup(client, email="new.therapist@example.ca", password=PASSWORD, again=None):
    return client.post(
        reverse("accounts:signup"),
        {"email": email, "password1": password, "password2": again or password},
    )


def link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0)


def test_signup_creates_an_unconfirmed_account_and_mails_a_signed_link(client):
    response = signup(client)

    assert response.status_code == 302
    assert response.url == reverse("accounts:signup_done")
    user = User.objects.get(email="new.therapist@example.ca")
    assert user.email_confirmed_at is None
    assert user.check_password(PASSWORD)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.therapist@example.ca"]
    assert "/en/account/confirm/" in link_in(mail.outbox[0])


def test_following_the_link_confirms_the_address_once(client):
    signup(client)
    path = link_in(mail.outbox[0]).split("testserver", 1)[1]

    response = client.get(path)
    confirmed = User.objects.get().email_confirmed_at

    assert response.status_code == 302
    assert response.url == reverse("accounts:login")
    assert confirmed is not None
    client.get(path)
    assert User.objects.get().email_confirmed_at == confirmed


def test_an_expired_link_is_refused_with_a_clear_message(client):
    signup(client)
    path = link_in(mail.outbox[0]).split("testserver", 1)[1]

    with time_machine.travel(timezone.now() + timezone.timedelta(days=4)):
        response = client.get(path)

    assert response.status_code == 400
    assert "This confirmation link has expired." in response.text
    assert User.objects.get().email_confirmed_at is None


@pytest.mark.parametrize("token", ["nonsense", "eyJ1c2VyIjoxfQ:1tZ:forged"])
def test_a_tampered_link_is_refused(client, token):
    response = client.get(reverse("accounts:confirm", kwargs={"token": token}))

    assert response.status_code == 400
    assert "This confirmation link is not valid." in response.text


def test_signing_up_with_a_known_email_looks_the_same_and_warns_its_owner(client):
    factories.UserFactory(email="taken@example.ca")

    response = signup(client, email="Taken@example.ca")

    assert response.status_code == 302
    assert response.url == reverse("accounts:signup_done")
    assert User.objects.filter(email__iexact="taken@example.ca").count() == 1
    assert mail.outbox[0].to == ["Taken@example.ca"]
    assert "already has one" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("password", "again", "message"),
    [
        ("short pass", None, "at least 12 characters"),
        ("123456789012345", None, "entirely numeric"),
        ("password1234", None, "too common"),
        (PASSWORD, "another sentence here", "The two passwords differ"),
    ],
)
def test_weak_or_mismatched_passwords_are_refused(client, password, again, message):
    response = signup(client, password=password, again=again)

    assert response.status_code == 400
    assert message in response.text
    assert not User.objects.exists()
    assert 'value="new.therapist@example.ca"' in response.text


def test_login_leads_to_the_dashboard(client):
    factories.UserFactory(email="ana@example.ca")

    response = client.post(
        reverse("accounts:login"),
        {"username": "ANA@example.ca", "password": "a-long-test-password"},
    )

    assert response.status_code == 302
    assert response.url == reverse("therapists:dashboard")


def test_staff_log_in_to_the_admin_not_to_a_therapists_dashboard(client, verifier):
    response = client.post(
        reverse("accounts:login"),
        {"username": verifier.email, "password": "a-long-test-password"},
    )

    assert (response.status_code, response.url) == (302, reverse("admin:index"))


def test_wrong_password_and_unknown_email_get_the_same_answer(client):
    factories.UserFactory(email="ana@example.ca")
    url = reverse("accounts:login")

    known = client.post(url, {"username": "ana@example.ca", "password": "wrong password!"})
    unknown = client.post(url, {"username": "nobody@example.ca", "password": "wrong password!"})

    assert known.status_code == unknown.status_code == 400
    message = "That email and password do not match an account."
    assert message in known.text and message in unknown.text


@pytest.mark.parametrize("email", ["ana@example.ca", "nobody@example.ca"])
def test_repeated_failures_lock_the_email_out_with_a_clear_message(client, email):
    factories.UserFactory(email="ana@example.ca")
    url = reverse("accounts:login")
    for _ in range(5):
        client.post(url, {"username": email, "password": "wrong password!"})

    response = client.post(url, {"username": email, "password": "a-long-test-password"})

    assert response.status_code == 429
    assert "Too many login attempts" in response.text
    assert "15 minutes" in response.text
    assert "_auth_user_id" not in client.session


def test_logout_is_a_post(client):
    client.force_login(factories.UserFactory())

    assert client.get(reverse("accounts:logout")).status_code == 405
    response = client.post(reverse("accounts:logout"))

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_change_needs_the_old_password(client):
    user = factories.UserFactory()
    client.force_login(user)

    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": "a-long-test-password",
            "new_password1": PASSWORD,
            "new_password2": PASSWORD,
        },
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


@pytest.mark.parametrize("email", ["ana@example.ca", "nobody@example.ca"])
def test_password_reset_answers_the_same_for_any_email(client, email):
    factories.UserFactory(email="ana@example.ca")

    response = client.post(reverse("accounts:password_reset"), {"email": email})

    assert response.status_code == 302
    assert response.url == reverse("accounts:password_reset_done")


def test_password_reset_link_sets_a_new_password(client):
    user = factories.UserFactory(email="ana@example.ca")
    client.post(reverse("accounts:password_reset"), {"email": "ana@example.ca"})
    path = link_in(mail.outbox[0]).split("testserver", 1)[1]

    form_page = client.get(path, follow=True)
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": PASSWORD, "new_password2": PASSWORD}
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_a_used_or_forged_reset_link_is_refused_with_a_way_on(client):
    factories.UserFactory(email="ana@example.ca")
    client.post(reverse("accounts:password_reset"), {"email": "ana@example.ca"})
    path = link_in(mail.outbox[0]).split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    client.post(
        form_page.redirect_chain[-1][0], {"new_password1": PASSWORD, "new_password2": PASSWORD}
    )

    for link in (path, path.rstrip("/")[:-4] + "abcd/"):
        response = client.get(link, follow=True)
        assert response.status_code == 400, link
        assert "This link is not valid any more" in response.text
        assert reverse("accounts:password_reset") in response.text


def test_login_url_is_our_login_page(client):
    response = client.get(reverse("therapists:dashboard"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


@pytest.mark.parametrize(
    "name",
    ["accounts:signup", "accounts:signup_done", "accounts:login", "accounts:password_reset"],
)
def test_account_pages_render(client, name):
    response = client.get(reverse(name))

    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.text or name == "accounts:signup_done"


def test_a_password_reset_lifts_a_lockout(client):
    user = factories.UserFactory(email="ana@example.ca")
    login = reverse("accounts:login")
    for _ in range(5):
        client.post(login, {"username": "ana@example.ca", "password": "wrong password!"})
    assert client.post(login, {"username": "ana@example.ca", "password": "x"}).status_code == 429

    client.post(reverse("accounts:password_reset"), {"email": "ana@example.ca"})
    path = link_in(mail.outbox[0]).split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    client.post(
        form_page.redirect_chain[-1][0], {"new_password1": PASSWORD, "new_password2": PASSWORD}
    )

    response = client.post(login, {"username": "ana@example.ca", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_an_unconfirmed_account_can_ask_for_a_new_link(client):
    user = factories.UserFactory(email_confirmed_at=None)
    client.force_login(user)

    client.post(reverse("accounts:confirm_resend"))

    assert mail.outbox[-1].to == [user.email]
    path = link_in(mail.outbox[-1]).split("testserver", 1)[1]
    client.get(path)
    user.refresh_from_db()
    assert user.email_confirmed_at is not None


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("en", "<title>Log in · Therapist Directory</title>"),
        ("fr", "<title>Se connecter · Répertoire de thérapeutes</title>"),
    ],
)
def test_the_login_page_names_the_site_not_its_domain(client, prefix, title):
    page = client.get(f"/{prefix}/account/login/").text
    _head, _, body = page.partition("</head>")

    assert title in page
    # The head's hreflang links are absolute addresses; what visitors read names the site.
    assert "testserver" not in body


def test_asking_for_a_reset_is_titled_apart_from_choosing_the_password(client):
    page = client.get("/en/account/password/reset/").text

    assert "<title>Reset your password · Therapist Directory</title>" in page


SIGNUP = {
    "password1": "a sentence long enough to pass",
    "password2": "a sentence long enough to pass",
}


def test_sign_ups_for_one_address_stop_sending_after_a_few(client, mailoutbox):
    """Whether or not it has an account, an address gets at most three emails an hour."""
    factories.UserFactory(email="taken@example.ca")
    answers = [
        client.post("/en/account/signup/", SIGNUP | {"email": "taken@example.ca"}).status_code
        for _ in range(4)
    ]

    assert answers == [302, 302, 302, 429]
    assert len(mailoutbox) == 3
    refused = client.post("/en/account/signup/", SIGNUP | {"email": "TAKEN@example.ca"})
    assert refused.status_code == 429
    assert "we have sent several emails to this address" in refused.text


def test_reset_links_for_one_address_stop_after_a_few(client, mailoutbox):
    user = factories.UserFactory()
    answers = [
        client.post("/en/account/password/reset/", {"email": user.email}).status_code
        for _ in range(4)
    ]

    assert answers == [302, 302, 302, 429]
    assert len(mailoutbox) == 3


def test_one_connection_cannot_sign_up_address_after_address(client, settings, mailoutbox):
    settings.ACCOUNT_EMAIL_RATE_PER_CONNECTION = "2/h"
    answers = [
        client.post("/en/account/signup/", SIGNUP | {"email": f"new{n}@example.ca"}).status_code
        for n in range(3)
    ]

    assert answers == [302, 302, 429]
    assert User.objects.filter(email="new2@example.ca").exists() is False
    assert len(mailoutbox) == 2


def test_new_confirmation_links_stop_after_a_few(client, mailoutbox):
    user = factories.UserFactory(email_confirmed_at=None)
    client.force_login(user)
    answers = [client.post("/en/account/confirm/resend/").status_code for _ in range(4)]

    assert answers == [302, 302, 302, 429]
    assert len(mailoutbox) == 3
