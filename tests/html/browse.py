#!/usr/bin/env python3
"""Open an HTML report in headless Chromium and check what a reader gets.

Usage: tests/html/browse.py CHROMIUM REPORT.html SCREENSHOT.png [EXPECT...]

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe:
no port, no websocket; Python's standard library only).  Loads the page from
its file:// address and prints one line per check, "ok: ..." or "FAIL: ...":

  - the page loads, the script runs without an exception or a console error
    (a script the Content-Security-Policy refused would log one);
  - no request leaves the page: the only request made is the document's own;
    a fetch() the page would attempt is refused by the CSP;
  - the map and the table are there: EXPECT items NAME=N (countries, arcs,
    marks, rows, plans) give exact counts of the elements;
  - the filters work (the country filter of the first country of a row
    hides the rows without it) and hovering a country highlights its rows;
  - a screenshot is taken (PNG written to SCREENSHOT.png);
  - load time (navigation start to the load event's end) is printed, and
    with EXPECT item maxms=N must stay below N milliseconds;
  - the CPU time chromium and its processes used, start to exit, is printed
    ("cpu: N ms"), and with EXPECT item maxcpu=N must stay below N ms.
"""
import base64
import json
import os
import select
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self, chromium, profile):
        cmd_r, self.cmd_w = os.pipe()
        self.res_r, res_w = os.pipe()

        def child():
            # fresh copies first: dup2 onto the same number would keep the
            # pipe's close-on-exec flag
            a, b = os.dup(cmd_r), os.dup(res_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-sync",
             "--disable-background-networking", "--disable-component-update",
             "--hide-scrollbars", "--remote-debugging-pipe",
             "--user-data-dir=" + profile, "--window-size=1600,1000", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=child, close_fds=False)
        os.close(cmd_r)
        os.close(res_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        # reaped with wait4: the CPU time of chromium and of the processes it
        # reaped (renderer, GPU, utility) -- what the page cost, whatever
        # else the machine runs
        self.cpu_ms = None
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pid, status, ru = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                self.proc.returncode = status
                self.cpu_ms = (ru.ru_utime + ru.ru_stime) * 1000
                break
            time.sleep(0.05)
        else:
            self.proc.kill()
            self.proc.wait()
        os.close(self.cmd_w)
        os.close(self.res_r)

    def _read(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from chromium")
            ready, _, _ = select.select([self.res_r], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.res_r, 1 << 20)
            if not chunk:
                raise EOFError("chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=None, timeout=200):
        self.next_id += 1
        mid = self.next_id
        msg = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            m = self._read(deadline)
            if m.get("id") == mid:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method, timeout=30):
        deadline = time.monotonic() + timeout
        for i, m in enumerate(self.events):
            if m.get("method") == method:
                return self.events.pop(i)
        while True:
            m = self._read(deadline)
            if m.get("method") == method:
                return m
            self.events.append(m)


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    chromium, report, shot = argv[1], os.path.abspath(argv[2]), argv[3]
    expect = dict(a.split("=", 1) for a in argv[4:])
    failed = 0

    def check(ok, what):
        nonlocal failed
        print(("ok: " if ok else "FAIL: ") + what)
        if not ok:
            failed += 1

    url = "file://" + report
    with tempfile.TemporaryDirectory() as profile:
        b = Browser(chromium, profile)
        try:
            target = b.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            s = b.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Page", "Network", "Runtime", "Log", "Performance"):
                b.send(domain + ".enable", session=s)
            b.send("Page.navigate", {"url": url}, session=s)
            b.wait_event("Page.loadEventFired", timeout=200)

            def js(expr):
                r = b.send("Runtime.evaluate", {"expression": expr, "returnByValue": True,
                                                "awaitPromise": True}, session=s)
                if "exceptionDetails" in r:
                    raise RuntimeError("page script: %s" % r["exceptionDetails"])
                return r["result"].get("value")

            ms = js("performance.timing.loadEventEnd - performance.timing.navigationStart")
            metrics = {m["name"]: m["value"] for m in
                       b.send("Performance.getMetrics", session=s)["metrics"]}
            print("load: %d ms (%s)" % (ms, ", ".join(
                "%s %.0f ms" % (k[:-8] if k.endswith("Duration") else k, metrics.get(k, 0) * 1000)
                for k in ("TaskDuration", "LayoutDuration", "RecalcStyleDuration", "ScriptDuration"))))
            if "maxms" in expect:
                check(ms < int(expect["maxms"]), "loads in under %s ms (%d ms)" % (expect["maxms"], ms))

            counts = js("""JSON.stringify({
                countries: document.querySelectorAll('svg .land [data-c]').length,
                arcs: document.querySelectorAll('svg .arcs [data-a]').length,
                marks: document.querySelectorAll('svg .marks [data-c]').length,
                rows: document.querySelectorAll('details.grp tr[data-c]').length,
                plans: document.querySelectorAll('section.plan').length,
                selects: document.querySelectorAll('#filters select').length,
                filtersShown: !document.getElementById('filters').hidden})""")
            counts = json.loads(counts)
            for k in ("countries", "arcs", "marks", "rows", "plans"):
                if k in expect:
                    check(counts[k] == int(expect[k]), "%s: %d (expected %s)" % (k, counts[k], expect[k]))
            check(counts["selects"] == 5 and counts["filtersShown"],
                  "the script ran: 5 filters shown (%d)" % counts["selects"])

            if counts["rows"] and counts["selects"] == 5:
                r = json.loads(js("""(function(){
                    var rows=[].slice.call(document.querySelectorAll('details.grp tr[data-c]'));
                    var c=null;rows.some(function(tr){var v=tr.getAttribute('data-c');
                        if(v){c=v.split(' ')[0];return true;}return false;});
                    if(!c)return JSON.stringify({skip:true});
                    var want=rows.filter(function(tr){return (' '+tr.getAttribute('data-c')+' ')
                        .indexOf(' '+c+' ')>=0;}).length;
                    var s=document.getElementById('f-c');s.value=c;s.dispatchEvent(new Event('change'));
                    var shown=rows.filter(function(tr){return !tr.hidden;}).length;
                    s.value='';s.dispatchEvent(new Event('change'));
                    var back=rows.filter(function(tr){return !tr.hidden;}).length;
                    var el=document.querySelector('svg .land [data-c="'+c+'"]')||
                           document.querySelector('svg [data-c="'+c+'"]');
                    el.dispatchEvent(new MouseEvent('mouseenter'));
                    var lit=document.querySelectorAll('tr.hl').length;
                    el.dispatchEvent(new MouseEvent('mouseleave'));
                    return JSON.stringify({c:c,want:want,shown:shown,back:back,all:rows.length,lit:lit,
                        after:document.querySelectorAll('.hl').length});})()"""))
                if not r.get("skip"):
                    check(r["shown"] == r["want"] and r["back"] == r["all"],
                          "country filter %s shows %d of %d rows, then all again" % (r["c"], r["shown"], r["all"]))
                    check(r["lit"] == r["want"] and r["after"] == 0,
                          "hovering %s highlights its %d rows (%d), leaving clears" % (r["c"], r["want"], r["lit"]))

            shot_data = b.send("Page.captureScreenshot", {"format": "png"}, session=s)["data"]
            png = base64.b64decode(shot_data)
            with open(shot, "wb") as f:
                f.write(png)
            check(png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10000,
                  "screenshot %s (%d bytes)" % (shot, len(png)))

            # what left (or tried to leave) the page during the load
            b.send("Runtime.evaluate", {"expression": "1"}, session=s)  # flush events
            reqs = [m["params"]["request"]["url"] for m in b.events
                    if m.get("method") == "Network.requestWillBeSent"]
            check(reqs == [url], "the only request is the document's own (%s)" % reqs)
            errors = [m["params"] for m in b.events
                      if m.get("method") == "Runtime.exceptionThrown"
                      or (m.get("method") == "Runtime.consoleAPICalled" and m["params"]["type"] == "error")
                      or (m.get("method") == "Log.entryAdded" and m["params"]["entry"]["level"] == "error")]
            check(not errors, "no script error or refused content (%s)" % errors[:3])
            refused = js("""fetch('http://127.0.0.1:9/probe').then(function(){return 'sent';},
                            function(){return 'refused';})""")
            check(refused == "refused", "a request the page would make is refused (%s)" % refused)
            csp = [m for m in b.events if m.get("method") == "Log.entryAdded"
                   and "Content Security Policy" in m["params"]["entry"].get("text", "")]
            check(bool(csp), "the Content-Security-Policy refused it")
        except Exception as e:  # a broken page or browser: one failure, not a traceback
            check(False, "%s: %s" % (type(e).__name__, e))
        finally:
            b.close()
    if b.cpu_ms is not None:
        print("cpu: %d ms" % b.cpu_ms)
        if "maxcpu" in expect:
            check(b.cpu_ms < int(expect["maxcpu"]),
                  "chromium's CPU time under %s ms (%d ms)" % (expect["maxcpu"], b.cpu_ms))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
