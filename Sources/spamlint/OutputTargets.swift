import ArgumentParser
@_spi(CLI) import SpamLintKit
import SpamLintInterop

/// The files a run writes (`--output`, `--sarif-output`, `--write-baseline`), checked before
/// anything is linted or written: one that is an input (the same device and inode, however it is
/// named, links followed) or that two options both name is a usage error, so a typo cannot
/// replace a template with its own report.
enum OutputTargets {
    static func refuseClashes(_ targets: [(option: String, path: String?)], inputs: [InputFile]) throws {
        let named = targets.compactMap { target -> (option: String, path: String, status: FileStatus)? in
            guard let path = target.path,
                  case .success(let status) = FileStatus.of(ReportWriter.location(of: path), followingLinks: true) else { return nil }
            return (target.option, path, status)
        }
        guard !named.isEmpty else { return }
        for (index, target) in named.enumerated() {
            if let other = named[..<index].first(where: { $0.status.isSameFile(as: target.status) }) {
                printError("spamlint: \(other.option) and \(target.option) name the same file (\(TerminalSafe.clean(target.path))); give each its own")
                throw ExitCode(2)
            }
        }
        for input in inputs where !input.isStandardInput {
            guard case .success(let status) = FileStatus.of(input.openPath, followingLinks: true),
                  let target = named.first(where: { $0.status.isSameFile(as: status) }) else { continue }
            printError("spamlint: \(target.option) \(TerminalSafe.clean(target.path)) is the input file \(TerminalSafe.clean(input.displayPath)); "
                       + "refusing to overwrite it (nothing was written)")
            throw ExitCode(2)
        }
    }
}
