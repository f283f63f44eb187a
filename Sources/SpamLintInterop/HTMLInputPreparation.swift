import Glibc

/// Readies HTML bytes for libxml2 so that nothing is lost silently and no tag costs quadratic time.
///
/// - A NUL byte ends libxml2's input: the rest of the document would be dropped without a word. Each
///   becomes U+FFFD, as the HTML standard's tokenizer has it; no newline is added or removed, so every
///   line number stays the source's.
/// - libxml2 compares each attribute of a start tag with every earlier one (its duplicate check), so
///   a tag with n attributes costs n² compares: 50,000 attributes took 5.4 s. Attributes past
///   `maxAttributesPerElement` are blanked out (spaces, newlines kept) before libxml2 sees them, and
///   each such tag is reported.
///
/// The scan is one pass over the bytes. It reads tags as libxml2 does where it matters (a tag starts
/// at `<` and a letter; a quoted value may hold `>`) and skips comments and the raw text of `<script>`
/// and `<style>`, whose `<` starts no tag.
enum HTMLInputPreparation {
    /// Attributes read per element; real email HTML uses a few dozen at most.
    static let maxAttributesPerElement = 1000

    struct Prepared {
        /// The bytes to parse; nil when the input needs no change.
        var bytes: [UInt8]?
        var overflows: [HTMLAttributeOverflow]
    }

    static func prepare(_ input: [UInt8], maxAttributes: Int = maxAttributesPerElement) -> Prepared {
        var blanked: [UInt8]?
        var overflows: [HTMLAttributeOverflow] = []
        var hasNUL = false
        input.withUnsafeBufferPointer { bytes in
            hasNUL = memchr(bytes.baseAddress!, 0, bytes.count) != nil
            var scanner = TagScanner(bytes: bytes, maxAttributes: maxAttributes)
            while let tag = scanner.nextOverflowingTag() {
                if blanked == nil { blanked = input }
                for index in tag.blank where bytes[index] != UInt8(ascii: "\n") { blanked![index] = UInt8(ascii: " ") }
                overflows.append(HTMLAttributeOverflow(element: tag.name, line: tag.line, attributeCount: tag.attributeCount))
            }
        }
        guard hasNUL else { return Prepared(bytes: blanked, overflows: overflows) }
        let source = blanked ?? input
        var replaced: [UInt8] = []
        replaced.reserveCapacity(source.count + 16)
        for byte in source {
            if byte == 0 {
                replaced.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                replaced.append(byte)
            }
        }
        return Prepared(bytes: replaced, overflows: overflows)
    }

    /// A start tag with more attributes than the limit, and the byte range to blank.
    struct OverflowingTag {
        var name: String
        var line: Int
        var attributeCount: Int
        var blank: Range<Int>
    }

    /// Walks the start tags of a document, counting each one's attributes.
    struct TagScanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let maxAttributes: Int
        var position = 0
        /// Newlines are counted lazily, up to `countedTo`, only when a tag is reported.
        private var countedTo = 0
        private var line = 1

        init(bytes: UnsafeBufferPointer<UInt8>, maxAttributes: Int) {
            self.bytes = bytes
            self.maxAttributes = maxAttributes
        }

        mutating func nextOverflowingTag() -> OverflowingTag? {
            while let open = find(UInt8(ascii: "<"), from: position) {
                position = open + 1
                guard position < bytes.count else { return nil }
                let first = bytes[position]
                if first == UInt8(ascii: "!"), starts(with: "!--", at: position) {
                    // An unterminated comment is not skipped: libxml2 does not read it as a comment either.
                    if let end = find("-->", from: position + 3) { position = end + 3 }
                    continue
                }
                guard isASCIILetter(first) else { continue }
                if let tag = scanTag(from: open) { return tag }
            }
            position = bytes.count
            return nil
        }

        /// Reads the tag whose `<` is at `open`, leaving `position` after it.
        private mutating func scanTag(from open: Int) -> OverflowingTag? {
            var index = open + 1
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
                index += 1
            }
            let nameRange = (open + 1)..<index
            var count = 0
            var blankStart: Int?
            while index < bytes.count {
                let byte = bytes[index]
                if isSpace(byte) {
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: ">") { break }
                if byte == UInt8(ascii: "/") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") { break }
                    index += 1
                    continue
                }
                let attributeStart = index
                while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">"),
                      !(bytes[index] == UInt8(ascii: "/") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">")) {
                    index += 1
                }
                var afterName = index
                while afterName < bytes.count, isSpace(bytes[afterName]) { afterName += 1 }
                if afterName < bytes.count, bytes[afterName] == UInt8(ascii: "=") {
                    index = afterName + 1
                    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                        // An unclosed quote runs to the end of the input, as in libxml2.
                        index = find(bytes[index], from: index + 1).map { $0 + 1 } ?? bytes.count
                    } else {
                        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    }
                }
                count += 1
                if count == maxAttributes + 1 { blankStart = attributeStart }
            }
            let end = index
            position = min(end + 1, bytes.count)
            let name = lowercased(nameRange)
            if name == "script" || name == "style" {
                if let close = findClosingTag(name, from: position) { position = close }
            }
            guard let blankStart else { return nil }
            return OverflowingTag(name: name, line: lineNumber(at: open), attributeCount: count, blank: blankStart..<end)
        }

        private mutating func lineNumber(at index: Int) -> Int {
            while countedTo < index {
                if bytes[countedTo] == UInt8(ascii: "\n") { line += 1 }
                countedTo += 1
            }
            return line
        }

        /// Where `</name` starts (any case) at or after `from`.
        private func findClosingTag(_ name: String, from: Int) -> Int? {
            let pattern = Array("</\(name)".utf8)
            var index = from
            while let open = find(UInt8(ascii: "<"), from: index) {
                if open + pattern.count <= bytes.count,
                   (1..<pattern.count).allSatisfy({ bytes[open + $0] | 0x20 == pattern[$0] }) {
                    return open
                }
                index = open + 1
            }
            return nil
        }

        private func lowercased(_ range: Range<Int>) -> String {
            String(decoding: bytes[range].map { isASCIILetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }

        private func starts(with text: StaticString, at index: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            return (0..<count).allSatisfy { bytes[index + $0] == text.utf8Start[$0] }
        }

        private func find(_ byte: UInt8, from: Int) -> Int? {
            guard from < bytes.count else { return nil }
            guard let found = memchr(bytes.baseAddress! + from, Int32(byte), bytes.count - from) else { return nil }
            return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }

        private func find(_ text: StaticString, from: Int) -> Int? {
            var index = from
            while let candidate = find(text.utf8Start[0], from: index) {
                if starts(with: text, at: candidate) { return candidate }
                index = candidate + 1
            }
            return nil
        }

        private func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
        }

        private func isASCIILetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }
    }
}
