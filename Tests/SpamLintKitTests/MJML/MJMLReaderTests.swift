import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// `.mjml` sources read directly: each component's links, images and text, where they stand in the
/// `.mjml` file, with `<mj-attributes>`, `mj-class`, `mj-style`, template syntax and partials applied.
struct MJMLReaderTests {
    static func read(_ mjml: String, path: String? = "email.mjml") -> EmailDocument {
        EmailReader.read(Array(mjml.utf8), settings: ReadSettings(templatePath: path))
    }

    static func page(_ body: String, head: String = "") -> String {
        "<mjml>\n<mj-head>\(head)</mj-head>\n<mj-body>\n<mj-section>\n<mj-column>\n\(body)\n</mj-column>\n</mj-section>\n</mj-body>\n</mjml>\n"
    }

    static func lint(_ mjml: String, path: String = "email.mjml") -> [Finding] {
        Linter(options: LintOptions()).report(path: path, bytes: Array(mjml.utf8)).findings
    }

    @Test("mj-button, mj-image and mj-navbar-link links point at their href in the .mjml file")
    func componentLinksWithPositions() throws {
        let source = Self.page("""
            <mj-button href="https://bit.ly/x">Buy now</mj-button>
              <mj-image src="https://img.acme.example/logo.png" alt="Acme logo" href="https://acme.example/" />
            <mj-navbar base-url="https://acme.example">
            <mj-navbar-link href="/tools">Tools</mj-navbar-link>
            </mj-navbar>
            """)
        let document = Self.read(source)
        let links = document.bodyLinks
        let button = try #require(links.first { $0.href == "https://bit.ly/x" })
        #expect(button.kind == .anchor && button.text == "Buy now")
        #expect(button.position == SourcePosition(line: 6, column: 18))
        let logoLink = try #require(links.first { $0.href == "https://acme.example/" })
        #expect(logoLink.wrapsImage && logoLink.position == SourcePosition(line: 7, column: 75))
        let image = try #require(document.images.first)
        #expect(image.src == "https://img.acme.example/logo.png" && image.alt == "Acme logo" && image.isLinked)
        #expect(image.position == SourcePosition(line: 7, column: 18))
        let navbar = try #require(links.first { $0.text == "Tools" })
        #expect(navbar.href == "https://acme.example/tools" && navbar.position.line == 9)
        // The same rules apply: the shortener is found where the author wrote it.
        let finding = try #require(Self.lint(source).first { $0.rule == "link-shortener" })
        #expect(finding.position == SourcePosition(line: 6, column: 18))
    }

    @Test("background URLs of mj-section, mj-wrapper and mj-hero are CSS links, and text over them is readable")
    func backgroundURLs() {
        let source = """
            <mjml><mj-body>
            <mj-wrapper background-url="https://img.acme.example/wrap.png">
            <mj-section background-url="https://img.acme.example/section.png" background-color="#ffffff">
            <mj-column><mj-text color="#ffffff">Readable over the picture</mj-text></mj-column>
            </mj-section></mj-wrapper>
            <mj-hero background-url="https://img.acme.example/hero.jpg"><mj-text>Hero words</mj-text></mj-hero>
            </mj-body></mjml>
            """
        let body = Self.read(source).htmlBodies[0]
        let css = body.links.filter { $0.kind == .css && $0.href.hasPrefix("https://img.") }
        #expect(css.map(\.href) == ["https://img.acme.example/wrap.png", "https://img.acme.example/section.png", "https://img.acme.example/hero.jpg"])
        #expect(css.map(\.position) == [SourcePosition(line: 2, column: 29), SourcePosition(line: 3, column: 29), SourcePosition(line: 6, column: 26)])
        #expect(body.hiddenTexts.isEmpty)
        #expect(body.visibleText == "Readable over the picture Hero words")
    }

    @Test("mj-social-element links through the network's share URL with its icon; -noshare keeps the href")
    func socialElements() {
        let document = Self.read(Self.page("""
            <mj-social>
            <mj-social-element name="facebook" href="https://acme.example/news">Share</mj-social-element>
            <mj-social-element name="instagram-noshare" href="https://instagram.com/acme">Follow</mj-social-element>
            <mj-social-element src="https://img.acme.example/blog.png" href="https://acme.example/blog" alt="Blog" />
            </mj-social>
            """))
        let hrefs = Set(document.bodyLinks.filter { $0.kind == .anchor }.map(\.href))
        #expect(hrefs == ["https://www.facebook.com/sharer/sharer.php?u=https://acme.example/news", "https://instagram.com/acme", "https://acme.example/blog"])
        #expect(document.images.map(\.src) == [MJMLSocialNetwork.iconBase + "facebook.png", MJMLSocialNetwork.iconBase + "instagram.png",
                                                "https://img.acme.example/blog.png"])
        #expect(document.images.map(\.alt) == [nil, nil, "Blog"])
        #expect(document.images.allSatisfy { $0.width == 20 && $0.isLinked })
        #expect(document.htmlBodies[0].visibleText == "Share Follow")
        // The text link of the social element is named by its text.
        #expect(document.bodyLinks.contains { $0.href == "https://instagram.com/acme" && $0.text == "Follow" })
    }

    @Test("mj-text, mj-table, mj-accordion and mj-raw text is visible text; the compiler's icons are images")
    func visibleText() {
        let document = Self.read(Self.page("""
            <mj-text>Hello <b>there</b>,&nbsp;friend</mj-text>
            <mj-table><tr><td>Hammer</td><td>12 USD</td></tr></mj-table>
            <mj-accordion><mj-accordion-element>
            <mj-accordion-title>Warranty?</mj-accordion-title><mj-accordion-text>Five years.</mj-accordion-text>
            </mj-accordion-element></mj-accordion>
            <mj-carousel><mj-carousel-image src="https://img.acme.example/drill.jpg" alt="Drill" /></mj-carousel>
            <mj-divider /><mj-spacer height="10px" />
            <!-- after --><mj-raw><p>Raw <a href="https://acme.example/raw">words</a></p></mj-raw>
            """))
        let body = document.htmlBodies[0]
        #expect(body.visibleText == "Hello there , friend Hammer 12 USD Warranty? Five years. Raw words")
        #expect(body.links.contains { $0.href == "https://acme.example/raw" && $0.text == "words" && $0.position == SourcePosition(line: 13, column: 39) })
        #expect(Set(document.images.map(\.src)) == ["https://i.imgur.com/bIXv1bk.png", "https://i.imgur.com/w4uTygT.png",
                                                     "https://img.acme.example/drill.jpg", "https://i.imgur.com/xTh3hln.png",
                                                     "https://i.imgur.com/os7o9kz.png"])
        #expect(body.links.contains { $0.href == "#1" && $0.wrapsImage })
        #expect(body.comments.map(\.text) == [" after "])
    }

    @Test("mj-preview is the preheader: hidden, but the one allowed; mj-title is the title; a page declares what the compiler adds")
    func previewAndHead() {
        let document = Self.read("""
            <mjml lang="de"><mj-head><mj-title>Neuigkeiten</mj-title><mj-preview>Die Frühjahrsnachrichten sind da</mj-preview></mj-head>
            <mj-body><mj-section><mj-column><mj-text>Hallo und willkommen zu unseren Neuigkeiten.</mj-text></mj-column></mj-section></mj-body></mjml>
            """)
        #expect(document.preheader == "Die Frühjahrsnachrichten sind da")
        let body = document.htmlBodies[0]
        #expect(body.hiddenTexts.map(\.text) == ["Die Frühjahrsnachrichten sind da"] && body.hiddenTexts[0].isLikelyPreheader)
        #expect(body.title == "Neuigkeiten" && body.language == "de" && body.hasDoctype && body.declaresCharset)
        #expect(!Self.lint(Self.page("<mj-text>Hi</mj-text>", head: "<mj-preview>Preview</mj-preview>")).contains { $0.rule == "hidden-text" })
    }

    @Test("mj-attributes (mj-all, tag defaults, mj-class) and mj-style classes decide what is hidden or tiny")
    func attributeDefaults() {
        let head = """
            <mj-attributes><mj-all font-family="Arial" /><mj-text font-size="4px" /><mj-class name="ghost" color="#ffffff" />
            <mj-class name="readable" font-size="14px" /></mj-attributes>
            <mj-style>.gone { display: none }</mj-style>
            """
        let source = "<mjml><mj-head>\(head)</mj-head><mj-body background-color=\"#ffffff\"><mj-section><mj-column>\n"
            + "<mj-text mj-class=\"readable\">Terms and conditions apply to this offer, see the site.</mj-text>\n"
            + "<mj-text mj-class=\"readable ghost\">cheap pills casino winner</mj-text>\n"
            + "<mj-text css-class=\"gone\">secret words here</mj-text>\n"
            + "<mj-text>small print words</mj-text>\n"
            + "</mj-column></mj-section></mj-body></mjml>"
        let body = Self.read(source).htmlBodies[0]
        #expect(body.hiddenTexts.map(\.text) == ["cheap pills casino winner", "secret words here"])
        #expect(body.hiddenTexts.map(\.reason) == [.sameColorAsBackground, .displayNone])
        #expect(body.hiddenTexts.map(\.position.line) == [5, 6])
        #expect(body.tinyTexts.map(\.text) == ["small print words"] && body.tinyTexts[0].pixels == 4)
        let rules = Set(Self.lint(source).map(\.rule))
        #expect(rules.isSuperset(of: ["hidden-text", "html-tiny-font"]))
    }

    @Test("the written attribute beats its mj-class, which beats the tag default, which beats mj-all")
    func cascadeOrder() {
        let head = """
            <mj-attributes><mj-all color="#111111" /><mj-text color="#222222" /><mj-class name="c" color="#333333" /></mj-attributes>
            """
        for (attributes, expected) in [("", "#222222"), (" mj-class=\"c\"", "#333333"), (" mj-class=\"c\" color=\"#444444\"", "#444444")] {
            let source = "<mjml><mj-head>\(head)</mj-head><mj-body><mj-section background-color=\"\(expected)\"><mj-column>"
                + "<mj-text\(attributes)>same colour words</mj-text></mj-column></mj-section></mj-body></mjml>"
            #expect(Self.read(source).htmlBodies[0].hiddenTexts.map(\.text) == ["same colour words"], "\(attributes)")
        }
        // mj-all reaches a component with no tag default: a button's text colour.
        let button = "<mjml><mj-head><mj-attributes><mj-all color=\"#0055aa\" /></mj-attributes></mj-head><mj-body><mj-section><mj-column>"
            + "<mj-button background-color=\"#0055aa\" href=\"https://acme.example/\">Invisible label</mj-button></mj-column></mj-section></mj-body></mjml>"
        #expect(Self.read(button).htmlBodies[0].hiddenTexts.map(\.text) == ["Invisible label"])
    }

    @Test("template syntax in attributes and text works as in HTML templates")
    func templateSyntax() throws {
        let document = Self.read(Self.page("""
            {% if vip %}<mj-text>Hello {{ first_name }}, your code is {{ code }}</mj-text>{% endif %}
            <mj-button href="{{ cta_url }}">Open</mj-button>
            <mj-image src="https://img.acme.example/{{ banner }}.png" alt="{{ banner_alt }}" />
            <mj-text><a href="*|UNSUB|*">Unsubscribe</a></mj-text>
            """))
        let body = document.htmlBodies[0]
        #expect(body.visibleText == "Hello {{ first_name }}, your code is {{ code }} Open Unsubscribe")
        let cta = try #require(body.links.first { $0.text == "Open" })
        #expect(cta.href == "{{ cta_url }}" && cta.isDynamic && cta.position == SourcePosition(line: 7, column: 18))
        #expect(document.images.first?.src == "https://img.acme.example/{{ banner }}.png" && document.images.first?.alt == "{{ banner_alt }}")
        #expect(!Self.lint(Self.page("<mj-text>Hi there</mj-text><mj-text><a href=\"*|UNSUB|*\">Unsubscribe</a></mj-text>"))
            .contains { $0.rule == "unsubscribe-link-missing" })
    }

    @Test("mj-include reads the partial as MJML: its unsubscribe link counts; a missing one is reported")
    func includes() throws {
        let tree = try TemplateIncludeTests.Tree([
            "emails/promo.mjml": Self.page("<mj-text>Our spring sale is on now, with twenty percent off every tool.</mj-text>")
                .replacingOccurrences(of: "</mj-body>", with: "<mj-include path=\"./partials/footer.mjml\" />\n</mj-body>"),
            "emails/partials/footer.mjml": """
                <mj-section><mj-column><mj-text>Acme Inc, 12 Main Street, Springfield, IL 62701.
                <a href="{{ unsubscribe_url }}">Unsubscribe</a></mj-text></mj-column></mj-section>
                """,
            "emails/orphan.mjml": Self.page("<mj-text>Hello</mj-text>")
                .replacingOccurrences(of: "</mj-body>", with: "<mj-include path=\"./partials/missing.mjml\" />\n</mj-body>"),
        ])
        let document = try tree.read("emails/promo.mjml")
        let partial = try #require(document.includes.first?.documents.first)
        let anchors = partial.bodyLinks.filter { $0.kind == .anchor }
        #expect(anchors.map(\.href) == ["{{ unsubscribe_url }}"] && anchors.first?.position.line == 2)
        // A partial of sections is not a page: no DOCTYPE of its own.
        #expect(!partial.htmlBodies[0].hasDoctype)
        let rules = Set(try tree.lint("emails/promo.mjml").map(\.rule))
        #expect(!rules.contains("unsubscribe-link-missing") && !rules.contains("postal-address-missing"))
        #expect(try tree.lint("emails/orphan.mjml").map(\.rule).contains("template-include-unresolved"))
    }

    @Test("MJML is recognised by its .mjml name, or by an <mjml> root on standard input; HTML stays HTML")
    func recognition() {
        let button = "<mj-button href=\"https://acme.example/\">Go</mj-button>"
        #expect(Self.read(Self.page(button), path: nil).bodyLinks.filter { $0.kind == .anchor }.map(\.href) == ["https://acme.example/"])
        // A partial of sections only: by its name.
        #expect(Self.read("<mj-section><mj-column>\(button)</mj-column></mj-section>", path: "parts/cta.MJML").bodyLinks
            .contains { $0.kind == .anchor && $0.href == "https://acme.example/" })
        #expect(Self.read("<mj-section><mj-column>\(button)</mj-column></mj-section>", path: "parts/cta.html").bodyLinks.isEmpty)
        #expect(Self.read("<html><body><p>Text <a href=\"https://acme.example/\">link</a></p></body></html>", path: nil).bodyLinks.count == 1)
    }

    @Test("malformed and hostile MJML is read without a crash, and the content after the damage is found")
    func hostileInput() {
        let damaged = "<mjml><mj-body><mj-section><mj-column><mj-text>Before <b>bold</mj-column></mj-section>"
            + "</mj-text></mj-wrapper><mj-section><mj-column><mj-button href=\"https://acme.example/after\">After</mj-button>"
        let document = Self.read(damaged)
        #expect(document.bodyLinks.filter { $0.kind == .anchor }.map(\.href) == ["https://acme.example/after"])
        #expect(document.htmlBodies[0].visibleText.contains("Before bold"))
        // Deep nesting of containers that hand attributes down: one pass, no walk up the chain per element.
        // (Kept within libxml2's nesting limit of 256 elements, past which HTML and MJML alike lose content.)
        let depth = 80
        let deep = "<mjml><mj-body>" + String(repeating: "<mj-accordion><mj-accordion-element><mj-accordion-title>t", count: depth)
            + "<mj-navbar-link href=\"https://acme.example/deep\">deep</mj-navbar-link></mj-body></mjml>"
        let deepDocument = Self.read(deep)
        #expect(deepDocument.bodyLinks.contains { $0.href == "https://acme.example/deep" })
        #expect(Self.read("", path: "empty.mjml").htmlBodies.count == 1)
    }

    @Test("a spamlint-disable comment in the .mjml silences the finding on the next line")
    func suppression() {
        let source = Self.page("""
            <!-- spamlint-disable-next-line link-shortener -->
            <mj-button href="https://bit.ly/x">Buy now</mj-button>
            <mj-text><a href="{{ unsubscribe_url }}">Unsubscribe</a></mj-text>
            """)
        let findings = Self.lint(source)
        #expect(!findings.contains { $0.rule == "link-shortener" && $0.suppression == nil })
        #expect(findings.contains { $0.rule == "suppression-ships" })
    }

    @Test("the risky fixture page: its hidden, tiny and shortened content is found in the source")
    func fixtures() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Tests/SpamLintKitTests/MJML/Fixtures")
        let risky = try String(contentsOf: folder.appendingPathComponent("risky.mjml"), encoding: .utf8)
        let rules = Set(Self.lint(risky, path: "risky.mjml").map(\.rule))
        #expect(rules.isSuperset(of: ["hidden-text", "link-shortener", "link-ip-host", "html-tiny-font", "link-shortener-linked-image", "image-missing-alt"]))
    }
}
