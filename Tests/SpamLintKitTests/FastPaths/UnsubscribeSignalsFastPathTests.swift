import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// `UnsubscribeSignals` searches ASCII text case-insensitively as bytes and no longer lower-cases
/// whole bodies; it must answer as the lower-casing code did.
struct UnsubscribeSignalsFastPathTests {
    static func referenceMatches(_ text: String) -> Bool {
        let lower = text.lowercased()
        return UnsubscribeSignals.fragments.contains { TextSearch.contains(lower, $0) }
    }

    static func referencePlaceholder(_ text: String) -> Bool {
        let bytes = Array(text.lowercased().utf8)
        for (open, close) in [("{{", "}}"), ("*|", "|*"), ("%%", "%%"), ("<%", "%>"), ("[", "]"), ("%", "%")] {
            var from = 0
            while let start = TextSearch.byteRange(of: open, in: String(decoding: bytes, as: UTF8.self), from: from),
                  let end = TextSearch.byteRange(of: close, in: String(decoding: bytes, as: UTF8.self), from: start.upperBound) {
                let enclosed = String(decoding: bytes[start.upperBound..<end.lowerBound], as: UTF8.self)
                // A single-bracket tag counts only when an ESP fills it; `[[…]]` is template syntax.
                let found = open == "[" && !enclosed.hasPrefix("[")
                    ? UnsubscribeSignals.bracketPlaceholders.contains(enclosed.trimmingWhitespace()) : referenceMatches(enclosed)
                if found { return true }
                from = end.upperBound
            }
        }
        return false
    }

    static let samples: [String] = {
        var texts = TextSamples.corpus(seed: 0x0B5E, count: 500)
        texts += [
            "UNSUBSCRIBE", "Click to Opt-Out", "https://acme.example/Preferences?id=1", "ABMELDEN", "Se DÉSINSCRIRE", "Se DESINSCRIRE",
            "ОТПИСАТЬСЯ", "配信停止はこちら", "{{ UnSub_Link }}", "*|UNSUB|*", "<%asm_group_unsubscribe_raw_url%>", "[Manage Your Subscription]", "[Unsubscribe]", "[UNSUBSCRIBE_LINK]", "[[UNSUB_LINK_EN]]", "[ Preferences ]",
            "%%unsubscribe%%", "{{ name }} and [x] and %y%", "un\u{212A}sub", "\u{212A}", "opt\u{A0}out", "opt out", "uns", "",
            "LIST-UNSUBSCRIBE", "manage_Subscription", "e\u{301}mail settings", "unsub\u{301}", "[unsub\u{301}]", "{{\u{130}unsub}}",
        ]
        return texts
    }()

    /// The ASCII search gives up early on text without any fragment, so every bracket tag must hold one.
    @Test func bracketPlaceholdersHoldAFragment() {
        for name in UnsubscribeSignals.bracketPlaceholders {
            #expect(Self.referenceMatches(name), "\(name)")
            #expect(name == name.lowercased())
        }
    }

    @Test func fragmentsAreLowerCase() {
        for fragment in UnsubscribeSignals.fragments { #expect(fragment == fragment.lowercased()) }
    }

    @Test func matchesAsTheLowerCasingSearchDid() {
        var found = 0
        for text in Self.samples {
            let expected = Self.referenceMatches(text)
            if expected { found += 1 }
            #expect(UnsubscribeSignals.matches(text) == expected, "\(text.debugDescription)")
        }
        // Both answers occur often enough to compare.
        #expect(found > 50 && found < Self.samples.count - 50)
    }

    @Test func findsPlaceholdersAsTheLowerCasingSearchDid() {
        var samples = TextSamples(seed: 0xDE1)
        var texts = Self.samples
        for _ in 0..<300 {
            // Wrap pieces in delimiters so the enclosed stretches are searched.
            let open = samples.pick(["{{", "*|", "%%", "<%", "[", "%"])
            let close = samples.pick(["}}", "|*", "%%", "%>", "]", "%"])
            texts.append(samples.text(pieces: 3, unicodeShare: 3) + open + samples.text(pieces: 2, unicodeShare: 2) + close
                         + samples.text(pieces: 3, unicodeShare: 1))
        }
        var found = 0
        for text in texts {
            let expected = Self.referencePlaceholder(text)
            if expected { found += 1 }
            #expect(UnsubscribeSignals.containsUnsubscribePlaceholder(text) == expected, "\(text.debugDescription)")
        }
        #expect(found > 20 && found < texts.count - 20)
    }

    /// The placeholder search checks each enclosed stretch lower-cased once where the old code lower-cased twice.
    @Test func lowerCasingIsIdempotent() {
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else { continue }
            let once = String(scalar).lowercased()
            #expect(once.lowercased() == once, "U+\(String(value, radix: 16))")
        }
    }
}

extension UnsubscribeSignalsFastPathTests {
    @Test func placeholderOpenersAreFoundAsFoundationFindsThem() {
        var found = 0
        for text in Self.samples + ["a [b", "100%", "{x}", "*|", "<%= x %>", "%\u{301}", "[\u{301}", "plain text"] {
            let expected = ["{{", "*|", "%%", "<%", "[", "%"].contains { text.contains($0) }
            if expected { found += 1 }
            #expect(UnsubscribeSignals.mayHoldPlaceholder(text) == expected, "\(text.debugDescription)")
        }
        #expect(found > 50)
    }
}

extension UnsubscribeSignalsFastPathTests {
    /// Non-ASCII texts with openers next to combining marks, prepended characters and other non-ASCII neighbours,
    /// where the byte answer must defer to Foundation.
    @Test func openersBesideNonASCIIAreFoundAsFoundationFindsThem() {
        var samples = TextSamples(seed: 0x0FE2)
        let neighbours = ["", "\u{301}", "\u{600}", "é", "a", " ", "\u{200D}", "\u{308}", "中", "\u{338}", "{", "|", "%"]
        var texts = ["é[x", "[é", "\u{600}[", "%\u{301} 100% x", "é{{x", "é<%", "é*|", "\u{600}%\u{301}", "é%", "{\u{301}{", "<\u{338}%"]
        for _ in 0..<600 {
            var text = samples.text(pieces: Int(samples.next() % 4), unicodeShare: 4)
            for _ in 0..<1 + Int(samples.next() % 2) {
                text += samples.pick(neighbours) + samples.pick(["{{", "*|", "%%", "<%", "[", "%", "{", "*", "<"]) + samples.pick(neighbours)
            }
            texts.append(text + samples.text(pieces: Int(samples.next() % 3), unicodeShare: 2))
        }
        var found = 0
        var missed = 0
        for text in texts {
            let expected = ["{{", "*|", "%%", "<%", "[", "%"].contains { text.contains($0) }
            if expected { found += 1 } else { missed += 1 }
            #expect(UnsubscribeSignals.mayHoldPlaceholder(text) == expected, "\(text.debugDescription)")
            #expect(UnsubscribeSignals.containsUnsubscribePlaceholder(text) == Self.referencePlaceholder(text), "\(text.debugDescription)")
        }
        #expect(found > 100 && missed > 20, "\(found) \(missed)")
    }
}

extension UnsubscribeSignalsFastPathTests {
    /// The plain opener pass must agree with the literal set it stands in for on ASCII text.
    @Test func asciiOpenerPassAgreesWithTheLiteralSet() {
        var samples = TextSamples(seed: 0x09E4)
        let alphabet: [UInt8] = Array("{}*|%<>[]ax -".utf8)
        var texts: [[UInt8]] = [[], Array("{".utf8), Array("{{".utf8), Array("*".utf8), Array("|*".utf8), Array("<".utf8), Array("%".utf8)]
        for _ in 0..<3000 { texts.append((0..<Int(samples.next() % 7)).map { _ in alphabet[Int(samples.next() % UInt64(alphabet.count))] }) }
        var found = 0
        for text in texts {
            let expected = text.withUnsafeBufferPointer { UnsubscribeSignals.placeholderOpeners.occurs(in: $0) }
            if expected { found += 1 }
            #expect(text.withUnsafeBufferPointer(UnsubscribeSignals.asciiOpenerOccurs) == expected, "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
        #expect(found > 500 && found < texts.count - 500)
    }
}
