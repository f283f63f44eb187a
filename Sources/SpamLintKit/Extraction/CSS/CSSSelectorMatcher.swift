import SpamLintInterop

/// Finds the style-sheet declarations that apply to each element of a tree, visited in document
/// order (a parent before its children).
///
/// Selectors are filed under one key of their last compound (its id, else its first class, else
/// its type, else "any"), so an element tests only the selectors that can match it. A descendant
/// chain is matched right to left, each compound at the nearest ancestor that fits: for descendant
/// combinators alone that greedy walk is exact. The work is capped by `maxCompoundTests` per
/// document; past it no more rules are applied, and `limitHit` says so.
struct CSSSelectorMatcher {
    /// Compound-against-element tests per document: millions of elements times every selector
    /// would be quadratic, this keeps hostile input linear.
    static let maxCompoundTests = 2_000_000

    private struct Entry {
        var selector: CSSSelector
        var rule: Int
        /// The feature bits (`featureBit`) every compound but the last needs among the element's ancestors.
        var ancestorBits: UInt64
    }

    private let sheet: CSSStyleSheet
    private var entries: [Entry] = []
    private var byID: [String: [Int]] = [:]
    private var byClass: [String: [Int]] = [:]
    private var byType: [String: [Int]] = [:]
    private var universal: [Int] = []
    /// Keys of the elements seen so far, by node index (ancestors are looked up here).
    private var keys: [CSSElementKey?]
    /// By node index: the feature bits of the element's own key, and those of all its seen ancestors.
    /// A descendant selector whose ancestor compounds need a bit the ancestors lack cannot match, which
    /// spares walking the ancestor chain for most of them (WebKit's selector filter does the same).
    private var ownBits: [UInt64]
    private var ancestorBits: [UInt64]
    private var compoundTests = 0
    private(set) var limitHit: String?

    init(sheet: CSSStyleSheet, nodeCount: Int) {
        self.sheet = sheet
        keys = sheet.isEmpty ? [] : Array(repeating: nil, count: nodeCount)
        ownBits = sheet.isEmpty ? [] : Array(repeating: 0, count: nodeCount)
        ancestorBits = ownBits
        for (ruleIndex, rule) in sheet.rules.enumerated() {
            for selector in rule.selectors {
                let entry = entries.count
                let required = selector.compounds.dropLast().reduce(0) { $0 | CSSSelectorMatcher.bits(of: $1) }
                entries.append(Entry(selector: selector, rule: ruleIndex, ancestorBits: required))
                // `compounds` is never empty (the parser drops empty selectors).
                let last = selector.compounds[selector.compounds.count - 1]
                if let id = last.id {
                    byID[id, default: []].append(entry)
                } else if let firstClass = last.classes.first {
                    byClass[firstClass, default: []].append(entry)
                } else if let type = last.type {
                    byType[type, default: []].append(entry)
                } else {
                    universal.append(entry)
                }
            }
        }
    }

    var isEmpty: Bool { sheet.isEmpty }

    /// The declarations of every rule with a selector matching the element at `index`, in rule order.
    mutating func declarations(for index: Int, in tree: HTMLTree) -> [CSSMatchedDeclaration] {
        guard !sheet.isEmpty else { return [] }
        let node = tree.nodes[index]
        let key = CSSElementKey(name: node.name, id: tree.attribute("id", of: node), classAttribute: tree.attribute("class", of: node))
        keys[index] = key
        ownBits[index] = CSSSelectorMatcher.bits(of: key)
        var ancestor = node.parent
        while let current = ancestor, keys[current] == nil { ancestor = tree.nodes[current].parent }
        if let parent = ancestor { ancestorBits[index] = ancestorBits[parent] | ownBits[parent] }
        var candidates: [Int] = universal
        if let id = key.id, let found = byID[id] { candidates += found }
        for name in key.classes { if let found = byClass[name] { candidates += found } }
        if let found = byType[key.name] { candidates += found }
        guard !candidates.isEmpty else { return [] }
        // Rule order is entry order: sorted, the declarations come out in cascade order of appearance.
        candidates.sort()
        var matched: [CSSMatchedDeclaration] = []
        var position = 0
        while position < candidates.count {
            // A rule's selectors are adjacent entries: a rule matched by several counts once, at the highest specificity.
            let ruleIndex = entries[candidates[position]].rule
            var best: CSSSelector?
            while position < candidates.count, entries[candidates[position]].rule == ruleIndex {
                let entry = entries[candidates[position]]
                let selector = entry.selector
                if (best.map { selector.specificity > $0.specificity } ?? true), mayMatchAncestors(entry, at: index),
                   matches(selector, at: index, key: key, in: tree) { best = selector }
                position += 1
            }
            guard let best else { continue }
            let rule = sheet.rules[ruleIndex]
            for declaration in rule.declarations {
                matched.append(CSSMatchedDeclaration(declaration: declaration, specificity: best.specificity, order: ruleIndex,
                                                     isConditional: rule.isConditional || best.isStateDependent))
            }
        }
        return matched
    }

    private mutating func matches(_ selector: CSSSelector, at index: Int, key: CSSElementKey, in tree: HTMLTree) -> Bool {
        guard spend() else { return false }
        var compound = selector.compounds.count - 1
        guard selector.compounds[compound].matches(key) else { return false }
        var ancestor = tree.nodes[index].parent
        compound -= 1
        while compound >= 0 {
            guard let current = ancestor else { return false }
            guard spend() else { return false }
            if let ancestorKey = keys[current], selector.compounds[compound].matches(ancestorKey) { compound -= 1 }
            ancestor = tree.nodes[current].parent
        }
        return true
    }

    /// False when the element's ancestors lack a feature the entry's ancestor compounds need; a test
    /// ruled out this way still counts against the budget, which bounds elements times selectors.
    private mutating func mayMatchAncestors(_ entry: Entry, at index: Int) -> Bool {
        guard ancestorBits[index] & entry.ancestorBits != entry.ancestorBits else { return true }
        _ = spend()
        return false
    }

    /// One bit of 64 for an element's type, id or class (each kind hashed apart): a compound sets the bits
    /// of what it names, an element those of what it has, so a compound's bits are a subset of those of
    /// any element it matches.
    private static func featureBit(_ kind: UInt8, _ name: String) -> UInt64 {
        1 << ((StableHash.fnv1a64(name.utf8) &+ UInt64(kind) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    private static func bits(of compound: CSSCompoundSelector) -> UInt64 {
        bits(type: compound.type, id: compound.id, classes: compound.classes)
    }

    private static func bits(of key: CSSElementKey) -> UInt64 { bits(type: key.name, id: key.id, classes: key.classes) }

    private static func bits(type: String?, id: String?, classes: [String]) -> UInt64 {
        var bits = type.map { featureBit(0, $0) } ?? 0
        if let id { bits |= featureBit(1, id) }
        for name in classes { bits |= featureBit(2, name) }
        return bits
    }

    /// Counts one compound test; false (and the limit reported) once the budget is spent.
    private mutating func spend() -> Bool {
        compoundTests += 1
        guard compoundTests <= CSSSelectorMatcher.maxCompoundTests else {
            if limitHit == nil {
                limitHit = "<style> selectors needed more than \(CSSSelectorMatcher.maxCompoundTests) element tests; the rest of the document was read without its style sheet"
            }
            return false
        }
        return true
    }
}
