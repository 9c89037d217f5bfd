"""Free consultation times: windows made into instants, across both daylight-saving changes."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from therapists.inquiries.slots import (
    Rules,
    UnknownZone,
    Window,
    by_local_day,
    canadian_zone,
    free_starts,
)

UTC = datetime.UTC
TORONTO = ZoneInfo("America/Toronto")
VANCOUVER = ZoneInfo("America/Vancouver")
HALIFAX = ZoneInfo("America/Halifax")
REGINA = ZoneInfo("America/Regina")
NOON = datetime.time(12)
TUESDAY = 1
SUNDAY = 6


def utc(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=UTC)


def rules(zone, *windows, minutes=30, horizon_days=21, notice_hours=0, days_off=()):
    return Rules(
        zone=zone,
        minutes=minutes,
        horizon_days=horizon_days,
        notice_hours=notice_hours,
        windows=tuple(windows),
        days_off=frozenset(days_off),
    )


def tuesday_noon(zone, **kwargs):
    return rules(zone, Window(TUESDAY, NOON, datetime.time(12, 30)), **kwargs)


def test_a_toronto_noon_stays_noon_across_the_march_change():
    starts = free_starts(tuesday_noon(TORONTO), now=utc(2026, 3, 2, 12))
    assert starts[:2] == [utc(2026, 3, 3, 17), utc(2026, 3, 10, 16)]
    assert {start.astimezone(TORONTO).time() for start in starts} == {NOON}


def test_a_toronto_noon_stays_noon_across_the_november_change():
    starts = free_starts(tuesday_noon(TORONTO), now=utc(2026, 10, 26, 12))
    assert starts[:2] == [utc(2026, 10, 27, 16), utc(2026, 11, 3, 17)]
    assert {start.astimezone(TORONTO).time() for start in starts} == {NOON}


def test_a_halifax_visitor_sees_a_toronto_noon_at_one_all_year():
    for now in (utc(2026, 3, 2, 12), utc(2026, 10, 26, 12)):
        starts = free_starts(tuesday_noon(TORONTO), now=now)
        local = {start.astimezone(HALIFAX).time() for start in starts}
        assert local == {datetime.time(13)}


def test_saskatchewan_keeps_its_clock_while_toronto_moves():
    starts = free_starts(tuesday_noon(REGINA), now=utc(2026, 3, 2, 12))
    assert starts[:2] == [utc(2026, 3, 3, 18), utc(2026, 3, 10, 18)]
    in_toronto = [start.astimezone(TORONTO).time() for start in starts[:2]]
    assert in_toronto == [datetime.time(13), datetime.time(14)]


def test_the_hour_skipped_in_march_is_not_offered():
    window = Window(SUNDAY, datetime.time(1, 30), datetime.time(3, 30))
    starts = free_starts(rules(TORONTO, window), now=utc(2026, 3, 7, 12), limit=2)
    walls = [start.astimezone(TORONTO).strftime("%H:%M") for start in starts]
    assert walls == ["01:30", "03:00"]
    assert starts[1] - starts[0] == datetime.timedelta(minutes=30)


def test_the_hour_repeated_in_november_is_offered_once():
    window = Window(SUNDAY, datetime.time(1), datetime.time(2))
    starts = free_starts(rules(TORONTO, window), now=utc(2026, 10, 31, 12), limit=2)
    assert starts == [utc(2026, 11, 1, 5), utc(2026, 11, 1, 5, 30)]


def test_a_window_is_cut_into_whole_consultations():
    window = Window(TUESDAY, NOON, datetime.time(13, 10))
    starts = free_starts(rules(TORONTO, window, minutes=20), now=utc(2026, 3, 2, 12), limit=4)
    walls = [start.astimezone(TORONTO).strftime("%H:%M") for start in starts]
    assert walls == ["12:00", "12:20", "12:40", "12:00"]


def test_the_notice_hides_times_too_soon():
    now = utc(2026, 3, 3, 0)  # 19:00 on Monday in Toronto
    starts = free_starts(tuesday_noon(TORONTO, notice_hours=24), now=now)
    assert starts[0] == utc(2026, 3, 10, 16)


def test_nothing_is_offered_past_the_horizon():
    starts = free_starts(tuesday_noon(TORONTO, horizon_days=7), now=utc(2026, 3, 3, 18))
    assert starts == [utc(2026, 3, 10, 16)]


def test_a_day_off_has_no_times():
    day_off = datetime.date(2026, 3, 3)
    starts = free_starts(tuesday_noon(TORONTO, days_off=[day_off]), now=utc(2026, 3, 2, 12))
    assert starts[0] == utc(2026, 3, 10, 16)


def test_a_booked_time_and_any_time_overlapping_it_are_taken():
    window = Window(TUESDAY, NOON, datetime.time(13))
    taken = [(utc(2026, 3, 3, 17, 10), utc(2026, 3, 3, 17, 40))]
    starts = free_starts(rules(TORONTO, window), now=utc(2026, 3, 2, 12), taken=taken)
    assert utc(2026, 3, 3, 17) not in starts
    assert utc(2026, 3, 3, 17, 30) not in starts
    assert starts[0] == utc(2026, 3, 10, 16)


def test_overlapping_windows_offer_each_time_once():
    windows = (Window(TUESDAY, NOON, datetime.time(13)), Window(TUESDAY, NOON, datetime.time(13)))
    starts = free_starts(rules(TORONTO, *windows, horizon_days=2), now=utc(2026, 3, 2, 12))
    assert starts == [utc(2026, 3, 3, 17), utc(2026, 3, 3, 17, 30)]


def test_times_are_grouped_by_the_readers_day():
    late = [utc(2026, 3, 4, 2), utc(2026, 3, 4, 4)]  # Tuesday evening in Vancouver
    days = by_local_day(late, VANCOUVER)
    assert [day for day, _times in days] == [datetime.date(2026, 3, 3)]
    assert by_local_day(late, HALIFAX)[0][0] == datetime.date(2026, 3, 3)
    assert by_local_day(late, HALIFAX)[1][0] == datetime.date(2026, 3, 4)


def test_only_canadas_zones_are_known():
    assert canadian_zone("America/Regina") == REGINA
    for name in ("Europe/Paris", "America/Nowhere", "", "../etc/passwd"):
        with pytest.raises(UnknownZone):
            canadian_zone(name)
