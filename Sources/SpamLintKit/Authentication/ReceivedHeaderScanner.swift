/// Finds the sending server's public IP addresses in the receiving side's trace headers.
enum ReceivedHeaderScanner {
    /// IPv4/IPv6 literals in `from …` clauses of Received headers (top-most first), and in
    /// `client-ip=`/`smtp.remote-ip=`/`sender IP is` of Received-SPF and Authentication-Results.
    static func publicIPs(_ headers: HeaderList, trusted: [AuthenticationResultsHeader]) -> [String] {
        var found: [String] = []
        for header in trusted {
            for result in header.results {
                if let ip = result.properties["smtp.remote-ip"] ?? result.properties["smtp.client-ip"] { found.append(ip) }
                if let comment = result.comment, let range = comment.range(of: "sender IP is ") {
                    found.append(String(comment[range.upperBound...].prefix { !$0.isWhitespace && $0 != ")" && $0 != ";" }))
                }
            }
        }
        for header in headers.all("Received-SPF") {
            if let range = header.value.range(of: "client-ip=") {
                found.append(String(header.value[range.upperBound...].prefix { !$0.isWhitespace && $0 != ";" }))
            }
        }
        // The top-most Received header with a public IP in its from-clause is the hop into the receiver.
        for header in headers.all("Received") {
            let fromClause = header.value.components(separatedBy: " by ").first ?? header.value
            let ips = bracketed(fromClause).filter(isPublic)
            if let first = ips.first {
                found.append(first)
                break
            }
        }
        var seen: Set<String> = []
        return found.map { $0.lowercased() }.filter { IPAddressLiteral.isLiteral($0) && isPublic($0) && seen.insert($0).inserted }
    }

    /// Address literals written `[192.0.2.1]`, `[IPv6:2001:db8::1]`, `(host [192.0.2.1])` or, as
    /// Microsoft does, `(192.0.2.1)`: every bracket- or space-delimited word that is an IP literal.
    private static func bracketed(_ text: String) -> [String] {
        text.split(whereSeparator: { "[]() \t\n\r;".contains($0) }).compactMap { word in
            var token = String(word)
            if token.lowercased().hasPrefix("ipv6:") { token = String(token.dropFirst(5)) }
            return IPAddressLiteral.isLiteral(token) ? token : nil
        }
    }

    /// Not loopback, private (RFC 1918), link-local, CGNAT or unique-local: an address worth allowlisting.
    static func isPublic(_ address: String) -> Bool {
        let lower = address.lowercased()
        if lower.contains(":") {
            return !(lower == "::1" || lower.hasPrefix("fe80:") || lower.hasPrefix("fc") || lower.hasPrefix("fd"))
        }
        let octets = lower.split(separator: ".").compactMap { Int($0) }
        guard octets.count == 4 else { return false }
        switch (octets[0], octets[1]) {
        case (10, _), (127, _), (0, _), (169, 254), (192, 168): return false
        case (172, 16...31), (100, 64...127): return false
        default: return true
        }
    }
}
