#!/usr/bin/env python3
"""Robustness suite: what sjsj does when real offices' faults happen (issue 7).

  run.py BINARY [--rows N] [--only NAME ...] [--keep]

Runs the real binary against fresh databases in a temporary folder and checks, case by case:
  crash-*      kill -9 half-way through a large import and a large draw: the database is as before,
               PRAGMA integrity_check is ok, `audit verify` passes, and the next run works;
  concurrent-* two `draw run` or two `publish` started together: one stores, the other waits and
               says why it has nothing to do (or that the database is busy); never twice, never half;
  disk-*       writes that fail (ulimit -f, EFBIG with SIGXFSZ ignored; a folder that is not one):
               a clear error, the database unchanged, no half file, nothing marked published that
               is not in a file;
  hostile-*    a 10 MB field, 100,000 columns, NUL bytes, invalid UTF-8, a YAML alias bomb, deep
               YAML nesting, `..` in --out: refused with a clear message in bounded time and memory;
  tamper-*     one row edited behind the tool's back in each table that matters: `audit verify` or
               `audit replay` exits 3, and the case says which caught it.
Prints one line per case and a closing line `robustness: N passed, M failed`; exits 1 on failure.
Python 3 standard library only.
"""
import argparse
import hashlib
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
EX = os.path.join(SRC, "examples", "banan-2026")

# Memory cap for hostile inputs (address space; not applied to sanitizer builds, which reserve
# terabytes of shadow memory) and wall-clock cap for any single command.
MEMORY_LIMIT = 1 << 30
HOSTILE_TIMEOUT = 60
COMMAND_TIMEOUT = 600

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def credit_code(n):
    """A valid GB 32100 code, unique per n (fictional: organisation body 'R' + 7 digits)."""
    body = "91500113R%08d" % n
    total = sum(CHARSET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + CHARSET[(31 - total % 31) % 31]


class Runner:
    def __init__(self, binary, work):
        self.binary = os.path.abspath(binary)
        self.work = work
        with open(self.binary, "rb") as f:
            self.sanitized = b"__asan_init" in f.read()

    # -- running sjsj ----------------------------------------------------------------------
    def env(self, db):
        env = dict(os.environ)
        env.update({"SJSJ_DB": db, "LC_ALL": "C.UTF-8", "TZ": "UTC"})
        env.pop("SJSJ_TODAY", None)
        return env

    def preexec(self, memory=False):
        def setup():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past ulimit -f fails with EFBIG
            if memory and not self.sanitized:
                resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        return setup

    def argv(self, args, today=None, fsize_kb=None):
        argv = [self.binary] + (["--today", today] if today else []) + list(args)
        if fsize_kb is not None:
            argv = ["bash", "-c", 'ulimit -f %d; exec "$@"' % fsize_kb, "sjsj"] + argv
        return argv

    def run(self, db, *args, today=None, cwd=None, timeout=COMMAND_TIMEOUT, memory=False, fsize_kb=None):
        """Runs sjsj; returns (exit code, stdout + stderr). A timeout is a failure of the case."""
        start = time.monotonic()
        try:
            p = subprocess.run(self.argv(args, today, fsize_kb), cwd=cwd or self.work, env=self.env(db),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout,
                               preexec_fn=self.preexec(memory))
        except subprocess.TimeoutExpired:
            raise Failure("sjsj %s did not finish in %d s" % (" ".join(args), timeout))
        self.last_seconds = time.monotonic() - start
        return p.returncode, p.stdout.decode("utf-8", "replace")

    def ok(self, db, *args, **kw):
        rc, out = self.run(db, *args, **kw)
        check(rc == 0, "sjsj %s: exit %d: %s" % (" ".join(args), rc, out.strip()[-600:]))
        return out

    def start(self, db, *args, today=None, cwd=None):
        return subprocess.Popen(self.argv(args, today), cwd=cwd or self.work, env=self.env(db),
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, preexec_fn=self.preexec())

    # -- databases -------------------------------------------------------------------------
    def path(self, name):
        return os.path.join(self.work, name)

    def copy_db(self, src, name):
        """A consistent copy (the WAL included) through SQLite's backup API."""
        dst = self.path(name)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(dst + suffix):
                os.remove(dst + suffix)
        a = sqlite3.connect(src)
        b = sqlite3.connect(dst)
        a.backup(b)
        b.execute("PRAGMA journal_mode = WAL")
        a.close()
        b.close()
        return dst

    def year_db(self, name, upto):
        """The example year of tests/e2e/cases/publish.t, up to one of: directories, plan, drawn,
        assigned, recorded, published."""
        db = self.path(name)
        steps = [
            ("directories", ["import-objects", os.path.join(EX, "objects.csv")], None),
            ("directories", ["import-staff", os.path.join(EX, "staff.csv")], None),
            ("plan", ["plan", "load", os.path.join(EX, "plan.yaml")], None),
            ("drawn", ["draw", "run", "2026", "--seed", "draw: 福彩3D 2026-04-30"], "2026-05-01"),
            ("assigned", ["assign", "2026", "--seed", "assign: 福彩3D 2026-05-01", "--on", "2026-05-02"], "2026-05-02"),
            ("recorded", ["record", "2026-0001", "--date", "2026-05-08", "--outcome", "no_issue"], "2026-05-10"),
            ("recorded", ["record", "2026-0002", "--date", "2026-05-06", "--outcome", "rectification_ordered",
                          "--mode", "remote", "--findings", "废气治理设施未正常运行"], "2026-05-10"),
            ("recorded", ["record", "2026-0003", "--date", "2026-05-07", "--outcome", "case_filed",
                          "--confidential", "涉及国家秘密"], "2026-05-10"),
            ("recorded", ["record", "2026-0004", "--date", "2026-05-07", "--outcome", "no_issue",
                          "--transfer-to", "区水利局"], "2026-05-10"),
            ("published", ["publish", "2026", "--as-of", "2026-05-20", "--out", self.path(name + "-公示.csv")], "2026-05-21"),
        ]
        order = ["directories", "plan", "drawn", "assigned", "recorded", "published"]
        for stage, args, today in steps:
            if order.index(stage) > order.index(upto):
                break
            self.ok(db, *args, today=today)
        return db

    def fingerprint(self, db):
        """SHA-256 of every row of every table (the database's content, not its pages)."""
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
        h = hashlib.sha256()
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")]
        h.update(repr(con.execute("SELECT type, name, sql FROM sqlite_schema ORDER BY name").fetchall()).encode())
        for t in tables:
            h.update(t.encode() + b"\0")
            cur = con.execute('SELECT * FROM "%s" ORDER BY 1' % t)
            while True:
                rows = cur.fetchmany(10000)
                if not rows:
                    break
                h.update(repr(rows).encode("utf-8"))
        h.update(repr(con.execute("PRAGMA user_version").fetchall()).encode())
        con.close()
        return h.hexdigest()

    def query(self, db, sql):
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()

    def count(self, db, table):
        return self.query(db, "SELECT count(*) FROM %s" % table)[0][0]

    def healthy(self, db, replay=False):
        """integrity_check ok and `audit verify` (and `audit replay`) exit 0."""
        check(self.query(db, "PRAGMA integrity_check") == [("ok",)], "PRAGMA integrity_check is not ok")
        rc, out = self.run(db, "audit", "verify")
        check(rc == 0, "audit verify: exit %d: %s" % (rc, out.strip()[-400:]))
        if replay:
            rc, out = self.run(db, "audit", "replay")
            check(rc == 0, "audit replay: exit %d: %s" % (rc, out.strip()[-400:]))

    def leftovers(self, folder):
        return sorted(f for f in os.listdir(folder) if f.endswith(".tmp"))

    # -- generated inputs ------------------------------------------------------------------
    def big_objects_csv(self, rows):
        """rows new objects with the example's tag mix (each row copies an example row's columns
        and gets a new code and name)."""
        path = self.path("objects-%d.csv" % rows)
        if os.path.exists(path):
            return path
        with open(os.path.join(EX, "objects.csv"), encoding="utf-8") as f:
            lines = f.read().splitlines()
        header, examples = lines[0], lines[1:]
        with open(path, "w", encoding="utf-8") as out:
            out.write(header + "\n")
            for i in range(rows):
                fields = examples[i % len(examples)].split(",", 2)
                out.write("%s,生成单位%07d有限公司,%s\n" % (credit_code(i), i, fields[2]))
        return path


# ---------------------------------------------------------------------------------------------
# Cases. Each takes the Runner and returns a short note (what was observed) or raises Failure.

def read_offset(pid, path):
    """How far process pid has read the file at path (Linux /proc/PID/fdinfo), or None."""
    try:
        for fd in os.listdir("/proc/%d/fd" % pid):
            if os.readlink("/proc/%d/fd/%s" % (pid, fd)) == path:
                with open("/proc/%d/fdinfo/%s" % (pid, fd)) as f:
                    for line in f:
                        if line.startswith("pos:"):
                            return int(line.split()[1])
    except OSError:
        pass
    return None


def kill_when_busy(r, proc, db, min_wal, max_wait, reading=None):
    """SIGKILLs proc once it is busy: it has read half of the file `reading` (when given and
    /proc shows it), else its WAL has grown past min_wal bytes. Returns (seconds waited, what
    was seen). Fails if proc finished first."""
    start = time.monotonic()
    seen = "nothing"
    while time.monotonic() - start < max_wait:
        if proc.poll() is not None:
            raise Failure("finished (exit %d) before it could be killed; use more --rows" % proc.returncode)
        if reading:
            pos = read_offset(proc.pid, reading)
            if pos is not None and pos >= os.path.getsize(reading) // 2:
                seen = "read %d of %d MB of the file" % (pos >> 20, os.path.getsize(reading) >> 20)
                break
        try:
            wal = os.path.getsize(db + "-wal")
            if wal >= min_wal and (not reading or not os.path.exists("/proc/%d/fdinfo" % proc.pid)):
                seen = "WAL %d MB" % (wal >> 20)
                break
        except OSError:
            pass
        time.sleep(0.01)
    proc.kill()
    proc.wait()
    check(proc.returncode == -signal.SIGKILL, "not killed by SIGKILL (exit %s)" % proc.returncode)
    return time.monotonic() - start, seen


def case_crash_import(r, rows):
    db = r.year_db("crash-import.db", "plan")
    big = r.big_objects_csv(rows)
    before = r.fingerprint(db)
    objects = r.count(db, "objects")
    proc = r.start(db, "import-objects", big)
    waited, seen = kill_when_busy(r, proc, db, 2 << 20, 300, reading=big)
    check(r.fingerprint(db) == before, "the database changed after the killed import")
    r.healthy(db)
    out = r.ok(db, "import-objects", big)
    took = r.last_seconds
    check(r.count(db, "objects") == objects + rows, "the next import did not add the %d rows: %s" % (rows, out))
    r.healthy(db)
    r.big_db = r.copy_db(db, "big-base.db")
    return "killed after %.1f s (%s), content unchanged; the next import took %.1f s" % (
        waited, seen, took)


def case_crash_draw(r, rows):
    check(getattr(r, "big_db", None), "needs crash-import (the large directory)")
    db = r.copy_db(r.big_db, "crash-draw.db")
    before = r.fingerprint(db)
    proc = r.start(db, "draw", "run", "2026", "--seed", "draw: 福彩3D 2026-04-30", today="2026-05-01")
    waited, seen = kill_when_busy(r, proc, db, 1 << 20, 300)
    check(r.fingerprint(db) == before, "the database changed after the killed draw")
    check(r.count(db, "draws") == 0 and r.count(db, "draw_picks") == 0, "a half draw is stored")
    r.healthy(db)
    r.ok(db, "draw", "run", "2026", "--seed", "draw: 福彩3D 2026-04-30", today="2026-05-01")
    took = r.last_seconds
    check(r.count(db, "draws") > 0, "the next draw stored nothing")
    r.healthy(db, replay=True)
    return "killed after %.1f s (%s), content unchanged; the next draw (%d draws) took %.1f s, replay ok" % (
        waited, seen, r.count(db, "draws"), took)


def started_together(r, db, runs, today):
    procs = [r.start(db, *args, today=today) for args in runs]
    outs = []
    for p in procs:
        out, _ = p.communicate(timeout=COMMAND_TIMEOUT)
        outs.append((p.returncode, out.decode("utf-8", "replace").strip()))
    return outs


def case_concurrent_draw(r, rows):
    # Over the large directory when crash-import ran (each draw takes seconds, so they overlap).
    if getattr(r, "big_db", None):
        db = r.copy_db(r.big_db, "concurrent-draw.db")
    else:
        db = r.year_db("concurrent-draw.db", "plan")
    runs = [["draw", "run", "2026", "--seed", "draw: seed A"], ["draw", "run", "2026", "--seed", "draw: seed B"]]
    entries = r.count(db, "ledger")
    outs = started_together(r, db, runs, "2026-05-01")
    check(r.count(db, "ledger") == entries + 1,
          "%d ledger entries added (one expected: the run that drew)" % (r.count(db, "ledger") - entries))
    drew = [re.search(r"^(\d+) quotas drawn", o[1], re.M) for o in outs]
    winners = [o for o, m in zip(outs, drew) if o[0] == 0 and m and int(m.group(1)) > 0]
    stored = r.query(db, "SELECT label, count(*) FROM draws GROUP BY label HAVING count(*) > 1")
    check(not stored, "a quota was drawn twice: %s" % stored)
    seeds = r.query(db, "SELECT DISTINCT seed FROM draws")
    check(len(seeds) == 1, "draws of both runs are stored: seeds %s" % seeds)
    picks = r.query(db, "SELECT sum(k), (SELECT count(*) FROM draw_picks) FROM draws")[0]
    check(picks[0] == picks[1], "picks stored (%s) differ from the draws' counts (%s)" % (picks[1], picks[0]))
    check(len(winners) == 1, "not exactly one run drew: %s" % [o[0] for o in outs])
    loser = [o for o in outs if o is not winners[0]][0]
    said = loser[1].splitlines()[-1] if loser[1] else ""
    clear = ("nothing to draw" in loser[1] or "already drawn" in loser[1] or "busy" in loser[1])
    check(clear, "the other run (exit %d) did not say why: %s" % (loser[0], loser[1][-300:]))
    check(loser[0] in (0, 2, 4), "the other run exited %d" % loser[0])
    r.healthy(db, replay=True)
    return "one drew (seed %s); the other exit %d: %s" % (seeds[0][0][-6:], loser[0], said[:120])


def case_concurrent_publish(r, rows):
    db = r.year_db("concurrent-publish.db", "recorded")
    outdir = r.path("concurrent-out")
    os.makedirs(outdir, exist_ok=True)
    runs = [["publish", "2026", "--out", os.path.join(outdir, "a.csv")],
            ["publish", "2026", "--out", os.path.join(outdir, "b.csv")]]
    entries = r.count(db, "ledger")
    outs = started_together(r, db, runs, "2026-05-21")
    check(r.count(db, "ledger") == entries + 1,
          "%d ledger entries added (one expected: the batch)" % (r.count(db, "ledger") - entries))
    check(all(rc in (0, 4) for rc, _ in outs), "exit codes %s: %s" % ([o[0] for o in outs], outs))
    published = [o for o in outs if o[1].startswith("published batch")]
    check(len(published) == 1, "not exactly one batch published: %s" % outs)
    files = sorted(f for f in os.listdir(outdir))
    check(len(files) == 1, "files written: %s (one expected)" % files)
    check(r.count(db, "publications") == 1, "%d batches stored" % r.count(db, "publications"))
    with open(os.path.join(outdir, files[0]), encoding="utf-8-sig") as f:
        lines = f.read().splitlines()[1:]
    marked = r.count(db, "published_results")
    check(len(lines) == marked, "the file has %d rows, %d results are marked published" % (len(lines), marked))
    other = [o for o in outs if o is not published[0]][0]
    check("nothing to publish" in other[1] or "busy" in other[1],
          "the other publish did not say why: %s" % other[1][-300:])
    r.healthy(db)
    return "one batch of %d results in %s; the other: %s" % (marked, files[0], other[1].splitlines()[-1][:100])


def case_disk_publish_file(r, rows):
    """The disclosure file cannot be written whole (EFBIG past ulimit -f): no file, nothing marked.
    Every task gets a result with 4 KB of findings, so the file is larger than the limit while the
    database's own writes (a few pages of WAL) stay below it."""
    db = r.year_db("disk-publish.db", "assigned")
    tasks = [t for (t,) in r.query(db, "SELECT id FROM tasks ORDER BY id")]
    batch = r.path("long-findings.csv")
    rng = random.Random(7)  # findings that do not compress, so the xlsx is large too
    with open(batch, "w", encoding="utf-8") as f:
        f.write("task,date,outcome,findings\n")
        for t in tasks:
            findings = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(3000))
            f.write("%s,2026-05-08,rectification_ordered,%s\n" % (t, findings))
    r.ok(db, "record", "--file", batch, today="2026-05-10")
    outdir = r.path("disk-out")
    os.makedirs(outdir, exist_ok=True)
    before = r.fingerprint(db)
    notes = []
    for name in ("公示.csv", "公示.html", "公示.json", "公示.xlsx"):
        rc, out = r.run(db, "publish", "2026", "--out", os.path.join(outdir, name), today="2026-05-21", fsize_kb=64)
        check(rc == 4, "%s under ulimit -f 64: exit %d (4 expected): %s" % (name, rc, out.strip()))
        check("too large" in out.lower() or "cannot write" in out, "%s: the message does not say the write failed: %s" % (name, out.strip()))
        check(os.listdir(outdir) == [], "%s: files left: %s" % (name, os.listdir(outdir)))
        check(r.fingerprint(db) == before, "%s: the database changed" % name)
        notes.append(out.strip().splitlines()[-1].replace(outdir + "/", ""))
    r.healthy(db)
    out = r.ok(db, "publish", "2026", "--out", os.path.join(outdir, "公示.html"), today="2026-05-21")
    check(r.count(db, "published_results") == len(tasks), "the next publish did not publish every result")
    return "%d results; %s" % (len(tasks), " | ".join(notes[i] for i in (0, 3)))


def case_disk_publish_db(r, rows):
    """The database cannot be written (ulimit -f 2 is less than its shared-memory index): a clear
    error, nothing marked published, no file."""
    db = r.year_db("disk-publish-db.db", "recorded")
    outdir = r.path("disk-db-out")
    os.makedirs(outdir, exist_ok=True)
    before = r.fingerprint(db)
    target = os.path.join(outdir, "公示.csv")
    rc, out = r.run(db, "publish", "2026", "--out", target, today="2026-05-21", fsize_kb=2)
    check(r.leftovers(outdir) == [], "temporary files left: %s" % r.leftovers(outdir))
    marked = r.count(db, "published_results")
    if rc == 0:
        check(os.path.exists(target), "exit 0 but no file")
    else:
        check(rc == 4, "exit %d: %s" % (rc, out.strip()))
        check(r.fingerprint(db) == before, "the database changed after a failed publish")
        check(not os.path.exists(target), "a failed publish left %s, which the database does not record" % target)
    check(marked == 0 or os.path.exists(target), "results marked published without a file")
    r.healthy(db)
    return "exit %d: %s" % (rc, out.strip().splitlines()[-1][:160] if out.strip() else "")


def case_disk_import(r, rows):
    """The database cannot grow (ulimit -f) during a large import: a clear error, nothing kept."""
    db = r.year_db("disk-import.db", "plan")
    big = r.big_objects_csv(min(rows, 20000))
    before = r.fingerprint(db)
    rc, out = r.run(db, "import-objects", big, fsize_kb=512)
    check(rc == 4, "exit %d (4 expected): %s" % (rc, out.strip()[-300:]))
    check("full" in out or "too large" in out.lower() or "disk" in out, "unclear message: %s" % out.strip())
    check(r.fingerprint(db) == before, "the database changed")
    r.healthy(db)
    r.ok(db, "import-objects", big)
    return out.strip().splitlines()[-1][:160]


def case_disk_not_a_folder(r, rows):
    """--out inside a path that is a file, or a missing folder: refused before anything is marked."""
    db = r.year_db("disk-folder.db", "recorded")
    with open(r.path("plain-file"), "w") as f:
        f.write("x")
    before = r.fingerprint(db)
    notes = []
    for out_path in (r.path("plain-file/公示.csv"), r.path("no-such-folder/公示.csv")):
        rc, out = r.run(db, "publish", "2026", "--out", out_path, today="2026-05-21")
        check(rc in (1, 4), "%s: exit %d: %s" % (out_path, rc, out.strip()))
        check(("not a folder" if "plain-file" in out_path else "does not exist") in out, "unclear message: %s" % out.strip())
        notes.append(out.strip().replace(r.work + "/", ""))
    check(r.fingerprint(db) == before, "the database changed")
    # A folder we may not write to: our own, made read-only; as root (who ignores permissions),
    # /sys, a read-only file system in containers (nothing can be created there).
    ro = r.path("read-only") if os.geteuid() != 0 else "/sys"
    if ro != "/sys":
        os.makedirs(ro, exist_ok=True)
        os.chmod(ro, 0o555)
    entries = sorted(os.listdir(ro))
    rc, out = r.run(db, "publish", "2026", "--out", os.path.join(ro, "sjsj-公示.csv"), today="2026-05-21")
    if ro != "/sys":
        os.chmod(ro, 0o755)
    check(rc == 4 and ("ermission" in out or "ead-only" in out), "read-only folder: exit %d: %s" % (rc, out.strip()))
    check(sorted(os.listdir(ro)) == entries, "read-only folder: files left")
    check(r.fingerprint(db) == before, "read-only folder: the database changed")
    notes.append(out.strip().replace(r.work + "/", ""))
    return " | ".join(notes)


def hostile_import(r, name, data, expect, args=("import-objects",), encoding=None):
    db = r.path("hostile.db")
    if not os.path.exists(db):
        r.year_db("hostile.db", "directories")
        r.hostile_before = r.fingerprint(db)
    path = r.path(name)
    with open(path, "wb") as f:
        f.write(data)
    extra = ["--encoding", encoding] if encoding else []
    rc, out = r.run(db, *args, path, *extra, timeout=HOSTILE_TIMEOUT, memory=True)
    took = r.last_seconds
    check(rc == 2, "exit %d (2 expected): %s" % (rc, out.strip()[-400:]))
    check(len(out) < 20000, "%d bytes of output" % len(out))
    check(expect in out.replace(path, ""), "the message lacks %r: %s" % (expect, out.strip()[-400:]))
    check(r.fingerprint(db) == r.hostile_before, "the database changed")
    return "%.2f s: %s" % (took, out.strip().splitlines()[0].replace(r.work + "/", "")[:160])


HEADER = b"code,name,category,town\n"
ROW = "91500113206022731W,重庆巴南示例诚鼎骨科医院有限公司,一般,龙洲湾街道\n".encode()


def case_hostile_big_field(r, rows):
    a = hostile_import(r, "big-field.csv", HEADER + b"91500113206022731W," + b"A" * (10 << 20) + ",一般,x\n".encode(),
                       "a field may hold at most")
    b = hostile_import(r, "big-quoted-field.csv",
                       HEADER + b'91500113206022731W,"' + (b"A" * 1000 + b"\n") * 10000 + '",一般,x\n'.encode(),
                       "the limit of")
    return a + " | " + b


def case_hostile_columns(r, rows):
    return hostile_import(r, "columns.csv", HEADER + b",".join([b"x"] * 100000) + b"\n", "columns")


def case_hostile_nul(r, rows):
    return hostile_import(r, "nul.csv", HEADER + ROW + b"9150011320\x0060227,x,y,x\n", "NUL")


def case_hostile_utf8(r, rows):
    # Valid UTF-8 for the first 64 KiB chunk (so it is detected as UTF-8), then a stray byte.
    body = ROW * 800
    a = hostile_import(r, "bad-utf8.csv", HEADER + body + b"91500113206022731W,\xff\xfe,x,x\n", "invalid UTF-8")
    check(":%d:" % (801 + 1) in a or "802" in a, "the line of the bad byte is not named: %s" % a)
    b = hostile_import(r, "bad-utf8-short.csv", HEADER + b"91500113206022731W,\xe4\xb8,x,x\n", "invalid UTF-8",
                       encoding="utf-8")
    return a + " | " + b


def case_hostile_all_rows_bad(r, rows):
    """Every row of a large file is wrong: the report stays short (50 problems and a count)."""
    data = HEADER + b"".join(b"BAD%06d,x,y,z\n" % i for i in range(min(rows, 100000)))
    return hostile_import(r, "all-bad.csv", data, "more problem")


def case_hostile_yaml_bomb(r, rows):
    lol = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
    for i in range(1, 12):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lol.append("%s: &%s [%s]" % (cur, cur, ",".join(["*" + prev] * 9)))
    bomb = ("\n".join(lol) + "\nyear: *l\n").encode()
    a = hostile_import(r, "bomb.yaml", bomb, "alias", args=("plan", "load"))
    b = hostile_import(r, "bomb-check.yaml", bomb, "alias", args=("plan", "check"))
    deep = b"year: 2026\nitems: " + b"[" * 100000 + b"]" * 100000 + b"\n"
    c = hostile_import(r, "brackets.yaml", deep, "nested", args=("plan", "load"))
    return " | ".join((a, b.split(":")[0], c))


def case_hostile_out_path(r, rows):
    db = r.year_db("out-path.db", "recorded")
    sub = r.path("pub")
    os.makedirs(os.path.join(sub, "inner"), exist_ok=True)
    before = r.fingerprint(db)
    notes = []
    for out_path in ("../公示.csv", "inner/../../公示.csv", "inner/..", sub + "/inner/../公示.csv", "inner/"):
        rc, out = r.run(db, "publish", "2026", "--out", out_path, today="2026-05-21", cwd=sub)
        check(rc == 1, "--out %s: exit %d (1 expected): %s" % (out_path, rc, out.strip()))
        check(".." in out or "not a file name" in out, "--out %s: unclear message: %s" % (out_path, out.strip()))
        notes.append(out.strip().replace(r.work + "/", ""))
    check(r.fingerprint(db) == before, "the database changed")
    check(not os.path.exists(r.path("公示.csv")) and not os.path.exists(os.path.join(sub, "公示.csv")),
          "a file was written")
    return notes[0]


# Tampering: (table, SQL) on a fresh copy of a published year each.
TAMPERING = [
    ("objects", "UPDATE objects SET category = '重点' WHERE id = (SELECT min(id) FROM objects WHERE category = '一般')"),
    ("staff", "UPDATE staff SET cert_expires = '2030-01-01' WHERE id = (SELECT min(id) FROM staff)"),
    ("plans", "UPDATE plans SET source = source || '# edited' WHERE id = 1"),
    ("draws", "UPDATE draws SET seed = 'draw: another seed' WHERE id = (SELECT min(id) FROM draws)"),
    ("draw_pools", "UPDATE draw_pools SET codes = substr(codes, 1, length(codes) - 19) "
                   "WHERE draw_id = (SELECT min(draw_id) FROM draw_pools)"),
    ("draw_picks", "UPDATE draw_picks SET code = (SELECT code FROM objects WHERE code NOT IN "
                   "(SELECT code FROM draw_picks) LIMIT 1) WHERE id = (SELECT min(id) FROM draw_picks)"),
    ("tasks", "UPDATE tasks SET object_code = (SELECT code FROM objects WHERE code NOT IN "
              "(SELECT object_code FROM tasks) LIMIT 1) WHERE id = '2026-0001'"),
    ("assignments", "UPDATE assignments SET seed = 'assign: another seed' WHERE id = (SELECT min(id) FROM assignments)"),
    ("assignment_members", "UPDATE assignment_members SET badge = (SELECT badge FROM staff WHERE badge NOT IN "
                           "(SELECT badge FROM assignment_members WHERE assignment_id = 1) LIMIT 1) "
                           "WHERE assignment_id = 1 AND position = 1"),
    ("results", "UPDATE results SET outcome = 'no_issue' WHERE outcome = 'rectification_ordered'"),
    ("publications", "UPDATE publications SET published_on = '2026-05-11' WHERE id = 1"),
    ("published_results", "DELETE FROM published_results WHERE rowid = (SELECT max(rowid) FROM published_results)"),
    ("ledger", "UPDATE ledger SET summary = replace(summary, '\"picks\":', '\"picks\": ') WHERE command = 'draw run'"),
]


def case_tamper(r, rows):
    base = r.year_db("tamper-base.db", "published")
    r.healthy(base, replay=True)
    notes = []
    for table, sql in TAMPERING:
        db = r.copy_db(base, "tamper-%s.db" % table)
        con = sqlite3.connect(db)
        changed = con.execute(sql).rowcount
        con.commit()
        con.close()
        check(changed == 1 or (table in ("ledger", "results") and changed >= 1),
              "%s: the edit changed %d rows" % (table, changed))
        caught = []
        for cmd in (["audit", "verify"], ["audit", "replay"]):
            rc, out = r.run(db, *cmd)
            check(rc in (0, 3), "%s: %s exit %d: %s" % (table, " ".join(cmd), rc, out.strip()[-300:]))
            if rc == 3:
                caught.append(cmd[1])
        check(caught, "%s: an edited row is caught by neither audit verify nor audit replay" % table)
        notes.append("%s: %s" % (table, "+".join(caught)))
    r.tamper_notes = notes
    return ", ".join(notes)


CASES = [
    ("crash-import", case_crash_import),
    ("crash-draw", case_crash_draw),
    ("concurrent-draw", case_concurrent_draw),
    ("concurrent-publish", case_concurrent_publish),
    ("disk-publish-file", case_disk_publish_file),
    ("disk-publish-db", case_disk_publish_db),
    ("disk-import", case_disk_import),
    ("disk-not-a-folder", case_disk_not_a_folder),
    ("hostile-big-field", case_hostile_big_field),
    ("hostile-columns", case_hostile_columns),
    ("hostile-nul", case_hostile_nul),
    ("hostile-utf8", case_hostile_utf8),
    ("hostile-all-rows-bad", case_hostile_all_rows_bad),
    ("hostile-yaml", case_hostile_yaml_bomb),
    ("hostile-out-path", case_hostile_out_path),
    ("tamper", case_tamper),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--rows", type=int, default=300000, help="rows of the large generated directory")
    ap.add_argument("--only", nargs="*", help="run only these cases")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="sjsj-robust-")
    r = Runner(args.binary, work)
    passed = failed = 0
    start = time.monotonic()
    try:
        for name, fn in CASES:
            if args.only and name not in args.only:
                continue
            t0 = time.monotonic()
            try:
                note = fn(r, args.rows)
                passed += 1
                print("ok    %-22s %5.1f s  %s" % (name, time.monotonic() - t0, note), flush=True)
            except Failure as e:
                failed += 1
                print("FAIL  %-22s %5.1f s  %s" % (name, time.monotonic() - t0, e), flush=True)
    finally:
        if args.keep:
            print("kept %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("robustness: %d passed, %d failed (%.0f s)" % (passed, failed, time.monotonic() - start))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
