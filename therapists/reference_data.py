"""Reference vocabulary for therapist profiles: plain data, loaded by therapists.reference."""

# Regulators and voluntary associations for psychotherapy/counselling, psychology and social
# work. Where a public register page could not be confirmed, public_register_url is the home
# page (marked "register: home page").
REGULATORY_BODIES = [
    # Ontario
    {
        "slug": "crpo",
        "acronym": "CRPO",
        "name": {
            "en": "College of Registered Psychotherapists of Ontario",
            "fr": "Ordre des psychothérapeutes autorisés de l'Ontario",
        },
        "province": "ON",
        "kind": "regulator",
        "profession": "psychotherapy",
        "protected_titles": [
            "Registered Psychotherapist (RP)",
            "Registered Psychotherapist (Qualifying) (RP (Qualifying))",
        ],
        # register: confirmed (my.crpo.ca/publicregister, cited as the CRPO public register in a
        # 2026-09 register audit found via the code index)
        "public_register_url": "https://my.crpo.ca/publicregister",
        "website": "https://www.crpo.ca/",
    },
    {
        "slug": "cpbao",
        "acronym": "CPBAO",
        "name": {
            "en": "College of Psychologists and Behaviour Analysts of Ontario",
            "fr": "Ordre des psychologues et des analystes du comportement de l'Ontario",
        },
        "province": "ON",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": [
            "Psychologist (C.Psych.)",
            "Psychological Associate (C.Psych.Assoc.)",
        ],
        # register: confirmed (public register search form on members.cpbao.ca, cited in a 2026-09
        # register audit; successor of members.cpo.on.ca/public_register)
        "public_register_url": "https://members.cpbao.ca/public_register/new",
        "website": "https://cpbao.ca/",
    },
    {
        "slug": "ocswssw",
        "acronym": "OCSWSSW",
        "name": {
            "en": "Ontario College of Social Workers and Social Service Workers",
            "fr": (
                "Ordre des travailleurs sociaux et des techniciens en travail social de l'Ontario"
            ),
        },
        "province": "ON",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": [
            "Registered Social Worker (RSW)",
            "Registered Social Service Worker (RSSW)",
        ],
        # register: confirmed (stored "Welcome to the Online Register" page; newer pages sit under
        # /registrants/online-register/, so this path may now redirect)
        "public_register_url": "https://www.ocswssw.org/members/online-register/",
        "website": "https://www.ocswssw.org/",
    },
    # Quebec
    {
        "slug": "opq",
        "acronym": "OPQ",
        "name": {
            "en": "Ordre des psychologues du Québec",
            "fr": "Ordre des psychologues du Québec",
        },
        "province": "QC",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": [
            "Psychologue (psychologist)",
            "Psychothérapeute (psychotherapist's permit, issued by the OPQ)",
        ],
        # register: confirmed (« Trouver un psychologue », cited as the Ordre's official
        # directory of members in a resource list verified 2026-10-04)
        "public_register_url": "https://www.ordrepsy.qc.ca/trouver-un-psychologue",
        "website": "https://www.ordrepsy.qc.ca/",
    },
    {
        "slug": "otstcfq",
        "acronym": "OTSTCFQ",
        "name": {
            "en": (
                "Ordre des travailleurs sociaux et des thérapeutes conjugaux et familiaux du Québec"
            ),
            "fr": (
                "Ordre des travailleurs sociaux et des thérapeutes conjugaux et familiaux du Québec"
            ),
        },
        "province": "QC",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": [
            "Travailleur social, travailleuse sociale (T.S.)",
            "Thérapeute conjugal et familial (T.C.F.)",
        ],
        "public_register_url": "https://www.otstcfq.org/",  # register: home page
        "website": "https://www.otstcfq.org/",
    },
    # British Columbia
    {
        "slug": "bcacc",
        "acronym": "BCACC",
        "name": {
            "en": "BC Association of Clinical Counsellors",
            "fr": "BC Association of Clinical Counsellors",
        },
        "province": "BC",
        "kind": "association",
        "profession": "psychotherapy",
        "protected_titles": ["Registered Clinical Counsellor (RCC)"],
        "public_register_url": "https://bcacc.ca/search-our-member-register/",
        "website": "https://bcacc.ca/",
    },
    {
        "slug": "chcpbc",
        "acronym": "CHCPBC",
        "name": {
            "en": "College of Health and Care Professionals of British Columbia",
            "fr": "College of Health and Care Professionals of British Columbia",
        },
        "province": "BC",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": ["Registered Psychologist (R.Psych.)", "School Psychologist"],
        # register: confirmed (CHCPBC Public Registry on Alinity, cited with chcpbc.org/public/ in
        # two independent sources)
        "public_register_url": "https://chcpbc.alinityapp.com/client/publicdirectory",
        "website": "https://chcpbc.org/",
    },
    {
        "slug": "bccsw",
        "acronym": "BCCSW",
        "name": {
            "en": "British Columbia College of Social Workers",
            "fr": "British Columbia College of Social Workers",
        },
        "province": "BC",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": [
            "Registered Social Worker (RSW)",
            "Registered Clinical Social Worker (RCSW)",
        ],
        "public_register_url": "https://bccsw.ca/",  # register: home page
        "website": "https://bccsw.ca/",
    },
    # Alberta
    {
        "slug": "acta",
        "acronym": "ACTA",
        "name": {
            "en": "Association of Counselling Therapy of Alberta",
            "fr": "Association of Counselling Therapy of Alberta",
        },
        "province": "AB",
        "kind": "association",
        "profession": "psychotherapy",
        "protected_titles": ["Counselling Therapist (ACTA)"],
        "public_register_url": "https://www.acta-alberta.ca/",  # register: home page
        "website": "https://www.acta-alberta.ca/",
    },
    {
        "slug": "cap",
        "acronym": "CAP",
        "name": {
            "en": "College of Alberta Psychologists",
            "fr": "College of Alberta Psychologists",
        },
        "province": "AB",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": ["Registered Psychologist", "Registered Provisional Psychologist"],
        "public_register_url": "https://www.cap.ab.ca/",  # register: home page
        "website": "https://www.cap.ab.ca/",
    },
    {
        "slug": "acsw",
        "acronym": "ACSW",
        "name": {
            "en": "Alberta College of Social Workers",
            "fr": "Alberta College of Social Workers",
        },
        "province": "AB",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": ["Registered Social Worker (RSW)", "Clinical Social Worker"],
        "public_register_url": "https://acsw.ab.ca/",  # register: home page
        "website": "https://acsw.ab.ca/",
    },
    # Saskatchewan
    {
        "slug": "scp",
        "acronym": "SCP",
        "name": {
            "en": "Saskatchewan College of Psychologists",
            "fr": "Saskatchewan College of Psychologists",
        },
        "province": "SK",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": ["Registered Psychologist", "Registered Doctoral Psychologist"],
        "public_register_url": "https://www.skcp.ca/",  # register: home page
        "website": "https://www.skcp.ca/",
    },
    {
        "slug": "sasw",
        "acronym": "SASW",
        "name": {
            "en": "Saskatchewan Association of Social Workers",
            "fr": "Saskatchewan Association of Social Workers",
        },
        "province": "SK",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": ["Registered Social Worker (RSW)"],
        "public_register_url": "https://www.sasw.ca/",  # register: home page
        "website": "https://www.sasw.ca/",
    },
    # Manitoba
    {
        "slug": "pam",
        "acronym": "PAM",
        "name": {
            "en": "Psychological Association of Manitoba",
            "fr": "Association des psychologues du Manitoba",
        },
        "province": "MB",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": [
            "Psychologist (C.Psych.)",
            "Psychological Associate",
            "Psychologist Candidate",
            "Psychological Associate Candidate",
        ],
        "public_register_url": "https://www.cpmb.ca/",  # register: home page
        "website": "https://www.cpmb.ca/",
    },
    {
        "slug": "mcsw",
        "acronym": "MCSW",
        "name": {
            "en": "Manitoba College of Social Workers",
            "fr": "Manitoba College of Social Workers",
        },
        "province": "MB",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": ["Registered Social Worker (RSW)"],
        "public_register_url": "https://mcsw.ca/",  # register: home page
        "website": "https://mcsw.ca/",
    },
    # New Brunswick
    {
        "slug": "cctnb",
        "acronym": "CCTNB",
        "name": {
            "en": "College of Licensed Counselling Therapists of New Brunswick",
            "fr": "Collège des conseillers et conseillères thérapeutes agréés du Nouveau-Brunswick",
        },
        "province": "NB",
        "kind": "regulator",
        "profession": "psychotherapy",
        "protected_titles": [
            "Licensed Counselling Therapist (LCT)",
            "Licensed Counselling Therapist-Candidate (LCT-C)",
        ],
        "public_register_url": "https://cctnb.ca/",  # register: home page
        "website": "https://cctnb.ca/",
    },
    {
        "slug": "cpnb",
        "acronym": "CPNB",
        "name": {
            "en": "College of Psychologists of New Brunswick",
            "fr": "Collège des psychologues du Nouveau-Brunswick",
        },
        "province": "NB",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": ["Licensed Psychologist", "Resident in Psychology"],
        "public_register_url": "https://cpnb.ca/",  # register: home page
        "website": "https://cpnb.ca/",
    },
    {
        "slug": "nbasw",
        "acronym": "NBASW",
        "name": {
            "en": "New Brunswick Association of Social Workers",
            "fr": "Association des travailleuses et des travailleurs sociaux du Nouveau-Brunswick",
        },
        "province": "NB",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": [
            "Registered Social Worker (RSW)",
            "Travailleuse sociale immatriculée, travailleur social immatriculé (TSI)",
        ],
        "public_register_url": "https://www.nbasw-atsnb.ca/",  # register: home page
        "website": "https://www.nbasw-atsnb.ca/",
    },
    # Nova Scotia
    {
        "slug": "nscct",
        "acronym": "NSCCT",
        "name": {
            "en": "Nova Scotia College of Counselling Therapists",
            "fr": "Nova Scotia College of Counselling Therapists",
        },
        "province": "NS",
        "kind": "regulator",
        "profession": "psychotherapy",
        "protected_titles": [
            "Registered Counselling Therapist (RCT)",
            "Registered Counselling Therapist-Candidate (RCT-C)",
        ],
        "public_register_url": "https://nscct.ca/public-access-registry/",
        "website": "https://nscct.ca/",
    },
    {
        "slug": "nsbep",
        "acronym": "NSBEP",
        "name": {
            "en": "Nova Scotia Board of Examiners in Psychology",
            "fr": "Nova Scotia Board of Examiners in Psychology",
        },
        "province": "NS",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": ["Registered Psychologist", "Psychologist (Candidate Register)"],
        "public_register_url": "https://secure.nsbep.org/DirectoryofPsychologists.php",
        "website": "https://www.nsbep.org/",
    },
    {
        "slug": "nscsw",
        "acronym": "NSCSW",
        "name": {
            "en": "Nova Scotia College of Social Workers",
            "fr": "Nova Scotia College of Social Workers",
        },
        "province": "NS",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": ["Registered Social Worker (RSW)", "Social Worker Candidate"],
        "public_register_url": "https://nscsw.org/",  # register: home page
        "website": "https://nscsw.org/",
    },
    # Prince Edward Island
    {
        "slug": "cctpei",
        "acronym": "CCTPEI",
        "name": {
            "en": "College of Counselling Therapy of Prince Edward Island",
            "fr": "College of Counselling Therapy of Prince Edward Island",
        },
        "province": "PE",
        "kind": "regulator",
        "profession": "psychotherapy",
        "protected_titles": ["Counselling Therapist (CT)"],
        "public_register_url": "https://www.cctpei.ca/",  # register: home page
        "website": "https://www.cctpei.ca/",
    },
    {
        "slug": "peiprb",
        "acronym": "PEIPRB",
        "name": {
            "en": "Prince Edward Island Psychologists Registration Board",
            "fr": "Prince Edward Island Psychologists Registration Board",
        },
        "province": "PE",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": ["Psychologist", "Psychological Associate"],
        "public_register_url": "https://peipsychology.org/peiprb/",  # register: home page
        "website": "https://peipsychology.org/peiprb/",
    },
    {
        "slug": "peiswrb",
        "acronym": "PEISWRB",
        "name": {
            "en": "Prince Edward Island Social Work Registration Board",
            "fr": "Prince Edward Island Social Work Registration Board",
        },
        "province": "PE",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": ["Registered Social Worker (RSW)"],
        "public_register_url": "https://socialworkpei.ca/",  # register: home page
        "website": "https://socialworkpei.ca/",
    },
    # Newfoundland and Labrador
    {
        "slug": "nlpb",
        "acronym": "NLPB",
        "name": {
            "en": "Newfoundland and Labrador Psychology Board",
            "fr": "Newfoundland and Labrador Psychology Board",
        },
        "province": "NL",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": [
            "Registered Psychologist (R.Psych.)",
            "Provisionally Registered Psychologist",
        ],
        "public_register_url": "https://secure.nlpsychboard.ca/registered_psychologists.php",
        "website": "https://nlpsychboard.ca/",
    },
    {
        "slug": "nlcsw",
        "acronym": "NLCSW",
        "name": {
            "en": "Newfoundland and Labrador College of Social Workers",
            "fr": "Newfoundland and Labrador College of Social Workers",
        },
        "province": "NL",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": ["Registered Social Worker (RSW)"],
        "public_register_url": "https://nlcsw.ca/",  # register: home page
        "website": "https://nlcsw.ca/",
    },
    # Territories: licensing by the territorial governments (none in Yukon)
    {
        "slug": "gnwt-psychology",
        "acronym": "GNWT",
        "name": {
            "en": "Government of the Northwest Territories, Professional Licensing: psychologists",
            "fr": "Gouvernement des Territoires du Nord-Ouest, Délivrance des permis "
            "professionnels : psychologues",
        },
        "province": "NT",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": ["Psychologist"],
        "public_register_url": "https://www.hss.gov.nt.ca/en/services/professional-licensing",
        "website": "https://www.hss.gov.nt.ca/en/services/professional-licensing",
    },
    {
        "slug": "gnwt-social-work",
        "acronym": "GNWT",
        "name": {
            "en": "Government of the Northwest Territories, Professional Licensing: social workers",
            "fr": "Gouvernement des Territoires du Nord-Ouest, Délivrance des permis "
            "professionnels : travailleurs sociaux",
        },
        "province": "NT",
        "kind": "regulator",
        "profession": "social-work",
        "protected_titles": [
            "Registered Social Worker (RSW)",
            "Licensed Social Worker (LSW)",
        ],
        "public_register_url": "https://www.hss.gov.nt.ca/en/services/professional-licensing",
        "website": "https://www.hss.gov.nt.ca/en/services/professional-licensing",
    },
    {
        "slug": "gn-psychology",
        "acronym": "GN",
        "name": {
            "en": "Government of Nunavut, Department of Health: psychologists",
            "fr": "Gouvernement du Nunavut, ministère de la Santé : psychologues",
        },
        "province": "NU",
        "kind": "regulator",
        "profession": "psychology",
        "protected_titles": ["Psychologist"],
        "public_register_url": "https://www.gov.nu.ca/",  # register: home page
        "website": "https://www.gov.nu.ca/",
    },
    # National voluntary associations: membership, never a licence
    {
        "slug": "ccpa",
        "acronym": "CCPA",
        "name": {
            "en": "Canadian Counselling and Psychotherapy Association",
            "fr": "Association canadienne de counseling et de psychothérapie",
        },
        "province": "",
        "kind": "association",
        "profession": "psychotherapy",
        "protected_titles": [
            "Canadian Certified Counsellor (CCC)",
            "Canadian Certified Counsellor-Supervisor (CCC-S)",
        ],
        "public_register_url": "https://www.ccpa-accp.ca/",  # register: home page
        "website": "https://www.ccpa-accp.ca/",
    },
    {
        "slug": "casw",
        "acronym": "CASW",
        "name": {
            "en": "Canadian Association of Social Workers",
            "fr": "Association canadienne des travailleuses et travailleurs sociaux",
        },
        "province": "",
        "kind": "association",
        "profession": "social-work",
        "protected_titles": [],
        "public_register_url": "https://www.casw-acts.ca/",  # no public register: home page
        "website": "https://www.casw-acts.ca/",
    },
]

# Languages of service, by ISO 639 code (639-1 where one exists, else 639-3).
LANGUAGES = [
    {"code": "en", "name": {"en": "English", "fr": "Anglais"}},
    {"code": "fr", "name": {"en": "French", "fr": "Français"}},
    {"code": "cmn", "name": {"en": "Mandarin", "fr": "Mandarin"}},
    {"code": "yue", "name": {"en": "Cantonese", "fr": "Cantonais"}},
    {"code": "pa", "name": {"en": "Punjabi", "fr": "Pendjabi"}},
    {"code": "es", "name": {"en": "Spanish", "fr": "Espagnol"}},
    {"code": "ar", "name": {"en": "Arabic", "fr": "Arabe"}},
    {"code": "tl", "name": {"en": "Tagalog (Filipino)", "fr": "Tagalog (filipino)"}},
    {"code": "hi", "name": {"en": "Hindi", "fr": "Hindi"}},
    {"code": "ur", "name": {"en": "Urdu", "fr": "Ourdou"}},
    {"code": "fa", "name": {"en": "Persian (Farsi)", "fr": "Persan (farsi)"}},
    {"code": "prs", "name": {"en": "Dari", "fr": "Dari"}},
    {"code": "ps", "name": {"en": "Pashto", "fr": "Pachto"}},
    {"code": "pt", "name": {"en": "Portuguese", "fr": "Portugais"}},
    {"code": "it", "name": {"en": "Italian", "fr": "Italien"}},
    {"code": "de", "name": {"en": "German", "fr": "Allemand"}},
    {"code": "nl", "name": {"en": "Dutch", "fr": "Néerlandais"}},
    {"code": "ru", "name": {"en": "Russian", "fr": "Russe"}},
    {"code": "uk", "name": {"en": "Ukrainian", "fr": "Ukrainien"}},
    {"code": "pl", "name": {"en": "Polish", "fr": "Polonais"}},
    {"code": "ro", "name": {"en": "Romanian", "fr": "Roumain"}},
    {"code": "sr", "name": {"en": "Serbian", "fr": "Serbe"}},
    {"code": "hr", "name": {"en": "Croatian", "fr": "Croate"}},
    {"code": "el", "name": {"en": "Greek", "fr": "Grec"}},
    {"code": "hy", "name": {"en": "Armenian", "fr": "Arménien"}},
    {"code": "tr", "name": {"en": "Turkish", "fr": "Turc"}},
    {"code": "ku", "name": {"en": "Kurdish", "fr": "Kurde"}},
    {"code": "he", "name": {"en": "Hebrew", "fr": "Hébreu"}},
    {"code": "ko", "name": {"en": "Korean", "fr": "Coréen"}},
    {"code": "ja", "name": {"en": "Japanese", "fr": "Japonais"}},
    {"code": "vi", "name": {"en": "Vietnamese", "fr": "Vietnamien"}},
    {"code": "ta", "name": {"en": "Tamil", "fr": "Tamoul"}},
    {"code": "te", "name": {"en": "Telugu", "fr": "Télougou"}},
    {"code": "ml", "name": {"en": "Malayalam", "fr": "Malayalam"}},
    {"code": "gu", "name": {"en": "Gujarati", "fr": "Gujarati"}},
    {"code": "bn", "name": {"en": "Bengali", "fr": "Bengali"}},
    {"code": "ne", "name": {"en": "Nepali", "fr": "Népalais"}},
    {"code": "so", "name": {"en": "Somali", "fr": "Somali"}},
    {"code": "am", "name": {"en": "Amharic", "fr": "Amharique"}},
    {"code": "ti", "name": {"en": "Tigrinya", "fr": "Tigrigna"}},
    {"code": "sw", "name": {"en": "Swahili", "fr": "Swahili"}},
    {"code": "ht", "name": {"en": "Haitian Creole", "fr": "Créole haïtien"}},
    {"code": "cr", "name": {"en": "Cree", "fr": "Cri"}},
    {"code": "oj", "name": {"en": "Ojibwe", "fr": "Ojibwé"}},
    {"code": "iu", "name": {"en": "Inuktitut", "fr": "Inuktitut"}},
    {"code": "mic", "name": {"en": "Mi'kmaq", "fr": "Mi'kmaq"}},
    {
        "code": "ase",
        "name": {
            "en": "American Sign Language (ASL)",
            "fr": "Langue des signes américaine (ASL)",
        },
    },
    {
        "code": "fcs",
        "name": {
            "en": "Langue des signes québécoise (LSQ)",
            "fr": "Langue des signes québécoise (LSQ)",
        },
    },
]

# Extended health insurers and benefit carriers, by current name, as each names itself in English
# and in French.
INSURERS = [
    {"slug": "sun-life", "name": {"en": "Sun Life", "fr": "Sun Life"}},
    {"slug": "manulife", "name": {"en": "Manulife", "fr": "Manuvie"}},
    {"slug": "canada-life", "name": {"en": "Canada Life", "fr": "Canada Vie"}},
    {
        "slug": "greenshield",
        "name": {
            "en": "GreenShield (Green Shield Canada)",
            "fr": "GreenShield (Green Shield Canada)",
        },
    },
    {
        "slug": "desjardins-insurance",
        "name": {"en": "Desjardins Insurance", "fr": "Desjardins Assurances"},
    },
    {
        "slug": "ia-financial-group",
        "name": {"en": "iA Financial Group", "fr": "iA Groupe financier"},
    },
    {
        "slug": "beneva",
        "name": {
            "en": "Beneva (formerly SSQ Insurance and La Capitale)",
            "fr": "Beneva (anciennement SSQ Assurance et La Capitale)",
        },
    },
    {
        "slug": "medavie-blue-cross",
        "name": {"en": "Medavie Blue Cross", "fr": "Croix Bleue Medavie"},
    },
    {
        "slug": "pacific-blue-cross",
        "name": {"en": "Pacific Blue Cross", "fr": "Croix Bleue du Pacifique"},
    },
    {
        "slug": "alberta-blue-cross",
        "name": {"en": "Alberta Blue Cross", "fr": "Croix Bleue de l'Alberta"},
    },
    {
        "slug": "saskatchewan-blue-cross",
        "name": {"en": "Saskatchewan Blue Cross", "fr": "Croix Bleue de la Saskatchewan"},
    },
    {
        "slug": "manitoba-blue-cross",
        "name": {"en": "Manitoba Blue Cross", "fr": "Croix Bleue du Manitoba"},
    },
    {
        "slug": "ontario-blue-cross",
        "name": {"en": "Ontario Blue Cross", "fr": "Croix Bleue de l'Ontario"},
    },
    {
        "slug": "quebec-blue-cross",
        "name": {"en": "Quebec Blue Cross (Croix Bleue du Québec)", "fr": "Croix Bleue du Québec"},
    },
    {
        "slug": "equitable-life",
        "name": {
            "en": "Equitable Life of Canada",
            "fr": "Équitable, compagnie d'assurance vie du Canada",
        },
    },
    {"slug": "gms", "name": {"en": "GMS", "fr": "GMS"}},
    {"slug": "rbc-insurance", "name": {"en": "RBC Insurance", "fr": "RBC Assurances"}},
    {"slug": "empire-life", "name": {"en": "Empire Life", "fr": "Empire Vie"}},
]

# Identities and communities a therapist belongs to or affirms. Belonging ("... therapist") is
# kept apart from affirming care, so that clients looking for shared lived experience find it.
COMMUNITIES = [
    {
        "slug": "lgbtq-affirming",
        "name": {"en": "LGBTQ+-affirming", "fr": "Approche affirmative LGBTQ+"},
    },
    {
        "slug": "two-spirit-affirming",
        "name": {
            "en": "Two-Spirit-affirming",
            "fr": "Approche affirmative envers les personnes bispirituelles",
        },
    },
    {
        "slug": "trans-non-binary-affirming",
        "name": {
            "en": "Trans and non-binary affirming",
            "fr": "Approche affirmative envers les personnes trans et non binaires",
        },
    },
    {
        "slug": "bipoc-therapist",
        "name": {
            "en": "BIPOC therapist (Black, Indigenous or person of colour)",
            "fr": "Thérapeute PANDC (personne autochtone, noire ou de couleur)",
        },
    },
    {
        "slug": "bipoc-affirming",
        "name": {
            "en": "Affirming care for BIPOC clients",
            "fr": "Approche affirmative envers les personnes PANDC",
        },
    },
    {
        "slug": "black-therapist",
        "name": {"en": "Black therapist", "fr": "Thérapeute noir ou noire"},
    },
    {
        "slug": "black-affirming",
        "name": {
            "en": "Affirming care for Black clients",
            "fr": "Approche affirmative envers les personnes noires",
        },
    },
    {
        "slug": "indigenous-therapist",
        "name": {
            "en": "Indigenous therapist (First Nations, Inuit or Métis)",
            "fr": "Thérapeute autochtone (Premières Nations, Inuit ou Métis)",
        },
    },
    {
        "slug": "indigenous-culturally-safe",
        "name": {
            "en": "Culturally safe care for Indigenous clients",
            "fr": "Soins culturellement sécurisants pour les personnes autochtones",
        },
    },
    {
        "slug": "faith-christian",
        "name": {
            "en": "Faith-integrated care (Christian)",
            "fr": "Approche intégrant la foi (chrétienne)",
        },
    },
    {
        "slug": "faith-muslim",
        "name": {
            "en": "Faith-integrated care (Muslim)",
            "fr": "Approche intégrant la foi (musulmane)",
        },
    },
    {
        "slug": "faith-jewish",
        "name": {
            "en": "Faith-integrated care (Jewish)",
            "fr": "Approche intégrant la foi (juive)",
        },
    },
    {
        "slug": "faith-sikh",
        "name": {
            "en": "Faith-integrated care (Sikh)",
            "fr": "Approche intégrant la foi (sikhe)",
        },
    },
    {
        "slug": "faith-hindu",
        "name": {
            "en": "Faith-integrated care (Hindu)",
            "fr": "Approche intégrant la foi (hindoue)",
        },
    },
    {
        "slug": "neurodivergent-affirming",
        "name": {
            "en": "Neurodivergent-affirming",
            "fr": "Approche affirmative de la neurodiversité",
        },
    },
    {
        "slug": "disability-affirming",
        "name": {
            "en": "Disability-affirming",
            "fr": "Approche affirmative envers les personnes en situation de handicap",
        },
    },
    {
        "slug": "deaf-affirming",
        "name": {
            "en": "Deaf-affirming (Deaf and hard of hearing clients)",
            "fr": "Approche affirmative envers les personnes sourdes et malentendantes",
        },
    },
    {
        "slug": "newcomers-refugees",
        "name": {
            "en": "Newcomers and refugees",
            "fr": "Personnes nouvellement arrivées et réfugiées",
        },
    },
    {
        "slug": "veterans-first-responders",
        "name": {
            "en": "Veterans and first responders",
            "fr": "Vétérans et premiers intervenants",
        },
    },
]
