// swift-tools-version: 6.1
import PackageDescription

// Its own package so that CI and everyday builds never compile it.
let package = Package(
    name: "NearDuplicateBench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "hearsay", path: "../..")],
    targets: [
        .executableTarget(
            name: "NearDuplicateBench",
            dependencies: [.product(name: "HearsayAnalyze", package: "hearsay")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
