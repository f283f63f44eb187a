/// What the paths of a run give: the files and problems in input order, and the folders skipped
/// inside walks.
public struct InputDiscovery: Sendable {
    public var items: [InputItem] = []
    public var skipped: [SkippedPath] = []

    public init() {}

    /// The files to lint, in order.
    public var files: [InputFile] {
        items.compactMap { if case .file(let file) = $0 { file } else { nil } }
    }
}
