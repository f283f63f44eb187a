/// The subset of the SARIF 2.1.0 object model spamlint writes (OASIS SARIF 2.1.0, errata 01),
/// with the properties GitHub code scanning reads. Optional properties that are nil are left out.
enum SARIFLog {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var originalUriBaseIds: [String: ArtifactLocation]?
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var informationUri: String?
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: MultiformatText
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Text: Encodable {
        var text: String
    }

    struct MultiformatText: Encodable {
        var text: String
        var markdown: String
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct RuleProperties: Encodable {
        var category: String
        var score: Double
        /// Only for a rule whose findings may add more than its score to one file.
        var maxScore: Double?
        var tags: [String]
        var problemSeverity: String

        enum CodingKeys: String, CodingKey {
            case category, score, maxScore, tags
            case problemSeverity = "problem.severity"
        }
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        var level: String
        var message: Text
        var locations: [Location]
        var descriptor: DescriptorReference
    }

    struct DescriptorReference: Encodable {
        var id: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
        var suppressions: [Suppression]?
        var properties: ResultProperties
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }

    struct Suppression: Encodable {
        var kind: String
        var status = "accepted"
        var justification: String?
    }

    struct ResultProperties: Encodable {
        /// Counted: 0 for a repeat of a rule that already scored the file (see JSON `score`).
        var score: Double
        var baseScore: Double
        var category: String
        var severity: String
        var evidence: String
    }
}
