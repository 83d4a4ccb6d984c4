#!/usr/bin/env python3
"""End-to-end tests: run the real sjsj binary and compare its output with checked-in transcripts.

Each tests/e2e/cases/*.t file is a transcript in the style of cram: prose lines are comments,
"  $ command" runs a shell command (continued by "  > more"), the indented lines after it are
its expected stdout and stderr (merged), and "  [N]" is a non-zero exit code. An expected line
ending in " (re)" is a regular expression. Each file runs in a fresh temporary directory with
$SJSJ (the binary), $EX (examples/banan-2026), $SRC (the source tree), $SHARED and SJSJ_DB=t.db.

  run.py BINARY [--update] [CASE ...]   --update rewrites the transcripts with the actual output.
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))


def parse(path):
    """Returns (lines, commands): commands are (first line index, end index, command text)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    commands = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("  $ "):
            start = i
            cmd = lines[i][4:]
            i += 1
            while i < len(lines) and lines[i].startswith("  > "):
                cmd += "\n" + lines[i][4:]
                i += 1
            out_start = i
            while i < len(lines) and lines[i].startswith("  ") and not lines[i].startswith("  $ "):
                i += 1
            commands.append((start, out_start, i, cmd))
        else:
            i += 1
    return lines, commands


def run_case(binary, path, update):
    lines, commands = parse(path)
    with tempfile.TemporaryDirectory(prefix="sjsj-e2e-") as tmp:
        env = dict(os.environ)
        env.update({
            "SJSJ": binary, "EX": os.path.join(SRC, "examples", "banan-2026"), "SRC": SRC,
            "SHARED": os.path.join(os.path.dirname(SRC), "shared"), "SJSJ_DB": "t.db",
            "LC_ALL": "C.UTF-8", "TZ": "UTC",
        })
        env.pop("SJSJ_TODAY", None)
        env["PATH"] = os.path.dirname(binary) + os.pathsep + env.get("PATH", "")
        failures = []
        new_lines = list(lines)
        offset = 0
        for start, out_start, end, cmd in commands:
            proc = subprocess.run(["bash", "-c", cmd], cwd=tmp, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=600)
            actual = proc.stdout.decode("utf-8", errors="replace").split("\n")
            if actual and actual[-1] == "":
                actual.pop()
            actual = ["  " + a for a in actual]
            if proc.returncode != 0:
                actual.append("  [%d]" % proc.returncode)
            expected = lines[out_start:end]
            if not matches(expected, actual):
                failures.append((cmd, expected, actual))
            if update:
                keep = [e if e.endswith(" (re)") and i < len(actual) and line_matches(e, actual[i]) else
                        (actual[i] if i < len(actual) else None) for i, e in enumerate(expected)]
                merged = [k for k in keep if k is not None] + actual[len(expected):]
                new_lines[out_start + offset:end + offset] = merged
                offset += len(merged) - (end - out_start)
        if update and new_lines != lines:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(new_lines) + "\n")
        return failures


def line_matches(expected, actual):
    if expected.endswith(" (re)"):
        return re.fullmatch(expected[2:-5], actual[2:]) is not None
    return expected == actual


def matches(expected, actual):
    return len(expected) == len(actual) and all(line_matches(e, a) for e, a in zip(expected, actual))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    update = "--update" in sys.argv
    binary = os.path.abspath(args[0])
    cases_dir = os.path.join(HERE, "cases")
    wanted = args[1:]
    names = sorted(n for n in os.listdir(cases_dir) if n.endswith(".t"))
    if wanted:
        names = [n for n in names if any(w in n for w in wanted)]
    passed = failed = 0
    for name in names:
        failures = run_case(binary, os.path.join(cases_dir, name), update)
        if failures and not update:
            failed += 1
            print("FAIL %s" % name)
            for cmd, expected, actual in failures:
                print("  $ " + cmd.replace("\n", "\n  > "))
                print("  --- expected\n" + "\n".join(expected) + "\n  --- actual\n" + "\n".join(actual))
        else:
            passed += 1
            print("ok   %s" % name)
    print("e2e: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
