/// Which element of which HTML body each finding is about, worked out from the document model:
/// rules report a link, image, hidden block or notable element at that item's position, and the
/// item knows its start tag (`tagOffset`). Where several items share a position (a body whose
/// lines do not map, column 0), the one whose URL is the finding's evidence is taken.
struct FindingPlacement {
    struct Target: Hashable {
        var body: Int
        var tagOffset: Int
        var reveal: Bool
    }

    private struct Candidate {
        var target: Target
        var evidence: [String]
    }

    private var candidates: [SourcePosition: [Candidate]] = [:]

    init(_ document: EmailDocument) {
        for (index, body) in document.htmlBodies.enumerated() {
            for link in body.links {
                add(link.position, link.tagOffset, body: index, evidence: [link.href, link.text])
            }
            for image in body.images where !image.isHidden {
                add(image.position, image.tagOffset, body: index, evidence: [image.src])
            }
            for hidden in body.hiddenTexts {
                add(hidden.position, hidden.tagOffset, body: index, evidence: [hidden.text], reveal: true)
            }
            for element in body.notableElements {
                add(element.position, element.tagOffset, body: index, evidence: [element.detail, element.name])
            }
        }
    }

    private mutating func add(_ position: SourcePosition, _ tagOffset: Int?, body: Int, evidence: [String], reveal: Bool = false) {
        guard let tagOffset else { return }
        candidates[position, default: []].append(Candidate(target: Target(body: body, tagOffset: tagOffset, reveal: reveal), evidence: evidence))
    }

    /// The element `finding` is about, or nil (a header, something missing, text the model keeps no element for).
    func target(of finding: Finding) -> Target? {
        guard let found = candidates[finding.position], !found.isEmpty else { return nil }
        let evidence = finding.evidence
        if let exact = found.first(where: { candidate in candidate.evidence.contains { !$0.isEmpty && !evidence.isEmpty && ($0 == evidence || evidence.contains($0) || $0.contains(evidence)) } }) {
            return exact.target
        }
        // Without matching evidence, only a position that names one element is trusted.
        let targets = Set(found.map(\.target))
        return targets.count == 1 ? targets.first : nil
    }
}
