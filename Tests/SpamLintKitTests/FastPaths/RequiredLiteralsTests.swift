import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// The address expressions are skipped when none of their required literals occurs;
/// the answers must be those of always running them.
struct RequiredLiteralsTests {
    static let addressPieces = [
        "548 Market St", "1600 AMPHITHEATRE PKWY", "San Francisco, CA 94104", "Springfield, ZZ 12345", "P.O. Box 12", "po box 7",
        "Post Office Box 9", "POSTFACH 10 11", "Postbus 3", "Apartado de Correos 5", "casella postale 8", "Casilla 5", "boîte postale 7",
        "BOITE POSTALE 2", "caixa postal 4", "skrytka pocztowa 1", "BP 42", "B.P. 7", "London SW1A 2AA", "Ottawa K1A 0B1",
        "Sydney NSW 2000", "1012 AB Amsterdam", "Hauptstraße 5", "Musterweg 12a", "Keizersgracht 123", "Storgatan 1", "Lindvägen 4",
        "Hauptstr. 9", "12 rue de la Paix", "5 BIS AVENUE Foch", "Via Roma 12", "Calle Mayor, 5", "Praça Nova 3", "ul. Długa 5",
        "〒100-0005", "Suite 200", "Ste. 4", "{{Sender_Address}}", "*|LIST:ADDRESSLINE|*", "[Sender_Address]", "%SENDER-INFO%",
        "{{ site_settings.company_street_address_1 }}", "{{ organization.name }}", "{{ email_address }}", "[ſender_info]",
        "P.O. ﬀ Box 3", "Poſtfach 12", "\u{212A}ade 4", "Offering 3", "true 5", "rue", "weg",
    ]

    static func texts(_ pieces: [String], seed: UInt64) -> [String] {
        var samples = TextSamples(seed: seed)
        var texts = pieces
        for _ in 0..<400 {
            var text = samples.text(pieces: Int(samples.next() % 12), unicodeShare: samples.next() % 4)
            for _ in 0..<Int(samples.next() % 3) {
                text += samples.pick([" ", "\n", ", ", "\u{A0}", "é "]) + samples.pick(pieces) + samples.pick([" ", ".", "", "x", "\u{A0}"])
                text += samples.text(pieces: Int(samples.next() % 6), unicodeShare: samples.next() % 3)
            }
            texts.append(text)
        }
        return texts
    }

    static func firstMatch(_ expression: NSRegularExpression, _ text: String) -> NSTextCheckingResult? {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// `PostalAddressDetector.evidence` running every expression.
    static func referenceEvidence(_ text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        for match in PostalAddressDetector.placeholderPattern.matches(in: text, range: range) {
            let token = String(text[Range(match.range, in: text)!])
            if ["email", "e-mail", "e_mail", "ip_address", "ipaddress", "web_address", "url"].contains(where: token.lowercased().contains) { continue }
            return token
        }
        let literal = TemplateText.literal(text)
        for (expression, _, _) in PostalAddressDetector.patterns {
            let pattern = expression()
            guard let match = firstMatch(pattern, literal), let found = Range(match.range, in: literal) else { continue }
            if pattern === PostalAddressDetector.stateAndZIP, let state = Range(match.range(at: 1), in: literal),
               !PostalAddressDetector.usStates.contains(String(literal[state])) { continue }
            return String(literal[found])
        }
        return nil
    }

    @Test func addressEvidenceIsThatOfRunningEveryExpression() {
        var found = 0
        for text in Self.texts(Self.addressPieces, seed: 0xADD2) {
            let expected = Self.referenceEvidence(text)
            if expected != nil { found += 1 }
            #expect(PostalAddressDetector.evidence(in: text, literal: TemplateText.literal(text)) == expected, "\(text.debugDescription)")
        }
        #expect(found > 100)
    }

    @Test func literalsAreNeverMissingWhereAnExpressionMatches() {
        // Each expression on its own, so one matching earlier cannot hide a bad literal list later.
        var checked = 0
        for text in Self.texts(Self.addressPieces, seed: 0xADD3) {
            for (expression, literals, _) in PostalAddressDetector.patterns {
                let pattern = expression()
                guard let literals, Self.firstMatch(pattern, text) != nil else { continue }
                checked += 1
                #expect(literals.mayMatch(text), "\(pattern.pattern) \(text.debugDescription)")
            }
        }
        #expect(checked > 50)
    }

    @Test func placeholderLiteralsAreNeverMissingWhereThePlaceholderExpressionMatches() {
        var checked = 0
        var spared = 0
        for text in Self.texts(Self.addressPieces + ["{{ x address }}", "[street]", "%%postal%%", "<%= sender_info %>", "{{ ]"], seed: 0xADD4) {
            let pieces = [PostalAddressDetector.placeholderLiterals, PostalAddressDetector.placeholderOpeners, PostalAddressDetector.placeholderClosers]
            if !pieces.allSatisfy({ $0.mayMatch(text) }) { spared += 1 }
            guard Self.firstMatch(PostalAddressDetector.placeholderPattern, text) != nil else { continue }
            checked += 1
            for literals in pieces { #expect(literals.mayMatch(text), "\(text.debugDescription)") }
        }
        #expect(checked > 30 && spared > 30, "\(checked) \(spared)")
    }

    @Test func germanicStreetPatternIsSpelledAsBefore() {
        let expected = #"\b\p{Lu}\p{Ll}*(?:straße|strasse|str\.|gasse|weg|allee|platz|damm|ufer|straat|laan|gracht|plein|kade|singel|vej|gade|gatan|vägen|veien|gata|katu)\s+\d{1,5}[a-z]?\b"#
        #expect(PostalAddressDetector.patterns.contains { $0.0().pattern == expected })
    }

    @Test func caseInsensitiveSearchFallsBackOnCharactersFoldingToASCII() {
        let literals = RequiredLiterals(["sale", "office"], caseInsensitive: true)
        #expect(literals.mayMatch("big SALE today"))
        #expect(!literals.mayMatch("big sal e today"))
        #expect(literals.mayMatch("ſale"))
        #expect(literals.mayMatch("o\u{FB03}ce"))
        let exact = RequiredLiterals(["Rue"], caseInsensitive: false)
        #expect(exact.mayMatch("12 Rue Foch") && !exact.mayMatch("12 RUE Foch"))
    }

    /// Every non-ASCII character whose case mappings reach an ASCII letter or digit is in the list.
    @Test func foldingListCoversTheUnicodeTables() {
        func reachesASCII(_ text: String) -> Bool {
            text.unicodeScalars.contains { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }
        }
        var found: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped else { continue }
            let text = String(scalar)
            if reachesASCII(text.lowercased()) || reachesASCII(text.uppercased()) || reachesASCII(text.uppercased().lowercased())
                || reachesASCII(text.lowercased().uppercased()) {
                found.append(value)
            }
        }
        #expect(Set(found).isSubset(of: Set(RequiredLiterals.mayFoldToASCII)), "\(found.map { String($0, radix: 16) })")
    }
}
