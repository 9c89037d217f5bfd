"""The admin of profiles, offices, vocabularies, coverage, requests and consultations. What staff
verify (credentials, their decisions and reminders, intro videos) is in
therapists/verification/admin.py."""

from django.contrib import admin
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from directory.admin import UserAdmin as DirectoryUserAdmin
from directory.models import User
from modalities.vocabulary import VocabularyAdminMixin
from therapists.models import (
    Booking,
    Community,
    ConsultationException,
    ConsultationOffer,
    ConsultationWindow,
    Coverage,
    Credential,
    Inquiry,
    Insurer,
    Language,
    Office,
    OpeningAlert,
    ProfileViewDay,
    RegulatoryBody,
    Therapist,
)
from therapists.search.cache import search_cache_clear
from therapists.search.rows import search_rows_refresh_for_coverage
from therapists.verification.admin import ListingFollowsEdits, listings_follow

admin.site.unregister(User)


@admin.register(User)
class UserAdmin(DirectoryUserAdmin):
    """The accounts' admin, where deactivating an account also unlists its profile."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        listings_follow(Therapist.objects.filter(owner=obj).values_list("pk", flat=True))


@admin.register(Language)
class LanguageAdmin(VocabularyAdminMixin, TranslationAdmin):
    list_display = ["name", "code"]
    search_fields = ["name", "code"]


@admin.register(Community)
class CommunityAdmin(VocabularyAdminMixin, TranslationAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


@admin.register(Insurer)
class InsurerAdmin(VocabularyAdminMixin, TranslationAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


@admin.register(RegulatoryBody)
class RegulatoryBodyAdmin(TranslationAdmin):
    list_display = ["acronym", "name", "province", "kind", "profession"]
    list_filter = ["kind", "profession", "province"]
    search_fields = ["acronym", "name", "slug"]


def coverage_follows(pairs) -> None:
    """After the coverage table changed: the rows of the therapists holding the designations
    named (before and after the edit), then the cached pages."""
    for regulatory_body_id, province in set(pairs):
        search_rows_refresh_for_coverage(regulatory_body_id=regulatory_body_id, province=province)
    transaction.on_commit(search_cache_clear, robust=True)


@admin.register(Coverage)
class CoverageAdmin(TranslationAdmin):
    """The insurers' published coverage by designation and province: what the search's
    "covered by my plan" and the profile's explainer read."""

    list_display = [
        "insurer",
        "province",
        "designation",
        "regulatory_body",
        "covered",
        "checked_on",
    ]
    list_filter = ["covered", "province", "insurer", "regulatory_body"]
    search_fields = ["insurer__name", "designation", "regulatory_body__acronym"]
    autocomplete_fields = ["insurer", "regulatory_body"]
    date_hierarchy = "checked_on"

    def save_model(self, request, obj, form, change):
        before = (form.initial.get("regulatory_body"), form.initial.get("province"))
        super().save_model(request, obj, form, change)
        pairs = [(obj.regulatory_body_id, obj.province)]
        if change and all(before):
            pairs.append(before)
        coverage_follows(pairs)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        coverage_follows([(obj.regulatory_body_id, obj.province)])

    @transaction.atomic  # the admin's bulk delete holds no transaction of its own
    def delete_queryset(self, request, queryset):
        pairs = list(queryset.values_list("regulatory_body_id", "province"))
        super().delete_queryset(request, queryset)
        coverage_follows(pairs)


@admin.register(OpeningAlert)
class OpeningAlertAdmin(admin.ModelAdmin):
    """Read-only: an alert is the client's, changed only by their own links."""

    list_display = ["email", "created_at", "confirmed_at", "last_sent_at"]
    search_fields = ["email"]
    readonly_fields = [
        "email",
        "language",
        "query",
        "therapist",
        "created_at",
        "confirmed_at",
        "last_sent_at",
        "sent",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class OfficeInline(admin.StackedInline):
    model = Office
    extra = 0
    autocomplete_fields = ["city"]


class CredentialInline(admin.TabularInline):
    model = Credential
    extra = 0
    fields = ["regulatory_body", "designation", "registration_number", "jurisdiction", "status"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("regulatory_body")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Therapist)
class TherapistAdmin(admin.ModelAdmin):
    list_display = ["display_name", "owner", "is_published", "accepting", "updated_at"]
    list_filter = ["is_published", "offers_online", "offers_in_person", "accepting"]
    search_fields = ["display_name", "slug", "owner__email", "headline"]
    list_select_related = ["owner"]
    autocomplete_fields = ["owner"]
    filter_horizontal = ["languages", "approaches", "concerns", "communities", "direct_billing"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [OfficeInline, CredentialInline]
    show_full_result_count = False

    def save_related(self, request, form, formsets, change):
        """Publishing, the owner and deleted credentials can all change the listing."""
        super().save_related(request, form, formsets, change)
        listings_follow([form.instance.pk])


@admin.register(Office)
class OfficeAdmin(ListingFollowsEdits, admin.ModelAdmin):
    """An office moved to another province may now be listed, or no longer."""

    list_display = ["__str__", "therapist", "city", "postal_code", "wheelchair_accessible"]
    list_filter = ["wheelchair_accessible", "city__province"]
    search_fields = ["therapist__display_name", "address_line1", "postal_code", "city__name"]
    list_select_related = ["therapist", "city"]
    autocomplete_fields = ["therapist", "city"]


@admin.register(Inquiry)
class InquiryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "therapist", "name", "status", "notified_at"]
    list_filter = ["status"]
    search_fields = ["therapist__display_name", "name", "email"]
    list_select_related = ["therapist"]
    readonly_fields = ["consent_at", "notified_at", "created_at"]
    autocomplete_fields = ["therapist"]


@admin.register(ProfileViewDay)
class ProfileViewDayAdmin(admin.ModelAdmin):
    list_display = ["therapist", "date", "views"]
    date_hierarchy = "date"
    list_select_related = ["therapist"]
    search_fields = ["therapist__display_name"]
    readonly_fields = ["therapist", "date", "views"]


class ConsultationWindowInline(admin.TabularInline):
    model = ConsultationWindow
    extra = 0


class ConsultationExceptionInline(admin.TabularInline):
    model = ConsultationException
    extra = 0


@admin.register(ConsultationOffer)
class ConsultationOfferAdmin(admin.ModelAdmin):
    list_display = ["therapist", "minutes", "time_zone", "horizon_days", "notice_hours"]
    list_select_related = ["therapist"]
    search_fields = ["therapist__display_name"]
    autocomplete_fields = ["therapist"]
    inlines = [ConsultationWindowInline, ConsultationExceptionInline]


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    """Read-only: a booking is taken, moved and cancelled by therapists/inquiries/bookings.py,
    which keeps the time booked once and tells both people."""

    list_display = ["starts_at", "therapist", "name", "way", "status", "reminded_at"]
    list_filter = ["status", "way"]
    search_fields = ["therapist__display_name", "name", "email"]
    list_select_related = ["therapist"]
    date_hierarchy = "starts_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


admin.site.site_header = _("Therapist Directory administration")
admin.site.site_title = _("Therapist Directory")
