import FuzzSupport
@_spi(CLI) @testable import SpamLintKit

/// Template-syntax masking, front matter and the template path through extraction and rules.
FuzzDriver.run { bytes in
    let masked = TemplateMasker.mask(bytes)
    // Masking must keep the file's lines, or every reported line number after a tag is wrong.
    let newline = UInt8(ascii: "\n")
    precondition(masked.html.count { $0 == newline } == bytes.count { $0 == newline }, "masking changed the line count")
    let document = TemplateReader.read(bytes, settings: ReadSettings())
    _ = Linter().findings(in: document)
}
