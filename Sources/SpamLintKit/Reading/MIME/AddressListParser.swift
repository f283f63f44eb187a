/// Reads RFC 5322 address lists, including the obsolete and broken forms found in real mail.
enum AddressListParser {
    /// Returns the mailboxes in `value` in order.
    ///
    /// Handles `"Name, Inc." <a@b>`, `Name <a@b>`, bare `a@b`, `a@b (Name)`, groups
    /// (`team: a@b, c@d;`, `undisclosed-recipients:;`), quoted local parts, and commas inside
    /// quotes, angle brackets and comments. Entries with no `@` (such as the null return path
    /// `<>`) are skipped. Works best on the raw header value: encoded words in display names are
    /// decoded here, after the list has been split, so a decoded comma cannot split a name.
    static func parse(_ value: String) -> [MailAddress] {
        let bytes = Array(value.utf8)
        return splitEntries(bytes).compactMap { parseEntry(bytes[$0]) }
    }

    /// Splits at top-level commas and group syntax (`name:` … `;`).
    private static func splitEntries(_ bytes: [UInt8]) -> [Range<Int>] {
        var entries: [Range<Int>] = []
        var entryStart = 0
        var index = 0
        var inAngle = false
        var angleStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case quote:
                index = endOfQuoted(bytes, from: index)
                continue
            case openParenthesis:
                index = endOfComment(bytes, from: index)
                continue
            case openAngle:
                inAngle = true
                angleStart = index + 1
            case closeAngle:
                inAngle = false
            case comma:
                // Inside `<…>` a comma belongs to an obsolete route (`<@a,@b:c@d>`); anywhere else
                // inside an unclosed `<` the `>` was simply forgotten.
                if inAngle, angleStart < bytes.count, bytes[angleStart] == at { break }
                inAngle = false
                entries.append(entryStart..<index)
                entryStart = index + 1
            case colon where !inAngle:
                // A group's display name is not an address; its members follow.
                entryStart = index + 1
            case semicolon where !inAngle:
                entries.append(entryStart..<index)
                entryStart = index + 1
            default:
                break
            }
            index += 1
        }
        entries.append(entryStart..<bytes.count)
        return entries
    }

    private static func parseEntry(_ entry: ArraySlice<UInt8>) -> MailAddress? {
        var index = entry.startIndex
        var phrase: [UInt8] = []
        var comments: [[UInt8]] = []
        var angleAddress: ArraySlice<UInt8>?
        while index < entry.endIndex {
            let byte = entry[index]
            if byte == quote {
                let end = endOfQuoted(entry, from: index)
                phrase += entry[index..<end]
                index = end
            } else if byte == openParenthesis {
                let end = endOfComment(entry, from: index)
                comments.append(unescaped(entry[(index + 1)..<max(index + 1, end - (entry[end - 1] == closeParenthesis ? 1 : 0))]))
                phrase.append(space)
                index = end
            } else if byte == openAngle, angleAddress == nil {
                var end = index + 1
                while end < entry.endIndex, entry[end] != closeAngle { end += 1 }
                angleAddress = entry[(index + 1)..<end]
                index = min(end + 1, entry.endIndex)
                // Text after `>` other than comments is junk; it is not part of the name.
                phrase.append(space)
                while index < entry.endIndex {
                    if entry[index] == openParenthesis {
                        let commentEnd = endOfComment(entry, from: index)
                        index = commentEnd
                    } else {
                        index += 1
                    }
                }
            } else {
                phrase.append(byte)
                index += 1
            }
        }

        var displayBytes: [UInt8]
        var spec: [UInt8]
        if let angleAddress {
            spec = stripRoute(angleAddress)
            displayBytes = phrase
        } else {
            (spec, displayBytes) = splitBareAddress(phrase)
            if collapsedIsEmpty(displayBytes), let comment = comments.first(where: { !collapsedIsEmpty($0) }) {
                displayBytes = comment
            }
        }
        spec = removingUnquotedWhitespace(spec)
        guard let atIndex = lastUnquotedAt(spec), atIndex > 0 else { return nil }
        let localPart = String(decoding: spec[..<atIndex], as: UTF8.self)
        var domain = String(decoding: spec[(atIndex + 1)...], as: UTF8.self).lowercased()
        while domain.hasSuffix(".") { domain.removeLast() }
        guard !domain.isEmpty else { return nil }
        return MailAddress(displayName: displayName(displayBytes), address: localPart + "@" + domain,
                           localPart: localPart, domain: domain)
    }

    /// Without angle brackets, the word holding `@` is the address and any other words are a
    /// (broken, unbracketed) display name.
    private static func splitBareAddress(_ phrase: [UInt8]) -> (spec: [UInt8], display: [UInt8]) {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < phrase.count {
            let byte = phrase[index]
            if byte == quote {
                let end = endOfQuoted(phrase, from: index)
                current += phrase[index..<end]
                index = end
                continue
            }
            if isWhitespace(byte) {
                if !current.isEmpty { words.append(current); current = [] }
            } else {
                current.append(byte)
            }
            index += 1
        }
        if !current.isEmpty { words.append(current) }
        // Obsolete `local @ domain`: glue words around a free-standing or dangling `@`.
        var merged: [[UInt8]] = []
        for word in words {
            if let last = merged.last, last.last == at || word.first == at {
                merged[merged.count - 1] = last + word
            } else {
                merged.append(word)
            }
        }
        guard let addressIndex = merged.lastIndex(where: { lastUnquotedAt($0) != nil }) else {
            return (merged.joined(separator: [space]).map { $0 }, [])
        }
        var display = merged
        display.remove(at: addressIndex)
        return (merged[addressIndex], Array(display.joined(separator: [space])))
    }

    /// `@route1,@route2:local@domain` → `local@domain`.
    private static func stripRoute(_ spec: ArraySlice<UInt8>) -> [UInt8] {
        let trimmed = Array(spec)
        guard trimmed.first(where: { !isWhitespace($0) }) == at, let colonIndex = trimmed.firstIndex(of: colon) else {
            return trimmed
        }
        return Array(trimmed[(colonIndex + 1)...])
    }

    private static func displayName(_ bytes: [UInt8]) -> String? {
        var unquoted: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                let end = endOfQuoted(bytes, from: index)
                let closeOffset = (end - 1 > index && bytes[end - 1] == quote) ? 1 : 0
                unquoted += unescaped(bytes[(index + 1)..<max(index + 1, end - closeOffset)])
                index = end
            } else {
                unquoted.append(byte)
                index += 1
            }
        }
        var text = HeaderTextDecoder.string(unquoted)
        if HeaderASCII.contains(text, "=?") { text = RFC2047Decoder.decode(text) }
        let collapsed = HeaderASCII.collapsingWhitespace(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    private static func unescaped(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == backslash, index + 1 < bytes.endIndex { index += 1 }
            output.append(bytes[index])
            index += 1
        }
        return output
    }

    private static func removingUnquotedWhitespace(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var inQuote = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == backslash, inQuote, index + 1 < bytes.count {
                output.append(byte)
                output.append(bytes[index + 1])
                index += 2
                continue
            }
            if byte == quote { inQuote.toggle() }
            if inQuote || !isWhitespace(byte) { output.append(byte) }
            index += 1
        }
        return output
    }

    private static func lastUnquotedAt(_ bytes: [UInt8]) -> Int? {
        var inQuote = false
        var found: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == backslash, inQuote { index += 2; continue }
            if byte == quote { inQuote.toggle() }
            if byte == at, !inQuote { found = index }
            index += 1
        }
        return found
    }

    private static func collapsedIsEmpty(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { isWhitespace($0) || $0 == quote }
    }

    /// Index just past the closing quote (or the end when it is missing).
    private static func endOfQuoted<Bytes: RandomAccessCollection>(_ bytes: Bytes, from start: Int) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = start + 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == backslash { index += 2; continue }
            if byte == quote { return index + 1 }
            index += 1
        }
        return bytes.endIndex
    }

    /// Index just past the matching `)` of a possibly nested comment (or the end).
    private static func endOfComment<Bytes: RandomAccessCollection>(_ bytes: Bytes, from start: Int) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var depth = 0
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == backslash { index += 2; continue }
            if byte == openParenthesis { depth += 1 }
            if byte == closeParenthesis {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return bytes.endIndex
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let openParenthesis = UInt8(ascii: "(")
    private static let closeParenthesis = UInt8(ascii: ")")
    private static let openAngle = UInt8(ascii: "<")
    private static let closeAngle = UInt8(ascii: ">")
    private static let comma = UInt8(ascii: ",")
    private static let colon = UInt8(ascii: ":")
    private static let semicolon = UInt8(ascii: ";")
    private static let at = UInt8(ascii: "@")
    private static let space = UInt8(ascii: " ")
}
