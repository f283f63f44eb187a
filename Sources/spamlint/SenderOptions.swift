import ArgumentParser

/// Options that say who sends the mail and which configuration applies.
struct SenderOptions: ParsableArguments {
    @Option(name: .customLong("from"), help: "From address of the templates (e.g. news@example.com).")
    var from: String?

    @Option(name: .customLong("sending-domain"), help: "The domain you send from (SPF/DKIM authenticated); From must be on it.")
    var sendingDomain: String?

    @Option(name: .customLong("config"), help: "Configuration file (default: the nearest .spamlint.yml).")
    var config: String?
}
