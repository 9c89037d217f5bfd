"""Free-text search over profiles: PostgreSQL full-text search with trigram names, or a plain
fallback on other databases.

Each profile's words live in Therapist.search_vector, rebuilt by search_vectors_refresh() after
the profile, its approaches or its concerns change. Both an English and a French configuration
index every text, each stripping accents first, so "therapie" finds "thérapie" and "anxious"
finds a profile whose concern is anxiety (through the concern's other words). A hyphenated
word asks for both its words, so the index answers alone; "a quoted phrase" stays a phrase.
"""

import re
from collections.abc import Iterable

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramSimilarity
from django.db import connection
from django.db.models import Exists, F, FloatField, OuterRef, Q, QuerySet, Value

CONFIGURATIONS = ("directory_en", "directory_fr")
NAME_SIMILARITY = 0.25
MAX_WORDS = 12
# A hyphen inside a word ("self-compassion"), outside a quoted phrase and an excluded word
# ("-self-harm"). The parser would make the word a phrase, which the index cannot answer alone:
# every candidate's words would be read again.
INNER_HYPHEN = re.compile(r'"[^"]*"|(?:^|(?<=\s))-\S+|(?<=\w)-(?=\w)')


# One statement rebuilds the vectors of the given profiles. Every text is indexed with both
# configurations; approaches and concerns contribute their names and other words in both languages.
REFRESH_SQL = """
WITH approach_words AS (
    SELECT link.therapist_id,
           string_agg(concat_ws(' ', m.name_en, m.name_fr, m.short_name,
                                m.keywords_en, m.keywords_fr), ' ') AS words
    FROM therapists_therapist_approaches link
    JOIN modalities_modality m ON m.id = link.modality_id
    WHERE link.therapist_id = ANY(%(ids)s)
    GROUP BY link.therapist_id
), concern_words AS (
    SELECT link.therapist_id,
           string_agg(concat_ws(' ', c.name_en, c.name_fr, c.keywords_en, c.keywords_fr), ' ')
               AS words
    FROM therapists_therapist_concerns link
    JOIN modalities_concern c ON c.id = link.concern_id
    WHERE link.therapist_id = ANY(%(ids)s)
    GROUP BY link.therapist_id
), texts AS (
    SELECT t.id,
           t.display_name AS name,
           concat_ws(' ', t.headline, a.words, c.words) AS practice,
           t.bio AS bio
    FROM therapists_therapist t
    LEFT JOIN approach_words a ON a.therapist_id = t.id
    LEFT JOIN concern_words c ON c.therapist_id = t.id
    WHERE t.id = ANY(%(ids)s)
)
UPDATE therapists_therapist t SET search_vector =
       setweight(to_tsvector('directory_en', x.name) || to_tsvector('directory_fr', x.name), 'A')
    || setweight(to_tsvector('directory_en', x.practice)
                 || to_tsvector('directory_fr', x.practice), 'B')
    || setweight(to_tsvector('directory_en', x.bio) || to_tsvector('directory_fr', x.bio), 'C')
FROM texts x
WHERE t.id = x.id
"""


def search_vectors_refresh(therapist_ids: Iterable[int]) -> None:
    """Rebuild the search words of the given profiles (PostgreSQL; nothing elsewhere)."""
    ids = list(therapist_ids)
    if connection.vendor == "postgresql" and ids:
        with connection.cursor() as cursor:
            cursor.execute(REFRESH_SQL, {"ids": ids})


def words_apart(text: str) -> str:
    """ "self-compassion" asks for both words; "phrases" and -excluded-words stay as typed."""
    return INNER_HYPHEN.sub(lambda match: " " if match.group(0) == "-" else match.group(0), text)


def search_query(text: str) -> SearchQuery:
    """The words typed, understood in English and in French (websearch syntax)."""
    text = words_apart(text)
    first, *rest = CONFIGURATIONS
    query = SearchQuery(text, config=first, search_type="websearch")
    for config in rest:
        query |= SearchQuery(text, config=config, search_type="websearch")
    return query


def text_search(queryset: QuerySet, text: str) -> QuerySet:
    """Profiles matching the text, with a `rank` for best-match ordering."""
    text = " ".join(text.split()[:MAX_WORDS])
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        return postgresql_text_search(queryset, text)
    return plain_text_search(queryset, text)


def postgresql_text_search(queryset: QuerySet, text: str) -> QuerySet:
    query = search_query(text)
    return queryset.filter(Q(search_vector=query) | Q(display_name__trigram_similar=text)).annotate(
        rank=SearchRank(F("search_vector"), query) + TrigramSimilarity("display_name", text)
    )


def plain_text_search(queryset: QuerySet, text: str) -> QuerySet:
    """Every word must appear in the name, headline, bio, or an approach's or a concern's name,
    abbreviation or other words ("CBT", "anxious")."""
    from therapists.models import Therapist

    for word in text.split():
        in_approach = Therapist.approaches.through.objects.filter(
            Q(modality__name__icontains=word)
            | Q(modality__short_name__iexact=word)
            | Q(modality__keywords__icontains=word),
            therapist=OuterRef("pk"),
        )
        in_concern = Therapist.concerns.through.objects.filter(
            Q(concern__name__icontains=word) | Q(concern__keywords__icontains=word),
            therapist=OuterRef("pk"),
        )
        queryset = queryset.filter(
            Q(display_name__icontains=word)
            | Q(headline__icontains=word)
            | Q(bio__icontains=word)
            | Exists(in_approach)
            | Exists(in_concern)
        )
    return queryset.annotate(rank=Value(1.0, output_field=FloatField()))
