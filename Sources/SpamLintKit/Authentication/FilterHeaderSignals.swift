/// Signals from spam filters' own headers: ARC seals, Microsoft (Forefront/Exchange), SpamAssassin, rspamd.
enum FilterHeaderSignals {
    static func signals(_ headers: HeaderList) -> [DiagnosisSignal] {
        arc(headers) + microsoft(headers) + spamAssassin(headers) + rspamd(headers)
    }

    /// ARC (RFC 8617): the newest ARC-Seal's cv= says whether the chain before it validated.
    static func arc(_ headers: HeaderList) -> [DiagnosisSignal] {
        let seals = headers.all("ARC-Seal").compactMap { header -> (instance: Int, cv: String)? in
            guard let tags = TagList.parse(header.value) else { return nil }
            guard let instance = tags.first(where: { $0.name == "i" }).flatMap({ Int($0.value) }) else { return nil }
            return (instance, tags.first { $0.name == "cv" }?.value.lowercased() ?? "?")
        }
        guard let newest = seals.max(by: { $0.instance < $1.instance }) else { return [] }
        let instances = Set(seals.map(\.instance))
        let complete = instances == Set(1...newest.instance)
        let meaning: String
        switch newest.cv {
        case "pass": meaning = "the ARC chain of \(newest.instance) hop(s) validated: forwarders vouch for the original authentication"
        case "none": meaning = "the first ARC seal (nothing before it to validate)"
        case "fail": meaning = "the ARC chain is broken: a forwarder's seal did not verify, so its authentication results are not trusted"
        default: meaning = "ARC chain validation \(newest.cv)"
        }
        return [DiagnosisSignal(source: "ARC", signal: "ARC-Seal i=\(newest.instance) cv=\(newest.cv)\(complete ? "" : " (instances missing)")",
                                meaning: complete ? meaning + "." : meaning + "; instances are missing, so the chain is invalid.")]
    }

    static func microsoft(_ headers: HeaderList) -> [DiagnosisSignal] {
        var signals: [DiagnosisSignal] = []
        let source = "Microsoft"
        var fields: [String: String] = [:]
        for header in headers.all("X-Forefront-Antispam-Report") {
            for pair in header.value.split(separator: ";") {
                guard let colon = pair.firstIndex(of: ":") else { continue }
                fields[pair[..<colon].trimmingWhitespace().uppercased()] = pair[pair.index(after: colon)...].trimmingWhitespace()
            }
        }
        if let scl = headers.first("X-MS-Exchange-Organization-SCL")?.value.trimmingWhitespace() { fields["SCL"] = fields["SCL"] ?? scl }
        if let sfv = fields["SFV"]?.uppercased() {
            let (meaning, implied): (String, DiagnosisVerdict?) = switch sfv {
            case "SPM": ("spam filtering marked it as spam", .spamFolder)
            case "NSPM": ("spam filtering found it clean", .inbox)
            case "BLK": ("blocked: the recipient blocked the sender", .spamFolder)
            case "SKB": ("marked as spam: the sender is on the organisation's blocked list", .spamFolder)
            case "SKS": ("marked as spam by a mail flow rule before filtering", .spamFolder)
            case "SKA", "SFE": ("filtering skipped: the sender is on an allow/safe-senders list", .inbox)
            case "SKN": ("filtering skipped: a mail flow rule marked it not spam", .inbox)
            case "SKI": ("intra-organisation mail, not filtered", .inbox)
            case "SKQ": ("released from quarantine", .inbox)
            case "BULK": ("bulk mail above the bulk threshold", .spamFolder)
            default: ("spam filter verdict \(sfv)", nil)
            }
            signals.append(DiagnosisSignal(source: source, signal: "SFV:\(sfv)", meaning: "Spam filter verdict: \(meaning).", implies: implied))
        }
        if let scl = fields["SCL"].flatMap({ Int($0) }) {
            let (meaning, implied): (String, DiagnosisVerdict?) = switch scl {
            case -1: ("filtering skipped (allowed sender or rule)", .inbox)
            case 0...1: ("not spam", .inbox)
            case 2...4: ("not spam (low suspicion)", .inbox)
            case 5...6: ("spam: delivered to the Junk Email folder", .spamFolder)
            default: ("high confidence spam: Junk Email or quarantine by policy", .quarantine)
            }
            signals.append(DiagnosisSignal(source: source, signal: "SCL:\(scl)", meaning: "Spam confidence level \(scl): \(meaning).", implies: implied,
                                           senderFix: scl >= 5 ? "Authenticate (SPF, DKIM, DMARC aligned) and fix the content findings below; ask the recipient to add you to Safe Senders." : nil))
        }
        if let category = fields["CAT"]?.uppercased() {
            let (meaning, implied): (String, DiagnosisVerdict?) = switch category {
            case "NONE": ("no category", nil)
            case "SPM": ("spam", .spamFolder)
            case "HSPM": ("high confidence spam", .quarantine)
            case "PHSH": ("phishing", .quarantine)
            case "HPHSH", "HPHISH": ("high confidence phishing", .quarantine)
            case "MALW": ("malware", .quarantine)
            case "BULK": ("bulk", .spamFolder)
            case "SPOOF": ("spoofing: the From domain failed authentication", .spamFolder)
            case "DIMP", "GIMP", "UIMP": ("impersonation of a domain or user", .quarantine)
            case "OSPM": ("outbound spam", .spamFolder)
            default: ("category \(category)", nil)
            }
            signals.append(DiagnosisSignal(source: source, signal: "CAT:\(category)", meaning: "Protection policy category: \(meaning).", implies: implied,
                                           senderFix: category == "SPOOF" ? "Publish SPF/DKIM/DMARC so the From domain authenticates (compauth)." : nil))
        }
        if let ipv = fields["IPV"]?.uppercased() {
            let meaning = switch ipv {
            case "CAL": "the sending IP is on the organisation's IP Allow List: filtering skipped"
            case "NLI": "the sending IP is not on any reputation list"
            default: "IP reputation \(ipv)"
            }
            signals.append(DiagnosisSignal(source: source, signal: "IPV:\(ipv)", meaning: "Connection filter: \(meaning).", implies: ipv == "CAL" ? .inbox : nil))
        }
        if let sfty = fields["SFTY"] {
            signals.append(DiagnosisSignal(source: source, signal: "SFTY:\(sfty)", meaning: "Safety tip shown to the recipient (\(sfty)): the message looked suspicious (e.g. spoofing or first contact)."))
        }
        if let antispam = headers.first("X-Microsoft-Antispam")?.value,
           let bclPair = antispam.split(separator: ";").first(where: { $0.trimmingWhitespace().uppercased().hasPrefix("BCL:") }),
           let bcl = Int(bclPair.trimmingWhitespace().dropFirst(4)) {
            let meaning = switch bcl {
            case 0: "not from a bulk sender"
            case 1...3: "bulk mail with few complaints"
            case 4...7: "bulk mail with a mixed number of complaints (the default threshold is 7)"
            default: "bulk mail with many complaints: filed as bulk/junk"
            }
            signals.append(DiagnosisSignal(source: source, signal: "BCL:\(bcl)", meaning: "Bulk complaint level \(bcl): \(meaning).",
                                           implies: bcl >= 7 ? .spamFolder : nil,
                                           senderFix: bcl >= 4 ? "Lower complaints: mail only people who opted in, make unsubscribing one click (List-Unsubscribe-Post), remove inactive addresses." : nil))
        }
        return signals
    }

    static func spamAssassin(_ headers: HeaderList) -> [DiagnosisSignal] {
        var signals: [DiagnosisSignal] = []
        if let status = headers.first("X-Spam-Status")?.value {
            let isSpam = status.trimmingWhitespace().lowercased().hasPrefix("yes")
            let words = status.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
            func value(_ key: String) -> String? {
                words.first { $0.lowercased().hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
            }
            let score = value("score") ?? value("hits") ?? "?"
            let required = value("required") ?? "?"
            let testsStart = status.range(of: "tests=")
            let tests = testsStart.map { status[$0.upperBound...].split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
                .filter { !$0.contains("=") } } ?? []
            signals.append(DiagnosisSignal(
                source: "SpamAssassin", signal: "X-Spam-Status: \(isSpam ? "Yes" : "No") score=\(score) required=\(required)",
                meaning: "SpamAssassin scored \(score) against a threshold of \(required)\(isSpam ? ": spam" : ": not spam")"
                    + (tests.isEmpty ? "." : "; rules hit: \(tests.prefix(12).joined(separator: ", "))\(tests.count > 12 ? ", …" : "")."),
                implies: isSpam ? .spamFolder : .inbox,
                senderFix: isSpam ? "Look up the rules hit (spamassassin.apache.org/old/tests_3_3_x.html) and fix the content and authentication findings below." : nil))
        } else if let flag = headers.first("X-Spam-Flag")?.value, flag.trimmingWhitespace().uppercased() == "YES" {
            signals.append(DiagnosisSignal(source: "SpamAssassin", signal: "X-Spam-Flag: YES", meaning: "SpamAssassin flagged the message as spam.", implies: .spamFolder))
        }
        if let report = headers.first("X-Spam-Report")?.value {
            // Report lines: "pts rule_name description", e.g. " 3.5 BAYES_99 BODY: Bayes spam probability is 99 to 100%".
            let hits = report.split(separator: "\n").compactMap { line -> (Double, String)? in
                let words = line.split(separator: " ", omittingEmptySubsequences: true)
                guard words.count >= 2, let points = Double(words[0]), points > 0 else { return nil }
                return (points, String(words[1]))
            }
            if !hits.isEmpty {
                let top = hits.sorted { $0.0 > $1.0 }.prefix(8).map { "\($0.1) (\($0.0))" }.joined(separator: ", ")
                signals.append(DiagnosisSignal(source: "SpamAssassin", signal: "X-Spam-Report", meaning: "Largest contributions: \(top)."))
            }
        }
        return signals
    }

    static func rspamd(_ headers: HeaderList) -> [DiagnosisSignal] {
        var signals: [DiagnosisSignal] = []
        if let result = headers.first("X-Spamd-Result")?.value {
            // "default: False [-0.70 / 15.00]; SYMBOL(score)[options]; …"
            let isSpam = result.lowercased().contains("default: true")
            var scoreText = "?"
            if let open = result.firstIndex(of: "["), let close = result[open...].firstIndex(of: "]") {
                scoreText = result[result.index(after: open)..<close].trimmingWhitespace()
            }
            var symbols: [(String, Double)] = []
            var rest = Substring(result)
            if let firstBracket = rest.firstIndex(of: "]") { rest = rest[rest.index(after: firstBracket)...] }
            for piece in rest.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
                let trimmed = piece.trimmingWhitespace()
                guard let open = trimmed.firstIndex(of: "("), let close = trimmed[open...].firstIndex(of: ")"),
                      let score = Double(trimmed[trimmed.index(after: open)..<close]) else { continue }
                symbols.append((String(trimmed[..<open]), score))
            }
            let positive = symbols.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(10).map { "\($0.0) (\($0.1))" }
            signals.append(DiagnosisSignal(
                source: "rspamd", signal: "X-Spamd-Result: \(isSpam ? "True" : "False") [\(scoreText)]",
                meaning: "rspamd scored [score / reject threshold] \(scoreText)\(isSpam ? ": spam" : "")"
                    + (positive.isEmpty ? "." : "; symbols adding to the score: \(positive.joined(separator: ", "))."),
                implies: isSpam ? .spamFolder : .inbox))
        }
        if let action = headers.first("X-Rspamd-Action")?.value.trimmingWhitespace().lowercased() {
            let (meaning, implied): (String, DiagnosisVerdict?) = switch action {
            case "no action": ("deliver normally", .inbox)
            case "add header": ("deliver with a spam header: most setups file it in the spam folder", .spamFolder)
            case "rewrite subject": ("deliver with a spam-tagged subject", .spamFolder)
            case "greylist", "soft reject": ("delay: the sender must retry later", nil)
            case "reject": ("reject (or quarantine, where the receiver keeps rejected mail)", .quarantine)
            default: ("action \(action)", nil)
            }
            signals.append(DiagnosisSignal(source: "rspamd", signal: "X-Rspamd-Action: \(action)", meaning: "rspamd action: \(meaning).", implies: implied))
        }
        return signals
    }
}
