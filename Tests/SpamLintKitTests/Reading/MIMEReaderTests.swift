import Testing
@_spi(CLI) @testable import SpamLintKit

extension MIMEReadingTests {
    struct MIMEReaderTests {
        private func read(_ text: String) -> MIMEMessage {
            MIMEReader.read(Array(text.utf8))
        }

        @Test func singlePartMessageIsOneLeafWithTheTopLevelHeaders() {
            let message = read("From: a@b.example\nSubject: Hi\n\nHello\nWorld\n")
            #expect(message.leaves.count == 1)
            let leaf = message.leaves[0]
            #expect(leaf.path == "1")
            #expect(leaf.contentType == "text/plain")
            #expect(leaf.headers.first("Subject")?.value == "Hi")
            #expect(leaf.text == "Hello\nWorld\n")
            #expect(leaf.bodyLine == 4)
            #expect(leaf.lineMapIsExact)
            #expect(message.problems.isEmpty)
        }

        @Test func nestedMultipartThreeLevelsDepthFirst() {
            let text = """
            From: a@b.example\r
            MIME-Version: 1.0\r
            Content-Type: multipart/mixed; boundary="outer"\r
            \r
            This is the preamble.\r
            --outer\r
            Content-Type: multipart/alternative; boundary=alt\r
            \r
            --alt\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            Plain text\r
            --alt\r
            Content-Type: multipart/related; boundary="rel"\r
            \r
            --rel\r
            Content-Type: text/html; charset=iso-8859-1\r
            Content-Transfer-Encoding: quoted-printable\r
            \r
            <p>Caf=E9 =3D good</p>\r
            --rel\r
            Content-Type: image/png\r
            Content-Transfer-Encoding: base64\r
            \r
            iVBORw0K\r
            --rel--\r
            --alt--\r
            \r
            --outer\r
            Content-Type: application/pdf; name="x.pdf"\r
            Content-Disposition: attachment; filename*=utf-8''%E2%82%AC.pdf\r
            Content-Transfer-Encoding: base64\r
            \r
            JVBERi0=\r
            --outer--  \r
            epilogue\r

            """
            let message = read(text)
            #expect(message.leaves.map(\.path) == ["1.1", "1.2.1", "1.2.2", "2"])
            #expect(message.leaves.map(\.contentType) == ["text/plain", "text/html", "image/png", "application/pdf"])
            #expect(message.leaves[0].text == "Plain text")
            #expect(message.leaves[0].bodyLine == 12)
            #expect(message.leaves[1].text == "<p>Café = good</p>")
            #expect(message.leaves[1].charset == "iso-8859-1")
            #expect(message.leaves[1].transferEncoding == "quoted-printable")
            #expect(!message.leaves[1].lineMapIsExact)
            #expect(message.leaves[2].decoded == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])
            #expect(message.leaves[2].text == nil)
            #expect(message.leaves[3].disposition == "attachment")
            #expect(message.leaves[3].filename == "€.pdf")
            #expect(message.leaves[3].decoded == Array("%PDF-".utf8))
            #expect(message.problems.isEmpty)
        }

        @Test func missingClosingBoundaryReadsToTheEnd() {
            let message = read("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nfirst\n--b\nContent-Type: text/html\n\n<b>last</b>\n")
            #expect(message.leaves.map(\.text) == ["first", "<b>last</b>\n"])
            #expect(message.problems.map(\.kind) == [.missingClosingBoundary])
            #expect(message.problems.first?.position == SourcePosition(line: 1, column: 1))
        }

        @Test func missingBoundaryParameterIsInferred() {
            let message = read("Subject: x\nContent-Type: multipart/alternative\n\n--guess\n\none\n--guess\n\ntwo\n--guess--\n")
            #expect(message.leaves.map(\.text) == ["one", "two"])
            #expect(message.problems.map(\.kind) == [.missingBoundaryParameter])
            #expect(message.problems.first?.position.line == 2)
        }

        @Test func multipartWithoutAnyBoundaryLineKeepsItsText() {
            let message = read("Content-Type: multipart/mixed; boundary=zzz\n\nJust text\n")
            #expect(message.leaves.count == 1)
            #expect(message.leaves.first?.text == "Just text\n")
            #expect(message.problems.map(\.kind) == [.missingClosingBoundary])
        }

        @Test func badBase64IsDecodedAsFarAsPossible() {
            let message = read("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGVsbG8g!!d29y\nbGQ\n--b--\n")
            #expect(message.leaves.first?.text == "Hello world")
            #expect(message.problems.map(\.kind) == [.invalidBase64])
            #expect(message.problems.first?.position.line == 5)
        }

        @Test func charsetProblems() {
            let unknown = read("Content-Type: text/plain; charset=x-no-such-charset\n\nhello")
            #expect(unknown.leaves.first?.text == "hello")
            #expect(unknown.problems.map(\.kind) == [.unknownCharset])

            let invalid = MIMEReader.read(Array("Content-Type: text/plain; charset=utf-8\n\nbad ".utf8) + [0xFF, 0xFE])
            #expect(invalid.leaves.first?.text == "bad \u{FFFD}\u{FFFD}")
            #expect(invalid.problems.map(\.kind) == [.invalidUTF8])

            let undeclared = MIMEReader.read(Array("Subject: x\n\nCaf".utf8) + [0xE9])
            #expect(undeclared.leaves.first?.text == "Café")
            #expect(undeclared.problems.isEmpty)

            let koi8 = read("Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: base64\n\n8NLJ18XU\n")
            #expect(koi8.leaves.first?.text == "Привет")
        }

        @Test func messageRFC822IsAnAttachmentLeaf() {
            let message = read("""
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: message/rfc822

            Subject: inner
            Content-Type: multipart/mixed; boundary=c

            --c
            inner body
            --c--
            --b--
            """)
            #expect(message.leaves.count == 1)
            #expect(message.leaves.first?.contentType == "message/rfc822")
            #expect(message.leaves.first?.disposition == "attachment")
            #expect(message.leaves.first?.text == nil)
        }

        @Test func attachmentTextIsNotDecodedAsBodyAndNamesAreDecoded() {
            let message = read("""
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain; name="=?utf-8?B?4oKs?=.txt"
            Content-Disposition: attachment

            data
            --b--
            """)
            #expect(message.leaves.first?.filename == "€.txt")
            #expect(message.leaves.first?.text == nil)
            #expect(message.leaves.first?.disposition == "attachment")
        }

        @Test func deepNestingIsCappedAndReported() {
            var text = "Content-Type: multipart/mixed; boundary=b0\n\n"
            for level in 1...1000 {
                text += "--b\(level - 1)\nContent-Type: multipart/mixed; boundary=b\(level)\n\n"
            }
            text += "--b1000\n\nleaf\n"
            let message = read(text)
            #expect(message.problems.contains { $0.kind == .nestingTooDeep })
            #expect(!message.leaves.isEmpty)
        }

        @Test func sameBoundaryNestedDoesNotLoop() {
            var text = "Content-Type: multipart/mixed; boundary=b\n\n"
            for _ in 0..<1000 { text += "--b\nContent-Type: multipart/mixed; boundary=b\n\n" }
            _ = read(text)
        }

        @Test func binaryJunkAndEmptyInputDoNotCrash() {
            #expect(MIMEReader.read([]).leaves.count == 1)
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<20 {
                let junk = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
                _ = MIMEReader.read(junk)
                _ = MIMEReader.read(Array("Content-Type: multipart/mixed; boundary=x\n\n--x\n".utf8) + junk)
            }
            _ = MIMEReader.read([0x00, 0x0A, 0x0A, 0x00])
            _ = MIMEReader.read(Array("Content-Type: multipart/mixed; boundary=\"\"\n\n--\n--\n".utf8))
            _ = MIMEReader.read(Array("Content-Type: multipart/mixed; boundary=b\n\n--b".utf8))
        }

        @Test func thousandsOfPartsAndLargeAttachmentsAreRead() {
            var text = "Content-Type: multipart/mixed; boundary=p\n\n"
            for index in 0..<5000 { text += "--p\nContent-Type: text/plain\n\npart \(index)\n" }
            text += "--p--\n"
            #expect(read(text).leaves.count == 5000)

            let line = String(repeating: "QUJD", count: 19) + "\r\n"
            let attachment = "Content-Type: multipart/mixed; boundary=p\r\n\r\n--p\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + String(repeating: line, count: 60_000) + "--p--\r\n"
            let bytes = Array(attachment.utf8)
            #expect(MIMEReader.read(bytes).leaves.first?.decoded.count == 57 * 60_000)
        }
    }
}
