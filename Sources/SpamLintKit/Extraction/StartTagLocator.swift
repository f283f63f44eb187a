/// Finds where each element's start tag is written, so that a report can mark that element in a
/// copy of the source (`Link.tagOffset`, `Image.tagOffset`, `HiddenText.tagOffset`).
///
/// Asked once per element in document order, it walks the bytes the HTML parser read (a template's
/// masked HTML) with one forward cursor: libxml2 keeps start tags in source order, so the next start
/// tag is the element's own when the names agree (libxml2 drops a prefix: `<o:p>` is a `p`).
/// An element libxml2 may imply (`<html>`, `<head>`, `<body>`, `<p>`) has no tag of its own when the
/// next tag has another name: it gets nil and the cursor stays. Any other element may step over a
/// few tags libxml2 dropped (a second `<body>`, markup it could not place) to find its own.
/// Upcoming tags are read into a short queue once, so the whole walk reads each byte once.
final class StartTagLocator {
    private struct Tag {
        var offset: Int
        /// `key(of:)` of its name.
        var name: UInt64
    }

    /// How many dropped tags in a row an element may step over to find its own.
    static let lookahead = 8
    /// The tags libxml2 drops when the element is already open (it merges their attributes instead).
    private static let droppableNames: [UInt64] = ["html", "head", "body"].map { key(of: $0.utf8) }
    /// Elements libxml2 creates without a tag: they match only the next tag, past dropped ones.
    private static let impliedNames: [UInt64] = droppableNames + [key(of: "p".utf8)]
    /// Elements whose content libxml2 (2.9) reads as raw text: a `<` inside is not a tag.
    private static let rawTextNames: [UInt64] = ["script", "style"].map { key(of: $0.utf8) }

    /// A tag name as one integer, so that every element is matched without allocating: its local part
    /// (after the last `:`, as libxml2 reads `<o:p>`), lower-cased, packed when it fits in eight bytes,
    /// else its FNV-1a hash with the top bit set (a packed ASCII name never has it).
    static func key<Name: BidirectionalCollection<UInt8>>(of name: Name) -> UInt64 {
        let local = name.lastIndex(of: UInt8(ascii: ":")).map { name[name.index(after: $0)...] } ?? name[...]
        if local.count <= 8 {
            return local.reduce(0) { $0 << 8 | UInt64($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
        }
        let hash = local.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1)) &* 0x100_0000_01b3 }
        return hash | 1 << 63
    }

    private let bytes: [UInt8]
    /// Output placeholders of a template: (source range, length of the token that replaced it in `bytes`).
    private let replacements: [(source: Range<Int>, maskedLength: Int)]
    private var scanOffset = 0
    private var upcoming: [Tag] = []
    /// Replacements before `replacementIndex` end before the offsets asked so far; `shift` is source minus masked there.
    private var replacementIndex = 0
    private var shift = 0
    private var maskedStartOfNext = 0

    /// `masked` is what the parser read; `template`, when given, maps its offsets back to the source.
    init(masked: [UInt8], template: MaskedTemplate?) {
        bytes = masked
        var replacements: [(Range<Int>, Int)] = []
        if let template {
            var tokenIndex = 0
            for span in template.spans where span.role == .output {
                let newlines = span.text.utf8.count { $0 == UInt8(ascii: "\n") }
                replacements.append((span.range, MaskedTemplate.token(tokenIndex).utf8.count + newlines))
                tokenIndex += 1
            }
        }
        self.replacements = replacements
        maskedStartOfNext = replacements.first.map { $0.0.lowerBound } ?? Int.max
    }

    /// The source offset of the start tag of the next element, named `name` (lower-case), or nil.
    func next(named name: String) -> Int? {
        let wanted = StartTagLocator.key(of: name.utf8)
        var index = 0
        while index < StartTagLocator.lookahead {
            if index == upcoming.count {
                guard let tag = readTag() else { return nil }
                upcoming.append(tag)
            }
            let name = upcoming[index].name
            if name == wanted {
                let offset = upcoming[index].offset
                upcoming.removeFirst(index + 1)
                return sourceOffset(ofMasked: offset)
            }
            // An element libxml2 may have implied steps over dropped tags only: a later tag of its name is another element's.
            if StartTagLocator.impliedNames.contains(wanted), !StartTagLocator.droppableNames.contains(name) { return nil }
            index += 1
        }
        return nil
    }

    /// Reads the next start tag after `scanOffset`, stepping over end tags, comments, declarations
    /// and the content of raw-text elements.
    private func readTag() -> Tag? {
        let count = bytes.count
        var index = scanOffset
        while index < count {
            guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else { break }
            index = open + 1
            guard index < count else { break }
            let next = bytes[index]
            if next == UInt8(ascii: "!") {
                if hasPrefix("!--", at: index) {
                    index = find("-->", from: index + 3).map { $0 + 3 } ?? count
                } else {
                    index = bytes[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? count
                }
                continue
            }
            if next == UInt8(ascii: "/") || next == UInt8(ascii: "?") {
                index = bytes[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? count
                continue
            }
            guard StartTagLocator.isLetter(next) else { continue }
            var nameEnd = index
            while nameEnd < count, StartTagLocator.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            let name = StartTagLocator.key(of: bytes[index..<nameEnd])
            let nameBytes = bytes[index..<nameEnd]
            index = StartTagLocator.endOfTag(in: bytes, from: nameEnd)
            if StartTagLocator.rawTextNames.contains(name) {
                index = closingTag(of: nameBytes, from: index) ?? count
            }
            scanOffset = index
            return Tag(offset: open, name: name)
        }
        scanOffset = count
        return nil
    }

    /// The offset after the `>` that ends a start tag whose attributes begin at `start`; a quoted
    /// attribute value may hold `>`.
    static func endOfTag(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var afterEquals = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if afterEquals, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = bytes[(index + 1)...].firstIndex(of: byte) else { return bytes.count }
                index = close + 1
                afterEquals = false
                continue
            }
            if byte == UInt8(ascii: "=") {
                afterEquals = true
            } else if !(byte == 0x20 || (0x09...0x0D).contains(byte)) {
                afterEquals = false
            }
            index += 1
        }
        return bytes.count
    }

    /// Where `</name` starts at or after `start` (ASCII case-insensitive).
    private func closingTag(of name: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        while let open = find("</", from: index) {
            let nameStart = open + 2
            if nameStart + name.count <= bytes.count,
               zip(bytes[nameStart..<(nameStart + name.count)], name).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) }) {
                return open
            }
            index = open + 2
        }
        return nil
    }

    /// Masked offsets are asked in increasing order, so the replacements before one are summed once.
    private func sourceOffset(ofMasked offset: Int) -> Int {
        while replacementIndex < replacements.count, maskedStartOfNext + replacements[replacementIndex].maskedLength <= offset {
            let replacement = replacements[replacementIndex]
            shift += replacement.source.count - replacement.maskedLength
            replacementIndex += 1
            maskedStartOfNext = replacementIndex < replacements.count ? replacements[replacementIndex].source.lowerBound - shift : Int.max
        }
        return offset + shift
    }

    private func hasPrefix(_ text: StaticString, at index: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { bytes[index..<(index + count)].elementsEqual($0) }
    }

    private func find(_ text: StaticString, from start: Int) -> Int? {
        var index = start
        let first = text.withUTF8Buffer { $0[0] }
        while index < bytes.count, let candidate = bytes[index...].firstIndex(of: first) {
            if hasPrefix(text, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }
}
