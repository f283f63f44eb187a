/// The measures of a text that its spacers define, all read by `TextScanner`: the text collapsed to
/// single spaces, its word count, and its spaced words (`SpacedWord`).
enum SpacedText {
    /// Runs of spacers become one space; spacers at either end are dropped.
    static func collapse(_ text: String) -> String { collapseCountingWords(text).text }

    /// `collapse(text)` and how many spaced words of it hold a word (a run between spacers such as
    /// "don't" or "e-mail" is one; "—" is none).
    static func collapseCountingWords(_ text: String) -> (text: String, wordCount: Int) {
        var text = text
        return text.withUTF8 { bytes in
            var sink = CollapseSink(bytes: bytes, copies: true)
            TextScanner.scan(bytes, into: &sink)
            return (sink.finish(), sink.wordCount)
        }
    }

    /// `collapseCountingWords(text).wordCount`, without making the collapsed text.
    static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var sink = CollapseSink(bytes: bytes, copies: false)
            TextScanner.scan(bytes, into: &sink)
            _ = sink.finish()
            return sink.wordCount
        }
    }

    /// How many scalars of `text` are not spacers.
    static func nonSpacerScalarCount(_ text: String) -> Int {
        var count = 0
        forEachSpacedWord(in: text) { word in
            count += word.scalarCount
            return true
        }
        return count
    }

    /// Each run of non-spacers in text order, until `body` returns false.
    static func forEachSpacedWord(in text: String, _ body: (SpacedWord) -> Bool) {
        var text = text
        withoutActuallyEscaping(body) { body in
            text.withUTF8 { bytes in
                var sink = SpacedWordSink(bytes: bytes, body: body)
                TextScanner.scan(bytes, into: &sink)
                sink.close()
            }
        }
    }

    /// Copies the bytes between spacer runs, writing one space for each run inside the text. A run that
    /// is one space already stays in the stretch still to copy, so most text is copied in long stretches.
    private struct CollapseSink: TextSink {
        let bytes: UnsafeBufferPointer<UInt8>
        let copies: Bool
        var output: [UInt8] = []
        /// The bytes from here are still to copy.
        var pending = 0
        /// Where the spacer run being read starts, -1 outside one; the end of the last visible scalar.
        var runStart = -1
        var visibleEnd = 0
        var seenVisible = false
        var wordCount = 0
        var runHasWord = false

        init(bytes: UnsafeBufferPointer<UInt8>, copies: Bool) {
            self.bytes = bytes
            self.copies = copies
            if copies { output.reserveCapacity(bytes.count) }
        }

        mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            guard runStart < 0 else { return }
            runStart = start
            if runHasWord { wordCount += 1 }
            runHasWord = false
        }

        @inline(__always)
        private mutating func visible(_ start: Int, _ end: Int) {
            if runStart >= 0 {
                let isOneSpace = start - runStart == 1 && bytes[runStart] == 0x20
                if !seenVisible || !isOneSpace {
                    if copies {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<(seenVisible ? runStart : pending)]))
                        if seenVisible { output.append(0x20) }
                    }
                    pending = start
                }
                runStart = -1
            }
            seenVisible = true
            visibleEnd = end
        }

        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            visible(start, end)
            runHasWord = true
        }

        mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            visible(start, end)
            runHasWord = true
        }

        mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int) { visible(start, end) }

        mutating func finish() -> String {
            if runHasWord { wordCount += 1 }
            guard seenVisible else { return "" }
            if copies { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<visibleEnd])) }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Gathers each spaced word's counts and hands it on when a spacer or the end closes it.
    private struct SpacedWordSink: TextSink {
        let body: (SpacedWord) -> Bool
        var current: SpacedWord
        var open = false
        var stopped = false

        init(bytes: UnsafeBufferPointer<UInt8>, body: @escaping (SpacedWord) -> Bool) {
            self.body = body
            current = SpacedWord(bytes: bytes, start: 0)
        }

        mutating func close() {
            guard open else { return }
            open = false
            if !stopped, !body(current) { stopped = true }
        }

        mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) { close() }

        @inline(__always)
        private mutating func extend(_ start: Int, _ end: Int) {
            if !open {
                current = SpacedWord(bytes: current.bytes, start: start)
                open = true
            }
            current.end = end
        }

        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            guard !stopped else { return }
            extend(start, end)
            current.wordCount += 1
            current.scalarCount += end - start
            var upper = 0
            var lower = 0
            for index in start..<end {
                let byte = bytes[index]
                if byte &- 0x41 < 26 { upper += 1 } else if byte &- 0x61 < 26 { lower += 1 }
            }
            current.uppercase += upper
            current.lowercase += lower
            // The rest are digits.
            if upper + lower < end - start { current.hasNumber = true }
        }

        mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            guard !stopped else { return }
            extend(start, end)
            current.wordCount += 1
            var index = start
            while index < end {
                let (scalar, next) = TextScanner.decode(bytes, at: index)
                current.count(scalar)
                index = next
            }
        }

        mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int) {
            guard !stopped else { return }
            extend(start, end)
            current.count(scalar)
        }
    }

    /// Each word (`TextScanner`) of `bytes` in text order, folded (`TextScanner.fold`).
    static func forEachFoldedWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (String) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = WordSink(body: body)
            TextScanner.scan(bytes, into: &sink)
        }
    }

    private struct WordSink: TextSink {
        let body: (String) -> Void

        mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {}
        mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int) {}

        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            body(TextScanner.foldedASCII(bytes, start, end))
        }

        mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            body(TextScanner.fold(TextScanner.string(bytes, start, end)))
        }
    }
}
