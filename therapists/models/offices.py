"""Offices, where a therapist sees clients in person."""

import datetime

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import City, coordinate_constraints
from therapists.models.validators import postal_code_validator

OFFICE_TWICE = _("You already have an office at this address.")


def office_registered(*, on: datetime.date | None = None, through: str = "") -> Q:
    """OfficeQuerySet.registered() as a condition, for a query that reaches the offices through
    a relation (through="offices" from Therapist) and must test them in its own join."""
    field = f"{through}__registered_until__gte" if through else "registered_until__gte"
    return Q(**{field: on or timezone.localdate()})


class RowRelation(models.ForeignObject):
    """A join path from an office to its therapist's search row, on the therapist_id they share:
    no column, no form field, nothing to migrate (a private field, as Django keeps its generic
    relations), nothing to validate (Office.clean_fields). An unlisted therapist's offices have
    no row to reach."""

    def contribute_to_class(self, cls, name, private_only=False, **kwargs):
        super().contribute_to_class(cls, name, private_only=True, **kwargs)


class OfficeQuerySet(models.QuerySet):
    def registered(self, *, on: datetime.date | None = None):
        """Offices in a province where their therapist holds a verified registration that day:
        a therapist sees clients in person only where registered, so only these are listed
        (each keeps that registration's last day as registered_until: therapists/listing.py)."""
        return self.filter(office_registered(on=on))


class Office(models.Model):
    """A place where the therapist sees clients in person."""

    therapist = models.ForeignKey(
        "Therapist",
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

    # The therapist's search row, for the search to reach the offices from it in one join.
    search_row = RowRelation(
        "SearchRow",
        on_delete=models.DO_NOTHING,
        from_fields=["therapist"],
        to_fields=["therapist"],
        related_name="offices",
        editable=False,
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

    def clean_fields(self, exclude=None):
        # The join path to the search row holds no value of the office's own to check.
        super().clean_fields(exclude={*(exclude or ()), "search_row"})

    @property
    def is_registered(self) -> bool:
        return self.registered_until is not None and self.registered_until >= timezone.localdate()
