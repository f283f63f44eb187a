import SpamLintInterop

/// Recognises a sender's physical postal address in visible text: common street, PO-box and
/// postcode formats of the US, UK, Canada, Australia, continental Europe and Japan, and the
/// placeholders ESPs render the account's address with.
///
/// Each format is an RE2 expression, matched in time linear in the text. They were written for ICU,
/// whose `\d`, `\s`, `\w` and `\b` are Unicode-aware; `UnicodeRegexClass` spells those out for RE2,
/// whose own are ASCII. The formats stay separate expressions: joined into one, RE2's automaton
/// needs the product of their states and spends more building it than the separate passes cost.
enum PostalAddressDetector {
    /// What made the text count as holding an address, for tests: an address placeholder in the text
    /// as written, or the first format's address in its literal words (`literal`, the text with its
    /// template tags taken out, as the reader keeps it beside the text).
    static func evidence(in text: String, literal: String) -> String? {
        if let placeholder = addressPlaceholder(in: text) { return placeholder }
        for format in formats where format.candidate().matches(literal) {
            // Group 1 is the format's own text, without the characters that stand for ICU's `\b`.
            if let match = format.exact().firstMatch(in: literal), let found = match[1] { return String(literal[found]) }
        }
        return nil
    }

    /// Whether the text holds an address placeholder or an address: what the rule asks, answered by RE2's fastest search.
    static func holdsAddress(in text: String, literal: String) -> Bool {
        addressPlaceholder(in: text) != nil || formats.contains { $0.candidate().matches(literal) && $0.exact().matches(literal) }
    }

    /// A placeholder that renders the sender's address: `*|LIST:ADDRESSLINE|*`, `*|HTML:LIST_ADDRESS_HTML|*`,
    /// `{{ site_settings.company_street_address_1 }}`, `{{Sender_Address}}`, `[Sender_Address]`, `%SENDER-INFO%`…
    static func addressPlaceholder(in text: String) -> String? {
        // Most texts hold none: the widened expression matches wherever the exact one does, and RE2 answers
        // it in one pass of a small automaton (counting to 40 from every `%` or `[` of a text makes many states).
        guard placeholderCandidate.matches(text) else { return nil }
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

    // MARK: Placeholders

    /// Written for ICU.
    private static let placeholderSource =
        #"(?:\{\{\{?|\*\||%%?|\[|<%=?)\s*[\w.:\- ]{0,40}?(?:address|street|postal|sender[_-]?info|sender_city|sender_zip|company_city|company_zip|company_state|organization\.)[\w.:\- ]{0,40}(?:\}\}\}?|\|\*|%%?|\]|%>)"#

    static let placeholderPattern = regex(UnicodeRegexClass.icu(placeholderSource), caseInsensitive: true)

    /// The placeholder expression widened where that makes it cheap: repeats unbounded, and `\w` standing for any
    /// non-ASCII character as well (so RE2 compiles three ranges instead of the Unicode letter tables). It matches
    /// wherever the exact one does.
    static let placeholderCandidate = regex(
        UnicodeRegexClass.icu(unboundingRepeats(placeholderSource).replacingOccurrences(of: #"\w"#, with: #"0-9A-Z_a-z\x{80}-\x{10FFFF}"#)),
        caseInsensitive: true)

    /// The pattern with each `{m,n}` repeat made `{m,}`: a pattern that matches wherever the original
    /// does (the pattern must hold no literal `{` that is not escaped).
    static func unboundingRepeats(_ pattern: String) -> String {
        pattern.replacing(#/\{(\d+),\d+\}/#) { "{\($0.output.1),}" }
    }

    // MARK: Addresses


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

    /// A format: a cheap widened expression that matches wherever the exact one does (derived by
    /// `UnicodeRegexClass.widened`), and the exact one, tried only on a text the widened one matches. Both are
    /// static lets reached through closures, so each is compiled the first time a text needs it.
    private struct Format: Sendable {
        let candidate: @Sendable () -> LinearRegex
        let exact: @Sendable () -> LinearRegex
    }

    private static func format(_ pattern: String) -> LinearRegex { regex(UnicodeRegexClass.icu(pattern, capturing: true)) }

    private static func candidate(_ pattern: String) -> LinearRegex { regex(UnicodeRegexClass.widened(pattern)) }

    /// The formats, exact ones as `wordStart? (format) wordEnd?`. RE2 takes some 10 M instructions to compile an
    /// expression with Unicode classes and about 1 M for a widened one; a one-file run with a US footer compiles
    /// one or two. The two that start with a literal, which RE2 finds by `memchr`, come first.
    private static let formats: [Format] = [
        Format(candidate: { stateAndZIPCandidate }, exact: { stateAndZIP }),
        Format(candidate: { japanesePostalMarkCandidate }, exact: { japanesePostalMark }),
        Format(candidate: { numberedStreetCandidate }, exact: { numberedStreet }),
        Format(candidate: { postOfficeBoxCandidate }, exact: { postOfficeBox }),
        Format(candidate: { boîtePostaleCandidate }, exact: { boîtePostale }),
        Format(candidate: { ukPostcodeCandidate }, exact: { ukPostcode }),
        Format(candidate: { canadianPostalCodeCandidate }, exact: { canadianPostalCode }),
        Format(candidate: { australianStateAndPostcodeCandidate }, exact: { australianStateAndPostcode }),
        Format(candidate: { dutchPostcodeCandidate }, exact: { dutchPostcode }),
        Format(candidate: { germanicStreetThenNumberCandidate }, exact: { germanicStreetThenNumber }),
        Format(candidate: { frenchNumberThenStreetCandidate }, exact: { frenchNumberThenStreet }),
        Format(candidate: { streetTypeNameNumberCandidate }, exact: { streetTypeNameNumber }),
        Format(candidate: { suiteCandidate }, exact: { suite }),
    ]

    /// `San Francisco, CA 94104`, `Springfield, MA 12345-6789`.
    private static let stateAndZIPSource = #",\s*(?:"# + usStates.joined(separator: "|") + #")\.?\s+\d{5}(?:-\d{4})?\b"#
    private static let stateAndZIP = format(stateAndZIPSource)
    private static let stateAndZIPCandidate = candidate(stateAndZIPSource)

    /// Japanese postal mark: `〒100-0005`.
    private static let japanesePostalMarkSource = #"〒\s?\d{3}-?\d{4}"#
    private static let japanesePostalMark = format(japanesePostalMarkSource)
    private static let japanesePostalMarkCandidate = candidate(japanesePostalMarkSource)

    /// `548 Market St`, `1600 Amphitheatre Pkwy`, `7-11 Commercial Ct`, `123, Green Garden Street`: a house
    /// number, one to four capitalised words (so `In 1979, Dr. Smith` is not a street), a street type.
    private static let numberedStreetSource = #"\b\d{1,6}[A-Za-z]?(?:-\d{1,5})?,?\s+(?:[\p{Lu}\d][\p{L}\d'.\-]*\s+){1,4}(?:"# + numberedStreetTypes.joined(separator: "|") + #")\b"#
    private static let numberedStreet = format(numberedStreetSource)
    private static let numberedStreetCandidate = candidate(numberedStreetSource)

    /// PO boxes and their equivalents: `P.O. Box 123`, `Postfach 10 11 12`, `Apartado de Correos 5`.
    private static let postOfficeBoxSource = #"\b(?i:p\.?\s?o\.?\s*box|post\s+office\s+box|postfach|postbus|apartado(?:\s+de\s+correos)?|casella\s+postale|casilla|bo[iî]te\s+postale|caixa\s+postal|skrytka\s+pocztowa)\s*(?i:no\.?\s*)?#?\s*\d+"#
    private static let postOfficeBox = format(postOfficeBoxSource)
    private static let postOfficeBoxCandidate = candidate(postOfficeBoxSource)

    /// The French PO box: `BP 42`, `B.P. 7`.
    private static let boîtePostaleSource = #"\bB\.?P\.?\s+\d{1,5}\b"#
    private static let boîtePostale = format(boîtePostaleSource)
    private static let boîtePostaleCandidate = candidate(boîtePostaleSource)

    /// UK postcode: `SW1A 1AA`, `BT1 2NB`, `EC2A 4NE`.
    private static let ukPostcodeSource = #"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s\d[ABD-HJLNP-UW-Z]{2}\b"#
    private static let ukPostcode = format(ukPostcodeSource)
    private static let ukPostcodeCandidate = candidate(ukPostcodeSource)

    /// Canadian postal code: `K1A 0B1` (the space keeps hex colours such as `E4E4E4` out).
    private static let canadianPostalCodeSource = #"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b"#
    private static let canadianPostalCode = format(canadianPostalCodeSource)
    private static let canadianPostalCodeCandidate = candidate(canadianPostalCodeSource)

    /// Australian state and postcode: `Sydney NSW 2000`.
    private static let australianStateAndPostcodeSource = #"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b"#
    private static let australianStateAndPostcode = format(australianStateAndPostcodeSource)
    private static let australianStateAndPostcodeCandidate = candidate(australianStateAndPostcodeSource)

    /// Dutch postcode: `1012 AB Amsterdam`.
    private static let dutchPostcodeSource = #"\b[1-9]\d{3} [A-Z]{2}\s+\p{Lu}\p{Ll}+"#
    private static let dutchPostcode = format(dutchPostcodeSource)
    private static let dutchPostcodeCandidate = candidate(dutchPostcodeSource)

    /// German, Dutch, Nordic street then number: `Hauptstraße 5`, `Musterweg 12a`, `Keizersgracht 123`, `Storgatan 1`;
    /// a capitalised name, and no `-ring`/`-tie` endings, which English gerunds (`Offering 3`) share.
    private static let germanicStreetThenNumberSource = #"\b\p{Lu}\p{Ll}*(?:"# + germanicStreetTypes.joined(separator: "|") + #")\s+\d{1,5}[a-z]?\b"#
    private static let germanicStreetThenNumber = format(germanicStreetThenNumberSource)
    private static let germanicStreetThenNumberCandidate = candidate(germanicStreetThenNumberSource)

    /// French number then street type: `12 rue de la Paix`, `5 bis avenue Foch`.
    private static let frenchNumberThenStreetSource = #"\b\d{1,4}(?i:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|boulevard|bd|allée|chemin|impasse|quai|route|cours)\s+\p{L}"#
    private static let frenchNumberThenStreet = format(frenchNumberThenStreetSource)
    private static let frenchNumberThenStreetCandidate = candidate(frenchNumberThenStreetSource)

    /// Street type, capitalised name, number: `Via Roma 12`, `Calle Mayor, 5`, `Rua Augusta 100`, `ul. Długa 5`.
    private static let streetTypeNameNumberSource = #"\b(?:[Rr]ue|Via|Viale|Piazza|Corso|Largo|Calle|Avenida|Avda\.?|Paseo|Plaza|Carrer|Rua|Travessa|Praça|[Uu]l\.|Ulica|Aleja)\s+(?:\p{Lu}[\p{L}'\-]*\.?\s+){0,4}?\p{Lu}[\p{L}'\-]+,?\s*(?:n[º°.]\s*)?\d{1,5}\b"#
    private static let streetTypeNameNumber = format(streetTypeNameNumberSource)
    private static let streetTypeNameNumberCandidate = candidate(streetTypeNameNumberSource)

    /// A secondary unit on its own line of an address: `Suite 200`, `Ste. 4`.
    private static let suiteSource = #"\b(?:Suite|SUITE|Ste\.?)\s+#?\d+"#
    private static let suite = format(suiteSource)
    private static let suiteCandidate = candidate(suiteSource)
}
