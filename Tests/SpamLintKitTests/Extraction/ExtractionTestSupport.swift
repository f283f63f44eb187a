import Testing
@_spi(CLI) @testable import SpamLintKit

/// Namespace for the extraction and template-reading suites (`swift test --filter Extraction`).
@Suite enum Extraction {
    static func read(_ text: String, settings: ReadSettings = ReadSettings()) -> EmailDocument {
        EmailReader.read(Array(text.utf8), settings: settings)
    }

    static func html(_ text: String) -> HTMLBody {
        let document = read(text)
        #expect(document.kind == .template)
        #expect(document.htmlBodies.count == 1)
        return document.htmlBodies.first ?? HTMLBody()
    }

    static func links(_ text: String) -> [Link] { html(text).links }
}
