"""Qt's own texts (file dialogs, message box buttons, text menus) in the interface language.

Qt ships its Dutch texts in ``qtbase_nl.qm``. That catalogue was made for an older
Qt: the file dialog of Qt 6 labels its fields "&Look in:" and "Files of &type:" (with
mnemonics), which the catalogue only knows without the ampersand, so those two labels
stayed English while the rest of the dialog was Dutch. ``GapTranslator`` answers the
texts the catalogue lacks; it is installed after the catalogue, so Qt asks it first,
and it answers only what it knows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from wizard.language import Language

# (context, source text) -> Dutch. Found by opening every file dialog of the program
# with only the catalogue installed and reading each label, button, tooltip and menu
# (tests/ui/test_plain_words.py does it again for every Qt update).
DUTCH_GAPS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
    ("QFileDialog", "Look in:"): "Zoeken in:",
    ("QFileDialog", "Files of type:"): "Bestandstype:",
}


class GapTranslator(QTranslator):
    """Dutch for the few texts of this Qt version that ``qtbase_nl.qm`` does not hold."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None becomes a null string, which tells Qt to ask the next translator (the
        # catalogue); an empty string would be taken as the translation.
        return DUTCH_GAPS.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


class QtLanguage:
    """Installs and removes Qt's translations when the interface language changes."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._installed: list[QTranslator] = []  # held, or Python would drop them

    def apply(self, language: Language) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        # Month and day names (the calendar of a date field) follow the interface too.
        QLocale.setDefault(
            QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
            if language is Language.NL
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        # Widgets take the default when they are made; those that exist are told again.
        # Every window follows the interface language (a date's calendar sets the same
        # locale whenever it opens), so none keeps a locale of its own; not asking each
        # whether it set one (Qt.WidgetAttribute) keeps Qt's namespace out of the start.
        for window in QApplication.topLevelWidgets():
            window.unsetLocale()
        if language is not Language.NL:
            return
        catalogue = QTranslator(self._owner)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if catalogue.load("qtbase_nl", folder):
            app.installTranslator(catalogue)
            self._installed.append(catalogue)
        # Installed last, asked first.
        gaps = GapTranslator(self._owner)
        app.installTranslator(gaps)
        self._installed.append(gaps)
