import Yams

/// Composes YAML text into Yams nodes without Yams' default tag resolver.
///
/// The default resolver compiles seven ICU regular expressions (bool, int, float, null, timestamp…)
/// the first time a document is composed; with ICU's own start-up that was the largest single cost of
/// a one-file run, which composes the built-in packs. (The encoding is named too: Yams' default reads
/// the process environment on every call.) spamlint never asks a node for its resolved
/// tag: `NodeReader` reads scalars as their text and parses numbers itself, so the basic resolver
/// yields the same reads. (The one tag-dependent read in Yams, `Node.string` of a mapping holding a
/// YAML 1.1 `=` value key, now answers nil: a front-matter field written that way is skipped.)
enum YAMLComposer {
    static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .basic, .default, .utf8)
    }
}
