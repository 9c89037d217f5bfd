"""The API's public allow-list, written down here and not read from the code: each endpoint's
fields (as dotted paths, a list's items sharing their list's path) that the public may read.
A field that is not here fails tests/therapists/public/api/test_privacy.py."""

PAGE = {"count", "next", "previous", "results"}
TERM = {"slug", "name"}
THERAPIST = {
    "slug",
    "name",
    "pronouns",
    "designations",
    "credentials",
    "credentials.designation",
    "credentials.regulator",
    "credentials.regulator.slug",
    "credentials.regulator.acronym",
    "credentials.regulator.name",
    "credentials.registration_number",
    "credentials.jurisdiction",
    "credentials.verified_on",
    "headline",
    "bio",
    "years_in_practice",
    *{
        f"{field}{key}"
        for field in ("approaches", "concerns", "communities", "direct_billing")
        for key in ("", ".slug", ".name")
    },
    "languages",
    "languages.code",
    "languages.name",
    "age_groups",
    "formats",
    "fee",
    "session_minutes",
    "sliding_scale_from",
    "free_consultation",
    "availability",
    "availability_confirmed_on",
    "offers_online",
    "offers_in_person",
    "online_provinces",
    "offices",
    *{
        f"offices.{field}"
        for field in (
            "label",
            "address_line1",
            "address_line2",
            "city",
            "province",
            "postal_code",
            "latitude",
            "longitude",
            "wheelchair_accessible",
        )
    },
    "video",
    "video.url",
    "video.poster_url",
    "video.captions_url",
    "photo_url",
    "profile_url",
    "url",
    "updated_on",
}
APPROACH = {
    "slug",
    "name",
    "short_name",
    "family",
    "summary",
    "what_it_is",
    "how_it_helps",
    "who_it_helps",
    "session_looks_like",
    "related",
    "page_url",
}
CONCERN = {"slug", "name", "description"}
REGULATOR = {
    "slug",
    "acronym",
    "name",
    "province",
    "kind",
    "profession",
    "protected_titles",
    "public_register_url",
    "website",
}
PROVINCE = {"code", "name"}
CITY = {"id", "name", "slug", "province", "latitude", "longitude"}
ROOT = {"therapists", "approaches", "concerns", "regulators", "cities"}
# The HSDS profile (Open Referral's field names): what the profile page shows, as HSDS objects.
HSDS_ROOT = {
    "version",
    "profile",
    "openapi_url",
    "description",
    "publisher",
    "publisher.name",
    "publisher.website",
}
HSDS_PAGE = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}
LOCATION = "service_at_locations.location"
# Each object of an HSDS service ("" the service itself) and its public fields.
HSDS_OBJECTS = {
    "": [
        "id",
        "organization_id",
        "name",
        "description",
        "url",
        "status",
        "application_process",
        "fees_description",
        "accreditations",
        "eligibility_description",
        "minimum_age",
        "maximum_age",
        "assured_date",
        "last_modified",
        "organization",
        "languages",
        "cost_options",
        "service_areas",
        "service_at_locations",
        "contacts",
        "phones",
        "schedules",
        "attributes",
        "metadata",
    ],
    "organization": ["id", "name", "description", "website"],
    "languages": ["id", "service_id", "name", "code"],
    "cost_options": ["id", "service_id", "option", "amount", "amount_description", "currency"],
    "service_areas": ["id", "service_id", "name", "description"],
    "service_at_locations": ["id", "service_id", "location_id", "location"],
    LOCATION: [
        "id",
        "organization_id",
        "name",
        "location_type",
        "latitude",
        "longitude",
        "addresses",
        "accessibility",
    ],
    f"{LOCATION}.addresses": [
        "id",
        "location_id",
        "address_1",
        "address_2",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ],
    f"{LOCATION}.accessibility": ["id", "location_id", "description"],
    "contacts": ["id", "service_id", "name", "title"],
    "phones": ["id", "service_id", "number", "type"],
    "schedules": [
        "id",
        "service_id",
        "freq",
        "byday",
        "opens_at",
        "closes_at",
        "description",
        "schedule_link",
        "attending_type",
    ],
    "attributes": ["id", "link_id", "link_entity", "link_type", "taxonomy_term_id"],
    "metadata": [
        "id",
        "resource_id",
        "resource_type",
        "last_action_date",
        "last_action_type",
        "field_name",
        "previous_value",
        "replacement_value",
        "updated_by",
    ],
}
HSDS_SERVICE = {
    f"{owner}.{field}" if owner else field
    for owner, fields in HSDS_OBJECTS.items()
    for field in fields
}
HSDS_TAXONOMY = {"id", "name", "description", "uri", "version"}
HSDS_TERM = {
    "id",
    "code",
    "name",
    "description",
    "parent_id",
    "taxonomy",
    "language",
    "taxonomy_id",
    "term_uri",
}


def hsds_paged(fields: set[str]) -> set[str]:
    return HSDS_PAGE | {f"contents.{field}" for field in fields}


def paged(fields: set[str]) -> set[str]:
    return PAGE | {f"results.{field}" for field in fields}


# A search that found no one runs with its misspelt words corrected, and says so.
CORRECTION = {"correction", "correction.typed", "correction.searched"}
# Each endpoint's public fields, by the schema's path.
ALLOWED = {
    "/api/v1/": ROOT,
    "/api/v1/therapists/": paged(THERAPIST) | CORRECTION,
    "/api/v1/therapists/{slug}/": THERAPIST,
    "/api/v1/approaches/": paged(APPROACH),
    "/api/v1/approaches/{slug}/": APPROACH,
    "/api/v1/concerns/": paged(CONCERN),
    "/api/v1/concerns/{slug}/": CONCERN,
    "/api/v1/regulators/": paged(REGULATOR),
    "/api/v1/regulators/{slug}/": REGULATOR,
    "/api/v1/cities/": paged(CITY),
    "/api/v1/cities/{id}/": CITY,
    "/api/v1/provinces/": PROVINCE,
    "/api/v1/provinces/{code}/": PROVINCE,
    "/api/v1/hsds/": HSDS_ROOT,
    "/api/v1/hsds/services/": hsds_paged(HSDS_SERVICE),
    "/api/v1/hsds/services/{id}/": HSDS_SERVICE,
    "/api/v1/hsds/taxonomies/": hsds_paged(HSDS_TAXONOMY),
    "/api/v1/hsds/taxonomies/{id}/": HSDS_TAXONOMY,
    "/api/v1/hsds/taxonomy_terms/": hsds_paged(HSDS_TERM),
    "/api/v1/hsds/taxonomy_terms/{id}/": HSDS_TERM,
}
# What the documentation pages serve, rather than data.
NOT_DATA = {"/api/v1/schema/", "/api/v1/docs/"}
