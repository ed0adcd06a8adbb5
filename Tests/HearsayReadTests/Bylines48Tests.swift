import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Bylines of the forty-first session: the writer after an outlet and a desk ("By Harbour
/// News health correspondent Jo Roe"), where they filed from ("Jo Roe in Lisbon"), after the
/// outlet and a bar, after a date and a dash, an account name under "Posted", and a bureau as
/// the desk. Own lines, invented names.
@Suite struct Bylines48Tests {
    func article(_ header: String) -> Article {
        TextArticleReader.parse("Bakery chain to close two ovens\n\(header)\n\nThe chain will close two of its ovens, a baker said.\n", source: "t.txt", markdown: false)
    }

    @Test func theWriterIsRead() {
        for (header, writer) in [
            ("By Harbour News health correspondent Ilse Varga\n9 May 2026", "Ilse Varga"),
            ("The Lenn Observer\nIlse Varga in Marlow\n9 May 2026", "Ilse Varga"),
            ("Lenn Valley Radio News | Ilse Varga\n9 May 2026", "Ilse Varga"),
            ("The Pilgrim Lamp\nSaturday, May 9, 2026 - by Fr. Tomas Brede", "Fr. Tomas Brede"),
            ("Lenn Notes\nPosted Saturday, May 9, 2026 by RIVER_OTTER_9", "RIVER_OTTER_9"),
            ("The Lenn Observer\n9 May 2026\nIlse Varga, Marlow Bureau", "Ilse Varga"),
        ] {
            let a = article(header)
            #expect(a.byline == writer, "\(header)")
            #expect(!a.body.contains(writer), "\(header)")
        }
    }

    @Test func aProgrammeAfterADashIsNoWriter() {
        let a = article("Radio Lenn \u{2013} Morning Tide\n9 May 2026")
        #expect(a.byline == nil)
    }

    @Test func aSentenceNamingAPlaceStaysInTheBody() {
        let a = article("The Lenn Observer\n9 May 2026\nBy Ilse Varga\n\nBakers in Marlow said the ovens were old.")
        #expect(a.byline == "Ilse Varga")
        #expect(a.body.contains("Bakers in Marlow said the ovens were old."))
    }
}
