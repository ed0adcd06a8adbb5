import Foundation
import HearsayModel
import Testing

/// A party confirms or denies a claim; an article supports it: the JSON uses each one's word.
@Suite struct ActorStanceWordTests {
    @Test func aPartyThatConfirmsIsWrittenConfirms() throws {
        let confirmed = Claim.ActorStance(actor: "Harbour Authority", stance: .supports, quote: nil, article: "a1")
        let json = String(decoding: try JSONEncoder().encode(confirmed), as: UTF8.self)
        #expect(json.contains(#""stance":"confirms""#))
        let denied = Claim.ActorStance(actor: "Harbour Authority", stance: .denies, quote: "q1", article: "a1")
        #expect(String(decoding: try JSONEncoder().encode(denied), as: UTF8.self).contains(#""stance":"denies""#))
    }

    @Test func eitherWordReadsBack() throws {
        for word in ["confirms", "supports"] {
            let data = Data(#"{"actor":"Jo Roe","stance":"\#(word)","quote":null,"article":"a2"}"#.utf8)
            #expect(try JSONDecoder().decode(Claim.ActorStance.self, from: data).stance == .supports)
        }
        let unknown = Data(#"{"actor":"Jo Roe","stance":"agrees","quote":null,"article":"a2"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Claim.ActorStance.self, from: unknown) }
    }
}
