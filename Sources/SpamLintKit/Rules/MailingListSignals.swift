/// Recognises mail distributed by a discussion list (Mailman, ezmlm, Sympa, Google Groups), where
/// members post and reply to each other: neither commercial mail nor mail the list owner wrote.
enum MailingListSignals {
    /// True when the headers show a list that members post to: `List-Post` other than `NO`
    /// (RFC 2369 §3.4: announcement-only lists say NO), ezmlm's `Mailing-List`, Mailman's `X-BeenThere`.
    static func isDiscussionList(_ document: EmailDocument) -> Bool {
        guard document.kind == .message else { return false }
        if let post = document.headers.first("list-post"), post.value.trimmingWhitespace().uppercased() != "NO" { return true }
        return document.headers.contains("mailing-list") || document.headers.contains("x-beenthere")
    }
}
