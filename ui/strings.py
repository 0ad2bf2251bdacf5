"""Every text of the interface, in Dutch and English.

Names of fields and answers come from ``templates/<lang>/labels.toml`` (shared with
the documents and the messages); this module holds the rest: window chrome, page
titles, help texts. ``tr(key)`` answers in the interface language of the moment.
"""

from __future__ import annotations

from wizard.language import Language

_language = Language.EN


def set_language(language: Language) -> None:
    global _language
    _language = language


def language() -> Language:
    return _language


def tr(key: str, **params: object) -> str:
    dutch, english = TEXTS[key]
    text = dutch if _language is Language.NL else english
    return text.format(**params) if params else text


TEXTS: dict[str, tuple[str, str]] = {
    "app.name": ("Social Media Policy Builder", "Social Media Policy Builder"),
    "app.untitled": ("Naamloos project", "Untitled project"),
    # menus
    "menu.file": ("&Bestand", "&File"),
    "menu.new": ("&Nieuw project", "&New project"),
    "menu.open": ("&Openen…", "&Open…"),
    "menu.recent": ("&Recente projecten", "&Recent projects"),
    "menu.recent.empty": ("(geen recente projecten)", "(no recent projects)"),
    "menu.save": ("Op&slaan", "&Save"),
    "menu.save_as": ("Opslaan &als…", "Save &As…"),
    "menu.quit": ("&Afsluiten", "&Quit"),
    "menu.view": ("Bee&ld", "&View"),
    "menu.preview": ("&Voorbeeld tonen", "Show &preview"),
    "menu.zoom_in": ("Tekst &groter", "&Larger text"),
    "menu.zoom_out": ("Tekst &kleiner", "&Smaller text"),
    "menu.zoom_reset": ("&Normale tekstgrootte", "&Normal text size"),
    "menu.language": ("&Taal", "&Language"),
    "menu.help": ("&Help", "&Help"),
    "menu.help_page": ("&Help bij deze pagina", "&Help for this page"),
    "menu.about": ("&Over dit programma", "&About"),
    # dialogs
    "dialog.unsaved.title": ("Wijzigingen opslaan?", "Save changes?"),
    "dialog.unsaved.text": (
        "Het project '{name}' heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?",
        "The project '{name}' has changes that have not been saved. Do you want to save them?",
    ),
    "dialog.save": ("Opslaan", "Save"),
    "dialog.discard": ("Niet opslaan", "Don't save"),
    "dialog.cancel": ("Annuleren", "Cancel"),
    "dialog.open.title": ("Project openen", "Open project"),
    "dialog.save.title": ("Project opslaan", "Save project"),
    "dialog.filter": (
        "Projecten (*.policy.json);;Alle bestanden (*)",
        "Projects (*.policy.json);;All files (*)",
    ),
    "dialog.open_failed": ("Project kan niet worden geopend", "Project cannot be opened"),
    "dialog.save_failed": ("Project kan niet worden opgeslagen", "Project cannot be saved"),
    "dialog.save_failed.text": (
        "{path} kon niet worden opgeslagen: {detail}. Het bestaande bestand is niet gewijzigd.",
        "{path} could not be saved: {detail}. The existing file has not been changed.",
    ),
    "dialog.restore.title": ("Niet-opgeslagen werk herstellen?", "Restore unsaved work?"),
    "dialog.restore.text": (
        "Het programma is de vorige keer niet netjes afgesloten. Er zijn antwoorden van {when} "
        "bewaard{project}. Wilt u die herstellen?",
        "The program did not close normally last time. Answers from {when} were kept{project}. "
        "Do you want to restore them?",
    ),
    "dialog.restore.project": (" (project '{name}')", " (project '{name}')"),
    "dialog.restore.yes": ("Herstellen", "Restore"),
    "dialog.restore.no": ("Weggooien", "Discard"),
    "dialog.logo.title": ("Logo kiezen", "Choose a logo"),
    "dialog.logo.filter": ("Afbeeldingen (*.png *.jpg *.jpeg)", "Images (*.png *.jpg *.jpeg)"),
    "dialog.folder.title": ("Map voor de documenten", "Folder for the documents"),
    "dialog.overwrite.title": ("Bestanden vervangen?", "Replace files?"),
    "dialog.overwrite.text": (
        "Deze bestanden bestaan al in de gekozen map:\n\n{files}\n\nWilt u ze vervangen?",
        "These files already exist in the chosen folder:\n\n{files}\n\nDo you want to replace them?",
    ),
    "dialog.overwrite.yes": ("Vervangen", "Replace"),
    "dialog.export_failed": ("Exporteren is mislukt", "Export failed"),
    "dialog.about.text": (
        "Social Media Policy Builder schrijft een gedragscode social media en een social-mediaparagraaf "
        "voor het ICT-beleidsplan, in het Nederlands en het Engels.",
        "Social Media Policy Builder writes a social media code of conduct and a social-media section "
        "for the ICT policy plan, in Dutch and English.",
    ),
    "status.saved": ("Opgeslagen: {path}", "Saved: {path}"),
    "status.saved_incomplete": (
        "Opgeslagen: {path}. Nog {count} vragen te beantwoorden.",
        "Saved: {path}. {count} questions still need an answer.",
    ),
    "status.autosaved": ("Automatisch bewaard om {time}", "Autosaved at {time}"),
    "status.opened": ("Geopend: {path}", "Opened: {path}"),
    # wizard buttons
    "button.back": ("< &Vorige", "< &Back"),
    "button.next": ("&Volgende >", "&Next >"),
    "button.finish": ("&Klaar", "&Finish"),
    "button.cancel": ("Annuleren", "Cancel"),
    "button.help": ("&Help", "&Help"),
    "button.browse": ("&Bladeren…", "&Browse…"),
    "button.clear": ("Wissen", "Clear"),
    "required.hint": ("Velden met * zijn verplicht.", "Fields marked * are required."),
    "page.incomplete": (
        "Vul de velden met * in om verder te gaan.",
        "Fill in the fields marked * to continue.",
    ),
    "no_date": ("geen datum", "no date"),
    "follow_sector": ("{name} (standaard voor de sector)", "{name} (default for the sector)"),
    # welcome
    "page.welcome.title": ("Welkom", "Welcome"),
    "page.welcome.subtitle": (
        "Stel in twintig minuten een gedragscode social media en een paragraaf voor uw ICT-beleid op.",
        "Write a social media code of conduct and a section for your ICT policy in twenty minutes.",
    ),
    "welcome.method": (
        "Grip op social media krijgt u met drie dingen samen: technische scheiding (wat netwerk en "
        "apparaten toestaan), een gedragscode (wat we van elkaar verwachten) en bewustwording "
        "(waarom het ertoe doet). HR, communicatie en ICT schrijven het beleid samen, verankerd in "
        "ISO/IEC 27002, NEN 7510 of de BIO. Het programma stelt de vragen en schrijft de documenten; "
        "u ziet ze rechts ontstaan.",
        "You get a grip on social media with three things together: technical separation (what the "
        "network and devices allow), a code of conduct (what we expect of each other) and awareness "
        "(why it matters). HR, communications and IT write the policy together, anchored in ISO/IEC "
        "27002, NEN 7510 or the BIO. The program asks the questions and writes the documents; you "
        "see them take shape on the right.",
    ),
    "welcome.new": ("&Nieuw project", "&New project"),
    "welcome.open": ("Project &openen…", "&Open project…"),
    "welcome.recent": ("Recente projecten", "Recent projects"),
    "welcome.recent.none": ("Nog geen recente projecten.", "No recent projects yet."),
    "welcome.current": ("Huidig project: {name}", "Current project: {name}"),
    # page titles and subtitles
    "page.organisation.title": ("Organisatie", "Organisation"),
    "page.organisation.subtitle": (
        "Wie bent u, en wie is eigenaar van het beleid?",
        "Who are you, and who owns the policy?",
    ),
    "page.channels.title": ("Kanalen", "Channels"),
    "page.channels.subtitle": (
        "Welke kanalen gebruikt de organisatie of haar medewerkers, en wat mogen medewerkers er?",
        "Which channels do the organisation and its people use, and what may employees do there?",
    ),
    "page.markets.title": ("Markten en doelen", "Markets and goals"),
    "page.markets.subtitle": (
        "Wie wilt u bereiken, en waarvoor gebruikt u social media?",
        "Whom do you want to reach, and what do you use social media for?",
    ),
    "page.confidentiality.title": ("Vertrouwelijkheid", "Confidentiality"),
    "page.confidentiality.subtitle": (
        "Welke informatie moet binnen blijven?",
        "Which information must stay inside?",
    ),
    "page.behaviour.title": ("Gedrag", "Behaviour"),
    "page.behaviour.subtitle": (
        "Wat verwacht u van medewerkers, en wat biedt u hen?",
        "What do you expect of employees, and what do you offer them?",
    ),
    "page.technical.title": ("Technische maatregelen", "Technical measures"),
    "page.technical.subtitle": (
        "Wat staan netwerk en apparaten toe, en hoe zijn de accounts beveiligd?",
        "What do the network and devices allow, and how are the accounts secured?",
    ),
    "page.governance.title": ("Organisatie van het beleid", "Governance and plan"),
    "page.governance.subtitle": (
        "Wie schrijft en onderhoudt het beleid, en hoe voert u het in?",
        "Who writes and keeps the policy, and how will you put it in place?",
    ),
    "page.review.title": ("Controleren en exporteren", "Review and export"),
    "page.review.subtitle": (
        "Kies documenten, talen en een map, en maak de Word-bestanden.",
        "Choose documents, languages and a folder, and create the Word files.",
    ),
    # channels table
    "channels.col.use": ("Gebruikt", "Used"),
    "channels.col.channel": ("Kanaal", "Channel"),
    "channels.col.official": ("Officieel account", "Official account"),
    "channels.col.manager": ("Beheerder", "Managed by"),
    "channels.col.posting": ("Medewerkers mogen", "Employees may"),
    "channels.other.placeholder": ("Naam van het kanaal", "Name of the channel"),
    "channels.manager.placeholder": ("Wie beheert het account?", "Who manages the account?"),
    # plan table
    "plan.col.step": ("Stap", "Step"),
    "plan.col.owner": ("Eigenaar", "Owner"),
    "plan.col.due": ("Uiterlijk", "Due"),
    # review
    "review.ready": (
        "Alle vragen zijn beantwoord. Kies hieronder wat u wilt maken.",
        "Every question has been answered. Choose below what you want to create.",
    ),
    "review.problems": (
        "Nog niet alles is ingevuld. Ga terug naar de genoemde velden:",
        "Not everything has been filled in yet. Go back to these fields:",
    ),
    "review.documents": ("Documenten", "Documents"),
    "review.languages": ("Talen", "Languages"),
    "review.folder": ("Map", "Folder"),
    "review.export": ("&Word-documenten maken", "&Create Word documents"),
    "review.exporting": ("Documenten worden gemaakt…", "Creating documents…"),
    "review.done": ("Klaar. Deze bestanden zijn gemaakt:", "Done. These files were created:"),
    "review.open_folder": ("Map &openen", "&Open folder"),
    "review.open_document": ("Document openen", "Open document"),
    "review.choose_one": (
        "Kies minstens één document en één taal.",
        "Choose at least one document and one language.",
    ),
    "review.choose_folder": (
        "Kies een map voor de documenten.",
        "Choose a folder for the documents.",
    ),
    "preview.title": ("Voorbeeld", "Preview"),
    "preview.document": ("Document", "Document"),
    "preview.language": ("Taal van het document", "Document language"),
    "preview.incomplete": (
        "Het voorbeeld verschijnt zodra de verplichte vragen zijn beantwoord. Nog open: {fields}.",
        "The preview appears once the required questions are answered. Still open: {fields}.",
    ),
    "preview.hide": ("Voorbeeld verbergen", "Hide preview"),
    "preview.show": ("Voorbeeld tonen", "Show preview"),
    "help.title": ("Help: {page}", "Help: {page}"),
}

# Help per question: why it matters, in one or two sentences.
HELP: dict[str, tuple[str, str]] = {
    "organisation.name": (
        "Staat op de titelpagina, in de kopregel en door de hele tekst.",
        "Appears on the title page, in the running header and throughout the text.",
    ),
    "organisation.sector": (
        "Voegt afspraken toe die in uw sector gelden en kiest het normenkader (zorg: NEN 7510, overheid: BIO).",
        "Adds the rules of your sector and picks the framework (healthcare: NEN 7510, government: BIO).",
    ),
    "organisation.size": (
        "Kleine organisaties mogen rollen combineren; grotere krijgen aparte eigenaren en formele vaststelling.",
        "Small organisations may combine roles; larger ones get separate owners and formal approval.",
    ),
    "organisation.jurisdiction": (
        "Bepaalt welke privacywet en toezichthouder de tekst noemt.",
        "Decides which privacy law and supervisory authority the text names.",
    ),
    "organisation.style": (
        "Spreekt de Nederlandse tekst de lezer aan met je of met u; de Engelse tekst past de toon aan.",
        "Addresses the Dutch reader as je or u; the English text adjusts its register.",
    ),
    "organisation.policy_owner.name": (
        "Bij wie medewerkers terechtkunnen met vragen; eigenaar in het documentbeheer.",
        "Whom employees can ask; the document owner in document control.",
    ),
    "organisation.policy_owner.role": (
        "De functie blijft kloppen als de persoon wisselt.",
        "The role stays right when the person changes.",
    ),
    "organisation.policy_owner.email": (
        "Het adres voor vragen over het beleid.",
        "The address for questions.",
    ),
    "organisation.effective_date": (
        "Ingangsdatum in het documentbeheer; de herzieningsdatum telt vanaf hier.",
        "Effective date in document control; the review date counts from here.",
    ),
    "organisation.version": (
        "Staat in het documentbeheer en in de bestandsnaam.",
        "Shown in document control and the file name.",
    ),
    "organisation.review_months": (
        "Hoe vaak het beleid wordt herzien (3 tot 36 maanden): de borgingsstap van het plan.",
        "How often the policy is reviewed (3 to 36 months): the assurance step of the plan.",
    ),
    "organisation.logo": (
        "Optioneel: een PNG- of JPEG-bestand voor de titelpagina en de kopregel.",
        "Optional: a PNG or JPEG file for the title page and the header.",
    ),
    "channels": (
        "Vink elk kanaal aan dat de organisatie of haar medewerkers gebruiken. Een officieel account "
        "heeft een beheerder nodig; beveiligingsmaatregelen gelden dan ook daar.",
        "Tick every channel the organisation or its people use. An official account needs a manager; "
        "account-security measures then apply there too.",
    ),
    "markets.segments": (
        "Bepaalt toon en kanaaladvies: de zakelijke markt, het mkb of consumenten.",
        "Sets tone and channel advice: business, small business or consumer markets.",
    ),
    "markets.goals": ("Komen terug in het doel van de code.", "Appear in the purpose of the code."),
    "markets.ambassadors": (
        "Voegt een hoofdstuk toe over delen namens de organisatie, met regels voor openheid (#spon).",
        "Adds a section on sharing for the organisation, with disclosure rules (#ad).",
    ),
    "markets.webcare": (
        "Vragen en klachten beantwoorden via social media: wie, hoe snel en hoe op te schalen.",
        "Answering questions and complaints on social media: who, how fast, how to escalate.",
    ),
    "markets.webcare_response_hours": (
        "De reactietijd die u belooft, in uren (1 tot 168).",
        "The response time you promise, in hours (1 to 168).",
    ),
    "confidentiality.framework": (
        "De norm waaraan het ICT-beleid de maatregelen koppelt.",
        "The standard the ICT policy maps its measures to.",
    ),
    "confidentiality.classification": (
        "Bepaalt per niveau wat medewerkers wel en niet mogen delen.",
        "Decides per level what employees may and may not share.",
    ),
    "confidentiality.never_share": (
        "Deze lijst staat letterlijk in de gedragscode onder 'deel nooit'.",
        "This list appears word for word in the code under 'never share'.",
    ),
    "confidentiality.personal_data": (
        "Bijzondere persoonsgegevens (gezondheid, geloof) maken de regels strenger.",
        "Special categories (health, religion) make the rules stricter.",
    ),
    "confidentiality.photos": (
        "Foto's en video van werkplek, collega's en klanten.",
        "Photos and video of the workplace, colleagues and customers.",
    ),
    "confidentiality.generative_ai": (
        "Wat medewerkers met chatbots en andere AI-tools mogen.",
        "What employees may do with chatbots and other AI tools.",
    ),
    "confidentiality.approved_ai_tools": (
        "Eén tool per regel; ze worden in de code genoemd.",
        "One tool per line; the code names them.",
    ),
    "behaviour.spokespersons": (
        "Wie namens de organisatie mag spreken.",
        "Who may speak for the organisation.",
    ),
    "behaviour.disclaimer": (
        "Vraagt medewerkers die hun werkgever noemen om 'berichten op persoonlijke titel' toe te voegen.",
        "Asks employees who name their employer to add 'views are my own'.",
    ),
    "behaviour.private_use": (
        "Privégebruik van social media onder werktijd.",
        "Private use of social media during working hours.",
    ),
    "behaviour.criticism_route": (
        "Waar medewerkers kritiek kwijt kunnen in plaats van online.",
        "Where employees take criticism instead of posting it.",
    ),
    "behaviour.after_hours": (
        "Het recht om offline te zijn, of een rooster voor de officiële accounts.",
        "The right to disconnect, or a rota for the official accounts.",
    ),
    "behaviour.wellbeing_support": (
        "Steun bij druk, overbelasting en online aanvallen.",
        "Support for pressure, overload and online attacks.",
    ),
    "behaviour.training": (
        "Bewustwording is de derde pijler naast techniek en regels.",
        "Awareness is the third pillar beside technology and rules.",
    ),
    "behaviour.monitoring": (
        "Wat de organisatie volgt; privéaccounts nooit.",
        "What the organisation watches; never private accounts.",
    ),
    "behaviour.sanctions": (
        "Het hoofdstuk over gevolgen van overtredingen.",
        "The section on consequences of breaches.",
    ),
    "behaviour.acknowledgement": (
        "Voegt een formulier toe waarmee medewerkers tekenen voor gelezen en akkoord.",
        "Adds a form for employees to sign that they have read and will follow the code.",
    ),
    "technical.separation": (
        "Open: alles toegankelijk. Beperkt: bepaalde kanalen geblokkeerd. Strikt: alleen e-mail, intranet en interne systemen.",
        "Open: everything reachable. Restricted: selected channels blocked. Strict: only e-mail, intranet and internal systems.",
    ),
    "technical.blocked_channels": (
        "Welke kanalen op netwerk en apparaten geblokkeerd zijn.",
        "Which channels are blocked on the network and devices.",
    ),
    "technical.byod": (
        "Of eigen telefoons en laptops bij werkgegevens mogen.",
        "Whether own phones and laptops may reach work data.",
    ),
    "technical.mfa": (
        "Verplicht tweestapsverificatie op elk officieel account.",
        "Requires two-step verification on every official account.",
    ),
    "technical.password_manager": (
        "Gedeelde wachtwoorden alleen via de wachtwoordmanager.",
        "Shared passwords only through the password manager.",
    ),
    "technical.account_register": (
        "Een register van officiële accounts, eigenaren en beheerders.",
        "A register of official accounts, owners and admins.",
    ),
    "technical.offboarding": (
        "Toegang intrekken en eigenaarschap overdragen bij vertrek.",
        "Revoke access and move ownership when someone leaves.",
    ),
    "technical.incident_contact": (
        "Waar medewerkers een gehackt account, phishing of een lek melden.",
        "Where employees report a hacked account, phishing or a leak.",
    ),
    "governance.hr_owner": (
        "HR leidt samen met communicatie.",
        "HR leads together with communications.",
    ),
    "governance.communications_owner": (
        "Beheert officiële accounts, woordvoering en webcare.",
        "Runs official accounts, spokespersons and webcare.",
    ),
    "governance.it_owner": (
        "Verwerkt de regels in de informatiebeveiliging.",
        "Folds the rules into information security.",
    ),
    "governance.approver": ("Wie het beleid vaststelt.", "Who approves the policy."),
    "governance.baseline": (
        "De nulmeting: wat er al is. De gap-analyse noemt de rest.",
        "The baseline measurement: what exists. The gap analysis lists the rest.",
    ),
    "governance.plan": (
        "De vijf stappen: nulmeting, beleid, plan van aanpak, implementatie, borging.",
        "The five steps: baseline, policy, plan of action, implementation, assurance.",
    ),
}

# F1: a longer help text per page.
PAGE_HELP: dict[str, tuple[str, str]] = {
    "welcome": (
        "Begin een nieuw project of open een opgeslagen project. Uw antwoorden worden elke minuut "
        "automatisch bewaard; met Bestand > Opslaan bewaart u het project als bestand.",
        "Start a new project or open a saved one. Your answers are kept automatically every "
        "minute; File > Save stores the project as a file.",
    ),
    "organisation": (
        "Deze gegevens staan op de titelpagina en in het documentbeheer. De sector bepaalt extra "
        "afspraken en het normenkader.",
        "These details appear on the title page and in document control. The sector adds rules "
        "and decides the framework.",
    ),
    "channels": (
        "Gebruik de spatiebalk om een kanaal aan of uit te zetten en Tab om naar de volgende kolom te gaan.",
        "Use the space bar to switch a channel on or off and Tab to move to the next column.",
    ),
    "markets": (
        "De doelen en markten bepalen toon en hoofdstukken.",
        "Goals and markets set tone and sections.",
    ),
    "confidentiality": (
        "Wat nooit gedeeld mag worden, komt letterlijk in de gedragscode.",
        "What must never be shared appears word for word in the code.",
    ),
    "behaviour": (
        "Deze keuzes bepalen de toon van de gedragscode.",
        "These choices set the tone of the code of conduct.",
    ),
    "technical": (
        "Technische scheiding is één van de drie pijlers: wat netwerk en apparaten toestaan.",
        "Technical separation is one of the three pillars: what network and devices allow.",
    ),
    "governance": (
        "HR, communicatie en ICT schrijven het beleid samen; het management stelt het vast.",
        "HR, communications and IT write the policy together; management approves it.",
    ),
    "review": (
        "Kies de documenten en talen en een map. Bestaande bestanden worden pas na uw bevestiging vervangen.",
        "Choose documents, languages and a folder. Existing files are replaced only after you confirm.",
    ),
}


def help_text(key: str) -> str:
    dutch, english = HELP.get(key, ("", ""))
    return dutch if _language is Language.NL else english


def page_help(page: str) -> str:
    dutch, english = PAGE_HELP[page]
    return dutch if _language is Language.NL else english


# Help > About (ui/about.py).
TEXTS.update(
    {
        "about.title": ("Over Social Media Policy Builder", "About Social Media Policy Builder"),
        "about.version": ("Versie {version}", "Version {version}"),
        "about.licence": (
            "Licentie: niet-vrije software, alle rechten voorbehouden.",
            "Licence: proprietary, all rights reserved.",
        ),
        "about.libraries": ("Gemaakt met", "Built with"),
        "about.lgpl": (
            "Qt en PySide6 worden gebruikt onder de GNU LGPL versie 3; hun broncode staat op code.qt.io. U mag de meegeleverde Qt-bibliotheken vervangen door een eigen versie.",
            "Qt and PySide6 are used under the GNU LGPL version 3; their source code is at code.qt.io. You may replace the Qt libraries supplied with your own version.",
        ),
        "about.close": ("Sluiten", "Close"),
    }
)
