/// Reads the `d=`, `s=`, `h=` and `a=` tags of a DKIM-Signature header (RFC 6376 §3.5).
enum DKIMSignatureParser {
    static func parse(_ header: Header) -> DKIMSignature? {
        var tags: [String: String] = [:]
        // Tags are split at the `;` and `=` bytes (ASCII, so always scalar boundaries). Only the four
        // tags read below are unfolded: `b=` and `bh=`, hundreds of base64 bytes, are most of a header.
        for pair in header.rawValue.utf8.split(separator: UInt8(ascii: ";")) {
            guard let equals = pair.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let name = Substring(pair[..<equals]).trimmingWhitespace().lowercased()
            guard wantedTags.contains(name) else { continue }
            tags[name] = withoutWhitespace(Substring(pair[pair.index(after: equals)...]))
        }
        guard let domain = tags["d"]?.lowercased().trimmingTrailingDots(), !domain.isEmpty else { return nil }
        let signed = (tags["h"] ?? "").split(separator: ":").map { $0.lowercased() }
        return DKIMSignature(domain: domain, organizationalDomain: OrganizationalDomain.of(domain) ?? domain,
                             selector: tags["s"], signedHeaders: signed, algorithm: tags["a"]?.lowercased(),
                             position: header.position)
    }

    private static let wantedTags: Set<String> = ["d", "s", "h", "a"]

    /// The value with its folding and any other Unicode whitespace scalars removed.
    private static func withoutWhitespace(_ value: Substring) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            // Among ASCII scalars the White_Space property holds for tab…return and space only.
            let isWhitespace = scalar.isASCII ? scalar == " " || ("\t"..."\r").contains(scalar) : scalar.properties.isWhitespace
            if !isWhitespace { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
