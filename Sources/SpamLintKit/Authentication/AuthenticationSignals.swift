/// Signals from the trusted Authentication-Results headers (RFC 8601): spf, dkim, dmarc, compauth, arc.
enum AuthenticationSignals {
    static func signals(_ headers: [AuthenticationResultsHeader]) -> [DiagnosisSignal] {
        var signals: [DiagnosisSignal] = []
        for header in headers {
            let source = "Authentication-Results \(header.authservID)"
            for result in header.results {
                signals.append(signal(result, source: source))
            }
        }
        return signals
    }

    private static func signal(_ result: AuthenticationResult, source: String) -> DiagnosisSignal {
        let written = describe(result)
        let bad = ["fail", "softfail", "permerror", "hardfail"].contains(result.result)
        switch result.method {
        case "spf":
            let domain = result.properties["smtp.mailfrom"].map { $0.split(separator: "@").last.map(String.init) ?? $0 } ?? "the envelope sender domain"
            if result.result == "pass" { return DiagnosisSignal(source: source, signal: written, meaning: "SPF passed: the sending server is authorised for \(domain).") }
            return DiagnosisSignal(source: source, signal: written,
                                   meaning: "SPF \(result.result): the sending server is not (clearly) authorised by \(domain)'s SPF record.",
                                   senderFix: "Add the sending servers (your ESP's include: or ip4:) to the SPF record of \(domain), ending in ~all or -all.")
        case "dkim":
            let domain = result.properties["header.d"] ?? result.properties["header.i"].map { String($0.split(separator: "@").last ?? "") } ?? "the signing domain"
            if result.result == "pass" { return DiagnosisSignal(source: source, signal: written, meaning: "DKIM signature of \(domain) verified.") }
            return DiagnosisSignal(source: source, signal: written,
                                   meaning: "DKIM \(result.result): \(result.result == "none" ? "the message was not signed" : "the signature of \(domain) did not verify (altered in transit, or wrong/missing key).")",
                                   senderFix: "Sign with DKIM using your From domain (d=) and publish the selector's key; do not modify messages after signing.")
        case "dmarc":
            let from = result.properties["header.from"] ?? "the From domain"
            let disposition = result.properties["dis"]
            if result.result == "pass" { return DiagnosisSignal(source: source, signal: written, meaning: "DMARC passed for \(from): SPF or DKIM aligned with From.") }
            if result.result == "none" || result.result == "bestguesspass" {
                return DiagnosisSignal(source: source, signal: written, meaning: "\(from) publishes no DMARC policy.",
                                       senderFix: "Publish a DMARC record for \(from) (v=DMARC1; p=none; rua=mailto:…) and align DKIM/SPF with From.")
            }
            let implied: DiagnosisVerdict? = switch disposition {
            case "quarantine": .spamFolder
            case "reject": .quarantine
            default: bad ? .spamFolder : nil
            }
            return DiagnosisSignal(source: source, signal: written,
                                   meaning: "DMARC \(result.result) for \(from): neither SPF nor DKIM passed aligned with From\(disposition.map { "; the receiver applied disposition \($0)" } ?? "").",
                                   implies: implied,
                                   senderFix: "Make DKIM sign with d=\(from) (or a subdomain) and/or use a Return-Path under \(from), so one of them aligns.")
        case "compauth":
            return compauth(result, written: written, source: source)
        case "arc":
            return DiagnosisSignal(source: source, signal: written,
                                   meaning: result.result == "pass" ? "The ARC chain of intermediaries verified." : "ARC \(result.result): forwarding intermediaries' seals did not verify (or there are none).")
        default:
            return DiagnosisSignal(source: source, signal: written, meaning: "\(result.method) result \(result.result).")
        }
    }

    /// Microsoft composite authentication (`compauth=fail reason=001`).
    private static func compauth(_ result: AuthenticationResult, written: String, source: String) -> DiagnosisSignal {
        let reason = result.reason ?? ""
        let meaning: String
        switch reason.first {
        case "0":
            meaning = switch reason {
            case "000": "explicit failure: the From domain's DMARC policy is reject or quarantine and the message failed it"
            case "001": "implicit failure: the message failed SPF/DKIM/DMARC and the From domain has no enforcing DMARC policy"
            case "002": "the organisation has a policy that explicitly blocks this sender/domain pair"
            case "010": "DMARC failed with p=reject or quarantine, and the sending domain is one of the organisation's accepted domains (self-to-self spoofing)"
            default: "composite authentication failed"
            }
        case "1", "7": meaning = "composite authentication passed"
        case "2": meaning = "soft pass: passed on implicit signals, not on explicit authentication"
        case "3": meaning = "not evaluated"
        case "4", "9": meaning = "bypassed (allowed by policy or an allow list)"
        case "6": meaning = "bypassed: the organisation allowed this sender by policy"
        default: meaning = "composite authentication \(result.result)"
        }
        let failed = result.result == "fail"
        return DiagnosisSignal(source: source, signal: written, meaning: "Microsoft compauth: \(meaning).",
                               implies: failed ? .spamFolder : nil,
                               senderFix: failed ? "Authenticate with SPF and DKIM aligned with the From domain and publish DMARC; Microsoft files unauthenticated mail as spoofed." : nil)
    }

    private static func describe(_ result: AuthenticationResult) -> String {
        var text = "\(result.method)=\(result.result)"
        if let reason = result.reason { text += " reason=\(reason)" }
        for key in ["dis", "header.from", "header.d", "smtp.mailfrom"] {
            if let value = result.properties[key] { text += " \(key)=\(value)" }
        }
        return text
    }
}
