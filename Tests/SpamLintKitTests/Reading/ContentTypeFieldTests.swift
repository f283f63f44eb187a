import Testing
@_spi(CLI) @testable import SpamLintKit

extension MIMEReadingTests {
    struct ContentTypeFieldTests {
        @Test func typeAndQuotedParameters() {
            let field = ContentTypeField(parsing: "Text/HTML; Charset=\"UTF-8\"; format=flowed")
            #expect(field.type == "text/html")
            #expect(field.parameters["charset"] == "UTF-8")
            #expect(field.parameters["format"] == "flowed")
        }

        @Test func emptyValueDefaultsToTextPlain() {
            #expect(ContentTypeField(parsing: "").type == "text/plain")
            #expect(ContentTypeField(parsing: "  ").parameters.isEmpty)
        }

        @Test func quotedStringsKeepSemicolonsAndEscapes() {
            let field = ContentTypeField(parsing: "multipart/mixed; boundary=\"a;b \\\"c\\\"\"")
            #expect(field.parameters["boundary"] == "a;b \"c\"")
        }

        @Test func rfc2231ContinuationsAndCharset() {
            let field = ContentTypeField(parsing: "attachment; filename*0*=utf-8''%E2%82%AC%20price; filename*1=\" list.pdf\"")
            #expect(field.type == "attachment")
            #expect(field.parameters["filename"] == "€ price list.pdf")
            let latin = ContentTypeField(parsing: "attachment; filename*=iso-8859-1'fr'Andr%E9.txt")
            #expect(latin.parameters["filename"] == "André.txt")
            let plainContinuation = ContentTypeField(parsing: "message/external-body; URL*0=\"ftp://\"; URL*1=\"example.org/x\"")
            #expect(plainContinuation.parameters["url"] == "ftp://example.org/x")
        }

        @Test func extendedFormWinsOverPlain() {
            let field = ContentTypeField(parsing: "attachment; filename=\"fallback.txt\"; filename*=utf-8''real%20name.txt")
            #expect(field.parameters["filename"] == "real name.txt")
        }

        @Test func toleratesMissingSemicolonsAndGarbage() {
            let field = ContentTypeField(parsing: "text/html charset=iso-8859-1 format=flowed")
            #expect(field.type == "text/html")
            #expect(field.parameters["charset"] == "iso-8859-1")
            #expect(field.parameters["format"] == "flowed")
            let junk = ContentTypeField(parsing: "text/plain; ;; =x; \"oops; charset=utf-8 (comment); name=\"unterminated")
            #expect(junk.type == "text/plain")
            let comment = ContentTypeField(parsing: "text/plain (plain text); charset=us-ascii (Plain text)")
            #expect(comment.parameters["charset"] == "us-ascii")
        }

        @Test func hostileInputDoesNotHang() {
            _ = ContentTypeField(parsing: String(repeating: "a ", count: 100_000))
            _ = ContentTypeField(parsing: String(repeating: "x*1*=%", count: 20_000))
            _ = ContentTypeField(parsing: String(repeating: "(", count: 50_000))
            _ = ContentTypeField(parsing: "text/plain; (\\")
            _ = ContentTypeField(parsing: "text/plain; a=\"\\")
        }
    }
}
