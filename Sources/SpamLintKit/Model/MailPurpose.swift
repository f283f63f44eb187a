/// A message's primary purpose in the sense of CAN-SPAM (16 CFR 316.3) and Gmail's bulk-sender
/// rules: transactional or relationship mail (a receipt, a password reset, a security alert) is
/// exempt from the bulk-mail requirements that marketing mail must meet (List-Unsubscribe,
/// one-click unsubscribe, an unsubscribe link, a postal address).
public enum MailPurpose: String, Sendable, Hashable, Codable, CaseIterable {
    case transactional
    case marketing
}
