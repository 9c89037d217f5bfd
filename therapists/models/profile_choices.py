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


class SessionTime(models.TextChoices):
    """When a therapist sees clients, as the search names it (its address value) and labels it."""

    WEEKDAY_DAYTIME = "weekday-daytime", _("Weekday daytime")
    WEEKDAY_EVENINGS = "weekday-evenings", _("Weekday evenings")
    WEEKENDS = "weekends", _("Weekends")


AGE_GROUP_FIELDS = ("serves_children", "serves_teens", "serves_adults", "serves_older_adults")
SESSION_FORMAT_FIELDS = ("offers_individual", "offers_couples", "offers_family", "offers_group")
# Each session time -> the profile's yes-or-no field saying the therapist offers it.
SESSION_TIME_FIELDS = {
    SessionTime.WEEKDAY_DAYTIME: "sees_weekday_daytime",
    SessionTime.WEEKDAY_EVENINGS: "sees_weekday_evenings",
    SessionTime.WEEKENDS: "sees_weekends",
}
# Each session time's number in the search row's set (therapists/models/search_rows.py), which
# holds numbers as the vocabularies' sets hold ids: fixed, never reused.
SESSION_TIME_NUMBERS = {
    SessionTime.WEEKDAY_DAYTIME: 1,
    SessionTime.WEEKDAY_EVENINGS: 2,
    SessionTime.WEEKENDS: 3,
}
