import FuzzSupport
@_spi(CLI) @testable import SpamLintKit

/// The whole message path: MIME tree, header decoding, address lists, bodies, HTML extraction,
/// then every built-in rule over the document.
FuzzDriver.run { bytes in
    _ = MIMEReader.read(bytes)
    let document = MessageReader.read(bytes, settings: ReadSettings())
    _ = Linter().findings(in: document)
}
