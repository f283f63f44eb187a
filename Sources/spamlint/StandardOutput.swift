import ArgumentParser
import SpamLintInterop

/// Everything spamlint prints goes through here, with write(2): a full disk, a closed standard
/// output or a reader that went away is an I/O error (exit 2) named on standard error, never a
/// crash or a report cut short without a word.
enum StandardOutput {
    static func write(_ text: String) throws {
        guard let error = DescriptorWriter.write(text, to: DescriptorWriter.standardOutput) else { return }
        printError("spamlint: cannot write to standard output: \(error.reason)")
        throw ExitCode(2)
    }

    static func line(_ text: String) throws {
        try write(text + "\n")
    }
}
