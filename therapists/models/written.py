"""Text a therapist wrote, with the language it is written in (WCAG 2.2, 3.1.2 Language of
Parts): a page shows the version in its own language when there is one, else the other, and
marks the text with `lang` whenever that differs from the page's language.

The profile's `headline` and `bio` are in `text_language`; `headline_other` and `bio_other`
optionally give them in the other language (docs/self-service.md says why this shape)."""

import html
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory.text import single_line_validate


def page_language() -> str:
    """The active language's code without its region ("fr" for "fr-ca")."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


@dataclass(frozen=True)
class WrittenText:
    """One text as a page shows it: the words, their language, and the page's language."""

    text: str
    language: str
    page_language: str

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)

    @property
    def foreign(self) -> bool:
        """Written in another language than the page's."""
        return bool(self.text) and self.language != self.page_language

    @property
    def lang_attribute(self) -> SafeString:
        """` lang="fr"` for an element holding the text on a page in another language; nothing
        on a page of the text's own language (the page's `lang` already says it)."""
        return (
            SafeString(f' lang="{html.escape(self.language)}"') if self.foreign else SafeString("")
        )


def written_for_page(versions: dict[str, str]) -> WrittenText:
    """The version in the page's language when it has words, else the first that has (the
    versions in order of preference: the one written first, then its translation)."""
    language = page_language()
    if versions.get(language, "").strip():
        return WrittenText(versions[language], language, language)
    for code, text in versions.items():
        if text.strip():
            return WrittenText(text, code, language)
    return WrittenText("", language, language)


class WrittenTexts(models.Model):
    """The language of a profile's headline and about text, their versions in the other
    language, and the version each page shows; mixed into Therapist."""

    text_language = models.CharField(
        _("written in"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the headline and the about text."),
    )
    headline_other = models.CharField(
        _("headline in the other language"),
        max_length=160,
        blank=True,
        validators=[single_line_validate],
        help_text=_("Optional: the headline in the language it is not written in."),
    )
    bio_other = models.TextField(
        _("about, in the other language"),
        blank=True,
        help_text=_("Optional: the about text in the language it is not written in."),
    )

    class Meta:
        abstract = True

    @property
    def other_language(self) -> str:
        """The language the headline and the about text are not written in."""
        return next(code for code, _name in settings.LANGUAGES if code != self.text_language)

    def written(self, field: str) -> WrittenText:
        """The headline or the about text ("headline", "bio") as this page shows it: in the
        page's language when the therapist wrote that version, else the other."""
        return written_for_page(
            {
                self.text_language: getattr(self, field),
                self.other_language: getattr(self, f"{field}_other"),
            }
        )

    @property
    def shown_headline(self) -> WrittenText:
        return self.written("headline")

    @property
    def shown_bio(self) -> WrittenText:
        return self.written("bio")
