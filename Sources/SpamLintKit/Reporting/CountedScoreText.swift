/// How a finding's counted score reads in reports for people and CI logs: `+1.5` for a finding that
/// adds its weight, `+0, counted once` for a repeat of a rule that already scored the file, and
/// `+0.4, max-score 1.0 reached` where a rule's `max-score` cut it. Without the note a repeat at
/// `+0` reads as a rule worth nothing.
enum CountedScoreText {
    static func string(_ finding: Finding) -> String {
        let counted = "+" + ScoreFormat.string(finding.score)
        guard finding.suppression == nil, abs(finding.score) < abs(finding.baseScore) else { return counted }
        if let cap = finding.maxScore { return counted + ", max-score " + ScoreFormat.string(cap) + " reached" }
        return counted + ", counted once"
    }
}
