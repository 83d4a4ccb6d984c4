#!/usr/bin/env python3
"""Generate synthetic national-scale input for the sjsj benchmarks (bench/run.sh).

Subcommands (all output is deterministic for a given seed and size; Python 3 stdlib only):

  objects N OUT.csv      N inspection objects (default 1,000,000), UTF-8, English keys.
  staff N OUT.csv        N inspectors (default 2,000), units 水科/大气科/土壤科/支队, mixed skills.
  results TASKS.csv N OUT.csv
                         N results (default 100,000) for the first N assigned tasks of
                         `sjsj tasks YEAR --format csv` (a results batch for `sjsj record --file`).

Every name, code and number is invented. Objects copy the attribute profile (category,
industry, permit class, discharge, status, tags, ...) of a row of the Banan example directory
(examples/banan-2026/objects.csv) chosen at random, so every pool of the Banan plan has the same
share of the directory as in the example, including its 停产 and 关闭 objects. Codes are unique
18-character unified social credit codes (GB 32100-2015) with valid GB 11714 and GB 32100 check
characters; names are 示例 names that no real unit has.

Usage: python3 bench/gen_directory.py objects 1000000 /tmp/objects.csv [--seed 7]
"""

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "examples" / "banan-2026" / "objects.csv"

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
USCC_INDEX = {c: i for i, c in enumerate(USCC_CHARSET)}
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ORG_SPACE = 31 ** 8

# Province-level division codes (GB/T 2260): the directory spans the country.
PROVINCES = [
    ("110000", "北京"), ("120000", "天津"), ("130000", "河北"), ("140000", "山西"),
    ("150000", "内蒙古"), ("210000", "辽宁"), ("220000", "吉林"), ("230000", "黑龙江"),
    ("310000", "上海"), ("320000", "江苏"), ("330000", "浙江"), ("340000", "安徽"),
    ("350000", "福建"), ("360000", "江西"), ("370000", "山东"), ("410000", "河南"),
    ("420000", "湖北"), ("430000", "湖南"), ("440000", "广东"), ("450000", "广西"),
    ("460000", "海南"), ("500000", "重庆"), ("510000", "四川"), ("520000", "贵州"),
    ("530000", "云南"), ("540000", "西藏"), ("610000", "陕西"), ("620000", "甘肃"),
    ("630000", "青海"), ("640000", "宁夏"), ("650000", "新疆"),
]
BRAND_CHARS = "华鑫源恒泰丰盛瑞达兴隆昌宏远嘉和晟凯宇辰博润诚鼎汇通景铭川海峰林祥安永佳德顺康"
SUFFIXES = ["有限公司", "股份有限公司", "有限责任公司", "厂", "合作社"]
TOWN_CHARS = "东西南北中新青白石河山湖桥园岭坪溪塘湾"


def uscc_check_char(body17):
    total = sum(USCC_INDEX[ch] * w for ch, w in zip(body17, USCC_WEIGHTS))
    return USCC_CHARSET[(31 - total % 31) % 31]


def org_check_char(body8):
    total = sum(int(ch, 36) * w for ch, w in zip(body8, ORG_WEIGHTS))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def base31(n, width):
    out = []
    for _ in range(width):
        n, r = divmod(n, 31)
        out.append(USCC_CHARSET[r])
    return "".join(reversed(out))


def credit_code(i, region):
    """The i-th code: a bijective scramble of i into the 8-character organisation body, so codes
    are unique for every i < 31**8 and do not sort in generation order."""
    body8 = base31((i * 500_000_000_017 + 12_345_678_901) % ORG_SPACE, 8)
    body17 = "91" + region + body8 + org_check_char(body8)
    return body17 + uscc_check_char(body17)


def load_templates():
    with TEMPLATE.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def write_objects(n, out, seed):
    rng = random.Random(seed)
    fields, templates = load_templates()
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(fields)
        for i in range(n):
            t = templates[rng.randrange(len(templates))]
            region, province = PROVINCES[rng.randrange(len(PROVINCES))]
            region = region[:2] + f"{rng.randrange(1, 20):02d}" + f"{rng.randrange(1, 30):02d}"
            code = credit_code(i, region)
            brand = "".join(rng.choice(BRAND_CHARS) for _ in range(rng.randrange(2, 4)))
            town = "示例" + rng.choice(TOWN_CHARS) + rng.choice(TOWN_CHARS) + rng.choice(["镇", "街道", "乡"])
            # Keep the template's kind of unit (its name after 示例 and the brand) for realism.
            kind = t["name"].rsplit("有限公司", 1)[0][-4:] if "有限公司" in t["name"] else "环保"
            name = f"{province}示例{brand}{kind}{rng.choice(SUFFIXES)}"
            permit = code + f"{rng.randrange(1, 4):03d}" + rng.choice("VPQWUXZ") if t["permit_no"] else ""
            row = dict(t)
            row.update(code=code, name=name, town=town, permit_no=permit)
            w.writerow([row[k] for k in fields])


STAFF_FIELDS = ["badge", "name", "unit", "qualified", "cert_expires", "years", "position", "skills",
                "status", "recusals"]
UNITS = [("支队", 50), ("水科", 17), ("大气科", 17), ("土壤科", 16)]
UNIT_SKILLS = {"支队": ["应急", "环评", "辐射", "机动车", "固废", "水", "气"], "水科": ["水", "应急", "固废"],
               "大气科": ["气", "机动车", "应急"], "土壤科": ["土壤", "固废", "环评"]}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲波宇浩凯婷雪琳晨欣鹏飞"
POSITIONS = ["科员", "执法队员", "科长", "副科长", "大队长", "副大队长"]


def write_staff(n, out, seed, recusal_codes):
    rng = random.Random(seed)
    units = [u for u, w in UNITS for _ in range(w)]
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(STAFF_FIELDS)
        for i in range(n):
            unit = units[rng.randrange(len(units))]
            pool = UNIT_SKILLS[unit]
            skills = [pool[0]] + rng.sample(pool[1:], rng.randrange(0, 3))
            status = rng.choices(["在岗", "离岗", "调离"], weights=[92, 5, 3])[0]
            qualified = "是" if rng.random() < 0.95 else "否"
            expires = f"{rng.choice([2026, 2027, 2028, 2029])}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            recusals = "|".join(rng.sample(recusal_codes, 1)) if recusal_codes and rng.random() < 0.02 else ""
            w.writerow([f"9{i:013d}", rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randrange(1, 3))),
                        unit, qualified, expires, rng.randrange(1, 31), rng.choice(POSITIONS), "|".join(skills),
                        status, recusals])


OUTCOMES = [("no_issue", 70), ("rectification_ordered", 18), ("case_filed", 5), ("not_operating", 3),
            ("closed", 2), ("unreachable", 2)]


def write_results(tasks_csv, n, out, seed, year):
    """Results for the first n tasks of a `sjsj tasks --format csv` listing that have a team."""
    rng = random.Random(seed)
    outcomes = [o for o, w in OUTCOMES for _ in range(w)]
    with open(tasks_csv, encoding="utf-8", newline="") as f:
        tasks = [r for r in csv.DictReader(f)]
    tasks = [r for r in tasks if r["team"] not in ("", "[]")]
    if len(tasks) < n:
        sys.exit(f"gen_directory.py: {tasks_csv} has {len(tasks)} assigned tasks, fewer than {n}")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["task", "date", "outcome", "mode", "findings", "transfer_to", "confidential", "by"])
        for r in tasks[:n]:
            month = rng.randrange(6, 12)
            outcome = outcomes[rng.randrange(len(outcomes))]
            findings = "废水排放口标识不规范" if outcome == "rectification_ordered" else ""
            w.writerow([r["id"], f"{year}-{month:02d}-{rng.randrange(1, 29):02d}", outcome,
                        rng.choice(["onsite"] * 9 + ["remote"]), findings, "", "", ""])


def first_codes(objects_csv, k):
    out = []
    with open(objects_csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if len(out) >= k:
                break
            out.append(row["code"])
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seed", type=int, default=20260407, help="random seed (default 20260407)")
    sub = p.add_subparsers(dest="what", required=True)
    o = sub.add_parser("objects")
    o.add_argument("n", type=int, nargs="?", default=1_000_000)
    o.add_argument("out")
    s = sub.add_parser("staff")
    s.add_argument("n", type=int, nargs="?", default=2_000)
    s.add_argument("out")
    s.add_argument("--objects", help="objects CSV whose first codes some inspectors recuse from")
    r = sub.add_parser("results")
    r.add_argument("tasks")
    r.add_argument("n", type=int, nargs="?", default=100_000)
    r.add_argument("out")
    r.add_argument("--year", type=int, default=2026)
    a = p.parse_args()
    if a.what == "objects":
        write_objects(a.n, a.out, a.seed)
    elif a.what == "staff":
        write_staff(a.n, a.out, a.seed + 1, first_codes(a.objects, 200) if a.objects else [])
    else:
        write_results(a.tasks, a.n, a.out, a.seed + 2, a.year)


if __name__ == "__main__":
    main()
