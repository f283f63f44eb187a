import Testing
@_spi(CLI) @testable import SpamLintKit

/// What rule examples cannot show: how much a finding scores, how often, and what it says.
struct LinkAndHTMLRuleTests {
    private func violations(_ rule: any Rule, _ source: String, from: String? = nil) -> [Violation] {
        let document = EmailReader.read(Array(source.utf8), settings: ReadSettings(from: from, sendingDomain: nil))
        return rule.check(document, in: RuleContext(domains: .builtIn))
    }

    @Test func plainHTTPIsOneFindingPerHost() {
        let found = violations(LinkPlainHTTPRule(), """
            <a href="http://a.example/1">1</a><a href="http://a.example/2">2</a><a href="http://b.example/">3</a>
            <img src="http://cdn.example/x.png"><a href="http://intranet/x">4</a>
            """)
        #expect(found.map(\.message) == ["2 links to a.example use unencrypted http://", "a link to b.example uses unencrypted http://"])
        #expect(found.map(\.scoreFactor) == [1, 1], "the linter counts the rule once (RuleScoreCapTests)")
    }

    @Test func punycodeScoresHomographsFullAndPlainIDNsAFraction() throws {
        let found = violations(LinkPunycodeRule(), """
            <a href="https://xn--pypal-4ve.com/">a</a><a href="https://münchen.example/">b</a><a href="https://xn--80ak6aa92e.com/">c</a>
            """)
        #expect(found.count == 3)
        #expect(found.map(\.scoreFactor) == [1, LinkPunycodeRule.plainIDNFactor, 1])
        #expect(found[0].message.contains("Cyrillic + Latin"))
        #expect(found[1].message.contains("münchen.example"))
        #expect(found[2].message.contains("look Latin"))
    }

    @Test func redirectorKnownNestedAndTrackersNamingTheirTarget() {
        let found = violations(LinkRedirectorRule(), """
            <a href="https://www.google.com/url?q=https://evil.example/">a</a>
            <a href="https://tracker.other.example/c?to=https%3A%2F%2Fshop.example%2F">b</a>
            <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fbit.ly%2Fabc">c</a>
            <a href="https://www.google.com/url?q=https://www.google.com/url?q=https://evil.example/">d</a>
            <a href="https://tracker.other.example/c?to=https%3A%2F%2Fbit.ly%2Fabc">e</a>
            <a href="https://acme.us1.list-manage.com/track/click?u=1&url=https%3A%2F%2Fgo.other.example%2Fr%3Fu%3Dhttps%253A%252F%252Fthird.example%252F">f</a>
            <a href="https://click.icptrack.com/icp/relay.php?r=1&destination=https%3A%2F%2F1-app.icontactpro.com%2FMKT%2Fm%2Fhttp://www.archive.example/a">g</a>
            <a href="http://rd.yahoo.com/dir/*http://203.0.113.9/offer">h</a>
            """, from: "news@acme.example")
        // b: a tracker that names its target is no open redirect.
        #expect(found.map(\.scoreFactor) == [1, LinkRedirectorRule.nestedFactor, LinkRedirectorRule.nestedFactor,
                                              LinkRedirectorRule.genericFactor * LinkRedirectorRule.nestedFactor,
                                              LinkRedirectorRule.genericFactor * LinkRedirectorRule.nestedFactor,
                                              LinkRedirectorRule.genericFactor * LinkRedirectorRule.nestedFactor])
        #expect(found.map(\.message) == [
            "open redirect on www.google.com to evil.example",
            "open redirect on l.facebook.com to bit.ly, itself a redirect, shortener or IP address",
            "open redirect on www.google.com to www.google.com, itself a redirect, shortener or IP address",
            "tracker.other.example redirects to bit.ly, itself a redirect, shortener or IP address",
            "acme.us1.list-manage.com redirects to go.other.example, itself a redirect, shortener or IP address",
            // g: one ESP's tracker handing over to another of its hosts hides nothing.
            "rd.yahoo.com redirects to 203.0.113.9, itself a redirect, shortener or IP address",
        ])
    }

    @Test func dataURIEvidenceIsShortAndImagesScoreLess() throws {
        let payload = String(repeating: "A", count: 5000)
        let found = violations(LinkDataURIRule(), #"<a href="data:text/html;base64,\#(payload)">x</a><img src="data:image/gif;base64,\#(payload)">"#)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.evidence.count <= 60 })
        #expect(found.map(\.scoreFactor) == [1, LinkDataURIRule.imageFactor])
        #expect(found[0].message.contains("text/html"))
    }

    @Test func shortenerLinkedImageScoresMoreInShortHTML() {
        let image = #"<a href="https://bit.ly/x"><img src="https://cdn.example/a.png"></a>"#
        #expect(violations(LinkShortenerLinkedImageRule(), image).map(\.scoreFactor) == [LinkShortenerLinkedImageRule.shortHTMLFactor])
        let long = image + "<p>" + String(repeating: "words and more words ", count: 120) + "</p>"
        #expect(violations(LinkShortenerLinkedImageRule(), long).map(\.scoreFactor) == [1])
    }

    @Test func metaRefreshWithoutURLScoresLess() {
        let found = violations(MetaRefreshRule(), #"<html><head><meta http-equiv="refresh" content="30"></head><body>x</body></html>"#)
        #expect(found.map(\.scoreFactor) == [MetaRefreshRule.reloadOnlyFactor])
    }

    @Test func missingAltIsOneFindingPerImageWithoutAlt() {
        let found = violations(ImageMissingAltRule(), #"<img src="https://a.example/1.png"><img src="https://a.example/2.png"><img src="https://a.example/3.png" alt="">"#)
        #expect(found.map(\.evidence) == ["https://a.example/1.png", "https://a.example/2.png"])
        #expect(found.map(\.scoreFactor) == [1, 1], "the linter counts the rule once (RuleScoreCapTests)")
    }

    @Test func missingLangIsListedButNotScored() {
        let found = violations(HTMLMissingDoctypeLangCharsetRule(), #"<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>x</body></html>"#)
        #expect(found.map(\.message) == ["HTML has no <html lang>"])
        #expect(found.map(\.scoreFactor) == [0])
        #expect(violations(HTMLMissingDoctypeLangCharsetRule(), "<title>x</title><p>x</p>").map(\.scoreFactor) == [2])
        // A template fragment (no head at all) gets its head from a layout; a message does not.
        #expect(violations(HTMLMissingDoctypeLangCharsetRule(), "<p>x</p>").isEmpty)
        let message = "From: a@acme.example\nTo: b@b.example\nSubject: s\nMIME-Version: 1.0\nContent-Type: text/html\n\n<p>x</p>"
        #expect(violations(HTMLMissingDoctypeLangCharsetRule(), message).map(\.scoreFactor) == [2])
    }

    @Test func gmailClipMessageSaysTemplatesAreMeasuredAsWritten() throws {
        let big = "<html><body><p>x</p><!-- " + String(repeating: "y", count: 110_000) + " --></body></html>"
        let template = try #require(violations(HTMLTooLargeGmailClipRule(), big).first)
        #expect(template.message.contains("as written") && template.message.contains("may differ"))
        let message = "From: a@acme.example\nTo: b@b.example\nSubject: s\nMIME-Version: 1.0\nContent-Type: text/html\n\n" + big
        let part = try #require(violations(HTMLTooLargeGmailClipRule(), message).first)
        #expect(part.message.hasPrefix("HTML part is"))
        #expect(violations(HTMLTooLargeGmailClipRule(), String(big.prefix(100_000)) + "--></body></html>").isEmpty)
    }

    @Test func tinyFontPrefersTheUnreadableSizeForTheScore() {
        let source = #"<p>Hi</p><font size="1">small print</font><span style="font-size:2px">stuffing words</span>"#
        #expect(violations(HTMLTinyFontRule(), source).map(\.scoreFactor) == [HTMLTinyFontRule.fontElementFactor, 1])
        let counted = Linter(rules: [HTMLTinyFontRule()]).findings(in: EmailReader.read(Array(source.utf8)))
        #expect(counted.map(\.score) == [0, 1], "the linter counts the stronger one")
    }

    @Test func titleComparisonIsLoose() {
        #expect(HTMLTitleSubjectMismatchRule.related("orders", "order"))
        #expect(HTMLTitleSubjectMismatchRule.related("shipped", "shipping"))
        #expect(!HTMLTitleSubjectMismatchRule.related("watches", "order"))
        #expect(HTMLTitleSubjectMismatchRule.words("The Order #1234 for YOU") == ["order", "1234"])
    }

    @Test func imageHeavyShortHTMLBandsFollowRspamd() {
        let words = String(repeating: "word ", count: 25)
        let html = #"<p>\#(words)</p><a href="https://shop.example/"><img src="https://shop.example/a.png"></a>"#
        #expect(violations(ImageHeavyRule(), html).map(\.scoreFactor) == [4])
        let padded = html + "<!-- " + String(repeating: "z", count: 1200) + " -->"
        #expect(violations(ImageHeavyRule(), padded).map(\.scoreFactor) == [2])
    }
}
