/// Plain-text rendering of alignment analyses and DNS reports for `spamlint auth`.
@_spi(CLI) public enum AuthTextFormatter {
    @_spi(CLI) public static func render(_ analysis: AlignmentAnalysis, strict: Bool) -> String {
        var lines: [String] = []
        guard let fromDomain = analysis.fromDomain else {
            return "From: none — nothing to align with\n"
        }
        lines.append("From: \(TerminalSafe.clean(analysis.fromAddress ?? fromDomain)) (domain \(fromDomain), organizational domain \(analysis.fromOrganizationalDomain ?? fromDomain))")
        if analysis.signatures.isEmpty { lines.append("DKIM: no DKIM-Signature") }
        for signature in analysis.signatures {
            let covers = [("From", signature.coversFrom), ("Subject", signature.coversSubject),
                          ("List-Unsubscribe", signature.coversListUnsubscribe), ("List-Unsubscribe-Post", signature.coversListUnsubscribePost)]
                .map { "\($0.0) \($0.1 ? "yes" : "no")" }.joined(separator: ", ")
            lines.append("DKIM: d=\(TerminalSafe.clean(signature.domain)) s=\(TerminalSafe.clean(signature.selector ?? "?")) a=\(TerminalSafe.clean(signature.algorithm ?? "?"))"
                         + " — relaxed \(word(signature.relaxedAligned)), strict \(word(signature.strictAligned)); signs \(covers)")
        }
        if let path = analysis.returnPath {
            lines.append("Return-Path: \(TerminalSafe.clean(path.address)) — relaxed \(word(path.relaxedAligned)), strict \(word(path.strictAligned))")
        } else {
            lines.append("Return-Path: none (added by the receiving server; SPF alignment unknown)")
        }
        let mode = strict ? "strict" : "relaxed"
        let dkim = analysis.dkimCanAlign(strict: strict)
        let spf = analysis.spfCanAlign(strict: strict)
        lines.append("DMARC (\(mode)): DKIM \(dkim ? "can align" : "cannot align"), SPF \(spf ? "can align" : "cannot align")"
                     + " — \(dkim || spf ? "DMARC can pass if the signature verifies / SPF passes" : "DMARC will fail")")
        return lines.joined(separator: "\n") + "\n"
    }

    @_spi(CLI) public static func render(_ report: DomainAuthReport) -> String {
        var lines = ["\(report.domain) (organizational domain \(report.organizationalDomain))"]
        if report.exists == false { lines.append("  exists: no (NXDOMAIN)") }
        if !report.mx.isEmpty { lines.append("  MX: \(report.mx.joined(separator: ", "))") }
        if let spf = report.spf {
            var line = "  SPF: \(TerminalSafe.clean(spf.text))"
            if let evaluation = report.spfEvaluation { line += " (\(evaluation.lookups) lookups, \(evaluation.voidLookups) void)" }
            lines.append(line)
        }
        if let dmarc = report.dmarc, let name = report.dmarcName { lines.append("  DMARC (\(name)): \(TerminalSafe.clean(dmarc.text))") }
        for key in report.dkim {
            let detail: String
            if let record = key.key {
                detail = record.isRevoked ? "revoked" : "\(record.keyType)\(record.keyBits.map { " \($0) bits" } ?? "")"
            } else {
                detail = "missing"
            }
            lines.append("  DKIM \(key.name): \(detail)")
        }
        for finding in report.findings {
            lines.append("  \(finding.severity.rawValue): \(TerminalSafe.clean(finding.message)) [\(finding.rule) \(CountedScoreText.string(finding))]")
        }
        for error in report.dnsErrors { lines.append("  dns error: \(TerminalSafe.clean(error))") }
        let status = !report.dnsErrors.isEmpty ? "INCOMPLETE" : report.failed ? "FAIL" : "ok"
        lines.append("  score \(ScoreFormat.string(report.score)) \(status)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func word(_ aligned: Bool) -> String { aligned ? "aligned" : "not aligned" }
}
