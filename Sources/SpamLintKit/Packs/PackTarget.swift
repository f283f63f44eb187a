/// The part of a message a pack matcher looks at. Each target yields zero or more values.
@_spi(CLI) public enum PackTarget: String, Sendable, Hashable, CaseIterable {
    case subject
    case fromAddress = "from-address"
    case fromName = "from-name"
    case fromDomain = "from-domain"
    case replyTo = "reply-to"
    case replyToDomain = "reply-to-domain"
    /// Any header field, named by the matcher's `header:` key (front-matter keys for templates).
    case header
    case linkHost = "link-host"
    case linkDomain = "link-domain"
    case linkURL = "link-url"
    case linkText = "link-text"
    case imageSrc = "image-src"
    case imageAlt = "image-alt"
    /// Visible text of HTML bodies and text of text/plain bodies.
    case bodyText = "body-text"
    /// HTML bodies as written (template syntax kept, transfer encoding undone).
    case rawHTML = "raw-html"

    /// The values of this target in `document`, in document order.
    func items(in document: EmailDocument, header: String?) -> [PackItem] {
        switch self {
        case .subject:
            return document.subject.map { [PackItem(value: $0, position: document.headers.first("subject")?.position ?? .start)] } ?? []
        case .fromAddress:
            return document.from.map { PackItem(value: $0.address, position: $0.position) }
        case .fromName:
            return document.from.compactMap { mailbox in mailbox.displayName.map { PackItem(value: $0, position: mailbox.position) } }
        case .fromDomain:
            return document.from.map { PackItem(value: $0.domain, position: $0.position) }
        case .replyTo:
            return document.replyTo.map { PackItem(value: $0.address, position: $0.position) }
        case .replyToDomain:
            return document.replyTo.map { PackItem(value: $0.domain, position: $0.position) }
        case .header:
            return document.headers.all(header ?? "").map { PackItem(value: $0.value, position: $0.position) }
        case .linkHost:
            return document.bodyLinks.compactMap { link in link.host.map { PackItem(value: $0, position: link.position, url: link.href) } }
        case .linkDomain:
            return document.bodyLinks.compactMap { link in
                link.organizationalDomain.map { PackItem(value: $0, position: link.position, url: link.href) }
            }
        case .linkURL:
            return document.bodyLinks.map { PackItem(value: $0.href, position: $0.position, url: $0.href) }
        case .linkText:
            return document.bodyLinks.filter { !$0.text.isEmpty }.map { PackItem(value: $0.text, position: $0.position, url: $0.href) }
        case .imageSrc:
            return document.images.map { PackItem(value: $0.src, position: $0.position, url: $0.src) }
        case .imageAlt:
            return document.images.compactMap { image in
                image.alt.flatMap { $0.isEmpty ? nil : PackItem(value: $0, position: image.position, url: image.src) }
            }
        case .bodyText:
            let html = document.htmlBodies.map { PackItem(value: $0.visibleText, position: $0.position, locator: SourceLocator(body: $0)) }
            let text = document.textBodies.map { PackItem(value: $0.text, position: $0.position, isAlternativeText: !document.htmlBodies.isEmpty) }
            return html + text
        case .rawHTML:
            return document.htmlBodies.map { PackItem(value: $0.source, position: $0.position, locator: SourceLocator(body: $0), valueIsSource: true) }
        }
    }
}
