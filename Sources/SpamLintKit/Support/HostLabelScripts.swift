/// The Unicode scripts a host label is written in, for spotting homograph tricks: a label that mixes
/// scripts (`pаypal` with a Cyrillic `а`) or one written wholly in Cyrillic or Greek letters that
/// look Latin (`аррӏе`). Follows UTS #39 §5.2 "Highly Restrictive": one script, or Latin with the
/// Han-based combinations of Japanese, Chinese and Korean.
enum HostLabelScripts {
    /// Scripts tried in order; a letter in none of them counts as "Other". Common and Inherited
    /// characters (digits, hyphen, combining marks, `ー`) belong to every script and are ignored.
    /// Computed because `Regex` is not Sendable; only used the first time a character is seen
    /// (see `CharacterScriptCache`).
    private static var scriptPatterns: [(name: String, pattern: Regex<Substring>)] { [
        ("Latin", #/\p{Script=Latin}/#), ("Cyrillic", #/\p{Script=Cyrillic}/#), ("Greek", #/\p{Script=Greek}/#),
        ("Han", #/\p{Script=Han}/#), ("Hiragana", #/\p{Script=Hiragana}/#), ("Katakana", #/\p{Script=Katakana}/#),
        ("Hangul", #/\p{Script=Hangul}/#), ("Bopomofo", #/\p{Script=Bopomofo}/#), ("Arabic", #/\p{Script=Arabic}/#),
        ("Hebrew", #/\p{Script=Hebrew}/#), ("Armenian", #/\p{Script=Armenian}/#), ("Georgian", #/\p{Script=Georgian}/#),
        ("Cherokee", #/\p{Script=Cherokee}/#), ("Thai", #/\p{Script=Thai}/#), ("Devanagari", #/\p{Script=Devanagari}/#),
    ] }
    private static var commonPattern: Regex<Substring> { #/[\p{Script=Common}\p{Script=Inherited}]/# }

    /// Script combinations UTS #39 allows within one label besides a single script.
    private static let allowedCombinations: [Set<String>] = [
        ["Latin", "Han", "Hiragana", "Katakana"], ["Latin", "Han", "Bopomofo"], ["Latin", "Han", "Hangul"],
    ]

    /// Cyrillic and Greek lower-case letters that render like Latin ones (the set browsers use for
    /// their whole-script-confusable IDN checks, from UTS #39 confusables).
    private static let latinLookalikes: Set<Character> = [
        "а", "с", "ԁ", "е", "һ", "і", "ј", "ӏ", "о", "р", "ԛ", "ѕ", "ԝ", "х", "у", "ъ", "ь", "ҽ", "п", "г", "ѵ", "ѡ",
        "α", "ε", "ι", "κ", "ν", "ο", "ρ", "τ", "υ", "χ", "ϲ", "ϳ",
    ]

    /// The scripts of the label's letters, Common and Inherited left out.
    static func scripts(of label: Substring) -> Set<String> {
        var found: Set<String> = []
        guard !label.allSatisfy(\.isASCII) else { return label.contains(where: \.isLetter) ? ["Latin"] : [] }
        for character in label {
            if character.isASCII {
                if character.isLetter { found.insert("Latin") }
                continue
            }
            let script = cache.script(of: character, classify: classify)
            if !script.isEmpty { found.insert(script) }
        }
        return found
    }

    private static let cache = CharacterScriptCache()

    /// The script of a non-ASCII Character, "" for Common and Inherited ones.
    private static func classify(_ character: Character) -> String {
        let text = String(character)
        if text.wholeMatch(of: commonPattern) != nil { return "" }
        return scriptPatterns.first { text.wholeMatch(of: $0.pattern) != nil }?.name ?? "Other"
    }

    /// True when the label mixes scripts in a way UTS #39's Highly Restrictive level forbids.
    static func isMixed(_ label: Substring) -> Bool {
        let found = scripts(of: label)
        guard found.count > 1 else { return false }
        return !allowedCombinations.contains { found.isSubset(of: $0) }
    }

    /// True when the label is Cyrillic or Greek only and every letter looks like a Latin one: a
    /// whole-script homograph of a Latin name.
    static func isWholeScriptConfusable(_ label: Substring) -> Bool {
        let found = scripts(of: label)
        guard found == ["Cyrillic"] || found == ["Greek"] else { return false }
        let letters = label.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy { latinLookalikes.contains(Character($0.lowercased())) }
    }
}
