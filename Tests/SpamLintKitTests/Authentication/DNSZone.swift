/// Zone data for the test name server: one good domain and several broken in different ways.
enum DNSZone {
    /// TXT character-strings hold at most 255 bytes, so long texts go as several comma-separated
    /// strings (the arguments reach dnsmasq without a shell, so no quotes; no text here has a comma).
    static func txt(_ name: String, _ text: String) -> String {
        var chunks: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            chunks.append(String(rest.prefix(200)))
            rest = rest.dropFirst(200)
        }
        return "--txt-record=\(name),\(chunks.joined(separator: ","))"
    }

    static let records: [String] = [
        // good.example: everything right.
        txt("good.example", "v=spf1 ip4:192.0.2.0/24 include:_spf.good.example -all"),
        txt("_spf.good.example", "v=spf1 ip4:198.51.100.0/24 ~all"),
        txt("_dmarc.good.example", "v=DMARC1; p=reject; rua=mailto:dmarc@good.example"),
        txt("s1._domainkey.good.example", "v=DKIM1; k=rsa; p=\(TestKeys.rsa2048)"),
        "--mx-host=good.example,mx.good.example,10",
        "--host-record=mx.good.example,192.0.2.25",
        "--host-record=good.example,192.0.2.10",
        // broken.example: two SPF records (one +all), no DMARC, no MX, a revoked and a 512-bit key.
        txt("broken.example", "v=spf1 +all"),
        txt("broken.example", "v=spf1 include:good.example ~all"),
        txt("s1._domainkey.broken.example", "v=DKIM1; k=rsa; p="),
        txt("weak._domainkey.broken.example", "v=DKIM1; k=rsa; p=\(TestKeys.rsa512)"),
        "--host-record=broken.example,192.0.2.66",
        // lookups.example: 11 includes, one of them without SPF; voids.example: 3 void lookups, ?all.
        txt("lookups.example", "v=spf1 " + (1...11).map { "include:i\($0).lookups.example" }.joined(separator: " ") + " -all"),
    ] + (1...10).map { txt("i\($0).lookups.example", "v=spf1 ip4:203.0.113.\($0) -all") } + [
        "--mx-host=lookups.example,mx.good.example,10",
        txt("voids.example", "v=spf1 a:gone1.example mx:gone2.example include:gone3.example ?all"),
        "--mx-host=voids.example,mx.good.example,10",
        // none.example: monitoring-only DMARC for part of the mail without reports, a 1024-bit key, ptr.
        txt("none.example", "v=spf1 ptr ~all"),
        txt("_dmarc.none.example", "v=DMARC1; p=none; pct=50"),
        txt("k1._domainkey.none.example", "v=DKIM1; p=\(TestKeys.rsa1024)"),
        "--mx-host=none.example,mx.good.example,10",
        "--mx-host=sub.none.example,mx.good.example,10",
        // syntax.example: a misspelt mechanism, an include without a domain, a bad DMARC policy.
        txt("syntax.example", "v=spf1 ipv4:192.0.2.1 include -all"),
        txt("_dmarc.syntax.example", "v=DMARC1; p=maybe"),
        "--mx-host=syntax.example,mx.good.example,10",
    ]
}
