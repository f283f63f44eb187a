#!/usr/bin/env python3
"""Compiles .mjml files to HTML with mrml (PyPI `mrml`, a Rust port of the MJML compiler), for
spamlint's MJML fidelity tests. Usage: mjml-compile.py OUT_DIR FILE.mjml…; writes OUT_DIR/<i>.html
for the i-th file (0-based). <mj-include path> files are read relative to the including file."""
import os
import re
import sys

import mrml

INCLUDE = re.compile(r'<mj-include\s[^>]*?path\s*=\s*"([^"]*)"')


def includes(path, found):
    """Every file `path` includes, transitively, by the path as written."""
    with open(path, encoding="utf-8") as source:
        text = source.read()
    for name in INCLUDE.findall(text):
        if name in found:
            continue
        target = os.path.join(os.path.dirname(path), name)
        with open(target, encoding="utf-8") as partial:
            found[name] = partial.read()
        includes(target, found)
    return text


def main():
    out_dir, files = sys.argv[1], sys.argv[2:]
    for index, path in enumerate(files):
        found = {}
        text = includes(path, found)
        options = mrml.ParserOptions(include_loader=mrml.memory_loader(found))
        html = mrml.to_html(text, parser_options=options).content
        with open(os.path.join(out_dir, f"{index}.html"), "w", encoding="utf-8") as out:
            out.write(html)


if __name__ == "__main__":
    main()
