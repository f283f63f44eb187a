import SpamLintInterop

/// The `<html>` start tags libxml2 discards: one that comes after other content (a stray comment or
/// `<head>` written first, an ESP's filler) is a "misplaced <html> tag" to libxml2, which drops it with
/// its attributes. HTML's tree construction keeps such attributes on the root, and so do mail clients.
enum MisplacedRootTag {
    /// The first non-empty `lang` of an `<html ...>` start tag in the source, each tag read by libxml2 on its own.
    static func language(in source: [UInt8]) -> String? {
        var index = 0
        while let start = nextHTMLTag(in: source, from: index) {
            guard let end = source[start...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let tree = HTMLTreeParser.parse(utf8: Array(source[start...end]))
            if let root = tree.nodes.first(where: { $0.kind == .element && $0.name == "html" }),
               let language = tree.attribute("lang", of: root), !language.isEmpty {
                return language
            }
            index = end + 1
        }
        return nil
    }

    /// Where the next `<html` start tag begins (case-insensitive, followed by a space, `/` or `>`).
    private static func nextHTMLTag(in source: [UInt8], from: Int) -> Int? {
        let name = Array("html".utf8)
        var index = from
        while index + name.count + 1 < source.count {
            if source[index] == UInt8(ascii: "<"),
               (0..<name.count).allSatisfy({ ASCIIByte.lowercased(source[index + 1 + $0]) == name[$0] }) {
                let next = source[index + 1 + name.count]
                if ASCIIByte.isWhitespace(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") { return index }
            }
            index += 1
        }
        return nil
    }
}
