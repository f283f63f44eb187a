import Testing
@_spi(CLI) @testable import SpamLintKit

extension MIMEReadingTests {
    struct HeaderBlockReaderTests {
        private func read(_ text: String) -> (headers: HeaderList, bodyStart: Int, bodyLine: Int, problems: [ReadProblem]) {
            HeaderBlockReader.read(Array(text.utf8), from: 0, firstLine: 1)
        }

        @Test func unfoldsContinuationLinesRemovingOnlyTheLineBreak() {
            let result = read("Subject: This\r\n is a test\r\nTo: a@b.example\r\n\r\nBody\r\n")
            #expect(result.headers.first("subject")?.rawValue == "This is a test")
            #expect(result.headers.first("Subject")?.position == SourcePosition(line: 1, column: 1))
            #expect(result.headers.first("To")?.position == SourcePosition(line: 3, column: 1))
            #expect(result.bodyLine == 5)
            #expect(result.bodyStart == Array("Subject: This\r\n is a test\r\nTo: a@b.example\r\n\r\n".utf8).count)
            #expect(result.problems.isEmpty)
        }

        @Test func tabContinuationKeepsTheTab() {
            let result = read("Received: from a\n\tby b\n\n")
            #expect(result.headers.first("Received")?.value == "from a\tby b")
        }

        @Test func decodesEncodedWordsIntoValueOnly() {
            let result = read("Subject: =?ISO-8859-1?Q?Andr=E9?=\n =?ISO-8859-1?Q?_Pirard?=\n\n")
            let subject = result.headers.first("Subject")
            #expect(subject?.value == "André Pirard")
            #expect(subject?.rawValue == "=?ISO-8859-1?Q?Andr=E9?= =?ISO-8859-1?Q?_Pirard?=")
        }

        @Test func eightBitHeadersAreReadAsWindows1252() {
            var bytes = Array("Subject: Caf".utf8) + [0xE9, 0x20, 0x80] + Array("\n\nbody".utf8)
            let result = HeaderBlockReader.read(bytes, from: 0, firstLine: 1)
            #expect(result.headers.first("Subject")?.value == "Café €")
            bytes = Array("Subject: Café\n\n".utf8)
            #expect(HeaderBlockReader.read(bytes, from: 0, firstLine: 1).headers.first("Subject")?.value == "Café")
        }

        @Test func skipsMboxEnvelopeAndBOM() {
            let result = read("\u{FEFF}From sender@example.com Mon Jan  1 00:00:00 2024\nFrom: a@b.example\n\nHi\n")
            #expect(result.headers.fields.map(\.name) == ["From"])
            #expect(result.headers.first("From")?.position.line == 2)
            #expect(result.bodyLine == 4)
        }

        @Test func obsoleteFromFieldIsNotSkippedAsEnvelope() {
            let result = read("From  : John Doe <jdoe@machine.example>\nTo: x@y.example\n\n")
            #expect(result.headers.fields.map(\.name) == ["From", "To"])
            #expect(result.headers.first("From")?.value == "John Doe <jdoe@machine.example>")
        }

        @Test func lineWithoutColonIsReportedAndSkipped() {
            let result = read("From: a@b.example\nGARBAGE\nTo: c@d.example\n\nbody")
            #expect(result.headers.fields.map(\.name) == ["From", "To"])
            #expect(result.problems.map(\.kind) == [.malformedHeader])
            #expect(result.problems.first?.position.line == 2)
        }

        @Test func proseEndsTheHeaderBlock() {
            let text = "From: a@b.example\nHello there, this is the body.\nMore body\n"
            let result = read(text)
            #expect(result.headers.fields.count == 1)
            #expect(result.bodyLine == 2)
            #expect(result.bodyStart == Array("From: a@b.example\n".utf8).count)
            #expect(result.problems.map(\.kind) == [.malformedHeader])
        }

        @Test func obsoleteSpaceBeforeColon() {
            #expect(read("Subject : hello\n\n").headers.first("Subject")?.value == "hello")
        }

        @Test func readsFromAnOffsetWithLineNumbers() {
            let text = "X\nY\nContent-Type: text/plain\n\nbody"
            let result = HeaderBlockReader.read(Array(text.utf8), from: 4, firstLine: 3)
            #expect(result.headers.first("Content-Type")?.position.line == 3)
            #expect(result.bodyLine == 5)
        }

        @Test func headersUntilEndOfFile() {
            let result = read("From: a@b.example\nSubject: x")
            #expect(result.headers.fields.count == 2)
            #expect(result.bodyStart == Array("From: a@b.example\nSubject: x".utf8).count)
        }

        @Test func hostileInput() {
            let longLine = Array("Subject: ".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000) + Array("\n\n".utf8)
            #expect(HeaderBlockReader.read(longLine, from: 0, firstLine: 1).headers.first("Subject")?.value.count == 1_000_000)
            let junk = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
            _ = HeaderBlockReader.read(junk, from: 0, firstLine: 1)
            _ = HeaderBlockReader.read([], from: 0, firstLine: 1)
            _ = HeaderBlockReader.read([0, 0, 0, 0x0A, 0x3A], from: 0, firstLine: 1)
            _ = HeaderBlockReader.read(Array("a: b".utf8), from: 10, firstLine: 1)
        }
    }
}
