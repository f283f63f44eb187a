import Foundation

/// Findings accepted as they are (`--write-baseline`), suppressed on later runs (`--baseline`) so
/// only new findings count: the adoption path for an existing template repository.
///
/// The file is deterministic JSON: `{"tool": "spamlint", "version": 1, "entries": [{path, rule,
/// evidence, count}]}`, entries sorted. Findings beyond an entry's count still count.
public struct Baseline: Sendable, Hashable {
    public static let formatVersion = 1
    /// A baseline larger than this is refused (exit 2), before it is read: 64 MB holds some
    /// 300,000 entries, far more than a repository records, and bounds what the JSON decoder holds.
    public static let maxFileSize = 64 * 1024 * 1024

    /// Sorted; one per path, rule and evidence.
    public private(set) var entries: [BaselineEntry]
    /// The directory entry paths are relative to: the baseline file's folder, so one baseline
    /// works from any folder.
    public var baseDirectory: String
    /// The directory relative report paths are relative to (where spamlint runs).
    public var workingDirectory: String
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

    /// `entries` with paths relative to `workingDirectory` (default: `baseDirectory`), kept relative to `baseDirectory`.
    public init(entries: [BaselineEntry], baseDirectory: String = FileManager.default.currentDirectoryPath, workingDirectory: String? = nil) {
        self.baseDirectory = Baseline.standardized(baseDirectory)
        self.workingDirectory = Baseline.standardized(workingDirectory ?? baseDirectory)
        var merged: [BaselineEntry: Int] = [:]
        for entry in entries {
            let key = BaselineEntry(path: Baseline.normalize(entry.path, baseDirectory: self.baseDirectory, workingDirectory: self.workingDirectory),
                                    rule: entry.rule,
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
    public init(reports: [FileReport], baseDirectory: String = FileManager.default.currentDirectoryPath, workingDirectory: String? = nil) {
        var entries: [BaselineEntry] = []
        for report in reports where report.error == nil {
            for finding in report.findings where finding.suppression?.kind != .inline {
                entries.append(BaselineEntry(path: report.path, rule: finding.rule, evidence: finding.evidence))
            }
        }
        self.init(entries: entries, baseDirectory: baseDirectory, workingDirectory: workingDirectory)
    }

    /// Reads a baseline file; a missing, unreadable or malformed file is an error. Entry paths are
    /// relative to `baseDirectory`, by default the file's own folder; report paths are relative to
    /// `workingDirectory`, by default `baseDirectory` when it is given and the current directory otherwise.
    public static func load(path: String, baseDirectory: String? = nil, workingDirectory: String? = nil) throws(BaselineError) -> Baseline {
        let working = workingDirectory ?? baseDirectory ?? FileManager.default.currentDirectoryPath
        let absolute = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        let baseDirectory = baseDirectory ?? (absolute as NSString).deletingLastPathComponent
        let data: Data
        switch SmallFileReader.read(path, limit: maxFileSize) {
        case .success(let bytes): data = Data(bytes)
        case .failure(.missing): throw BaselineError(path: path, message: "no such file (create one with --write-baseline)")
        case .failure(.tooLarge(let size, _)):
            throw BaselineError(path: path, message: "the file is \(size) bytes, over the baseline limit of \(maxFileSize) bytes (64 MB)")
        case .failure(let problem): throw BaselineError(path: path, message: "cannot read the file: \(problem)")
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
        // Entries are stored relative to the base already.
        var baseline = Baseline(entries: file.entries, baseDirectory: baseDirectory)
        baseline.workingDirectory = standardized(working)
        return baseline
    }

    /// The file contents: sorted keys and entries, so a rewrite of an unchanged repository is byte-identical.
    public func json() -> String {
        JSONOutput.string(File(tool: "spamlint", version: Baseline.formatVersion, entries: entries)) + "\n"
    }

    /// Marks up to `count` unsuppressed findings per entry, in report order, as suppressed by the baseline.
    public func apply(to findings: [Finding], path: String) -> [Finding] {
        guard var remaining = counts[Baseline.normalize(path, baseDirectory: baseDirectory, workingDirectory: workingDirectory)] else { return findings }
        var result = findings
        for index in result.indices where result[index].suppression == nil {
            let key = RuleEvidence(rule: result[index].rule, evidence: result[index].evidence)
            guard let left = remaining[key], left > 0 else { continue }
            remaining[key] = left - 1
            result[index].suppression = FindingSuppression(kind: .baseline)
        }
        return result
    }

    /// `path` (relative to `workingDirectory`, default `baseDirectory`) relative to `baseDirectory`
    /// when inside it, without `./` or `..`; absolute otherwise.
    public static func normalize(_ path: String, baseDirectory: String, workingDirectory: String? = nil) -> String {
        guard path != "-" else { return path }
        let base = standardized(baseDirectory)
        let working = workingDirectory.map(standardized) ?? base
        let absolute = standardized(path.hasPrefix("/") ? path : working + "/" + path)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// Entries that no longer match: for each file linted in `reports` with this baseline, the
    /// part of each entry's count that no finding used; and every entry whose file is gone.
    /// Entries of files that exist but were not linted (a pre-commit run of a few files) are not stale.
    public func staleEntries(in reports: [FileReport]) -> [BaselineEntry] {
        var used: [String: [RuleEvidence: Int]] = [:]
        var linted: Set<String> = []
        for report in reports where report.error == nil {
            let path = Baseline.normalize(report.path, baseDirectory: baseDirectory, workingDirectory: workingDirectory)
            linted.insert(path)
            for finding in report.findings where finding.suppression?.kind == .baseline {
                used[path, default: [:]][RuleEvidence(rule: finding.rule, evidence: finding.evidence), default: 0] += 1
            }
        }
        return entries.compactMap { entry in
            if linted.contains(entry.path) {
                let left = entry.count - (used[entry.path]?[RuleEvidence(rule: entry.rule, evidence: entry.evidence)] ?? 0)
                return left > 0 ? BaselineEntry(path: entry.path, rule: entry.rule, evidence: entry.evidence, count: left) : nil
            }
            let file = entry.path.hasPrefix("/") ? entry.path : baseDirectory + "/" + entry.path
            return FileManager.default.fileExists(atPath: file) ? nil : entry
        }
    }

    /// This baseline without `stale` (as `staleEntries` gives them): counts lowered, emptied entries dropped.
    public func removing(_ stale: [BaselineEntry]) -> Baseline {
        var drop: [BaselineEntry: Int] = [:]
        for entry in stale { drop[BaselineEntry(path: entry.path, rule: entry.rule, evidence: entry.evidence, count: 0), default: 0] += entry.count }
        let kept = entries.compactMap { entry -> BaselineEntry? in
            let left = entry.count - (drop[BaselineEntry(path: entry.path, rule: entry.rule, evidence: entry.evidence, count: 0)] ?? 0)
            return left > 0 ? BaselineEntry(path: entry.path, rule: entry.rule, evidence: entry.evidence, count: left) : nil
        }
        var pruned = Baseline(entries: kept, baseDirectory: baseDirectory)
        pruned.workingDirectory = workingDirectory
        return pruned
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
