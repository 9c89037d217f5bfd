"""Fixtures for the upload tests: both storages emptied first, so a test sees only its own files."""

import pytest
from django.core.files.storage import default_storage

from directory.storage import private_storage
from tests.therapists.editor_posts import stored_names


@pytest.fixture
def empty_storages():
    for storage in (default_storage, private_storage):
        for name in stored_names(storage):
            storage.delete(name)
