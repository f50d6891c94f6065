import CCrypto
#if canImport(Glibc)
import Glibc
#endif

/// SHA-256, for cache keys and file digests.
///
/// OpenSSL's (Debian's libcrypto), which uses the processor's SHA instructions where it has
/// them: 1.8 GB/s here, seven times the hand-written version it replaced, which made digesting
/// a chapter's redrawn figures (tens of megabytes) a tenth of a second. swift-crypto would do
/// the same but compiles BoringSSL, minutes on every fresh build.
public struct SHA256 {
    /// The digest in progress; copied before a copy of the hasher is updated, so copies are
    /// independent values.
    private final class Context {
        let pointer: OpaquePointer

        init() {
            pointer = EVP_MD_CTX_new()
            EVP_DigestInit_ex(pointer, EVP_sha256(), nil)
        }

        init(copying other: Context) {
            pointer = EVP_MD_CTX_new()
            EVP_MD_CTX_copy_ex(pointer, other.pointer)
        }

        deinit { EVP_MD_CTX_free(pointer) }
    }

    private var context = Context()

    public init() {}

    /// Hashes the bytes where they are, without copying them when they are contiguous.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(UnsafeRawBufferPointer(buffer))
        }
        if done == nil { Array(bytes).withUnsafeBytes { update($0) } }
    }

    public mutating func update(_ text: String) { update(Array(text.utf8)) }

    /// Hashes a buffer of bytes.
    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        guard let start = buffer.baseAddress, !buffer.isEmpty else { return }
        if !isKnownUniquelyReferenced(&context) { context = Context(copying: context) }
        EVP_DigestUpdate(context.pointer, start, buffer.count)
    }

    /// The digest as 64 lowercase hex digits.
    public mutating func finalize() -> String {
        if !isKnownUniquelyReferenced(&context) { context = Context(copying: context) }
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context.pointer, &digest, &length)
        let hexDigits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in digest.prefix(Int(length)) {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Digest of the file at `path` (following links), read in blocks into one buffer rather
    /// than whole: hashing a chapter's redrawn figures (tens of megabytes) then needs no fresh
    /// memory for each file. Nil when it cannot be read.
    public static func ofFile(atPath path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 17, alignment: 64)
        defer { buffer.deallocate() }
        var hasher = SHA256()
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { return hasher.finalize() }
            hasher.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Digest of a string in one call.
    public static func hex(_ text: String) -> String {
        var hasher = SHA256()
        hasher.update(text)
        return hasher.finalize()
    }
}
