import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Reading an `.mjml` source must tell the rules what reading the HTML the reference compiler
/// (mrml) makes of it tells them: the same links, images and visible words, and the same findings,
/// for every `.mjml` of `../shared/corpus`, `Fixtures/` and `Samples/`.
@Suite(.serialized, .enabled(if: MJMLCompiler.shouldRun, "mrml not installed: MJML fidelity tests skipped (set SPAMLINT_REQUIRE_MRML=1 to make this a failure)"))
struct MJMLFidelityTests {
    /// Rules that read the HTML as written, which an MJML source and its compiled page cannot share:
    /// - `html-too-large-gmail-clip`: measures the bytes of the file linted; the compiled page is
    ///   3 to 6 times its source (tables and Outlook conditionals the compiler adds).
    /// - `image-heavy`: its "linked image in HTML under 2 KB" case measures bytes the same way, and its
    ///   text-per-pixel case needs image widths, which the compiler computes from the column layout.
    /// (`link-shortener-linked-image` scores more in HTML under 2 KB, but is found in both.)
    static let htmlStructureRules: Set<String> = ["html-too-large-gmail-clip", "image-heavy"]

    static let fixtures = TestPaths.packageRoot.appendingPathComponent("Tests/SpamLintKitTests/MJML/Fixtures")

    /// Every `.mjml` page (partials, under a `partials` folder, are compiled as part of their pages).
    static func sources() -> [URL] {
        var found: [URL] = []
        for folder in [TestPaths.sharedCorpus, fixtures, TestPaths.samples] {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "mjml" && !url.path.contains("/partials/") {
                found.append(url)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// One page copied into its own folder with the partials it includes; a partial the corpus lacks
    /// (ColorlibHQ's `partials/base.mjml` was not published) is an empty file on both sides, so the
    /// source and the compiled page hold the same content.
    struct Page {
        let name: String
        let folder: URL
        let source: URL

        init(copying original: URL) throws {
            name = original.path.replacingOccurrences(of: TestPaths.packageRoot.deletingLastPathComponent().path + "/", with: "")
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-mjml-\(UUID().uuidString)")
            source = folder.appendingPathComponent(original.lastPathComponent)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: original, to: source)
            let bytes = Array(try Data(contentsOf: original))
            for include in IncludeReferenceScanner.mjmlIncludes(in: bytes) {
                guard let path = include.name else { continue }
                let partial = original.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
                let copy = folder.appendingPathComponent(path).standardizedFileURL
                try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                if FileManager.default.fileExists(atPath: partial.path) {
                    try FileManager.default.copyItem(at: partial, to: copy)
                } else {
                    try Data().write(to: copy)
                }
            }
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// What the rules see of one file, reduced to what the source and the compiled page must share.
    struct View: Equatable {
        var links: Set<String>
        var images: Set<String>
        var words: [String]
        var findings: [String: Int]

        init(bytes: [UInt8], path: String) {
            let page = EmailReader.read(bytes, settings: ReadSettings(templatePath: path))
            // A partial is read as a document of its own (`TemplateInclude.documents`), as the rules see it;
            // the compiler puts it in place. The fixtures include partials last, so appending keeps the order.
            var documents = [page]
            var index = 0
            while index < documents.count {
                documents += documents[index].includes.flatMap(\.documents)
                index += 1
            }
            // mrml writes an <mj-font> href into its @import url(…) with `&` escaped as `&amp;`, which
            // stays literal in a <style> block; the <link href> beside it decodes to the source's URL.
            links = Set(documents.flatMap(\.bodyLinks).map { $0.kind == .css ? $0.href.replacingOccurrences(of: "&amp;", with: "&") : $0.href })
            images = Set(documents.flatMap(\.images).map { "\($0.src) alt=\($0.alt ?? "(none)")" })
            words = documents.flatMap(\.htmlBodies).flatMap { $0.visibleText.split(separator: " ").map(String.init) }
            let report = Linter(options: LintOptions()).report(path: path, bytes: bytes, openPath: path)
            findings = report.findings.filter { !MJMLFidelityTests.htmlStructureRules.contains($0.rule) }
                .reduce(into: [:]) { $0[$1.rule, default: 0] += 1 }
        }

        /// What differs, for the failure message.
        func differences(from compiled: View) -> [String] {
            var found: [String] = []
            if links != compiled.links {
                found.append("links only in the source: \(links.subtracting(compiled.links).sorted()), only compiled: \(compiled.links.subtracting(links).sorted())")
            }
            if images != compiled.images {
                found.append("images only in the source: \(images.subtracting(compiled.images).sorted()), only compiled: \(compiled.images.subtracting(images).sorted())")
            }
            if words != compiled.words {
                let first = words.indices.first { $0 >= compiled.words.count || words[$0] != compiled.words[$0] } ?? words.count
                found.append("words differ from word \(first): source \(words.dropFirst(first).prefix(8)), compiled \(compiled.words.dropFirst(first).prefix(8))")
            }
            if findings != compiled.findings { found.append("findings: source \(findings), compiled \(compiled.findings)") }
            return found
        }
    }

    @Test("an .mjml source reads as the HTML mrml compiles it to: links, images, words and findings")
    func sourceMatchesCompiledHTML() throws {
        let originals = Self.sources()
        // The fixtures are always there; the corpus adds its 27 ColorlibHQ pages when ../shared is.
        #expect(originals.count >= 2)
        let pages = try originals.map(Page.init(copying:))
        defer { pages.forEach { $0.remove() } }
        let compiled = try MJMLCompiler.compile(pages.map(\.source))
        var pagesWithLinks = 0
        for (page, html) in zip(pages, compiled) {
            let source = View(bytes: Array(try Data(contentsOf: page.source)), path: page.source.path)
            let htmlPath = page.folder.appendingPathComponent("compiled.html").path
            let target = View(bytes: Array(html.utf8), path: htmlPath)
            let differences = source.differences(from: target)
            #expect(differences.isEmpty, "\(page.name): \(differences.joined(separator: "; "))")
            if !source.links.isEmpty, !source.words.isEmpty { pagesWithLinks += 1 }
        }
        // Nothing passes by being empty on both sides.
        #expect(pagesWithLinks == pages.count)
    }
}
