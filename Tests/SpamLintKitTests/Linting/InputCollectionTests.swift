import Foundation
import Glibc
import SpamLintInterop
import Testing
@_spi(CLI) @testable import SpamLintKit

/// The readdir-based walk and the stat-and-read loader against what Foundation's enumerator and
/// URL standardization gave before, on a tree of awkward names.
struct InputCollectionTests {
    /// The walk as it was written on FileManager's enumerator, kept here as the oracle.
    struct FoundationWalk {
        var include: [GlobPattern] = []
        var exclude: [GlobPattern] = []
        var baseDirectory: String

        func collect(_ paths: [String]) -> [String] {
            var files: [String] = []
            var seen: Set<String> = []
            for path in paths {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if !isDirectory.boolValue {
                    if seen.insert(canonical(path)).inserted { files.append(path) }
                    continue
                }
                for file in walk(path) where seen.insert(canonical(file)).inserted && isSelected(file) { files.append(file) }
            }
            return files
        }

        private func walk(_ directory: String) -> [String] {
            // A folder named on the command line is followed when it is a link (Foundation's enumerator does not enter it).
            let trimmed = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
            var start = directory
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: trimmed) {
                start = target.hasPrefix("/") ? target : ((trimmed as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
            }
            guard let enumerator = FileManager.default.enumerator(atPath: start) else { return [] }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                let unopenableName = enumerator.fileAttributes == nil && name.unicodeScalars.contains("\u{FFFD}")
                guard unopenableName || enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular else { continue }
                let ext = (name as NSString).pathExtension.lowercased()
                guard InputCollector.defaultExtensions.contains(ext) || !include.isEmpty else { continue }
                found.append(directory == "." ? relative : (directory.hasSuffix("/") ? directory + relative : directory + "/" + relative))
            }
            return found.sorted()
        }

        private func isSelected(_ path: String) -> Bool {
            let absolute = canonical(path)
            let prefix = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
            let relative = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
            if !include.isEmpty, !include.contains(where: { $0.matches(relative) }) { return false }
            return !exclude.contains { $0.matches(relative) }
        }

        private func canonical(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
    }

    static func write(_ text: String, _ relative: String, in root: URL) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8)))
    }

    /// Creates a file or folder whose name is raw bytes (not UTF-8), as a shell could.
    static func createRaw(_ name: [UInt8], in folder: URL, directory: Bool) throws {
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let status = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { pointer -> Int32 in
                if directory { return mkdir(pointer.baseAddress!, 0o755) }
                let descriptor = open(pointer.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
                if descriptor >= 0 { close(descriptor) }
                return descriptor >= 0 ? 0 : -1
            }
        }
        try #require(status == 0)
    }

    static func makeTree() throws -> URL {
        let root = try HardeningCLI.temporaryDirectory("walk")
        let tree = root.appendingPathComponent("tree")
        for name in ["a/b/c.html", "a/UP.HTML", "a/x.txt", ".hidden.html", ".git/y.html", "sp ace/m.eml", "x..y/a..html",
                     "pct%20dir/p%41.html", "h#sh?q/f;x.html", "é-dir/é.html", "e\u{301}-nfd.html", "back\\slash.html",
                     "trail .html", "~tilde.html", "co:lon.html", "UPPER.Htm", "noext", "dot.", "x.tar.eml", "x.html.bak",
                     "deep/d1/d2/d3/d4/d5/deep.mjml", "drafts/x/draft.html", "drafts/keep.txt", "new\nline.html"] {
            try write("<p>\(name)</p>", name, in: tree)
        }
        try FileManager.default.createDirectory(at: tree.appendingPathComponent("empty-dir"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("link-to-file.html").path, withDestinationPath: "a/b/c.html")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("link-to-dir").path, withDestinationPath: "a")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("dangling.html").path, withDestinationPath: "gone.html")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("loop").path, withDestinationPath: ".")
        #expect(mkfifo(tree.appendingPathComponent("fifo.html").path, 0o644) == 0)
        try createRaw(Array("caf".utf8) + [0xE9, 0xFF] + Array(".html".utf8), in: tree, directory: false)
        // A folder whose name is not UTF-8, holding a readable file, a bad name and a hidden folder.
        let badFolder = Array("dir".utf8) + [0xFF]
        try createRaw(badFolder, in: tree, directory: true)
        try createRaw(badFolder + Array("/in.html".utf8), in: tree, directory: false)
        try createRaw(badFolder + Array("/bad".utf8) + [0xFE] + Array(".htm".utf8), in: tree, directory: false)
        try createRaw(badFolder + Array("/.hid".utf8), in: tree, directory: true)
        try createRaw(badFolder + Array("/.hid/bad".utf8) + [0xFE] + Array(".html".utf8), in: tree, directory: false)
        return root
    }

    /// `path` relative to the current directory (tests run in parallel, so none may change it).
    static func relativeToCurrentDirectory(_ path: String) -> String {
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        return String(repeating: "../", count: depth) + path.drop { $0 == "/" }
    }

    @Test(arguments: [["T/tree"], ["T/tree/"], ["T//tree/./"], ["T/tree/a/../a", "T/tree//a/./b"],
                      ["T/tree", "T/tree/a/b/c.html", "T/tree/link-to-file.html"],
                      ["T/tree/link-to-dir", "T/tree/loop/a", "T/tree/a"], ["T/tree/a/..", "T/tree/deep"]])
    func walkListsWhatFoundationListed(_ templates: [String]) throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        for base in [root.path, Self.relativeToCurrentDirectory(root.path)] {
            let paths = templates.map { base + $0.dropFirst() }
            for (include, exclude) in [([String](), [String]()), ([], ["**/drafts/**", "tree/a/**"]),
                                       (["**/*.txt", "tree/x..y/*", "**/*.Htm"], [])] {
                let collector = InputCollector(include: include, exclude: exclude, baseDirectory: root.path)
                let oracle = FoundationWalk(include: include.map(GlobPattern.init), exclude: exclude.map(GlobPattern.init),
                                            baseDirectory: collector.baseDirectory)
                let collected = collector.collect(paths).files.map(\.displayPath)
                #expect(collected == oracle.collect(paths), "\(paths) include \(include) exclude \(exclude)")
                if include.isEmpty, exclude.isEmpty { #expect(!collected.isEmpty, "\(paths)") }
            }
        }
    }

    @Test func theTreeHoldsTheAwkwardCases() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = InputCollector(baseDirectory: root.path).collect([root.appendingPathComponent("tree").path]).files.map(\.displayPath)
        let names = files.map { String($0.dropFirst(root.path.count + "/tree/".count)) }
        #expect(names.contains("é-dir/é.html") && names.contains("new\nline.html") && names.contains("deep/d1/d2/d3/d4/d5/deep.mjml"))
        #expect(names.contains("caf\u{FFFD}\u{FFFD}.html"), "the name that is not UTF-8 is kept for the loader to report")
        #expect(!names.contains { $0.hasPrefix(".") || $0.hasPrefix("loop") || $0.hasPrefix("link-to") || $0 == "fifo.html" || $0 == "dangling.html" })
        #expect(!names.contains { $0.hasSuffix(".txt") || $0 == "noext" || $0 == "x.html.bak" })
    }

    @Test(arguments: ["a", "sp ace/m.eml", "é-dir/é.html", "x..y/a..html", "pct%20dir/p%41.html", "h#sh?q/f;x.html", "trail .html",
                      "~tilde.html", "new\nline.html", "back\\slash.html", "e\u{301}.html"])
    func joinedCanonicalPathIsTheURLStandardizedPath(_ relative: String) {
        for directory in ["/tmp/x", "/", "/tmp/x/", "/work/../tmp"] {
            let canonicalDirectory = URL(fileURLWithPath: directory).standardizedFileURL.path
            let expected = URL(fileURLWithPath: directory + "/" + relative).standardizedFileURL.path
            if let joined = InputCollector.joinedCanonical(canonicalDirectory, relative) {
                #expect(joined == expected, "\(directory) + \(relative)")
            }
        }
        #expect(InputCollector.joinedCanonical("/tmp/x", "../y") == nil)
        #expect(InputCollector.joinedCanonical("/private", "y.html") == nil)
    }

    /// Files named one by one (as `spamlint $(find …)` does) keep Foundation's answers: which exist,
    /// which are the same file under another spelling (dedup), and the order they were given in.
    @Test func explicitFileArgumentsMatchFoundation() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let names = ["a/b/c.html", "a/UP.HTML", "a/x.txt", ".hidden.html", ".git/y.html", "sp ace/m.eml", "x..y/a..html",
                     "pct%20dir/p%41.html", "h#sh?q/f;x.html", "é-dir/é.html", "e\u{301}-nfd.html", "back\\slash.html",
                     "trail .html", "~tilde.html", "co:lon.html", "noext", "dot.", "new\nline.html", "link-to-file.html",
                     "link-to-dir/b/c.html", "loop/a/UP.HTML", "dangling.html", "fifo.html", "missing.html", "a/b", "a/b/c.html/",
                     "./a/b/c.html", "a/./b/c.html", "a//b/c.html", "a/b/../b/c.html", "x..y/../a/UP.HTML", "a/b/c.html/.",
                     "caf\u{FFFD}\u{FFFD}.html", "empty-dir", "a/b/c.html", "link-to-dir/../a/UP.HTML", "loop/../a/b/c.html",
                     "loop/loop/a/b/../b/c.html", "deep/d1/d2/d3/d4/d5/deep.mjml", "deep/d1/d2/../d2/d3/d4/d5/deep.mjml"]
        for base in [root.path, Self.relativeToCurrentDirectory(root.path), root.path + "/", root.path + "/./"] {
            let paths = names.map { base + (base.hasSuffix("/") ? "" : "/") + "tree/" + $0 } + ["", "-", base + "/tree/a/b/c.html"]
            let collector = InputCollector(baseDirectory: root.path)
            let oracle = FoundationWalk(baseDirectory: collector.baseDirectory)
            let (files, missing) = collector.collect(paths)
            let expectedMissing = paths.filter { $0 != "-" && !FileManager.default.fileExists(atPath: $0) }
            #expect(files.filter { !$0.isStandardInput }.map(\.displayPath) == oracle.collect(paths.filter { $0 != "-" }), "\(base)")
            #expect(missing == expectedMissing, "\(base)")
            #expect(files.filter(\.isStandardInput).count == 1)
        }
    }

    @Test(arguments: ["a.html", "a/b.html", "/a/b.html", "/a", "./a.html", "a/./b.html", "a/../b.html", "a//b.html", "a/", "/a/",
                      "a/.", "a/..", "..", ".", "/", "~/a.html", "~a.html", "a~/b.html", "...", ".a/b.html", "a./b..c.html",
                      "../../x/y.html", "/../x.html", "/..", "../a", "x/../../y.html", "a/b/", "//a.html", "///a//b.html",
                      "é/e\u{301}.html", "pct%20/p%41.html", "sp ace/x", "back\\slash", "/private/x.html", "/var/automount/x",
                      "/private", "h#sh?q;x", "/\u{301}a.html", "a/\u{301}.html"])
    func folderAndNameGiveTheURLStandardizedPath(_ path: String) {
        func canonical(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
        let split = InputCollector.folderAndName(path)
        if let (folder, name) = split {
            // Compared as bytes: "/" followed by a combining mark is one Character.
            let bytes = Array(path.utf8), tail = Array(("/" + name).utf8)
            #expect(folder.isEmpty ? bytes == Array(name.utf8) : bytes.starts(with: folder.utf8) && Array(bytes.suffix(tail.count)) == tail, "\(path)")
            let folderKey = canonical(folder.isEmpty ? FileManager.default.currentDirectoryPath : folder)
            if let joined = InputCollector.joinedCanonical(folderKey, name) {
                #expect(joined == canonical(path), "\(path)")
            }
        }
        let last = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        #expect((split != nil) == !(last.isEmpty || last == "." || last == ".." || path.hasPrefix("~")), "\(path)")
    }

    @Test func loaderReadsFilesExactlyAndRefusesWhatIsNotARegularFile() throws {
        let root = try HardeningCLI.temporaryDirectory("load")
        defer { try? FileManager.default.removeItem(at: root) }
        // Larger than one read chunk, with every byte value.
        let big = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 7) }
        #expect(FileManager.default.createFile(atPath: root.appendingPathComponent("big.eml").path, contents: Data(big)))
        #expect(FileManager.default.createFile(atPath: root.appendingPathComponent("empty.html").path, contents: Data()))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("folder"), withIntermediateDirectories: true)
        #expect(mkfifo(root.appendingPathComponent("fifo.html").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("dangling.html").path, withDestinationPath: "gone.html")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.eml").path, withDestinationPath: "big.eml")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("linked-folder").path, withDestinationPath: ".")

        func load(_ name: String, limit: Int = 50_000_000) -> Result<[UInt8], FileLoader.LoadError> {
            let path = name.hasPrefix("/") ? name : root.appendingPathComponent(name).path
            return FileLoader.load(InputFile(displayPath: name, openPath: path), maxSize: limit)
        }
        func error(_ result: Result<[UInt8], FileLoader.LoadError>) -> String? {
            if case .failure(let error) = result { return error.description }
            return nil
        }
        #expect(try load("big.eml").get() == big)
        #expect(try load("empty.html").get() == [])
        // A relative link to a regular file, and a path through a linked folder, are followed like open(2) follows them.
        #expect(try load("link.eml").get() == big)
        #expect(try load("linked-folder/big.eml").get() == big)
        #expect(try load("big.eml", limit: big.count).get() == big)
        #expect(error(load("big.eml", limit: big.count - 1)) == "file is 200003 bytes, over the --max-file-size limit of 200002 bytes; not linted")
        #expect(error(load("folder")) == "is a directory")
        #expect(error(load("fifo.html"))?.hasPrefix("not a regular file") == true)
        #expect(error(load("dangling.html")) == "cannot read file: No such file or directory")
        #expect(error(load("missing.html")) == "cannot read file: No such file or directory")
        #expect(error(load("caf\u{FFFD}.html"))?.contains("not valid UTF-8") == true)
        // Kernel files report size 0 but have content: read to their end, as before.
        let version = try #require(FileHandle(forReadingAtPath: "/proc/version")).readToEnd() ?? Data()
        #expect(try load("/proc/version").get() == [UInt8](version))
        #expect(!version.isEmpty)
    }
}
