/// CSS Syntax Level 3's "consume a list of rules" (§5.4.1) over the tokens of one `<style>` block,
/// keeping style rules and the rules inside `@media` and `@supports`; other at-rules
/// (`@font-face`, `@import`, `@keyframes`, `@page`…) are skipped whole. Every token is visited
/// once, so time is linear in the text; the caps of `CSSStyleSheet` bound what is kept.
struct CSSStyleSheetParser {
    private let bytes: [UInt8]
    private let tokens: [CSSToken]
    private var index = 0
    private(set) var sheet: CSSStyleSheet
    private var selectorCount: Int

    /// Pseudo-classes of a state the reader can bring about (or a link has): a rule using one
    /// applies sometimes. Any other pseudo-class drops the selector.
    private static let statePseudoClasses: Set<String> = ["hover", "focus", "active", "checked", "target", "focus-within", "focus-visible"]

    init(text: String, sheet: CSSStyleSheet) {
        bytes = Array(text.utf8)
        var tokenizer = CSSTokenizer(bytes)
        var tokens: [CSSToken] = []
        while let token = tokenizer.next() { tokens.append(token) }
        self.tokens = tokens
        self.sheet = sheet
        selectorCount = sheet.rules.reduce(0) { $0 + $1.selectors.count }
    }

    mutating func parse() { consumeRules(conditional: false, nesting: 0) }

    private var isFull: Bool { sheet.rules.count >= CSSStyleSheet.maxRules || selectorCount >= CSSStyleSheet.maxSelectors }

    private mutating func reportLimit(_ sentence: String) {
        if sheet.limitHit == nil { sheet.limitHit = sentence }
    }

    /// Rules until the end, or (nested) until the `}` closing the block, which is consumed.
    private mutating func consumeRules(conditional: Bool, nesting: Int) {
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .whitespace, .cdo, .cdc, .semicolon:
                index += 1
            case .rightBrace where nesting > 0:
                index += 1
                return
            case .atKeyword:
                consumeAtRule(conditional: conditional, nesting: nesting)
            default:
                consumeQualifiedRule(conditional: conditional, nested: nesting > 0)
            }
        }
    }

    /// §5.4.2: prelude to `;` or a `{}` block. `@media` and `@supports` blocks hold rules.
    private mutating func consumeAtRule(conditional: Bool, nesting: Int) {
        let name = tokens[index].name
        index += 1
        let preludeStart = index
        while index < tokens.count {
            switch tokens[index].kind {
            case .semicolon:
                index += 1
                return
            case .leftBrace:
                let prelude = preludeStart..<index
                index += 1
                guard name == "media" || name == "supports" else {
                    skipBlock()
                    return
                }
                guard nesting + 1 <= CSSStyleSheet.maxNesting else {
                    reportLimit("<style> nests @\(name) deeper than \(CSSStyleSheet.maxNesting) levels; the rules inside were not read")
                    skipBlock()
                    return
                }
                let always = name == "media" && isUnconditionalMediaQuery(prelude)
                consumeRules(conditional: conditional || !always, nesting: nesting + 1)
                return
            case .leftParen, .function, .leftBracket:
                skipComponent()
            default:
                index += 1
            }
        }
    }

    /// `@media all`, `@media screen`, `@media only screen`: media types every mail client renders
    /// as, with no feature test, so their rules always apply.
    private func isUnconditionalMediaQuery(_ prelude: Range<Int>) -> Bool {
        tokens[prelude].allSatisfy { token in
            token.kind == .whitespace || token.kind == .comma
                || token.kind == .ident && (token.name == "all" || token.name == "screen" || token.name == "only")
        }
    }

    /// §5.4.3: prelude to a `{}` block; the prelude is the selector list, the block declarations.
    private mutating func consumeQualifiedRule(conditional: Bool, nested: Bool) {
        let preludeStart = index
        while index < tokens.count {
            switch tokens[index].kind {
            case .rightBrace where nested:
                // The enclosing block ends inside the prelude: the rule is dropped, the block closes.
                return
            case .leftBrace:
                let prelude = preludeStart..<index
                index += 1
                // Only what hidden-text detection reads is kept: most of a mail sheet is padding and fonts, and
                // every element would otherwise carry those declarations through the cascade.
                let declarations = consumeDeclarations().filter { ElementStyle.readProperties.contains($0.name) }
                guard !isFull else {
                    reportLimit("<style> has more than \(CSSStyleSheet.maxRules) rules or \(CSSStyleSheet.maxSelectors) selectors; the rest were not read")
                    return
                }
                let selectors = parseSelectorList(prelude)
                guard !selectors.isEmpty, !declarations.isEmpty else { return }
                selectorCount += selectors.count
                sheet.rules.append(CSSStyleRule(selectors: selectors, declarations: declarations, isConditional: conditional))
                return
            case .leftParen, .function, .leftBracket:
                skipComponent()
            default:
                index += 1
            }
        }
    }

    /// §5.4.5 inside a block whose `{` is consumed: declarations up to the matching `}` (consumed).
    private mutating func consumeDeclarations() -> [CSSDeclaration] {
        var declarations: [CSSDeclaration] = []
        while index < tokens.count {
            switch tokens[index].kind {
            case .whitespace, .semicolon:
                index += 1
            case .rightBrace:
                index += 1
                return declarations
            case .ident:
                let start = index
                var end = index
                // A declaration runs to `;` or the block's `}`; nested blocks are skipped whole.
                while end < tokens.count, tokens[end].kind != .semicolon, tokens[end].kind != .rightBrace {
                    if [.leftParen, .function, .leftBracket, .leftBrace].contains(tokens[end].kind) {
                        index = end
                        skipComponent()
                        end = index
                    } else {
                        end += 1
                    }
                }
                index = end
                if let declaration = declaration(start..<end) { declarations.append(declaration) }
            default:
                // Not a declaration (a nested rule or junk): skip to the next `;` or the end.
                while index < tokens.count, tokens[index].kind != .semicolon, tokens[index].kind != .rightBrace {
                    if [.leftParen, .function, .leftBracket, .leftBrace].contains(tokens[index].kind) { skipComponent() } else { index += 1 }
                }
            }
        }
        return declarations
    }

    /// §5.4.6: `name ws* : value [! ws* important]`, or nil when there is no colon.
    private func declaration(_ range: Range<Int>) -> CSSDeclaration? {
        var cursor = range.lowerBound + 1
        while cursor < range.upperBound, tokens[cursor].kind == .whitespace { cursor += 1 }
        guard cursor < range.upperBound, tokens[cursor].kind == .colon else { return nil }
        var valueTokens = Array(tokens[(cursor + 1)..<range.upperBound])
        while valueTokens.last?.kind == .whitespace { valueTokens.removeLast() }
        var isImportant = false
        if let last = valueTokens.last, last.kind == .ident, last.name == "important" {
            var bang = valueTokens.count - 2
            while bang >= 0, valueTokens[bang].kind == .whitespace { bang -= 1 }
            if bang >= 0, valueTokens[bang].kind == .delim, valueTokens[bang].delim == "!" {
                isImportant = true
                valueTokens.removeSubrange(bang...)
            }
        }
        while valueTokens.first?.kind == .whitespace { valueTokens.removeFirst() }
        while valueTokens.last?.kind == .whitespace { valueTokens.removeLast() }
        var value: [UInt8] = []
        for token in valueTokens {
            if token.kind == .whitespace {
                value.append(0x20)
            } else {
                value += bytes[token.range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            }
        }
        return CSSDeclaration(name: tokens[range.lowerBound].name, value: String(decoding: value, as: UTF8.self), isImportant: isImportant)
    }

    /// Skips a `{}`, `()` or `[]` block (or function) whose opening token is at `index`, nesting
    /// included; stops at the end of the text when it is never closed.
    private mutating func skipComponent() {
        var closers: [CSSToken.Kind] = []
        repeat {
            switch tokens[index].kind {
            case .leftBrace: closers.append(.rightBrace)
            case .leftParen, .function: closers.append(.rightParen)
            case .leftBracket: closers.append(.rightBracket)
            case closers.last: closers.removeLast()
            default: break
            }
            index += 1
        } while !closers.isEmpty && index < tokens.count
    }

    /// Skips the rest of a `{}` block whose `{` is consumed.
    private mutating func skipBlock() {
        index -= 1
        skipComponent()
    }

    /// Splits the prelude at top-level commas; keeps the selectors it can read.
    private mutating func parseSelectorList(_ prelude: Range<Int>) -> [CSSSelector] {
        var selectors: [CSSSelector] = []
        var start = prelude.lowerBound
        for cursor in prelude where tokens[cursor].kind == .comma {
            if let selector = parseSelector(start..<cursor) { selectors.append(selector) }
            start = cursor + 1
        }
        if let selector = parseSelector(start..<prelude.upperBound) { selectors.append(selector) }
        return selectors
    }

    /// `class`/`id` attribute selector after `[`: the condition and the index of the closing `]`.
    private func attributeCondition(from start: Int, before end: Int) -> (CSSAttributeCondition, Int)? {
        var parts: [CSSToken] = []
        var cursor = start
        while cursor < end, tokens[cursor].kind != .rightBracket {
            if tokens[cursor].kind != .whitespace { parts.append(tokens[cursor]) }
            cursor += 1
        }
        guard cursor < end, let name = parts.first, name.kind == .ident, name.name == "class" || name.name == "id" else { return nil }
        if parts.count == 1 { return (CSSAttributeCondition(attribute: name.name, op: .exists, value: ""), cursor) }
        var rest = parts.dropFirst()
        let operators: [Unicode.Scalar: CSSAttributeCondition.Operator] = ["~": .includesWord, "|": .dashPrefix, "^": .prefix, "$": .suffix, "*": .contains]
        var op = CSSAttributeCondition.Operator.equals
        if let first = rest.first, first.kind == .delim, let found = operators[first.delim] {
            op = found
            rest = rest.dropFirst()
        }
        // `i`/`s` flags after the value are accepted: values compare lower-cased anyway.
        guard let equals = rest.first, equals.kind == .delim, equals.delim == "=", rest.count >= 2 else { return nil }
        let value = rest[rest.startIndex + 1]
        let text: String
        switch value.kind {
        case .ident: text = value.name
        case .string: text = String(decoding: bytes[(value.range.lowerBound + 1)..<max(value.range.lowerBound + 1, value.range.upperBound - 1)], as: UTF8.self).lowercased()
        default: return nil
        }
        guard rest.count == 2 || (rest.count == 3 && rest.last?.kind == .ident && ["i", "s"].contains(rest.last?.name)) else { return nil }
        return (CSSAttributeCondition(attribute: name.name, op: op, value: text), cursor)
    }

    /// One complex selector; nil when it uses anything not supported (see `CSSSelector`).
    private mutating func parseSelector(_ range: Range<Int>) -> CSSSelector? {
        var compounds: [CSSCompoundSelector] = []
        var current = CSSCompoundSelector()
        var hasCurrent = false
        var pseudoClasses = 0
        var isStateDependent = false
        var cursor = range.lowerBound
        func next(_ offset: Int) -> CSSToken? { cursor + offset < range.upperBound ? tokens[cursor + offset] : nil }
        while cursor < range.upperBound {
            let token = tokens[cursor]
            switch token.kind {
            case .whitespace:
                if hasCurrent {
                    compounds.append(current)
                    current = CSSCompoundSelector()
                    hasCurrent = false
                }
            case .delim where token.delim == "~" || token.delim == "+":
                // A sibling combinator is not matched: the selector is read from the compound after
                // the last one and applies only sometimes, so it can show an element (the checkbox
                // menus `#nav:checked ~ * .menu`), never hide one.
                compounds = []
                current = CSSCompoundSelector()
                hasCurrent = false
                isStateDependent = true
            case .ident where !hasCurrent:
                current.type = token.name
                hasCurrent = true
            case .delim where token.delim == "*" && !hasCurrent:
                hasCurrent = true
            case .hash where token.isIDHash:
                if let id = current.id, id != token.name { return nil }
                current.id = token.name
                hasCurrent = true
            case .delim where token.delim == ".":
                guard let name = next(1), name.kind == .ident else { return nil }
                current.classes.append(name.name)
                hasCurrent = true
                cursor += 1
            case .leftBracket:
                guard let (condition, end) = attributeCondition(from: cursor + 1, before: range.upperBound) else { return nil }
                current.attributes.append(condition)
                hasCurrent = true
                cursor = end
            case .colon:
                guard let name = next(1), name.kind == .ident, CSSStyleSheetParser.statePseudoClasses.contains(name.name) else { return nil }
                pseudoClasses += 1
                isStateDependent = true
                hasCurrent = true
                cursor += 1
            default:
                return nil
            }
            cursor += 1
        }
        if hasCurrent { compounds.append(current) }
        guard !compounds.isEmpty else { return nil }
        guard compounds.count <= CSSStyleSheet.maxCompounds else {
            reportLimit("<style> has a selector of more than \(CSSStyleSheet.maxCompounds) compounds; it was not read")
            return nil
        }
        return CSSSelector(compounds: compounds, isStateDependent: isStateDependent,
                           specificity: CSSSelector.specificity(of: compounds, pseudoClasses: pseudoClasses))
    }
}
