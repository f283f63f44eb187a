import Foundation

/// The brands of `Rules/lists/impersonated-brands.txt`: what a display name may claim, and which
/// organizational domains may claim it.
struct ImpersonatedBrands: Sendable {
    struct Brand: Sendable {
        var name: String
        /// The brand's organizational domains.
        var domains: Set<String>
        /// Only a display name that starts with the name claims the brand (the name is also a common word).
        var atStartOnly: Bool
        /// The name's skeletons, with case kept and lower-cased first (see `mention(in:)`).
        var skeletonKeys: (cased: [Character], lowered: [Character])
    }

    /// A brand named in a text, and whether it was spelt with look-alike characters.
    struct Mention: Sendable {
        var brand: Brand
        var isLookalike: Bool
    }

    let brands: [Brand]

    static let builtIn = ImpersonatedBrands(listText: BuiltInRuleFiles.text("lists/impersonated-brands.txt") ?? "")

    init(listText: String) {
        brands = listText.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "|", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            var name = parts[0].trimmingWhitespace()
            let atStartOnly = name.hasPrefix("^")
            if atStartOnly { name.removeFirst() }
            let domains = Set(parts[1].split(whereSeparator: \.isWhitespace).map { OrganizationalDomain.of(String($0)) ?? String($0) })
            guard !name.isEmpty, !domains.isEmpty else { return nil }
            return Brand(name: name, domains: domains, atStartOnly: atStartOnly,
                         skeletonKeys: (Self.casedKey(name), Self.loweredKey(name)))
        }
    }

    /// The first brand the text names as whole words, by its plain spelling (any case) or by a look-alike
    /// one. A look-alike is a spelling whose confusable skeleton is the brand's but whose letters are not
    /// (`WaImart`, `PаyPal` with a Cyrillic а, `N0rton`).
    func mention(in text: String) -> Mention? {
        let plain = Array(LookalikeText.visible(text).precomposedStringWithCompatibilityMappingLowercased)
        let cased = Self.casedKey(text)
        let lowered = Self.loweredKey(text)
        for brand in brands {
            let plainName = Array(brand.name.lowercased())
            if Self.occurs(plainName, in: plain, atStartOnly: brand.atStartOnly) { return Mention(brand: brand, isLookalike: false) }
            if Self.occurs(brand.skeletonKeys.cased, in: cased, atStartOnly: brand.atStartOnly)
                || Self.occurs(brand.skeletonKeys.lowered, in: lowered, atStartOnly: brand.atStartOnly) {
                return Mention(brand: brand, isLookalike: true)
            }
        }
        return nil
    }

    /// The skeleton of the text as written, lower-cased (catches a capital I for an l).
    private static func casedKey(_ text: String) -> [Character] { Array(LookalikeText.skeleton(text).lowercased()) }

    /// The skeleton of the lower-cased text (so that `LINKEDIN` and `LinkedIn` agree).
    private static func loweredKey(_ text: String) -> [Character] { Array(LookalikeText.skeleton(text.lowercased()).lowercased()) }

    /// True when `needle` occurs in `haystack` between non-alphanumerics (or the ends); with `atStartOnly`,
    /// only as the first word (after leading punctuation and spaces).
    static func occurs(_ needle: [Character], in haystack: [Character], atStartOnly: Bool) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        let isWord: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        let firstWord = haystack.firstIndex(where: isWord) ?? haystack.count
        for start in 0...(haystack.count - needle.count) {
            if atStartOnly, start != firstWord { continue }
            guard haystack[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            let beforeOK = start == 0 || !isWord(haystack[start - 1])
            let end = start + needle.count
            let afterOK = end == haystack.count || !isWord(haystack[end])
            if beforeOK && afterOK { return true }
        }
        return false
    }
}

private extension String {
    /// NFKC then lower case: styled and fullwidth letters read as the plain ones.
    var precomposedStringWithCompatibilityMappingLowercased: String { precomposedStringWithCompatibilityMapping.lowercased() }
}
