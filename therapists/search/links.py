"""The link tables behind Therapist's many-to-many fields, which the search rows are made from."""

from django.db import models

from therapists.models import Therapist


def link_table(field: str) -> tuple[type[models.Model], str]:
    """The table behind one of Therapist's many-to-many fields, and its column for the other
    side (e.g. concerns: the through model and "concern_id")."""
    return getattr(Therapist, field).through, Therapist._meta.get_field(field).m2m_reverse_name()
