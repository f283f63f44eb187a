import Foundation

/// How text can pass for other text: the confusable skeleton of UTS #39 §4 (from the small table in
/// `Rules/lists/confusables.txt`, after NFKC, which folds fullwidth and mathematical styled letters),
/// and invisible characters hidden inside words.
enum LookalikeText {
    /// `source -> target` pairs, longest source first, parsed once from the shipped list.
    static let table: [(source: [Character], target: String)] = parse(BuiltInRuleFiles.text("lists/confusables.txt") ?? "")

    /// `table` by the first character of each source, so that a character is looked up once.
    static let tableByFirst: [Character: [(source: [Character], target: String)]] = Dictionary(grouping: table) { $0.source[0] }

    /// Format characters that render as nothing: zero-width space, non-joiner, joiner, word joiner,
    /// BOM, combining grapheme joiner, Mongolian vowel separator, invisible operators. Not the soft hyphen
    /// (U+00AD): it is byte 0xAD of a CJK subject misread as Latin-1 far more often than a trick.
    static let invisibleScalars: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x034F, 0x180E, 0x2061, 0x2062, 0x2063, 0x2064]

    /// Joiners that some scripts need between letters (Persian, Indic) or emoji (ZWJ sequences): only
    /// inside an ASCII word are they a trick.
    static let orthographicJoiners: Set<UInt32> = [0x200C, 0x200D]

    /// The text as it renders, without invisible characters and with look-alikes replaced (case kept).
    static func skeleton(_ text: String) -> String {
        let folded = Array(compatibilityFolded(visible(text)))
        var result = ""
        var index = 0
        outer: while index < folded.count {
            for entry in tableByFirst[folded[index]] ?? [] where index + entry.source.count <= folded.count
                && folded[index..<(index + entry.source.count)].elementsEqual(entry.source) {
                result += entry.target
                index += entry.source.count
                continue outer
            }
            result.append(folded[index])
            index += 1
        }
        return result
    }

    /// NFKC, which leaves ASCII text as it is (and then costs nothing).
    static func compatibilityFolded(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCompatibilityMapping
    }

    /// The text without its invisible characters.
    static func visible(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !invisibleScalars.contains($0.value) })
        return String(scalars)
    }

    /// The first invisible character that sits between two letters or digits (a word split to dodge
    /// filters, `Pay\u{200B}Pal`), as `U+200B`; nil when there is none.
    static func invisibleInsideWord(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where invisibleScalars.contains(scalar.value) {
            guard let before = scalars[..<index].last(where: { !invisibleScalars.contains($0.value) }),
                  let after = scalars[(index + 1)...].first(where: { !invisibleScalars.contains($0.value) }) else { continue }
            let isWordCharacter: (Unicode.Scalar) -> Bool = { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            guard isWordCharacter(before), isWordCharacter(after) else { continue }
            if orthographicJoiners.contains(scalar.value), !(before.isASCII && after.isASCII) { continue }
            return "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
        return nil
    }

    /// The first word that mixes Latin letters with Cyrillic or Greek ones (`PаyPal` with a Cyrillic а),
    /// a word being a run of letters and digits.
    static func mixedScriptWord(_ text: String) -> String? {
        for word in visible(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }) where !word.allSatisfy(\.isASCII) {
            let scripts = HostLabelScripts.scripts(of: word)
            if scripts.contains("Latin"), scripts.contains("Cyrillic") || scripts.contains("Greek") { return String(word) }
        }
        return nil
    }

    static func parse(_ listText: String) -> [(source: [Character], target: String)] {
        var entries: [(source: [Character], target: String)] = []
        for line in listText.split(whereSeparator: \.isNewline) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = content.split(whereSeparator: \.isWhitespace)
            guard fields.count == 2 else { continue }
            let source = fields[0].split(separator: "+").compactMap { code -> Character? in
                guard let value = UInt32(code, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
                return Character(scalar)
            }
            guard !source.isEmpty else { continue }
            entries.append((source, String(fields[1])))
        }
        return entries.sorted { $0.source.count > $1.source.count }
    }
}
