import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

extension MIMEReadingTests {
    struct CorpusReadingTests {
        /// `/work/shared/corpus/messages`, found from this file: ../shared/corpus relative to the package root.
        private static let corpusDirectory: URL = {
            var url = URL(fileURLWithPath: #filePath)
            // Tests/SpamLintKitTests/Reading/CorpusReadingTests.swift → package root.
            for _ in 0..<4 { url.deleteLastPathComponent() }
            return url.deletingLastPathComponent().appendingPathComponent("shared/corpus/messages")
        }()

        private static func messageFiles() -> [URL] {
            guard let enumerator = FileManager.default.enumerator(at: corpusDirectory, includingPropertiesForKeys: nil) else { return [] }
            return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "eml" }
        }

        @Test(.enabled(if: FileManager.default.fileExists(atPath: corpusDirectory.path), "corpus not present"))
        func everyCorpusMessageReadsWithoutCrashing() async throws {
            let files = Self.messageFiles()
            #expect(!files.isEmpty)
            // Split the corpus across cores: thousands of files, each read independently.
            let workers = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
            let totals = await withTaskGroup(of: (read: Int, withLeaves: Int, sniffed: Int).self) { group in
                for worker in 0..<workers {
                    group.addTask {
                        var counts = (read: 0, withLeaves: 0, sniffed: 0)
                        for index in stride(from: worker, to: files.count, by: workers) {
                            guard let data = try? Data(contentsOf: files[index]) else { continue }
                            let bytes = [UInt8](data)
                            let message = MIMEReader.read(bytes)
                            counts.read += 1
                            if !message.leaves.isEmpty, !message.headers.isEmpty { counts.withLeaves += 1 }
                            if MessageSniffer.looksLikeMessage(bytes) { counts.sniffed += 1 }
                        }
                        return counts
                    }
                }
                var sum = (read: 0, withLeaves: 0, sniffed: 0)
                for await counts in group {
                    sum.read += counts.read
                    sum.withLeaves += counts.withLeaves
                    sum.sniffed += counts.sniffed
                }
                return sum
            }
            #expect(totals.read == files.count)
            #expect(Double(totals.withLeaves) >= 0.95 * Double(totals.read))
            #expect(Double(totals.sniffed) >= 0.95 * Double(totals.read))
        }
    }
}
