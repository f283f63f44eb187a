/// What the engine extracted from one HTML body (a template, or a text/html part).
@_spi(CLI) public struct HTMLBody: Sendable, Hashable, Codable {
    /// Size of the HTML as written (bytes, UTF-8).
    @_spi(CLI) public var byteCount: Int
    /// Visible text, whitespace collapsed; template placeholders kept as written.
    @_spi(CLI) public var visibleText: String
    /// `visibleText` with every template tag replaced by a space: the words a person wrote, which text
    /// rules judge. Set by the reader, once per body; not written to JSON.
    @_spi(CLI) public var literalVisibleText: String = ""
    /// Characters of visible text.
    @_spi(CLI) public var visibleTextLength: Int
    @_spi(CLI) public var wordCount: Int
    @_spi(CLI) public var links: [Link]
    @_spi(CLI) public var images: [Image]
    @_spi(CLI) public var hiddenTexts: [HiddenText]
    /// Visible text set in a font too small to read (hidden text is not repeated here).
    @_spi(CLI) public var tinyTexts: [TinyText]
    @_spi(CLI) public var notableElements: [NotableElement]
    /// Contents of `<title>`.
    @_spi(CLI) public var title: String?
    @_spi(CLI) public var hasDoctype: Bool
    @_spi(CLI) public var language: String?
    @_spi(CLI) public var declaresCharset: Bool
    /// Line where the body starts in the file (1 for a template).
    @_spi(CLI) public var position: SourcePosition
    /// HTML comments (`<!-- -->`, conditional comments included), in document order.
    @_spi(CLI) public var comments: [HTMLComment]
    /// The HTML as written (template syntax kept; MIME transfer encoding and charset undone), for raw-HTML rule-pack matchers.
    @_spi(CLI) public var source: String = ""
    /// True when the lines of `source` are the file's lines from `position` on (a template, or a 7bit/8bit part).
    @_spi(CLI) public var sourceLinesAreExact: Bool = false
    /// The limit the `<style>` sheet reached, when it did (its rules past the limit were not applied); nil, and left out of JSON, otherwise.
    @_spi(CLI) public var styleSheetProblem: ReadProblem? = nil
    /// Elements written with more attributes than the parser reads (`HTMLTreeParser.maxAttributesPerElement`), when
    /// there were any: the first one's place, the count in the message; nil, and left out of JSON, otherwise.
    @_spi(CLI) public var attributeLimitProblem: ReadProblem? = nil
    /// Where parsing stopped before the end (end tags that close nothing, nested too deep to search in
    /// time: `HTMLTreeParser.mismatchWorkBudget`), when it did; nil, and left out of JSON, otherwise.
    @_spi(CLI) public var parseStopProblem: ReadProblem? = nil

    private enum CodingKeys: String, CodingKey {
        case byteCount, visibleText, visibleTextLength, wordCount, links, images, hiddenTexts, tinyTexts, notableElements, title,
             hasDoctype, language, declaresCharset, position, comments, source, sourceLinesAreExact, styleSheetProblem,
             attributeLimitProblem, parseStopProblem
    }

    @_spi(CLI) public init(byteCount: Int = 0, visibleText: String = "", wordCount: Int = 0, links: [Link] = [], images: [Image] = [],
                hiddenTexts: [HiddenText] = [], notableElements: [NotableElement] = [], title: String? = nil,
                hasDoctype: Bool = false, language: String? = nil, declaresCharset: Bool = false,
                position: SourcePosition = .start, tinyTexts: [TinyText] = [],
                comments: [HTMLComment] = []) {
        self.byteCount = byteCount
        self.visibleText = visibleText
        self.visibleTextLength = visibleText.count
        self.wordCount = wordCount
        self.links = links
        self.images = images
        self.hiddenTexts = hiddenTexts
        self.notableElements = notableElements
        self.title = title
        self.hasDoctype = hasDoctype
        self.language = language
        self.declaresCharset = declaresCharset
        self.position = position
        self.tinyTexts = tinyTexts
        self.comments = comments
    }
}
