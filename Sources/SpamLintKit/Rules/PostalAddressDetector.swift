import Foundation

/// Recognises a sender's physical postal address in visible text: common street, PO-box and
/// postcode formats of the US, UK, Canada, Australia, continental Europe and Japan, and the
/// placeholders ESPs render the account's address with.
enum PostalAddressDetector {
    /// What made the text count as holding an address, for the finding's evidence and for tests: an
    /// address placeholder in the text as written, or an address in its literal words (`literal`, the
    /// text with its template tags taken out, as the reader keeps it beside the text).
    static func evidence(in text: String, literal: String) -> String? {
        if let placeholder = addressPlaceholder(in: text) { return placeholder }
        // Every expression needs a digit, and most of them more of the text's shape; it is read once, in one pass.
        let shape = AddressTextShape(literal)
        guard shape.hasDigit else { return nil }
        let range = NSRange(literal.startIndex..., in: literal)
        for (expression, required, possible) in patterns {
            guard possible(shape), required?.mayMatch(literal) ?? true else { continue }
            let pattern = expression()
            guard let match = pattern.firstMatch(in: literal, range: range), let found = Range(match.range, in: literal) else { continue }
            if pattern === stateAndZIP, let state = Range(match.range(at: 1), in: literal), !usStates.contains(String(literal[state])) {
                continue
            }
            return String(literal[found])
        }
        return nil
    }

    /// A placeholder that renders the sender's address: `*|LIST:ADDRESSLINE|*`, `*|HTML:LIST_ADDRESS_HTML|*`,
    /// `{{ site_settings.company_street_address_1 }}`, `{{Sender_Address}}`, `[Sender_Address]`, `%SENDER-INFO%`…
    static func addressPlaceholder(in text: String) -> String? {
        guard placeholderLiterals.mayMatch(text), placeholderOpeners.mayMatch(text), placeholderClosers.mayMatch(text) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        for match in placeholderPattern.matches(in: text, range: range) {
            guard let found = Range(match.range, in: text) else { continue }
            let token = String(text[found])
            let lower = token.lowercased()
            // The recipient's e-mail address or IP, not the sender's postal address.
            if ["email", "e-mail", "e_mail", "ip_address", "ipaddress", "web_address", "url"].contains(where: lower.contains) { continue }
            return token
        }
        return nil
    }

    private static func regex(_ pattern: String, _ options: NSRegularExpression.Options = []) -> NSRegularExpression {
        // The patterns are constants; a typo must fail the test suite, not a user's run.
        try! NSRegularExpression(pattern: pattern, options: options)
    }

    static let placeholderPattern = regex(
        #"(?:\{\{\{?|\*\||%%?|\[|<%=?)\s*[\w.:\- ]{0,40}?(?:address|street|postal|sender[_-]?info|sender_city|sender_zip|company_city|company_zip|company_state|organization\.)[\w.:\- ]{0,40}(?:\}\}\}?|\|\*|%%?|\]|%>)"#,
        [.caseInsensitive])

    /// The expression's delimiters, by a piece each of them holds (`<%` by its `%`); case folding leaves punctuation alone.
    static let placeholderOpeners = RequiredLiterals(["{{", "*|", "%", "["], caseInsensitive: false)
    static let placeholderClosers = RequiredLiterals(["}}", "|*", "%", "]"], caseInsensitive: false)

    static let placeholderLiterals = RequiredLiterals(
        ["address", "street", "postal", "sender", "company_", "organization."], caseInsensitive: true)

    private static let streetSuffixes = [
        "Street", "St", "Avenue", "Ave", "Av", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct",
        "Way", "Place", "Pl", "Parkway", "Pkwy", "Highway", "Hwy", "Terrace", "Ter", "Circle", "Cir", "Plaza", "Square", "Sq",
        "Trail", "Trl", "Crescent", "Cres", "Close", "Row", "Broadway", "Center", "Centre", "Pike", "Expressway", "Loop",
        "Walk", "Mews", "Gardens", "Hill", "Park", "Quay", "Wharf", "Grove",
    ]

    /// Street types that are not also common words, so a footer in capitals (`548 MARKET ST`) counts too.
    private static let unambiguousSuffixes = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln",
                                              "Parkway", "Pkwy", "Highway", "Hwy"]

    /// `548 Market St`, `1600 Amphitheatre Pkwy`, `7-11 Commercial Ct`, `123, Green Garden Street`: a house
    /// number, one to four capitalised words (so `In 1979, Dr. Smith` is not a street), a street type.
    private static let numberedStreet = regex(
        #"\b\d{1,6}[A-Za-z]?(?:-\d{1,5})?,?\s+(?:[\p{Lu}\d][\p{L}\d'.\-]*\s+){1,4}(?:"#
            + numberedStreetTypes.joined(separator: "|") + #")\b"#)

    /// The street types that end a numbered street, as written (the expression is case-sensitive).
    static let numberedStreetTypes = streetSuffixes + unambiguousSuffixes.map { $0.uppercased() }

    /// The French street types, `allée` by its ASCII start, lower-case.
    static let frenchStreetTypeStarts = ["rue", "avenue", "boulevard", "bd", "all", "chemin", "impasse", "quai", "route", "cours"]

    /// `San Francisco, CA 94104`, `Springfield, MA 12345-6789` (state checked against the USPS codes).
    static let stateAndZIP = regex(#",\s*([A-Z]{2})\.?\s+\d{5}(?:-\d{4})?\b"#)

    /// Each pattern with the literals it cannot match without, where those are rare enough to be worth a look first,
    /// and the shape of text it needs (every one needs a digit). Each expression is a static let reached through a
    /// closure, so it is compiled the first time a text gets past its pre-filters: ICU compiles are costly, and a
    /// one-file run with a US footer needs only the first one or two.
    static let patterns: [(@Sendable () -> NSRegularExpression, RequiredLiterals?, @Sendable (AddressTextShape) -> Bool)] = [
        ({ numberedStreet }, nil, \.mayHoldNumberedStreet),
        ({ stateAndZIP }, nil, \.mayHoldStateAndZIP),
        ({ postOfficeBox },
         RequiredLiterals(["box", "postfach", "postbus", "apartado", "casella", "casilla", "postale", "caixa", "skrytka"], caseInsensitive: true),
         \.hasDigit),
        ({ boîtePostale }, RequiredLiterals(["BP", "B.P"], caseInsensitive: false), \.hasDigit),
        ({ ukPostcode }, nil, \.mayHoldUKPostcode),
        ({ canadianPostalCode }, nil, \.mayHoldCanadianPostalCode),
        ({ australianStateAndPostcode },
         RequiredLiterals(["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"], caseInsensitive: false), \.mayHoldAustralianPostcode),
        ({ dutchPostcode }, nil, \.mayHoldDutchPostcode),
        ({ germanicStreetThenNumber },
         RequiredLiterals(germanicStreetTypes.map { $0.replacingOccurrences(of: "\\", with: "") }, caseInsensitive: false), \.hasDigit),
        ({ frenchNumberThenStreet }, nil, \.mayHoldFrenchStreet),
        ({ streetTypeNameNumber },
         RequiredLiterals(["Rue", "rue", "Via", "Piazza", "Corso", "Largo", "Calle", "Avenida", "Avda", "Paseo", "Plaza", "Carrer", "Rua",
                           "Travessa", "Praça", "Ul.", "ul.", "Ulica", "Aleja"], caseInsensitive: false), \.hasDigit),
        ({ japanesePostalMark }, RequiredLiterals(["〒"], caseInsensitive: false), \.hasDigit),
        ({ suite }, RequiredLiterals(["Suite", "SUITE", "Ste"], caseInsensitive: false), \.mayHoldSuite),
    ]

    /// PO boxes and their equivalents: `P.O. Box 123`, `Postfach 10 11 12`, `Apartado de Correos 5`.
    private static let postOfficeBox = regex(
        #"\b(?:p\.?\s?o\.?\s*box|post\s+office\s+box|postfach|postbus|apartado(?:\s+de\s+correos)?|casella\s+postale|casilla|bo[iî]te\s+postale|caixa\s+postal|skrytka\s+pocztowa)\s*(?:no\.?\s*)?#?\s*\d+"#,
        [.caseInsensitive])

    /// The French PO box: `BP 42`, `B.P. 7`.
    private static let boîtePostale = regex(#"\bB\.?P\.?\s+\d{1,5}\b"#)

    /// UK postcode: `SW1A 1AA`, `BT1 2NB`, `EC2A 4NE`.
    private static let ukPostcode = regex(#"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s\d[ABD-HJLNP-UW-Z]{2}\b"#)

    /// Canadian postal code: `K1A 0B1` (the space keeps hex colours such as `E4E4E4` out).
    private static let canadianPostalCode = regex(#"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b"#)

    /// Australian state and postcode: `Sydney NSW 2000`.
    private static let australianStateAndPostcode = regex(#"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b"#)

    /// Dutch postcode: `1012 AB Amsterdam`.
    private static let dutchPostcode = regex(#"\b[1-9]\d{3} [A-Z]{2}\s+\p{Lu}\p{Ll}+"#)

    /// German, Dutch, Nordic street then number: `Hauptstraße 5`, `Musterweg 12a`, `Keizersgracht 123`, `Storgatan 1`;
    /// a capitalised name, and no `-ring`/`-tie` endings, which English gerunds (`Offering 3`) share.
    private static let germanicStreetThenNumber = regex(
        #"\b\p{Lu}\p{Ll}*(?:\#(germanicStreetTypes.joined(separator: "|")))\s+\d{1,5}[a-z]?\b"#)

    /// French number then street type: `12 rue de la Paix`, `5 bis avenue Foch`.
    private static let frenchNumberThenStreet = regex(
        #"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|allée|chemin|impasse|quai|route|cours)\s+\p{L}"#,
        [.caseInsensitive])

    /// Street type, capitalised name, number: `Via Roma 12`, `Calle Mayor, 5`, `Rua Augusta 100`, `ul. Długa 5`.
    private static let streetTypeNameNumber = regex(
        #"\b(?:[Rr]ue|Via|Viale|Piazza|Corso|Largo|Calle|Avenida|Avda\.?|Paseo|Plaza|Carrer|Rua|Travessa|Praça|[Uu]l\.|Ulica|Aleja)\s+(?:\p{Lu}[\p{L}'\-]*\.?\s+){0,4}?\p{Lu}[\p{L}'\-]+,?\s*(?:n[º°.]\s*)?\d{1,5}\b"#)

    /// Japanese postal mark: `〒100-0005`.
    private static let japanesePostalMark = regex(#"〒\s?\d{3}-?\d{4}"#)

    /// A secondary unit on its own line of an address: `Suite 200`, `Ste. 4`.
    private static let suite = regex(#"\b(?:Suite|SUITE|Ste\.?)\s+#?\d+"#)

    /// Endings of Germanic street names, as regex alternatives.
    private static let germanicStreetTypes = [
        "straße", "strasse", "str\\.", "gasse", "weg", "allee", "platz", "damm", "ufer", "straat", "laan", "gracht", "plein", "kade",
        "singel", "vej", "gade", "gatan", "vägen", "veien", "gata", "katu",
    ]

    static let usStates: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
        "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
    ]
}
