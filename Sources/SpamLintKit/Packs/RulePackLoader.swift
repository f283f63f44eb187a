import Foundation
import Yams

/// Reads rule packs strictly: every problem is an error with the pack's file, line and column.
///
/// Hostile packs are bounded: a file over `maxFileSize` is refused before it is read, matchers
/// may nest `maxDepth` deep and number `maxMatcherNodes` in a pack (YAML aliases cannot multiply
/// them), lists hold at most `maxListEntries` entries, and regular expressions run on RE2, in time linear
/// in the text (see `PackRegex`).
@_spi(CLI) public enum RulePackLoader {
    @_spi(CLI) public static let maxFileSize = 1_048_576
    static let maxDepth = 16
    static let maxMatcherNodes = 2_000
    static let maxListEntries = 100_000
    static let maxPhraseLength = 200

    /// Reads the pack at `path`; list files it names are read relative to its folder.
    /// `reservedIDs` maps rule ids already taken to who took them (for the duplicate-id error).
    @_spi(CLI) public static func load(path: String, reservedIDs: [String: String] = [:]) throws -> RulePack {
        try load(path: path, reservedIDsForPack: { _ in reservedIDs })
    }

    /// Like `load(path:reservedIDs:)`, with the taken ids chosen once the pack's name is known
    /// (`spamlint rules test` lets an edited copy of a built-in pack reuse that pack's ids).
    @_spi(CLI) public static func load(path: String, reservedIDsForPack: (String) -> [String: String]) throws -> RulePack {
        let text = try readBounded(path, what: "rule pack", errorFile: path, node: nil, reader: NodeReader(file: path))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try parse(text, file: path, reservedIDs: reservedIDsForPack) { relative, node, reader in
            let listPath = relative.hasPrefix("/") ? relative : folder.appendingPathComponent(relative).path
            return try readBounded(listPath, what: "list file", errorFile: path, node: node, reader: reader)
        }
    }

    /// Parses pack text. `readList` returns the text of a list file named relative to the pack.
    @_spi(CLI) public static func parse(_ text: String, file: String, reservedIDs: [String: String] = [:],
                             readList: (String) -> String?) throws -> RulePack {
        try parse(text, file: file, reservedIDs: { _ in reservedIDs }) { relative, node, reader in
            guard let list = readList(relative) else { throw reader.error(node, "cannot read list file '\(relative)'") }
            return list
        }
    }

    static func parse(_ text: String, file: String, reservedIDs: (String) -> [String: String],
                      readList: (String, Node, NodeReader) throws -> String) throws -> RulePack {
        guard text.utf8.count <= maxFileSize else {
            throw RulePackError(file: file, line: 1, column: 1, message: "rule pack is larger than \(maxFileSize / 1_048_576) MB")
        }
        let root: Node?
        do {
            root = try YAMLComposer.compose(text)
        } catch let error as YamlError {
            throw RulePackError(file: file, line: error.markLine, column: error.markColumn, message: "invalid YAML: \(error.problemText)")
        } catch {
            throw RulePackError(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
        guard let root else { throw RulePackError(file: file, line: 1, column: 1, message: "empty rule pack: expected `pack:` and `rules:`") }
        return try withoutActuallyEscaping(readList) { readList in
            var parser = PackParser(reader: NodeReader(file: file), file: file, readList: readList)
            return try parser.pack(root, reservedIDs: reservedIDs)
        }
    }

    private static func readBounded(_ path: String, what: String, errorFile: String, node: Node?, reader: NodeReader) throws -> String {
        func failure(_ message: String) -> RulePackError {
            node.map { reader.error($0, message) } ?? RulePackError(file: errorFile, line: 1, column: 1, message: message)
        }
        // Through SmallFileReader: a FIFO named as a pack or a list file is refused, not waited on.
        switch SmallFileReader.text(path, limit: maxFileSize) {
        case .success(let text): return text
        case .failure(.isDirectory): throw failure("\(what) '\(path)' is a directory")
        case .failure(.tooLarge(let size, _)): throw failure("\(what) '\(path)' is \(size) bytes; the limit is \(maxFileSize) (1 MB)")
        case .failure(let problem): throw failure("cannot read \(what) '\(path)': \(problem)")
        }
    }
}

extension YamlError {
    var markLine: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.line
        default: 1
        }
    }

    var markColumn: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.column
        default: 1
        }
    }

    var problemText: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): problem
        default: "\(self)"
        }
    }
}
