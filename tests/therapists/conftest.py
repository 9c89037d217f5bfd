"""Fixtures for the therapist's own pages: a logged-in owner and their profile."""

import pytest

from tests import factories


@pytest.fixture
def owner(db):
    """A therapist with a confirmed account and an unpublished, nearly empty profile."""
    return factories.TherapistFactory(
        is_published=False, bio="", headline="", fee=None, availability_confirmed_at=None
    )


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner.owner)
    return client


@pytest.fixture
def stranger(db):
    """Another therapist, whose rows the owner must never reach."""
    return factories.TherapistFactory()
