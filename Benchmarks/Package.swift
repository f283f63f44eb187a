// swift-tools-version: 6.1
// Micro-benchmarks of spamlint's hot paths, kept out of the main package so that `swift build`
// and `swift test` at the repository root never fetch or build the benchmark harness.
// Run from this folder: `swift package --allow-writing-to-package-directory benchmark`
import PackageDescription

let package = Package(
    name: "spamlint-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "spamlint", path: ".."),
        // MallocInterposer counts allocations without jemalloc.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SpamLintBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SpamLintKit", package: "spamlint"),
            ],
            path: "Benchmarks/SpamLintBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
