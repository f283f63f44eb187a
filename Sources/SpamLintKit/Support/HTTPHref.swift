/// Whether an href was written with a plain `http:` scheme.
enum HTTPHref {
    /// `href.lowercased().hasPrefix("http:")` without lower-casing the whole href.
    ///
    /// No Character outside ASCII lower-cases to `h`, `t`, `p` or `:`, so the five bytes decide;
    /// only a non-ASCII byte right after them could join the `:` into a longer Character, and then
    /// the general test answers.
    static func startsWithHTTPColon(_ href: String) -> Bool {
        var text = href
        let answer: Bool? = text.withUTF8 { bytes in
            guard ASCIIByte.hasPrefix("http:", in: bytes, at: 0) else { return false }
            return bytes.count > 5 && bytes[5] >= 0x80 ? nil : true
        }
        return answer ?? href.lowercased().hasPrefix("http:")
    }
}
