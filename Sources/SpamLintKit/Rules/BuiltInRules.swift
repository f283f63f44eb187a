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
        LinkIPHostRule(),
        LinkShortenerRule(),
        LinkTextURLMismatchRule(),
        LinkUserInfoRule(),
        MalformedInputRule(),
        MissingTextPartRule(),
        OneClickUnsubscribeMissingRule(),
        ReplyToDomainMismatchRule(),
        ReturnPathNotAlignedRule(),
        UnsubscribeHeaderMissingRule(),
        UnsubscribeLinkMissingRule(),
    ]
}
