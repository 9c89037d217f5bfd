"""The private storage for credential evidence, resolved lazily like Django's default_storage."""

from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty


class PrivateStorage(LazyObject):
    """STORAGES["private"], looked up on first use so settings can choose the backend."""

    def _setup(self):
        self._wrapped = storages["private"]


private_storage = PrivateStorage()


@receiver(setting_changed)
def reset_private_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        private_storage._wrapped = empty


def get_private_storage():
    """For FileField(storage=...): a callable keeps the backend out of migrations."""
    return private_storage


class PrivateFileSystemStorage(FileSystemStorage):
    """Local private files: kept outside MEDIA_ROOT and never given a URL."""

    def url(self, name):
        raise ValueError("Private files have no public URL; staff read them through a view.")
