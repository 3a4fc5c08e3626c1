"""The closing sections: the appeal notice (or finality in 小额 cases) and the signature block."""

from __future__ import annotations

import random

from .builder import Builder
from .courts import upper_court
from .dates import cn_date
from .record import Case

SURNAMES = list("张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段")


def write_appeal_or_finality(b: Builder, case: Case, case_no: str, rng: random.Random) -> None:
    if case.procedure == "small":
        b.add("finality", "本判决为终审判决。")
    else:
        up = upper_court(case_no)
        b.add("appeal_notice", rng.choice([
            f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人或者代表人的人数提出副本，上诉于{up}。",
            f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人或者代表人的人数提出副本，上诉于{up}。",
            f"如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{up}。",
        ]))


def write_signature(b: Builder, case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """Anonymised names only (张某, 李某某). -> the (role, name) pairs written."""
    spaced = rng.random() < 0.3
    fmt_role = {"审判长": "审　判　长", "审判员": "审　判　员", "人民陪审员": "人民陪审员", "法官助理": "法官助理",
                "书记员": "书　记　员"} if spaced else {}
    gap = "　　" if spaced else "　"
    surnames = rng.sample(SURNAMES, 6)
    names = [s + rng.choice(["某", "某某"]) for s in surnames]
    if case.procedure == "ordinary":
        bench = rng.choice([["审判长", "审判员", "人民陪审员"], ["审判长", "人民陪审员", "人民陪审员"]])
    else:
        bench = ["审判员"]
    members = []
    for role in bench:
        members.append((role, names.pop(0)))
    for role, name in members:
        b.add("signature", f"{fmt_role.get(role, role)}{gap}{name}")
    zero = rng.choices(["〇", "○", "零"], weights=[86, 7, 7])[0]
    date_line = cn_date(case.judgment_date, zero)
    b.add("signature", date_line)
    if rng.random() < 0.25:
        b.add("signature", "本件与原本核对无异")
    assistant = rng.random() < 0.5
    if assistant:
        members.append(("法官助理", names.pop(0)))
        b.add("signature", f"{fmt_role.get('法官助理', '法官助理')}{gap}{members[-1][1]}")
    members.append(("书记员", names.pop(0)))
    b.add("signature", f"{fmt_role.get('书记员', '书记员')}{gap}{members[-1][1]}")
    return members
