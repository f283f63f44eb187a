import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Link-punycode looks at a host only when a label starts with "xn--" or is not ASCII; bytes decide that.
struct PunycodeHostFilterTests {
    @Test func filterAgreesWithSplittingIntoLabels() {
        var hosts = ["", ".", "xn--", "xn--p1ai", "a.xn--p1ai", "axn--b.com", "a..xn--b", "XN--P1AI", "xn-", "a.xn-", "例え.jp", "exämple.com",
                     "e\u{301}.com", ".\u{301}xn--", "xn--\u{301}", "a.b.c", "xn--.", "-.xn--", "a\r\n.xn--b", "ｘｎ--a.com"]
        var generator = TextSamples(seed: 0x1D4)
        let alphabet = Array("xn-.a\u{301}é")
        for _ in 0..<800 {
            let length = Int(generator.next() % 9)
            hosts.append(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        var positives = 0
        for host in hosts {
            let expected = host.split(separator: ".").contains(where: { $0.hasPrefix("xn--") || !$0.allSatisfy(\.isASCII) })
            if expected { positives += 1 }
            #expect(LinkPunycodeRule.mayBeInternationalized(host) == expected, "\(host.debugDescription)")
        }
        #expect(positives > 100)
    }
}
