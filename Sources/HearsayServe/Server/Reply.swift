import Foundation
import HTTPTypes
import Hummingbird

/// Responses with the right media type, and the few request helpers the routes share.
enum Reply {
    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        bytes(data, type: "application/json; charset=utf-8", status: status)
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        json(try JSONOutput.encode(value), status: status)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Data(text.utf8), type: "text/html; charset=utf-8", status: status)
    }

    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok, download: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// An API error: `{"error": {"message": ...}}`, Hummingbird's own error shape.
    static func error(_ status: HTTPResponse.Status, _ message: String) -> HTTPError {
        HTTPError(status, message: message)
    }
}

extension Request {
    func query(_ name: String) -> String? {
        uri.queryParameters[Substring(name)].map { String($0) }
    }

    /// A positive integer query parameter, clamped to `range`; a malformed one is an error
    /// rather than silently replaced.
    func integer(_ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let raw = query(name) else { return value }
        guard let n = Int(raw) else { throw Reply.error(.badRequest, "\(name) must be a whole number, not \(raw)") }
        return min(max(n, range.lowerBound), range.upperBound)
    }
}
