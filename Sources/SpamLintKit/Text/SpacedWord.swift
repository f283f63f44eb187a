/// A run of non-spacers ("don't", "TODAY!", "https://example.com/"), with its case counted per
/// scalar: what rules that judge whole written words (capitals, URLs) read.
struct SpacedWord {
    let bytes: UnsafeBufferPointer<UInt8>
    /// UTF-8 offsets of the run in the scanned text.
    let start: Int
    var end: Int = 0
    /// Words (`TextScanner`) in the run.
    var wordCount = 0
    var scalarCount = 0
    var uppercase = 0
    var lowercase = 0
    /// A scalar with a numeric type (a digit, a Roman numeral, a fraction).
    var hasNumber = false

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.bytes = bytes
        self.start = start
    }

    var cased: Int { uppercase + lowercase }

    var text: String { TextScanner.string(bytes, start, end) }

    /// The run's UTF-8 bytes.
    var utf8: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[start..<end]) }

    mutating func count(_ scalar: Unicode.Scalar) {
        scalarCount += 1
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            if byte &- 0x41 < 26 { uppercase += 1 } else if byte &- 0x61 < 26 { lowercase += 1 } else if byte &- 0x30 < 10 { hasNumber = true }
            return
        }
        let properties = scalar.properties
        if properties.isUppercase { uppercase += 1 } else if properties.isLowercase { lowercase += 1 }
        if properties.numericType != nil { hasNumber = true }
    }
}
