import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// The DNS checks against a real name server (dnsmasq) serving `DNSZone`.
@Suite(.serialized, .enabled(if: DNSTestServer.shouldRun, "dnsmasq not installed: DNS tests skipped (set SPAMLINT_REQUIRE_DNS=1 to make this a failure)"))
struct DomainAuthCheckerTests {
    static func withServer(_ body: (DNSTestServer, DomainAuthChecker) throws -> Void) throws {
        let server = try DNSTestServer(records: DNSZone.records)
        defer { server.stop() }
        try body(server, try DomainAuthChecker(server: server.address, timeoutSeconds: 2, attempts: 1))
    }

    static func ids(_ report: DomainAuthReport) -> [String] { report.findings.map(\.rule).sorted() }

    @Test func goodDomainPassesEveryCheck() throws {
        try Self.withServer { _, checker in
            let report = checker.check(domain: "good.example", dkimSelectors: ["s1"])
            #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
            #expect(report.dnsErrors.isEmpty)
            #expect(report.exists == true)
            #expect(report.mx == ["10 mx.good.example"])
            #expect(report.spf?.allQualifier == "-")
            #expect(report.spfEvaluation?.lookups == 1)
            #expect(report.dmarc?.policy == "reject")
            #expect(report.dkim.first?.key?.keyBits == 2048)
            #expect(!report.failed)
        }
    }

    @Test func brokenDomainReportsEachProblem() throws {
        try Self.withServer { _, checker in
            let report = checker.check(domain: "broken.example", dkimSelectors: ["s1", "weak", "absent"])
            #expect(Self.ids(report) == ["dkim-key-missing", "dkim-key-revoked", "dkim-key-weak", "dmarc-missing",
                                         "mx-missing", "spf-multiple", "spf-permissive-all"])
            #expect(report.dkim.first { $0.selector == "weak" }?.key?.keyBits == 512)
            #expect(report.failed)
        }
    }

    @Test func aCheckFailingUnderTwoSelectorsIsReportedTwiceAndScoredOnce() throws {
        try Self.withServer { _, checker in
            let report = checker.check(domain: "broken.example", dkimSelectors: ["absent", "gone"])
            let missing = report.findings.filter { $0.rule == "dkim-key-missing" }
            #expect(missing.count == 2)
            #expect(missing.map(\.score) == [missing[0].baseScore, 0])
            #expect(report.score == Thresholds.score(of: report.findings.filter { $0.rule != "dkim-key-missing" }) + missing[0].baseScore)
        }
    }

    @Test func lookupAndVoidLimitsAreCountedThroughIncludes() throws {
        try Self.withServer { _, checker in
            let lookups = checker.check(domain: "lookups.example")
            #expect(lookups.spfEvaluation?.lookups == 11)
            #expect(Self.ids(lookups).contains("spf-too-many-lookups"))
            // i11 has no SPF record: a broken include and a void lookup.
            #expect(lookups.findings.contains { $0.rule == "spf-include-broken" && $0.message.contains("i11.lookups.example") })

            let voids = checker.check(domain: "voids.example")
            #expect(voids.spfEvaluation?.voidLookups == 3)
            #expect(Set(Self.ids(voids)).isSuperset(of: ["spf-too-many-void-lookups", "spf-neutral-all", "spf-include-broken", "dmarc-missing"]))
            #expect(!Self.ids(voids).contains("spf-too-many-lookups"))
        }
    }

    @Test func weakPoliciesAndOrganizationalFallback() throws {
        try Self.withServer { _, checker in
            let report = checker.check(domain: "none.example", dkimSelectors: ["k1"])
            #expect(Self.ids(report) == ["dkim-key-short", "dmarc-no-reports", "dmarc-pct-partial", "dmarc-policy-none", "spf-ptr"])
            #expect(report.dkim.first?.key?.keyBits == 1024)
            // No _dmarc.sub.none.example: the organizational domain's record applies.
            let sub = checker.check(domain: "sub.none.example")
            #expect(sub.dmarcName == "_dmarc.none.example")
            #expect(Self.ids(sub).contains("dmarc-policy-none"))
            #expect(!Self.ids(sub).contains("dmarc-missing"))
        }
    }

    @Test func syntaxErrorsAndMissingDomains() throws {
        try Self.withServer { _, checker in
            let report = checker.check(domain: "syntax.example")
            #expect(report.findings.filter { $0.rule == "spf-syntax" }.count == 2)
            #expect(Self.ids(report).contains("dmarc-invalid"))
            let missing = checker.check(domain: "nowhere.example")
            #expect(missing.exists == false)
            #expect(Self.ids(missing) == ["domain-not-found"])
        }
    }

    @Test func unreachableServerIsAnErrorNotAFinding() throws {
        // Nothing listens on the port of a server that has been stopped.
        let server = try DNSTestServer(records: [])
        let address = server.address
        server.stop()
        let checker = try DomainAuthChecker(server: address, timeoutSeconds: 1, attempts: 1)
        let report = checker.check(domain: "good.example", dkimSelectors: ["s1"])
        #expect(!report.dnsErrors.isEmpty)
        #expect(report.findings.isEmpty)
        #expect(report.dnsErrors.allSatisfy { $0.contains("no answer from DNS server \(address)") })
        // The first unanswered question stops the rest: one error, one timeout at most.
        #expect(report.dnsErrors.count == 1)
    }
}
