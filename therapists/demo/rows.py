"""Planned demo therapists written to the database in bulk, with their credentials' history."""

from django.utils import timezone

from directory.models import User
from therapists.demo.plans import Plan
from therapists.models import Credential, CredentialStatus, Office, Therapist, VerificationEvent

CHUNK = 2000


def through_rows(plans: list[Plan], attribute: str, model, column: str) -> list:
    """Rows of a many-to-many table, e.g. (therapist, approach) for every planned approach."""
    return [
        model(therapist_id=plan.therapist.pk, **{f"{column}_id": pk})
        for plan in plans
        for pk in getattr(plan, attribute)
    ]


# The statuses a credential passed through, after pending, to reach its demo status.
STATUS_STEPS = {
    CredentialStatus.PENDING: [],
    CredentialStatus.VERIFIED: [CredentialStatus.VERIFIED],
    CredentialStatus.REJECTED: [CredentialStatus.REJECTED],
    CredentialStatus.EXPIRED: [CredentialStatus.VERIFIED, CredentialStatus.EXPIRED],
}


def credential_events(credential: Credential, status: str, verifier: User) -> list:
    """The audit trail the credential would have: submitted, then each decision."""
    label = str(credential)
    events = [
        VerificationEvent(
            credential=credential, credential_label=label, to_status=CredentialStatus.PENDING
        )
    ]
    previous = CredentialStatus.PENDING
    for step in STATUS_STEPS[status]:
        events.append(
            VerificationEvent(
                credential=credential,
                credential_label=label,
                actor=None if step == CredentialStatus.EXPIRED else verifier,
                from_status=previous,
                to_status=step,
                note=credential.reason if step == CredentialStatus.REJECTED else "",
            )
        )
        previous = step
    return events


def insert_plans(plans: list[Plan], verifier: User) -> None:
    """Insert one chunk of planned therapists and everything that hangs off them."""
    User.objects.bulk_create([p.user for p in plans])
    for plan in plans:
        plan.therapist.owner = plan.user
    Therapist.objects.bulk_create([p.therapist for p in plans])
    Through = Therapist.approaches.through
    Through.objects.bulk_create(through_rows(plans, "approaches", Through, "approach"))
    for attribute, column in (
        ("concerns", "concern"),
        ("languages", "language"),
        ("insurers", "insurer"),
        ("communities", "community"),
    ):
        field_name = "direct_billing" if attribute == "insurers" else attribute
        model = getattr(Therapist, field_name).through
        model.objects.bulk_create(through_rows(plans, attribute, model, column))
    for plan in plans:
        for office in plan.offices:
            office.therapist = plan.therapist
    Office.objects.bulk_create([office for plan in plans for office in plan.offices])
    insert_credentials(plans, verifier)


def insert_credentials(plans: list[Plan], verifier: User) -> None:
    """Insert the chunk's credentials, decided by the demo verifier, each with its history."""
    now = timezone.now()
    pairs = []
    for plan in plans:
        for credential, status in plan.credentials:
            credential.therapist = plan.therapist
            if status != CredentialStatus.PENDING:
                credential.reviewed_by, credential.reviewed_at = verifier, now
            pairs.append((credential, status))
    Credential.objects.bulk_create([c for c, _ in pairs])
    events = [e for c, s in pairs for e in credential_events(c, s, verifier)]
    VerificationEvent.objects.bulk_create(events, batch_size=CHUNK)
