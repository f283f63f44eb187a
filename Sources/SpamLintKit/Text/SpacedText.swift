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

    /// Each word (`TextScanner`) of `bytes`, in text order.
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Substring) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = WordSink(body: body)
            TextScanner.scan(bytes, into: &sink)
        }
    }

    private struct WordSink: TextSink {
        let body: (Substring) -> Void

        mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {}
        mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int) {}

        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) { word(bytes, start: start, end: end) }

        mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            body(Substring(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
    }

    /// Copies the bytes between spacer runs, writing one space for each run inside the text.
    private struct CollapseSink: TextSink {
        let bytes: UnsafeBufferPointer<UInt8>
        let copies: Bool
        var output: [UInt8] = []
        /// The bytes from here up to the next spacer are still to copy.
        var pending = 0
        var inSpacerRun = true
        var wordCount = 0
        var runHasWord = false

        init(bytes: UnsafeBufferPointer<UInt8>, copies: Bool) {
            self.bytes = bytes
            self.copies = copies
            if copies { output.reserveCapacity(bytes.count) }
        }

        mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            if !inSpacerRun {
                if copies { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<start])) }
                if runHasWord { wordCount += 1 }
                runHasWord = false
                inSpacerRun = true
            }
            pending = end
        }

        @inline(__always)
        private mutating func visible(_ start: Int) {
            guard inSpacerRun else { return }
            if copies, !output.isEmpty { output.append(0x20) }
            pending = start
            inSpacerRun = false
        }

        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            visible(start)
            runHasWord = true
        }

        mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            visible(start)
            runHasWord = true
        }

        mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int) { visible(start) }

        mutating func finish() -> String {
            if !inSpacerRun {
                if copies { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending...])) }
                if runHasWord { wordCount += 1 }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Gathers each spaced word's counts and hands it on when a spacer or the end closes it.
    private struct SpacedWordSink: TextSink {
        let bytes: UnsafeBufferPointer<UInt8>
        let body: (SpacedWord) -> Bool
        var current: SpacedWord?
        var stopped = false

        mutating func close() {
            guard let word = current else { return }
            current = nil
            if !stopped, !body(word) { stopped = true }
        }

        mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) { close() }

        @inline(__always)
        private mutating func extend(_ start: Int, _ end: Int) {
            if current == nil { current = SpacedWord(bytes: bytes, start: start) }
            current!.end = end
        }

        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            guard !stopped else { return }
            extend(start, end)
            current!.wordCount += 1
            for index in start..<end { current!.count(Unicode.Scalar(bytes[index])) }
        }

        mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            guard !stopped else { return }
            extend(start, end)
            current!.wordCount += 1
            var index = start
            while index < end {
                let (scalar, next) = TextScanner.decode(bytes, at: index)
                current!.count(scalar)
                index = next
            }
        }

        mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int) {
            guard !stopped else { return }
            extend(start, end)
            current!.count(scalar)
        }
    }
}
