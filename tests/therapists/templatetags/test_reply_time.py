"""The profile's "usually replies within N days": the median wait of the last 90 days, rounded
up, shown only from 3 answers on, and nothing that ranks or rates."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests import factories
from therapists.models import Inquiry, InquiryStatus

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def answered(therapist, *, hours: float, days_ago: int = 10, declined: bool = False):
    received = NOW - datetime.timedelta(days=days_ago)
    answer = received + datetime.timedelta(hours=hours)
    answer_fields = (
        {"status": InquiryStatus.DECLINED, "declined_at": answer}
        if declined
        else {"status": InquiryStatus.REPLIED, "replied_at": answer}
    )
    return factories.InquiryFactory(therapist=therapist, created_at=received, **answer_fields)


def usual(therapist):
    return Inquiry.objects.filter(therapist=therapist).usual_reply_days(now=NOW)


def test_the_median_wait_is_rounded_up_to_whole_days(listed_therapist):
    for hours in (2, 30, 200):  # median 30 hours
        answered(listed_therapist, hours=hours)

    assert usual(listed_therapist) == 2


def test_declines_count_as_answers_and_a_quick_answer_is_within_a_day(listed_therapist):
    answered(listed_therapist, hours=1)
    answered(listed_therapist, hours=3, declined=True)
    answered(listed_therapist, hours=5)

    assert usual(listed_therapist) == 1


def test_nothing_is_said_below_three_answers_in_the_last_90_days(listed_therapist, stranger):
    answered(listed_therapist, hours=5)
    answered(listed_therapist, hours=5)
    answered(listed_therapist, hours=5, days_ago=120)  # too old
    factories.InquiryFactory(therapist=listed_therapist)  # not answered
    for _ in range(3):
        answered(stranger, hours=5)  # someone else's

    assert usual(listed_therapist) is None


def test_the_figure_is_computed_in_one_query(listed_therapist, django_assert_num_queries):
    for hours in (1, 2, 3, 4):
        answered(listed_therapist, hours=hours)

    with django_assert_num_queries(1):
        usual(listed_therapist)


def test_the_profile_shows_it_in_plain_words_only_when_known(client, listed_therapist):
    page = reverse("therapists:detail", kwargs={"slug": listed_therapist.slug})
    assert "Usually replies" not in client.get(page).text

    for hours in (20, 40, 60):
        answered(listed_therapist, hours=hours)

    assert "Usually replies within 2 days." in client.get(page).text
