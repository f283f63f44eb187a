import SpamLintInterop
import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct OrganizationalDomainTests {
        @Test(arguments: [
            ("a.b.example.co.uk", "example.co.uk"),
            ("example.co.uk", "example.co.uk"),
            ("Mail.Example.COM.", "example.com"),
            ("news.acme.com", "acme.com"),
            ("xn--bcher-kva.example", "xn--bcher-kva.example"),
            ("foo.bar.unknowntld", "bar.unknowntld"),
            ("co.uk", "co.uk"),
            ("localhost", "localhost"),
        ])
        func organizationalDomain(host: String, expected: String) {
            #expect(OrganizationalDomain.of(host) == expected)
        }

        @Test(arguments: ["", "...", "192.168.0.1", "3232235777", "0x7f.1", "[2001:db8::1]", "2001:db8::1"])
        func noOrganizationalDomain(host: String) {
            #expect(OrganizationalDomain.of(host) == nil)
        }

        @Test func alignment() {
            #expect(OrganizationalDomain.aligned("mail.acme.example.com", "bounce.example.com"))
            #expect(OrganizationalDomain.aligned("ACME.co.uk", "news.acme.co.uk"))
            #expect(!OrganizationalDomain.aligned("acme.co.uk", "other.co.uk"))
            #expect(!OrganizationalDomain.aligned("10.0.0.1", "10.0.0.1"))
        }

        @Test(arguments: [
            ("1.2.3.4", true), ("3232235777", true), ("0xC0A80101", true), ("0x7f.0.0.1", true), ("[::1]", true), ("::1", true),
            ("example.com", false), ("1.2.3.4.5", false), ("1.2.3.com", false), ("123.example", false), ("", false), ("1..2", false),
        ])
        func ipLiterals(host: String, isLiteral: Bool) {
            #expect(IPAddressLiteral.isLiteral(host) == isLiteral)
        }

        @Test func idnaRoundTrips() {
            #expect(IDNA.toASCII("bücher.example") == "xn--bcher-kva.example")
            #expect(IDNA.toUnicode("xn--bcher-kva.example") == "bücher.example")
        }
    }
}
