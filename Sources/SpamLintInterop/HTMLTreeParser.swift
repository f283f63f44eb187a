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
        // Pre-order walk along libxml2's own child/sibling/parent links: no recursion (a document
        // nested thousands of levels deep must not exhaust the stack) and no per-element arrays.
        // `ancestors` holds the copied index of each element descended into.
        var ancestors: [Int] = []
        var next = document.pointee.children
        while let node = next {
            let index = tree.nodes.count
            if append(node, parent: ancestors.last, to: &tree), node.pointee.type == XML_ELEMENT_NODE,
               let firstChild = node.pointee.children {
                ancestors.append(index)
                next = firstChild
                continue
            }
            // No children to visit: the next sibling, else the next sibling of the nearest ancestor that has one.
            var finished = node
            next = nil
            while true {
                if let sibling = finished.pointee.next {
                    next = sibling
                    break
                }
                guard !ancestors.isEmpty, let parent = finished.pointee.parent else { break }
                ancestors.removeLast()
                finished = parent
            }
        }
        return tree
    }

    /// Appends a copy of `node` (and of its attributes); false for node types the tree leaves out.
    private static func append(_ node: xmlNodePtr, parent: Int?, to tree: inout HTMLTree) -> Bool {
        let line = max(Int(xmlGetLineNo(node)), 0)
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let first = tree.attributes.count
            appendAttributes(of: node, to: &tree.attributes)
            tree.nodes.append(HTMLNode(kind: .element, name: lowercasedName(node.pointee.name),
                                       attributeRange: first..<tree.attributes.count, line: line, parent: parent))
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            tree.nodes.append(HTMLNode(kind: .text, text: string(node.pointee.content), line: line, parent: parent))
        case XML_COMMENT_NODE:
            tree.nodes.append(HTMLNode(kind: .comment, text: string(node.pointee.content), line: line, parent: parent))
        default:
            return false
        }
        return true
    }

    private static func appendAttributes(of node: xmlNodePtr, to attributes: inout [HTMLAttribute]) {
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = lowercasedName(current.pointee.name)
            var value = ""
            if let children = current.pointee.children {
                if children.pointee.next == nil, children.pointee.type == XML_TEXT_NODE {
                    value = string(children.pointee.content)
                } else if let joined = xmlNodeListGetString(node.pointee.doc, children, 1) {
                    value = String(cString: joined)
                    spamlint_xmlFree(joined)
                }
            }
            attributes.append(HTMLAttribute(name: name, value: value))
            attribute = current.pointee.next
        }
    }

    /// A tag or attribute name, lower-cased. libxml2 has usually lower-cased it already, so the
    /// common ASCII name is checked as bytes and copied as it is; other names go through `lowercased()`.
    static func lowercasedName(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        var length = 0
        var hasUppercase = false
        while pointer[length] != 0 {
            let byte = pointer[length]
            if byte >= 0x80 { return String(cString: pointer).lowercased() }
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { hasUppercase = true }
            length += 1
        }
        let bytes = UnsafeBufferPointer(start: pointer, count: length)
        guard hasUppercase else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            for offset in 0..<length {
                let byte = bytes[offset]
                buffer[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            }
            return length
        }
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
