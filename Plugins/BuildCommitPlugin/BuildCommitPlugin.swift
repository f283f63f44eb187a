import Foundation
import PackagePlugin

/// Names the commit the package is built from in the module (`spamlint --version`), from git's
/// own files: the build re-runs the tool when HEAD or the branch it names moves.
@main
struct BuildCommitPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildCommit.swift")
        return [
            .buildCommand(
                displayName: "Recording the commit \(target.name) is built from",
                executable: try context.tool(named: "build-commit").url,
                arguments: [package.path(), output.path()],
                inputFiles: watchedFiles(package),
                outputFiles: [output]
            ),
        ]
    }

    /// HEAD, the ref it names and packed-refs, in the git folder and (for a linked work tree) the
    /// common one, and the archive's COMMIT file: whichever exist.
    private func watchedFiles(_ package: URL) -> [URL] {
        var candidates = [package.appending(path: "COMMIT")]
        let dotGit = package.appending(path: ".git")
        var git = dotGit
        if let data = FileManager.default.contents(atPath: dotGit.path()), let line = String(data: data, encoding: .utf8),
           line.hasPrefix("gitdir:") {
            git = URL(fileURLWithPath: line.dropFirst(7).trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: package).standardizedFileURL
        }
        var folders = [git]
        if let data = FileManager.default.contents(atPath: git.appending(path: "commondir").path()),
           let common = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines) {
            folders.append(URL(fileURLWithPath: common, relativeTo: git.appending(path: "x")).standardizedFileURL)
        }
        candidates.append(git.appending(path: "HEAD"))
        if let data = FileManager.default.contents(atPath: git.appending(path: "HEAD").path()),
           let head = String(data: data, encoding: .utf8), head.hasPrefix("ref:") {
            let ref = head.dropFirst(4).trimmingCharacters(in: .whitespacesAndNewlines)
            for folder in folders { candidates.append(folder.appending(path: ref)) }
        }
        for folder in folders { candidates.append(folder.appending(path: "packed-refs")) }
        return candidates.filter { FileManager.default.fileExists(atPath: $0.path()) }
    }
}
