"""The search form, drawn in Python: its fields, their option lists and inputs.

A search page carries some twenty fields and about 150 options (provinces three times,
insurers, approaches, concerns, languages, communities...). Drawn by included templates, a field
cost some fifty microseconds and an option tens; here a field is one string format, and each
option's markup is built once and kept: the fixed lists' once per Choices (one language's
options, therapists/search/forms.py), chosen and not, so that a page only picks one of the two;
a facet option's once per label, with its count put in per page. Every value is escaped as a
template escapes it (therapists/templatetags/markup.py). The markup ties each control to its
label, help and errors by id (aria-invalid and aria-describedby on an invalid one), and a group
of checkboxes or radios is a fieldset named by its legend: ids `id_<name>` for fields,
`id_<name>_<n>` for choices, `<name>-<value>` for facets.
"""

from functools import lru_cache

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from therapists.templatetags.markup import joined, markup

register = template.Library()

SELECTED = mark_safe(" selected")
CHECKED = mark_safe(" checked")
INVALID = mark_safe(' aria-invalid="true"')
NOTHING = ""

OPTION = '<option value="{}"{}>{}</option>'
CHECKBOX = (
    '<div class="check"><input type="checkbox" name="{0}" value="{1}" id="id_{0}_{2}"{3}{4}>'
    ' <label for="id_{0}_{2}">{5}</label></div>'
)


@lru_cache(maxsize=128)
def options_markup(choices, name: str, *, checkboxes: bool, invalid: bool):
    """Each option's (value, markup, markup when chosen): a select's <option>s, or a group's
    checkboxes (marked invalid, with the field's errors)."""
    if not checkboxes:
        return tuple(
            (
                value,
                markup(OPTION, value, NOTHING, label),
                markup(OPTION, value, SELECTED, label),
            )
            for value, label in choices.pairs
        )
    aria = INVALID if invalid else NOTHING
    return tuple(
        (
            value,
            markup(CHECKBOX, name, value, n, NOTHING, aria, label),
            markup(CHECKBOX, name, value, n, CHECKED, aria, label),
        )
        for n, (value, label) in enumerate(choices.pairs)
    )


def options_drawn(field, *, checkboxes: bool, invalid: bool = False) -> SafeString:
    form = field.form
    chosen = form.chosen(field.name)
    options = options_markup(
        form.choices[field.name], field.html_name, checkboxes=checkboxes, invalid=invalid
    )
    return SafeString("".join(on if value in chosen else off for value, off, on in options))


def select_options(field) -> SafeString:
    """<option>s of a search form's select, the visitor's choice selected."""
    return options_drawn(field, checkboxes=False)


def choice_checkboxes(field) -> SafeString:
    """A checkbox and its label per option of a search form's group, the visitor's choices
    checked (and every one marked invalid when the field has errors)."""
    return options_drawn(field, checkboxes=True, invalid=bool(field.errors))


@lru_cache(maxsize=2048)
def facet_markup(name: str, value: str, label: str) -> tuple[SafeString, SafeString]:
    """A facet option's markup before its "checked", and from there up to its count."""
    return (
        markup(
            '<div class="check"><input type="checkbox" name="{0}" value="{1}" id="{0}-{1}"',
            name,
            value,
        ),
        markup('> <label for="{0}-{1}">{2} <span class="count">(', name, value, label),
    )


def facet_checkboxes(name, options) -> SafeString:
    """A checkbox per facet option, with how many results choosing it alone would give."""
    drawn = []
    for option in options:
        start, label = facet_markup(name, option.value, option.label)
        checked = CHECKED if option.chosen else NOTHING
        drawn.append(f"{start}{checked}{label}{option.count:d})</span></label></div>")
    return SafeString("\n".join(drawn))


# The widget templates that draw a single <input> (django/forms/widgets/input.html).
INPUT_TEMPLATES = {
    "django/forms/widgets/input.html",
    "django/forms/widgets/text.html",
    "django/forms/widgets/number.html",
    "django/forms/widgets/checkbox.html",
}


def field_input(field) -> SafeString:
    """A field's <input> as its widget's template draws it, without rendering that template.

    The attributes are the ones the BoundField gives (required, aria-invalid, aria-describedby,
    the id) and the widget's own; any other widget is drawn by Django as usual."""
    widget = field.field.widget
    if widget.template_name not in INPUT_TEMPLATES or field.field.localize:
        return field.as_widget()
    attrs = field.build_widget_attrs({}, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    drawn = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    value = drawn["value"]
    return markup(
        '<input type="{}" name="{}"{}{}>',
        drawn["type"],
        drawn["name"],
        NOTHING if value is None else markup(' value="{}"', str(value)),
        attributes(drawn["attrs"]),
    )


def attributes(attrs: dict) -> SafeString:
    """HTML attributes as django/forms/widgets/attrs.html writes them: False left out, True bare."""
    return SafeString(
        "".join(
            markup(" {}", name) if value is True else markup(' {}="{}"', name, str(value))
            for name, value in attrs.items()
            if value is not False
        )
    )


def errors_html(field, error_id: str = "") -> SafeString:
    """The field's errors, in one paragraph its control names by id."""
    return markup(
        '<p class="field__error" id="{}">{}</p>',
        error_id or f"{field.auto_id}_error",
        joined(field.errors, " "),
    )


def field_html(field, control: SafeString) -> SafeString:
    """A field of the search form: its label, help, control and errors."""
    parts = [markup('<label for="{}">{}</label>', field.id_for_label, field.label)]
    if field.help_text:
        parts.append(
            markup('<p class="field__help" id="{}_helptext">{}</p>', field.auto_id, field.help_text)
        )
    parts.append(control)
    if field.errors:
        parts.append(errors_html(field))
    state = " field--error" if field.errors else ""
    return SafeString(f'<div class="field{state}">\n  ' + "\n  ".join(parts) + "\n</div>")


@register.simple_tag
def text_field(field) -> SafeString:
    """A typed field (words, a place, a fee) with its label, help and errors."""
    return field_html(field, field_input(field))


@register.simple_tag
def select_field(field, empty_label: str = "") -> SafeString:
    """A select with its label and errors; empty_label names its empty option, if it has one."""
    invalid = (
        markup(' aria-invalid="true" aria-describedby="{}_error"', field.auto_id)
        if field.errors
        else NOTHING
    )
    empty = markup('\n    <option value="">{}</option>', empty_label) if empty_label else NOTHING
    control = markup(
        '<select name="{}" id="{}"{}>{}\n    {}\n  </select>',
        field.html_name,
        field.id_for_label,
        invalid,
        empty,
        select_options(field),
    )
    return field_html(field, control)


@register.simple_tag
def check_field(field) -> SafeString:
    """A single checkbox and its label."""
    return markup(
        '<div class="check">{} <label for="{}">{}</label></div>',
        field_input(field),
        field.id_for_label,
        field.label,
    )


def group_html(legend, parts: list, *, classes: str, described_by: str = "") -> SafeString:
    """A fieldset of checkboxes or radios, named by its legend."""
    described = markup(' aria-describedby="{}"', described_by) if described_by else NOTHING
    start = markup('<fieldset class="{}"{}>\n  <legend>{}</legend>', classes, described, legend)
    return SafeString("\n  ".join([start, *parts]) + "\n</fieldset>")


@register.simple_tag
def choice_field(field) -> SafeString:
    """A group of checkboxes, one per option; an invalid one is tied to its message."""
    parts = [choice_checkboxes(field)]
    if field.errors:
        parts.append(errors_html(field))
    described_by = f"{field.auto_id}_error" if field.errors else ""
    return group_html(field.label, parts, classes="choices", described_by=described_by)


@register.simple_tag
def facet_field(field, options) -> SafeString:
    """A facet: a checkbox per option with its count, or a word that there is none."""
    if options:
        parts = [facet_checkboxes(field.html_name, options)]
    else:
        parts = [markup('<p class="muted">{}</p>', _("No options for this search."))]
    parts.extend(markup('<p class="field__error">{}</p>', error) for error in field.errors)
    return group_html(field.label, parts, classes="choices facet")


@register.simple_tag
def accepting_field(field, options) -> SafeString:
    """The new-clients filter: one choice of radios, each option with how many it finds."""
    name = field.html_name
    radio = (
        '<div class="check"><input type="radio" name="{0}" value="{1}" id="{0}-{2}"{3}>'
        ' <label for="{0}-{2}">{4}</label></div>'
    )
    parts = [
        markup(radio, name, "", "any", NOTHING if field.value() else CHECKED, _("No preference"))
    ]
    parts.extend(
        markup(
            radio,
            name,
            option.value,
            option.value,
            CHECKED if option.chosen else NOTHING,
            markup('{} <span class="count">({})</span>', option.label, option.count),
        )
        for option in options
    )
    error_id = f"{name}-error"
    if field.errors:
        parts.append(errors_html(field, error_id))
    described_by = error_id if field.errors else ""
    return group_html(field.label, parts, classes="choices facet", described_by=described_by)
