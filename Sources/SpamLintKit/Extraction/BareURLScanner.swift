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
            matches += scanLine(line, line: lineNumber)
        }
        return matches
    }

    /// One pass over a line's UTF-8 bytes; matching is case-insensitive and columns count scalars.
    /// The prefixes, terminators and trailing punctuation a URL is cut at are ASCII, so they are
    /// matched on bytes (no byte of a multi-byte scalar is ASCII); a non-ASCII scalar is decoded
    /// only where it may end a URL (whitespace) or continue a word before `www.`.
    static func scanLine(_ line: Substring, line lineNumber: Int) -> [Match] {
        var line = line
        return line.withUTF8 { bytes in
            var matches: [Match] = []
            // Scalars before byte `countedUpTo`, counted only when a match needs its column.
            var scalarsBefore = 0
            var countedUpTo = 0
            var index = 0
            while index < bytes.count {
                let folded = bytes[index] | 0x20
                guard folded == UInt8(ascii: "h") || folded == UInt8(ascii: "w"),
                      let prefixLength = prefixLength(in: bytes, at: index) else {
                    index += 1
                    continue
                }
                var end = index + prefixLength
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte < 0x80 {
                        if isASCIIWhitespace(byte) || asciiTerminators.contains(byte) { break }
                        end += 1
                    } else {
                        let (scalar, length) = decodeScalar(bytes, at: end)
                        if scalar.properties.isWhitespace { break }
                        end += length
                    }
                }
                while end > index + prefixLength, asciiTrailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
                guard end > index + prefixLength else {
                    index += prefixLength
                    continue
                }
                for offset in countedUpTo..<index where bytes[offset] & 0xC0 != 0x80 { scalarsBefore += 1 }
                countedUpTo = index
                matches.append(Match(url: String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self),
                                     line: lineNumber, column: scalarsBefore + 1))
                index = end
            }
            return matches
        }
    }

    /// `Unicode.Scalar.Properties.isWhitespace` among ASCII scalars: 0x09–0x0D and space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
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

    /// The length of the `https://`, `http://` or `www.` (any case) that starts a URL at `index`, if one does.
    private static func prefixLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        if hasPrefix("https://", bytes, at: index) { return 8 }
        if hasPrefix("http://", bytes, at: index) { return 7 }
        guard hasPrefix("www.", bytes, at: index) else { return nil }
        // `www.` inside a longer word or URL is not a new URL: a letter, digit, `/`, `.` or `@` before it.
        guard index > 0 else { return 4 }
        let previous = bytes[index - 1]
        if previous < 0x80 {
            let isWordByte = (0x30...0x39).contains(previous) || (0x41...0x5A).contains(previous) || (0x61...0x7A).contains(previous)
            return isWordByte || previous == UInt8(ascii: "/") || previous == UInt8(ascii: ".") || previous == UInt8(ascii: "@") ? nil : 4
        }
        var lead = index - 1
        while bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let scalar = decodeScalar(bytes, at: lead).scalar
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? nil : 4
    }

    /// True when the lowercase ASCII `prefix` starts at `index`, ASCII capitals folded to lowercase.
    private static func hasPrefix(_ prefix: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count {
            var byte = bytes[index + offset]
            if (0x41...0x5A).contains(byte) { byte += 0x20 }
            if byte != prefix.utf8Start[offset] { return false }
        }
        return true
    }

    /// The scalar whose lead byte is at `index` of valid UTF-8 (a Swift string's bytes), and its length.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = lead & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
