import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, twenty-third session. All sentences invented for these tests.
@Suite struct Stances29Tests: ClaimSuite {
    /// A verb of refusing or failing negates the infinitive it governs, even after a short
    /// aside of time; used without one it tells of an event and negates nothing.
    @Test func refusingOrFailingNegatesOnlyItsInfinitive() {
        #expect(ClaimEvidence.hasNegator(tokens("the builder failed to deliver the hull")))
        #expect(ClaimEvidence.hasNegator(tokens("the council declined on Monday to confirm the plan")))
        #expect(ClaimEvidence.hasNegator(tokens("the mill will not close")))
        #expect(!ClaimEvidence.hasNegator(tokens("the trial was halted after a pump failed during testing")))
        #expect(!ClaimEvidence.hasNegator(tokens("orders declined sharply in May")))
        #expect(!ClaimEvidence.hasNegator(tokens("the pump failed")))
    }

    /// "X has been put off after a part failed, its maker said, confirming a report": the
    /// failure is the reason told, not a negation of the news, so the maker confirms it.
    @Test func aFailureInTheConfirmedStatementIsNoDenial() throws {
        let c = try core(analyse([
            ("Orvel Motors to delay Tarka-3 engine", "Orvel Motors is set to delay its Tarka-3 engine until spring after a pump failed, the Brenmouth Post reported, citing two engineers."),
            ("Tarka-3 engine delayed", "The Tarka-3 engine has been delayed until spring after a pump failed during testing, its maker Orvel Motors said, confirming an earlier report."),
        ]))
        let orvel = c.actorStances.filter { $0.actor.hasPrefix("Orvel") }
        #expect(!orvel.isEmpty)
        #expect(orvel.allSatisfy { $0.stance == .supports })
        #expect(!c.actorStances.contains { $0.stance == .denies })
        // The confirmation is the sayer's, not the subject's of the statement it closes.
        #expect(!c.actorStances.contains { $0.actor.hasPrefix("Tarka") })
    }

    /// A claim telling of a failure ("after a pump failed") is no negated claim.
    @Test func aClaimTellingOfAFailureIsNotNegated() {
        #expect(!ClaimEvidence.hasNegator(tokens("Orvel Motors will delay the Tarka-3 engine after a pump failed in a test")))
        #expect(ClaimEvidence.hasNegator(tokens("Orvel Motors failed to deliver the Tarka-3 engine on time")))
    }
}

extension Stances29Tests {
    /// "refused to comment on what it called speculation" labels what the party will not
    /// speak to: declining to comment is no denial; "called the report speculation" is one.
    @Test func aLabelOnWhatOneWillNotCommentOnIsNoDenial() {
        let words = { (s: String) in tokens(s).map(\.lower) }
        let refusal = words("the firm refused to comment on what it called market speculation")
        #expect(!ClaimEvidence.labelsFalse(refusal, refusal.firstIndex(of: "called")!))
        let denial = words("the firm called the report market speculation")
        #expect(ClaimEvidence.labelsFalse(denial, denial.firstIndex(of: "called")!))
    }
}

extension Stances29Tests {
    /// "the operator" is the company last named before it, but not one a different kind
    /// noun labels ("from supplier Brenlow Systems"): that name is the supplier.
    @Test func aNameLabelledWithAnotherKindIsNotTheKindReferredTo() {
        let text = "Telvo Mobile's outage on Monday was caused by a faulty update from supplier Brenlow Systems, the operator's boss has confirmed."
        let doc = TextDocument(text)
        let at = text.unicodeScalars.count - 30
        let organisations = [Tokens.words("Telvo Mobile"), Tokens.words("Brenlow Systems")]
        #expect(ClaimEvidence.namedBefore(kind: "operator", title: "", doc, before: at, organisations: organisations) == "Telvo Mobile")
        #expect(ClaimEvidence.namedBefore(kind: "supplier", title: "", doc, before: at, organisations: organisations) == "Brenlow Systems")
    }
}
