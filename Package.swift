// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "spamlint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SpamLintKit", targets: ["SpamLintKit"]),
        .executable(name: "spamlint", targets: ["spamlint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C libraries, seen only by SpamLintInterop.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CPSL", pkgConfig: "libpsl", providers: [.apt(["libpsl-dev"])]),
        .systemLibrary(name: "CIDN2", pkgConfig: "libidn2", providers: [.apt(["libidn2-dev"])]),
        // glibc's stub resolver (libresolv ships with libc6-dev), for the opt-in DNS checks.
        .systemLibrary(name: "CResolv"),
        // RE2 (a C++ library) behind a C interface: linear-time regular expressions.
        .target(name: "CRE2Shim", linkerSettings: [.linkedLibrary("re2")]),
        // The one layer that touches pointers: copies C results into Swift values at once.
        .target(name: "SpamLintInterop", dependencies: ["CLibXML2", "CPSL", "CIDN2", "CResolv", "CRE2Shim"]),
        // Generates Swift source from Rules/ so the binary is self-contained.
        .executableTarget(name: "embed-rules", path: "Sources/embed-rules"),
        .plugin(name: "EmbedRulesPlugin", capability: .buildTool(), dependencies: ["embed-rules"]),
        // Records the commit the package is built from (`spamlint --version`), read from git's files.
        .executableTarget(name: "build-commit", path: "Sources/build-commit"),
        .plugin(name: "BuildCommitPlugin", capability: .buildTool(), dependencies: ["build-commit"]),
        .target(
            name: "SpamLintKit",
            dependencies: ["SpamLintInterop", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedRulesPlugin"]
        ),
        .executableTarget(
            name: "spamlint",
            dependencies: ["SpamLintKit", "SpamLintInterop", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // Release builds link the Swift runtime and Foundation statically, as `--static-swift-stdlib`
            // does: a one-file run (a pre-commit hook) no longer spends a third of its time loading and
            // relocating a dozen shared libraries, and the binary runs without the toolchain. Foundation's
            // archives reference each other (and its bundled ICU), so they are linked as one group.
            // They also link through Scripts/release-linker, which drops the `$ORIGIN` RUNPATH SwiftPM adds
            // (a writable install folder could inject libraries; no manifest setting removes it).
            linkerSettings: [.unsafeFlags(staticSwiftRuntime + releaseLinker, .when(platforms: [.linux], configuration: .release))],
            plugins: ["BuildCommitPlugin"]
        ),
        // The CLI tests run the built `spamlint` executable, so the test target depends on it.
        .testTarget(name: "SpamLintKitTests", dependencies: ["SpamLintKit", "SpamLintInterop", "spamlint"],
                    // Golden files are read from the source tree by path, not bundled.
                    exclude: ["Snapshots"]),
    ]
)

/// Linker flags for a Swift runtime and Foundation linked into the executable (Linux).
var staticSwiftRuntime: [String] {
    let archives = ["_FoundationICU", "CoreFoundation", "Foundation", "FoundationEssentials", "FoundationInternationalization",
                    "_FoundationCShims", "_FoundationCollections", "swiftSynchronization"]
    return ["-static-stdlib", "-Xlinker", "--start-group"] + archives.flatMap { ["-Xlinker", "-l\($0)"] } + ["-Xlinker", "--end-group"]
}

/// gold without SwiftPM's `-rpath=$ORIGIN` (see Scripts/release-linker).
var releaseLinker: [String] {
    ["-ld-path=\(Context.packageDirectory)/Scripts/release-linker"]
}
