"""The taxonomies of the export: this site's own vocabularies (approaches, concerns,
communities, and the age groups and session formats a profile ticks), published with the data
and linked from each service's attributes."""

import functools

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language

from modalities.models import Approach, Concern
from therapists.models import AGE_GROUP_FIELDS, SESSION_FORMAT_FIELDS, Community, Therapist
from therapists.public.opendata.values import _, absolute_url, field_label, hsds_id

# What a term of each taxonomy says of the service it is linked to: an attribute's `link_type`,
# which the specification's attribute schema requires (an open codelist).
LINK_TYPES = {
    "approaches": "approach",
    "concerns": "need",
    "communities": "audience",
    "age-groups": "eligibility",
    "session-formats": "session_format",
}


@functools.lru_cache(maxsize=512)
def term_id(taxonomy: str, code: str) -> str:
    return hsds_id("taxonomy_term", taxonomy, code)


def vocabulary_taxonomies() -> list[dict]:
    """The taxonomies the service attributes draw on, with where to read each in full."""
    site = str(settings.SITE_NAME)
    return [
        taxonomy_of("approaches", _("Approaches"), _("Therapeutic approaches"), site),
        taxonomy_of("concerns", _("Concerns"), _("What people seek help with"), site),
        taxonomy_of(
            "communities", _("Identities and communities"), _("Belongs to or affirms"), site
        ),
        taxonomy_of("age-groups", _("Age groups"), _("The ages a therapist sees"), site),
        taxonomy_of("session-formats", _("Session formats"), _("Who attends a session"), site),
    ]


def taxonomy_of(slug: str, name: str, description: str, site: str) -> dict:
    return {
        "id": hsds_id("taxonomy", slug),
        "name": f"{site}: {name}",
        "description": description,
        "uri": absolute_url(reverse("therapists:open_data")) + f"#taxonomy-{slug}",
        "version": None,
    }


def vocabulary_terms() -> dict[tuple[str, str], dict]:
    """Every term of the taxonomies, by (taxonomy, code): approaches link to their pages; the
    yes-or-no groups of a profile are terms too."""
    terms = {}
    for approach in Approach.objects.order_by("slug"):
        url = absolute_url(approach.get_absolute_url())
        terms["approaches", approach.slug] = term_of(
            "approaches", approach.slug, approach.label, approach.summary, url
        )
    for concern in Concern.objects.order_by("slug"):
        description = concern.description or concern.name
        terms["concerns", concern.slug] = term_of(
            "concerns", concern.slug, concern.name, description
        )
    for community in Community.objects.order_by("slug"):
        terms["communities", community.slug] = term_of(
            "communities", community.slug, community.name, community.name
        )
    for taxonomy, names in (
        ("age-groups", AGE_GROUP_FIELDS),
        ("session-formats", SESSION_FORMAT_FIELDS),
    ):
        for name in names:
            field = Therapist._meta.get_field(name)
            terms[taxonomy, name] = term_of(taxonomy, name, field_label(name), str(field.help_text))
    return terms


def term_of(taxonomy: str, code: str, name: str, description: str, url: str | None = None):
    return {
        "id": hsds_id("taxonomy_term", taxonomy, code),
        # Unique across the taxonomies, as the specification asks of a code.
        "code": f"{taxonomy}:{code}",
        "name": str(name),
        "description": str(description),
        "parent_id": None,
        # The taxonomy is named by taxonomy_id alone: the specification's JSON schema of a term
        # reads its "taxonomy" as the nested taxonomy object, the tabular one as free text.
        "language": get_language(),
        "taxonomy_id": hsds_id("taxonomy", taxonomy),
        "term_uri": url,
    }
