import SpamLintInterop

/// Walks a parsed HTML tree once and extracts everything rules need: links, images, visible and
/// hidden text, notable elements and document metadata. No rule walks the tree again.
struct HTMLExtractor {
    let tree: HTMLTree
    let resolver: PlaceholderResolver
    let positions: PositionMapper
    let links: LinkFactory
    let byteCount: Int
    /// Finds each element's start tag in the source; nil when the tree's nodes have no tags of their own (MJML).
    var tagLocator: StartTagLocator? = nil

    /// Whether an element's text can be seen, in one view of its style (`ElementStyle.View`).
    private struct Visibility {
        var hiddenBy: (reason: HiddenText.Reason, root: Int)?
        var color: String?
        var background: String?
        var tinyFontRoot: Int?
    }

    /// What a node inherits from its ancestors.
    private struct Inherited {
        var isInvisibleContainer = false
        /// As the cascade has it, and as the style sheet may reveal it: text is hidden only when hidden in both.
        var seen = Visibility()
        var revealed = Visibility()
        var anchor: Int?
        /// The link of the `<a>` whose text this is (nil inside an `<area>`): its text is gathered there.
        var anchorLink: Int?
        /// Readable-but-tiny text: the element that set the size, how it was written, in pixels.
        var smallFont: (root: Int, declaration: String, pixels: Double)?
    }

    /// What a text node reads of its parent's state.
    private struct TextState {
        var isInvisibleContainer: Bool
        var hiddenBy: (reason: HiddenText.Reason, root: Int)?
        var anchorLink: Int?
        var smallFont: (root: Int, declaration: String, pixels: Double)?

        init(_ inherited: borrowing Inherited) {
            isInvisibleContainer = inherited.isInvisibleContainer
            hiddenBy = inherited.revealed.hiddenBy == nil ? nil : inherited.seen.hiddenBy
            anchorLink = inherited.anchorLink
            smallFont = inherited.smallFont
        }
    }

    static let preheaderMaxWordsBefore = 8
    /// Stands for "an image" as a background; never equal to a colour.
    static let backgroundImage = "image"
    /// Preview text runs to about 250 characters (NGP VAN and Mailchimp templates copy the opening
    /// sentences); padding after it is not counted (`lengthWithoutPadding`).
    static let preheaderMaxLength = 300
    /// Tokens without a letter or digit in a row that make a padding run (`- - -`, `. . .`);
    /// fewer are punctuation of the text (`Friends -- today`).
    static let paddingRunTokens = 3
    /// CSS sizes below this (and above the 1px of hidden text) are unreadable small print.
    static let tinyFontPixels = 6.0

    // Not "head": libxml2 leaves unknown leading elements (Inky's <container>, <row>) in an implied
    // head, and their text is what the recipient reads.
    private static let invisibleContainers = ["script", "style", "title", "noscript", "template", "xml"].map(packedName)
    private static let notableNames = ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base"].map(packedName)
    private static let fontName = packedName("font")

    /// Packed names of the elements `extractElement` treats specially.
    private enum Tag {
        static let a = packedName("a")
        static let area = packedName("area")
        static let img = packedName("img")
        static let input = packedName("input")
        static let form = packedName("form")
        static let html = packedName("html")
        static let meta = packedName("meta")
    }

    /// A tag name of up to eight bytes packed into an integer (0 for longer names, which none of the
    /// names looked for is), so that every element is classified by integer compares, not string hashing.
    static func packedName(_ name: String) -> UInt64 {
        let bytes = name.utf8
        guard bytes.count <= 8 else { return 0 }
        return bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// True when `text` holds only ASCII spacers (as `TextScanner` has them: space, tab, line feed,
    /// vertical tab, form feed, return), so that collapsing it leaves nothing.
    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
    }

    func extract() -> HTMLBody {
        var body = HTMLBody(byteCount: byteCount, hasDoctype: tree.hasDoctype, position: positions.position(line: 1))
        // States of elements with children only (parents are elements), found through a small
        // per-node slot, and kept while a child is still to come: a slot is reused once the element's
        // last child is done, so a file of a million links holds a few states, not a million.
        var states: [Inherited] = []
        var freeStates: [Int32] = []
        var stateSlots = [Int32](repeating: -1, count: tree.nodes.count)
        var lastChild = [Int32](repeating: -1, count: tree.nodes.count)
        for index in tree.nodes.indices { if let parent = tree.nodes[index].parent { lastChild[parent] = Int32(index) } }
        var visibleText = ""
        // Chunks are joined with a space, so words never span chunks and counts add up.
        var visibleWords = 0
        var hiddenBlocks: [(root: Int, reason: HiddenText.Reason, text: String, wordsBefore: Int)] = []
        var hiddenBlockIndex: [Int: Int] = [:]
        var tinyBlocks: [(root: Int, declaration: String, pixels: Double, text: String)] = []
        var tinyBlockIndex: [Int: Int] = [:]
        let styleSheet = CSSStyleSheet.parse(styleBlocks())
        var styles = CSSSelectorMatcher(sheet: styleSheet, nodeCount: tree.nodes.count)
        // Per node, the start tag's offset in the source (-1: none); read back for the roots of hidden blocks.
        var tagOffsets = tagLocator == nil ? [] : [Int](repeating: -1, count: tree.nodes.count)

        for index in tree.nodes.indices {
            // A huge document stops here once the file's time budget is spent (the linter reports it).
            if WorkBudget.isSpent(atStep: index) { break }
            let node = tree.nodes[index]
            defer {
                if let parent = node.parent, lastChild[parent] == Int32(index), stateSlots[parent] >= 0 {
                    freeStates.append(stateSlots[parent])
                }
            }
            switch node.kind {
            case .comment:
                body.comments.append(comment(node))
                continue
            case .text:
                // Text nodes are half the tree: read the parent's state in place rather than copy it.
                let state = node.parent.map { TextState(states[Int(stateSlots[$0])]) } ?? TextState(Inherited())
                // Indentation between tags: every use below joins with a space and collapses, and
                // counts no words, so blank text changes nothing (a title still gets its own `collapse`).
                if !state.isInvisibleContainer, HTMLExtractor.isBlank(node.text) { continue }
                let text = resolver.restore(node.text)
                if state.isInvisibleContainer {
                    if let parent = node.parent, tree.nodes[parent].name == "title" {
                        body.title = SpacedText.collapse((body.title ?? "") + " " + text)
                    } else if let parent = node.parent, tree.nodes[parent].name == "style" {
                        for url in CSSURLScanner.urls(in: node.text) {
                            body.links.append(links.link(kind: .css, rawHref: url, text: "", position: positions.position(line: node.line, locating: resolver.restore(url), searchingForward: true)))
                        }
                    }
                    continue
                }
                if let link = state.anchorLink {
                    body.links[link].text += " "
                    body.links[link].text += text
                }
                if let hidden = state.hiddenBy {
                    if let block = hiddenBlockIndex[hidden.root] {
                        hiddenBlocks[block].text += " " + text
                    } else if !SpacedText.collapse(text).isEmpty {
                        hiddenBlockIndex[hidden.root] = hiddenBlocks.count
                        hiddenBlocks.append((hidden.root, hidden.reason, text, visibleWords))
                    }
                } else {
                    visibleText += " "
                    visibleText += text
                    visibleWords += SpacedText.wordCount(text)
                    if let small = state.smallFont {
                        if let block = tinyBlockIndex[small.root] {
                            tinyBlocks[block].text += " " + text
                        } else if !SpacedText.collapse(text).isEmpty {
                            tinyBlockIndex[small.root] = tinyBlocks.count
                            tinyBlocks.append((small.root, small.declaration, small.pixels, text))
                        }
                    }
                }
            case .element:
                var state = node.parent.map { states[Int(stateSlots[$0])] } ?? Inherited()
                let tagOffset = tagLocator?.next(named: node.name)
                if let tagOffset { tagOffsets[index] = tagOffset }
                let linkCount = body.links.count
                extractElement(node, index: index, tagOffset: tagOffset, state: &state, styles: &styles, body: &body)
                for link in linkCount..<body.links.count { body.links[link].tagOffset = tagOffset }
                guard lastChild[index] >= 0 else { continue }
                if let free = freeStates.popLast() {
                    stateSlots[index] = free
                    states[Int(free)] = state
                } else {
                    stateSlots[index] = Int32(states.count)
                    states.append(state)
                }
            }
        }

        if let limit = styleSheet.limitHit ?? styles.limitHit {
            body.styleSheetProblem = ReadProblem(kind: .styleSheetTooLarge, message: limit, position: positions.position(line: 1))
        }
        if let first = tree.attributeOverflows.first {
            body.attributeLimitProblem = HTMLExtractor.attributeLimitProblem(first, elements: tree.attributeOverflows.count,
                                                                             position: positions.position(line: first.line, locating: "<\(first.element)"))
        }
        if let stop = tree.stop {
            body.parseStopProblem = ReadProblem(
                kind: .htmlTooCostly,
                message: "HTML nested \(stop.depth) levels deep with end tags that close nothing: parsing stopped at line \(stop.line), the rest was not read",
                position: positions.position(line: stop.line))
        }
        for linkIndex in body.links.indices where body.links[linkIndex].kind == .anchor {
            body.links[linkIndex].text = SpacedText.collapse(body.links[linkIndex].text)
        }
        body.visibleText = SpacedText.collapse(visibleText)
        body.visibleTextLength = body.visibleText.count
        body.wordCount = visibleWords
        var sawHiddenBlock = false
        for block in hiddenBlocks {
            let text = SpacedText.collapse(block.text)
            // Spacer runs are not text: a block of `&zwnj;&nbsp;`, `- - -` or a lone `>` hides no words.
            guard SpacedText.wordCount(text) > 0 else { continue }
            // The preview-text idiom: one hidden block before the content starts (at most a
            // "View this email in your browser" line may come first), its text without padding short.
            let isPreheader = !sawHiddenBlock && block.wordsBefore <= HTMLExtractor.preheaderMaxWordsBefore
                && HTMLExtractor.lengthWithoutPadding(text) <= HTMLExtractor.preheaderMaxLength
            // Only the first hidden block can be the preheader.
            sawHiddenBlock = true
            let node = tree.nodes[block.root]
            let tagOffset = tagOffsets.isEmpty || tagOffsets[block.root] < 0 ? nil : tagOffsets[block.root]
            body.hiddenTexts.append(HiddenText(text: text, reason: block.reason, isLikelyPreheader: isPreheader,
                                               position: positions.position(line: node.line), tagOffset: tagOffset))
        }
        for block in tinyBlocks {
            let text = SpacedText.collapse(block.text)
            guard !text.isEmpty else { continue }
            let node = tree.nodes[block.root]
            body.tinyTexts.append(TinyText(text: text, declaration: block.declaration, pixels: block.pixels,
                                           position: positions.position(line: node.line, locating: "<\(node.name)")))
        }
        return body
    }

    static func attributeLimitProblem(_ first: HTMLAttributeOverflow, elements: Int, position: SourcePosition) -> ReadProblem {
        let others = elements > 1 ? " (and \(elements - 1) more element\(elements == 2 ? "" : "s") past the limit)" : ""
        return ReadProblem(kind: .tooManyAttributes,
                           message: "<\(first.element)> has \(first.attributeCount) attributes; those past the first \(HTMLTreeParser.maxAttributesPerElement) were not read\(others)",
                           position: position)
    }

    /// Characters of collapsed `text` outside padding runs: `paddingRunTokens` or more
    /// space-separated tokens in a row holding no letter or digit, and the space before each.
    static func lengthWithoutPadding(_ text: String) -> Int {
        var length = 0
        var run = 0
        var runLength = 0
        for token in text.split(separator: " ") {
            if SpacedText.wordCount(String(token)) == 0 {
                run += 1
                runLength += token.count + 1
            } else {
                if run < paddingRunTokens { length += runLength }
                run = 0
                runLength = 0
                length += token.count + 1
            }
        }
        if run < paddingRunTokens { length += runLength }
        return max(0, length - 1)
    }

    private func extractElement(_ node: HTMLNode, index: Int, tagOffset: Int?, state: inout Inherited, styles: inout CSSSelectorMatcher,
                                body: inout HTMLBody) {
        let name = node.name
        let packed = HTMLExtractor.packedName(name)
        if HTMLExtractor.invisibleContainers.contains(packed) { state.isInvisibleContainer = true }
        let rawStyle = attribute("style", of: node)
        let inline = InlineStyle(rawStyle.map(resolver.restore))
        let matched = styles.declarations(for: index, in: tree)
        let isFont = packed == HTMLExtractor.fontName
        let style = ElementStyle(inline: inline, matched: matched, view: .always)
        applyVisibility(of: node, isFont: isFont, style: style, index: index, visibility: &state.seen)
        // Without a style sheet both views read the same declarations: the revealed view is the cascade's.
        if styles.isEmpty {
            state.revealed = state.seen
        } else {
            applyVisibility(of: node, isFont: isFont, style: ElementStyle(inline: inline, matched: matched, view: .revealed),
                            index: index, visibility: &state.revealed)
        }
        applySmallFont(of: node, isFont: isFont, style: style, index: index, state: &state)

        if HTMLExtractor.notableNames.contains(packed), !(name == "script" && HTMLExtractor.isDataBlock(type: attribute("type", of: node))) {
            let detail = ["src", "action", "data", "href", "code"].compactMap { key in
                attribute(key, of: node).map { "\(key)=\(resolver.restore($0))" }
            }.first ?? ""
            body.notableElements.append(NotableElement(name: name, detail: detail, position: positions.position(line: node.line, locating: "<\(name)"),
                                                       tagOffset: tagOffset))
        }
        for url in CSSURLScanner.urls(in: rawStyle ?? "") {
            body.links.append(links.link(kind: .css, rawHref: url, text: "", position: locate(url, in: node)))
        }
        if let background = attribute("background", of: node), !background.isEmpty {
            body.links.append(links.link(kind: .css, rawHref: background, text: "", position: locate(background, in: node)))
        }

        switch packed {
        case Tag.a, Tag.area:
            guard let href = attribute("href", of: node) else { break }
            // An anchor's text is its content; an area (a void element) is named by its alt.
            state.anchorLink = name == "a" ? body.links.count : nil
            state.anchor = index
            let kind: LinkKind = name == "a" ? .anchor : .area
            let text = name == "area" ? (attribute("alt", of: node).map(resolver.restore) ?? "") : ""
            body.links.append(links.link(kind: kind, rawHref: href, text: text, position: locate(href, in: node)))
        case Tag.img, Tag.input:
            if name == "input", attribute("type", of: node)?.lowercased() != "image" { break }
            let src = attribute("src", of: node) ?? ""
            let position = src.isEmpty ? positions.position(line: node.line, locating: "<\(name)") : locate(src, in: node)
            if !src.isEmpty {
                body.links.append(links.link(kind: .image, rawHref: src, text: attribute("alt", of: node).map(resolver.restore) ?? "", position: position))
            }
            if let linkIndex = state.anchorLink { body.links[linkIndex].wrapsImage = true }
            let style = InlineStyle(attribute("style", of: node))
            body.images.append(Image(src: resolver.restore(src), alt: attribute("alt", of: node).map(resolver.restore),
                                     width: dimension(attribute("width", of: node) ?? style["width"]),
                                     height: dimension(attribute("height", of: node) ?? style["height"]),
                                     isLinked: state.anchor != nil,
                                     isHidden: style["display"] == "none" || attribute("hidden", of: node) != nil, position: position,
                                     tagOffset: tagOffset))
        case Tag.form:
            if let action = attribute("action", of: node), !action.isEmpty {
                body.links.append(links.link(kind: .form, rawHref: action, text: "", position: locate(action, in: node)))
            }
        case Tag.html:
            // The first root's lang: libxml2 starts a second <html> root for content after </html>
            // (a pixel appended by the ESP), which must not erase the document's language.
            if body.language == nil { body.language = attribute("lang", of: node).flatMap { $0.isEmpty ? nil : $0 } }
        case Tag.meta:
            if attribute("charset", of: node) != nil { body.declaresCharset = true }
            let equiv = attribute("http-equiv", of: node)?.lowercased()
            if equiv == "content-type", attribute("content", of: node).map({ TextSearch.contains($0.lowercased(), "charset") }) == true { body.declaresCharset = true }
            if equiv == "refresh" {
                body.notableElements.append(NotableElement(name: "meta-refresh", detail: attribute("content", of: node) ?? "",
                                                           position: positions.position(line: node.line, locating: "refresh"), tagOffset: tagOffset))
            }
        default:
            break
        }
    }

    /// The text of every `<style>` element, in document order: rules apply wherever the block sits.
    private func styleBlocks() -> [String] {
        var blocks: [String] = []
        for node in tree.nodes where node.kind == .text {
            guard let parent = node.parent, tree.nodes[parent].name == "style" else { continue }
            blocks.append(resolver.restore(node.text))
        }
        return blocks
    }

    /// Readable-but-tiny text, as the cascade has it.
    private func applySmallFont(of node: HTMLNode, isFont: Bool, style: ElementStyle, index: Int, state: inout Inherited) {
        // A nested element repeating the same size continues its ancestor's block; a new size starts one.
        func smallFont(_ declaration: String, _ pixels: Double) -> (root: Int, declaration: String, pixels: Double) {
            (state.smallFont?.declaration == declaration ? state.smallFont?.root ?? index : index, declaration, pixels)
        }
        if let fontSize = style.fontSizeInPixels {
            state.smallFont = fontSize > 1 && fontSize < HTMLExtractor.tinyFontPixels
                ? smallFont("font-size:\(style["font-size"] ?? "")", fontSize) : nil
        } else if isFont, let size = attribute("size", of: node).flatMap(HTMLExtractor.fontElementSize) {
            // HTML sizes 1–7 (relative ones count from the default 3); 1 renders as x-small, 10px.
            state.smallFont = size <= 1 ? smallFont("<font size=\"\(attribute("size", of: node) ?? "")\">", 10) : nil
        }
    }

    private func applyVisibility(of node: HTMLNode, isFont: Bool, style: ElementStyle, index: Int, visibility state: inout Visibility) {
        if let color = CSSColor.normalized(style["color"] ?? (isFont ? attribute("color", of: node) : nil)) {
            state.color = color
        }
        let background = style["background-color"] ?? style["background"].flatMap(firstColorToken) ?? attribute("bgcolor", of: node)
        if let background = CSSColor.normalized(background) { state.background = background }
        // Text over a background image is readable whatever the fallback colour says.
        if attribute("background", of: node) != nil || style["background-image"] != nil || style["background"].map({ TextSearch.contains($0, "url(") }) == true {
            state.background = HTMLExtractor.backgroundImage
        }

        if let fontSize = style.fontSizeInPixels {
            state.tinyFontRoot = fontSize <= 1 ? (state.tinyFontRoot ?? index) : nil
        }
        guard state.hiddenBy == nil || state.hiddenBy?.reason == .visibilityHidden || state.hiddenBy?.reason == .tinyFont
                || state.hiddenBy?.reason == .sameColorAsBackground else { return }
        if style["display"] == "none" || attribute("hidden", of: node) != nil {
            state.hiddenBy = (.displayNone, index)
        } else if style["visibility"] == "hidden" {
            state.hiddenBy = (.visibilityHidden, index)
        } else if style["visibility"] == "visible", state.hiddenBy?.reason == .visibilityHidden {
            state.hiddenBy = nil
        } else if let opacity = style["opacity"].flatMap(Double.init), opacity == 0 {
            state.hiddenBy = (.opacityZero, index)
        } else if isCollapsedBox(style) {
            state.hiddenBy = (.zeroSize, index)
        } else if let root = state.tinyFontRoot {
            state.hiddenBy = (.tinyFont, root)
        } else {
            // Text sized up again inside a `font-size:0` wrapper (MJML's and Foundation's inline-block
            // gap fix) is readable, unless it is the colour of its background.
            if state.hiddenBy?.reason == .tinyFont { state.hiddenBy = nil }
            if let color = state.color, let background = state.background, color == background {
                if state.hiddenBy == nil { state.hiddenBy = (.sameColorAsBackground, index) }
            } else if state.hiddenBy?.reason == .sameColorAsBackground {
                state.hiddenBy = nil
            }
        }
    }

    /// The `type` values the HTML standard runs as script (§4.12.1.1: the JavaScript MIME type essence
    /// matches, plus "module"; absent or empty is JavaScript too).
    static let scriptTypes: Set<String> = [
        "", "module", "application/ecmascript", "application/javascript", "application/x-ecmascript", "application/x-javascript",
        "text/ecmascript", "text/javascript", "text/javascript1.0", "text/javascript1.1", "text/javascript1.2", "text/javascript1.3",
        "text/javascript1.4", "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript", "text/x-javascript",
    ]

    /// A `<script>` of any other type is a data block that nothing executes: schema.org markup for Gmail
    /// (`application/ld+json`), templates (`text/x-template`) and the like.
    static func isDataBlock(type: String?) -> Bool {
        guard let type else { return false }
        let essence = type.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return !scriptTypes.contains(essence.trimmingWhitespace().lowercased())
    }

    /// libxml2 numbers a comment by the line it ends on; its start is that many newlines earlier.
    private func comment(_ node: HTMLNode) -> HTMLComment {
        let newlines = node.text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let start = positions.position(line: max(1, node.line - newlines), locating: "<!--")
        let end = positions.position(line: max(1, node.line))
        return HTMLComment(text: resolver.restore(node.text), position: start, endLine: end.line)
    }

    private func attribute(_ name: String, of node: HTMLNode) -> String? { tree.attribute(name, of: node) }

    /// Where an attribute value of `node` is written: as the source has it, template syntax included.
    private func locate(_ value: String, in node: HTMLNode) -> SourcePosition {
        positions.position(line: node.line, locating: resolver.restore(value))
    }

    /// `max-height:0; overflow:hidden` and `width:0; height:0; overflow:hidden` boxes.
    private func isCollapsedBox(_ style: ElementStyle) -> Bool {
        guard style["overflow"] == "hidden" else { return false }
        let zero: (String?) -> Bool = { value in value.flatMap(InlineStyle.pixels) == 0 }
        return zero(style["max-height"]) || zero(style["height"]) && zero(style["width"]) || zero(style["max-width"]) && zero(style["max-height"])
    }

    /// The absolute size a `<font size>` value stands for (`+1`/`-2` are relative to 3).
    static func fontElementSize(_ value: String) -> Int? {
        let trimmed = value.trimmingWhitespace()
        let sign = trimmed.first.flatMap { "+-".contains($0) ? $0 : nil }
        let digits = trimmed.dropFirst(sign == nil ? 0 : 1).prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits) else { return nil }
        switch sign {
        case "+": return 3 + number
        case "-": return 3 - number
        default: return number
        }
    }

    private func firstColorToken(_ shorthand: String) -> String? {
        shorthand.split(separator: " ").lazy.map(String.init).first { CSSColor.normalized($0) != nil }
    }

    private func dimension(_ value: String?) -> Int? {
        guard let value else { return nil }
        let digits = value.trimmingWhitespace().prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}
