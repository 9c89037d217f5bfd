"""The free consultation times a therapist offers: weekly windows made into instants.

Windows are wall-clock times in the offer's zone, expanded one local day at a time with
zoneinfo, so a 12:00 window stays 12:00 local on both sides of a daylight-saving change. A start
that does not exist that day (the hour skipped in March) is left out; one that happens twice
(the hour repeated in November) is offered once, at its first occurrence.
"""

import dataclasses
import datetime
import itertools
from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils import timezone

from directory.models import Province
from therapists.models import Booking, ConsultationOffer, ConsultationZone
from therapists.models.bookings import province_zone

UTC = datetime.UTC
# Enough for two or three weeks of a busy offer; the profile shows fewer.
SLOT_LIMIT = 200


class UnknownZone(ValueError):
    """A time zone name that is not one of Canada's."""


@dataclasses.dataclass(frozen=True)
class Window:
    weekday: int
    starts: datetime.time
    ends: datetime.time


@dataclasses.dataclass(frozen=True)
class Rules:
    """What decides the free times, as plain values, so the arithmetic is testable alone."""

    zone: ZoneInfo
    minutes: int
    horizon_days: int
    notice_hours: int
    windows: tuple[Window, ...]
    days_off: frozenset[datetime.date] = frozenset()


def canadian_zone(name: str) -> ZoneInfo:
    """The zone of that name if it is one of Canada's that we offer, else UnknownZone."""
    if name not in ConsultationZone.values:
        raise UnknownZone(name)
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError as error:  # pragma: no cover: tzdata ships with Python deps
        raise UnknownZone(name) from error


def local_start(day: datetime.date, at: datetime.time, zone: ZoneInfo) -> datetime.datetime | None:
    """The instant a wall-clock time happens on that day, or None if the clock skips it."""
    wall = datetime.datetime.combine(day, at)
    instant = wall.replace(tzinfo=zone).astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) != wall:
        return None
    return instant


def window_starts(day: datetime.date, window: Window, rules: Rules) -> Iterable[datetime.datetime]:
    """Every start in one window on one day, a consultation's length apart, that fits whole."""
    length = datetime.timedelta(minutes=rules.minutes)
    wall = datetime.datetime.combine(day, window.starts)
    last = datetime.datetime.combine(day, window.ends) - length
    while wall <= last:
        instant = local_start(day, wall.time(), rules.zone)
        if instant is not None:
            yield instant
        wall += length


def overlaps(start: datetime.datetime, end: datetime.datetime, taken) -> bool:
    return any(start < taken_end and taken_start < end for taken_start, taken_end in taken)


def free_starts(
    rules: Rules,
    *,
    now: datetime.datetime,
    taken: Iterable[tuple[datetime.datetime, datetime.datetime]] = (),
    limit: int | None = SLOT_LIMIT,
) -> list[datetime.datetime]:
    """The free start instants (UTC), soonest first: after the notice, before the horizon;
    at most `limit` of them, or all with None."""
    earliest = now + datetime.timedelta(hours=rules.notice_hours)
    horizon = now + datetime.timedelta(days=rules.horizon_days)
    length = datetime.timedelta(minutes=rules.minutes)
    taken = list(taken)
    day = now.astimezone(rules.zone).date()
    found: set[datetime.datetime] = set()
    while day <= horizon.astimezone(rules.zone).date():
        if day not in rules.days_off:
            for window in rules.windows:
                if window.weekday == day.weekday():
                    found.update(window_starts(day, window, rules))
        day += datetime.timedelta(days=1)
    free = (
        start
        for start in sorted(found)
        if earliest <= start < horizon and not overlaps(start, start + length, taken)
    )
    return list(free) if limit is None else list(itertools.islice(free, limit))


def offer_rules(offer: ConsultationOffer) -> Rules:
    """The offer's settings, windows and days off as plain values."""
    return Rules(
        zone=ZoneInfo(offer.time_zone),
        minutes=offer.minutes,
        horizon_days=offer.horizon_days,
        notice_hours=offer.notice_hours,
        windows=tuple(Window(w.weekday, w.starts, w.ends) for w in offer.windows.all()),
        days_off=frozenset(exception.day for exception in offer.exceptions.all()),
    )


def taken_times(
    offer: ConsultationOffer, *, now: datetime.datetime, exclude: Booking | None = None
):
    """The therapist's booked times that have not ended, but one (a booking being moved)."""
    bookings = Booking.objects.booked().filter(therapist_id=offer.therapist_id, ends_at__gt=now)
    if exclude is not None:
        bookings = bookings.exclude(pk=exclude.pk)
    return list(bookings.values_list("starts_at", "ends_at"))


def offer_free_starts(
    offer: ConsultationOffer,
    *,
    now: datetime.datetime | None = None,
    exclude: Booking | None = None,
    limit: int | None = SLOT_LIMIT,
) -> list[datetime.datetime]:
    """The offer's free start instants from now, less the times already booked."""
    now = now or timezone.now()
    taken = taken_times(offer, now=now, exclude=exclude)
    return free_starts(offer_rules(offer), now=now, taken=taken, limit=limit)


def first_free_starts(
    offers: dict[int, ConsultationOffer], *, now: datetime.datetime | None = None
) -> dict[int, datetime.datetime]:
    """Each offer's first free start (therapist id -> instant), for offers read with their
    windows and days off: one query for every therapist's booked times, whatever their number."""
    now = now or timezone.now()
    taken: dict[int, list] = {therapist_id: [] for therapist_id in offers}
    booked = Booking.objects.booked().filter(therapist_id__in=offers, ends_at__gt=now)
    for therapist_id, starts, ends in booked.values_list("therapist_id", "starts_at", "ends_at"):
        taken[therapist_id].append((starts, ends))
    firsts = {
        therapist_id: free_starts(offer_rules(offer), now=now, taken=taken[therapist_id], limit=1)
        for therapist_id, offer in offers.items()
    }
    return {therapist_id: starts[0] for therapist_id, starts in firsts.items() if starts}


def reader_zone(query, *, default: str) -> str:
    """The zone the reader asked for (?zone=), or the one of the province they searched from
    (?province=), else the default."""
    if query.get("zone", "") in ConsultationZone.values:
        return query["zone"]
    if query.get("province", "") in Province.values:
        return province_zone(query["province"])
    return default


def by_local_day(
    starts: Iterable[datetime.datetime], zone: ZoneInfo
) -> list[tuple[datetime.date, list[datetime.datetime]]]:
    """Starts grouped by their day in the reader's zone, each converted to that zone."""
    days: dict[datetime.date, list[datetime.datetime]] = {}
    for start in starts:
        local = start.astimezone(zone)
        days.setdefault(local.date(), []).append(local)
    return list(days.items())
