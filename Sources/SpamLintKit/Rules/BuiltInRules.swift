/// Every Swift rule shipped with spamlint, in id order. A test checks that every `*Rule.swift`
/// file in BuiltIn/ is listed here.
public enum BuiltInRules {
    public static let all: [any Rule] = [
        DKIMNotAlignedRule(),
        FromDisplayNameSpoofRule(),
        FromNotSendingDomainRule(),
        HiddenTextRule(),
        HTMLScriptRule(),
        ImageOnlyRule(),
        InvalidSuppressionRule(),
        LinkIPHostRule(),
        LinkShortenerRule(),
        LinkTextURLMismatchRule(),
        LinkUserInfoRule(),
        MalformedInputRule(),
        MissingTextPartRule(),
        OneClickUnsubscribeMissingRule(),
        ReplyToDomainMismatchRule(),
        ReturnPathNotAlignedRule(),
        SuppressionShipsRule(),
        UnsubscribeHeaderMissingRule(),
        UnsubscribeLinkMissingRule(),
        UnusedSuppressionRule(),
    ]

    /// The ids of `all`.
    public static let ids: Set<String> = Set(all.map(\.description.id))
}
