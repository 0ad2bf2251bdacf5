"""The controls we may quote, with their English and Dutch titles.

ISO/IEC 27002:2022 numbers and titles (Dutch as in NEN-EN-ISO/IEC 27002 and the BIO2
text); NEN 7510-2:2024 follows the same numbering;
BIO2 adds numbered government measures under some controls. Nothing outside this
table is ever printed as a control number.
"""

from __future__ import annotations

from wizard.answers.model import Framework, Language

# control -> (English title, Dutch title)
CONTROLS: dict[str, tuple[str, str]] = {
    "5.1": ("Policies for information security", "Beleidsregels voor informatiebeveiliging"),
    "5.4": ("Management responsibilities", "Managementverantwoordelijkheden"),
    "5.9": (
        "Inventory of information and other associated assets",
        "Inventarisatie van informatie en andere gerelateerde bedrijfsmiddelen",
    ),
    "5.10": (
        "Acceptable use of information and other associated assets",
        "Aanvaardbaar gebruik van informatie en andere gerelateerde bedrijfsmiddelen",
    ),
    "5.11": ("Return of assets", "Retourneren van bedrijfsmiddelen"),
    "5.12": ("Classification of information", "Classificeren van informatie"),
    "5.14": ("Information transfer", "Overdragen van informatie"),
    "5.15": ("Access control", "Toegangsbeveiliging"),
    "5.16": ("Identity management", "Identiteitsbeheer"),
    "5.17": ("Authentication information", "Authenticatie-informatie"),
    "5.18": ("Access rights", "Toegangsrechten"),
    "5.19": (
        "Information security in supplier relationships",
        "Informatiebeveiliging in leveranciersrelaties",
    ),
    "5.20": (
        "Addressing information security within supplier agreements",
        "Adresseren van informatiebeveiliging in leveranciersovereenkomsten",
    ),
    "5.23": (
        "Information security for use of cloud services",
        "Informatiebeveiliging voor het gebruik van clouddiensten",
    ),
    "5.24": (
        "Information security incident management planning and preparation",
        "Plannen en voorbereiden van het beheer van informatiebeveiligingsincidenten",
    ),
    "5.25": (
        "Assessment and decision on information security events",
        "Beoordelen van en besluiten over informatiebeveiligingsgebeurtenissen",
    ),
    "5.26": (
        "Response to information security incidents",
        "Reageren op informatiebeveiligingsincidenten",
    ),
    "5.31": (
        "Legal, statutory, regulatory and contractual requirements",
        "Wettelijke, statutaire, regelgevende en contractuele eisen",
    ),
    # Dutch title as in BIO2 (docs/maatregelen/index.md, "Beheersmaatregel 5.33").
    "5.33": ("Protection of records", "Beschermen van registraties"),
    "5.34": ("Privacy and protection of PII", "Privacy en bescherming van persoonsgegevens"),
    "6.1": ("Screening", "Screening"),
    "6.2": ("Terms and conditions of employment", "Arbeidsovereenkomst"),
    "6.3": (
        "Information security awareness, education and training",
        "Bewustwording van, opleiding en training in informatiebeveiliging",
    ),
    "6.4": ("Disciplinary process", "Disciplinaire procedure"),
    "6.5": (
        "Responsibilities after termination or change of employment",
        "Verantwoordelijkheden na beëindiging of wijziging van het dienstverband",
    ),
    "6.6": (
        "Confidentiality or non-disclosure agreements",
        "Vertrouwelijkheids- of geheimhoudingsovereenkomsten",
    ),
    "6.7": ("Remote working", "Werken op afstand"),
    "6.8": (
        "Information security event reporting",
        "Melden van informatiebeveiligingsgebeurtenissen",
    ),
    "8.1": ("User endpoint devices", "Gebruikersapparatuur (endpoints)"),
    "8.5": ("Secure authentication", "Beveiligde authenticatie"),
    "8.7": ("Protection against malware", "Bescherming tegen malware"),
    "8.12": ("Data leakage prevention", "Voorkomen van gegevenslekken"),
    "8.16": ("Monitoring activities", "Monitoren van activiteiten"),
    "8.23": ("Web filtering", "Toepassen van webfilters"),
}

# BIO2 government measures we quote, each checked against the BIO2 text
# (MinBZK/Baseline-Informatiebeveiliging-Overheid, docs/maatregelen/index.md).
# Clauses name them in wizard.content.clauses; the control is the measure's first two parts.
BIO_MEASURES: dict[str, str] = {
    "5.04.02": "conduct rules in the contracts of external staff and volunteers",
    "5.04.03": "every employee demonstrably shown the conduct rules",
    "5.09.01": "an inventory of assets, including cloud environments",
    "5.16.02": "no group accounts unless justified, recorded and agreed with the CISO",
    "5.17.01": "multi-factor authentication",
    "5.17.02": "a password manager for every employee",
    "5.24.07": "incidents reported to the national CSIRT within the legal term",
    "6.03.02": "awareness training within three months of joining",
    "6.08.01": "every employee demonstrably knows the incident reporting procedure",
    "8.01.02": "mobile device management for mobile working",
}


def bio_control(measure: str) -> str:
    """``5.04.03`` belongs to control ``5.4``."""
    theme, number, _ = measure.split(".")
    return f"{int(theme)}.{int(number)}"


FRAMEWORK_NAMES: dict[Framework, str] = {
    Framework.ISO27002: "ISO/IEC 27002:2022",
    Framework.NEN7510: "NEN 7510-2:2024",
    Framework.BIO: "BIO2",
}


def control_sort_key(control: str) -> tuple[int, ...]:
    return tuple(int(part) for part in control.split("."))


def control_title(control: str, language: Language) -> str:
    english, dutch = CONTROLS[control]
    return dutch if language is Language.NL else english


def control_reference(controls: tuple[str, ...], framework: Framework) -> str:
    """``NEN 7510-2:2024: 5.17, 8.5`` for a measure, or "" when there is no framework."""
    if framework is Framework.NONE or not controls:
        return ""
    numbers = sorted(controls, key=control_sort_key)
    return f"{FRAMEWORK_NAMES[framework]}: {', '.join(numbers)}"
