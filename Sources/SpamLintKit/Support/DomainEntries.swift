/// The parsed entries of one domain list, in the three forms `DomainSet` matches.
struct DomainEntries: Sendable, Hashable {
    var domains: Set<String> = []
    var subdomainsOnly: Set<String> = []
    var globs: [[Substring]] = []

    init() {}

    /// Parses a list file: one entry a line, `#` starts a comment, the first word is the entry.
    init(listText: String) {
        var text = listText
        let isASCII = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        guard isASCII else {
            // Unicode line breaks (U+2028, NEL) only exist outside ASCII: take the Character path.
            for rawLine in listText.split(whereSeparator: \.isNewline) {
                insert(DomainEntries.firstWord(of: rawLine))
            }
            return
        }
        // The shipped lists are ASCII and thousands of lines long: split them as bytes, so that a
        // run that needs one list pays microseconds, not milliseconds, for it.
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                var lineEnd = index
                while lineEnd < bytes.count, !DomainEntries.isLineBreak(bytes[lineEnd]) { lineEnd += 1 }
                var start = index
                while start < lineEnd, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
                var end = start
                while end < lineEnd, bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: "\t"), bytes[end] != UInt8(ascii: "#") { end += 1 }
                if end > start {
                    insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                index = lineEnd + 1
            }
        }
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// The entry of one list line: the text before any `#`, up to the first space or tab.
    private static func firstWord(of line: Substring) -> String {
        line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
    }

    mutating func insert(_ rawEntry: String) {
        let entry = rawEntry.lowercased()
        guard !entry.isEmpty else { return }
        if entry.utf8.contains(UInt8(ascii: "*")) {
            globs.append(entry.split(separator: ".", omittingEmptySubsequences: false))
        } else if entry.utf8.first == UInt8(ascii: ".") {
            subdomainsOnly.insert(String(entry.dropFirst()))
        } else {
            domains.insert(entry)
        }
    }

    mutating func formUnion(_ other: DomainEntries) {
        domains.formUnion(other.domains)
        subdomainsOnly.formUnion(other.subdomainsOnly)
        globs.append(contentsOf: other.globs)
    }

    var isEmpty: Bool { domains.isEmpty && subdomainsOnly.isEmpty && globs.isEmpty }
}
