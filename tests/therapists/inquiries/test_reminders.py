"""Reminders about unanswered requests, across a frozen calendar from day 0 to day 8: the
therapist at 2 and 5 days, the client at 7, each exactly once however often the command runs,
and again when the worker stops half-way and starts again."""

import datetime
from collections import Counter

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from tests import factories
from therapists.inquiries.replies import inquiry_mark_replied
from therapists.models import Inquiry, InquiryStatus

pytestmark = pytest.mark.django_db

DAY_0 = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
STEP = datetime.timedelta(hours=3)


def remind() -> None:
    call_command("remind_inquiries", stdout=None)


def kinds(outbox) -> list[str]:
    """Who got what, in order: "therapist" for a reminder, "client" for the no-answer note."""
    return ["client" if "No answer yet" in m.subject else "therapist" for m in outbox]


def run_calendar(days: int, *, each_step=remind, on_step=None) -> dict[int, list[str]]:
    """Run the periodic job every 3 hours, twice each time, from day 0; the emails per day."""
    sent: dict[int, list[str]] = {}
    moment = DAY_0
    while moment <= DAY_0 + datetime.timedelta(days=days):
        with time_machine.travel(moment, tick=False):
            if on_step:
                on_step(moment)
            before = len(mail.outbox)
            each_step()
            each_step()
            day = (moment - DAY_0).days
            sent.setdefault(day, []).extend(kinds(mail.outbox[before:]))
        moment += STEP
    return {day: emails for day, emails in sent.items() if emails}


@pytest.fixture
def request_on_day_0(db):
    with time_machine.travel(DAY_0, tick=False):
        return factories.InquiryFactory(email="sam@example.ca")


def test_each_reminder_is_sent_once_on_its_day(request_on_day_0):
    sent = run_calendar(8)

    assert sent == {2: ["therapist"], 5: ["therapist"], 7: ["client"]}
    therapist_email = request_on_day_0.therapist.owner.email
    assert [m.to for m in mail.outbox] == [[therapist_email], [therapist_email], ["sam@example.ca"]]
    inquiry = Inquiry.objects.get()
    assert inquiry.reminded_2d_at == DAY_0 + datetime.timedelta(days=2)
    assert inquiry.no_answer_told_at == DAY_0 + datetime.timedelta(days=7)


def test_the_client_note_links_to_similar_therapists_in_the_request_language(request_on_day_0):
    Inquiry.objects.update(language="fr")

    run_calendar(8)

    note = mail.outbox[-1]
    assert note.to == ["sam@example.ca"]
    assert "/fr/therapists/?accepting=on" in note.body


def test_an_answer_stops_the_reminders(request_on_day_0):
    def answer_on_day_3(moment):
        if moment == DAY_0 + datetime.timedelta(days=3):
            inquiry_mark_replied(inquiry=Inquiry.objects.get())

    sent = run_calendar(8, on_step=answer_on_day_3)

    assert sent == {2: ["therapist"]}


def test_a_read_request_is_reminded_and_an_archived_one_only_tells_the_client(request_on_day_0):
    read = factories.InquiryFactory(status=InquiryStatus.READ, created_at=DAY_0)
    factories.InquiryFactory(status=InquiryStatus.ARCHIVED, created_at=DAY_0)

    sent = run_calendar(8)

    assert sent == {2: ["therapist"] * 2, 5: ["therapist"] * 2, 7: ["client"] * 3}
    assert Inquiry.objects.get(pk=read.pk).reminded_5d_at


def test_a_job_down_for_days_sends_only_the_reminder_that_still_makes_sense(request_on_day_0):
    with time_machine.travel(DAY_0 + datetime.timedelta(days=6), tick=False):
        remind()
    with time_machine.travel(DAY_0 + datetime.timedelta(days=30), tick=False):
        remind()

    assert kinds(mail.outbox) == ["therapist"]
    assert Inquiry.objects.get().reminded_2d_at is None


def test_a_failed_send_hands_the_claim_back_and_the_next_run_sends_it(
    request_on_day_0, monkeypatch
):
    from django.core.mail import EmailMessage

    with time_machine.travel(DAY_0 + datetime.timedelta(days=2), tick=False):
        with monkeypatch.context() as patch:
            patch.setattr(EmailMessage, "send", lambda self: (_ for _ in ()).throw(OSError))
            remind()
        assert Inquiry.objects.get().reminded_2d_at is None
        remind()
        remind()

    assert kinds(mail.outbox) == ["therapist"]


@pytest.mark.django_db(transaction=True)
def test_each_email_goes_once_when_the_worker_stops_half_way_and_starts_again(settings):
    """With the production queue: the command claims and queues, a worker runs one task and
    stops, the command runs again meanwhile, a new worker runs the rest."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with time_machine.travel(DAY_0, tick=False):
        factories.InquiryFactory.create_batch(3)

    def worker(*options):
        call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", *options)

    def step():
        remind()
        worker("--max-tasks", "1")  # stops after one task, as if restarted

    run_calendar(8, each_step=step)
    with time_machine.travel(DAY_0 + datetime.timedelta(days=8), tick=False):
        worker()  # the restarted worker runs what was left
        remind()
        worker()

    deliveries = Counter(
        (m.to[0], "2 days ago" in m.body, "5 days ago" in m.body, "No answer" in m.subject)
        for m in mail.outbox
    )
    assert len(deliveries) == 9  # 3 requests: 2 reminders and 1 note each
    assert set(deliveries.values()) == {1}
    assert DBTaskResult.objects.count() == 9  # queued once each, however often the job ran
