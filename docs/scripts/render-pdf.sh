#!/usr/bin/env bash
# Converts a downloaded report DOCX to PDF (LibreOffice, headless) and to one PNG per page (pdftoppm), to look at
# what Word users will print. Not part of the test suite: LibreOffice is a large optional tool.
#
#   docs/scripts/render-pdf.sh report.docx [out-dir] [dpi]
#   curl -o r.docx 'http://localhost:8080/api/agencies/kupu/reports/2021.docx' && docs/scripts/render-pdf.sh r.docx
#
# Needs: apt-get install libreoffice-writer poppler-utils fonts-noto-cjk (a CJK font, or every character is a box).
set -euo pipefail

docx=${1:?usage: $0 report.docx [out-dir] [dpi]}
out=${2:-$(dirname "$docx")}
dpi=${3:-80}

for tool in libreoffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install libreoffice-writer poppler-utils)" >&2; exit 2; }
done
if ! fc-list :lang=zh | grep -q .; then
  echo "warning: no Chinese font installed (apt-get install fonts-noto-cjk); the pages will show boxes" >&2
fi

mkdir -p "$out"
# A private profile: a LibreOffice already open on the desktop would otherwise swallow the conversion.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
libreoffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
pdf="$out/$(basename "${docx%.*}").pdf"
[ -s "$pdf" ] || { echo "LibreOffice produced no PDF for $docx" >&2; exit 1; }
pdftoppm -r "$dpi" -png "$pdf" "${pdf%.pdf}-page"
echo "$pdf"
ls "${pdf%.pdf}"-page*.png
