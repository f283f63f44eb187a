#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file straight into a byte array with `open`/`read`: no `Data` in between, and
/// one `stat` (links followed unless told otherwise) instead of resolving each link by hand.
///
/// Every file spamlint reads goes through here (inputs, partials, configuration, rule packs and
/// their `file:` lists, baselines, ignore files), so none of them can block or be read without
/// bound: anything that is not a regular file is refused before it is opened, and the file is
/// opened with `O_NONBLOCK` and checked again with `fstat` on the descriptor, so a file swapped for
/// a FIFO between the two calls is refused too instead of blocking until a writer comes.
public enum RegularFileReader {
    public enum Outcome: Sendable {
        case bytes([UInt8])
        /// The path does not lead to a regular file; `kind` is what it is.
        case notRegular(FileKind)
        /// The file has more than `limit` bytes (its size, or the bytes read when it grew).
        case tooLarge(Int)
        /// `stat` failed.
        case statFailed(FileSystemError)
        /// `open` failed on a regular file.
        case openFailed(FileSystemError)
        case readFailed(FileSystemError)
    }

    /// Reads `path` if it is (after following links, unless `followingLinks` is false) a regular
    /// file of at most `limit` bytes. Never reads more than `limit + 1` bytes, even when the file
    /// grows after the size check.
    public static func read(_ path: String, limit: Int, followingLinks: Bool = true) -> Outcome {
        let status: FileStatus
        switch FileStatus.of(path, followingLinks: followingLinks) {
        case .success(let found): status = found
        case .failure(let error): return .statFailed(error)
        }
        guard status.kind == .regular else { return .notRegular(status.kind) }
        guard status.size <= limit else { return .tooLarge(status.size) }
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else { return .openFailed(FileSystemError(code: errno)) }
        defer { close(descriptor) }
        // What was opened, not what the path named a moment ago.
        switch FileStatus.of(descriptor: descriptor) {
        case .failure(let error): return .readFailed(error)
        case .success(let opened):
            guard opened.kind == .regular else { return .notRegular(opened.kind) }
            guard opened.size <= limit else { return .tooLarge(opened.size) }
            return readToEnd(descriptor, limit: limit, expectedSize: opened.size)
        }
    }

    /// Reads an open descriptor (standard input, a pipe) to its end, at most `limit + 1` bytes.
    public static func read(descriptor: Int32, limit: Int) -> Outcome {
        readToEnd(descriptor, limit: limit, expectedSize: 0)
    }

    private static func readToEnd(_ descriptor: Int32, limit: Int, expectedSize: Int) -> Outcome {
        // The expected size plus one byte to see the end; a file that grew is read on in chunks.
        let ceiling = limit + 1
        var failure: FileSystemError?
        let expected = min(ceiling, expectedSize + 1)
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = fill(UnsafeMutableBufferPointer(rebasing: buffer[..<expected]), from: descriptor, failure: &failure)
        }
        if failure == nil, bytes.count == expected {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while failure == nil, bytes.count < ceiling {
                let wanted = min(chunk.count, ceiling - bytes.count)
                let produced = chunk.withUnsafeMutableBufferPointer { buffer in
                    fill(UnsafeMutableBufferPointer(rebasing: buffer[..<wanted]), from: descriptor, failure: &failure)
                }
                if produced == 0 { break }
                bytes.append(contentsOf: chunk[..<produced])
            }
        }
        if let failure { return .readFailed(failure) }
        guard bytes.count <= limit else { return .tooLarge(bytes.count) }
        return .bytes(bytes)
    }

    /// Reads until `buffer` is full, the end of the file, or an error; returns the bytes read.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32,
                             failure: inout FileSystemError?) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        while count < buffer.count {
            let result = systemRead(descriptor, base + count, buffer.count - count)
            if result < 0 {
                if errno == EINTR { continue }
                // A descriptor another program left non-blocking (a shared pipe): wait for data.
                if errno == EAGAIN || errno == EWOULDBLOCK, DescriptorWriter.wait(descriptor, for: Int16(POLLIN)) { continue }
                failure = FileSystemError(code: errno)
                break
            }
            if result == 0 { break }
            count += result
        }
        return count
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, buffer, count)
        #else
        return Darwin.read(descriptor, buffer, count)
        #endif
    }
}
