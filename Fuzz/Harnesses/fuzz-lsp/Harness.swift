import Foundation
import RandLintLSP

// LSP framing and the JSON reader: the input is fed in chunks of 1 to 4096 bytes (from its first byte),
// every framed body is parsed, and what parses is written back and must read back the same.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? JSON.parse(bytes)
    var reader = MessageReader()
    reader.maxBodyLength = 1 << 16
    let chunk = 1 << (Int(bytes.first ?? 0) % 13)
    var offset = 0
    repeat {
        reader.feed(bytes[offset..<min(size, offset + chunk)])
        offset += chunk
        while let item = reader.next() {
            guard case .message(let body) = item, let value = try? JSON.parse(body) else { continue }
            let again = try! JSON.parse(value.serialized)
            precondition(again.serialized == value.serialized, "JSON does not read back the same")
        }
    } while offset < size
    return 0
}
