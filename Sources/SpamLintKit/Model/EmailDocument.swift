/// Everything the engine knows about one input file. Rules are pure functions of this value.
@_spi(CLI) public struct EmailDocument: Sendable, Hashable, Codable {
    @_spi(CLI) public var kind: DocumentKind
    /// Header fields of a message, or the front-matter keys of a template (`from`, `subject`…).
    @_spi(CLI) public var headers: HeaderList
    /// From addresses (several when the header lists several).
    @_spi(CLI) public var from: [Mailbox]
    @_spi(CLI) public var replyTo: [Mailbox]
    @_spi(CLI) public var returnPath: Mailbox?
    @_spi(CLI) public var subject: String?
    /// `subject` with every template tag replaced by a space (see `HTMLBody.literalVisibleText`); not written to JSON.
    @_spi(CLI) public var literalSubject: String?
    @_spi(CLI) public var preheader: String?
    /// The sending domain the user expects (`--sending-domain`, config), lower-case.
    @_spi(CLI) public var expectedSendingDomain: String?
    @_spi(CLI) public var dkimSignatures: [DKIMSignature]
    @_spi(CLI) public var htmlBodies: [HTMLBody]
    @_spi(CLI) public var textBodies: [TextBody]
    @_spi(CLI) public var attachments: [Attachment]
    @_spi(CLI) public var parts: [PartSummary]
    /// Links from headers such as List-Unsubscribe.
    @_spi(CLI) public var headerLinks: [Link]
    @_spi(CLI) public var problems: [ReadProblem]
    /// `spamlint-disable…` comments, in file order; applied by the linter after the rules run.
    @_spi(CLI) public var suppressionDirectives: [SuppressionDirective]
    /// The purpose stated in front matter or configuration; nil when the user said none (a heuristic decides then).
    @_spi(CLI) public var declaredPurpose: PurposeDeclaration?
    /// The partials and layouts a template pulls in, each read as a template of its own when found.
    @_spi(CLI) public var includes: [TemplateInclude] = []

    private enum CodingKeys: String, CodingKey {
        case kind, headers, from, replyTo, returnPath, subject, preheader, expectedSendingDomain, dkimSignatures, htmlBodies,
             textBodies, attachments, parts, headerLinks, problems, suppressionDirectives, declaredPurpose, includes
    }

    @_spi(CLI) public init(kind: DocumentKind, headers: HeaderList = HeaderList(), from: [Mailbox] = [], replyTo: [Mailbox] = [],
                returnPath: Mailbox? = nil, subject: String? = nil, preheader: String? = nil,
                expectedSendingDomain: String? = nil, dkimSignatures: [DKIMSignature] = [], htmlBodies: [HTMLBody] = [],
                textBodies: [TextBody] = [], attachments: [Attachment] = [], parts: [PartSummary] = [],
                headerLinks: [Link] = [], problems: [ReadProblem] = [],
                suppressionDirectives: [SuppressionDirective] = []) {
        self.kind = kind
        self.headers = headers
        self.from = from
        self.replyTo = replyTo
        self.returnPath = returnPath
        self.subject = subject
        self.preheader = preheader
        self.expectedSendingDomain = expectedSendingDomain
        self.dkimSignatures = dkimSignatures
        self.htmlBodies = htmlBodies
        self.textBodies = textBodies
        self.attachments = attachments
        self.parts = parts
        self.headerLinks = headerLinks
        self.problems = problems
        self.suppressionDirectives = suppressionDirectives
    }

    /// Every link in the bodies (HTML and text), in document order.
    @_spi(CLI) public var bodyLinks: [Link] {
        // Many rules ask; a message with one body shares that body's array instead of building a new one.
        switch (htmlBodies.count, textBodies.count) {
        case (0, 0): return []
        case (1, 0): return htmlBodies[0].links
        case (0, 1): return textBodies[0].links
        default: return htmlBodies.flatMap(\.links) + textBodies.flatMap(\.links)
        }
    }

    /// Every image in the HTML bodies.
    @_spi(CLI) public var images: [Image] { htmlBodies.count == 1 ? htmlBodies[0].images : htmlBodies.flatMap(\.images) }

    /// Visible words across HTML bodies, or text bodies when there is no HTML.
    @_spi(CLI) public var visibleWordCount: Int {
        htmlBodies.isEmpty ? textBodies.reduce(0) { $0 + $1.wordCount } : htmlBodies.reduce(0) { $0 + $1.wordCount }
    }
}
