from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TherapistsConfig(AppConfig):
    name = "therapists"
    verbose_name = _("Therapists")
