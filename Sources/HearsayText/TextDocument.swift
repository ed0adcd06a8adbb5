/// An article body prepared for analysis: its Unicode scalars (so that offsets are
/// code points, as in `TextSpan`), its paragraphs and its sentences. Later stages read
/// it; none of them change it.
public struct TextDocument: Sendable {
    public struct Sentence: Sendable, Hashable {
        /// Scalar offsets into the body, without surrounding white space.
        public var range: Range<Int>
        /// Index into `paragraphs`.
        public var paragraph: Int
    }

    public let text: String
    public let scalars: [Unicode.Scalar]
    /// Scalar ranges of the paragraphs, trimmed, in order.
    public let paragraphs: [Range<Int>]
    public let sentences: [Sentence]

    public init(_ text: String) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        let paragraphs = TextDocument.findParagraphs(scalars)
        self.paragraphs = paragraphs
        var sentences: [Sentence] = []
        for (i, p) in paragraphs.enumerated() {
            for r in SentenceSplitter.split(scalars, in: p) {
                sentences.append(Sentence(range: r, paragraph: i))
            }
        }
        self.sentences = sentences
    }

    public func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    public func sentenceText(_ i: Int) -> String { string(sentences[i].range) }

    /// Index of the sentence containing scalar offset `offset`, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = sentences[mid].range
            if offset < r.lowerBound { hi = mid - 1 } else if offset >= r.upperBound { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// Lines are paragraphs: the readers have already joined hard-wrapped lines.
    static func findParagraphs(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b && s[a].properties.isWhitespace { a += 1 }
            while b > a && s[b - 1].properties.isWhitespace { b -= 1 }
            if a < b { out.append(a..<b) }
        }
        for i in 0..<s.count where s[i] == "\n" {
            emit(i)
            start = i + 1
        }
        emit(s.count)
        return out
    }
}
