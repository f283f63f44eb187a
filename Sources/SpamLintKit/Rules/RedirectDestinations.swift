import Foundation

/// Where a link that names its target in the query ends up: `tracker.example/c?url=https%3A%2F%2Fshop.example`
/// goes to shop.example. Click trackers, open redirects and "next=" return addresses all carry the
/// destination this way; the rules compare the link text with it, and a target that is itself such
/// a link is a nested redirect.
struct RedirectDestinations {
    /// At most this many levels are followed (rspamd follows redirect chains a few levels deep too);
    /// a chain that goes deeper is cut there and `reachedLimit` says so.
    static let levelLimit = 4
    /// At most this many URLs are looked at over all levels: a query with dozens of URL values
    /// cannot make one link cost more than that.
    static let urlLimit = 16

    /// Hosts of the URLs at the end of every chain (no further target in their query), in order,
    /// without repeats. Empty when the link names no target.
    private(set) var finalHosts: [String] = []
    /// True when a chain was cut at `levelLimit` or `urlLimit`.
    private(set) var reachedLimit = false

    /// No destinations (a href that does not parse).
    static let none = RedirectDestinations()

    private init() {}

    init(of url: ParsedURL) {
        var level = [url]
        var looked = 0
        for depth in 0...RedirectDestinations.levelLimit {
            var next: [ParsedURL] = []
            for current in level {
                let targets = RedirectDestinations.wrappedURLs(in: current)
                let room = RedirectDestinations.urlLimit - looked
                if targets.isEmpty || depth == RedirectDestinations.levelLimit || room <= 0 {
                    reachedLimit = reachedLimit || !targets.isEmpty
                    // The link itself is no destination; a URL where the chain is cut stands for the rest of it.
                    if depth > 0, let host = current.host, !finalHosts.contains(host) { finalHosts.append(host) }
                    continue
                }
                let taken = targets.prefix(room)
                looked += taken.count
                reachedLimit = reachedLimit || taken.count < targets.count
                next.append(contentsOf: taken)
            }
            if next.isEmpty { break }
            level = next
        }
    }

    /// The link's href parsed, when it is the URL the link was read as (a template tracking tag
    /// such as `{{ TrackLink "https://…" }}` is read as the URL it names, which is no redirect).
    static func href(of link: Link) -> ParsedURL? {
        guard let url = ParsedURL(link.href), url.host == link.host else { return nil }
        return url
    }

    /// The http(s) URLs in the query values of `url`, decoded (`%XX`, `+`), in order, then one
    /// written into its path (`/redirect/https://…`, `web.archive.org/web/2019/https://…`,
    /// `/Clickthrough/…/*http://…`).
    static func wrappedURLs(in url: ParsedURL) -> [ParsedURL] {
        guard queryMayCarryWebURL(url.rest) else { return [] }
        var found = url.queryItems.compactMap { item in
            OpenRedirectorList.isWebURL(item.value) ? ParsedURL(item.value.trimmingWhitespace()) : nil
        }
        if let embedded = urlInPath(url.path) { found.append(embedded) }
        return found
    }

    /// The last `http://` or `https://` (also percent-encoded) after the first byte of the path, to
    /// the end of the path, when it parses to a host name or IP address (a path that merely holds
    /// `http:` in a word does not).
    static func urlInPath(_ path: String) -> ParsedURL? {
        var path = path
        // No non-ASCII character lower-cases to a letter of these, so their ASCII-case-blind bytes are where
        // they occur in the lower-cased path.
        guard let offset = path.withUTF8({ bytes in
            (1..<max(1, bytes.count)).reversed().first { index in
                pathURLStarts.contains { ASCIIByte.hasPrefix($0, in: bytes, at: index) }
            }
        }) else { return nil }
        let tail = String(path.utf8.dropFirst(offset)) ?? ""
        // Percent-decoded only: a `+` in a path is a plus, not a form-encoded blank.
        let candidate = tail.contains("%") ? tail.removingPercentEncodingLeniently() : tail
        guard OpenRedirectorList.isWebURL(candidate), let embedded = ParsedURL(candidate.trimmingWhitespace()),
              let host = embedded.host, DomainMention.looksLikeDomain(host) || IPAddressLiteral.isLiteral(host) else { return nil }
        return embedded
    }

    private static let pathURLStarts: [StaticString] = ["https://", "http://", "https%3a%2f%2f", "http%3a%2f%2f"]

    /// False when no query value can decode to an http(s) URL: decoding turns only `%XX` into other
    /// characters (`+` becomes a blank, which is trimmed), and no non-ASCII character lower-cases to
    /// h, t or p, so such a value needs a `%` or "http" in some letter case in the raw text.
    static func queryMayCarryWebURL(_ rest: String) -> Bool {
        var rest = rest
        return rest.withUTF8 { bytes in
            guard bytes.count >= 4 else { return bytes.contains(UInt8(ascii: "%")) }
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == UInt8(ascii: "%") { return true }
                if byte | 0x20 == UInt8(ascii: "h"), index + 3 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "t"),
                   bytes[index + 2] | 0x20 == UInt8(ascii: "t"), bytes[index + 3] | 0x20 == UInt8(ascii: "p") { return true }
            }
            return false
        }
    }
}
