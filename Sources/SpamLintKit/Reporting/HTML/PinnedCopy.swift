/// The copy of an HTML body that the report shows in a sandboxed iframe: the body as written, with
/// a Content-Security-Policy and the pin style sheet put first, and each element a finding is about
/// marked in its start tag, so that CSS alone draws the pins (the frame runs no script).
///
/// A mark is a `data-spamlint-pin` attribute (outline, and a numbered `::before` badge) and a
/// `title` (the browser's tooltip; on the badge of a void element), written right after the tag name so that they win over
/// attributes of the same name the email has (the first of two equal attributes counts). Void
/// elements (`<img>`, `<input>`) cannot carry a `::before`, so their badge is a `<spamlint-pin>`
/// element put just before the tag. An element holding hidden text is revealed with an inline
/// style that comes first too, and `!important`, so neither its own style nor a style sheet hides it.
struct PinnedCopy {
    struct Mark {
        /// Pin numbers, space-separated (`3 4` when two findings are about one element).
        var label: String
        /// The tooltip: what the findings say.
        var note: String
        /// True for an element that hides text: the copy shows it.
        var reveal: Bool
    }

    /// The policy of the copy: nothing loads but inline styles and `data:` images and fonts. The
    /// "load remote images" switch of the report replaces `imageSources` by `remoteImageSources`.
    static let imageSources = "img-src data:;"
    static let remoteImageSources = "img-src data: https:;"
    static let policy = "default-src 'none'; \(imageSources) style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'"
    /// Where the report's script puts a style sheet that brings one pin forward.
    static let focusMarker = "<!--spamlint-focus-->"

    /// Tags whose element has no box to pin (it is not displayed), and void tags, whose badge goes before them.
    static let unboxedTags: Set<String> = ["script", "style", "meta", "link", "base", "title", "head", "area", "template", "noscript", "param",
                                           "source", "track", "col", "colgroup", "html"]
    static let voidTags: Set<String> = ["img", "input", "embed", "br", "hr", "wbr", "keygen", "frame"]

    private static let sheet = """
        [data-spamlint-pin]{outline:3px solid #b3261e !important;outline-offset:1px !important;position:relative}\
        [data-spamlint-pin]::before,spamlint-pin::before{content:attr(data-spamlint-pin) !important;position:absolute !important;\
        top:-9px !important;left:-9px !important;z-index:2147483647 !important;display:block !important;min-width:20px !important;\
        height:20px !important;padding:0 5px !important;box-sizing:border-box !important;border-radius:10px !important;\
        background:#b3261e !important;color:#fff !important;font:bold 12px/20px Arial,sans-serif !important;text-align:center !important;\
        visibility:visible !important;opacity:1 !important;white-space:nowrap !important;text-indent:0 !important;\
        box-shadow:0 0 0 2px #fff !important}\
        img[data-spamlint-pin]::before,input[data-spamlint-pin]::before{content:none !important}\
        spamlint-pin{position:absolute !important;display:inline !important;width:0 !important;height:0 !important;\
        visibility:visible !important;opacity:1 !important}\
        spamlint-pin::before{top:2px !important;left:2px !important}
        """

    /// The copy, and the offsets of the marks that were applied (a mark on a tag with no box is not).
    static func make(source: String, marks: [Int: Mark]) -> (text: String, applied: Set<Int>) {
        let bytes = Array(source.utf8)
        let start = FrontMatter.read(bytes)?.bodyOffset ?? 0
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 4096 + marks.count * 160)
        let head = headEnd(in: bytes, from: start)
        output.append(contentsOf: bytes[start..<head])
        output.append(contentsOf: prefix.utf8)
        var copied = head
        var applied: Set<Int> = []
        for offset in marks.keys.sorted() where offset >= head && offset < bytes.count {
            guard let mark = marks[offset], let name = tagName(in: bytes, at: offset), !unboxedTags.contains(name) else { continue }
            let nameEnd = offset + 1 + name.utf8.count
            output.append(contentsOf: bytes[copied..<offset])
            let title = " title=\"\(HTMLText.escape(mark.note))\""
            let isVoid = voidTags.contains(name)
            if isVoid {
                output.append(contentsOf: "<spamlint-pin data-spamlint-pin=\"\(HTMLText.escape(mark.label))\"\(title) aria-hidden=\"true\"></spamlint-pin>".utf8)
            }
            output.append(contentsOf: bytes[offset..<nameEnd])
            // A broken image shows its title where the picture would be: a void element's tooltip is on its badge.
            var attributes = " data-spamlint-pin=\"\(HTMLText.escape(mark.label))\"" + (isVoid ? "" : title)
            if mark.reveal { attributes += " style=\"\(revealStyle(for: name))\"" }
            output.append(contentsOf: attributes.utf8)
            copied = nameEnd
            applied.insert(offset)
        }
        output.append(contentsOf: bytes[copied...])
        return (String(decoding: output, as: UTF8.self), applied)
    }

    /// The policy, the pin style sheet and the focus marker, put before the email's own markup.
    static var prefix: String {
        "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"
            + "<meta http-equiv=\"x-dns-prefetch-control\" content=\"off\">"
            + "<style>\(sheet)</style>\(focusMarker)"
    }

    /// The lower-case name of the start tag at `offset`, or nil when no start tag begins there.
    static func tagName(in bytes: [UInt8], at offset: Int) -> String? {
        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "<"), StartTagLocator.isLetter(bytes[offset + 1]) else { return nil }
        var end = offset + 1
        while end < bytes.count, StartTagLocator.isNameByte(bytes[end]) { end += 1 }
        return String(decoding: bytes[(offset + 1)..<end], as: UTF8.self).lowercased()
    }

    /// After a leading byte order mark, `<?xml …?>` and `<!DOCTYPE …>`: the policy must come after
    /// the doctype (before it, the page would render in quirks mode) and before everything else.
    static func headEnd(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        if bytes[index...].starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while true {
            while index < bytes.count, bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index]) { index += 1 }
            let rest = bytes[index...].prefix(9).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            guard rest.starts(with: Array("<?xml".utf8)) || rest.starts(with: Array("<!doctype".utf8)),
                  let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return index }
            index = close + 1
        }
    }

    /// Shows a hidden element as its kind of box displays, with readable text on a marked background.
    static func revealStyle(for name: String) -> String {
        let display = switch name {
        case "td", "th": "table-cell"
        case "tr": "table-row"
        case "table": "table"
        case "tbody", "thead", "tfoot": "table-row-group"
        case "li": "list-item"
        case "span", "font", "a", "b", "i", "em", "strong", "small", "u", "label", "sup", "sub", "big", "s", "strike", "code": "inline"
        default: "block"
        }
        return "display:\(display) !important;visibility:visible !important;opacity:1 !important;max-height:none !important;"
            + "height:auto !important;max-width:none !important;width:auto !important;overflow:visible !important;"
            + "font-size:13px !important;line-height:1.4 !important;color:#1a1a1a !important;background:#fff2b3 !important;"
            + "mso-hide:none !important;clip:auto !important;position:relative !important"
    }
}
