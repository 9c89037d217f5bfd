"""Posting the admin's change forms as a staff member would, changing one thing."""

from django.forms import FileField


def admin_form_data(response) -> dict:
    """What the admin's change form would post back unchanged, inline formsets included."""
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for name, field in form.fields.items():
            value = form[name].value()
            if value is None or value is False or isinstance(field, FileField):
                continue
            if isinstance(value, list | tuple):
                value = [getattr(v, "pk", v) for v in value]
            data[form.add_prefix(name)] = "on" if value is True else value
    return data
