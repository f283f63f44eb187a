import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Partials and layouts: found where template engines look for them, read as templates of their own,
/// and, when they cannot be read, named in one info finding instead of footer items reported missing.
struct TemplateIncludeTests {
    /// A throwaway folder tree: paths relative to it mapped to file contents.
    final class Tree {
        let root: String

        init(_ files: [String: String]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-includes-\(UUID().uuidString)").path
            for (path, content) in files {
                let url = URL(fileURLWithPath: root + "/" + path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url)
            }
            // The folder is the repository root: the upward search stops here.
            try FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func lint(_ path: String, options: LintOptions = LintOptions()) throws -> [Finding] {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)))
            return Linter(options: options).report(path: path, bytes: bytes, openPath: root + "/" + path).findings
        }

        func read(_ path: String) throws -> EmailDocument {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)))
            return EmailReader.read(bytes, settings: ReadSettings(templatePath: root + "/" + path))
        }
    }

    static let promo = #"<html><body><p>Big sale this week! <a href="https://acme.example/sale">Shop now</a></p>"#
    static let footer = #"<p>Acme Inc, 12 Main Street, Springfield, IL 62701</p><p><a href="{{unsubscribe_url}}">Unsubscribe</a></p>"#

    private func ruleIDs(_ findings: [Finding]) -> [String] { findings.map(\.rule).sorted() }

    @Test("a footer partial found beside, above or in a conventional folder provides the unsubscribe link", arguments: [
        ("emails/promo.hbs", "{{> footer}}", "emails/footer.hbs"),
        ("emails/promo.hbs", "{{> footer}}", "partials/footer.hbs"),
        ("emails/deep/promo.hbs", "{{> shared/footer}}", "shared/footer.html"),
        ("emails/promo.liquid", "{% include 'footer' %}", "_includes/footer.liquid"),
        ("emails/promo.liquid", "{% render 'footer' %}", "snippets/footer.liquid"),
        ("emails/promo.html", "{% include \"footer.html\" %}", "templates/footer.html"),
        ("emails/promo.html", "{% include footer.html %}", "_includes/footer.html"),
        ("emails/promo.html", "{{ template \"footer.html\" . }}", "emails/footer.html"),
        ("emails/promo.html.erb", "<%= render 'shared/footer' %>", "emails/shared/_footer.html.erb"),
        ("emails/promo.mjml", "<mj-include path=\"./parts/footer.mjml\" />", "emails/parts/footer.mjml"),
        ("emails/promo.html", "{% include \"../partials/footer.html\" %}", "partials/footer.html"),
    ])
    func resolvedFooter(template: String, reference: String, partial: String) throws {
        let tree = try Tree([template: Self.promo + reference + "</body></html>", partial: Self.footer])
        let findings = try tree.lint(template)
        #expect(!ruleIDs(findings).contains("unsubscribe-link-missing"))
        #expect(!ruleIDs(findings).contains("postal-address-missing"))
        #expect(!ruleIDs(findings).contains("template-include-unresolved"))
        let include = try #require(try tree.read(template).includes.first)
        #expect(include.unresolved == nil)
        #expect(include.resolvedPath?.hasSuffix(partial) == true)
        #expect(include.documents.first?.bodyLinks.map(\.href) == ["{{unsubscribe_url}}"])
    }

    @Test func aResolvedPartialWithoutAFooterLeavesTheFindingInPlace() throws {
        let tree = try Tree(["emails/promo.hbs": Self.promo + "{{> header}}</body></html>", "partials/header.hbs": "<p>Acme</p>"])
        #expect(ruleIDs(try tree.lint("emails/promo.hbs")).contains("unsubscribe-link-missing"))
    }

    @Test func anUnresolvedPartialIsNamedOnceAndTheFooterChecksStaySilent() throws {
        let tree = try Tree(["emails/promo.hbs": Self.promo + "\n  {{> footer}}</body></html>"])
        let findings = try tree.lint("emails/promo.hbs")
        #expect(!ruleIDs(findings).contains("unsubscribe-link-missing"))
        let unresolved = findings.filter { $0.rule == "template-include-unresolved" }
        #expect(unresolved.count == 1)
        #expect(unresolved.first?.message.contains("{{> footer}}") == true)
        #expect(unresolved.first?.position == SourcePosition(line: 2, column: 3))
        #expect(unresolved.first?.severity == .info)
    }

    @Test func configuredPartialFoldersAreSearchedFirst() throws {
        let tree = try Tree(["emails/promo.hbs": Self.promo + "{{> footer}}</body></html>", "shared-parts/footer.hbs": Self.footer,
                             ".spamlint.yml": "partials: [shared-parts]\n"])
        let configuration = try ConfigurationLoader.load(path: tree.root + "/.spamlint.yml")
        var options = LintOptions()
        configuration.apply(to: &options)
        #expect(options.settings.partialFolders == [tree.root + "/shared-parts"])
        let findings = try tree.lint("emails/promo.hbs", options: options)
        #expect(!ruleIDs(findings).contains("unsubscribe-link-missing"))
        #expect(!ruleIDs(findings).contains("template-include-unresolved"))
    }

    @Test func aPartialsOwnMissingPartialIsReportedAtTheReferenceThatLedToIt() throws {
        let tree = try Tree(["emails/promo.hbs": Self.promo + "{{> footer}}</body></html>", "emails/footer.hbs": "<p>{{> legal}}</p>"])
        let findings = try tree.lint("emails/promo.hbs")
        #expect(!ruleIDs(findings).contains("unsubscribe-link-missing"))
        let unresolved = try #require(findings.first { $0.rule == "template-include-unresolved" })
        #expect(unresolved.message.contains("{{> legal}}"))
        #expect(unresolved.position.line == 1)
    }

    @Test func cyclesEndAndDepthIsLimited() throws {
        let tree = try Tree(["emails/a.hbs": Self.promo + "{{> b}}</body></html>", "emails/b.hbs": "<p>{{> a}}</p>"])
        let document = try tree.read("emails/a.hbs")
        #expect(document.includes.first?.unresolved == nil)
        // However the template's path is spelt, the cycle is seen at once, not at the depth limit.
        let spelt = EmailReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: tree.root + "/emails/a.hbs"))),
                                     settings: ReadSettings(templatePath: tree.root + "/./emails/../emails/a.hbs"))
        let partial = try #require(spelt.includes.first?.documents.first)
        #expect(partial.includes.first?.unresolved == nil)
        #expect(partial.includes.first?.documents.isEmpty == true)
        // A chain longer than the depth limit: p0 → p1 → … each in its own file.
        var files = ["emails/start.hbs": Self.promo + "{{> p0}}</body></html>"]
        for level in 0...TemplateInclude.maxDepth { files["emails/p\(level).hbs"] = "<p>{{> p\(level + 1)}}</p>" }
        let deep = try Tree(files)
        let findings = try deep.lint("emails/start.hbs")
        #expect(findings.contains { $0.rule == "template-include-unresolved" && $0.message.contains("deep") })
        #expect(!ruleIDs(findings).contains("unsubscribe-link-missing"))
    }

    @Test func paniniPagesAreReadInTheirLayout() throws {
        let layout = #"<!DOCTYPE html><html lang="en"><body>{{> body}}<p><a href="{{unsubscribe}}">Unsubscribe</a></p></body></html>"#
        let tree = try Tree(["src/pages/promo.html": "---\nsubject: Sale\n---\n<p>Sale! <a href=\"https://acme.example\">Shop</a></p>",
                             "src/layouts/default.html": layout,
                             "src/pages/other.html": "---\nlayout: special\n---\n<p>Sale!</p>",
                             "src/layouts/special.html": layout])
        for page in ["src/pages/promo.html", "src/pages/other.html"] {
            let findings = try tree.lint(page)
            #expect(!ruleIDs(findings).contains("unsubscribe-link-missing"), "\(page)")
            #expect(!ruleIDs(findings).contains("template-include-unresolved"), "\(page)")
        }
        // The layout linted alone: its `{{> body}}` is a page it cannot know.
        #expect(ruleIDs(try tree.lint("src/layouts/default.html")).contains("template-include-unresolved"))
    }

    @Test func withoutAFolderAndWithComputedNamesNothingIsGuessed() {
        let document = EmailReader.read(Array((Self.promo + "{{> footer}}{{> (lookup . 'x')}}{% include var %}").utf8))
        #expect(document.includes.map(\.unresolved) == [.noFolder, .dynamicName, .dynamicName])
        let findings = Linter().findings(in: document)
        #expect(findings.filter { $0.rule == "template-include-unresolved" }.count == 3)
        #expect(!ruleIDs(findings).contains("unsubscribe-link-missing"))
    }

    @Test func goTemplatesDefinedInTheSameFileNeedNothingElse() {
        let source = #"{{define "footer"}}<a href="{{.Unsubscribe}}">Unsubscribe</a>{{end}}<html><body>Hi {{template "footer" .}}</body></html>"#
        #expect(EmailReader.read(Array(source.utf8)).includes.isEmpty)
    }

    @Test("references in each syntax", arguments: [
        ("{{> footer}}", "footer", TemplateInclude.Syntax.handlebarsPartial),
        ("{{>footer}}", "footer", .handlebarsPartial),
        ("{{~> footer name=\"x\"~}}", "footer", .handlebarsPartial),
        ("{{#> layouts/base}}", "layouts/base", .handlebarsPartial),
        ("{{> 'my footer'}}", "my footer", .handlebarsPartial),
        ("{% include 'footer.liquid' %}", "footer.liquid", .include),
        ("{%- include \"footer.html\" with x -%}", "footer.html", .include),
        ("{% include_dnd_partial path=\"../partials/footer.html\" %}", "../partials/footer.html", .include),
        ("{% render 'footer', product: p %}", "footer", .render),
        ("{% section 'footer' %}", "footer", .render),
        ("{% extends \"base.html\" %}", "base.html", .extends),
        ("{{ template \"footer\" . }}", "footer", .goTemplate),
        ("{{- partial \"footer.html\" . -}}", "footer.html", .goTemplate),
        ("<%= render 'footer' %>", "footer", .erbRender),
        ("<%= render partial: 'shared/footer' %>", "shared/footer", .erbRender),
    ])
    func referenceSyntax(tag: String, name: String, syntax: TemplateInclude.Syntax) throws {
        let reference = try #require(IncludeReferenceScanner.reference(in: tag, at: 0))
        #expect(reference.name == name)
        #expect(reference.syntax == syntax)
    }

    @Test("tags that are not references", arguments: ["{{ name }}", "{% if x %}", "{{#each items}}", "<%= link_to 'x' %>", "{% comment %}"])
    func notReferences(tag: String) {
        #expect(IncludeReferenceScanner.reference(in: tag, at: 0) == nil)
    }

    @Test func referencesPastThePerFileLimitAreReportedNotRead() {
        let many = (0...TemplateInclude.maxPerFile).map { "{{> p\($0)}}" }.joined()
        let document = EmailReader.read(Array((Self.promo + many).utf8), settings: ReadSettings(templatePath: "/nonexistent/x.hbs"))
        #expect(document.includes.count == TemplateInclude.maxPerFile + 1)
        #expect(document.includes.last?.unresolved == .countLimit)
    }
}
