/// A file to lint: the path to show (as the user gave it, or relative to a given directory) and
/// the path to open.
public struct InputFile: Sendable, Hashable {
    public var displayPath: String
    public var openPath: String
    public var isStandardInput: Bool

    public init(displayPath: String, openPath: String, isStandardInput: Bool = false) {
        self.displayPath = displayPath
        self.openPath = openPath
        self.isStandardInput = isStandardInput
    }

    public static let standardInput = InputFile(displayPath: "-", openPath: "-", isStandardInput: true)
}
