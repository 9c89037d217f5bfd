"""A request reads what it needs from the shared cache once: each generation and vocabulary
once per request (directory/memo.py), through one Redis client per connection pool."""

from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from directory.generations import generation, generation_advance
from directory.memo import RequestMemoMiddleware
from modalities.models import Concern
from modalities.vocabulary import GENERATION_KEY as VOCABULARY_GENERATION
from modalities.vocabulary import vocabulary_terms
from tests import factories
from tests.outages import redis_down_caches

KEY = "test:generation"


class CountingCache:
    """Counts the reads of generations (the cache's get_or_set) through a module's cache."""

    def __init__(self, monkeypatch, module):
        self.reads = 0
        original = module.cache.get_or_set

        def get_or_set(*args, **kwargs):
            self.reads += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module.cache, "get_or_set", get_or_set)


def in_a_request(view):
    """What `view()` answers when called inside a request, as the middleware runs it."""
    answers = []

    def get_response(request):
        answers.append(view())
        return HttpResponse()

    RequestMemoMiddleware(get_response)(RequestFactory().get("/"))
    return answers[0]


def test_a_request_reads_a_generation_once_and_sees_its_own_advance(monkeypatch):
    import directory.generations as module

    counting = CountingCache(monkeypatch, module)

    def view():
        first, again = generation(KEY), generation(KEY)
        generation_advance(KEY)
        return first, again, generation(KEY)

    first, again, after = in_a_request(view)
    assert (first, again) == (1, 1)
    assert after == 2
    assert counting.reads == 2  # once, then once more after its own advance


def test_the_next_request_and_code_outside_requests_read_afresh(monkeypatch):
    import directory.generations as module

    counting = CountingCache(monkeypatch, module)
    assert in_a_request(lambda: generation(KEY)) == 1
    cache.set(KEY, 5, timeout=None)  # another process moved it on
    assert in_a_request(lambda: generation(KEY)) == 5
    generation(KEY)
    generation(KEY)
    assert counting.reads == 4  # once each request, and every time outside one


def test_a_request_reads_a_vocabulary_once(db, django_assert_num_queries):
    factories.ConcernFactory(slug="insomnia", name="Insomnia")

    def view():
        return [vocabulary_terms(Concern, "slug") for _ in range(5)]

    with django_assert_num_queries(1):
        terms = in_a_request(view)
    assert all(each is terms[0] for each in terms)
    assert [term.key for term in terms[0].values()] == ["insomnia"]


def test_the_redis_cache_keeps_one_client_per_connection_pool(settings):
    settings.CACHES = redis_down_caches()  # no server needed: clients connect when used
    from django.core.cache import cache as redis_cache

    client = redis_cache._cache.get_client(write=True)
    assert redis_cache._cache.get_client(write=False) is client  # one server: one pool
    assert redis_cache._cache.get_client("any key", write=True) is client


def concern_keys() -> list[str]:
    return [term.key for term in in_a_request(lambda: vocabulary_terms(Concern, "slug")).values()]


def test_a_process_keeps_a_vocabulary_and_reads_only_the_stamp_again(db, monkeypatch):
    import modalities.vocabulary as module

    factories.ConcernFactory(slug="insomnia", name="Insomnia")
    assert concern_keys() == ["insomnia"]
    counting = CountingCache(monkeypatch, module)
    reads = []
    original = module.cache.get_many
    monkeypatch.setattr(module.cache, "get_many", lambda keys: reads.append(keys) or original(keys))

    assert concern_keys() == ["insomnia"]
    assert counting.reads == 0  # the vocabulary is the process's own copy
    assert len(reads) == 1  # and its stamp, one round trip


def test_a_change_made_by_another_process_is_seen_at_the_next_request(db):
    factories.ConcernFactory(slug="insomnia", name="Insomnia")
    assert concern_keys() == ["insomnia"]
    factories.ConcernFactory(slug="grief", name="Grief")
    cache.incr(VOCABULARY_GENERATION)  # what vocabulary_cache_clear does, in another process

    assert concern_keys() == ["grief", "insomnia"]


def test_an_emptied_cache_is_noticed_though_its_generation_starts_again(db):
    factories.ConcernFactory(slug="insomnia", name="Insomnia")
    assert concern_keys() == ["insomnia"]
    factories.ConcernFactory(slug="grief", name="Grief")
    cache.clear()  # the generation is 1 again, as it was when the copy was read; the epoch isn't

    assert concern_keys() == ["grief", "insomnia"]
