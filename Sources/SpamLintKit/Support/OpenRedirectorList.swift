/// Known open-redirect endpoints (`Rules/lists/open-redirectors.txt`): a host, a path prefix and
/// the query parameter that carries the destination, e.g. `google.com /url q`.
public struct OpenRedirectorList: Sendable, Hashable {
    public struct Endpoint: Sendable, Hashable {
        /// Lower-case host; with `matchesSubdomains`, any subdomain of it.
        public var host: String
        public var matchesSubdomains: Bool
        public var pathPrefix: String
        public var parameter: String

        public init(host: String, matchesSubdomains: Bool, pathPrefix: String, parameter: String) {
            self.host = host
            self.matchesSubdomains = matchesSubdomains
            self.pathPrefix = pathPrefix
            self.parameter = parameter
        }

        func covers(host candidate: String, path: String) -> Bool {
            let hostMatches = matchesSubdomains ? candidate.hasSuffix("." + host) : candidate == host
            return hostMatches && path.lowercased().hasPrefix(pathPrefix)
        }
    }

    public private(set) var endpoints: [Endpoint] = []

    public init(_ endpoints: [Endpoint] = []) {
        self.endpoints = endpoints
    }

    /// Parses the list format: `host path-prefix query-param` a line, `#` starts a comment, a
    /// leading `.` on the host means "any subdomain". Lines with fewer than three fields are skipped.
    public init(listText: String) {
        for rawLine in listText.split(whereSeparator: \.isNewline) {
            let fields = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
            guard fields.count >= 3 else { continue }
            let subdomains = fields[0].hasPrefix(".")
            endpoints.append(Endpoint(host: subdomains ? String(fields[0].dropFirst()) : fields[0], matchesSubdomains: subdomains,
                                      pathPrefix: fields[1], parameter: fields[2]))
        }
    }

    public static let builtIn = OpenRedirectorList(listText: BuiltInRuleFiles.text("lists/open-redirectors.txt") ?? "")

    /// The destination a known redirect endpoint wraps, when the URL is one and carries a web URL.
    public func wrappedURL(in url: ParsedURL) -> String? {
        guard let host = url.host else { return nil }
        let path = url.path.isEmpty ? "/" : url.path
        let items = url.queryItems
        for endpoint in endpoints where endpoint.covers(host: host, path: path) {
            if let value = items.first(where: { $0.name == endpoint.parameter })?.value, OpenRedirectorList.isWebURL(value) {
                return value.trimmingWhitespace()
            }
        }
        return nil
    }

    /// `http://…` or `https://…` with a host (what a redirect would send the reader to).
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.trimmingWhitespace().lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        return ParsedURL(lower)?.host.map { !$0.isEmpty } ?? false
    }
}
