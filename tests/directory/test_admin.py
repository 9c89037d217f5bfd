"""Every model has a working admin: list, search, filters and the change form."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests import factories
from tests.bookings import booking_for, offering_therapist
from therapists.inquiries.slots import offer_free_starts

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_with_data(admin_client):
    factories.OfficeFactory(therapist=factories.VerifiedCredentialFactory().therapist)
    factories.VerificationEventFactory()
    factories.ExpiryReminderFactory()
    factories.IntroVideoFactory()
    factories.InquiryFactory()
    factories.ProfileViewDayFactory()
    factories.ResourceFactory(approaches=[factories.ApproachFactory()])
    factories.ConcernFactory()
    factories.PostalAreaFactory()
    factories.InsurerFactory()
    factories.CommunityFactory()
    factories.LanguageFactory()
    factories.CoverageFactory()
    factories.OpeningAlertFactory()
    therapist = offering_therapist()
    booking_for(therapist, offer_free_starts(therapist.consultation_offer)[0])
    return admin_client


def registered_models():
    return [
        m
        for m in admin.site._registry
        if m._meta.app_label in {"directory", "modalities", "therapists"}
    ]


@pytest.mark.parametrize("model", registered_models(), ids=lambda m: m._meta.label)
def test_changelist_lists_and_searches(admin_client_with_data, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert admin_client_with_data.get(url).status_code == 200
    assert admin_client_with_data.get(url, {"q": "therapist"}).status_code == 200


@pytest.mark.parametrize("model", registered_models(), ids=lambda m: m._meta.label)
def test_change_form_opens_for_an_existing_row(admin_client_with_data, model):
    obj = model.objects.first()
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
    assert admin_client_with_data.get(url).status_code == 200


def test_verification_events_are_read_only_in_the_admin(admin_client_with_data):
    event = factories.VerificationEventFactory()
    change = reverse("admin:therapists_verificationevent_change", args=[event.pk])
    delete = reverse("admin:therapists_verificationevent_delete", args=[event.pk])
    response = admin_client_with_data.post(change, {"note": "rewritten"})
    assert response.status_code == 403
    assert admin_client_with_data.post(delete, {"post": "yes"}).status_code == 403
    event.refresh_from_db()
    assert event.note == ""


def test_credential_status_cannot_be_edited_in_the_admin(admin_client_with_data):
    credential = factories.CredentialFactory()
    url = reverse("admin:therapists_credential_change", args=[credential.pk])
    form = admin_client_with_data.get(url).context["adminform"].form
    assert "status" not in form.fields
