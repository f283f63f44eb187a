import FuzzSupport
@_spi(CLI) @testable import SpamLintKit

/// Rule packs: YAML composition, PackParser's checks, regex compilation (RE2) and list files; a pack
/// that loads is run over one fixed message, so its matchers run too. What does not depend on the
/// input (the message, the ids the built-in rules take) is built once, before libFuzzer starts.
let message = MessageReader.read(Array(FuzzFixtures.message.utf8), settings: ReadSettings())
let reservedIDs = RuleCatalog.builtInIDs

FuzzDriver.run { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    let pack = try? RulePackLoader.parse(text, file: "fuzz.yml", reservedIDs: reservedIDs) { name in
        name == FuzzFixtures.listName ? FuzzFixtures.list : nil
    }
    guard let pack else { return }
    _ = Linter(rules: pack.rules).findings(in: message)
}
