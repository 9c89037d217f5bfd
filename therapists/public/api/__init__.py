"""The read-only API (/api/v1/): the listed profiles and the directory's vocabularies
(docs/api.md)."""
