import FuzzSupport
@_spi(CLI) @testable import SpamLintKit

/// RFC 2047 encoded words in unstructured headers and in address-list display names.
FuzzDriver.run { bytes in
    let value = String(decoding: bytes, as: UTF8.self)
    _ = RFC2047Decoder.decode(value)
    _ = MailboxFactory.mailboxes(in: value, at: .start)
}
