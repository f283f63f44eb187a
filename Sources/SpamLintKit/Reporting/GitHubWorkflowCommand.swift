/// One GitHub Actions workflow command line, `::command key=value,…::message`, escaped as the
/// runner unescapes it (actions/toolkit `command.ts`): in the message `%`, CR and LF; in property
/// values also `:` and `,`, which would otherwise end the value. Escaping CR and LF also keeps email
/// content from starting a line of its own, i.e. from injecting commands.
@_spi(CLI) public struct GitHubWorkflowCommand: Sendable {
    @_spi(CLI) public var command: String
    /// Ordered key/value pairs; pairs with an empty value are left out.
    @_spi(CLI) public var properties: [(key: String, value: String)]
    @_spi(CLI) public var message: String

    @_spi(CLI) public init(command: String, properties: [(key: String, value: String)], message: String) {
        self.command = command
        self.properties = properties
        self.message = message
    }

    @_spi(CLI) public var line: String {
        let pairs = properties.filter { !$0.value.isEmpty }.map { "\($0.key)=\(Self.escapeProperty($0.value))" }
        return "::\(command)\(pairs.isEmpty ? "" : " " + pairs.joined(separator: ","))::\(Self.escapeData(message))"
    }

    @_spi(CLI) public static func escapeData(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    @_spi(CLI) public static func escapeProperty(_ text: String) -> String {
        var output = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": output += "%3A"
            case ",": output += "%2C"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
