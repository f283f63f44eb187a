import Testing
@_spi(CLI) @testable import SpamLintKit

extension MIMEReadingTests {
    struct QuotedPrintableDecoderTests {
        private func decode(_ text: String) -> (String, Bool) {
            let result = QuotedPrintableDecoder.decode(ArraySlice(Array(text.utf8)))
            return (String(decoding: result.bytes, as: UTF8.self), result.isValid)
        }

        @Test func escapesInEitherCase() {
            #expect(decode("a=3Db") == ("a=b", true))
            #expect(decode("caf=C3=A9 caf=c3=a9") == ("café café", true))
        }

        @Test func softLineBreaks() {
            #expect(decode("Now's the time =\r\nfor all folk") == ("Now's the time for all folk", true))
            #expect(decode("long=\nline") == ("longline", true))
            #expect(decode("pad= \t\r\nded") == ("padded", true))
            #expect(decode("ends with=") == ("ends with", true))
        }

        @Test func hardLineBreaksDropTransportPadding() {
            #expect(decode("line one   \r\nline two") == ("line one\r\nline two", true))
            #expect(decode("kept=20\nnext") == ("kept \nnext", true))
        }

        @Test func invalidSequencesAreKeptLiterally() {
            #expect(decode("a=ZZb") == ("a=ZZb", false))
            #expect(decode("50% =off") == ("50% =off", false))
            #expect(decode("trail=4") == ("trail=4", false))
        }

        @Test func emptyInput() {
            #expect(decode("") == ("", true))
        }
    }
}
