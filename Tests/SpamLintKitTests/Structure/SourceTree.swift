import Foundation

/// The Swift files of one source folder, read for which top-level types each layer folder declares and
/// which type names each file mentions in code (comments and string literals left out).
struct SourceTree {
    struct File {
        /// Path below the source folder, such as `Rules/BuiltIn/LinkShortenerRule.swift`.
        var path: String
        /// The first path component: the layer folder; "." for a file directly in the source folder.
        var folder: String
        /// Capitalised identifiers in the code, which is where type names are.
        var mentions: Set<String>
    }

    var files: [File] = []
    /// The folder that declares each top-level type.
    var owners: [String: String] = [:]

    init(root: URL) throws {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            let components = path.split(separator: "/")
            let folder = components.count > 1 ? String(components[0]) : "."
            let code = Self.code(of: try String(contentsOf: url, encoding: .utf8))
            for name in Self.topLevelDeclarations(in: code) where owners[name] == nil { owners[name] = folder }
            files.append(File(path: path, folder: folder, mentions: Self.capitalisedIdentifiers(in: code)))
        }
        files.sort { $0.path < $1.path }
    }

    /// The text with comments and string literals blanked out (newlines kept). Interpolations inside
    /// strings are blanked too: a type named only there is missed, which errs towards a pass.
    static func code(of source: String) -> String {
        let scalars = Array(source.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        func at(_ offset: Int, _ text: String) -> Bool {
            let wanted = Array(text.unicodeScalars)
            return index + offset + wanted.count <= scalars.count && Array(scalars[(index + offset)..<(index + offset + wanted.count)]) == wanted
        }
        func skip(until terminator: String, escapes: Bool) {
            while index < scalars.count, !at(0, terminator) {
                if escapes, scalars[index] == "\\" { index += 1 }
                if index < scalars.count, scalars[index] == "\n" { out.append("\n") }
                index += 1
            }
            index += terminator.unicodeScalars.count
            out.append(" ")
        }
        while index < scalars.count {
            if at(0, "//") {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            } else if at(0, "/*") {
                index += 2
                skip(until: "*/", escapes: false)
            } else if at(0, "\"\"\"") {
                index += 3
                skip(until: "\"\"\"", escapes: true)
            } else if scalars[index] == "\"" {
                index += 1
                skip(until: "\"", escapes: true)
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// Names of the types declared at the top level (not indented): struct, enum, class, protocol, actor, typealias.
    static func topLevelDeclarations(in code: String) -> [String] {
        let keywords: Set<Substring> = ["struct", "enum", "class", "protocol", "actor", "typealias"]
        let modifiers: Set<Substring> = ["public", "internal", "private", "fileprivate", "final", "indirect", "package", "_spi", "CLI"]
        return code.split(separator: "\n").compactMap { line in
            guard let first = line.first, !first.isWhitespace else { return nil }
            let words = line.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
            guard let keyword = words.firstIndex(where: { !modifiers.contains($0) }), keywords.contains(words[keyword]),
                  keyword + 1 < words.count else { return nil }
            return String(words[keyword + 1])
        }
    }

    static func capitalisedIdentifiers(in code: String) -> Set<String> {
        Set(code.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
            .filter { $0.first?.isUppercase == true }.map(String.init))
    }
}
