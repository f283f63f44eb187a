/// The version printed by `--version` and written into reports.
public enum SpamLintVersion {
    public static let current = "0.1.0"
}
