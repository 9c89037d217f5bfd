"""The inquiries inbox: newest first, new ones marked, read, archived, reply by email."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests import factories
from therapists.models import Inquiry, InquiryStatus

pytestmark = pytest.mark.django_db


def test_inbox_lists_own_inquiries_newest_first_with_unread_marked(owner_client, owner, stranger):
    now = timezone.now()
    factories.InquiryFactory(
        therapist=owner, name="Older", created_at=now - datetime.timedelta(days=2)
    )
    factories.InquiryFactory(
        therapist=owner, name="Newer", created_at=now, status=InquiryStatus.READ
    )
    factories.InquiryFactory(therapist=stranger, name="Not yours")

    response = owner_client.get(reverse("therapists:inbox"))

    assert [i.name for i in response.context["inquiries"]] == ["Newer", "Older"]
    assert "Not yours" not in response.text
    assert response.text.count('<span class="badge badge--new">New</span>') == 1


def test_opening_an_inquiry_changes_nothing_and_offers_a_mailto_reply(owner_client, owner):
    """A GET is safe: reading is marked with the "Mark read" button or by answering."""
    inquiry = factories.InquiryFactory(therapist=owner, email="sam@example.ca")

    response = owner_client.get(reverse("therapists:inquiry_detail", kwargs={"pk": inquiry.pk}))

    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.NEW
    assert 'href="mailto:sam@example.ca?subject=' in response.text
    owner_client.post(
        reverse("therapists:inquiry_status", kwargs={"pk": inquiry.pk}), {"status": "read"}
    )
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.READ


def test_opening_an_inquiry_writes_nothing_to_the_database(owner_client, owner):
    """A GET of the inbox or of one request, repeated (as a link prefetcher or a second tab
    would), leaves every field and timestamp as it was: reading is marked by a POST."""
    inquiry = factories.InquiryFactory(therapist=owner, created_at=timezone.now())
    before = Inquiry.objects.filter(pk=inquiry.pk).values().get()
    detail = reverse("therapists:inquiry_detail", kwargs={"pk": inquiry.pk})

    with CaptureQueriesContext(connection) as queries:
        for address in (reverse("therapists:inbox"), detail, detail):
            assert owner_client.get(address).status_code == 200
        assert owner_client.head(detail).status_code == 200

    writes = [
        query["sql"]
        for query in queries
        if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert Inquiry.objects.filter(pk=inquiry.pk).values().get() == before
    assert 'name="status" value="read"' in owner_client.get(detail).text  # the "Mark read" button


def test_archiving_moves_an_inquiry_out_of_the_inbox(owner_client, owner):
    inquiry = factories.InquiryFactory(therapist=owner, name="Sam")
    url = reverse("therapists:inquiry_status", kwargs={"pk": inquiry.pk})

    owner_client.post(url, {"status": "archived"})

    assert "Sam" not in owner_client.get(reverse("therapists:inbox")).text
    archived = owner_client.get(reverse("therapists:inbox"), {"status": "archived"})
    assert "Sam" in archived.text
    owner_client.post(url, {"status": "new"})
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.NEW


def test_an_unknown_status_is_refused(owner_client, owner):
    inquiry = factories.InquiryFactory(therapist=owner)

    response = owner_client.post(
        reverse("therapists:inquiry_status", kwargs={"pk": inquiry.pk}), {"status": "deleted"}
    )

    assert response.status_code == 400
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.NEW
