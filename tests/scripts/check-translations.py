#!/usr/bin/env python3
"""Fails when a tr()/translate() string in the sources has no German translation.

Runs lupdate over the sources into a scratch copy of smtpaudit_de.ts (so new strings show up as
unfinished) and lists every message that is unfinished, empty or missing.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def sources(root):
    for area in ("app", "core", "ui"):
        for dirpath, _, files in os.walk(os.path.join(root, area)):
            for name in files:
                if name.endswith((".cpp", ".h")):
                    yield os.path.join(dirpath, name)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--ts", required=True)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        ts_copy = os.path.join(scratch, os.path.basename(args.ts))
        shutil.copyfile(args.ts, ts_copy)
        files = sorted(sources(args.source_dir))
        listing = os.path.join(scratch, "files.lst")
        with open(listing, "w", encoding="utf-8") as fh:
            fh.write("\n".join(files))
        run = subprocess.run([args.lupdate, "-locations", "none", "-no-obsolete", "@" + listing, "-ts", ts_copy],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr, file=sys.stderr)
            return 1
        tree = ET.parse(ts_copy)

    # A tr() outside a class (or a Q_DECLARE_TR_FUNCTIONS struct) is extracted under the enclosing namespace,
    # a context the program never asks for at run time: its translation would exist and never show.
    homeless = [line for line in (run.stdout + run.stderr).splitlines() if "lacks Q_OBJECT macro" in line]
    if homeless:
        print("tr() calls whose context lupdate cannot know (use a class with Q_DECLARE_TR_FUNCTIONS):")
        for line in homeless:
            print("  " + line)
        return 1

    missing = []
    total = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source")
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                missing.append((name, source))
                continue
            if numerus:
                forms = [f.text for f in translation.iter("numerusform")]
                if not forms or any(not f for f in forms):
                    missing.append((name, source))
            elif not (translation.text or "").strip():
                missing.append((name, source))

    if total == 0:
        print("no translatable strings found: is lupdate scanning the sources?", file=sys.stderr)
        return 1
    if missing:
        print(f"{len(missing)} of {total} strings have no German translation "
              f"(run the update_translations target, then translate translations/smtpaudit_de.ts):")
        for name, source in missing:
            print(f"  [{name}] {source!r}")
        return 1
    print(f"all {total} strings translated to German")
    return 0


if __name__ == "__main__":
    sys.exit(main())
