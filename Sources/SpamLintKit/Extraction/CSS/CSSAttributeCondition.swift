/// An attribute selector on `class` or `id` (`[class*="hide-for-desktop"]`, `[class~=mobile]`),
/// the form mail templates use to reach Yahoo and Gmail, which rename plain class selectors.
/// Selectors on other attributes are not supported. Values compare lower-cased, as class names do here.
struct CSSAttributeCondition: Hashable {
    enum Operator: Hashable {
        /// `[class]`
        case exists
        /// `=`, `~=`, `|=`, `^=`, `$=`, `*=`
        case equals, includesWord, dashPrefix, prefix, suffix, contains
    }

    /// `class` or `id`.
    var attribute: String
    var op: Operator
    var value: String

    func matches(_ element: CSSElementKey) -> Bool {
        guard let actual = attribute == "id" ? element.id : element.classAttribute else { return false }
        switch op {
        case .exists: return true
        case .equals: return actual == value
        case .includesWord: return !value.isEmpty && actual.split(whereSeparator: \.isWhitespace).contains { $0 == value }
        case .dashPrefix: return actual == value || actual.hasPrefix(value + "-")
        case .prefix: return !value.isEmpty && actual.hasPrefix(value)
        case .suffix: return !value.isEmpty && actual.hasSuffix(value)
        case .contains: return !value.isEmpty && TextSearch.contains(actual, value)
        }
    }
}
