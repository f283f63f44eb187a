import Foundation
import SpamLintInterop

/// What git says a work tree holds: asked of `git ls-files`, so `.gitignore` files at every
/// level, `.git/info/exclude` and the user's global excludes are read exactly as git reads them.
enum GitWorkTree {
    /// The nearest folder at or above `directory` (absolute) that holds `.git`, if any.
    static func root(containing directory: String) -> String? {
        var folder = directory
        while true {
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(".git")) { return folder }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    /// The files below `directory` that git tracks or would track (untracked, not ignored), as
    /// paths relative to it; nil when git says the folder is not in a work tree after all (a
    /// stray `.git` folder); or why git could not be asked.
    static func listedFiles(in directory: String) -> Result<Set<String>?, GitListingError> {
        // Paths as they are, not relative to a prefix, and no pager or prompt.
        let arguments = ["git", "-C", directory, "ls-files", "--cached", "--others", "--exclude-standard", "-z"]
        let result: ChildProcessOutput
        switch ChildProcess.run(arguments, adding: ["GIT_TERMINAL_PROMPT": "0"]) {
        case .success(let output):
            result = output
        case .failure(let error) where error.isNoSuchFile:
            return .failure(GitListingError(message: "git is not installed (needed to skip what .gitignore ignores)"))
        case .failure(let error):
            return .failure(GitListingError(message: "git could not be started (\(error.reason))"))
        }
        guard result.status == 0 else {
            let detail = String(decoding: result.standardError, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if detail.contains("not a git repository") { return .success(nil) }
            if result.status == 127 {
                return .failure(GitListingError(message: "git is not installed (needed to skip what .gitignore ignores)"))
            }
            return .failure(GitListingError(message: "git ls-files failed (exit \(result.status)): \(detail.prefix(500))"))
        }
        var files: Set<String> = []
        for name in result.standardOutput.split(separator: 0, omittingEmptySubsequences: true) {
            files.insert(String(decoding: name, as: UTF8.self))
        }
        return .success(files)
    }
}
