"""Deterministic demo profiles: realistic, varied, and fast to insert in bulk.

Every profile is made from a seeded random generator, so the same seed gives the same directory.
Rows go in with bulk_create in chunks, so 100,000 profiles take minutes, not hours.
"""

import contextlib
import datetime
import math
import multiprocessing
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.db import connection, connections, transaction
from django.utils import timezone
from django.utils.text import slugify

from directory.models import City, PostalArea, Province, User
from modalities.models import Approach, Concern
from therapists.demo.text import (
    BIOS,
    CONSULTATION,
    FIRST_NAMES,
    HEADLINES,
    LAST_NAMES,
    POSTAL_LETTERS,
    PRONOUNS,
    PROVINCE_WEIGHTS,
    REJECTION_REASONS,
    STREETS,
)
from therapists.listing import listing_refresh
from therapists.models import (
    Community,
    ContactPreference,
    Credential,
    CredentialStatus,
    GenderIdentity,
    Insurer,
    Language,
    Office,
    RegulatoryBody,
    Therapist,
    VerificationEvent,
)
from therapists.search.text import search_vectors_refresh
from therapists.verification.roles import verifiers_group

DEMO_EMAIL_DOMAIN = "demo.example.ca"
DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 (documented demo login, never in production)
VERIFIER_EMAIL = f"verifier@{DEMO_EMAIL_DOMAIN}"
CHUNK = 2000
# From this many profiles on, secondary indexes are built once after the load.
BULK_THRESHOLD = 5_000


@dataclass
class Vocabulary:
    """Ids of the reference data the demo draws from, loaded once."""

    approaches: list[int]
    concerns: list[int]
    languages: dict[str, int]
    insurers: list[int]
    communities: list[int]
    approach_names: dict[int, dict[str, str]]
    concern_names: dict[int, dict[str, str]]
    cities: dict[str, list[City]]
    city_weights: dict[str, list[float]]
    postal_areas: dict[str, list[PostalArea]]
    bodies: dict[str, list[RegulatoryBody]]
    national_bodies: list[RegulatoryBody]


def vocabulary_load() -> Vocabulary:
    """Read every vocabulary the demo needs; fail clearly if reference data is missing."""
    cities = defaultdict(list)
    for city in City.objects.filter(population__gte=1000).order_by("-population", "pk"):
        cities[city.province].append(city)
    bodies = defaultdict(list)
    for body in RegulatoryBody.objects.order_by("slug"):
        bodies[body.province].append(body)
    postal = defaultdict(list)
    for area in PostalArea.objects.order_by("code"):
        postal[area.province].append(area)
    approaches = list(Approach.objects.order_by("slug"))
    concerns = list(Concern.objects.order_by("slug"))
    if not (cities and approaches and concerns and bodies):
        raise LookupError("Load the reference data first: manage.py load_reference_data")
    return Vocabulary(
        approaches=[m.pk for m in approaches],
        concerns=[c.pk for c in concerns],
        languages=dict(Language.objects.values_list("code", "pk")),
        insurers=list(Insurer.objects.order_by("slug").values_list("pk", flat=True)),
        communities=list(Community.objects.order_by("slug").values_list("pk", flat=True)),
        approach_names={m.pk: {"en": m.name_en, "fr": m.name_fr or m.name_en} for m in approaches},
        concern_names={c.pk: {"en": c.name_en, "fr": c.name_fr or c.name_en} for c in concerns},
        cities=dict(cities),
        city_weights={p: [math.sqrt(c.population) for c in cs] for p, cs in cities.items()},
        postal_areas=dict(postal),
        bodies=dict(bodies),
        national_bodies=bodies.get("", []),
    )


def designation_of(body: RegulatoryBody) -> str:
    """The short designation of a body's first title: "Registered Psychotherapist (RP)" -> RP."""
    title = body.protected_titles[0] if body.protected_titles else body.acronym
    match = re.search(r"\(([^()]+)\)\s*$", title)
    return match.group(1) if match else title


def nearest_postal_area(city: City, areas: list[PostalArea]) -> PostalArea | None:
    def distance(area):
        return (area.latitude - city.latitude) ** 2 + (area.longitude - city.longitude) ** 2

    return min(areas, key=distance) if areas else None


def postal_code_near(rng: random.Random, city: City, vocab: Vocabulary, cache: dict) -> str:
    """A plausible full postal code whose first three characters serve the city."""
    if city.pk not in cache:
        area = nearest_postal_area(city, vocab.postal_areas.get(city.province, []))
        cache[city.pk] = area.code if area else "K1A"
    digits = f"{rng.randint(0, 9)}{rng.choice(POSTAL_LETTERS)}{rng.randint(0, 9)}"
    return f"{cache[city.pk]} {digits}"


def pick_body(rng: random.Random, province: str, vocab: Vocabulary) -> RegulatoryBody:
    """A body that registers practitioners in the province; regulators far more often."""
    local = vocab.bodies.get(province, [])
    regulators = [b for b in local if b.kind == RegulatoryBody.Kind.REGULATOR]
    if regulators and rng.random() < 0.85:
        return rng.choice(regulators)
    return rng.choice(local or vocab.national_bodies)


def in_sentence(name: str) -> str:
    """A name inside a sentence: "Grief and loss" -> "grief and loss"; "PTSD", "Gottman" stay."""
    words = [word for word in name.split() if len(word) > 3]
    if name[1:2].isupper() or (len(words) > 1 and all(word[0].isupper() for word in words)):
        return name
    return name[:1].lower() + name[1:]


def sample(rng: random.Random, population: list, low: int, high: int) -> list:
    return rng.sample(population, min(len(population), rng.randint(low, high)))


@dataclass
class Plan:
    """One demo therapist, planned in memory before anything is inserted."""

    user: User
    therapist: Therapist
    approaches: list[int]
    concerns: list[int]
    languages: list[int]
    insurers: list[int]
    communities: list[int]
    offices: list[Office]
    credentials: list[tuple[Credential, str]]


def plan_languages(rng: random.Random, province: str, vocab: Vocabulary) -> tuple[list[int], str]:
    """Languages of service and the language the profile is written in."""
    speaks_french = rng.random() < (0.95 if province == Province.QC else 0.14)
    speaks_english = not speaks_french or rng.random() < (0.6 if province == Province.QC else 1)
    codes = [c for c, yes in (("en", speaks_english), ("fr", speaks_french)) if yes]
    others = [c for c in vocab.languages if c not in ("en", "fr")]
    if others and rng.random() < 0.22:
        codes.append(rng.choice(others))
    written = "fr" if speaks_french and (province == Province.QC or not speaks_english) else "en"
    return [vocab.languages[c] for c in codes if c in vocab.languages], written


def plan_fees(rng: random.Random) -> tuple[int, int | None]:
    fee = rng.randrange(90, 231, 5)
    floor = rng.randrange(40, fee - 10, 5) if rng.random() < 0.38 else None
    return fee, floor


def plan_offices(
    rng: random.Random, province: str, vocab: Vocabulary, postal_cache: dict
) -> list[Office]:
    cities = vocab.cities.get(province) or vocab.cities[Province.ON]
    weights = vocab.city_weights.get(province) or vocab.city_weights[Province.ON]
    offices = []
    for _ in range(1 if rng.random() < 0.8 else 2):
        city = rng.choices(cities, weights=weights)[0]
        offices.append(
            Office(
                address_line1=f"{rng.randint(1, 2400)} {rng.choice(STREETS)}",
                address_line2=f"Suite {rng.randint(100, 900)}" if rng.random() < 0.5 else "",
                city=city,
                postal_code=postal_code_near(rng, city, vocab, postal_cache),
                latitude=round(city.latitude + rng.uniform(-0.03, 0.03), 6),
                longitude=round(city.longitude + rng.uniform(-0.04, 0.04), 6),
                wheelchair_accessible=rng.random() < 0.45,
            )
        )
    return offices


def plan_credentials(
    rng: random.Random,
    province: str,
    vocab: Vocabulary,
    seed: int,
    today: datetime.date,
    number: int,
) -> list[tuple[Credential, str]]:
    """One credential in the home province, sometimes a second elsewhere; statuses varied.

    Registration numbers come from the therapist's number, so no two demo profiles share one."""
    provinces = [province]
    if rng.random() < 0.12:
        provinces.append(rng.choice([p for p in PROVINCE_WEIGHTS if p != province]))
    credentials = []
    for index, where in enumerate(provinces):
        body = pick_body(rng, where, vocab)
        roll = rng.random() if index == 0 else 0.0
        status = (
            CredentialStatus.VERIFIED
            if roll < 0.84
            else CredentialStatus.PENDING
            if roll < 0.91
            else CredentialStatus.REJECTED
            if roll < 0.95
            else CredentialStatus.EXPIRED
        )
        expires = today + datetime.timedelta(days=rng.randint(60, 400))
        if status == CredentialStatus.EXPIRED:
            expires = today - datetime.timedelta(days=rng.randint(1, 300))
        credential = Credential(
            regulatory_body=body,
            designation=designation_of(body),
            registration_number=f"{seed}{number + 1:07d}{index}",
            jurisdiction=where,
            expires_on=expires,
            status=status,
            reason=rng.choice(REJECTION_REASONS) if status == CredentialStatus.REJECTED else "",
        )
        credentials.append((credential, status))
    return credentials


def plan_therapist(
    rng: random.Random, index: int, seed: int, vocab: Vocabulary, password: str, postal_cache: dict
) -> Plan:
    """Everything about one demo therapist, drawn from the generator in a fixed order."""
    now = timezone.now()
    province = rng.choices(list(PROVINCE_WEIGHTS), weights=list(PROVINCE_WEIGHTS.values()))[0]
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    gender = rng.choices(list(GenderIdentity), weights=[58, 30, 7, 2, 3])[0]
    languages, written = plan_languages(rng, province, vocab)
    approaches = sample(rng, vocab.approaches, 2, 5)
    concerns = sample(rng, vocab.concerns, 3, 10)
    years = rng.randint(2, 35)
    fee, floor = plan_fees(rng)
    online_only = rng.random() < 0.12
    free_consultation = rng.random() < 0.55
    approach_text = ", ".join(in_sentence(vocab.approach_names[a][written]) for a in approaches[:3])
    concern_names = [in_sentence(vocab.concern_names[c][written]) for c in concerns]
    user = User(
        email=f"therapist-{seed}-{index}@{DEMO_EMAIL_DOMAIN}",
        password=password,
        first_name=first,
        last_name=last,
        email_confirmed_at=now,
    )
    therapist = Therapist(
        slug=f"{slugify(f'{first} {last}')}-{seed}-{index}",
        display_name=f"{first} {last}",
        pronouns=PRONOUNS[gender] if rng.random() < 0.8 else "",
        gender_identity=gender,
        headline=rng.choice(HEADLINES[written]).format(
            concern=concern_names[0], approach=vocab.approach_names[approaches[0]][written]
        ),
        bio=BIOS[written]
        .format(
            concerns=", ".join(concern_names[:3]),
            years=years,
            approaches=approach_text,
            minutes=50,
            consultation=CONSULTATION[written][0 if free_consultation else 1],
        )
        .strip(),
        years_in_practice=years,
        serves_children=rng.random() < 0.15,
        serves_teens=rng.random() < 0.35,
        serves_adults=True,
        serves_older_adults=rng.random() < 0.4,
        offers_individual=True,
        offers_couples=rng.random() < 0.3,
        offers_family=rng.random() < 0.15,
        offers_group=rng.random() < 0.08,
        fee=fee,
        fee_floor=floor,
        free_consultation=free_consultation,
        accepting_new_clients=rng.random() < 0.78,
        availability_confirmed_at=now - datetime.timedelta(days=rng.randint(0, 75)),
        offers_online=online_only or rng.random() < 0.7,
        offers_in_person=not online_only,
        contact_preference=rng.choice(list(ContactPreference)),
        is_published=rng.random() < 0.95,
    )
    return Plan(
        user=user,
        therapist=therapist,
        approaches=approaches,
        concerns=concerns,
        languages=languages,
        insurers=sample(rng, vocab.insurers, 0, 4) if rng.random() < 0.55 else [],
        communities=sample(rng, vocab.communities, 1, 2) if rng.random() < 0.35 else [],
        offices=[] if online_only else plan_offices(rng, province, vocab, postal_cache),
        credentials=plan_credentials(
            rng, province, vocab, seed, timezone.localdate(), number=index
        ),
    )


def through_rows(plans: list[Plan], attribute: str, model, column: str) -> list:
    """Rows of a many-to-many table, e.g. (therapist, approach) for every planned approach."""
    return [
        model(therapist_id=plan.therapist.pk, **{f"{column}_id": pk})
        for plan in plans
        for pk in getattr(plan, attribute)
    ]


# The decisions a credential went through to reach its demo status.
DECISIONS = {
    CredentialStatus.PENDING: [],
    CredentialStatus.VERIFIED: [CredentialStatus.VERIFIED],
    CredentialStatus.REJECTED: [CredentialStatus.REJECTED],
    CredentialStatus.EXPIRED: [CredentialStatus.VERIFIED, CredentialStatus.EXPIRED],
}


def credential_events(credential: Credential, status: str, verifier: User) -> list:
    """The audit trail the credential would have: submitted, then each decision."""
    label = str(credential)
    events = [VerificationEvent(credential=credential, credential_label=label, to_status="pending")]
    previous = CredentialStatus.PENDING
    for step in DECISIONS[status]:
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


def demo_verifier(password: str) -> User:
    verifier, _ = User.objects.get_or_create(
        email=VERIFIER_EMAIL,
        defaults={"password": password, "is_staff": True, "first_name": "Demo verifier"},
    )
    verifier.groups.add(verifiers_group())  # so the demo can work the queues
    return verifier


def demo_count() -> int:
    return Therapist.objects.filter(owner__email__endswith=f"@{DEMO_EMAIL_DOMAIN}").count()


def demo_seed(*, count: int, seed: int = 1, progress=None, workers: int = 1) -> int:
    """Create `count` demo therapists from `seed`; returns how many were created.

    Each chunk draws from its own generator, seeded by the seed and the chunk's number, so the
    directory is the same whatever the number of worker processes (PostgreSQL only)."""
    password = make_password(DEMO_PASSWORD)
    context = SeedContext(
        seed=seed,
        count=count,
        vocab=vocabulary_load(),
        password=password,
        verifier=demo_verifier(password),
    )
    starts = range(0, count, CHUNK)
    parallel = workers > 1 and connection.vendor == "postgresql" and not connection.in_atomic_block
    with secondary_indexes_set_aside(Therapist._meta.db_table, when=count >= BULK_THRESHOLD):
        if parallel:
            done = seed_in_processes(context, starts, workers)
        else:
            done = (seed_chunk(context, start) for start in starts)
        total = 0
        for size in done:
            total += size
            if progress:
                progress(total)
    refresh_planner_statistics()
    return count


@dataclass
class SeedContext:
    """What every chunk of a demo load needs; copied into each worker process."""

    seed: int
    count: int
    vocab: Vocabulary
    password: str
    verifier: User
    postal_cache: dict = field(default_factory=dict)


def seed_chunk(context: SeedContext, start: int) -> int:
    """Plan and insert one chunk of therapists in one transaction; returns how many."""
    rng = random.Random(f"{context.seed}:{start}")
    size = min(CHUNK, context.count - start)
    plans = [
        plan_therapist(
            rng, start + i, context.seed, context.vocab, context.password, context.postal_cache
        )
        for i in range(size)
    ]
    with transaction.atomic():
        insert_plans(plans, context.verifier)
        search_vectors_refresh(plan.therapist.pk for plan in plans)
        listing_refresh(therapist_ids=[plan.therapist.pk for plan in plans])
    return size


_worker_context: SeedContext | None = None


def worker_start(context: SeedContext) -> None:
    """In a new worker: its own database connection, and the shared plan."""
    global _worker_context
    _worker_context = context
    connections.close_all()


def worker_seed(start: int) -> int:
    return seed_chunk(_worker_context, start)


def seed_in_processes(context: SeedContext, starts, workers: int):
    """Chunks inserted by several processes at once (the planning is Python-bound)."""
    connections.close_all()  # a forked child must not share the parent's connection
    pool = multiprocessing.get_context("fork").Pool(
        workers, initializer=worker_start, initargs=(context,)
    )
    try:
        yield from pool.imap_unordered(worker_seed, starts)
    finally:
        pool.close()
        pool.join()


@contextlib.contextmanager
def secondary_indexes_set_aside(table: str, *, when: bool):
    """For a large load on PostgreSQL, build the table's secondary indexes once at the end
    rather than row by row (the search-vector update writes every row twice)."""
    if not when or connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexname "
            "NOT IN (SELECT conname FROM pg_constraint)",
            [table],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for _name, definition in indexes:
                cursor.execute(definition)


def refresh_planner_statistics() -> None:
    """After a bulk load PostgreSQL's row estimates are stale until the tables are analyzed, and
    the profiles table holds a dead copy of every row whose search words were filled in. A plain
    VACUUM then marks every page all-visible, so the search's counts and EXISTS checks can read
    the link tables' indexes alone (VACUUM FULL leaves the visibility map empty)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if connection.in_atomic_block:  # VACUUM cannot run inside a transaction
            cursor.execute("ANALYZE")
            return
        cursor.execute("VACUUM (FULL) therapists_therapist")
        cursor.execute("VACUUM (ANALYZE)")
