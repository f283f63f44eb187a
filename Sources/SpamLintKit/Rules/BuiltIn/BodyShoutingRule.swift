/// Flags a body in which a large share of the words is written in capitals.
public struct BodyShoutingRule: Rule {
    public init() {}

    /// Fewer words than this cannot tell shouting from a heading and a button.
    static let minimumWords = 15
    static let shoutedShare = 0.5

    public let description = RuleDescription(
        id: "body-shouting", name: "Body in capitals", category: .content, severity: .warning, score: 1.0,
        summary: "Half or more of the visible body words (of 3+ letters, short acronyms aside) are in capitals.",
        rationale: """
            Mirrors SpamAssassin's UPPERCASE_50_75 / UPPERCASE_75_100 (body mostly upper-case, up to 1.5): shouting \
            is typical of spam and hard to read. Words of three or four capitals (USA, FAQ, HTML) are counted as \
            acronyms and ignored, as are words with digits and template placeholders.
            """,
        fix: "Write the body in sentence case; use bold or a heading for emphasis instead of capitals.",
        triggeringExamples: [
            RuleExample("<p>ACT NOW AND CLAIM YOUR EXCLUSIVE CASH REWARD BEFORE MIDNIGHT. THIS INCREDIBLE OFFER WILL NEVER BE REPEATED AGAIN, SO HURRY AND CLICK BELOW TODAY! THOUSANDS OF HAPPY WINNERS ALREADY RECEIVED THEIR PAYMENTS.</p>"),
        ],
        nonTriggeringExamples: [
            RuleExample("<h1>ORDER CONFIRMED</h1><p>Thanks for your order. We will send another email when the parcel leaves our warehouse in the USA. Read our FAQ for shipping times.</p>"),
            RuleExample("<p>HI THERE FRIEND</p>"),
        ]
    )

    public func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let bodies: [(String, SourcePosition)] = document.htmlBodies.isEmpty
            ? document.textBodies.map { ($0.text, $0.position) }
            : document.htmlBodies.map { ($0.visibleText, $0.position) }
        return bodies.compactMap { text, position in
            var considered = 0
            var shouted: [Substring] = []
            for token in TemplateText.literal(text).split(whereSeparator: { $0.isWhitespace }) {
                guard !token.contains(where: \.isNumber) else { continue }
                let cased = token.filter { $0.isUppercase || $0.isLowercase }
                guard cased.count >= 3 else { continue }
                let isUpper = cased.allSatisfy(\.isUppercase)
                if isUpper, cased.count <= 4 { continue }
                considered += 1
                if isUpper { shouted.append(token) }
            }
            guard considered >= Self.minimumWords, Double(shouted.count) / Double(considered) >= Self.shoutedShare else { return nil }
            let share = Int((100.0 * Double(shouted.count) / Double(considered)).rounded())
            return Violation("\(share)% of the body's words are in capitals", evidence: shouted.prefix(8).joined(separator: " "),
                             at: position)
        }
    }
}
