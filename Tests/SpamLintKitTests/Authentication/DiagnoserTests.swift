import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// `Diagnoser` on hand-written received messages, one per header family, and on real ones from the corpus.
struct DiagnoserTests {
    static func diagnose(_ headers: String, trusted: String? = nil) -> Diagnosis {
        let source = headers + "From: Acme News <news@acme.example>\nTo: you@example.org\nSubject: October news\n\nHello, our October news.\n"
        let document = EmailReader.read(Array(source.utf8))
        return Diagnoser(trustedAuthservID: trusted).diagnose(document)
    }

    @Test func googleStyleDMARCQuarantineGoesToSpamAndNamesTheFix() {
        let diagnosis = Self.diagnose("""
            Received: from mail.esp.example (mail.esp.example. [203.0.113.7])
                    by mx.google.com with ESMTPS id x; Tue, 1 Oct 2024 10:00:00 -0700
            Authentication-Results: mx.google.com;
                   dkim=pass header.i=@esp.example header.s=s1 header.b=abc;
                   spf=pass (google.com: domain of bounce@esp.example designates 203.0.113.7 as permitted sender) smtp.mailfrom=bounce@esp.example;
                   dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=acme.example
            Authentication-Results: forged.example; dmarc=pass header.from=acme.example

            """)
        #expect(diagnosis.verdict == .spamFolder)
        #expect(diagnosis.trustedAuthservID == "mx.google.com")
        #expect(diagnosis.ignoredAuthenticationResults == 1)
        let dmarc = diagnosis.signals.first { $0.signal.hasPrefix("dmarc=fail") }
        #expect(dmarc?.signal.contains("dis=quarantine") == true)
        #expect(diagnosis.senderFixes.contains { $0.contains("d=acme.example") })
        #expect(diagnosis.recipientRemedy.sendingIPs == ["203.0.113.7"])
        #expect(diagnosis.recipientRemedy.sendingDomains.contains("esp.example"))
        #expect(diagnosis.recipientRemedy.fromAddress == "news@acme.example")
    }

    @Test func trustedAuthservIDSelectsTheHeader() {
        let headers = """
            Authentication-Results: relay.example; dmarc=pass header.from=acme.example
            Authentication-Results: mx.receiver.example; dmarc=fail (p=reject dis=reject) header.from=acme.example

            """
        #expect(Self.diagnose(headers).verdict == .inbox || Self.diagnose(headers).verdict == .unknown)
        let trusted = Self.diagnose(headers, trusted: "mx.receiver.example")
        #expect(trusted.verdict == .quarantine)
        #expect(trusted.trustedAuthservID == "mx.receiver.example")
    }

    @Test func microsoftHeadersWithCompauthAndBulk() {
        let diagnosis = Self.diagnose("""
            Received: from EUR01-VE1-obe.outbound.protection.outlook.com (10.0.0.5) by mailbox.internal (10.0.0.9)
            Received: from mail.esp.example (198.51.100.20) by EUR01.protection.outlook.com (10.1.1.1) with Microsoft SMTP Server id 15.20;
            Authentication-Results: spf=softfail (sender IP is 198.51.100.20) smtp.mailfrom=esp.example; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=acme.example;compauth=fail reason=001
            X-MS-Exchange-Organization-SCL: 5
            X-Forefront-Antispam-Report: CIP:198.51.100.20;CTRY:US;LANG:en;SCL:5;SRV:BULK;IPV:NLI;SFV:SPM;H:mail.esp.example;PTR:mail.esp.example;CAT:SPOOF;SFS:(13230040);DIR:INB;
            X-Microsoft-Antispam: BCL:8;ARA:1444111002;

            """)
        #expect(diagnosis.verdict == .spamFolder)
        let signals = Set(diagnosis.signals.map(\.signal))
        #expect(signals.isSuperset(of: ["SFV:SPM", "SCL:5", "CAT:SPOOF", "BCL:8", "IPV:NLI"]))
        let compauth = diagnosis.signals.first { $0.signal.hasPrefix("compauth=fail") }
        #expect(compauth?.meaning.contains("implicit failure") == true)
        #expect(diagnosis.recipientRemedy.sendingIPs == ["198.51.100.20"])
    }

    @Test func highConfidencePhishIsQuarantine() {
        let diagnosis = Self.diagnose("X-Forefront-Antispam-Report: SFV:SPM;SCL:9;CAT:HPHSH;\n")
        #expect(diagnosis.verdict == .quarantine)
    }

    @Test func spamAssassinStatusAndReport() {
        let diagnosis = Self.diagnose("""
            X-Spam-Flag: YES
            X-Spam-Status: Yes, score=7.9 required=5.0 tests=BAYES_99,HTML_IMAGE_ONLY_08,
            \tURIBL_BLOCKED autolearn=no version=3.4.6
            X-Spam-Report: report
            \t*  3.5 BAYES_99 BODY: Bayes spam probability is 99 to 100%
            \t*  1.8 HTML_IMAGE_ONLY_08 BODY: HTML: images with 400-800 bytes of words

            """)
        #expect(diagnosis.verdict == .spamFolder)
        let status = diagnosis.signals.first { $0.source == "SpamAssassin" && $0.signal.hasPrefix("X-Spam-Status") }
        #expect(status?.signal == "X-Spam-Status: Yes score=7.9 required=5.0")
        #expect(status?.meaning.contains("BAYES_99") == true)
        #expect(status?.meaning.contains("URIBL_BLOCKED") == true)
    }

    @Test func rspamdActionAndSymbols() {
        let diagnosis = Self.diagnose("""
            X-Spamd-Result: default: True [9.20 / 15.00];
            \t BAYES_SPAM(5.10)[99.99%];
            \t R_SPF_FAIL(1.00)[-all];
            \t DMARC_POLICY_ALLOW(-0.50)[acme.example,none]
            X-Rspamd-Action: add header

            """)
        #expect(diagnosis.verdict == .spamFolder)
        let result = diagnosis.signals.first { $0.signal.hasPrefix("X-Spamd-Result") }
        #expect(result?.meaning.contains("BAYES_SPAM (5.1)") == true)
        #expect(result?.meaning.contains("DMARC_POLICY_ALLOW") == false)
    }

    @Test func arcChainStatus() {
        let broken = FilterHeaderSignals.arc(HeaderList([
            Header(name: "ARC-Seal", value: "i=2; a=rsa-sha256; cv=fail; d=relay.example; s=a; b=x", position: .start),
            Header(name: "ARC-Seal", value: "i=1; a=rsa-sha256; cv=none; d=first.example; s=a; b=y", position: .start),
        ]))
        #expect(broken.first?.signal == "ARC-Seal i=2 cv=fail")
        #expect(broken.first?.meaning.contains("broken") == true)
        let gap = FilterHeaderSignals.arc(HeaderList([Header(name: "ARC-Seal", value: "i=3; cv=pass; b=z", position: .start)]))
        #expect(gap.first?.meaning.contains("missing") == true)
    }

    @Test func noFilterHeadersIsUnknown() {
        let diagnosis = Self.diagnose("")
        #expect(diagnosis.verdict == .unknown)
        #expect(diagnosis.signals.isEmpty)
    }

    @Test func realReceivedMessagesFromTheCorpus() throws {
        let messages = TestPaths.sharedCorpus.appendingPathComponent("messages")
        guard FileManager.default.fileExists(atPath: messages.path) else { return }
        func diagnose(_ relative: String) throws -> Diagnosis {
            let data = try Data(contentsOf: messages.appendingPathComponent(relative))
            return Diagnoser().diagnose(EmailReader.read([UInt8](data)))
        }
        let outlook = try diagnose("unlabelled/php-mime-mail-parser/m0013.eml")
        #expect(outlook.verdict == .inbox)
        #expect(outlook.signals.contains { $0.signal == "SFV:NSPM" })
        let spam = try diagnose("spam/spamassassin-tdata/003.eml")
        #expect(spam.verdict == .spamFolder)
        let arc = try diagnose("unlabelled/rspamd-functional-messages/arcbad.eml")
        #expect(arc.trustedAuthservID == "mail.highsecure.ru")
        #expect(arc.signals.contains { $0.signal.hasPrefix("dmarc=fail") })
        #expect(arc.signals.contains { $0.source == "ARC" })
        let authres = try diagnose("ham/spamassassin-tdata/authres.eml")
        #expect(authres.trustedAuthservID == "authrestest1int")
        #expect(authres.ignoredAuthenticationResults > 0)
    }
}

/// Every real received message in the corpus that carries receiving-side headers is diagnosed
/// consistently: a message SpamAssassin flagged is never called inbox, one with a Microsoft
/// SCL of 5 or more is never called inbox, and the trusted authserv-id is one that appears.
struct DiagnoserCorpusTests {
    @Test func corpusReceivedMessagesAreDiagnosedConsistently() throws {
        let root = TestPaths.sharedCorpus.appendingPathComponent("messages")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return }
        let markers = ["authentication-results:", "x-spam-status:", "x-forefront-antispam-report:", "x-spamd-result:"]
        var diagnosed = 0
        for case let url as URL in walker where url.pathExtension == "eml" {
            guard let data = try? Data(contentsOf: url) else { continue }
            let head = String(decoding: data.prefix(65_536), as: UTF8.self).lowercased()
            guard markers.contains(where: { head.contains("\n" + $0) || head.hasPrefix($0) }) else { continue }
            let document = EmailReader.read([UInt8](data))
            let diagnosis = Diagnoser().diagnose(document)
            diagnosed += 1
            let flagged = document.headers.first("X-Spam-Flag")?.value.trimmingWhitespace().uppercased() == "YES"
                || document.headers.first("X-Spam-Status")?.value.trimmingWhitespace().lowercased().hasPrefix("yes") == true
            if flagged { #expect(diagnosis.verdict != .inbox, "\(url.lastPathComponent)") }
            if let scl = diagnosis.signals.first(where: { $0.signal.hasPrefix("SCL:") }), let level = Int(scl.signal.dropFirst(4)), level >= 5 {
                #expect(diagnosis.verdict != .inbox, "\(url.lastPathComponent)")
            }
            if let id = diagnosis.trustedAuthservID {
                #expect(document.headers.all("Authentication-Results").contains { $0.value.lowercased().contains(id) }, "\(url.lastPathComponent)")
            }
        }
        if FileManager.default.fileExists(atPath: root.path) { #expect(diagnosed > 0) }
    }
}
