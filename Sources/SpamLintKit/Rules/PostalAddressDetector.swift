import SpamLintInterop

/// Recognises a sender's physical postal address in visible text: common street, PO-box and
/// postcode formats of the US, UK, Canada, Australia, continental Europe and Japan, and the
/// placeholders ESPs render the account's address with.
///
/// The formats are one RE2 expression, so a text is read once, in time linear in its length, and
/// no pre-filter stands beside it. The expressions were written for ICU, whose `\d`, `\s`, `\w` and
/// `\b` are Unicode-aware; RE2's are ASCII, so the classes below spell out ICU's definitions.
enum PostalAddressDetector {
    /// What made the text count as holding an address, for tests: an address placeholder in the text
    /// as written, or an address in its literal words (`literal`, the text with its template tags taken
    /// out, as the reader keeps it beside the text).
    static func evidence(in text: String, literal: String) -> String? {
        if let placeholder = addressPlaceholder(in: text) { return placeholder }
        guard let match = address.firstMatch(in: literal) else { return nil }
        // Group 1 is each format's own text, without the characters that stand for ICU's `\b`.
        return match.dropFirst().lazy.compactMap { $0 }.first.map { String(literal[$0]) }
    }

    /// Whether the text holds an address placeholder or an address; what the rule asks, answered by RE2's fastest search.
    static func holdsAddress(in text: String, literal: String) -> Bool {
        addressPlaceholder(in: text) != nil || address.matches(literal)
    }

    /// A placeholder that renders the sender's address: `*|LIST:ADDRESSLINE|*`, `*|HTML:LIST_ADDRESS_HTML|*`,
    /// `{{ site_settings.company_street_address_1 }}`, `{{Sender_Address}}`, `[Sender_Address]`, `%SENDER-INFO%`…
    static func addressPlaceholder(in text: String) -> String? {
        // Most texts hold no placeholder at all: RE2's boolean search answers that without finding where.
        guard placeholderPattern.matches(text) else { return nil }
        for match in placeholderPattern.matches(in: text, limit: .max) {
            guard let found = match[0] else { continue }
            let token = String(text[found])
            let lower = token.lowercased()
            // The recipient's e-mail address or IP, not the sender's postal address.
            if ["email", "e-mail", "e_mail", "ip_address", "ipaddress", "web_address", "url"].contains(where: lower.contains) { continue }
            return token
        }
        return nil
    }

    private static func regex(_ pattern: String, caseInsensitive: Bool = false) -> LinearRegex {
        // The patterns are constants; a typo must fail the test suite, not a user's run.
        try! LinearRegex(pattern, caseInsensitive: caseInsensitive)
    }

    // MARK: ICU's classes in RE2 syntax

    /// ICU's `\w`: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`; Alphabetic is the letters, the letter numbers
    /// and (beyond marks) the circled and squared Latin letters.
    private static let wordCharacters = #"\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\x{200C}\x{200D}\x{24B6}-\x{24E9}\x{1F130}-\x{1F149}\x{1F150}-\x{1F169}\x{1F170}-\x{1F189}"#
    /// What ICU's `\b` looks through: Grapheme_Extend (here all marks, and the emoji modifiers) and format characters.
    private static let transparent = #"\p{M}\p{Cf}\x{1F3FB}-\x{1F3FF}"#
    /// ICU's `\s`, `\p{White_Space}`.
    static let space = #"[\t-\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]"#
    /// ICU's `\d`, `\p{Nd}`.
    static let digit = #"\p{Nd}"#
    /// ICU's `\b` before a word character: the text starts, or the last character that is not transparent is no word character.
    static let wordStart = #"(?:^|[^\#(wordCharacters)\#(transparent)])[\#(transparent)]*"#
    /// ICU's `\b` after a word character: the text ends, or a character follows that is neither a word character nor transparent.
    static let wordEnd = #"(?:$|[^\#(wordCharacters)\#(transparent)])"#

    /// `\s`, `\d` and `\w` of an expression written for ICU, in RE2 syntax (`\b` is spelled out where it stands).
    private static func icu(_ pattern: String) -> String {
        pattern.replacingOccurrences(of: #"\s"#, with: space).replacingOccurrences(of: #"\d"#, with: digit)
            .replacingOccurrences(of: #"\w"#, with: wordCharacters)
    }

    // MARK: Placeholders

    static let placeholderPattern = regex(icu(
        #"(?:\{\{\{?|\*\||%%?|\[|<%=?)\s*[\w.:\- ]{0,40}?(?:address|street|postal|sender[_-]?info|sender_city|sender_zip|company_city|company_zip|company_state|organization\.)[\w.:\- ]{0,40}(?:\}\}\}?|\|\*|%%?|\]|%>)"#),
        caseInsensitive: true)

    // MARK: Addresses

    /// Every format, each as `wordStart? (format) wordEnd?`: the leftmost address of any format is found in one search.
    static let address = regex(formats.joined(separator: "|"))

    private static let streetSuffixes = [
        "Street", "St", "Avenue", "Ave", "Av", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct",
        "Way", "Place", "Pl", "Parkway", "Pkwy", "Highway", "Hwy", "Terrace", "Ter", "Circle", "Cir", "Plaza", "Square", "Sq",
        "Trail", "Trl", "Crescent", "Cres", "Close", "Row", "Broadway", "Center", "Centre", "Pike", "Expressway", "Loop",
        "Walk", "Mews", "Gardens", "Hill", "Park", "Quay", "Wharf", "Grove",
    ]

    /// Street types that are not also common words, so a footer in capitals (`548 MARKET ST`) counts too.
    private static let unambiguousSuffixes = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln",
                                              "Parkway", "Pkwy", "Highway", "Hwy"]

    /// The street types that end a numbered street, as written (the expression is case-sensitive).
    private static let numberedStreetTypes = streetSuffixes + unambiguousSuffixes.map { $0.uppercased() }

    /// Endings of Germanic street names, as regex alternatives.
    private static let germanicStreetTypes = [
        "straße", "strasse", "str\\.", "gasse", "weg", "allee", "platz", "damm", "ufer", "straat", "laan", "gracht", "plein", "kade",
        "singel", "vej", "gade", "gatan", "vägen", "veien", "gata", "katu",
    ]

    /// The USPS state and territory codes.
    private static let usStates = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
        "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
    ]

    private static let formats: [String] = [
        // `548 Market St`, `1600 Amphitheatre Pkwy`, `7-11 Commercial Ct`, `123, Green Garden Street`: a house
        // number, one to four capitalised words (so `In 1979, Dr. Smith` is not a street), a street type.
        wordStart + "(" + icu(#"\d{1,6}[A-Za-z]?(?:-\d{1,5})?,?\s+(?:[\p{Lu}\d][\p{L}\d'.\-]*\s+){1,4}(?:"#)
            + numberedStreetTypes.joined(separator: "|") + "))" + wordEnd,
        // `San Francisco, CA 94104`, `Springfield, MA 12345-6789`.
        "(" + icu(#",\s*(?:"# + usStates.joined(separator: "|") + #")\.?\s+\d{5}(?:-\d{4})?"#) + ")" + wordEnd,
        // PO boxes and their equivalents: `P.O. Box 123`, `Postfach 10 11 12`, `Apartado de Correos 5`.
        wordStart + "(" + icu(#"(?i:p\.?\s?o\.?\s*box|post\s+office\s+box|postfach|postbus|apartado(?:\s+de\s+correos)?|casella\s+postale|casilla|bo[iî]te\s+postale|caixa\s+postal|skrytka\s+pocztowa)\s*(?i:no\.?\s*)?#?\s*\d+"#) + ")",
        // The French PO box: `BP 42`, `B.P. 7`.
        wordStart + "(" + icu(#"B\.?P\.?\s+\d{1,5}"#) + ")" + wordEnd,
        // UK postcode: `SW1A 1AA`, `BT1 2NB`, `EC2A 4NE`.
        wordStart + "(" + icu(#"(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s\d[ABD-HJLNP-UW-Z]{2}"#) + ")" + wordEnd,
        // Canadian postal code: `K1A 0B1` (the space keeps hex colours such as `E4E4E4` out).
        wordStart + "(" + icu(#"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d"#) + ")" + wordEnd,
        // Australian state and postcode: `Sydney NSW 2000`.
        wordStart + "(" + icu(#"(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}"#) + ")" + wordEnd,
        // Dutch postcode: `1012 AB Amsterdam`.
        wordStart + "(" + icu(#"[1-9]\d{3} [A-Z]{2}\s+\p{Lu}\p{Ll}+"#) + ")",
        // German, Dutch, Nordic street then number: `Hauptstraße 5`, `Musterweg 12a`, `Keizersgracht 123`, `Storgatan 1`;
        // a capitalised name, and no `-ring`/`-tie` endings, which English gerunds (`Offering 3`) share.
        wordStart + "(" + icu(#"\p{Lu}\p{Ll}*(?:"# + germanicStreetTypes.joined(separator: "|") + #")\s+\d{1,5}[a-z]?"#) + ")" + wordEnd,
        // French number then street type: `12 rue de la Paix`, `5 bis avenue Foch`.
        wordStart + "(" + icu(#"\d{1,4}(?i:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|boulevard|bd|allée|chemin|impasse|quai|route|cours)\s+\p{L}"#) + ")",
        // Street type, capitalised name, number: `Via Roma 12`, `Calle Mayor, 5`, `Rua Augusta 100`, `ul. Długa 5`.
        wordStart + "(" + icu(#"(?:[Rr]ue|Via|Viale|Piazza|Corso|Largo|Calle|Avenida|Avda\.?|Paseo|Plaza|Carrer|Rua|Travessa|Praça|[Uu]l\.|Ulica|Aleja)\s+(?:\p{Lu}[\p{L}'\-]*\.?\s+){0,4}?\p{Lu}[\p{L}'\-]+,?\s*(?:n[º°.]\s*)?\d{1,5}"#) + ")" + wordEnd,
        // Japanese postal mark: `〒100-0005`.
        "(" + icu(#"〒\s?\d{3}-?\d{4}"#) + ")",
        // A secondary unit on its own line of an address: `Suite 200`, `Ste. 4`.
        wordStart + "(" + icu(#"(?:Suite|SUITE|Ste\.?)\s+#?\d+"#) + ")",
    ]
}
