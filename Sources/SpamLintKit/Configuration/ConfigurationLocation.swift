/// Where a setting is written in its configuration file.
@_spi(CLI) public struct ConfigurationLocation: Sendable, Hashable {
    @_spi(CLI) public var line: Int
    @_spi(CLI) public var column: Int

    @_spi(CLI) public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
