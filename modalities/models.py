"""The vocabulary of therapy: approaches, the concerns people bring, and reading lists."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Family(models.TextChoices):
    """Broad groupings of approaches, used to arrange the approach index."""

    COMPASSION = "compassion", _("Compassion-based")
    MINDFULNESS = "mindfulness", _("Mindfulness-based")
    COGNITIVE_BEHAVIOURAL = "cognitive-behavioural", _("Cognitive and behavioural")
    HUMANISTIC = "humanistic", _("Humanistic and experiential")
    PSYCHODYNAMIC = "psychodynamic", _("Psychodynamic")
    TRAUMA = "trauma", _("Trauma-focused")
    SYSTEMIC = "systemic", _("Relational and systemic")


class ApproachQuerySet(models.QuerySet):
    def for_labels(self):
        """Only what a label or a link needs: an approach's page texts are kilobytes that a list
        of approaches never shows."""
        return self.only("slug", "name", "short_name")


class Approach(models.Model):
    """A therapeutic approach, with a plain-language page about it."""

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in URLs and search links."))
    name = models.CharField(
        _("name"), max_length=120, help_text=_("Full name, e.g. Compassion-Focused Therapy.")
    )
    short_name = models.CharField(
        _("short name"),
        max_length=20,
        blank=True,
        help_text=_("Common abbreviation, e.g. CFT. Leave blank when there is none."),
    )
    family = models.CharField(
        _("family"),
        max_length=30,
        choices=Family.choices,
        help_text=_("The broad grouping this approach belongs to."),
    )
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One sentence for lists and search results.")
    )
    what_it_is = models.TextField(_("what it is"), help_text=_("Plain-language description."))
    how_it_helps = models.TextField(_("how it helps"), help_text=_("What changes, and how."))
    who_it_helps = models.TextField(
        _("who it may help"), help_text=_("People and concerns it is often used for.")
    )
    session_looks_like = models.TextField(
        _("what a session looks like"), help_text=_("What a client can expect in the room.")
    )
    keywords = models.CharField(
        _("other words"),
        max_length=300,
        blank=True,
        help_text=_("Other words people search with, comma-separated, e.g. anxious, worried."),
    )
    related = models.ManyToManyField(
        "self",
        symmetrical=True,
        blank=True,
        verbose_name=_("related approaches"),
        help_text=_("Approaches close to this one; searches can widen to them."),
    )

    objects = ApproachQuerySet.as_manager()

    class Meta:
        verbose_name = _("approach")
        verbose_name_plural = _("approaches")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("modalities:detail", kwargs={"slug": self.slug})

    @property
    def label(self) -> str:
        return self.label_of(self.name, self.short_name)

    @staticmethod
    def label_of(name: str, short_name: str) -> str:
        """The name with its abbreviation, e.g. "Compassion-Focused Therapy (CFT)"."""
        return f"{name} ({short_name})" if short_name else name


class Concern(models.Model):
    """Something a person may seek help with: an area of focus for a therapist."""

    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in URLs and search links."))
    name = models.CharField(_("name"), max_length=120, help_text=_("e.g. Anxiety, Grief."))
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("A short plain-language description."),
    )
    keywords = models.CharField(
        _("other words"),
        max_length=300,
        blank=True,
        help_text=_("Other words people search with, comma-separated, e.g. anxious, worried."),
    )

    class Meta:
        verbose_name = _("concern")
        verbose_name_plural = _("concerns")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Resource(models.Model):
    """A book or article recommended for readers curious about one or more approaches."""

    class Kind(models.TextChoices):
        BOOK = "book", _("Book")
        ARTICLE = "article", _("Article")

    title = models.CharField(_("title"), max_length=250, help_text=_("Title as published."))
    author = models.CharField(_("author"), max_length=250, help_text=_("Author or authors."))
    year = models.PositiveSmallIntegerField(_("year"), help_text=_("Year of publication."))
    publisher = models.CharField(
        _("publisher"), max_length=200, blank=True, help_text=_("Publisher or journal.")
    )
    kind = models.CharField(
        _("kind"), max_length=10, choices=Kind.choices, default=Kind.BOOK, help_text=_("Format.")
    )
    note = models.TextField(
        _("note"), blank=True, help_text=_("Why it is worth reading, in a sentence or two.")
    )
    approaches = models.ManyToManyField(
        Approach,
        related_name="resources",
        verbose_name=_("approaches"),
        help_text=_("The approaches this resource explains."),
    )

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(
                fields=["title", "author"], name="resource_unique_title_author"
            ),
            models.CheckConstraint(
                condition=models.Q(year__gte=1800, year__lte=2100), name="resource_year_range"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.author}, {self.year})"
