/// Every Swift rule shipped with spamlint, in id order. A test checks that every `*Rule.swift`
/// file in BuiltIn/ is listed here.
public enum BuiltInRules {
    public static let all: [any Rule] = [
        DKIMNotAlignedRule(),
        FromDisplayNameSpoofRule(),
        FromNotSendingDomainRule(),
        HiddenTextRule(),
        HTMLMissingDoctypeLangCharsetRule(),
        HTMLScriptRule(),
        HTMLTinyFontRule(),
        HTMLTitleSubjectMismatchRule(),
        HTMLTooLargeGmailClipRule(),
        ImageHeavyRule(),
        ImageMissingAltRule(),
        ImageOnlyRule(),
        InvalidSuppressionRule(),
        LinkDataURIRule(),
        LinkHTTPSTextHTTPHrefRule(),
        LinkIPHostRule(),
        LinkJavaScriptURIRule(),
        LinkNonstandardPortRule(),
        LinkPlainHTTPRule(),
        LinkPunycodeRule(),
        LinkRedirectorRule(),
        LinkShortenerRule(),
        LinkShortenerLinkedImageRule(),
        LinkTextURLMismatchRule(),
        LinkUserInfoRule(),
        LinksManyDomainsRule(),
        MalformedInputRule(),
        MetaRefreshRule(),
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
