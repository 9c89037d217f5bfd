"""Whether a therapist takes new clients, and how much of their word clients are shown.

A therapist says one of three things (Therapist.accepting): accepting, a waitlist (with about
how many weeks a new client waits, if they know), or not accepting. A claim to take people is
believed for AVAILABILITY_TRUSTED_DAYS after it was last confirmed; older, clients see
"availability not confirmed recently" instead, since a stale "accepting" is what people most
often find broken in a directory. "Not accepting" promises nothing, so it is shown however old.
"""

import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import ngettext

from therapists.models.profile_choices import Accepting, Availability

AVAILABILITY_TRUSTED_DAYS = 30
WAITLIST_WEEKS_MAX = 52


def availability_trusted_since() -> datetime.datetime:
    """The oldest confirmation of availability still believed: a claim goes stale unconfirmed."""
    return timezone.now() - datetime.timedelta(days=AVAILABILITY_TRUSTED_DAYS)


def accepting_q(*, waitlist: bool = False) -> Q:
    """Takes new clients (with waitlist, now or by a waitlist), confirmed recently enough."""
    states = [Accepting.ACCEPTING, Accepting.WAITLIST] if waitlist else [Accepting.ACCEPTING]
    return Q(accepting__in=states, availability_confirmed_at__gte=availability_trusted_since())


def waitlist_weeks_label(weeks: int) -> str:
    return ngettext("Waitlist: about %(weeks)s week", "Waitlist: about %(weeks)s weeks", weeks) % {
        "weeks": weeks
    }


class AvailabilityShown:
    """What clients are shown of a profile's word on new clients; mixed into Therapist."""

    @property
    def availability_stale(self) -> bool:
        """The claim is older than clients are asked to trust, or was never made."""
        confirmed = self.availability_confirmed_at
        return confirmed is None or confirmed < availability_trusted_since()

    @property
    def availability_trusted_until(self) -> datetime.datetime | None:
        """When the last confirmation stops being believed."""
        confirmed = self.availability_confirmed_at
        return confirmed + datetime.timedelta(days=AVAILABILITY_TRUSTED_DAYS) if confirmed else None

    @property
    def availability(self) -> str:
        """Accepting or a waitlist (confirmed recently), unconfirmed (too old), or full."""
        if self.accepting == Accepting.CLOSED:
            return Availability.FULL
        if self.availability_stale:
            return Availability.UNCONFIRMED
        if self.accepting == Accepting.WAITLIST:
            return Availability.WAITLIST
        return Availability.ACCEPTING

    @property
    def availability_label(self) -> str:
        shown = self.availability
        if shown == Availability.WAITLIST and self.waitlist_weeks:
            return waitlist_weeks_label(self.waitlist_weeks)
        return Availability(shown).label
