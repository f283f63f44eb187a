/// One method result of an Authentication-Results header (RFC 8601 §2.2): `spf=pass smtp.mailfrom=…`.
@_spi(CLI) public struct AuthenticationResult: Sendable, Hashable, Codable {
    /// Lower-case method: spf, dkim, dmarc, arc, compauth, iprev, auth…
    @_spi(CLI) public var method: String
    /// Lower-case result: pass, fail, softfail, neutral, none, temperror, permerror…
    @_spi(CLI) public var result: String
    /// `reason=` (Microsoft compauth puts its reason code here).
    @_spi(CLI) public var reason: String?
    /// `ptype.property=value` pairs (`smtp.mailfrom`, `header.d`, `header.from`) and `dis=`-style
    /// words from the comment (`(p=none dis=none)`), lower-case keys.
    @_spi(CLI) public var properties: [String: String]
    /// Text of the comments after the result, e.g. `(sender IP is 192.0.2.1)`.
    @_spi(CLI) public var comment: String?

    @_spi(CLI) public init(method: String, result: String, reason: String? = nil, properties: [String: String] = [:], comment: String? = nil) {
        self.method = method
        self.result = result
        self.reason = reason
        self.properties = properties
        self.comment = comment
    }
}
