import Testing

/// Groups the MIME reading suites so `swift test --filter Reading` selects all of them.
@Suite enum MIMEReadingTests {}
