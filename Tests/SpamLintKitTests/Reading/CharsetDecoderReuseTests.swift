import Foundation
import SpamLintInterop
import Synchronization
import Testing

/// Converters are reused between calls; each call must still start from a fresh converter's state.
struct CharsetDecoderReuseTests {
    /// JIS X 0208 "日本" with the shift into it and no shift back: the converter ends in the shifted state.
    static let shiftedJIS: [UInt8] = [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C]

    @Test func aShiftStateLeftByOneCallDoesNotCarryOver() {
        #expect(CharsetDecoder.decode(Self.shiftedJIS, charset: "ISO-2022-JP") == "日本")
        #expect(CharsetDecoder.decode(Array("FK".utf8), charset: "ISO-2022-JP") == "FK")
        #expect(CharsetDecoder.decode(Self.shiftedJIS, charset: "iso-2022-jp") == "日本")
        #expect(CharsetDecoder.decode(Array("FK".utf8), charset: "iso-2022-jp") == "FK")
    }

    @Test func aByteOrderMarkSeenByOneCallDoesNotCarryOver() {
        // "UTF16" is another name for the same charset, never used before: its first answer is a fresh converter's.
        let fresh = CharsetDecoder.decode([0x00, 0x42], charset: "UTF16")
        #expect(CharsetDecoder.decode([0xFF, 0xFE, 0x41, 0x00], charset: "UTF-16") == "A")
        #expect(CharsetDecoder.decode([0x00, 0x42], charset: "UTF-16") == fresh)
        #expect(CharsetDecoder.decode([0xFE, 0xFF, 0x00, 0x41], charset: "UTF-16") == "A")
        #expect(CharsetDecoder.decode([0x00, 0x42], charset: "UTF-16") == fresh)
    }

    @Test func concurrentCallsGetTheSequentialAnswers() {
        let inputs: [([UInt8], String)] = [
            (Self.shiftedJIS, "ISO-2022-JP"), (Array("FK".utf8), "ISO-2022-JP"), ([0xE9, 0x80, 0x81], "windows-1252"),
            ([0xE9, 0xA4], "ISO-8859-15"), ([0xC4, 0xE3, 0xBA, 0xC3], "GB2312"), ([0xE9, 0x20, 0xFF], "latin1"), ([0x41], "no-such-charset"),
        ]
        let expected = inputs.map { CharsetDecoder.decode($0.0, charset: $0.1) }
        let answers = Mutex<[[String?]]>(Array(repeating: [], count: 16))
        DispatchQueue.concurrentPerform(iterations: 16) { worker in
            var mine: [String?] = []
            for round in 0..<50 {
                let (bytes, charset) = inputs[(worker + round) % inputs.count]
                mine.append(CharsetDecoder.decode(bytes, charset: charset))
            }
            answers.withLock { $0[worker] = mine }
        }
        let all = answers.withLock { $0 }
        for worker in 0..<16 {
            for round in 0..<50 { #expect(all[worker][round] == expected[(worker + round) % inputs.count]) }
        }
        #expect(expected[0] == "日本" && expected[2] == "é€\u{FFFD}" && expected[6] == nil)
    }
}
