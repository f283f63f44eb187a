import CPSL

/// Registrable ("organizational", RFC 7489 §3.2) domains from the Public Suffix List, via libpsl.
public enum PublicSuffixList {
    // libpsl's context is immutable after loading and documented as thread-safe for lookups.
    nonisolated(unsafe) private static let context: OpaquePointer? = {
        // Prefer the distribution's current list; fall back to the copy compiled into libpsl.
        if let latest = psl_latest(nil) { return latest }
        return psl_builtin()
    }()

    /// The registrable domain of a lower-case host (`mail.example.co.uk` → `example.co.uk`),
    /// or nil for a public suffix itself, an IP literal or an empty host.
    public static func registrableDomain(of host: String) -> String? {
        guard let context, !host.isEmpty else { return nil }
        return host.withCString { pointer in
            guard let result = psl_registrable_domain(context, pointer) else { return nil }
            return String(cString: result)
        }
    }

    /// True when the Public Suffix List itself lists `suffix` (`com`, `co.uk`), ignoring the
    /// implicit `*` rule that makes every unknown TLD a suffix.
    public static func isListedSuffix(_ suffix: String) -> Bool {
        guard let context else { return false }
        let types = Int32(PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE)
        return suffix.withCString { psl_is_public_suffix2(context, $0, types) != 0 }
    }
}
