import Yams

/// YAML front matter at the top of a template (`---` … `---`), as Jekyll, Eleventy and the
/// Foundation for Emails stack write it: `from:`, `reply-to:`, `subject:`, `preheader:`.
struct FrontMatter: Sendable {
    /// Scalar keys in source order, with the line each sits on.
    var fields: [Header]
    /// Byte offset where the template body starts.
    var bodyOffset: Int
    var problem: ReadProblem?

    /// Reads front matter when `source` starts with a `---` line; nil otherwise.
    static func read(_ source: [UInt8]) -> FrontMatter? {
        var start = 0
        if source.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard source[start...].starts(with: Array("---".utf8)) else { return nil }
        guard let firstNewline = source[start...].firstIndex(of: UInt8(ascii: "\n")),
              source[(start + 3)..<firstNewline].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) else { return nil }
        // Find the closing `---` (or `...`) line.
        var lineStart = firstNewline + 1
        var line = 2
        while lineStart < source.count {
            let lineEnd = source[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? source.count
            let content = source[lineStart..<lineEnd].filter { $0 != UInt8(ascii: "\r") }
            if content == Array("---".utf8) || content == Array("...".utf8) {
                let yaml = String(decoding: source[(firstNewline + 1)..<lineStart], as: UTF8.self)
                let bodyOffset = min(lineEnd + 1, source.count)
                return parse(yaml, firstLine: 2, bodyOffset: bodyOffset)
            }
            lineStart = lineEnd + 1
            line += 1
        }
        return nil
    }

    private static func parse(_ yaml: String, firstLine: Int, bodyOffset: Int) -> FrontMatter {
        do {
            guard let node = try YAMLComposer.compose(yaml) else {
                return FrontMatter(fields: [], bodyOffset: bodyOffset, problem: nil)
            }
            guard case .mapping(let mapping) = node else {
                let problem = ReadProblem(kind: .malformedFrontMatter, message: "front matter is not a mapping of keys (from:, subject:, …)",
                                          position: SourcePosition(line: firstLine - 1, column: 1))
                return FrontMatter(fields: [], bodyOffset: bodyOffset, problem: problem)
            }
            var fields: [Header] = []
            for (key, value) in mapping {
                guard let name = key.string, let text = value.string else { continue }
                let position = SourcePosition(line: firstLine + (key.mark?.line ?? 1) - 1, column: key.mark?.column ?? 1)
                fields.append(Header(name: name, value: text, position: position))
            }
            return FrontMatter(fields: fields, bodyOffset: bodyOffset, problem: nil)
        } catch {
            let problem = ReadProblem(kind: .malformedFrontMatter, message: "front matter is not valid YAML: \(error)",
                                      position: SourcePosition(line: firstLine - 1, column: 1))
            return FrontMatter(fields: [], bodyOffset: bodyOffset, problem: problem)
        }
    }
}
