import Foundation

/// Finds bare URLs (`https://…`, `http://…`, `www.…`) in plain text with their line and column.
enum BareURLScanner {
    struct Match: Equatable {
        var url: String
        var line: Int
        var column: Int
    }

    static func scan(_ text: String) -> [Match] {
        var matches: [Match] = []
        // Most text/plain parts hold no URL at all, and most lines of the others none either.
        guard let lines = candidateLines(of: text) else { return [] }
        for (lineNumber, line) in lines {
            var lineText = line
            if let found = lineText.withUTF8({ ASCIIByte.allASCII($0) ? scanASCII($0, line: lineNumber) : nil }) {
                matches += found
                continue
            }
            matches += scanScalars(line, line: lineNumber)
        }
        return matches
    }

    /// One pass over a line's scalars (columns count scalars); matching is case-insensitive.
    static func scanScalars(_ line: Substring, line lineNumber: Int) -> [Match] {
        var matches: [Match] = []
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard let prefixLength = prefixLength(in: scalars, at: index) else {
                index += 1
                continue
            }
            var end = index + prefixLength
            while end < scalars.count, !isTerminator(scalars[end]) { end += 1 }
            while end > index + prefixLength, ".,;:!?)]>".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
            guard end > index + prefixLength else {
                index += prefixLength
                continue
            }
            var url = String.UnicodeScalarView()
            url.append(contentsOf: scalars[index..<end])
            matches.append(Match(url: String(url), line: lineNumber, column: index + 1))
            index = end
        }
        return matches
    }

    /// `scanScalars` on an ASCII line, where scalars are bytes: letters and digits are
    /// the ASCII ones and whitespace is 0x09–0x0D and space.
    static func scanASCII(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < bytes.count {
            let prefixLength: Int
            if ASCIIByte.hasPrefix("https://", in: bytes, at: index) {
                prefixLength = 8
            } else if ASCIIByte.hasPrefix("http://", in: bytes, at: index) {
                prefixLength = 7
            } else if ASCIIByte.hasPrefix("www.", in: bytes, at: index), index == 0 || !continuesWord(bytes[index - 1]) {
                prefixLength = 4
            } else {
                index += 1
                continue
            }
            var end = index + prefixLength
            while end < bytes.count, !ASCIIByte.isWhitespace(bytes[end]), !asciiTerminators.contains(bytes[end]) { end += 1 }
            while end > index + prefixLength, asciiTrailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
            guard end > index + prefixLength else {
                index += prefixLength
                continue
            }
            matches.append(Match(url: ASCIIByte.string(bytes, index..<end), line: line, column: index + 1))
            index = end
        }
        return matches
    }

    /// A letter, digit, `/`, `.` or `@` before `www.` makes it part of a longer word or URL.
    private static func continuesWord(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "@")
    }

    private static let asciiTerminators: [UInt8] = Array("<>\"'`{}|\\^".utf8)
    private static let asciiTrailingPunctuation: [UInt8] = Array(".,;:!?)]>".utf8)

    /// The lines (split at `"\n"` Characters, numbered from 1) that may hold a URL, found in one
    /// pass over the UTF-8 bytes instead of splitting the text into Characters and copying every
    /// line; nil when the text holds no URL at all.
    ///
    /// A `"\n"` right after `"\r"` is part of a `"\r\n"` Character, which does not split a line.
    static func candidateLines(of text: String) -> [(number: Int, line: Substring)]? {
        var text = text
        // `settled`: the line is ASCII, or its first needle has ASCII bytes (or the line's edges) on both sides,
        // where no combining or prepended character can join it to its neighbours, so Foundation finds it too.
        let (lineRanges, textIsASCII): ([(number: Int, range: Range<Int>, settled: Bool)], Bool) = text.withUTF8 { bytes in
            var found: [(number: Int, range: Range<Int>, settled: Bool)] = []
            var textIsASCII = true
            var number = 0
            var start = 0
            while start <= bytes.count {
                number += 1
                var end = start
                var isASCII = true
                var lineMayHoldURL = false
                var needleIsBounded = false
                // Bytes before `singleUntil` are looked at one by one; past it, eight at a time while none
                // of the eight can matter (most bytes of most lines).
                var singleUntil = start
                while end < bytes.count {
                    if end >= singleUntil {
                        if end + 8 <= bytes.count, let base = bytes.baseAddress,
                           !mayMatter(UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)) {
                            end += 8
                            singleUntil = end
                            continue
                        }
                        singleUntil = end + 8
                    }
                    let byte = bytes[end]
                    if byte == 0x0A, end == 0 || bytes[end - 1] != 0x0D { break }
                    if byte >= 0x80 {
                        isASCII = false
                    } else if !lineMayHoldURL, byte == UInt8(ascii: ":") || byte | 0x20 == UInt8(ascii: "w") {
                        lineMayHoldURL = startsURLNeedle(bytes, at: end)
                        if lineMayHoldURL {
                            let after = end + (byte == UInt8(ascii: ":") ? 3 : 4)
                            needleIsBounded = (end == start || bytes[end - 1] < 0x80) && (after >= bytes.count || bytes[after] < 0x80)
                        }
                    }
                    end += 1
                }
                if lineMayHoldURL { found.append((number, start..<end, isASCII || needleIsBounded)) }
                textIsASCII = textIsASCII && isASCII
                start = end + 1
            }
            return (found, textIsASCII)
        }
        // Outside ASCII, Foundation's search decides, for the whole text as for each line.
        // A settled line's needle is one Foundation finds in the whole text as well.
        guard textIsASCII || lineRanges.contains(where: \.settled) || mayHoldURL(text) else { return nil }
        let utf8 = text.utf8
        return lineRanges.compactMap { entry in
            // Line ends are `\n` Characters, so both offsets are Character boundaries.
            let line = text[utf8.index(utf8.startIndex, offsetBy: entry.range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: entry.range.upperBound)]
            guard entry.settled || mayHoldURL(String(line)) else { return nil }
            return (entry.number, line)
        }
    }

    /// True when one of eight bytes (read as one word) is a line feed, a `:`, a `w` or `W`, or not ASCII:
    /// the only bytes the line scan acts on. A zero byte in `word ^ pattern` is a byte equal to the pattern's.
    private static func mayMatter(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return word & highs != 0 || hasZeroByte(word ^ (ones &* 0x0A)) || hasZeroByte(word ^ (ones &* 0x3A))
            || hasZeroByte((word | (ones &* 0x20)) ^ (ones &* 0x77))
    }

    /// True when `://`, `www.`, `WWW.` or `Www.` (the spellings `mayHoldURL` looks for) starts at `index`.
    static func startsURLNeedle(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func has(_ needle: StaticString) -> Bool {
            let count = needle.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != needle.utf8Start[offset] { return false }
            return true
        }
        return has("://") || has("www.") || has("WWW.") || has("Www.")
    }

    /// The cheap test before scanning: `://` or `www.` in the three spellings the scan starts from.
    static func mayHoldURL(_ text: String) -> Bool {
        TextSearch.contains(text, "://") || TextSearch.contains(text, "www.") || TextSearch.contains(text, "WWW.")
            || TextSearch.contains(text, "Www.")
    }

    /// The length of the `https://`, `http://` or `www.` that starts a URL at `index`, if one does.
    private static func prefixLength(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        for prefix in ["https://", "http://"] where hasPrefix(prefix, scalars, at: index) { return prefix.count }
        guard hasPrefix("www.", scalars, at: index) else { return nil }
        // `www.` inside a longer word or URL is not a new URL.
        if index > 0 {
            let previous = scalars[index - 1]
            if previous.properties.isAlphabetic || previous.properties.numericType != nil || "/.@".unicodeScalars.contains(previous) {
                return nil
            }
        }
        return 4
    }

    private static func hasPrefix(_ prefix: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var offset = index
        for expected in prefix.unicodeScalars {
            guard offset < scalars.count else { return false }
            var value = scalars[offset].value
            if (0x41...0x5A).contains(value) { value += 0x20 }
            guard value == expected.value else { return false }
            offset += 1
        }
        return true
    }

    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || "<>\"'`{}|\\^".unicodeScalars.contains(scalar)
    }
}
