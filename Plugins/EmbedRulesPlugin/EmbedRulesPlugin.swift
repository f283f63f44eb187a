import Foundation
import PackagePlugin

/// Turns every file under the package's `Rules/` folder into Swift source at build time, so the
/// `spamlint` binary keeps its rule data when it is copied elsewhere (pre-commit, /usr/local/bin).
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesFolder = context.package.directoryURL.appending(path: "Rules")
        let inputs = try ruleFiles(under: rulesFolder)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRuleFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding Rules/ into \(target.name)",
                executable: try context.tool(named: "embed-rules").url,
                arguments: [rulesFolder.path(), output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }

    private func ruleFiles(under folder: URL) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var files: [URL] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            if url.lastPathComponent.hasPrefix(".") { continue }
            files.append(url)
        }
        return files.sorted { $0.path() < $1.path() }
    }
}
