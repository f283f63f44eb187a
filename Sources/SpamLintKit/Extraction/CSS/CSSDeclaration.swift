/// One `property: value [!important]` declaration of a style rule; name and value lower-cased,
/// the value with `!important` taken off and whitespace runs written as one space.
struct CSSDeclaration: Hashable {
    var name: String
    var value: String
    var isImportant: Bool
}
