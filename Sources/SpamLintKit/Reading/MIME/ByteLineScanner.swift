#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds line ends with `memchr`, which scans many bytes per instruction; per-byte Swift loops
/// would dominate the reading time of large attachments.
enum ByteLineScanner {
    /// Index of the next `\n` in `bytes[from..<to]`, or nil.
    static func nextLineFeed(in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            guard let found = memchr(base + from, 0x0A, to - from) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Calls `body(lineStart, contentEnd, nextLineStart, lineNumber)` for every line of
    /// `bytes[from..<to]`; `contentEnd` excludes the CR LF or LF. Stops when `body` returns false.
    static func forEachLine(in bytes: [UInt8], from: Int, to: Int, firstLine: Int,
                            _ body: (Int, Int, Int, Int) -> Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = from
            var line = firstLine
            while start < to {
                let lineEnd: Int
                let next: Int
                if let found = memchr(base + start, 0x0A, to - start) {
                    lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    next = lineEnd + 1
                } else {
                    lineEnd = to
                    next = to
                }
                var contentEnd = lineEnd
                if contentEnd > start, base[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                if !body(start, contentEnd, next, line) { return }
                start = next
                line += 1
            }
        }
    }
}
