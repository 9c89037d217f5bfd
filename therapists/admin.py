from django.contrib import admin
from django.db import transaction
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from directory.admin import UserAdmin as DirectoryUserAdmin
from directory.models import User
from modalities.vocabulary import VocabularyAdminMixin
from therapists.listing import listing_refresh
from therapists.models import (
    Booking,
    Community,
    ConsultationException,
    ConsultationOffer,
    ConsultationWindow,
    Credential,
    CredentialStatus,
    ExpiryReminder,
    Inquiry,
    Insurer,
    IntroVideo,
    Language,
    Office,
    ProfileViewDay,
    RegulatoryBody,
    Therapist,
    VerificationEvent,
)
from therapists.search.cache import search_cache_clear
from therapists.verification.views import credential_urls, video_urls


def listings_follow(therapist_ids) -> None:
    """After an edit here that can change who is listed: the listing, then the cached pages."""
    listing_refresh(therapist_ids=therapist_ids)
    transaction.on_commit(search_cache_clear, robust=True)


class ListingFollowsEdits:
    """An admin of rows hanging off a profile (credentials, offices, videos) whose saves and
    deletes change the listing or the search's row of their therapists."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        listings_follow([obj.therapist_id])

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        listings_follow([obj.therapist_id])

    @transaction.atomic  # the admin's bulk delete holds no transaction of its own
    def delete_queryset(self, request, queryset):
        therapist_ids = list(queryset.values_list("therapist_id", flat=True))
        super().delete_queryset(request, queryset)
        listings_follow(therapist_ids)


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


class VerificationEventInline(admin.TabularInline):
    model = VerificationEvent
    extra = 0
    fields = ["created_at", "actor", "from_status", "to_status", "note"]
    readonly_fields = fields
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Credential)
class CredentialAdmin(ListingFollowsEdits, admin.ModelAdmin):
    """Status is read-only here: decisions go through the verification functions."""

    list_display = [
        "therapist",
        "regulatory_body",
        "designation",
        "registration_number",
        "jurisdiction",
        "status",
        "expires_on",
        "submitted_at",
        "review_link",
    ]
    list_filter = ["status", "jurisdiction", "regulatory_body__kind", "regulatory_body"]
    search_fields = ["registration_number", "therapist__display_name", "regulatory_body__acronym"]
    list_select_related = ["therapist", "regulatory_body"]
    autocomplete_fields = ["therapist", "regulatory_body"]
    # Evidence is private: never a storage URL, only the logged, permission-checked view.
    exclude = ["evidence"]
    readonly_fields = [
        "evidence_document",
        "status",
        "renewed_until",
        "reviewed_by",
        "reviewed_at",
        "reason",
        "submitted_at",
    ]
    inlines = [VerificationEventInline]
    change_list_template = "admin/therapists/credential/change_list.html"

    def get_urls(self):
        return credential_urls(self.admin_site) + super().get_urls()

    @admin.display(description=_("evidence"))
    def evidence_document(self, obj):
        if not obj.evidence:
            return _("No document uploaded")
        url = reverse("admin:therapists_credential_evidence", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Open the evidence document"))

    @admin.display(description=_("decisions"))
    def review_link(self, obj):
        url = reverse("admin:therapists_credential_review", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Review"))

    def get_readonly_fields(self, request, obj=None):
        """What was verified cannot be changed here: that would bypass the recorded decision."""
        if obj is None or obj.status == CredentialStatus.PENDING:
            return self.readonly_fields
        return [
            *self.readonly_fields,
            "therapist",
            "regulatory_body",
            "registration_number",
            "jurisdiction",
            "designation",
            "expires_on",
        ]


@admin.register(VerificationEvent)
class VerificationEventAdmin(admin.ModelAdmin):
    """Append-only: readable by staff, never changed or deleted."""

    list_display = ["created_at", "credential_label", "from_status", "to_status", "actor"]
    list_filter = ["to_status", "from_status"]
    search_fields = ["credential_label", "note", "actor__email"]
    list_select_related = ["actor"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ExpiryReminder)
class ExpiryReminderAdmin(admin.ModelAdmin):
    """Written by the daily sweep; shown so staff can see what a therapist was told."""

    list_display = ["credential", "expires_on", "days_before", "created_at", "sent_at"]
    list_filter = ["days_before"]
    search_fields = ["credential__registration_number", "credential__therapist__display_name"]
    list_select_related = ["credential__regulatory_body"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(IntroVideo)
class IntroVideoAdmin(ListingFollowsEdits, admin.ModelAdmin):
    list_display = ["therapist", "status", "duration_seconds", "created_at"]
    list_filter = ["status"]
    search_fields = ["therapist__display_name"]
    list_select_related = ["therapist"]
    readonly_fields = ["status", "reviewed_by", "reviewed_at", "reason"]
    autocomplete_fields = ["therapist"]
    change_list_template = "admin/therapists/introvideo/change_list.html"

    def get_urls(self):
        return video_urls(self.admin_site) + super().get_urls()


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
