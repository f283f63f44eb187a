/// The brands of `Rules/lists/impersonated-brands.txt`: what a display name may claim, and which
/// organizational domains may claim it.
struct ImpersonatedBrands: Sendable {
    struct Brand: Sendable {
        var name: String
        /// The brand's organizational domains.
        var domains: Set<String>
        /// Only a display name that starts with the name claims the brand (the name is also a common word).
        var atStartOnly: Bool
    }

    /// A brand named in a text, and whether it was spelt with look-alike characters.
    struct Mention: Sendable {
        var brand: Brand
        var isLookalike: Bool
    }

    /// One way of reading text as words: plain (NFKC, lower-cased), or through the confusable skeleton
    /// with case kept (a capital I read as l) or lower-cased first (so `LINKEDIN` reads as `LinkedIn`).
    enum Reading: CaseIterable {
        case plain, skeletonOfCased, skeletonOfLowered

        func words(_ text: String) -> [Substring] {
            let read: String
            switch self {
            case .plain: read = LookalikeText.compatibilityFolded(LookalikeText.visible(text)).lowercased()
            case .skeletonOfCased: read = LookalikeText.skeleton(text).lowercased()
            case .skeletonOfLowered: read = LookalikeText.skeleton(text.lowercased()).lowercased()
            }
            return read.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        }
    }

    let brands: [Brand]
    /// Per reading, each brand's name as words, found by its first word.
    private let byFirstWord: [Reading: [Substring: [(brand: Int, words: [Substring])]]]

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
            return Brand(name: name, domains: domains, atStartOnly: atStartOnly)
        }
        var index: [Reading: [Substring: [(brand: Int, words: [Substring])]]] = [:]
        for reading in Reading.allCases {
            for (number, brand) in brands.enumerated() {
                let words = reading.words(brand.name)
                guard let first = words.first else { continue }
                index[reading, default: [:]][first, default: []].append((number, words))
            }
        }
        byFirstWord = index
    }

    /// The first brand (in list order) the text names as whole words: by its plain spelling (any case)
    /// when it names one so, else by a look-alike spelling, one whose confusable skeleton is the brand's
    /// but whose letters are not (`WaImart`, `PаyPal` with a Cyrillic а, `N0rton`). Linear in the text's words.
    func mention(in text: String) -> Mention? {
        let plain = brandsNamed(in: text, reading: .plain)
        if let first = plain.min() { return Mention(brand: brands[first], isLookalike: false) }
        return lookalikeBrands(in: text, besides: plain).min().map { Mention(brand: brands[$0], isLookalike: true) }
    }

    /// The first brand the text names only with look-alike characters, even beside a plainly named one.
    func lookalikeMention(in text: String) -> Brand? {
        lookalikeBrands(in: text, besides: brandsNamed(in: text, reading: .plain)).min().map { brands[$0] }
    }

    private func lookalikeBrands(in text: String, besides plain: Set<Int>) -> Set<Int> {
        brandsNamed(in: text, reading: .skeletonOfCased).union(brandsNamed(in: text, reading: .skeletonOfLowered)).subtracting(plain)
    }

    /// The numbers of the brands whose names occur as whole words of the text read one way.
    private func brandsNamed(in text: String, reading: Reading) -> Set<Int> {
        guard let index = byFirstWord[reading] else { return [] }
        let words = reading.words(text)
        var found: Set<Int> = []
        for start in words.indices {
            for candidate in index[words[start]] ?? [] where start + candidate.words.count <= words.count {
                guard !brands[candidate.brand].atStartOnly || start == 0,
                      words[start..<(start + candidate.words.count)].elementsEqual(candidate.words) else { continue }
                found.insert(candidate.brand)
            }
        }
        return found
    }
}
