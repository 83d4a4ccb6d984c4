#!/usr/bin/env python3
"""Writes examples/banan-2026/results.csv: one fictional inspection result per task of the Banan
2026 example year, as the inspectors would record them.

    python3 examples/tools/make_banan_results.py TASKS.json

TASKS.json is `sjsj tasks 2026 --format json` after the draw that examples/banan-2026/run-year.sh
makes (the task ids follow from its published seed). One random.Random(20261204) drives every
choice, so the same tasks always give the same file. The mix: mostly 未发现问题, some
发现问题已责令整改, a few 发现违法行为已立案调查, one object found closed, remote checks for
objects on the positive list, one matter handed over to another authority (移交), and one result
withheld for public security (不予公开). No field holds a comma, so run-year.sh can cut monthly
batches from the file by date.
"""
import csv
import datetime
import json
import os
import random
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "banan-2026", "results.csv")

# The State Council's 2026 calendar (国办发明电〔2025〕号 notice): holidays and working weekends.
HOLIDAYS = [("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
            ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
            ("2026-10-01", "2026-10-07")]
WORKING_WEEKENDS = {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}


def day(text):
    return datetime.date.fromisoformat(text)


def working_days(first, last):
    off = set()
    for a, b in HOLIDAYS:
        d = day(a)
        while d <= day(b):
            off.add(d)
            d += datetime.timedelta(days=1)
    d, out = day(first), []
    while d <= day(last):
        if d.isoformat() in WORKING_WEEKENDS or (d.weekday() < 5 and d not in off):
            out.append(d.isoformat())
        d += datetime.timedelta(days=1)
    return out


# What an inspection of each item finds, by a word of the item's name (the annex's 检查内容).
FINDINGS = {
    "水污染": (["雨污分流不彻底", "污水处理设施运行台账记录不完整", "在线监测设备未按规定校准"], ["超标排放水污染物"]),
    "大气污染": (["废气收集罩破损", "环境管理台账记录不完整", "治理设施活性炭未按期更换"],
                 ["未按排污许可证规定排放大气污染物"]),
    "土壤": (["隐患排查记录不完整", "自行监测方案未按年度更新"], ["未按规定开展土壤污染隐患排查"]),
    "建设项目": (["环评批复要求的降噪措施未落实", "自主验收报告未按规定公开"], ["需要配套建设的环境保护设施未建成即投入生产"]),
    "辐射": (["辐射警示标识缺失", "个人剂量档案不完整"], ["未按规定开展辐射工作场所监测"]),
    "突发环境事件": (["应急物资储备不足", "应急预案未按期修订", "危险废物贮存场所标识不规范"],
                   ["未按规定制定突发环境事件应急预案"]),
    "机动车": (["检测设备未按期检定", "视频监控存储不足规定时限"], ["检测数据弄虚作假"]),
}


def findings_for(items, rng, kind):
    """kind 0: a problem to rectify; 1: an offence for a case. From the task's first item with findings."""
    for item in items:
        for word, lists in FINDINGS.items():
            if word in item:
                return rng.choice(lists[kind])
    raise SystemExit(f"no findings for items {items}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        tasks = json.load(f)
    rng = random.Random(20261204)
    # Inspections run from the week after the assignment (2026-04-21) to late November.
    days = working_days("2026-04-27", "2026-11-20")
    rows = []
    ids = [t["id"] for t in tasks]
    special = rng.sample(ids, 3)  # closed, handed over, withheld
    for t in tasks:
        date = rng.choice(days)
        remote = t.get("remote_first") is True
        r = {"task": t["id"], "date": date, "outcome": "no_issue", "mode": "remote" if remote else "onsite",
             "findings": "", "transfer_to": "", "confidential": "", "by": ""}
        roll = rng.random()
        if t["id"] == special[0]:
            r.update(outcome="closed", mode="onsite", findings="现场核实已停业并注销")
        elif t["id"] == special[1]:
            r.update(outcome="rectification_ordered", findings="厂区外违规堆放建筑垃圾", transfer_to="区城市管理局")
        elif t["id"] == special[2]:
            r.update(outcome="rectification_ordered", findings="危险化学品储存设施安全距离不足",
                     confidential="涉及公共安全")
        elif roll < 0.07:
            r.update(outcome="case_filed", mode="onsite", findings=findings_for(t["items"], rng, 1))
        elif roll < 0.27:
            r.update(outcome="rectification_ordered", findings=findings_for(t["items"], rng, 0))
        rows.append(r)
    rows.sort(key=lambda r: (r["date"], r["task"]))
    for r in rows:
        assert all("," not in v for v in r.values()), r
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{OUT}: {len(rows)} results")


if __name__ == "__main__":
    main()
