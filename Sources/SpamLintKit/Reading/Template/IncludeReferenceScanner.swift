/// Finds the partials and layouts a template refers to, in the template syntax the masker found
/// and in MJML's `<mj-include>`, without resolving them.
enum IncludeReferenceScanner {
    /// A reference as written: its name (nil when the template computes it) and where it starts.
    struct Reference: Equatable {
        var name: String?
        var syntax: TemplateInclude.Syntax
        var offset: Int
    }

    static func references(in masked: MaskedTemplate, source: [UInt8]) -> [Reference] {
        var found: [Reference] = []
        // Go templates may define the block they call in the same file; such a call needs nothing else.
        var definedHere: Set<String> = []
        for span in masked.spans {
            let words = tagWords(span.text)
            if words.first == "define", words.count > 1, let name = quoted(words[1]) { definedHere.insert(name) }
        }
        for span in masked.spans where span.role != .comment {
            guard let reference = reference(in: span.text, at: span.range.lowerBound) else { continue }
            if reference.syntax == .goTemplate, let name = reference.name, definedHere.contains(name) { continue }
            found.append(reference)
        }
        found += mjmlIncludes(in: source)
        return found.sorted { $0.offset < $1.offset }
    }

    /// The reference a template tag makes, if it is an include, render, extends, partial or template call.
    static func reference(in tag: String, at offset: Int) -> Reference? {
        if tag.hasPrefix("{{") {
            var body = Substring(tag.dropFirst(2))
            body = body.drop { $0 == "{" || $0 == "~" || $0 == "-" || $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            if body.hasPrefix(">") || body.hasPrefix("#>") {
                let rest = body.drop { $0 == "#" || $0 == ">" }
                let argument = tagWords(String(rest)).first
                return Reference(name: argument.flatMap(partialName), syntax: .handlebarsPartial, offset: offset)
            }
            let words = tagWords(tag)
            if words.count >= 2, words[0] == "template" || words[0] == "partial" {
                return Reference(name: quoted(words[1]), syntax: .goTemplate, offset: offset)
            }
            return nil
        }
        if tag.hasPrefix("{%") {
            let words = tagWords(tag)
            guard let keyword = words.first else { return nil }
            let syntax: TemplateInclude.Syntax
            switch keyword {
            case "include", "include_dnd_partial": syntax = .include
            case "render", "section": syntax = .render
            case "extends": syntax = .extends
            default: return nil
            }
            guard words.count >= 2 else { return Reference(name: nil, syntax: syntax, offset: offset) }
            var argument = words[1]
            if argument.hasPrefix("path=") { argument = String(argument.dropFirst(5)) }
            return Reference(name: quoted(argument) ?? unquotedFileName(argument), syntax: syntax, offset: offset)
        }
        if tag.hasPrefix("<%") {
            let words = tagWords(tag)
            guard words.first == "render", words.count >= 2 else { return nil }
            let argument = words[1] == "partial:" && words.count >= 3 ? words[2] : words[1]
            return Reference(name: quoted(argument.trimmingSuffix(",")), syntax: .erbRender, offset: offset)
        }
        return nil
    }

    /// `<mj-include path="./partials/footer.mjml" />`, anywhere in the source.
    static func mjmlIncludes(in source: [UInt8]) -> [Reference] {
        let opening = Array("<mj-include".utf8)
        var found: [Reference] = []
        var index = 0
        while index + opening.count <= source.count {
            // Compared in place: every `<` of the HTML comes here, and most are other tags.
            guard source[index] == opening[0], source[index..<(index + opening.count)].elementsEqual(opening) else {
                index += 1
                continue
            }
            let tagEnd = source[index...].firstIndex(of: UInt8(ascii: ">")) ?? source.count
            let tag = String(decoding: source[index..<tagEnd], as: UTF8.self)
            found.append(Reference(name: attribute("path", in: tag), syntax: .mjmlInclude, offset: index))
            index = tagEnd
        }
        return found
    }

    /// The words of a tag between its delimiters, split on white space outside quotes.
    static func tagWords(_ tag: String) -> [String] {
        let delimiters: Set<Character> = ["{", "}", "%", "<", ">", "=", "-", "~"]
        var inner = Substring(tag)
        while let first = inner.first, delimiters.contains(first) { inner = inner.dropFirst() }
        while let last = inner.last, delimiters.contains(last) || last.isWhitespace { inner = inner.dropLast() }
        var words: [String] = []
        var word = ""
        var quote: Character?
        for character in inner {
            if let open = quote {
                word.append(character)
                if character == open { quote = nil }
            } else if character.isWhitespace {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                if character == "\"" || character == "'" { quote = character }
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// A Handlebars partial name: bare (`footer`, `partials/footer`), quoted, or nil when computed (`(lookup …)`).
    private static func partialName(_ word: String) -> String? {
        if word.hasPrefix("(") || word.hasPrefix("@") { return nil }
        return quoted(word) ?? word
    }

    /// The text of a string literal (`'x'`, `"x"`), or nil when the word is not one.
    static func quoted(_ word: String) -> String? {
        guard let first = word.first, first == "\"" || first == "'", word.count >= 2 else { return nil }
        guard let close = word.dropFirst().firstIndex(of: first) else { return nil }
        let name = String(word[word.index(after: word.startIndex)..<close])
        return name.isEmpty ? nil : name
    }

    /// Jekyll's unquoted `{% include footer.html %}`: a word with a dot or slash names a file; a bare word is a variable.
    private static func unquotedFileName(_ word: String) -> String? {
        guard word.contains(".") || word.contains("/"), !word.contains("{"), !word.contains("(") else { return nil }
        return word
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        for quote in ["\"", "'"] {
            guard let start = tag.range(of: "\(name)=\(quote)") else { continue }
            let rest = tag[start.upperBound...]
            guard let end = rest.firstIndex(of: Character(quote)) else { return nil }
            let value = String(rest[..<end])
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
