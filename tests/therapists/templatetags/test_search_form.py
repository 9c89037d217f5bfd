"""The search form drawn in Python: inputs exactly as Django's widgets draw them, typed values
escaped, and each group a fieldset whose state (chosen, invalid, empty) is said in its markup."""

import pytest
from django.http import QueryDict
from django.urls import reverse

from therapists.search.filters import TherapistFilter
from therapists.templatetags.search_form import accepting_field, facet_field, field_input

pytestmark = pytest.mark.django_db


def search_form(query: str):
    """The search's form for a query, validated as a search validates it."""
    form = TherapistFilter(QueryDict(query)).form
    form.is_valid()
    return form


INPUTS = ("q", "place", "fee_max", "related", "free_consultation", "video", "wheelchair")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "q=anxiety&related=on&video=on&fee_max=120",
        'q="><script>alert(1)</script>&place=Trois-Rivières',
        "fee_max=abc&q=" + "x" * 201,  # invalid: aria-invalid and the error's id
        "fee_max=12.5&wheelchair=on&free_consultation=on",
    ],
)
def test_inputs_are_drawn_as_djangos_widgets_draw_them(query):
    form = search_form(query)
    for name in INPUTS:
        assert field_input(form[name]) == form[name].as_widget(), name


def test_a_typed_value_comes_back_escaped(client):
    typed = '"><script>alert(1)</script>'
    page = client.get(reverse("therapists:list"), {"q": typed}).content.decode()

    assert "<script>alert(1)</script>" not in page
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page


def test_a_ticked_box_stays_ticked_and_help_is_tied_to_its_field(client):
    page = client.get(reverse("therapists:list"), {"related": "on"}).content.decode()

    assert '<input type="checkbox" name="related" id="id_related" checked>' in page
    assert '<label for="id_related">Include related approaches</label>' in page
    assert 'aria-describedby="id_fee_max_helptext"' in page
    assert '<p class="field__help" id="id_fee_max_helptext">' in page


def test_a_facet_with_no_options_says_so():
    form = search_form("")
    drawn = facet_field(form["concern"], [])
    assert drawn.startswith('<fieldset class="choices facet">\n  <legend>Concern</legend>')
    assert '<p class="muted">No options for this search.</p>' in drawn


def test_the_new_clients_choice_checks_one_radio_and_ties_an_error_to_the_group():
    from therapists.search.facets import FacetOption

    options = [FacetOption("on", "Accepting new clients", 3, True)]
    chosen = accepting_field(search_form("accepting=on")["accepting"], options)
    assert 'id="accepting-any">' in chosen  # not checked
    assert 'id="accepting-on" checked> <label for="accepting-on">' in chosen
    assert 'Accepting new clients <span class="count">(3)</span>' in chosen

    nothing = accepting_field(search_form("")["accepting"], [])
    assert 'id="accepting-any" checked>' in nothing

    refused = accepting_field(search_form("accepting=bogus")["accepting"], [])
    assert refused.startswith('<fieldset class="choices facet" aria-describedby="accepting-error">')
    assert '<p class="field__error" id="accepting-error">Select a valid choice.' in refused
