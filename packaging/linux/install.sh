#!/bin/sh
# Installs Social Media Policy Builder for the current user, no administrator rights
# needed: the program in ~/.local/opt, the command policy-builder in ~/.local/bin, and
# the menu entry, the icon and the file type *.policy.json (a double-click opens a
# project). Run it from the unpacked folder:  ./install.sh    Remove:  ./install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
package=social-media-policy-builder
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/$package
bin=$HOME/.local/bin

refresh() {
  # Tell the desktop about the new menu entry, file type and icons; each tool is
  # optional (a desktop without them picks the files up at its next start).
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime" || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$data/applications" || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
  fi
  touch "$data/icons/hicolor" 2>/dev/null || true
}

files() {
  # Every file below share/ in this folder, relative to it.
  (cd "$here/share" && find . -type f | sed 's|^\./||')
}

case "${1:-}" in
  --uninstall)
    files | while read -r file; do rm -f "$data/$file"; done
    rm -rf "$opt"
    if [ -L "$bin/policy-builder" ]; then rm -f "$bin/policy-builder"; fi
    refresh
    echo "Social Media Policy Builder is removed. Your projects, settings and documents are kept."
    exit 0 ;;
  "") ;;
  *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac

[ -x "$here/policy-builder/policy-builder" ] || { echo "$0: run me from the unpacked folder" >&2; exit 1; }
mkdir -p "$opt" "$bin"
# Replace an older version whole, so that no file of it is left behind.
rm -rf "$opt.new"
cp -a "$here/policy-builder" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sfn "$opt/policy-builder" "$bin/policy-builder"
files | while read -r file; do
  mkdir -p "$(dirname "$data/$file")"
  case "$file" in
    *.desktop) sed -e "s|^Exec=@EXEC@|Exec=\"$opt/policy-builder\"|" -e "s|@EXEC@|$opt/policy-builder|g" \
                 "$here/share/$file" > "$data/$file" ;;
    *) cp "$here/share/$file" "$data/$file" ;;
  esac
done
refresh
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default $package.desktop application/x-social-media-policy-project 2>/dev/null || true
fi
echo "Social Media Policy Builder is installed: find it in the menu, double-click a"
echo "*.policy.json project, or type policy-builder (in $bin)."
case ":$PATH:" in *":$bin:"*) ;; *) echo "Note: $bin is not on your PATH yet; it usually is after logging in again." ;; esac
