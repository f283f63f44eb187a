/// What a path names, as `lstat` (the entry itself) or `stat` (after following links) sees it.
public enum FileKind: Sendable, Hashable {
    case regular
    case directory
    case symbolicLink
    /// FIFO, socket, character or block device.
    case other
}
