/// A style rule: its selector list and declarations, and whether it applies only sometimes
/// (inside `@media` with a condition, or `@supports`).
struct CSSStyleRule: Hashable {
    var selectors: [CSSSelector]
    var declarations: [CSSDeclaration]
    var isConditional: Bool
}
