"""Profile views counted by day: how many, never who."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProfileViewDay(models.Model):
    """How many times a profile was viewed on one day; no visitor data is kept."""

    therapist = models.ForeignKey(
        "Therapist",
        on_delete=models.CASCADE,
        related_name="view_days",
        verbose_name=_("therapist"),
        help_text=_("Whose profile."),
    )
    date = models.DateField(_("date"), help_text=_("The day counted."))
    views = models.PositiveIntegerField(_("views"), default=0, help_text=_("Views that day."))

    class Meta:
        verbose_name = _("profile views on a day")
        verbose_name_plural = _("profile views by day")
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["therapist", "date"], name="profileviewday_unique_day")
        ]

    def __str__(self):
        return f"{self.therapist} {self.date}: {self.views}"
