"""The daily expiry sweep across a frozen calendar: reminders once each, lapses with events."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.test import TestCase

from tests import factories
from therapists.models import CredentialStatus, ExpiryReminder, Therapist, VerificationEvent
from therapists.verification.credentials import credential_update
from therapists.verification.expiry import credential_expire_due, credentials_sweep
from therapists.verification.renewals import credential_renewal_approve
from therapists.verification.tasks import credentials_sweep_daily, daily_sweep_schedule

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")
EXPIRES = datetime.date(2027, 3, 31)


def on(day: datetime.date, hour: int = 9):
    """Freeze the clock at a local hour of that day."""
    return time_machine.travel(
        datetime.datetime.combine(day, datetime.time(hour), TORONTO), tick=False
    )


def sweep() -> dict[str, int]:
    """Run the command as the worker would, sending what it queues once committed."""
    out = io.StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("expire_credentials", stdout=out)
    first_line = out.getvalue().splitlines()[0]
    expired, to_check, reminded = (int(word) for word in first_line.split() if word.isdigit())
    done = {"expired": expired, "reminded": reminded}
    return done | ({"renewals_to_check": to_check} if to_check else {})  # none in these tests


@pytest.fixture
def expiring(db):
    return factories.VerifiedCredentialFactory(
        expires_on=EXPIRES, therapist=factories.TherapistFactory(display_name="Year End")
    )


def listed() -> set[str]:
    return set(Therapist.objects.listed().values_list("display_name", flat=True))


def test_a_registration_year_from_first_reminder_to_lapse(expiring, mailoutbox):
    owner = expiring.therapist.owner.email
    calendar = [
        # day, expected sweep, mails so far, listed
        (datetime.date(2027, 2, 27), {"expired": 0, "reminded": 0}, 0, True),
        (datetime.date(2027, 3, 1), {"expired": 0, "reminded": 1}, 1, True),  # 30 days left
        (datetime.date(2027, 3, 2), {"expired": 0, "reminded": 0}, 1, True),
        (datetime.date(2027, 3, 23), {"expired": 0, "reminded": 0}, 1, True),
        (datetime.date(2027, 3, 24), {"expired": 0, "reminded": 1}, 2, True),  # 7 days left
        (datetime.date(2027, 3, 31), {"expired": 0, "reminded": 0}, 2, True),  # last valid day
        (datetime.date(2027, 4, 1), {"expired": 1, "reminded": 0}, 3, False),
        (datetime.date(2027, 4, 2), {"expired": 0, "reminded": 0}, 3, False),
    ]
    for day, expected, mails, is_listed in calendar:
        with on(day):
            assert sweep() == expected, day
            assert sweep() == {"expired": 0, "reminded": 0}, f"second run on {day}"
            assert len(mailoutbox) == mails, day
            assert (listed() == {"Year End"}) is is_listed, day

    assert all(message.to == [owner] for message in mailoutbox)
    month, week, lapsed = mailoutbox
    assert "in 30 days" in month.body and "March 31, 2027" in month.subject
    assert "in 7 days" in week.body
    assert lapsed.subject == "Your credential's verification has expired"
    assert "not listed" in lapsed.body

    expiring.refresh_from_db()
    assert expiring.status == CredentialStatus.EXPIRED
    event = VerificationEvent.objects.get(credential=expiring)
    assert (event.from_status, event.to_status, event.actor) == ("verified", "expired", None)
    assert set(ExpiryReminder.objects.values_list("days_before", flat=True)) == {30, 7}
    assert all(r.sent_at is not None for r in ExpiryReminder.objects.all())


def test_a_missed_day_is_caught_up_with_the_reminder_that_still_makes_sense(expiring, mailoutbox):
    with on(datetime.date(2027, 3, 27)):  # worker was down for the 30-day and 7-day marks
        assert sweep() == {"expired": 0, "reminded": 1}
    assert list(ExpiryReminder.objects.values_list("days_before", flat=True)) == [7]
    assert "in 4 days" in mailoutbox[0].body


def test_a_renewed_expiry_date_earns_new_reminders_once_checked(expiring, verifier, mailoutbox):
    with on(datetime.date(2027, 3, 24)):
        sweep()
        credential_update(
            credential=expiring,
            actor=expiring.therapist.owner,
            changes={"expires_on": datetime.date(2028, 3, 31)},
        )
        credential_renewal_approve(
            credential=expiring, reviewer=verifier, renewed_until=datetime.date(2028, 3, 31)
        )
    with on(datetime.date(2027, 4, 1)):
        assert sweep() == {"expired": 0, "reminded": 0}
        assert listed() == {"Year End"}
    with on(datetime.date(2028, 3, 1)):
        assert sweep() == {"expired": 0, "reminded": 1}
    assert len(mailoutbox) == 2


def test_a_reminder_queued_before_a_renewal_is_not_sent(expiring, mailoutbox, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    with on(datetime.date(2027, 3, 1)):
        sweep()
    reminder = ExpiryReminder.objects.get()
    credential_update(
        credential=expiring,
        actor=expiring.therapist.owner,
        changes={"expires_on": datetime.date(2028, 3, 31)},
    )

    from therapists.verification import notifications

    assert notifications.notification_send.call(notifications.EXPIRY_REMINDER, reminder.pk) is False
    assert mailoutbox == []


def test_another_valid_credential_keeps_the_therapist_listed(expiring, mailoutbox):
    factories.VerifiedCredentialFactory(
        therapist=expiring.therapist, expires_on=datetime.date(2027, 12, 31)
    )
    with on(datetime.date(2027, 4, 1)), TestCase.captureOnCommitCallbacks(execute=True):
        assert credential_expire_due() == [expiring]
    with on(datetime.date(2027, 4, 1)):
        assert listed() == {"Year End"}
    assert "keep your profile listed" in mailoutbox[-1].body


def test_only_verified_credentials_lapse(mailoutbox):
    for status in (CredentialStatus.PENDING, CredentialStatus.REJECTED, CredentialStatus.REVOKED):
        factories.CredentialFactory(status=status, reason="x", expires_on=datetime.date(2020, 1, 1))
    with on(datetime.date(2027, 4, 1)):
        assert credentials_sweep() == {
            "expired": 0,
            "renewals_to_check": 0,
            "reminded": 0,
            "listings_corrected": 0,
        }
    assert not VerificationEvent.objects.exists()
    assert mailoutbox == []


def test_the_daily_task_sweeps_and_books_the_next_run_once(expiring, settings):
    from django_tasks_db.models import DBTaskResult

    with on(datetime.date(2027, 4, 1), hour=3):
        done = credentials_sweep_daily.call()  # immediate backend
        assert done == {
            "expired": 1,
            "renewals_to_check": 0,
            "reminded": 0,
            "listings_corrected": 0,
        }
        assert not daily_sweep_schedule()  # cannot defer: cron runs the command instead

        settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
        assert daily_sweep_schedule()
        assert not daily_sweep_schedule()  # already booked

    booked = DBTaskResult.objects.get()
    assert booked.task_path == "therapists.verification.tasks.credentials_sweep_daily"
    assert booked.run_after == datetime.datetime(2027, 4, 2, 3, 0, tzinfo=TORONTO)


def test_the_command_can_book_the_daily_run(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    out = io.StringIO()
    call_command("expire_credentials", "--schedule", stdout=out)
    assert "booked" in out.getvalue()
