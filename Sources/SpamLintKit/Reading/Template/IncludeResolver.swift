import SpamLintInterop

/// Follows the partials and layouts a template refers to and reads each as a template of its own,
/// within the stated limits (`TemplateInclude.maxDepth`, `TemplateInclude.maxPerFile`, the file
/// size limit). What cannot be followed is kept with the reason, never dropped.
enum IncludeResolver {
    static func includes(of masked: MaskedTemplate, source: [UInt8], headers: HeaderList,
                         settings: ReadSettings, isMJML: Bool) -> [TemplateInclude] {
        let found = IncludeReferenceScanner.references(in: masked, source: source)
        let positions = positions(ofSortedOffsets: found.map(\.offset), in: source)
        var references = zip(found, positions).map { reference, position in (reference.name, reference.syntax, position) }
        if let layout = headers.first("layout") {
            references.insert((layout.value.trimmingWhitespace(), .layout, layout.position), at: 0)
        }
        let locator = PartialLocator(partialFolders: settings.partialFolders)
        var includes: [TemplateInclude] = []
        for (index, (name, syntax, position)) in references.enumerated() {
            // A layout's `{{> body}}` is the page being read, not a file.
            if settings.readingLayout, syntax == .handlebarsPartial, name == "body" { continue }
            var include = TemplateInclude(name: name ?? "", syntax: syntax, position: position)
            guard index < TemplateInclude.maxPerFile else {
                include.unresolved = .countLimit
                includes.append(include)
                continue
            }
            guard let name, !name.isEmpty else {
                include.unresolved = .dynamicName
                includes.append(include)
                continue
            }
            guard let templatePath = settings.templatePath else {
                include.unresolved = .noFolder
                includes.append(include)
                continue
            }
            guard let path = locator.locate(name, syntax: syntax, from: templatePath) else {
                include.unresolved = .notFound
                includes.append(include)
                continue
            }
            includes.append(read(include, at: path, isLayout: syntax == .layout || syntax == .extends, settings: settings))
        }
        // A Panini page without <html> is wrapped in the default layout; an MJML page never is (it compiles to a whole page).
        if !isMJML, let templatePath = settings.templatePath, settings.includeChain.isEmpty, headers.first("layout") == nil,
           !TemplateReader.containsHTMLElement(masked.html), let layout = locator.paniniDefaultLayout(for: templatePath) {
            let include = TemplateInclude(name: "default", syntax: .layout, position: .start)
            includes.insert(read(include, at: layout, isLayout: true, settings: settings), at: 0)
        }
        return includes
    }

    private static func read(_ include: TemplateInclude, at path: String, isLayout: Bool, settings: ReadSettings) -> TemplateInclude {
        var include = include
        include.resolvedPath = path
        let chain = settings.includeChain + [settings.templatePath].compactMap { $0 }.map(PartialLocator.canonical)
        // A partial that includes a file already being read adds nothing new: its content is on the way.
        if chain.contains(path) { return include }
        guard chain.count < TemplateInclude.maxDepth else {
            include.unresolved = .depthLimit
            return include
        }
        guard case .bytes(let bytes) = RegularFileReader.read(path, limit: settings.partialSizeLimit) else {
            include.unresolved = .unreadable
            return include
        }
        var partialSettings = settings.reading(path: path)
        partialSettings.includeChain = chain
        partialSettings.readingLayout = isLayout
        include.documents = [TemplateReader.read(bytes, settings: partialSettings)]
        return include
    }

    /// 1-based line and column (in scalars) of each byte offset, given in ascending order: one pass over the source.
    static func positions(ofSortedOffsets offsets: [Int], in source: [UInt8]) -> [SourcePosition] {
        var positions: [SourcePosition] = []
        var line = 1
        var lineStart = 0
        var scanned = 0
        for offset in offsets {
            let end = min(offset, source.count)
            while scanned < end {
                if source[scanned] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = scanned + 1
                }
                scanned += 1
            }
            let column = source[lineStart..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
            positions.append(SourcePosition(line: line, column: column))
        }
        return positions
    }
}
