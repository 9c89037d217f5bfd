"""Vocabulary names kept in English and French (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from therapists.models import Community, Coverage, Insurer, Language, RegulatoryBody


@register(Language)
class LanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(Community)
class CommunityTranslation(TranslationOptions):
    fields = ("name",)


@register(Insurer)
class InsurerTranslation(TranslationOptions):
    fields = ("name",)


@register(RegulatoryBody)
class RegulatoryBodyTranslation(TranslationOptions):
    fields = ("name",)


@register(Coverage)
class CoverageTranslation(TranslationOptions):
    fields = ("designation",)
