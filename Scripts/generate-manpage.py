#!/usr/bin/env python3
"""Writes spamlint(1) in roff from the command's own help.

Usage: Scripts/generate-manpage.py SPAMLINT_BINARY > spamlint.1

The source is `spamlint --experimental-dump-help`: swift-argument-parser's description of every
command, option, flag and argument, the same data `--help` prints, so the page never drifts from the
binary. (argument-parser's own `generate-manual` is a package plugin, which a plain build cannot run.)
The date comes from SOURCE_DATE_EPOCH when set, so the page is reproducible.
"""

import datetime
import json
import os
import subprocess
import sys


def roff_text(text):
    """Escapes free text for roff: backslashes, lines that would start with a control character, and
    non-ASCII characters (as `\\[uXXXX]`, so groff needs no preprocessor to read them)."""
    text = "".join(ch if ord(ch) < 128 else "\\[u%04X]" % ord(ch) for ch in text.replace("\\", "\\e"))
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def roff_word(text):
    """Escapes a word set in bold or italic (an option name, a value name): also the hyphens."""
    return roff_text(text).replace("-", "\\-")


def paragraphs(text):
    """Free text as roff paragraphs: a blank line in the help starts a new paragraph."""
    blocks = [block.strip() for block in (text or "").strip().split("\n\n") if block.strip()]
    return "\n.PP\n".join(roff_text(block) for block in blocks)


def option_label(argument):
    """`\\fB\\-f\\fR, \\fB\\-\\-format\\fR \\fIformat\\fR`, as --help shows it."""
    if argument["kind"] == "positional":
        label = "\\fI" + roff_word(argument.get("valueName") or "value") + "\\fR"
        return label + ("..." if argument.get("isRepeating") else "")
    names = []
    for name in argument.get("names") or []:
        dashes = {"long": "--", "short": "-", "longWithSingleDash": "-"}[name["kind"]]
        names.append("\\fB" + roff_word(dashes + name["name"]) + "\\fR")
    label = ", ".join(names)
    if argument["kind"] == "option":
        label += " \\fI" + roff_word(argument.get("valueName") or "value") + "\\fR"
    return label


def argument_entry(argument):
    body = [roff_text(argument.get("abstract") or "")]
    values = argument.get("allValueStrings") or argument.get("allValues")
    if values and argument["kind"] == "option":
        body.append("Values: " + roff_text(", ".join(values)) + ".")
    if argument.get("defaultValue") not in (None, ""):
        body.append("Default: " + roff_text(argument["defaultValue"]) + ".")
    if argument.get("isRepeating") and argument["kind"] != "positional":
        body.append("May be repeated.")
    text = " ".join(part for part in body if part)
    discussion = paragraphs(argument.get("discussion"))
    if discussion:
        text += "\n.IP\n" + discussion
    return ".TP\n" + option_label(argument) + "\n" + text


def arguments_section(command):
    shown = [argument for argument in command.get("arguments") or [] if argument.get("shouldDisplay", True)]
    return "\n".join(argument_entry(argument) for argument in shown)


def visible_subcommands(command):
    return [sub for sub in command.get("subcommands") or []
            if sub.get("shouldDisplay", True) and sub["commandName"] != "help"]


def command_sections(command, path, default_name):
    """One `.SS` per subcommand (depth first), with its abstract, discussion and options."""
    out = []
    for sub in visible_subcommands(command):
        sub_path = path + [sub["commandName"]]
        title = " ".join(sub_path) + (" (the default command)" if sub["commandName"] == default_name else "")
        out.append('.SS "' + roff_text(title) + '"')
        out.append(roff_text(sub.get("abstract") or ""))
        discussion = paragraphs(sub.get("discussion"))
        if discussion:
            out.append(".PP\n" + discussion)
        options = arguments_section(sub)
        if options:
            out.append(options)
        out.extend(command_sections(sub, sub_path, sub.get("defaultSubcommand")))
    return out


def manual(info, version):
    root = info["command"]
    name = root["commandName"]
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0") or "0")
    date = datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).strftime("%Y-%m-%d")
    default_name = root.get("defaultSubcommand")
    subcommands = visible_subcommands(root)
    lines = [
        '.TH "' + name.upper() + '" 1 "' + date + '" "' + roff_text(version) + '" "User Commands"',
        ".SH NAME",
        roff_word(name) + " \\- " + roff_text(root.get("abstract") or ""),
        ".SH SYNOPSIS",
        ".B " + roff_word(name),
        "[\\fIcommand\\fR] [\\fIoptions\\fR] [\\fIpath\\fR...]",
        ".SH DESCRIPTION",
        paragraphs(root.get("discussion")),
    ]
    if default_name:
        lines += [".PP", "Without a command, \\fB" + roff_word(name) + " " + roff_word(default_name)
                  + "\\fR runs. \\fB" + roff_word(name) + " help\\fR \\fIcommand\\fR prints a command's help."]
    options = arguments_section(root)
    if options:
        lines += [".SH OPTIONS", options]
    if subcommands:
        lines += [".SH COMMANDS"] + command_sections(root, [name], default_name)
    return "\n".join(line for line in lines if line) + "\n"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate-manpage.py SPAMLINT_BINARY")
    binary = sys.argv[1]
    info = json.loads(subprocess.run([binary, "--experimental-dump-help"], check=True,
                                     capture_output=True, text=True).stdout)
    version = subprocess.run([binary, "--version"], check=True, capture_output=True, text=True).stdout.strip()
    # `spamlint 1.2.3 (commit abc)` → the page footer shows `spamlint 1.2.3`.
    sys.stdout.write(manual(info, " ".join(version.split()[:2])))


if __name__ == "__main__":
    main()
