import Foundation
import Testing
import SpamLintInterop
@_spi(CLI) @testable import SpamLintKit

/// The helpers behind the issue-3 header, text, MIME and compliance rules, on edges the rule
/// examples do not cover.
struct CatalogueHelperTests {
    @Test func catalogueRulesAreShipped() {
        let required = [
            "from-multiple-addresses", "header-duplicate", "message-id-missing", "date-missing", "subject-fake-reply",
            "from-freemail-bulk", "from-noreply", "dkim-unsigned-unsubscribe", "subject-all-caps", "subject-excess-punctuation",
            "subject-too-long", "url-in-subject", "body-shouting", "empty-body", "parts-differ", "attachment-risky",
            "attachment-any", "postal-address-missing",
        ]
        let ids = Set(BuiltInRules.all.map(\.description.id))
        for id in required { #expect(ids.contains(id), "\(id) missing") }
    }

    @Test(arguments: [
        ("Re: lunch", ["Re:"]), ("RE: Fwd: offer", ["RE:", "Fwd:"]), ("Re[2]: x", ["Re[2]:"]), ("AW: Angebot", ["AW:"]),
        ("回复：会议", ["回复："]), ("R: ciao", ["R:"]), ("r: lower", []), ("Reminder: meeting", []), ("Receipt: #12", []),
        ("Re:", ["Re:"]), ("Subject without prefix", []), ("Odp: Witam", ["Odp:"]),
    ])
    func subjectPrefixes(subject: String, expected: [String]) {
        #expect(SubjectPrefix.split(subject).prefixes == expected)
    }

    @Test(arguments: [
        "548 Market St #28475, San Francisco", "Springfield, MA 12345", "1600 Amphitheatre Pkwy", "P.O. Box 1234",
        "PO Box 77, Dublin", "Acme Ltd, 10 Downing Street, London", "London SW1A 2AA", "Ottawa ON K1A 0B1", "Sydney NSW 2000",
        "Hauptstraße 5, 10115 Berlin", "Keizersgracht 123, 1015 CJ Amsterdam", "12 rue de la Paix, 75002 Paris",
        "Via Roma 12, Milano", "Calle Mayor, 5, Madrid", "Postfach 10 11 12", "〒100-0005 東京都", "123, Green Garden Street, Texas",
        "*|LIST:ADDRESSLINE|*", "*|HTML:LIST_ADDRESS_HTML|*", "*|LIST_ADDRESS|*", "{{{address}}}", "{{Sender_Address}}",
        "[Sender_Address], [Sender_City]", "548 MARKET ST", "Ul. Długa 5", "ul. Długa 5, Gdańsk", "{{ site_settings.company_street_address_1 }}", "%SENDER-INFO-SINGLELINE%",
        "{{ organization.full_address }}", "548\u{A0}Market\u{2009}St", "〒１００-０００５", "Austin, ZZ 12345 · Boston, MA 02110",
    ])
    func addressesAreRecognised(text: String) {
        #expect(postalEvidence("Thanks for reading. \(text) · Unsubscribe") != nil, "\(text)")
    }

    @Test(arguments: [
        "Get 20% off all week", "Call us on 555 1234", "Your email address {{email_address}} is subscribed",
        "Reply to [email address] to change it", "Sent via our app 3 times", "We have 5 stores in the area", "Order #12345 shipped",
        "CA is a state", "Save 50 today", "Offering 3 plans", "Spring 2001 catalogue", "color E4E4E4", "Via 42 routes", "Via C3",
        "In 1979, Dr. Smith wrote", "2700GB Film storage", "7168 SITES TO PLACE", "548 Market Stéphane", "Grüß548 Market St",
        "12 MAIN STREETS", "Austin, ZZ 12345",
    ])
    func nonAddressesAreNot(text: String) {
        #expect(postalEvidence(text) == nil, "\(text) → \(postalEvidence(text) ?? "")")
    }

    @Test func purposeWording() {
        #expect(MessagePurpose.soundsTransactional("Your receipt for order #123"))
        #expect(MessagePurpose.soundsTransactional("Reset your password"))
        #expect(!MessagePurpose.soundsTransactional("Spring collection is here"))
        #expect(MessagePurpose.soundsPromotional("Save up to 40% this weekend"))
        #expect(MessagePurpose.soundsPromotional("Take 20% off"))
        #expect(!MessagePurpose.soundsPromotional("Your wholesale account"), "sale inside a word is not a sale")
    }

    @Test(arguments: [("F.R.E.E money", "F.R.E.E"), ("V-I-A-G-R-A", "V-I-A-G-R-A"), ("U.S.A. trip", nil), ("e-mail", nil),
                      ("a.b.c.d", "a.b.c.d"), ("A.B-C.D", nil)] as [(String, String?)])
    func spelledOutWords(text: String, expected: String?) {
        #expect(SubjectExcessPunctuationRule.spelledOutWord(in: text) == expected)
    }

    @Test func zipDirectoryListsEntriesAndRejectsOtherBytes() throws {
        let zip = try #require(Data(base64Encoded: AttachmentRiskyRule.zipWithInnerZip))
        #expect(ZipDirectory.entryNames(Array(zip)) == ["inner.zip"])
        #expect(ZipDirectory.entryNames(Array("%PDF-1.4 not a zip".utf8)).isEmpty)
        #expect(ZipDirectory.entryNames([0x50, 0x4B, 0x03, 0x04]).isEmpty)
        // A truncated archive (directory cut off) yields no names rather than a crash.
        #expect(ZipDirectory.entryNames(Array(zip.prefix(zip.count - 10))).isEmpty)
        var corrupted = Array(zip)
        corrupted[corrupted.count - 6] = 0xFF  // central directory offset points past the end
        #expect(ZipDirectory.entryNames(corrupted).isEmpty)
    }

    @Test(arguments: [
        ("invoice.pdf.exe", AttachmentRiskyRule.Risk.disguised), ("setup.EXE", .program), ("budget.xlsm", .macroDocument),
        ("photos.zip", .archive), ("disk.iso", .program), ("invoice.pdf   .scr", .disguised), ("\u{202E}fdp.exe", .disguised),
        ("файл.scr.xz", .disguised), ("f.zip.gz", .nestedArchive), ("backup.tar.gz", .archive),
    ] as [(String, AttachmentRiskyRule.Risk)])
    func attachmentNames(name: String, expected: AttachmentRiskyRule.Risk) {
        #expect(AttachmentRiskyRule.risk(ofName: name) == expected)
    }

    @Test(arguments: ["report.pdf", "v1.2.notes.txt", "photo.jpeg", "README"])
    func harmlessAttachmentNames(name: String) {
        #expect(AttachmentRiskyRule.risk(ofName: name) == nil)
    }

    @Test func zipWithProgramInsideIsAProgram() {
        let attachment = Attachment(filename: "docs.zip", contentType: "application/zip", size: 10, position: .start,
                                    disposition: "attachment", archiveEntryNames: ["readme.txt", "invoice.pdf.js"])
        #expect(AttachmentRiskyRule.assess(attachment)?.0 == .disguised)
        let plain = Attachment(filename: "docs.zip", contentType: "application/zip", size: 10, position: .start,
                               archiveEntryNames: ["readme.txt"])
        #expect(AttachmentRiskyRule.assess(plain)?.0 == .archive)
        // An EPUB is a ZIP whose scripts are part of the book, not files the recipient unpacks.
        let book = Attachment(filename: "book.epub", contentType: "application/epub+zip", size: 10, position: .start,
                              archiveEntryNames: ["OPS/js/book.js"])
        #expect(AttachmentRiskyRule.assess(book) == nil)
    }

    @Test func templateTextSeparatesPlaceholders() {
        let separated = TemplateText.separate("Hi {{ name }}, *|FNAME|* {% if x %}SALE{% endif %}")
        #expect(separated.placeholders == ["{{ name }}", "*|FNAME|*"])
        #expect(!separated.literal.contains("{{") && separated.literal.contains("SALE"))
    }

    /// The evidence is the address itself: not the character before it that stands for ICU's `\b`, nor a
    /// placeholder's neighbours; the boolean the rule asks agrees.
    @Test func evidenceIsTheAddressAlone() {
        #expect(postalEvidence("Visit us: 548 Market St, SF") == "548 Market St")
        #expect(postalEvidence("Boston, MA 02110-1234.") == ", MA 02110-1234")
        #expect(postalEvidence("Hi *|FNAME|*, sent to *|EMAIL_ADDRESS|* by *|LIST:ADDRESSLINE|*") == "*|LIST:ADDRESSLINE|*")
        for text in ["548 Market St", "Sale! 20% off", "{{ site_settings.company_city }}"] {
            #expect(PostalAddressDetector.holdsAddress(in: text, literal: TemplateText.literal(text)) == (postalEvidence(text) != nil), "\(text)")
        }
    }

    /// The placeholder pre-filter is the exact expression with its repeats unbounded: it matches wherever the exact one does.
    @Test func placeholderCandidateIsDerivedAndNeverMissesAMatch() {
        #expect(PostalAddressDetector.unboundingRepeats(#"a{0,40}?b{2,5}\{\{c{1,}"#) == #"a{0,}?b{2,}\{\{c{1,}"#)
        let texts = ["*|LIST:ADDRESSLINE|*", "{{ site_settings.company_street_address_1 }}", "[Sender_Address]", "%SENDER-INFO%",
                     "{{" + String(repeating: "x", count: 50) + "address}}", "20% off [address] 30%", "{{ email_address }}", "no tags"]
        for text in texts where PostalAddressDetector.placeholderPattern.matches(text) {
            #expect(PostalAddressDetector.placeholderCandidate.matches(text), "\(text)")
        }
        #expect(!PostalAddressDetector.placeholderPattern.matches(texts[4]) && PostalAddressDetector.placeholderCandidate.matches(texts[4]))
    }

    /// A format's pre-filter is derived from it: `\b` dropped, Unicode classes widened, in a class or outside.
    @Test func widenedFormatsAreDerivedByCode() throws {
        let wide = #"\x{80}-\x{10FFFF}"#
        #expect(UnicodeRegexClass.widened(#"\b\p{Lu}\d[\p{L}\d'.\-]\.\b"#)
                == "[A-Z\(wide)][0-9\(wide)][A-Za-z\(wide)0-9\(wide)'.\\-]\\.")
        #expect(UnicodeRegexClass.widened(#"a\sb"#) == "a" + UnicodeRegexClass.whiteSpace + "b")
        let exact = try LinearRegex(UnicodeRegexClass.icu(#"\b\p{Lu}\p{Ll}+straße\s+\d{1,5}\b"#))
        let widened = try LinearRegex(UnicodeRegexClass.widened(#"\b\p{Lu}\p{Ll}+straße\s+\d{1,5}\b"#))
        for text in ["Hauptstraße 5", "Ölstraße\u{A0}１２", "xHauptstraße 5", "Hauptstraße 123456", "nothing"] where exact.matches(text) {
            #expect(widened.matches(text), "\(text)")
        }
        #expect(widened.matches("xHauptstraße 5") && !exact.matches("xHauptstraße 5"))
    }

    /// The detector on a text and its literal words, as the reader gives it both.
    private func postalEvidence(_ text: String) -> String? {
        PostalAddressDetector.evidence(in: text, literal: TemplateText.literal(text))
    }
}
