// swift-tools-version: 6.1
import PackageDescription

// The quote pass over many articles, in its own package so that CI does not build it.
// Run with Benchmarks/QuotesBench/run.sh (which also runs the peer side by side).
let package = Package(
    name: "QuotesBench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "hearsay", path: "../..")],
    targets: [
        .executableTarget(name: "QuotesBench", dependencies: [.product(name: "HearsayAnalyze", package: "hearsay")]),
    ],
    swiftLanguageModes: [.v6]
)
