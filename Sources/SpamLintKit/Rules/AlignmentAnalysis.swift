/// The DMARC picture as far as a message itself shows it (RFC 7489 §3.1): the From domain, every
/// DKIM-Signature and the Return-Path, each with relaxed and strict alignment. Offline: signatures
/// are not verified and SPF is not evaluated; this says whether they *could* make DMARC pass.
@_spi(CLI) public struct AlignmentAnalysis: Sendable, Hashable, Codable {
    @_spi(CLI) public var fromAddress: String?
    @_spi(CLI) public var fromDomain: String?
    @_spi(CLI) public var fromOrganizationalDomain: String?
    @_spi(CLI) public var signatures: [SignatureAlignment]
    @_spi(CLI) public var returnPath: DomainAlignment?

    @_spi(CLI) public init(_ document: EmailDocument) {
        let from = document.from.first
        fromAddress = from?.address
        fromDomain = from?.domain
        fromOrganizationalDomain = from?.organizationalDomain
        signatures = document.dkimSignatures.map { signature in
            let signed = Set(signature.signedHeaders)
            return SignatureAlignment(
                domain: signature.domain, selector: signature.selector, algorithm: signature.algorithm,
                signedHeaders: signature.signedHeaders, coversFrom: signed.contains("from"), coversSubject: signed.contains("subject"),
                coversListUnsubscribe: signed.contains("list-unsubscribe"),
                coversListUnsubscribePost: signed.contains("list-unsubscribe-post"),
                relaxedAligned: from.map { $0.organizationalDomain == signature.organizationalDomain } ?? false,
                strictAligned: from.map { $0.domain == signature.domain } ?? false)
        }
        returnPath = document.returnPath.map { path in
            DomainAlignment(address: path.address, domain: path.domain, organizationalDomain: path.organizationalDomain,
                            relaxedAligned: from.map { $0.organizationalDomain == path.organizationalDomain } ?? false,
                            strictAligned: from.map { $0.domain == path.domain } ?? false)
        }
    }

    /// A signature that signs From and is aligned in the given mode could make DMARC pass.
    @_spi(CLI) public func dkimCanAlign(strict: Bool) -> Bool {
        signatures.contains { $0.coversFrom && (strict ? $0.strictAligned : $0.relaxedAligned) }
    }

    @_spi(CLI) public func spfCanAlign(strict: Bool) -> Bool {
        guard let returnPath else { return false }
        return strict ? returnPath.strictAligned : returnPath.relaxedAligned
    }

    /// DKIM selectors per signing domain, for the DNS key checks.
    @_spi(CLI) public var selectorsByDomain: [String: [String]] {
        var result: [String: [String]] = [:]
        for signature in signatures {
            guard let selector = signature.selector else { continue }
            result[signature.domain, default: []].append(selector)
        }
        return result
    }
}
