import ArgumentParser

/// Hands long runs of file arguments to swift-argument-parser as single NUL-joined values.
///
/// The parser appends each value of an `@Argument` array by copying the array out of its
/// type-erased storage and merging the set of input positions, so N paths cost O(N²):
/// `spamlint` with 3,000 paths spent 0.5 s, with 9,000 paths 5 s, before linting a file. A
/// command line cannot hold a NUL byte, so joining with NUL and splitting after parsing is
/// lossless; the parser sees the same options and the same positional order.
///
/// Only values that cannot belong to an option are joined: in a run of non-option arguments the
/// first may be an option's value (`--format json a.html b.html`), so it is left alone and the
/// rest are joined. Arguments starting with `-` (including `-` for standard input and the `--`
/// terminator) are never joined. Command lines that name a subcommand other than a leading
/// `lint` are passed through untouched, as are short ones (where the cost does not show).
enum PositionalBatching {
    static let separator: Character = "\u{0}"

    /// Below this many arguments the parser's cost is negligible; nothing is changed.
    static let minimumArgumentCount = 32

    static func batched(_ arguments: [String], subcommandNames: @autoclosure () -> Set<String>) -> [String] {
        guard arguments.count >= minimumArgumentCount else { return arguments }
        let subcommandNames = subcommandNames()
        let namesSubcommand = arguments.enumerated().contains { index, argument in
            subcommandNames.contains(argument) && !(index == 0 && argument == "lint")
        }
        guard !namesSubcommand else { return arguments }

        var result: [String] = []
        var run: [String] = []
        func flushRun() {
            guard let first = run.first else { return }
            result.append(first)
            if run.count > 1 { result.append(run.dropFirst().joined(separator: String(separator))) }
            run.removeAll(keepingCapacity: true)
        }
        for argument in arguments {
            if argument.hasPrefix("-") {
                flushRun()
                result.append(argument)
            } else {
                run.append(argument)
            }
        }
        flushRun()
        return result
    }

    /// The paths as given on the command line, joined runs split again.
    static func unbatched(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            guard path.contains(separator) else { return [path] }
            return path.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// Every name (and alias) the root command's subcommands answer to, and `help`.
    static func subcommandNames(of root: any ParsableCommand.Type) -> Set<String> {
        var names: Set<String> = ["help"]
        for subcommand in root.configuration.subcommands {
            names.insert(subcommand._commandName)
            names.formUnion(subcommand.configuration.aliases)
        }
        return names
    }
}
