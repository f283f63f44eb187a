import SpamLintInterop

/// Finds what a piece of visible text presents as a web address or domain: `https://x.example/…`,
/// `www.x.example`, or a bare `x.example` whose top-level domain the Public Suffix List knows. Only
/// text that looks like a host name counts: `http://LOSEweightFAST!/`, `https://same-link-as-button.url/`
/// and the file names `README.md`, `invoice.pdf`, `setup.zip` name no site.
enum DomainMention {
    /// The host the text shows, when the whole text (trimmed) is a URL or a domain.
    static func host(shownBy text: String) -> String? {
        var candidate = text.trimmingWhitespace()
        while let last = candidate.last, ".,;:!?)]>".contains(last) { candidate.removeLast() }
        while let first = candidate.first, "([<".contains(first) { candidate.removeFirst() }
        guard !candidate.isEmpty, !candidate.contains(where: \.isWhitespace) else { return nil }
        let lower = candidate.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            return ParsedURL(candidate)?.host.flatMap { looksLikeDomain($0) ? $0 : nil }
        }
        if lower.hasPrefix("www.") {
            return ParsedURL("http://" + candidate)?.host.flatMap { looksLikeDomain($0) ? $0 : nil }
        }
        guard !lower.contains("@"), lower.contains(".") else { return nil }
        let hostPart = String(lower.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
        // `name.md` alone is a file; `name.md/path` or `docs.name.md` is written as a site.
        if hostPart.count == lower.count, hostPart.split(separator: ".").count == 2,
           let last = hostPart.split(separator: ".").last, fileExtensionTopLevelDomains.contains(String(last)) { return nil }
        return looksLikeDomain(hostPart) && hasCommonTopLevelDomain(hostPart) ? hostPart : nil
    }

    /// Country codes that are far more often a file extension in link text (Markdown, shell, Python,
    /// Rust, Perl, PostScript, shared-library files) than a site of that country. The gTLDs that read
    /// as files (`zip`, `mov`) are not common TLDs, so bare text never names them anyway.
    static let fileExtensionTopLevelDomains: Set<String> = ["md", "sh", "py", "rs", "pm", "ps", "so"]

    /// Every address or domain-like token mentioned in free text (a display name).
    static func domains(mentionedIn text: String) -> [String] {
        var found: [String] = []
        for token in tokens(of: text.lowercased()) {
            var word = String(token)
            while let last = word.last, ".!?".contains(last) { word.removeLast() }
            var isAddress = false
            if let at = word.lastIndex(of: "@") {
                word = String(word[word.index(after: at)...])
                isAddress = true
            }
            if let host = ParsedURL(TextSearch.contains(word, "://") ? word : "http://" + word)?.host,
               isAddress ? host.contains(".") : looksLikeDomain(host) {
                found.append(host)
            }
        }
        return found
    }

    /// The words of a display name between whitespace and the punctuation around addresses.
    static func tokens(of text: String) -> [Substring] {
        var copy = text
        // ASCII text: Characters are bytes (a `\r\n` pair is whitespace as a pair and as bytes).
        let ranges: [Range<Int>]? = copy.withUTF8 { bytes in
            guard ASCIIByte.allASCII(bytes) else { return nil }
            var ranges: [Range<Int>] = []
            var start: Int?
            for index in 0...bytes.count {
                if index == bytes.count || ASCIIByte.isWhitespace(bytes[index]) || separatorBytes.contains(bytes[index]) {
                    if let tokenStart = start { ranges.append(tokenStart..<index) }
                    start = nil
                } else if start == nil {
                    start = index
                }
            }
            return ranges
        }
        guard let ranges else { return text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) }) }
        let utf8 = text.utf8
        return ranges.map { text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    private static let separators: Set<Character> = ["<", ">", "(", ")", "[", "]", "\"", "'", ",", ";", ":", "|"]
    private static let separatorBytes: [UInt8] = Array("<>()[]\"',;:|".utf8)

    /// `label.label…tld` with a top-level domain the PSL lists explicitly.
    static func looksLikeDomain(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) || tld.hasPrefix("xn--") else { return false }
        return reservedTopLevelDomains.contains(String(tld)) || PublicSuffixList.isListedSuffix(String(tld))
    }

    /// Bare text like `same-link-as-button.url` is a word that happens to end in a gTLD; readers
    /// take text for a web address when it ends in a country code or a widely known gTLD.
    static func hasCommonTopLevelDomain(_ host: String) -> Bool {
        guard let tld = host.split(separator: ".").last else { return false }
        return tld.count == 2 || commonGenericTopLevelDomains.contains(String(tld)) || reservedTopLevelDomains.contains(String(tld))
    }

    static let commonGenericTopLevelDomains: Set<String> = [
        "com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "app", "dev", "io", "ai", "shop", "store", "online",
        "site", "xyz", "top", "club", "live", "link", "click", "email", "bank", "money", "pro", "mobi", "name", "tech",
    ]

    /// RFC 2606 names used in documentation and tests; they behave like real TLDs here.
    static let reservedTopLevelDomains: Set<String> = ["example", "test"]
}
