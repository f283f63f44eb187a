#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Decodes bytes in a MIME charset to a Swift string with iconv (glibc knows hundreds of charsets).
public enum CharsetDecoder {
    /// Decodes `bytes` from `charset`. Returns nil when iconv does not know the charset.
    /// Invalid sequences are replaced by U+FFFD rather than failing the whole part.
    public static func decode(_ bytes: [UInt8], charset: String) -> String? {
        let name = normalizedName(charset)
        if name == "UTF-8" || name == "US-ASCII" || name == "ASCII" {
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let converter = ConverterOpener.shared.open(name) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var input = bytes
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        input.withUnsafeMutableBufferPointer { inputBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress.map {
                UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
            }
            var inLeft = inputBuffer.count
            while inLeft > 0 {
                let produced: Int
                let result: Int
                (result, produced) = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(chunkBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = chunkBuffer.count
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, chunkBuffer.count - outLeft)
                }
                output.append(contentsOf: chunk[0..<produced])
                if result == -1 {
                    let error = errno
                    if error == E2BIG { continue }
                    // EILSEQ or EINVAL: emit a replacement character and skip one input byte.
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    guard inLeft > 0 else { break }
                    inPointer = inPointer?.advanced(by: 1)
                    inLeft -= 1
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Maps common mislabels to names iconv knows.
    private static func normalizedName(_ charset: String) -> String {
        let upper = charset.trimmingCharacters(in: " \t\"'").uppercased()
        switch upper {
        case "UTF8", "UTF-8": return "UTF-8"
        case "", "ASCII", "US-ASCII", "ANSI_X3.4-1968", "646": return "US-ASCII"
        case "LATIN1", "LATIN-1": return "ISO-8859-1"
        case "KS_C_5601-1987", "KS_C_5601": return "CP949"
        case "GB2312", "GBK", "X-GBK": return "GB18030"
        case "UNICODE-1-1-UTF-7": return "UTF-7"
        default: return upper
        }
    }
}

/// Opens iconv converters to UTF-8 and keeps one more per charset open for good. Opening a converter makes
/// glibc load the charset's gconv module and closing the last one unloads it again, so a converter per
/// part cost a dlopen and dlclose per message; the kept one holds the module loaded. Converters are not
/// reused: `iconv`'s reset keeps some state (the byte order a UTF-16 BOM chose), so each call gets a fresh one.
private final class ConverterOpener: Sendable {
    static let shared = ConverterOpener()

    private struct Converter: @unchecked Sendable {
        let handle: iconv_t
    }

    /// One never-used converter per charset name that opened; at most one per name iconv knows.
    private let anchors = Mutex<[String: Converter]>([:])

    /// A new converter for `name`; nil when iconv does not know the charset.
    func open(_ name: String) -> iconv_t? {
        guard let converter = Self.iconvOpen(name) else { return nil }
        if anchors.withLock({ $0[name] == nil }), let anchor = Self.iconvOpen(name) {
            let extra = anchors.withLock { anchors -> Converter? in
                guard anchors[name] == nil else { return Converter(handle: anchor) }
                anchors[name] = Converter(handle: anchor)
                return nil
            }
            if let extra { iconv_close(extra.handle) }
        }
        return converter
    }

    private static func iconvOpen(_ name: String) -> iconv_t? {
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        return converter
    }
}

private extension String {
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
