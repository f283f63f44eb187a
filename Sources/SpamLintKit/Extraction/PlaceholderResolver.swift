/// Puts template placeholders back into extracted text; the identity for plain HTML and messages.
struct PlaceholderResolver: Sendable {
    let template: MaskedTemplate?

    func restore(_ text: String) -> String { template?.restore(text) ?? text }

    /// The placeholder that a URL starts with, making the link dynamic.
    func leadingPlaceholder(_ text: String) -> String? { template?.leadingPlaceholder(of: text) }
}
