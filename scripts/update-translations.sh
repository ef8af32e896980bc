#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. lupdate needs the include paths to see which
# namespace each class is in (its tr() context is the qualified class name).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
lupdate=/usr/lib/qt6/bin/lupdate
# The question bank is JSON; its texts reach lupdate through a generated C++ list.
python3 scripts/question-bank-strings.py
sources=(core report ui viewer checklist app translations)
"$lupdate" -I . -I core -I app "${sources[@]}" -extensions cpp,h -locations none -pluralonly -no-obsolete \
  -ts translations/scanshield_en.ts
python3 scripts/fill-english-plurals.py translations/scanshield_en.ts
