/// Flags attachments that can run code, hide a program behind a document name, or nest archives.
struct AttachmentRiskyRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "attachment-risky", name: "Risky attachment", category: .structure, severity: .warning, score: 3.0,
        summary: "A program, script, disk image, macro document or archive is attached; scored up for invoice.pdf.exe and archives in archives.",
        rationale: """
            Gmail refuses these file types outright, also inside archives ("File types blocked in Gmail": .exe, .js, \
            .vbs, .iso, .img, .lnk, .jar …), and rspamd scores MIME_BAD_EXTENSION 2.0, MIME_DOUBLE_BAD_EXTENSION 3.0 \
            and MIME_ARCHIVE_IN_ARCHIVE 5.0. Macro-enabled Office files (.docm, .xlsm …) are the classic malspam \
            dropper and score two thirds; a plain archive scores a third (it hides its content from many scanners); \
            a disguised double extension scores 4.0 and an archive inside an archive 5.0. ZIP contents are read from \
            the archive's directory; other archive formats are judged by name only. A warning, not an error: the score \
            (1.0 for a plain archive up to 5.0) decides whether the file fails, so a lone .zip does not.
            """,
        fix: "Do not attach programs, scripts or macro documents; link to a download page on your own domain instead.",
        triggeringExamples: [
            RuleExample(Self.message(filename: "invoice.pdf.exe", type: "application/octet-stream", base64: "TVqQAAMAAAAEAAAA")),
            RuleExample(Self.message(filename: "report.docm", type: "application/vnd.ms-word.document.macroEnabled.12", base64: "UEsDBA==")),
            RuleExample(Self.message(filename: "photos.zip", type: "application/zip", base64: Self.zipWithInnerZip)),
        ],
        nonTriggeringExamples: [
            RuleExample(Self.message(filename: "invoice.pdf", type: "application/pdf", base64: "JVBERi0xLjQK")),
            RuleExample(Self.message(filename: "v1.2.report.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", base64: "UEsDBA==")),
        ]
    )

    enum Risk: Int, Comparable {
        case archive = 1, macroDocument, program, disguised, nestedArchive

        static func < (lhs: Risk, rhs: Risk) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Multiplies the rule's 3.0: archive 1.0, macro 2.0, program 3.0, double extension 4.0, nested archive 5.0.
        var factor: Double { Double(rawValue) / 3.0 }
    }

    /// Gmail's blocked list (support.google.com/mail/answer/6590) plus common script and shortcut types.
    static let programExtensions: Set<String> = [
        "ade", "adp", "apk", "appx", "appxbundle", "bat", "cab", "chm", "cmd", "com", "cpl", "diagcab", "diagcfg", "diagpack",
        "dll", "dmg", "ex", "ex_", "exe", "hta", "img", "ins", "iso", "isp", "jar", "jnlp", "js", "jse", "lib", "lnk", "mde",
        "mjs", "msc", "msi", "msix", "msixbundle", "msp", "mst", "nsh", "pif", "ps1", "scr", "sct", "shb", "sys", "vb", "vbe",
        "vbs", "vhd", "vhdx", "vxd", "wsc", "wsf", "wsh", "xll", "reg", "application", "gadget", "msh", "ps2", "psc1", "scf",
        "url", "iqy", "slk", "one", "xlam", "ppam", "wiz", "inf",
    ]
    static let macroExtensions: Set<String> = ["docm", "dotm", "xlsm", "xltm", "xlsb", "pptm", "potm", "ppsm", "sldm", "xla", "ppa"]
    static let archiveExtensions: Set<String> = [
        "zip", "zipx", "rar", "7z", "gz", "tgz", "bz2", "tbz", "xz", "txz", "tar", "ace", "arj", "lzh", "lha", "z", "cab", "r00",
    ]
    /// Extensions people take for a harmless document when a program's extension follows them.
    static let documentExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "jpg", "jpeg", "png", "gif", "htm", "html", "csv", "mp3",
        "mp4", "avi", "odt",
    ]
    static let archiveTypes: Set<String> = [
        "application/zip", "application/x-zip-compressed", "application/x-zip", "application/x-rar-compressed",
        "application/vnd.rar", "application/x-7z-compressed", "application/gzip", "application/x-gzip", "application/x-tar",
    ]
    static let programTypes: Set<String> = [
        "application/x-msdownload", "application/x-dosexec", "application/x-msdos-program", "application/x-executable",
        "application/hta", "application/x-ms-shortcut", "application/java-archive", "application/x-sh", "application/x-bat",
        "application/x-iso9660-image", "application/x-apple-diskimage", "application/vnd.microsoft.portable-executable",
    ]

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.attachments.compactMap { attachment in
            guard let (risk, reason) = Self.assess(attachment) else { return nil }
            return Violation(reason, evidence: attachment.filename ?? attachment.contentType, at: attachment.position,
                             scoreFactor: risk.factor)
        }
    }

    static func assess(_ attachment: Attachment) -> (Risk, String)? {
        var findings: [(Risk, String)] = []
        if let name = attachment.filename, let risk = risk(ofName: name) {
            findings.append((risk, describe(risk, name)))
        } else if programTypes.contains(attachment.contentType) {
            findings.append((.program, "attachment of type \(attachment.contentType) is a program"))
        } else if attachment.contentType.lowercased().contains("macroenabled") {
            findings.append((.macroDocument, "attachment of type \(attachment.contentType) is a macro-enabled Office document"))
        }
        // EPUB, OOXML, ODF and JAR files are ZIPs too; only an archive's entries are files the recipient unpacks.
        let isArchive = attachment.filename.map { risk(ofName: $0) != nil } ?? archiveTypes.contains(attachment.contentType)
        for entry in attachment.archiveEntryNames where isArchive {
            switch risk(ofName: entry) {
            case .archive?: findings.append((.nestedArchive, "archive contains another archive (\(entry))"))
            case let inner? where inner >= .macroDocument: findings.append((max(inner, .program), "archive contains \(entry)"))
            default: break
            }
        }
        return findings.max { $0.0 < $1.0 }
    }

    static func risk(ofName name: String) -> Risk? {
        if name.unicodeScalars.contains("\u{202E}") { return .disguised }
        let parts = name.lowercased().split(separator: ".").map { $0.trimmingCharacters(in: " \t_") }
        guard parts.count >= 2, let last = parts.last else { return nil }
        let previous = parts.count >= 3 ? parts[parts.count - 2] : nil
        if programExtensions.contains(last) {
            if let previous, documentExtensions.contains(previous) { return .disguised }
            return .program
        }
        if macroExtensions.contains(last) { return .macroDocument }
        if archiveExtensions.contains(last) {
            // `setup.scr.xz` compresses one program; `f.zip.gz` wraps an archive (a `.tar.gz` is ordinary).
            if let previous, programExtensions.contains(previous) { return .disguised }
            if let previous, previous != "tar", archiveExtensions.contains(previous) { return .nestedArchive }
            return .archive
        }
        return nil
    }

    static func describe(_ risk: Risk, _ name: String) -> String {
        switch risk {
        case .archive: "attachment \(name) is an archive, which hides its content from scanners"
        case .macroDocument: "attachment \(name) is a macro-enabled Office document"
        case .program: "attachment \(name) is a program, script or disk image"
        case .disguised: "attachment \(name) disguises a program behind another extension"
        case .nestedArchive: "attachment \(name) wraps an archive in an archive"
        }
    }

    static func message(filename: String, type: String, base64: String) -> String {
        """
        From: Acme <billing@acme.example>
        Subject: Your file
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain

        Please open the attached file.
        --b1
        Content-Type: \(type); name="\(filename)"
        Content-Disposition: attachment; filename="\(filename)"
        Content-Transfer-Encoding: base64

        \(base64)
        --b1--
        """
    }

    /// A ZIP whose only entry is `inner.zip` (built with Python's zipfile, stored).
    static let zipWithInnerZip = "UEsDBBQAAAAAAJkjfV1fvtEGbgAAAG4AAAAJAAAAaW5uZXIuemlwUEsDBBQAAAAAAJkjfV2sKpPYAgAAAAIAAAAFAAAAYS50eHRoaVBLAQIUAxQAAAAAAJkjfV2sKpPYAgAAAAIAAAAFAAAAAAAAAAAAAACAAQAAAABhLnR4dFBLBQYAAAAAAQABADMAAAAlAAAAAABQSwECFAMUAAAAAACZI31dX77RBm4AAABuAAAACQAAAAAAAAAAAAAAgAEAAAAAaW5uZXIuemlwUEsFBgAAAAABAAEANwAAAJUAAAAAAA=="
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
