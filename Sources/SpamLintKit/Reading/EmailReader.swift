import SpamLintInterop

/// Turns the bytes of one file into an `EmailDocument`, deciding "message or template" by content.
@_spi(CLI) public enum EmailReader {
    @_spi(CLI) public static func read(_ bytes: [UInt8], settings: ReadSettings = ReadSettings()) -> EmailDocument {
        let bytes = lineFeedsForBareCarriageReturns(bytes)
        if MessageSniffer.looksLikeMessage(bytes) {
            return MessageReader.read(bytes, settings: settings)
        }
        return TemplateReader.read(bytes, settings: settings)
    }

    /// Files from classic Mac OS tools end lines with CR alone; the readers split on LF. When a
    /// file has CRs and no LF at all, each CR becomes LF, byte for byte, so lines, columns and
    /// sizes stay those of the file. Files with any LF are left alone (CR there is CRLF or content).
    static func lineFeedsForBareCarriageReturns(_ bytes: [UInt8]) -> [UInt8] {
        let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
        // LF first: nearly every file has one in its first line, so this rarely scans far.
        guard !bytes.contains(lineFeed), bytes.contains(carriageReturn) else { return bytes }
        return bytes.map { $0 == carriageReturn ? lineFeed : $0 }
    }
}
