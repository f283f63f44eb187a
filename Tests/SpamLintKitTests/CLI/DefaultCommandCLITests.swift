import Foundation
import Testing

/// `spamlint ARGS` is parsed by `lint` alone (a start-up shortcut); it must behave exactly as
/// `spamlint lint ARGS`, which goes through the root command, errors and usage messages included.
@Suite(.serialized)
struct DefaultCommandCLITests {
    static let template = "Samples/templates/clean-newsletter.hbs"
    static let risky = "Samples/templates/risky-shortener-flash-sale.html"

    static let commandLines: [[String]] = [
        [template],
        [template, risky],
        ["--format", "json", template, risky],
        [risky, "--quiet", "--fail-on", "never"],
        ["--statistics", "--no-color", "Samples/templates"],
        ["--disable", "link-shortener", "--format", "sarif", risky],
        ["--from", "news@acme.example", "--sending-domain", "acme.example", template],
        // Refused by `lint`: parsed again from the root for its message.
        [],
        ["--bogus", template],
        ["--format", "nope", template],
        ["--fail-on", "bogus", template],
        ["--max-file-size", "0", template],
        ["--max-file-size"],
        ["--dns-server", "127.0.0.1", template],
        ["--format", "help"],
    ]

    @Test(arguments: commandLines)
    func withoutTheCommandNameAsWithIt(_ arguments: [String]) throws {
        let short = try CLITests.run(arguments)
        let named = try CLITests.run(["lint"] + arguments)
        #expect(short.status == named.status, "\(arguments)")
        #expect(short.stdout == named.stdout, "\(arguments)")
        #expect(short.stderr == named.stderr, "\(arguments)")
    }

    /// Command lines the root answers itself never take the shortcut.
    @Test func rootArgumentsGoToTheRoot() throws {
        let help = try CLITests.run([Self.template, "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: spamlint lint [<options>]"), "\(help.stdout.prefix(300))")
        let version = try CLITests.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
        let completion = try CLITests.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0 && completion.stdout.contains("_spamlint"), "\(completion.stdout.prefix(200))")
    }
}
