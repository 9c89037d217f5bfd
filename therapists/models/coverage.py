"""Which designations an extended health insurer reimburses, province by province.

Staff keep the table in the admin (seeded from therapists/reference/coverage.toml); each entry
names its source and the day it was checked. A designation is named by the body that grants it
(CRPO for RP in Ontario, OCSWSSW for RSW, BCACC for RCC, CCPA for CCC...), since that is what an
insurer's list asks for and what a verified credential records. Whether a given client is
reimbursed still depends on their own plan: the pages say so wherever the table is shown.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.models import Province
from therapists.models.vocabulary import Insurer, RegulatoryBody


def coverage_key(insurer_id: int, province: str) -> str:
    """The search row's word for "reimbursed by this insurer in this province" (e.g. "12:ON")."""
    return f"{insurer_id}:{province}"


class CoverageQuerySet(models.QuerySet):
    def covered(self):
        return self.filter(covered=True)

    def for_designation(self, *, regulatory_body: RegulatoryBody | int, province: str):
        """What the table says of one designation (the body granting it) in one province, every
        insurer listed, covered or not, in the insurers' order."""
        return (
            self.filter(regulatory_body=regulatory_body, province=province)
            .select_related("insurer")
            .order_by("insurer__name", "pk")
        )

    def for_credentials(self, credentials):
        """What the table says of each credential's designation in its province (the profile's
        explainer); none for no credentials."""
        any_of = Q()
        for credential in credentials:
            any_of |= Q(
                regulatory_body_id=credential.regulatory_body_id, province=credential.jurisdiction
            )
        if not any_of:
            return self.none()
        return self.filter(any_of).select_related("insurer").order_by("insurer__name", "pk")


class Coverage(models.Model):
    """Whether an insurer reimburses sessions with one designation in one province."""

    insurer = models.ForeignKey(
        Insurer,
        on_delete=models.CASCADE,
        related_name="coverage",
        verbose_name=_("insurer"),
        help_text=_("The extended health insurer."),
    )
    province = models.CharField(
        _("province"),
        max_length=2,
        choices=Province.choices,
        help_text=_("Where the designation is held and the sessions take place."),
    )
    regulatory_body = models.ForeignKey(
        RegulatoryBody,
        on_delete=models.CASCADE,
        related_name="coverage",
        verbose_name=_("designation's body"),
        help_text=_("The college or association granting the designation, e.g. CRPO for RP."),
    )
    designation = models.CharField(
        _("designation"),
        max_length=120,
        help_text=_("As the insurer names it, e.g. Registered Social Worker (RSW)."),
    )
    covered = models.BooleanField(
        _("covered"), help_text=_("Whether the insurer's plans reimburse this designation here.")
    )
    source_url = models.URLField(
        _("source"), help_text=_("The insurer's public page this entry was checked against.")
    )
    source_note = models.CharField(
        _("source note"),
        max_length=300,
        blank=True,
        help_text=_("What the page says, or where on it, in a few words."),
    )
    checked_on = models.DateField(
        _("checked on"),
        null=True,
        blank=True,
        help_text=_(
            "The day staff last checked the entry against its source; blank until someone has."
        ),
    )

    objects = CoverageQuerySet.as_manager()

    class Meta:
        verbose_name = _("insurance coverage")
        verbose_name_plural = _("insurance coverage")
        ordering = ["insurer__name", "province", "designation"]
        constraints = [
            models.UniqueConstraint(
                fields=["insurer", "province", "regulatory_body"],
                name="coverage_once_per_insurer_province_body",
            )
        ]

    def __str__(self):
        return f"{self.insurer}: {self.designation} ({self.province})"

    def clean(self):
        """A provincial body's designation is held in its own province only."""
        body = self.regulatory_body if self.regulatory_body_id else None
        if body and body.province and self.province and body.province != self.province:
            raise ValidationError(
                {
                    "province": _("%(body)s registers practitioners in %(province)s only.")
                    % {"body": body.acronym, "province": body.get_province_display()}
                }
            )


@dataclass(frozen=True)
class DesignationCoverage:
    """What the table says of one of a profile's designations in its province."""

    designation: str
    province: str
    covered: list[Coverage]
    not_covered: list[Coverage]


def designations_coverage(credentials, *, table=None) -> list[DesignationCoverage]:
    """Per valid credential (its body and province, once each), the insurers the table says
    reimburse it there and those it says do not: one query, for the profile's explainer. A page
    of several profiles reads `table` once for all their credentials and passes it to each."""
    entries = defaultdict(list)
    if table is None:
        table = Coverage.objects.for_credentials(credentials)
    for entry in table:
        entries[entry.regulatory_body_id, entry.province].append(entry)
    shown, seen = [], set()
    for credential in credentials:
        pair = (credential.regulatory_body_id, credential.jurisdiction)
        if pair in seen or pair not in entries:
            continue
        seen.add(pair)
        shown.append(
            DesignationCoverage(
                designation=credential.designation,
                province=credential.get_jurisdiction_display(),
                covered=[entry for entry in entries[pair] if entry.covered],
                not_covered=[entry for entry in entries[pair] if not entry.covered],
            )
        )
    return shown
