/// Flags HTML without a DOCTYPE, a language or a charset declaration.
struct HTMLMissingDoctypeLangCharsetRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "html-missing-doctype-lang-charset", name: "Missing DOCTYPE, lang or charset", category: .html,
        severity: .info, score: 0.1,
        summary: "The HTML lacks a <!DOCTYPE>, an <html lang> or a charset declaration (0.1 each for DOCTYPE and charset; lang is listed, not scored).",
        rationale: """
            Without a DOCTYPE clients render in quirks mode (caniemail html-doctype); without lang screen readers \
            guess the language (caniemail html-lang, WCAG 3.1.1); without a charset (a <meta charset> or, in a \
            message, the MIME Content-Type charset) accented text can turn into mojibake. SpamAssassin scores \
            similar hygiene lightly (HTML_MIME_NO_HTML_TAG up to 0.6, rspamd R_MISSING_CHARSET 0.5), so a missing \
            DOCTYPE or charset adds 0.1 each. No filter scores a missing lang and most real templates lack it \
            (236 of 329 in the test corpus), so it is listed without points. A template without any of them or \
            a <title> is taken for a fragment whose layout supplies the head, and is not checked.
            """,
        fix: "Start with <!DOCTYPE html>, use <html lang=\"en\"> (your language) and <meta charset=\"utf-8\">.",
        triggeringExamples: [
            RuleExample("↓<html><head><title>Hello</title></head><body><p>Hello</p></body></html>"),
            RuleExample(#"↓<!DOCTYPE html><html lang="en"><head><title>Hi</title></head><body><p>Hello</p></body></html>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><p>Hello</p></body></html>"#),
            RuleExample(#"<container><row><columns><p>Hello {{ name }}</p></columns></row></container>"#),
            RuleExample("""
                From: news@acme.example
                To: a@b.example
                Subject: Hello
                MIME-Version: 1.0
                Content-Type: text/html; charset=utf-8

                <!DOCTYPE html><html lang="en"><body><p>Hello</p></body></html>
                """),
            // Quoted-printable source (`lang=3D"en"`) is read decoded, and a pixel the ESP appends after
            // </html> (a second root) does not erase the language.
            RuleExample("""
                From: news@acme.example
                To: a@b.example
                Subject: Hello
                MIME-Version: 1.0
                Content-Type: text/html; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                <!DOCTYPE html>
                <html lang=3D"en" xmlns=3D"http://www.w3.org/1999/xhtml" xmlns:o=3D"urn:sch=
                emas-microsoft-com:office:office">
                <body><p>Hello</p></body></html><html><img src=3D"https://t.acme.example/o=
                pen.gif" width=3D"1" height=3D"1"></html>
                """),
            // A stray tag before <html lang>: libxml2 drops the misplaced root tag, its lang still counts.
            RuleExample("""
                <!DOCTYPE html><head><meta charset="utf-8"><title>Hi</title></head><!-- FILLER --> <html lang="en">
                <body><p>Hello</p></body></html>
                """),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let mimeCharset = document.parts.contains { $0.contentType.lowercased() == "text/html" && !($0.charset ?? "").isEmpty }
        return document.htmlBodies.compactMap { body in
            // A template with no DOCTYPE, lang, charset or title is a fragment (an Inky page, a partial)
            // whose layout supplies the document head.
            if document.kind == .template, !body.hasDoctype, body.language == nil, !body.declaresCharset, body.title == nil { return nil }
            var missing: [String] = []
            var scored = 0
            if !body.hasDoctype { missing.append("<!DOCTYPE>"); scored += 1 }
            if body.language == nil { missing.append("<html lang>") }
            if !body.declaresCharset, !mimeCharset { missing.append("charset declaration"); scored += 1 }
            guard !missing.isEmpty else { return nil }
            return Violation("HTML has no \(missing.joined(separator: ", "))", evidence: missing.joined(separator: ", "),
                             at: body.position, scoreFactor: Double(scored))
        }
    }
}
