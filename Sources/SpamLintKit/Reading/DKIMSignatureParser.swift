/// Reads the `d=`, `s=`, `h=` and `a=` tags of a DKIM-Signature header (RFC 6376 §3.5).
enum DKIMSignatureParser {
    static func parse(_ header: Header) -> DKIMSignature? {
        var tags: [String: String] = [:]
        for pair in header.rawValue.split(separator: ";") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = pair[..<equals].trimmingWhitespace().lowercased()
            let value = String(pair[pair.index(after: equals)...].filter { !$0.isWhitespace })
            tags[name] = value
        }
        guard let domain = tags["d"]?.lowercased().trimmingTrailingDots(), !domain.isEmpty else { return nil }
        let signed = (tags["h"] ?? "").split(separator: ":").map { $0.lowercased() }
        return DKIMSignature(domain: domain, organizationalDomain: OrganizationalDomain.of(domain) ?? domain,
                             selector: tags["s"], signedHeaders: signed, algorithm: tags["a"]?.lowercased(),
                             position: header.position)
    }
}
