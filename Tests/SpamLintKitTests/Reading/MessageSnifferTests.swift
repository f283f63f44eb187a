import Testing
@_spi(CLI) @testable import SpamLintKit

extension MIMEReadingTests {
    struct MessageSnifferTests {
        private func sniff(_ text: String) -> Bool { MessageSniffer.looksLikeMessage(Array(text.utf8)) }

        @Test func realHeaderBlocks() {
            #expect(sniff("Return-Path: <a@b.example>\r\nReceived: from x\r\n\tby y\r\nFrom: A <a@b.example>\r\nSubject: Hi\r\n\r\nBody"))
            #expect(sniff("From sender@example.com Mon Jan  1 00:00:00 2024\nFrom: a@b.example\nTo: c@d.example\n\nHi"))
            #expect(sniff("\u{FEFF}MIME-Version: 1.0\nContent-Type: text/html\n\n<html></html>"))
            #expect(sniff("X-Mailer: thing\nSubject: headers only"))
            #expect(sniff("in-reply-to: 0012\nmessage-id: 0012\nFrom: <x@y.example>\n\nbody"))
        }

        @Test func templatesAreNotMessages() {
            #expect(!sniff("<!DOCTYPE html>\n<html><head><title>Hi</title></head><body>From: us</body></html>"))
            #expect(!sniff("<html>\nSubject: x\n\n</html>"))
            #expect(!sniff("---\nsubject: Welcome {{ name }}\nfrom: news@example.com\n---\n<html><body>Hi</body></html>"))
            #expect(!sniff("Subject: {{subject}}\n<html><body>Hello</body></html>\n"))
            #expect(!sniff("  <table><tr><td>From: x</td></tr></table>"))
            #expect(!sniff("{% extends 'base.html' %}\nFrom: x\n"))
        }

        @Test func obsoleteFromFieldIsNotAnEnvelopeLine() {
            #expect(sniff("From  : John Doe <jdoe@machine.example>\r\nTo    : Mary Smith\r\n__\r\n    <mary@example.net>\r\n\r\nHi"))
        }

        @Test func mangledButRealHeaderBlocksStillCount() {
            #expect(sniff("Received: by x\n  for <t@t.example>\nFrom\n : <any@attack.example>\nFrom: <a@b.example>\nSubject: x\n\nbody"))
            #expect(sniff("Return-Path: <a@b.example>\nReceived: from x\nX-It'S: all good\nX-Copyright(C): 2002\n\nbody"))
        }

        @Test func configurationYAMLIsNotAMessage() {
            #expect(!sniff("sender:\n  from: news@acme.example\n  sending-domain: acme.example\n"))
        }

        @Test func proseIsNotAMessage() {
            #expect(!sniff("Dear customer,\n\nYour order has shipped.\nFrom: the team\n"))
            #expect(!sniff("Note: this is just a note\n\nwith some text"))
            #expect(!sniff(""))
            #expect(!sniff("\n\nFrom: a@b.example\n"))
        }

        @Test func binaryJunkIsNotAMessage() {
            #expect(!MessageSniffer.looksLikeMessage([0x00, 0xFF, 0x3A, 0x0A, 0x0A]))
            #expect(!MessageSniffer.looksLikeMessage(Array("From ".utf8)))
        }
    }
}
