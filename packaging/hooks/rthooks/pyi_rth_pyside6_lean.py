# Replaces PyInstaller's run-time hook for PySide6 (packaging/hooks/rthooks.dat), which
# runs at every start of the program, before main.py, and does nothing this program
# needs:
#
# - it imports PySide6.QtCore (Qt and ICU, about 40 MB of libraries mapped) only to
#   register a qt.conf, which the PyPI wheels of PySide6 register themselves when QtCore
#   is first imported (libpyside's internal qt.conf: Prefix = the PySide6 Qt folder
#   beside it, which is where the bundle keeps plugins and translations); the command
#   line never needs Qt and should not wait for it;
# - it sets QT_PLUGIN_PATH and QML2_IMPORT_PATH (and on Windows prepends the bundle to
#   PATH, for QtNetwork's OpenSSL), which every program the window starts, a word
#   processor or a file manager, would inherit, and a Qt program among them would load
#   our Qt's plugins.
#
# Left empty on purpose: a hook folder must name a file for the package to replace the
# stock hook.
