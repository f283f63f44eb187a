import FuzzSupport
@_spi(CLI) import SpamLintKit

/// `.spamlint.yml`: Yams parsing plus spamlint's validation. Errors are the expected outcome for
/// most inputs; only crashes and hangs count.
FuzzDriver.run { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? ConfigurationLoader.parse(text, file: ".spamlint.yml")
}
