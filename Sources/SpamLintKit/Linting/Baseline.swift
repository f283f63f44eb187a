import Foundation

/// Findings accepted as they are (`--write-baseline`), suppressed on later runs (`--baseline`) so
/// only new findings count: the adoption path for an existing template repository.
///
/// The file is deterministic JSON: `{"tool": "spamlint", "version": 1, "entries": [{path, rule,
/// evidence, count}]}`, entries sorted. Findings beyond an entry's count still count.
public struct Baseline: Sendable, Hashable {
    public static let formatVersion = 1

    /// Sorted; one per path, rule and evidence.
    public private(set) var entries: [BaselineEntry]
    /// The directory report paths are made relative to (the current directory).
    public var baseDirectory: String
    private var counts: [String: [RuleEvidence: Int]] = [:]

    private struct RuleEvidence: Hashable, Sendable {
        var rule: String
        var evidence: String
    }

    private struct File: Codable {
        var tool: String
        var version: Int
        var entries: [BaselineEntry]
    }

    public init(entries: [BaselineEntry], baseDirectory: String = FileManager.default.currentDirectoryPath) {
        self.baseDirectory = Baseline.standardized(baseDirectory)
        var merged: [BaselineEntry: Int] = [:]
        for entry in entries {
            let key = BaselineEntry(path: Baseline.normalize(entry.path, baseDirectory: self.baseDirectory), rule: entry.rule,
                                    evidence: entry.evidence, count: 0)
            merged[key, default: 0] += entry.count
        }
        self.entries = merged.map { key, count in
            BaselineEntry(path: key.path, rule: key.rule, evidence: key.evidence, count: count)
        }.sorted()
        for entry in self.entries {
            counts[entry.path, default: [:]][RuleEvidence(rule: entry.rule, evidence: entry.evidence)] = entry.count
        }
    }

    /// A baseline accepting every finding of `reports` that is not suppressed inline (findings an
    /// earlier baseline suppressed are kept, so rewriting a baseline keeps what it had).
    public init(reports: [FileReport], baseDirectory: String = FileManager.default.currentDirectoryPath) {
        var entries: [BaselineEntry] = []
        for report in reports where report.error == nil {
            for finding in report.findings where finding.suppression?.kind != .inline {
                entries.append(BaselineEntry(path: report.path, rule: finding.rule, evidence: finding.evidence))
            }
        }
        self.init(entries: entries, baseDirectory: baseDirectory)
    }

    /// Reads a baseline file; a missing, unreadable or malformed file is an error.
    public static func load(path: String, baseDirectory: String = FileManager.default.currentDirectoryPath) throws(BaselineError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw BaselineError(path: path, message: exists ? "cannot read the file" : "no such file (create one with --write-baseline)")
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch let error as DecodingError {
            throw BaselineError(path: path, message: "not a spamlint baseline: \(describe(error))")
        } catch {
            throw BaselineError(path: path, message: "not a spamlint baseline: \(error)")
        }
        guard file.version == formatVersion else {
            throw BaselineError(path: path, message: "version \(file.version) is not supported (this spamlint reads version \(formatVersion))")
        }
        for (index, entry) in file.entries.enumerated() where entry.path.isEmpty || entry.rule.isEmpty || entry.count < 1 {
            throw BaselineError(path: path, message: "entry \(index + 1) needs a path, a rule and a count of at least 1")
        }
        return Baseline(entries: file.entries, baseDirectory: baseDirectory)
    }

    /// The file contents: sorted keys and entries, so a rewrite of an unchanged repository is byte-identical.
    public func json() -> String {
        JSONOutput.string(File(tool: "spamlint", version: Baseline.formatVersion, entries: entries)) + "\n"
    }

    /// Marks up to `count` unsuppressed findings per entry, in report order, as suppressed by the baseline.
    public func apply(to findings: [Finding], path: String) -> [Finding] {
        guard var remaining = counts[Baseline.normalize(path, baseDirectory: baseDirectory)] else { return findings }
        var result = findings
        for index in result.indices where result[index].suppression == nil {
            let key = RuleEvidence(rule: result[index].rule, evidence: result[index].evidence)
            guard let left = remaining[key], left > 0 else { continue }
            remaining[key] = left - 1
            result[index].suppression = FindingSuppression(kind: .baseline)
        }
        return result
    }

    /// `path` relative to `baseDirectory` when inside it, without `./` or `..`; absolute otherwise.
    public static func normalize(_ path: String, baseDirectory: String) -> String {
        guard path != "-" else { return path }
        let base = standardized(baseDirectory)
        let absolute = standardized(path.hasPrefix("/") ? path : base + "/" + path)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): return context.underlyingError.map { "invalid JSON (\($0.localizedDescription))" } ?? context.debugDescription
        case .keyNotFound(let key, let context): return "missing key '\(key.stringValue)'\(location(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(context.debugDescription)\(location(context))"
        @unknown default: return "\(error)"
        }
    }

    private static func location(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "" : " at \(path)"
    }
}
