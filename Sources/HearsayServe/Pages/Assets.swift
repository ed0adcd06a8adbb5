/// The stylesheet and script, hand-written and served as they are: no build step.
enum Assets {
    static let css = """
        :root { --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; --paper: #fff; --tint: #f6f7f9;
          --denied: #b3261e; --denied-bg: #fde7e5; --confirmed: #1e6b34; --confirmed-bg: #e3f4e6;
          --disputed: #8a5a00; --disputed-bg: #fff1d6; --reported: #3b4b8a; --reported-bg: #e8ecfb;
          --refuted: #6b1e66; --refuted-bg: #f7e3f5; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
        main { max-width: 70rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
        a { color: #1a56b0; }
        .top { display: flex; gap: 1rem; align-items: center; padding: .6rem 1.25rem; border-bottom: 1px solid var(--line); background: var(--tint); }
        .brand { font-weight: 700; text-decoration: none; color: var(--ink); }
        .search input { padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; min-width: 16rem; }
        .live { margin: 0 0 0 auto; font-size: .9rem; background: #fff8c5; padding: .2rem .6rem; border-radius: 4px; }
        footer { max-width: 70rem; margin: 0 auto; padding: 1rem 1.25rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: .4rem 0 1rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
        h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
        .kicker, .meta, .note, .date, .src, .since, .attr, .venue { color: var(--muted); font-size: .9rem; }
        .empty { color: var(--muted); font-style: italic; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .claim-line { color: var(--muted); font-size: .9rem; }
        .scroll { overflow-x: auto; }
        .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
        .status-denied .badge, .badge.status-denied { color: var(--denied); background: var(--denied-bg); }
        .badge.status-confirmed { color: var(--confirmed); background: var(--confirmed-bg); }
        .badge.status-disputed { color: var(--disputed); background: var(--disputed-bg); }
        .badge.status-reported { color: var(--reported); background: var(--reported-bg); }
        .badge.status-refuted { color: var(--refuted); background: var(--refuted-bg); }
        .badge.status-none { color: var(--muted); }
        .badge.flag { color: var(--disputed); background: var(--disputed-bg); }
        .badge.variant-badge { color: var(--reported); background: var(--reported-bg); }
        .verdict { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px; padding: .8rem 1.1rem; background: var(--tint); }
        .verdict.status-denied { border-left-color: var(--denied); }
        .verdict.status-confirmed { border-left-color: var(--confirmed); }
        .verdict.status-disputed { border-left-color: var(--disputed); }
        .verdict.status-reported { border-left-color: var(--reported); }
        .verdict.status-refuted { border-left-color: var(--refuted); }
        .verdict .label { text-transform: uppercase; letter-spacing: .05em; font-size: .75rem; color: var(--muted); margin: 0; }
        .claim-text { font-size: 1.3rem; font-weight: 600; margin: .2rem 0 .4rem; }
        .status-line .badge { font-size: 1rem; padding: .15rem .8rem; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .6rem 0; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; }
        ul.evidence { list-style: none; padding: 0; }
        ul.evidence li { padding: .35rem 0 .35rem .7rem; border-left: 3px solid var(--line); margin: .3rem 0; }
        ul.evidence li.stance-denies { border-left-color: var(--denied); }
        ul.evidence li.stance-supports { border-left-color: var(--confirmed); }
        ul.evidence li.stance-questions { border-left-color: var(--disputed); }
        .who { font-weight: 600; }
        .stance { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; padding: 0 .3rem; border-radius: 3px; background: #eee; }
        .stance-denies .stance, td.stance-denies { background: var(--denied-bg); color: var(--denied); }
        .stance-supports .stance, td.stance-supports { background: var(--confirmed-bg); color: var(--confirmed); }
        .stance-questions .stance, td.stance-questions { background: var(--disputed-bg); color: var(--disputed); }
        .stance-reports .stance, td.stance-reports { background: var(--reported-bg); color: var(--reported); }
        td.stance-none, td.stance-unrelated { color: var(--muted); }
        table.matrix td { text-align: center; font-size: .85rem; }
        .claim-key { font-size: .9rem; color: var(--muted); }
        q { quotes: "\\201C" "\\201D"; }
        .quote-group { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .9rem; margin: .6rem 0; }
        .quote-group.differs { border-color: var(--reported); }
        .quote-group .speaker { font-weight: 600; margin: .2rem 0; }
        .quote-group ul, ul.quotes { padding-left: 1.1rem; }
        table.ledger td:first-child { width: 14rem; }
        table.ledger td:last-child { width: 12rem; font-size: .9rem; }
        .role { color: var(--muted); font-size: .85rem; }
        mark.variant { background: #ffe08a; padding: 0 .1rem; border-radius: 2px; }
        svg.provenance { font-size: 12px; }
        svg.provenance rect { fill: #fff; stroke: #8a94a6; }
        svg.provenance .source rect { fill: var(--tint); stroke-dasharray: 4 3; }
        svg.provenance text { fill: var(--ink); }
        svg.provenance text.detail { fill: var(--muted); font-size: 11px; }
        svg.provenance .edge path { fill: none; stroke: #8a94a6; stroke-width: 1.5; }
        svg.provenance .edge.rewrites path { stroke: var(--denied); stroke-width: 2; }
        svg.provenance .edge.cites path { stroke-dasharray: 5 4; }
        svg.provenance .edge text { font-size: 11px; fill: var(--muted); }
        svg.provenance marker path { fill: #8a94a6; }
        svg.provenance a:hover rect { stroke: #1a56b0; stroke-width: 2; }
        ul.edges { font-size: .85rem; color: var(--muted); columns: 2; }
        ol.timeline { list-style: none; padding: 0; border-left: 2px solid var(--line); }
        ol.timeline li { padding: .2rem 0 .4rem .9rem; position: relative; }
        ol.timeline li::before { content: ""; position: absolute; left: -6px; top: .65rem; width: 10px; height: 10px; border-radius: 50%; background: #8a94a6; }
        ol.timeline time { font-weight: 600; font-variant-numeric: tabular-nums; margin-right: .4rem; }
        .article-page .body { white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.65; max-width: 44rem; }
        .body mark { background: none; color: inherit; border-radius: 2px; }
        .body mark.quote, .legend mark.quote { background: #fff3b0; }
        .body mark.uncorroborated, .legend mark.uncorroborated { background: #ffd9a8; outline: 1px dashed var(--disputed); }
        .body mark.attribution, .legend mark.attribution { text-decoration: underline 2px #8a94a6; }
        .body mark.stance-denies, .legend mark.stance-denies { background: var(--denied-bg); box-shadow: inset 0 -2px var(--denied); }
        .body mark.stance-supports, .legend mark.stance-supports { background: var(--confirmed-bg); box-shadow: inset 0 -2px var(--confirmed); }
        .body mark.stance-reports, .legend mark.stance-reports { box-shadow: inset 0 -2px var(--reported); }
        .body mark.stance-questions, .legend mark.stance-questions { box-shadow: inset 0 -2px var(--disputed); }
        .body mark.citation, .legend mark.citation { text-decoration: underline dotted 2px var(--reported); }
        .body mark.contradiction, .legend mark.contradiction { outline: 2px solid var(--refuted); }
        .body mark.dated, .legend mark.dated { text-decoration: underline wavy #8a94a6; }
        .body mark.quote.stance-denies { background: #ffc9c4; }
        .anchor:target + mark { outline: 3px solid #1a56b0; }
        ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; font-size: .85rem; color: var(--muted); }
        ul.legend mark { color: var(--ink); background: none; padding: 0 .2rem; }
        @media (max-width: 40rem) { .search input { min-width: 8rem; } ul.edges { columns: 1; } }
        """

    /// Live update: the server pushes its revision over server-sent events; when it moves
    /// past the one this page was rendered at, the page shows a reload link, and reloads
    /// at once when it is in a background tab (nobody is reading it mid-sentence).
    static let js = """
        "use strict";
        (function () {
          var rendered = document.body.getAttribute("data-revision");
          if (!window.EventSource || rendered === null) return;
          var banner = document.getElementById("live");
          var source = new EventSource("/api/events");
          source.addEventListener("revision", function (e) {
            if (e.data === rendered) return;
            if (banner) banner.hidden = false;
            if (document.hidden) location.reload();
          });
          window.addEventListener("beforeunload", function () { source.close(); });
        })();
        """
}
