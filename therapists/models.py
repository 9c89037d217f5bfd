"""Therapist profiles and everything hanging off them: offices, credentials, videos, inquiries."""

import datetime
import re

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Prefetch, Q
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from directory.models import City, Province, coordinate_constraints, province_in
from directory.storage import get_private_storage
from directory.text import single_line_validate
from modalities.models import Concern, Modality

postal_code_validator = RegexValidator(
    r"^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$",
    _("Enter a Canadian postal code, e.g. M5V 2T6."),
)


# A number as people write it, then perhaps an extension: "416 555-0123 ext. 4", "poste 4".
PHONE_PATTERN = re.compile(
    r"(?P<number>\+?[\d\s().-]+)(?:(?:ext\.?|x|poste)\s*(?P<extension>\d{1,6}))?", re.IGNORECASE
)
# A profile's "about": several paragraphs, not a document.
BIO_MAX_LENGTH = 6000


def phone_validate(value: str) -> None:
    """A phone number as people write it: 7 to 15 digits, with + - ( ) . spaces, an extension."""
    digits = sum(character.isdigit() for character in value)
    if not 7 <= digits <= 15 or not PHONE_PATTERN.fullmatch(value.strip()):
        raise ValidationError(_("Enter a phone number, e.g. 416-555-0123."), code="invalid_phone")


def phone_uri(value: str) -> str:
    """A phone number as a tel: address: "416-555-0123 ext. 4" -> "tel:+14165550123;ext=4"
    (ten digits are a North American number); "" when it is not one."""
    parts = PHONE_PATTERN.fullmatch(value.strip())
    if parts is None:  # saved before the pattern was this strict
        return ""
    digits = re.sub(r"[^\d]", "", parts["number"])
    number = f"+{digits}" if parts["number"].lstrip().startswith("+") else digits
    if len(digits) == 10 and not number.startswith("+"):
        number = f"+1{digits}"
    return f"tel:{number}" + (f";ext={parts['extension']}" if parts["extension"] else "")


class Language(models.Model):
    """A language in which a therapist offers sessions."""

    code = models.CharField(
        _("code"), max_length=8, unique=True, help_text=_("ISO 639 code, e.g. en, fr, pa.")
    )
    name = models.CharField(_("name"), max_length=60, help_text=_("Name, e.g. French."))

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def name_in_sentence(self) -> str:
        """The name as it reads inside a phrase: French writes language names in lower case
        ("Sous-titres (anglais)"), English capitalizes them."""
        return self.name.lower() if translation.get_language() == "fr" else self.name


class Insurer(models.Model):
    """An extended health insurer that a therapist may bill directly."""

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in search links."))
    name = models.CharField(_("name"), max_length=120, help_text=_("e.g. Sun Life."))

    class Meta:
        verbose_name = _("insurer")
        verbose_name_plural = _("insurers")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Community(models.Model):
    """An identity or community a therapist belongs to or affirms, e.g. LGBTQ+-affirming."""

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in search links."))
    name = models.CharField(_("name"), max_length=80, help_text=_("e.g. LGBTQ+-affirming."))

    class Meta:
        verbose_name = _("identity or community")
        verbose_name_plural = _("identities and communities")
        ordering = ["name"]

    def __str__(self):
        return self.name


class RegulatoryBody(models.Model):
    """A regulatory college, or a voluntary association, that registers practitioners."""

    class Kind(models.TextChoices):
        REGULATOR = "regulator", _("Regulatory college")
        ASSOCIATION = "association", _("Voluntary association")

    class Profession(models.TextChoices):
        PSYCHOTHERAPY = "psychotherapy", _("Psychotherapy and counselling")
        PSYCHOLOGY = "psychology", _("Psychology")
        SOCIAL_WORK = "social-work", _("Social work")

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Stable identifier."))
    name = models.CharField(_("name"), max_length=200, help_text=_("Full legal name."))
    acronym = models.CharField(_("acronym"), max_length=20, help_text=_("e.g. CRPO."))
    province = models.CharField(
        _("province"),
        max_length=2,
        choices=Province.choices,
        blank=True,
        help_text=_("Where it registers practitioners; blank for a national body."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=12,
        choices=Kind.choices,
        help_text=_("A regulator grants a licence; an association's membership is voluntary."),
    )
    profession = models.CharField(
        _("profession"), max_length=20, choices=Profession.choices, help_text=_("Field.")
    )
    protected_titles = models.JSONField(
        _("titles and designations"),
        default=list,
        blank=True,
        help_text=_('The titles it grants, e.g. ["Registered Psychotherapist (RP)"].'),
    )
    public_register_url = models.URLField(
        _("public register"),
        blank=True,
        help_text=_("Where anyone can look up a practitioner's registration."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("Home page."))

    class Meta:
        verbose_name = _("regulatory body")
        verbose_name_plural = _("regulatory bodies")
        ordering = ["province", "acronym"]

    def __str__(self):
        return f"{self.acronym} ({self.province or _('national')})"

    @property
    def is_regulator(self) -> bool:
        return self.kind == self.Kind.REGULATOR


class GenderIdentity(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    NON_BINARY = "non-binary", _("Non-binary")
    TWO_SPIRIT = "two-spirit", _("Two-Spirit")
    ANOTHER = "another", _("Another gender identity")


class ContactPreference(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")


AVAILABILITY_TRUSTED_DAYS = 30


class Availability(models.TextChoices):
    ACCEPTING = "accepting", _("Accepting new clients")
    UNCONFIRMED = "unconfirmed", _("Availability not confirmed recently")
    FULL = "full", _("Not accepting new clients")


AGE_GROUP_FIELDS = ("serves_children", "serves_teens", "serves_adults", "serves_older_adults")
SESSION_FORMAT_FIELDS = ("offers_individual", "offers_couples", "offers_family", "offers_group")


# The long texts a result card never shows: left in the database, they keep a page of results
# from reading and sending kilobytes per profile (the search words are the largest column).
CARD_UNUSED_FIELDS = ("bio", "search_vector")


class TherapistQuerySet(models.QuerySet):
    def listed(self, *, on: datetime.date | None = None):
        """Profiles the public may see: published, active owner, a valid verified credential.

        Each profile keeps the last day that holds as listed_until (therapists/listing.py)."""
        return self.filter(listed_until__gte=on or timezone.localdate())

    def with_card_details(self):
        """What a result card shows of the profile itself, in a fixed number of queries whatever
        the page size; its labels and video badge come from therapists/cards.py."""
        valid_credentials = Credential.objects.valid().select_related("regulatory_body")
        return self.prefetch_related(
            Prefetch("credentials", queryset=valid_credentials, to_attr="valid_credentials"),
        ).defer(*CARD_UNUSED_FIELDS)

    def with_profile_details(self):
        """Everything a profile page shows, in a fixed number of queries."""
        return (
            self.with_card_details()
            .defer(None)
            .select_related("intro_video__language")
            .prefetch_related(
                Prefetch("approaches", queryset=Modality.objects.for_labels()),
                "concerns",
                "languages",
                "communities",
                "direct_billing",
                # Only where the therapist may see clients in person (Office.registered).
                Prefetch("offices", queryset=Office.objects.registered().select_related("city")),
            )
        )

    def accepting_clients(self, *, within_days: int = AVAILABILITY_TRUSTED_DAYS):
        """Accepting new clients, confirmed recently enough to believe."""
        since = timezone.now() - datetime.timedelta(days=within_days)
        return self.filter(accepting_new_clients=True, availability_confirmed_at__gte=since)


class Therapist(models.Model):
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
        Modality,
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
    accepting_new_clients = models.BooleanField(
        _("accepting new clients"), default=True, help_text=_("Open to new clients.")
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
    # the PostgreSQL-only order indexes (therapists migration 0008), which SQLite cannot make.
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
    def availability(self) -> str:
        """Accepting (and recently confirmed), unconfirmed (claim too old to trust), or full."""
        if not self.accepting_new_clients:
            return Availability.FULL
        since = timezone.now() - datetime.timedelta(days=AVAILABILITY_TRUSTED_DAYS)
        confirmed = self.availability_confirmed_at
        return (
            Availability.ACCEPTING if confirmed and confirmed >= since else Availability.UNCONFIRMED
        )

    @property
    def availability_label(self) -> str:
        return Availability(self.availability).label

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

    def online_provinces(self) -> list[str]:
        """Where online sessions are offered: the provinces of the valid credentials."""
        if not self.offers_online:
            return []
        credentials = getattr(self, "valid_credentials", None)
        if credentials is None:
            credentials = self.credentials.valid()
        codes = sorted({credential.jurisdiction for credential in credentials})
        return [Province(code).label for code in codes]


def link_table(field: str) -> tuple[type[models.Model], str]:
    """The table behind one of Therapist's many-to-many fields, and its column for the other
    side (e.g. concerns: the through model and "concern_id")."""
    return getattr(Therapist, field).through, Therapist._meta.get_field(field).m2m_reverse_name()


OFFICE_TWICE = _("You already have an office at this address.")


class OfficeQuerySet(models.QuerySet):
    def registered(self, *, on: datetime.date | None = None):
        """Offices in a province where their therapist holds a verified registration that day:
        a therapist sees clients in person only where registered, so only these are listed
        (each keeps that registration's last day as registered_until: therapists/listing.py)."""
        return self.filter(registered_until__gte=on or timezone.localdate())


class Office(models.Model):
    """A place where the therapist sees clients in person."""

    therapist = models.ForeignKey(
        Therapist,
        on_delete=models.CASCADE,
        related_name="offices",
        verbose_name=_("therapist"),
        help_text=_("Who practises here."),
    )
    label = models.CharField(
        _("label"), max_length=80, blank=True, help_text=_("Optional, e.g. Downtown office.")
    )
    address_line1 = models.CharField(
        _("address"), max_length=200, help_text=_("Street number and name.")
    )
    address_line2 = models.CharField(
        _("address line 2"), max_length=200, blank=True, help_text=_("Suite, floor, building.")
    )
    city = models.ForeignKey(
        City,
        on_delete=models.PROTECT,
        related_name="offices",
        verbose_name=_("city"),
        help_text=_("City or town."),
    )
    postal_code = models.CharField(
        _("postal code"),
        max_length=7,
        validators=[postal_code_validator],
        help_text=_("e.g. M5V 2T6."),
    )
    latitude = models.FloatField(
        _("latitude"), help_text=_("Derived from the postal code or city; never typed.")
    )
    longitude = models.FloatField(
        _("longitude"), help_text=_("Derived from the postal code or city; never typed.")
    )
    wheelchair_accessible = models.BooleanField(
        _("wheelchair accessible"), default=False, help_text=_("Step-free entrance and washroom.")
    )
    registered_until = models.DateField(
        _("registered until"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "The last day of the therapist's verified registration in this office's province; "
            "empty when there is none. Kept up to date with the listing."
        ),
    )

    objects = OfficeQuerySet.as_manager()

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["therapist", "pk"]
        constraints = [
            *coordinate_constraints("office"),
            models.UniqueConstraint(
                F("therapist"),
                Lower("address_line1"),
                Lower("address_line2"),
                F("postal_code"),
                name="office_address_once",
                violation_error_message=OFFICE_TWICE,
            ),
        ]
        indexes = [models.Index(fields=["latitude", "longitude"], name="office_lat_lng")]

    def __str__(self):
        return ", ".join(filter(None, [self.label, self.address_line1, str(self.city)]))

    @property
    def is_registered(self) -> bool:
        return self.registered_until is not None and self.registered_until >= timezone.localdate()


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


# A registration's end date may be at most this many years after the end of the current year.
REGISTRATION_YEARS_AHEAD = 2


def latest_registration_end() -> datetime.date:
    """The latest end a registration year entered today may have."""
    return datetime.date(timezone.localdate().year + REGISTRATION_YEARS_AHEAD, 12, 31)


class Credential(models.Model):
    """A registration a therapist claims with a regulatory body, checked by a verifier.

    Its status changes only through the functions in therapists/verification.py.
    """

    therapist = models.ForeignKey(
        Therapist,
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
        Credential,
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
        Credential,
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


class ModerationStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class IntroVideo(models.Model):
    """A short video in which the therapist introduces themselves; public once approved."""

    therapist = models.OneToOneField(
        Therapist,
        on_delete=models.CASCADE,
        related_name="intro_video",
        verbose_name=_("therapist"),
        help_text=_("One intro video per therapist."),
    )
    file = models.FileField(
        _("video file"), upload_to="videos/", help_text=_("MP4 or WebM, at most 3 minutes.")
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
        validators=[MaxValueValidator(180)],
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

    class Meta:
        verbose_name = _("intro video")
        verbose_name_plural = _("intro videos")
        ordering = ["created_at"]
        permissions = [("moderate_introvideo", _("Can approve or reject an intro video"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_seconds__lte=180), name="introvideo_at_most_three_minutes"
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(reason=""),
                name="introvideo_reason_when_rejected",
            ),
        ]

    def __str__(self):
        return _("Intro video of %(name)s") % {"name": self.therapist}


class InquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    READ = "read", _("Read")
    ARCHIVED = "archived", _("Archived")


class Inquiry(models.Model):
    """A consultation request from a prospective client. Health information: kept briefly."""

    therapist = models.ForeignKey(
        Therapist,
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


class ProfileViewDay(models.Model):
    """How many times a profile was viewed on one day; no visitor data is kept."""

    therapist = models.ForeignKey(
        Therapist,
        on_delete=models.CASCADE,
        related_name="view_days",
        verbose_name=_("therapist"),
        help_text=_("Whose profile."),
    )
    date = models.DateField(_("date"), help_text=_("The day counted."))
    views = models.PositiveIntegerField(_("views"), default=0, help_text=_("Views that day."))

    class Meta:
        verbose_name = _("profile views on a day")
        verbose_name_plural = _("profile views by day")
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["therapist", "date"], name="profileviewday_unique_day")
        ]

    def __str__(self):
        return f"{self.therapist} {self.date}: {self.views}"
