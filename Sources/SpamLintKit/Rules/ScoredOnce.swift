/// For rules whose findings point at every place to fix but whose risk does not grow with the
/// count (a legacy template with thirty http:// links is no riskier than one with three): the
/// strongest violation keeps its score, the others are listed at zero.
enum ScoredOnce {
    static func apply(_ violations: [Violation]) -> [Violation] {
        guard let strongest = violations.indices.max(by: { violations[$0].scoreFactor < violations[$1].scoreFactor }) else { return [] }
        return violations.indices.map { index in
            var violation = violations[index]
            if index != strongest { violation.scoreFactor = 0 }
            return violation
        }
    }
}
