/// A partial or layout that a template pulls in (`{{> footer}}`, `{% include "footer.html" %}`,
/// `{% render 'footer' %}`, `{{ template "footer" . }}`, `<mj-include path="…">`, a `layout:` key),
/// and what reading it found. The footer of a template often lives in such a file, so rules about
/// what a message must contain look at the resolved partials too, and stay quiet when one is missing.
@_spi(CLI) public struct TemplateInclude: Sendable, Hashable, Codable {
    /// The template syntax the reference is written in.
    @_spi(CLI) public enum Syntax: String, Sendable, Hashable, Codable {
        /// `{{> name}}`, `{{#> layout}}` (Handlebars, Mustache, Panini).
        case handlebarsPartial = "handlebars-partial"
        /// `{% include "name" %}` (Liquid, Jinja, HubL, Nunjucks, Twig, Django).
        case include
        /// `{% render 'name' %}`, `{% section 'name' %}` (Liquid, Shopify).
        case render
        /// `{% extends "base.html" %}` (Jinja, HubL, Nunjucks, Twig, Django).
        case extends
        /// `{{ template "name" . }}`, `{{ partial "name" . }}` (Go templates, Hugo).
        case goTemplate = "go-template"
        /// `<%= render 'name' %>`, `<%= render partial: 'name' %>` (ERB, Rails).
        case erbRender = "erb-render"
        /// `<mj-include path="…">` (MJML).
        case mjmlInclude = "mj-include"
        /// A front-matter `layout:` key (Panini, Jekyll, Eleventy), or Panini's `layouts/default.html`.
        case layout
    }

    /// Why a reference could not be followed.
    @_spi(CLI) public enum Unresolved: String, Sendable, Hashable, Codable {
        /// No file of that name in the configured partial folders, beside the template or above it.
        case notFound = "not-found"
        /// The name is computed when the template renders (`{{> (lookup . "x")}}`, `{% include var %}`).
        case dynamicName = "dynamic-name"
        /// Found, but deeper than `TemplateInclude.maxDepth` partials within partials.
        case depthLimit = "depth-limit"
        /// More references in one file than `TemplateInclude.maxPerFile`.
        case countLimit = "count-limit"
        /// Found, but it could not be read (too large, unreadable).
        case unreadable
        /// Read from standard input: there is no folder to look in.
        case noFolder = "no-folder"
    }

    /// Partials within partials followed at most (a deeper one is reported, not read).
    @_spi(CLI) public static let maxDepth = 8
    /// References followed per file at most (the rest are reported, not read).
    @_spi(CLI) public static let maxPerFile = 64

    /// The name as written (`footer`, `partials/footer.html`, `./partials/base.mjml`).
    @_spi(CLI) public var name: String
    @_spi(CLI) public var syntax: Syntax
    @_spi(CLI) public var position: SourcePosition
    /// The file it resolved to, as a path usable from where spamlint runs; nil when unresolved.
    @_spi(CLI) public var resolvedPath: String?
    /// Why it did not resolve; nil when it did.
    @_spi(CLI) public var unresolved: Unresolved?
    /// The partial read as a template (one element when resolved, none otherwise; an array so the
    /// type can hold itself).
    @_spi(CLI) public var documents: [EmailDocument]

    @_spi(CLI) public init(name: String, syntax: Syntax, position: SourcePosition, resolvedPath: String? = nil,
                unresolved: Unresolved? = nil, documents: [EmailDocument] = []) {
        self.name = name
        self.syntax = syntax
        self.position = position
        self.resolvedPath = resolvedPath
        self.unresolved = unresolved
        self.documents = documents
    }

    /// The reference as a template author would recognise it in a message.
    @_spi(CLI) public var written: String {
        switch syntax {
        case .handlebarsPartial: "{{> \(name)}}"
        case .include: "{% include \"\(name)\" %}"
        case .render: "{% render '\(name)' %}"
        case .extends: "{% extends \"\(name)\" %}"
        case .goTemplate: "{{ template \"\(name)\" . }}"
        case .erbRender: "<%= render '\(name)' %>"
        case .mjmlInclude: "<mj-include path=\"\(name)\">"
        case .layout: "layout: \(name)"
        }
    }
}
