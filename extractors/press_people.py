"""Named people in press releases, with title and organisation as written: 最高法执行局局长黄文俊, 申请执行人王某,
bylines (记者 张三 通讯员 李四 王五, 文/…人民法院 法官 屠育), 张某某诉李某 captions, 周先生, and the pseudonyms of
典型案例 (小凡, 小胡, 张甲 / 张乙), and names with no title beside them in the frames of newspaper pages (张三介绍,
据张三介绍, 张三是该院法官, 由张三担任审判长, 张三等3人)."""

from __future__ import annotations

import re

from extractors.press_names import (
    AMBIGUOUS_SURNAMES,
    SURNAMES,
    is_bare_name,
    is_name,
    is_word,
    name_at,
)
from zhixing.fields import Person

_TITLES = ("首席大法官|大法官|专职委员|审判委员会委员|副局长|局长|副院长|院长|副庭长|庭长|审判长|副主任|主任|副部长|部长|副书记|书记员|书记|"
           "执行法官|法官助理|法官|审判员|执行员|人民陪审员|陪审员|人民调解员|调解员|检察官|记者|通讯员|研究员|教授|律师|干警|法警|民警|"
           "负责人|发言人|主持人|副主席|主席|委员|代表|组长|队长|科长|处长|所长|厅长|董事长|总经理|经理|网格员|支书|村主任")
# the titles a 是-sentence gives (张三是该院执行局法官): court and press staff only, not 代表 / 委员 (是人大代表)
_COURT_TITLES = ("副院长|院长|副局长|局长|副庭长|庭长|审判长|执行法官|法官助理|法官|审判员|执行员|书记员|干警|法警|调解员|"
                 "检察官|记者|通讯员|律师")
_ORGS = r"最高人民法院|最高法院|最高法|最高人民检察院|[\u4e00-\u9fff]{2,16}?(?:人民法院|法院|检察院|委员会|政府|研究院|大学|律师事务所)"
_TITLE_AT = re.compile(rf"(?P<org>{_ORGS})?(?P<dept>[\u4e00-\u9fff]{{0,10}}?)(?P<title>{_TITLES})、?[ \t\u3000]*")
# a name after a title or a list separator; bylines separate names with spaces (通讯员 李四 王五)
_NEXT_IN_LIST = re.compile(r"(?:、|[和与及]|[ \t\u3000]+)(?=[\u4e00-\u9fff])")
_ROLE_PERSON = re.compile(r"(?P<title>原告|被告|上诉人|被上诉人|申请执行人|被执行人|申请人|被申请人|劳动者|消费者|第三人|丈夫|妻子|"
                          r"审判人员|当事人|承租人|出租人|买受人|受害人|死者|债权人|债务人)[:：]?\s*"
                          r"(?P<name>[\u4e00-\u9fff]{1,2}某{1,2}[0-9甲乙丙丁]?(?![0-9])|[\u4e00-\u9fff]{2,3}?)"
                          r"(?=[，,。、；：:（(与诉因向于在系的称将和及]|\s|$)")
_ANONYMISED = re.compile(r"(?P<name>[\u4e00-\u9fff]某{1,2}(?:[0-9](?![0-9年月日])|[甲乙丙丁](?![方]))?)")
# 某 followed by the rest of an organisation's or a place's name (某汽车服务公司, 某村): 向某… / 表明某… are not people
_ORG_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:公司|单位|医院|学校|店|厂|银行|超市|酒店|集团|平台|中心|协会|合作社|机构|部门|物业|"
                        r"网站|报社|商行|门诊|幼儿园|村委会|居委会|法院|村|区|县|镇|乡|街道|社区)")  # 向某法院, 南岸区某村
_CAPTION = re.compile(r"(?:^|\n)#*\s*(?P<a>[\u4e00-\u9fff]{2,4}?)诉(?P<b>[\u4e00-\u9fff]某某?[0-9甲乙丙丁]?|[\u4e00-\u9fff]{2,4}?)(?=[\u4e00-\u9fff]{0,14}(?:案|纠纷))")
_NAME_THEN_TITLE = re.compile(r"(?<=[和、，,。；;：:（(\s与由及“\n随向对给找请让被把是在])(?P<name>[\u4e00-\u9fff]{2,3}?)"
                              r"(?P<title>副院长|院长|副局长|局长|副庭长|庭长|审判长|法官助理|执行员|法官|主任|书记员|检察官)"
                              r"(?![\u4e00-\u9fff]{0,1}[们助])")
_HONORIFIC = re.compile(r"(?P<name>[\u4e00-\u9fff](?:先生|女士|大爷|大妈|阿姨|老汉))")
_PSEUDONYM = re.compile(r"(?P<name>[小老][\u4e00-\u9fff])(?=[，,。、；：:（(与和及诉向将在的系因对被把也都又说等遂])")
# 张甲 / 张乙: surname + 甲乙丙丁, how some releases tell two people of one family apart (not 甲方 / 乙级)
_LETTERED = re.compile(r"(?P<name>[\u4e00-\u9fff][甲乙丙丁])(?![方级类等种型地])")
# a name the release marks as changed: 李梅（化名）
_ALIAS = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?=[（(]化名[）)])")
_SAYS = "说|表示|介绍|坦言|感慨|告诉|补充|笑着|强调|指出|解释|回忆|提醒|坦承|透露"
# a quotation followed by who said it: “……”张三说。
_QUOTED_BY = re.compile(rf"[”\"]\s*(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?={_SAYS})")
# newspaper pages name people without a title beside them, in a few fixed frames; each frame starts a clause, so the
# name cannot be the tail of a longer word: 张三介绍 / 据张三介绍, 张三是该院执行局法官, 由张三担任审判长, 张三等3人
_CLAUSE = r"(?:^|(?<=[，,。；;：:\n“”、（(]))"
_FRAMES = (
    re.compile(rf"{_CLAUSE}据?(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:{_SAYS})"),
    re.compile(rf"{_CLAUSE}(?P<name>[\u4e00-\u9fff]{{2,3}}?)是(?P<title>[^，,。；;“”]{{0,16}}?(?:{_COURT_TITLES}))"),
    re.compile(rf"由(?P<name>[\u4e00-\u9fff]{{2,3}}?)担任(?P<title>{_COURT_TITLES})?"),
    re.compile(rf"{_CLAUSE}(?P<name>[\u4e00-\u9fff]{{2,3}}?)等(?=[0-9一二三四五六七八九十两]+[人名])"),
)


def find_people(text: str) -> list[Person]:
    people: list[Person] = []
    people += _role_people(text)
    for m in _CAPTION.finditer(text):
        for key, role in (("a", "原告"), ("b", "被告")):
            if is_name(m.group(key)) or _anonymised(m.group(key)):
                people.append(Person(text=m.group(key), span=m.span(key), name=m.group(key), title=role))
    people += _anonymised_people(text)
    for m in _NAME_THEN_TITLE.finditer(text):
        if is_name(m.group("name")):
            people.append(Person(text=m.group(0), span=m.span(), name=m.group("name"), title=m.group("title")))
    people += _titled_people(text)
    for m in _HONORIFIC.finditer(text):
        if m.group("name")[0] in SURNAMES:
            people.append(Person(text=m.group("name"), span=m.span("name"), name=m.group("name")))
    people += _pseudonyms(text)
    for m in _ALIAS.finditer(text):
        name = next((m.group("name")[k:] for k in range(len(m.group("name")) - 1)
                     if is_name(m.group("name")[k:]) or re.fullmatch(r"[小老][\u4e00-\u9fff]", m.group("name")[k:])), None)
        if name:
            people.append(Person(text=name, span=(m.end() - len(name), m.end()), name=name))
    people += _framed_people(text)
    people += _bylines(text)
    people += _role_named(text)
    for m in _QUOTED_BY.finditer(text):
        name = name_at(text, m.start("name"))
        if name:
            people.append(Person(text=name, span=(m.start("name"), m.start("name") + len(name)), name=name))
    unique: dict[str, Person] = {}
    for person in sorted(people, key=lambda p: p.span[0]):
        unique.setdefault(person.name, person)
    return sorted(unique.values(), key=lambda p: p.span[0])


def _anonymised(name: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff]某{1,2}[0-9甲乙丙丁]?", name)) and name[0] in SURNAMES


def _role_people(text: str) -> list[Person]:
    out: list[Person] = []
    for m in _ROLE_PERSON.finditer(text):
        name = m.group("name")
        if not (_anonymised(name) or is_name(name)) or re.search(r"[公司院局厂店行所会]$", name):
            continue
        out.append(Person(text=m.group(0), span=m.span(), name=name, title=m.group("title")))
        pos = m.end()
        while (nxt := re.match(r"、([\u4e00-\u9fff]某{1,2}|[\u4e00-\u9fff]{2,3}?)(?=、|，|,|。|）|\)|\s)", text[pos:])) \
                and (_anonymised(nxt.group(1)) or is_name(nxt.group(1))):
            out.append(Person(text=nxt.group(1), span=(pos + 1, pos + 1 + len(nxt.group(1))), name=nxt.group(1),
                              title=m.group("title")))
            pos += nxt.end()
    return out


def _anonymised_people(text: str) -> list[Person]:
    out: list[Person] = []
    for m in _ANONYMISED.finditer(text):
        name = m.group("name")
        if name[0] not in SURNAMES:
            continue
        org = _ORG_AFTER.match(text, m.end())
        if org and not re.search(r"[某诉与和及向对同在从给被让的]|入职", org.group(0)):
            continue  # 向某汽车服务公司, 表明某科技公司: an organisation, not a person
        full = _masked_at(text, m.start("name")) if len(name) == 2 else None
        if full:
            name = full
        out.append(Person(text=name, span=(m.start("name"), m.start("name") + len(name)), name=name))
    for m in _LETTERED.finditer(text):
        name = m.group("name")
        if name[0] in SURNAMES and name[0] not in AMBIGUOUS_SURNAMES and text.count(name) >= 2 \
                and not is_word(name, 1):
            out.append(Person(text=name, span=m.span("name"), name=name))
    return out


def _titled_people(text: str) -> list[Person]:
    out: list[Person] = []
    for m in _TITLE_AT.finditer(text):
        name = name_at(text, m.end())
        if not name:
            continue
        org = _organisation(m.group("org"), text)
        dept = re.split(r"[和与及、是的]", m.group("dept") or "")[-1]  # 庭长姜辉和执行局执行员顾玉斌: only 执行局 is his
        title = re.sub(r"^(?:据|由|经|请|该院|该局|本院)+", "", dept) + m.group("title")
        out.append(Person(text=text[m.start():m.end() + len(name)], span=(m.start(), m.end() + len(name)), name=name,
                          title=title, organization=org))
        # 副局长王富博、毛立华、邵长茂 / 通讯员 李四 王五: the names that follow share the title
        pos = m.end() + len(name)
        while (sep := _NEXT_IN_LIST.match(text, pos)) and (nxt := name_at(text, sep.end())):
            if text[sep.start()] not in "、和与及" and re.match(rf"(?:{_TITLES})", text[sep.end():]):
                break
            out.append(Person(text=nxt, span=(sep.end(), sep.end() + len(nxt)), name=nxt, title=title, organization=org))
            pos = sep.end() + len(nxt)
    return out


def _framed_people(text: str) -> list[Person]:
    """Names in the title-less frames of _FRAMES; a 小/老 + surname name counts there too (老王介绍)."""
    out: list[Person] = []
    for frame in _FRAMES:
        for m in frame.finditer(text):
            pos, name = m.start("name"), m.group("name")
            # the frame's word marks where the name ends (王丽华表示: not 王丽 + 华表); name_at still vets the start
            if (not (name_at(text, pos) and is_bare_name(name)) and not _familiar(name)) or re.search(_TITLES, name):
                continue  # 姜庭长说: a surname with a title is a form of address, not a name
            title = m.group("title") if "title" in frame.groupindex else None
            title = re.split(r"的|一名|一位|该院|本院", title)[-1] if title else None  # 是该院执行局的一名法官 → 法官
            out.append(Person(text=name, span=m.span("name"), name=name, title=title))
    return out


# the authors of a newspaper piece: （唐璐 董广坤） / (滕志军) closing a paragraph, □ 陈立烽 项永锋 opening one, 刘杨摄 under a
# photograph
_BYLINE = re.compile(r"[（(]\s*(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t\u3000、]+[\u4e00-\u9fff]{2,3}){0,3})\s*[）)]\s*(?=\n|$)|"
                     r"(?:^|\n)[ \t\u3000]*□[ \t\u3000]*(?P<lead>[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,3}){0,3})"
                     r"[ \t\u3000]*(?=\n|$)|"
                     r"(?:^|(?<=[\s。]))(?P<photo>[\u4e00-\u9fff]{2,3})\s*摄(?=\s|$)")
# a party or a worker named after the word for their part in the case, however the sentence goes on (被执行人赵雷长期
# 拖欠…, 农民工王帅接过…): name_at decides where the name ends
_ROLE_WORD = re.compile(r"(?:被执行人|申请执行人|农民工|务工人员|工人|员工|借款人|出借人|债权人|债务人|当事人|原告|被告)(?=[\u4e00-\u9fff])")


_ORG_NAMED = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:公司|超市|店|厂|银行|集团|中心|医院|学校|酒店|商行|合作社|工作室|事务所)")


def _bylines(text: str) -> list[Person]:
    out: list[Person] = []
    for m in _BYLINE.finditer(text):
        group = next(g for g in ("names", "lead", "photo") if m.group(g))
        pos = m.start(group)
        for name in re.split(r"[ \t\u3000、]+", m.group(group)):
            at = text.index(name, pos)
            pos = at + len(name)
            if is_name(name) and not is_word(name, 1):
                out.append(Person(text=name, span=(at, at + len(name)), name=name))
    return out


def _role_named(text: str) -> list[Person]:
    out: list[Person] = []
    for m in _ROLE_WORD.finditer(text):
        name = _masked_at(text, m.end()) or name_at(text, m.end())
        if name and not _ORG_NAMED.match(text, m.end() + len(name)):  # 被告欧尚超市江宁店: a shop, not a person
            out.append(Person(text=name, span=(m.end(), m.end() + len(name)), name=name, title=m.group(0)))
    return out


_MASKED_MIDDLE = re.compile(r"[\u4e00-\u9fff]某[\u4e00-\u9fff]")
# characters that start the next word after 陈某 rather than end the name (陈某支付 / 陈某因…)
_ENDERS_AFTER_MASK = set("某说在和与及等的向对是为作将把被给从也就都又还曾已并带到去来均分称讲答问诉支赔偿归借欠拒于因系")


def _masked_at(text: str, pos: int) -> str | None:
    """陈某强 / 宋某香: a name masked in its middle, kept whole where the text never uses the two-character form alone."""
    m = _MASKED_MIDDLE.match(text, pos)
    if not m or m.group(0)[0] not in SURNAMES or m.group(0)[2] in _ENDERS_AFTER_MASK:
        return None
    full, short = m.group(0), m.group(0)[:2]
    return full if text.count(full) == text.count(short) and text.count(full) >= 2 else None



def _familiar(name: str) -> str | None:
    """老王 / 小李: a 小/老 + surname form that is no common word (小区, 老师 are words)."""
    if re.fullmatch(r"[小老][\u4e00-\u9fff]", name) and name[1] in SURNAMES and not is_word(name, 400):
        return name
    return None


def _pseudonyms(text: str) -> list[Person]:
    """小凡与小胡: a 小/老 + surname pseudonym counts when the text uses it at least twice and it is no common word."""
    out: list[Person] = []
    for m in _PSEUDONYM.finditer(text):
        name = m.group("name")
        before = text[m.start() - 1:m.start()] if m.start() else ""
        if name[1] not in SURNAMES or text.count(name) < 2 or is_word(name, 400) or is_word(before + name[0], 1):
            continue
        if before in SURNAMES and text.count(before + name) == text.count(name):
            continue  # 吴小秦: every 小秦 is the end of a full name
        out.append(Person(text=name, span=m.span("name"), name=name))
    return out


def _organisation(org: str | None, text: str) -> str | None:
    if not org:
        return None
    org = re.split(r"[由在向对和与及、，,是为]", org)[-1]
    if org in ("最高法", "最高法院") and "最高人民法院" in text:
        return "最高人民法院"
    return org or None
