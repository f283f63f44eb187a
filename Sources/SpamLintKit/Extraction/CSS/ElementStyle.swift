/// The value an element's property takes from its `style` attribute and the matched `<style>`
/// rules, seen one of two ways:
///
/// - `.always`: the cascade (CSS Cascade Level 4 §6) of the inline style and the rules that always
///   apply; `@media`/`@supports`/`:hover`-like rules are left out, since they may never apply.
/// - `.revealed`: the layout the style sheet's author also designed for, where the rules that
///   always apply and the conditional rules that show apply, and any rule outranks the inline style (mail templates
///   hide a mobile block inline and show it from a `<style>` rule, often without `!important`).
///
/// Text is hidden only when it is hidden both ways: a block one of them shows is responsive
/// (mobile-only or desktop-only), not hidden from the reader.
struct ElementStyle {
    enum View { case always, revealed }

    let inline: InlineStyle
    let matched: [CSSMatchedDeclaration]
    let view: View

    /// Every property the extractor asks for (`HTMLExtractor.applyVisibility`, `applySmallFont`); the style
    /// sheet keeps no other declaration.
    static let readProperties: Set<String> = [
        "display", "visibility", "opacity", "font-size", "height", "max-height", "width", "max-width", "overflow",
        "color", "background", "background-color", "background-image",
    ]

    subscript(_ property: String) -> String? {
        assert(ElementStyle.readProperties.contains(property), "\(property) is read but not kept by the style sheet")
        guard !matched.isEmpty else { return inline[property] }
        var best: CSSMatchedDeclaration?
        for candidate in matched where candidate.declaration.name == property {
            switch view {
            case .always:
                if candidate.isConditional { continue }
            case .revealed:
                // A conditional rule that hides hides only sometimes, and rules of different @media
                // blocks (Yahoo, WebKit, Samsung) never all apply together: only the conditional
                // rules that show take part.
                if candidate.isConditional, ElementStyle.hides(property, candidate.declaration.value) { continue }
            }
            if best.map(candidate.outranks) ?? true { best = candidate }
        }
        switch view {
        case .always:
            // Inline beats the sheet unless only the sheet's declaration is `!important`.
            if let value = inline[property], inline.isImportant(property) || best?.declaration.isImportant != true { return value }
            return best?.declaration.value
        case .revealed:
            return best?.declaration.value ?? inline[property]
        }
    }

    /// True when this value of `property` is one of the ways text is hidden (see `HTMLExtractor.applyVisibility`).
    static func hides(_ property: String, _ value: String) -> Bool {
        switch property {
        case "display": return value == "none"
        case "visibility": return value == "hidden" || value == "collapse"
        case "opacity": return Double(value) == 0
        case "font-size": return InlineStyle.pixels(value).map { $0 <= 1 } ?? false
        case "max-height", "height", "width", "max-width": return InlineStyle.pixels(value) == 0
        case "overflow": return value == "hidden"
        default: return false
        }
    }

    /// The font size in CSS pixels when it can be told from the value alone.
    var fontSizeInPixels: Double? { self["font-size"].flatMap(InlineStyle.pixels) }
}
