"""French typography: a no-break space (U+00A0) before : ; ? and !, so that the mark never starts
a line and "Nom : Marie" reads as French, in emails and on pages alike.

The rule reads the French catalogue itself, so a new translation that forgets the space fails
here; the email tests below check that labels the templates used to join to a colon by hand now
go through the catalogue too."""

import ast
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"
NO_BREAK_SPACE = "\u00a0"

# Text where a mark is code, not prose: HTML tags (href="tel:988"), entities (&amp;), URLs, and
# brace placeholders with a format spec ({when:%H:%M}).
NOT_PROSE = re.compile(r"<[^>]*>|&#?\w+;|\b[a-z][a-z0-9+.-]*://\S*|\{[^}]*\}")
# A mark after a word, a number, a placeholder such as %(name)s, or a closing quote or bracket,
# with no space or an ordinary one before it.
MISSING_SPACE = re.compile(r"(?<=[\w»\u201d\u2019\")\]])( *)([:;?!])")


def is_code(text: str, mark: re.Match) -> bool:
    """A time (10:30), a query string (?q=) or an operator (!=): no space belongs there."""
    before, after = text[: mark.start()], text[mark.end() :]
    if mark.group(1):
        return False
    if mark.group(2) == ":" and before[-1:].isdigit() and after[:1].isdigit():
        return True
    return after[:1] == "=" or bool(mark.group(2) == "?" and re.match(r"\w+=", after))


def typography_offences(text: str) -> list[str]:
    """Each mark in a French text that lacks its no-break space, with a little context."""
    prose = NOT_PROSE.sub("", text)
    return [
        prose[max(mark.start() - 15, 0) : mark.end() + 5]
        for mark in MISSING_SPACE.finditer(prose)
        if not is_code(prose, mark)
    ]


def catalogue_entries(path: Path = CATALOGUE) -> list[dict[str, str]]:
    """The catalogue's live entries as {"msgid": ..., "msgstr": ...} (plural forms as
    "msgstr[0]", ...), read straight from the .po so that no compiled copy can hide a string."""
    entries, entry, field = [], {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        keyword = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (\".*\")$", line)
        if keyword:
            if keyword.group(1) in ("msgctxt", "msgid") and any(
                k.startswith("msgstr") for k in entry
            ):
                entries.append(entry)
                entry = {}
            field = keyword.group(1)
            entry[field] = ast.literal_eval(keyword.group(2))
        elif line.startswith('"') and field:
            entry[field] += ast.literal_eval(line)
        else:  # a comment, an obsolete "#~" entry or a blank line ends the current field
            field = None
    if entry:
        entries.append(entry)
    return [entry for entry in entries if entry.get("msgid")]  # the header has an empty msgid


def translations(entry: dict[str, str]) -> list[str]:
    return [text for key, text in entry.items() if key.startswith("msgstr")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Nom: Marie", 1),
        ("Nom : Marie", 1),
        ("Mot de passe oublié?", 1),
        ("Bravo !", 1),
        ("C'est gratuit; nous vérifions", 1),
        ("%(name)s: bonjour", 1),
        ("« Supprimer »? Oui", 1),
        ("Raison\u00a0: %(reason)s", 0),
        ("« Supprimer »\u00a0? Oui\u00a0!", 0),
        ("Visitez https://example.ca/a?b=1 à 10:30", 0),
        ('Appelez le <a href="tel:988">9-8-8</a>', 0),
        ("Ouvert &amp; fermé", 0),
        ("Le {when:%H:%M}", 0),
    ],
)
def test_the_rule_catches_missing_spaces_but_not_code(text, count):
    assert len(typography_offences(text)) == count


def test_the_catalogue_is_read_whole():
    entries = catalogue_entries()
    by_id = {entry["msgid"]: entry for entry in entries}
    assert len(entries) > 500
    assert by_id["Name: %(name)s"]["msgstr"] == "Nom\u00a0: %(name)s"


def test_every_french_translation_has_a_no_break_space_before_high_punctuation():
    offences = {
        entry["msgid"]: found
        for entry in catalogue_entries()
        for text in translations(entry)
        if (found := typography_offences(text))
    }
    assert offences == {}


def french(template: str, **context) -> str:
    with translation.override("fr"):
        return render_to_string(template, context)


def test_the_french_request_email_puts_the_space_before_each_label_colon():
    inquiry = SimpleNamespace(
        purpose="consultation",
        name="Marie Tremblay",
        email="marie@example.ca",
        phone="514-555-0100",
        message="Bonjour",
        get_preferred_contact_display=lambda: "Courriel",
    )
    body = french(
        "therapists/email/inquiry_body.txt",
        inquiry=inquiry,
        therapist=SimpleNamespace(display_name="Dre Roy"),
        inquiry_url="https://example.ca/inbox/1/",
        retention_days=90,
    )
    assert "Nom\u00a0: Marie Tremblay" in body
    assert "Courriel\u00a0: marie@example.ca" in body
    assert "Téléphone\u00a0: 514-555-0100" in body
    assert "Mode de contact préféré\u00a0: Courriel" in body
    assert typography_offences(body.replace("https://example.ca/inbox/1/", "")) == []


def test_the_french_booking_email_to_the_therapist_puts_the_space_before_each_colon():
    booking = SimpleNamespace(
        name="Marie Tremblay",
        email="marie@example.ca",
        phone="",
        status="booked",
        get_way_display=lambda: "Vidéo",
    )
    body = french(
        "therapists/email/booking_body.txt",
        reader="therapist",
        event="booked",
        booking=booking,
        therapist=SimpleNamespace(display_name="Dre Roy"),
        when="le 3 mars à 10:30",
        manage_url="",
    )
    assert "Mode de rencontre\u00a0: Vidéo" in body
    assert "Nom\u00a0: Marie Tremblay" in body
    assert "Courriel\u00a0: marie@example.ca" in body
    assert typography_offences(body) == []
