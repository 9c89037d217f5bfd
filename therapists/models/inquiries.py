"""Consultation requests from prospective clients."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.text import single_line_validate
from therapists.models.profiles import ContactPreference
from therapists.models.validators import phone_validate


class InquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    READ = "read", _("Read")
    ARCHIVED = "archived", _("Archived")


class Inquiry(models.Model):
    """A consultation request from a prospective client. Health information: kept briefly."""

    therapist = models.ForeignKey(
        "Therapist",
        on_delete=models.CASCADE,
        related_name="inquiries",
        verbose_name=_("therapist"),
        help_text=_("Who it was sent to."),
    )
    name = models.CharField(
        _("name"),
        max_length=120,
        validators=[single_line_validate],
        help_text=_("The client's name."),
    )
    email = models.EmailField(_("email"), help_text=_("Where the therapist can reply."))
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        validators=[phone_validate],
        help_text=_("Optional."),
    )
    message = models.TextField(
        _("message"), max_length=2000, help_text=_("What the client would like to talk about.")
    )
    preferred_contact = models.CharField(
        _("preferred contact"),
        max_length=10,
        choices=ContactPreference.choices,
        default=ContactPreference.EMAIL,
        help_text=_("How the client prefers to be contacted."),
    )
    consent_at = models.DateTimeField(
        _("consent given at"), help_text=_("When the client agreed to the privacy notice.")
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=InquiryStatus.choices,
        default=InquiryStatus.NEW,
        help_text=_("Where it stands in the therapist's inbox."),
    )
    notified_at = models.DateTimeField(
        _("therapist notified at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the notification email went out; empty until it did."),
    )
    created_at = models.DateTimeField(
        _("received"), default=timezone.now, db_index=True, help_text=_("When it arrived.")
    )

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["therapist", "status"], name="inquiry_inbox")]

    def __str__(self):
        return _("%(name)s to %(therapist)s") % {"name": self.name, "therapist": self.therapist}
