"""Therapist profiles and what hangs off them, one module per topic; every model and its
helpers are importable from here, as `from therapists.models import Therapist`."""

from therapists.models.alerts import (
    ALERT_CONFIRM_DAYS,
    ALERT_EMAIL_INTERVAL,
    ALERT_RETENTION_DAYS,
    OpeningAlert,
    OpeningAlertQuerySet,
)
from therapists.models.availability import (
    AVAILABILITY_TRUSTED_DAYS,
    WAITLIST_WEEKS_MAX,
    availability_trusted_since,
)
from therapists.models.bookings import (
    Booking,
    BookingQuerySet,
    BookingStatus,
    CancelledBy,
    ConsultationException,
    ConsultationOffer,
    ConsultationWay,
    ConsultationWindow,
    ConsultationZone,
    Weekday,
    province_zone,
    therapist_default_zone,
)
from therapists.models.coverage import (
    Coverage,
    CoverageQuerySet,
    DesignationCoverage,
    coverage_key,
    designations_coverage,
)
from therapists.models.credentials import (
    REGISTRATION_YEARS_AHEAD,
    AppendOnlyQuerySet,
    Credential,
    CredentialQuerySet,
    CredentialStatus,
    ExpiryReminder,
    RenewalDecision,
    VerificationEvent,
    latest_registration_end,
)
from therapists.models.fields import TermSet
from therapists.models.inquiries import (
    AWAITING_REPLY,
    Inquiry,
    InquiryPurpose,
    InquiryQuerySet,
    InquiryStatus,
)
from therapists.models.offices import OFFICE_TWICE, Office, OfficeQuerySet
from therapists.models.profile_choices import (
    AGE_GROUP_FIELDS,
    SESSION_FORMAT_FIELDS,
    SESSION_TIME_FIELDS,
    SESSION_TIME_NUMBERS,
    Accepting,
    Availability,
    ContactPreference,
    GenderIdentity,
    SessionTime,
)
from therapists.models.profile_queries import TherapistQuerySet
from therapists.models.profile_views import ProfileViewDay
from therapists.models.profiles import Therapist
from therapists.models.search_rows import (
    SearchIndexVersion,
    SearchRow,
    SearchRowQuerySet,
    stable_q,
)
from therapists.models.validators import (
    BIO_MAX_LENGTH,
    PHONE_PATTERN,
    phone_uri,
    phone_validate,
    postal_code_validator,
)
from therapists.models.videos import IntroVideo, IntroVideoQuerySet, ModerationStatus
from therapists.models.vocabulary import Community, Insurer, Language, RegulatoryBody

__all__ = [
    "AGE_GROUP_FIELDS",
    "ALERT_CONFIRM_DAYS",
    "ALERT_EMAIL_INTERVAL",
    "ALERT_RETENTION_DAYS",
    "AVAILABILITY_TRUSTED_DAYS",
    "AWAITING_REPLY",
    "BIO_MAX_LENGTH",
    "OFFICE_TWICE",
    "PHONE_PATTERN",
    "REGISTRATION_YEARS_AHEAD",
    "SESSION_FORMAT_FIELDS",
    "SESSION_TIME_FIELDS",
    "SESSION_TIME_NUMBERS",
    "WAITLIST_WEEKS_MAX",
    "Accepting",
    "AppendOnlyQuerySet",
    "Availability",
    "Booking",
    "BookingQuerySet",
    "BookingStatus",
    "CancelledBy",
    "Community",
    "ConsultationException",
    "ConsultationOffer",
    "ConsultationWay",
    "ConsultationWindow",
    "ConsultationZone",
    "ContactPreference",
    "Coverage",
    "CoverageQuerySet",
    "Credential",
    "CredentialQuerySet",
    "CredentialStatus",
    "DesignationCoverage",
    "ExpiryReminder",
    "GenderIdentity",
    "Inquiry",
    "InquiryPurpose",
    "InquiryQuerySet",
    "InquiryStatus",
    "Insurer",
    "IntroVideo",
    "IntroVideoQuerySet",
    "Language",
    "ModerationStatus",
    "Office",
    "OfficeQuerySet",
    "OpeningAlert",
    "OpeningAlertQuerySet",
    "ProfileViewDay",
    "RegulatoryBody",
    "RenewalDecision",
    "SearchIndexVersion",
    "SearchRow",
    "SearchRowQuerySet",
    "SessionTime",
    "TermSet",
    "Therapist",
    "TherapistQuerySet",
    "VerificationEvent",
    "Weekday",
    "availability_trusted_since",
    "coverage_key",
    "designations_coverage",
    "latest_registration_end",
    "phone_uri",
    "phone_validate",
    "postal_code_validator",
    "province_zone",
    "stable_q",
    "therapist_default_zone",
]
