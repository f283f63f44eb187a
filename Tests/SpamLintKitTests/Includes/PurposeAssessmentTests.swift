import Testing
@_spi(CLI) @testable import SpamLintKit

/// Transactional mail is exempt from the bulk-mail rules; the purpose is stated or read off the
/// subject, and phishing dressed as a notice still fails through the rules that never ask for it.
struct PurposeAssessmentTests {
    static let bulkRules: Set<String> = ["unsubscribe-header-missing", "one-click-unsubscribe-missing", "unsubscribe-link-missing",
                                         "postal-address-missing"]

    private func findings(_ source: String, purpose: MailPurpose? = nil) -> [Finding] {
        var options = LintOptions()
        options.settings.purpose = purpose
        return Linter(options: options).report(path: "x", bytes: Array(source.utf8)).findings
    }

    @Test("purpose and where it came from", arguments: [
        ("---\npurpose: transactional\n---\n<p>Sale!</p>", MailPurpose.transactional, PurposeAssessment.Source.frontMatter),
        ("---\npurpose: marketing\n---\n<p>Your receipt</p>", .marketing, .frontMatter),
        ("From: a@acme.example\nSubject: Your receipt from Acme\n\nTotal $4\n", .transactional, .heuristic),
        ("From: a@acme.example\nSubject: Security alert: new sign-in\n\nWas it you?\n", .transactional, .heuristic),
        ("From: a@acme.example\nSubject: Your order has shipped\n\nTracking number 1Z\n", .transactional, .heuristic),
        ("From: a@acme.example\nSubject: Your receipt - and 20% off your next order\n\nShop now\n", .marketing, .heuristic),
        ("From: a@acme.example\nSubject: Weekly news\n\nWe reset the password policy.\n", .marketing, .heuristic),
        ("From: a@acme.example\nSubject: Your receipt\nList-Id: <news.acme.example>\n\nTotal\n", .marketing, .heuristic),
        ("From: a@acme.example\nSubject: Your receipt\nPrecedence: bulk\n\nTotal\n", .marketing, .heuristic),
        ("<p>Your password reset code is 1234.</p>", .transactional, .heuristic),
        // CAN-SPAM's primary-purpose test: an ad in a receipt's footer leaves it a receipt; one that opens the body does not.
        ("From: a@acme.example\nSubject: Your receipt from Acme\n\nYour receipt: total $4\nShop now: 20% off boots\n",
         .transactional, .heuristic),
        ("From: a@acme.example\nSubject: Your receipt from Acme\n\nShop now: 20% off boots\nTotal $4\n", .marketing, .heuristic),
        ("<p>This is the receipt for your purchase.</p><p>10% off your next purchase!</p>", .transactional, .heuristic),
        ("<p>10% off your next purchase!</p><p>This is the receipt for your purchase.</p>", .marketing, .heuristic),
        ("<html><head><title>Email Template</title></head><body><p>Here is your invoice.</p></body></html>", .transactional, .heuristic),
        // A double opt-in request answers the recipient's own sign-up.
        ("From: a@acme.example\nSubject: Please confirm your subscription\n\nConfirm your subscription to the Acme newsletter.\n", .transactional, .heuristic),
        ("From: a@acme.example\nSubject: Subscription confirmation\n\nYou asked to join the Acme newsletter.\n", .transactional, .heuristic),
        ("From: a@acme.example\nSubject: Your package is out for delivery\n\nArriving today.\n", .transactional, .heuristic),
    ])
    func assessment(source: String, purpose: MailPurpose, from source2: PurposeAssessment.Source) {
        let assessment = PurposeAssessment.of(EmailReader.read(Array(source.utf8)))
        #expect(assessment.purpose == purpose)
        #expect(assessment.source == source2)
        #expect(!assessment.reason.isEmpty)
    }

    @Test func configurationPurposeAppliesAndFrontMatterWins() {
        let message = "From: a@acme.example\nSubject: Weekly news\n\nHello\n"
        #expect(findings(message).contains { $0.rule == "unsubscribe-header-missing" })
        #expect(!findings(message, purpose: .transactional).contains { Self.bulkRules.contains($0.rule) })
        let template = "---\npurpose: marketing\n---\n<p>Hello</p>"
        #expect(findings(template, purpose: .transactional).contains { $0.rule == "unsubscribe-link-missing" })
    }

    @Test func anUnknownFrontMatterPurposeIsReportedNotIgnored() {
        let document = EmailReader.read(Array("---\npurpose: promo\n---\n<p>Hi</p>".utf8))
        #expect(document.declaredPurpose == nil)
        #expect(document.problems.contains { $0.message.contains("purpose: must be transactional or marketing") })
    }

    @Test func aConfigurationPurposeMustBeKnown() throws {
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.parse("purpose: promo\n", file: ".spamlint.yml") }
        let configuration = try ConfigurationLoader.parse("purpose: transactional\n", file: ".spamlint.yml")
        #expect(configuration.purpose == .transactional)
    }

    @Test func aPlainReceiptStaysLow() {
        let receipt = """
            DKIM-Signature: v=1; a=rsa-sha256; d=acme.example; s=s1; h=from:to:subject:date:message-id; bh=abc=; b=def=
            From: Acme Store <orders@acme.example>
            To: sam@example.org
            Subject: Your receipt for order #10432
            Date: Mon, 2 Nov 2026 10:00:00 +0000
            Message-ID: <r10432@acme.example>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            Thanks for your order, Sam.
            Order #10432: 1 x Hiking boots, $89.00. Total $89.00.
            Questions? Reply to this email.

            """
        let report = Linter().report(path: "receipt.eml", bytes: Array(receipt.utf8))
        #expect(!report.findings.contains { Self.bulkRules.contains($0.rule) })
        #expect(report.score < 2.0)
        let template = """
            ---
            subject: Your receipt for order {{ order.number }}
            ---
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Your receipt</title></head>
            <body><p>Thanks for your order, {{ customer.first_name }}.</p>
            <table><tr><td>{{ item.title }}</td><td>{{ item.price }}</td></tr></table>
            <p>Total: {{ order.total }}</p><p><a href="https://acme.example/orders/{{ order.id }}">View your order</a></p></body></html>
            """
        let templateReport = Linter().report(path: "receipt.liquid", bytes: Array(template.utf8))
        #expect(!templateReport.findings.contains { Self.bulkRules.contains($0.rule) })
        #expect(templateReport.score < 2.0, "\(templateReport.findings.map(\.rule))")
    }

    @Test func phishingDressedAsANoticeStillFails() {
        let phish = """
            From: "PayPal Security" <service@paypa1-secure.example>
            To: sam@example.org
            Subject: Security alert: your account is suspended
            Date: Mon, 2 Nov 2026 10:00:00 +0000
            Message-ID: <x1@paypa1-secure.example>
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            <html><body><p>Your account is suspended. Verify your account now:</p>
            <a href="http://203.0.113.9/login">https://www.paypal.com/signin</a></body></html>

            """
        let report = Linter().report(path: "phish.eml", bytes: Array(phish.utf8))
        #expect(PurposeAssessment.of(EmailReader.read(Array(phish.utf8))).purpose == .transactional)
        #expect(report.failed)
        #expect(report.findings.contains { $0.rule == "link-text-url-mismatch" })
    }
}
