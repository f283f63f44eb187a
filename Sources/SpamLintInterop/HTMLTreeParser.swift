import CLibXML2

/// Parses HTML with libxml2's HTML parser into an `HTMLTree`, built from its SAX events (`HTMLTreeBuilder`).
///
/// Never reaches the network (`HTML_PARSE_NONET`), loads no external entity, and recovers from
/// any malformed input instead of failing: email HTML is hostile and rarely valid. Reads the whole
/// input: NUL bytes and attributes past the limit are dealt with first (`HTMLInputPreparation`), and
/// the SAX build has no depth limit.
public enum HTMLTreeParser {
    /// Attributes read per element (`HTMLTree.attributeOverflows` lists the elements that had more).
    public static let maxAttributesPerElement = HTMLInputPreparation.maxAttributesPerElement

    /// Elements libxml2 may search, summed over the end tags that close nothing (`HTMLTree.stop`).
    ///
    /// libxml2 looks an end tag up in its stack of open elements from the top; one that matches nothing
    /// costs the whole depth, so 40,000 `<span>` and 40,000 `</div>` took 22 s. Past this budget (about a
    /// quarter of a second) the parse stops and the tree says where. Real mail spends a few thousand.
    public static let mismatchWorkBudget = 50_000_000

    /// Parses UTF-8 encoded HTML.
    public static func parse(utf8 bytes: [UInt8]) -> HTMLTree {
        guard !bytes.isEmpty else { return HTMLTree() }
        let prepared = HTMLInputPreparation.prepare(bytes)
        var tree = build(prepared.bytes ?? bytes)
        tree.attributeOverflows = prepared.overflows
        return tree
    }

    private static func build(_ bytes: [UInt8]) -> HTMLTree {
        // Errors are not printed; an end tag that closes nothing is counted (see `mismatchWorkBudget`).
        xmlSetStructuredErrorFunc(nil, { _, error in
            guard let error, error.pointee.code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue), let raw = error.pointee.ctxt else { return }
            let context = raw.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let builder = HTMLTreeParser.builder(raw) else { return }
            if builder.addMismatchWork(Int(context.pointee.nameNr), line: HTMLTreeParser.line(raw), budget: HTMLTreeParser.mismatchWorkBudget) {
                xmlStopParser(context)
            }
        })
        defer { spamlint_silenceErrors() }
        guard let context = htmlNewParserCtxt() else { return HTMLTree() }
        defer { htmlFreeParserCtxt(context) }
        let builder = HTMLTreeBuilder()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            // The input is UTF-8 whatever a <meta charset> says: the reader has decoded it.
            | HTML_PARSE_IGNORE_ENC.rawValue
            // Without NODEFDTD libxml2 adds an implied DOCTYPE, and hasDoctype would always be true.
            | HTML_PARSE_NODEFDTD.rawValue)
        return withExtendedLifetime(builder) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                    // A copy: libxml2 2.9's static input buffer (no copy) reads some chunks twice.
                    guard let input = xmlParserInputBufferCreateMem(start, Int32(clamping: buffer.count), XML_CHAR_ENCODING_NONE),
                          let stream = xmlNewIOInputStream(context, input, XML_CHAR_ENCODING_NONE) else { return }
                    guard inputPush(context, stream) >= 0 else { return xmlFreeInputStream(stream) }
                    // UTF-8 without a converter (a UTF-8 byte order mark is skipped); libxml2 would otherwise
                    // guess Latin-1 at the first non-ASCII byte.
                    _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                    install(makeHandler(), in: context)
                    _ = htmlCtxtUseOptions(context, options)
                    // Lifts libxml2's fixed limits on names, text and comment lengths (10 MB and the like).
                    context.pointee.options |= Int32(XML_PARSE_HUGE.rawValue)
                    context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
                    _ = htmlParseDocument(context)
                }
            }
            return builder.finish()
        }
    }

    private static func install(_ handler: htmlSAXHandler, in context: htmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee = handler
    }

    /// The SAX events the tree is built from; everything else (entity declarations, processing
    /// instructions, libxml2's own document) is left out.
    private static func makeHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.initialized = 1
        handler.internalSubset = { context, _, _, _ in
            HTMLTreeParser.builder(context)?.doctype()
        }
        handler.startElement = { context, name, attributes in
            guard let context else { return }
            HTMLTreeParser.builder(context)?.startElement(name, attributes: attributes, line: HTMLTreeParser.line(context))
        }
        handler.endElement = { context, _ in
            HTMLTreeParser.builder(context)?.endElement()
        }
        handler.characters = { context, bytes, count in
            guard let context else { return }
            HTMLTreeParser.builder(context)?.characters(bytes, count: Int(count), line: HTMLTreeParser.line(context), isCDATA: false)
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { context, bytes, count in
            guard let context else { return }
            HTMLTreeParser.builder(context)?.characters(bytes, count: Int(count), line: HTMLTreeParser.line(context), isCDATA: true)
        }
        handler.processingInstruction = { context, _, _ in
            guard let context else { return }
            HTMLTreeParser.builder(context)?.processingInstruction(line: HTMLTreeParser.line(context))
        }
        handler.comment = { context, text in
            guard let context else { return }
            HTMLTreeParser.builder(context)?.comment(text, line: HTMLTreeParser.line(context))
        }
        return handler
    }

    /// The builder of the parse whose context libxml2 passes as SAX user data.
    private static func builder(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder? {
        guard let context, let builder = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(builder).takeUnretainedValue()
    }

    /// The line libxml2's reader is on: what its tree builder numbers a node by.
    private static func line(_ context: UnsafeMutableRawPointer) -> Int {
        guard let input = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee.input else { return 0 }
        return max(Int(input.pointee.line), 0)
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
}
