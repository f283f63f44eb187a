/// A complex selector of compounds joined by descendant combinators (`.wrapper td.mobile`), with
/// its specificity. A selector with a sibling combinator keeps only its part after the last one
/// and applies sometimes (see `CSSStyleSheetParser`). Child combinators, attribute selectors other than on `class` and
/// `id`, and most pseudo selectors are not supported: the
/// parser drops a selector using them (it then matches nothing) rather than guess.
struct CSSSelector: Hashable {
    /// Left to right; each compound is a descendant of the one before it.
    var compounds: [CSSCompoundSelector]
    /// True when the selector names an interactive state (`:hover`, `:checked`, `:focus`…) or a
    /// sibling combinator: its rule applies only sometimes, like one inside `@media`.
    var isStateDependent = false
    /// (ids, classes and pseudo-classes, types) packed for comparison.
    var specificity: Int

    /// Specificity per Selectors Level 4 §17, each count capped at 255 so the packing stays ordered.
    static func specificity(of compounds: [CSSCompoundSelector], pseudoClasses: Int) -> Int {
        var ids = 0, classes = pseudoClasses, types = 0
        for compound in compounds {
            if compound.id != nil { ids += 1 }
            classes += compound.classes.count + compound.attributes.count
            if compound.type != nil { types += 1 }
        }
        return min(ids, 255) << 16 | min(classes, 255) << 8 | min(types, 255)
    }
}
