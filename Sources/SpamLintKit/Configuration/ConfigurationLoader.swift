import Foundation
import Yams

/// Reads `.spamlint.yml` strictly: an unknown key or a bad value is an error naming its line.
@_spi(CLI) public enum ConfigurationLoader {
    @_spi(CLI) public static let fileName = ".spamlint.yml"

    /// The config file in `directory` or its nearest parent, if any.
    @_spi(CLI) public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// A real config is a few kilobytes; anything this large is a mistake or an attack on the YAML parser.
    @_spi(CLI) public static let maxFileSize = 1024 * 1024

    @_spi(CLI) public static func load(path: String, checksRuleIDs: Bool = true) throws -> Configuration {
        let (configuration, errors) = try loadPartially(path: path, checksRuleIDs: checksRuleIDs)
        if !errors.isEmpty { throw ConfigurationError(collecting: errors) }
        return configuration
    }

    /// The configuration as far as it reads, and the problems found in it (thrown only when the
    /// file cannot be read or is not YAML), so a caller can add its own checks before reporting all.
    static func loadPartially(path: String, checksRuleIDs: Bool) throws -> (Configuration, [ConfigurationError]) {
        // Through SmallFileReader: a huge file is refused unread, and a FIFO is refused instead of blocking forever.
        let text: String
        switch SmallFileReader.text(path, limit: maxFileSize) {
        case .success(let read): text = read
        case .failure(.notRegularFile):
            throw ConfigurationError(file: path, line: 0, column: 0, message: "the configuration is not a regular file (a FIFO, socket or device)")
        case .failure(.tooLarge(let size, _)):
            throw ConfigurationError(file: path, line: 0, column: 0,
                                     message: "the configuration file is \(size) bytes, over the limit of \(maxFileSize) bytes")
        case .failure(let problem):
            throw ConfigurationError(file: path, line: 0, column: 0, message: "cannot read the configuration file: \(problem)")
        }
        var (configuration, errors) = try parsePartially(text, file: path, checksRuleIDs: checksRuleIDs)
        configuration.baseDirectory = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        // Partial folders are written relative to the configuration file.
        configuration.partialFolders = configuration.partialFolders.map { folder in
            folder.hasPrefix("/") ? folder : URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent()).standardizedFileURL.path
        }
        return (configuration, errors)
    }

    /// Keys of the file itself.
    static let topLevelKeys: Set<String> = ["root", "sender", "rules", "thresholds", "include", "exclude", "shorteners", "allowed-link-domains",
                                            "baseline", "partials", "purpose", "overrides", "time-limit", "findings-per-rule"]
    /// Keys of an `overrides:` entry: what may differ per path.
    static let overrideKeys: Set<String> = ["files", "sender", "rules", "thresholds", "purpose"]

    /// Parses a configuration; every problem in the file is reported in one error (see
    /// `ConfigurationError.additional`). Rule ids are checked against the built-in rules and the
    /// file's own packs unless `checksRuleIDs` is false (the chain resolver checks them against
    /// the packs of every file above too).
    @_spi(CLI) public static func parse(_ text: String, file: String, checksRuleIDs: Bool = true) throws -> Configuration {
        let (configuration, errors) = try parsePartially(text, file: file, checksRuleIDs: checksRuleIDs)
        if !errors.isEmpty { throw ConfigurationError(collecting: errors) }
        return configuration
    }

    static func parsePartially(_ text: String, file: String, checksRuleIDs: Bool) throws -> (Configuration, [ConfigurationError]) {
        let node: Node?
        do {
            node = try YAMLComposer.compose(text)
        } catch let error as YamlError {
            throw ConfigurationError(file: file, line: error.line, column: error.column, message: "invalid YAML: \(error.problem)")
        } catch {
            throw ConfigurationError(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
        var configuration = Configuration()
        configuration.file = file
        guard let node else { return (configuration, []) }
        let reader = NodeReader(file: file, collectsUnknownKeys: true)
        reader.attempt {
            for (key, value) in try reader.mapping(node, allowed: topLevelKeys) {
                reader.attempt { try readKey(key, value, into: &configuration, reader: reader) }
            }
        }
        if checksRuleIDs {
            for problem in unknownRuleIDs(configuration, known: Set(RuleCatalog.rules(adding: configuration.rulePacks).map(\.description.id))) {
                reader.report(problem)
            }
        }
        return (configuration, reader.errors)
    }

    /// An error for each rule id `configuration` (and its `overrides:` entries) names that is not in `known`.
    static func unknownRuleIDs(_ configuration: Configuration, known: Set<String>) -> [ConfigurationError] {
        let references = configuration.ruleReferences + configuration.pathOverrides.flatMap(\.settings.ruleReferences)
        return references.filter { !known.contains($0.id) }.map { reference in
            ConfigurationError(file: configuration.file ?? "", line: reference.location.line, column: reference.location.column,
                               message: "unknown rule id '\(reference.id)'\(SpellingSuggestion.hint(for: reference.id, among: known)) (see `spamlint rules`)")
        }
    }

    private static func readKey(_ key: String, _ value: Node, into configuration: inout Configuration, reader: NodeReader) throws {
        let location = reader.location(value)
        switch key {
        case "root": configuration.root = try reader.boolean(value)
        case "include": configuration.include = try reader.strings(value)
        case "exclude": configuration.exclude = try reader.strings(value)
        case "baseline": configuration.baseline = try reader.string(value)
        case "partials": configuration.partialFolders = try reader.strings(value)
        case "shorteners": configuration.extraShorteners = try reader.strings(value).map { try reader.validDomain($0, at: value) }
        case "allowed-link-domains": configuration.allowedLinkDomains = try reader.strings(value).map { try reader.validDomain($0, at: value) }
        case "overrides": try readPathOverrides(value, into: &configuration, reader: reader)
        case "time-limit":
            let seconds = try reader.number(value)
            guard seconds >= 0, seconds <= 86_400 else { throw reader.error(value, "time-limit must be 0 (none) to 86400 seconds") }
            configuration.timeLimit = seconds
        case "findings-per-rule":
            let limit = try reader.nonNegativeInteger(value)
            guard limit >= 1 else { throw reader.error(value, "findings-per-rule must be at least 1") }
            configuration.findingsPerRule = limit
        default:
            try readSetting(key, value, into: &configuration, reader: reader, allowsPacks: true)
            return
        }
        configuration.locations[key] = location
    }

    /// A key that a file and its `overrides:` entries share.
    private static func readSetting(_ key: String, _ value: Node, into configuration: inout Configuration, reader: NodeReader,
                                    allowsPacks: Bool) throws {
        switch key {
        case "sender":
            for (field, fieldValue) in try reader.mapping(value, allowed: ["from", "sending-domain"]) {
                reader.attempt {
                    if field == "from" { configuration.from = try reader.string(fieldValue) }
                    else { configuration.sendingDomain = try reader.domain(fieldValue) }
                    configuration.locations["sender.\(field)"] = reader.location(fieldValue)
                }
            }
        case "rules":
            try readRules(value, into: &configuration, reader: reader, allowsPacks: allowsPacks)
        case "thresholds":
            for (field, fieldValue) in try reader.mapping(value, allowed: ["fail-score", "elevated", "high", "fail-on", "max-findings"]) {
                reader.attempt {
                    switch field {
                    case "fail-on":
                        let text = try reader.string(fieldValue)
                        guard let level = FailOnLevel(rawValue: text) else {
                            throw reader.error(fieldValue, "fail-on must be error, warning, info or never, not '\(text)'"
                                               + SpellingSuggestion.hint(for: text, among: ["error", "warning", "info", "never"]))
                        }
                        configuration.failOn = level
                    case "max-findings": configuration.maxFindings = try reader.nonNegativeInteger(fieldValue)
                    case "fail-score": configuration.failScore = try reader.number(fieldValue)
                    case "elevated": configuration.elevatedBand = try reader.number(fieldValue)
                    default: configuration.highBand = try reader.number(fieldValue)
                    }
                    configuration.locations["thresholds.\(field)"] = reader.location(fieldValue)
                }
            }
        default:
            let text = try reader.string(value)
            guard let purpose = MailPurpose(rawValue: text) else {
                throw reader.error(value, "purpose must be transactional or marketing, not '\(text)'"
                                   + SpellingSuggestion.hint(for: text, among: ["transactional", "marketing"]))
            }
            configuration.purpose = purpose
            configuration.locations["purpose"] = reader.location(value)
        }
    }

    private static func readPathOverrides(_ node: Node, into configuration: inout Configuration, reader: NodeReader) throws {
        for (index, entryNode) in try reader.sequence(node).enumerated() {
            reader.attempt {
                var settings = Configuration()
                settings.file = reader.file
                var files: [GlobPattern]?
                for (key, value) in try reader.mapping(entryNode, allowed: overrideKeys) {
                    reader.attempt {
                        if key == "files" {
                            let globs = try reader.strings(value)
                            guard !globs.isEmpty, !globs.contains(where: \.isEmpty) else { throw reader.error(value, "files: needs at least one glob") }
                            files = globs.map(GlobPattern.init)
                        } else {
                            try readSetting(key, value, into: &settings, reader: reader, allowsPacks: false)
                        }
                    }
                }
                guard let files else { throw reader.error(entryNode, "overrides[\(index)] needs files: [globs]") }
                configuration.pathOverrides.append(PathOverride(files: files, settings: settings, line: entryNode.mark?.line ?? 0))
            }
        }
    }

    private static func readRules(_ node: Node, into configuration: inout Configuration, reader: NodeReader, allowsPacks: Bool) throws {
        let fields = try reader.mapping(node, allowed: allowsPacks ? ["disable", "enable", "overrides", "packs"] : ["disable", "enable", "overrides"])
        // Packs first: their rule ids may be disabled or overridden in the same section.
        if let packsNode = fields.first(where: { $0.0 == "packs" })?.1 {
            reader.attempt {
                // Kept relative when the config path is, so errors name the pack the way the user would.
                let folder = (reader.file as NSString).deletingLastPathComponent
                var paths: [String] = []
                for pathNode in try reader.sequence(packsNode) {
                    let path = try reader.string(pathNode)
                    guard !path.isEmpty else { throw reader.error(pathNode, "empty pack path") }
                    paths.append(path.hasPrefix("/") || folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path))
                }
                configuration.rulePacks = try RuleCatalog.loadUserPacks(paths)
                configuration.locations["rules.packs"] = reader.location(packsNode)
            }
        }
        func ruleID(_ node: Node) throws -> String {
            let id = try reader.string(node)
            configuration.ruleReferences.append(RuleReference(id: id, location: reader.location(node)))
            return id
        }
        for (key, value) in fields where key != "packs" {
            reader.attempt {
                switch key {
                case "disable", "enable":
                    var ids: Set<String> = []
                    for idNode in try reader.sequence(value) {
                        let id = try ruleID(idNode)
                        ids.insert(id)
                        configuration.locations["rules.\(key).\(id)"] = reader.location(idNode)
                    }
                    if key == "disable" { configuration.disabledRules = ids } else { configuration.enabledRules = ids }
                default:
                    guard case .mapping(let mapping) = value else { throw reader.error(value, "expected a mapping") }
                    for (idNode, settings) in mapping {
                        reader.attempt {
                            let id = try ruleID(idNode)
                            configuration.locations["rules.overrides.\(id)"] = reader.location(idNode)
                            configuration.overrides[id] = try readRuleOverride(settings, reader: reader)
                        }
                    }
                }
            }
        }
    }

    private static func readRuleOverride(_ settings: Node, reader: NodeReader) throws -> RuleOverride {
        var override = RuleOverride()
        for (field, fieldValue) in try reader.mapping(settings, allowed: ["score", "max-score", "severity"]) {
            reader.attempt {
                if field == "score" {
                    override.score = try reader.number(fieldValue)
                } else if field == "max-score" {
                    // The same bounds as a pack's max-score.
                    let cap = try reader.number(fieldValue)
                    guard cap > 0, cap <= 100 else { throw reader.error(fieldValue, "max-score must be above 0 and at most 100") }
                    override.maxScore = cap
                } else {
                    let text = try reader.string(fieldValue)
                    guard let severity = Severity(rawValue: text) else {
                        throw reader.error(fieldValue, "severity must be error, warning or info, not '\(text)'"
                                           + SpellingSuggestion.hint(for: text, among: ["error", "warning", "info"]))
                    }
                    override.severity = severity
                }
            }
        }
        return override
    }
}

private extension YamlError {
    var line: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.line
        default: 1
        }
    }

    var column: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.column
        default: 1
        }
    }

    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): problem
        default: "\(self)"
        }
    }
}
