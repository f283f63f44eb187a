import SpamLintInterop

/// Maps a parsed `.mjml` document onto the HTML an MJML compiler makes of it, as far as the rules
/// can tell: each component becomes the elements that carry its links, images, text and the
/// colours, sizes and classes that decide whether its text is seen. HTML inside `mj-text`,
/// `mj-button`, `mj-table`, `mj-raw` and the like is kept as written. Every node keeps the line of
/// the `.mjml` source it comes from, so findings point into the file the user edits.
///
/// The layout the compiler adds (tables, widths, Outlook conditionals) carries nothing the rules
/// read and is not built. Attribute defaults follow `MJMLAttributeCascade`; the icons, share links
/// and web fonts the compiler adds are added too, because the recipient gets them.
struct MJMLLowering {
    /// The compiled tree, and the `<mj-preview>` text (masked, as written) when there is one.
    struct Result {
        var tree: HTMLTree
        var preview: String?
    }

    private let source: HTMLTree
    private let cascade: MJMLAttributeCascade
    private var writer = MJMLTreeWriter()
    /// Per source node, the output node its children go under (`MJMLLowering.top` for the top
    /// level, `MJMLLowering.dropped` for subtrees that render nothing).
    private var childParent: [Int]
    private var root: Int?
    private var head: Int?
    private var preview: String?
    private var previewElement: Int?
    /// `<mj-font>` declarations, by name, and the first line each font family is used on.
    private var declaredFonts: [(name: String, href: String, line: Int)] = []
    private var usedFonts: [String: Int] = [:]
    private var carouselImageCounts: [Int: Int] = [:]
    /// Per source node, its nearest ancestor (or itself) of each of `MJMLLowering.containerNames`, -1 for none:
    /// inherited in the one forward pass, so no element walks up a hostile nesting thousands deep.
    private var nearest: [[Int32]]

    /// The components that hand attributes or numbering down to their children, nearest first where several apply.
    private static let containerNames = ["mj-social", "mj-navbar", "mj-carousel", "mj-accordion-element", "mj-accordion"]

    private static let top = -1
    private static let dropped = -2

    /// The hidden block mrml puts at the start of the body for `<mj-preview>`.
    static let previewStyle = "display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;"
    /// Components that render nothing a rule reads, or are read elsewhere (`mj-include`: `IncludeResolver`).
    private static let silent: Set<String> = ["mj-attributes", "mj-breakpoint", "mj-html-attributes", "mj-include", "mj-divider", "mj-spacer"]

    static func lower(_ tree: HTMLTree) -> Result {
        var lowering = MJMLLowering(source: tree)
        lowering.run()
        return Result(tree: lowering.writer.tree, preview: lowering.preview)
    }

    private init(source: HTMLTree) {
        self.source = source
        self.cascade = MJMLAttributeCascade(tree: source)
        self.childParent = Array(repeating: MJMLLowering.top, count: source.nodes.count)
        self.nearest = []
    }

    private mutating func run() {
        // A whole document (not a partial) compiles to a page with a DOCTYPE, <html lang> and a charset.
        if let mjml = source.nodes.firstIndex(where: { $0.kind == .element && $0.name == "mjml" }) {
            let line = source.nodes[mjml].line
            root = writer.element("html", [("lang", source.attribute("lang", of: source.nodes[mjml]) ?? "und")], line: line, parent: nil)
            _ = writer.element("meta", [("charset", "UTF-8")], line: line, parent: root)
            writer.setDoctype()
        }
        nearest.reserveCapacity(source.nodes.count)
        for index in source.nodes.indices {
            let node = source.nodes[index]
            var containers = node.parent.map { nearest[$0] } ?? Array(repeating: -1, count: MJMLLowering.containerNames.count)
            if node.kind == .element, let slot = MJMLLowering.containerNames.firstIndex(of: node.name) { containers[slot] = Int32(index) }
            nearest.append(containers)
            var parent = root
            if let sourceParent = node.parent {
                let slot = childParent[sourceParent]
                if slot == MJMLLowering.dropped {
                    childParent[index] = MJMLLowering.dropped
                    continue
                }
                if slot != MJMLLowering.top { parent = slot }
            }
            switch node.kind {
            case .text, .comment:
                if node.kind == .text, let previewElement, node.parent == previewElement { preview = (preview ?? "") + node.text }
                _ = writer.copy(node, of: source, parent: parent)
            case .element:
                childParent[index] = lowerElement(index, parent: parent) ?? MJMLLowering.top
            }
        }
        appendWebFonts()
    }

    /// Writes the elements of the component at `index`; returns where its children go (nil: the top level).
    private mutating func lowerElement(_ index: Int, parent: Int?) -> Int? {
        let node = source.nodes[index]
        let line = node.line
        let name = node.name
        if MJMLLowering.silent.contains(name) { return MJMLLowering.dropped }
        switch name {
        case "html", "head", "body", "mjml", "mj-raw":
            // libxml2's implied elements, the MJML root and raw HTML add no element of their own.
            return parent
        case "mj-head":
            head = writer.element("head", line: line, parent: parent)
            return head
        case "mj-title":
            return writer.element("title", line: line, parent: parent)
        case "mj-preview":
            previewElement = index
            return writer.element("div", [("style", MJMLLowering.previewStyle)], line: line, parent: parent)
        case "mj-style":
            return writer.element("style", line: line, parent: parent)
        case "mj-font":
            if let fontName = attribute("name", index), let href = attribute("href", index) {
                declaredFonts.append((fontName, href, line))
            }
            return MJMLLowering.dropped
        case "mj-body":
            return writer.element("body", [("class", cascade.cssClass(of: index, in: source)),
                                           ("style", style(["background-color": value("background-color", index)]))],
                                  line: line, parent: parent)
        case "mj-section", "mj-wrapper", "mj-hero":
            // `background` makes the extractor read the image as a CSS link and as the text's background.
            return writer.element("div", [("class", cascade.cssClass(of: index, in: source)), ("background", value("background-url", index)),
                                          ("style", style(["background-color": value("background-color", index)]))],
                                  line: line, parent: parent)
        case "mj-column", "mj-group":
            let background = value("inner-background-color", index) ?? value("background-color", index)
            return writer.element("div", [("class", cascade.cssClass(of: index, in: source)), ("style", style(["background-color": background]))],
                                  line: line, parent: parent)
        case "mj-text":
            return writer.element("div", [("style", textStyle(index))], line: line, parent: container(index, parent: parent))
        case "mj-table":
            return writer.element("table", [("style", textStyle(index))], line: line, parent: container(index, parent: parent))
        case "mj-button":
            let style = textStyle(index, extra: ["background-color": value("background-color", index)])
            let wrapper = container(index, parent: parent)
            guard let href = value("href", index) else { return writer.element("p", [("style", style)], line: line, parent: wrapper) }
            return writer.element("a", [("href", href), ("rel", value("rel", index)), ("style", style)], line: line, parent: wrapper)
        case "mj-image":
            image(index, src: value("src", index), alt: value("alt", index), href: value("href", index),
                  width: value("width", index), height: value("height", index), parent: container(index, parent: parent))
            return MJMLLowering.dropped
        case "mj-social", "mj-navbar", "mj-carousel", "mj-accordion", "mj-accordion-element":
            return container(index, parent: parent)
        case "mj-social-element":
            return socialElement(index, parent: parent)
        case "mj-navbar-link":
            let containers = ancestors(of: index, named: ["mj-navbar"])
            let base = containers.first.flatMap { attribute("base-url", $0) } ?? ""
            let href = value("href", index).map { base + $0 }
            return writer.element(href == nil ? "span" : "a", [("href", href), ("style", textStyle(index, containers: containers))],
                                  line: line, parent: container(index, parent: parent))
        case "mj-carousel-image":
            carouselImage(index, parent: parent)
            return MJMLLowering.dropped
        case "mj-accordion-title", "mj-accordion-text":
            let containers = ancestors(of: index, named: ["mj-accordion-element", "mj-accordion"])
            let extra = ["background-color": value("background-color", index, containers: containers)]
            let wrapper = writer.element("div", [("class", cascade.cssClass(of: index, in: source))], line: line, parent: parent)
            if name == "mj-accordion-title" {
                for state in ["wrapped", "unwrapped"] {
                    image(index, src: value("icon-\(state)-url", index, containers: containers),
                          alt: value("icon-\(state)-alt", index, containers: containers), href: nil,
                          width: value("icon-width", index, containers: containers), height: value("icon-height", index, containers: containers),
                          parent: wrapper)
                }
            }
            return writer.element("div", [("style", textStyle(index, containers: containers, extra: extra))], line: line, parent: wrapper)
        default:
            // Unknown components (custom ones need the project's own compiler) show their content.
            if name.hasPrefix("mj-") { return parent }
            return writer.copy(node, of: source, parent: parent)
        }
    }

    /// The block a content component sits in: its `css-class` and `container-background-color`.
    private mutating func container(_ index: Int, parent: Int?) -> Int {
        writer.element("div", [("class", cascade.cssClass(of: index, in: source)),
                               ("style", style(["background-color": value("container-background-color", index)]))],
                       line: source.nodes[index].line, parent: parent)
    }

    /// `mj-social-element`: the network's share link and icon, then the element's text as a second link.
    private mutating func socialElement(_ index: Int, parent: Int?) -> Int {
        let containers = ancestors(of: index, named: ["mj-social"])
        let (href, src) = MJMLSocialNetwork.resolve(name: value("name", index), href: value("href", index, containers: containers),
                                                    src: value("src", index))
        let line = source.nodes[index].line
        let wrapper = container(index, parent: parent)
        if let src {
            let iconSize = value("icon-size", index, containers: containers) ?? "20px"
            image(index, src: src, alt: value("alt", index), href: href, width: iconSize, height: nil, parent: wrapper)
        }
        let hasContent = index + 1 < source.nodes.count && source.nodes[index + 1].parent == index
        guard hasContent else { return MJMLLowering.dropped }
        return writer.element(href == nil ? "span" : "a", [("href", href), ("rel", value("rel", index)),
                                                           ("style", textStyle(index, containers: containers))],
                              line: line, parent: wrapper)
    }

    /// `mj-carousel-image`: its thumbnail (a link to the slide), the slide (linked when it has an
    /// href) and the previous/next arrows the compiler draws for each slide.
    private mutating func carouselImage(_ index: Int, parent: Int?) {
        let carousel = ancestors(of: index, named: ["mj-carousel"])
        let line = source.nodes[index].line
        let src = value("src", index)
        let alt = value("alt", index)
        let number = (carousel.first.flatMap { carouselImageCounts[$0] } ?? 0) + 1
        if let first = carousel.first { carouselImageCounts[first] = number }
        let wrapper = writer.element("div", [("class", cascade.cssClass(of: index, in: source))], line: line, parent: parent)
        if value("thumbnails", index, containers: carousel) != "hidden" {
            image(index, src: value("thumbnails-src", index) ?? src, alt: alt, href: "#\(number)", width: nil, height: nil, parent: wrapper)
        }
        image(index, src: src, alt: alt, href: value("href", index), width: nil, height: nil, parent: wrapper)
        let iconWidth = value("icon-width", index, containers: carousel)
        image(index, src: value("left-icon", index, containers: carousel), alt: "previous", href: nil, width: iconWidth, height: nil, parent: wrapper)
        image(index, src: value("right-icon", index, containers: carousel), alt: "next", href: nil, width: iconWidth, height: nil, parent: wrapper)
    }

    /// An `<img>`, in a link when there is an href. Sizes are kept only as pixels (`auto` and `100%` tell no size).
    private mutating func image(_ index: Int, src: String?, alt: String?, href: String?, width: String?, height: String?, parent: Int) {
        guard let src, !src.isEmpty else { return }
        let line = source.nodes[index].line
        var imageParent = parent
        if let href {
            imageParent = writer.element("a", [("href", href), ("rel", value("rel", index)), ("title", value("title", index))],
                                         line: line, parent: parent)
        }
        _ = writer.element("img", [("src", src), ("alt", alt), ("width", MJMLLowering.pixels(width)),
                                   ("height", MJMLLowering.pixels(height))], line: line, parent: imageParent)
    }

    /// The style the compiler gives text: colour, size and family, as the cascade has them.
    private mutating func textStyle(_ index: Int, containers: [Int] = [], extra: [String: String?] = [:]) -> String? {
        let family = value("font-family", index, containers: containers)
        if let family { noteFontUse(family, line: source.nodes[index].line) }
        var declarations: [String: String?] = ["color": value("color", index, containers: containers),
                                               "font-size": value("font-size", index, containers: containers),
                                               "font-family": family]
        declarations.merge(extra) { $1 }
        return style(declarations)
    }

    private mutating func noteFontUse(_ family: String, line: Int) {
        for name in family.split(separator: ",") {
            var trimmed = Substring(name.trimmingWhitespace())
            while let first = trimmed.first, first == "\"" || first == "'" { trimmed.removeFirst() }
            while let last = trimmed.last, last == "\"" || last == "'" { trimmed.removeLast() }
            if usedFonts[String(trimmed)] == nil { usedFonts[String(trimmed)] = line }
        }
    }

    /// The fonts a component's font-family names are loaded with an `@import` (declared ones before MJML's defaults).
    private mutating func appendWebFonts() {
        var seen: Set<String> = []
        let candidates = declaredFonts + MJMLComponentDefaults.webFonts.map { ($0.name, $0.href, 0) }
        for (name, href, declaredLine) in candidates where !seen.contains(name) {
            seen.insert(name)
            guard let usedLine = usedFonts[name] else { continue }
            let line = declaredLine > 0 ? declaredLine : usedLine
            let sheet = writer.element("style", line: line, parent: head ?? root)
            writer.text("@import url(\(href));", line: line, parent: sheet)
        }
    }

    /// Declarations in a stable order, those without a value left out; nil when none has one.
    private func style(_ declarations: [String: String?]) -> String? {
        let written = declarations.compactMap { name, value in value.map { "\(name):\($0)" } }.sorted()
        return written.isEmpty ? nil : written.joined(separator: ";")
    }

    private func value(_ name: String, _ index: Int, containers: [Int] = []) -> String? {
        cascade.value(name, of: index, in: source, inheritingFrom: containers)
    }

    private func attribute(_ name: String, _ index: Int) -> String? { source.attribute(name, of: source.nodes[index]) }

    /// The nearest ancestor named each of `names` (of `containerNames`), in the order given.
    private func ancestors(of index: Int, named names: [String]) -> [Int] {
        guard let parent = source.nodes[index].parent else { return [] }
        return names.compactMap { name in
            guard let slot = MJMLLowering.containerNames.firstIndex(of: name) else { return nil }
            let ancestor = nearest[parent][slot]
            return ancestor >= 0 ? Int(ancestor) : nil
        }
    }

    /// `60px` or `60` as `60`; nil for `auto`, percentages and anything else.
    static func pixels(_ value: String?) -> String? {
        guard var text = value?.trimmingWhitespace(), !text.isEmpty else { return nil }
        if text.hasSuffix("px") { text.removeLast(2) }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return text
    }
}
