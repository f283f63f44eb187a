/// One self-contained HTML page for people: an overview of every file (score bar, verdict, counts
/// by severity; sortable, filterable, worst first) and, per file, the email rendered in a sandboxed
/// frame with a numbered pin on each element a finding is about, the findings beside it (message,
/// score, rule rationale and fix, source line), and for a message its sender headers, alignment and
/// MIME parts. Deterministic: the same run writes the same bytes (no timestamp unless given one).
///
/// The email never runs in the report's document: each body is the `srcdoc` of an `<iframe
/// sandbox>` without `allow-scripts`, escaped as an attribute value, and carries its own
/// Content-Security-Policy that loads nothing remote until the reader switches remote images on.
@_spi(CLI) public struct HTMLReporter: Reporter {
    @_spi(CLI) public static let identifier = "html"
    @_spi(CLI) public static let summary = "one self-contained HTML page: overview, each email rendered with its findings pinned on it"

    private let rules: [String: RuleDescription]
    private let document: (@Sendable (String) -> EmailDocument?)?
    private let source: (@Sendable (String) -> String?)?
    private let timestamp: String?

    /// `document` gives each file's model (for the rendered copy and the pins) and `source` its text
    /// (for source lines), by report path; without them findings are listed only. `timestamp`,
    /// when given, is printed in the page header.
    @_spi(CLI) public init(rules: [RuleDescription] = RuleCatalog.builtIn.map(\.description),
                           document: (@Sendable (String) -> EmailDocument?)? = nil,
                           source: (@Sendable (String) -> String?)? = nil, timestamp: String? = nil) {
        var byID: [String: RuleDescription] = [:]
        for rule in rules where byID[rule.id] == nil { byID[rule.id] = rule }
        self.rules = byID
        self.document = document
        self.source = source
        self.timestamp = timestamp
    }

    @_spi(CLI) public func render(_ result: LintResult) -> String {
        // Worst first: score, then failing, then input order.
        let ordered = result.reports.enumerated().sorted { lhs, rhs in
            if lhs.element.score != rhs.element.score { return lhs.element.score > rhs.element.score }
            if lhs.element.failed != rhs.element.failed { return lhs.element.failed }
            return lhs.offset < rhs.offset
        }
        let summary = result.summary
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(HTMLReportAssets.pagePolicy)">
            <meta http-equiv="x-dns-prefetch-control" content="off">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>spamlint report</title>
            <style>\(HTMLReportAssets.style)</style>
            </head>
            <body>
            <header class="page">
            <h1>spamlint report</h1>
            <p>\(plural(summary.files, "file")) linted, \(plural(summary.findings, "finding")), \(summary.failed) failed, \(plural(summary.errors, "error"))\
            \(summary.suppressed > 0 ? ", \(summary.suppressed) suppressed" : "") · spamlint \(HTMLText.escape(SpamLintVersion.current))\
            \(timestamp.map { " · " + HTMLText.escape($0) } ?? "")</p>
            </header>
            <main>
            <section id="overview" aria-labelledby="overview-title">
            <h2 id="overview-title">Files</h2>
            <div class="filters">
            <label>Filter by path <input id="filter" type="search" autocomplete="off"></label>
            <label><input id="failing" type="checkbox"> failing only</label>
            <label>Verdict <select id="verdict"><option value="">any</option><option value="high">high</option><option value="elevated">elevated</option><option value="low">low</option></select></label>
            <span id="shown" class="muted" aria-live="polite"></span>
            </div>
            <table id="files">
            <thead><tr><th aria-sort="descending"><button type="button" data-sort="score">Score</button></th><th><button type="button" data-sort="path">File</button></th><th><button type="button" data-sort="verdict">Verdict</button></th><th class="num"><button type="button" data-sort="errors">Errors</button></th><th class="num"><button type="button" data-sort="warnings">Warnings</button></th><th class="num"><button type="button" data-sort="infos">Info</button></th><th>Gate</th></tr></thead>
            <tbody>

            """
        let maximum = max(10, ordered.map(\.element.score).max() ?? 0)
        for (rank, entry) in ordered.enumerated() {
            page += overviewRow(entry.element, number: rank + 1, maximum: maximum)
        }
        page += "</tbody>\n</table>\n"
        if !result.skipped.isEmpty {
            page += "<p>Folders not entered: " + result.skipped.map { "<code>\(HTMLText.escape($0.path))</code> (\(HTMLText.escape($0.reason)))" }.joined(separator: ", ") + "</p>\n"
        }
        page += "</section>\n"
        for (rank, entry) in ordered.enumerated() {
            page += fileSection(entry.element, number: rank + 1)
        }
        page += "</main>\n<script>\(HTMLReportAssets.script)</script>\n</body>\n</html>\n"
        return page
    }

    // MARK: Overview

    private func overviewRow(_ report: FileReport, number: Int, maximum: Double) -> String {
        let counted = report.countedFindings
        let counts = Severity.allCases.map { severity in counted.count { $0.severity == severity } }
        let path = HTMLText.escape(report.path)
        let verdict = report.verdict.rawValue
        let width = report.error == nil ? Int((min(report.score, maximum) / maximum * 100).rounded()) : 0
        let gate = report.error != nil ? "<span class=\"gate-fail\">error</span>"
            : report.failed ? "<span class=\"gate-fail\">FAIL</span>" : "<span class=\"gate-pass\">pass</span>"
        return """
            <tr class="verdict-\(verdict)" data-order="\(number)" data-section="file-\(number)" data-path="\(path)" \
            data-score="\(ScoreFormat.string(report.score))" data-verdict="\(report.error == nil ? verdict : "")" data-failed="\(report.failed || report.error != nil ? 1 : 0)" \
            data-errors="\(counts[2])" data-warnings="\(counts[1])" data-infos="\(counts[0])">\
            <td><span class="bar"><span class="track" aria-hidden="true"><span class="fill" style="width:\(width)%"></span></span>\
            <span>\(ScoreFormat.string(report.score))</span></span></td>\
            <td><a href="#file-\(number)">\(path)</a></td>\
            <td>\(report.error == nil ? "<span class=\"verdict \(verdict)\">\(verdict)</span>" : "")</td>\
            <td class="num">\(counts[2])</td><td class="num">\(counts[1])</td><td class="num">\(counts[0])</td><td>\(gate)</td></tr>

            """
    }

    // MARK: One file

    private func fileSection(_ report: FileReport, number: Int) -> String {
        let id = "file-\(number)"
        let path = HTMLText.escape(report.path)
        var html = "<section class=\"file verdict-\(report.verdict.rawValue)\" id=\"\(id)\" aria-labelledby=\"\(id)-title\">\n"
        html += "<h2 id=\"\(id)-title\">\(path)</h2>\n"
        if let error = report.error {
            html += "<p class=\"error-box\"><strong>Not linted:</strong> \(HTMLText.escape(error))</p>\n"
            return html + "<p><a href=\"#overview\">Back to the overview</a></p>\n</section>\n"
        }
        let findings = report.countedFindings
        let counts = Severity.allCases.reversed().map { severity in "\(findings.count { $0.severity == severity }) \(severity.rawValue)" }
        html += "<p>Score <strong>\(ScoreFormat.string(report.score))</strong> <span class=\"verdict \(report.verdict.rawValue)\">\(report.verdict.rawValue)</span> "
        html += report.failed ? "<span class=\"gate-fail\">FAIL</span>" : "<span class=\"gate-pass\">pass</span>"
        if !report.failureReasons.isEmpty { html += " (\(HTMLText.escape(report.failureReasons.joined(separator: "; "))))" }
        html += " · \(counts.joined(separator: ", "))"
        if report.suppressedCount > 0 { html += " · \(report.suppressedCount) suppressed (not shown)" }
        if let kind = report.kind { html += " · \(kind.rawValue)" }
        html += "</p>\n"

        let document = self.document?(report.path)
        let lines = source?(report.path).map(SourceExcerpt.lines) ?? []
        if let document, document.kind == .message { html += messagePanel(document) }

        // Pins: the element each finding is about, numbered as the findings are listed.
        let placement = document.map(FindingPlacement.init)
        var marks: [FindingPlacement.Target: [Int]] = [:]
        var targets: [FindingPlacement.Target?] = []
        for (index, finding) in findings.enumerated() {
            let target = placement?.target(of: finding)
            targets.append(target)
            if let target { marks[target, default: []].append(index + 1) }
        }
        var copies: [(text: String, applied: Set<Int>)] = []
        for (bodyIndex, body) in (document?.htmlBodies ?? []).enumerated() where !isMJML(report, document) {
            var bodyMarks: [Int: PinnedCopy.Mark] = [:]
            for (target, numbers) in marks where target.body == bodyIndex {
                let note = numbers.map { number in
                    let finding = findings[number - 1]
                    return "\(number). \(finding.severity.rawValue): \(finding.message) [\(finding.rule) +\(ScoreFormat.string(finding.score))]"
                        + (rules[finding.rule].map { "\nFix: " + $0.fix } ?? "")
                }.joined(separator: "\n")
                let label = numbers.map(String.init).joined(separator: " ")
                let existing = bodyMarks[target.tagOffset]
                bodyMarks[target.tagOffset] = PinnedCopy.Mark(label: existing.map { $0.label + " " + label } ?? label,
                                                              note: existing.map { $0.note + "\n" + note } ?? note,
                                                              reveal: target.reveal || existing?.reveal == true)
            }
            copies.append(PinnedCopy.make(source: body.source, marks: bodyMarks))
        }
        let pinned: [Bool] = targets.map { target in
            guard let target, target.body < copies.count else { return false }
            return copies[target.body].applied.contains(target.tagOffset)
        }

        html += "<div class=\"email\">\n<div class=\"view\">\n"
        html += renderedView(report: report, document: document, copies: copies, fileID: id)
        html += "</div>\n<div class=\"list\">\n"
        let onEmail = findings.indices.filter { pinned[$0] }
        let elsewhere = findings.indices.filter { !pinned[$0] }
        if findings.isEmpty { html += "<p>No findings.</p>\n" }
        if !onEmail.isEmpty {
            html += "<h3>On the email (\(onEmail.count))</h3>\n<ol class=\"findings\">\n"
            for index in onEmail {
                html += findingItem(findings[index], number: index + 1, fileID: id, frame: targets[index].map { "\(id)-frame-\($0.body)" }, lines: lines)
            }
            html += "</ol>\n"
        }
        if !elsewhere.isEmpty {
            html += "<h3>Not on an element (\(elsewhere.count))</h3>\n"
            html += "<p class=\"muted\">Headers, things that are missing, and elements with no box to pin (a script, a hidden tracking image).</p>\n"
            html += "<ol class=\"findings\">\n"
            for index in elsewhere {
                html += findingItem(findings[index], number: index + 1, fileID: id, frame: nil, lines: lines)
            }
            html += "</ol>\n"
        }
        html += "</div>\n</div>\n<p><a href=\"#overview\">Back to the overview</a></p>\n</section>\n"
        return html
    }

    private func isMJML(_ report: FileReport, _ document: EmailDocument?) -> Bool {
        report.kind == .template && (report.path.lowercased().hasSuffix(".mjml")
            || document?.htmlBodies.first.map { TextSearch.contains($0.source, "<mjml") } == true)
    }

    /// The frames (one per HTML body), or the text body, or why nothing is shown.
    private func renderedView(report: FileReport, document: EmailDocument?, copies: [(text: String, applied: Set<Int>)], fileID: String) -> String {
        guard let document else {
            return "<p class=\"muted\">The file's content is not available to the report (standard input is read once), so the findings are listed only.</p>\n"
        }
        if isMJML(report, document) {
            return "<p class=\"muted\">An MJML source: it is not HTML a mail client renders, so it is not shown; compile it with MJML to see the email. The findings are listed with their source lines.</p>\n"
        }
        var html = ""
        if document.kind == .template {
            html += "<p class=\"muted\">Template source as written: placeholders (<code>{{ name }}</code>, <code>*|FNAME|*</code>…) are shown as they are, not filled in, so links and images that use them do not resolve.</p>\n"
        }
        for (index, copy) in copies.enumerated() {
            let frame = "\(fileID)-frame-\(index)"
            let label = copies.count > 1 ? " (HTML body \(index + 1) of \(copies.count))" : ""
            html += """
                <div class="toolbar"><label><input type="checkbox" class="remote-images" data-frame="\(frame)"> Load remote images\(label)</label>\
                <span class="muted">Off: nothing is fetched (the copy's Content-Security-Policy allows data: images only). On: https images are fetched from their servers, which see that the email was opened.</span></div>
                <iframe id="\(frame)" data-copy="1" title="Rendered copy of \(HTMLText.escape(report.path))\(label)" sandbox="" referrerpolicy="no-referrer" loading="eager" srcdoc="\(HTMLText.escape(copy.text))"></iframe>

                """
        }
        if copies.isEmpty {
            for body in document.textBodies {
                html += "<p class=\"muted\">Plain text body:</p>\n<pre class=\"text-body\">\(HTMLText.escape(body.text))</pre>\n"
            }
        }
        return html
    }

    private func findingItem(_ finding: Finding, number: Int, fileID: String, frame: String?, lines: [Substring]) -> String {
        let rule = rules[finding.rule]
        var html = "<li class=\"finding sev-\(finding.severity.rawValue)\" id=\"\(fileID)-f\(number)\" tabindex=\"0\"\(frame.map { " data-frame=\"\($0)\" data-pin=\"\(number)\"" } ?? "")>"
        html += "<span class=\"pin\(frame == nil ? " none" : "")\" aria-label=\"finding \(number)\">\(number)</span> "
        html += "<span class=\"sev\">\(finding.severity.rawValue)</span> <code>\(HTMLText.escape(finding.rule))</code> \(HTMLText.escape(finding.message)) "
        html += "<span class=\"score\">+\(ScoreFormat.string(finding.score))</span>"
        html += "<div class=\"detail\">"
        let position = finding.position.column > 0 ? "line \(finding.position.line), column \(finding.position.column)" : "line \(finding.position.line)"
        var weight = "base score \(ScoreFormat.string(finding.baseScore))"
        if finding.score == 0, finding.baseScore > 0 { weight += ", counted once: this rule already scored the file" }
        html += "<p class=\"muted\">\(position) · \(weight)</p>"
        let lineNumber = finding.position.line
        if lineNumber >= 1, lineNumber <= lines.count {
            let line = lines[lineNumber - 1]
            let shown = line.count > SourceExcerpt.maxWidth * 2 ? String(line.prefix(SourceExcerpt.maxWidth * 2)) + "…" : String(line)
            html += "<pre class=\"source\">\(lineNumber) | \(HTMLText.escape(shown))</pre>"
        }
        if !finding.evidence.isEmpty { html += "<p>Evidence: <code>\(HTMLText.escape(finding.evidence))</code></p>" }
        if let rule {
            html += "<p><strong>Why:</strong> \(HTMLText.escape(rule.rationale))</p><p><strong>Fix:</strong> \(HTMLText.escape(rule.fix))</p>"
        }
        html += "<p class=\"muted\"><code>spamlint explain \(HTMLText.escape(finding.rule))</code></p>"
        if let frame { html += "<button type=\"button\" class=\"show-pin\" aria-pressed=\"false\" data-frame=\"\(frame)\" data-pin=\"\(number)\">Show pin \(number) on the email</button>" }
        return html + "</div></li>\n"
    }

    // MARK: Message headers

    private func messagePanel(_ document: EmailDocument) -> String {
        let alignment = AlignmentAnalysis(document)
        var rows: [(String, String)] = []
        func mailboxes(_ list: [Mailbox]) -> String {
            list.map { box in HTMLText.escape((box.displayName.map { "\"\($0)\" " } ?? "") + "<\(box.address)>") }.joined(separator: ", ")
        }
        rows.append(("From", document.from.isEmpty ? "<em>none</em>" : mailboxes(document.from)))
        if !document.replyTo.isEmpty { rows.append(("Reply-To", mailboxes(document.replyTo))) }
        if let path = document.returnPath {
            let aligned = alignment.returnPath.map { "relaxed \(yes($0.relaxedAligned)), strict \(yes($0.strictAligned))" } ?? ""
            rows.append(("Return-Path", HTMLText.escape("<\(path.address)>") + " · aligned with From: " + aligned))
        } else {
            rows.append(("Return-Path", "<em>none</em>"))
        }
        if let subject = document.subject { rows.append(("Subject", HTMLText.escape(subject))) }
        if alignment.signatures.isEmpty {
            rows.append(("DKIM", "<em>no DKIM-Signature</em>"))
        }
        for signature in alignment.signatures {
            var text = "d=<code>\(HTMLText.escape(signature.domain))</code>"
            if let selector = signature.selector { text += " s=<code>\(HTMLText.escape(selector))</code>" }
            text += " · signs From: \(yes(signature.coversFrom)) · aligned with From: relaxed \(yes(signature.relaxedAligned)), strict \(yes(signature.strictAligned))"
            rows.append(("DKIM", text))
        }
        rows.append(("DMARC (as the message shows it)", "DKIM can align: \(yes(alignment.dkimCanAlign(strict: false))) · SPF (Return-Path) can align: \(yes(alignment.spfCanAlign(strict: false)))"))
        let unsubscribe = document.headers.first("list-unsubscribe")
        rows.append(("List-Unsubscribe", unsubscribe.map { "<code>\(HTMLText.escape($0.value))</code>" } ?? "<em>none</em>"))
        let post = document.headers.first("list-unsubscribe-post")
        let oneClick = post.map { TextSearch.contains($0.value.lowercased(), "list-unsubscribe=one-click") } ?? false
        rows.append(("One-click (RFC 8058)", oneClick ? "yes (<code>\(HTMLText.escape(post?.value ?? ""))</code>)" : "no"))
        var html = "<div class=\"panel\"><h3>Headers</h3><table>"
        for (name, value) in rows { html += "<tr><th scope=\"row\">\(name)</th><td>\(value)</td></tr>" }
        html += "</table>"
        if !document.parts.isEmpty {
            html += "<h3>MIME parts</h3><table><thead><tr><th>part</th><th>type</th><th>charset</th><th>encoding</th><th>disposition</th><th>file name</th><th class=\"num\">bytes</th></tr></thead><tbody>"
            for part in document.parts {
                let cells = [part.path, part.contentType, part.charset ?? "", part.transferEncoding ?? "", part.disposition ?? "", part.filename ?? ""]
                html += "<tr>" + cells.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "<td class=\"num\">\(part.size)</td></tr>"
            }
            html += "</tbody></table>"
        }
        if !document.attachments.isEmpty {
            html += "<h3>Attachments</h3><ul>"
            for attachment in document.attachments {
                var text = "\(attachment.filename ?? "(no name)") · \(attachment.contentType) · \(attachment.size) bytes"
                if !attachment.archiveEntryNames.isEmpty { text += " · holds " + attachment.archiveEntryNames.joined(separator: ", ") }
                html += "<li>\(HTMLText.escape(text))</li>"
            }
            html += "</ul>"
        }
        return html + "</div>\n"
    }

    private func yes(_ value: Bool) -> String { value ? "yes" : "<strong>no</strong>" }

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
