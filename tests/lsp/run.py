#!/usr/bin/env python3
"""run.py RESIDENCY [CASE.json...] — transcript tests of `residency lsp`.

Each tests/lsp/*.json case is a list of steps, run in order against one
server (`residency lsp --as-of 2026-12-01`, started in the repository root):

  {"send": MESSAGE}                      a request or notification, sent as is
  {"send": MESSAGE, "expect": [MSG...]}  then every message the server writes
                                         up to and including the response to
                                         MESSAGE's id (or, for a notification,
                                         the number of messages listed)
  {"file": "$ROOT/x.rpl"} in a "text" field: replaced by the file's text

"$ROOT" in any string stands for the repository's absolute path, and
"$ROOT_URI" for its file:// URI.  The server must exit with 0 after
shutdown and exit.  UPDATE=1 rewrites the expectations from what the server
answers (review the diff).  Prints 'N passed, N failed'.
"""
import json, os, subprocess, sys, glob, select, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ROOT_URI = "file://" + ROOT


def subst(v, to_real):
    if isinstance(v, str):
        if to_real:
            return v.replace("$ROOT_URI", ROOT_URI).replace("$ROOT", ROOT)
        return v.replace(ROOT_URI, "$ROOT_URI").replace(ROOT, "$ROOT")
    if isinstance(v, list):
        return [subst(x, to_real) for x in v]
    if isinstance(v, dict):
        if to_real and set(v) == {"file"}:
            with open(subst(v["file"], True), encoding="utf-8") as f:
                return f.read()
        return {subst(k, to_real): subst(x, to_real) for k, x in v.items()}
    return v


class Server:
    def __init__(self, binary):
        self.p = subprocess.Popen([binary, "lsp", "--as-of", "2026-12-01"], cwd=ROOT,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.buf = b""

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def recv(self, timeout=20):
        end = time.time() + timeout
        while True:
            h = self.buf.find(b"\r\n\r\n")
            if h >= 0:
                head = self.buf[:h].decode()
                n = int([l.split(":")[1] for l in head.split("\r\n")
                         if l.lower().startswith("content-length")][0])
                if len(self.buf) >= h + 4 + n:
                    body = self.buf[h + 4:h + 4 + n]
                    self.buf = self.buf[h + 4 + n:]
                    return json.loads(body)
            left = end - time.time()
            if left <= 0:
                raise TimeoutError("no message from the server")
            r, _, _ = select.select([self.p.stdout], [], [], left)
            if r:
                chunk = os.read(self.p.stdout.fileno(), 65536)
                if not chunk:
                    raise EOFError("the server closed its output")
                self.buf += chunk


def run_case(binary, path, update):
    with open(path, encoding="utf-8") as f:
        steps = json.load(f)
    srv = Server(binary)
    ok = True
    why = ""
    try:
        for step in steps:
            msg = subst(step["send"], True)
            srv.send(msg)
            if "expect" not in step:
                continue
            got = []
            if "id" in msg:
                while True:
                    m = srv.recv()
                    got.append(m)
                    if m.get("id") == msg["id"] and "method" not in m:
                        break
            else:
                for _ in step["expect"]:
                    got.append(srv.recv())
            got = subst(got, False)
            if update:
                step["expect"] = got
            elif got != step["expect"]:
                ok = False
                why = "step %s:\n  want %s\n  got  %s" % (
                    json.dumps(step["send"])[:120], json.dumps(step["expect"])[:2000],
                    json.dumps(got)[:2000])
                break
        srv.p.stdin.close()
        rc = srv.p.wait(timeout=20)
        want_rc = 0 if any(s["send"].get("method") == "shutdown" for s in steps) else 1
        if ok and rc != want_rc:
            ok, why = False, "exit status %d, want %d" % (rc, want_rc)
    except Exception as e:  # a hang, a crash, a closed pipe
        ok, why = False, "%s: %s" % (type(e).__name__, e)
        srv.p.kill()
    if update:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(steps, f, indent=1, ensure_ascii=False, sort_keys=True)
            f.write("\n")
    return ok, why


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/residency")
    cases = sys.argv[2:] or sorted(glob.glob(os.path.join(ROOT, "tests", "lsp", "*.json")))
    update = os.environ.get("UPDATE") == "1"
    passed = failed = 0
    for c in cases:
        ok, why = run_case(binary, c, update)
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL %s: %s" % (os.path.relpath(c, ROOT), why))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
