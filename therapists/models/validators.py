"""Checks on what therapists type: Canadian postal codes and phone numbers."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

postal_code_validator = RegexValidator(
    r"^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$",
    _("Enter a Canadian postal code, e.g. M5V 2T6."),
)


# A number as people write it, then perhaps an extension: "416 555-0123 ext. 4", "poste 4".
PHONE_PATTERN = re.compile(
    r"(?P<number>\+?[\d\s().-]+)(?:(?:ext\.?|x|poste)\s*(?P<extension>\d{1,6}))?", re.IGNORECASE
)
# A profile's "about": several paragraphs, not a document.
BIO_MAX_LENGTH = 6000


def phone_validate(value: str) -> None:
    """A phone number as people write it: 7 to 15 digits, with + - ( ) . spaces, an extension."""
    digits = sum(character.isdigit() for character in value)
    if not 7 <= digits <= 15 or not PHONE_PATTERN.fullmatch(value.strip()):
        raise ValidationError(_("Enter a phone number, e.g. 416-555-0123."), code="invalid_phone")


def phone_uri(value: str) -> str:
    """A phone number as a tel: address: "416-555-0123 ext. 4" -> "tel:+14165550123;ext=4"
    (ten digits are a North American number); "" when it is not one."""
    parts = PHONE_PATTERN.fullmatch(value.strip())
    if parts is None:
        return ""
    digits = re.sub(r"[^\d]", "", parts["number"])
    number = f"+{digits}" if parts["number"].lstrip().startswith("+") else digits
    if len(digits) == 10 and not number.startswith("+"):
        number = f"+1{digits}"
    return f"tel:{number}" + (f";ext={parts['extension']}" if parts["extension"] else "")
