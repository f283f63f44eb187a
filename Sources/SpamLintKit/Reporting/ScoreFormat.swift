/// Scores print with at most two decimals and no trailing zeros beyond one (`1.5`, `2.0`, `0.33`).
enum ScoreFormat {
    static func string(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
