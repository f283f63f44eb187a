/// Flags commercial mail that shows no physical postal address of the sender.
struct PostalAddressMissingRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "postal-address-missing", name: "No postal address", category: .compliance, severity: .warning, score: 1.0,
        summary: "Commercial mail (it offers unsubscription and does not read as transactional) shows no postal address or address placeholder.",
        rationale: """
            CAN-SPAM (15 U.S.C. 7704(a)(5); FTC "CAN-SPAM Act: A Compliance Guide for Business") requires commercial \
            mail to include a valid physical postal address: a street address, a USPS PO box or a registered private \
            mailbox; Canada's CASL and the EU e-commerce rules ask for the same. It is a legal duty rather than a \
            filter signal, hence the low score. Transactional mail is exempt, so the rule only checks mail that offers \
            unsubscription (a List-Unsubscribe header or an unsubscribe link or placeholder) and is not a member's post \
            to a discussion list (List-Post, X-BeenThere); mail worded as a receipt, statement, shipment or account \
            notice whose subject and opening do not advertise (sale, % off, offer…) counts as transactional and is not checked. Street, PO-box and \
            postcode formats of the US, UK, Canada, Australia, continental Europe and Japan count, and so do the ESP \
            placeholders that render the account's address (`*|LIST:ADDRESSLINE|*`, `*|HTML:LIST_ADDRESS_HTML|*`, \
            `{{ site_settings.company_street_address_1 }}`, `{{Sender_Address}}`, `%SENDER-INFO%` …).
            """,
        fix: "Add your postal address to the footer, or your ESP's address placeholder (Mailchimp *|LIST:ADDRESSLINE|*, SendGrid {{Sender_Address}}, HubSpot {{ site_settings.company_street_address_1 }}).",
        triggeringExamples: [
            RuleExample(#"↓<p>Spring sale: 20% off everything.</p><p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>"#),
            // The ad opens the body: commercial, whatever notice follows (CAN-SPAM's primary-purpose test).
            RuleExample(#"↓<p>Use code SPRING for 20% off your next order!</p><p>Thanks for your order.</p><p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>"#),
            RuleExample("From: Acme <news@acme.example>\nSubject: Sale\nList-Unsubscribe: <https://acme.example/u/1>\n\n↓Spring sale: 20% off everything at our 3 stores.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p>Spring sale.</p><p>Acme Inc, 548 Market St #28475, San Francisco, CA 94104</p><p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>"#),
            RuleExample(#"<p>Spring sale.</p><p>*|LIST:ADDRESSLINE|*</p><p><a href="*|UNSUB|*">Unsubscribe</a></p>"#),
            RuleExample(#"<p>Spring sale.</p><p>{{ site_settings.company_street_address_1 }}, {{ site_settings.company_city }}</p><a href="{{ unsubscribe_link }}">Unsubscribe</a>"#),
            RuleExample(#"<p>Sale.</p><p>Acme GmbH · Hauptstraße 5 · 10115 Berlin</p><a href="https://acme.example/abmelden">Abmelden</a>"#),
            RuleExample(#"<p>Sale.</p><p>Acme Ltd, PO Box 123, London</p><a href="https://acme.example/unsubscribe">Unsubscribe</a>"#),
            RuleExample(#"<p>Sale.</p><p>Acme SARL, 12 rue de la Paix, 75002 Paris</p><a href="https://acme.example/desinscription">Se désinscrire</a>"#),
            RuleExample(#"<p>Your password was reset. If this was not you, contact support.</p>"#),
            RuleExample(#"<p>Your October statement is ready.</p><p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>"#),
            // The notice opens the body; the coupon after it does not make the receipt an ad.
            RuleExample(#"<p>Thanks for your order! Use code SPRING for 20% off your next one.</p><p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>"#),
            RuleExample("From: Ann <ann@example.org>\nSubject: build fails\nList-Post: <mailto:users@lists.example.org>\nList-Unsubscribe: <mailto:users-leave@lists.example.org>\n\nHelp?\n"),
            RuleExample(#"<html><head><title>Your invoice</title></head><body><p>Invoice 1043 is attached.</p><a href="{{ unsubscribe_url }}">Unsubscribe</a></body></html>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard !MailingListSignals.isDiscussionList(document), !TemplateComposition.mayLackParts(document),
              document.headers.contains("list-unsubscribe") || UnsubscribeSignals.bodyOffersUnsubscribe(document, in: context) else { return [] }
        let texts = TemplateComposition.documents(document).flatMap {
            $0.htmlBodies.map { ($0.visibleText, $0.literalVisibleText) } + $0.textBodies.map { ($0.text, $0.literalText) }
        }
        guard !texts.isEmpty, !texts.contains(where: { PostalAddressDetector.holdsAddress(in: $0, literal: $1) }) else { return [] }
        // Transactional and relationship mail is exempt unless it also advertises.
        if PurposeAssessment.isTransactional(document, in: context) { return [] }
        let position = document.htmlBodies.first?.position ?? document.textBodies.first?.position ?? .start
        return [Violation("commercial mail without a physical postal address (CAN-SPAM)", evidence: "no address or address placeholder found",
                          at: position)]
    }
}
