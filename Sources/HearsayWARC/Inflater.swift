import CZlib

/// Streaming gzip decompression that carries on across gzip members, as WARC files are
/// made of one member per record. Fed input in chunks; hands decompressed bytes on as
/// they come, so memory stays constant whatever the file's size.
final class Inflater {
    enum Failure: Error, Equatable {
        case corrupt(String)
        case truncated
    }

    private var stream = z_stream()
    private var open = false
    /// Inside a member: input ending now would cut it short.
    private(set) var inMember = false
    private var output = [UInt8](repeating: 0, count: 1 << 16)

    init() throws(Failure) {
        guard hz_inflate_init(&stream) == Z_OK else { throw .corrupt("zlib could not start") }
        open = true
    }

    deinit {
        if open { inflateEnd(&stream) }
    }

    func feed(_ input: UnsafeBufferPointer<UInt8>, _ sink: (ArraySlice<UInt8>) throws -> Void) throws {
        guard let base = input.baseAddress, input.count > 0 else { return }
        stream.next_in = UnsafeMutablePointer(mutating: base)
        stream.avail_in = uInt(input.count)
        while stream.avail_in > 0 {
            // Bytes between members (padding) are not a new member.
            if !inMember, stream.next_in.pointee == 0 {
                stream.next_in += 1
                stream.avail_in -= 1
                continue
            }
            inMember = true
            let before = stream.avail_in
            let produced: Int = try output.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let status = inflate(&stream, Z_NO_FLUSH)
                switch status {
                case Z_OK, Z_BUF_ERROR:
                    break
                case Z_STREAM_END:
                    inMember = false
                    inflateReset(&stream)
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    throw Failure.corrupt(message)
                }
                return out.count - Int(stream.avail_out)
            }
            if produced > 0 { try sink(output[0..<produced]) }
            // zlib always has output room here, so no progress at all means bad data.
            if produced == 0 && stream.avail_in == before && inMember { throw Failure.corrupt("no progress") }
        }
    }

    /// The input has ended: fine between members, an error inside one.
    func finish() throws(Failure) {
        if inMember { throw .truncated }
    }
}
