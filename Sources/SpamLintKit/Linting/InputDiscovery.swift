/// What the paths of a run give: the files and problems in input order, and the folders skipped
/// inside walks.
@_spi(CLI) public struct InputDiscovery: Sendable {
    @_spi(CLI) public var items: [InputItem] = []
    @_spi(CLI) public var skipped: [SkippedPath] = []

    @_spi(CLI) public init() {}

    /// The files to lint, in order.
    @_spi(CLI) public var files: [InputFile] {
        items.compactMap { if case .file(let file) = $0 { file } else { nil } }
    }
}
