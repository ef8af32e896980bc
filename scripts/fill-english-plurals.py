#!/usr/bin/env python3
"""Fills the English plural forms in translations/scanshield_en.ts.

Source strings are written with "(s)" / "(ies)" where a count decides the ending, e.g.
"%n picture(s)". English needs a translation file only to pick singular or plural; this
script writes both forms so nobody types them by hand. Run after lupdate -pluralonly.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/scanshield_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text or ""
    # "stud(ies)" -> "study" / "studies"; "file(s)" -> "file" / "files".
    singular = re.sub(r"\((?:s|es)\)", "", re.sub(r"(\w+)\(ies\)", r"\1y", source))
    plural = source.replace("(ies)", "ies").replace("(s)", "s").replace("(es)", "es")
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    for form in (singular, plural):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
