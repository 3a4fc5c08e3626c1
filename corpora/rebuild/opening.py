"""The opening sections: header (court, title, 案号), party lines and the procedural-history sentence."""

from __future__ import annotations

import datetime as dt
import random

from .builder import Builder
from .courts import court_name, swap_brackets
from .dates import ar_date
from .parties import agent_list
from .record import Case
from .text import clean, is_none, join_names


def write_header(b: Builder, case: Case, rng: random.Random) -> tuple[str, str]:
    """-> (court, 案号) as written."""
    f = case.fields
    court, note = court_name(f["法院"], f["案号"])
    if note:
        case.notes.append(note)
    b.add("header", court)
    b.add("header", rng.choice(["民事判决书", "民事判决书", "民事判决书", "民 事 判 决 书", "民 事 判 决 书"]))
    case_no = clean(f["案号"])
    if rng.random() < 0.15:
        case_no = swap_brackets(case_no)
    b.add("header", case_no)
    return court, case_no


def write_parties(b: Builder, case: Case, rng: random.Random) -> list[str]:
    """-> the plaintiffs' agents ('name，description'), which the procedural history names."""
    f = case.fields
    colon = rng.choices(["：", "", ":"], weights=[80, 12, 8])[0]
    agents = agent_list(f["原告代理人"])
    d_agents = agent_list(f["代理人"])
    d_info = "" if is_none(f["被告基本情况"]) else clean(f["被告基本情况"])

    def party_line(role: str, p: dict, extra: str = "") -> str:
        sep = colon
        name = p["name"]
        line = f"{role}{sep}{name}"
        if p["note"]:
            if p["note"].startswith(("以下简称", "下称")):
                line += f"（{p['note']}）"
            else:
                line += f"，{p['note']}"
        if extra:
            line += "，" + extra.rstrip("。")
        return line + "。"

    for i, p in enumerate(case.plaintiffs):
        b.add("parties", party_line("原告", p))
        if i == 0:
            for a in agents:
                b.add("parties", f"委托诉讼代理人{colon or '：'}{a.rstrip('。')}。")
    for i, d in enumerate(case.defendants):
        b.add("parties", party_line("被告", d, d_info if (i == 0 and len(case.defendants) == 1) else ""))
        if i == 0:
            for a in d_agents:
                b.add("parties", f"委托诉讼代理人{colon or '：'}{a.rstrip('。')}。")
    return agents


def write_procedural_history(b: Builder, case: Case, agents: list[str], rng: random.Random) -> None:
    P, D = case.plaintiffs_text, case.defendants_text
    j, filing, absent = case.judgment_date, case.filing, case.absent
    verb = rng.choice(["与", "与", "与", "诉"])
    lian = rng.choice(["立案后", "立案后", "立案受理后", "受理后"])
    if case.procedure == "ordinary":
        how = "依法适用普通程序，组成合议庭，公开开庭进行了审理"
    else:
        how = f"依法适用{case.proc_name}，公开开庭进行了审理"
    hearing = None
    if rng.random() < 0.35:
        span_days = max(1, (j - filing).days - 3)
        hearing = filing + dt.timedelta(days=rng.randint(max(1, span_days // 2), span_days))
        how = how.replace("公开开庭", f"于{ar_date(hearing)}公开开庭")
    att = []
    p_att = f"原告{P}"
    if agents:
        an = join_names([a.split("，")[0] for a in agents])
        p_att = rng.choice([f"原告{P}的委托诉讼代理人{an}", f"原告{P}及其委托诉讼代理人{an}"])
    if case.present_d:
        att.append(f"{p_att}、被告{join_names(case.present_d)}到庭参加诉讼")
    else:
        att.append(f"{p_att}到庭参加诉讼")
    if absent:
        if case.publication:
            att.append(f"被告{join_names(absent)}经本院公告送达开庭传票，无正当理由拒不到庭参加诉讼，本院依法缺席审理")
        else:
            att.append(rng.choice([f"被告{join_names(absent)}经本院传票传唤，无正当理由拒不到庭参加诉讼，本院依法缺席审理",
                                   f"被告{join_names(absent)}经本院合法传唤，无正当理由未到庭参加诉讼，本院依法缺席审理"]))
    history = (f"原告{P}{verb}被告{D}{case.cause}一案，本院于{ar_date(filing)}{lian}，{how}。"
               + "，".join(att) + "。本案现已审理终结。")
    b.add("procedural_history", history)
