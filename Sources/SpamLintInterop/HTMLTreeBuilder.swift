import CLibXML2

/// Builds an `HTMLTree` from libxml2's SAX events, as libxml2's own tree builder (SAX2.c) would
/// build its tree, without that tree: no node of libxml2's is allocated, and nothing limits the depth
/// (libxml2's tree builder stops at 256 levels and drops the rest of the document).
///
/// What it keeps of SAX2.c's rules, so that the tree is the one libxml2 built before:
/// - adjacent character data under one parent is one text node, numbered by the line libxml2 was on
///   at its first chunk; `<script>`/`<style>` content (CDATA blocks) is one node, numbered as its
///   previous sibling or else its parent;
/// - text outside every element is dropped (whitespace before `<html>`); comments there are kept;
/// - a comment is numbered by the line it ends on.
final class HTMLTreeBuilder {
    private(set) var tree = HTMLTree()
    /// Open elements: the node index and the line of its last child so far (processing instructions,
    /// which the tree leaves out, count).
    private var open: [(node: Int, lastChildLine: Int?)] = []
    /// Character data of the last node while it is a text node, joined when another event comes.
    /// The document's first child (the DOCTYPE counts, as a non-element) and whether it is an element.
    private var firstTopLevel: Int?
    private var firstTopLevelIsElement = false
    private var hasTopLevel = false
    private var pendingText: [UInt8] = []
    private var pendingNode: Int?
    private var pendingIsCDATA = false
    private var mismatchWork = 0
    /// Element and attribute names are interned by libxml2: one Swift string per distinct pointer.
    private var names: [UnsafePointer<xmlChar>: String] = [:]
    private var elementNames: [UnsafePointer<xmlChar>: String] = [:]

    func startElement(_ name: UnsafePointer<xmlChar>?, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, line: Int) {
        flushText()
        let first = tree.attributes.count
        if var pair = attributes {
            while let attributeName = pair[0] {
                // libxml2's tree gives a boolean attribute written bare (`<hr noshade>`) its name as value.
                let value = pair[1].map { String(cString: $0) } ?? (htmlIsBooleanAttr(attributeName) != 0 ? interned(attributeName) : "")
                tree.attributes.append(HTMLAttribute(name: interned(attributeName), value: value))
                pair += 2
            }
        }
        // With no element open, libxml2's tree builder puts a new element under the document's first
        // child when that is an element (the first <html>), else beside it at the top level.
        let parent = open.last?.node ?? (firstTopLevelIsElement ? firstTopLevel : nil)
        let index = append(HTMLNode(kind: .element, name: name.map(elementName) ?? "", attributeRange: first..<tree.attributes.count,
                                    line: line, parent: parent))
        open.append((index, nil))
    }

    func endElement() {
        flushText()
        if !open.isEmpty { open.removeLast() }
    }

    func characters(_ bytes: UnsafePointer<xmlChar>?, count: Int, line: Int, isCDATA: Bool) {
        guard let bytes, count > 0, let parent = open.last else { return }
        if pendingNode == nil || pendingIsCDATA != isCDATA {
            flushText()
            let nodeLine = isCDATA ? (parent.lastChildLine ?? tree.nodes[parent.node].line) : line
            pendingNode = append(HTMLNode(kind: .text, line: nodeLine, parent: parent.node))
            pendingIsCDATA = isCDATA
        }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    func comment(_ text: UnsafePointer<xmlChar>?, line: Int) {
        flushText()
        append(HTMLNode(kind: .comment, text: text.map { String(cString: $0) } ?? "", line: line, parent: open.last?.node))
    }

    /// libxml2 makes the DOCTYPE the document's first child wherever it stands.
    func doctype() {
        tree.hasDoctype = true
        hasTopLevel = true
        firstTopLevelIsElement = false
    }

    /// A processing instruction: not in the tree, but a node of libxml2's that ends a text node.
    func processingInstruction(line: Int) {
        flushText()
        if open.isEmpty {
            if !hasTopLevel { hasTopLevel = true }
        } else {
            open[open.count - 1].lastChildLine = line
        }
    }

    /// Counts the open elements libxml2 searched for an end tag that matched none; true (stop the
    /// parser) once past `budget`, the line recorded in the tree.
    func addMismatchWork(_ depth: Int, line: Int, budget: Int) -> Bool {
        guard tree.stop == nil else { return true }
        mismatchWork += depth
        guard mismatchWork > budget else { return false }
        tree.stop = HTMLParseStop(line: line, depth: depth)
        return true
    }

    func finish() -> HTMLTree {
        flushText()
        return tree
    }

    @discardableResult
    private func append(_ node: HTMLNode) -> Int {
        let index = tree.nodes.count
        tree.nodes.append(node)
        if !open.isEmpty {
            open[open.count - 1].lastChildLine = node.line
        } else if !hasTopLevel {
            hasTopLevel = true
            firstTopLevel = index
            firstTopLevelIsElement = node.kind == .element
        }
        return index
    }

    private func flushText() {
        guard let node = pendingNode else { return }
        tree.nodes[node].text = String(decoding: pendingText, as: UTF8.self)
        pendingText.removeAll(keepingCapacity: true)
        pendingNode = nil
    }

    /// An element's name as libxml2's tree has it: `o:p` is `p` (xmlSplitQName keeps the local part,
    /// everything after the first colon, unless the colon comes first or last).
    private func elementName(_ pointer: UnsafePointer<xmlChar>) -> String {
        if let name = elementNames[pointer] { return name }
        var name = interned(pointer)
        if let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")), colon != name.utf8.startIndex,
           name.utf8.index(after: colon) != name.utf8.endIndex {
            name = String(name[name.utf8.index(after: colon)...])
        }
        elementNames[pointer] = name
        return name
    }

    private func interned(_ pointer: UnsafePointer<xmlChar>) -> String {
        if let name = names[pointer] { return name }
        let name = HTMLTreeParser.lowercasedName(pointer)
        names[pointer] = name
        return name
    }
}
