"""The choices a profile's fields offer, and its groups of yes-or-no fields."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class GenderIdentity(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    NON_BINARY = "non-binary", _("Non-binary")
    TWO_SPIRIT = "two-spirit", _("Two-Spirit")
    ANOTHER = "another", _("Another gender identity")


class ContactPreference(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")


class Accepting(models.TextChoices):
    """What a therapist says about new clients (therapists/models/availability.py)."""

    ACCEPTING = "accepting", _("Accepting new clients")
    WAITLIST = "waitlist", _("Waitlist for new clients")
    CLOSED = "closed", _("Not accepting new clients")


class Availability(models.TextChoices):
    """What clients are shown of it: a claim to take people goes stale unconfirmed."""

    ACCEPTING = "accepting", _("Accepting new clients")
    WAITLIST = "waitlist", _("Waitlist for new clients")
    UNCONFIRMED = "unconfirmed", _("Availability not confirmed recently")
    FULL = "full", _("Not accepting new clients")


AGE_GROUP_FIELDS = ("serves_children", "serves_teens", "serves_adults", "serves_older_adults")
SESSION_FORMAT_FIELDS = ("offers_individual", "offers_couples", "offers_family", "offers_group")
