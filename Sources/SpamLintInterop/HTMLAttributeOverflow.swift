/// An element written with more attributes than `HTMLInputPreparation.maxAttributesPerElement`:
/// the attributes past the limit were not read.
public struct HTMLAttributeOverflow: Sendable, Equatable {
    /// The element's tag name, lower-cased.
    public var element: String
    /// 1-based line of the tag's `<`.
    public var line: Int
    /// How many attributes the tag was written with.
    public var attributeCount: Int

    public init(element: String, line: Int, attributeCount: Int) {
        self.element = element
        self.line = line
        self.attributeCount = attributeCount
    }
}
