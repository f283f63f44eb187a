/// Where a URL was found.
@_spi(CLI) public enum LinkKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// `<a href>`
    case anchor = "a"
    /// `<area href>`
    case area
    /// `<img src>` (and `<input type=image src>`)
    case image = "img"
    /// `<form action>`
    case form
    /// `url(…)` in inline CSS, a `<style>` block or a `background` attribute
    case css
    /// A bare URL in text/plain (or in visible HTML text)
    case text
    /// A URL from a header such as List-Unsubscribe
    case header
}
