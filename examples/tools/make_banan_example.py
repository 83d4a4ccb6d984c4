#!/usr/bin/env python3
"""Generate the fictional Banan 2026 example directory for sjsj.

Writes, relative to the repository root:
  examples/banan-2026/objects.csv          inspection-object directory, UTF-8, LF, English keys
  examples/banan-2026/objects-gb18030.csv  the same rows, GB18030, CRLF, Chinese headers, lists with 、
  examples/banan-2026/staff.csv            inspector directory, UTF-8, LF, English keys
  examples/banan-2026/README.md            what the files are and the pool sizes

Every unit, person, code and number here is invented. The output is deterministic: one
random.Random(20260407), no set iteration, no clock, so two runs give byte-identical files
whatever PYTHONHASHSEED is. The script checks its own output before it exits (see check()).

Usage: python3 examples/tools/make_banan_example.py
"""

import csv
import io
import random
import sys
from pathlib import Path

SEED = 20260407
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "examples" / "banan-2026"

# ---------------------------------------------------------------------------------------------
# GB 32100-2015 unified social credit code, and the GB 11714 organisation code inside it.

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ORG_BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # organisation code chars a USCC can carry


def uscc_check_char(body17):
    """Return the 18th character of a USCC whose first 17 characters are body17."""
    total = sum(USCC_CHARSET.index(ch) * w for ch, w in zip(body17, USCC_WEIGHTS))
    check = 31 - total % 31
    return USCC_CHARSET[0 if check == 31 else check]


def uscc_valid(code):
    return (len(code) == 18 and all(ch in USCC_CHARSET for ch in code)
            and uscc_check_char(code[:17]) == code[17])


def org_check_char(body8):
    """GB 11714 check character of an 8-character organisation code body."""
    total = sum(int(ch, 36) * w for ch, w in zip(body8, ORG_WEIGHTS))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


# ---------------------------------------------------------------------------------------------
# Pools of the 2026 annex: tag, annex item, department, ratio (percent), annex count, and the
# active pool size this example is built to have.

POOLS = [
    # tag,               item,  dept,   pct, annex, active size here
    ("工业聚集区污水处理厂", "1", "水科", 100, 6, 6),
    ("涉水重点", "1", "水科", 100, 19, 19),
    ("涉气重点", "2", "大气科", 100, 11, 11),
    ("ODS", "2", "大气科", 10, 3, 27),
    ("土壤重点监管", "3", "土壤科", 100, 8, 8),
    ("上年度审批建设项目", "4", "支队", 10, 6, 57),
    ("辐射安全许可", "5", "支队", 10, 12, 116),
    ("环境风险企业", "6", "支队", 20, 21, 103),
    ("机动车排放检验机构", "7", "支队", 100, 8, 8),
]
P, W, A, O, S, J, R, E, V = (p[0] for p in POOLS)

# Real streets (街道) and towns (镇) of Banan District. 跳石镇 is left out on purpose: it is the
# older name of the area now under 圣灯山镇, and an invented directory should not mix the two.
TOWNS = [
    "龙洲湾街道", "鱼洞街道", "花溪街道", "李家沱街道", "南泉街道", "一品街道", "南彭街道",
    "惠民街道", "界石镇", "安澜镇", "圣灯山镇", "木洞镇", "双河口镇", "麻柳嘴镇", "丰盛镇",
    "二圣镇", "东温泉镇", "姜家镇", "天星寺镇", "接龙镇", "石滩镇", "石龙镇",
]
URBAN = ["龙洲湾街道", "鱼洞街道", "花溪街道", "李家沱街道", "南泉街道", "一品街道", "界石镇"]
INDUSTRIAL = ["界石镇", "麻柳嘴镇", "木洞镇", "南彭街道", "花溪街道", "惠民街道", "姜家镇",
              "李家沱街道", "一品街道"]
RURAL = ["安澜镇", "圣灯山镇", "双河口镇", "丰盛镇", "二圣镇", "东温泉镇", "天星寺镇", "接龙镇",
         "石滩镇", "石龙镇", "姜家镇", "木洞镇", "麻柳嘴镇"]


def short(town):
    return town[:-2] if town.endswith("街道") else town[:-1]


# ---------------------------------------------------------------------------------------------
# Archetypes: what a kind of unit looks like. Weighted lists are [(value, weight), ...].
# name: format string with {b} (invented brand) and {t} (short town name).

def arch(ind, names, discharge, permit, scale, cycle, mon, towns, cat="一般", weather=False,
         extra=()):
    return dict(ind=ind, names=names, discharge=discharge, permit=permit, scale=scale,
                cycle=cycle, mon=mon, towns=towns, cat=cat, weather=weather, extra=list(extra))


NONE = [("", 1)]
K = [("重点管理", 1)]
KS = [("重点管理", 2), ("简化管理", 1)]
SR = [("简化管理", 2), ("登记管理", 1)]
RN = [("登记管理", 3), ("", 1)]
REG = [("登记管理", 1)]
CONT = [("连续生产", 1)]
INTER = [("间歇生产", 1)]
ONLINE = [("在线监测", 1)]
MANUAL = [("手工监测", 1)]
MAN_NONE = [("手工监测", 1), ("无", 2)]
NOMON = [("无", 1)]

ARCH = {
    "sewage": arch(["D4620"], ["重庆巴南示例{t}工业园区污水处理有限公司"],
                   ["废水", "废气", "固废", "噪声"], K, [("中型", 2), ("小型", 1)], CONT, ONLINE,
                   INDUSTRIAL, cat="重点"),
    "chem": arch([],
                 [("重庆巴南示例{b}化工有限公司", "C2614"), ("重庆巴南示例{b}化工有限公司", "C2613"),
                  ("重庆巴南示例{b}精细化工有限公司", "C2661"),
                  ("重庆巴南示例{b}化学有限公司", "C2669")],
                 ["废水", "废气", "固废", "危废", "噪声"], K, [("大型", 1), ("中型", 2)], CONT,
                 ONLINE, ["麻柳嘴镇", "木洞镇", "界石镇", "姜家镇", "李家沱街道"], cat="重点",
                 weather=True, extra=["涉VOCs"]),
    "plating": arch(["C3360"],
                    ["重庆巴南示例{b}表面处理有限公司", "重庆巴南示例{b}电镀有限公司",
                     "重庆巴南示例{b}金属表面处理有限公司"],
                    ["废水", "废气", "固废", "危废"], K, [("中型", 1), ("小型", 2)],
                    [("连续生产", 2), ("间歇生产", 1)], ONLINE,
                    ["界石镇", "花溪街道", "李家沱街道", "一品街道", "惠民街道"], cat="重点",
                    extra=["涉重金属"]),
    "pharma": arch([],
                   [("重庆巴南示例{b}药业有限公司", "C2740"), ("重庆巴南示例{b}制药有限公司", "C2710"),
                    ("重庆巴南示例{b}制药有限公司", "C2720"),
                    ("重庆巴南示例{b}生物医药有限公司", "C2761")],
                   ["废水", "废气", "固废", "危废"], KS, [("大型", 1), ("中型", 2)], CONT, ONLINE,
                   ["界石镇", "花溪街道", "南彭街道", "一品街道"], cat="重点", weather=True),
    "pcb": arch(["C3982"], ["重庆巴南示例{b}电路科技有限公司"],
                ["废水", "废气", "固废", "危废"], K, [("中型", 1)], CONT, ONLINE,
                ["界石镇", "花溪街道"], cat="重点", extra=["涉重金属"]),
    "slaughter": arch([],
                      [("重庆巴南示例{b}肉类食品有限公司", "C1351"),
                       ("重庆巴南示例{b}禽业食品有限公司", "C1352")],
                      ["废水", "废气", "固废"], [("简化管理", 1), ("重点管理", 1)],
                      [("中型", 1)], CONT, ONLINE, ["南彭街道", "木洞镇", "界石镇", "姜家镇"],
                      cat="重点"),
    "brewery": arch([], [("重庆巴南示例{b}啤酒有限公司", "C1513"), ("重庆巴南示例{b}酒业有限公司", "C1512")],
                    ["废水", "废气", "固废"], [("简化管理", 1)], [("中型", 1)], CONT, ONLINE,
                    ["界石镇", "一品街道"], cat="重点"),
    "hospital": arch([],
                     [("重庆巴南示例{b}医院有限公司", "Q8411"), ("重庆巴南示例{b}医院有限公司", "Q8411"),
                      ("重庆巴南示例{b}中医医院有限公司", "Q8412"),
                      ("重庆巴南示例{b}妇产医院有限公司", "Q8415"),
                      ("重庆巴南示例{b}骨科医院有限公司", "Q8415")],
                     ["废水", "固废", "危废", "辐射"], [("简化管理", 2), ("登记管理", 1)],
                     [("中型", 2), ("小型", 1)], CONT, MANUAL, URBAN,
                     extra=["医疗机构"]),
    "hospital_big": arch([], [("重庆巴南示例{b}医院有限公司", "Q8411")], ["废水", "固废", "危废", "辐射"],
                         K, [("大型", 1)], CONT, ONLINE, ["龙洲湾街道", "鱼洞街道"], extra=["医疗机构"]),
    "cement": arch(["C3011"], ["重庆巴南示例{b}水泥有限公司"],
                   ["废气", "固废", "噪声", "辐射"], K, [("大型", 1)], CONT, ONLINE,
                   ["石滩镇", "东温泉镇"], cat="重点", weather=True),
    "coating": arch([],
                    [("重庆巴南示例{b}汽车零部件有限公司", "C3670"), ("重庆巴南示例{b}汽车有限公司", "C3611")],
                    ["废水", "废气", "固废", "危废", "噪声"], KS, [("大型", 1), ("中型", 2)],
                    CONT, ONLINE, ["界石镇", "花溪街道", "南彭街道", "一品街道"], cat="重点",
                    weather=True, extra=["涉VOCs"]),
    "moto": arch([],
                 [("重庆巴南示例{b}摩托车配件有限公司", "C3752"),
                  ("重庆巴南示例{b}摩托车制造有限公司", "C3751")],
                 ["废水", "废气", "固废", "危废", "噪声"], KS, [("中型", 1)], CONT, ONLINE,
                 ["李家沱街道", "花溪街道", "界石镇"], cat="重点", weather=True,
                 extra=["涉VOCs"]),
    "foundry": arch([],
                    [("重庆巴南示例{b}铸造有限公司", "C3391"), ("重庆巴南示例{b}铝合金铸造有限公司", "C3392")],
                    ["废气", "固废", "噪声"], KS, [("中型", 1), ("小型", 1)], CONT, ONLINE,
                    ["界石镇", "麻柳嘴镇", "木洞镇", "姜家镇"], cat="重点", weather=True),
    "hazwaste": arch(["N7724"], ["重庆巴南示例{b}环保科技有限公司"],
                     ["废水", "废气", "固废", "危废", "噪声"], K, [("中型", 1)], CONT, ONLINE,
                     ["麻柳嘴镇", "木洞镇"], cat="特殊", weather=True),
    # ODS users and traders
    "refrig_mfg": arch(["C3464"], ["重庆巴南示例{b}制冷设备有限公司", "重庆巴南示例{b}空调设备有限公司"],
                       ["废气", "固废", "危废", "噪声"], SR, [("中型", 1), ("小型", 2)],
                       [("连续生产", 1), ("季节性生产", 1)], MANUAL, INDUSTRIAL),
    "foam": arch(["C2924"], ["重庆巴南示例{b}泡沫制品有限公司", "重庆巴南示例{b}保温材料有限公司"],
                 ["废气", "固废"], SR, [("小型", 1)], INTER, MANUAL, INDUSTRIAL, weather=True),
    "auto_repair": arch(["O8111"], ["重庆巴南示例{b}汽车维修服务有限公司", "重庆巴南示例{b}汽车服务有限公司"],
                        ["废气", "固废", "危废"], RN, [("小型", 2), ("微型", 1)], INTER,
                        NOMON, URBAN + ["南彭街道", "惠民街道"]),
    "cold_ods": arch(["G5930"], ["重庆巴南示例{b}冷链物流有限公司", "重庆巴南示例{b}冷藏有限公司"],
                     ["固废", "噪声"], [("登记管理", 1)], [("中型", 1), ("小型", 1)],
                     [("连续生产", 2), ("季节性生产", 1)], NOMON, ["南彭街道", "界石镇", "花溪街道"]),
    "refrig_service": arch(["O8132"], ["重庆巴南示例{b}制冷技术服务有限公司", "重庆巴南示例{b}家电维修有限公司"],
                           ["固废", "危废"], NONE, [("微型", 1), ("小型", 1)], INTER, NOMON,
                           URBAN),
    "ods_trade": arch(["F5169"], ["重庆巴南示例{b}化工贸易有限公司", "重庆巴南示例{b}制冷剂贸易有限公司"],
                      ["固废"], NONE, [("小型", 1)], INTER, NOMON, ["南彭街道", "李家沱街道", "鱼洞街道"]),
    "vehicle_test": arch(["M7452"], ["重庆巴南示例{b}机动车检测有限公司", "重庆巴南示例{b}机动车检测服务有限公司"],
                         ["废气", "噪声"], NONE, [("小型", 1)], INTER, NOMON,
                         ["龙洲湾街道", "鱼洞街道", "李家沱街道", "界石镇", "南彭街道", "花溪街道",
                          "一品街道", "木洞镇"], cat="重点"),
    # environmental-risk enterprises
    "gas_station": arch([], [("{chain}巴南{t}{dir}加油站", "F5265"), ("{chain}巴南{t}{dir}加油站", "F5265"),
                             ("{chain}巴南{t}{dir}加油站", "F5265"), ("{chain}巴南{t}{dir}加气站", "F5266")],
                        ["废气", "固废", "危废"], REG, [("小型", 3), ("微型", 1)], CONT,
                        [("在线监测", 1), ("无", 2)], TOWNS),
    "chem_store": arch(["G5942"], ["重庆巴南示例{b}危险品仓储有限公司", "重庆巴南示例{b}化工仓储有限公司"],
                       ["废气", "固废", "危废"], [("简化管理", 1), ("登记管理", 2)],
                       [("中型", 1), ("小型", 2)], CONT, MANUAL, ["南彭街道", "麻柳嘴镇", "木洞镇"]),
    "paint": arch([], [("重庆巴南示例{b}涂料有限公司", "C2641"), ("重庆巴南示例{b}油墨有限公司", "C2642")],
                  ["废水", "废气", "固废", "危废"], SR, [("小型", 2), ("中型", 1)], INTER, MANUAL,
                  ["麻柳嘴镇", "界石镇", "姜家镇"], weather=True, extra=["涉VOCs"]),
    "specchem": arch([], [("重庆巴南示例{b}新材料有限公司", "C2669"), ("重庆巴南示例{b}化学助剂有限公司", "C2661")],
                     ["废水", "废气", "固废", "危废"], SR, [("小型", 1), ("中型", 1)], CONT, MANUAL,
                     ["麻柳嘴镇", "木洞镇", "界石镇"], weather=True, extra=["涉VOCs"]),
    "li_battery": arch(["C3841"], ["重庆巴南示例{b}锂电科技有限公司"],
                       ["废水", "废气", "固废", "危废"], [("简化管理", 1)], [("中型", 1)], CONT,
                       MANUAL, ["界石镇", "南彭街道"]),
    "haz_collect": arch(["N7724"], ["重庆巴南示例{b}环境服务有限公司", "重庆巴南示例{b}危废收集有限公司"],
                        ["废气", "固废", "危废"], [("简化管理", 1)], [("小型", 1)], CONT, MANUAL,
                        ["麻柳嘴镇", "南彭街道", "木洞镇"]),
    "medwaste": arch(["N7724"], ["重庆巴南示例{b}医疗废物处置有限公司"],
                     ["废水", "废气", "固废", "危废"], K, [("小型", 1)], CONT, ONLINE, ["木洞镇"],
                     cat="特殊"),
    "waterworks": arch(["D4610"], ["重庆巴南示例{b}供水有限公司", "重庆巴南示例{b}自来水有限公司"],
                       ["废水", "固废"], [("登记管理", 1)], [("中型", 1)], CONT, MANUAL, TOWNS),
    "gas_supply": arch(["D4511"], ["重庆巴南示例{b}燃气有限公司", "重庆巴南示例{b}天然气有限公司"],
                       ["废气", "固废"], [("登记管理", 1)], [("中型", 1), ("小型", 1)], CONT,
                       NOMON, TOWNS),
    "cold_nh3": arch(["G5930"], ["重庆巴南示例{b}冷冻食品有限公司", "重庆巴南示例{b}冷库有限公司"],
                     ["废水", "固废", "噪声"], [("登记管理", 1)], [("中型", 1)],
                     [("连续生产", 1), ("季节性生产", 1)], NOMON, ["南彭街道", "界石镇"]),
    "parts_risk": arch([],
                       [("重庆巴南示例{b}机械有限公司", "C3484"), ("重庆巴南示例{b}机械制造有限公司", "C3484"),
                        ("重庆巴南示例{b}汽车配件有限公司", "C3670"),
                        ("重庆巴南示例{b}摩托车零部件有限公司", "C3752")],
                       ["废水", "废气", "固废", "危废", "噪声"], SR, [("中型", 1), ("小型", 2)],
                       CONT, MANUAL, INDUSTRIAL, weather=True),
    "foundry_risk": arch(["C3391"], ["重庆巴南示例{b}铸件有限公司"], ["废气", "固废", "噪声"], SR,
                         [("小型", 1)], CONT, MANUAL, ["麻柳嘴镇", "姜家镇", "木洞镇"], weather=True),
    "landfill": arch(["N7820"], ["重庆巴南示例{b}环境卫生管理有限公司"],
                     ["废水", "废气", "固废"], K, [("中型", 1)], CONT, ONLINE, ["丰盛镇"], cat="重点"),
    "printing_risk": arch(["C2319"], ["重庆巴南示例{b}包装印务有限公司"], ["废气", "固废", "危废"],
                          SR, [("中型", 1)], CONT, MANUAL, ["界石镇", "花溪街道"], weather=True,
                          extra=["涉VOCs"]),
    "glass": arch(["C3042"], ["重庆巴南示例{b}特种玻璃有限公司"], ["废水", "废气", "固废", "危废"],
                  SR, [("中型", 1)], CONT, MANUAL, ["麻柳嘴镇"], weather=True),
    # radiation-licence holders
    "clinic": arch(["Q8425"],
                   ["重庆巴南示例{b}口腔门诊部有限公司", "重庆巴南示例{b}口腔诊所有限公司",
                    "重庆巴南示例{b}综合门诊部有限公司", "重庆巴南示例{b}中西医结合门诊部有限公司"],
                   ["废水", "固废", "危废", "辐射"], [("登记管理", 1), ("", 2)],
                   [("小型", 1), ("微型", 2)], INTER, NOMON, URBAN + ["南彭街道", "木洞镇"],
                   extra=["医疗机构"]),
    "pet": arch(["O8222"], ["重庆巴南示例{b}动物医院有限公司", "重庆巴南示例{b}宠物医院有限公司"],
                ["固废", "危废", "辐射"], NONE, [("微型", 1)], INTER, NOMON, URBAN),
    "checkup": arch(["Q8491"], ["重庆巴南示例{b}健康体检中心有限公司"], ["固废", "危废", "辐射"],
                    [("登记管理", 1)], [("小型", 1)], INTER, NOMON, URBAN, extra=["医疗机构"]),
    "ndt": arch(["M7452"], ["重庆巴南示例{b}无损检测技术有限公司", "重庆巴南示例{b}工业检测有限公司"],
                ["辐射"], NONE, [("小型", 1)], INTER, NOMON, ["界石镇", "花溪街道", "李家沱街道"],
                cat="特殊"),
    "xray_mfg": arch([],
                     [("重庆巴南示例{b}精密机械有限公司", "C3484"), ("重庆巴南示例{b}汽车零件有限公司", "C3670"),
                      ("重庆巴南示例{b}摩托车部件有限公司", "C3752"), ("重庆巴南示例{b}钢结构有限公司", "C3311"),
                      ("重庆巴南示例{b}铸钢有限公司", "C3391"), ("重庆巴南示例{b}压力容器有限公司", "C3332")],
                     ["废气", "固废", "噪声", "辐射"], SR, [("中型", 1), ("小型", 1)], CONT,
                     MANUAL, INDUSTRIAL, weather=True),
    "gauge": arch([],
                  [("重庆巴南示例{b}矿业有限公司", "B1011"), ("重庆巴南示例{b}混凝土有限公司", "C3021"),
                   ("重庆巴南示例{b}热力有限公司", "D4430")],
                  ["废气", "固废", "噪声", "辐射"], SR, [("中型", 1), ("小型", 1)], CONT, MANUAL,
                  RURAL, weather=True),
    "thickness": arch([], [("重庆巴南示例{b}钢材有限公司", "C3130"), ("重庆巴南示例{b}纸业有限公司", "C2221")],
                      ["废水", "废气", "固废", "辐射"], SR, [("中型", 1)], CONT, MANUAL,
                      ["麻柳嘴镇", "木洞镇"], weather=True),
    "express": arch(["G6020"], ["重庆巴南示例{b}快递有限公司", "重庆巴南示例{b}速运有限公司"],
                    ["辐射"], NONE, [("中型", 1), ("小型", 1)], CONT, NOMON, ["南彭街道", "界石镇"]),
    "college": arch([], [("重庆示例{b}职业技术学院", "P8341"), ("重庆示例{b}工程学院", "P8341"),
                         ("重庆巴南示例{b}职业学校", "P8336")],
                    ["废水", "固废", "危废", "辐射"], [("登记管理", 1)], [("大型", 1), ("中型", 1)],
                    CONT, NOMON, ["龙洲湾街道", "花溪街道", "南泉街道"]),
    "lab": arch([], [("重庆巴南示例{b}科技研究院有限公司", "M7320"),
                     ("重庆巴南示例{b}医学研究院有限公司", "M7340")],
                ["废水", "固废", "危废", "辐射"], [("登记管理", 1)], [("小型", 1)], INTER, NOMON,
                ["界石镇", "花溪街道"]),
    # general directory: no pool tag
    "g_auto": arch(["O8111"], ["重庆巴南示例{b}汽车修理有限公司", "重庆巴南示例{b}汽车美容有限公司"],
                   ["废气", "固废", "危废"], RN, [("微型", 2), ("小型", 1)], INTER, NOMON, TOWNS),
    "g_4s": arch(["F5261"], ["重庆巴南示例{b}汽车销售服务有限公司"], ["废气", "固废", "危废"], REG,
                 [("小型", 1)], INTER, NOMON, ["龙洲湾街道", "鱼洞街道", "李家沱街道"]),
    "g_print": arch([], [("重庆巴南示例{b}印务有限公司", "C2311"), ("重庆巴南示例{b}彩印有限公司", "C2319"),
                         ("重庆巴南示例{b}包装有限公司", "C2319")],
                    ["废气", "固废", "危废"], SR, [("小型", 1), ("微型", 1)], INTER, MAN_NONE,
                    URBAN, weather=True, extra=["涉VOCs"]),
    "g_furniture": arch([], [("重庆巴南示例{b}家具有限公司", "C2110"), ("重庆巴南示例{b}木业有限公司", "C2021")],
                        ["废气", "固废", "噪声"], SR, [("小型", 2), ("中型", 1)], INTER, MAN_NONE,
                        INDUSTRIAL + RURAL, weather=True, extra=["涉VOCs"]),
    "g_concrete": arch(["C3021"], ["重庆巴南示例{b}商品混凝土有限公司", "重庆巴南示例{b}建材有限公司"],
                       ["废水", "废气", "固废", "噪声"], SR, [("中型", 1), ("小型", 1)], INTER,
                       MANUAL, INDUSTRIAL + RURAL, weather=True),
    "g_quarry": arch([], [("重庆巴南示例{b}石材有限公司", "B1012"), ("重庆巴南示例{b}砂石有限公司", "B1011")],
                     ["废气", "固废", "噪声"], SR, [("小型", 1), ("中型", 1)],
                     [("连续生产", 1), ("季节性生产", 1)], MANUAL, RURAL, weather=True,
                     extra=["砂石"]),
    "g_brick": arch(["C3031"], ["重庆巴南示例{b}页岩砖有限公司", "重庆巴南示例{b}新型墙材有限公司"],
                    ["废气", "固废", "噪声"], SR, [("小型", 1)], [("季节性生产", 1), ("连续生产", 1)],
                    MANUAL, RURAL, weather=True),
    "g_pig": arch([], [("重庆巴南示例{b}生猪养殖有限公司", "A0313"), ("重庆巴南示例{b}农业发展有限公司", "A0313"),
                       ("重庆巴南示例{b}家禽养殖有限公司", "A0321")],
                  ["废水", "废气", "固废"], [("登记管理", 2), ("简化管理", 1)], [("小型", 1), ("中型", 1)],
                  CONT, MAN_NONE, RURAL, extra=["畜禽养殖"]),
    "g_tea": arch(["C1530"], ["重庆巴南示例{b}茶业有限公司", "重庆巴南示例{b}茶叶有限公司"],
                  ["废气", "固废"], REG, [("小型", 1), ("微型", 1)], [("季节性生产", 1)], NOMON,
                  ["二圣镇", "安澜镇", "天星寺镇", "东温泉镇"]),
    "g_food": arch([],
                   [("重庆巴南示例{b}食品有限公司", "C1431"), ("重庆巴南示例{b}火锅底料有限公司", "C1469"),
                    ("重庆巴南示例{b}粉业有限公司", "C1391"), ("重庆巴南示例{b}农产品加工有限公司", "C1371")],
                   ["废水", "废气", "固废"], SR, [("小型", 2), ("中型", 1)],
                   [("连续生产", 1), ("季节性生产", 1)], MAN_NONE, INDUSTRIAL + RURAL),
    "g_plastic": arch([],
                      [("重庆巴南示例{b}塑胶制品有限公司", "C2929"), ("重庆巴南示例{b}塑业有限公司", "C2927"),
                       ("重庆巴南示例{b}橡胶制品有限公司", "C2913")],
                      ["废气", "固废", "噪声"], SR, [("小型", 1)], CONT, MAN_NONE, INDUSTRIAL,
                      weather=True),
    "g_metal": arch([],
                    [("重庆巴南示例{b}钢结构工程有限公司", "C3311"), ("重庆巴南示例{b}机电有限公司", "C3484"),
                     ("重庆巴南示例{b}五金制品有限公司", "C3399")],
                    ["废气", "固废", "噪声"], SR, [("小型", 2), ("中型", 1)], CONT, MAN_NONE,
                    INDUSTRIAL),
    "g_laundry": arch(["O8030"], ["重庆巴南示例{b}洗涤服务有限公司"], ["废水", "固废"], REG,
                      [("小型", 1)], CONT, NOMON, URBAN),
    "g_hotel": arch(["H6110"], ["重庆巴南示例{b}温泉酒店有限公司", "重庆巴南示例{b}酒店管理有限公司"],
                    ["废水", "固废"], REG, [("中型", 1), ("小型", 1)], CONT, NOMON,
                    ["南泉街道", "东温泉镇", "龙洲湾街道"]),
    "g_recycle": arch([],
                      [("重庆巴南示例{b}金属回收有限公司", "C4210"), ("重庆巴南示例{b}再生资源有限公司", "C4220"),
                       ("重庆巴南示例{b}资源综合利用有限公司", "N7723")],
                      ["废气", "固废", "噪声"], SR, [("小型", 1)], INTER, MAN_NONE, INDUSTRIAL),
    "g_electronic": arch([],
                         [("重庆巴南示例{b}电子有限公司", "C3981"), ("重庆巴南示例{b}传感技术有限公司", "C3983"),
                          ("重庆巴南示例{b}医疗器械有限公司", "C3581")],
                         ["废水", "废气", "固废", "危废"], SR, [("中型", 1), ("小型", 1)], CONT,
                         MANUAL, ["界石镇", "花溪街道", "一品街道"]),
    "g_feed": arch(["C1329"], ["重庆巴南示例{b}饲料有限公司"], ["废气", "固废", "噪声"], REG,
                   [("小型", 1)], CONT, NOMON, RURAL),
    "g_garment": arch(["C1819"], ["重庆巴南示例{b}服饰有限公司"], ["固废"], REG, [("小型", 1)],
                      CONT, NOMON, ["李家沱街道", "花溪街道", "一品街道"]),
    "g_logistics": arch(["G5920"], ["重庆巴南示例{b}物流有限公司", "重庆巴南示例{b}供应链管理有限公司"],
                        ["固废"], NONE, [("中型", 1), ("小型", 1)], CONT, NOMON, ["南彭街道", "界石镇"]),
}

GAS_CHAINS = ["重庆示例石油销售有限公司", "重庆示例能源有限公司", "重庆示例石化销售有限公司"]
GAS_DIRS = ["", "东", "南", "西", "北", "新城", "场镇", "高速"]

BRAND_CHARS = "和嘉恒聚鑫华瑞宏博永兴德泰康源诚信安盛润丰达成益明通茂祥凯锦晟昌隆鼎荣远新辉禾致弘启航"

# ---------------------------------------------------------------------------------------------
# The plan: (archetype, count, pool tags, status). Counts are chosen so that the active pools
# have exactly the sizes in POOLS; check() asserts it.

ACTIVE, STOP, CLOSED = "正常", "停产", "关闭"

PLAN = [
    # item 1: park sewage plants, key water dischargers
    ("sewage", 5, [P, E], ACTIVE),
    ("sewage", 1, [P, E, J], ACTIVE),
    ("sewage", 1, [P, E], STOP),
    ("chem", 4, [W, A, S, E], ACTIVE),
    ("chem", 1, [W, A, S, E, J], ACTIVE),
    ("chem", 1, [W, A, S, E], STOP),
    ("plating", 2, [W, S, E], ACTIVE),
    ("plating", 4, [W, E], ACTIVE),
    ("plating", 1, [W, S, E], CLOSED),
    ("hazwaste", 1, [A, S, E], ACTIVE),
    ("pharma", 3, [W, E], ACTIVE),
    ("pcb", 1, [W, E], ACTIVE),
    ("slaughter", 2, [W], ACTIVE),
    ("brewery", 1, [W], ACTIVE),
    ("hospital_big", 1, [W, R, E], ACTIVE),
    # item 2: key air dischargers, ODS
    ("cement", 1, [A, R], ACTIVE),
    ("coating", 2, [A], ACTIVE),
    ("moto", 1, [A], ACTIVE),
    ("foundry", 1, [A, R], ACTIVE),
    ("foundry", 1, [A], STOP),
    ("refrig_mfg", 4, [O], ACTIVE),
    ("foam", 3, [O], ACTIVE),
    ("foam", 1, [O], CLOSED),
    ("auto_repair", 8, [O], ACTIVE),
    ("auto_repair", 1, [O], STOP),
    ("cold_ods", 4, [O], ACTIVE),
    ("refrig_service", 5, [O], ACTIVE),
    ("ods_trade", 3, [O], ACTIVE),
    # item 7: vehicle-emission testing agencies
    ("vehicle_test", 8, [V], ACTIVE),
    ("vehicle_test", 1, [V], CLOSED),
    # item 6: environmental-risk enterprises
    ("gas_station", 29, [E], ACTIVE),
    ("gas_station", 1, [E, J], ACTIVE),
    ("gas_station", 1, [E], CLOSED),
    ("chem_store", 5, [E], ACTIVE),
    ("chem_store", 1, [E, J], ACTIVE),
    ("chem_store", 1, [E], STOP),
    ("paint", 2, [E], ACTIVE),
    ("paint", 1, [E, J], ACTIVE),
    ("specchem", 5, [E], ACTIVE),
    ("li_battery", 2, [E], ACTIVE),
    ("haz_collect", 3, [E], ACTIVE),
    ("medwaste", 1, [E], ACTIVE),
    ("waterworks", 3, [E], ACTIVE),
    ("gas_supply", 3, [E], ACTIVE),
    ("cold_nh3", 2, [E], ACTIVE),
    ("hospital", 3, [R, E], ACTIVE),
    ("parts_risk", 14, [E], ACTIVE),
    ("foundry_risk", 2, [E], ACTIVE),
    ("landfill", 1, [E], ACTIVE),
    ("printing_risk", 1, [E], ACTIVE),
    ("glass", 1, [E], ACTIVE),
    # item 5: radiation-safety licensees
    ("hospital", 12, [R], ACTIVE),
    ("clinic", 38, [R], ACTIVE),
    ("clinic", 7, [R, J], ACTIVE),
    ("clinic", 2, [R], CLOSED),
    ("pet", 9, [R], ACTIVE),
    ("checkup", 4, [R], ACTIVE),
    ("checkup", 2, [R, J], ACTIVE),
    ("ndt", 6, [R], ACTIVE),
    ("ndt", 1, [R], STOP),
    ("xray_mfg", 14, [R], ACTIVE),
    ("gauge", 5, [R], ACTIVE),
    ("thickness", 2, [R], ACTIVE),
    ("express", 6, [R], ACTIVE),
    ("college", 3, [R], ACTIVE),
    ("lab", 2, [R], ACTIVE),
    # item 4: projects approved at district level in 2025 (new builds across the directory)
    ("g_concrete", 4, [J], ACTIVE),
    ("g_metal", 6, [J], ACTIVE),
    ("g_food", 5, [J], ACTIVE),
    ("g_electronic", 5, [J], ACTIVE),
    ("g_plastic", 4, [J], ACTIVE),
    ("g_furniture", 3, [J], ACTIVE),
    ("g_logistics", 4, [J], ACTIVE),
    ("g_pig", 3, [J], ACTIVE),
    ("g_4s", 2, [J], ACTIVE),
    ("g_hotel", 2, [J], ACTIVE),
    ("g_recycle", 2, [J], ACTIVE),
    ("g_print", 2, [J], ACTIVE),
    ("g_feed", 1, [J], ACTIVE),
    ("g_metal", 1, [J], STOP),
    ("g_food", 1, [J], STOP),
    # general directory
    ("g_auto", 22, [], ACTIVE),
    ("g_4s", 6, [], ACTIVE),
    ("g_print", 9, [], ACTIVE),
    ("g_furniture", 10, [], ACTIVE),
    ("g_concrete", 9, [], ACTIVE),
    ("g_quarry", 8, [], ACTIVE),
    ("g_brick", 5, [], ACTIVE),
    ("g_pig", 12, [], ACTIVE),
    ("g_tea", 6, [], ACTIVE),
    ("g_food", 12, [], ACTIVE),
    ("g_plastic", 8, [], ACTIVE),
    ("g_metal", 12, [], ACTIVE),
    ("g_laundry", 3, [], ACTIVE),
    ("g_hotel", 5, [], ACTIVE),
    ("g_recycle", 5, [], ACTIVE),
    ("g_electronic", 5, [], ACTIVE),
    ("g_feed", 3, [], ACTIVE),
    ("g_garment", 4, [], ACTIVE),
    ("g_logistics", 5, [], ACTIVE),
    ("g_auto", 3, [], CLOSED),
    ("g_brick", 2, [], STOP),
    ("g_quarry", 1, [], CLOSED),
    ("g_furniture", 1, [], STOP),
    ("g_pig", 1, [], CLOSED),
]

OBJECT_COLUMNS = [
    ("code", "统一社会信用代码"), ("name", "单位名称"), ("category", "监管类别"),
    ("town", "所属街镇"), ("industry", "行业类别"), ("permit_no", "排污许可证编号"),
    ("permit_class", "排污许可管理类别"), ("discharge", "排污类型"), ("scale", "生产规模"),
    ("cycle", "生产周期"), ("monitoring", "监控类型"), ("weather_grade", "重污染天气绩效分级"),
    ("status", "经营状态"), ("credit", "环境信用等级"), ("positive_list", "正面清单"),
    ("tags", "标签"),
]
LIST_FIELDS = ("discharge", "tags")
DISCHARGE_ORDER = ["废水", "废气", "固废", "危废", "噪声", "辐射"]
STAFF_COLUMNS = ["badge", "name", "unit", "qualified", "cert_expires", "years", "position",
                 "skills", "status", "recusals"]
SKILL_ORDER = ["水", "气", "土壤", "辐射", "固废", "环评", "应急", "机动车"]
POOL_ORDER = [p[0] for p in POOLS]


def pick(rng, weighted):
    values = [v for v, _ in weighted]
    weights = [w for _, w in weighted]
    return rng.choices(values, weights=weights, k=1)[0]


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.codes = []       # issued codes, in order, to keep them unique without a set
        self.code_index = {}
        self.names = {}
        self.brands = [a + b for a in BRAND_CHARS for b in BRAND_CHARS if a != b]
        self.rng.shuffle(self.brands)
        self.brand_pos = 0

    # -- codes --
    def org_code(self):
        rng = self.rng
        if rng.random() < 0.55:
            # registered after 2015: MA + area letters + random body
            head = rng.choice(["MA5U", "MA5Y", "MA60", "MA61", "MAAB", "MABM", "MACD"])
            body = head + "".join(rng.choice(ORG_BODY_CHARS) for _ in range(4))
        else:
            # older unit: an 8-digit organisation code
            body = rng.choice(["20", "45", "62", "70", "73", "75", "78", "79"]) + "".join(
                rng.choice("0123456789") for _ in range(6))
        return body + org_check_char(body)

    def code(self):
        while True:
            body = "91500113" + self.org_code()
            code = body + uscc_check_char(body)
            if code not in self.code_index:
                self.code_index[code] = len(self.codes)
                self.codes.append(code)
                return code

    # -- names --
    def brand(self):
        b = self.brands[self.brand_pos]
        self.brand_pos += 1
        return b

    def name(self, template, town):
        for _ in range(200):
            name = template.format(b=self.brand(), t=short(town),
                                   chain=self.rng.choice(GAS_CHAINS),
                                   dir=self.rng.choice(GAS_DIRS))
            if name not in self.names:
                self.names[name] = True
                return name
        raise RuntimeError("no free name for " + template)


def make_object(g, kind, tags, status, sewage_towns):
    a = ARCH[kind]
    rng = g.rng
    if kind == "sewage":
        town = sewage_towns.pop(0)
    else:
        town = rng.choice(a["towns"])
    code = g.code()
    entry = rng.choice(a["names"])
    template, industry = entry if isinstance(entry, tuple) else (entry, rng.choice(a["ind"]))
    name = g.name(template, town)
    permit_class = pick(rng, a["permit"])
    if W in tags or A in tags or S in tags or P in tags:
        permit_class = "重点管理"  # key dischargers (重点排污单位) hold 重点管理 permits
    permit_no = ""
    if permit_class in ("重点管理", "简化管理"):
        permit_no = code + "001" + pick(rng, [("V", 12), ("P", 1), ("Q", 1), ("U", 1)])
    discharge = list(a["discharge"])
    if R in tags and "辐射" not in discharge:
        discharge.append("辐射")
    if R not in tags and "辐射" in discharge:
        discharge.remove("辐射")
    discharge.sort(key=DISCHARGE_ORDER.index)
    monitoring = pick(rng, a["mon"])
    if W in tags or A in tags or P in tags:
        monitoring = "在线监测"
    weather = ""
    if a["weather"]:
        weather = pick(rng, [("D", 9), ("C", 8), ("B", 3)])  # A is rare: set by hand below
    scale = pick(rng, a["scale"])
    category = a["cat"]
    if category == "一般" and (W in tags or A in tags or S in tags or P in tags or V in tags
                               or permit_class == "重点管理"
                               or (E in tags and scale in ("大型", "中型"))):
        category = "重点"
    cycle = pick(rng, a["cycle"])
    credit = ""
    if category in ("重点", "特殊") or permit_class in ("重点管理", "简化管理"):
        credit = pick(rng, [("环保良好", 14), ("环保诚信", 2), ("环保警示", 3), ("", 2)])
    elif rng.random() < 0.15:
        credit = "环保良好"
    if status == CLOSED:
        credit = ""  # no longer evaluated once closed
    obj_tags = [t for t in POOL_ORDER if t in tags] + list(a["extra"])
    return dict(code=code, name=name, category=category, town=town,
                industry=industry, permit_no=permit_no, permit_class=permit_class,
                discharge=discharge, scale=scale, cycle=cycle, monitoring=monitoring,
                weather_grade=weather, status=status, credit=credit, positive_list="否",
                tags=obj_tags, kind=kind)


def build_objects(g):
    sewage_towns = ["界石镇", "麻柳嘴镇", "木洞镇", "南彭街道", "花溪街道", "姜家镇", "惠民街道"]
    objects = []
    for kind, count, tags, status in PLAN:
        for _ in range(count):
            objects.append(make_object(g, kind, tags, status, sewage_towns))

    def first(pred):
        return next(o for o in objects if pred(o))

    def active_with(kind, tag=None):
        return [o for o in objects if o["kind"] == kind and o["status"] == ACTIVE
                and (tag is None or tag in o["tags"])]

    # Hand-set details that tests and demos rely on.
    # A full-width bracket in names (partnership clinics are registered this way).
    clinics = active_with("clinic")
    for o in (clinics[3], clinics[11], clinics[20]):
        o["name"] = o["name"].replace("有限公司", "（普通合伙）")
    # A foreign-invested style name with the region in full-width brackets.
    o = [x for x in active_with("g_plastic") if J not in x["tags"]][0]
    o["name"] = "示例" + o["name"][len("重庆巴南示例"):-len("有限公司")] + "（重庆）有限公司"
    # A field that needs CSV quoting: both online and manual monitoring recorded.
    active_with("sewage")[0]["monitoring"] = "在线监测,手工监测"
    active_with("chem")[0]["monitoring"] = "在线监测,手工监测"
    # Weather grades: one leading enterprise and one A in the key air pool.
    active_with("coating")[0]["weather_grade"] = "引领性"
    active_with("cement")[0]["weather_grade"] = "A"
    active_with("chem")[0]["weather_grade"] = "A"
    active_with("chem")[1]["weather_grade"] = "B"
    # Positive list (正面清单): trusted, active, credit 环保诚信.
    def established(kind):  # active units not built last year
        return [x for x in active_with(kind) if J not in x["tags"]]

    positive = [active_with("chem")[0], active_with("pharma")[0], active_with("sewage")[1],
                active_with("hospital_big")[0], active_with("coating")[0],
                established("g_electronic")[0], established("g_4s")[0]]
    for o in positive:
        o["positive_list"] = "是"
        o["credit"] = "环保诚信"
    # Poor credit records.
    active_with("plating", W)[-1]["credit"] = "环保不良"
    active_with("auto_repair", O)[0]["credit"] = "环保不良"
    active_with("gas_station")[2]["credit"] = "环保警示"
    # Chongqing's 承诺免检 on a few clean general units.
    for o in established("g_electronic")[1:3] + established("g_garment")[:2]:
        o["tags"].append("承诺免检")
        o["credit"] = "环保良好"

    # Natural directory order: by town as listed, shuffled within a town.
    g.rng.shuffle(objects)
    objects.sort(key=lambda o: TOWNS.index(o["town"]))
    return objects


SURNAMES = list("陈刘李王张杨黄周谭何罗冉向秦蒋唐邓曾吴徐胡郭彭龚谢余袁廖熊杜蔡程付邹")
GIVEN = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆睿敏静丽艳娟霞婷雪琳颖洁倩芳燕玲莉欣怡佳晨阳航")

# (unit, position, years range) with special cases named so the README can state them.
STAFF_PLAN = [
    ("支队", "支队长", (22, 30)), ("支队", "副支队长", (15, 24)), ("支队", "副支队长", (14, 22)),
    ("支队", "大队长", (12, 20)), ("支队", "大队长", (10, 18)), ("支队", "大队长", (10, 18)),
    ("支队", "副大队长", (8, 14)), ("支队", "副大队长", (6, 12)), ("支队", "副大队长", (6, 12)),
] + [("支队", "执法队员", (1, 10))] * 11 + [
    ("水科", "科长", (14, 24)), ("水科", "副科长", (8, 15)),
] + [("水科", "科员", (1, 10))] * 5 + [
    ("大气科", "科长", (14, 24)), ("大气科", "副科长", (8, 15)),
] + [("大气科", "科员", (1, 10))] * 5 + [
    ("土壤科", "科长", (12, 22)), ("土壤科", "副科长", (6, 14)),
] + [("土壤科", "科员", (1, 9))] * 4

UNIT_SKILLS = {
    "水科": (["水"], ["固废", "环评", "应急", "土壤"]),
    "大气科": (["气"], ["机动车", "环评", "应急", "固废"]),
    "土壤科": (["土壤"], ["固废", "水", "环评", "应急"]),
}
# 支队 officers cover everything the detachment's annex items need.
DETACHMENT_SKILLS = [
    ["水", "气", "应急"], ["环评", "应急", "固废"], ["辐射", "环评"], ["水", "应急"],
    ["气", "机动车"], ["辐射", "应急"], ["环评", "固废", "水"], ["机动车", "气", "应急"],
    ["辐射", "固废"], ["水", "气"], ["环评", "应急"], ["机动车", "环评"], ["辐射", "环评", "应急"],
    ["固废", "应急"], ["水", "环评"], ["气", "应急", "机动车"], ["辐射", "水"], ["应急", "固废"],
    ["环评", "气"], ["机动车", "应急"],
]


def build_staff(g, objects):
    rng = g.rng
    staff = []
    names = {}
    badges = {}
    det_i = 0
    for unit, position, (y0, y1) in STAFF_PLAN:
        while True:
            n = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2, 2))))
            if n not in names:
                names[n] = True
                break
        years = rng.randint(y0, y1)
        issue_year = max(2012, 2026 - years + rng.randint(0, 2))
        issue_year = min(issue_year, 2025)
        while True:
            badge = "500113%04d%04d" % (issue_year, rng.randint(1, 120))
            if badge not in badges:
                badges[badge] = True
                break
        if unit == "支队":
            skills = list(DETACHMENT_SKILLS[det_i])
            det_i += 1
        else:
            base, extra = UNIT_SKILLS[unit]
            skills = base + rng.sample(extra, rng.choice((1, 1, 2)))
        skills.sort(key=SKILL_ORDER.index)
        expires = "%04d-%02d-%02d" % (rng.choice((2027, 2027, 2028, 2028, 2029)),
                                      rng.randint(1, 12), 28 if rng.random() < 0.3 else 30)
        expires = expires.replace("-02-30", "-02-28")
        staff.append(dict(badge=badge, name=n, unit=unit, qualified="是", cert_expires=expires,
                          years=years, position=position, skills=skills, status="在岗",
                          recusals=[]))

    by_unit = {}
    for s in staff:
        by_unit.setdefault(s["unit"], []).append(s)
    det, water, air, soil = by_unit["支队"], by_unit["水科"], by_unit["大气科"], by_unit["土壤科"]

    def no_credential(s, badge):
        # Staff doing routine supervision without an enforcement credential yet: they hold a
        # provisional number of the same form and no expiry.
        del badges[s["badge"]]
        s["badge"] = badge
        s["qualified"] = "否"
        s["cert_expires"] = ""
        s["years"] = 1

    no_credential(det[19], "50011320260101")
    no_credential(water[6], "50011320260102")
    no_credential(soil[5], "50011320260103")
    det[18]["status"] = "离岗"
    air[6]["status"] = "离岗"
    water[5]["status"] = "调离"
    det[3]["cert_expires"] = "2026-06-30"
    soil[3]["cert_expires"] = "2026-09-30"

    def active(pred):
        return [o for o in objects if o["status"] == ACTIVE and pred(o)]

    det[4]["recusals"] = [active(lambda o: o["kind"] == "gas_station")[0]["code"],
                          active(lambda o: o["kind"] == "clinic")[0]["code"]]
    water[2]["recusals"] = [active(lambda o: o["kind"] == "plating" and W in o["tags"])[0]["code"]]
    air[3]["recusals"] = [active(lambda o: o["kind"] == "coating")[0]["code"]]
    return staff


# ---------------------------------------------------------------------------------------------
# Output

def csv_text(header, rows, lineterminator):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def object_rows(objects, sep):
    rows = []
    for o in objects:
        row = []
        for key, _ in OBJECT_COLUMNS:
            v = o[key]
            row.append(sep.join(v) if key in LIST_FIELDS else v)
        rows.append(row)
    return rows


def staff_rows(staff):
    return [[s["badge"], s["name"], s["unit"], s["qualified"], s["cert_expires"], str(s["years"]),
             s["position"], "|".join(s["skills"]), s["status"], "|".join(s["recusals"])]
            for s in staff]


def pool_counts(objects):
    out = []
    for tag, item, dept, pct, annex, _ in POOLS:
        total = sum(1 for o in objects if tag in o["tags"])
        active = sum(1 for o in objects if tag in o["tags"] and o["status"] == ACTIVE)
        out.append((tag, item, dept, pct, annex, active, total))
    return out


def readme(objects, staff):
    n_active = sum(1 for o in objects if o["status"] == ACTIVE)
    n_stop = sum(1 for o in objects if o["status"] == STOP)
    n_closed = sum(1 for o in objects if o["status"] == CLOSED)
    lines = [
        "# Banan 2026 example directory (fictional)",
        "",
        "Example input for sjsj, shaped on 巴南环保发〔2026〕8号 and its annex (see",
        "`shared/seed/000_45e38910b58cbbaa.txt`). **Every unit, person, code and number here is",
        "invented.** Unit names carry 示例 to mark them as fiction; the towns are Banan's real streets",
        "and towns; the credit codes are made up but pass the GB 32100-2015 check character.",
        "",
        "| file | what it is |",
        "|---|---|",
        "| `objects.csv` | inspection-object directory (检查对象名录库): UTF-8 without BOM, LF, "
        "English keys as header, lists joined by `\\|` |",
        "| `objects-gb18030.csv` | the same rows as `objects.csv` with the Chinese headers, "
        "encoded GB18030 with CRLF (as Excel writes it in China), lists joined by `、` |",
        "| `staff.csv` | inspector directory (检查人员名录库): UTF-8, LF, English keys, lists "
        "joined by `\\|` |",
        "",
        "## objects.csv",
        "",
        "%d objects: %d 正常, %d 停产, %d 关闭. Columns (key, Chinese header in the GB18030 file):"
        % (len(objects), n_active, n_stop, n_closed),
        "",
        "| key | header | values |",
        "|---|---|---|",
    ]
    values = {
        "code": "18 characters, GB 32100-2015, all `91500113…`",
        "category": "一般 / 重点 / 特殊",
        "town": "Banan street or town",
        "industry": "GB/T 4754-2017 class with its section letter, e.g. C3360, Q8411",
        "permit_no": "`<code>001V` style for 重点/简化管理 permit holders, else empty",
        "permit_class": "重点管理 / 简化管理 / 登记管理 / empty",
        "discharge": "list of 废水 废气 固废 危废 噪声 辐射",
        "scale": "大型 / 中型 / 小型 / 微型",
        "cycle": "连续生产 / 季节性生产 / 间歇生产",
        "monitoring": "在线监测 / 手工监测 / 无; two rows hold `在线监测,手工监测` (a quoted field)",
        "weather_grade": "A / B / C / D / 引领性 / empty",
        "status": "正常 / 停产 / 关闭",
        "credit": "环保诚信 / 环保良好 / 环保警示 / 环保不良 / empty",
        "positive_list": "是 / 否",
        "tags": "list: the annex pools below, plus 涉VOCs, 涉重金属, 医疗机构, 畜禽养殖, 砂石, 承诺免检",
        "name": "unique; a few with full-width brackets, e.g. （普通合伙）",
    }
    for key, header in OBJECT_COLUMNS:
        lines.append("| `%s` | %s | %s |" % (key, header, values[key]))
    lines += [
        "",
        "## Pools of the 2026 annex",
        "",
        "A pool is the set of objects carrying its tag. Only objects with status 正常 count;",
        "each pool also holds a few 停产 or 关闭 objects that a draw must skip. The annex count is",
        "the active size times the ratio, rounded up.",
        "",
        "| item | dept | pool tag | active | with 停产/关闭 | ratio | annex count |",
        "|---|---|---|---|---|---|---|",
    ]
    for tag, item, dept, pct, annex, active, total in pool_counts(objects):
        lines.append("| %s | %s | `%s` | %d | %d | %d%% | %d |" % (item, dept, tag, active, total,
                                                                 pct, annex))
    lines += [
        "",
        "## staff.csv",
        "",
        "%d inspectors. `badge` is the key; `recusals` lists object codes from `objects.csv`."
        % len(staff),
        "",
        "| badge | name | unit | special case |",
        "|---|---|---|---|",
    ]
    for s in staff:
        notes = []
        if s["qualified"] == "否":
            notes.append("no enforcement credential (qualified 否, provisional number, no expiry)")
        if s["status"] != "在岗":
            notes.append("status " + s["status"])
        if s["cert_expires"].startswith("2026"):
            notes.append("credential expires " + s["cert_expires"])
        if s["recusals"]:
            notes.append("recuses from " + ", ".join("`%s`" % c for c in s["recusals"]))
        if notes:
            lines.append("| %s | %s | %s | %s |" % (s["badge"], s["name"], s["unit"],
                                                   "; ".join(notes)))
    lines += [
        "",
        "Every other inspector is qualified, 在岗, with a credential expiring in 2027–2029.",
        "",
        "## Regenerating",
        "",
        "```sh",
        "python3 examples/tools/make_banan_example.py",
        "```",
        "",
        "The script uses only the standard library and one `random.Random(20260407)`, so every run",
        "writes byte-identical files. It checks its output before exiting: every code's check",
        "character, unique codes, names and badges, the active pool sizes against the annex, that",
        "recusals name existing objects, and that the GB18030 file decodes to the same rows.",
        "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Checks

def ceil_pct(n, pct):
    return (n * pct + 99) // 100


def check(objects, staff, files):
    codes = [o["code"] for o in objects]
    assert len(codes) == len(dict.fromkeys(codes)), "duplicate codes"
    assert all(uscc_valid(c) for c in codes), "bad check character"
    assert all(c.startswith("91500113") for c in codes)
    names = [o["name"] for o in objects]
    assert len(names) == len(dict.fromkeys(names)), "duplicate names"
    assert any("（" in n for n in names)
    assert 400 <= len(objects) <= 500, len(objects)
    for o in objects:
        assert o["town"] in TOWNS
        if o["permit_no"]:
            assert o["permit_no"].startswith(o["code"]) and len(o["permit_no"]) == 22
            assert o["permit_class"] in ("重点管理", "简化管理")
        if o["positive_list"] == "是":
            assert o["credit"] == "环保诚信" and o["status"] == ACTIVE
    for tag, item, dept, pct, annex, active, total in pool_counts(objects):
        want = next(p[5] for p in POOLS if p[0] == tag)
        assert active == want, (tag, active, want)
        assert ceil_pct(active, pct) == annex, (tag, active, pct, annex)
        assert total > active, ("pool without inactive objects", tag)

    badges = [s["badge"] for s in staff]
    assert len(badges) == len(dict.fromkeys(badges)), "duplicate badges"
    known = dict.fromkeys(codes)
    recusals = [c for s in staff for c in s["recusals"]]
    assert len(recusals) == 4 and all(c in known for c in recusals)
    assert sum(1 for s in staff if s["recusals"]) == 3
    assert sum(1 for s in staff if s["qualified"] == "否") == 3
    assert sum(1 for s in staff if s["status"] == "离岗") == 2
    assert sum(1 for s in staff if s["status"] == "调离") == 1
    assert sorted(s["cert_expires"] for s in staff if s["cert_expires"].startswith("2026")) == [
        "2026-06-30", "2026-09-30"]

    # Read the written files back.
    utf8 = files["objects.csv"].decode("utf-8")
    assert not utf8.startswith("\ufeff") and "\r" not in utf8
    rows_utf8 = list(csv.reader(io.StringIO(utf8, newline="")))
    assert rows_utf8[0] == [k for k, _ in OBJECT_COLUMNS]
    gb = files["objects-gb18030.csv"]
    text = gb.decode("gb18030")
    assert text.count("\r\n") == text.count("\n") == len(objects) + 1
    rows_gb = list(csv.reader(io.StringIO(text, newline="")))
    assert rows_gb[0] == [h for _, h in OBJECT_COLUMNS]
    assert len(rows_gb) == len(rows_utf8) == len(objects) + 1
    li = [k for k, _ in OBJECT_COLUMNS]
    for a, b in zip(rows_utf8[1:], rows_gb[1:]):
        for k, x, y in zip(li, a, b):
            assert (x.replace("|", "、") if k in LIST_FIELDS else x) == y
    assert any('"' in line for line in utf8.splitlines()), "no quoted field"
    staff_text = files["staff.csv"].decode("utf-8")
    assert len(list(csv.reader(io.StringIO(staff_text, newline="")))) == len(staff) + 1


def main():
    g = Gen()
    objects = build_objects(g)
    staff = build_staff(g, objects)
    header = [k for k, _ in OBJECT_COLUMNS]
    files = {
        "objects.csv": csv_text(header, object_rows(objects, "|"), "\n").encode("utf-8"),
        "objects-gb18030.csv": csv_text([h for _, h in OBJECT_COLUMNS], object_rows(objects, "、"),
                                        "\r\n").encode("gb18030"),
        "staff.csv": csv_text(STAFF_COLUMNS, staff_rows(staff), "\n").encode("utf-8"),
        "README.md": readme(objects, staff).encode("utf-8"),
    }
    check(objects, staff, files)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    print("wrote %d objects, %d staff to %s" % (len(objects), len(staff), OUT.relative_to(ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
