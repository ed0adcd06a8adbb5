import Foundation
import Testing

@Suite struct ServeCommandTests {
    @Test func badOptionsAndUnusableDatabasesGiveOneLineErrors() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = try CLI.run(["serve", "--db", dir.appendingPathComponent("x.db").path, "--port", "70000"])
        #expect(port.status != 0)
        #expect(port.stderr.contains("--port"))
        let missing = dir.appendingPathComponent("no/such/folder/x.db").path
        let db = try CLI.run(["serve", "--db", missing, "--port", "0"])
        #expect(db.status == 1)
        #expect(db.stderr.split(separator: "\n").count == 1, "\(db.stderr)")
        #expect(db.stderr.contains(missing))
    }

    @Test func aPortInUseIsReportedNotIgnored() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Hold a port with a listening socket, then ask the server for it.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let r = try CLI.run(["serve", "--db", dir.appendingPathComponent("x.db").path, "--port", "\(port)"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot serve on 127.0.0.1:\(port)"), "\(r.stderr)")
    }
}
