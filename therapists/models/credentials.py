"""Credentials, their append-only verification events and expiry reminders."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from directory.models import Province, province_in
from directory.storage import get_private_storage
from therapists.models.vocabulary import RegulatoryBody


class CredentialStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


class CredentialQuerySet(models.QuerySet):
    def valid(self, *, on: datetime.date | None = None):
        """Verified credentials that have not reached their expiry date."""
        today = on or timezone.localdate()
        return self.filter(status=CredentialStatus.VERIFIED).filter(
            Q(expires_on__isnull=True) | Q(expires_on__gte=today)
        )

    def pending(self):
        return self.filter(status=CredentialStatus.PENDING)

    def renewals(self):
        """Verified credentials whose therapist entered a later expiry date, not checked yet."""
        return self.filter(status=CredentialStatus.VERIFIED, renewed_until__isnull=False)

    def verified_for_another(self, *, regulatory_body, registration_number, therapist):
        """Verified claims of this number at this body (in any case) on another profile: one
        registration belongs to one therapist. Takes values or outer references."""
        return self.filter(
            status=CredentialStatus.VERIFIED,
            regulatory_body=regulatory_body,
            registration_number__iexact=registration_number,
        ).exclude(therapist=therapist)

    def with_number_verified_elsewhere(self):
        """Annotate `number_verified_elsewhere`: the number is verified for another profile, so
        the claim needs a further check (one query, whatever the number of rows)."""
        others = self.model.objects.verified_for_another(
            regulatory_body=OuterRef("regulatory_body"),
            registration_number=OuterRef("registration_number"),
            therapist=OuterRef("therapist"),
        )
        return self.annotate(number_verified_elsewhere=Exists(others))


# A registration's end date may be at most this many years after the end of the current year.
REGISTRATION_YEARS_AHEAD = 2


def latest_registration_end() -> datetime.date:
    """The latest end a registration year entered today may have."""
    return datetime.date(timezone.localdate().year + REGISTRATION_YEARS_AHEAD, 12, 31)


class Credential(models.Model):
    """A registration a therapist claims with a regulatory body, checked by a verifier.

    Its status changes only through the functions of therapists/verification/.
    """

    therapist = models.ForeignKey(
        "Therapist",
        on_delete=models.CASCADE,
        related_name="credentials",
        verbose_name=_("therapist"),
        help_text=_("Who holds this registration."),
    )
    regulatory_body = models.ForeignKey(
        RegulatoryBody,
        on_delete=models.PROTECT,
        related_name="credentials",
        verbose_name=_("regulatory body"),
        help_text=_("The college or association that issued it."),
    )
    designation = models.CharField(
        _("designation"), max_length=80, help_text=_("Title granted, e.g. RP, RSW, C.Psych.")
    )
    registration_number = models.CharField(
        _("registration number"),
        max_length=40,
        help_text=_("As shown on the body's public register."),
    )
    jurisdiction = models.CharField(
        _("jurisdiction"),
        max_length=2,
        choices=Province.choices,
        help_text=_("Province or territory where this registration allows practice."),
    )
    expires_on = models.DateField(
        _("expires on"),
        null=True,
        blank=True,
        help_text=_("End of the current registration year; verification lapses then."),
    )
    renewed_until = models.DateField(
        _("renewed until"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "A later expiry date the therapist entered for a verified registration. It counts "
            "once a verifier has checked it; until then the checked date stands."
        ),
    )
    evidence = models.FileField(
        _("evidence"),
        upload_to="evidence/%Y/%m/",
        storage=get_private_storage,
        blank=True,
        help_text=_("Certificate or letter (PDF, JPEG or PNG); private, for verifiers only."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CredentialStatus.choices,
        default=CredentialStatus.PENDING,
        editable=False,
        help_text=_("Changed only by a verifier's decision or by expiry."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("reviewed by"),
        help_text=_("The verifier who made the last decision."),
    )
    reviewed_at = models.DateTimeField(
        _("reviewed at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the last decision was made."),
    )
    reason = models.TextField(
        _("reason"),
        blank=True,
        editable=False,
        help_text=_("The verifier's reason, shown to the therapist; required to reject or revoke."),
    )
    submitted_at = models.DateTimeField(
        _("submitted"), auto_now_add=True, help_text=_("When the therapist added it.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True, help_text=_("Last change."))

    objects = CredentialQuerySet.as_manager()

    class Meta:
        verbose_name = _("credential")
        verbose_name_plural = _("credentials")
        ordering = ["submitted_at"]
        permissions = [
            ("review_credential", _("Can approve, reject or revoke a credential")),
            ("view_credential_evidence", _("Can read a credential's evidence document")),
        ]
        constraints = [
            # Only a verified claim reserves a number: an impostor's pending claim blocks no one.
            models.UniqueConstraint(
                fields=["regulatory_body", "registration_number"],
                condition=Q(status="verified"),
                name="credential_unique_verified_registration",
                violation_error_message=_(
                    "This registration number is already verified for another therapist at "
                    "this body."
                ),
            ),
            models.UniqueConstraint(
                fields=["therapist", "regulatory_body", "registration_number"],
                name="credential_unique_per_therapist",
                violation_error_message=_("You already added this registration."),
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["rejected", "revoked"]) | ~Q(reason=""),
                name="credential_reason_when_refused",
            ),
            # Registrations renew yearly: a verification with no end would never lapse.
            models.CheckConstraint(
                condition=~Q(status="verified") | Q(expires_on__isnull=False),
                name="credential_verified_has_expiry",
            ),
            # A renewal extends a checked date; anything else is checked as a whole.
            models.CheckConstraint(
                condition=Q(renewed_until__isnull=True)
                | Q(status="verified", renewed_until__gt=F("expires_on")),
                name="credential_renewal_extends_verified",
            ),
        ]
        indexes = [models.Index(fields=["status", "expires_on"], name="credential_status_expiry")]

    def __str__(self):
        return f"{self.designation} {self.regulatory_body.acronym} #{self.registration_number}"

    def claim_errors(self) -> dict[str, str]:
        """What makes the claim impossible as entered, by field: a provincial body registers
        practitioners in its own province only, and a registration year ends within a year or
        two (a date decades away would keep the profile listed unchecked)."""
        errors = {}
        body = self.regulatory_body if self.regulatory_body_id else None
        if body and body.province and self.jurisdiction and body.province != self.jurisdiction:
            errors["jurisdiction"] = _(
                "%(body)s registers practitioners %(in_province)s only, not %(in_chosen)s."
            ) % {
                "body": body.name,
                "in_province": province_in(body.province),
                "in_chosen": province_in(self.jurisdiction),
            }
        latest = latest_registration_end()
        if self.expires_on and self.expires_on > latest:
            errors["expires_on"] = _(
                "A registration year ends by %(latest)s at the latest: enter the end of your "
                "current registration year."
            ) % {"latest": formats.date_format(latest)}
        return errors

    def clean(self):
        super().clean()
        if errors := self.claim_errors():
            raise ValidationError(errors)


class RenewalDecision(models.TextChoices):
    CONFIRMED = "confirmed", _("Renewal confirmed")
    DECLINED = "declined", _("Renewal declined")


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("Verification events cannot be changed.")

    def delete(self):
        raise PermissionError("Verification events cannot be deleted.")


class VerificationEvent(models.Model):
    """One change of a credential's status: who, when, from, to and why. Never edited."""

    credential = models.ForeignKey(
        "Credential",
        on_delete=models.SET_NULL,
        null=True,
        related_name="events",
        verbose_name=_("credential"),
        help_text=_("Empty once the therapist deleted their account."),
    )
    credential_label = models.CharField(
        _("credential label"),
        max_length=200,
        help_text=_("Body, designation and number at the time, kept after deletion."),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
        help_text=_("Who made the change; empty for automatic changes such as expiry."),
    )
    from_status = models.CharField(
        _("from"),
        max_length=10,
        choices=CredentialStatus.choices,
        blank=True,
        help_text=_("Status before; empty on submission."),
    )
    to_status = models.CharField(
        _("to"), max_length=10, choices=CredentialStatus.choices, help_text=_("Status after.")
    )
    note = models.TextField(_("note"), blank=True, help_text=_("The reason given."))
    renewal = models.CharField(
        _("renewal"),
        max_length=10,
        choices=RenewalDecision.choices,
        blank=True,
        help_text=_("For a decision on a renewal, which one; the status stays verified."),
    )
    created_at = models.DateTimeField(
        _("time"), default=timezone.now, editable=False, help_text=_("When it happened.")
    )

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("verification event")
        verbose_name_plural = _("verification events")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.credential_label}: {self.from_status or '-'} → {self.to_status}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionError("Verification events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Verification events cannot be deleted.")


class ExpiryReminder(models.Model):
    """A reminder that a verified credential is about to lapse; remembered so it goes once."""

    class Lead(models.IntegerChoices):
        MONTH = 30, _("30 days before expiry")
        WEEK = 7, _("7 days before expiry")

    credential = models.ForeignKey(
        "Credential",
        on_delete=models.CASCADE,
        related_name="expiry_reminders",
        verbose_name=_("credential"),
        help_text=_("The credential about to lapse."),
    )
    expires_on = models.DateField(
        _("expiry date"),
        help_text=_("The expiry date the reminder was about; a renewed date earns new reminders."),
    )
    days_before = models.PositiveSmallIntegerField(
        _("reminder"),
        choices=Lead.choices,
        help_text=_("Which reminder this is: 30 or 7 days before the expiry date."),
    )
    created_at = models.DateTimeField(
        _("queued at"), default=timezone.now, help_text=_("When the daily sweep queued it.")
    )
    sent_at = models.DateTimeField(
        _("sent at"),
        null=True,
        blank=True,
        help_text=_("When the email went out; empty until it did."),
    )

    class Meta:
        verbose_name = _("expiry reminder")
        verbose_name_plural = _("expiry reminders")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["credential", "expires_on", "days_before"],
                name="expiryreminder_once_per_expiry",
            )
        ]

    def __str__(self):
        return f"{self.credential_id} {self.expires_on} -{self.days_before}d"
