/// The rules that report on suppression comments themselves. A directive without rule ids
/// ("every rule") does not cover them, so `<!-- spamlint-disable-file -->` cannot hide the
/// `suppression-ships` finding about itself; naming them explicitly does.
@_spi(CLI) public enum SuppressionMetaRules {
    @_spi(CLI) public static let suppressionShips = "suppression-ships"
    @_spi(CLI) public static let invalidSuppression = "invalid-suppression"
    @_spi(CLI) public static let unusedSuppression = "unused-suppression"
    @_spi(CLI) public static let ids: Set<String> = [suppressionShips, invalidSuppression, unusedSuppression]
}
