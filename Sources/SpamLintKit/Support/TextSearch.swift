import Foundation

/// Substring search that answers as Foundation's `contains(_:)` does (canonically equivalent
/// text matches) but works on UTF-8 bytes whenever that cannot change the answer.
///
/// Foundation's search goes through CFString and UTF-16 for every call; rules and extractors ask
/// it thousands of times a file, and it was a third of the run time on real templates.
enum TextSearch {
    /// True when `needle` occurs in `haystack`, as `haystack.contains(needle)` with Foundation.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty else { return foundationContains(haystack, needle) }
        let needleIsASCII = isASCII(needle)
        if isASCII(haystack) {
            // Canonical equivalence is identity on ASCII, and no non-ASCII text is equivalent to ASCII text.
            return needleIsASCII && byteRange(of: needle, in: haystack) != nil
        }
        // An ASCII needle matches only where its bytes occur; Foundation then decides whether a
        // combining mark after the match breaks it.
        if needleIsASCII, byteRange(of: needle, in: haystack) == nil { return false }
        return foundationContains(haystack, needle)
    }

    /// True when every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(ASCIIByte.allASCII)
    }

    /// Byte offsets of the first occurrence of `needle` in the UTF-8 of `haystack` at or after `from`.
    static func byteRange(of needle: String, in haystack: String, from: Int = 0) -> Range<Int>? {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in firstRange(of: pattern, in: text, from: from) }
        }
    }

    static func firstRange(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from: Int) -> Range<Int>? {
        guard let first = pattern.first, pattern.count <= text.count else { return nil }
        let last = text.count - pattern.count
        var index = max(0, from)
        while index <= last {
            if text[index] == first {
                var offset = 1
                while offset < pattern.count, text[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return index..<(index + pattern.count) }
            }
            index += 1
        }
        return nil
    }

    private static func foundationContains(_ haystack: String, _ needle: String) -> Bool {
        haystack.contains(needle)
    }
}
