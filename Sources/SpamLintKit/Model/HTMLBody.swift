/// What the engine extracted from one HTML body (a template, or a text/html part).
public struct HTMLBody: Sendable, Hashable, Codable {
    /// Size of the HTML as written (bytes, UTF-8).
    public var byteCount: Int
    /// Visible text, whitespace collapsed; template placeholders kept as written.
    public var visibleText: String
    /// Characters of visible text.
    public var visibleTextLength: Int
    public var wordCount: Int
    public var links: [Link]
    public var images: [Image]
    public var hiddenTexts: [HiddenText]
    /// Visible text set in a font too small to read (hidden text is not repeated here).
    public var tinyTexts: [TinyText]
    public var notableElements: [NotableElement]
    /// Contents of `<title>`.
    public var title: String?
    public var hasDoctype: Bool
    public var language: String?
    public var declaresCharset: Bool
    /// Line where the body starts in the file (1 for a template).
    public var position: SourcePosition
    /// HTML comments (`<!-- -->`, conditional comments included), in document order.
    public var comments: [HTMLComment]
    /// The HTML as written (template syntax kept; MIME transfer encoding and charset undone), for raw-HTML rule-pack matchers.
    public var source: String = ""
    /// True when the lines of `source` are the file's lines from `position` on (a template, or a 7bit/8bit part).
    public var sourceLinesAreExact: Bool = false
    /// The limit the `<style>` sheet reached, when it did (its rules past the limit were not applied); nil, and left out of JSON, otherwise.
    public var styleSheetProblem: ReadProblem? = nil

    public init(byteCount: Int = 0, visibleText: String = "", wordCount: Int = 0, links: [Link] = [], images: [Image] = [],
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
