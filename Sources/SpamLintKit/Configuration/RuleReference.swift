/// A rule id written in a configuration file, checked once the packs of its whole chain are known
/// (a folder's `.spamlint.yml` may configure a rule of a pack its parent loads).
struct RuleReference: Sendable {
    var id: String
    var location: ConfigurationLocation
}
