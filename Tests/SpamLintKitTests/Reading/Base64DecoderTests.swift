import Testing
@_spi(CLI) @testable import SpamLintKit

extension MIMEReadingTests {
    struct Base64DecoderTests {
        private func decode(_ text: String) -> (String, Bool) {
            let result = Base64Decoder.decode(ArraySlice(Array(text.utf8)))
            return (String(decoding: result.bytes, as: UTF8.self), result.isValid)
        }

        @Test func rfc4648Vectors() {
            #expect(decode("") == ("", true))
            #expect(decode("Zg==") == ("f", true))
            #expect(decode("Zm8=") == ("fo", true))
            #expect(decode("Zm9v") == ("foo", true))
            #expect(decode("Zm9vYg==") == ("foob", true))
            #expect(decode("Zm9vYmE=") == ("fooba", true))
            #expect(decode("Zm9vYmFy") == ("foobar", true))
        }

        @Test func lineBreaksAndWhitespaceAreSkipped() {
            #expect(decode("R3LDvMOfZSBh\r\ndXMgS8O2bG4=\r\n") == ("Grüße aus Köln", true))
            #expect(decode("  Zm9v\n\tYmFy  ") == ("foobar", true))
        }

        @Test func missingPaddingDecodesTheTail() {
            #expect(decode("Zm9vYg") == ("foob", true))
            #expect(decode("Zm9vYmE") == ("fooba", true))
            #expect(decode("Zm9vY") == ("foo", false))
        }

        @Test func invalidCharactersAreSkippedAndReported() {
            #expect(decode("Zm9v*YmFy") == ("foobar", false))
            #expect(decode("Zm9v\u{7F}YmFy!") == ("foobar", false))
        }

        @Test func decodingStopsAtPadding() {
            #expect(decode("Zm8=Zm9v") == ("fo", true))
        }

        @Test func slicesWithNonZeroStartIndex() {
            let bytes = Array("xxxxZm9vYmFy".utf8)
            #expect(Base64Decoder.decode(bytes[4...]).bytes == Array("foobar".utf8))
        }
    }
}
