import Foundation

/// The kinds of input file Hearsay reads, decided by the file name.
public enum InputKind: Sendable, Equatable {
    case text
    case markdown
    case jsonLines
    case html
    case warc

    public static func of(path: String) -> InputKind? {
        let lower = path.lowercased()
        let name = (lower as NSString).lastPathComponent
        if name.hasPrefix(".") { return nil }
        if lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz") { return .warc }
        switch (lower as NSString).pathExtension {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "jsonl", "ndjson": return .jsonLines
        case "html", "htm", "xhtml": return .html
        case "": return .text
        default: return nil
        }
    }
}

/// Expands the paths a user gives into input files: a folder means every readable file
/// below it, in a stable (sorted) order, so the same folder always gives the same run.
public enum InputFiles {
    public static func expand(_ paths: [String]) -> (files: [String], errors: [ReadError]) {
        var files: [String] = []
        var errors: [ReadError] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(ReadError(path: path, message: "no such file or folder"))
                continue
            }
            guard isDir.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                errors.append(ReadError(path: path, message: "cannot list this folder"))
                continue
            }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let full = (path as NSString).appendingPathComponent(rel)
                if (rel as NSString).lastPathComponent.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue, InputKind.of(path: full) != nil {
                    found.append(full)
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, errors)
    }
}
