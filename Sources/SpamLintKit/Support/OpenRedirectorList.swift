/// Known open-redirect endpoints (`Rules/lists/open-redirectors.txt`): a host, a path prefix and
/// the query parameter that carries the destination, e.g. `google.com /url q`.
@_spi(CLI) public struct OpenRedirectorList: Sendable, Hashable {
    @_spi(CLI) public struct Endpoint: Sendable, Hashable {
        /// Lower-case host; with `matchesSubdomains`, any subdomain of it.
        @_spi(CLI) public var host: String
        @_spi(CLI) public var matchesSubdomains: Bool
        @_spi(CLI) public var pathPrefix: String
        @_spi(CLI) public var parameter: String

        @_spi(CLI) public init(host: String, matchesSubdomains: Bool, pathPrefix: String, parameter: String) {
            self.host = host
            self.matchesSubdomains = matchesSubdomains
            self.pathPrefix = pathPrefix
            self.parameter = parameter
        }

        /// The endpoint's host, or with `matchesSubdomains` one of its subdomains; the caller checks the path.
        func coversHost(_ candidate: String) -> Bool {
            matchesSubdomains ? OpenRedirectorList.isSubdomain(candidate, of: host) : candidate == host
        }
    }

    @_spi(CLI) public private(set) var endpoints: [Endpoint] = []

    @_spi(CLI) public init(_ endpoints: [Endpoint] = []) {
        self.endpoints = endpoints
    }

    /// Parses the list format: `host path-prefix query-param` a line, `#` starts a comment, a
    /// leading `.` on the host means "any subdomain". Lines with fewer than three fields are skipped.
    @_spi(CLI) public init(listText: String) {
        for rawLine in listText.split(whereSeparator: \.isNewline) {
            let fields = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
            guard fields.count >= 3 else { continue }
            let subdomains = fields[0].hasPrefix(".")
            endpoints.append(Endpoint(host: subdomains ? String(fields[0].dropFirst()) : fields[0], matchesSubdomains: subdomains,
                                      pathPrefix: fields[1], parameter: fields[2]))
        }
    }

    @_spi(CLI) public static let builtIn = OpenRedirectorList(listText: BuiltInRuleFiles.text("lists/open-redirectors.txt") ?? "")

    /// The destination a known redirect endpoint wraps, when the URL is one and carries a web URL.
    @_spi(CLI) public func wrappedURL(in url: ParsedURL) -> String? {
        guard let host = url.host else { return nil }
        // Most links are on no listed endpoint: read the path and split the query only for one that is.
        var lowercasedPath: String?
        var items: [(name: String, value: String)]?
        for endpoint in endpoints where endpoint.coversHost(host) {
            let path = lowercasedPath ?? (url.path.isEmpty ? "/" : url.path).lowercased()
            lowercasedPath = path
            guard path.hasPrefix(endpoint.pathPrefix) else { continue }
            if items == nil { items = url.queryItems }
            if let value = items?.first(where: { $0.name == endpoint.parameter })?.value, OpenRedirectorList.isWebURL(value) {
                return value.trimmingWhitespace()
            }
        }
        return nil
    }

    /// `candidate.hasSuffix("." + domain)`, compared as bytes when both are ASCII (where
    /// Characters are bytes and nothing joins a `.`), without building the dotted suffix.
    static func isSubdomain(_ candidate: String, of domain: String) -> Bool {
        var candidateText = candidate
        var domainText = domain
        let answer: Bool? = candidateText.withUTF8 { candidateBytes in
            domainText.withUTF8 { domainBytes in
                guard ASCIIByte.allASCII(candidateBytes), ASCIIByte.allASCII(domainBytes) else { return nil }
                let dot = candidateBytes.count - domainBytes.count - 1
                guard dot >= 0, candidateBytes[dot] == UInt8(ascii: ".") else { return false }
                return candidateBytes[(dot + 1)...].elementsEqual(domainBytes)
            }
        }
        return answer ?? candidate.hasSuffix("." + domain)
    }

    /// `http://…` or `https://…` with a host (what a redirect would send the reader to).
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.trimmingWhitespace().lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        return ParsedURL(lower)?.host.map { !$0.isEmpty } ?? false
    }
}
