/// What the paths of a run give: the files and problems in input order, the folders skipped
/// inside walks, and the named files `--force-exclude` left out.
public struct InputDiscovery: Sendable {
    public var items: [InputItem] = []
    public var skipped: [SkippedPath] = []
    /// Files named explicitly that `--force-exclude` left out (an ignore file or `exclude:` names them), in input order.
    public var forceExcluded: [String] = []

    public init() {}

    /// The files to lint, in order.
    public var files: [InputFile] {
        items.compactMap { if case .file(let file) = $0 { file } else { nil } }
    }
}
