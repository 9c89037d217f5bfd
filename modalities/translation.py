"""Approach and concern content is kept in English and French (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from modalities.models import Concern, Modality, Resource


@register(Modality)
class ModalityTranslation(TranslationOptions):
    fields = (
        "name",
        "summary",
        "what_it_is",
        "how_it_helps",
        "who_it_helps",
        "session_looks_like",
        "keywords",
    )


@register(Concern)
class ConcernTranslation(TranslationOptions):
    fields = ("name", "description", "keywords")


@register(Resource)
class ResourceTranslation(TranslationOptions):
    fields = ("note",)
