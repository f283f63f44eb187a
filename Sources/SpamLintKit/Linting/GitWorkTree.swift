import Foundation

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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory, "ls-files", "--cached", "--others", "--exclude-standard", "-z"]
        // Paths as they are, not relative to a prefix, and no pager or prompt.
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe()
        // git's messages go to a file: read after it exits, they can never fill a pipe and stall it
        // while the listing is read.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-git-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil),
              let errors = try? FileHandle(forWritingTo: errorFile) else {
            return .failure(GitListingError(message: "cannot create a temporary file for git's messages"))
        }
        defer {
            try? errors.close()
            try? FileManager.default.removeItem(at: errorFile)
        }
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(GitListingError(message: "git could not be started (\(error.localizedDescription))"))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: FileManager.default.contents(atPath: errorFile.path) ?? Data(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if detail.contains("not a git repository") { return .success(nil) }
            if process.terminationStatus == 127 {
                return .failure(GitListingError(message: "git is not installed (needed to skip what .gitignore ignores)"))
            }
            return .failure(GitListingError(message: "git ls-files failed (exit \(process.terminationStatus)): \(detail.prefix(500))"))
        }
        var files: Set<String> = []
        for name in data.split(separator: 0, omittingEmptySubsequences: true) {
            files.insert(String(decoding: name, as: UTF8.self))
        }
        return .success(files)
    }
}

