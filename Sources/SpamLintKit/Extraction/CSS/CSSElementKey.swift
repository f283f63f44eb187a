/// What selectors look at on an element: its tag name, id and classes, lower-cased.
struct CSSElementKey {
    var name: String
    var id: String?
    var classes: [String]
    /// The `class` attribute as written, lower-cased, for attribute selectors.
    var classAttribute: String?

    init(name: String, id: String?, classAttribute: String?) {
        self.name = name.lowercased()
        self.id = id.map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        self.classAttribute = classAttribute?.lowercased()
        var classes: [String] = []
        // HTML splits class lists on ASCII whitespace; a repeated class is one class.
        for name in (self.classAttribute ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
        where !classes.contains(String(name)) {
            classes.append(String(name))
        }
        self.classes = classes
    }
}
