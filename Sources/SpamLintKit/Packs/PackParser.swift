import Yams

/// Turns a pack's YAML nodes into rules; see `RulePackLoader` and the README's "Rule packs".
struct PackParser {
    let reader: NodeReader
    let file: String
    let readList: (String, Node, NodeReader) throws -> String
    /// Matcher and condition nodes parsed so far (bounded, so aliases cannot multiply work).
    private var nodeBudget = RulePackLoader.maxMatcherNodes

    init(reader: NodeReader, file: String, readList: @escaping (String, Node, NodeReader) throws -> String) {
        self.reader = reader
        self.file = file
        self.readList = readList
    }

    static let ruleKeys: Set<String> = [
        "id", "name", "category", "severity", "score", "max-score", "enabled", "summary", "description", "rationale", "fix",
        "message", "match", "examples",
    ]
    static let conditionKeys: Set<String> = ["phrases", "domains", "regex", "not", "all-of", "any-of"]
    static let combinatorKeys: Set<String> = ["not", "all-of", "any-of"]

    mutating func pack(_ root: Node, reservedIDs: (String) -> [String: String]) throws -> RulePack {
        var name: String?
        var summary: String?
        var rulesNode: Node?
        for (key, value) in try reader.mapping(root, allowed: ["pack", "description", "rules"]) {
            switch key {
            case "pack": name = try identifier(value, what: "pack name")
            case "description": summary = try text(value)
            default: rulesNode = value
            }
        }
        guard let name else { throw reader.error(root, "missing key 'pack' (the pack's name)") }
        guard let rulesNode else { throw reader.error(root, "missing key 'rules'") }
        let ruleNodes = try reader.sequence(rulesNode)
        guard !ruleNodes.isEmpty else { throw reader.error(rulesNode, "a pack needs at least one rule") }
        var taken = reservedIDs(name)
        var rules: [PackRule] = []
        for node in ruleNodes {
            let rule = try self.rule(node, pack: name, taken: &taken)
            rules.append(rule)
        }
        return RulePack(name: name, path: file, summary: summary, rules: rules)
    }

    private mutating func rule(_ node: Node, pack: String, taken: inout [String: String]) throws -> PackRule {
        let fields = try reader.mapping(node, allowed: Self.ruleKeys)
        var values: [String: Node] = [:]
        for (key, value) in fields { values[key] = value }
        func required(_ key: String) throws -> Node {
            guard let value = values[key] else { throw reader.error(node, "rule is missing key '\(key)'") }
            return value
        }
        let idNode = try required("id")
        let id = try identifier(idNode, what: "rule id")
        if let owner = taken[id] { throw reader.error(idNode, "duplicate rule id '\(id)' (already defined by \(owner))") }
        taken[id] = "pack '\(pack)' at \(file):\(idNode.mark?.line ?? 0)"

        let categoryNode = try required("category")
        let categoryText = try reader.string(categoryNode)
        guard let category = RuleCategory(rawValue: categoryText) else {
            throw reader.error(categoryNode, "unknown category '\(categoryText)' (expected one of: \(RuleCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let severityNode = try required("severity")
        let severityText = try reader.string(severityNode)
        guard let severity = Severity(rawValue: severityText) else {
            throw reader.error(severityNode, "unknown severity '\(severityText)' (expected one of: error, warning, info)")
        }
        let scoreNode = try required("score")
        let score = try reader.number(scoreNode)
        guard (0...100).contains(score) else { throw reader.error(scoreNode, "score must be between 0 and 100") }
        var maxScore: Double?
        if let node = values["max-score"] {
            let cap = try reader.number(node)
            guard cap > 0, cap <= 100 else { throw reader.error(node, "max-score must be above 0 and at most 100") }
            maxScore = cap
        }
        var enabled = true
        if let node = values["enabled"] {
            guard case .scalar(let scalar) = node, let flag = Bool.construct(from: scalar) else {
                throw reader.error(node, "expected true or false")
            }
            enabled = flag
        }
        if values["summary"] != nil, values["description"] != nil {
            throw reader.error(values["description"]!, "give 'summary' or 'description', not both")
        }
        guard let summaryNode = values["summary"] ?? values["description"] else { throw reader.error(node, "rule is missing key 'summary'") }
        let summary = try text(summaryNode)
        let rationale = try text(try required("rationale"))
        let fix = try text(try required("fix"))
        let name = try values["name"].map(text) ?? id
        let message = try values["message"].map(text) ?? "\(name): “{match}”"
        let matcher = try self.matcher(try required("match"), depth: 0)
        let (trigger, clean) = try examples(try required("examples"))
        let description = RuleDescription(
            id: id, name: name, category: category, severity: severity, score: score, summary: summary, rationale: rationale, fix: fix,
            triggeringExamples: trigger, nonTriggeringExamples: clean, pack: pack, isEnabledByDefault: enabled, maxScore: maxScore)
        return PackRule(description: description, matcher: matcher, message: message)
    }

    // MARK: Matchers

    private mutating func matcher(_ node: Node, depth: Int) throws -> PackMatcher {
        try spend(node, depth: depth)
        let keys = Set(try reader.mapping(node, allowed: nil).map(\.0))
        if keys.contains("target") {
            // Unknown keys are reported at the key itself.
            let fields = try reader.mapping(node, allowed: Self.conditionKeys.union(["target", "header"]))
            return try valuesMatcher(node, fields: fields, depth: depth)
        }
        if keys.contains(where: { Self.conditionKeys.subtracting(Self.combinatorKeys).contains($0) || $0 == "header" }) {
            throw reader.error(node, "matcher is missing 'target' (the part of the message its conditions test)")
        }
        let fields = try reader.mapping(node, allowed: Self.combinatorKeys)
        guard fields.count == 1, let (key, value) = fields.first else {
            throw reader.error(node, "a matcher has 'target:' (with conditions) or exactly one of all-of, any-of, not")
        }
        switch key {
        case "not":
            return .not(try matcher(value, depth: depth + 1))
        default:
            let items = try reader.sequence(value)
            guard !items.isEmpty else { throw reader.error(value, "'\(key)' needs at least one matcher") }
            var matchers: [PackMatcher] = []
            for item in items { matchers.append(try matcher(item, depth: depth + 1)) }
            return key == "all-of" ? .allOf(matchers) : .anyOf(matchers)
        }
    }

    private mutating func valuesMatcher(_ node: Node, fields: [(String, Node)], depth: Int) throws -> PackMatcher {
        var targets: [PackTarget] = []
        var header: String?
        var headerNode: Node?
        var conditions: [PackCondition] = []
        for (key, value) in fields {
            switch key {
            case "target":
                // One target, or a list whose values are all tested.
                let nodes = if case .sequence(let list) = value { Array(list) } else { [value] }
                guard !nodes.isEmpty else { throw reader.error(value, "'target' needs at least one target") }
                for targetNode in nodes {
                    let text = try reader.string(targetNode)
                    guard let known = PackTarget(rawValue: text) else {
                        throw reader.error(targetNode, "unknown target '\(text)' (expected one of: \(PackTarget.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    targets.append(known)
                }
            case "header":
                header = try reader.string(value)
                headerNode = value
                guard let header, !header.isEmpty, header.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != ":" }) else {
                    throw reader.error(value, "'\(header ?? "")' is not a header field name")
                }
            case _ where Self.conditionKeys.contains(key):
                conditions.append(try condition(key, value, depth: depth + 1))
            default:
                throw reader.error(node, "unknown key '\(key)' in a matcher (expected target, header, \(Self.conditionKeys.sorted().joined(separator: ", ")))")
            }
        }
        if targets.contains(.header), header == nil { throw reader.error(node, "target 'header' needs 'header: Field-Name'") }
        if !targets.contains(.header), let headerNode { throw reader.error(headerNode, "'header' applies only to target 'header'") }
        guard !conditions.isEmpty else {
            throw reader.error(node, "matcher has no condition (one of: \(Self.conditionKeys.sorted().joined(separator: ", ")))")
        }
        let condition = conditions.count == 1 ? conditions[0] : .allOf(conditions)
        let matchers = targets.map { PackMatcher.values(target: $0, header: $0 == .header ? header : nil, condition: condition) }
        return matchers.count == 1 ? matchers[0] : .anyOf(matchers)
    }

    /// A mapping of condition keys (inside `not`, `all-of`, `any-of` of a target matcher).
    private mutating func conditionMapping(_ node: Node, depth: Int) throws -> PackCondition {
        try spend(node, depth: depth)
        var conditions: [PackCondition] = []
        for (key, value) in try reader.mapping(node, allowed: Self.conditionKeys) {
            conditions.append(try condition(key, value, depth: depth + 1))
        }
        guard !conditions.isEmpty else { throw reader.error(node, "empty condition") }
        return conditions.count == 1 ? conditions[0] : .allOf(conditions)
    }

    private mutating func condition(_ key: String, _ value: Node, depth: Int) throws -> PackCondition {
        try spend(value, depth: depth)
        switch key {
        case "phrases":
            var list = PhraseList([])
            for (phrase, node) in try listEntries(value) {
                guard phrase.count <= RulePackLoader.maxPhraseLength else {
                    throw reader.error(node, "phrase longer than \(RulePackLoader.maxPhraseLength) characters")
                }
                guard list.insert(phrase) else { throw reader.error(node, "empty phrase") }
            }
            return .phrases(list)
        case "domains":
            var set = DomainSet()
            let isFile = if case .mapping = value { true } else { false }
            for (entry, node) in try listEntries(value) {
                // List files may annotate entries (`host path param` in open-redirectors.txt): the host comes first.
                let field = isFile ? String(entry.split(whereSeparator: \.isWhitespace).first ?? "") : entry
                let domain = field.lowercased().trimmingTrailingDots()
                guard !domain.isEmpty, !domain.contains(where: { $0.isWhitespace || $0 == "@" || $0 == "/" || $0 == ":" }) else {
                    throw reader.error(node, "'\(entry)' is not a domain name")
                }
                set.insert(domain)
            }
            return .domains(set)
        case "regex":
            let pattern = try reader.string(value)
            do {
                return .regex(try PackRegex(pattern))
            } catch {
                throw reader.error(value, error.message)
            }
        case "not":
            return .not(try conditionMapping(value, depth: depth + 1))
        default:
            let items = try reader.sequence(value)
            guard !items.isEmpty else { throw reader.error(value, "'\(key)' needs at least one condition") }
            var conditions: [PackCondition] = []
            for item in items { conditions.append(try conditionMapping(item, depth: depth + 1)) }
            return key == "all-of" ? .allOf(conditions) : .anyOf(conditions)
        }
    }

    /// An inline list of strings, `{file: path}` (relative to the pack) or `{list: name}` (a list
    /// shipped in `Rules/lists/`, e.g. `freemail-domains`): one entry a line, `#` starts a comment.
    private func listEntries(_ node: Node) throws -> [(String, Node)] {
        var entries: [(String, Node)] = []
        switch node {
        case .sequence(let sequence):
            guard sequence.count <= RulePackLoader.maxListEntries else { throw reader.error(node, "list has more than \(RulePackLoader.maxListEntries) entries") }
            for item in sequence {
                let entry = try reader.string(item)
                guard !entry.trimmingWhitespace().isEmpty else { throw reader.error(item, "empty list entry") }
                entries.append((entry, item))
            }
        case .mapping:
            let fields = try reader.mapping(node, allowed: ["file", "list"])
            guard fields.count == 1, let (kind, fileNode) = fields.first else {
                throw reader.error(node, "expected a list, {file: path} or {list: built-in-list-name}")
            }
            let name = try reader.string(fileNode)
            let text: String
            if kind == "list" {
                guard let builtIn = Self.builtInList(name) else {
                    throw reader.error(fileNode, "unknown built-in list '\(name)' (expected one of: \(Self.builtInListNames.joined(separator: ", ")))")
                }
                text = builtIn
            } else {
                text = try readList(name, fileNode, reader)
            }
            for line in text.split(whereSeparator: \.isNewline) {
                let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].trimmingWhitespace()
                if !entry.isEmpty { entries.append((entry, fileNode)) }
                guard entries.count <= RulePackLoader.maxListEntries else {
                    throw reader.error(fileNode, "list file has more than \(RulePackLoader.maxListEntries) entries")
                }
            }
        default:
            throw reader.error(node, "expected a list, {file: path} or {list: built-in-list-name}")
        }
        guard !entries.isEmpty else { throw reader.error(node, "empty list") }
        return entries
    }

    static var builtInListNames: [String] {
        BuiltInRuleFiles.paths.filter { $0.hasPrefix("lists/") && $0.hasSuffix(".txt") }.map { String($0.dropFirst(6).dropLast(4)) }
    }

    static func builtInList(_ name: String) -> String? {
        guard builtInListNames.contains(name) else { return nil }
        return BuiltInRuleFiles.text("lists/\(name).txt")
    }

    private mutating func spend(_ node: Node, depth: Int) throws {
        guard depth <= RulePackLoader.maxDepth else { throw reader.error(node, "matcher nested more than \(RulePackLoader.maxDepth) deep") }
        nodeBudget -= 1
        guard nodeBudget >= 0 else { throw reader.error(node, "pack has more than \(RulePackLoader.maxMatcherNodes) matchers and conditions") }
    }

    // MARK: Examples and scalars

    private func examples(_ node: Node) throws -> (trigger: [RuleExample], clean: [RuleExample]) {
        var trigger: [RuleExample]?
        var clean: [RuleExample]?
        for (key, value) in try reader.mapping(node, allowed: ["trigger", "clean"]) {
            let items = try reader.sequence(value)
            guard !items.isEmpty else { throw reader.error(value, "'\(key)' needs at least one example") }
            let examples = try items.map(example)
            if key == "trigger" { trigger = examples } else { clean = examples }
        }
        guard let trigger else { throw reader.error(node, "examples need 'trigger:' (inputs the rule must flag)") }
        guard let clean else { throw reader.error(node, "examples need 'clean:' (inputs the rule must not flag)") }
        return (trigger, clean)
    }

    private func example(_ node: Node) throws -> RuleExample {
        let line = node.mark?.line ?? 0
        if case .scalar = node {
            return RuleExample(try text(node), file: file, line: line)
        }
        var source: String?
        var from: String?
        var sendingDomain: String?
        var messages: [String]?
        for (key, value) in try reader.mapping(node, allowed: ["source", "from", "sending-domain", "messages"]) {
            switch key {
            case "source": source = try text(value)
            case "from": from = try text(value)
            // The findings' messages in report order, as `spamlint rules test` must see them.
            case "messages": messages = try reader.sequence(value).map(text)
            default: sendingDomain = try reader.domain(value)
            }
        }
        guard let source else { throw reader.error(node, "example is missing 'source'") }
        return RuleExample(source, sendingDomain: sendingDomain, from: from, messages: messages, file: file, line: line)
    }

    /// A non-empty string.
    private func text(_ node: Node) throws -> String {
        let value = try reader.string(node)
        guard !value.trimmingWhitespace().isEmpty else { throw reader.error(node, "must not be empty") }
        return value
    }

    /// A kebab-case identifier (`spam-phrases`).
    private func identifier(_ node: Node, what: String) throws -> String {
        let value = try reader.string(node)
        let valid = !value.isEmpty && value.count <= 64 && !value.hasPrefix("-") && !value.hasSuffix("-")
            && value.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
        guard valid else { throw reader.error(node, "\(what) '\(value)' must be kebab-case: lower-case letters, digits and '-'") }
        return value
    }
}
