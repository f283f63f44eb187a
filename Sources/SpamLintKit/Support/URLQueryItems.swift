extension ParsedURL {
    /// The path: everything in `rest` before `?` or `#`.
    var path: String {
        var rest = rest
        // ASCII (the usual case): Characters are bytes, and `rest` holds no `\r\n` (the parse drops them).
        if let end = rest.withUTF8({ bytes in
            ASCIIByte.allASCII(bytes) ? (bytes.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.count) : nil
        }) {
            return String(rest.utf8.prefix(end))!
        }
        return String(rest.prefix { $0 != "?" && $0 != "#" })
    }

    /// The query's `name=value` pairs in order, names lower-cased, values percent-decoded and `+`
    /// read as a space (form encoding, as redirect endpoints read them).
    ///
    /// The query is split at the bytes `?`, `#`, `&`, `;` and `=`, as the WHATWG URL and
    /// form-urlencoded parsers split code points (a mark combining with `&` does not hide it).
    var queryItems: [(name: String, value: String)] {
        let bytes = rest.utf8
        guard let questionMark = bytes.firstIndex(of: UInt8(ascii: "?")) else { return [] }
        let query = bytes[bytes.index(after: questionMark)...].prefix { $0 != UInt8(ascii: "#") }
        return query.split(whereSeparator: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: ";") }).map { pair in
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            return (ParsedURL.formDecoded(Substring(parts[0])).lowercased(), parts.count > 1 ? ParsedURL.formDecoded(Substring(parts[1])) : "")
        }
    }

    /// `+` read as a space, then `%XX` decoded (malformed escapes stay as written).
    static func formDecoded(_ text: Substring) -> String {
        var text = text
        // ASCII text: one pass over the bytes gives what the two Character passes below give
        // (an escape is `%` and hex digits, never `+`).
        if let decoded = text.withUTF8({ bytes -> String? in
            guard ASCIIByte.allASCII(bytes) else { return nil }
            guard bytes.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else {
                return String(decoding: bytes, as: UTF8.self)
            }
            var decoded: [UInt8] = []
            decoded.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                    decoded.append(high << 4 | low)
                    index += 3
                } else {
                    decoded.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                    index += 1
                }
            }
            return String(decoding: decoded, as: UTF8.self)
        }) {
            return decoded
        }
        return String(text).replacingOccurrences(of: ["+"], with: " ").removingPercentEncodingLeniently()
    }
}
