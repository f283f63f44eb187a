import ArgumentParser
import Foundation
import SpamLintKit

/// Loads the configuration and turns it and the sender flags into lint options.
struct RunSetup {
    var configuration: Configuration?
    var options = LintOptions()

    init(sender: SenderOptions, firstPath: String?) throws {
        let path = sender.config ?? RunSetup.discoverConfiguration(near: firstPath)
        if let path {
            do {
                configuration = try ConfigurationLoader.load(path: path)
            } catch let error as ConfigurationError {
                printError("spamlint: configuration error: \(error)")
                throw ExitCode(2)
            }
        }
        configuration?.apply(to: &options)
        if sender.from != nil || sender.sendingDomain != nil {
            options.settings = ReadSettings(from: sender.from ?? options.settings.from,
                                            sendingDomain: sender.sendingDomain ?? options.settings.sendingDomain)
        }
    }

    /// The configuration's `baseline:`, relative to the configuration file's folder.
    var configuredBaselinePath: String? {
        guard let configuration, let path = configuration.baseline else { return nil }
        guard !path.hasPrefix("/"), let folder = configuration.baseDirectory else { return path }
        return (folder as NSString).appendingPathComponent(path)
    }

    /// The nearest .spamlint.yml from the first linted path upwards, else from the current directory.
    static func discoverConfiguration(near path: String?) -> String? {
        if let path, path != "-" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                let start = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
                if let found = ConfigurationLoader.find(from: start.isEmpty ? "." : start) { return found }
            }
        }
        return ConfigurationLoader.find(from: FileManager.default.currentDirectoryPath)
    }
}
