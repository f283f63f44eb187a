import Testing
@_spi(CLI) @testable import SpamLintKit

/// Reading directives out of every comment syntax, in every form.
struct SuppressionDirectiveParserTests {
    static func directives(_ source: String) -> [SuppressionDirective] {
        EmailReader.read(Array(source.utf8)).suppressionDirectives
    }

    static func only(_ source: String) throws -> SuppressionDirective {
        let found = directives(source)
        try #require(found.count == 1, "expected one directive in \(source), found \(found.map(\.text))")
        return found[0]
    }

    @Test("each comment syntax carries a directive", arguments: [
        ("<p>a</p>{# spamlint-disable-next-line link-shortener -- partner link #}", SuppressionDirective.Syntax.template),
        ("<p>a</p>{#- spamlint-disable-next-line link-shortener -- partner link -#}", .template),
        ("<p>a</p>{{!-- spamlint-disable-next-line link-shortener -- partner link --}}", .template),
        ("<p>a</p>{{~!-- spamlint-disable-next-line link-shortener -- partner link --~}}", .template),
        ("<p>a</p>{{! spamlint-disable-next-line link-shortener -- partner link }}", .template),
        ("<p>a</p>{% comment %} spamlint-disable-next-line link-shortener -- partner link {% endcomment %}", .template),
        ("<p>a</p>{%- comment -%}spamlint-disable-next-line link-shortener -- partner link{%- endcomment -%}", .template),
        ("<p>a</p><%# spamlint-disable-next-line link-shortener -- partner link %>", .template),
        ("<p>a</p><!-- spamlint-disable-next-line link-shortener -- partner link -->", .html),
    ])
    func syntax(source: String, syntax: SuppressionDirective.Syntax) throws {
        let directive = try Self.only(source)
        #expect(directive.scope == .nextLine)
        #expect(directive.keyword == "spamlint-disable-next-line")
        #expect(directive.ruleIDs == ["link-shortener"])
        #expect(directive.reason == "partner link")
        #expect(directive.syntax == syntax)
        #expect(directive.position == SourcePosition(line: 1, column: 9))
    }

    @Test("each form", arguments: [
        ("spamlint-disable-next-line", SuppressionDirective.Scope.nextLine),
        ("spamlint-disable-line", .line),
        ("spamlint-disable", .range),
        ("spamlint-enable", .enable),
        ("spamlint-disable-file", .file),
    ])
    func forms(keyword: String, scope: SuppressionDirective.Scope) throws {
        let directive = try Self.only("{# \(keyword) hidden-text #}\n<p>x</p>")
        #expect(directive.scope == scope)
        #expect(directive.ruleIDs == ["hidden-text"])
        #expect(directive.reason == nil)
    }

    @Test func multipleIDsCommaOrSpaceSeparatedAndNoIDsMeansAll() throws {
        #expect(try Self.only("{# spamlint-disable a-rule, b-rule c-rule,d-rule #}").ruleIDs == ["a-rule", "b-rule", "c-rule", "d-rule"])
        let all = try Self.only("{{!-- spamlint-disable-file -- legacy template, rewrite pending --}}")
        #expect(all.ruleIDs.isEmpty && all.coversAllRules)
        #expect(all.reason == "legacy template, rewrite pending")
    }

    @Test func reasonSplitsOnlyAtAStandaloneDoubleDash() throws {
        let directive = try Self.only("{# spamlint-disable-line link-shortener --  the  partner's -- short link #}")
        #expect(directive.ruleIDs == ["link-shortener"])
        #expect(directive.reason == "the partner's -- short link")
        let noReason = try Self.only("{# spamlint-disable-line link-shortener -- #}")
        #expect(noReason.reason == nil)
        #expect(noReason.ruleIDs == ["link-shortener"])
    }

    @Test func malformedAndNonDirectiveComments() throws {
        let typo = try Self.only("{# spamlint-disable-nextline link-shortener #}")
        #expect(typo.scope == nil)
        #expect(typo.keyword == "spamlint-disable-nextline")
        // Prose that mentions spamlint is not a directive; neither are other comments.
        #expect(Self.directives("{# we used to spamlint-disable-file here #}<!-- spamlint rocks --><!--[if mso]><p>x</p><![endif]-->").isEmpty)
        // An unclosed comment is not a comment, so no directive.
        #expect(Self.directives("<p>x</p>{# spamlint-disable-file").isEmpty)
        let upper = try Self.only("{# SPAMLINT-DISABLE-FILE #}")
        #expect(upper.scope == .file)
    }

    @Test func multiLineCommentsKnowWhereTheyStartAndEnd() throws {
        let template = try Self.only("<p>one</p>\n  {{!--\n  spamlint-disable-next-line link-shortener\n  -- why\n--}}\n<p>x</p>")
        #expect(template.position == SourcePosition(line: 2, column: 3))
        #expect(template.endLine == 5)
        let html = try Self.only("<p>one</p>\n  <!--\n  spamlint-disable-next-line link-shortener\n  -- why\n-->\n<p>x</p>")
        #expect(html.position == SourcePosition(line: 2, column: 3))
        #expect(html.endLine == 5)
        #expect(html.reason == "why")
    }

    @Test func frontMatterDoesNotShiftLines() throws {
        let directive = try Self.only("---\nsubject: Hi\n---\n<p>x</p>\n{# spamlint-disable-next-line link-shortener #}\n")
        #expect(directive.position.line == 5)
    }

    @Test func htmlCommentsInAMessageHTMLPartCount() throws {
        let message = """
            From: Acme <news@acme.example>
            Subject: Hi
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            <html><body>
            <!-- spamlint-disable-next-line link-shortener -- partner -->
            <p><a href="https://bit.ly/x">x</a></p>
            </body></html>
            """
        let directive = try Self.only(message)
        #expect(directive.syntax == .html)
        #expect(directive.position.line == 7)
        #expect(directive.endLine == 7)
    }

    @Test func plainTextTemplatesReadTemplateComments() throws {
        let directive = try Self.only("Hello {{name}}\n{# spamlint-disable-next-line link-shortener #}\nhttps://bit.ly/x\n")
        #expect(directive.position.line == 2)
    }
}
