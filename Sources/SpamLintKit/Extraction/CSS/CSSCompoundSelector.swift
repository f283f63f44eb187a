/// A compound selector of the supported kind: an optional type (nil for `*` or none), an optional
/// id, any number of classes and `class`/`id` attribute conditions, all lower-cased (`td.mobile-only#nav`).
struct CSSCompoundSelector: Hashable {
    var type: String?
    var id: String?
    var classes: [String] = []
    var attributes: [CSSAttributeCondition] = []

    func matches(_ element: CSSElementKey) -> Bool {
        if let type, type != element.name { return false }
        if let id, id != element.id { return false }
        return classes.allSatisfy(element.classes.contains) && attributes.allSatisfy { $0.matches(element) }
    }
}
