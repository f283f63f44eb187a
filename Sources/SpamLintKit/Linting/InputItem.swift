/// One thing a command line's paths give, in input order: a file to lint, or a path that gives
/// none and why (missing, an empty folder, git unusable), reported as an error in its place.
public enum InputItem: Sendable, Hashable {
    case file(InputFile)
    case problem(path: String, message: String)
}
