import ArgumentParser

/// How the opt-in DNS checks ask DNS.
struct DNSOptions: ParsableArguments {
    @Option(name: .customLong("dns-server"), help: "Ask this name server (IPv4[:PORT]) instead of /etc/resolv.conf's.")
    var server: String?

    @Option(name: .customLong("dns-timeout"), help: "Seconds to wait for each DNS answer (default 3; 2 attempts).")
    var timeout: Int = 3

    @Option(name: .customLong("dkim-selector"), help: "A DKIM selector to check (repeatable); selectors of a message's DKIM-Signature are added.")
    var dkimSelectors: [String] = []

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--dns-timeout must be positive.") }
    }
}
