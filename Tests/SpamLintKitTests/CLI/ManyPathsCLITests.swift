import Foundation
import Testing

/// Long command lines: the CLI passes runs of paths to the argument parser joined (its array
/// append is quadratic) and must still see every path, in order, and every option.
struct ManyPathsCLITests {
    static func makeFiles(_ count: Int) throws -> (root: URL, names: [String]) {
        let root = try HardeningCLI.temporaryDirectory("many")
        var names: [String] = []
        for index in 0..<count {
            let name = String(format: "f%03d.html", index)
            let body = index % 3 == 0 ? "<p>FREE!!! CLICK HERE NOW</p>" : "<p>Hello number \(index)</p>"
            #expect(FileManager.default.createFile(atPath: root.appendingPathComponent(name).path, contents: Data(body.utf8)))
            names.append(name)
        }
        return (root, names)
    }

    static func paths(_ run: HardeningCLI.Run) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return (object?["files"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
    }

    @Test func everyPathArrivesInOrderWithOptionsBetweenThem() throws {
        let (root, names) = try Self.makeFiles(120)
        defer { try? FileManager.default.removeItem(at: root) }
        var arguments: [String] = ["--format", "json"]
        arguments += names[0..<40]
        arguments += ["--fail-on", "never"]
        arguments += names[40..<80]
        arguments += ["--exit-zero", "missing one.html", ""]
        arguments += names[80..<120]
        arguments += ["--", "-dash.html"]
        let run = try HardeningCLI.run(arguments, in: root)
        #expect(run.status == 2, "\(run.stderr)") // the missing files are errors
        let reported = try Self.paths(run)
        // Every path is reported in command-line order, the missing ones in their place.
        let expected: [String] = Array(names[0..<80]) + ["missing one.html", ""] + Array(names[80..<120]) + ["-dash.html"]
        #expect(reported == expected, "\(reported.prefix(5))")
        #expect(run.stderr.contains("spamlint: -dash.html: no such file or directory"))

        // The same files a few at a time (no joining below 32 arguments) give the same reports.
        let batched = try HardeningCLI.run(["--format", "json", "--fail-on", "never"] + names, in: root)
        var single: [String] = []
        for chunk in stride(from: 0, to: names.count, by: 20) {
            let part = try HardeningCLI.run(["--format", "json", "--fail-on", "never"] + names[chunk..<(chunk + 20)], in: root)
            single += try Self.paths(part)
        }
        #expect(try Self.paths(batched) == single)
    }

    @Test func anOptionValueBeforePathsIsStillTheOptionsValue() throws {
        let (root, names) = try Self.makeFiles(40)
        defer { try? FileManager.default.removeItem(at: root) }
        let badValue = try HardeningCLI.run(["--max-file-size"] + names, in: root)
        #expect(badValue.status == 2)
        #expect(badValue.stderr.contains("The value 'f000.html' is invalid for '--max-file-size"), "\(badValue.stderr)")
        let format = try HardeningCLI.run(["--format"] + names, in: root)
        #expect(format.stderr.contains("Unknown format 'f000.html'"), "\(format.stderr)")
        // Standard input among many paths is still standard input.
        let withStandardInput: [String] = ["f000.html", "-"] + names.dropFirst()
        let stdin = try HardeningCLI.run(["--format", "json"] + withStandardInput, in: root)
        #expect(try Self.paths(stdin) == withStandardInput)
    }
}
