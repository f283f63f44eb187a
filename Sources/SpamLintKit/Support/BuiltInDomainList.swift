/// A list shipped in `Rules/lists/`, parsed on first use and then shared by every thread.
///
/// A single-file run that never looks a host up in a list never parses it.
enum BuiltInDomainList: String, Sendable, Hashable {
    case shorteners = "lists/url-shorteners.txt"
    case clickTrackers = "lists/click-tracking-domains.txt"
    case freemail = "lists/freemail-domains.txt"

    // Static lets are initialised once, on first access, thread-safely (swift_once).
    private static let shortenerEntries = parse(.shorteners)
    private static let clickTrackerEntries = parse(.clickTrackers)
    private static let freemailEntries = parse(.freemail)

    private static let shortenerMatches = DomainMatchCache()
    private static let clickTrackerMatches = DomainMatchCache()
    private static let freemailMatches = DomainMatchCache()

    /// Answers for hosts already looked up in this list alone (no entries added).
    var matches: DomainMatchCache {
        switch self {
        case .shorteners: return BuiltInDomainList.shortenerMatches
        case .clickTrackers: return BuiltInDomainList.clickTrackerMatches
        case .freemail: return BuiltInDomainList.freemailMatches
        }
    }

    var entries: DomainEntries {
        switch self {
        case .shorteners: return BuiltInDomainList.shortenerEntries
        case .clickTrackers: return BuiltInDomainList.clickTrackerEntries
        case .freemail: return BuiltInDomainList.freemailEntries
        }
    }

    private static func parse(_ list: BuiltInDomainList) -> DomainEntries {
        DomainEntries(listText: BuiltInRuleFiles.text(list.rawValue) ?? "")
    }
}
