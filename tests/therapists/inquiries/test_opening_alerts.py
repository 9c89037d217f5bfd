"""Tell me when one opens: double opt-in, one-click unsubscribe, and the job that writes at most
once a week per address about therapists who started accepting, across a frozen calendar."""

import datetime
import re
from urllib.parse import urlparse

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone

from tests import factories
from tests.therapists.search.searching import therapist
from therapists.inquiries.alerts import opening_alerts_send
from therapists.models import Accepting, OpeningAlert, Therapist

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)  # a Monday
EMAIL = "client@example.ca"


@pytest.fixture
def calendar():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def later(calendar, **delta):
    calendar.shift(datetime.timedelta(**delta))


def post(client, path, data):
    """A post whose on-commit work (the confirmation email) runs, as after a real commit."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(path, data)


def leave(client, email=EMAIL, **search):
    return post(
        client,
        reverse("therapists:alert_new"),
        {"email": email, "query": "&".join(f"{k}={v}" for k, v in search.items())},
    )


def link_in(message, name: str) -> str:
    """The path of the site's link of this kind (alerts/confirm/..., alerts/stop/...) in a body."""
    url = re.search(rf"https?://\S+/alerts/{name}/\S+/", message.body).group(0)
    return urlparse(url).path


def confirm(client, mailoutbox):
    path = link_in(mailoutbox[-1], "confirm")
    assert client.post(path).status_code == 200


def open_up(person):
    """The therapist starts accepting new clients, as the editor saves it."""
    Therapist.objects.filter(pk=person.pk).update(
        accepting=Accepting.ACCEPTING, availability_confirmed_at=timezone.now()
    )
    factories.search_rows_sync(person)


def full(name, **fields):
    return therapist(name, accepting=Accepting.CLOSED, **fields)


def sent_alerts(mailoutbox) -> list:
    return [m for m in mailoutbox if "accepting new clients" in m.subject]


def test_leaving_an_alert_sends_only_a_confirmation_link(client, calendar, mailoutbox):
    full("Robin Full", free_consultation=True)
    response = leave(client, free_consultation="on")
    assert response.status_code == 302
    alert = OpeningAlert.objects.get()
    assert (alert.email, alert.query, alert.confirmed_at) == (EMAIL, "free_consultation=on", None)
    [message] = mailoutbox
    assert message.to == [EMAIL]
    assert "/alerts/confirm/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")


def test_never_sent_to_an_unconfirmed_address(client, calendar, mailoutbox):
    robin = full("Robin Full")
    leave(client)
    open_up(robin)
    later(calendar, days=1)
    assert opening_alerts_send() == 0
    assert sent_alerts(mailoutbox) == []


def test_sends_once_per_match_set(client, calendar, mailoutbox):
    robin = full("Robin Full", free_consultation=True)
    leave(client, free_consultation="on")
    confirm(client, mailoutbox)
    assert opening_alerts_send() == 0  # nobody opened yet
    open_up(robin)
    assert opening_alerts_send() == 1
    [message] = sent_alerts(mailoutbox)
    assert "Robin Full" in message.body
    assert "/alerts/stop/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    for days in (8, 15, 30):  # the same therapist is never named again
        later(calendar, days=days)
        assert opening_alerts_send() == 0
    assert len(sent_alerts(mailoutbox)) == 1


def test_therapists_accepting_when_it_was_left_are_not_news(client, calendar, mailoutbox):
    therapist("Already Open", free_consultation=True)
    leave(client, free_consultation="on")
    confirm(client, mailoutbox)
    assert opening_alerts_send() == 0


def test_at_most_one_email_a_week_per_address(client, calendar, mailoutbox):
    robin, sam = full("Robin Full", free_consultation=True), full("Sam Full", serves_teens=True)
    leave(client, free_consultation="on")
    confirm(client, mailoutbox)
    leave(client, age="teens")  # a second alert for the same address
    confirm(client, mailoutbox)
    open_up(robin)
    assert opening_alerts_send() == 1
    later(calendar, days=2)
    open_up(sam)
    assert opening_alerts_send() == 0  # the address heard from us two days ago
    later(calendar, days=5, hours=1)  # a week and an hour after the first
    assert opening_alerts_send() == 1
    first, second = sent_alerts(mailoutbox)
    assert "Robin Full" in first.body and "Sam Full" not in first.body
    assert "Sam Full" in second.body and "Robin Full" not in second.body


def test_never_after_unsubscribe(client, calendar, mailoutbox):
    robin = full("Robin Full")
    leave(client)
    confirm(client, mailoutbox)
    path = link_in(mailoutbox[0], "stop")
    assert "Stop and delete my alerts" in client.get(path).content.decode()
    assert OpeningAlert.objects.exists()  # a link scanner's GET deletes nothing
    mail_program = Client(enforce_csrf_checks=True)  # RFC 8058's POST carries no CSRF token
    assert mail_program.post(path, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not OpeningAlert.objects.exists()
    open_up(robin)
    later(calendar, days=8)
    assert opening_alerts_send() == 0


def test_deleted_after_90_days(client, calendar, mailoutbox):
    robin = full("Robin Full")
    leave(client)
    confirm(client, mailoutbox)
    later(calendar, days=89)
    opening_alerts_send()
    assert OpeningAlert.objects.count() == 1
    later(calendar, days=2)
    open_up(robin)
    assert opening_alerts_send() == 0
    assert not OpeningAlert.objects.exists()


def test_an_unconfirmed_alert_is_deleted_after_a_week_and_its_link_expires(
    client, calendar, mailoutbox
):
    full("Robin Full")
    leave(client)
    path = link_in(mailoutbox[0], "confirm")
    later(calendar, days=8)
    opening_alerts_send()
    assert not OpeningAlert.objects.exists()
    response = client.post(path)
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()


def test_a_link_scanners_get_does_not_confirm(client, calendar, mailoutbox):
    full("Robin Full")
    leave(client)
    path = link_in(mailoutbox[0], "confirm")
    assert "Confirm my alert" in client.get(path).content.decode()
    assert OpeningAlert.objects.get().confirmed_at is None


def test_an_altered_link_is_refused(client, calendar, mailoutbox):
    full("Robin Full")
    leave(client)
    path = link_in(mailoutbox[0], "confirm")
    assert client.post(path.replace("/confirm/", "/confirm/x")).status_code == 400
    altered = reverse("therapists:alert_unsubscribe", args=["nonsense"])
    assert client.post(altered).status_code == 400
    assert OpeningAlert.objects.get().confirmed_at is None


def test_a_full_profile_takes_an_alert_for_itself(client, calendar, mailoutbox):
    robin = full("Robin Full")
    profile = client.get(robin.get_absolute_url()).content.decode()
    url = reverse("therapists:alert_profile", args=[robin.slug])
    assert url in profile
    assert post(client, url, {"email": EMAIL}).status_code == 302
    confirm(client, mailoutbox)
    full("Someone Else")
    assert opening_alerts_send() == 0
    open_up(robin)
    assert opening_alerts_send() == 1
    assert "Robin Full is accepting new clients" in sent_alerts(mailoutbox)[0].body


def test_an_open_profile_needs_no_alert(client, calendar):
    sam = therapist("Sam Open")
    response = client.get(reverse("therapists:alert_profile", args=[sam.slug]))
    assert response.status_code == 302
    assert not OpeningAlert.objects.exists()


def test_an_empty_search_offers_the_alert_with_its_search(client, calendar):
    cache.clear()
    body = client.get(reverse("therapists:list"), {"free_consultation": "on"}).content.decode()
    assert f"{reverse('therapists:alert_new')}?free_consultation=on" in body
    page = client.get(reverse("therapists:alert_new"), {"free_consultation": "on", "page": "2"})
    assert page.status_code == 200
    assert 'name="query" value="free_consultation=on"' in page.content.decode()
    assert "nothing about your health beyond the choices in the search" in page.content.decode()


def test_only_the_search_is_kept_not_other_parameters(client, calendar, mailoutbox):
    client.post(
        reverse("therapists:alert_new"),
        {"email": EMAIL, "query": "free_consultation=on&utm_source=x&sort=fee&name=Jo"},
    )
    assert OpeningAlert.objects.get().query == "free_consultation=on"


def test_a_search_the_search_cannot_use_is_refused(client, calendar):
    response = client.post(
        reverse("therapists:alert_new"), {"email": EMAIL, "query": "fee_max=lots"}
    )
    assert response.status_code == 400
    assert not OpeningAlert.objects.exists()


def test_a_bad_address_is_a_400_with_its_message(client, calendar, mailoutbox):
    response = client.post(reverse("therapists:alert_new"), {"email": "not an address"})
    assert response.status_code == 400
    assert "Enter a valid email address." in response.content.decode()
    assert not OpeningAlert.objects.exists()
    assert mailoutbox == []


def test_the_form_is_rate_limited_per_address(client, calendar, mailoutbox, settings):
    settings.ACCOUNT_EMAIL_RATE_PER_ADDRESS = "2/h"
    for _ in range(2):
        assert leave(client, free_consultation="on").status_code == 302
    response = leave(Client(REMOTE_ADDR="10.0.0.9"), free_consultation="on")
    assert response.status_code == 429
    assert len(mailoutbox) == 2


def test_leaving_the_same_alert_twice_keeps_one(client, calendar, mailoutbox):
    leave(client, free_consultation="on")
    leave(client, email="Client@Example.ca", free_consultation="on")
    assert OpeningAlert.objects.count() == 1
    assert len(mailoutbox) == 2  # the confirmation link again


def test_the_emails_are_in_the_language_the_alert_was_left_in(client, calendar, mailoutbox):
    robin = full("Robin Full")
    post(client, "/fr/alerts/new/", {"email": EMAIL, "query": ""})
    assert "/fr/alerts/confirm/" in mailoutbox[0].body
    confirm(client, mailoutbox)
    open_up(robin)
    opening_alerts_send()
    [message] = [m for m in mailoutbox if "/fr/therapists/" in m.body]
    assert "/fr/alerts/stop/" in message.body
