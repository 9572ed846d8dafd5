#!/usr/bin/env bash
# Sentence segmentation in 14 languages (../shared/data/sbd/ud, from
# Universal Dependencies): per language, the exact-paragraph accuracy and the
# boundary precision, recall and F1 of precis's segmenter
# (precis_segment_language with the row's language) beside ICU's sentence
# break iterator on the same rows, first with CLDR's abbreviation
# suppressions (locale@ss=standard), then without.  Prints figures only;
# never fails a build.  Then the gold boundaries by what precedes them (a
# terminator, a colon, a semicolon, nothing), the share found of each, and
# the F1 on boundaries after a terminator alone.  `bench/sbd.sh --show 20 fr`
# prints the first 20 rows
# of French that precis gets wrong, each missed (FN) or extra (FP) boundary
# with its context.
set -u
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data}
SBD=${SBD:-build/precis-sbd}
UD=$DATA/sbd/ud
[ -x "$SBD" ] || { echo "SKIP: $SBD not built (cmake --build build --target precis-sbd; needs libicu-dev)"; exit 0; }
[ -d "$UD" ] || { echo "SKIP: $UD not found"; exit 0; }
if [ "${1:-}" = --show ]; then
    exec "$SBD" --show "$2" "$UD/$3.jsonl.gz"
fi
LANGS="ar cs de el en es fr he hi it ja pt ru zh"
files=$(for l in $LANGS; do echo "$UD/$l.jsonl.gz"; done)
printf 'date: %s, commit %s, ICU %s\n\n' "$(date -u +%F)" "$(git rev-parse --short HEAD 2>/dev/null)" \
    "$(pkg-config --modversion icu-uc 2>/dev/null)"
echo "ICU with abbreviation suppressions (@ss=standard):"
# shellcheck disable=SC2086
"$SBD" $files
echo
echo "The 52 English Golden Rules ($DATA/sbd/golden_rules_en.jsonl), same measures:"
"$SBD" "$DATA/sbd/golden_rules_en.jsonl" | tail -1
echo
echo "Gold boundaries by the punctuation before them, and the share each segmenter finds:"
# shellcheck disable=SC2086
"$SBD" --why $files
echo
echo "ICU without suppressions (precis columns repeated):"
# shellcheck disable=SC2086
"$SBD" --icu-plain $files
