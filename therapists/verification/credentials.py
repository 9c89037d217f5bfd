"""A therapist's claim of a registration, and a verifier's decision on it.

A credential's status is never edited directly: these functions check that the change is
allowed, save it and record who made it, when and why, in one transaction.
"""

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from therapists.listing import listing_refresh
from therapists.models import Credential, CredentialStatus, Therapist
from therapists.search.text import search_vectors_refresh
from therapists.uploads import storage_delete

# Re-exported so callers outside verification/ find every credential write in this one module.
from therapists.verification.expiry import credential_expire_due as credential_expire_due
from therapists.verification.expiry import credentials_sweep as credentials_sweep
from therapists.verification.renewals import (
    credential_renewal_approve as credential_renewal_approve,
)
from therapists.verification.renewals import (
    credential_renewal_decline as credential_renewal_decline,
)
from therapists.verification.transitions import (
    credential_lock,
    credential_transition,
    event_record,
    expiry_check,
    reason_required,
    reviewer_check,
    transition_check,
)

# Editing any of these changes what was verified, so the credential must be checked again. The
# designation is among them: the profile shows it as the verified title.
IDENTITY_FIELDS = ("regulatory_body", "registration_number", "jurisdiction", "designation")
EDITABLE_FIELDS = (*IDENTITY_FIELDS, "expires_on", "evidence")


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
    """A therapist's edit. Changing what was verified sends the credential back to pending.

    A later expiry date on a verified credential is a renewal: it waits in `renewed_until` for
    a verifier, and the checked date stands until then. An earlier one is taken as it is.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Not a credential field a therapist sets: {', '.join(sorted(unknown))}")
    credential_lock(credential)  # a verifier's decision made meanwhile is kept, not overwritten
    changes = dict(changes)
    identity_changed = any(
        getattr(credential, name) != value
        for name, value in changes.items()
        if name in IDENTITY_FIELDS
    )
    claimed_expiry = changes.pop("expires_on", credential.renewed_until or credential.expires_on)
    for name, value in changes.items():
        setattr(credential, name, value)
    verified = credential.status == CredentialStatus.VERIFIED
    if verified and identity_changed:
        # Back to the queue first, so the edit is checked as the pending claim it becomes: a
        # number verified for someone else may be claimed, for a verifier to settle.
        credential_transition(
            credential=credential,
            to=CredentialStatus.PENDING,
            actor=actor,
            note=_("Registration details changed by the therapist; to be checked again."),
        )
    expiry_claim(credential, claimed_expiry, renewal=verified and not identity_changed)
    credential.full_clean()
    credential.save()
    listing_refresh(therapist_ids=[credential.therapist_id])  # its expiry may be new
    search_vectors_refresh([credential.therapist_id])
    return credential


def expiry_claim(credential: Credential, claimed, *, renewal: bool) -> None:
    """Set the expiry date the therapist claims: a renewal waits, anything else is taken."""
    current = credential.expires_on
    if renewal and claimed is not None and current is not None and claimed > current:
        credential.renewed_until = claimed
    else:
        credential.expires_on = claimed
        credential.renewed_until = None


@transaction.atomic
def credential_resubmit(*, credential: Credential, actor) -> Credential:
    """A rejected, expired or revoked claim goes back in the queue once the therapist fixed it."""
    return credential_transition(
        credential=credential,
        to=CredentialStatus.PENDING,
        actor=actor,
        note=_("Submitted again by the therapist."),
    )


# A refused or lapsed claim that the therapist corrects goes back to the verifiers.
RESUBMITTABLE = {CredentialStatus.REJECTED, CredentialStatus.EXPIRED, CredentialStatus.REVOKED}


def credential_revise(*, credential: Credential, actor, changes: dict) -> Credential:
    """A therapist's correction from the editor: the edit, and a refused or lapsed claim's
    return to the queue when something changed, in one transaction; evidence it replaces is
    deleted once that commits."""
    with transaction.atomic():
        replaced = credential_lock(credential).evidence.name
        credential_update(credential=credential, actor=actor, changes=changes)
        if changes and credential.status in RESUBMITTABLE:
            credential_resubmit(credential=credential, actor=actor)
        if "evidence" in changes and replaced:
            storage = credential.evidence.storage
            transaction.on_commit(lambda: storage_delete(storage, [replaced]), robust=True)
    return credential


def verified_elsewhere(credential: Credential):
    """The verified claims of this credential's number on other profiles."""
    return Credential.objects.verified_for_another(
        regulatory_body=credential.regulatory_body_id,
        registration_number=credential.registration_number.strip(),
        therapist=credential.therapist_id,
    )


def number_verified_elsewhere(credential: Credential) -> bool:
    """Whether the number is verified for another profile, so the claim needs a further check
    before it can be approved (the claimant is told so, the verifiers' queue marks it)."""
    return verified_elsewhere(credential).exists()


def duplicate_check(credential: Credential) -> None:
    """Refuse a number already verified for another profile: one registration, one therapist."""
    other = verified_elsewhere(credential).select_related("therapist", "regulatory_body").first()
    if other is not None:
        raise ValidationError(
            _(
                "Registration number %(number)s at %(body)s is already verified for another "
                "profile: %(name)s (%(slug)s). Revoke that verification first if this claim is "
                "the genuine one."
            )
            % {
                "number": other.registration_number,
                "body": other.regulatory_body.acronym,
                "name": other.therapist.display_name,
                "slug": other.therapist.slug,
            },
            code="duplicate_registration",
        )


def claim_check(credential: Credential) -> None:
    """Refuse a claim no body could have issued (another province's body, a far-off end)."""
    if errors := credential.claim_errors():
        raise ValidationError(" ".join(errors.values()), code="impossible_claim")


def credential_approve(*, credential: Credential, reviewer: AbstractBaseUser, note: str = ""):
    """A verifier found the registration on the body's register: it counts for listing."""
    try:
        with transaction.atomic():
            credential_lock(credential)
            reviewer_check(credential=credential, reviewer=reviewer)
            transition_check(from_status=credential.status, to=CredentialStatus.VERIFIED)
            expiry_check(credential)
            claim_check(credential)
            duplicate_check(credential)
            return credential_transition(
                credential=credential,
                to=CredentialStatus.VERIFIED,
                actor=reviewer,
                note=(note or "").strip(),
                decision=True,
                notify=True,
            )
    except IntegrityError as error:  # another verifier approved the same number a moment ago
        credential.refresh_from_db()
        raise ValidationError(
            _("This registration number was just verified for another profile."),
            code="duplicate_registration",
        ) from error


@transaction.atomic
def credential_reject(*, credential: Credential, reviewer: AbstractBaseUser, reason: str):
    """A verifier could not confirm the claim; the therapist reads why and may resubmit."""
    return credential_refuse(
        credential=credential, reviewer=reviewer, reason=reason, to=CredentialStatus.REJECTED
    )


@transaction.atomic
def credential_revoke(*, credential: Credential, reviewer: AbstractBaseUser, reason: str):
    """A verifier withdraws a verification, e.g. the body suspended the registration."""
    return credential_refuse(
        credential=credential, reviewer=reviewer, reason=reason, to=CredentialStatus.REVOKED
    )


def credential_refuse(
    *, credential: Credential, reviewer: AbstractBaseUser, reason: str, to: str
) -> Credential:
    """A decision against the claim (reject or revoke), which always carries its reason."""
    credential_lock(credential)
    reviewer_check(credential=credential, reviewer=reviewer)
    transition_check(from_status=credential.status, to=to)
    return credential_transition(
        credential=credential,
        to=to,
        actor=reviewer,
        note=reason_required(reason),
        decision=True,
        notify=True,
    )
