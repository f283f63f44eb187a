/// One value a target yields, with where it is.
struct PackItem {
    var value: String
    var position: SourcePosition
    /// The link or image URL the value belongs to.
    var url: String?
    /// Finds a match's line and column in the HTML source.
    var locator: SourceLocator?
    /// True when `value` is the source itself, so a match's offset gives its position directly.
    var valueIsSource = false
    /// A text/plain alternative of an HTML body: what it shares with the HTML is reported once.
    var isAlternativeText = false
}
