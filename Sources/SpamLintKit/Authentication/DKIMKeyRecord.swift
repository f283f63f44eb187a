import Foundation

/// A DKIM public key record (RFC 6376 §3.6.1): key type, key data and its strength.
@_spi(CLI) public struct DKIMKeyRecord: Sendable, Hashable, Codable {
    @_spi(CLI) public var text: String
    /// `rsa` (default) or `ed25519`.
    @_spi(CLI) public var keyType: String
    /// True when `p=` is present but empty: the key is revoked.
    @_spi(CLI) public var isRevoked: Bool
    /// RSA modulus length; nil for ed25519, revoked or unreadable keys.
    @_spi(CLI) public var keyBits: Int?
    @_spi(CLI) public var problems: [String]

    @_spi(CLI) public init(parsing text: String) {
        self.text = text
        keyType = "rsa"
        isRevoked = false
        keyBits = nil
        problems = []
        guard let tags = TagList.parse(text) else {
            problems.append("a part without '=' (tags are name=value separated by ';')")
            return
        }
        if let version = tags.first(where: { $0.name == "v" }), version.value != "DKIM1" || tags.first?.name != "v" {
            problems.append("v= must be DKIM1 and come first")
        }
        if let type = tags.first(where: { $0.name == "k" }) { keyType = type.value.lowercased() }
        guard keyType == "rsa" || keyType == "ed25519" else {
            problems.append("unknown key type k=\(keyType)")
            return
        }
        guard let key = tags.first(where: { $0.name == "p" }) else {
            problems.append("the required p= tag is missing")
            return
        }
        let base64 = key.value.filter { !$0.isWhitespace }
        if base64.isEmpty {
            isRevoked = true
            return
        }
        guard let der = Data(base64Encoded: base64) else {
            problems.append("p= is not valid base64")
            return
        }
        if keyType == "ed25519" {
            if der.count != 32 { problems.append("an ed25519 key must be 32 bytes, this one is \(der.count)") }
            return
        }
        guard let bits = RSAKeyLength.bits(ofDER: [UInt8](der)) else {
            problems.append("p= is not an RSA public key (SubjectPublicKeyInfo or RSAPublicKey DER)")
            return
        }
        keyBits = bits
    }
}
