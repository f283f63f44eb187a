import Testing
@_spi(CLI) @testable import SpamLintKit

/// The data-driven helpers behind item 9's sender checks: confusable skeletons, the brand list and
/// the kinship of a brand's domains.
struct LookalikeAndKinshipTests {
    @Test func skeletonFoldsLookalikesAndStyledLetters() {
        #expect(LookalikeText.skeleton("WaImart") == "Walmart")
        #expect(LookalikeText.skeleton("P\u{0430}yP\u{0430}l") == "PayPal")
        #expect(LookalikeText.skeleton("N0rton") == "Norton")
        #expect(LookalikeText.skeleton("Arnazon") == "Amazon")
        #expect(LookalikeText.skeleton("\u{1D5E6}\u{1D5EE}\u{1D5F9}\u{1D5F2}") == "Sale")
        #expect(LookalikeText.skeleton("Pay\u{200B}Pal") == "PayPal")
        #expect(LookalikeText.table.count >= 50)
        #expect(LookalikeText.table.first?.source.count == 2, "sequences (rn, vv) are tried before single characters")
    }

    @Test func invisibleCharactersAreFoundOnlyInsideWords() {
        #expect(LookalikeText.invisibleInsideWord("Fr\u{200B}ee") == "U+200B")
        #expect(LookalikeText.invisibleInsideWord("a\u{2060}b") == "U+2060")
        #expect(LookalikeText.invisibleInsideWord("end \u{200B}") == nil)
        #expect(LookalikeText.invisibleInsideWord("\u{0645}\u{06CC}\u{200C}\u{062E}") == nil)
        #expect(LookalikeText.invisibleInsideWord("\u{1F468}\u{200D}\u{1F469}") == nil)
        #expect(LookalikeText.invisibleInsideWord("pay\u{200D}pal") == "U+200D")
    }

    @Test func mixedScriptWordsAreNamed() {
        #expect(LookalikeText.mixedScriptWord("Your P\u{0430}yPal account") == "P\u{0430}yPal")
        #expect(LookalikeText.mixedScriptWord("Скидки на iPhone и SMS-рассылка") == nil)
    }

    @Test func brandListNamesBrandsWithTheirDomains() throws {
        let brands = ImpersonatedBrands.builtIn
        #expect(brands.brands.count >= 40)
        let wetransfer = try #require(brands.mention(in: "WeTransfer"))
        #expect(wetransfer.brand.domains == ["wetransfer.com"])
        #expect(!wetransfer.isLookalike)
        #expect(brands.mention(in: "WaImart Rewards")?.isLookalike == true)
        #expect(brands.mention(in: "LINKEDIN NEWS")?.isLookalike == false)
        #expect(brands.mention(in: "Norton Security")?.brand.name == "Norton")
        #expect(brands.mention(in: "Ed Norton") == nil, "Norton counts only at the start")
        #expect(brands.mention(in: "Harborfreightless") == nil)
        #expect(brands.mention(in: "Jane Smith") == nil)
    }

    @Test func kinshipNeedsASharedRegistrableName() {
        #expect(DomainKinship.sameOwner("lovepop.com", "lovepopcards.com"))
        #expect(DomainKinship.sameOwner("acme.com", "acme.co.uk"))
        #expect(!DomainKinship.sameOwner("mail.com", "mailchimp.com"), "short labels are too common to show kinship")
        #expect(!DomainKinship.sameOwner("acme.com", "zenith.com"))
    }
}

extension LookalikeAndKinshipTests {
    @Test func aLookalikeBrandIsFoundBesideAPlainOne() {
        #expect(ImpersonatedBrands.builtIn.lookalikeMention(in: "Microsoft and WaImart")?.name == "Walmart")
        #expect(ImpersonatedBrands.builtIn.lookalikeMention(in: "Microsoft and Walmart") == nil)
    }

    /// A megabyte subject (the hardening tests send one) is read in one pass, not once per brand and offset.
    @Test func longTextIsReadInLinearTime() {
        let subject = String(repeating: "x", count: 1_048_576)
        #expect(LookalikeCharactersRule.trick(in: subject) == nil)
    }
}
