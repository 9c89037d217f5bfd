"""Conditions on the search's rows (therapists/models/search_rows.py), each one Q: who offers
online sessions in a province, who sees people from it, whose designation a plan covers there,
who holds any of some terms. A row's copies hold until its stable_until; past it, the profile's
own credentials and offices say."""

from django.db.models import Exists, OuterRef, Q

from therapists.models import Coverage, Credential, Office, coverage_key, stable_q


def online_in(code: str) -> Q:
    """Offers online sessions with a credential valid in the province (where one may treat).
    The row's provinces hold until its stable_until; past it, the credentials say."""
    valid_there = Credential.objects.valid().filter(therapist=OuterRef("pk"), jurisdiction=code)
    return Q(online_provinces__overlap=[code]) & (stable_q() | Q(Exists(valid_there)))


def serving_province(code: str) -> Q:
    """Sees people from the province: an office there, or online with a credential valid there."""
    office_there = Office.objects.registered().filter(therapist=OuterRef("pk"), city__province=code)
    valid_there = Credential.objects.valid().filter(therapist=OuterRef("pk"), jurisdiction=code)
    still = stable_q() | Q(Exists(office_there)) | Q(offers_online=True) & Q(Exists(valid_there))
    return Q(serving_provinces__overlap=[code]) & still


def covered_by(insurer_id: int, province: str) -> Q:
    """A valid designation that the insurer reimburses in the province, as the coverage table
    says (therapists/models/coverage.py). The row's keys hold until its stable_until; past it,
    the credentials say."""
    bodies = Coverage.objects.covered().filter(insurer_id=insurer_id, province=province)
    valid_there = Credential.objects.valid().filter(
        therapist=OuterRef("pk"),
        jurisdiction=province,
        regulatory_body__in=bodies.values("regulatory_body"),
    )
    key = coverage_key(insurer_id, province)
    return Q(covered_by__overlap=[key]) & (stable_q() | Q(Exists(valid_there)))


def wheelchair_office() -> Q:
    """Has a registered office accessible by wheelchair. The row's flag holds until its
    stable_until; past it, the offices say."""
    accessible = Office.objects.registered().filter(
        therapist=OuterRef("pk"), wheelchair_accessible=True
    )
    return Q(wheelchair_office=True) & (stable_q() | Q(Exists(accessible)))


def holding_any(field: str, terms) -> Q:
    """Rows whose set (approaches, concerns, ...) holds any of the terms (instances or ids)."""
    return Q(**{f"{field}__overlap": [getattr(term, "pk", term) for term in terms]})
