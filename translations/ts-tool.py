#!/usr/bin/python3
"""Small helper for the .ts files (run with /usr/bin/python3; no third-party modules).

  ts-tool.py status                 count unfinished messages per language
  ts-tool.py export LANG            print the unfinished messages of LANG as JSON (for the translator)
  ts-tool.py apply LANG FILE.json   take translations from FILE.json: [{"context","source","translation"}
                                    or "translations": [singular, plural] for %n messages]
  ts-tool.py fill-en                English is the source language: copy source to translation (numerus
                                    messages get the source in both forms)

Re-scan the sources first: cmake --build <build dir> --target update_translations, and run it once more
after "apply" or "fill-en": lupdate then writes the files back in its own layout (smaller diffs).
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("nb", "nn", "en")


def path(lang):
    return os.path.join(HERE, f"sfm_onboarding_{lang}.ts")


def load(lang):
    return ET.parse(path(lang))


def save(tree, lang):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path(lang), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    return tr is not None and tr.get("type") == "unfinished"


def key(context, msg):
    return (context, msg.findtext("source"), msg.findtext("comment") or "")


def cmd_status():
    for lang in LANGS:
        total = open_ = 0
        for _, msg in messages(load(lang)):
            total += 1
            open_ += unfinished(msg)
        print(f"{lang}: {total} messages, {open_} unfinished")


def cmd_export(lang):
    out = []
    for ctx, msg in messages(load(lang)):
        if unfinished(msg):
            item = {"context": ctx, "source": msg.findtext("source")}
            if msg.findtext("comment"):
                item["comment"] = msg.findtext("comment")
            if msg.get("numerus") == "yes":
                item["numerus"] = True
            out.append(item)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def set_translation(msg, value):
    tr = msg.find("translation")
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    if msg.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value
    tr.attrib.pop("type", None)


def cmd_apply(lang, file):
    with open(file, encoding="utf-8") as f:
        items = json.load(f)
    table = {(i["context"], i["source"], i.get("comment", "")): i.get("translations", i.get("translation"))
             for i in items}
    tree = load(lang)
    done = 0
    for ctx, msg in messages(tree):
        value = table.get(key(ctx, msg))
        if value is not None:
            set_translation(msg, value)
            done += 1
    save(tree, lang)
    print(f"{lang}: {done} translations applied, {len(table) - done} not found")


def cmd_fill_en():
    tree = load("en")
    done = 0
    for ctx, msg in messages(tree):
        if unfinished(msg):
            set_translation(msg, msg.findtext("source"))
            done += 1
    save(tree, "en")
    print(f"en: {done} filled")


def main(argv):
    if len(argv) >= 2 and argv[1] == "status":
        cmd_status()
    elif len(argv) == 3 and argv[1] == "export":
        cmd_export(argv[2])
    elif len(argv) == 4 and argv[1] == "apply":
        cmd_apply(argv[2], argv[3])
    elif len(argv) == 2 and argv[1] == "fill-en":
        cmd_fill_en()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
