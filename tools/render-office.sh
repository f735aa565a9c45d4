#!/usr/bin/env bash
# Renders .xlsx and .docx files to PNG, one image per printed page, so a person can look at what a bureau would print.
# Not run by CI. Needs LibreOffice (soffice), poppler (pdftoppm) and CJK fonts (fonts-noto-cjk).
#
#   tools/render-office.sh OUT_FOLDER FILE.xlsx [FILE.docx ...]
#
# Each FILE becomes OUT_FOLDER/FILE.pdf and OUT_FOLDER/FILE-1.png, FILE-2.png, … (80 dpi).
set -euo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 OUT_FOLDER FILE.xlsx|FILE.docx ..." >&2
  exit 2
fi

out=$1
shift
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 1; }
done

mkdir -p "$out"
# A profile of its own: no first-start dialogs, and no clash with a LibreOffice already open.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

for file in "$@"; do
  [ -f "$file" ] || { echo "error: $file: no such file" >&2; exit 1; }
  name=$(basename "${file%.*}")
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
  rm -f "$out/$name"-*.png
  pdftoppm -png -r 80 "$out/$name.pdf" "$out/$name"
  echo "$file -> $(ls "$out/$name"-*.png | tr '\n' ' ')"
done
