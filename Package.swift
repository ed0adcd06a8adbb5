// swift-tools-version: 6.1
import PackageDescription

// One library per pipeline stage; lower modules never import higher ones:
// Model <- Text <- Read <- Analyze/Cluster <- Store <- Serve <- hearsay (CLI).
let package = Package(
    name: "hearsay",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hearsay", targets: ["hearsay"]),
        // For the benchmark packages under Benchmarks/, which build outside this package.
        .library(name: "HearsayAnalyze", targets: ["HearsayAnalyze"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // No default traits: the server needs neither swift-configuration nor the full-Foundation extras.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .target(name: "HearsayModel"),
        .target(name: "HearsayText", dependencies: ["HearsayModel"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "HearsayHTML", dependencies: ["HearsayModel", "HearsayText", "CLibXML2"]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "HearsayWARC", dependencies: ["HearsayModel", "HearsayText", "HearsayHTML", "CZlib"]),
        .target(name: "HearsayRead", dependencies: ["HearsayModel", "HearsayText", "HearsayHTML", "HearsayWARC"]),
        .target(
            name: "HearsayStance", dependencies: ["HearsayModel", "HearsayText"],
            resources: [.copy("Resources/stance-model.json")]
        ),
        .target(name: "HearsayAnalyze", dependencies: ["HearsayModel", "HearsayText", "HearsayStance"]),
        .target(name: "HearsayCluster", dependencies: ["HearsayModel", "HearsayText"]),
        .target(name: "HearsayStore", dependencies: [
            "HearsayModel", "HearsayCluster",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "HearsayPresent", dependencies: ["HearsayModel"]),
        // Feeds and pages over HTTP. AsyncHTTPClient is a heavy build: only this module,
        // its tests and the executable depend on it.
        .target(name: "HearsayFetch", dependencies: [
            "HearsayModel", "HearsayRead", "HearsayStore",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
        .target(name: "HearsayServe", dependencies: [
            "HearsayModel", "HearsayText", "HearsayRead", "HearsayAnalyze", "HearsayStore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "hearsay", dependencies: [
            "HearsayModel", "HearsayText", "HearsayHTML", "HearsayWARC", "HearsayRead", "HearsayAnalyze", "HearsayCluster",
            "HearsayStore", "HearsayPresent", "HearsayFetch", "HearsayServe",
            "HearsayStance",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        // Helpers several test targets share (gzip for the crawls they build).
        .target(name: "HearsayTestSupport", dependencies: ["CZlib"], path: "Tests/HearsayTestSupport"),
        .testTarget(name: "HearsayTextTests", dependencies: ["HearsayText"]),
        .testTarget(name: "HearsayHTMLTests", dependencies: ["HearsayHTML"]),
        .testTarget(name: "HearsayWARCTests", dependencies: ["HearsayWARC", "HearsayTestSupport"]),
        .testTarget(name: "HearsayReadTests", dependencies: ["HearsayRead"]),
        .testTarget(name: "HearsayStanceTests", dependencies: ["HearsayStance"]),
        .testTarget(name: "HearsayFetchTests", dependencies: [
            "HearsayFetch", "HearsayStore",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .testTarget(name: "HearsayAnalyzeTests", dependencies: ["HearsayAnalyze", "HearsayRead"], exclude: ["Stories"]),
        .testTarget(name: "HearsayClusterTests", dependencies: ["HearsayCluster", "HearsayRead", "HearsayText"]),
        .testTarget(name: "HearsayStoreTests", dependencies: ["HearsayStore", "HearsayCluster", "HearsayText"]),
        .testTarget(name: "HearsayPresentTests", dependencies: ["HearsayPresent"]),
        .testTarget(name: "HearsayCLITests", dependencies: ["hearsay", "HearsayCluster", "HearsayText"]),
        .testTarget(name: "HearsayServeTests", dependencies: [
            "HearsayServe", "HearsayStore", "HearsayRead", "HearsayAnalyze", "HearsayTestSupport",
            .product(name: "Logging", package: "swift-log"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
