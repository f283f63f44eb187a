import CLibXML2

/// Parses HTML with libxml2 and copies the tree into an `HTMLTree` at once.
///
/// Never reaches the network (`HTML_PARSE_NONET`), loads no external entity, and recovers from
/// any malformed input instead of failing: email HTML is hostile and rarely valid.
public enum HTMLTreeParser {
    /// Parses UTF-8 encoded HTML. Returns an empty tree when libxml2 could not build a document.
    public static func parse(utf8 bytes: [UInt8]) -> HTMLTree {
        guard !bytes.isEmpty else { return HTMLTree() }
        spamlint_silenceErrors()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue
            // Without NODEFDTD libxml2 adds an implied DOCTYPE, and hasDoctype would always be true.
            | HTML_PARSE_NODEFDTD.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count), "", "UTF-8", options)
            }
        }
        guard let document else { return HTMLTree() }
        defer { xmlFreeDoc(document) }
        return copyTree(of: document)
    }

    private static func copyTree(of document: htmlDocPtr) -> HTMLTree {
        var tree = HTMLTree(hasDoctype: document.pointee.intSubset != nil)
        // Iterative walk: a document nested thousands of levels deep must not exhaust the stack.
        var pending: [(node: xmlNodePtr, parent: Int?)] = []
        var child = document.pointee.children
        var topLevel: [xmlNodePtr] = []
        while let current = child {
            topLevel.append(current)
            child = current.pointee.next
        }
        for node in topLevel.reversed() { pending.append((node, nil)) }
        while let (node, parent) = pending.popLast() {
            guard let copied = copy(node, parent: parent) else { continue }
            let index = tree.nodes.count
            tree.nodes.append(copied)
            if let parent { tree.nodes[parent].children.append(index) } else { tree.roots.append(index) }
            guard copied.kind == .element else { continue }
            var children: [xmlNodePtr] = []
            var next = node.pointee.children
            while let current = next {
                children.append(current)
                next = current.pointee.next
            }
            for childNode in children.reversed() { pending.append((childNode, index)) }
        }
        return tree
    }

    private static func copy(_ node: xmlNodePtr, parent: Int?) -> HTMLNode? {
        let line = Int(xmlGetLineNo(node))
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            return HTMLNode(kind: .element, name: string(node.pointee.name).lowercased(),
                            attributes: attributes(of: node), line: max(line, 0), parent: parent)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return HTMLNode(kind: .text, text: string(node.pointee.content), line: max(line, 0), parent: parent)
        case XML_COMMENT_NODE:
            return HTMLNode(kind: .comment, text: string(node.pointee.content), line: max(line, 0), parent: parent)
        default:
            return nil
        }
    }

    private static func attributes(of node: xmlNodePtr) -> [HTMLAttribute] {
        var result: [HTMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = string(current.pointee.name).lowercased()
            var value = ""
            if let children = current.pointee.children {
                if children.pointee.next == nil, children.pointee.type == XML_TEXT_NODE {
                    value = string(children.pointee.content)
                } else if let joined = xmlNodeListGetString(node.pointee.doc, children, 1) {
                    value = String(cString: joined)
                    spamlint_xmlFree(joined)
                }
            }
            result.append(HTMLAttribute(name: name, value: value))
            attribute = current.pointee.next
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
