import FuzzSupport
@_spi(CLI) @testable import SpamLintKit
import Glibc

/// The baseline file reader (`Baseline.load`: the bounded read, JSON decoding, the format checks),
/// then the loaded baseline applied to one fixed message's findings. The input is written to one
/// file in a private folder, as `--baseline` reads a path; the message and its findings are built once.
let folder = FuzzFixtures.privateFolder("baseline")
let path = folder + "/baseline.json"
let findings = Linter().findings(in: MessageReader.read(Array(FuzzFixtures.message.utf8), settings: ReadSettings()))

FuzzDriver.run { bytes in
    FuzzFixtures.write(bytes, to: path)
    guard let baseline = try? Baseline.load(path: path, baseDirectory: folder, workingDirectory: folder) else { return }
    _ = baseline.apply(to: findings, path: "message.eml")
}
