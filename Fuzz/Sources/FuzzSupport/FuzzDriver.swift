import Glibc
import CFuzzDriver

/// Runs libFuzzer with a Swift closure as the fuzz target.
///
/// SwiftPM links Linux executables with `main` aliased to the module's own entry point, so
/// libFuzzer's `main` is never used; a harness's top-level code calls `FuzzDriver.run` instead,
/// which hands the command line to `LLVMFuzzerRunDriver`. The input is copied into `[UInt8]`
/// at once, so harness bodies never see libFuzzer's pointer.
public enum FuzzDriver {
    // One target per process, set before libFuzzer starts and never changed after.
    nonisolated(unsafe) private static var target: (([UInt8]) -> Void)?

    public static func run(_ body: @escaping ([UInt8]) -> Void) -> Never {
        target = body
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            FuzzDriver.target?(bytes)
            return 0
        }
        exit(status)
    }
}
