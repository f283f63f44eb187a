import SpamLintInterop

/// Builds the HTML tree an MJML document compiles to, node by node in document order (a parent
/// always before its children), every node carrying the `.mjml` line it comes from.
struct MJMLTreeWriter {
    private(set) var tree = HTMLTree()

    /// Appends an element and returns its index. Attributes with a nil value are left out.
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], line: Int, parent: Int?) -> Int {
        let first = tree.attributes.count
        for (attributeName, value) in attributes {
            guard let value else { continue }
            tree.attributes.append(HTMLAttribute(name: attributeName, value: value))
        }
        tree.nodes.append(HTMLNode(kind: .element, name: name, attributeRange: first..<tree.attributes.count, line: line, parent: parent))
        return tree.nodes.count - 1
    }

    /// Appends a copy of `node` of `source` (an HTML element, text or comment inside the MJML) under `parent`.
    mutating func copy(_ node: HTMLNode, of source: HTMLTree, parent: Int?) -> Int {
        var copied = node
        copied.parent = parent
        if node.kind == .element {
            let first = tree.attributes.count
            tree.attributes.append(contentsOf: source.attributes(of: node))
            copied.attributeRange = first..<tree.attributes.count
        }
        tree.nodes.append(copied)
        return tree.nodes.count - 1
    }

    mutating func text(_ text: String, line: Int, parent: Int?) {
        tree.nodes.append(HTMLNode(kind: .text, text: text, line: line, parent: parent))
    }

    mutating func setDoctype() { tree.hasDoctype = true }
}
