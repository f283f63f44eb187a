/// Names a partial or layout that a template pulls in but spamlint could not find, since the
/// footer checks then stay silent rather than report what the partial may well provide.
struct TemplateIncludeUnresolvedRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "template-include-unresolved", name: "Partial or layout not found", category: .content, severity: .info, score: 0,
        summary: "The template includes a partial or layout that could not be found, so the checks for an unsubscribe link and a postal address were skipped.",
        rationale: """
            Footers (unsubscribe link, postal address) usually live in a shared partial or layout: `{{> footer}}`, \
            `{% include "footer.html" %}`, `{% render 'footer' %}`, `{{ template "footer" . }}`, `<mj-include>`, a \
            `layout:` key. spamlint looks for it in the `partials:` folders of `.spamlint.yml`, then beside the \
            template and in each folder above it (with `partials/`, `_includes/`, `layouts/`, `snippets/`… \
            sub-folders), up to the repository root, at most \(TemplateInclude.maxDepth) partials deep and \
            \(TemplateInclude.maxPerFile) per file. When it cannot find one it does not guess: the footer \
            checks are skipped and this note says why.
            """,
        fix: "List the folder that holds your partials under `partials:` in .spamlint.yml, or lint the rendered HTML.",
        triggeringExamples: [
            RuleExample("<body><p>Your weekly news.</p>{{> footer}}</body>"),
            RuleExample("<body><p>Your weekly news.</p>{% include 'footer.html' %}</body>"),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<body><p>Your weekly news.</p><a href="{{ unsubscribe_url }}">Unsubscribe</a></body>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.includes.compactMap { include in
            guard let reason = include.unresolved else { return nil }
            return Violation("\(include.written) was not read (\(Self.explanation(reason))); the footer checks were skipped",
                             evidence: include.name, at: include.position)
        } + document.includes.flatMap { include in
            // A partial's own missing partial is reported at the reference that led to it.
            include.documents.flatMap { partial in
                TemplateComposition.unresolvedIncludes(partial).map { nested in
                    Violation("\(include.written) includes \(nested.written), which was not read (\(Self.explanation(nested.unresolved ?? .notFound))); the footer checks were skipped",
                              evidence: nested.name, at: include.position)
                }
            }
        }
    }

    static func explanation(_ reason: TemplateInclude.Unresolved) -> String {
        switch reason {
        case .notFound: "not found in the partials folders, beside the template or above it"
        case .dynamicName: "its name is computed when the template renders"
        case .depthLimit: "more than \(TemplateInclude.maxDepth) partials deep"
        case .countLimit: "more than \(TemplateInclude.maxPerFile) includes in one file"
        case .unreadable: "the file could not be read or is over the size limit"
        case .noFolder: "read from standard input, there is no folder to look in"
        }
    }
}
