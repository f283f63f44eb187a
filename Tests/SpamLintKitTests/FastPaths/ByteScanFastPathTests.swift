import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Header names are compared by byte; the answers must be those of comparing Characters.
struct ByteScanFastPathTests {
    @Test func headerNamesMatchAsWithIterators() {
        let names = ["Subject", "subject", "SUBJECT", "Subjects", "Subjec", "Message-ID", "message-id", "X@", "X`", "[", "{", "", "a",
                     "\u{212A}ey", "Key", "KEY", "Stra\u{DF}e", "STRASSE", "strasse", "İd", "id", "ID", "ı", "I", "Ｘ-Mailer", "x-mailer",
                     "Content-Type", "content-type", "Content-Typ\u{E9}", "CONTENT-TYP\u{C9}", "List-Unsubscribe", "List-Unsubscribe-Post"]
        for name in names {
            for wanted in names {
                #expect(HeaderList.namesMatch(name, wanted) == HeaderList.slowNamesMatch(name, wanted), "\(name) \(wanted)")
            }
        }
        #expect(HeaderList.namesMatch("CONTENT-TYPE", "content-type") && !HeaderList.namesMatch("Content-Type", "Content-Typ"))
    }
}
