#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources: new texts are added (unfinished), changed ones
# lose their old translation, removed ones are dropped. Then translators open
# translations/scanshield_<code>.ts in Qt Linguist; scripts/translation-status.py counts what
# is left. The build compiles the .ts files and embeds them.
#
# What lupdate reads is listed once, in translations/lupdate-sources.lst (folders, and include
# paths so that lupdate knows which namespace a class is in: a QObject's tr() context is its
# qualified class name). tests/translations runs lupdate on the same list.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
lupdate=/usr/lib/qt6/bin/lupdate
# The question bank and the attribute catalogue are JSON; their texts reach lupdate through
# generated C++ lists.
python3 scripts/question-bank-strings.py
python3 scripts/catalogue-strings.py
options=(@translations/lupdate-sources.lst -extensions cpp,h -locations none -no-obsolete)
# English is the language of the sources: its file holds only the plural forms.
"$lupdate" "${options[@]}" -pluralonly -ts translations/scanshield_en.ts
python3 scripts/fill-english-plurals.py translations/scanshield_en.ts
# Every other language: every text.
"$lupdate" "${options[@]}" -ts translations/scanshield_es.ts translations/scanshield_fr.ts translations/scanshield_de.ts
