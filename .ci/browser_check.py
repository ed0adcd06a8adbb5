#!/usr/bin/env python3
"""Checks the pages of a running `hearsay serve` in headless Chromium.

For every story the API lists, it renders the story page in the browser (--dump-dom) and
checks that the page shows what the API says the analysis found: the title, the main
claim with its status, every denial (who and their words), the uncorroborated quotes,
the variant wording of quote groups, the contradictions and the timeline. Article pages
must carry an anchor for every quote span. Nothing here knows the answers: it compares
the browser's page with the server's own JSON.

With --token, it last checks live update in a browser that stays open: it loads the story
list over the DevTools pipe, uploads an article through the API and waits for the page to
announce it.

Usage: browser_check.py BASE_URL [--screenshot FILE] [--token TOKEN]
Prints "N passed, M failed" last; exits non-zero on any failure.
"""
import fcntl, json, os, subprocess, sys, time, urllib.request
from html.parser import HTMLParser

STATUS_LABELS = {"reported": "Reported, unconfirmed", "denied": "Denied", "disputed": "Disputed",
                 "confirmed": "Confirmed", "refuted": "Refuted"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def find(self, tag=None, id=None, cls=None):
        return [n for n in self.walk() if (tag is None or n.tag == tag) and (id is None or n.attrs.get("id") == id)
                and (cls is None or cls in (n.attrs.get("class") or "").split())]


class Tree(HTMLParser):
    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.at = self.root
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.at)
        self.at.children.append(node)
        if tag not in VOID:
            self.at = node

    def handle_endtag(self, tag):
        # Close the nearest open element of this tag; a stray end tag changes nothing.
        n = self.at
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.at = n.parent

    def handle_data(self, data):
        self.at.children.append(data)


def norm(s):
    return " ".join(s.replace("\u2019", "'").split())


def fetch_json(url):
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.load(r)


def browser(*args):
    cmd = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def expect(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}")


def check_story(base, summary, checks):
    sid = summary["id"]
    doc = fetch_json(f"{base}/api/stories/{sid}")
    story = doc["stories"][0]
    page = Tree(browser("--dump-dom", f"{base}/stories/{sid}")).root
    text = norm(page.text())
    h1 = page.find("h1")
    checks.expect(h1 and norm(h1[0].text()) == norm(story["title"]), f"{sid}: title in <h1>")

    claims = story["claims"]
    main = next((c for c in claims if c["isCore"]), claims[0] if claims else None)
    verdict = page.find("section", cls="verdict")
    checks.expect(len(verdict) == 1, f"{sid}: one verdict section")
    if main and verdict:
        v = verdict[0]
        badge = [n for n in v.walk() if n.attrs.get("data-status")]
        checks.expect(badge and badge[0].attrs["data-status"] == main["status"]
                      and norm(badge[0].text()) == STATUS_LABELS[main["status"]],
                      f"{sid}: status badge shows {main['status']}")
        vtext = norm(v.text())
        checks.expect(norm(main["text"]) in vtext, f"{sid}: claim text in the verdict")
        for st in main["actorStances"]:
            if st["stance"] != "denies":
                continue
            checks.expect(norm(st["actor"]) in vtext, f"{sid}: denial by {st['actor']} shown")
            if st.get("quote"):
                # An actor stance names its quote by id; the page must show the quote's words.
                words = next((q["text"] for q in story["quotes"] if q["id"] == st["quote"]), None)
                checks.expect(words is not None and norm(words) in vtext, f"{sid}: words of {st['actor']}'s denial shown")
    elif verdict:
        checks.expect("No claim found" in norm(verdict[0].text()), f"{sid}: says no claim was found")

    flagged = [q for q in story["quotes"] if "uncorroborated" in q["flags"]]
    section = page.find("section", id="uncorroborated")
    checks.expect(bool(section) == bool(flagged), f"{sid}: uncorroborated section iff flagged quotes")
    for q in flagged:
        checks.expect(section and norm(q["text"]) in norm(section[0].text()), f"{sid}: uncorroborated quote shown: {q['text'][:40]}")

    differing = [g for g in story["quoteGroups"] if g["wordingDiffers"] and len(g["quotes"]) > 1]
    quotes = page.find("section", id="quotes")
    checks.expect(bool(quotes), f"{sid}: quote ledger present")
    if quotes:
        groups = quotes[0].find("div", cls="differs")
        checks.expect(len(groups) == len(differing), f"{sid}: {len(differing)} quote groups marked as differing")
        for g, shown in zip(differing, groups):
            marked = {norm(m.text()).lower() for m in shown.find("mark", cls="variant")}
            wanted = {w.lower() for w in g["differingWords"]}
            checks.expect(marked <= wanted and (marked or not wanted),
                          f"{sid}: the differing words of {g['speaker']}'s versions are highlighted, and only they")
    for q in story["quotes"]:
        checks.expect(norm(q["text"]) in text, f"{sid}: quote in the ledger: {q['text'][:40]}")

    for c in story["contradictions"]:
        for v in c["values"]:
            checks.expect(norm(v["value"]) in text, f"{sid}: contradiction value {v['value']} shown")
    times = [norm(n.text()) for n in page.find("time")]
    checks.expect(sorted(times) == sorted(norm(e["date"]) for e in story["timeline"]), f"{sid}: timeline dates")
    edges = story["citations"] or story["rewrites"]
    checks.expect(bool(page.find("svg", cls="provenance")) == bool(page.find("section", id="provenance")), f"{sid}: graph in its section")
    if edges:
        checks.expect(bool(page.find("section", id="provenance")), f"{sid}: provenance graph drawn")

    for a in doc["articles"]:
        mine = [q for q in story["quotes"] if q["article"] == a["id"]]
        if not mine:
            continue
        art = Tree(browser("--dump-dom", f"{base}/articles/{a['id']}")).root
        ids = {n.attrs.get("id") for n in art.find("a", cls="anchor")}
        for q in mine:
            checks.expect(f"span-{q['span']['start']}-{q['span']['end']}" in ids, f"{a['id']}: quote span anchored")
        body = art.find("div", cls="body")
        checks.expect(body and norm(body[0].text()) == norm(a["body"]), f"{a['id']}: body text intact around the marks")
        break  # one article page per story keeps the run short
    return len(doc["articles"])


class DevTools:
    """Chromium driven over --remote-debugging-pipe: JSON messages ending in NUL on fds 3 and 4."""

    def __init__(self):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        # Chromium wants the pipe on fds 3 and 4. Move our ends above them first (closed on
        # exec), so that putting one in place never overwrites the other.
        high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 10)
        high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_chrome_r)
        os.close(from_chrome_w)

        def child_fds():
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.proc = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "about:blank"],
            preexec_fn=child_fds, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(high_r)
        os.close(high_w)
        self.buffer, self.next_id = b"", 0

    def call(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_chrome, 65536)
                if not chunk:
                    raise RuntimeError("chromium closed the DevTools pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def close(self):
        self.proc.kill()
        self.proc.wait()


def check_live_update(base, token, checks):
    tools = DevTools()
    try:
        target = tools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

        def evaluate(expression):
            return tools.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)["result"].get("value")

        tools.call("Page.navigate", {"url": f"{base}/"}, session)
        deadline = time.time() + 20
        while evaluate("location.href + ' ' + document.readyState") != f"{base}/ complete" and time.time() < deadline:
            time.sleep(0.2)
        checks.expect(evaluate("document.getElementById('live').hidden") is True, "live banner hidden before any upload")
        time.sleep(1)  # the event stream is open once the first revision has arrived
        article = {"title": "Ferry strike called off after late-night talks", "outlet": "Browser Test Times",
                   "body": "A planned ferry strike was called off on Sunday after talks ran past midnight, the union said."}
        request = urllib.request.Request(f"{base}/api/articles", data=json.dumps(article).encode(), method="POST",
                                         headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(request, timeout=60) as r:
            checks.expect(r.status == 201, "upload accepted")
        deadline = time.time() + 15
        while evaluate("document.getElementById('live').hidden") is not False and time.time() < deadline:
            time.sleep(0.3)
        checks.expect(evaluate("document.getElementById('live').hidden") is False, "the open page announces the new article")
    finally:
        tools.close()


def main():
    base = sys.argv[1].rstrip("/")
    shot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    checks = Checks()
    stories = fetch_json(f"{base}/api/stories")
    checks.expect(len(stories) > 0, "the server lists stories")
    home = Tree(browser("--dump-dom", f"{base}/")).root
    rows = home.find("tr")[1:]
    checks.expect(len(rows) == len(stories), "one row per story on the list page")
    for s in stories:
        row = next((r for r in rows if any(a.attrs.get("href") == f"/stories/{s['id']}" for a in r.find("a"))), None)
        checks.expect(row is not None, f"{s['id']}: listed")
        if row is not None and s["status"]:
            checks.expect(row.find("span", cls=f"status-{s['status']}"), f"{s['id']}: status badge in the list")
    largest = max(stories, key=lambda s: s["articleCount"])
    for s in stories:
        check_story(base, s, checks)
    if shot:
        browser(f"--screenshot={shot}", "--window-size=1200,2600", f"{base}/stories/{largest['id']}")
        print(f"screenshot of {largest['id']} in {shot}")
    if "--token" in sys.argv:
        check_live_update(base, sys.argv[sys.argv.index("--token") + 1], checks)
    print(f"{checks.passed} passed, {checks.failed} failed")
    sys.exit(1 if checks.failed else 0)


if __name__ == "__main__":
    main()
