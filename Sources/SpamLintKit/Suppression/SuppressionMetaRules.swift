/// The rules that report on suppression comments themselves. A directive without rule ids
/// ("every rule") does not cover them, so `<!-- spamlint-disable-file -->` cannot hide the
/// `suppression-ships` finding about itself; naming them explicitly does.
public enum SuppressionMetaRules {
    public static let suppressionShips = "suppression-ships"
    public static let invalidSuppression = "invalid-suppression"
    public static let unusedSuppression = "unused-suppression"
    public static let ids: Set<String> = [suppressionShips, invalidSuppression, unusedSuppression]
}
