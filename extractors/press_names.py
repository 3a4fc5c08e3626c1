"""Is this a person's name? Helpers for the press people extractor: the common surnames, and a check against jieba's
dictionary (a dependency already) so that words after a title (法官解读, 劳动者权利, 院长高度重视) are not read as
names, and so that a name is cut where the next word starts (法官李明带领 → 李明, 局长黄文俊介绍 → 黄文俊)."""

from __future__ import annotations

import os
import re
from functools import lru_cache

# the common surnames (百家姓 by frequency, plus double surnames): a person's name starts with one
SURNAMES = set("渠王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦"
               "付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
               "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司"
               "卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
               "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿"
               "国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利"
               "於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由阎凡")
DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "端木", "夏侯", "令狐", "宇文", "长孙")
_NOT_NAME = re.compile(r"^(同志|表示|介绍|认为|主持|出席|强调|指出|一行|们|队伍|工作|部门|以上|提问|采访|了解|依职|大规)")
# one-character words that end a name when they follow it (院长张军作讲座, 法官王五在现场): a name rarely ends in them
_ENDERS = set("说在和与及等的向对是为作将把被给从也就都又还曾已并带到去来均分称讲答问任")
# surnames that are also prepositions or adverbs: after a title they are more often the next word (庭长向法院…, 院长于会上…)
AMBIGUOUS_SURNAMES = set("向于和时都应来但那由")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[int, str]]:
    """jieba's dictionary, two- and three-character words only: word → (frequency, part of speech)."""
    try:
        import jieba
    except ImportError:  # pragma: no cover - jieba is a declared dependency
        return {}
    words: dict[str, tuple[int, str]] = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def is_word(text: str, min_freq: int = 20) -> bool:
    """A common word that is not a person's name (jieba tags names nr)."""
    entry = _lexicon().get(text)
    return bool(entry) and entry[0] >= min_freq and not entry[1].startswith("nr")


def starts_with_surname(name: str) -> bool:
    return name[:1] in SURNAMES or name.startswith(DOUBLE_SURNAMES)


def is_name(name: str) -> bool:
    if len(name) < 2 or not starts_with_surname(name) or _NOT_NAME.match(name):
        return False
    if is_word(name) or is_word(name[:2]):
        return False  # 权利, 高度, 解读: words, not names
    return not re.search(r"某[\u4e00-\u9fff]", name)


def is_bare_name(name: str) -> bool:
    """A name that can stand with no title next to it (张三介绍): is_name, and no dictionary entry at all except a rare
    one tagged as a name (jieba tags 文明, 石家庄 nr; 高院 is a word)."""
    entry = _lexicon().get(name)
    return is_name(name) and (entry is None or (entry[1].startswith("nr") and entry[0] < 300))


def name_at(text: str, pos: int) -> str | None:
    """The name that starts at pos (right after a title), two or three characters, or None when no name starts
    there. Three characters unless the third one starts the next word."""
    two = text[pos:pos + 2]
    if len(two) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", two) or not starts_with_surname(two):
        return None
    third, after = text[pos + 2:pos + 3], text[pos + 2:pos + 4]
    if not re.fullmatch(r"[\u4e00-\u9fff]", third or "") or third in _ENDERS or is_word(after, 50) \
            or text[pos + 2:pos + 5] in _lexicon():
        name = two
    else:
        name = text[pos:pos + 3]
    if len(name) == 2 and is_word(text[pos + 1:pos + 3], 20000):
        return None  # 该院长安人民法庭: 安 starts no name when 人民 follows it as a word
    if two[0] in AMBIGUOUS_SURNAMES and not re.match(r"[\s，,。、；：:（(“”]|说|表示|介绍|$", text[pos + len(name):] or ""):
        return None
    if text.startswith(DOUBLE_SURNAMES, pos) and len(name) == 2:
        name = text[pos:pos + 3] if re.fullmatch(r"[\u4e00-\u9fff]", third or "") else name
    return name if is_name(name) else None
