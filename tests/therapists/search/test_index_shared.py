"""A word's rows read by one process are taken by the others holding the same rows, from the
shared cache (therapists/search/index/words.py: postings_shared)."""

import numpy as np
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.therapists.public.api.directory import directory_make
from therapists.models import SearchIndexVersion
from therapists.search.index import held
from therapists.search.index import words as words_module

WORDS = ["'anxieti'", "'compass'", "'zzzzqx'"]


def index_now():
    """An index as a process makes it, for the database's rows as they are."""
    return held.index_read("default", held.version_read("default"))


def postings_with_reads(index) -> tuple[dict, int]:
    """The words' rows for this index, and how many statements read words' rows."""
    with CaptureQueriesContext(connection) as queries:
        postings = words_module.postings_shared(index, "default", WORDS)
    return postings, sum("@@ word::tsquery" in q["sql"] for q in queries.captured_queries)


def test_a_word_read_by_one_process_is_taken_by_another_holding_the_same_rows(db):
    directory_make()
    mine, my_reads = postings_with_reads(index_now())
    theirs, their_reads = postings_with_reads(index_now())

    assert (my_reads, their_reads) == (1, 0)
    assert mine["'anxieti'"].matching.any() and not mine["'zzzzqx'"].matching.any()
    for word in WORDS:
        for part in ("matching", "ranking", "ranked", "scores"):
            assert np.array_equal(getattr(mine[word], part), getattr(theirs[word], part))


def test_other_rows_read_their_words_afresh(db):
    people = directory_make()
    postings_with_reads(index_now())
    people[0].delete()  # the rows after it are numbered one lower
    _postings, reads = postings_with_reads(index_now())
    assert reads == 1


def test_rows_read_without_a_version_are_not_shared(db):
    directory_make()
    SearchIndexVersion.objects.all().delete()
    postings_with_reads(index_now())
    _postings, reads = postings_with_reads(index_now())
    assert reads == 1
