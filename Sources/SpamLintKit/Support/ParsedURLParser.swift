import SpamLintInterop

/// The one URL parse: a walk over the UTF-8 bytes of the href.
///
/// Every delimiter the parse looks for (`:`, `/`, `\`, `?`, `#`, `@`, `[`, `]`) is ASCII, and in
/// UTF-8 an ASCII byte is never part of a longer sequence, so the walk splits on bytes and reads
/// Unicode scalars only where it must: whitespace at the ends and a non-ASCII or escaped host.
/// Browsers split URLs by code point too (WHATWG URL), so a combining mark after a delimiter does
/// not hide the delimiter.
extension ParsedURL {
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> ParsedURL? {
        var start = 0
        var end = bytes.count
        // Leading whitespace and byte-order marks, trailing whitespace (Unicode White_Space).
        while start < end, let (scalar, length) = scalar(in: bytes, at: start, end: end),
              scalar.properties.isWhitespace || scalar == "\u{FEFF}" {
            start += length
        }
        while end > start, let (scalar, length) = scalar(in: bytes, endingAt: end, start: start), scalar.properties.isWhitespace {
            end -= length
        }
        guard start < end else { return nil }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // Browsers drop tabs and newlines anywhere in a URL (`java\tscript:` is `javascript:`).
        guard trimmed.contains(where: isDroppedControl) else { return parseTrimmed(trimmed) }
        let kept = trimmed.filter { !isDroppedControl($0) }
        return kept.withUnsafeBufferPointer { parseTrimmed($0) }
    }

    private static func parseTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedURL? {
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
        return ParsedURL(scheme: scheme, host: host(bytes, hostRange), port: port, hasUserInfo: hasUserInfo,
                         rest: string(bytes, authorityEnd..<bytes.count))
    }

    /// A plain ASCII host is lower-cased byte by byte with its trailing dots dropped; one with `%`
    /// escapes (which may decode to anything) or non-ASCII letters goes through `normalizedHost`.
    private static func host(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        if bytes[range].contains(where: { $0 == UInt8(ascii: "%") || $0 >= 0x80 }) { return normalizedHost(string(bytes, range)) }
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        guard end > range.lowerBound else { return nil }
        return lowercasedString(bytes, range.lowerBound..<end)
    }

    /// The scalar whose UTF-8 sequence starts at `index`, with its length; nil for a malformed sequence.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, index + length <= end else { return nil }
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]).makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, length)
    }

    /// The scalar whose UTF-8 sequence ends just before `end`, with its length.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, start: Int) -> (Unicode.Scalar, Int)? {
        var lead = end - 1
        while lead > start, end - lead < 4, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard let (scalar, length) = scalar(in: bytes, at: lead, end: end), lead + length == end else { return nil }
        return (scalar, length)
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

    private static func isDroppedControl(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func isAuthorityEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
    }
}
