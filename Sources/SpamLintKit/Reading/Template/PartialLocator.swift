import Foundation
import SpamLintInterop

/// Finds the file a partial or layout name refers to, the way template engines look for them:
/// first in the configured partial folders (`partials:` in `.spamlint.yml`), then beside the
/// template and in each folder above it (up to the repository root, the folder holding `.git`),
/// each folder also with the conventional sub-folders (`partials/`, `_includes/`, `layouts/`,
/// `snippets/`…). A name without an extension is tried with the template's own extension and the
/// common template extensions; a Rails name also as `_name`.
struct PartialLocator: Sendable {
    /// Folders above the template searched at most, so a template outside any repository does not walk to `/`.
    static let maxParentFolders = 12
    static let conventionalSubfolders = ["", "partials", "_partials", "includes", "_includes", "layouts", "_layouts",
                                         "snippets", "sections", "templates", "components"]
    static let templateExtensions = [".html", ".htm", ".hbs", ".handlebars", ".mustache", ".liquid", ".j2", ".jinja",
                                     ".jinja2", ".njk", ".twig", ".hubl", ".tpl", ".tmpl", ".gohtml", ".erb", ".html.erb",
                                     ".mjml"]

    /// The configured folders, absolute.
    var partialFolders: [String]

    /// The file `name` refers to from a template at `templatePath`, as a path relative to the
    /// working directory when it lies below it (absolute otherwise); nil when nothing matches.
    func locate(_ name: String, syntax: TemplateInclude.Syntax, from templatePath: String) -> String? {
        let templateFile = Self.normalized(Self.absolute(templatePath))
        let templateFolder = Self.folder(of: templateFile)
        let ownExtension = Self.templateExtension(of: templatePath)
        let fileNames = Self.candidateFileNames(for: name, syntax: syntax, ownExtension: ownExtension)
        // A name written relative to the template (`./footer.mjml`, `../partials/footer.html`) means that folder first.
        if name.hasPrefix("./") || name.hasPrefix("../") {
            for fileName in fileNames {
                let path = Self.normalized(templateFolder + "/" + fileName)
                if Self.isRegularFile(path) { return Self.display(path) }
            }
        }
        let subfolders = syntax == .layout ? ["layouts", "_layouts", ""] : Self.conventionalSubfolders
        for folder in partialFolders + Self.foldersUpward(from: templateFolder) {
            for subfolder in subfolders {
                let base = subfolder.isEmpty ? folder : folder + "/" + subfolder
                for fileName in fileNames {
                    let path = Self.normalized(base + "/" + fileName)
                    if path != templateFile, Self.isRegularFile(path) { return Self.display(path) }
                }
            }
        }
        return nil
    }

    /// Panini's convention: a page in `…/pages/` without a `layout:` key is rendered in `…/layouts/default.html`.
    func paniniDefaultLayout(for templatePath: String) -> String? {
        let components = Self.absolute(templatePath).split(separator: "/", omittingEmptySubsequences: false)
        guard let pages = components.lastIndex(of: "pages"), pages > 0 else { return nil }
        let root = components[..<pages].joined(separator: "/")
        let layout = Self.normalized(root + "/layouts/default.html")
        return Self.isRegularFile(layout) ? Self.display(layout) : nil
    }

    static func candidateFileNames(for name: String, syntax: TemplateInclude.Syntax, ownExtension: String?) -> [String] {
        let name = name.hasPrefix("/") ? String(name.dropFirst()) : name
        var names: [String] = []
        func add(_ candidate: String) { if !names.contains(candidate) { names.append(candidate) } }
        let lastComponent = name.split(separator: "/").last.map(String.init) ?? name
        let hasExtension = lastComponent.contains(".")
        add(name)
        if !hasExtension {
            for fileExtension in [ownExtension].compactMap({ $0 }) + templateExtensions { add(name + fileExtension) }
        }
        if syntax == .erbRender {
            // Rails: `render 'shared/footer'` is `shared/_footer.html.erb`.
            let folder = name.contains("/") ? String(name[..<name.lastIndex(of: "/")!]) + "/" : ""
            for fileExtension in [".html.erb", ".erb", ""] { add(folder + "_" + lastComponent + fileExtension) }
        }
        return names
    }

    /// The template extension of a path (`.html`, `.html.erb`, `.liquid`), if it has one.
    static func templateExtension(of path: String) -> String? {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        if fileName.hasSuffix(".html.erb") { return ".html.erb" }
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        return String(fileName[dot...])
    }

    /// The template's folder and each folder above it, up to the one holding `.git` or `maxParentFolders` up.
    static func foldersUpward(from folder: String) -> [String] {
        var folders: [String] = []
        var current = folder
        for _ in 0...maxParentFolders {
            folders.append(current)
            if isPresent(current + "/.git") || current == "/" || current.isEmpty { break }
            current = Self.folder(of: current)
        }
        return folders
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `a/./b/../c` as `a/c`, without touching the file system.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    /// One spelling of a path (`./emails/a.hbs`, `emails/a.hbs` and its absolute form are one file), for
    /// telling whether a partial is already being read.
    static func canonical(_ path: String) -> String { display(normalized(absolute(path))) }

    /// Below the working directory a path is shown relative to it, as the user's other paths are.
    static func display(_ path: String) -> String {
        let workingDirectory = normalized(FileManager.default.currentDirectoryPath) + "/"
        return path.hasPrefix(workingDirectory) ? String(path.dropFirst(workingDirectory.count)) : path
    }

    private static func isRegularFile(_ path: String) -> Bool {
        if case .success(let status) = FileStatus.of(path, followingLinks: true) { return status.kind == .regular }
        return false
    }

    private static func isPresent(_ path: String) -> Bool {
        if case .success = FileStatus.of(path, followingLinks: true) { return true }
        return false
    }
}
