import ArgumentParser

/// `--color auto|always|never`. `auto` colours a terminal unless `NO_COLOR` is set; `FORCE_COLOR`
/// (set and not `0`) colours even a pipe, as in Node and many linters.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func isOn(noColorFlag: Bool, terminal: Bool, environment: [String: String]) -> Bool {
        if noColorFlag { return false }
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let force = environment["FORCE_COLOR"], !force.isEmpty { return force != "0" && force != "false" }
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            return terminal
        }
    }
}
