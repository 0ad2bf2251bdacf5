#!/bin/sh
# Installs Social Media Policy Builder for the current user, no administrator rights
# needed: the program in ~/.local/opt, the command policy-builder in ~/.local/bin, and
# the menu entry, the icon and the file type *.policy.json (a double-click opens a
# project). Run it from the unpacked folder:  ./install.sh    Remove:  ./install.sh --uninstall
#
# What it makes is listed in ~/.local/opt/social-media-policy-builder/installed.list
# (folders it created, its lines in mimeapps.list); --uninstall removes exactly that,
# and leaves what was there before.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
package=social-media-policy-builder
desktop=$package.desktop
mime_type=application/x-social-media-policy-project
data=${XDG_DATA_HOME:-$HOME/.local/share}
config=${XDG_CONFIG_HOME:-$HOME/.config}
opt=$HOME/.local/opt/$package
bin=$HOME/.local/bin
list=$opt/installed.list
new_list=$(mktemp "${TMPDIR:-/tmp}/$package-install.XXXXXX")
trap 'rm -f "$new_list"' EXIT

refresh() {
  # Tell the desktop about the menu entry, file type and icons; each tool is optional
  # (a desktop without them picks the files up at its next start).
  if [ -d "$data/mime" ] && command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || true
  fi
  if [ -d "$data/applications" ] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
  fi
  if [ -d "$data/icons/hicolor" ]; then touch "$data/icons/hicolor" 2>/dev/null || true; fi
}

files() {
  # Every file below share/ in this folder, relative to it.
  (cd "$here/share" && find . -type f | sed 's|^\./||')
}

make_folder() {
  # mkdir -p that notes each folder it creates (parents first) in the new list.
  if [ ! -d "$1" ]; then
    make_folder "$(dirname "$1")"
    mkdir "$1"
    printf 'folder %s\n' "$1" >> "$new_list"
  fi
}

desktop_exec() {
  # The program's path as the Desktop Entry spec wants it in Exec: bare when it holds
  # only plain characters (the usual ~/.local/opt; what Debian 12's xdg-open, which
  # splits Exec at the first space, can run), otherwise double-quoted with \ " ` $
  # escaped. Then % is doubled (a field code otherwise) and every \ escaped once more:
  # the spec's string escape, which a reader undoes before it reads the quoting.
  case "$1" in
    *[!A-Za-z0-9/._+,:@-]*) value="\"$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g')\"" ;;
    *) value=$1 ;;
  esac
  printf '%s' "$value" | sed -e 's/\\/\\\\/g' -e 's/%/%%/g'
}

forget_in_mimeapps() {
  # Take this program's desktop file out of every association in mimeapps.list: a
  # value "a.desktop;ours.desktop;" keeps a.desktop, a line left empty goes, and so
  # does a section header this script added that is left without lines.
  file=$1
  added_sections=$2
  [ -f "$file" ] || return 0
  awk -v ours="$desktop" -v added="$added_sections" '
    BEGIN { n = split(added, list, "|"); for (i = 1; i <= n; i++) if (list[i] != "") fresh[list[i]] = 1 }
    function flush() {
      if (header == "" || lines > 0 || !(header in fresh)) {
        if (header != "") print header
        for (i = 1; i <= kept; i++) print body[i]
      }
      header = ""; kept = 0; lines = 0
    }
    /^\[.*\]$/ { flush(); header = $0; next }
    {
      line = $0
      eq = index(line, "=")
      if (eq > 0 && index(substr(line, eq + 1), ours) > 0) {
        key = substr(line, 1, eq); m = split(substr(line, eq + 1), apps, ";"); value = ""
        for (j = 1; j <= m; j++) if (apps[j] != "" && apps[j] != ours) value = value apps[j] ";"
        if (value == "") next
        line = key value
      }
      body[++kept] = line
      if (line ~ /[^[:space:]]/) lines++
    }
    END { flush() }
  ' "$file" > "$file.new" && mv "$file.new" "$file"
}

uninstall() {
  [ -d "$opt" ] || { echo "$0: Social Media Policy Builder is not installed in $opt" >&2; exit 1; }
  # An install by an earlier install.sh has no list: its files still go.
  entries=$(cat "$list" 2>/dev/null || true)
  files | while read -r file; do rm -f "$data/$file"; done
  if [ -L "$bin/policy-builder" ]; then rm -f "$bin/policy-builder"; fi
  printf '%s\n' "$entries" | while read -r kind path; do
    case "$kind" in
      mimeapps) forget_in_mimeapps "${path%%	*}" "$(printf '%s' "$path" | cut -s -f2)" ;;
    esac
  done
  rm -rf "$opt"
  refresh
  # Caches the desktop tools made from nothing but this program's files: with those
  # gone, they describe nothing (the MIME database, made from mime/packages, and the
  # menu's MIME cache, made from the .desktop files).
  printf '%s\n' "$entries" | while read -r kind path; do
    case "$kind" in
      folder)
        if [ "$path" = "$data/mime" ] && [ -z "$(ls -A "$data/mime/packages" 2>/dev/null)" ]; then
          rm -rf "$data/mime"
        fi ;;
      cache) if [ -f "$path" ] && ! grep -qv '^\[MIME Cache\]$' "$path"; then rm -f "$path"; fi ;;
      mimeapps-file) if [ -f "$path" ] && ! grep -q '[^[:space:]]' "$path"; then rm -f "$path"; fi ;;
    esac
  done
  # The folders it created, deepest first, when they are empty.
  printf '%s\n' "$entries" | awk '$1 == "folder" { sub(/^folder /, ""); print }' | sort -r \
    | while read -r folder; do rmdir "$folder" 2>/dev/null || true; done
  echo "Social Media Policy Builder is removed. Your projects, settings and documents are kept."
}

case "${1:-}" in
  --uninstall) uninstall; exit 0 ;;
  "") ;;
  *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac

[ -x "$here/policy-builder/policy-builder" ] || { echo "$0: run me from the unpacked folder" >&2; exit 1; }
# The list of an earlier install carries over: its folders and lines are this program's too.
if [ -f "$list" ]; then cp "$list" "$new_list"; fi
make_folder "$HOME/.local/opt"
make_folder "$bin"
# Replace an older version whole, so that no file of it is left behind.
rm -rf "$opt.new"
cp -a "$here/policy-builder" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sfn "$opt/policy-builder" "$bin/policy-builder"
exec_value=$(desktop_exec "$opt/policy-builder")
try_exec=$(printf '%s' "$opt/policy-builder" | sed -e 's/\\/\\\\/g')
files | while read -r file; do
  make_folder "$(dirname "$data/$file")"
  case "$file" in
    *.desktop)
      while IFS= read -r line; do
        case "$line" in
          Exec=@EXEC@*) printf 'Exec=%s%s\n' "$exec_value" "${line#Exec=@EXEC@}" ;;
          TryExec=@EXEC@) printf 'TryExec=%s\n' "$try_exec" ;;
          *) printf '%s\n' "$line" ;;
        esac
      done < "$here/share/$file" > "$data/$file" ;;
    *) cp "$here/share/$file" "$data/$file" ;;
  esac
done
if [ ! -e "$data/applications/mimeinfo.cache" ] && ! grep -qxF "cache $data/applications/mimeinfo.cache" "$new_list"; then
  printf 'cache %s\n' "$data/applications/mimeinfo.cache" >> "$new_list"
fi
refresh
if command -v xdg-mime >/dev/null 2>&1; then
  mimeapps=$config/mimeapps.list
  make_folder "$config"
  if [ ! -f "$mimeapps" ]; then printf 'mimeapps-file %s\n' "$mimeapps" >> "$new_list"; fi
  before=$(grep '^\[.*\]$' "$mimeapps" 2>/dev/null || true)
  xdg-mime default "$desktop" "$mime_type" 2>/dev/null || true
  # Section headers xdg-mime added: --uninstall drops them again when left empty.
  added=$(grep '^\[.*\]$' "$mimeapps" 2>/dev/null | while IFS= read -r header; do
    printf '%s\n' "$before" | grep -qxF "$header" || printf '%s|' "$header"; done)
  if ! grep -qF "mimeapps $mimeapps	" "$new_list"; then
    printf 'mimeapps %s\t%s\n' "$mimeapps" "$added" >> "$new_list"
  fi
fi
cp "$new_list" "$list"
echo "Social Media Policy Builder is installed: find it in the menu, double-click a"
echo "*.policy.json project, or type policy-builder (in $bin)."
case ":$PATH:" in *":$bin:"*) ;; *) echo "Note: $bin is not on your PATH yet; it usually is after logging in again." ;; esac
