"""Vocabularies kept by staff: languages, insurers, communities and regulatory bodies."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from directory.models import Province


class Language(models.Model):
    """A language in which a therapist offers sessions."""

    code = models.CharField(
        _("code"), max_length=8, unique=True, help_text=_("ISO 639 code, e.g. en, fr, pa.")
    )
    name = models.CharField(_("name"), max_length=60, help_text=_("Name, e.g. French."))

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def name_in_sentence(self) -> str:
        """The name as it reads inside a phrase: French writes language names in lower case
        ("Sous-titres (anglais)"), English capitalizes them."""
        return self.name.lower() if translation.get_language() == "fr" else self.name


class Insurer(models.Model):
    """An extended health insurer that a therapist may bill directly."""

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in search links."))
    name = models.CharField(_("name"), max_length=120, help_text=_("e.g. Sun Life."))

    class Meta:
        verbose_name = _("insurer")
        verbose_name_plural = _("insurers")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Community(models.Model):
    """An identity or community a therapist belongs to or affirms, e.g. LGBTQ+-affirming."""

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in search links."))
    name = models.CharField(_("name"), max_length=80, help_text=_("e.g. LGBTQ+-affirming."))

    class Meta:
        verbose_name = _("identity or community")
        verbose_name_plural = _("identities and communities")
        ordering = ["name"]

    def __str__(self):
        return self.name


class RegulatoryBody(models.Model):
    """A regulatory college, or a voluntary association, that registers practitioners."""

    class Kind(models.TextChoices):
        REGULATOR = "regulator", _("Regulatory college")
        ASSOCIATION = "association", _("Voluntary association")

    class Profession(models.TextChoices):
        PSYCHOTHERAPY = "psychotherapy", _("Psychotherapy and counselling")
        PSYCHOLOGY = "psychology", _("Psychology")
        SOCIAL_WORK = "social-work", _("Social work")

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Stable identifier."))
    name = models.CharField(_("name"), max_length=200, help_text=_("Full legal name."))
    acronym = models.CharField(_("acronym"), max_length=20, help_text=_("e.g. CRPO."))
    province = models.CharField(
        _("province"),
        max_length=2,
        choices=Province.choices,
        blank=True,
        help_text=_("Where it registers practitioners; blank for a national body."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=12,
        choices=Kind.choices,
        help_text=_("A regulator grants a licence; an association's membership is voluntary."),
    )
    profession = models.CharField(
        _("profession"), max_length=20, choices=Profession.choices, help_text=_("Field.")
    )
    protected_titles = models.JSONField(
        _("titles and designations"),
        default=list,
        blank=True,
        help_text=_('The titles it grants, e.g. ["Registered Psychotherapist (RP)"].'),
    )
    public_register_url = models.URLField(
        _("public register"),
        blank=True,
        help_text=_("Where anyone can look up a practitioner's registration."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("Home page."))

    class Meta:
        verbose_name = _("regulatory body")
        verbose_name_plural = _("regulatory bodies")
        ordering = ["province", "acronym"]

    def __str__(self):
        return f"{self.acronym} ({self.province or _('national')})"

    @property
    def is_regulator(self) -> bool:
        return self.kind == self.Kind.REGULATOR
