import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
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

/// `hearsay serve` as a user starts it: port 0, token from the environment, stopped by SIGINT.
@Suite struct ServeCommandRunTests {
    @Test(.timeLimit(.minutes(1))) func servesUploadsWithTheEnvironmentTokenAndStopsOnInterrupt() async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["serve", "--db", dir.appendingPathComponent("s.db").path, "--port", "0", "--log-format", "json"]
        p.environment = ProcessInfo.processInfo.environment.merging(["HEARSAY_TOKEN": "env-token"]) { _, new in new }
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        defer { if p.isRunning { p.terminate() } }

        // The log line that names the address, with the port the system chose.
        var seen = ""
        var base: String?
        while base == nil {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
            base = seen.firstMatch(of: #/serving .* at (http://127\.0\.0\.1:\d+)//#).map { String($0.1) }
        }
        let url = try #require(base, "no address in: \(seen)")

        var request = URLRequest(url: URL(string: url + "/api/articles")!)
        request.httpMethod = "POST"
        request.setValue("text/plain", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer env-token", forHTTPHeaderField: "Authorization")
        request.httpBody = Data("Pier to close for winter\n\nThe pier will close from November, the harbour board said.\n".utf8)
        let (_, posted) = try await URLSession.shared.data(for: request)
        #expect((posted as? HTTPURLResponse)?.statusCode == 201)
        let (list, _) = try await URLSession.shared.data(from: URL(string: url + "/api/stories")!)
        let stories = try #require(try JSONSerialization.jsonObject(with: list) as? [[String: Any]])
        #expect(stories.map { $0["title"] as? String } == ["Pier to close for winter"])

        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }
}
