"""Reading the shortlist in an address (?t=slug1,slug2): order kept, duplicates and junk dropped,
six at most, and an address too long to be a shortlist refused."""

import pytest
from django.http import QueryDict

from therapists.public.shortlist import (
    SHORTLIST_MAX,
    SHORTLIST_TEXT_MAX,
    ShortlistTooLong,
    shortlist_or_empty,
    shortlist_query,
    shortlist_read,
)


def read(query: str):
    return shortlist_read(QueryDict(query))


def test_the_list_keeps_the_order_the_visitor_kept_them_in():
    assert read("t=zoe-li,amira-haddad,boris-chen").slugs == (
        "zoe-li",
        "amira-haddad",
        "boris-chen",
    )


def test_a_profile_kept_twice_counts_once_where_it_was_first_kept():
    assert read("t=b,a,b,a,c").slugs == ("b", "a", "c")


def test_spaces_and_empty_items_are_ignored():
    assert read("t= a ,, b ,").slugs == ("a", "b")


def test_several_t_parameters_read_as_one_list():
    assert read("t=a,b&t=c").slugs == ("a", "b", "c")


def test_no_list_is_an_empty_shortlist():
    shortlist = read("q=anxiety")

    assert shortlist.slugs == () and shortlist.over == 0 and shortlist.unreadable == 0
    assert not shortlist


def test_beyond_six_the_first_six_are_kept_and_the_rest_counted():
    slugs = [f"person-{n}" for n in range(9)]

    shortlist = read("t=" + ",".join(slugs))

    assert shortlist.slugs == tuple(slugs[:SHORTLIST_MAX])
    assert shortlist.over == 3


def test_items_that_cannot_be_a_profile_address_are_left_out_and_counted():
    shortlist = read("t=amira,<script>,../etc,caf%C3%A9,boris")

    assert shortlist.slugs == ("amira", "boris")
    assert shortlist.unreadable == 3


def test_an_address_too_long_to_be_a_shortlist_is_refused():
    with pytest.raises(ShortlistTooLong):
        read("t=" + "a" * (SHORTLIST_TEXT_MAX + 1))


def test_pages_that_only_show_the_list_read_a_refused_one_as_empty():
    assert shortlist_or_empty(QueryDict("t=" + "a," * SHORTLIST_TEXT_MAX)).slugs == ()


def test_adding_and_removing_keep_the_order_and_add_once():
    shortlist = read("t=a,b")

    assert shortlist.adding("c") == ("a", "b", "c")
    assert shortlist.adding("a") == ("a", "b")
    assert shortlist.removing("a") == ("b",)


def test_the_query_keeps_the_search_and_readable_commas():
    query = QueryDict("place=Toronto&t=old&page=2")

    assert shortlist_query(query, ("a", "b")) == "place=Toronto&page=2&t=a,b"
    assert shortlist_query(query, ()) == "place=Toronto&page=2"
