/// Walks the whitespace-separated words of a text as `split(whereSeparator: \.isWhitespace)` cuts
/// them, handing ASCII words over as bytes and leaving only stretches with other characters to
/// `Character`-based code.
///
/// An ASCII whitespace byte whose neighbours are ASCII bytes (or the ends of the text) is always a
/// `Character` of its own (or half of CR LF, also whitespace): grapheme clusters join ASCII only
/// with a prepended mark before it or an extending mark after it, and neither is ASCII. So no word
/// crosses such a byte, and the text between two of them holds the same `Character`s on its own as
/// it does in the whole text. A stretch of only ASCII bytes there is one word; a stretch holding
/// other bytes is handed over whole, to be split with `Character.isWhitespace` as before.
enum WhitespaceWords {
    static func forEach(in text: String, ascii: (UnsafeBufferPointer<UInt8>) -> Void, mixed: (Substring) -> Void) {
        forEachWhile(in: text, ascii: { word, _ in ascii(word); return true }, mixed: { stretch, _ in mixed(stretch); return true })
    }

    /// `forEach` that stops when a closure returns false; each closure is also told how many bytes of
    /// the text follow its word or stretch.
    static func forEachWhile(in text: String, ascii: (UnsafeBufferPointer<UInt8>, _ bytesAfter: Int) -> Bool,
                             mixed: (Substring, _ bytesAfter: Int) -> Bool) {
        let original = text
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            func isFirmSeparator(_ index: Int) -> Bool {
                ASCIIByte.isWhitespace(bytes[index])
                    && (index == 0 || bytes[index - 1] < 0x80) && (index + 1 == count || bytes[index + 1] < 0x80)
            }
            var index = 0
            while index < count {
                if isFirmSeparator(index) { index += 1; continue }
                let start = index
                var isASCII = true
                while index < count, !isFirmSeparator(index) {
                    if bytes[index] >= 0x80 { isASCII = false }
                    index += 1
                }
                if isASCII {
                    guard ascii(UnsafeBufferPointer(rebasing: bytes[start..<index]), count - index) else { return }
                } else {
                    let utf8 = original.utf8
                    let lower = utf8.index(utf8.startIndex, offsetBy: start)
                    let upper = utf8.index(lower, offsetBy: index - start)
                    guard mixed(original[lower..<upper], count - index) else { return }
                }
            }
        }
    }
}
