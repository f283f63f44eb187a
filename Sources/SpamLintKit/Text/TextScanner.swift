/// The text layer's one definition of what a text is made of, read in one walk over its UTF-8.
///
/// Text is Unicode scalars, each one of three kinds:
/// - a **spacer**: white space, NBSP, and the invisible characters preheader padding uses (`isSpacer`);
/// - part of a **word**: a word is a maximal run of letters and digits (`isWordScalar`), combining
///   marks included, so accented letters written decomposed stay one word. Han, kana and Thai do not
///   space their words: each of their letters is a word of its own;
/// - a **symbol**: any other scalar, one piece each.
///
/// Case comes from each scalar's properties and folding is per scalar (`fold`). Every text
/// measure (collapsed text, word counts, capitals, phrase matching) is a `TextSink` of this walk.
enum TextScanner {
    static func scan<Sink: TextSink>(_ text: String, into sink: inout Sink) {
        var text = text
        text.withUTF8 { scan($0, into: &sink) }
    }

    /// Works on the bytes, decoding only non-ASCII scalars: this runs over every text of every file.
    static func scan<Sink: TextSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if isASCIIAlphanumeric(lead) {
                    let start = index
                    index += 1
                    // Most bytes are inside words: the rest of the ASCII letters and digits in one tight loop.
                    while index < count, isASCIIAlphanumeric(bytes[index]) { index += 1 }
                    if index < count, bytes[index] >= 0x80, continuesWord(bytes, at: index) {
                        index = wordEnd(bytes, from: index)
                        sink.word(bytes, start: start, end: index)
                    } else {
                        sink.asciiWord(bytes, start: start, end: index)
                    }
                } else if isASCIISpacer(lead) {
                    sink.spacer(bytes, start: index, end: index + 1)
                    index += 1
                } else {
                    sink.symbol(Unicode.Scalar(lead), start: index, end: index + 1)
                    index += 1
                }
                continue
            }
            let (scalar, next) = decode(bytes, at: index)
            if isSpacer(scalar) {
                sink.spacer(bytes, start: index, end: next)
                index = next
            } else if isWordScalar(scalar) {
                guard !isUnspacedScript(scalar.value) else {
                    sink.word(bytes, start: index, end: next)
                    index = next
                    continue
                }
                let start = index
                index = wordEnd(bytes, from: next)
                sink.word(bytes, start: start, end: index)
            } else {
                sink.symbol(scalar, start: index, end: next)
                index = next
            }
        }
    }

    /// Where the word that goes on at `index` ends: the first scalar from there that is neither a letter,
    /// a digit nor a mark, or that starts a word of its own.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count {
            if bytes[index] < 0x80 {
                guard isASCIIAlphanumeric(bytes[index]) else { return index }
                index += 1
                continue
            }
            guard continuesWord(bytes, at: index) else { return index }
            index = decode(bytes, at: index).next
        }
        return index
    }

    /// Whether the non-ASCII scalar at `index` continues a word before it.
    @inline(__always)
    private static func continuesWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let scalar = decode(bytes, at: index).scalar
        return !isSpacer(scalar) && !isUnspacedScript(scalar.value) && (isWordScalar(scalar) || isMark(scalar))
    }

    /// The scalar starting at `index` of valid UTF-8 (a String's bytes are) and the index after it.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), index + 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", index + length)
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }

    /// The ASCII spacers: space, tab, line feed, vertical tab, form feed, return.
    @inline(__always)
    static func isASCIISpacer(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }

    /// White space (the White_Space property), NBSP, and the zero-width and invisible characters that
    /// pad preheaders and split words without showing (soft hyphen, ZWSP, ZWJ, word joiner, BOM…).
    static func isSpacer(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0xAD, 0x034F, 0x1680, 0x180E, 0x2000...0x200F, 0x2028, 0x2029, 0x202F,
             0x205F, 0x2060, 0x3000, 0xFEFF:
            true
        default:
            false
        }
    }

    /// A letter or digit: alphabetic, or with a numeric type.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Scripts written without spaces between words.
    static func isUnspacedScript(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E00...0x0E7F, // Thai
             0x3040...0x30FF, // Hiragana, Katakana
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: // Han
            true
        default:
            false
        }
    }

    /// A word folded for comparison: each scalar lower-cased (`String.lowercased` maps scalar by scalar).
    static func fold(_ word: some StringProtocol) -> String { word.lowercased() }

    /// Typographic apostrophes and quotes fold to the ASCII ones (nil for other symbols, which fold as words do).
    static func asciiQuote(for symbol: Unicode.Scalar) -> Unicode.Scalar? {
        switch symbol {
        case "\u{2019}", "\u{2018}", "\u{02BC}": "'"
        case "\u{201C}", "\u{201D}": "\""
        default: nil
        }
    }

    /// An ASCII word folded: `fold` without decoding.
    static func foldedASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { output in
            for offset in 0..<(end - start) { output[offset] = fold(bytes[start + offset]) }
            return end - start
        }
    }

    /// An ASCII byte folded: lower-cased.
    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// The bytes `start..<end` as a String.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
