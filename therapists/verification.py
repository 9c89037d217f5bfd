"""Every change of a credential's status, each written with its verification event.

A credential's status is never edited directly: these functions check that the change is
allowed, save it and record who made it, when and why, in one transaction.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from therapists.models import Credential, CredentialStatus, Therapist, VerificationEvent

# Which status may follow which. A refused or lapsed claim comes back only as a new submission.
ALLOWED_TRANSITIONS: dict[str, set[str]] = {
    CredentialStatus.PENDING: {CredentialStatus.VERIFIED, CredentialStatus.REJECTED},
    CredentialStatus.VERIFIED: {
        CredentialStatus.REVOKED,
        CredentialStatus.EXPIRED,
        CredentialStatus.PENDING,
    },
    CredentialStatus.REJECTED: {CredentialStatus.PENDING},
    CredentialStatus.EXPIRED: {CredentialStatus.PENDING},
    CredentialStatus.REVOKED: {CredentialStatus.PENDING},
}

# Editing any of these changes what was verified, so the credential must be checked again.
IDENTITY_FIELDS = ("regulatory_body", "registration_number", "jurisdiction")
EDITABLE_FIELDS = (*IDENTITY_FIELDS, "designation", "expires_on", "evidence")


def credential_transition(
    *, credential: Credential, to: str, actor=None, note: str = "", decision: bool = False
) -> Credential:
    """Move a credential to another status and write its event; the caller holds a transaction.

    A decision (by a verifier, not by the therapist or the clock) also records the reviewer.
    """
    from_status = credential.status
    if to not in ALLOWED_TRANSITIONS.get(from_status, set()):
        raise ValidationError(
            _("A credential that is %(from)s cannot become %(to)s.")
            % {
                "from": CredentialStatus(from_status).label.lower(),
                "to": CredentialStatus(to).label.lower(),
            },
            code="invalid_transition",
        )
    credential.status = to
    update_fields = ["status", "updated_at"]
    if decision:
        credential.reviewed_by = actor
        credential.reviewed_at = timezone.now()
        credential.reason = note
        update_fields += ["reviewed_by", "reviewed_at", "reason"]
    credential.save(update_fields=update_fields)
    event_record(credential=credential, actor=actor, from_status=from_status, note=note)
    return credential


def event_record(*, credential: Credential, actor, from_status: str, note: str = ""):
    """The append-only line saying what happened to a credential."""
    return VerificationEvent.objects.create(
        credential=credential,
        credential_label=str(credential),
        actor=actor,
        from_status=from_status,
        to_status=credential.status,
        note=note,
    )


@transaction.atomic
def credential_submit(*, therapist: Therapist, actor, **fields) -> Credential:
    """A therapist claims a registration; it waits, pending, for a verifier."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Not a credential field a therapist sets: {', '.join(sorted(unknown))}")
    credential = Credential(therapist=therapist, **fields)
    credential.full_clean()
    credential.save()
    event_record(credential=credential, actor=actor, from_status="")
    return credential


@transaction.atomic
def credential_update(*, credential: Credential, actor, changes: dict) -> Credential:
    """A therapist's edit. Changing what was verified sends the credential back to pending."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Not a credential field a therapist sets: {', '.join(sorted(unknown))}")
    identity_changed = any(
        getattr(credential, name) != value
        for name, value in changes.items()
        if name in IDENTITY_FIELDS
    )
    for name, value in changes.items():
        setattr(credential, name, value)
    credential.full_clean()
    credential.save()
    if identity_changed and credential.status == CredentialStatus.VERIFIED:
        credential_transition(
            credential=credential,
            to=CredentialStatus.PENDING,
            actor=actor,
            note=_("Registration details changed by the therapist; to be checked again."),
        )
    return credential


@transaction.atomic
def credential_resubmit(*, credential: Credential, actor) -> Credential:
    """A rejected, expired or revoked claim goes back in the queue once the therapist fixed it."""
    return credential_transition(
        credential=credential,
        to=CredentialStatus.PENDING,
        actor=actor,
        note=_("Submitted again by the therapist."),
    )
