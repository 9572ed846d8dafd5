#!/usr/bin/env bash
# Language identification on the 4,356 paragraphs of ../shared/data/sbd/ud
# (14 languages): the share each language's rows that precis names right,
# beside libexttextcat on the same rows, whole and cut to 100 bytes, and the
# start-up time of each.  Prints figures only; never fails a build.
set -u
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data}
LID=${LID:-build/precis-langid}
UD=$DATA/sbd/ud
[ -x "$LID" ] || { echo "SKIP: $LID not built (cmake --build build --target precis-langid; needs libexttextcat-dev)"; exit 0; }
[ -d "$UD" ] || { echo "SKIP: $UD not found"; exit 0; }
printf 'date: %s, commit %s\n' "$(date -u +%F)" "$(git rev-parse --short HEAD 2>/dev/null)"
# shellcheck disable=SC2046
"$LID" $(for l in ar cs de el en es fr he hi it ja pt ru zh; do echo "$UD/$l.jsonl.gz"; done)
