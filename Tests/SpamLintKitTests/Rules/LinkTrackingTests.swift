import Testing
@_spi(CLI) @testable import SpamLintKit

/// Click tracking and what a link text names: the shapes found in 2002 and 2019 newsletters
/// (ESP and the sender's own trackers, trackers naming their target, file names as link text).
struct LinkTrackingTests {
    private func mismatches(_ body: String, from: String? = "news@acme.example", sendingDomain: String? = nil) -> [Violation] {
        let document = EmailReader.read(Array(body.utf8), settings: ReadSettings(from: from, sendingDomain: sendingDomain))
        return LinkTextURLMismatchRule().check(document, in: RuleContext(domains: .builtIn))
    }

    @Test func redirectTargetIsComparedWithTheText() {
        // rspamd's phishing_query_* shapes: the target is what counts, through nested redirects.
        let safe = #"<a href="http://www.net.example/r?u=http%3A%2F%2Fwww.cnn.example%2F">http://www.cnn.example</a>"#
        let nestedSafe = #"<a href="http://www.net.example/r?u=http%3A%2F%2Fmid.example%2F%3Fv%3Dhttp%253A%252F%252Fwww.cnn.example%252F">http://www.cnn.example</a>"#
        let nestedFire = #"<a href="http://www.net.example/r?u=http%3A%2F%2Fwww.cnn.example%2F%3Fv%3Dhttp%253A%252F%252Fevil.example%252F">http://www.cnn.example</a>"#
        let multi = #"<a href="http://www.net.example/r?u=http%3A%2F%2Fwww.cnn.example%2F&v=http%3A%2F%2Fevil.example%2F">http://www.cnn.example</a>"#
        #expect(mismatches(safe).isEmpty)
        #expect(mismatches(nestedSafe).isEmpty)
        #expect(mismatches(nestedFire).map(\.message) == ["link text shows www.cnn.example but the link goes to evil.example through www.net.example"])
        #expect(mismatches(multi).map(\.message) == ["link text shows www.cnn.example but the link goes to evil.example through www.net.example"])
        #expect(mismatches(nestedFire).map(\.scoreFactor) == [1])
    }

    @Test func anESPTrackerNamingAnotherSiteThanTheTextIsAMismatch() {
        let found = mismatches(#"<a href="https://acme.us1.list-manage.com/track/click?u=1&url=https%3A%2F%2Flogin-verify.example%2F">www.paypal.com</a>"#)
        #expect(found.map(\.message) == ["link text shows www.paypal.com but the link goes to login-verify.example through acme.us1.list-manage.com"])
        // The same tracker without a target in its query is ordinary click tracking.
        #expect(mismatches(#"<a href="https://acme.us1.list-manage.com/track/click?u=1&id=2">www.paypal.com</a>"#).isEmpty)
    }

    @Test func chainsDeeperThanTheLimitAreCutAndSaySo() throws {
        var target = "https://end.example/"
        for level in 0..<6 { target = "https://hop\(level).example/r?u=" + percentEncoded(target) }
        let found = mismatches(#"<a href="\#(target)">www.cnn.example</a>"#)
        let message = try #require(found.first?.message)
        #expect(message.hasSuffix("(redirect chain followed \(RedirectDestinations.levelLimit) levels)"))
        #expect(!message.contains("end.example"))
    }

    @Test func theSendersOwnTrackingHostIsExemptAndItsMainSiteScoresAThird() {
        let tracked = #"<a href="https://links.acme.example/u/click?_t=1">https://secure.donate.example/acme</a>"#
        #expect(mismatches(tracked).isEmpty)
        #expect(mismatches(tracked, from: "news@mail.acme.example").isEmpty)
        // The configured sending domain is the sender's too.
        #expect(mismatches(tracked, from: "news@other.example", sendingDomain: "acme.example").isEmpty)
        #expect(mismatches(tracked, from: "news@other.example").map(\.scoreFactor) == [1])
        let mainSite = #"<a href="https://www.acme.example/walmart">Walmart.com</a>"#
        #expect(mismatches(mainSite).map(\.scoreFactor) == [LinkTextURLMismatchRule.ownSiteFactor])
        // The same when a tracker names the sender's site as its target.
        let sisterShop = #"<a href="https://click.icptrack.com/icp/relay.php?r=1&destination=https%3A%2F%2Fwww.acme.example%2Fshop">shopacme.example</a>"#
        #expect(mismatches(sisterShop).map(\.scoreFactor) == [LinkTextURLMismatchRule.ownSiteFactor])
        #expect(mismatches(mainSite).map(\.message) == ["link text shows walmart.com but the link goes to www.acme.example"])
    }

    @Test func politicalAndHouseTrackersAreClickTracking() {
        for href in ["https://click.ngpvan.com/k/1/2/3?nvep=ew0K", "https://act.myngp.com/el/abc=/def=",
                     "https://iqconnect.lmhostediq.com/iqextranet/iqClickTrk.aspx?cid=X&crop=1"] {
            #expect(mismatches(#"<a href="\#(href)">secure.actblue.com/donate</a>"#, from: "info@candidate.example").isEmpty, "\(href)")
        }
    }

    @Test(arguments: ["README.md", "invoice.pdf", "setup.zip", "install.sh", "main.rs", "http://LOSEweightFAST!/ad.html",
                      "https://same-link-as-button.url/xxx", "http://www.all-life/stopit", "v2.0", "Fig. 3.1"])
    func textThatNamesNoHostIsNoDomain(text: String) {
        #expect(DomainMention.host(shownBy: text) == nil)
    }

    @Test(arguments: [("Walmart.com", "walmart.com"), ("www.tesco.ie", "www.tesco.ie"), ("BACON.HOUSE.GOV", "bacon.house.gov"),
                      ("https://setup.zip/", "setup.zip"), ("docs.readme.md", "docs.readme.md"), ("notes.md/page", "notes.md"),
                      ("https://secure.winred.com/ann/", "secure.winred.com")])
    func hostNamesAreDomains(text: String, host: String) {
        #expect(DomainMention.host(shownBy: text) == host)
    }

    @Test func aTargetWrittenIntoThePathCountsToo() {
        let clickthrough = #"<a href="http://www.mailer.example/mm/Clickthrough/233/uBn6/*http://www.tesco.example*http://www.tesco.example">www.tesco.example</a>"#
        #expect(mismatches(clickthrough).isEmpty)
        let archived = #"<a href="https://web.archive.example/web/2019/https://www.cnn.example/story">www.cnn.example</a>"#
        #expect(mismatches(archived).isEmpty)
        let foreign = #"<a href="https://go.tracker.example/redirect/https%3A%2F%2Flogin-verify.example%2F">www.paypal.com</a>"#
        #expect(mismatches(foreign).map(\.message) == ["link text shows www.paypal.com but the link goes to login-verify.example through go.tracker.example"])
        // A word holding "http:" is no URL.
        #expect(RedirectDestinations.urlInPath("/docs/http://") == nil)
        #expect(RedirectDestinations.urlInPath("/https://x") == nil)
        #expect(RedirectDestinations.urlInPath("https://www.cnn.example/") == nil)
    }

    @Test func destinationsAreTheEndsOfEveryChain() throws {
        let url = try #require(ParsedURL("https://t.example/c?a=https%3A%2F%2Fone.example%2F&b=https%3A%2F%2Fmid.example%2F%3Fn%3Dhttps%253A%252F%252Ftwo.example%252F&c=plain"))
        let destinations = RedirectDestinations(of: url)
        #expect(destinations.finalHosts == ["one.example", "two.example"])
        #expect(!destinations.reachedLimit)
        #expect(RedirectDestinations(of: try #require(ParsedURL("https://t.example/c?id=1"))).finalHosts.isEmpty)
    }

    @Test func aQueryFullOfURLsIsReadUpToTheURLLimit() throws {
        let many = (0..<40).map { "u\($0)=https%3A%2F%2Fd\($0).example%2F" }.joined(separator: "&")
        let destinations = RedirectDestinations(of: try #require(ParsedURL("https://t.example/c?" + many)))
        #expect(destinations.finalHosts.count == RedirectDestinations.urlLimit)
        #expect(destinations.reachedLimit)
    }

    private func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if character.isLetter || character.isNumber || character == "." || character == "-" { out.append(character) } else {
                out += "%" + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
