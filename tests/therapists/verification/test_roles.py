"""The Verifiers group: enough to work the queues and read evidence, nothing more."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def test_verifiers_may_decide_and_read_but_never_change_records(verifier):
    assert not verifier.is_superuser
    assert verifier.has_perm("therapists.review_credential")
    assert verifier.has_perm("therapists.view_credential_evidence")
    assert verifier.has_perm("therapists.moderate_introvideo")
    for model in ("credential", "verificationevent", "introvideo", "therapist"):
        for action in ("add", "change", "delete"):
            assert not verifier.has_perm(f"therapists.{action}_{model}")
    assert not verifier.has_perm("directory.change_user")


def test_a_verifier_can_read_a_credential_in_the_admin_but_not_edit_it(client, verifier):
    credential = factories.CredentialFactory()
    client.force_login(verifier)
    url = reverse("admin:therapists_credential_change", args=[credential.pk])

    response = client.get(url)
    assert response.status_code == 200
    assert not response.context["has_change_permission"]

    response = client.post(url, {"registration_number": "forged"})
    assert response.status_code == 403
    credential.refresh_from_db()
    assert credential.registration_number != "forged"


def test_a_verifier_cannot_open_the_user_admin(client, verifier):
    client.force_login(verifier)
    assert client.get(reverse("admin:directory_user_changelist")).status_code == 403


def test_the_demo_verifier_can_work_the_queues():
    from therapists.demo.seed import demo_verifier

    user = demo_verifier("a-long-test-password")
    assert user.is_staff and not user.is_superuser
    assert user.has_perm("therapists.review_credential")
