"""The places each process holds for typed places: read once, looked up without a query, and
dropped when a city or postal area changes here or, through the generation, in another process."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.gazetteer import gazetteer
from directory.generations import VOCABULARY_GENERATION_KEY
from directory.geo import place_resolve
from tests import factories
from tests.directory.test_request_reads import in_a_request


def resolved(text: str, province: str | None = None):
    return in_a_request(lambda: place_resolve(text, province))


def test_a_place_is_looked_up_without_a_query_once_the_places_are_held(db):
    factories.CityFactory(name="Kingston", province="ON", population=120_000)
    factories.PostalAreaFactory(code="K7L", name="Kingston Central", province="ON")
    assert resolved("Kingston").province == "ON"
    assert resolved("K7L 3N6").town == "Kingston"

    with CaptureQueriesContext(connection) as queries:
        assert resolved("kingston, on").name == "Kingston"
        assert resolved("K7L").town == "Kingston"
    assert len(queries) == 0


def test_the_largest_city_of_a_name_comes_first_then_its_other_forms(db):
    factories.CityFactory(name="Windsor", province="QC", population=16_000)
    factories.CityFactory(name="Windsor", province="ON", population=217_000)
    factories.CityFactory(name="Greater Sudbury", province="ON", population=166_000)

    windsor = resolved("Windsor")
    assert (windsor.province, [other.label for other in windsor.namesakes]) == (
        "ON",
        ["Windsor, QC"],
    )
    assert resolved("Windsor", "QC").province == "QC"
    assert resolved("Sudbury").name == "Greater Sudbury"


def test_a_city_saved_in_this_process_is_found_at_once(db):
    assert resolved("Moncton") is None
    factories.CityFactory(name="Moncton", province="NB")

    assert resolved("Moncton").province == "NB"


def test_a_change_made_by_another_process_is_seen_at_the_next_request(db):
    city = factories.CityFactory(name="Gatineau", province="QC", latitude=45.48)
    assert resolved("Gatineau").latitude == 45.48
    type(city).objects.filter(pk=city.pk).update(latitude=45.5)  # no signal, as elsewhere
    assert gazetteer().by_name["gatineau"][0].latitude == 45.48  # still this process's copy

    cache.incr(VOCABULARY_GENERATION_KEY)  # what a committed change does, in another process
    assert resolved("Gatineau").latitude == 45.5


def test_loading_the_places_makes_every_process_read_them_again(
    db, django_capture_on_commit_callbacks
):
    """Its bulk writes send no signals: the load itself moves the generation once committed."""
    from directory.places import places_load

    factories.CityFactory(name="Kingston", province="ON")
    assert resolved("Kingston") is not None
    before = cache.get(VOCABULARY_GENERATION_KEY)
    with django_capture_on_commit_callbacks(execute=True):
        places_load()

    assert cache.get(VOCABULARY_GENERATION_KEY) > before
    assert resolved("Montréal").province == "QC"  # read again, with the loaded places


def test_while_the_cache_is_out_the_places_are_kept_a_minute_at_most(db, settings):
    """Nothing tells a change then: a copy lasts HELD_SECONDS, not until the next change."""
    import dataclasses

    import directory.gazetteer as module
    from tests.outages import redis_down_caches

    settings.CACHES = redis_down_caches()
    factories.CityFactory(name="Kingston", province="ON")
    assert resolved("Kingston") is not None
    with CaptureQueriesContext(connection) as queries:
        assert resolved("Kingston") is not None
    assert len(queries) == 0

    [held] = module._held
    assert held.until - module.HELD_SECONDS <= module.time.monotonic() < held.until
    module._held[:] = [dataclasses.replace(held, until=module.time.monotonic() - 1)]  # a minute on
    with CaptureQueriesContext(connection) as queries:
        assert resolved("Kingston") is not None
    assert len(queries) == 2  # the cities and the postal areas, read again
