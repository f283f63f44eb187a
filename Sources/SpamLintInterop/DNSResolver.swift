import CResolv
import Foundation

/// A stub resolver on glibc's libresolv. Every query gets its own `res_state`
/// (`res_ninit`/`res_nclose`), so concurrent queries share nothing.
public struct DNSResolver: Sendable {
    public var server: DNSServerAddress?
    /// Seconds per attempt (`retrans`).
    public var timeoutSeconds: Int
    /// Attempts per server (`retry`).
    public var attempts: Int

    public init(server: DNSServerAddress? = nil, timeoutSeconds: Int = 3, attempts: Int = 2) {
        self.server = server
        self.timeoutSeconds = max(1, timeoutSeconds)
        self.attempts = max(1, attempts)
    }

    /// Asks for records of `type` at `name`. Throws when no answer could be had (timeout, refused, SERVFAIL).
    public func query(_ name: String, type: DNSRecordType) throws(DNSLookupError) -> DNSLookupResult {
        let state = UnsafeMutablePointer<__res_state>.allocate(capacity: 1)
        state.initialize(to: __res_state())
        defer { state.deallocate() }
        guard spamlint_res_ninit(state) == 0 else { throw DNSLookupError("cannot initialise the resolver (res_ninit failed)") }
        defer { spamlint_res_nclose(state) }
        // RES_NOAAAA etc. stay as configured; only the server and the timing change.
        if let server {
            guard server.host.withCString({ spamlint_res_set_server(state, $0, server.port) }) == 0 else {
                throw DNSLookupError("invalid DNS server address \(server)")
            }
        }
        spamlint_res_set_timeouts(state, Int32(timeoutSeconds), Int32(attempts))
        // Not a search-list lookup: names are absolute.
        state.pointee.options &= ~UInt(RES_DNSRCH | RES_DEFNAMES)

        var buffer = [UInt8](repeating: 0, count: 65_535)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            spamlint_res_nquery(state, name, type.rawValue, pointer.baseAddress, Int32(pointer.count))
        }
        if length < 0 {
            switch spamlint_res_h_errno(state) {
            case HOST_NOT_FOUND: return .nameNotFound
            case NO_DATA: return .noData
            case TRY_AGAIN:
                let target = server.map { "DNS server \($0)" } ?? "the system's DNS servers"
                throw DNSLookupError("no answer from \(target) for \(name) \(type.name) (timed out, refused or server failure)")
            default:
                throw DNSLookupError("DNS lookup of \(name) \(type.name) failed (unrecoverable resolver error)")
            }
        }
        return .records(try Self.parse(Array(buffer.prefix(Int(length))), wanted: type, name: name))
    }

    private static func parse(_ answer: [UInt8], wanted: DNSRecordType, name: String) throws(DNSLookupError) -> [DNSRecord] {
        var records: [DNSRecord] = []
        let failed: Bool = answer.withUnsafeBufferPointer { bytes in
            var message = ns_msg()
            guard ns_initparse(bytes.baseAddress, Int32(bytes.count), &message) == 0 else { return true }
            let count = spamlint_ns_answer_count(&message)
            for index in 0..<count {
                var record = ns_rr()
                guard ns_parserr(&message, ns_s_an, index, &record) == 0 else { return true }
                guard let type = DNSRecordType(rawValue: Int32(record.type)), type == wanted,
                      let rdata = record.rdata else { continue }
                let owner = withUnsafeBytes(of: record.name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                let data = UnsafeBufferPointer(start: rdata, count: Int(record.rdlength))
                switch type {
                case .txt:
                    records.append(DNSRecord(type: type, name: owner, value: characterStrings(data)))
                case .a where data.count == 4:
                    records.append(DNSRecord(type: type, name: owner, value: data.map(String.init).joined(separator: ".")))
                case .aaaa where data.count == 16:
                    var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
                    _ = inet_ntop(AF_INET6, rdata, &text, socklen_t(text.count))
                    records.append(DNSRecord(type: type, name: owner, value: nullTerminated(text)))
                case .mx where data.count >= 3:
                    let preference = Int(data[0]) << 8 | Int(data[1])
                    if let host = uncompress(message, rdata + 2) {
                        records.append(DNSRecord(type: type, name: owner, value: host, preference: preference))
                    }
                case .cname:
                    if let host = uncompress(message, rdata) { records.append(DNSRecord(type: type, name: owner, value: host)) }
                default:
                    continue
                }
            }
            return false
        }
        if failed { throw DNSLookupError("malformed DNS answer for \(name) \(wanted.name)") }
        return records
    }

    private static func nullTerminated(_ characters: [CChar]) -> String {
        String(decoding: characters.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// TXT RDATA is a sequence of length-prefixed strings; a record's text is their concatenation.
    private static func characterStrings(_ data: UnsafeBufferPointer<UInt8>) -> String {
        var bytes: [UInt8] = []
        var index = 0
        while index < data.count {
            let length = Int(data[index])
            let end = min(data.count, index + 1 + length)
            bytes += data[(index + 1)..<end]
            index = end
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func uncompress(_ message: ns_msg, _ pointer: UnsafePointer<UInt8>) -> String? {
        var name = [CChar](repeating: 0, count: Int(NS_MAXDNAME))
        guard ns_name_uncompress(message._msg, message._eom, pointer, &name, name.count) >= 0 else { return nil }
        return nullTerminated(name).lowercased()
    }
}
