#!/usr/bin/env bash
# Takes a full-page screenshot of a report's index.html at 1280 px wide in headless Chromium and fails when the
# browser reports a console error (a blocked resource, a Content Security Policy violation, a missing image) or
# when the page names a chart file that is not there.
#
#   scripts/screenshot-report.sh REPORT_DIR [OUT.png]
#
# Needs Debian's chromium package (apt-get install -y chromium). ImageMagick, when present, trims the white space
# below the page; without it the screenshot keeps the full capture height.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "Usage: $0 REPORT_DIR [OUT.png]" >&2
  exit 2
fi
report_dir=$(cd "$1" 2>/dev/null && pwd) || { echo "No such folder: $1. Give the folder hindsight report wrote." >&2; exit 2; }
index="$report_dir/index.html"
if [[ ! -f "$index" ]]; then
  echo "There is no index.html in $report_dir; run hindsight report first." >&2
  exit 2
fi
out=${2:-"$report_dir/screenshot.png"}
out_dir=$(cd "$(dirname "$out")" && pwd)
out="$out_dir/$(basename "$out")"

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser=$candidate
    break
  fi
done
if [[ -z "$browser" ]]; then
  echo "Chromium is not installed; install it with: apt-get install -y chromium" >&2
  exit 1
fi

width=1280
# Tall enough for a long report; the white space below the page is trimmed afterwards.
capture_height=${CAPTURE_HEIGHT:-24000}

# Every chart the page names must exist next to it.
missing=0
while IFS= read -r src; do
  if [[ ! -f "$report_dir/$src" ]]; then
    echo "index.html shows $src, which is missing from $report_dir" >&2
    missing=1
  fi
done < <(grep -o 'src="[^"]*"' "$index" | sed 's/^src="//; s/"$//')

profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT

"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --no-first-run --disable-extensions --enable-logging=stderr --v=0 \
  --window-size="$width,$capture_height" --screenshot="$out" "file://$index" >"$log" 2>&1 || {
  cat "$log" >&2
  echo "Chromium could not take the screenshot; its log is above." >&2
  exit 1
}

if command -v convert >/dev/null 2>&1; then
  # The bounding box of everything that is not background: its bottom edge is where the page ends.
  box=$(convert "$out" -fuzz 1% -trim -format '%h %Y' info: 2>/dev/null || true)
  if [[ -n "$box" ]]; then
    read -r content_height content_top <<<"$box"
    content_top=${content_top#+}
    bottom=$((content_height + content_top + 40))
    if (( bottom < capture_height )); then
      convert "$out" -crop "${width}x${bottom}+0+0" +repage "$out"
    else
      echo "The page may be longer than $capture_height px; set CAPTURE_HEIGHT higher to see all of it." >&2
    fi
  fi
fi

# Console messages the page caused: errors, blocked loads and CSP violations.
errors=$(grep -E 'CONSOLE|Content Security Policy|Refused to|ERR_FILE_NOT_FOUND|Failed to load' "$log" \
  | grep -vE 'dbus|DevTools listening' || true)
if [[ -n "$errors" ]]; then
  echo "The browser reported errors for $index:" >&2
  echo "$errors" >&2
  exit 1
fi
if (( missing )); then
  exit 1
fi
echo "Wrote $out ($(identify -format '%wx%h' "$out" 2>/dev/null || echo "${width} px wide"))."
