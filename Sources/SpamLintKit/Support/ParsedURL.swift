import SpamLintInterop

/// The parts of a URL that rules look at, parsed leniently the way mail clients and browsers
/// read hrefs (backslashes as slashes, surrounding whitespace ignored).
@_spi(CLI) public struct ParsedURL: Sendable, Hashable {
    /// Lower-case scheme, nil for relative URLs.
    @_spi(CLI) public var scheme: String?
    /// Lower-case host in ASCII (IDNs converted with IDNA), nil when there is none.
    @_spi(CLI) public var host: String?
    @_spi(CLI) public var port: Int?
    @_spi(CLI) public var hasUserInfo: Bool
    /// The path, query and fragment after the authority.
    @_spi(CLI) public var rest: String

    @_spi(CLI) public init(scheme: String?, host: String?, port: Int?, hasUserInfo: Bool, rest: String) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.hasUserInfo = hasUserInfo
        self.rest = rest
    }

    /// Parses `text`; returns nil only for empty input.
    @_spi(CLI) public init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ ParsedURL.parse(utf8: $0) }) else { return nil }
        self = parsed
    }

    static let hierarchicalSchemes: Set<String> = ["http", "https", "ftp", "ftps", "ws", "wss"]

    /// Lower-cases, percent-decodes and converts an IDN host to ASCII.
    static func normalizedHost(_ raw: String) -> String? {
        var host = raw.removingPercentEncodingLeniently().lowercased().trimmingTrailingDots()
        guard !host.isEmpty else { return nil }
        if !host.allSatisfy(\.isASCII) {
            // Full-width dots (U+3002 and friends) separate labels too.
            host = host.replacingOccurrences(of: ["\u{3002}", "\u{FF0E}", "\u{FF61}"], with: ".")
            host = IDNA.toASCII(host) ?? host
        }
        return host
    }
}

extension String {
    func trimmingWhitespace() -> String {
        // Most values (attribute values, CSS declarations) have nothing to trim: a visible ASCII
        // character at both ends starts and ends a non-space Character.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace || first == "\u{FEFF}" { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    func replacingOccurrences(of targets: [String], with replacement: String) -> String {
        var result = self
        for target in targets {
            result = result.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
        }
        return result
    }

    /// Decodes `%XX` sequences; malformed ones stay as written.
    func removingPercentEncodingLeniently() -> String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        let utf8 = Array(self.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}
