/// Stable 64-bit hashes (FNV-1a). Swift's `Hasher` is seeded per process, so its values
/// must never be stored or compared across runs; these can.
public enum StableHash {
    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// A 64-bit hash of whole pages, eight bytes per step: byte-wise FNV-1a costs a
    /// multiply per byte, which showed up in profiles of extraction. Multiply-rotate
    /// rounds (as in xxHash) with a splitmix64 finish so every input bit reaches every
    /// output bit; the length is mixed in so zero-padded inputs differ.
    public static func words(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let k1: UInt64 = 0x9E37_79B1_85EB_CA87, k2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var h: UInt64 = 0x2722_0A95_FE4D_1F83
        let whole = bytes.count & ~7
        var i = 0
        while i < whole {
            let w = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            h = ((h ^ (w &* k2)).rotated(31)) &* k1
            i += 8
        }
        var tail: UInt64 = 0
        while i < bytes.count { tail = tail << 8 | UInt64(bytes[i]); i += 1 }
        h = ((h ^ (tail &* k2)).rotated(31)) &* k1
        return mix(h ^ UInt64(bytes.count))
    }

    public static func fnv1a(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { fnv1a($0) }
    }

    /// 16 hex digits, zero-padded.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// A mixer (splitmix64) for deriving many hash functions from one value.
    @inline(__always)
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension UInt64 {
    @inline(__always)
    func rotated(_ n: UInt64) -> UInt64 { self << n | self >> (64 - n) }
}
