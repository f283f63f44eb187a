/// A template together with the partials and layouts it pulls in: what the recipient receives is
/// the composition, so rules about what a message must contain (an unsubscribe link, a postal
/// address) ask it, not the one file.
enum TemplateComposition {
    /// The document and every partial read within it, outermost first.
    static func documents(_ document: EmailDocument) -> [EmailDocument] {
        guard !document.includes.isEmpty else { return [document] }
        return [document] + document.includes.flatMap { $0.documents.flatMap(documents) }
    }

    /// The references that could not be followed, in the document and in its partials.
    static func unresolvedIncludes(_ document: EmailDocument) -> [TemplateInclude] {
        documents(document).flatMap { $0.includes.filter { $0.unresolved != nil } }
    }

    /// True when part of the message may come from a partial that was not read, so a missing footer
    /// item cannot be told from one that the partial provides.
    static func mayLackParts(_ document: EmailDocument) -> Bool { !unresolvedIncludes(document).isEmpty }
}
