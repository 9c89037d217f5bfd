"""The therapist's profile. How profiles are read, with the one rule of who is listed
(Therapist.objects.listed()), is in profile_queries.py."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from directory.models import Province
from directory.text import single_line_validate
from modalities.models import Approach, Concern
from therapists.models.availability import WAITLIST_WEEKS_MAX, AvailabilityShown
from therapists.models.profile_choices import (
    AGE_GROUP_FIELDS,
    SESSION_FORMAT_FIELDS,
    SESSION_TIME_FIELDS,
    Accepting,
    ContactPreference,
    GenderIdentity,
)
from therapists.models.profile_queries import TherapistQuerySet
from therapists.models.validators import phone_uri, phone_validate
from therapists.models.videos import IntroVideo, ModerationStatus
from therapists.models.vocabulary import Community, Insurer, Language
from therapists.models.written import WrittenTexts


class Therapist(AvailabilityShown, WrittenTexts):
    """A therapist's public profile, owned and edited by the therapist."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="therapist",
        verbose_name=_("owner"),
        help_text=_("The account that edits this profile."),
    )
    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, help_text=_("The profile's address.")
    )
    display_name = models.CharField(
        _("display name"),
        max_length=120,
        validators=[single_line_validate],
        help_text=_("Name as shown to clients."),
    )
    pronouns = models.CharField(
        _("pronouns"),
        max_length=40,
        blank=True,
        validators=[single_line_validate],
        help_text=_("e.g. she/her, they/them."),
    )
    gender_identity = models.CharField(
        _("gender identity"),
        max_length=20,
        choices=GenderIdentity.choices,
        blank=True,
        help_text=_("Optional; some clients look for a therapist of a given gender."),
    )
    headline = models.CharField(
        _("headline"),
        max_length=160,
        blank=True,
        validators=[single_line_validate],
        help_text=_("One line under the name."),
    )
    bio = models.TextField(
        _("about"), blank=True, help_text=_("Plain text; blank lines separate paragraphs.")
    )
    photo = models.ImageField(
        _("photo"),
        upload_to="photos/",
        blank=True,
        help_text=_("Re-encoded portrait, without location data."),
    )
    photo_thumbnail = models.ImageField(
        _("photo thumbnail"),
        upload_to="photos/thumbnails/",
        blank=True,
        editable=False,
        help_text=_("Small square made once from the photo, for result cards."),
    )
    years_in_practice = models.PositiveSmallIntegerField(
        _("years in practice"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(70)],
        help_text=_("Whole years of practice."),
    )
    languages = models.ManyToManyField(
        Language,
        blank=True,
        related_name="therapists",
        verbose_name=_("languages"),
        help_text=_("Languages sessions can be held in."),
    )
    approaches = models.ManyToManyField(
        Approach,
        blank=True,
        related_name="therapists",
        verbose_name=_("approaches"),
        help_text=_("Approaches the therapist is trained in."),
    )
    concerns = models.ManyToManyField(
        Concern,
        blank=True,
        related_name="therapists",
        verbose_name=_("concerns"),
        help_text=_("Areas of focus (at most 12)."),
    )
    communities = models.ManyToManyField(
        Community,
        blank=True,
        related_name="therapists",
        verbose_name=_("identities and communities"),
        help_text=_("Communities the therapist belongs to or affirms."),
    )
    serves_children = models.BooleanField(_("children"), default=False, help_text=_("Under 13."))
    serves_teens = models.BooleanField(_("teens"), default=False, help_text=_("13 to 17."))
    serves_adults = models.BooleanField(_("adults"), default=True, help_text=_("18 to 64."))
    serves_older_adults = models.BooleanField(
        _("older adults"), default=False, help_text=_("65 and over.")
    )
    offers_individual = models.BooleanField(
        _("individual sessions"), default=True, help_text=_("One client.")
    )
    offers_couples = models.BooleanField(
        _("couples sessions"), default=False, help_text=_("Two partners together.")
    )
    offers_family = models.BooleanField(
        _("family sessions"), default=False, help_text=_("Several family members together.")
    )
    offers_group = models.BooleanField(
        _("group sessions"), default=False, help_text=_("A group led by the therapist.")
    )
    sees_weekday_daytime = models.BooleanField(
        _("weekday daytime"), default=False, help_text=_("Monday to Friday, before 5 p.m.")
    )
    sees_weekday_evenings = models.BooleanField(
        _("weekday evenings"), default=False, help_text=_("Monday to Friday, from 5 p.m.")
    )
    sees_weekends = models.BooleanField(
        _("weekends"), default=False, help_text=_("Saturday or Sunday.")
    )
    fee = models.PositiveIntegerField(
        _("fee"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(1000)],
        help_text=_("Fee for an individual session, in Canadian dollars."),
    )
    fee_floor = models.PositiveIntegerField(
        _("sliding-scale floor"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(1000)],
        help_text=_("Lowest fee on a sliding scale, in dollars; blank when there is none."),
    )
    session_minutes = models.PositiveSmallIntegerField(
        _("session length"),
        default=50,
        validators=[MinValueValidator(15), MaxValueValidator(240)],
        help_text=_("Length of a standard session, in minutes."),
    )
    direct_billing = models.ManyToManyField(
        Insurer,
        blank=True,
        related_name="therapists",
        verbose_name=_("direct billing"),
        help_text=_("Insurers the therapist bills directly."),
    )
    free_consultation = models.BooleanField(
        _("free consultation"), default=False, help_text=_("A free first call to check fit.")
    )
    accepting = models.CharField(
        _("new clients"),
        max_length=10,
        choices=Accepting.choices,
        default=Accepting.ACCEPTING,
        help_text=_("Whether the therapist takes new clients, keeps a waitlist, or neither."),
    )
    waitlist_weeks = models.PositiveSmallIntegerField(
        _("expected wait (weeks)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(WAITLIST_WEEKS_MAX)],
        help_text=_("With a waitlist: about how many weeks a new client waits; blank if unsure."),
    )
    availability_confirmed_at = models.DateTimeField(
        _("availability confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the therapist last confirmed their availability."),
    )
    offers_online = models.BooleanField(
        _("online sessions"),
        default=False,
        help_text=_("Video sessions, in the provinces where the therapist is registered."),
    )
    offers_in_person = models.BooleanField(
        _("in-person sessions"), default=True, help_text=_("Sessions at an office.")
    )
    contact_preference = models.CharField(
        _("preferred contact"),
        max_length=10,
        choices=ContactPreference.choices,
        default=ContactPreference.EMAIL,
        help_text=_("How the therapist prefers to answer consultation requests."),
    )
    public_phone = models.CharField(
        _("public phone"),
        max_length=30,
        blank=True,
        validators=[phone_validate],
        help_text=_("Shown on the profile."),
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("The therapist's wish to be listed; listing also needs a valid credential."),
    )
    listed_until = models.DateField(
        _("listed until"),
        null=True,
        editable=False,
        help_text=_(
            "The last day the profile is listed: the latest expiry of a verified credential, "
            "while published and the account is active; empty when not listed."
        ),
    )
    search_vector = SearchVectorField(
        _("search vector"),
        null=True,
        editable=False,
        help_text=_("Words of the profile for full-text search; rebuilt by therapists.search."),
    )
    # Nullable so that SQLite adds the column in place: rebuilding the table would recreate
    # the PostgreSQL-only order indexes (therapists migration 0002), which SQLite cannot make.
    search_text = models.TextField(  # noqa: DJ001 (see above)
        _("search text"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "The same words folded (lower case, no accents), for the plain search of databases "
            "without full-text search; rebuilt by therapists.search."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, help_text=_("Created."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True, help_text=_("Last change."))

    objects = TherapistQuerySet.as_manager()

    class Meta:
        verbose_name = _("therapist")
        verbose_name_plural = _("therapists")
        ordering = ["display_name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(fee_floor__isnull=True) | Q(fee__isnull=False, fee_floor__lte=F("fee")),
                name="therapist_fee_floor_not_above_fee",
            ),
            models.CheckConstraint(
                condition=Q(waitlist_weeks__isnull=True)
                | Q(accepting=Accepting.WAITLIST, waitlist_weeks__range=(1, WAITLIST_WEEKS_MAX)),
                name="therapist_waitlist_weeks_in_range",
            ),
        ]
        indexes = [
            # Who is listed on a day, and their ids, without reading the profiles' rows.
            models.Index(fields=["listed_until", "id"], name="therapist_listed_until"),
            # The search's default orders, read in index order so a page of 20 never sorts every
            # listed profile; partial on having a listing, which listed() always asks for.
            models.Index(
                F("availability_confirmed_at").desc(nulls_last=True),
                "id",
                name="therapist_listed_recent",
                condition=Q(listed_until__isnull=False),
            ),
            models.Index(
                Coalesce("fee_floor", "fee"),
                "id",
                name="therapist_listed_low_fee",
                condition=Q(listed_until__isnull=False),
            ),
        ]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("therapists:detail", kwargs={"slug": self.slug})

    @property
    def public_phone_uri(self) -> str:
        return phone_uri(self.public_phone) if self.public_phone else ""

    @property
    def approved_video(self) -> "IntroVideo | None":
        """The intro video, once a moderator approved it; None otherwise."""
        try:
            video = self.intro_video
        except IntroVideo.DoesNotExist:
            return None
        return video if video.status == ModerationStatus.APPROVED else None

    def age_groups(self) -> list[str]:
        """The age groups seen, in words."""
        return [
            self._meta.get_field(name).verbose_name
            for name in AGE_GROUP_FIELDS
            if getattr(self, name)
        ]

    def session_formats(self) -> list[str]:
        """The session formats offered, in words."""
        return [
            self._meta.get_field(name).verbose_name
            for name in SESSION_FORMAT_FIELDS
            if getattr(self, name)
        ]

    def session_times(self) -> list[str]:
        """When the therapist sees clients, in words."""
        return [
            self._meta.get_field(name).verbose_name
            for name in SESSION_TIME_FIELDS.values()
            if getattr(self, name)
        ]

    def online_provinces(self) -> list[str]:
        """Where online sessions are offered: the provinces of the valid credentials."""
        if not self.offers_online:
            return []
        credentials = getattr(self, "valid_credentials", None)
        if credentials is None:
            credentials = self.credentials.valid()
        codes = sorted({credential.jurisdiction for credential in credentials})
        return [Province(code).label for code in codes]
