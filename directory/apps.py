from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Accounts and places")

    def ready(self):
        from directory import gazetteer  # noqa: F401 (its places are dropped when one changes)
