import Glibc

/// Fixed inputs the harnesses build their one-time state from (a message for pack rules and
/// baselines to run over), and file helpers for harnesses whose entry point reads a path.
public enum FuzzFixtures {
    /// A small message with links, a display name and wording the built-in rules and most packs look at.
    public static let message = """
        From: "PayPal Support" <support@example.com>
        To: user@example.org
        Subject: =?UTF-8?B?QWN0IG5vdw==?= - free money
        Message-ID: <fuzz@example.com>
        MIME-Version: 1.0
        Content-Type: text/html; charset=utf-8

        <html><body><p>Act now! Free money, click <a href="https://bit.ly/x">https://paypal.com/login</a></p>
        <p style="display:none">hidden text</p><a href="http://example.tk/unsubscribe">unsubscribe</a></body></html>

        """
    /// The one list file a fuzzed pack can name (`list: words.txt`); any other name is unreadable.
    public static let listName = "words.txt"
    public static let list = "free money\nact now\nexample.tk\n"

    /// A new folder under /tmp for this process, made once.
    public static func privateFolder(_ name: String) -> String {
        var template = Array("/tmp/spamlint-\(name)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed: errno \(errno)") }
        return String(cString: made)
    }

    /// Replaces the file at `path` with `bytes` (one write; a short write is a harness failure).
    public static func write(_ bytes: [UInt8], to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(descriptor >= 0, "cannot open \(path): errno \(errno)")
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        precondition(written == bytes.count, "short write to \(path)")
        close(descriptor)
    }
}
