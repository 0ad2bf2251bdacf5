"""The register of legal statements: every law, article, authority, deadline or figure
the documents state, in one table.

A template never writes a statement of law itself: it prints ``law("id")``, which gives
the statement's text in the document's language. Each statement names its source (the
act and article, or the publication), the date it was last checked against that source,
and when it applies. The ICT section lists the statements it cites under "Bronnen"
("Sources"), with the date the law was checked (wizard.content.tailoring).

A statement that is corrected gets a new ``revision`` with the reason in ``changes``.
An issued version records the revisions it was written with
(``IssuedVersion.legal``), so a project issued under an older revision is told which
of its clauses changed since (``changed_statements``; ``validate`` and the review page).
A test (tests/wizard/content/test_law_register.py) fails when a document states a law
or an article that is not in this table.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from wizard.answers.model import Jurisdiction
from wizard.language import Language

# Where a statement holds: the jurisdictions (the answer "privacy law") whose documents may
# state it. A Dutch act, authority or framework binds only a Dutch organisation.
EVERYWHERE = frozenset(Jurisdiction)
NL_ONLY = frozenset({Jurisdiction.NL})
NL_AND_EU = frozenset({Jurisdiction.NL, Jurisdiction.EU})
EU_ONLY = frozenset({Jurisdiction.EU})


@dataclass(frozen=True)
class Revision:
    number: int
    released: str  # the program release that brought it
    why: str  # what changed in the law or in our reading of it, in English
    why_nl: str = ""  # the same in Dutch

    def reason(self, language: Language) -> str:
        return self.why_nl if language is Language.NL and self.why_nl else self.why


@dataclass(frozen=True)
class LegalStatement:
    id: str
    nl: str
    en: str
    source: str  # the act and article, or the publication (Dutch)
    # The day it was last read against its source; None while a point of it is still
    # open (``open_point``), so that no document claims a check that was not made.
    verified: date | None
    applies: str  # when the documents state it
    revisions: tuple[Revision, ...] = (Revision(1, "", "first register entry"),)
    # The jurisdictions whose documents may state it (a test holds every document to it).
    where: frozenset[Jurisdiction] = EVERYWHERE
    open_point: str = ""  # what is not yet checked, in English
    open_point_nl: str = ""  # the same in Dutch

    def still_open(self, language: Language) -> str:
        return self.open_point_nl if language is Language.NL else self.open_point

    @property
    def revision(self) -> int:
        return self.revisions[-1].number

    def text(self, language: Language) -> str:
        return self.nl if language is Language.NL else self.en

    def source_in(self, language: Language) -> str:
        """The source as an English document names it: the Dutch name of an act stays
        beside its English name."""
        if language is Language.NL:
            return self.source
        english = self.source
        for dutch, name in _SOURCE_WORDS:
            english = english.replace(dutch, name)
        return english


# Dutch words of the sources and their English names, longest first.
_SOURCE_WORDS = (
    ("wetsvoorstel Kamerstuk", "bill, parliamentary paper (Kamerstuk)"),
    ("Verordening (EU) 2016/679 (AVG/GDPR)", "Regulation (EU) 2016/679 (GDPR)"),
    ("Verordening (EU) 2024/1689 (AI-verordening)", "Regulation (EU) 2024/1689 (AI Act)"),
    ("Verordening (EU) 2022/2065 (DSA)", "Regulation (EU) 2022/2065 (Digital Services Act)"),
    ("Richtlijn (EU) 2022/2555 (NIS2)", "Directive (EU) 2022/2555 (NIS2)"),
    ("Richtlijn (EU) 2019/1937", "Directive (EU) 2019/1937"),
    ("Uitvoeringswet AVG", "GDPR Implementation Act (Uitvoeringswet AVG)"),
    (
        "Autoriteit Persoonsgegevens,",
        "Dutch Data Protection Authority (Autoriteit Persoonsgegevens),",
    ),
    ("Burgerlijk Wetboek", "Dutch Civil Code (Burgerlijk Wetboek)"),
    ("Wet op de ondernemingsraden", "Works Councils Act (Wet op de ondernemingsraden)"),
    (
        "Wet medezeggenschap op scholen (instemmingsrecht van de personeelsgeleding)",
        "Participation in Schools Act (Wet medezeggenschap op scholen), consent of the staff"
        " section",
    ),
    ("artikel 27 lid 1, onder k;", "article 27, paragraph 1, point k;"),
    ("Arbeidstijdenwet", "Working Hours Act (Arbeidstijdenwet)"),
    (
        "Wet bescherming klokkenluiders",
        "Whistleblower Protection Act (Wet bescherming klokkenluiders)",
    ),
    (
        "Wet kwaliteit, klachten en geschillen zorg",
        "Care Quality, Complaints and Disputes Act (Wet kwaliteit, klachten en geschillen zorg)",
    ),
    ("Ambtenarenwet 2017", "Civil Servants Act 2017 (Ambtenarenwet 2017)"),
    ("Wet open overheid", "Open Government Act (Wet open overheid)"),
    ("Archiefwet 1995", "Archives Act 1995 (Archiefwet 1995)"),
    (
        "Besluit elektronische gegevensverwerking door zorgaanbieders",
        "Decree on electronic data processing by care providers (Besluit elektronische"
        " gegevensverwerking door zorgaanbieders)",
    ),
    ("Cyberbeveiligingswet", "Dutch Cyber Security Act (Cyberbeveiligingswet)"),
    ("bijlagen I en II", "annexes I and II"),
    ("artikelen", "articles"),
    ("artikel", "article"),
    (" lid ", " paragraph "),
    (" onder ", " points "),
    (" en ", " and "),
    ("meldingen van datalekken door AI-chatbots", "reports of data breaches through AI chatbots"),
    ("online onderzoek naar sollicitanten", "online checks on job applicants"),
    ("interne meldprocedure", "internal reporting procedure"),
    ("het Huis voor Klokkenluiders", "the Whistleblowers Authority, Huis voor Klokkenluiders"),
    (
        "het computercrisisteam (CSIRT) voor de zorg",
        "the computer emergency response team (CSIRT) for healthcare",
    ),
    (
        "de verantwoordingsmethodiek informatiebeveiliging voor gemeenten",
        "the information-security accountability method for municipalities",
    ),
    (
        "(Ministerie van Economische Zaken), basismaatregelen",
        "(Ministry of Economic Affairs), basic measures",
    ),
    ("fundamentele beginselen", "fundamental principles"),
    ("Verordening gedrags- en beroepsregels accountants", "Dutch accountants' code of conduct"),
    ("Stichting Reclame Code", "Dutch Advertising Code Foundation (Stichting Reclame Code)"),
    ("(consignatie)", "(on-call duty, consignatie)"),
)


# The release that brought the register; statements corrected in it are revision 2.
REGISTER_RELEASE = "0.1.0"
# The days statements were read against their sources. WRITTEN: the first wording of the
# documents (26 November 2026), taken over unchanged and not read against the source
# since. CHECKED: the expert readings of the documents of 6 December 2026, which read
# these statements against the act, the article or the publication, or corrected them.
WRITTEN = date(2026, 11, 26)
CHECKED = date(2026, 12, 6)
_FIRST = Revision(1, "", "as worded before the register", "zoals verwoord vóór het register")


def _fixed(why: str, why_nl: str) -> tuple[Revision, ...]:
    return (_FIRST, Revision(2, REGISTER_RELEASE, why, why_nl))


_STATEMENTS = (
    # --- privacy (AVG / GDPR) ----------------------------------------------------------
    LegalStatement(
        "avg",
        "de Algemene verordening gegevensbescherming (AVG)",
        "the General Data Protection Regulation (GDPR)",
        "Verordening (EU) 2016/679 (AVG/GDPR)",
        WRITTEN,
        "every document: personal data is protected (NL, EU)",
        where=NL_AND_EU,
    ),
    LegalStatement(
        "avg.28",
        "AVG, artikel 28",
        "GDPR, article 28",
        "Verordening (EU) 2016/679 (AVG/GDPR), artikel 28",
        WRITTEN,
        "an outside supplier processes data for the organisation (NL, EU)",
        where=NL_AND_EU,
    ),
    LegalStatement(
        "avg.33",
        "AVG, artikel 33",
        "GDPR, article 33",
        "Verordening (EU) 2016/679 (AVG/GDPR), artikel 33",
        CHECKED,
        "every document, for a reportable data breach (NL, EU)",
        where=NL_AND_EU,
    ),
    LegalStatement(
        "avg.33.term",
        "zonder onredelijke vertraging en, indien mogelijk, uiterlijk 72 uur nadat we er"
        " kennis van hebben genomen",
        "without undue delay and, where feasible, not later than 72 hours after becoming"
        " aware of it",
        "Verordening (EU) 2016/679 (AVG/GDPR), artikel 33",
        CHECKED,
        "every document, for a reportable data breach (NL, EU)",
        _fixed(
            "The Dutch text says 'zonder onredelijke vertraging' and 'indien mogelijk', and"
            " counts from awareness, not discovery; we had 'zonder onnodige vertraging'.",
            "De wettekst zegt 'zonder onredelijke vertraging' en 'indien mogelijk', en telt"
            " vanaf het moment dat we ervan weten; er stond 'zonder onnodige vertraging'.",
        ),
        where=NL_AND_EU,
    ),
    LegalStatement(
        "avg.34",
        "AVG, artikel 34",
        "GDPR, article 34",
        "Verordening (EU) 2016/679 (AVG/GDPR), artikel 34",
        CHECKED,
        "ICT section: a breach with a high risk to the people affected (NL, EU)",
        where=NL_AND_EU,
    ),
    LegalStatement(
        "avg.34.term",
        "onverwijld",
        "without undue delay",
        "Verordening (EU) 2016/679 (AVG/GDPR), artikel 34",
        CHECKED,
        "ICT section: a breach with a high risk to the people affected (NL, EU)",
        _fixed(
            "Article 34 says 'onverwijld' in Dutch; we had 'zonder onnodige vertraging'.",
            "Artikel 34 zegt 'onverwijld'; er stond 'zonder onnodige vertraging'.",
        ),
        where=NL_AND_EU,
    ),
    LegalStatement(
        "avg.37",
        "AVG, artikelen 37 en 38",
        "GDPR, articles 37 and 38",
        "Verordening (EU) 2016/679 (AVG/GDPR), artikelen 37 en 38",
        CHECKED,
        "ICT section: public bodies (Dutch school boards among them, article 37(1)(a)), and"
        " care providers of 50 or more people handling health data on a large scale, must"
        " have a data protection officer; a school elsewhere in the EU reads that a public"
        " school must",
        _fixed(
            "The data protection officer was missing from the breach steps, also those of"
            " Dutch schools.",
            "De functionaris gegevensbescherming ontbrak in de stappen na een datalek, ook bij"
            " Nederlandse scholen.",
        ),
        where=NL_AND_EU,
    ),
    LegalStatement(
        "ap",
        "de Autoriteit Persoonsgegevens",
        "the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)",
        "Uitvoeringswet AVG, artikel 6",
        WRITTEN,
        "the supervisor for breaches and recruitment checks (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "uavg.5",
        "Uitvoeringswet AVG, artikel 5",
        "article 5 of the Dutch GDPR Implementation Act (Uitvoeringswet AVG)",
        "Uitvoeringswet AVG, artikel 5",
        CHECKED,
        "code of conduct, education: below 16 a parent with parental authority or the"
        " guardian consents (NL)",
        (
            Revision(
                1,
                REGISTER_RELEASE,
                "New: below 16 the parents or guardians give consent, not 'for young children'.",
                "Nieuw: onder de 16 geven de ouders of verzorgers toestemming, niet 'bij jonge"
                " kinderen'.",
            ),
        ),
        where=NL_ONLY,
    ),
    LegalStatement(
        "ap.chatbots",
        "De Autoriteit Persoonsgegevens kreeg in 2024 meerdere en in 2025 tientallen"
        " meldingen van datalekken doordat medewerkers persoonsgegevens in een chatbot"
        " plakten.",
        "The Dutch Data Protection Authority received several reports in 2024, and dozens"
        " in 2025, of data breaches caused by staff pasting personal data into a chatbot.",
        "Autoriteit Persoonsgegevens, meldingen van datalekken door AI-chatbots (2024, 2025)",
        CHECKED,
        "code of conduct, generative AI (every organisation)",
    ),
    LegalStatement(
        "ap.recruitment",
        "zoals de Autoriteit Persoonsgegevens vraagt",
        "as the Dutch Data Protection Authority (Autoriteit Persoonsgegevens) asks",
        "Autoriteit Persoonsgegevens, online onderzoek naar sollicitanten",
        WRITTEN,
        "ICT section: recruitment is a goal (NL)",
        where=NL_ONLY,
    ),
    # --- employment ----------------------------------------------------------------------
    LegalStatement(
        "bw.7:660",
        "Burgerlijk Wetboek, artikel 7:660",
        "Dutch Civil Code, article 7:660",
        "Burgerlijk Wetboek, artikel 7:660",
        WRITTEN,
        "ICT section: the code of conduct is an employer's instruction (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "wor.27",
        "WOR, artikel 27 lid 1, onder k en l",
        "Works Councils Act, WOR, article 27, paragraph 1, points k and l",
        "Wet op de ondernemingsraden, artikel 27 lid 1, onder k en l; lid 5",
        CHECKED,
        "organisations of 50 or more people (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "wor.27.k",
        "WOR, artikel 27 lid 1, onder k",
        "Works Councils Act, WOR, article 27, paragraph 1, point k",
        "Wet op de ondernemingsraden, artikel 27 lid 1, onder k; lid 5",
        CHECKED,
        "organisations of 50 or more people that do not monitor social media (NL): the code's"
        " rules on staff data need consent; without monitoring, point l (checks on conduct)"
        " is not the ground",
        (
            Revision(
                1,
                REGISTER_RELEASE,
                "New: without monitoring the consent is asked for the code alone, under point k;"
                " we asked it for 'the code and the monitoring' under points k and l.",
                "Nieuw: zonder monitoring wordt instemming gevraagd voor de code alleen, onder k;"
                " er stond 'de code en de monitoring', onder k en l.",
            ),
        ),
        where=NL_ONLY,
    ),
    LegalStatement(
        "wor.threshold",
        "verplicht vanaf 50 werknemers; vrijwilligers tellen niet mee",
        "required from 50 employees; volunteers do not count",
        "Wet op de ondernemingsraden, artikelen 1 en 2",
        CHECKED,
        "a foundation of 50 or more people, who may be mostly volunteers (NL)",
        (
            Revision(
                1,
                REGISTER_RELEASE,
                "New: the WOR counts employees, not volunteers or board members; a foundation"
                " of 50 or more people asks its works council's consent if it has one.",
                "Nieuw: de WOR telt werknemers, geen vrijwilligers of bestuursleden; een"
                " stichting van 50 of meer mensen vraagt de instemming van haar"
                " ondernemingsraad als ze er een heeft.",
            ),
        ),
        where=NL_ONLY,
    ),
    LegalStatement(
        "wms",
        "Wet medezeggenschap op scholen",
        "Participation in Schools Act, Wet medezeggenschap op scholen",
        "Wet medezeggenschap op scholen (instemmingsrecht van de personeelsgeleding)",
        None,
        "every school (WMS); vocational and higher education from 50 people (WOR) (NL)",
        (
            Revision(
                1,
                REGISTER_RELEASE,
                "New: a school asks its participation council (staff section) for consent,"
                " not a works council; vocational and higher education keep the works council."
                " A school of any size asks it: the WMS has no 50-person threshold."
                " Article letters not yet verified, so none is cited.",
                "Nieuw: een school vraagt instemming aan de personeelsgeleding van de"
                " medezeggenschapsraad, niet aan een ondernemingsraad; mbo en hoger onderwijs"
                " houden de ondernemingsraad. Een school van elke omvang vraagt het: de WMS kent"
                " geen drempel van 50 mensen. Artikelletters nog niet geverifieerd, dus niet"
                " genoemd.",
            ),
        ),
        open_point="the article letters of the staff section's consent right; the statement"
        " names the act only",
        open_point_nl="de artikelletters van het instemmingsrecht van de personeelsgeleding; de"
        " uitspraak noemt alleen de wet",
        where=NL_ONLY,
    ),
    LegalStatement(
        "atw.1:7",
        "Arbeidstijdenwet, artikel 1:7",
        "Working Hours Act, Arbeidstijdenwet, article 1:7",
        "Arbeidstijdenwet, artikel 1:7 (consignatie)",
        CHECKED,
        "code of conduct: a rota looks after the official accounts after hours (NL)",
        _fixed(
            "Answering messages on a rota is working time; only being available for"
            " call-outs is consignatie. We called the whole rota consignatie.",
            "Berichten beantwoorden volgens een rooster is arbeidstijd; alleen bereikbaar zijn"
            " is consignatie. Er stond dat het hele rooster consignatie was.",
        ),
        where=NL_ONLY,
    ),
    LegalStatement(
        "wbk",
        "Wet bescherming klokkenluiders",
        "Whistleblower Protection Act (Wet bescherming klokkenluiders)",
        "Wet bescherming klokkenluiders, artikel 2 (interne meldprocedure)",
        CHECKED,
        "code of conduct (NL); an internal procedure from 50 people and for public employers",
        where=NL_ONLY,
    ),
    LegalStatement(
        "wbk.grounds",
        "wie redelijke gronden heeft om aan te nemen dat de gemelde informatie klopt, ook"
        " wie rechtstreeks bij een bevoegde instantie meldt",
        "anyone who has reasonable grounds to believe that what they report is true, also"
        " when they report directly to a competent authority",
        "Richtlijn (EU) 2019/1937, artikelen 6 en 10; Wet bescherming klokkenluiders",
        CHECKED,
        "code of conduct, reporting wrongdoing (NL, EU)",
        _fixed(
            "Protection depends on reasonable grounds to believe the report true, not on"
            " good faith, and external reporting is protected too.",
            "Bescherming hangt af van redelijke gronden om de melding juist te achten, niet van"
            " goede trouw; ook rechtstreeks extern melden is beschermd.",
        ),
        where=NL_ONLY,
    ),
    LegalStatement(
        "whistle.directive",
        "de Europese klokkenluidersrichtlijn en de nationale wet die haar uitvoert,"
        " beschermen wie een misstand binnen hun bereik meldt en redelijke gronden heeft om"
        " aan te nemen dat de melding klopt. Dat geldt ook voor wie rechtstreeks bij een"
        " bevoegde instantie meldt",
        "the EU Whistleblower Directive, and the national law that implements it, protect"
        " anyone who reports a breach within their scope and has reasonable grounds to"
        " believe it is true. That includes reporting directly to a competent authority",
        "Richtlijn (EU) 2019/1937, artikelen 2, 6 en 10",
        CHECKED,
        "code of conduct, reporting wrongdoing (EU outside NL)",
        _fixed(
            "The directive protects reports of breaches within its scope (article 2, and"
            " article 6: reasonable grounds to believe the report true and within scope);"
            " other wrongdoing only where national law extends it. We promised protection"
            " for any report.",
            "De richtlijn beschermt meldingen van schendingen binnen haar bereik (artikel 2, en"
            " artikel 6: redelijke gronden om de melding juist te achten en binnen het bereik);"
            " andere misstanden alleen waar de nationale wet dat uitbreidt. Er stond dat elke"
            " melding beschermd was.",
        ),
        where=EU_ONLY,
    ),
    LegalStatement(
        "huis.klokkenluiders",
        "Het Huis voor Klokkenluiders",
        "The Whistleblowers Authority (Huis voor Klokkenluiders)",
        "Wet bescherming klokkenluiders (het Huis voor Klokkenluiders)",
        CHECKED,
        "code of conduct, reporting wrongdoing (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "igj",
        "de Inspectie Gezondheidszorg en Jeugd (IGJ)",
        "the Health and Youth Care Inspectorate (IGJ)",
        "Wet kwaliteit, klachten en geschillen zorg",
        WRITTEN,
        "code of conduct, healthcare (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "ambtenarenwet.9",
        "Ambtenarenwet 2017, artikel 9",
        "Civil Servants Act 2017, article 9",
        "Ambtenarenwet 2017, artikel 9",
        CHECKED,
        "code of conduct, government (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "ambtenarenwet.10",
        "Ambtenarenwet 2017, artikel 10",
        "Civil Servants Act 2017, Ambtenarenwet, article 10",
        "Ambtenarenwet 2017, artikel 10",
        CHECKED,
        "code of conduct, government (NL)",
        where=NL_ONLY,
    ),
    # --- public records, care, accounts ------------------------------------------------
    LegalStatement(
        "woo.archiefwet",
        "de Woo en de Archiefwet",
        "the Open Government Act (Woo) and the Archives Act (Archiefwet)",
        "Wet open overheid; Archiefwet 1995",
        CHECKED,
        "government (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "begz",
        "Besluit elektronische gegevensverwerking door zorgaanbieders",
        "Besluit elektronische gegevensverwerking door zorgaanbieders, the decree on"
        " electronic data processing by care providers",
        "Besluit elektronische gegevensverwerking door zorgaanbieders, artikel 3",
        CHECKED,
        "ICT section, NEN 7510 (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "cbw",
        "de Cyberbeveiligingswet, de Nederlandse uitvoering van de NIS2-richtlijn",
        "the Dutch Cyber Security Act (Cyberbeveiligingswet), which implements NIS2",
        "Cyberbeveiligingswet, wetsvoorstel Kamerstuk 36 764; Richtlijn (EU) 2022/2555"
        " (NIS2), bijlagen I en II",
        None,
        "ICT section: care providers of 50 or more people and government bodies (NL),"
        " once the act is in force: when last checked it was a bill (Kamerstuk 36 764),"
        " its entry into force intended for 2026 and not yet fixed",
        _fixed(
            "Medium care providers and municipalities are in scope: the section says so"
            " instead of 'if we fall under it', as applying once the act is in force (its"
            " date was not fixed when checked); in English it is the Dutch act, not the EU"
            " Cybersecurity Act (2019/881).",
            "Middelgrote zorgaanbieders en gemeenten vallen onder de wet: dat staat er nu"
            " zonder 'als we eronder vallen', als plicht zodra de wet in werking is (de datum"
            " stond bij de controle nog niet vast).",
        ),
        open_point="whether and since when the act is in force; the last sources found, of"
        " November 2025, named only an intended date in 2026",
        open_point_nl="of en sinds wanneer de wet in werking is; de laatst gevonden bronnen, van"
        " november 2025, noemden alleen een beoogde datum in 2026",
        where=NL_ONLY,
    ),
    LegalStatement(
        "cbw.reporting",
        "een vroege waarschuwing binnen 24 uur, een melding binnen 72 uur en een"
        " eindverslag binnen een maand",
        "an early warning within 24 hours, a notification within 72 hours and a final"
        " report within one month",
        "Richtlijn (EU) 2022/2555 (NIS2), artikel 23; Cyberbeveiligingswet",
        CHECKED,
        "ICT section: organisations in scope of the Cyberbeveiligingswet (NL)",
        _fixed(
            "The staged reporting replaces 'within the legal term'.",
            "De melding in stappen vervangt 'binnen de wettelijke termijn'.",
        ),
        where=NL_ONLY,
    ),
    LegalStatement(
        "cbw.board",
        "de maatregelen goedkeuren, toezien op de uitvoering en een training volgen",
        "to approve the measures, oversee their implementation and take training",
        "Richtlijn (EU) 2022/2555 (NIS2), artikel 20; Cyberbeveiligingswet",
        CHECKED,
        "ICT section: organisations in scope of the Cyberbeveiligingswet (NL)",
        _fixed(
            "The board's own duties were missing.",
            "De eigen plichten van het bestuur ontbraken.",
        ),
        where=NL_ONLY,
    ),
    LegalStatement(
        "dsa.16",
        "Digitaledienstenverordening, artikel 16",
        "Digital Services Act, article 16",
        "Verordening (EU) 2022/2065 (DSA), artikel 16",
        CHECKED,
        "ICT section: a fake profile is reported to the platform (NL, EU)",
        _fixed(
            "Article 16 gives a notice procedure, not a guarantee of removal.",
            "Artikel 16 geeft een meldprocedure, geen garantie dat het wordt verwijderd.",
        ),
        where=NL_AND_EU,
    ),
    # --- AI ------------------------------------------------------------------------------
    LegalStatement(
        "ai.4",
        "AI-verordening, artikel 4",
        "AI Act, article 4",
        "Verordening (EU) 2024/1689 (AI-verordening), artikel 4",
        # The Digital Omnibus on AI (adopted by Parliament and Council in June 2026)
        # rewrote article 4 from "ensure a sufficient level of AI literacy" into "take
        # measures to support its development", at the same date of application. The
        # documents cite it for the organisation's own measures (briefings or training),
        # which both wordings ask for, so the sentence holds under either.
        CHECKED,
        "ICT section: generative AI is allowed (every organisation)",
    ),
    LegalStatement(
        "ai.50",
        "AI-verordening, artikel 50 lid 4, sinds 2 augustus 2026",
        "AI Act, article 50, paragraph 4, since 2 August 2026",
        "Verordening (EU) 2024/1689 (AI-verordening), artikel 50 lid 4; artikel 113",
        CHECKED,
        "generative AI is allowed (every organisation)",
        _fixed(
            "The duty covers deepfakes and AI text on matters of public interest published"
            " without human editorial control; labelling anything else is a house rule.",
            "De plicht geldt voor deepfakes en voor AI-teksten over zaken van algemeen belang"
            " zonder menselijke redactie; meer vermelden is een huisregel.",
        ),
    ),
    # --- codes and professions -----------------------------------------------------------
    LegalStatement(
        "rsm",
        "Reclamecode Social Media & Influencer Marketing (RSM)",
        "Dutch Advertising Code for Social Media & Influencer Marketing (Reclamecode Social"
        " Media & Influencer Marketing, RSM)",
        "Stichting Reclame Code, Reclamecode Social Media & Influencer Marketing",
        WRITTEN,
        "code of conduct: employee ambassadors (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "vgba",
        # The principle as the VGBA names it (geheimhouding, confidentiality); a sentence
        # that goes on after it closes the insertion with a comma.
        "de fundamentele beginselen van de VGBA, zoals professioneel gedrag en geheimhouding",
        "the fundamental principles of the VGBA (the Dutch accountants' code of conduct),"
        " such as professional behaviour and confidentiality",
        "Verordening gedrags- en beroepsregels accountants (VGBA), fundamentele beginselen",
        CHECKED,
        "code of conduct: professional services (NL)",
        _fixed(
            "Accountants have a professional duty of confidentiality, not a 'beroepsgeheim'.",
            "Accountants hebben een geheimhoudingsplicht, geen beroepsgeheim.",
        ),
        where=NL_ONLY,
    ),
    LegalStatement(
        "wwft",
        "Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft)",
        "Anti-Money Laundering and Anti-Terrorist Financing Act (Wwft)",
        "Wwft, artikel 23",
        WRITTEN,
        "code of conduct: professional services (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "zcert",
        "Z-CERT",
        "Z-CERT",
        "Z-CERT, het computercrisisteam (CSIRT) voor de zorg",
        WRITTEN,
        "ICT section: healthcare (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "ensia",
        "ENSIA",
        "ENSIA",
        "ENSIA, de verantwoordingsmethodiek informatiebeveiliging voor gemeenten",
        WRITTEN,
        "ICT section: government (NL)",
        where=NL_ONLY,
    ),
    LegalStatement(
        "dtc",
        "Digital Trust Center",
        "Digital Trust Center",
        "Digital Trust Center (Ministerie van Economische Zaken), basismaatregelen",
        WRITTEN,
        "ICT section: small firms outside care and government",
        where=NL_ONLY,
    ),
)

REGISTER: dict[str, LegalStatement] = {s.id: s for s in _STATEMENTS}


def statement(statement_id: str, language: Language) -> str:
    return REGISTER[statement_id].text(language)


def law_checked() -> date:
    """The date the register as a whole was last checked: its latest check."""
    return max(s.verified for s in REGISTER.values() if s.verified is not None)


def revisions() -> dict[str, int]:
    """Each statement's current revision, as an issued version records it."""
    return {s.id: s.revision for s in REGISTER.values()}


def cited(texts: str | Iterable[str], language: Language) -> list[LegalStatement]:
    """The statements whose text one of ``texts`` (a document's paragraphs and cells, or
    one text) holds, in register order.

    A statement found only inside a longer one is not cited: "WOR, artikel 27 lid 1,
    onder k en l" does not also cite "…, onder k". So the longest are looked for first
    and taken out of the text once found. No statement holds a line break, so each text
    can be read on its own (or joined to others by line breaks) with the same result."""
    found: set[str] = set()
    short: list[str] = []
    # A text repeated in a document is read once.
    for text in dict.fromkeys([texts] if isinstance(texts, str) else texts):
        if len(text) < _REMEMBERED_FROM:
            short.append(text)
        else:
            found.update(_cited_in(text, language))
    # No statement holds a line break, so none spans two of the texts joined.
    found.update(_cited_in("\n".join(short), language, remember=False))
    return [s for s in REGISTER.values() if s.id in found]


# What a long text cites is kept for the next time it is rendered: looking for every
# statement means reading the text once per statement, and the preview renders every
# text again at each change, as repeated exports do (the fullest project's documents
# hold some 650,000 characters each, nearly all of it in answers of up to 10,000
# characters). A text is its own key, so a changed text is simply another entry. The
# texts kept are bounded by their characters: the oldest go first. Short texts, most of
# a document, are read together each time: remembering each would cost more.
_REMEMBERED_FROM = 2_000  # characters
_CITED: dict[tuple[str, Language], frozenset[str]] = {}
_CITED_BUDGET = 4_000_000  # characters, some 4 MB: the fullest project's four documents
_cited_size = 0
_cited_lock = threading.Lock()


def _cited_in(text: str, language: Language, *, remember: bool = True) -> frozenset[str]:
    global _cited_size
    key = (text, language)
    known = _CITED.get(key) if remember else None
    if known is not None:
        return known
    found: set[str] = set()
    rest = text
    for id_, said in _said(language):
        if said in rest:
            found.add(id_)
            rest = rest.replace(said, "\n")
    if remember and len(text) <= _CITED_BUDGET:
        with _cited_lock:
            if key not in _CITED:
                _CITED[key] = frozenset(found)
                _cited_size += len(text)
            while _cited_size > _CITED_BUDGET:
                oldest = next(iter(_CITED))
                del _CITED[oldest]
                _cited_size -= len(oldest[0])
    return frozenset(found)


@functools.cache
def _said(language: Language) -> tuple[tuple[str, str], ...]:
    """Each statement's id and its text in ``language``, the longest first (in register
    order among equally long ones)."""
    every = sorted(REGISTER.values(), key=lambda s: len(s.text(language)), reverse=True)
    return tuple((s.id, s.text(language)) for s in every)


def changed_since(recorded: Mapping[str, int] | None) -> list[LegalStatement]:
    """Statements revised since an issued version that used ``recorded`` revisions.

    A version issued before the register existed recorded nothing: it was written with
    the first revision of every statement.
    """
    used = recorded or {}
    return [s for s in REGISTER.values() if s.revision > used.get(s.id, 1)]


def latest_reason(statement_: LegalStatement, since: int) -> list[Revision]:
    return [r for r in statement_.revisions if r.number > since]


def ids(statements: Iterable[LegalStatement]) -> list[str]:
    return [s.id for s in statements]


def _where(where: frozenset[Jurisdiction]) -> str:
    """The jurisdictions a statement holds in, as the page names them."""
    if where == EVERYWHERE:
        return "everywhere"
    names = {Jurisdiction.NL: "NL", Jurisdiction.EU: "EU", Jurisdiction.OTHER: "other"}
    return ", ".join(names[j] for j in Jurisdiction if j in where)


def register_markdown() -> str:
    """docs/legal-statements.md: the register, and what each release changed and why."""
    lines = [
        "# Legal statements",
        "",
        "Every statement of law, article, authority, deadline or figure in the documents comes",
        "from one register, `wizard/content/law.py`. This page is generated from it",
        "(`python docs/make_legal_statements.py`); a test fails when the two differ.",
        "",
        f"State of the law: {law_checked().isoformat()} (the latest check of any statement).",
        "",
        "## How a statement is checked",
        "",
        "Each statement carries the day it was last read against its source: the act or",
        "article as published (wetten.overheid.nl, EUR-Lex), or the publication it names. A",
        "statement that is still open on a point has no date; the register says what is",
        "open, and the documents list it under *Nog te controleren* (*Still to be checked*)",
        "with that point. The ICT section's *Stand van de wet- en regelgeving* (*Law and",
        "regulations as of*) is the oldest date among the statements it cites, and its",
        "sources are grouped by that date. When you check a statement, set its `verified`",
        "date (and clear its open point) in `wizard/content/law.py`; when its text changes,",
        "add a revision.",
        "",
        "- 2026-11-26: first written for the documents, not read against the source since.",
        "- 2026-12-06: read against the source in the expert readings of the documents, or",
        "  corrected after them.",
        "",
        "## What changed, per release",
        "",
        "A project whose last issued version was written with an older revision of a",
        "statement gets a warning (`validate`, the review page) naming the clauses that",
        "state it now. A version issued before the register recorded no revisions: it was",
        "written with revision 1 of every statement.",
        "",
        "The column *where* says which documents may state a statement, by the answer",
        "*privacy law*: a Dutch act, authority or framework appears only in the documents of",
        "an organisation under Dutch law (NL); EU law in those under Dutch or other EU law.",
        "A test holds every document of every kind of organisation to it.",
        "",
    ]
    releases: dict[str, list[tuple[LegalStatement, Revision]]] = {}
    for item in REGISTER.values():
        for revision in item.revisions[1:]:
            releases.setdefault(revision.released, []).append((item, revision))
    for release, changes in releases.items():
        lines += [f"### Release {release}", ""]
        for item, revision in changes:
            lines.append(f"- `{item.id}` (revision {revision.number}): {revision.why}")
        lines.append("")
    lines += [
        "## The register",
        "",
        "| id | rev. | Dutch | English | source | checked | applies when | where |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for item in REGISTER.values():
        cells = [
            f"`{item.id}`",
            str(item.revision),
            item.nl,
            item.en,
            item.source,
            item.verified.isoformat() if item.verified else f"not yet: {item.open_point}",
            item.applies,
            _where(item.where),
        ]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"
