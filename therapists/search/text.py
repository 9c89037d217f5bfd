"""Free-text search over profiles: PostgreSQL full-text search with trigram names, or a plain
fallback on other databases.

Each profile's words live in Therapist.search_vector, rebuilt by search_vectors_refresh() after
the profile, its approaches or its concerns change. Both an English and a French configuration
index every text, each stripping accents first, so "therapie" finds "thérapie" and "anxious"
finds a profile whose concern is anxiety (through the concern's other words). A verified
credential adds its designation, body and profession ("psychologue", "social worker"), refreshed
by every verification decision; an unchecked claim adds nothing. A hyphenated
word asks for both its words, so the index answers alone; "a quoted phrase" stays a phrase.

Elsewhere (the SQLite demo) the same words are kept folded in Therapist.search_text, and the
plain fallback looks for each typed word or phrase in them.
"""

import json
import re
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.db import connection, connections, transaction
from django.db.models import (
    Case,
    ExpressionWrapper,
    F,
    FloatField,
    Q,
    QuerySet,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast

from directory.text import fold
from modalities.models import Approach, Concern
from therapists.models import Credential, CredentialStatus, SearchRow, Therapist
from therapists.search.rows import rank_vectors_refresh

CONFIGURATIONS = ("directory_en", "directory_fr")
NAMES_LIKE_MAX = 200
MAX_WORDS = 12
# A hyphen inside a word ("self-compassion"), outside a quoted phrase and an excluded word
# ("-self-harm"). The parser would make the word a phrase, which the index cannot answer alone:
# every candidate's words would be read again.
INNER_HYPHEN = re.compile(r'"[^"]*"|(?:^|(?<=\s))-\S+|(?<=\w)-(?=\w)')


# What a client may type for each profession, in both languages ("psychologue", "social worker").
PROFESSION_WORDS = {
    "psychology": "psychologist psychology psychologue psychologie",
    "social-work": "social worker travailleur social travailleuse sociale",
    "psychotherapy": "psychotherapist psychotherapy counsellor psychothérapeute conseiller "
    "conseillère",
}

# One statement rebuilds the vectors of the given profiles. Every text is indexed with both
# configurations, the headline and the bio with their versions in the other language;
# approaches and concerns contribute their names and other words in both languages, and
# verified credentials their designation, body and profession (the words of a claim count once
# a verifier has checked it).
REFRESH_SQL = """
WITH credential_words AS (
    SELECT c.therapist_id,
           string_agg(concat_ws(' ', c.designation, b.acronym, b.name_en, b.name_fr,
                                b.protected_titles::text,
                                %(professions)s::jsonb ->> b.profession), ' ') AS words
    FROM therapists_credential c
    JOIN therapists_regulatorybody b ON b.id = c.regulatory_body_id
    WHERE c.therapist_id = ANY(%(ids)s) AND c.status = 'verified'
    GROUP BY c.therapist_id
), approach_words AS (
    SELECT link.therapist_id,
           string_agg(concat_ws(' ', m.name_en, m.name_fr, m.short_name_en, m.short_name_fr,
                                m.keywords_en, m.keywords_fr), ' ') AS words
    FROM therapists_therapist_approaches link
    JOIN modalities_approach m ON m.id = link.approach_id
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
           concat_ws(' ', t.headline, t.headline_other, a.words, c.words, r.words) AS practice,
           concat_ws(' ', t.bio, t.bio_other) AS bio
    FROM therapists_therapist t
    LEFT JOIN approach_words a ON a.therapist_id = t.id
    LEFT JOIN concern_words c ON c.therapist_id = t.id
    LEFT JOIN credential_words r ON r.therapist_id = t.id
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
    """Rebuild the search words of the given profiles: their vectors on PostgreSQL, their
    folded text elsewhere."""
    ids = list(therapist_ids)
    if not ids:
        return
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(REFRESH_SQL, {"ids": ids, "professions": json.dumps(PROFESSION_WORDS)})
        rank_vectors_refresh(ids)  # the listed ones' rows rank by the new words
    else:
        search_texts_refresh(ids)


def search_texts_refresh(ids: list[int]) -> None:
    """Each profile's name, headlines and bios (in both languages), its approaches' and
    concerns' names, short names and other words in both languages, and its verified
    credentials' words, folded: what the plain search looks in."""
    words = {
        pk: texts
        for pk, *texts in (
            Therapist.objects.filter(pk__in=ids).values_list(
                "pk", "display_name", "headline", "headline_other", "bio", "bio_other"
            )
        )
    }
    approaches = Therapist.approaches.through.objects.filter(therapist_id__in=ids)
    for pk, *texts in approaches.values_list(
        "therapist_id",
        "approach__name_en",
        "approach__name_fr",
        "approach__short_name_en",
        "approach__short_name_fr",
        "approach__keywords_en",
        "approach__keywords_fr",
    ):
        words[pk].extend(texts)
    concerns = Therapist.concerns.through.objects.filter(therapist_id__in=ids)
    for pk, *texts in concerns.values_list(
        "therapist_id",
        "concern__name_en",
        "concern__name_fr",
        "concern__keywords_en",
        "concern__keywords_fr",
    ):
        words[pk].extend(texts)
    verified = Credential.objects.filter(therapist_id__in=ids, status=CredentialStatus.VERIFIED)
    for pk, designation, acronym, name_en, name_fr, titles, profession in verified.values_list(
        "therapist_id",
        "designation",
        "regulatory_body__acronym",
        "regulatory_body__name_en",
        "regulatory_body__name_fr",
        "regulatory_body__protected_titles",
        "regulatory_body__profession",
    ):
        words[pk].extend([designation, acronym, name_en, name_fr, " ".join(titles or [])])
        words[pk].append(PROFESSION_WORDS.get(profession, ""))
    profiles = [
        Therapist(pk=pk, search_text=fold(" ".join(filter(None, texts))))
        for pk, texts in words.items()
    ]
    Therapist.objects.bulk_update(profiles, ["search_text"], batch_size=500)


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


def words_kept(text: str) -> str:
    """The words searched: the first MAX_WORDS typed."""
    return " ".join(text.split()[:MAX_WORDS])


def text_search(queryset: QuerySet, text: str) -> QuerySet:
    """Profiles matching the text, with a `rank` for best-match ordering."""
    text = words_kept(text)
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        return postgresql_text_search(queryset, text)
    return plain_text_search(queryset, text)


def text_finds_anyone(queryset: QuerySet, text: str) -> bool:
    """Whether text_search(queryset, text) finds anyone. On PostgreSQL the words are asked
    first, through their index, and a name like the text only when they find no one: pg_trgm
    is the slower."""
    text = words_kept(text)
    if connection.vendor != "postgresql" or not text:
        return text_search(queryset, text).exists()
    with by_words_index(queryset.db):
        if queryset.filter(search_vector=search_query(text)).exists():
            return True
    return queryset.filter(therapist_id__in=list(names_like(text, queryset.db))).exists()


@contextmanager
def by_words_index(alias: str):
    """Matches found through the words' GIN index, never by testing every row's words. A
    word in most profiles ("exhaustion": 90,000 of 101,801) looks as cheap to PostgreSQL
    either way, but a scan reads every row's words out of line (438 ms) and the index does
    not (33 ms; 104 ms ranked); and a word it has never seen, wanted once, it would look for
    in a scan (440 ms, where migration 0010 could not change the words test's cost). Set for
    the statement's own transaction; an outer one goes on with its own setting."""
    connection = connections[alias]
    outer = connection.in_atomic_block
    with transaction.atomic(using=alias), connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)"
        )
        before = cursor.fetchone()[0]
        yield
        if outer:
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [before])


# A match on one of the profile's approaches or concerns ranks as much as a word of its
# headline would (ts_rank's weight B), once per vocabulary.
VOCABULARY_WEIGHT = 0.4


def vocabulary_vector(fields: tuple[str, ...]) -> SearchVector:
    """An approach's (or concern's) words in both languages, as each configuration reads them."""
    words = [f"{field}_{language}" for field in fields for language in ("en", "fr")]
    first, *rest = CONFIGURATIONS
    vector = SearchVector(*words, config=first)
    for config in rest:
        vector = vector + SearchVector(*words, config=config)
    return vector


def vocabulary_matching_query(model, fields: tuple[str, ...], query: SearchQuery) -> QuerySet:
    """The ids of the approaches (or concerns) whose words match, in either language."""
    vector = vocabulary_vector(fields)
    matching = model.objects.annotate(words=vector).filter(words=query).order_by("pk")
    return matching.values_list("pk", flat=True)


# The vocabularies whose matching terms add to a row's rank, and the words of theirs that count.
RANKED_VOCABULARIES = {
    "approaches": (Approach, ("name", "short_name", "keywords")),
    "concerns": (Concern, ("name", "keywords")),
}


# What stands for the words typed in a statement compiled once (a search never holds a NUL).
TYPED = "\x00typed\x00"


@lru_cache(maxsize=8)
def words_understood_sql(alias: str) -> tuple[str, list]:
    """One statement giving the words typed (TYPED among its parameters) as PostgreSQL's text
    search query, and for each of RANKED_VOCABULARIES the ids of its terms whose words match
    them, compiled once a process: the ORM took longer to build the queries than PostgreSQL to
    answer them."""
    query = search_query(TYPED)
    rows = SearchRow.objects.using(alias).query
    compiler = rows.get_compiler(using=alias)
    columns, params = compiler.compile(Cast(query, TextField()).resolve_expression(rows))
    columns, params = [columns], list(params)
    for model, fields in RANKED_VOCABULARIES.values():
        matching = vocabulary_matching_query(model, fields, query).using(alias)
        sql, matching_params = matching.query.get_compiler(using=alias).as_sql()
        columns.append(f"ARRAY({sql})")
        params.extend(matching_params)
    return f"SELECT {', '.join(columns)}", params


@dataclass(frozen=True)
class WordsUnderstood:
    """The words typed as PostgreSQL's text search query (`'anxieti' | 'anxiet'`), and for each
    of RANKED_VOCABULARIES the ids of its terms whose words match them."""

    query: str
    terms: dict[str, list[int]]


def words_understood(alias: str, text: str) -> WordsUnderstood:
    sql, params = words_understood_sql(alias)
    typed = words_apart(text)
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, [typed if param == TYPED else param for param in params])
        query, *terms = cursor.fetchone()
    return WordsUnderstood(query, dict(zip(RANKED_VOCABULARIES, terms, strict=True)))


def vocabulary_rank(query: SearchQuery) -> Case:
    """VOCABULARY_WEIGHT for a row holding a matching approach, and again for a concern: the
    matching terms found once per search over the small vocabularies, then tested on each
    row's set."""
    weight, zero = Value(VOCABULARY_WEIGHT), Value(0.0)
    first, second = (
        Case(
            When(
                Q(**{f"{field}__overlap": ArraySubquery(vocabulary_matching_query(*of, query))}),
                then=weight,
            ),
            default=zero,
        )
        for field, of in RANKED_VOCABULARIES.items()
    )
    return first + second


def postgresql_text_search(queryset: QuerySet, text: str) -> QuerySet:
    """Rows whose profile matches (its words through their GIN index, or a name like the text),
    ranked by the row's short words (name, headline, designations), its approaches and
    concerns that match, and, for a name like the text, how alike: a bio's long vector is never
    read (text_rank says the same for the index)."""
    query = search_query(text)
    alike = names_like(text, queryset.db)
    likeness = Case(
        *(When(therapist_id=pk, then=Value(score)) for pk, score in alike.items()),
        default=Value(0.0),
        output_field=FloatField(),
    )
    rank = SearchRank(F("rank_vector"), query) + vocabulary_rank(query) + likeness
    matching = Q(search_vector=query) | Q(therapist_id__in=list(alike))
    return queryset.filter(matching).annotate(
        rank=ExpressionWrapper(rank, output_field=FloatField())
    )


# The rows' names and words again, in a narrow table of their own kept by triggers (migration
# 0011, PostgreSQL only): reading the rows holding a word, or whose name is like the words,
# visits its few pages rather than the wide rows' (1,100 pages at 100,000 rows against 15,200).
WORDS_TABLE = "therapists_searchwords"
# The rows' short words, in a narrow table of their own too (migration 0011).
RANKS_TABLE = "therapists_searchranks"

NAMES_LIKE_SQL = f"""
SELECT therapist_id, similarity(display_name, %(text)s) AS likeness
FROM {WORDS_TABLE}
WHERE display_name %% %(text)s
ORDER BY likeness DESC, therapist_id
LIMIT {NAMES_LIKE_MAX}
"""  # noqa: S608 (names)


def names_like(text: str, alias: str) -> dict[int, float]:
    """The rows whose name is most like the text (a misspelled name), with how alike (pg_trgm's
    similarity, at least its threshold), read first: asked in the same condition as the words,
    the names' index is inexact and makes PostgreSQL check every candidate's words again (130 ms
    against 35 ms for a common word at 100,000 profiles). Read from the words' own table: the
    names' trigram index finds thousands of candidates for a common word ("anxiety": 3,900),
    each read from its page (12 ms from the wide rows'). Through the names' index always: the
    table is small enough for PostgreSQL to cost a scan as cheap, and a scan works out every
    name's likeness (144 ms against 4 ms for "Liam Andersson")."""
    with by_words_index(alias), connections[alias].cursor() as cursor:
        cursor.execute(NAMES_LIKE_SQL, {"text": text})
        return dict(cursor.fetchall())


# The plain search reads the websearch syntax too: "a phrase", -excluded, and words.
PLAIN_TERMS = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')


def plain_text_search(queryset: QuerySet, text: str) -> QuerySet:
    """Every word or "phrase" must appear in the profile's folded words, and no -excluded one:
    accents and case aside, in either language ("therapie", "TCC", "anxious" through the
    concern's other words). No stemming or misspellings: that is PostgreSQL's part."""
    for phrase_minus, phrase, word_minus, word in PLAIN_TERMS.findall(text):
        folded = fold(phrase or word.lstrip("-"))
        if not folded:
            continue
        having = Therapist.objects.filter(search_text__contains=folded).values("pk")
        if phrase_minus or word_minus:
            queryset = queryset.exclude(therapist_id__in=having)
        else:
            queryset = queryset.filter(therapist_id__in=having)
    return queryset.annotate(rank=Value(1.0, output_field=FloatField()))
