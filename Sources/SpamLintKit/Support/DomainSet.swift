/// A set of domains matched against hosts the way SpamAssassin and rspamd lists are:
/// `bit.ly` matches `bit.ly` and `www.bit.ly`; `.page.link` matches only subdomains of `page.link`;
/// `yahoo.*` style globs (freemail list) match one label in place of `*`.
public struct DomainSet: Sendable, Hashable {
    private var domains: Set<String> = []
    private var subdomainsOnly: Set<String> = []
    private var globs: [[Substring]] = []

    public init() {}

    /// Parses a list file: one entry a line, `#` starts a comment.
    public init(listText: String) {
        for rawLine in listText.split(whereSeparator: \.isNewline) {
            let entry = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            insert(entry)
        }
    }

    public init<S: Sequence>(_ entries: S) where S.Element == String {
        for entry in entries { insert(entry) }
    }

    public mutating func insert(_ rawEntry: String) {
        let entry = rawEntry.lowercased()
        guard !entry.isEmpty else { return }
        if entry.contains("*") {
            globs.append(entry.split(separator: ".", omittingEmptySubsequences: false))
        } else if entry.hasPrefix(".") {
            subdomainsOnly.insert(String(entry.dropFirst()))
        } else {
            domains.insert(entry)
        }
    }

    public var count: Int { domains.count + subdomainsOnly.count + globs.count }

    /// The entry that covers `host`, or nil.
    public func match(_ host: String) -> String? {
        let host = host.lowercased()
        if domains.contains(host) { return host }
        var suffix = Substring(host)
        while let dot = suffix.firstIndex(of: ".") {
            suffix = suffix[suffix.index(after: dot)...]
            let candidate = String(suffix)
            if domains.contains(candidate) { return candidate }
            if subdomainsOnly.contains(candidate) { return "." + candidate }
        }
        if !globs.isEmpty {
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            for glob in globs where glob.count == labels.count {
                if zip(glob, labels).allSatisfy({ GlobPattern.segmentMatches(Array($0), Array($1)) }) { return glob.joined(separator: ".") }
            }
        }
        return nil
    }

    public func contains(_ host: String) -> Bool { match(host) != nil }


    public mutating func formUnion(_ other: DomainSet) {
        domains.formUnion(other.domains)
        subdomainsOnly.formUnion(other.subdomainsOnly)
        globs.append(contentsOf: other.globs)
    }
}
