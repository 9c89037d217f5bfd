"""What search engines read about a profile: schema.org structured data."""

import json

from django.utils.safestring import SafeString, mark_safe

from therapists.models import Therapist

# What could end the script element early, or open a comment in it, written as JSON escapes.
SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def profile_structured_data(therapist: Therapist, request) -> SafeString:
    """A schema.org Person as JSON-LD, escaped so that it cannot close its script element."""
    url = request.build_absolute_uri(therapist.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "@id": url,
        "url": url,
        "name": therapist.display_name,
        "description": therapist.headline,
        "knowsLanguage": [language.name for language in therapist.languages.all()],
        "hasCredential": [
            {
                "@type": "EducationalOccupationalCredential",
                "name": credential.designation,
                "credentialCategory": "license"
                if credential.regulatory_body.is_regulator
                else "membership",
                "recognizedBy": {
                    "@type": "Organization",
                    "name": credential.regulatory_body.name,
                    "url": credential.regulatory_body.public_register_url or None,
                },
            }
            for credential in therapist.valid_credentials
        ],
        "workLocation": [
            {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": ", ".join(
                        filter(None, [office.address_line1, office.address_line2])
                    ),
                    "addressLocality": office.city.name,
                    "addressRegion": office.city.province,
                    "postalCode": office.postal_code,
                    "addressCountry": "CA",
                },
            }
            for office in therapist.offices.all()
        ],
    }
    if therapist.photo:
        data["image"] = request.build_absolute_uri(therapist.photo.url)
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE))  # noqa: S308
