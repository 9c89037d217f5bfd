"""The therapist vocabulary (regulators, languages, insurers, communities) as data files."""

from therapists.reference.load import therapist_vocabulary_load

__all__ = ["therapist_vocabulary_load"]
