import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct TemplateMaskerTests {
        private func mask(_ text: String) -> MaskedTemplate { TemplateMasker.mask(Array(text.utf8)) }

        @Test(arguments: [
            ("{{ x }}", TemplateSpan.Role.output),
            ("{{x}}", .output),
            ("{{{ x }}}", .output),
            ("{{{body}}}", .output),
            ("{{! c }}", .comment),
            ("{{!-- c --}}", .comment),
            ("{{!-- has }} inside --}}", .comment),
            ("{{#each items}}", .control),
            ("{{/each}}", .control),
            ("{{else}}", .control),
            ("{{ else }}", .control),
            ("{{~#if a~}}", .control),
            ("{{> partial}}", .control),
            ("{{ contact.firstname }}", .output),
            // Braze attributes close their `${` with the first brace of `}}}`.
            ("{{${first_name}}}", .output),
            ("{{content_blocks.${footer_block}}}", .output),
            ("{{${first_name} | default: 'there'}}", .output),
            ("{{ TrackLink \"https://acme.example/\" . }}", .output),
            ("{% if a %}", .control),
            ("{% endif %}", .control),
            ("{# c #}", .comment),
            ("{% comment %}A note <p>with markup</p>{% endcomment %}", .comment),
            ("{%- comment -%}\nnote\n{%- endcomment -%}", .comment),
            ("*|FNAME|*", .output),
            ("*|UNSUB|*", .output),
            ("*|IF:X|*", .control),
            ("*|END:IF|*", .control),
            ("*|ELSE:|*", .control),
            ("%%FirstName%%", .output),
            ("%%=RedirectTo(@u)=%%", .output),
            ("%%[ set @a = 1 ]%%", .control),
            ("<%= x %>", .output),
            ("<% if x %>", .control),
            ("<%# c %>", .comment),
            ("<%asm_group_unsubscribe_raw_url%>", .output),
        ])
        func everySyntaxIsOneSpanWithItsRole(tag: String, role: TemplateSpan.Role) {
            let source = "<p>A " + tag + " B</p>"
            let masked = mask(source)
            #expect(masked.spans.count == 1)
            #expect(masked.spans.first?.text == tag)
            #expect(masked.spans.first?.role == role)
            let start = "<p>A ".utf8.count
            #expect(masked.spans.first?.range == start..<(start + tag.utf8.count))
            let html = String(decoding: masked.html, as: UTF8.self)
            #expect(!html.contains(tag))
            #expect(html.hasPrefix("<p>A ") && html.hasSuffix(" B</p>"))
            if role == .output {
                #expect(masked.placeholders == [tag])
                #expect(html == "<p>A sltpl0q B</p>")
            } else {
                #expect(masked.placeholders.isEmpty)
                // Control tags and comments become blanks of the same length.
                #expect(masked.html.count == source.utf8.count)
            }
            if role == .output { #expect(masked.restore(html) == source) }
        }

        @Test(arguments: [
            "Save 100%% off today",
            "Save 100%% off today and 50%% more",
            "Save 100%% off, plus 20%% more",
            "width: 100%%",
            "a {{ b",
            "*| not a tag |*",
            "{ { x } }",
            "50% <% of %",
        ])
        func textThatIsNotATagIsLeftAlone(text: String) {
            let masked = mask(text)
            #expect(masked.spans.isEmpty)
            #expect(masked.html == Array(text.utf8))
        }

        @Test func newlinesInsideTagsAreKept() {
            let source = "<p>{{!--\nline two\n--}}</p>\n<a href=\"{{ url\n }}\">x</a>\n{% if a\n %}\n<b>*|FNAME|*</b>"
            let masked = mask(source)
            let html = String(decoding: masked.html, as: UTF8.self)
            #expect(html.split(separator: "\n", omittingEmptySubsequences: false).count
                == source.split(separator: "\n", omittingEmptySubsequences: false).count)
            let lines = html.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.last == "<b>sltpl1q</b>")
            #expect(masked.spans.map(\.role) == [.comment, .output, .control, .output])
        }

        @Test func restoreRoundTripsEveryOutputTag() {
            let source = "Hi {{ first }} {{{ raw }}} *|FNAME|* %%Last%% <%= x %> <%body%> {{ contact.firstname }}"
            let masked = mask(source)
            #expect(masked.placeholders.count == 7)
            #expect(masked.restore(String(decoding: masked.html, as: UTF8.self)) == source)
            #expect(masked.leadingPlaceholder(of: "  sltpl2q/path") == "*|FNAME|*")
            #expect(masked.leadingPlaceholder(of: "https://x/sltpl2q") == nil)
            #expect(masked.leadingPlaceholder(of: "sltpl99q") == nil)
        }

        @Test func restoreLeavesUnknownTokensAndPlainTextAlone() {
            let masked = mask("{{ a }}")
            #expect(masked.restore("sltpl5q and sltplxq and sltpl0") == "sltpl5q and sltplxq and sltpl0")
            #expect(masked.restore("plain") == "plain")
            #expect(masked.restore("sltpl0qsltpl0q") == "{{ a }}{{ a }}")
        }

        @Test func unclosedTagAtEndOfFileIsNotATag() {
            for source in ["<p>Hi {{", "<p>Hi {{ name", "{%", "*|", "<%", "%%[", "{{!--", "{{{", "x{"] {
                let masked = mask(source)
                #expect(masked.spans.isEmpty, "\(source)")
                #expect(masked.html == Array(source.utf8))
            }
        }

        @Test func emptyInputMasksToNothing() {
            let masked = mask("")
            #expect(masked.html.isEmpty && masked.spans.isEmpty && masked.placeholders.isEmpty)
        }
    }
}
