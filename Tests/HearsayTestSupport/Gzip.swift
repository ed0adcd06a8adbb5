import CZlib

/// Gzips `bytes` as one member, as WARC writers compress each record.
public func gzip(_ bytes: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    precondition(hz_deflate_init_gzip(&stream, 6) == Z_OK)
    defer { deflateEnd(&stream) }
    var input = bytes
    var out = [UInt8](repeating: 0, count: bytes.count + 1024)
    let written: Int = input.withUnsafeMutableBufferPointer { inBuf in
        out.withUnsafeMutableBufferPointer { outBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = uInt(inBuf.count)
            stream.next_out = outBuf.baseAddress
            stream.avail_out = uInt(outBuf.count)
            precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END)
            return outBuf.count - Int(stream.avail_out)
        }
    }
    return Array(out[0..<written])
}
