from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TherapistsConfig(AppConfig):
    name = "therapists"
    verbose_name = _("Therapists")

    def ready(self):
        from directory.signals import process_ready
        from therapists.search.index.held import indexes_make
        from therapists.search.spelling import lexicon_make

        process_ready.connect(indexes_make, dispatch_uid="search-index")
        process_ready.connect(lexicon_make, dispatch_uid="search-lexicon")
