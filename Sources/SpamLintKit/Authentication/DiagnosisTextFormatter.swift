/// Plain-text rendering of a `Diagnosis` for `spamlint diagnose`.
@_spi(CLI) public enum DiagnosisTextFormatter {
    @_spi(CLI) public static func render(_ diagnosis: Diagnosis, path: String) -> String {
        let clean: (String) -> String = { TerminalSafe.clean($0) }
        var lines = ["Verdict: \(diagnosis.verdict.phrase) — \(clean(diagnosis.verdictReason))"]
        if let id = diagnosis.trustedAuthservID {
            var line = "Trusted Authentication-Results: \(id.isEmpty ? "(no authserv-id, Microsoft 365 style)" : clean(id))"
            if diagnosis.ignoredAuthenticationResults > 0 { line += " (\(diagnosis.ignoredAuthenticationResults) from other servers ignored)" }
            lines.append(line)
        }
        lines.append("")
        lines.append("Signals:")
        if diagnosis.signals.isEmpty { lines.append("  none") }
        for signal in diagnosis.signals {
            lines.append("  [\(clean(signal.source))] \(clean(signal.signal))")
            lines.append("      \(clean(signal.meaning))")
        }
        lines.append("")
        lines.append("What the sender should fix:")
        if diagnosis.senderFixes.isEmpty { lines.append("  nothing the headers point to") }
        for fix in diagnosis.senderFixes { lines.append("  - \(clean(fix))") }
        lines.append("")
        lines.append("What the recipient can do (hand this to their IT team):")
        let remedy = diagnosis.recipientRemedy
        if !remedy.sendingIPs.isEmpty { lines.append("  - allowlist the sending IP addresses: \(remedy.sendingIPs.map(clean).joined(separator: ", "))") }
        if !remedy.sendingDomains.isEmpty { lines.append("  - allowlist the sending domains: \(remedy.sendingDomains.map(clean).joined(separator: ", "))") }
        if let from = remedy.fromAddress { lines.append("  - add \(clean(from)) to contacts / safe senders") }
        lines.append("")
        lines.append("Content findings (score \(ScoreFormat.string(diagnosis.contentScore))):")
        if diagnosis.contentFindings.isEmpty { lines.append("  none") }
        for finding in diagnosis.contentFindings {
            lines.append("  \(clean(path)):\(finding.position.line):\(max(1, finding.position.column)): \(finding.severity.rawValue): "
                         + "\(clean(finding.message)) [\(finding.rule) \(CountedScoreText.string(finding))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
