"""The admin of what staff verify: credentials with their append-only decisions and expiry
reminders, and intro videos. Their decisions are taken on the queue pages (views.py), never by
editing a status here; every save or delete that can change who is listed refreshes the
listing, as the profile, office and account admins in therapists/admin.py do too."""

from django.contrib import admin
from django.db import transaction
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from therapists.listing import listing_refresh
from therapists.models import (
    Credential,
    CredentialStatus,
    ExpiryReminder,
    IntroVideo,
    VerificationEvent,
)
from therapists.search.cache import search_cache_clear
from therapists.verification.views import credential_urls, video_urls


def listings_follow(therapist_ids) -> None:
    """After an admin edit that can change who is listed: the listing, then the cached pages."""
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
        return format_html('<a href="{}" download>{}</a>', url, _("Download the evidence document"))

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
