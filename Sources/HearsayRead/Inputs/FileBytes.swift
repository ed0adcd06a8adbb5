import Glibc

/// A whole file in one `read(2)` after one `fstat`: for a small page, Foundation's
/// attributes-then-contents pair cost more than a tenth of parsing it.
public enum FileBytes {
    public enum Failure: Error, Equatable {
        case missing
        case unreadable
        case tooLarge(bytes: Int)
    }

    public static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw errno == ENOENT ? .missing : .unreadable }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw .unreadable }
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(bytes: size) }
        guard let bytes = fill(fd, upTo: size) else { throw .unreadable }
        return bytes
    }

    /// The first `count` bytes of a file (fewer when it is shorter), to tell its kind;
    /// empty when it cannot be read, which the full read then reports.
    public static func head(_ path: String, count: Int) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        return fill(fd, upTo: count) ?? []
    }

    /// Up to `count` bytes from `fd`, fewer at the end of the file; nil on a read error.
    static func fill(_ fd: Int32, upTo count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            done += n
        }
        // A file shorter than asked, or that shrank while being read: what it held is what it holds.
        if done < count { bytes.removeLast(count - done) }
        return bytes
    }
}
