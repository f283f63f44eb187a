/// The byte-level parse of an all-ASCII URL, giving exactly what `ParsedURL(unicode:)` gives.
///
/// On ASCII text Characters are bytes (only `\r\n` pairs into one Character, and both of its
/// bytes are whitespace the parse drops), whitespace is 0x09–0x0D and space, and lower-casing is
/// the ASCII one, so the walk can run on bytes without allocating per character.
extension ParsedURL {
    static func parseASCII(_ text: String) -> ParsedURL? {
        var text = text
        return text.withUTF8 { bytes -> ParsedURL? in
            var start = 0
            var end = bytes.count
            while start < end, isASCIIWhitespace(bytes[start]) { start += 1 }
            while end > start, isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
            guard start < end else { return nil }
            let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // Browsers drop tabs and newlines anywhere in a URL (`java\tscript:` is `javascript:`).
            guard trimmed.contains(where: isDroppedControl) else { return parse(trimmed) }
            let kept = trimmed.filter { !isDroppedControl($0) }
            return kept.withUnsafeBufferPointer { parse($0) }
        }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedURL? {
        guard !bytes.isEmpty else { return nil }
        var position = 0
        var scheme: String?
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, isASCIILetter(bytes[0]),
           bytes[0..<colon].allSatisfy(isSchemeByte) {
            scheme = lowercasedString(bytes, 0..<colon)
            position = colon + 1
        }
        var slashes = 0
        while position + slashes < bytes.count, bytes[position + slashes] == UInt8(ascii: "/") || bytes[position + slashes] == UInt8(ascii: "\\") {
            slashes += 1
        }
        guard slashes >= 2, scheme == nil || hierarchicalSchemes.contains(scheme!) else {
            return ParsedURL(scheme: scheme, host: nil, port: nil, hasUserInfo: false, rest: string(bytes, position..<bytes.count))
        }
        position += slashes
        var authorityEnd = position
        while authorityEnd < bytes.count, !isAuthorityEnd(bytes[authorityEnd]) { authorityEnd += 1 }
        var authorityStart = position
        var hasUserInfo = false
        if let at = bytes[position..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) {
            hasUserInfo = true
            authorityStart = at + 1
        }
        var hostRange = authorityStart..<authorityEnd
        var port: Int?
        if authorityStart < authorityEnd, bytes[authorityStart] == UInt8(ascii: "["),
           let close = bytes[authorityStart..<authorityEnd].firstIndex(of: UInt8(ascii: "]")) {
            hostRange = authorityStart..<(close + 1)
            if close + 1 < authorityEnd, bytes[close + 1] == UInt8(ascii: ":") {
                port = Int(string(bytes, (close + 2)..<authorityEnd))
            }
        } else if let colon = bytes[authorityStart..<authorityEnd].lastIndex(of: UInt8(ascii: ":")) {
            hostRange = authorityStart..<colon
            port = colon + 1 == authorityEnd ? nil : Int(string(bytes, (colon + 1)..<authorityEnd))
        }
        return ParsedURL(scheme: scheme, host: normalizedASCIIHost(bytes, hostRange), port: port, hasUserInfo: hasUserInfo,
                         rest: string(bytes, authorityEnd..<bytes.count))
    }

    /// `normalizedHost` for ASCII bytes: lower-cased, trailing dots dropped. Percent escapes may
    /// decode to non-ASCII, so a host with `%` takes the general path.
    private static func normalizedASCIIHost(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        if bytes[range].contains(UInt8(ascii: "%")) { return normalizedHost(string(bytes, range)) }
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        guard end > range.lowerBound else { return nil }
        return lowercasedString(bytes, range.lowerBound..<end)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static func lowercasedString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, byte) in bytes[range].enumerated() {
                buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            }
            return range.count
        }
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    private static func isDroppedControl(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func isAuthorityEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
    }
}
