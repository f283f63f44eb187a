/// The modulus length of an RSA public key in DER: SubjectPublicKeyInfo (what DKIM publishes,
/// RFC 6376 §3.6.1) or a bare PKCS#1 RSAPublicKey (which some generators publish instead).
enum RSAKeyLength {
    private static let rsaEncryptionOID: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01]

    static func bits(ofDER der: [UInt8]) -> Int? {
        var reader = DERReader(bytes: der[...])
        guard let outer = reader.read(tag: 0x30) else { return nil }
        var outerReader = DERReader(bytes: outer)
        // PKCS#1 RSAPublicKey: SEQUENCE { INTEGER modulus, INTEGER exponent }.
        if outerReader.peekTag == 0x02 {
            return outerReader.read(tag: 0x02).map(integerBits)
        }
        // SubjectPublicKeyInfo: SEQUENCE { SEQUENCE { OID rsaEncryption, NULL }, BIT STRING { RSAPublicKey } }.
        guard let algorithm = outerReader.read(tag: 0x30) else { return nil }
        var algorithmReader = DERReader(bytes: algorithm)
        guard let oid = algorithmReader.read(tag: 0x06), Array(oid) == rsaEncryptionOID,
              let bitString = outerReader.read(tag: 0x03), bitString.first == 0 else { return nil }
        var keyReader = DERReader(bytes: bitString.dropFirst())
        guard let rsaKey = keyReader.read(tag: 0x30) else { return nil }
        var rsaReader = DERReader(bytes: rsaKey)
        return rsaReader.read(tag: 0x02).map(integerBits)
    }

    /// Significant bits of an unsigned big-endian INTEGER (DER adds a 0x00 byte when the top bit is set).
    private static func integerBits(_ integer: ArraySlice<UInt8>) -> Int {
        let significant = integer.drop { $0 == 0 }
        guard let first = significant.first else { return 0 }
        return (significant.count - 1) * 8 + (8 - first.leadingZeroBitCount)
    }
}
