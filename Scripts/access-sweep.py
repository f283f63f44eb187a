#!/usr/bin/env python3
"""Access-control sweep of SpamLintKit (run from the package root; idempotent).

Three tiers, chosen by file (one type per file, so a file names its type):
  KEEP      plain `public`: the façade and the types its signatures return or take.
  INTERNAL  no `public` at all: rule types and parsing internals nothing outside the module uses.
  the rest  `@_spi(CLI) public`: what the spamlint CLI needs; `@_spi(CLI) import SpamLintKit` sees it,
            a plain `import SpamLintKit` does not. Tests use `@testable import`, which sees both.
"""
import pathlib, re

KIT = pathlib.Path("Sources/SpamLintKit")
KEEP = {  # file stems under Sources/SpamLintKit
    "SpamLintEngine", "LintSetup", "LintSetupError",
    "Configuration", "ConfigurationError", "FileReport", "Finding", "FindingSuppression", "LintResult", "LintSummary",
    "Verdict", "Thresholds", "FailOnLevel", "Severity", "RuleCategory", "SourcePosition", "DocumentKind",
    "LintOptions", "ReadSettings", "RuleOverride", "Baseline", "BaselineEntry", "BaselineError", "DNSQuerying",
    "InputFile", "InputCollector", "GlobPattern", "FileLoader", "SpamLintVersion", "MailPurpose",
    "LintFlags", "FileSetup", "SetupErrors", "InputDiscovery", "InputItem", "SkippedPath",
    "ConfigurationTrace", "PathOverride", "ConfigurationLocation",
}
INTERNAL_DIRS = ["Rules/BuiltIn", "Reading/MIME", "Reading/Template", "Reading/MJML", "Extraction"]
INTERNAL_EXCEPT = set()  # stems under INTERNAL_DIRS that the CLI or a public signature still needs (SPI tier)

# `public` as a declaration modifier: at the start of a line or after attributes, before a declaration keyword.
DECL = r"(?:static |final |private\(set\) |fileprivate\(set\) |internal\(set\) |mutating |nonmutating |override |convenience |required |indirect |nonisolated )*(?:init|func|var|let|struct|enum|class|protocol|extension|typealias|subscript|actor)\b"
PUBLIC = re.compile(r"(?m)^(\s*(?:@(?!_spi\()[A-Za-z_]+(?:\([^)\n]*\))?\s+)*)(?:@_spi\(CLI\)\s+)?public (?=" + DECL + ")")

for path in sorted(KIT.rglob("*.swift")):
    relative = path.relative_to(KIT).as_posix()
    stem = path.stem
    text = path.read_text()
    if stem in KEEP:
        continue  # their few members that expose internals are marked in SPI_MEMBERS below
    if any(relative.startswith(d + "/") for d in INTERNAL_DIRS) and stem not in INTERNAL_EXCEPT:
        new = PUBLIC.sub(lambda m: m.group(1), text)
    else:
        new = PUBLIC.sub(lambda m: m.group(1) + "@_spi(CLI) public ", text)
    if new != text:
        path.write_text(new)

# Members of KEEP types whose signatures name SPI types (rules, packs, domain lists): SPI too.
SPI_MEMBERS = {
    "Embedding/LintSetup.swift": ["public var userPacks:", "public var rules:", "public static func loadPacks("],
    "Configuration/Configuration.swift": ["public var rulePacks:"],
    "Linting/LintOptions.swift": ["public var domains:", "public init(settings:"],
}
for relative, members in SPI_MEMBERS.items():
    path = KIT / relative
    text = path.read_text()
    for member in members:
        text = re.sub(r"(?m)^(\s*)(?:@_spi\(CLI\) )?" + re.escape(member), lambda m: m.group(1) + "@_spi(CLI) " + member, text)
    path.write_text(text)

# The CLI sees the SPI.
for path in sorted(pathlib.Path("Sources/spamlint").glob("*.swift")):
    text = path.read_text()
    new = re.sub(r"(?m)^import SpamLintKit$", "@_spi(CLI) import SpamLintKit", text)
    if new != text:
        path.write_text(new)

# Tests: `@testable` alone does not see SPI.
for path in sorted(pathlib.Path("Tests").rglob("*.swift")):
    text = path.read_text()
    new = re.sub(r"(?m)^@testable import SpamLintKit$", "@_spi(CLI) @testable import SpamLintKit", text)
    if new != text:
        path.write_text(new)

