#!/usr/bin/env python3
"""How much of each translation is done: per translations/scanshield_<code>.ts, the number of
texts, how many are finished, how many are marked unfinished in Qt Linguist and how many have
no translation at all (an unfinished text with a draft counts as unfinished, not empty).

    scripts/translation-status.py                     # every language, a table for people
    scripts/translation-status.py de fr               # only these
    scripts/translation-status.py --require-complete  # exit 1 unless all are complete (CI)

English (scanshield_en.ts) holds only the plural forms of the English sources; it is counted
like the others. Texts lupdate marked vanished or obsolete are not counted: they are no longer
in the program."""
import argparse
import pathlib
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
GONE = {"vanished", "obsolete"}


def status(path):
    counts = {"texts": 0, "finished": 0, "unfinished": 0, "empty": 0}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in GONE:
            continue
        counts["texts"] += 1
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
            empty = not forms or any(not form.strip() for form in forms)
        else:
            empty = translation is None or not (translation.text or "").strip()
        if empty:
            counts["empty"] += 1
        elif kind == "unfinished":
            counts["unfinished"] += 1
        else:
            counts["finished"] += 1
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", help="language codes (default: every .ts file)")
    parser.add_argument("--require-complete", action="store_true",
                        help="exit with 1 when a language has unfinished or empty texts")
    parser.add_argument("--dir", type=pathlib.Path, default=ROOT / "translations", help="folder of the .ts files")
    arguments = parser.parse_args()

    files = {path.stem[len("scanshield_"):]: path for path in sorted(arguments.dir.glob("scanshield_*.ts"))}
    languages = arguments.languages or list(files)
    missing = [language for language in languages if language not in files]
    if missing:
        print(f"No translation file for: {', '.join(missing)}", file=sys.stderr)
        return 2

    print(f"{'language':<10}{'texts':>8}{'finished':>10}{'unfinished':>12}{'empty':>8}{'done':>7}")
    incomplete = []
    for language in languages:
        counts = status(files[language])
        done = 100.0 * counts["finished"] / counts["texts"] if counts["texts"] else 100.0
        print(f"{language:<10}{counts['texts']:>8}{counts['finished']:>10}{counts['unfinished']:>12}"
              f"{counts['empty']:>8}{done:>6.0f}%")
        if counts["unfinished"] or counts["empty"]:
            incomplete.append(language)
    if arguments.require_complete and incomplete:
        print(f"Not complete: {', '.join(incomplete)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
