"""Intro videos and their moderation status."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from therapists.models.vocabulary import Language

# The limits of an intro video: the model, the upload checks and every message read these.
VIDEO_MAX_MINUTES = 3
VIDEO_MAX_SECONDS = VIDEO_MAX_MINUTES * 60
VIDEO_MAX_BYTES = 200 * 1024 * 1024
CAPTIONS_MAX_BYTES = 512 * 1024


def video_file_help() -> str:
    """What the video file may be, its limit named in the reader's language."""
    return gettext("MP4 or WebM, at most %(minutes)d minutes.") % {"minutes": VIDEO_MAX_MINUTES}


class ModerationStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class IntroVideoQuerySet(models.QuerySet):
    def approved(self):
        """Videos a moderator approved: the only ones the public sees."""
        return self.filter(status=ModerationStatus.APPROVED)


class IntroVideo(models.Model):
    """A short video in which the therapist introduces themselves; public once approved."""

    therapist = models.OneToOneField(
        "Therapist",
        on_delete=models.CASCADE,
        related_name="intro_video",
        verbose_name=_("therapist"),
        help_text=_("One intro video per therapist."),
    )
    file = models.FileField(
        _("video file"), upload_to="videos/", help_text=lazy(video_file_help, str)()
    )
    poster = models.ImageField(
        _("poster image"),
        upload_to="videos/posters/",
        blank=True,
        help_text=_("Still image shown before playing."),
    )
    captions = models.FileField(
        _("captions"), upload_to="videos/captions/", blank=True, help_text=_("WebVTT captions.")
    )
    language = models.ForeignKey(
        Language,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("language"),
        help_text=_("The language spoken in the video and written in its captions."),
    )
    duration_seconds = models.PositiveSmallIntegerField(
        _("duration"),
        validators=[MaxValueValidator(VIDEO_MAX_SECONDS)],
        help_text=_("Length in seconds."),
    )
    status = models.CharField(
        _("moderation status"),
        max_length=10,
        choices=ModerationStatus.choices,
        default=ModerationStatus.PENDING,
        editable=False,
        help_text=_("Only approved videos appear on profiles."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("reviewed by"),
        help_text=_("The moderator who decided."),
    )
    reviewed_at = models.DateTimeField(
        _("reviewed at"), null=True, blank=True, editable=False, help_text=_("When decided.")
    )
    reason = models.TextField(
        _("reason"), blank=True, editable=False, help_text=_("Why it was rejected.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, help_text=_("Uploaded."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True, help_text=_("Last change."))

    objects = IntroVideoQuerySet.as_manager()

    class Meta:
        verbose_name = _("intro video")
        verbose_name_plural = _("intro videos")
        ordering = ["created_at"]
        permissions = [("moderate_introvideo", _("Can approve or reject an intro video"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_seconds__lte=VIDEO_MAX_SECONDS),
                name="introvideo_at_most_three_minutes",
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(reason=""),
                name="introvideo_reason_when_rejected",
            ),
        ]

    def __str__(self):
        return _("Intro video of %(name)s") % {"name": self.therapist}
