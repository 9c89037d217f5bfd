"""Deterministic demo profiles: realistic, varied, and fast to insert in bulk.

Every profile is made from a seeded random generator, so the same seed gives the same directory.
Rows go in with bulk_create in chunks, so 100,000 profiles take minutes, not hours.
"""

import contextlib
import multiprocessing
import random
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.db import connection, connections, transaction

from directory.models import User
from therapists.demo.activity import demo_activity_seed
from therapists.demo.media import demo_media_seed
from therapists.demo.plans import DEMO_EMAIL_DOMAIN, Vocabulary, plan_therapist, vocabulary_load
from therapists.demo.rows import CHUNK, insert_plans
from therapists.listing import listing_refresh
from therapists.models import Therapist
from therapists.search.text import search_vectors_refresh
from therapists.verification.roles import verifiers_group

DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 (documented demo login, never in production)
VERIFIER_EMAIL = f"verifier@{DEMO_EMAIL_DOMAIN}"
# From this many profiles on, secondary indexes are built once after the load.
BULK_THRESHOLD = 5_000


def demo_verifier(password: str) -> User:
    """The demo's staff login, in the Verifiers group so it can work the queues."""
    verifier, _ = User.objects.get_or_create(
        email=VERIFIER_EMAIL,
        defaults={"password": password, "is_staff": True, "first_name": "Demo verifier"},
    )
    verifier.groups.add(verifiers_group())
    return verifier


def demo_count() -> int:
    """How many demo profiles exist; the seed runs only on a directory without them."""
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
    demo_media_seed(verifier=context.verifier)
    demo_activity_seed(seed=seed)
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
