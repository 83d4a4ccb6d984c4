#!/usr/bin/env python3
"""Print the benchmark table and the ratios against the goals of issue 7.

Usage: python3 bench/summary.py TIMES.tsv SIZE [SIZE ...]
TIMES.tsv has one line per step: STEP SIZE WALL_S CPU_S PEAK_KB EXIT (written by bench/run.sh).
Ratios are given on CPU time (user + system), which other load on a shared machine disturbs
less, and on wall time. Exits 0 whether goals are met or not: the table says which are missed.
"""

import sys

STEPS = [
    ("import", "sjsj import-objects"),
    ("sqlite3_import", "sqlite3 .import (keyed on code)"),
    ("reimport", "sjsj import-objects, unchanged"),
    ("import_staff", "sjsj import-staff"),
    ("draw", "sjsj draw run, one 1% quota"),
    ("sqlite3_random", "sqlite3 ORDER BY random() LIMIT k"),
    ("python_draw", "draw_reference.py, same quota"),
    ("banan_draw", "sjsj draw run, Banan plan"),
    ("banan_assign", "sjsj assign, Banan plan, 2,000 staff"),
    ("year_assign", "sjsj assign, all tasks, small staff"),
    ("record", "sjsj record --file"),
    ("audit_overdue", "sjsj audit overdue"),
    ("audit_report", "sjsj audit report"),
    ("audit_verify", "sjsj audit verify"),
]


def main():
    times, counts = {}, {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            step, size, wall, cpu, kb, rc = line.rstrip("\n").split("\t")
            if step in ("results", "picks", "tasks", "sample", "inputs_bytes"):
                counts[(step, int(size))] = int(wall)
            else:
                times[(step, int(size))] = (float(wall), float(cpu), int(kb), int(rc))
    sizes = [int(s) for s in sys.argv[2:]]

    print()
    head = f"{'step':36}" + "".join(f"{f'{n:,}: wall s':>20}{'cpu s':>8}{'MB':>7}" for n in sizes)
    if len(sizes) == 2:
        head += f"{'growth (cpu)':>14}"
    print(head)
    for step, title in STEPS:
        row = f"{title:36}"
        for n in sizes:
            t = times.get((step, n))
            row += f"{t[0]:20.2f}{t[1]:8.2f}{t[2] / 1024:7.1f}" if t else f"{'-':>20}{'-':>8}{'-':>7}"
        if len(sizes) == 2 and (step, sizes[0]) in times and (step, sizes[1]) in times:
            small, big = times[(step, sizes[0])][1], times[(step, sizes[1])][1]
            row += f"{big / small:13.1f}x" if small > 0 else f"{'-':>14}"
        print(row)
    for n in sizes:
        tasks, sample = counts.get(("tasks", n), 0), counts.get(("sample", n), 0)
        print(f"at {n:,}: {counts.get(('picks', n), 0):,} Banan picks in {tasks:,} tasks; "
              f"{counts.get(('results', n), 0):,} results recorded")
        if sample and ("banan_assign", n) in times:
            t = times[("banan_assign", n)]
            per_task = counts.get(("inputs_bytes", n), 0) / sample
            print(f"  assign of {sample:,} tasks: {t[1] / sample * 1000:.1f} ms cpu and {per_task:.0f} bytes of "
                  f"stored inputs a task (the roster is stored once per run)")

    def ratio(a, b, n):
        ta, tb = times[(a, n)], times[(b, n)]
        return (ta[1] / tb[1] if tb[1] else float("inf")), (ta[0] / tb[0] if tb[0] else float("inf"))

    print()
    print(f"{'goal':56}{'cpu':>9}{'wall':>9}")
    checks = []
    for n in sizes:
        rss = times[("import", n)][2] / 1024, times[("reimport", n)][2] / 1024
        checks += [
            (f"import / sqlite3 .import <= 1.0 ({n:,})", ratio("import", "sqlite3_import", n), "<=", 1.0),
            (f"import peak RSS <= 64 MB ({n:,})", (rss[0], rss[0]), "<=", 64.0),
            (f"re-import / first import <= 1.0 ({n:,})", ratio("reimport", "import", n), "<=", 1.0),
            (f"re-import peak RSS <= 64 MB ({n:,})", (rss[1], rss[1]), "<=", 64.0),
            (f"draw / sqlite3 random() <= 3.0 ({n:,})", ratio("draw", "sqlite3_random", n), "<=", 3.0),
            (f"draw_reference.py / draw >= 10 ({n:,})", ratio("python_draw", "draw", n), ">=", 10.0),
        ]
    if len(sizes) == 2:
        for step, _ in STEPS:
            if step.startswith(("sqlite3", "python")) or step == "import_staff":  # staff: same size
                continue
            small, big = times.get((step, sizes[0])), times.get((step, sizes[1]))
            if small and big and small[0] > 0 and small[1] > 0:
                checks.append((f"growth <= 11x: {step}", (big[1] / small[1], big[0] / small[0]), "<=", 11.0))
    for text, (cpu, wall), op, goal in checks:
        ok = cpu <= goal if op == "<=" else cpu >= goal
        print(f"{text:56}{cpu:9.2f}{wall:9.2f}  {'met' if ok else 'MISSED'}")
    print("(met/MISSED judged on CPU time; wall time shown for reference)")


if __name__ == "__main__":
    main()
