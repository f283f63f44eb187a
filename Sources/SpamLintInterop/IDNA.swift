import CIDN2

/// IDNA2008 / UTS #46 conversions via libidn2.
public enum IDNA {
    /// The ASCII (punycode, `xn--`) form of a host, or nil when it is not a valid IDN.
    public static func toASCII(_ host: String) -> String? {
        var output: UnsafeMutablePointer<CChar>?
        let status = host.withCString {
            idn2_to_ascii_8z($0, &output, Int32(IDN2_NONTRANSITIONAL.rawValue))
        }
        guard status == Int32(IDN2_OK.rawValue), let output else { return nil }
        defer { spamlint_idn2_free(output) }
        return String(cString: output)
    }

    /// The Unicode form of a host that may hold `xn--` labels, or nil when it does not decode.
    public static func toUnicode(_ host: String) -> String? {
        var output: UnsafeMutablePointer<CChar>?
        let status = host.withCString { idn2_to_unicode_8z8z($0, &output, 0) }
        guard status == Int32(IDN2_OK.rawValue), let output else { return nil }
        defer { spamlint_idn2_free(output) }
        return String(cString: output)
    }
}
