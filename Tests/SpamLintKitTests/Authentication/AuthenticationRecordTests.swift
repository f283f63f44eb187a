import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Parsing of SPF, DMARC and DKIM key records, RSA key lengths, and offline alignment — no DNS.
struct AuthenticationRecordTests {
    @Test func spfTermsAndSyntax() {
        let record = SPFRecord(parsing: "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a mx:mail.example.com/24 include:_spf.esp.example ~all exp=explain.example")
        #expect(record.syntaxErrors.isEmpty)
        #expect(record.allQualifier == "~")
        #expect(record.terms.first { $0.name == "mx" }?.targetDomain == "mail.example.com")
        let broken = SPFRecord(parsing: "v=spf1 ip4:300.1.1.1 ipv4:1.2.3.4 redirect=a.example redirect=b.example include: +all")
        #expect(broken.syntaxErrors.count == 4, "\(broken.syntaxErrors)")
        #expect(SPFRecord(parsing: "v=spf1 all").allQualifier == "+")
        #expect(!SPFRecord.isSPF("v=spf10 -all"))
    }

    @Test func dmarcTags() {
        let record = DMARCRecord(parsing: "v=DMARC1; p=quarantine; sp=reject; pct=25; rua=mailto:a@x.example,mailto:b@y.example; adkim=s")
        #expect(record.isValid)
        #expect(record.policy == "quarantine" && record.subdomainPolicy == "reject" && record.percent == 25)
        #expect(record.aggregateReportAddresses.count == 2 && record.dkimAlignment == "s")
        #expect(!DMARCRecord(parsing: "p=reject; v=DMARC1").isValid)
        #expect(DMARCRecord(parsing: "v=DMARC1; rua=mailto:a@x.example").problems == ["the required p= tag is missing"])
        #expect(DMARCRecord(parsing: "v=DMARC1; p=none; pct=150; adkim=x").problems.count == 2)
    }

    @Test func dkimKeyLengths() {
        #expect(DKIMKeyRecord(parsing: "v=DKIM1; k=rsa; p=\(TestKeys.rsa2048)").keyBits == 2048)
        #expect(DKIMKeyRecord(parsing: "v=DKIM1; p=\(TestKeys.rsa1024)").keyBits == 1024)
        #expect(DKIMKeyRecord(parsing: "p=\(TestKeys.rsa512)").keyBits == 512)
        #expect(DKIMKeyRecord(parsing: "v=DKIM1; p=").isRevoked)
        #expect(!DKIMKeyRecord(parsing: "v=DKIM1; p=!!notbase64").problems.isEmpty)
        #expect(!DKIMKeyRecord(parsing: "v=DKIM1; k=dsa; p=AAAA").problems.isEmpty)
        let ed25519 = DKIMKeyRecord(parsing: "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
        #expect(ed25519.problems.isEmpty && ed25519.keyBits == nil && !ed25519.isRevoked)
    }

    @Test func pkcs1KeysAreReadToo() throws {
        // The RSAPublicKey inside the SubjectPublicKeyInfo: skip the 24-byte SPKI prefix of a 1024-bit key.
        let spki = try #require(Data(base64Encoded: TestKeys.rsa1024))
        let pkcs1 = [UInt8](spki.dropFirst(22))
        #expect(pkcs1.first == 0x30)
        #expect(RSAKeyLength.bits(ofDER: pkcs1) == 1024)
        #expect(RSAKeyLength.bits(ofDER: [0x30, 0x82, 0xFF]) == nil)
    }

    @Test func alignmentRelaxedAndStrict() {
        let source = """
            Return-Path: <bounce@bounces.acme.example>
            DKIM-Signature: v=1; a=rsa-sha256; d=acme.example; s=s1; h=from:subject:list-unsubscribe; b=x
            DKIM-Signature: v=1; a=rsa-sha256; d=esp.example; s=e1; h=from:subject:list-unsubscribe:list-unsubscribe-post; b=y
            From: Acme <news@mail.acme.example>
            Subject: Hi

            Body
            """
        let document = EmailReader.read(Array(source.utf8))
        let analysis = AlignmentAnalysis(document)
        #expect(analysis.fromDomain == "mail.acme.example" && analysis.fromOrganizationalDomain == "acme.example")
        #expect(analysis.signatures.map(\.relaxedAligned) == [true, false])
        #expect(analysis.signatures.map(\.strictAligned) == [false, false])
        #expect(analysis.signatures.map(\.coversListUnsubscribePost) == [false, true])
        #expect(analysis.dkimCanAlign(strict: false) && !analysis.dkimCanAlign(strict: true))
        #expect(analysis.spfCanAlign(strict: false) && !analysis.spfCanAlign(strict: true))

        let relaxed = Linter(options: LintOptions()).findings(in: document).map(\.rule)
        let strict = Linter(options: LintOptions(dmarcStrict: true)).findings(in: document).map(\.rule)
        #expect(!relaxed.contains("dkim-not-aligned") && !relaxed.contains("return-path-not-aligned"))
        #expect(strict.contains("dkim-not-aligned") && strict.contains("return-path-not-aligned"))
    }

    @Test func authenticationResultsParsing() {
        let header = AuthenticationResultsHeader(parsing: """
            mx.example.com 1; spf=fail reason = "bad ip" (sender IP is 192.0.2.9) smtp.mailfrom=a@b.example; \
            dkim=pass (2048-bit key) header.d=b.example header.s=s1; dmarc=fail (p=REJECT sp=NONE dis=REJECT) header.from=b.example
            """, position: .start)
        #expect(header.authservID == "mx.example.com")
        #expect(header.results.map(\.method) == ["spf", "dkim", "dmarc"])
        #expect(header.result("spf")?.result == "fail")
        #expect(header.result("spf")?.comment == "sender IP is 192.0.2.9")
        #expect(header.result("dkim")?.properties["header.d"] == "b.example")
        #expect(header.result("dmarc")?.properties["dis"] == "reject")
    }

    @Test func strayPropertyAfterSemicolonIsNotAMethod() {
        let header = AuthenticationResultsHeader(parsing: """
            mx.example.com; none; dkim=pass (good signature) header.d=b.example; dmarc=pass (p=NONE); header.from=b.example; \
            spf=softfail (domain does not designate) smtp.mailfrom=b.example
            """, position: .start)
        #expect(header.results.map(\.method) == ["dkim", "dmarc", "spf"])
        #expect(header.result("dmarc")?.properties["header.from"] == "b.example")
        #expect(header.result("dmarc")?.properties["p"] == "none")
        // Comments stay with their own result even after the skipped `none` and the stray part.
        #expect(header.result("dkim")?.comment == "good signature")
        #expect(header.result("spf")?.comment == "domain does not designate")
    }
}
