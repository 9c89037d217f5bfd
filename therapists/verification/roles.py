"""The staff roles of the directory, as Django groups."""

from django.contrib.auth.models import Group, Permission

VERIFIERS_GROUP = "Verifiers"

# Exactly what working the queues takes: read credentials, their evidence and history, read
# videos, and decide. No change, add or delete permission on any model: decisions go through
# the functions of therapists/verification/.
VERIFIER_PERMISSIONS = (
    "therapists.view_credential",
    "therapists.view_credential_evidence",
    "therapists.review_credential",
    "therapists.view_verificationevent",
    "therapists.view_introvideo",
    "therapists.moderate_introvideo",
)


def verifiers_group() -> Group:
    """The Verifiers group with exactly its permissions, created if missing."""
    group, _created = Group.objects.get_or_create(name=VERIFIERS_GROUP)
    codenames = [label.split(".", 1)[1] for label in VERIFIER_PERMISSIONS]
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="therapists", codename__in=codenames)
    )
    return group
