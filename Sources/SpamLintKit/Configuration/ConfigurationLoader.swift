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

    @_spi(CLI) public static func load(path: String) throws -> Configuration {
        // Checked before reading: a huge file would be read whole, and a FIFO would block forever.
        if let attributes = try? FileManager.default.attributesOfItem(atPath: (path as NSString).resolvingSymlinksInPath) {
            if attributes[.type] as? FileAttributeType != .typeRegular {
                throw ConfigurationError(file: path, line: 0, column: 0, message: "the configuration is not a regular file")
            }
            if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxFileSize {
                throw ConfigurationError(file: path, line: 0, column: 0,
                                         message: "the configuration file is \(size) bytes, over the limit of \(maxFileSize) bytes")
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, line: 0, column: 0, message: "cannot read the configuration file")
        }
        var configuration = try parse(String(decoding: data, as: UTF8.self), file: path)
        configuration.baseDirectory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        // Partial folders are written relative to the configuration file.
        configuration.partialFolders = configuration.partialFolders.map { folder in
            folder.hasPrefix("/") ? folder : URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent()).standardizedFileURL.path
        }
        return configuration
    }

    @_spi(CLI) public static func parse(_ text: String, file: String) throws -> Configuration {
        let node: Node?
        do {
            node = try YAMLComposer.compose(text)
        } catch let error as YamlError {
            throw ConfigurationError(file: file, line: error.line, column: error.column, message: "invalid YAML: \(error.problem)")
        } catch {
            throw ConfigurationError(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
        var configuration = Configuration()
        guard let node else { return configuration }
        let reader = NodeReader(file: file)
        for (key, value) in try reader.mapping(node, allowed: ["sender", "rules", "thresholds", "include", "exclude", "shorteners", "allowed-link-domains", "baseline", "partials", "purpose"]) {
            switch key {
            case "sender":
                for (field, fieldValue) in try reader.mapping(value, allowed: ["from", "sending-domain"]) {
                    if field == "from" { configuration.from = try reader.string(fieldValue) }
                    else { configuration.sendingDomain = try reader.domain(fieldValue) }
                }
            case "rules":
                try readRules(value, into: &configuration, reader: reader)
            case "thresholds":
                for (field, fieldValue) in try reader.mapping(value, allowed: ["fail-score", "elevated", "high", "fail-on", "max-findings"]) {
                    switch field {
                    case "fail-on":
                        let text = try reader.string(fieldValue)
                        guard let level = FailOnLevel(rawValue: text) else {
                            throw reader.error(fieldValue, "fail-on must be error, warning, info or never, not '\(text)'")
                        }
                        configuration.failOn = level
                    case "max-findings": configuration.maxFindings = try reader.nonNegativeInteger(fieldValue)
                    case "fail-score": configuration.failScore = try reader.number(fieldValue)
                    case "elevated": configuration.elevatedBand = try reader.number(fieldValue)
                    default: configuration.highBand = try reader.number(fieldValue)
                    }
                }
            case "include": configuration.include = try reader.strings(value)
            case "exclude": configuration.exclude = try reader.strings(value)
            case "baseline": configuration.baseline = try reader.string(value)
            case "partials": configuration.partialFolders = try reader.strings(value)
            case "purpose":
                let text = try reader.string(value)
                guard let purpose = MailPurpose(rawValue: text) else {
                    throw reader.error(value, "purpose must be transactional or marketing, not '\(text)'")
                }
                configuration.purpose = purpose
            case "shorteners": configuration.extraShorteners = try reader.strings(value).map { try reader.validDomain($0, at: value) }
            default: configuration.allowedLinkDomains = try reader.strings(value).map { try reader.validDomain($0, at: value) }
            }
        }
        return configuration
    }

    private static func readRules(_ node: Node, into configuration: inout Configuration, reader: NodeReader) throws {
        let fields = try reader.mapping(node, allowed: ["disable", "enable", "overrides", "packs"])
        // Packs first: their rule ids may be disabled or overridden in the same section.
        if let packsNode = fields.first(where: { $0.0 == "packs" })?.1 {
            // Kept relative when the config path is, so errors name the pack the way the user would.
            let folder = (reader.file as NSString).deletingLastPathComponent
            var paths: [String] = []
            for pathNode in try reader.sequence(packsNode) {
                let path = try reader.string(pathNode)
                guard !path.isEmpty else { throw reader.error(pathNode, "empty pack path") }
                paths.append(path.hasPrefix("/") || folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path))
            }
            configuration.rulePacks = try RuleCatalog.loadUserPacks(paths)
        }
        let known = Set(RuleCatalog.rules(adding: configuration.rulePacks).map(\.description.id))
        func ruleID(_ node: Node) throws -> String {
            let id = try reader.string(node)
            guard known.contains(id) else { throw reader.error(node, "unknown rule id '\(id)' (see `spamlint rules`)") }
            return id
        }
        for (key, value) in fields where key != "packs" {
            switch key {
            case "disable": configuration.disabledRules = Set(try reader.sequence(value).map(ruleID))
            case "enable": configuration.enabledRules = Set(try reader.sequence(value).map(ruleID))
            default:
                for (id, settings) in try reader.mapping(value, allowed: nil) {
                    guard known.contains(id) else { throw reader.error(value, "unknown rule id '\(id)' (see `spamlint rules`)") }
                    var override = RuleOverride()
                    for (field, fieldValue) in try reader.mapping(settings, allowed: ["score", "max-score", "severity"]) {
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
                                throw reader.error(fieldValue, "severity must be error, warning or info, not '\(text)'")
                            }
                            override.severity = severity
                        }
                    }
                    configuration.overrides[id] = override
                }
            }
        }
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
