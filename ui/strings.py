"""Every text of the interface, in Dutch and English.

Names of fields and answers come from ``templates/<lang>/labels.toml`` (shared with
the documents and the messages); this module holds the rest: window chrome, page
titles, help texts. ``tr(key)`` answers in the interface language of the moment.
"""

from __future__ import annotations

from wizard.answers.pages import PAGES
from wizard.language import Language

_language = Language.EN


def set_language(language: Language) -> None:
    global _language
    _language = language


def language() -> Language:
    return _language


def chrome_mnemonics() -> set[str]:
    """The Alt+letters of the window's menus and page buttons, in this language."""
    from ui.mnemonics import letter

    keys = (
        "menu.file",
        "menu.view",
        "menu.workshop",
        "menu.language",
        "menu.help",
        "button.back",
        "button.next",
    )
    return {found for key in keys if (found := letter(tr(key)))}


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
    "menu.new_from": ("Nieuw &vanuit dit project…", "New &from this project…"),
    "new_from.title": ("Nieuwe klant vanuit dit project", "New client from this project"),
    "new_from.name": ("Naam van de nieuwe organisatie:", "The new organisation's name:"),
    "new_from.done": (
        "Een nieuw, nog niet opgeslagen project voor {name}: de antwoorden en aangepaste "
        "teksten zijn overgenomen. Opslaan vraagt waar het komt.",
        "A new, unsaved project for {name}: the answers and edited texts were kept. Save "
        "asks where it goes.",
    ),
    "new_from.cleared": (
        "Leeggemaakt, om voor de nieuwe klant in te vullen:",
        "Cleared, to fill in for the new client:",
    ),
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
    # The project file changed on disk since the window read or saved it.
    "dialog.disk_changed.title": (
        "Project is elders gewijzigd",
        "Project changed elsewhere",
    ),
    "dialog.disk_changed.text": (
        "‘{name}’ is gewijzigd door een ander programma of een collega sinds u het opende of "
        "opsloeg (om {time}).\n\nOpnieuw laden toont die versie; wat u hier nog niet had "
        "opgeslagen, gaat dan verloren. Opslaan als bewaart uw versie onder een andere naam en "
        "laat het bestand zoals het nu is. Overschrijven vervangt het bestand door uw versie; "
        "de wijzigingen van de ander gaan dan verloren.",
        "‘{name}’ was changed by another program or a colleague since you opened or saved it "
        "(at {time}).\n\nReload shows that version; what you had not saved here is then "
        "lost. Save as keeps your version under another name and leaves the file as it is "
        "now. Overwrite replaces the file with your version; the other changes are then lost.",
    ),
    "dialog.disk_changed.reload": ("Opnieuw &laden", "&Reload"),
    "dialog.disk_changed.save_as": ("Opslaan &als…", "Save &as…"),
    "dialog.disk_changed.overwrite": ("&Overschrijven", "&Overwrite"),
    "dialog.locked": (
        "‘{name}’ wordt op dit moment opgeslagen door een ander programma ({holder}). Er is "
        "niets opgeslagen; probeer het over een moment opnieuw.",
        "‘{name}’ is being saved by another program right now ({holder}). Nothing was "
        "saved; try again in a moment.",
    ),
    "status.reloaded": ("Opnieuw geladen: {path}", "Reloaded: {path}"),
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
    "dialog.settings_unkept.title": (
        "Instellingen worden niet bewaard",
        "Settings will not be kept",
    ),
    "dialog.settings_unkept.text": (
        "Het programma kan niet schrijven in:\n{folders}\n\nU kunt gewoon verder werken, maar "
        "instellingen (taal, lettergrootte, recente bestanden) blijven alleen bewaard tot u het "
        "programma sluit. Sla uw project zelf op, in een map waarin u mag schrijven: een "
        "automatische reservekopie is mogelijk niet te maken.",
        "The program cannot write to:\n{folders}\n\nYou can work as usual, but settings "
        "(language, text size, recent files) are kept only until you close the program. Save "
        "your project yourself, in a folder you can write to: an automatic backup may not be "
        "possible.",
    ),
    "dialog.about.text": (
        "Social Media Policy Builder schrijft een gedragscode social media en een social-mediaparagraaf "
        "voor het ICT-beleidsplan, in het Nederlands en het Engels.",
        "Social Media Policy Builder writes a social media code of conduct and a social-media section "
        "for the ICT policy plan, in Dutch and English.",
    ),
    # plain words: failures and moments in words a person acts on (see wizard.answers.messages)
    "words.save_failed": (
        "{reason}\n\nHet bestaande bestand is niet gewijzigd; uw antwoorden staan nog in het venster.",
        "{reason}\n\nThe existing file has not been changed; your answers are still in the window.",
    ),
    "words.save_failed.new": (
        "{reason}\n\nUw antwoorden staan nog in het venster.",
        "{reason}\n\nYour answers are still in the window.",
    ),
    "words.saved_one_open": (
        "Opgeslagen: {path}. Nog 1 vraag te beantwoorden.",
        "Saved: {path}. 1 question still needs an answer.",
    ),
    "words.export_failed": (
        "{reason}\n\nEr is geen half document achtergelaten; bestaande documenten zijn niet gewijzigd.",
        "{reason}\n\nNo half-written document was left behind; existing documents have not been changed.",
    ),
    "words.export_unexpected": (
        "De documenten konden door een onverwachte fout niet worden gemaakt; er is niets geschreven. "
        "Probeer het opnieuw. Gaat het weer mis, stuur dan het logbestand {log} naar wie u helpt.",
        "The documents could not be created because of an unexpected fault; nothing was written. "
        "Try again. If it happens again, send the log file {log} to whoever helps you.",
    ),
    "words.unexpected.title": ("Er ging iets mis", "Something went wrong"),
    "words.unexpected.text": (
        "Er ging iets onverwachts mis. Uw antwoorden worden elke minuut automatisch bewaard. "
        "Sla uw project op; doet het programma daarna vreemd, sluit het dan en start het opnieuw."
        "\n\nWat er misging, staat in het logbestand {log}.",
        "Something unexpected went wrong. Your answers are kept automatically every minute. "
        "Save your project; if the program behaves oddly afterwards, close it and start it again."
        "\n\nWhat went wrong is written in the log file {log}.",
    ),
    "words.moment.today": ("vandaag om {time}", "today at {time}"),
    "words.moment.yesterday": ("gisteren om {time}", "yesterday at {time}"),
    "words.moment.date": ("{date} om {time}", "{date} at {time}"),
    "words.moment.unknown": ("een onbekend tijdstip", "an unknown time"),
    "status.saved": ("Opgeslagen: {path}", "Saved: {path}"),
    "status.saved_incomplete": (
        "Opgeslagen: {path}. Nog {count} vragen te beantwoorden.",
        "Saved: {path}. {count} questions still need an answer.",
    ),
    "status.preview_aside": (
        "Bij grote tekst staat het voorbeeld opzij, zodat de vragen passen. Ctrl+P toont het.",
        "At large text the preview steps aside so the questions fit. Ctrl+P shows it.",
    ),
    "status.autosaved": ("Automatisch bewaard om {time}", "Autosaved at {time}"),
    "status.opened": ("Geopend: {path}", "Opened: {path}"),
    # wizard buttons
    "button.back": ("< Vo&rige", "< &Back"),
    "button.next": ("&Volgende >", "&Next >"),
    "button.finish": ("&Klaar", "&Finish"),
    "button.cancel": ("Annuleren", "Cancel"),
    "button.help": ("Help (F1)", "Help (F1)"),
    "date.placeholder": ("dd-mm-jjjj", "yyyy-mm-dd"),
    "date.calendar": ("Kies in de kalender (Alt+Pijl omlaag)", "Pick from the calendar (Alt+Down)"),
    "date.unreadable": (
        "Dit is (nog) geen datum: typ hem als 31-12-2026, of kies in de kalender.",
        "This is not a date (yet): type it as 2026-12-31, or pick it from the calendar.",
    ),
    "page.open": ("Nog open: {what}", "Still open: {what}"),
    "page.more": ("Meer keuzes ({count}) ▸", "More choices ({count}) ▸"),
    "page.more.tip": (
        "Vragen die voor een bedrijf van 1–9 mensen al goed staan; u kunt ze hier bekijken "
        "en veranderen.",
        "Questions already set for a business of 1–9 people; look at or change them here.",
    ),
    "page.fewer": ("Minder keuzes ▴", "Fewer choices ▴"),
    "wizard.step.of": ("Stap {number} van {total}", "Step {number} of {total}"),
    "wizard.step.start": ("Start", "Start"),
    "wizard.step.last": ("Laatste stap", "Last step"),
    "wizard.step.home": ("Start", "Start"),
    "wizard.step.review": ("Afronden", "Finish"),
    "wizard.next.tip": ("Volgende pagina (Alt+Pijl rechts)", "Next page (Alt+Right arrow)"),
    "wizard.back.tip": ("Vorige pagina (Alt+Pijl links)", "Previous page (Alt+Left arrow)"),
    "button.browse": ("Bladeren…", "Browse…"),
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
        "Afspraken over social media voor uw bedrijf, klaar om uit te delen.",
        "Rules for social media for your business, ready to hand out.",
    ),
    # --- a path for the smallest organisations (ui/smallbiz.py, ui/help.py, welcome) ---
    "welcome.examples": ("Begin met een voorbeeld:", "Start from an example:"),
    "welcome.example.bakery": ("Bakkerij (micro)", "Bakery (micro)"),
    "welcome.example.advisory": ("Adviesbureau (klein)", "Consultancy (small)"),
    "welcome.example.care": ("Zorggroep (middelgroot)", "Care group (medium)"),
    "welcome.examples.note": (
        "Een voorbeeld opent als nieuw project; het voorbeeld zelf blijft zoals het is.",
        "An example opens as a new project; the example itself stays as it is.",
    ),
    "help.close": ("Sluiten", "Close"),
    "help.questions": ("De vragen op deze pagina", "The questions on this page"),
    "myself.tip": (
        "Een klein bedrijf? Dan doet u dit waarschijnlijk allemaal zelf.",
        "A small business? Then you probably do all of this yourself.",
    ),
    "myself.question": (
        "Doet u personeelszaken (HR), communicatie en ICT zelf?",
        "Do you do HR, communications and IT yourself?",
    ),
    "myself.check": ("Ja, dat doe ik allemaal zelf", "Yes, I do all of this myself"),
    "myself.on.first": (
        "U stelt de afspraken ook vast. De documenten noemen alleen u ({owner}): bij vragen, "
        "meldingen en incidenten.",
        "You also approve the rules. The documents name you alone ({owner}): for questions, "
        "reports and incidents.",
    ),
    "myself.no_owner.first": (
        "Vul hierboven uw naam of functie in; die komt dan overal in de documenten.",
        "Fill in your name or role above; it then appears throughout the documents.",
    ),
    "myself.off": (
        "Dan komt {owner} (de beleidseigenaar) bij HR, communicatie, ICT en vaststeller te staan.",
        "Then {owner} (the policy owner) becomes the HR, communications and IT owner and the "
        "approver.",
    ),
    "myself.on": (
        "{owner} doet HR, communicatie en ICT en stelt de afspraken vast. Een andere naam? Verander "
        "de beleidseigenaar op de pagina Organisatie, of zet het vinkje uit en vul zelf namen in.",
        "{owner} handles HR, communications and IT and approves the rules. Another name? Change "
        "the policy owner on the Organisation page, or untick the box and fill in names.",
    ),
    "myself.no_owner": (
        "Vul eerst de naam of de functie van de beleidseigenaar in op de pagina Organisatie; die "
        "komt dan in alle vier de velden.",
        "First fill in the policy owner's name or role on the Organisation page; it then goes "
        "into all four fields.",
    ),
    "refit.line": (
        "{count} antwoorden ingesteld voor {fit}. <a href='undo'>Ongedaan maken</a>",
        "{count} answers set for {fit}. <a href='undo'>Undo</a>",
    ),
    "refit.line.one": (
        "1 antwoord ingesteld voor {fit}. <a href='undo'>Ongedaan maken</a>",
        "1 answer set for {fit}. <a href='undo'>Undo</a>",
    ),
    # What the answers were set for: the size alone, or with the sector chosen (the
    # line stood under the size and named only the size when a sector set an answer).
    "refit.fit": ("een bedrijf van {size}", "a business of {size}"),
    "refit.fit.sector": ("{sector} met {size}", "{sector} with {size}"),
    "refit.tip": ("Ingesteld: {questions}.", "Set: {questions}."),
    "refit.size.micro": ("1–9 mensen", "1–9 people"),
    "refit.size.small": ("10–49 mensen", "10–49 people"),
    "refit.size.medium": ("50–249 mensen", "50–249 people"),
    "refit.size.large": ("250 of meer mensen", "250 or more people"),
    "suggest.line": ("<b>{who}:</b> {value}. {reason}", "<b>{who}:</b> {value}. {reason}"),
    "suggest.micro": ("Suggestie voor een micro-onderneming", "Suggestion for a micro business"),
    "suggest.small": (
        "Suggestie voor een kleine organisatie",
        "Suggestion for a small organisation",
    ),
    "suggest.medium": (
        "Suggestie voor een middelgrote organisatie",
        "Suggestion for a medium-sized organisation",
    ),
    "suggest.large": (
        "Suggestie voor een grote organisatie",
        "Suggestion for a large organisation",
    ),
    "suggest.apply": ("Overnemen", "Apply"),
    "choose.button": ("Weet ik niet: kies voor mij", "Don't know: choose for me"),
    "choose.result": ("<b>Gekozen:</b> {value}. {reason}", "<b>Chosen:</b> {value}. {reason}"),
    "advice.segments.micro": (
        "De meeste kleine bedrijven verkopen aan particulieren. Verkoopt u vooral aan bedrijven? "
        "Laat het dan zo.",
        "Most small businesses sell to private customers. If you sell mainly to businesses, leave "
        "it as it is.",
    ),
    "advice.framework.small": (
        "Een klein bedrijf hoeft geen norm te volgen; de documenten blijven dan eenvoudig, zonder "
        "tabel met normnummers.",
        "A small business need not follow a standard; the documents stay simple, without a table "
        "of control numbers.",
    ),
    "advice.framework.healthcare": (
        "In de zorg is NEN 7510 de norm voor informatiebeveiliging.",
        "In Dutch healthcare, NEN 7510 is the standard for information security.",
    ),
    "advice.framework.government": (
        "De overheid werkt met de BIO.",
        "Dutch government organisations work with the BIO.",
    ),
    "advice.framework.larger": (
        "ISO/IEC 27002 is de bekendste norm en past bij een organisatie van deze omvang.",
        "ISO/IEC 27002 is the best-known standard and suits an organisation of this size.",
    ),
    "advice.classification.micro": (
        "Met een paar mensen is één duidelijke regel genoeg: wat niet openbaar is, blijft binnen.",
        "With a few people, one clear rule is enough: what is not public stays inside.",
    ),
    "advice.classification.three": (
        "Openbaar, intern en vertrouwelijk zijn makkelijk uit te leggen en passen bij de meeste "
        "organisaties.",
        "Public, internal and confidential are easy to explain and suit most organisations.",
    ),
    "advice.classification.large": (
        "Een grote organisatie heeft vaak ook geheime informatie; vier niveaus maken dat verschil.",
        "A large organisation often has secret information too; four levels make that difference.",
    ),
    "advice.separation.open": (
        "Kanalen blokkeren kost beheer en werkt niet op privételefoons; de meeste organisaties laten "
        "het netwerk open en maken afspraken in de gedragscode.",
        "Blocking channels takes upkeep and does not work on private phones; most organisations "
        "leave the network open and agree on rules in the code of conduct.",
    ),
    "advice.byod.micro": (
        "In een klein bedrijf gebruikt bijna iedereen de eigen telefoon, en meestal beheert "
        "niemand de apparaten.",
        "In a small business almost everyone uses their own phone, and usually nobody manages the "
        "devices.",
    ),
    "advice.byod.managed": (
        "Eigen apparaten mogen, als ze beveiligd en beheerd worden: de gebruikelijke middenweg.",
        "Own devices are allowed when they are secured and managed: the usual middle way.",
    ),
    "advice.mfa": (
        "Tweestapsverificatie is gratis op elk platform en de beste bescherming tegen een gehackt "
        "account.",
        "Two-step verification is free on every platform and the best protection against a hacked "
        "account.",
    ),
    "advice.webcare.yes": (
        "U heeft een officieel account waar klanten vragen stellen; spreek dan af wie antwoordt en "
        "hoe snel.",
        "You run an official account where customers ask questions; agree who answers and how fast.",
    ),
    "advice.webcare.no": (
        "Zonder officieel account voor vragen van klanten is dit hoofdstuk niet nodig; u kunt het "
        "later altijd aanzetten.",
        "Without an official account for customers' questions this section is not needed; you can "
        "switch it on later.",
    ),
    "advice.approver.owner": (
        "In een micro-onderneming stelt de eigenaar het beleid vast.",
        "In a micro business, the owner approves the policy.",
    ),
    "advice.approver.management": (
        "Meestal stelt de directie of het bestuur het beleid vast: noem wie. Zolang niemand is "
        "genoemd, spreken de documenten van de leiding en blijft de naam open.",
        "Usually the board of directors or the management board approves the policy: name who. "
        "Until someone is named, the documents speak of the leadership and leave the name open.",
    ),
    "advice.sanctions.micro": (
        "In een klein team spreekt u elkaar eerst aan; een reeks formele maatregelen past daar minder "
        "bij.",
        "In a small team you talk to each other first; a series of formal measures fits less well.",
    ),
    "advice.training.larger": (
        "Bij meer mensen zakt kennis snel weg; een jaarlijkse opfrisser houdt die op peil.",
        "With more people, knowledge fades quickly; a yearly refresher keeps it up.",
    ),
    "welcome.method": (
        "<p><b>Wat u krijgt:</b> een gedragscode social media voor uw medewerkers en een kort "
        "stuk voor uw ICT-beleid, als Word-documenten.</p>"
        "<p><b>Hoe lang het duurt:</b> een kwartier voor een klein bedrijf, twintig minuten voor "
        "een groter. Rechts ziet u de tekst ontstaan; F1 legt elke pagina uit.</p>"
        "<p><b>Niets gaat verloren:</b> uw antwoorden worden vanzelf bewaard en u kunt alles "
        "later veranderen.</p>",
        "<p><b>What you get:</b> a social media code of conduct for your people and a short "
        "section for your ICT policy, as Word documents.</p>"
        "<p><b>How long it takes:</b> fifteen minutes for a small business, twenty for a larger "
        "one. The text takes shape on the right; F1 explains every page.</p>"
        "<p><b>Nothing gets lost:</b> your answers are kept automatically and you can change "
        "everything later.</p>",
    ),
    "welcome.new": ("&Nieuw project", "New &project"),
    "welcome.open": ("Project &openen…", "&Open project…"),
    "welcome.recent": ("Recente projecten", "Recent projects"),
    "welcome.clients": ("Klanten in een &map…", "&Clients in a folder…"),
    "welcome.clients.shown": (
        "{count} projecten in {folder}; klik op een klant om die te openen.",
        "{count} projects in {folder}; click a client to open it.",
    ),
    "welcome.clients.title": ("Map met klanten kiezen", "Choose the folder of clients"),
    "welcome.recent.none": ("Nog geen recente projecten.", "No recent projects yet."),
    "welcome.current": ("Huidig project: {name}", "Current project: {name}"),
    # page subtitles (the titles come from wizard.answers.pages, shared with the report)
    "page.organisation.subtitle": (
        "Wie bent u, en wie is eigenaar van het beleid?",
        "Who are you, and who owns the policy?",
    ),
    "page.channels.subtitle": (
        "Welke kanalen gebruikt de organisatie of haar medewerkers, en wat mogen medewerkers er?",
        "Which channels do the organisation and its people use, and what may employees do there?",
    ),
    "page.markets.subtitle": (
        "Wie wilt u bereiken, en waarvoor gebruikt u social media?",
        "Whom do you want to reach, and what do you use social media for?",
    ),
    "page.confidentiality.subtitle": (
        "Welke informatie moet binnen blijven?",
        "Which information must stay inside?",
    ),
    "page.behaviour.subtitle": (
        "Wat verwacht u van medewerkers, en wat biedt u hen?",
        "What do you expect of employees, and what do you offer them?",
    ),
    "page.technical.subtitle": (
        "Wat staan netwerk en apparaten toe, en hoe zijn de accounts beveiligd?",
        "What do the network and devices allow, and how are the accounts secured?",
    ),
    "page.governance.subtitle": (
        "Wie schrijft en onderhoudt het beleid, en hoe voert u het in?",
        "Who writes and keeps the policy, and how will you put it in place?",
    ),
    "page.review.title": ("Controleren en exporteren", "Review and export"),
    "page.review.subtitle": (
        "Kies documenten, talen en een map, en maak de Word-bestanden.",
        "Choose documents, languages and a folder, and create the Word files.",
    ),
    # --- warnings beside the answers, the review page's summary, the preview's note ---
    "warning.line": ("⚠ Let op: {message}", "⚠ Note: {message}"),
    "list.and": ("{items} en {last}", "{items} and {last}"),
    "review.warnings.one": (
        "Er staat nog 1 waarschuwing open. Klik erop (of kies hem met Tab en druk op Enter) "
        "om naar de vraag te gaan. U kunt de documenten ook zo maken.",
        "1 warning is still open. Click it (or reach it with Tab and press Enter) to go to "
        "the question. You can also create the documents as they are.",
    ),
    "review.warnings.many": (
        "Er staan nog {count} waarschuwingen open. Klik erop (of kies er een met Tab en druk op "
        "Enter) om naar de vraag te gaan. U kunt de documenten ook zo maken.",
        "{count} warnings are still open. Click one (or reach it with Tab and press Enter) to "
        "go to the question. You can also create the documents as they are.",
    ),
    "review.problems.link": (
        "Nog niet alles is ingevuld. Klik op een punt (of kies het met Tab en druk op Enter) "
        "om naar de vraag te gaan:",
        "Not everything has been filled in yet. Click an item (or reach it with Tab and press "
        "Enter) to go to the question:",
    ),
    "review.answers": ("Uw antwoorden", "Your answers"),
    "review.change": ("Wijzigen", "Change"),
    "review.change.name": ("{page} wijzigen", "Change {page}"),
    "review.unanswered": ("nog niet beantwoord", "not answered yet"),
    "preview.stale": (
        "Het voorbeeld toont de laatste geldige antwoorden, want dit is nog niet goed: {fields}.",
        "The preview shows the last valid answers, because this is not right yet: {fields}.",
    ),
    "preview.marked": (
        "Nog niet goed, in het voorbeeld tussen haken: {fields}.",
        "Not right yet, shown in brackets in the preview: {fields}.",
    ),
    # channels table
    "channels.col.use": ("Gebruikt", "Used"),
    "channels.col.channel": ("Kanaal", "Channel"),
    "channels.col.official": ("Officieel account", "Official account"),
    "channels.col.manager": ("Beheerder", "Managed by"),
    "channels.col.posting": (
        "Posten over het werk (eigen account)",
        "Posting about work (own account)",
    ),
    "channels.other.placeholder": ("Naam van het kanaal", "Name of the channel"),
    # Short: in the table's column at 1366×768 the longer "Wie beheert het account?" was cut.
    "channels.manager.placeholder": ("Beheerder (naam)", "Manager (name)"),
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
    "review.not_opened": (
        "Er is geen programma ingesteld dat dit opent. Het staat hier: {path}",
        "No program is set up to open this. It is here: {path}",
    ),
    "review.folder": ("Map", "Folder"),
    "review.house_style": ("Huisstijl", "House style"),
    "review.house_style.built_in": ("Ingebouwde huisstijl", "Built-in house style"),
    "review.house_style.choose": (
        "Eigen Word-sjabloon gebruiken…",
        "Use our own Word template…",
    ),
    "review.house_style.ok": (
        "De documenten krijgen de stijlen, lettertypen, kleuren en bladmaten van dit Word-bestand.",
        "The documents take the styles, fonts, colours and page size of this Word file.",
    ),
    "dialog.house_style.title": ("Word-bestand met de huisstijl", "Word file with the house style"),
    "dialog.house_style.filter": (
        "Word-documenten en -sjablonen (*.docx *.dotx)",
        "Word documents and templates (*.docx *.dotx)",
    ),
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
    # issued versions (review page and the dialog that issues one)
    "versions.title": ("Uitgegeven versies", "Issued versions"),
    "versions.none": (
        "Nog geen versie uitgegeven. Dat hoeft niet om de documenten te maken; doe het later, "
        "als u het beleid wilt bijhouden: de documenten krijgen dan een versietabel.",
        "No version issued yet. You need not to make the documents; do it later, when you "
        "want to keep track of the policy: the documents then get a version table.",
    ),
    "versions.line": ("Versie {version}, {date}", "Version {version}, {date}"),
    "versions.line.approved": (
        "Versie {version}, {date}, vastgesteld door {by}",
        "Version {version}, {date}, approved by {by}",
    ),
    "versions.no_acknowledge": (
        " (geen nieuw akkoord nodig)",
        " (no new acknowledgement needed)",
    ),
    "versions.issue": ("Deze versie &uitgeven…", "&Issue this version…"),
    "versions.withdraw": ("Laatste versie &intrekken…", "&Withdraw the last version…"),
    "versions.redline": (
        "Wijzigi&ngen sinds laatste versie…",
        "Redli&ne since the last version…",
    ),
    "versions.redline.tip": (
        "Maakt van elk gekozen document een Word-bestand met bijgehouden wijzigingen sinds de "
        "laatst uitgegeven versie, in de gekozen map: wat de ondernemingsraad beoordeelt.",
        "Writes each chosen document as a Word file with tracked changes since the last issued "
        "version, in the chosen folder: what the works council reviews.",
    ),
    "versions.redline.done": (
        "Document met bijgehouden wijzigingen gemaakt: {path} ({inserted} invoegingen, "
        "{deleted} verwijderingen).",
        "Redline written: {path} ({inserted} insertions, {deleted} deletions).",
    ),
    "versions.redline.failed": (
        "Document met bijgehouden wijzigingen is niet gemaakt",
        "Redline not written",
    ),
    "versions.withdraw.title": ("Versie intrekken", "Withdraw a version"),
    "versions.withdraw.question": (
        "Versie {version} van {date} intrekken? Ze verdwijnt uit de versietabel van de documenten.",
        "Withdraw version {version} of {date}? It disappears from the documents' version table.",
    ),
    "versions.withdraw.number": (
        "Het versienummer van de documenten wordt weer {number}.",
        "The documents' version number goes back to {number}.",
    ),
    "versions.withdraw.yes": ("&Intrekken", "&Withdraw"),
    "versions.issue.blocked": (
        "Een versie uitgeven kan zodra alle vragen zijn beantwoord.",
        "A version can be issued once every question has been answered.",
    ),
    # the acknowledgement register (ui/acknowledgements.py)
    "ack.title": ("Medewerkers en akkoordverklaringen", "Staff and acknowledgements"),
    "ack.open": ("&Medewerkers en akkoord…", "S&taff and acknowledgements…"),
    "menu.acknowledgements": ("&Medewerkers en akkoord…", "Staff and &acknowledgements…"),
    "ack.unsaved": (
        "Sla het project eerst op: het register komt als apart bestand naast het project.",
        "Save the project first: the register is kept as a file of its own beside it.",
    ),
    "ack.where": (
        "Register: {path} (apart van het project; bevat persoonsgegevens)",
        "Register: {path} (apart from the project; holds personal data)",
    ),
    "ack.other_organisation": (
        "{path} hoort bij '{found}', niet bij '{expected}' van dit project. Zet het juiste "
        "register naast het project of geef dit een andere naam; het is niet veranderd.",
        "{path} belongs to '{found}', not to '{expected}' of this project. Put the right "
        "register beside the project or rename this one; it was not changed.",
    ),
    "ack.col.name": ("Naam", "Name"),
    "ack.col.email": ("E-mail", "E-mail"),
    "ack.col.role": ("Functie", "Role"),
    "ack.col.version": ("Getekende versie", "Version signed"),
    "ack.col.date": ("Datum", "Date"),
    "ack.col.method": ("Manier", "Method"),
    "ack.col.state": ("Stand", "State"),
    "ack.date": ("&Datum", "&Date"),
    "ack.method": ("&Manier", "&Method"),
    "ack.record": ("Akkoord &vastleggen", "&Record acknowledgement"),
    "ack.import": ("Personeelslijst &inlezen…", "&Import staff list…"),
    "ack.import.title": ("Personeelslijst inlezen", "Import staff list"),
    "ack.import.filter": (
        "Personeelslijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)",
        "Staff lists (*.csv *.xlsx *.txt);;All files (*)",
    ),
    "ack.imported": (
        "{added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd, {skipped} "
        "overgeslagen.",
        "{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.",
    ),
    "ack.forms": ("&Formulieren en e-mailconcepten…", "&Forms and e-mail drafts…"),
    "ack.forms.title": ("Map voor de bestanden", "Folder for the files"),
    "ack.forms.done": (
        "{forms} formulieren en {drafts} e-mailconcepten voor versie {version} in {path}. "
        "Open een .eml-bestand in uw e-mailprogramma om het te versturen.",
        "{forms} forms and {drafts} e-mail drafts for version {version} in {path}. Open an "
        ".eml file in your mail program to send it.",
    ),
    "ack.forms.no_email": (
        "Zonder e-mailadres (alleen een formulier): {names}",
        "Without an e-mail address (a form only): {names}",
    ),
    "ack.working": ("Bezig met de formulieren en concepten…", "Writing the forms and drafts…"),
    "ack.csv": ("Stand &exporteren (CSV)…", "&Export status (CSV)…"),
    "ack.csv.title": ("Stand exporteren", "Export status"),
    "ack.csv.filter": ("CSV-bestanden (*.csv)", "CSV files (*.csv)"),
    "ack.csv.name": ("stand-akkoordverklaringen.csv", "acknowledgement-status.csv"),
    "ack.csv.done": ("Stand geschreven naar {path}", "Status written to {path}"),
    "ack.report": ("&Registerverslag…", "Register re&port…"),
    "ack.report.done": ("Registerverslag geschreven: {path}", "Register report written: {path}"),
    "ack.close": ("&Sluiten", "&Close"),
    "ack.select": (
        "Kies eerst in de tabel wie getekend heeft.",
        "First choose in the table who signed.",
    ),
    "ack.date.missing": (
        "Vul de datum van de handtekening in.",
        "Enter the date of the signature.",
    ),
    "ack.date.future": (
        "Die datum ligt in de toekomst; leg een akkoord vast als het gegeven is.",
        "That date is in the future; record an acknowledgement once it was given.",
    ),
    "ack.recorded": (
        "Vastgelegd: {names}, versie {version}, {date}.",
        "Recorded: {names}, version {version}, {date}.",
    ),
    "issue.title": ("Versie uitgeven", "Issue a version"),
    "issue.intro": (
        "Leg deze versie vast: het nummer komt op de documenten, de antwoorden van nu worden "
        "bewaard, en de documenten tonen de versietabel en wat er veranderde.",
        "Record this version: its number goes on the documents, today's answers are kept, and "
        "the documents show the version table and what changed.",
    ),
    "issue.version": ("&Versienummer", "&Version number"),
    "issue.version.help": (
        "Een kleine wijziging: {minor}. Een grote wijziging: {major}.",
        "A small change: {minor}. A major change: {major}.",
    ),
    "issue.date": ("Da&tum", "Da&te"),
    "issue.error.date": (
        "Typ de datum van vaststelling, bijvoorbeeld {example}.",
        "Enter the date of approval, for example {example}.",
    ),
    "issue.error.before": (
        "De datum ligt vóór die van versie {version} ({date}); de versietabel loopt van oud "
        "naar nieuw.",
        "The date is before that of version {version} ({date}); the version table runs "
        "from oldest to newest.",
    ),
    "issue.approved_by": ("Vastgesteld &door", "Approved &by"),
    "issue.summary": ("&Samenvatting", "&Summary"),
    "issue.summary.placeholder": (
        "Wat is er in deze versie veranderd, en waarom? (komt in de versietabel)",
        "What changed in this version, and why? (goes into the version table)",
    ),
    "issue.changes": (
        "Wijzigingen sinds versie {version} (ter informatie):",
        "Changes since version {version} (for reference):",
    ),
    "issue.changes.none": (
        "Geen wijzigingen sinds versie {version}.",
        "No changes since version {version}.",
    ),
    "issue.first": (
        "Dit wordt de eerste uitgegeven versie.",
        "This will be the first issued version.",
    ),
    "issue.acknowledge": (
        "Medewerkers tekenen deze versie voor &akkoord",
        "Staff must &acknowledge this version",
    ),
    "issue.acknowledge.help": ("Advies: {suggestion}", "Advice: {suggestion}"),
    "issue.ok": ("Versie &uitgeven", "&Issue version"),
    "issue.languages": (
        "Let op: {clauses} is in één taal aangepast. Het Nederlandse en het Engelse document "
        "zeggen daar nu misschien iets anders. Pas beide talen aan, of bevestig hieronder dat "
        "ze hetzelfde zeggen.",
        "Note: {clauses} is edited in one language only. The Dutch and English documents may "
        "now say different things there. Edit both languages, or confirm below that they say "
        "the same.",
    ),
    "issue.languages.confirm": (
        "Ik heb beide talen gelezen: ze &zeggen hetzelfde",
        "I have read both languages: they &say the same",
    ),
    "issue.error.empty": (
        "Vul een versienummer in, bijvoorbeeld {example}.",
        "Enter a version number, for example {example}.",
    ),
    "issue.error.taken": (
        "Versie {version} is al uitgegeven; kies een ander nummer, bijvoorbeeld {example}.",
        "Version {version} has already been issued; choose another number, for example {example}.",
    ),
    "issue.error.long": (
        "Een versienummer is hoogstens 20 tekens lang.",
        "A version number is at most 20 characters long.",
    ),
    "issue.error.format": (
        "Gebruik een versienummer zoals 1.1 of 2.0: alleen cijfers, gescheiden door punten.",
        "Use a version number such as 1.1 or 2.0: only digits, separated by dots.",
    ),
    "preview.title": ("Voorbeeld", "Preview"),
    "preview.document": ("Document", "Document"),
    "preview.language": ("Taal van het document", "Document language"),
    "preview.incomplete": (
        "Het voorbeeld verschijnt zodra de verplichte vragen zijn beantwoord. Nog open: {fields}.",
        "The preview appears once the required questions are answered. Still open: {fields}.",
    ),
    "preview.hide": ("Verbergen", "Hide"),
    "preview.hide.tip": (
        "Voorbeeld verbergen; Beeld > Voorbeeld tonen (Ctrl+P) brengt het terug",
        "Hide the preview; View > Show preview (Ctrl+P) brings it back",
    ),
    "preview.show": ("Voorbeeld tonen", "Show preview"),
    "help.title": ("Help: {page}", "Help: {page}"),
}

# Help per question: what it means and, for jargon, what to choose when in doubt.
HELP: dict[str, tuple[str, str]] = {
    "organisation.name": (
        "Staat op de titelpagina, in de kopregel en door de hele tekst.",
        "Appears on the title page, in the running header and throughout the text.",
    ),
    "organisation.sector": (
        "Voegt afspraken toe die in uw sector gelden, zoals extra zorg voor gegevens van patiënten "
        "in de zorg. Staat uw sector er niet bij? Kies Algemeen.",
        "Adds the rules of your sector, such as extra care for patients' data in healthcare. Your "
        "sector is not listed? Choose General.",
    ),
    "organisation.size": (
        "Hoeveel mensen er werken. De antwoorden die u nog niet zelf koos, passen zich daaraan aan.",
        "How many people work there. The answers you have not chosen yourself follow it.",
    ),
    "organisation.jurisdiction": (
        "Bepaalt welke privacywet en toezichthouder de tekst noemt. Werkt u in Nederland, kies dan "
        "Nederland.",
        "Decides which privacy law and supervisory authority the text names. Working in the "
        "Netherlands? Choose the Netherlands.",
    ),
    "organisation.style": (
        "Of de tekst uw medewerkers aanspreekt met je of met u. Zegt u op de werkvloer je, kies "
        "dan informeel.",
        "Whether the Dutch text addresses your people as je or u; the English text adjusts its "
        "tone. Informal suits most small businesses.",
    ),
    "organisation.policy_owner.name": (
        "Bij wie medewerkers terechtkunnen met vragen over de afspraken. In een klein bedrijf is "
        "dat meestal de eigenaar.",
        "Whom employees can ask about the rules. In a small business that is usually the owner.",
    ),
    "organisation.policy_owner.role": (
        "De functie, bijvoorbeeld eigenaar of directeur. De functie blijft kloppen als de persoon "
        "wisselt.",
        "The role, for example owner or director. The role stays right when the person changes.",
    ),
    "organisation.policy_owner.email": (
        "Het adres voor vragen over de afspraken. Mag leeg blijven.",
        "The address for questions about the rules. May stay empty.",
    ),
    "organisation.effective_date": (
        "Vanaf wanneer de afspraken gelden. Staat bij de versie op de eerste pagina, en met de "
        "volgende herziening in het documentbeheer achterin, zodat iedereen ziet welke versie "
        "geldt.",
        "From when the rules apply. Shown with the version on the first page, and with the next "
        "review in the document control at the back, so everyone sees which version applies.",
    ),
    "organisation.version": (
        "Het versienummer van de documenten; staat ook in de bestandsnaam. Begin met 1.0 en maak "
        "er 1.1 van als u iets verandert.",
        "The documents' version number; also part of the file name. Start with 1.0 and make it 1.1 "
        "when you change something.",
    ),
    "organisation.review_months": (
        "Na hoeveel maanden u de afspraken opnieuw bekijkt. Twijfelt u? Kies 12: één keer per jaar "
        "is genoeg voor de meeste bedrijven.",
        "After how many months you look at the rules again. Not sure? Choose 12: once a year is "
        "enough for most businesses.",
    ),
    "organisation.logo": (
        "Mag leeg blijven: een PNG- of JPEG-bestand voor de titelpagina en de kopregel.",
        "May stay empty: a PNG or JPEG file for the title page and the header.",
    ),
    "channels": (
        "Vink elk kanaal aan dat uw bedrijf of uw medewerkers gebruiken. Een officieel account is "
        "een account op naam van het bedrijf; zet er een beheerder bij, de persoon die erop post en "
        "het wachtwoord kent.",
        "Tick every channel your business or your people use. An official account is one in the "
        "business's name; add its manager, the person who posts there and knows the password.",
    ),
    "markets.segments": (
        "Aan wie u verkoopt. Dat bepaalt de toon en het advies per kanaal. Een winkel, bakkerij of "
        "kapper kiest Consumenten.",
        "Whom you sell to. It sets the tone and the advice per channel. A shop, bakery or "
        "hairdresser chooses Consumers.",
    ),
    "markets.goals": (
        "Waarvoor u social media gebruikt; dit komt terug in het doel van de gedragscode.",
        "What you use social media for; this appears in the purpose of the code of conduct.",
    ),
    "markets.ambassadors": (
        "Mogen medewerkers berichten van het bedrijf delen of er zelf over posten? Dan komt er een "
        "hoofdstuk bij met regels, zoals eerlijk zeggen dat je er werkt.",
        "May employees share the business's posts or post about it themselves? Then a section is "
        "added with rules, such as saying openly that you work there.",
    ),
    "markets.webcare": (
        "Webcare is vragen en klachten van klanten beantwoorden via social media. Zet u het aan, dan "
        "zegt de code wie antwoordt, hoe snel, en wanneer u het doorgeeft. Twijfelt u? Zet het aan als klanten "
        "u via Facebook, Instagram of WhatsApp berichten sturen.",
        "Webcare means answering customers' questions and complaints on social media. On: the code "
        "says who answers, how fast, and when to pass it on. Not sure? Switch it on when customers "
        "send you messages on Facebook, Instagram or WhatsApp.",
    ),
    "markets.webcare_response_hours": (
        "Binnen hoeveel uur u antwoord belooft (1 tot 168). 24 uur is gebruikelijk.",
        "Within how many hours you promise an answer (1 to 168). 24 hours is usual.",
    ),
    "confidentiality.framework": (
        "Een normenkader is een officiële lijst met beveiligingsmaatregelen. Kiest u er een, dan "
        "noemt het ICT-stuk bij elke maatregel het nummer uit die lijst. Zorg gebruikt NEN 7510, de "
        "overheid de BIO. Twijfelt u, of bent u een klein bedrijf? Kies Geen normenkader.",
        "A framework is an official list of security measures. If you choose one, the ICT section "
        "gives the number from that list with each measure. Healthcare uses NEN 7510, Dutch "
        "government the BIO. Not sure, or a small business? Choose No framework.",
    ),
    "confidentiality.classification": (
        "Classificatie betekent: informatie indelen naar hoe geheim ze is, zoals openbaar, intern "
        "en vertrouwelijk. De code zegt dan per niveau wat mag. Twijfelt u in een klein bedrijf? "
        "Kies Geen classificatie: wat niet openbaar is, blijft binnen.",
        "Classification means sorting information by how secret it is, such as public, internal "
        "and confidential. The code then says per level what may be shared. Not sure in a small "
        "business? Choose No classification: what is not public stays inside.",
    ),
    "confidentiality.never_share": (
        "Deze lijst staat letterlijk in de gedragscode onder 'deel nooit'.",
        "This list appears word for word in the code under 'never share'.",
    ),
    "confidentiality.personal_data": (
        "Gegevens over mensen, zoals namen en adressen van klanten. Bijzondere persoonsgegevens "
        "(gezondheid, geloof) maken de regels strenger. Een winkel kiest Gewone persoonsgegevens.",
        "Data about people, such as customers' names and addresses. Special categories (health, "
        "religion) make the rules stricter. A shop chooses Regular personal data.",
    ),
    "confidentiality.photos": (
        "Foto's en video van de werkplek, collega's en klanten. Met toestemming is de veilige "
        "keuze: eerst vragen, dan posten.",
        "Photos and video of the workplace, colleagues and customers. With consent is the safe "
        "choice: ask first, then post.",
    ),
    "confidentiality.generative_ai": (
        "Wat medewerkers mogen met ChatGPT en andere AI-tools. Twijfelt u? Kies Toegestaan, zonder "
        "vertrouwelijke gegevens.",
        "What employees may do with ChatGPT and other AI tools. Not sure? Choose Allowed, without "
        "confidential data.",
    ),
    "confidentiality.approved_ai_tools": (
        "Eén tool per regel; de code noemt ze bij naam.",
        "One tool per line; the code names them.",
    ),
    "behaviour.spokespersons": (
        "Wie namens het bedrijf iets mag zeggen, bijvoorbeeld tegen de pers of in een reactie.",
        "Who may speak for the business, for example to the press or in a reply.",
    ),
    "behaviour.disclaimer": (
        "Vraagt medewerkers die hun werkgever noemen om 'berichten op persoonlijke titel' toe te "
        "voegen.",
        "Asks employees who name their employer to add 'views are my own'.",
    ),
    "behaviour.private_use": (
        "Privégebruik van social media onder werktijd.",
        "Private use of social media during working hours.",
    ),
    "behaviour.criticism_route": (
        "Bij wie medewerkers terechtkunnen met kritiek, in plaats van het online te zetten.",
        "Whom employees go to with criticism, instead of posting it.",
    ),
    "behaviour.after_hours": (
        "Medewerkers hoeven buiten werktijd niet te reageren; of er is een rooster voor de "
        "officiële accounts.",
        "Employees need not respond after hours; or there is a rota for the official accounts.",
    ),
    "behaviour.wellbeing_support": (
        "Steun bij druk, te veel online zijn en nare reacties.",
        "Support with pressure, being online too much and nasty reactions.",
    ),
    "behaviour.training": (
        "Uitleg aan medewerkers waarom de afspraken er zijn. Bij indiensttreding is genoeg voor een "
        "klein bedrijf.",
        "Explaining to employees why the rules exist. At onboarding is enough for a small "
        "business.",
    ),
    "behaviour.monitoring": (
        "Wat het bedrijf volgt online; privéaccounts nooit.",
        "What the business watches online; never private accounts.",
    ),
    "behaviour.sanctions": (
        "Wat er gebeurt als iemand zich niet aan de afspraken houdt: begeleiding (eerst een "
        "gesprek) of oplopende maatregelen (waarschuwing, dan zwaarder).",
        "What happens when someone breaks the rules: guidance (a talk first) or graded measures "
        "(a warning, then heavier).",
    ),
    "behaviour.acknowledgement": (
        "Voegt een formulier toe waarmee medewerkers tekenen voor gelezen en akkoord.",
        "Adds a form for employees to sign that they have read and will follow the code.",
    ),
    "technical.separation": (
        "Of social media op het netwerk en de apparaten van het bedrijf bereikbaar zijn. Open: "
        "alles werkt. Beperkt: een paar kanalen zijn geblokkeerd. Strikt: alleen e-mail en interne "
        "systemen. Twijfelt u? Kies Open; de gedragscode regelt de rest.",
        "Whether social media can be reached on the business's network and devices. Open: "
        "everything works. Restricted: a few channels are blocked. Strict: only e-mail and "
        "internal systems. Not sure? Choose Open; the code of conduct does the rest.",
    ),
    "technical.blocked_channels": (
        "Welke kanalen op het netwerk en de apparaten van het bedrijf geblokkeerd zijn.",
        "Which channels are blocked on the business's network and devices.",
    ),
    "technical.byod": (
        "Mogen medewerkers hun eigen telefoon of laptop voor het werk gebruiken (ook wel BYOD "
        "genoemd)? Mits beheerd betekent: alleen met een schermslot, updates en "
        "toegang die u kunt intrekken. In een klein bedrijf is Toegestaan gebruikelijk.",
        "May employees use their own phone or laptop for work (bring your own device)? Managed "
        "means: only with a screen lock, updates and access you can revoke. In a small business, "
        "Allowed is usual.",
    ),
    "technical.mfa": (
        "Tweestapsverificatie: inloggen met wachtwoord plus een code op de telefoon. Zo kan niemand "
        "het account overnemen met alleen een gestolen wachtwoord. Laat dit aan staan.",
        "Two-step verification: signing in with a password plus a code on the phone. Nobody can "
        "take the account over with a stolen password alone. Leave this on.",
    ),
    "technical.password_manager": (
        "Gedeelde wachtwoorden alleen via een wachtwoordmanager, een app die ze veilig bewaart.",
        "Shared passwords only through a password manager, an app that keeps them safe.",
    ),
    "technical.account_register": (
        "Een lijstje van de accounts van het bedrijf: wie is eigenaar, wie beheert ze.",
        "A list of the business's accounts: who owns them, who manages them.",
    ),
    "technical.offboarding": (
        "Wie vertrekt, verliest de toegang tot de accounts en geeft ze over.",
        "Whoever leaves loses access to the accounts and hands them over.",
    ),
    "technical.incident_contact": (
        "Waar medewerkers melden dat een account gehackt is, een verdacht bericht (phishing) of een "
        "lek. Een naam met telefoonnummer is genoeg.",
        "Where employees report a hacked account, a suspicious message (phishing) or a leak. A name "
        "with a phone number is enough.",
    ),
    "governance.hr_owner": (
        "Wie de afspraken met medewerkers regelt (personeelszaken). In een klein bedrijf: de "
        "eigenaar.",
        "Who handles the rules with employees (HR). In a small business: the owner.",
    ),
    "governance.communications_owner": (
        "Wie de accounts van het bedrijf beheert en namens het bedrijf reageert.",
        "Who runs the business's accounts and replies on its behalf.",
    ),
    "governance.it_owner": (
        "Wie zorgt voor wachtwoorden, apparaten en beveiliging; dat mag ook uw ICT-leverancier zijn.",
        "Who looks after passwords, devices and security; that may be your IT supplier.",
    ),
    "governance.approver": (
        "De vaststeller is wie de afspraken officieel goedkeurt. In een klein bedrijf is dat de "
        "eigenaar, anders de directie. Twijfelt u? Vul de naam van de eigenaar of directeur in.",
        "The approver is whoever officially approves the rules. In a small business that is the "
        "owner, otherwise the board. Not sure? Fill in the owner's or director's name.",
    ),
    "governance.works_council_consent": (
        "Vanaf 50 mensen moet de ondernemingsraad instemmen met regels zoals deze gedragscode "
        "(WOR, artikel 27); op een school, van elke omvang, de personeelsgeleding van de "
        "medezeggenschapsraad (WMS). Vink dit pas aan als die instemming er is: de documenten noemen haar "
        "dan, en anders staat het vragen ervan in het plan.",
        "From 50 people the works council must consent to rules like this code (Works Councils "
        "Act, article 27); at a school of any size, the staff section of the participation "
        "council (WMS). Tick this only once it has consented: the documents then say so, and "
        "otherwise the plan lists asking for it.",
    ),
    "governance.baseline": (
        "De nulmeting: wat er nu al is. Het ICT-stuk zet de rest in een lijstje van wat nog moet "
        "(de gap-analyse). Heeft u nog niets op papier? Vink dan niets aan.",
        "The baseline: what already exists. The ICT section lists the rest as what is still to do "
        "(the gap analysis). Nothing on paper yet? Then tick nothing.",
    ),
    "governance.plan": (
        "Vijf stappen om de afspraken in te voeren: nulmeting, beleid, plan van aanpak, "
        "implementatie en borging (blijven controleren). Eigenaar en datum mogen leeg blijven.",
        "Five steps to put the rules in place: baseline, policy, plan of action, implementation "
        "and assurance (keep checking). Owner and date may stay empty.",
    ),
}

# F1: the help for a page, as rich text: what its questions decide in the documents, an
# example answer for a small business, and what to do when unsure. The dialog adds every
# question's own help below it.
PAGE_HELP: dict[str, tuple[str, str]] = {
    "welcome": (
        "<p>Dit programma schrijft twee documenten voor uw bedrijf: een <b>gedragscode social "
        "media</b> voor uw medewerkers en een stuk over social media voor uw <b>ICT-beleid</b>. U "
        "beantwoordt vragen op zeven korte pagina's; rechts ziet u de tekst meteen ontstaan. Aan het "
        "eind maakt u Word-bestanden die u kunt aanpassen, printen en uitdelen.</p>"
        "<h3>Voorbeeld</h3><p>Kies <i>Bakkerij (micro)</i> onder 'Begin met een voorbeeld' om te "
        "zien hoe een bakkerij met zes mensen het heeft ingevuld. U krijgt een kopie: pas de "
        "antwoorden aan voor uw eigen bedrijf en sla het op waar u wilt.</p>"
        "<h3>Twijfelt u?</h3><p>Begin gewoon met <i>Nieuw project</i>. Uw antwoorden worden elke "
        "minuut vanzelf bewaard, en u kunt alles later nog veranderen. Bij moeilijke vragen staat "
        "een knop <i>Weet ik niet: kies voor mij</i>; F1 geeft op elke pagina uitleg.</p>",
        "<p>This program writes two documents for your business: a <b>social media code of "
        "conduct</b> for your people and a section on social media for your <b>ICT policy</b>. You "
        "answer questions on seven short pages; on the right you see the text take shape. At the "
        "end you create Word files that you can change, print and hand out.</p>"
        "<h3>Example</h3><p>Choose <i>Bakery (micro)</i> under 'Start from an example' to see how "
        "a bakery with six people filled it in. You get a copy: change the answers for your own "
        "business and save it where you like.</p>"
        "<h3>Not sure?</h3><p>Just start with <i>New project</i>. Your answers are kept "
        "automatically every minute, and you can change everything later. Difficult questions have "
        "a <i>Don't know: choose for me</i> button; F1 explains every page.</p>",
    ),
    "organisation": (
        "<p>Deze pagina zegt wie u bent. De naam van het bedrijf staat op de titelpagina en door de "
        "hele tekst. De sector voegt afspraken toe die bij uw vak horen. De omvang bepaalt hoe "
        "zwaar de documenten worden: een klein bedrijf krijgt eenvoudiger afspraken en het "
        "programma vult op de volgende pagina's alvast antwoorden in die daarbij passen (u ziet "
        "welke, en kunt dat ongedaan maken). De beleidseigenaar "
        "is de persoon bij wie medewerkers met vragen terechtkunnen.</p>"
        "<h3>Voorbeeld: een bakkerij met zes mensen</h3><p>Naam: Bakkerij Van Dijk. Sector: "
        "Detailhandel. Omvang: Micro (1–9 mensen). Privacywetgeving: Nederland. Aanspreekvorm: "
        "Informeel (je). Beleidseigenaar: Henk van Dijk, functie eigenaar.</p>"
        "<h3>Twijfelt u?</h3><p>Alleen de naam van het bedrijf en de functie van de "
        "beleidseigenaar zijn verplicht (met een *). Laat de rest staan zoals het is; u kunt het "
        "later altijd aanpassen. De versie en de ingangsdatum staan op de eerste pagina van de "
        "documenten, met de volgende herziening ook in het documentbeheer achterin.</p>",
        "<p>This page says who you are. The business's name appears on the title page and "
        "throughout the text. The sector adds rules that belong to your trade. The size decides "
        "how heavy the documents are: a small business gets simpler rules, and the program fills "
        "in fitting answers on the next pages (it shows which, and you can undo that). The policy owner is the person employees can ask "
        "about the rules.</p>"
        "<h3>Example: a bakery with six people</h3><p>Name: Bakkerij Van Dijk. Sector: Retail. "
        "Size: Micro (1–9 people). Privacy law: the Netherlands. Style: Informal. Policy owner: "
        "Henk van Dijk, role owner.</p>"
        "<h3>Not sure?</h3><p>Only the business's name and the policy owner's role are required "
        "(marked *). Leave the rest as it is; you can change it later. The version and the "
        "effective date are on the documents' first page, and with the next review also in the "
        "document control at the back.</p>",
    ),
    "channels": (
        "<p>Hier kiest u de social media die uw bedrijf of uw medewerkers gebruiken. Elk gekozen "
        "kanaal komt in een tabel in de gedragscode, met wat medewerkers er over het werk mogen "
        "posten. Heeft het bedrijf er een eigen account (een <i>officieel account</i>), dan noemt "
        "u de beheerder: die krijgt de beveiligingsregels voor dat account.</p>"
        "<h3>Voorbeeld: een bakkerij met zes mensen</h3><p>Instagram en Facebook: officieel "
        "account, beheerd door Lotte; medewerkers mogen delen. WhatsApp: gebruikt voor "
        "bestellingen, geen officieel account. Reviewsites: officieel account, beheerd door de "
        "eigenaar; medewerkers liever niet over werk.</p>"
        "<h3>Twijfelt u?</h3><p>Vink alleen de kanalen aan die u echt gebruikt; u kunt er later "
        "een bijzetten. Met het toetsenbord: de spatiebalk zet een kanaal aan of uit, Tab gaat naar "
        "de volgende kolom.</p>",
        "<p>Here you choose the social media your business or your people use. Every chosen "
        "channel goes into a table in the code of conduct, with what employees may post there about "
        "work. If the business has its own account there (an <i>official account</i>), name its "
        "manager: the security rules for that account then apply.</p>"
        "<h3>Example: a bakery with six people</h3><p>Instagram and Facebook: official account, "
        "managed by Lotte; employees may share. WhatsApp: used for orders, no official account. "
        "Review sites: official account, managed by the owner; employees rather not about work.</p>"
        "<h3>Not sure?</h3><p>Tick only the channels you really use; you can add one later. With "
        "the keyboard: the space bar switches a channel on or off, Tab moves to the next "
        "column.</p>",
    ),
    "markets": (
        "<p>Deze pagina bepaalt de toon van de gedragscode en welke hoofdstukken erin komen. Wie "
        "u wilt bereiken (bedrijven of particulieren) kleurt het advies per kanaal. Uw doelen komen "
        "terug in het begin van de code. Met <i>ambassadeurs</i> komt er een hoofdstuk bij over "
        "medewerkers die berichten van het bedrijf delen; met <i>webcare</i> een hoofdstuk over het "
        "beantwoorden van vragen en klachten via social media.</p>"
        "<h3>Voorbeeld: een bakkerij met zes mensen</h3><p>Markten: Consumenten. Doelen: "
        "Marketing, Klantenservice, Community opbouwen. Medewerkers als ambassadeur: ja. Webcare: "
        "ja, reactie binnen 24 uur.</p>"
        "<h3>Twijfelt u?</h3><p>Verkoopt u aan particulieren, kies dan Consumenten. Zet webcare "
        "aan als klanten u berichten sturen via Facebook, Instagram of WhatsApp, of gebruik "
        "<i>Weet ik niet: kies voor mij</i>.</p>",
        "<p>This page sets the tone of the code of conduct and which sections it holds. Whom you "
        "want to reach (businesses or private customers) shapes the advice per channel. Your goals "
        "appear at the start of the code. With <i>ambassadors</i> a section is added on employees "
        "who share the business's posts; with <i>webcare</i> a section on answering questions and "
        "complaints on social media.</p>"
        "<h3>Example: a bakery with six people</h3><p>Markets: Consumers. Goals: Marketing, "
        "Customer service, Building a community. Employees as ambassadors: yes. Webcare: yes, "
        "answer within 24 hours.</p>"
        "<h3>Not sure?</h3><p>If you sell to private customers, choose Consumers. Switch webcare "
        "on when customers send you messages on Facebook, Instagram or WhatsApp, or use <i>Don't "
        "know: choose for me</i>.</p>",
    ),
    "confidentiality": (
        "<p>Hier zegt u welke informatie binnen moet blijven. De lijst <i>Nooit delen</i> staat "
        "letterlijk in de gedragscode. De keuzes over persoonsgegevens, foto's en AI-tools worden "
        "elk een korte regel in de code. Het <i>normenkader</i> en de <i>classificatie</i> zijn "
        "vooral voor grotere organisaties: ze voegen nummers uit een norm en niveaus van "
        "geheimhouding toe.</p>"
        "<h3>Voorbeeld: een bakkerij met zes mensen</h3><p>Normenkader: Geen. Classificatie: "
        "Geen. Nooit delen: klantgegevens, gegevens van collega's, cijfers en prijsafspraken. "
        "Persoonsgegevens: gewone. Foto's: met toestemming. AI: toegestaan, zonder vertrouwelijke "
        "gegevens.</p>"
        "<h3>Twijfelt u?</h3><p>Gebruik <i>Weet ik niet: kies voor mij</i> bij het normenkader en "
        "de classificatie; het programma kiest wat past bij uw omvang en sector, en zegt waarom. "
        "Bij foto's is <i>Met toestemming</i> altijd een veilige keuze.</p>",
        "<p>Here you say which information must stay inside. The <i>Never share</i> list appears "
        "word for word in the code of conduct. The choices on personal data, photos and AI tools "
        "each become a short rule in the code. The <i>framework</i> and the <i>classification</i> "
        "are mainly for larger organisations: they add numbers from a standard and levels of "
        "secrecy.</p>"
        "<h3>Example: a bakery with six people</h3><p>Framework: None. Classification: None. Never "
        "share: customer data, colleagues' data, figures and price agreements. Personal data: "
        "regular. Photos: with consent. AI: allowed, without confidential data.</p>"
        "<h3>Not sure?</h3><p>Use <i>Don't know: choose for me</i> for the framework and the "
        "classification; the program chooses what suits your size and sector, and says why. For "
        "photos, <i>With consent</i> is always a safe choice.</p>",
    ),
    "behaviour": (
        "<p>Deze keuzes worden de afspraken met uw medewerkers in de gedragscode: wie namens het "
        "bedrijf mag spreken, of social media onder werktijd mag, waar iemand met kritiek "
        "naartoe gaat, en wat er gebeurt als iemand zich niet aan de afspraken houdt. Ze bepalen "
        "ook de toon: streng of vooral helpend.</p>"
        "<h3>Voorbeeld: een bakkerij met zes mensen</h3><p>Iedere medewerker mag over de bakkerij "
        "posten. Privégebruik tijdens pauzes. Kritiek bespreken met de eigenaar. Geen verwachting "
        "buiten werktijd. Training bij indiensttreding. Gevolgen: begeleiding, eerst een gesprek. "
        "Iedereen tekent voor gelezen en akkoord.</p>"
        "<h3>Twijfelt u?</h3><p>De antwoorden die al gekozen zijn, passen bij de meeste bedrijven. "
        "Verander alleen wat niet klopt met hoe het bij u gaat.</p>",
        "<p>These choices become the agreements with your people in the code of conduct: who may "
        "speak for the business, whether social media is allowed during working hours, where "
        "someone takes criticism, and what happens when someone breaks the rules. They also set "
        "the tone: strict or mainly helpful.</p>"
        "<h3>Example: a bakery with six people</h3><p>Every employee may post about the bakery. "
        "Private use during breaks. Criticism goes to the owner. No expectation after hours. "
        "Training at onboarding. Consequences: guidance, a talk first. Everyone signs that they "
        "have read the code.</p>"
        "<h3>Not sure?</h3><p>The answers already chosen suit most businesses. Change only what "
        "does not match how things work for you.</p>",
    ),
    "technical": (
        "<p>Deze pagina gaat over de techniek achter de afspraken. Ze komt vooral in het ICT-stuk: "
        "of social media op uw netwerk en apparaten werken, of eigen telefoons mogen, en hoe de "
        "accounts van het bedrijf beveiligd zijn. Het meldpunt komt in beide documenten: daar meldt "
        "iemand een gehackt account of een verdacht bericht.</p>"
        "<h3>Voorbeeld: een bakkerij met zes mensen</h3><p>Technische scheiding: Open. Eigen "
        "apparaten: toegestaan. Tweestapsverificatie: ja. Uitdiensttreding: ja. Meldpunt: Henk van "
        "Dijk, met zijn telefoonnummer.</p>"
        "<h3>Twijfelt u?</h3><p>Kies Open en laat tweestapsverificatie aan; dat is voor bijna elk "
        "bedrijf goed. Bij eigen apparaten en scheiding helpt <i>Weet ik niet: kies voor mij</i>. "
        "Het meldpunt is verplicht: een naam met telefoonnummer is genoeg.</p>",
        "<p>This page is about the technology behind the rules. It mostly goes into the ICT "
        "section: whether social media work on your network and devices, whether own phones are "
        "allowed, and how the business's accounts are secured. The incident contact appears in "
        "both documents: that is where someone reports a hacked account or a suspicious "
        "message.</p>"
        "<h3>Example: a bakery with six people</h3><p>Technical separation: Open. Own devices: "
        "allowed. Two-step verification: yes. Leavers: yes. Incident contact: Henk van Dijk, with "
        "his phone number.</p>"
        "<h3>Not sure?</h3><p>Choose Open and leave two-step verification on; that is right for "
        "almost every business. For own devices and separation, <i>Don't know: choose for me</i> "
        "helps. The incident contact is required: a name with a phone number is enough.</p>",
    ),
    "governance": (
        "<p>Hier zegt u wie de afspraken maakt, bijhoudt en goedkeurt. De namen komen in een tabel "
        "met taken in het ICT-stuk. De <i>vaststeller</i> keurt de afspraken goed en staat in het "
        "documentbeheer. Wat er al is (de <i>nulmeting</i>) bepaalt welke acties nog op de lijst "
        "komen (de <i>gap-analyse</i>), en het plan zet die acties in vijf stappen.</p>"
        "<h3>Voorbeeld: een bakkerij met zes mensen</h3><p>Henk, de eigenaar, doet alles zelf: hij "
        "vinkt <i>Ja, dat doe ik allemaal zelf</i> aan, en zijn naam staat bij HR, communicatie, ICT "
        "en vaststeller. Wat er al is: niets. In het plan zet hij alleen een datum bij de eerste "
        "twee stappen.</p>"
        "<h3>Twijfelt u?</h3><p>Doet u het alleen, vink dan <i>Ja, dat doe ik allemaal zelf</i> aan. "
        "Heeft u nog niets op papier, vink bij 'Wat er nu al is' niets aan. Eigenaren en datums in "
        "het plan mogen leeg blijven; de documenten zeggen dan 'nog te plannen'.</p>",
        "<p>Here you say who makes, keeps and approves the rules. The names go into a table of "
        "tasks in the ICT section. The <i>approver</i> approves the rules and appears in document "
        "control. What already exists (the <i>baseline</i>) decides which actions are still listed "
        "(the <i>gap analysis</i>), and the plan puts those actions in five steps.</p>"
        "<h3>Example: a bakery with six people</h3><p>Henk, the owner, does everything himself: "
        "he ticks <i>Yes, I do all of this myself</i>, and his name goes in as HR, communications and "
        "IT owner and approver. What exists already: nothing. In the plan he gives only the first "
        "two steps a date.</p>"
        "<h3>Not sure?</h3><p>If you do it alone, tick <i>Yes, I do all of this myself</i>. If nothing "
        "is on paper yet, tick nothing under 'What exists already'. Owners and dates in the plan "
        "may stay empty; the documents then say 'to be planned'.</p>",
    ),
    "review": (
        "<p>Hier maakt u de Word-bestanden. Kies welke documenten (de gedragscode, het ICT-stuk of "
        "beide), in welke talen, en in welke map ze komen. Staat er nog een vraag open, dan ziet u "
        "dat hier, met een link naar de vraag. Bestaande bestanden worden pas vervangen als u dat "
        "bevestigt.</p>"
        "<h3>Voorbeeld: een bakkerij met zes mensen</h3><p>Beide documenten, in het Nederlands, "
        "in de map Documenten. Henk print de gedragscode, laat iedereen tekenen en bewaart het "
        "ICT-stuk bij zijn administratie.</p>"
        "<h3>Twijfelt u?</h3><p>Maak gewoon beide documenten: u kunt ze in Word nog aanpassen, en "
        "u kunt ze hier zo vaak opnieuw maken als u wilt. Sla ook het project op (Bestand, "
        "Opslaan), dan kunt u volgend jaar verder waar u bent gebleven.</p>",
        "<p>Here you create the Word files. Choose which documents (the code of conduct, the ICT "
        "section or both), in which languages, and in which folder. If a question is still open, "
        "you see it here, with a link to the question. Existing files are replaced only after you "
        "confirm.</p>"
        "<h3>Example: a bakery with six people</h3><p>Both documents, in Dutch, in the Documents "
        "folder. Henk prints the code of conduct, has everyone sign it and keeps the ICT section "
        "with his records.</p>"
        "<h3>Not sure?</h3><p>Just create both documents: you can still change them in Word, and "
        "you can create them here as often as you like. Save the project too (File, Save), so you "
        "can carry on next year where you left off.</p>",
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
        "about.notices": ("&Licenties van onderdelen…", "Third-party &licences…"),
        "about.notices.title": ("Licenties van onderdelen", "Third-party licences"),
        "about.notices.file": (
            "De licenties van alle onderdelen waarmee dit programma is gemaakt. Ook als bestand: {path}",
            "The licences of every component this program is built with. Also as a file: {path}",
        ),
        "about.notices.source": (
            "De licenties van alle onderdelen waarmee dit programma is gemaakt, gelezen uit de "
            "geïnstalleerde pakketten.",
            "The licences of every component this program is built with, read from the installed "
            "packages.",
        ),
    }
)


# Editing a clause from the preview (ui/clause_editor.py, ui/clause_edits.py) and
# File > Import edits from Word.
TEXTS.update(
    {
        "clause.title": ("Tekst aanpassen: {title}", "Edit text: {title}"),
        "clause.where": (
            "Onderdeel: {section} · Tekst in het {language}",
            "Section: {section} · Text in {language}",
        ),
        "clause.language.nl": ("Nederlands", "Dutch"),
        "clause.language.en": ("Engels", "English"),
        "clause.hint": (
            "Typ de tekst zoals hij in het document moet staan. Een lege regel begint een nieuwe "
            "alinea; een regel die begint met '- ' (streepje en spatie) wordt een opsommingsteken, "
            "met '1. ' een genummerd punt, met '## ' een tussenkopje. Ctrl+Enter slaat op, Esc "
            "annuleert.",
            "Type the text as the document should read. A blank line starts a new paragraph; a "
            "line that starts with '- ' (dash and space) becomes a bullet, with '1. ' a numbered "
            "item, with '## ' a subheading. Ctrl+Enter saves, Esc cancels.",
        ),
        "clause.hint.table": (
            "De tabel onder deze tekst volgt de antwoorden en verandert hier niet.",
            "The table below this text follows the answers and does not change here.",
        ),
        "clause.hint.not_editable": (
            "Dit deel is een tabel die de antwoorden volgt: u kunt hem alleen weglaten.",
            "This part is a table that follows the answers: you can only leave it out.",
        ),
        "clause.yours": ("Uw tekst ({language})", "Your text ({language})"),
        "clause.old": ("Oude gegenereerde tekst", "Old generated text"),
        "clause.new": ("Nieuwe gegenereerde tekst", "New generated text"),
        "clause.old_unknown": (
            "(De oude tekst is niet bewaard in het project; alleen dat hij veranderd is.)",
            "(The old text was not kept in the project, only that it changed.)",
        ),
        "clause.save": ("&Opslaan", "&Save"),
        "clause.save.tip": ("Opslaan (Ctrl+Enter)", "Save (Ctrl+Enter)"),
        "clause.restore": ("&Gegenereerde tekst terugzetten", "&Restore the generated text"),
        "clause.omit": ("&Weglaten uit het document", "&Leave out of the document"),
        "clause.include": ("&Terugzetten in het document", "&Put back in the document"),
        "clause.cancel": ("Annuleren", "Cancel"),
        "clause.accept": ("&Mijn tekst houden", "&Keep my text"),
        "clause.redo": ("&Beginnen met de nieuwe tekst", "Start from the &new text"),
        "clause.state.edited": (
            "Deze tekst is aangepast; het document gebruikt uw tekst.",
            "This text has been edited; the document uses your text.",
        ),
        "clause.state.omitted": (
            "Deze tekst is weggelaten uit beide talen. Zet hem terug om hem aan te passen.",
            "This text is left out of both languages. Put it back to edit it.",
        ),
        "clause.state.stale": (
            "Verouderd: een later antwoord heeft de gegenereerde tekst veranderd. Vergelijk de "
            "oude en de nieuwe tekst met de uwe, en houd uw tekst of begin opnieuw met de nieuwe.",
            "Out of date: a later answer changed the generated text. Compare the old and the new "
            "text with yours, then keep your text or start again from the new one.",
        ),
        "clause.state.redo": (
            "De nieuwe gegenereerde tekst staat nu in het tekstvak. Pas hem aan en sla op.",
            "The new generated text is now in the text box. Change it and save.",
        ),
        "clause.state.other_language": (
            "Deze tekst is alleen in de andere taal aangepast; hier staat de gegenereerde tekst.",
            "This text has been edited in the other language only; this is the generated text.",
        ),
        "menu.import_edits": ("Wijzigingen uit &Word inlezen…", "Import edits from &Word…"),
        "import.choose": ("Bewerkt Word-document kiezen", "Choose the edited Word document"),
        "import.filter": ("Word-documenten (*.docx)", "Word documents (*.docx)"),
        "import.title": ("Wijzigingen uit Word", "Edits from Word"),
        "import.failed": ("Inlezen niet gelukt", "Import failed"),
        "import.incomplete": (
            "De antwoorden kunnen de documenten nu niet maken, dus er is niets om het "
            "Word-document mee te vergelijken. Verbeter eerst de antwoorden die op de pagina "
            "'Controleren en exporteren' in rood staan.",
            "The answers cannot make the documents now, so there is nothing to compare the Word "
            "document with. First correct the answers listed in red on the 'Review and export' "
            "page.",
        ),
        "import.status": (
            "Wijzigingen uit {name} staan in het project; sla op om ze te bewaren.",
            "Edits from {name} are in the project; save to keep them.",
        ),
        "import.document": (
            "Gelezen: {document}, in het {language}.",
            "Read: {document}, in {language}.",
        ),
        "import.changed": (
            "Aangepaste teksten, overgenomen in het project:",
            "Edited texts, taken into the project:",
        ),
        "import.restored": (
            "Weer gelijk aan de gegenereerde tekst (uw eerdere aanpassing is vervallen):",
            "Back to the generated text (your earlier edit is dropped):",
        ),
        "import.missing": (
            "Markering van de tekst verwijderd in Word (de tekst is weg of de onzichtbare "
            "markering ervan); niets veranderd. Wilt u de tekst weglaten, kies dan in het "
            "voorbeeld 'Weglaten uit het document':",
            "The text's mark was deleted in Word (the text is gone, or its hidden mark); nothing "
            "changed. To leave the text out, choose 'Leave out of the document' in the preview:",
        ),
        "import.emptied": (
            "Alle tekst verwijderd; niet overgenomen. Wilt u de tekst weglaten, kies dan in het "
            "voorbeeld 'Weglaten uit het document':",
            "All text deleted; not taken over. To leave the text out, choose 'Leave out of the "
            "document' in the preview:",
        ),
        "import.not_applicable": (
            "Veranderd, maar deze tekst staat niet meer in de documenten; niet overgenomen:",
            "Changed, but this text is no longer in the documents; not taken over:",
        ),
        "import.fixed": (
            "Veranderd, maar dit deel is een tabel die de antwoorden volgt; niet overgenomen:",
            "Changed, but this part is a table that follows the answers; not taken over:",
        ),
        "import.tables": (
            "Een tabel wijkt af van wat de antwoorden geven. Tabellen volgen de antwoorden en "
            "worden niet overgenomen; pas zo nodig de antwoorden aan:",
            "A table differs from what the answers give. Tables follow the answers and are not "
            "taken over; change the answers if needed:",
        ),
        "import.outside": (
            "Tekst die in Word buiten de teksten van het programma is toegevoegd, niet "
            "overgenomen (zet hem in een van de teksten, in het voorbeeld of in Word):",
            "Text added in Word outside the program's texts, not taken over (put it in one of "
            "the texts, in the preview or in Word):",
        ),
        "import.applied": (
            "De wijzigingen staan nu in het project en in het voorbeeld. Ze zijn nog niet "
            "opgeslagen: kies Bestand > Opslaan (Ctrl+S) om ze te bewaren.",
            "The edits are now in the project and the preview. They are not saved yet: choose "
            "File > Save (Ctrl+S) to keep them.",
        ),
        "import.nothing": (
            "Geen tekst veranderd; het project blijft zoals het was.",
            "No text changed; the project stays as it was.",
        ),
        "review.clause": ("Tekst in het document", "Document text"),
        "clause.unused.title": ("Aangepaste tekst wordt niet gebruikt", "Edited text not used"),
        "clause.unused.text": (
            "Er is een aangepaste tekst voor '{id}', maar die tekst staat niet (meer) in de "
            "documenten: de antwoorden kiezen hem nu niet. Wilt u de aangepaste tekst "
            "verwijderen? Als u hem houdt, komt hij terug zodra de antwoorden de tekst weer "
            "kiezen.",
            "There is an edited text for '{id}', but that text is not (or no longer) in the "
            "documents: the answers do not choose it now. Do you want to remove the edited text? "
            "If you keep it, it comes back when the answers choose the text again.",
        ),
        "clause.unused.remove": ("Verwijderen", "Remove"),
        "preview.section_texts": (
            "✎ Teksten van dit onderdeel aanpassen…",
            "✎ Edit the texts of this section…",
        ),
        "preview.section_menu": ("Teksten van '{section}'", "Texts of '{section}'"),
        "preview.edit_clause": ("Deze tekst aanpassen… ({title})", "Edit this text… ({title})"),
        "preview.copy": ("Kopiëren", "Copy"),
        "preview.state.edited": ("aangepast", "edited"),
        "preview.state.omitted": ("weggelaten", "left out"),
        "preview.state.stale": ("aangepast, verouderd", "edited, out of date"),
        "preview.state.other": ("alleen in het {language} aangepast", "edited in {language} only"),
        "preview.mark.edited": ("✎ Aangepaste tekst", "✎ Edited text"),
        "preview.mark.stale": (
            "⚠ Verouderd: aangepaste tekst, maar de gegenereerde tekst is sindsdien veranderd",
            "⚠ Out of date: edited text, but the generated text has changed since",
        ),
        "preview.mark.other": (
            "✎ Alleen in het {language} aangepast; hier de gegenereerde tekst",
            "✎ Edited in {language} only; this is the generated text",
        ),
        "preview.mark.omitted": (
            "⊘ Weggelaten: {title} (staat niet in het document)",
            "⊘ Left out: {title} (not in the document)",
        ),
    }
)

# The roles' names in the English documents (ui/english_names.py).
TEXTS.update(
    {
        "english_names.button": (
            "Namen in de &Engelse documenten…",
            "Names in the &English documents…",
        ),
        "english_names.title": ("Namen in de Engelse documenten", "Names in the English documents"),
        "english_names.intro": (
            "De Engelse documenten noemen deze rollen in het Engels. Bekende Nederlandse "
            "functies en organen vertaalt het programma zelf (grijs in het veld); typ een "
            "eigen naam waar die niet klopt. Leeg laten is goed.",
            "The English documents name these roles in English. Well-known Dutch titles and "
            "bodies are translated by the program (greyed in the field); type a name of your "
            "own where that one is wrong. Leaving a field empty is fine.",
        ),
        "english_names.col.question": ("Vraag", "Question"),
        "english_names.save": ("&Opslaan", "&Save"),
        "english_names.col.answer": ("Uw antwoord", "Your answer"),
        "english_names.col.english": ("Naam in het Engels", "Name in English"),
        "english_names.stays_dutch": (
            "Blijft Nederlands: typ de Engelse naam",
            "Stays Dutch: type its English name",
        ),
    }
)

# The question pages' titles: one source (wizard.answers.pages), shared with the report.
TEXTS.update({f"page.{page.key}.title": (page.title_nl, page.title_en) for page in PAGES})

# Workshop notes, the decision log (ui/workshop.py) and the review page's other outputs.
TEXTS.update(
    {
        "menu.workshop": ("Wor&kshop", "Wor&kshop"),
        "menu.note": ("&Notitie bij deze vraag…", "&Note on this question…"),
        "menu.decisions": ("&Besluitenlijst…", "&Decision log…"),
        "dialog.close": ("Sluiten", "Close"),
        # The ✎ beside a question: a pencil reads as "edit this text", so its tooltip and
        # name say that it opens the question's workshop note (the menu's and dialog's words).
        "note.button": (
            "Notitie bij deze vraag (voor de workshop): {subject}",
            "Note on this question (for the workshop): {subject}",
        ),
        "note.button.filled": (
            "Notitie bij deze vraag (ingevuld): {subject}",
            "Note on this question (written): {subject}",
        ),
        "note.add": (
            "Komt in het workshopverslag, nooit in de documenten.",
            "It goes into the workshop report, never into the documents.",
        ),
        "note.title": ("Notitie bij {subject}", "Note on {subject}"),
        "note.hint": (
            "Voor de workshop: komt in het workshopverslag, nooit in de documenten. Wordt "
            "bewaard terwijl u typt.",
            "For the workshop: it goes into the workshop report, never into the documents. "
            "It is kept as you type.",
        ),
        "note.placeholder": (
            "Wat is hierover besproken? Alleen voor het workshopverslag.",
            "What was said about this? Only for the workshop report.",
        ),
        "note.page": ("Notitie bij deze pagina", "Note on this page"),
        "note.page.filled": ("Notitie bij deze pagina (ingevuld)", "Note on this page (written)"),
        "note.logged": (
            "Besluit vastgelegd in de besluitenlijst (Workshop > Besluitenlijst, Ctrl+D); "
            "besluiten over deze vraag: {count}.",
            "Decision stored in the decision log (Workshop > Decision log, Ctrl+D); "
            "decisions on this question: {count}.",
        ),
        "note.decision": ("&Besluit vastleggen…", "Log a &decision…"),
        "decisions.title": ("Besluitenlijst", "Decision log"),
        "decisions.intro": (
            "Wat in de workshop is besloten, door wie en waarom. Komt in het workshopverslag, "
            "niet in de documenten. Enter of dubbelklik wijzigt een besluit.",
            "What the workshop decided, by whom and why. It goes into the workshop report, not "
            "into the documents. Enter or a double click changes a decision.",
        ),
        "decisions.col.date": ("Datum", "Date"),
        "decisions.col.topic": ("Onderwerp", "Topic"),
        "decisions.col.decision": ("Besluit", "Decision"),
        "decisions.col.by": ("Door", "By"),
        "decisions.col.reason": ("Waarom", "Why"),
        "decisions.add": ("&Toevoegen…", "&Add…"),
        "decisions.edit": ("&Wijzigen…", "&Change…"),
        "decisions.delete": ("&Verwijderen", "&Delete"),
        "decisions.delete.title": ("Besluit verwijderen?", "Delete the decision?"),
        "decisions.delete.text": (
            "Dit besluit wordt uit de lijst verwijderd:\n\n{decision}",
            "This decision will be removed from the log:\n\n{decision}",
        ),
        "decisions.delete.yes": ("Verwijderen", "Delete"),
        "decision.title": ("Besluit", "Decision"),
        "decision.date": ("&Datum", "&Date"),
        "decision.topic": ("&Onderwerp", "&Topic"),
        "decision.topic.placeholder": (
            "Kies een vraag of typ een onderwerp",
            "Choose a question or type a topic",
        ),
        "decision.decision": ("&Besluit", "Dec&ision"),
        "decision.by": ("&Genomen door", "Taken &by"),
        "decision.reason": ("&Waarom", "&Why"),
        "decision.save": ("Op&slaan", "&Save"),
        "decision.need.date": (
            "Vul een datum in, bijvoorbeeld 27-11-2026.",
            "Enter a date, for example 2026-11-27.",
        ),
        "decision.need.topic": (
            "Kies bij Onderwerp een vraag of typ waar het besluit over gaat.",
            "Under Topic, choose a question or type what the decision is about.",
        ),
        "decision.need.decision": (
            "Schrijf bij Besluit op wat er is besloten.",
            "Under Decision, write down what was decided.",
        ),
        "review.calendar": ("&Agendabestand…", "Cal&endar file…"),
        "review.pdf": ("Ook als &PDF", "Also as &PDF"),
        "review.report": ("Work&shopverslag…", "Work&shop report…"),
        "review.calendar.title": ("Agendabestand opslaan", "Save calendar file"),
        "review.calendar.filter": ("Agendabestanden (*.ics)", "Calendar files (*.ics)"),
        "review.calendar.done": (
            "Agendabestand gemaakt: {path} ({count} afspraken).",
            "Calendar file written: {path} ({count} events).",
        ),
        "review.report.done": (
            "Workshopverslag gemaakt: {path}",
            "Workshop report written: {path}",
        ),
        "review.report.failed": ("Workshopverslag is niet gemaakt", "Workshop report not written"),
        "review.calendar.failed": ("Agendabestand is niet gemaakt", "Calendar file not written"),
        "review.pdf.done": ("PDF gemaakt: {path}", "PDF written: {path}"),
        "review.pdf.failed": ("PDF is niet gemaakt", "PDF not written"),
        "review.pdf.unavailable": (
            "De PDF's zijn niet gemaakt ({detail}); de Word-bestanden staan er wel.",
            "The PDFs were not made ({detail}); the Word files are there.",
        ),
        "review.working": ("Bezig…", "Working…"),
        # What each output is, for a first-time user (tooltips, and read out by a screen reader).
        "review.more": ("Meer uitvoer:", "More output:"),
        "review.export.tip": (
            "Maakt de gekozen documenten als Word-bestanden in de gekozen map, in de gekozen "
            "huisstijl.",
            "Writes the chosen documents as Word files in the chosen folder, in the chosen "
            "house style.",
        ),
        "review.pdf.tip": (
            "Maakt van elk Word-bestand ook een PDF om te versturen of te printen. Daarvoor "
            "is LibreOffice nodig.",
            "Also writes a PDF of each Word file, to send or print. This needs LibreOffice.",
        ),
        "review.calendar.tip": (
            "Zet de evaluatiedatum en de actiepunten met hun datum in een agendabestand (.ics) "
            "dat u in Outlook, Google Agenda of Apple Agenda opent, zodat u eraan herinnerd "
            "wordt.",
            "Puts the review date and the action points with their dates in a calendar file "
            "(.ics) that you open in Outlook, Google Calendar or Apple Calendar, so that you "
            "are reminded.",
        ),
        "review.report.tip": (
            "Een verslag van de workshop als Word-bestand: de antwoorden, notities, besluiten "
            "en wat nog open staat. Kan ook als nog niet alles is beantwoord.",
            "A report of the workshop as a Word file: the answers, notes, decisions and what is "
            "still open. Works before every question is answered.",
        ),
        "review.house_style.tip": (
            "De opmaak van de documenten: de ingebouwde, of die van een Word-bestand (.docx of "
            ".dotx) van uw organisatie, met haar lettertypen, kleuren en kop- en voetteksten.",
            "How the documents look: the built-in style, or that of a Word file (.docx or "
            ".dotx) of your organisation, with its fonts, colours, headers and footers.",
        ),
        "ack.open.tip": (
            "Wie de uitgegeven versie heeft gelezen en getekend: de medewerkerslijst, "
            "formulieren om te tekenen en een overzicht voor de accountant.",
            "Who has read and signed the issued version: the staff list, forms to sign and "
            "an overview for the auditor.",
        ),
        "review.calendar.stem": ("social-mediabeleid agenda", "social media policy calendar"),
    }
)
