import SpamLintInterop

/// Walks an SPF record the way a receiver would count it, without a connecting IP: every term
/// that costs a lookup is counted, includes and redirects are followed, and a/mx/include targets
/// are asked for so void lookups are seen. Terms with macros are counted but not asked for.
struct SPFEvaluator {
    let resolver: any DNSQuerying
    /// Stop following includes past this many lookups: the record has failed long before.
    let lookupCeiling = 30

    func evaluate(_ record: SPFRecord, domain: String) throws(DNSLookupError) -> SPFEvaluation {
        var evaluation = SPFEvaluation()
        var visiting: Set<String> = [domain]
        try walk(record, evaluation: &evaluation, visiting: &visiting)
        return evaluation
    }

    private func walk(_ record: SPFRecord, evaluation: inout SPFEvaluation, visiting: inout Set<String>) throws(DNSLookupError) {
        for term in record.terms {
            guard evaluation.lookups < lookupCeiling else { return }
            switch (term.isModifier, term.name) {
            case (false, "include"):
                try follow(term, evaluation: &evaluation, visiting: &visiting)
            case (true, "redirect"):
                // redirect= is ignored when the record has an all mechanism (RFC 7208 §6.1).
                if record.allQualifier == nil { try follow(term, evaluation: &evaluation, visiting: &visiting) }
            case (false, "a"):
                evaluation.lookups += 1
                if let target = term.targetDomain, !term.usesMacros {
                    let v4 = try resolver.query(target, type: .a).records
                    let v6 = v4.isEmpty ? try resolver.query(target, type: .aaaa).records : []
                    if v4.isEmpty && v6.isEmpty { evaluation.voidLookups += 1 }
                }
            case (false, "mx"):
                evaluation.lookups += 1
                if let target = term.targetDomain, !term.usesMacros,
                   try resolver.query(target, type: .mx).records.isEmpty {
                    evaluation.voidLookups += 1
                }
            case (false, "ptr"), (false, "exists"):
                evaluation.lookups += 1
            default:
                continue
            }
        }
    }

    private func follow(_ term: SPFTerm, evaluation: inout SPFEvaluation, visiting: inout Set<String>) throws(DNSLookupError) {
        evaluation.lookups += 1
        guard let target = term.targetDomain, !term.usesMacros else { return }
        guard visiting.insert(target).inserted else {
            evaluation.nestedProblems.append("\(target) includes itself (loop)")
            return
        }
        defer { visiting.remove(target) }
        let answer = try resolver.query(target, type: .txt)
        let records = answer.records.map(\.value).filter(SPFRecord.isSPF)
        if answer.records.isEmpty { evaluation.voidLookups += 1 }
        guard records.count == 1 else {
            let why = records.isEmpty ? "has no SPF record" : "has \(records.count) SPF records"
            evaluation.brokenTargets.append("\(term.name) \(target) \(why)")
            return
        }
        let nested = SPFRecord(parsing: records[0])
        for error in nested.syntaxErrors { evaluation.nestedProblems.append("\(target): \(error)") }
        try walk(nested, evaluation: &evaluation, visiting: &visiting)
    }
}
