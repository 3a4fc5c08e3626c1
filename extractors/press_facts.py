"""Facts in press releases: statistics (metric, value in base units, unit, period, comparison) and named people with
their titles and organisations (最高法执行局局长黄文俊)."""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.money import find_amounts
from extractors.numerals import parse_number
from zhixing.fields import Person, Statistic

_UNITS = [  # (written unit, English unit), longest first
    ("个百分点", "percentage-points"), ("人次", "person-times"), ("%", "percent"), ("％", "percent"),
    ("起案件", "cases"), ("案件", "cases"), ("件", "cases"), ("人", "people"), ("名", "people"), ("家", "organisations"), ("户", "households"),
    ("个", "items"), ("项", "items"), ("起", "incidents"), ("次", "times"), ("份", "documents"), ("批", "batches"),
    ("条", "items"), ("倍", "times"), ("天", "days"), ("辆", "vehicles"), ("套", "units"), ("亩", "mu"),
]
_NUMBER = r"[0-9０-９][0-9０-９,，.．]*|[一二两三四五六七八九十百千][一二两三四五六七八九十百千零]*"
_STAT = re.compile(rf"(?P<approx>约|近|超过|逾|超|达|共|累计)?(?P<num>{_NUMBER})\s*(?P<scale>万亿|亿|万|千)?\s*"
                   rf"(?P<more>余|多)?(?P<unit>{'|'.join(re.escape(u) for u, _ in _UNITS)})")
_METRIC_TRIM = re.compile(r"(?:分别|累计|共计|共|已|均|同比|达到|达|为|超过|突破|逾|约|近|有|是|占|其中)+$")
_COMPARISON = re.compile(r"^[^，。；]{0,4}?(?:，|,)?\s*(?P<cmp>同比(?:增长|上升|下降|减少|提高|增加)[0-9０-９.．]+\s*[%％]|"
                         r"(?:增长|上升|下降|减少|提高)[0-9０-９.．]+\s*[%％]|连续[一二三四五六七八九十两0-9]+年)")
_PERIOD = re.compile(r"(?:20[0-9]{2}|19[0-9]{2})年(?:[0-9]{1,2}月)?(?:以来|来|至今|全年|上半年|下半年)?|近[一二三四五两]年|"
                     r"[一二三四五两]年来|今年以来|去年|今年|[0-9]{4}年至[0-9]{4}年")
_TITLES = ("首席大法官|大法官|专职委员|审判委员会委员|副局长|局长|副院长|院长|副庭长|庭长|副主任|主任|副部长|部长|副书记|书记|"
           "执行法官|法官助理|法官|审判员|执行员|书记员|记者|通讯员|研究员|教授|律师|干警|负责人|发言人|主持人")
_ORGS = r"最高人民法院|最高法院|最高法|最高人民检察院|[\u4e00-\u9fff]{2,16}?(?:人民法院|法院|检察院|委员会|政府|研究院|大学|律师事务所)"
_PERSON = re.compile(rf"(?P<org>{_ORGS})?(?P<dept>[\u4e00-\u9fff]{{0,10}}?)(?P<title>{_TITLES})、?\s*"
                     rf"(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=说|表示|介绍|指出|称|等|、|，|,|。|出席|主持|作|在|同志|强调|认为|"
                     rf"告诉|回答|向|对|的|专|授|分别|一行|参加|带队|调研|讲话|发言|感慨|坦言|谈到|提到|透露|：|:|\s|（|\(|$)")
# the common surnames (百家姓 by frequency, plus double surnames): a person's name starts with one
_SURNAMES = set("渠王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦"
                "付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
                "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司"
                "卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
                "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿"
                "国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利"
                "於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由")
_DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "端木", "夏侯", "令狐", "宇文", "长孙")
_NOT_NAME = re.compile(r"^(同志|表示|介绍|认为|主持|出席|强调|指出|一行|们|队伍|工作|部门|以上|提问|采访|了解|依职|大规)")


def _is_name(name: str) -> bool:
    return (name[0] in _SURNAMES or name.startswith(_DOUBLE_SURNAMES)) and not _NOT_NAME.match(name)


def find_statistics(text: str) -> list[Statistic]:
    stats: list[Statistic] = []
    for amount in find_amounts(text):
        clause = text[max(text.rfind(ch, 0, amount.span[0]) for ch in "，,。；;\n") + 1:amount.span[0]]
        if re.search(r"请求|诉请|主张|要求|诉称|索赔", clause):
            continue  # a claim is not a finding
        if True:
            stats.append(_statistic(text, amount.span, amount.text, amount.value, "CNY" if amount.currency == "CNY"
                                    else amount.currency, amount.approximate))
    money_spans = [s.span for s in stats]
    for m in _STAT.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in money_spans):
            continue
        num = parse_number(m.group("num").replace("，", ","))
        if num is None:
            continue
        if m.group("scale"):
            num *= {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000)}[
                m.group("scale")]
        unit = dict(_UNITS)[m.group("unit")]
        if not m.group("num")[0].isdigit() and not m.group("scale"):
            continue  # 一起 / 两个 / 十四个: counts written in words are wording, not reported figures
        if m.group("unit") == "个" and re.match(r"季度|月|工作日|小时|百分点", text[m.end():m.end() + 3]):
            continue
        if text[max(0, m.start() - 1):m.start()] == "第":
            continue  # 第235条: an article number
        start = m.start("num") if not m.group("approx") else m.start()
        approximate = m.group("approx") in ("约", "近", "超过", "逾", "超") or bool(m.group("more"))
        stats.append(_statistic(text, (start, m.end()), text[start:m.end()], num, unit, approximate))
    stats = [st for st in stats if not _in_navigation(text, st.span[0]) and not _in_comparison(text, st.span[0])]
    stats.sort(key=lambda st: st.span[0])
    # "…达到61.01%，同比增长2.7%": the change is the comparison of the figure before it, not a figure of its own
    kept: list[Statistic] = []
    for st in stats:
        prev = kept[-1] if kept else None
        if prev and prev.comparison and st.text in prev.comparison and st.span[0] - prev.span[1] <= 12:
            continue
        kept.append(st)
    return kept


def _in_navigation(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:line_start + 2].lstrip().startswith(("·", "•"))


def _in_comparison(text: str, pos: int) -> bool:
    """连续三年超过2万亿元: the 2万亿元 is a threshold the figure is compared with."""
    return bool(re.search(r"连续[一二三四五六七八九十两0-9]+年(?:超过|超|突破|高于)$", text[max(0, pos - 10):pos]))


def _statistic(text: str, span, written: str, value: Decimal, unit: str, approximate: bool) -> Statistic:
    clause_start = max(text.rfind(ch, 0, span[0]) for ch in "，,。；;：:\n（(") + 1
    metric = _METRIC_TRIM.sub("", text[clause_start:span[0]].strip())
    metric = re.sub(r"^(?:其中|同时|此外|另外|并且|全国法院|人民法院)\s*[，,]?", "", metric)[-20:]
    tail = _COMPARISON.match(text[span[1]:span[1] + 30])
    sentence_start = max(text.rfind(ch, 0, span[0]) for ch in "。；;\n") + 1
    period = None
    for p in _PERIOD.finditer(text, sentence_start, span[0]):
        period = p.group(0)
    return Statistic(text=written, span=span, metric=metric or written, value=value, unit=unit, period=period,
                     comparison=tail.group("cmp") if tail else None, approximate=approximate)


def _organisation(org: str | None, text: str) -> str | None:
    if not org:
        return None
    org = re.split(r"[由在向对和与及、，,是为]", org)[-1]
    if org in ("最高法", "最高法院") and "最高人民法院" in text:
        return "最高人民法院"
    return org or None


_ROLE_PERSON = re.compile(r"(?P<title>原告|被告|上诉人|被上诉人|申请执行人|被执行人|申请人|被申请人|劳动者|消费者|第三人|丈夫|妻子|"
                          r"审判人员)[:：]?\s*(?P<name>[\u4e00-\u9fff]{1,2}某{1,2}[0-9甲乙丙丁]?|[\u4e00-\u9fff]{2,3}?)"
                          r"(?=[，,。、；：:（(与诉因向于在系的称将和及]|\s|$)")


_ANONYMISED = re.compile(r"(?P<name>[\u4e00-\u9fff]某{1,2}[0-9甲乙丙丁]?)(?![\u4e00-\u9fff]{0,2}(?:公司|单位|医院|学校|店|厂))")
_CAPTION = re.compile(r"(?:^|\n)#*\s*(?P<a>[\u4e00-\u9fff]{2,4}?)诉(?P<b>[\u4e00-\u9fff]{2,4}?)(?=[\u4e00-\u9fff]{0,14}(?:案|纠纷))")
_NAME_THEN_TITLE = re.compile(r"(?<=[和、，,与由及])(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<title>院长|副院长|局长|副局长|庭长|法官|主任)")


def find_people(text: str) -> list[Person]:
    people: list[Person] = []
    for m in _ROLE_PERSON.finditer(text):
        name = m.group("name")
        if _is_name(name) and not re.search(r"[公司院局厂店行所会]$", name):
            people.append(Person(text=m.group(0), span=m.span(), name=name, title=m.group("title")))
            pos = m.end()
            while (nxt := re.match(r"、([\u4e00-\u9fff]{2,3}?)(?=、|，|,|。|）|\)|\s)", text[pos:])) and _is_name(nxt.group(1)):
                people.append(Person(text=nxt.group(1), span=(pos + 1, pos + 1 + len(nxt.group(1))), name=nxt.group(1),
                                     title=m.group("title")))
                pos += nxt.end()
    for m in _CAPTION.finditer(text):
        for key, role in (("a", "原告"), ("b", "被告")):
            name = m.group(key)
            if _is_name(name):
                people.append(Person(text=name, span=m.span(key), name=name, title=role))
    for m in _ANONYMISED.finditer(text):
        if m.group("name")[0] in _SURNAMES:
            people.append(Person(text=m.group("name"), span=m.span("name"), name=m.group("name")))
    for m in _NAME_THEN_TITLE.finditer(text):
        if _is_name(m.group("name")):
            people.append(Person(text=m.group(0), span=m.span(), name=m.group("name"), title=m.group("title")))
    for m in _PERSON.finditer(text):
        name = m.group("name")
        if not _is_name(name) or _NOT_NAME.match(text[m.start("name"):m.start("name") + 3]):
            continue
        org = _organisation(m.group("org"), text)
        title = (m.group("dept") or "") + m.group("title")
        people.append(Person(text=m.group(0), span=m.span(), name=name, title=title, organization=org))
        # 副局长王富博、毛立华、邵长茂: the names after a 、 share the title
        pos = m.end()
        while True:
            nxt = re.match(r"、([\u4e00-\u9fff]{2,3}?)(?=、|，|,|。|出席|等|和|分别|\s)", text[pos:])
            if not nxt or not _is_name(nxt.group(1)):
                break
            people.append(Person(text=nxt.group(1), span=(pos + 1, pos + 1 + len(nxt.group(1))), name=nxt.group(1),
                                 title=title, organization=org))
            pos += nxt.end()
    unique: dict[str, Person] = {}
    for person in people:
        unique.setdefault(person.name, person)
    return sorted(unique.values(), key=lambda p: p.span[0])
