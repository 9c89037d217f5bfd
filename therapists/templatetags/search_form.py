"""The search form's option lists, drawn in Python.

A search page carries about 150 options (provinces twice, insurers, approaches, concerns,
languages, communities...). Drawn by a template loop each costs tens of microseconds; joined
here with format_html_join, which escapes every value the same way, a few. The markup is the
one the templates around them expect: ids `id_<name>_<n>` for choices, `<name>-<value>` for
facets.
"""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

SELECTED = mark_safe(" selected")
CHECKED = mark_safe(" checked")
INVALID = mark_safe(' aria-invalid="true"')
NOTHING = ""


@register.simple_tag
def select_options(options) -> SafeString:
    """<option>s of a select, the visitor's choice selected."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((o.value, SELECTED if o.chosen else NOTHING, o.label) for o in options),
    )


@register.simple_tag
def choice_checkboxes(name, options, invalid=False) -> SafeString:
    """A checkbox and its label per option of a group, the visitor's choices checked."""
    return format_html_join(
        "",
        '<div class="check"><input type="checkbox" name="{0}" value="{1}" id="id_{0}_{2}"{3}{4}>'
        ' <label for="id_{0}_{2}">{5}</label></div>',
        (
            (
                name,
                o.value,
                n,
                CHECKED if o.chosen else NOTHING,
                INVALID if invalid else NOTHING,
                o.label,
            )
            for n, o in enumerate(options)
        ),
    )


@register.simple_tag
def facet_checkboxes(name, options) -> SafeString:
    """A checkbox per facet option, with how many results choosing it alone would give."""
    return format_html_join(
        "\n",
        '<div class="check"><input type="checkbox" name="{0}" value="{1}" id="{0}-{1}"{2}>'
        ' <label for="{0}-{1}">{3} <span class="count">({4})</span></label></div>',
        ((name, o.value, CHECKED if o.chosen else NOTHING, o.label, o.count) for o in options),
    )
