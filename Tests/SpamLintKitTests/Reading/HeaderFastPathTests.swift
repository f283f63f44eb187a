import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Header look-ups and the byte fast paths used while reading headers agree with the Character/Unicode operations
/// they replace, on ASCII and on the non-ASCII text where they hand over.
struct HeaderFastPathTests {
    static let names = ["From", "from", "FROM", "fRoM", "From ", "Fro", "Frome", "X-Mailer", "x-mailer", "X_Mailer", "",
                        "List-Unsubscribe", "LIST-UNSUBSCRIBE-POST", "[", "{", "@", "`", // bytes next to A–Z and a–z
                        "\u{212A}", "k", "K", "İ", "i\u{307}", "ß", "SS", "é", "e\u{301}", "É", "Straße", "STRASSE", "Ⅻ", "ⅻ"]

    /// Whatever HeaderList compares names with must mean `lowercased() ==`.
    @Test func headerLookUpMatchesExactlyWhenTheLowerCasesAreEqual() {
        let position = SourcePosition(line: 1, column: 1)
        for name in Self.names {
            let list = HeaderList(Self.names.map { Header(name: $0, value: $0, position: position) })
            let expected = Self.names.filter { $0.lowercased() == name.lowercased() }
            #expect(list.all(name).map(\.value) == expected, "\(name)")
            #expect(list.first(name)?.value == expected.first, "\(name)")
            #expect(list.contains(name) == !expected.isEmpty, "\(name)")
        }
    }

    @Test func everyASCIIByteFoldsLikeLowercased() {
        let position = SourcePosition(line: 1, column: 1)
        let list = HeaderList((UInt8(0)..<0x80).map { byte in
            let text = "X" + String(decoding: [byte], as: UTF8.self)
            return Header(name: text, value: text, position: position)
        })
        for byte in UInt8(0)..<0x80 {
            let wanted = "x" + String(decoding: [byte], as: UTF8.self)
            #expect(list.all(wanted).map(\.value) == list.fields.map(\.name).filter { $0.lowercased() == wanted.lowercased() })
        }
    }

    static let texts = ["text/html", "TEXT/HTML", "texthtml", "/", "", "text/\u{301}html", "a\u{600}/b", "=?utf-8?q?x?=",
                        "=?\u{301}", "\u{600}=?x", "name =? x", "=", "?", "?=", "é/", "\r\n/", "x=?"]

    @Test func containsAgreesWithFoundation() {
        for text in Self.texts {
            #expect(HeaderASCII.contains(text, "/") == text.contains("/"), "\(text)")
            #expect(HeaderASCII.contains(text, "=?") == text.contains("=?"), "\(text)")
        }
    }

    @Test func whitespaceHelpersAgreeWithCharacterProperties() {
        var samples = Self.texts + ["  a \t b\r\n c  ", "\u{B}x\u{C}y\u{1C}z\u{1F}", "\r\n", " ", "a\u{A0}b", "a\u{85}b c", "\u{3000}x"]
        // Every ASCII byte alone, between letters and doubled.
        for byte in UInt8(0)..<0x80 {
            let character = String(decoding: [byte], as: UTF8.self)
            samples += [character, "a" + character + "b", character + character + "x" + character]
        }
        for text in samples {
            #expect(HeaderASCII.removingWhitespace(text) == String(text.filter { !$0.isWhitespace }), "\(Array(text.utf8))")
            #expect(HeaderASCII.removingWhitespace(text.dropFirst()) == String(text.dropFirst().filter { !$0.isWhitespace }))
            #expect(HeaderASCII.collapsingWhitespace(text) == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                    "\(Array(text.utf8))")
        }
    }

    @Test func encodedWordStartIsFoundOnBytes() {
        #expect(RFC2047Decoder.containsEncodedWordStart(Array("a =?utf-8?B?QUJD?=".utf8)))
        #expect(RFC2047Decoder.containsEncodedWordStart(Array("=?".utf8)))
        #expect(!RFC2047Decoder.containsEncodedWordStart(Array("a = ? b ?= =".utf8)))
        #expect(!RFC2047Decoder.containsEncodedWordStart([UInt8]()))
        #expect(!RFC2047Decoder.containsEncodedWordStart(Array("?=?".utf8).dropFirst(2)))
    }

    @Test func headerValuesWithAndWithoutEncodedWords() {
        let text = "Subject: =?utf-8?B?SGVsbG8=?= world\nX-Plain: caf\u{E9} ? = ok\nX-Latin: caf"
        let bytes = Array(text.utf8) + [0xE9] + Array("=?iso-8859-1?Q?_=E9?=\n\nbody".utf8)
        let headers = HeaderBlockReader.read(bytes, from: 0, firstLine: 1).headers
        #expect(headers.first("Subject")?.value == "Hello world")
        #expect(headers.first("X-Plain")?.value == "caf\u{E9} ? = ok")
        #expect(headers.first("X-Plain")?.rawValue == headers.first("X-Plain")?.value)
        // Not UTF-8, so the raw value is windows-1252; the encoded word after it is still decoded.
        #expect(headers.first("X-Latin")?.value == "caf\u{E9} \u{E9}")
    }
}
