/// One token of CSS Syntax Level 3 (§4), as a kind and the source bytes it covers.
///
/// Idents, at-keywords, hashes and functions carry their name with escapes undone and ASCII
/// lower-cased (CSS keywords, properties and HTML type selectors are ASCII case-insensitive; class
/// and id names are matched lower-cased on both sides, so `.Hide` and `class="hide"` meet: a
/// deliberate loosening, since quirks-mode mail clients match them case-insensitively too).
struct CSSToken: Equatable {
    enum Kind: Equatable {
        case ident, function, atKeyword, hash, string, badString, url, badURL
        case number, percentage, dimension
        case whitespace, cdo, cdc, colon, semicolon, comma
        case leftBracket, rightBracket, leftParen, rightParen, leftBrace, rightBrace
        /// Any other code point; `delim` holds it.
        case delim
    }

    var kind: Kind
    /// Byte range in the tokenized text.
    var range: Range<Int>
    /// The name of an ident, function (without `(`), at-keyword (without `@`) or hash (without `#`), lower-cased.
    var name: String = ""
    /// The code point of a delim token.
    var delim: Unicode.Scalar = " "
    /// For a hash token: true when its name would be a valid identifier (an `id` selector can use it).
    var isIDHash = false
}
