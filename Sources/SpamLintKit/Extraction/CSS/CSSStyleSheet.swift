/// The style rules of a document's `<style>` blocks, in source order, as far as hidden-text
/// detection needs them (see `CSSStyleSheetParser` for what is read and what is skipped).
struct CSSStyleSheet: Hashable {
    /// Rules kept per document: mail templates carry tens to a few hundred; past this the rest
    /// is not read and `limitHit` says so.
    static let maxRules = 4_096
    /// Selectors kept per document, over all rules (a comma list counts each).
    static let maxSelectors = 8_192
    /// Compounds per selector (`a b c` is three); a longer selector is dropped and reported.
    static let maxCompounds = 16
    /// `@media`/`@supports` blocks nested deeper than this are skipped and reported.
    static let maxNesting = 8

    var rules: [CSSStyleRule] = []
    /// The first limit the style sheet reached, as a sentence for a `malformed-input` finding.
    var limitHit: String?

    var isEmpty: Bool { rules.isEmpty }

    /// Parses the text of each `<style>` block in turn, as one sheet (source order is cascade order).
    static func parse(_ blocks: [String]) -> CSSStyleSheet {
        var sheet = CSSStyleSheet()
        for block in blocks {
            var parser = CSSStyleSheetParser(text: block, sheet: sheet)
            parser.parse()
            sheet = parser.sheet
        }
        return sheet
    }
}
