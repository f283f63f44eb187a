/// Receives the pieces of a text from `TextScanner.scan`, each as UTF-8 offsets into `bytes`.
///
/// Every scalar of the text is in exactly one piece: a spacer, a word or a symbol.
protocol TextSink {
    /// One spacer scalar (`TextScanner.isSpacer`).
    mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int)
    /// A word of ASCII letters and digits only, not yet lowercased.
    mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int)
    /// A word holding a non-ASCII letter, digit or mark; a Han, kana or Thai character is a word of its own.
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int)
    /// A visible scalar that is neither a spacer nor in a word.
    mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int)
}
