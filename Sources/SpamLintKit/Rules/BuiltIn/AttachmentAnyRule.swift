/// Notes that bulk mail carries a file attachment.
struct AttachmentAnyRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "attachment-any", name: "Attachment", category: .structure, severity: .info, score: 0.5,
        summary: "The message carries a file attachment (inline images and signatures aside).",
        rationale: """
            Attachments are how malware travels, so filters scan them and are warier of bulk mail that has one; \
            Mailchimp and most ESPs do not allow attachments in campaigns and advise linking to the file instead \
            (research notes: rspamd and SpamAssassin score attachment types, not their mere presence). \
            Informational: a receipt PDF is normal in transactional mail.
            """,
        fix: "Link to the file on your website instead of attaching it, unless the recipient expects the attachment.",
        triggeringExamples: [
            RuleExample("""
                From: Acme <news@acme.example>
                Subject: Brochure
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain

                Our brochure is attached.
                --b1
                Content-Type: application/pdf; name="brochure.pdf"
                Content-Disposition: attachment; filename="brochure.pdf"
                Content-Transfer-Encoding: base64

                ↓JVBERi0xLjQK
                --b1--
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Brochure\n\nRead the brochure at https://acme.example/brochure\n"),
            RuleExample("""
                From: Acme <news@acme.example>
                Subject: Logo
                MIME-Version: 1.0
                Content-Type: multipart/related; boundary="b1"

                --b1
                Content-Type: text/html

                <p>Hello <img src="cid:logo" alt="Acme"></p>
                --b1
                Content-Type: image/png
                Content-ID: <logo>
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --b1--
                """),
        ]
    )

    /// Parts that carry no file the recipient opens: cryptographic signatures.
    static let signatureTypes: Set<String> = [
        "application/pgp-signature", "application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-keys",
    ]

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let files = document.attachments.filter(Self.isFile)
        guard let first = files.first else { return [] }
        let names = files.map { $0.filename ?? $0.contentType }
        return [Violation("the message carries \(files.count == 1 ? "an attachment" : "\(files.count) attachments")",
                          evidence: names.joined(separator: ", "), at: first.position)]
    }

    /// An attachment the recipient sees as a file: not an inline image of the HTML, not a signature.
    static func isFile(_ attachment: Attachment) -> Bool {
        if signatureTypes.contains(attachment.contentType) { return false }
        if attachment.contentType.hasPrefix("image/"), attachment.disposition != "attachment" { return false }
        return true
    }
}
