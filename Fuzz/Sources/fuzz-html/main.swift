import FuzzSupport
@_spi(CLI) @testable import SpamLintKit

/// libxml2 parsing plus the extractor's single walk (links, hidden text, positions), with the
/// same lossy UTF-8 text the readers hand it.
FuzzDriver.run { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    _ = BodyExtraction.html(masked: Array(text.utf8), originalText: text, firstLine: 1, linesAreExact: true,
                            template: nil, byteCount: bytes.count, part: .html)
    _ = BodyExtraction.text(text, firstLine: 1, linesAreExact: true)
}
