/// The source line of a finding with a caret under its column, and where to read about the rule
/// (`--show-source`), as rustc and ruff show them:
///
/// ```
///    28 | <p><a href="https://bit.ly/x">Shop</a></p>
///       |       ^
///       = help: spamlint explain link-shortener
/// ```
enum SourceExcerpt {
    /// Longest part of a line shown: minified templates put a whole document on one line.
    static let maxWidth = 120

    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    static func append(_ finding: Finding, lines: [Substring], to output: inout String) {
        let number = finding.position.line
        let gutter = String(repeating: " ", count: max(5, String(number).count + 1))
        if number >= 1, number <= lines.count {
            let line = Array(lines[number - 1].unicodeScalars)
            let column = max(1, finding.position.column)
            // A window around the column when the line is long, marked with … where cut.
            let start = line.count > maxWidth ? max(0, min(column - 1 - maxWidth / 2, line.count - maxWidth)) : 0
            let end = min(line.count, start + maxWidth)
            var shown = String(String.UnicodeScalarView(line[start..<end]))
            if start > 0 { shown = "…" + shown }
            if end < line.count { shown += "…" }
            let label = String(number)
            output += String(repeating: " ", count: gutter.count - label.count) + label + " | " + TerminalSafe.clean(shown) + "\n"
            if finding.position.column > 0 {
                // One space per character: the shown line is terminal-safe text, where a tab is one space too.
                let before = String(repeating: " ", count: max(0, min(column - 1, end) - start))
                output += gutter + " | " + (start > 0 ? " " : "") + before + "^\n"
            }
        }
        output += gutter + " = help: spamlint explain " + finding.rule + "\n"
    }
}
