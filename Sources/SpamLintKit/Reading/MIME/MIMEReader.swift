/// Reads a raw RFC 5322 / MIME message into headers and decoded leaf parts.
enum MIMEReader {
    /// Reads `bytes` (an `.eml` file, optionally with an mbox `From ` line).
    ///
    /// Never fails: broken structure is read around and reported in `problems` — a multipart
    /// without a boundary parameter (inferred from the first `--…` line), a missing closing
    /// boundary (read to the end), bad base64 or quoted-printable (decoded as far as possible),
    /// unknown charsets and invalid UTF-8 (decoded with replacement characters), and nesting
    /// deeper than 64 multiparts. Runs in time linear in the input: boundary lines are found in a
    /// single pass over the file. message/rfc822 parts are leaves; they are not opened.
    static func read(_ bytes: [UInt8]) -> MIMEMessage {
        let top = HeaderBlockReader.read(bytes, from: 0, firstLine: 1)
        var walker = MIMETreeWalker(bytes: bytes)
        walker.problems = top.problems
        walker.readEntity(MIMETreeWalker.Entity(headers: top.headers, startLine: top.headers.fields.first?.position.line ?? 1,
                                                body: top.bodyStart..<bytes.count, bodyLine: top.bodyLine),
                          path: "", depth: 0, defaultType: "text/plain")
        return MIMEMessage(headers: top.headers, leaves: walker.leaves, problems: walker.problems)
    }
}
