import ArgumentParser

/// The `--format` choices. Not every command offers every one.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, markdown, json, jsonl
}
