/// What decides a file's setup: its configuration files, the `overrides:` entries of each that
/// match it, the run's flags, and whether its baseline is loaded.
struct ResolutionKey: Hashable, Sendable, CustomStringConvertible {
    var loadsBaseline: Bool
    var flags: LintFlags
    var files: [String]
    var matches: [[Int]]

    var description: String {
        zip(files, matches).map { "\($0)#\($1.map(String.init).joined(separator: ","))" }.joined(separator: "|") + "|\(loadsBaseline)|\(flags.hashValue)"
    }
}
