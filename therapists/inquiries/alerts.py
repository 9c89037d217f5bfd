"""Tell me when one opens: a client's alert, from an empty search or a full profile, that a
matching therapist has started accepting new clients (docs/alerts.md).

Double opt-in: nothing is sent to an address but the link that confirms it, until it is
followed. Every email carries a link (and List-Unsubscribe headers) that deletes every alert of
the address at once. `manage.py send_opening_alerts` (daily) writes at most once per
ALERT_EMAIL_INTERVAL to an address, naming only therapists it never named before, and deletes
alerts ALERT_RETENTION_DAYS after they were left (unconfirmed ones after ALERT_CONFIRM_DAYS).
"""

import datetime
import logging
from collections import defaultdict
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import QueryDict
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from directory.mail import sender
from directory.ratelimits import email_rate_limited
from therapists.models import (
    ALERT_CONFIRM_DAYS,
    OpeningAlert,
    SearchRow,
    Therapist,
)
from therapists.models.alerts import QUERY_MAX_LENGTH
from therapists.models.availability import accepting_q
from therapists.search.facet_counts import PRESENTATION
from therapists.search.filters import TherapistFilter

logger = logging.getLogger(__name__)

CONFIRM_SALT = "therapists.opening-alert.confirm"
UNSUBSCRIBE_SALT = "therapists.opening-alert.unsubscribe"
# The therapists an email names by name; the rest are behind the search's link.
NAMED_MAX = 5


class LinkRefused(Exception):
    """A link that was altered, has expired, or names no alert."""


class AlertSearchRefused(Exception):
    """A search that cannot be kept: too long, or with choices the search cannot use."""


def alert_query(data: QueryDict) -> str:
    """The search as it is kept: only the search's own parameters, without the page or the
    order, blanks dropped; refused if the search has a choice it cannot use."""
    known = set(TherapistFilter.base_filters) - set(PRESENTATION)
    kept = sorted(
        (key, value)
        for key, values in data.lists()
        if key in known
        for value in values
        if value.strip()
    )
    query = urlencode(kept)
    if len(query) > QUERY_MAX_LENGTH or not TherapistFilter(QueryDict(query)).is_valid():
        raise AlertSearchRefused
    return query


def alert_rate_limited(request, email: str) -> bool:
    """Whether one more confirmation email to this address, or from this connection, would be
    one too many (the limits of the account emails); fails closed, as they do."""
    return email_rate_limited(request, email, group="opening-alert")


def alert_matches(alert: OpeningAlert) -> set[int]:
    """The listed therapists accepting new clients now that the alert asks about."""
    if alert.therapist_id:
        rows = SearchRow.objects.listed().filter(therapist_id=alert.therapist_id)
    else:
        rows = TherapistFilter(QueryDict(alert.query)).qs.order_by()
    return set(rows.filter(accepting_q()).values_list("therapist_id", flat=True))


@transaction.atomic
def opening_alert_create(
    *, email: str, language: str, query: str = "", therapist: Therapist | None = None
) -> OpeningAlert:
    """An alert waiting for its address to confirm it, and the confirming email queued. The
    same alert left again is the same alert (its link sent again). Therapists accepting now
    are counted as already known: the alert is for those who open later."""
    email = email.strip().lower()
    alert = OpeningAlert.objects.filter(email=email, query=query, therapist=therapist).first()
    if alert is None:
        alert = OpeningAlert(email=email, query=query, therapist=therapist, language=language)
        alert.sent = sorted(alert_matches(alert))
        alert.save()
    transaction.on_commit(lambda: alert_confirmation_send.enqueue(alert_id=alert.pk), robust=True)
    return alert


def confirm_token(alert: OpeningAlert) -> str:
    return signing.dumps({"alert": alert.pk}, salt=CONFIRM_SALT)


def unsubscribe_token(email: str) -> str:
    return signing.dumps({"email": email}, salt=UNSUBSCRIBE_SALT, compress=True)


def alert_from_token(token: str) -> OpeningAlert:
    """The alert a confirmation link names, if the link is genuine and recent enough."""
    max_age = datetime.timedelta(days=ALERT_CONFIRM_DAYS)
    try:
        value = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
    except signing.BadSignature as error:  # SignatureExpired is one
        raise LinkRefused from error
    alert = OpeningAlert.objects.filter(pk=value.get("alert")).first()
    if alert is None:
        raise LinkRefused
    return alert


def address_from_token(token: str) -> str:
    """The address an unsubscribe link names, if the link is genuine (it never expires)."""
    try:
        return signing.loads(token, salt=UNSUBSCRIBE_SALT)["email"]
    except (signing.BadSignature, KeyError, TypeError) as error:
        raise LinkRefused from error


def opening_alert_confirm(*, token: str) -> OpeningAlert:
    """The address confirmed the alert: from now on, it may be written to."""
    alert = alert_from_token(token)
    if alert.confirmed_at is None:
        alert.confirmed_at = timezone.now()
        alert.save(update_fields=["confirmed_at"])
    return alert


def opening_alerts_unsubscribe(*, token: str) -> int:
    """Every alert of the address deleted; returns how many there were."""
    deleted, _by_model = OpeningAlert.objects.for_address(address_from_token(token)).delete()
    return deleted


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def unsubscribe_url(email: str, language: str) -> str:
    with translation.override(language):
        path = reverse("therapists:alert_unsubscribe", kwargs={"token": unsubscribe_token(email)})
    return absolute(path)


def alert_email(*, to: str, language: str, template: str, subject: str, context: dict):
    """One plain-text email to an alert's address, with its one-click unsubscribe (RFC 8058)."""
    stop_url = unsubscribe_url(to, language)
    with translation.override(language):
        body = render_to_string(
            f"therapists/email/{template}.txt",
            context | {"unsubscribe_url": stop_url, "site_name": settings.SITE_NAME},
        )
        return EmailMessage(
            subject=subject,
            body=body,
            from_email=sender(),
            to=[to],
            headers={
                "List-Unsubscribe": f"<{stop_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )


def alert_search_url(alert: OpeningAlert) -> str:
    """Where the alert's search (or its profile) is, in the alert's language."""
    with translation.override(alert.language):
        if alert.therapist_id:
            return absolute(alert.therapist.get_absolute_url())
        path = reverse("therapists:list")
    return absolute(f"{path}?{alert.query}" if alert.query else path)


@task
def alert_confirmation_send(*, alert_id: int) -> None:
    """The link that confirms an alert's address: the only email an unconfirmed one gets."""
    alert = OpeningAlert.objects.select_related("therapist").filter(pk=alert_id).first()
    if alert is None:
        return
    with translation.override(alert.language):
        path = reverse("therapists:alert_confirm", kwargs={"token": confirm_token(alert)})
        subject = _("Confirm your alert from %(site)s") % {"site": settings.SITE_NAME}
    alert_email(
        to=alert.email,
        language=alert.language,
        template="alert_confirm",
        subject=subject,
        context={
            "confirm_url": absolute(path),
            "therapist": alert.therapist,
            "days": ALERT_CONFIRM_DAYS,
        },
    ).send()


def opening_alerts_purge(*, now: datetime.datetime | None = None) -> int:
    """Delete the alerts past their time: 90 days old, or never confirmed in time."""
    deleted, _by_model = OpeningAlert.objects.due_for_deletion(now=now).delete()
    return deleted


def opening_alerts_send(*, now: datetime.datetime | None = None) -> int:
    """Write to each confirmed address not written to within the interval whose alerts have
    therapists accepting now that they never named; returns how many emails were sent."""
    now = now or timezone.now()
    opening_alerts_purge(now=now)
    recent = OpeningAlert.objects.written_recently(now=now).values("email")
    waiting = defaultdict(list)
    for alert in (
        OpeningAlert.objects.confirmed()
        .exclude(email__in=recent)
        .select_related("therapist")
        .order_by("email", "pk")
    ):
        waiting[alert.email].append(alert)
    return sum(address_write(alerts, now=now) for alerts in waiting.values())


def address_write(alerts: list[OpeningAlert], *, now: datetime.datetime) -> int:
    """One email naming every alert's new matches, if any; 1 if it was sent."""
    news = []
    for alert in alerts:
        new = alert_matches(alert) - set(alert.sent)
        if new:
            news.append((alert, new))
    if not news:
        return 0
    first = alerts[0]
    therapists = Therapist.objects.in_bulk({pk for _alert, new in news for pk in new})
    with translation.override(first.language):
        found = [
            {
                "search_url": alert_search_url(alert),
                "therapist": alert.therapist,
                "count": len(new),
                "named": [
                    (therapists[pk].display_name, absolute(therapists[pk].get_absolute_url()))
                    for pk in sorted(new)[:NAMED_MAX]
                ],
            }
            for alert, new in news
        ]
        subject = _("A therapist you asked about is accepting new clients")
    message = alert_email(
        to=first.email,
        language=first.language,
        template="alert_opening",
        subject=subject,
        context={"found": found},
    )
    with transaction.atomic():
        for alert, new in news:
            OpeningAlert.objects.filter(pk=alert.pk).update(
                sent=sorted(set(alert.sent) | new), last_sent_at=now
            )
        message.send()  # raises, and so keeps nothing as sent, if the mail server refuses
    return 1
