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
        // The one layer that touches pointers: copies C results into Swift values at once.
        .target(name: "SpamLintInterop", dependencies: ["CLibXML2", "CPSL", "CIDN2", "CResolv"]),
        // Generates Swift source from Rules/ so the binary is self-contained.
        .executableTarget(name: "embed-rules", path: "Sources/embed-rules"),
        .plugin(name: "EmbedRulesPlugin", capability: .buildTool(), dependencies: ["embed-rules"]),
        .target(
            name: "SpamLintKit",
            dependencies: ["SpamLintInterop", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedRulesPlugin"]
        ),
        .executableTarget(
            name: "spamlint",
            dependencies: ["SpamLintKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The CLI tests run the built `spamlint` executable, so the test target depends on it.
        .testTarget(name: "SpamLintKitTests", dependencies: ["SpamLintKit", "SpamLintInterop", "spamlint"],
                    // Golden files are read from the source tree by path, not bundled.
                    exclude: ["Snapshots"]),
    ]
)
