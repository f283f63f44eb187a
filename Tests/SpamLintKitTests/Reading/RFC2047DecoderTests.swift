import Testing
@_spi(CLI) @testable import SpamLintKit

extension MIMEReadingTests {
    struct RFC2047DecoderTests {
        // RFC 2047 §8 examples.
        @Test func rfcSection8Examples() {
            #expect(RFC2047Decoder.decode("(=?ISO-8859-1?Q?a?=)") == "(a)")
            #expect(RFC2047Decoder.decode("(=?ISO-8859-1?Q?a?= b)") == "(a b)")
            #expect(RFC2047Decoder.decode("(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)") == "(ab)")
            #expect(RFC2047Decoder.decode("(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)") == "(ab)")
            #expect(RFC2047Decoder.decode("(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)") == "(ab)")
            #expect(RFC2047Decoder.decode("(=?ISO-8859-1?Q?a_b?=)") == "(a b)")
            #expect(RFC2047Decoder.decode("(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)") == "(a b)")
            #expect(RFC2047Decoder.decode("=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>") == "Keith Moore <moore@cs.utk.edu>")
            #expect(RFC2047Decoder.decode("=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>") == "André Pirard <PIRARD@vm1.ulg.ac.be>")
            #expect(RFC2047Decoder.decode("=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?= =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=")
                    == "If you can read this you understand the example.")
            #expect(RFC2047Decoder.decode("=?ISO-8859-1?Q?Olle_J=E4rnefors?=") == "Olle Järnefors")
        }

        @Test func multibyteCharacterSplitAcrossWords() {
            #expect(RFC2047Decoder.decode("=?UTF-8?B?R3LD?= =?UTF-8?B?vMOfZQ==?=") == "Grüße")
            #expect(RFC2047Decoder.decode("=?utf-8?B?5pel5g==?=\r\n =?UTF-8?B?nKzoqp7jg4bjgq3jgrnjg4g=?=") == "日本語テキスト")
            #expect(RFC2047Decoder.decode("=?utf-8?q?Gr=C3?= =?utf-8?q?=BC=C3=9Fe?=") == "Grüße")
        }

        @Test func legacyCharsets() {
            #expect(RFC2047Decoder.decode("=?windows-1252?Q?Only_=80_5?=") == "Only € 5")
            #expect(RFC2047Decoder.decode("=?KOI8-R?B?8NLJ18XU?=") == "Привет")
            #expect(RFC2047Decoder.decode("=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=") == "こんにちは")
        }

        @Test func languageSuffixAndCase() {
            #expect(RFC2047Decoder.decode("=?US-ASCII*EN?Q?Keith_Moore?=") == "Keith Moore")
            #expect(RFC2047Decoder.decode("=?utf-8?b?4oKs?=") == "€")
        }

        @Test func malformedAndUnknownWordsAreKept() {
            #expect(RFC2047Decoder.decode("=?x-unknown-charset?Q?abc?=") == "=?x-unknown-charset?Q?abc?=")
            #expect(RFC2047Decoder.decode("=?utf-8?X?abc?=") == "=?utf-8?X?abc?=")
            #expect(RFC2047Decoder.decode("price =? 5") == "price =? 5")
            #expect(RFC2047Decoder.decode("=?utf-8?Q?unterminated") == "=?utf-8?Q?unterminated")
            #expect(RFC2047Decoder.decode("plain text") == "plain text")
            #expect(RFC2047Decoder.decode("") == "")
        }

        @Test func textBetweenWordsIsKept() {
            #expect(RFC2047Decoder.decode("=?utf-8?Q?a?= and =?utf-8?Q?b?=") == "a and b")
        }

        @Test func hostileInputIsLinear() {
            let junk = String(repeating: "=?utf-8?Q?", count: 50_000)
            #expect(RFC2047Decoder.decode(junk) == junk)
        }
    }
}
