from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from modalities.models import Approach, Concern, Resource
from modalities.vocabulary import VocabularyAdminMixin


@admin.register(Approach)
class ApproachAdmin(VocabularyAdminMixin, TranslationAdmin):
    list_display = ["name", "short_name", "family", "slug"]
    list_filter = ["family"]
    search_fields = ["name", "short_name", "slug", "summary"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["related"]


@admin.register(Concern)
class ConcernAdmin(VocabularyAdminMixin, TranslationAdmin):
    list_display = ["name", "slug", "description"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Resource)
class ResourceAdmin(TranslationAdmin):
    list_display = ["title", "author", "year", "kind", "publisher"]
    list_filter = ["kind", "approaches"]
    search_fields = ["title", "author", "publisher"]
    filter_horizontal = ["approaches"]
