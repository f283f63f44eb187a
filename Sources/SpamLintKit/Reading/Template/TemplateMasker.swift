/// Finds template syntax (Handlebars/Mustache, Jinja/HubL/Liquid/Nunjucks, Mailchimp merge tags,
/// Salesforce `%%var%%`, ERB and SendGrid `<% %>`) in one pass and masks it for the HTML parser.
enum TemplateMasker {
    static func mask(_ source: [UInt8]) -> MaskedTemplate {
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var spans: [TemplateSpan] = []
        var placeholders: [String] = []
        var index = 0
        var copiedUpTo = 0
        let finder = TerminatorFinder(source)
        while index < source.count {
            // Every tag opens with one of six byte pairs; skip to the next.
            index = nextTagOpening(in: source, from: index)
            guard index < source.count else { break }
            guard let (end, role) = spanEnd(in: source, at: index, finder: finder) else {
                index += 1
                continue
            }
            output.append(contentsOf: source[copiedUpTo..<index])
            let text = String(decoding: source[index..<end], as: UTF8.self)
            spans.append(TemplateSpan(role: role, text: text, range: index..<end))
            let newlines = source[index..<end].lazy.filter { $0 == UInt8(ascii: "\n") }.count
            switch role {
            case .output:
                output.append(contentsOf: MaskedTemplate.token(placeholders.count).utf8)
                placeholders.append(text)
                output.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: newlines))
            case .control, .comment:
                // Same length of blanks keeps both lines and columns of the HTML around it.
                for byte in source[index..<end] {
                    output.append(byte == UInt8(ascii: "\n") ? byte : UInt8(ascii: " "))
                }
            }
            index = end
            copiedUpTo = end
        }
        output.append(contentsOf: source[copiedUpTo...])
        return MaskedTemplate(html: output, spans: spans, placeholders: placeholders)
    }

    /// Offset of the first pair of bytes at or after `start` that `spanEnd` may take as a tag opening
    /// (`{{`, `{%`, `{#`, `*|`, `%%`, `<%`), or `source.count`. Sixteen bytes at a time: the scan
    /// covers every byte of every template, and HTML has a `<` in every tag, so single bytes are not enough.
    static func nextTagOpening(in source: [UInt8], from start: Int) -> Int {
        source.withUnsafeBufferPointer { buffer in
            var index = start
            if let base = UnsafeRawPointer(buffer.baseAddress) {
                typealias Bytes = SIMD16<UInt8>
                while index + 17 <= buffer.count {
                    let byte = base.loadUnaligned(fromByteOffset: index, as: Bytes.self)
                    let next = base.loadUnaligned(fromByteOffset: index + 1, as: Bytes.self)
                    let nextIsPercent = next .== Bytes(repeating: UInt8(ascii: "%"))
                    let braceOpening = (byte .== Bytes(repeating: UInt8(ascii: "{")))
                        .& (next .== Bytes(repeating: UInt8(ascii: "{")) .| nextIsPercent .| (next .== Bytes(repeating: UInt8(ascii: "#"))))
                    let starOpening = (byte .== Bytes(repeating: UInt8(ascii: "*"))) .& (next .== Bytes(repeating: UInt8(ascii: "|")))
                    let percentOpening = (byte .== Bytes(repeating: UInt8(ascii: "%")) .| (byte .== Bytes(repeating: UInt8(ascii: "<")))) .& nextIsPercent
                    if any(braceOpening .| starOpening .| percentOpening) { break }
                    index += 16
                }
            }
            while index + 1 < buffer.count {
                if isTagOpening(buffer[index], buffer[index + 1]) { return index }
                index += 1
            }
            return buffer.count
        }
    }

    private static func isTagOpening(_ byte: UInt8, _ next: UInt8) -> Bool {
        switch (byte, next) {
        case (UInt8(ascii: "{"), UInt8(ascii: "{")), (UInt8(ascii: "{"), UInt8(ascii: "%")), (UInt8(ascii: "{"), UInt8(ascii: "#")),
             (UInt8(ascii: "*"), UInt8(ascii: "|")), (UInt8(ascii: "%"), UInt8(ascii: "%")), (UInt8(ascii: "<"), UInt8(ascii: "%")):
            return true
        default:
            return false
        }
    }

    /// If a template tag starts at `start`, its end (exclusive) and role.
    static func spanEnd(in source: [UInt8], at start: Int, finder: TerminatorFinder) -> (Int, TemplateSpan.Role)? {
        let byte = source[start]
        guard start + 1 < source.count else { return nil }
        let next = source[start + 1]
        switch (byte, next) {
        case (UInt8(ascii: "{"), UInt8(ascii: "{")):
            return handlebars(source, start, finder)
        case (UInt8(ascii: "{"), UInt8(ascii: "%")):
            guard let end = finder.find("%}", from: start + 2) else { return nil }
            // Liquid's `{% comment %}…{% endcomment %}` is one comment, its content never sent.
            let words = String(decoding: source[(start + 2)..<(end - 2)], as: UTF8.self)
                .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            if words == ["comment"], let close = finder.find("endcomment", from: end),
               let closeEnd = finder.find("%}", from: close) {
                return (closeEnd, .comment)
            }
            return (end, .control)
        case (UInt8(ascii: "{"), UInt8(ascii: "#")):
            return finder.find("#}", from: start + 2, limit: 4096).map { ($0, .comment) }
        case (UInt8(ascii: "*"), UInt8(ascii: "|")):
            guard let end = finder.find("|*", from: start + 2, limit: 256) else { return nil }
            let name = String(decoding: source[(start + 2)..<(end - 2)], as: UTF8.self).uppercased()
            guard !name.isEmpty, !name.contains(" ") || name.hasPrefix("IF:") else { return nil }
            let isControl = name.hasPrefix("IF:") || name.hasPrefix("IFNOT:") || name.hasPrefix("ELSE")
                || name.hasPrefix("END:") || name.hasPrefix("ELSEIF:") || name.hasPrefix("INTERESTED:")
            return (end, isControl ? .control : .output)
        case (UInt8(ascii: "%"), UInt8(ascii: "%")):
            return salesforce(source, start, finder)
        case (UInt8(ascii: "<"), UInt8(ascii: "%")):
            guard let end = finder.find("%>", from: start + 2) else { return nil }
            let third = start + 2 < source.count ? source[start + 2] : 0
            if third == UInt8(ascii: "#") { return (end, .comment) }
            if third == UInt8(ascii: "=") || third == UInt8(ascii: "-") { return (end, .output) }
            // SendGrid substitution tags (`<%asm_group_unsubscribe_raw_url%>`, `<%body%>`) render values.
            let inner = source[(start + 2)..<(end - 2)]
            let isIdentifier = !inner.isEmpty && inner.allSatisfy { isIdentifierByte($0) }
            return (end, isIdentifier ? .output : .control)
        default:
            return nil
        }
    }

    private static func handlebars(_ source: [UInt8], _ start: Int, _ finder: TerminatorFinder) -> (Int, TemplateSpan.Role)? {
        if startsWith("{{!--", source, start) {
            return finder.find("--}}", from: start + 5).map { ($0, .comment) }
        }
        if startsWith("{{{", source, start) {
            return finder.find("}}}", from: start + 3, limit: 4096).map { ($0, .output) }
        }
        guard var end = finder.find("}}", from: start + 2, limit: 4096) else { return nil }
        // Braze attributes inside Liquid (`{{${first_name}}}`, `{{content_blocks.${footer}}}`): the
        // `}` closing `${` comes first, so the tag ends one brace later.
        if end < source.count, source[end] == UInt8(ascii: "}"), holdsBrazeAttribute(source[(start + 2)..<(end - 2)]) { end += 1 }
        var first = start + 2
        while first < end - 2, source[first] == UInt8(ascii: " ") || source[first] == UInt8(ascii: "~") || source[first] == UInt8(ascii: "-") {
            first += 1
        }
        let sigil = first < end - 2 ? source[first] : 0
        switch sigil {
        case UInt8(ascii: "!"): return (end, .comment)
        case UInt8(ascii: "#"), UInt8(ascii: "/"), UInt8(ascii: "^"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "*"):
            return (end, .control)
        default:
            let word = source[first..<min(end - 2, first + 5)]
            if startsWith("else", Array(word), 0) { return (end, .control) }
            return (end, .output)
        }
    }

    /// A `${` whose `}` is not in the text (it is the first brace of the tag's closing `}}`).
    private static func holdsBrazeAttribute(_ inner: ArraySlice<UInt8>) -> Bool {
        guard let dollar = inner.indices.last(where: { inner[$0] == UInt8(ascii: "$") && $0 + 1 < inner.endIndex && inner[$0 + 1] == UInt8(ascii: "{") })
        else { return false }
        return !inner[(dollar + 2)...].contains(UInt8(ascii: "}"))
    }

    private static func salesforce(_ source: [UInt8], _ start: Int, _ finder: TerminatorFinder) -> (Int, TemplateSpan.Role)? {
        if startsWith("%%[", source, start) {
            return finder.find("]%%", from: start + 3).map { ($0, .control) }
        }
        guard let end = finder.find("%%", from: start + 2, limit: 512) else { return nil }
        let inner = source[(start + 2)..<(end - 2)]
        guard !inner.isEmpty, !inner.contains(UInt8(ascii: "\n")) else { return nil }
        // `%%=RedirectTo(@url)=%%` and `%%FirstName%%` both render a value; `100%% off` is not a tag.
        let isExpression = inner.first == UInt8(ascii: "=")
        let isName = inner.first != UInt8(ascii: " ") && inner.last != UInt8(ascii: " ")
            && inner.allSatisfy({ isIdentifierByte($0) || $0 == UInt8(ascii: " ") })
        guard isExpression || isName else { return nil }
        return (end, .output)
    }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    static func startsWith(_ prefix: String, _ source: [UInt8], _ start: Int) -> Bool {
        let bytes = Array(prefix.utf8)
        guard start + bytes.count <= source.count else { return false }
        for offset in 0..<bytes.count where source[start + offset] != bytes[offset] { return false }
        return true
    }

    /// End (exclusive) of the first `terminator` at or after `from`, searching at most `limit` bytes.
    static func find(_ terminator: String, in source: [UInt8], from: Int, limit: Int = 65_536) -> Int? {
        let bytes = Array(terminator.utf8)
        let last = min(source.count - bytes.count, from + limit)
        guard from <= last else { return nil }
        var index = from
        while index <= last {
            if source[index] == bytes[0] {
                var matches = true
                for offset in 1..<bytes.count where source[index + offset] != bytes[offset] {
                    matches = false
                    break
                }
                if matches { return index + bytes.count }
            }
            index += 1
        }
        return nil
    }
}
