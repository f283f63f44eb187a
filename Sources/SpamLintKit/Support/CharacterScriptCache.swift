import Foundation

/// Remembers the script `HostLabelScripts` found for a Character, shared by every thread.
///
/// Finding it takes a `Regex` per script, and a regex literal is parsed on every use; the
/// characters of IDN labels are few, so each is classified once per run.
final class CharacterScriptCache: @unchecked Sendable {
    private let lock = NSLock()
    /// The script name, or "" for Common and Inherited characters.
    private var scripts: [Character: String] = [:]

    func script(of character: Character, classify: (Character) -> String) -> String {
        if let known = lock.withLock({ scripts[character] }) { return known }
        let script = classify(character)
        lock.withLock { scripts[character] = script }
        return script
    }
}
