import Mustache

/// The page templates (Mustache). They live in the binary rather than in resource files
/// so that `hearsay` runs from anywhere without a folder beside it.
enum Templates {
    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in all { try library.register(text, named: name) }
        return library
    }

    static let all: [(String, String)] = [
        ("head", head), ("foot", foot), ("stories", stories), ("story", story), ("article", article),
        ("search", search), ("notFound", notFound), ("link", link),
    ]

    static let head = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Hearsay</title>
        <link rel="stylesheet" href="/static/style.css">
        <script src="/static/app.js" defer></script>
        {{#jsonLD}}<script type="application/ld+json">{{{jsonLD}}}</script>{{/jsonLD}}
        </head>
        <body data-revision="{{revision}}">
        <header class="top">
        <a class="brand" href="/">Hearsay</a>
        <form class="search" action="/search" method="get" role="search">
        <input type="search" name="q" placeholder="Search articles" aria-label="Search articles" value="{{query}}">
        </form>
        <p id="live" class="live" hidden role="status">New articles arrived: <a href="">reload</a></p>
        </header>
        <main>

        """

    static let foot = """
        </main>
        <footer>Hearsay · automated analysis: check the evidence before you repeat it ·
        <a href="/openapi.json">API</a></footer>
        </body>
        </html>

        """

    /// An article link with its date: `{{> link}}` inside a section whose context has one.
    static let link = """
        <a href="{{link}}">{{outlet}}</a>{{#date}} <span class="date">{{date}}</span>{{/date}}
        """

    static let stories = """
        {{> head}}
        <h1>Stories</h1>
        {{^empty(stories)}}
        <table class="stories">
        <thead><tr><th>Story</th><th>Status</th><th>Articles</th><th>Outlets</th><th>Quotes</th><th>Latest</th></tr></thead>
        <tbody>
        {{#stories}}
        <tr>
        <td><a href="{{link}}">{{title}}</a>{{#claim}}<div class="claim-line">{{claim}}</div>{{/claim}}</td>
        <td>{{#status}}<span class="badge status-{{status}}">{{statusLabel}}</span>{{/status}}{{^status}}<span class="badge status-none">no claim found</span>{{/status}}</td>
        <td class="num">{{articleCount}}</td>
        <td class="num" title="{{outlets}}">{{outletCount}}</td>
        <td class="num">{{quoteCount}}</td>
        <td>{{lastPublished}}</td>
        </tr>
        {{/stories}}
        </tbody>
        </table>
        {{/empty(stories)}}
        {{^stories}}<p class="empty">No stories yet. Add articles with <code>hearsay ingest --db FILE PATH</code> or <code>POST /api/articles</code>.</p>{{/stories}}
        {{> foot}}
        """

    static let story = """
        {{> head}}
        <article class="brief">
        <p class="kicker">Story · <a href="/">all stories</a></p>
        <h1>{{title}}</h1>

        {{#main}}
        <section class="verdict status-{{status}}" id="claim-{{id}}">
        <p class="label">The claim</p>
        <p class="claim-text">{{text}}</p>
        <p class="status-line"><span class="badge status-{{status}}" data-status="{{status}}">{{statusLabel}}</span>
        {{#statusSince}}<span class="since">since {{statusSince}}</span>{{/statusSince}}</p>
        {{#statusReason}}<p class="reason">{{statusReason}}</p>{{/statusReason}}
        <dl class="facts">
        {{#origin}}<dt>First reported by</dt><dd>{{origin}}</dd>{{/origin}}
        {{#sourcing}}<dt>Sourcing</dt><dd>{{sourcing}}</dd>{{/sourcing}}
        {{#outletTally}}<dt>Articles</dt><dd>{{outletTally}}</dd>{{/outletTally}}
        </dl>
        {{^empty(evidence)}}<h2>Who says what</h2>{{/empty(evidence)}}
        <ul class="evidence">
        {{#evidence}}
        <li class="stance-{{stance}}"><span class="who">{{actor}}</span> <span class="stance stance-{{stance}}">{{word}}</span>
        {{#quote}}<q>{{quote}}</q>{{/quote}}{{^quote}}{{#sentence}}<span class="sentence">{{sentence}}</span>{{/sentence}}{{/quote}}
        {{#source}}<span class="src">({{> link}})</span>{{/source}}</li>
        {{/evidence}}
        </ul>
        </section>
        {{/main}}
        {{^main}}<section class="verdict status-none"><p class="label">The claim</p><p>No claim found in these articles yet.</p></section>{{/main}}

        {{^empty(otherClaims)}}<section><h2>Other claims</h2>{{/empty(otherClaims)}}
        {{#otherClaims}}
        <div class="other-claim" id="claim-{{id}}">
        <p><span class="badge status-{{status}}">{{statusLabel}}</span> {{text}}</p>
        {{#statusReason}}<p class="reason">{{statusReason}}</p>{{/statusReason}}
        <ul class="evidence">{{#evidence}}<li class="stance-{{stance}}"><span class="who">{{actor}}</span> <span class="stance stance-{{stance}}">{{word}}</span> {{#quote}}<q>{{quote}}</q>{{/quote}} {{#source}}<span class="src">({{> link}})</span>{{/source}}</li>{{/evidence}}</ul>
        </div>
        {{/otherClaims}}
        {{^empty(otherClaims)}}</section>{{/empty(otherClaims)}}

        {{^empty(matrixRows)}}
        <section><h2>Stance by outlet</h2>
        <div class="scroll"><table class="matrix">
        <thead><tr><th>Article</th>{{#matrixHeads}}<th title="{{text}}"><a href="#claim-{{id}}">{{label}}</a></th>{{/matrixHeads}}</tr></thead>
        <tbody>{{#matrixRows}}<tr><th>{{#source}}{{> link}}{{/source}}</th>{{#cells}}<td class="stance-{{stance}}">{{label}}</td>{{/cells}}</tr>{{/matrixRows}}</tbody>
        </table></div>
        <ol class="claim-key">{{#matrixHeads}}<li><b>{{label}}</b> {{text}}</li>{{/matrixHeads}}</ol>
        </section>
        {{/empty(matrixRows)}}

        <section id="quotes"><h2>Quote ledger</h2>
        {{#groups}}
        <div class="quote-group{{#wordingDiffers}} differs{{/wordingDiffers}}">
        <p class="speaker">{{speaker}}{{#wordingDiffers}} <span class="badge variant-badge">wording differs</span>{{/wordingDiffers}}</p>
        <ul>{{#variants}}<li><q>{{{html}}}</q> {{#source}}<span class="src">{{> link}}</span>{{/source}}{{#uncorroborated}} <span class="badge flag">uncorroborated</span>{{/uncorroborated}}</li>{{/variants}}</ul>
        </div>
        {{/groups}}
        {{^empty(singleQuotes)}}
        <h3>Carried by one article</h3>
        <table class="ledger"><thead><tr><th>Who</th><th>Words</th><th>Where</th></tr></thead><tbody>
        {{#singleQuotes}}<tr><td><span class="who">{{speaker}}</span>{{#role}}<div class="role">{{role}}</div>{{/role}}</td><td><q>{{text}}</q></td><td>{{#source}}{{> link}}{{/source}}{{#venue}}<div class="venue">{{venue}}</div>{{/venue}}</td></tr>{{/singleQuotes}}
        </tbody></table>
        {{/empty(singleQuotes)}}
        {{^groups}}{{^singleQuotes}}<p class="empty">No quotations found.</p>{{/singleQuotes}}{{/groups}}
        </section>

        {{^empty(uncorroborated)}}
        <section id="uncorroborated"><h2>Uncorroborated quotes</h2>
        <p class="note">Quoted by one outlet only, with no on-record source elsewhere in the story.</p>
        <ul class="quotes">{{#uncorroborated}}<li><q>{{text}}</q> <span class="who">{{speaker}}</span> {{#source}}<span class="src">{{> link}}</span>{{/source}}</li>{{/uncorroborated}}</ul>
        </section>
        {{/empty(uncorroborated)}}

        {{^empty(contradictions)}}
        <section id="contradictions"><h2>Where outlets disagree</h2>
        <table class="contradictions"><thead><tr><th>About</th><th>Versions</th></tr></thead><tbody>
        {{#contradictions}}<tr><td>{{subject}} <span class="attr">({{attribute}})</span></td><td><ul>{{#values}}<li><b>{{value}}</b>: {{#sources}}{{> link}} {{/sources}}</li>{{/values}}</ul></td></tr>{{/contradictions}}
        </tbody></table>
        </section>
        {{/empty(contradictions)}}

        {{^empty(graphEdges)}}
        <section id="provenance"><h2>Who cites and rewrites whom</h2>
        <p class="note">Articles in time order; dashed arrows: cites, solid: rewrites (share of its text reused). Sources that are not in the story sit above.</p>
        <div class="scroll">{{{graphSVG}}}</div>
        <ul class="edges">{{#graphEdges}}<li>{{.}}</li>{{/graphEdges}}</ul>
        </section>
        {{/empty(graphEdges)}}

        {{^empty(timeline)}}
        <section id="timeline"><h2>Timeline</h2>
        <ol class="timeline">{{#timeline}}<li><time>{{date}}</time> {{text}} <span class="src">{{#sources}}{{> link}} {{/sources}}</span></li>{{/timeline}}</ol>
        </section>
        {{/empty(timeline)}}

        <section id="sources"><h2>Articles</h2>
        <ol class="sources">{{#sources}}<li>{{#source}}{{> link}}{{/source}} · {{title}}{{#byline}} · {{byline}}{{/byline}}</li>{{/sources}}</ol>
        {{^empty(people)}}<h3>People</h3><ul class="people">{{#people}}<li>{{name}}{{#roles}}: {{roles}}{{/roles}}</li>{{/people}}</ul>{{/empty(people)}}
        </section>

        <section id="exports"><h2>Export</h2>
        <p>{{#exports}}<a href="{{json}}">JSON (v1 contract)</a> · <a href="{{quotesCSV}}">quotes CSV</a> ·
        <a href="{{stancesCSV}}">stances CSV</a> · <a href="{{claimReview}}">ClaimReview JSON-LD</a>{{/exports}}</p>
        </section>
        </article>
        {{> foot}}
        """

    static let article = """
        {{> head}}
        <article class="article-page">
        <p class="kicker">{{#storyLink}}Story: <a href="{{storyLink}}">{{storyTitle}}</a>{{/storyLink}}{{^storyLink}}<a href="/">all stories</a>{{/storyLink}}</p>
        <h1>{{title}}</h1>
        <p class="meta">{{outlet}}{{#byline}} · {{byline}}{{/byline}}{{#published}} · {{published}}{{/published}}{{#dateline}} · {{dateline}}{{/dateline}}{{#url}} · <a href="{{url}}" rel="noopener noreferrer">original</a>{{/url}}</p>
        {{^empty(legend)}}<ul class="legend">{{#legend}}<li><mark class="{{kind}}">{{label}}</mark> {{count}}</li>{{/legend}}</ul>{{/empty(legend)}}
        <div class="body">{{{bodyHTML}}}</div>
        </article>
        {{> foot}}
        """

    static let search = """
        {{> head}}
        <h1>Search: {{query}}</h1>
        {{^empty(hits)}}<ol class="hits">{{/empty(hits)}}
        {{#hits}}<li>{{#source}}{{> link}}{{/source}} · {{title}}{{#storyLink}} · <a href="{{storyLink}}">story</a>{{/storyLink}}</li>{{/hits}}
        {{^empty(hits)}}</ol>{{/empty(hits)}}
        {{^hits}}<p class="empty">No article matches.</p>{{/hits}}
        {{> foot}}
        """

    static let notFound = """
        {{> head}}
        <h1>Not found</h1>
        <p>{{message}}</p>
        <p><a href="/">All stories</a></p>
        {{> foot}}
        """
}
