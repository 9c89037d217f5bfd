"""How profiles are read: the one rule of who is listed (Therapist.objects.listed()), the
details each kind of page shows in a fixed number of queries, and who takes new clients."""

import datetime

from django.db import models
from django.db.models import F, OuterRef, Prefetch, Subquery
from django.db.models.functions import JSONObject
from django.utils import timezone

from directory.geo import Place, distance_km
from modalities.models import Approach
from therapists.models.availability import accepting_q
from therapists.models.credentials import Credential
from therapists.models.offices import Office

# The long texts a result card never shows: left in the database, they keep a page of results
# from reading and sending kilobytes per profile (the search words are the largest column).
CARD_UNUSED_FIELDS = ("bio", "bio_other", "search_vector")
# What a result card shows of the profile itself (therapists/templatetags/result_cards.py): a
# page of results reads these alone, each card a model instance of some fifteen fields.
CARD_FIELDS = (
    "id",
    "slug",
    "display_name",
    "pronouns",
    "text_language",
    "headline",
    "headline_other",
    "photo_thumbnail",
    "fee",
    "fee_floor",
    "free_consultation",
    "accepting",
    "waitlist_weeks",
    "availability_confirmed_at",
    "offers_online",
    "offers_in_person",
)


class TherapistQuerySet(models.QuerySet):
    def listed(self, *, on: datetime.date | None = None):
        """Profiles the public may see: published, active owner, a valid verified credential.

        Each profile keeps the last day that holds as listed_until (therapists/listing.py)."""
        return self.filter(listed_until__gte=on or timezone.localdate())

    def with_card_details(self):
        """What a result card shows of the profile itself, in a fixed number of queries whatever
        the page size; its labels and video badge come from therapists/search/cards.py."""
        valid_credentials = Credential.objects.valid().select_related("regulatory_body")
        return self.prefetch_related(
            Prefetch("credentials", queryset=valid_credentials, to_attr="valid_credentials"),
        ).defer(*CARD_UNUSED_FIELDS)

    def for_cards(self, *, on: datetime.date | None = None):
        """What a result card shows, in one query whatever the page size, in no particular
        order: the profile's own fields a card shows (CARD_FIELDS), its first valid credential
        that day (as `first_credential`: designation, body's acronym and kind) and its search
        row's sets of terms and video badge (`row_*`). A profile without a search row is not
        listed, and not read."""
        first = (
            Credential.objects.valid(on=on)
            .filter(therapist=OuterRef("pk"))
            .order_by("submitted_at", "pk")
            .values(
                json=JSONObject(
                    designation="designation",
                    acronym="regulatory_body__acronym",
                    kind="regulatory_body__kind",
                )
            )[:1]
        )
        return (
            self.filter(search_row__isnull=False)
            .only(*CARD_FIELDS)
            .order_by()
            .annotate(
                first_credential=Subquery(first),
                row_approaches=F("search_row__approaches"),
                row_concerns=F("search_row__concerns"),
                row_languages=F("search_row__languages"),
                row_video=F("search_row__has_video"),
            )
        )

    def with_profile_details(self):
        """Everything a profile page shows, in a fixed number of queries."""
        return self.with_profile_facts().prefetch_related(
            Prefetch("approaches", queryset=Approach.objects.for_labels()),
            "concerns",
            "languages",
            "communities",
            "direct_billing",
        )

    def with_profile_facts(self):
        """What a profile page shows but its vocabularies' terms (approaches, concerns,
        languages, communities, insurers), which its search row's sets also name."""
        return (
            self.with_card_details()
            .defer(None)
            .select_related("intro_video__language")
            .prefetch_related(
                # Only where the therapist may see clients in person (Office.registered).
                Prefetch("offices", queryset=Office.objects.registered().select_related("city")),
            )
        )

    def with_compare_details(self, *, place: Place | None = None):
        """What the compare page shows of each profile, in a fixed number of queries whatever
        their number; each office with its `distance` (km) from the place, when there is one."""
        offices = Office.objects.registered().select_related("city")
        if place is not None:
            offices = offices.annotate(distance=distance_km(place)).order_by("distance")
        return self.with_card_details().prefetch_related(
            Prefetch("approaches", queryset=Approach.objects.for_labels()),
            "languages",
            "direct_billing",
            Prefetch("offices", queryset=offices),
        )

    def accepting_clients(self, *, waitlist: bool = False):
        """Accepting new clients (with waitlist, or keeping a waitlist), confirmed recently
        enough to believe (therapists/models/availability.py)."""
        return self.filter(accepting_q(waitlist=waitlist))
