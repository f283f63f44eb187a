/// Hosts that only exist on the developer's machine or network (`localhost`, loopback, `.local`,
/// single-label intranet names like `yourserver`): links to them are test leftovers or
/// placeholders, not something a filter or reader judges.
enum LocalHost {
    static func contains(_ host: String) -> Bool {
        let host = host.lowercased()
        return host == "localhost" || host.hasSuffix(".localhost") || host.hasSuffix(".local") || host.hasPrefix("127.")
            || host == "[::1]" || host == "0.0.0.0" || (!TextSearch.contains(host, ".") && !host.hasPrefix("["))
    }
}
