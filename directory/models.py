"""What every app stands on: the user account and the places of Canada."""

from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from directory.text import fold


class Province(models.TextChoices):
    """The 13 provinces and territories, by their Canada Post abbreviation."""

    AB = "AB", _("Alberta")
    BC = "BC", _("British Columbia")
    MB = "MB", _("Manitoba")
    NB = "NB", _("New Brunswick")
    NL = "NL", _("Newfoundland and Labrador")
    NS = "NS", _("Nova Scotia")
    NT = "NT", _("Northwest Territories")
    NU = "NU", _("Nunavut")
    ON = "ON", _("Ontario")
    PE = "PE", _("Prince Edward Island")
    QC = "QC", _("Quebec")
    SK = "SK", _("Saskatchewan")
    YT = "YT", _("Yukon")


def province_slug(code: str) -> str:
    """The province's name as it appears in URLs, the same in every language: "ontario"."""
    return PROVINCE_SLUGS[code]


def province_from_slug(slug: str) -> str | None:
    """The province code for a URL slug, or None."""
    return {value: code for code, value in PROVINCE_SLUGS.items()}.get(slug)


def province_in(code: str) -> str:
    """ "in Ontario", "au Québec": each language puts its own preposition before each name."""
    return PROVINCE_IN[code]


PROVINCE_IN = {
    "AB": _("in Alberta"),
    "BC": _("in British Columbia"),
    "MB": _("in Manitoba"),
    "NB": _("in New Brunswick"),
    "NL": _("in Newfoundland and Labrador"),
    "NS": _("in Nova Scotia"),
    "NT": _("in the Northwest Territories"),
    "NU": _("in Nunavut"),
    "ON": _("in Ontario"),
    "PE": _("in Prince Edward Island"),
    "QC": _("in Quebec"),
    "SK": _("in Saskatchewan"),
    "YT": _("in Yukon"),
}

PROVINCE_SLUGS = {
    "AB": "alberta",
    "BC": "british-columbia",
    "MB": "manitoba",
    "NB": "new-brunswick",
    "NL": "newfoundland-and-labrador",
    "NS": "nova-scotia",
    "NT": "northwest-territories",
    "NU": "nunavut",
    "ON": "ontario",
    "PE": "prince-edward-island",
    "QC": "quebec",
    "SK": "saskatchewan",
    "YT": "yukon",
}


class UserManager(BaseUserManager):
    """Creates users who log in with their email address."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def get_by_natural_key(self, email):
        """Log in whatever the case of the address typed."""
        return self.get(email__iexact=email)

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account: a therapist, a verifier or an admin. Logs in by email."""

    username = None
    email = models.EmailField(
        _("email address"), unique=True, help_text=_("Used to log in and to receive notices.")
    )
    email_confirmed_at = models.DateTimeField(
        _("email confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the person followed the confirmation link sent to this address."),
    )
    language = models.CharField(
        _("language for emails"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_(
            "The language of the notices we send: set at sign-up, changed on the dashboard."
        ),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_unique_email_any_case"),
        ]

    def __str__(self):
        return self.email


def coordinate_constraints(prefix: str) -> list[models.CheckConstraint]:
    """Latitude and longitude stay within the ranges the earth allows."""
    return [
        models.CheckConstraint(
            condition=Q(latitude__gte=-90, latitude__lte=90),
            name=f"{prefix}_latitude_range",
            violation_error_message=_("A latitude is between -90 and 90 degrees."),
        ),
        models.CheckConstraint(
            condition=Q(longitude__gte=-180, longitude__lte=180),
            name=f"{prefix}_longitude_range",
            violation_error_message=_("A longitude is between -180 and 180 degrees."),
        ),
    ]


class CityQuerySet(models.QuerySet):
    def named(self, name: str):
        """Cities whose name matches, ignoring accents, case and punctuation."""
        return self.filter(search_name=fold(name))

    def largest_first(self):
        return self.order_by("-population", "name")


class City(models.Model):
    """A Canadian city or town, with its centre point, from GeoNames."""

    geoname_id = models.PositiveIntegerField(
        _("GeoNames id"), unique=True, null=True, blank=True, help_text=_("Id in GeoNames.")
    )
    name = models.CharField(_("name"), max_length=120, help_text=_("The city's usual name."))
    search_name = models.CharField(
        _("search name"),
        max_length=120,
        db_index=True,
        editable=False,
        help_text=_("The name folded for matching: lower case, no accents or punctuation."),
    )
    slug = models.SlugField(
        _("slug"), max_length=140, help_text=_("Unique within the province; used in URLs.")
    )
    province = models.CharField(
        _("province"), max_length=2, choices=Province.choices, help_text=_("Province or territory.")
    )
    latitude = models.FloatField(_("latitude"), help_text=_("Degrees north of the equator."))
    longitude = models.FloatField(_("longitude"), help_text=_("Degrees east of Greenwich."))
    population = models.PositiveIntegerField(
        _("population"), default=0, help_text=_("Population, to rank same-named places.")
    )

    objects = CityQuerySet.as_manager()

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name", "province"]
        constraints = [
            models.UniqueConstraint(fields=["province", "slug"], name="city_unique_slug"),
            *coordinate_constraints("city"),
        ]
        indexes = [models.Index(fields=["latitude", "longitude"], name="city_lat_lng")]

    def __str__(self):
        return f"{self.name}, {self.province}"

    def save(self, *args, **kwargs):
        self.search_name = fold(self.name)
        self.slug = self.slug or slugify(self.name)
        super().save(*args, **kwargs)


class PostalArea(models.Model):
    """A forward sortation area: the first three characters of a postal code, and its centre."""

    code = models.CharField(
        _("code"),
        max_length=3,
        unique=True,
        help_text=_("The first three characters of a postal code, upper case, e.g. M5V."),
    )
    name = models.CharField(
        _("name"), max_length=120, blank=True, help_text=_("The area's place name, e.g. Toronto.")
    )
    province = models.CharField(
        _("province"), max_length=2, choices=Province.choices, help_text=_("Province or territory.")
    )
    latitude = models.FloatField(_("latitude"), help_text=_("Degrees north of the equator."))
    longitude = models.FloatField(_("longitude"), help_text=_("Degrees east of Greenwich."))

    class Meta:
        verbose_name = _("postal area")
        verbose_name_plural = _("postal areas")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[ABCEGHJ-NPRSTVXY][0-9][A-Z]$"),
                name="postalarea_code_format",
            ),
            *coordinate_constraints("postalarea"),
        ]

    def __str__(self):
        return self.code


class WorkerHeartbeatQuerySet(models.QuerySet):
    def latest_beat(self):
        """When any worker last gave a sign of life, or None if none ever did."""
        return self.aggregate(latest=models.Max("beat_at"))["latest"]


class WorkerHeartbeat(models.Model):
    """The last sign of life of one background worker (manage.py run_worker), shown by /readyz.

    In the database rather than the cache: it must survive a cache outage, and while the
    database is out /readyz answers 503 whatever the worker does.
    """

    worker_id = models.CharField(
        _("worker id"), max_length=64, unique=True, help_text=_("The worker's own name.")
    )
    hostname = models.CharField(
        _("host"), max_length=255, help_text=_("The machine the worker runs on.")
    )
    pid = models.PositiveIntegerField(_("process id"), help_text=_("The worker's process id."))
    started_at = models.DateTimeField(_("started at"), help_text=_("When the worker started."))
    beat_at = models.DateTimeField(
        _("last seen at"),
        db_index=True,
        help_text=_("When the worker last took up its queue."),
    )

    objects = WorkerHeartbeatQuerySet.as_manager()

    class Meta:
        verbose_name = _("worker heartbeat")
        verbose_name_plural = _("worker heartbeats")
        ordering = ["-beat_at"]

    def __str__(self):
        return self.worker_id
