"""Approach and concern content is kept in English and French (django-modeltranslation).

Every text an approach or a concern must have, it must have in both languages: a French page
would otherwise show the English."""

from modeltranslation.translator import TranslationOptions, register

from modalities.models import Approach, Concern, Resource

APPROACH_REQUIRED = (
    "name",
    "summary",
    "what_it_is",
    "how_it_helps",
    "who_it_helps",
    "session_looks_like",
    "keywords",
)


@register(Approach)
class ApproachTranslation(TranslationOptions):
    # An abbreviation is optional, and each language has its own: CBT is TCC in French.
    required_languages = {"en": APPROACH_REQUIRED, "fr": APPROACH_REQUIRED}
    fields = (*APPROACH_REQUIRED, "short_name")


@register(Concern)
class ConcernTranslation(TranslationOptions):
    required_languages = ("en", "fr")
    fields = ("name", "description", "keywords")


@register(Resource)
class ResourceTranslation(TranslationOptions):
    fields = ("note",)
