/// An input that a rule must (triggering) or must not (non-triggering) flag.
/// Examples are documentation (`spamlint rules --examples`, `spamlint explain`) and tests at once.
///
/// As in SwiftLint, a `↓` in the text marks where a finding must point: each marker stands just before
/// the character the finding's line and column name, and the rule's findings on the example must point
/// at exactly the marked places. The markers are not part of the file: `source` is the text without them.
@_spi(CLI) public struct RuleExample: Sendable, Hashable {
    /// The character that marks a finding's place in the example text.
    @_spi(CLI) public static let marker: Unicode.Scalar = "↓"

    /// The file content: a template (HTML with template syntax) or a raw RFC 5322 message, markers removed.
    @_spi(CLI) public var source: String
    /// Where the findings must point, one per marker, in text order: 1-based line and column counted in
    /// Unicode scalars, as the reader counts them. Empty when the example pins no place.
    @_spi(CLI) public var expectedPositions: [SourcePosition]
    /// The findings' messages in report order, when the example pins them; nil when it does not.
    @_spi(CLI) public var expectedMessages: [String]?
    /// The sending domain the example is linted with, as `--sending-domain` would give it.
    @_spi(CLI) public var sendingDomain: String?
    /// The From address used for a template, as `--from` would give it.
    @_spi(CLI) public var from: String?
    /// Where the example is declared, so a failing example points at its rule.
    @_spi(CLI) public var file: String
    @_spi(CLI) public var line: Int

    /// `text` is the example as written, with a `↓` before each place a finding must point at.
    @_spi(CLI) public init(_ text: String, sendingDomain: String? = nil, from: String? = nil, messages: [String]? = nil,
                file: String = #fileID, line: Int = #line) {
        (self.source, self.expectedPositions) = Self.removingMarkers(text)
        self.expectedMessages = messages
        self.sendingDomain = sendingDomain
        self.from = from
        self.file = file
        self.line = line
    }

    /// The text without its markers, and the place each marker stood in that text.
    static func removingMarkers(_ text: String) -> (source: String, positions: [SourcePosition]) {
        guard text.unicodeScalars.contains(marker) else { return (text, []) }
        var source = String.UnicodeScalarView()
        var positions: [SourcePosition] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == marker {
                positions.append(SourcePosition(line: line, column: column))
                continue
            }
            source.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (String(source), positions)
    }
}
