import Foundation

/// Finds `url(…)` references in CSS text (inline styles and `<style>` blocks).
enum CSSURLScanner {
    static func urls(in css: String) -> [String] {
        guard mayContainURL(css) else { return [] }
        var found: [String] = []
        // `url(` and `)` are ASCII and no other character folds to them, so a case-insensitive byte
        // search finds what Foundation's would, and its offsets are character boundaries.
        let bytes = Array(css.utf8)
        var index = 0
        while let open = nextURLOpening(in: bytes, from: index) {
            let valueStart = open + 4
            guard let close = bytes[valueStart...].firstIndex(of: UInt8(ascii: ")")) else { break }
            var value = String(decoding: bytes[valueStart..<close], as: UTF8.self).trimmingWhitespace()
            if let first = value.first, first == "\"" || first == "'" {
                value.removeFirst()
                if value.last == first { value.removeLast() }
            }
            if !value.isEmpty { found.append(value) }
            index = close
        }
        return found
    }

    /// Whether `css` holds `url(` or `URL(` as `TextSearch.contains` finds them, in one pass over
    /// the bytes for ASCII text (every inline style is asked, and nearly none has a `url(`).
    static func mayContainURL(_ css: String) -> Bool {
        var css = css
        let (found, isASCII) = css.withUTF8 { bytes -> (Bool, Bool) in
            var found = false
            var isASCII = true
            var index = 0
            let base = UnsafeRawPointer(bytes.baseAddress)
            let parentheses = SIMD16<UInt8>(repeating: UInt8(ascii: "("))
            let asciiEnd = SIMD16<UInt8>(repeating: 0x80)
            while index < bytes.count {
                // `<style>` blocks run to kilobytes: skip sixteen bytes at once when none is `(` or non-ASCII.
                if let base, index + 16 <= bytes.count {
                    let chunk = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                    if !any((chunk .== parentheses) .| (chunk .>= asciiEnd)) {
                        index += 16
                        continue
                    }
                }
                let end = min(index + 16, bytes.count)
                while index < end {
                    let byte = bytes[index]
                    if byte >= 0x80 {
                        isASCII = false
                    } else if !found, byte == UInt8(ascii: "(") && index >= 3 {
                        let word = (bytes[index - 3], bytes[index - 2], bytes[index - 1])
                        found = word == (UInt8(ascii: "u"), UInt8(ascii: "r"), UInt8(ascii: "l"))
                            || word == (UInt8(ascii: "U"), UInt8(ascii: "R"), UInt8(ascii: "L"))
                    }
                    index += 1
                }
            }
            return (found, isASCII)
        }
        // Without the bytes there is no match; with non-ASCII text a combining mark may break one.
        guard found else { return false }
        return isASCII || TextSearch.contains(css, "url(") || TextSearch.contains(css, "URL(")
    }

    /// Offset of the next `url(` in any letter case.
    private static func nextURLOpening(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 4 <= bytes.count {
            if bytes[index] | 0x20 == UInt8(ascii: "u"), bytes[index + 1] | 0x20 == UInt8(ascii: "r"),
               bytes[index + 2] | 0x20 == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "(") {
                return index
            }
            index += 1
        }
        return nil
    }
}
