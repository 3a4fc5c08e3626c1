"""Courts: the court named in the header, the 案号 court code and the 上诉 court it implies."""

from __future__ import annotations

import re

from .text import clean, is_none

# Geography: 案号 court code (province abbreviation + 2-digit city code) -> province, city; used for missing court
# names and for the 上诉 court. Only the codes occurring in the input are listed; a missing one fails loudly.
PROVINCES = {"浙": "浙江省", "云": "云南省", "粤": "广东省", "鲁": "山东省", "豫": "河南省", "吉": "吉林省",
             "沪": "上海市", "陕": "陕西省", "青": "青海省", "甘": "甘肃省", "苏": "江苏省", "辽": "辽宁省"}
CITIES = {
    "浙01": "杭州市", "浙02": "宁波市", "浙03": "温州市", "浙04": "嘉兴市", "浙06": "绍兴市", "浙07": "金华市",
    "浙09": "舟山市", "云01": "昆明市", "云04": "玉溪市", "云29": "大理白族自治州", "粤13": "惠州市",
    "鲁09": "泰安市", "鲁13": "临沂市", "豫10": "许昌市", "吉01": "长春市", "吉05": "通化市", "陕05": "渭南市",
    "陕08": "榆林市", "青01": "西宁市", "青02": "海东市", "甘08": "平凉市", "甘09": "酒泉市", "苏04": "常州市",
    "辽04": "抚顺市", "辽05": "本溪市",
}
# Shanghai: 上诉 court by district code
SHANGHAI_UPPER = {"0112": "上海市第一中级人民法院", "0117": "上海市第一中级人民法院", "0151": "上海市第二中级人民法院"}
# courts for records whose 法院 field is 无, from the 案号 code (administrative division code of the court's seat)
COURT_BY_CODE = {
    "甘0826": "甘肃省静宁县人民法院",      # 620826 静宁县 (平凉市); the facts name 静宁县细巷镇
    "浙0112": "浙江省杭州市临安区人民法院",  # 330112
    "浙0114": "杭州市钱塘区人民法院",        # 330114; written as the other 钱塘区 records give it
    "吉0502": "吉林省通化市东昌区人民法院",  # 220502; the facts name 通化市
    "浙0902": "浙江省舟山市定海区人民法院",  # 330902; as sc1-063 gives it
    "浙0109": "浙江省杭州市萧山区人民法院",  # 330109
    "浙0381": "浙江省瑞安市人民法院",        # 330381 (温州市)
}

PROV_NAMES = tuple(PROVINCES.values()) + ("江苏省", "广东省")


def court_name(raw: str, case_no: str) -> tuple[str, str]:
    """-> (court as written, note). Strips junk before a province name; derives a missing court from the 案号."""
    raw = clean(raw)
    if is_none(raw):
        code = case_code(case_no)
        return COURT_BY_CODE[code], f"法院 field 无; court derived from 案号 code {code}"
    for p in PROV_NAMES:
        i = raw.find(p)
        if i > 0:
            return raw[i:], f"junk prefix {raw[:i]!r} removed from 法院"
    return raw, ""


def case_code(case_no: str) -> str:
    m = re.search(r"[)）]\s*([\u4e00-\u9fa5])(\d{4})", case_no)
    if not m:
        raise ValueError(f"no court code in {case_no!r}")
    return m.group(1) + m.group(2)


def upper_court(case_no: str) -> str:
    code = case_code(case_no)
    prov = code[0]
    if prov == "沪":
        return SHANGHAI_UPPER[code[1:]]
    city = CITIES.get(code[:3])
    if city is None:
        return "…中级人民法院"
    return f"{PROVINCES[prov]}{city}中级人民法院"


def swap_brackets(case_no: str) -> str:
    if "（" in case_no:
        return case_no.replace("（", "(").replace("）", ")")
    return case_no.replace("(", "（").replace(")", "）")
