/// A declaration of a style rule whose selector matched an element, with what the cascade needs.
struct CSSMatchedDeclaration {
    var declaration: CSSDeclaration
    var specificity: Int
    /// Source order of the rule in the sheet.
    var order: Int
    /// True when it applies only sometimes: in a conditional `@media`/`@supports`, or for a state (`:hover`).
    var isConditional: Bool

    /// CSS Cascade Level 4 §6 between two style-sheet declarations: importance, then specificity, then order.
    func outranks(_ other: CSSMatchedDeclaration) -> Bool {
        if declaration.isImportant != other.declaration.isImportant { return declaration.isImportant }
        if specificity != other.specificity { return specificity > other.specificity }
        return order > other.order
    }
}
