import SpamLintInterop

/// The attribute values an MJML component renders with, in the compiler's order of precedence:
/// the attributes written on the element, then its `mj-class` classes (later classes win), then the
/// `<mj-attributes>` default for its tag, then `<mj-all>`, then the component's built-in default.
///
/// Containers that hand their attributes down (`mj-social`, `mj-navbar`, `mj-accordion`) are read
/// between the element's own tag default and `<mj-all>`, as the compiler passes them to children.
struct MJMLAttributeCascade {
    /// `<mj-all …/>`.
    private var all: [String: String] = [:]
    /// `<mj-text …/>`, `<mj-button …/>` … inside `<mj-attributes>`, by tag name.
    private var tags: [String: [String: String]] = [:]
    /// `<mj-class name="…" …/>`, by class name.
    private var classes: [String: [String: String]] = [:]

    /// Reads every `<mj-attributes>` block of the tree (a document may have several; later ones win).
    init(tree: HTMLTree) {
        for node in tree.nodes where node.kind == .element {
            guard let parent = node.parent, tree.nodes[parent].name == "mj-attributes" else { continue }
            var values: [String: String] = [:]
            for attribute in tree.attributes(of: node) { values[attribute.name] = attribute.value }
            switch node.name {
            case "mj-all":
                all.merge(values) { $1 }
            case "mj-class":
                guard let name = values.removeValue(forKey: "name"), !name.isEmpty else { continue }
                classes[name, default: [:]].merge(values) { $1 }
            default:
                tags[node.name, default: [:]].merge(values) { $1 }
            }
        }
    }

    /// The value of `name` for the element at `index`: see the type's comment for the order.
    func value(_ name: String, of index: Int, in tree: HTMLTree, inheritingFrom containers: [Int] = []) -> String? {
        if let written = explicitValue(name, of: index, in: tree) { return written }
        for container in containers {
            if let handedDown = explicitValue(name, of: container, in: tree) { return handedDown }
        }
        if let global = all[name] { return global }
        if let builtIn = MJMLComponentDefaults.value(name, for: tree.nodes[index].name) { return builtIn }
        for container in containers {
            if let builtIn = MJMLComponentDefaults.value(name, for: tree.nodes[container].name) { return builtIn }
        }
        return nil
    }

    /// The `css-class` of an element: its own, after those of its `mj-class` classes (the compiler joins them).
    func cssClass(of index: Int, in tree: HTMLTree) -> String? {
        let node = tree.nodes[index]
        var parts = classNames(of: node, in: tree).compactMap { classes[$0]?["css-class"] }
        if let own = tree.attribute("css-class", of: node) ?? tags[node.name]?["css-class"] { parts.append(own) }
        let joined = parts.joined(separator: " ").trimmingWhitespace()
        return joined.isEmpty ? nil : joined
    }

    /// Written on the element, by its classes or by its tag's default: what the element itself says.
    private func explicitValue(_ name: String, of index: Int, in tree: HTMLTree) -> String? {
        let node = tree.nodes[index]
        if let written = tree.attribute(name, of: node) { return written }
        for className in classNames(of: node, in: tree).reversed() {
            if let value = classes[className]?[name] { return value }
        }
        return tags[node.name]?[name]
    }

    private func classNames(of node: HTMLNode, in tree: HTMLTree) -> [String] {
        guard let names = tree.attribute("mj-class", of: node) else { return [] }
        return names.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }
}
