/// A set of domains matched against hosts the way SpamAssassin and rspamd lists are:
/// `bit.ly` matches `bit.ly` and `www.bit.ly`; `.page.link` matches only subdomains of `page.link`;
/// `yahoo.*` style globs (freemail list) match one label in place of `*`.
@_spi(CLI) public struct DomainSet: Sendable, Hashable {
    /// A built-in list this set extends, parsed on first use (see `BuiltInDomainList`).
    private var builtIn: BuiltInDomainList?
    /// Entries given directly (list text, config additions).
    private var own = DomainEntries()

    @_spi(CLI) public init() {}

    /// Parses a list file: one entry a line, `#` starts a comment.
    @_spi(CLI) public init(listText: String) {
        own = DomainEntries(listText: listText)
    }

    @_spi(CLI) public init<S: Sequence>(_ entries: S) where S.Element == String {
        for entry in entries { insert(entry) }
    }

    init(builtIn: BuiltInDomainList) {
        self.builtIn = builtIn
    }

    @_spi(CLI) public mutating func insert(_ rawEntry: String) {
        own.insert(rawEntry)
    }

    @_spi(CLI) public var count: Int {
        guard let builtIn else { return own.domains.count + own.subdomainsOnly.count + own.globs.count }
        let base = builtIn.entries
        return base.domains.union(own.domains).count + base.subdomainsOnly.union(own.subdomainsOnly).count
            + base.globs.count + own.globs.count
    }

    /// The entry that covers `host`, or nil.
    @_spi(CLI) public func match(_ host: String) -> String? {
        // The built-in list first, as its entries were there before any were added.
        guard let builtIn else {
            // An empty set (no `allowed-link-domains` configured, the usual case) covers nothing.
            return own.isEmpty ? nil : DomainSet.match(host.lowercased(), in: own, and: nil)
        }
        // Remembered answers only for ASCII hosts: String keys compare by canonical equivalence,
        // and two equivalent non-ASCII spellings would share the first one's answer text.
        guard own.isEmpty, TextSearch.isASCII(host) else {
            return DomainSet.match(host.lowercased(), in: builtIn.entries, and: own.isEmpty ? nil : own)
        }
        return builtIn.matches.match(host) { DomainSet.match(host.lowercased(), in: builtIn.entries, and: nil) }
    }

    private static func match(_ host: String, in first: DomainEntries, and second: DomainEntries?) -> String? {
        if first.domains.contains(host) || second?.domains.contains(host) == true { return host }
        var suffix = Substring(host)
        while let dot = suffix.utf8.firstIndex(of: UInt8(ascii: ".")) {
            suffix = suffix[suffix.index(after: dot)...]
            let candidate = String(suffix)
            if first.domains.contains(candidate) || second?.domains.contains(candidate) == true { return candidate }
            if first.subdomainsOnly.contains(candidate) || second?.subdomainsOnly.contains(candidate) == true { return "." + candidate }
        }
        guard !first.globs.isEmpty || second?.globs.isEmpty == false else { return nil }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        for glob in first.globs + (second?.globs ?? []) where glob.count == labels.count {
            if zip(glob, labels).allSatisfy({ GlobPattern.segmentMatches(Array($0), Array($1)) }) { return glob.joined(separator: ".") }
        }
        return nil
    }

    @_spi(CLI) public func contains(_ host: String) -> Bool { match(host) != nil }

    @_spi(CLI) public mutating func formUnion(_ other: DomainSet) {
        if let otherBuiltIn = other.builtIn, otherBuiltIn != builtIn { own.formUnion(otherBuiltIn.entries) }
        own.formUnion(other.own)
    }
}
