import Benchmark
import Foundation
import SpamLintKit

/// The repository's Samples/ folder, found from this file so the benchmarks run from anywhere.
private let samples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Samples")

private func sample(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: samples.appendingPathComponent(path).path) else {
        fatalError("benchmark input missing: Samples/\(path)")
    }
    return [UInt8](data)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .instructions],
                                           maxDuration: .seconds(2), maxIterations: 2_000)

    // MIME read: header parsing, multipart walk, transfer decoding, charset conversion, HTML part extraction.
    let multipart = sample("messages/clean-multipart.eml")
    Benchmark("MIME read: multipart message") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(EmailReader.read(multipart)) }
    }
    let latin1 = sample("messages/iso-8859-1-newsletter.eml")
    Benchmark("MIME read: ISO-8859-1 newsletter") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(EmailReader.read(latin1)) }
    }

    // HTML extraction: template masking, libxml2 parse and the one walk that builds the model.
    let newsletter = sample("templates/clean-newsletter.hbs")
    Benchmark("HTML extraction: Handlebars newsletter") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(EmailReader.read(newsletter)) }
    }
    let mailchimp = sample("templates/mailchimp-promo.html")
    Benchmark("HTML extraction: Mailchimp template") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(EmailReader.read(mailchimp)) }
    }

    // Rule evaluation: every built-in rule over documents read once, outside the measurement.
    let linter = Linter()
    let documents = [newsletter, mailchimp, sample("templates/risky-shortener-flash-sale.html"),
                     sample("messages/risky-phish.eml"), multipart].map { EmailReader.read($0) }
    Benchmark("Rule evaluation: all rules, 5 documents") { benchmark in
        for _ in benchmark.scaledIterations {
            for document in documents { blackHole(linter.findings(in: document)) }
        }
    }

    // End to end for one file, as the CLI does it after start-up.
    Benchmark("Lint one file: read + rules + score") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(linter.report(path: "clean-newsletter.hbs", bytes: newsletter)) }
    }
}
