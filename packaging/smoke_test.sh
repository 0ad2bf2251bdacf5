#!/usr/bin/env bash
# Smoke test of the built app (python3 run.py bundle first): the bundle in an empty
# environment, the .deb unpacked, the tarball installed for a scratch user.
#
#   bash packaging/smoke_test.sh            (.ci/run runs it after the build)
#
# The bundle runs under `env -i HOME=… PATH=/usr/bin:/bin`: nothing of the virtual
# environment or the developer's shell can help it. Its documents are compared, part by
# part, with those the virtual environment writes from the same project. Ends with a
# line "smoke test: N passed, N failed" and exits 1 when anything failed.
#
# It also writes PDFs (generate --pdf, and the window's export with "Also as PDF", driven
# through POLICY_BUILDER_SMOKE_EXPORT), starts the window in a read-only home, checks
# that no library names a folder of the build machine, that the licences ship, and that
# the tarball's desktop file validates, starts the program through `gio launch`, and
# that --uninstall leaves the home as it was.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUNDLE=$ROOT/dist/policy-builder
APP=$BUNDLE/policy-builder
VENV_PYTHON=$ROOT/.venv/bin/python
VERSION=$("$VENV_PYTHON" -c 'from wizard import __version__; print(__version__)')
DEB=$(ls "$ROOT"/dist/social-media-policy-builder_"$VERSION"_*.deb 2>/dev/null | head -1)
TARBALL=$(ls "$ROOT"/dist/social-media-policy-builder-"$VERSION"-linux-*.tar.xz 2>/dev/null | head -1)
EXAMPLE=$ROOT/examples/de-linde-zorg.policy.json
WORK=$(mktemp -d /tmp/policy-builder-smoke.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && echo "$2" | sed 's/^/     /' | head -20; }
check() {  # check NAME COMMAND...: passes when the command succeeds
  local name=$1; shift
  local output
  if output=$("$@" 2>&1); then ok "$name"; else fail "$name" "$output"; fi
}
# The bundle with nothing but a home folder and the system's PATH.
bare() { env -i HOME="$WORK/home" PATH=/usr/bin:/bin "$@"; }

[ -x "$APP" ] || { echo "no bundle at $APP: run python3 run.py bundle first" >&2; exit 1; }
mkdir -p "$WORK/home"

# 1 --version, and the command line starts without Qt
output=$(bare "$APP" --version 2>&1)
if [ "$output" = "policy-builder $VERSION" ]; then ok "--version prints 'policy-builder $VERSION'"
else fail "--version" "$output"; fi
bare LD_DEBUG=files LD_DEBUG_OUTPUT="$WORK/ld" "$APP" --version >/dev/null 2>&1
if ! cat "$WORK"/ld.* 2>/dev/null | grep -q "libQt6Core"; then ok "--version loads no Qt library"
else fail "--version loads no Qt library" "$(grep -m3 libQt6 "$WORK"/ld.*)"; fi

# 2 generate: four documents, the same as from the virtual environment
bare "$APP" generate "$EXAMPLE" --out "$WORK/bundle-out" --lang nl,en > "$WORK/generate.log" 2>&1
code=$?
count=$(find "$WORK/bundle-out" -name '*.docx' 2>/dev/null | wc -l)
if [ $code -eq 0 ] && [ "$count" -eq 4 ]; then ok "generate writes four documents"
else fail "generate writes four documents (exit $code, $count files)" "$(cat "$WORK/generate.log")"; fi
rm -f "$WORK"/ld.*
bare LD_DEBUG=files LD_DEBUG_OUTPUT="$WORK/ld" "$APP" generate "$EXAMPLE" --out "$WORK/again" >/dev/null 2>&1
if ! cat "$WORK"/ld.* 2>/dev/null | grep -q "libQt6Core"; then ok "generate loads no Qt library"
else fail "generate loads no Qt library"; fi
env -i HOME="$WORK/home" PATH=/usr/bin:/bin PYTHONPATH="$ROOT" \
  "$VENV_PYTHON" "$ROOT/main.py" generate "$EXAMPLE" --out "$WORK/venv-out" --lang nl,en >/dev/null 2>&1
check "documents have the same contents as from the virtual environment" \
  "$VENV_PYTHON" - "$WORK/bundle-out" "$WORK/venv-out" <<'EOF'
import re, sys, zipfile
from pathlib import Path
bundle, venv = Path(sys.argv[1]), Path(sys.argv[2])
# The creation and modification times are the moment of writing; all else must match.
def part(archive, name):
    data = archive.read(name)
    if name == "docProps/core.xml":
        data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\1", data)
    return data
names = sorted(p.name for p in bundle.glob("*.docx"))
assert names == sorted(p.name for p in venv.glob("*.docx")) and len(names) == 4, names
for name in names:
    with zipfile.ZipFile(bundle / name) as a, zipfile.ZipFile(venv / name) as b:
        assert sorted(a.namelist()) == sorted(b.namelist()), name
        for member in a.namelist():
            assert part(a, member) == part(b, member), f"{name}: {member} differs"
print(f"{len(names)} documents, every part equal but the times of writing")
EOF

# 3 validate on a broken file: exit 2, one line
printf '{"schema_version": 1, "organisation": ' > "$WORK/broken.policy.json"
bare "$APP" validate "$WORK/broken.policy.json" > "$WORK/validate.out" 2> "$WORK/validate.err"
code=$?
lines=$(wc -l < "$WORK/validate.err")
if [ $code -eq 2 ] && [ "$lines" -eq 1 ]; then ok "validate on a broken file: exit 2, one line"
else fail "validate on a broken file (exit $code, $lines lines)" "$(cat "$WORK/validate.err")"; fi

# 3b PDF: generate --pdf, and the window's export with "Also as PDF" (needs LibreOffice)
if command -v soffice >/dev/null || command -v libreoffice >/dev/null; then
  bare "$APP" generate "$EXAMPLE" --out "$WORK/pdf-out" --lang nl,en --pdf > "$WORK/pdf.log" 2>&1
  code=$?
  pdfs=$(find "$WORK/pdf-out" -name '*.pdf' 2>/dev/null | wc -l)
  if [ $code -eq 0 ] && [ "$pdfs" -eq 4 ] && head -c4 "$(ls "$WORK"/pdf-out/*.pdf | head -1)" | grep -q '%PDF'; then
    ok "generate --pdf writes four PDFs beside the Word files"
  else fail "generate --pdf (exit $code, $pdfs PDFs)" "$(cat "$WORK/pdf.log")"; fi
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
    POLICY_BUILDER_SMOKE_EXPORT="$WORK/window-pdf" "$APP" "$EXAMPLE" > "$WORK/window-pdf.log" 2>&1
  code=$?
  words=$(find "$WORK/window-pdf" -name '*.docx' 2>/dev/null | wc -l)
  pdfs=$(find "$WORK/window-pdf" -name '*.pdf' 2>/dev/null | wc -l)
  if [ $code -eq 0 ] && [ "$words" -eq 4 ] && [ "$pdfs" -eq 4 ]; then
    ok "the window's export with 'Also as PDF' writes four documents and four PDFs"
  else fail "the window's export with PDF (exit $code, $words documents, $pdfs PDFs)" "$(cat "$WORK/window-pdf.log")"; fi
else
  fail "LibreOffice is needed for the PDF checks (apt-get install libreoffice-writer-nogui)"
fi
# A LibreOffice that fails costs the PDFs only: the Word files are written and kept.
mkdir -p "$WORK/broken-office"
printf '#!/bin/sh\nexit 3\n' > "$WORK/broken-office/soffice"
chmod +x "$WORK/broken-office/soffice"
env -i HOME="$WORK/home" PATH="$WORK/broken-office:/usr/bin:/bin" QT_QPA_PLATFORM=offscreen \
  POLICY_BUILDER_SMOKE_EXPORT="$WORK/window-broken" "$APP" "$EXAMPLE" > "$WORK/window-broken.log" 2>&1
code=$?
words=$(find "$WORK/window-broken" -name '*.docx' 2>/dev/null | wc -l)
if [ $code -eq 0 ] && [ "$words" -eq 4 ] && ! ls "$WORK"/window-broken/*.pdf >/dev/null 2>&1 \
   && grep -q "LibreOffice stopped with code 3" "$WORK/window-broken.log"; then
  ok "a failing PDF in the window keeps the four Word files and says why"
else fail "a failing PDF in the window (exit $code, $words documents)" "$(cat "$WORK/window-broken.log")"; fi

# 4 an unknown option is an error with a usage line, not a window
bare "$APP" --frobnicate > /dev/null 2> "$WORK/usage.err"
code=$?
if [ $code -eq 2 ] && head -1 "$WORK/usage.err" | grep -q '^usage: policy-builder'; then
  ok "an unknown option: exit 2 with a usage line"
else fail "an unknown option (exit $code)" "$(cat "$WORK/usage.err")"; fi

# 5 the window starts and stays up: offscreen, and on an X server when Xvfb is there
window_stays_up() {  # window_stays_up NAME ENV...
  local name=$1; shift
  # env execs the program: $! is the program itself, which kill then ends.
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin "$@" "$APP" "$EXAMPLE" > "$WORK/window.log" 2>&1 &
  local pid=$!
  sleep 6
  if kill -0 $pid 2>/dev/null; then
    kill $pid; wait $pid 2>/dev/null
    if grep -qi "traceback\|could not load\|cannot load library" "$WORK/window.log"; then
      fail "$name" "$(cat "$WORK/window.log")"
    else ok "$name"; fi
  else
    wait $pid; fail "$name (ended with exit $?)" "$(cat "$WORK/window.log")"
  fi
}
window_stays_up "the window starts offscreen and stays up" QT_QPA_PLATFORM=offscreen
if command -v Xvfb >/dev/null; then
  display=:90
  for n in $(seq 90 119); do [ -e /tmp/.X$n-lock ] || { display=:$n; break; }; done
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  window_stays_up "the window starts on X (xcb) and stays up" DISPLAY="$display" QT_QPA_PLATFORM=xcb
  kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null
else
  echo "skip the window on X: no Xvfb"
fi
# The platform plugins find every library they need in the bundle, but for the
# graphics stack and the C library, which come with any desktop.
system_ok='^(libc|libm|libdl|libpthread|librt|ld-linux-x86-64|ld-linux-aarch64|linux-vdso|libGL|libGLX|libGLdispatch|libEGL|libOpenGL|libxcb|libXau|libXdmcp|libbsd|libmd|libwayland-(client|cursor|egl))\.so'
outside=$(for plugin in "$BUNDLE"/_internal/PySide6/Qt/plugins/platforms/*.so \
                        "$BUNDLE"/_internal/PySide6/Qt/plugins/platforminputcontexts/*.so; do
  LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$plugin" | awk '{print $1, $3}' \
    | grep -v " $BUNDLE/" | awk '{n = split($1, part, "/"); print part[n]}'
done | sort -u | grep -Ev "$system_ok")
if [ -z "$outside" ]; then ok "platform plugins need no library beyond the graphics stack and libc"
else fail "platform plugins need libraries from outside the bundle" "$outside"; fi
check "only Dutch Qt translations" bash -c \
  "ls '$BUNDLE/_internal/PySide6/Qt/translations' | grep -qx qtbase_nl.qm && \
   ! ls '$BUNDLE/_internal/PySide6/Qt/translations' | grep -v '_nl\.qm$'"
check "no QtNetwork, no QtDBus module, no GTK theme" bash -c \
  "! find '$BUNDLE' -name '*QtNetwork*' -o -name 'QtDBus*' -o -name 'libqgtk3*' | grep -q ."
check "python-docx's templates are on disk, beside its modules" bash -c \
  "test -f '$BUNDLE/_internal/docx/templates/default-header.xml' && test -d '$BUNDLE/_internal/docx/parts'"

# 5b a read-only home: the window starts and stays up (permissions do not stop the
# administrator, so as root the home is a read-only mount in a namespace of its own)
mkdir -p "$WORK/ro-home"
if [ "$(id -u)" -ne 0 ]; then
  chmod 555 "$WORK/ro-home"
  ro_run() { "$@"; }
elif unshare -rm true 2>/dev/null; then
  ro_run() { unshare -rm sh -c 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"' "$WORK/ro-home" "$@"; }
else
  ro_run() { return 99; }
fi
ro_run env -i HOME="$WORK/ro-home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
  POLICY_BUILDER_SMOKE_EXPORT="$WORK/ro-out" "$APP" "$EXAMPLE" > "$WORK/ro.log" 2>&1
code=$?
chmod 755 "$WORK/ro-home"
if [ $code -eq 99 ]; then echo "skip the read-only home: root without user namespaces"
elif [ $code -eq 0 ] && grep -q "Settings will not be kept" "$WORK/ro.log" \
     && [ "$(find "$WORK/ro-out" -name '*.docx' | wc -l)" -eq 4 ] && [ -z "$(ls -A "$WORK/ro-home")" ]; then
  ok "a read-only home: the window opens, says settings will not be kept, and exports"
else fail "a read-only home (exit $code)" "$(cat "$WORK/ro.log")"; fi

# 5c no library names a folder of the build machine (RUNPATH, RPATH): only $ORIGIN
bad=$(find "$BUNDLE" -type f | while read -r file; do
  [ "$(head -c4 "$file" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
  readelf -d "$file" 2>/dev/null | grep -E '\((RUNPATH|RPATH)\)' | sed 's/.*\[\(.*\)\]/\1/' | tr ':' '\n' \
    | grep -v '^\$ORIGIN' | grep -v '^\${ORIGIN}' | sed "s|^|$file: |"
done)
if [ -z "$bad" ]; then ok "no RUNPATH or RPATH but \$ORIGIN in any ELF file"
else fail "libraries name folders of the build machine" "$bad"; fi

# 5d the licences: the third-party notice with every component and the LGPL-3.0 text
notice=$BUNDLE/_internal/THIRD-PARTY-NOTICES.txt
check "the bundle carries the third-party notice (Qt, PySide6, LGPL-3.0, GPL-3.0)" bash -c \
  "grep -q 'The Qt libraries are used unmodified' '$notice' && grep -q '^PySide6_Essentials ' '$notice' \
   && grep -q '^pydantic ' '$notice' && grep -q '^pyinstaller ' '$notice' && grep -q '^Python ' '$notice' \
   && grep -q 'GNU LESSER GENERAL PUBLIC LICENSE' '$notice' && grep -q 'GNU GENERAL PUBLIC LICENSE' '$notice'"

# 6 the .deb, unpacked
if [ -n "$DEB" ]; then
  root=$WORK/deb
  dpkg-deb -x "$DEB" "$root"
  info=$(dpkg-deb -f "$DEB" Package Version Architecture Depends)
  check "deb: control names the package and its version" bash -c \
    "echo '$info' | grep -q '^Package: social-media-policy-builder' && echo '$info' | grep -q '^Version: $VERSION'"
  check "deb: the bundle under /opt" test -x "$root/opt/social-media-policy-builder/policy-builder"
  check "deb: the command on the PATH" bash -c \
    "[ \"\$(readlink '$root/usr/bin/policy-builder')\" = /opt/social-media-policy-builder/policy-builder ]"
  desktop=$root/usr/share/applications/social-media-policy-builder.desktop
  check "deb: a valid desktop file that opens projects" bash -c \
    "grep -qx 'Exec=policy-builder %f' '$desktop' && grep -qx 'Icon=social-media-policy-builder' '$desktop' \
     && grep -qx 'MimeType=application/x-social-media-policy-project;' '$desktop' \
     && { ! command -v desktop-file-validate >/dev/null || desktop-file-validate '$desktop'; }"
  check "deb: the icon in every size and as SVG" bash -c \
    "for s in 16 24 32 48 64 128 256 512; do \
       test -f '$root'/usr/share/icons/hicolor/\${s}x\${s}/apps/social-media-policy-builder.png || exit 1; done; \
     test -f '$root/usr/share/icons/hicolor/scalable/apps/social-media-policy-builder.svg'"
  mime=$root/usr/share/mime
  check "deb: the MIME type for *.policy.json" bash -c \
    "grep -q 'type=\"application/x-social-media-policy-project\"' '$mime/packages/social-media-policy-builder.xml' \
     && grep -q 'pattern=\"\*.policy.json\"' '$mime/packages/social-media-policy-builder.xml'"
  if command -v update-mime-database >/dev/null; then
    update-mime-database "$mime" >/dev/null 2>&1
    check "deb: the MIME database maps *.policy.json to the project type" \
      grep -q 'application/x-social-media-policy-project:\*\.policy\.json' "$mime/globs2"
  fi
  doc=$root/usr/share/doc/social-media-policy-builder
  check "deb: the notice and a machine-readable copyright file in the doc folder" bash -c \
    "cmp -s '$doc/THIRD-PARTY-NOTICES.txt' '$notice' \
     && head -1 '$doc/copyright' | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
     && grep -q '^License: LGPL-3.0-only' '$doc/copyright' && grep -q '^Files: opt/social-media-policy-builder/_internal/PySide6/\*' '$doc/copyright'"
  output=$(bare "$root/opt/social-media-policy-builder/policy-builder" --version 2>&1)
  if [ "$output" = "policy-builder $VERSION" ]; then ok "deb: the unpacked program runs"
  else fail "deb: the unpacked program runs" "$output"; fi
else
  fail "a .deb in dist/"
fi

# 7 the tarball: install.sh for a scratch user, the desktop file launched, then --uninstall
if [ -n "$TARBALL" ]; then
  mkdir -p "$WORK/tar" "$WORK/user/.config"
  tar -xJf "$TARBALL" -C "$WORK/tar"
  folder=$(ls -d "$WORK"/tar/social-media-policy-builder-*)
  check "tarball: the third-party notice beside install.sh" cmp -s "$folder/THIRD-PARTY-NOTICES.txt" "$notice"
  # Another program's associations, which --uninstall must leave alone.
  printf '[Default Applications]\ntext/plain=other.desktop\n' > "$WORK/user/.config/mimeapps.list"
  before=$(cd "$WORK/user" && find . -printf '%y %p %s\n' | sort; cat .config/mimeapps.list)
  env -i HOME="$WORK/user" PATH=/usr/bin:/bin "$folder/install.sh" > "$WORK/install.log" 2>&1
  code=$?
  data=$WORK/user/.local/share
  desktop=$data/applications/social-media-policy-builder.desktop
  installed=$WORK/user/.local/opt/social-media-policy-builder/policy-builder
  if [ $code -eq 0 ] && [ -x "$WORK/user/.local/bin/policy-builder" ] && [ -f "$desktop" ] \
     && [ -f "$data/mime/packages/social-media-policy-builder.xml" ] \
     && [ -f "$data/icons/hicolor/48x48/apps/social-media-policy-builder.png" ]; then
    ok "tarball: install.sh installs command, menu entry, file type and icon"
  else fail "tarball: install.sh (exit $code)" "$(cat "$WORK/install.log")"; fi
  # Exec: the bare path where it needs no quoting (Debian 12's xdg-open takes the first
  # word as the program, quotes and all); valid by the Desktop Entry spec.
  check "tarball: the desktop file's Exec is the installed program, unquoted, and valid" bash -c \
    "grep -qx 'Exec=$installed %f' '$desktop' && { ! command -v desktop-file-validate >/dev/null || \
       { out=\$(desktop-file-validate '$desktop' 2>&1) && [ -z \"\$out\" ]; }; }"
  output=$(env -i HOME="$WORK/user" PATH=/usr/bin:/bin "$WORK/user/.local/bin/policy-builder" --version 2>&1)
  if [ "$output" = "policy-builder $VERSION" ]; then ok "tarball: the installed command runs"
  else fail "tarball: the installed command runs" "$output"; fi
  if command -v gio >/dev/null; then
    # gio launch reads Exec as GLib does; the window (offscreen) opens the project.
    cp "$EXAMPLE" "$WORK/user/De Linde.policy.json"
    env -i HOME="$WORK/user" PATH=/usr/bin:/bin XDG_DATA_DIRS=/usr/share QT_QPA_PLATFORM=offscreen \
      gio launch "$desktop" "$WORK/user/De Linde.policy.json" > "$WORK/gio.log" 2>&1
    code=$?
    sleep 5
    pid=$(pgrep -f -- "^$installed " | head -1)
    if [ $code -eq 0 ] && [ -n "$pid" ] && tr '\0' '\n' < "/proc/$pid/cmdline" | grep -qx "$WORK/user/De Linde.policy.json"; then
      ok "tarball: gio launch starts the installed program with the project"
    else fail "tarball: gio launch (exit $code, process ${pid:-none})" "$(cat "$WORK/gio.log")"; fi
    [ -n "$pid" ] && { kill "$pid"; sleep 1; }
    rm -f "$WORK/user/De Linde.policy.json"
    # The program's own files in the home (settings, autosave) are the user's, and stay:
    # they are not part of what --uninstall must leave as it found.
    rm -rf "$WORK/user/.config/SocialMediaPolicyBuilder" "$WORK/user/.local/share/SocialMediaPolicyBuilder" \
           "$WORK/user/.cache"
  else
    echo "skip gio launch: no gio"
  fi
  env -i HOME="$WORK/user" PATH=/usr/bin:/bin "$folder/install.sh" --uninstall > "$WORK/uninstall.log" 2>&1
  code=$?
  after=$(cd "$WORK/user" && find . -printf '%y %p %s\n' | sort; cat .config/mimeapps.list)
  if [ $code -eq 0 ] && [ "$before" = "$after" ]; then
    ok "tarball: --uninstall leaves the home as it was, mimeapps.list included"
  else fail "tarball: --uninstall (exit $code) leaves something" "$(diff <(echo "$before") <(echo "$after"); cat "$WORK/uninstall.log")"; fi
else
  fail "a .tar.xz in dist/"
fi

echo
echo "smoke test: $passed passed, $failed failed"
[ $failed -eq 0 ]
