// swift-tools-version: 6.1
// libFuzzer harnesses for spamlint. A separate package so the main build and `swift test` never
// compile them; build with Scripts/fuzz.sh. Only the harnesses get `-sanitize=fuzzer` (it links
// libFuzzer's `main`, which would break the embed-rules build tool); the engine gets the same
// coverage instrumentation from the script's `-sanitize=address -sanitize-coverage=…` flags.
import PackageDescription

/// Every harness is one executable target with one file (main.swift) that calls `FuzzDriver.run`.
/// Adding a harness (e.g. the rule-pack loader) is one name here plus a main.swift of a few lines.
let harnesses = ["fuzz-mime", "fuzz-rfc2047", "fuzz-html", "fuzz-template", "fuzz-config", "fuzz-pack", "fuzz-baseline"]

let package = Package(
    name: "spamlint-fuzz",
    dependencies: [.package(name: "spamlint", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"]),
    ] + harnesses.map { name in
        // main.swift calls FuzzDriver.run (LLVMFuzzerRunDriver): SwiftPM aliases `main` to the
        // module's entry point, so libFuzzer's own `main` cannot be used.
        .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "SpamLintKit", package: "spamlint")],
                          swiftSettings: [.unsafeFlags(["-sanitize=fuzzer"])],
                          linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])])
    }
)
