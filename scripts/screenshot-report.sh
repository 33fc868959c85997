#!/usr/bin/env bash
# Takes a full-page screenshot of a report's index.html at 1280 px wide in headless Chromium and fails when the
# browser reports a console error (a blocked resource, a Content Security Policy violation, a missing image) or
# when the page names a chart file that is not there.
#
#   scripts/screenshot-report.sh REPORT_DIR [OUT.png]
#
# Needs Debian's chromium package (apt-get install -y chromium). The page's height is measured first by loading it
# in an iframe of a throwaway page (the report itself allows no scripts), then the screenshot is taken at exactly
# that height.
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

common=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" --no-first-run
  --disable-extensions)

measure="$profile/measure.html"
cat >"$measure" <<HTML
<!DOCTYPE html><html><body style="margin:0">
<iframe id="page" src="file://$index" style="width:${width}px;height:200px;border:0"></iframe>
<script>
document.getElementById('page').onload = function () {
  var root = this.contentDocument.documentElement;
  document.body.setAttribute('data-height', Math.max(root.scrollHeight, this.contentDocument.body.scrollHeight));
};
</script></body></html>
HTML
height=$("$browser" "${common[@]}" --allow-file-access-from-files --virtual-time-budget=10000 \
  --window-size="$width,800" --dump-dom "file://$measure" 2>/dev/null \
  | grep -o 'data-height="[0-9]*"' | grep -o '[0-9]*' || true)
if [[ -z "$height" || "$height" -lt 200 ]]; then
  echo "Could not measure the page height; taking 16000 px (set PAGE_HEIGHT to choose)." >&2
  height=16000
fi
height=${PAGE_HEIGHT:-$height}

"$browser" "${common[@]}" --enable-logging=stderr --v=0 \
  --window-size="$width,$height" --screenshot="$out" "file://$index" >"$log" 2>&1 || {
  cat "$log" >&2
  echo "Chromium could not take the screenshot; its log is above." >&2
  exit 1
}

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
echo "Wrote $out (${width}x${height} px)."
