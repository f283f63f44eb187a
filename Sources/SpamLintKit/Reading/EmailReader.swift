import SpamLintInterop

/// Turns the bytes of one file into an `EmailDocument`, deciding "message or template" by content.
public enum EmailReader {
    public static func read(_ bytes: [UInt8], settings: ReadSettings = ReadSettings()) -> EmailDocument {
        if MessageSniffer.looksLikeMessage(bytes) {
            return MessageReader.read(bytes, settings: settings)
        }
        return TemplateReader.read(bytes, settings: settings)
    }
}
