"""The rules every change of a credential's status follows, and the one function that makes it.

Which status may follow which, who may decide, what a decision needs, and the append-only
verification event each change writes.
"""

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from therapists.listing import listing_refresh
from therapists.models import Credential, CredentialStatus, VerificationEvent
from therapists.search.cache import search_cache_clear
from therapists.search.text import search_vectors_refresh
from therapists.verification import notifications

# Which status may follow which. A refused or lapsed claim comes back only as a new submission.
CREDENTIAL_TRANSITIONS: dict[str, set[str]] = {
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


def transition_check(*, from_status: str, to: str) -> None:
    """Refuse a change of status that the credential transitions do not allow."""
    if to not in CREDENTIAL_TRANSITIONS[from_status]:
        raise ValidationError(
            _("A credential that is %(from)s cannot become %(to)s.")
            % {
                "from": CredentialStatus(from_status).label.lower(),
                "to": CredentialStatus(to).label.lower(),
            },
            code="invalid_transition",
        )


def credential_lock(credential: Credential) -> Credential:
    """Reload the credential's row, locked until the transaction ends.

    Two verifiers deciding at once cannot both succeed, and each change is checked against what
    is stored, not against the page the verifier saw.
    """
    credential.refresh_from_db(from_queryset=Credential.objects.select_for_update())
    return credential


def reviewer_check(*, credential: Credential, reviewer: AbstractBaseUser) -> None:
    """Only an active verifier may decide, and never on a credential of their own profile."""
    if not (reviewer.is_active and reviewer.has_perm("therapists.review_credential")):
        raise PermissionDenied(_("You are not allowed to decide on credentials."))
    if credential.therapist.owner_id == reviewer.pk:
        raise PermissionDenied(_("You cannot decide on a credential of your own profile."))


def reason_required(reason: str) -> str:
    """Return the stripped reason for a refusal; the therapist reads it, so it needs words."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            _("Give a reason: the therapist reads it and needs it to put things right."),
            code="reason_required",
        )
    return reason


def expiry_check(credential: Credential) -> None:
    """Refuse to verify without a future expiry date: a verification lapses when it passes."""
    if credential.expires_on is None:
        raise ValidationError(
            _("This credential has no expiry date; ask the therapist to add it before approving."),
            code="no_expiry",
        )
    if credential.expires_on < timezone.localdate():
        raise ValidationError(
            _("This registration expired on %(date)s; it cannot be verified as it stands.")
            % {"date": formats.date_format(credential.expires_on)},
            code="already_expired",
        )


def credential_transition(
    *,
    credential: Credential,
    to: str,
    actor=None,
    note: str = "",
    decision: bool = False,
    notify: bool = False,
) -> Credential:
    """Move a credential to another status and write its event; the caller holds a transaction.

    A decision (by a verifier, not by the therapist or the clock) also records the reviewer.
    With notify, the therapist is emailed about the event once the transaction commits.
    """
    from_status = credential.status
    transition_check(from_status=from_status, to=to)
    credential.status = to
    update_fields = ["status", "updated_at"]
    if to != CredentialStatus.VERIFIED and credential.renewed_until is not None:
        credential.renewed_until = None  # a renewal is waiting only on a verified credential
        update_fields.append("renewed_until")
    if to == CredentialStatus.PENDING and credential.reason and not decision:
        credential.reason = ""  # back in the queue: the last verifier's note no longer applies
        update_fields.append("reason")
    if decision:
        credential.reviewed_by = actor
        credential.reviewed_at = timezone.now()
        credential.reason = note
        update_fields += ["reviewed_by", "reviewed_at", "reason"]
    credential.save(update_fields=update_fields)
    event = event_record(credential=credential, actor=actor, from_status=from_status, note=note)
    listing_refresh(therapist_ids=[credential.therapist_id])
    search_vectors_refresh([credential.therapist_id])  # only verified claims' words count
    # Who is listed may have changed: cached search pages must not show the old answer.
    transaction.on_commit(search_cache_clear, robust=True)
    if notify:
        notifications.notification_queue(notifications.CREDENTIAL_EVENT, event.pk)
    return credential


def event_record(
    *, credential: Credential, actor, from_status: str, note: str = "", renewal: str = ""
) -> VerificationEvent:
    """Write the append-only line saying what happened to a credential."""
    return VerificationEvent.objects.create(
        credential=credential,
        credential_label=str(credential),
        actor=actor,
        from_status=from_status,
        to_status=credential.status,
        note=note,
        renewal=renewal,
    )
