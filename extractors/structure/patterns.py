"""Regular expressions for the wording of Chinese judgments, shared by the structure parser's modules."""

from __future__ import annotations

import re

from extractors.dates import CN_DATE, ZERO  # noqa: F401  (re-exported for the structure parser)


# 案号: （2023）浙0203民初8954号, (2017)苏01民辖终1549号, （2014）钦民一终字第320号, （2016）最高法民辖9号 …
CASE_NUMBER = re.compile(
    r"[（(〔\[]\s*[12][0-9]{3}\s*[）)〕\]]\s*[\u4e00-\u9fff0-9A-Za-z\s]{1,24}?第?\s*[0-9０-９]+\s*号(?:之[一二三四五六七八九十0-9]+)?")

TITLE = re.compile(r"(民事|刑事|行政|执行|国家赔偿|赔偿)?(判决书|裁定书|调解书|决定书|支付令)")

# Party role labels, longest first so that 被上诉人 is not read as 上诉人.
ROLE_LABELS = [
    ("再审申请人", "applicant"), ("申请再审人", "applicant"), ("被申请人", "respondent"),
    ("申请执行人", "enforcement_applicant"), ("被执行人", "enforcement_respondent"),
    ("复议申请人", "applicant"), ("异议人", "applicant"), ("案外人", "other"),
    ("被上诉人", "appellee"), ("上诉人", "appellant"),
    ("反诉原告", "defendant"), ("反诉被告", "plaintiff"),
    ("原审原告", "other"), ("原审被告", "other"), ("原审第三人", "other"), ("一审原告", "other"),
    ("一审被告", "other"), ("一审第三人", "other"),
    ("申请人", "applicant"), ("第三人", "third_party"), ("原告", "plaintiff"), ("被告", "defendant"),
    ("起诉人", "plaintiff"), ("公诉机关", "other"),
]
ROLE_NORMALISED = dict(ROLE_LABELS)
_ROLE_ALT = "|".join(label for label, _ in ROLE_LABELS)
# A party line: role label, an optional bracketed original role, an optional colon, then the name.
PARTY_LINE = re.compile(rf"^(?P<role>(?:{_ROLE_ALT})(?:[（(][^）)]{{1,16}}[）)])?)\s*[:：]?\s*(?P<rest>.+)$")
AGENT_LINE = re.compile(
    r"^(?:上述[^：:]{0,12})?(?:共同)?(?:委托诉讼代理人|委托代理人|诉讼代理人|法定代理人|指定代理人|法定代表人|诉讼代表人|"
    r"负责人|经营者|投资人|代表人|主要负责人|执行事务合伙人|监护人|特别授权代理人|一般授权代理人)")

OPERATIVE_ANCHOR = re.compile(
    r"(判决|裁定|调解协议|协议|决定|裁决|判令)(?:如下|内容如下|为)?\s*[：:；;]\s*$|(?:判决|裁定)如下\s*[：:；;]?\s*$|"
    r"达成(?:如下|以下)(?:调解)?协议\s*[：:]?\s*$")
# a few junk characters between 如下 and the colon occur in converted files (裁定如下座标：)
ANCHOR_INLINE = re.compile(r"(判决|裁定|决定)如下[^，。：:；;\n]{0,3}[：:；;]|达成(?:如下|以下)(?:调解)?协议\s*[：:]")
LEGAL_BASIS_START = re.compile(r"(?:^|(?<=[。；;，,]))\s*(?:据此[，,]?\s*)?(?:依照|根据|依据|按照|参照|经本院主持调解)")

DELAY_INTEREST = re.compile(r"^(如果|如|若)?[^，。]{0,30}?未按[^，。]{0,20}?(期间|期限)履行|加倍支付迟延履行期间的债务利息")
COSTS = re.compile(r"^(?:[一二三四五六七八九十]+[、.．])?\s*(本案|一审|二审|一、二审|上述|双方)?[^，。]{0,12}?"
                   r"(案件受理费|受理费|诉讼费|保全费|公告费|鉴定费|申请费|财产保全费|评估费)|^驳回起诉案件不收取")
APPEAL = re.compile(r"^(如|若)(不服|对本(判决|裁定)不服)|^(当事人|双方当事人)?如不服")
FINALITY = re.compile(r"^(本(判决|裁定|调解书|决定|支付令)[^。]{0,20}?(终审|发生法律效力|生效|具有法律效力|即发生)|"
                      r"^本裁定一经作出即生效|^上述(调解)?协议|^本调解协议|^以上协议)")
SIGNATURE_ROLE = re.compile(r"^(审判长|审判员|代理审判员|助理审判员|人民陪审员|陪审员|法官助理|书记员|代书记员|速录员|执行员|"
                            r"首席仲裁员|仲裁员)\s*(.*)$")

# Section cues, tested against the start of a paragraph (middle of the document).
CUE_REASONING = re.compile(r"^(本院(经审查|经审理|审查|二审)?认为|综合当事人的诉辩意见|本案的?(主要)?争议焦点)")
CUE_LOWER_COURT = re.compile(
    r"^(一审法院|原审法院|原审|一审|原一审法院|原判)[^，。]{0,6}(认定|查明|认为|判决|裁定|经审理|审理认为|另查明)|"
    r"^[^，。]{0,30}向(一审法院|原审法院)[^，。]{0,6}(起诉|提起诉讼)|^[^，。]{0,20}[^本]院(认为|经审理认为|审理认为)|"
    r"^([^，。]{0,12}，)?[^，。]{2,20}人民法院(以|认为|经审理|审理认为|经审查)")
CUE_CLAIMS = re.compile(r"^[^。]{0,80}?(诉讼请求|上诉请求|再审请求|申请再审称|上诉称|诉称|申请称|起诉称|请求判令|请求[:：]|称[，,:：])")
CUE_DEFENCE = re.compile(r"^[^。]{0,60}?(辩称|答辩称|答辩意见|未作答辩|未答辩|未提交(书面)?答辩|述称|未到庭|未出庭应诉|亦未答辩)")
CUE_FACTS = re.compile(
    r"^((本院)?(经)?(审理|审查)(认定|查明)(的)?(事实|如下)|经审理查明|本院经审理查明|经审查查明|本院查明|经查|另查明|又查明|再查明|本院经审理认定|本院认定事实如下|本院认定如下|"
    r"根据当事人[^，。]{0,20}本院认定|当事人围绕诉讼请求|本院(二审)?期间|二审期间|在二审审理过程中|二审中|本院二审|对一审法院认定的事实|"
    r"对当事人二审争议的事实|经二审|本院对[^，。]{0,20}事实|本院组织当事人|对(原告|被告|双方)[^，。]{0,20}证据)|"
    r"^[^。]{0,40}(向本院|向法院)?提(交|供)(了)?[^。]{0,12}证据|^[^。]{0,30}(举证期限|证据交换|质证)")
CUE_PROCEDURAL = re.compile(r"一案|立案|受理后|审理终结|提起上诉|本院在审理")

# Where a judgment scraped or pasted as one run-on paragraph starts its next section: a sentence (after 。 or ；) that
# opens with the words a section opens with. The structure parser reads such a paragraph as several. The tail's
# sentences (迟延履行, 受理费, 上诉) are cut wherever they are glued on; the earlier sections' cues (诉称, 本院认为 …) only
# in a paragraph that also holds the 主文's anchor, since a well-kept judgment may say 本院认为 inside its facts.
TAIL_BREAK = re.compile(
    r"(?<=[。；;])\s*(?="
    r"(?:负有[^，。]{0,12}?义务的)?(?:当事人|义务人|被告|原告)?[，,]?(?:如果|如|若)[^，。]{0,30}?未按[^，。]{0,20}?"
    r"(?:期间|期限)(?:履行|给付|支付)|"
    r"(?:本案|一审|二审)?(?:案件)?受理费[^。]{0,40}?(?:负担|承担|交纳|收取|退)|"
    r"(?:当事人)?如(?:不服|对本(?:判决|裁定)不服)|本(?:判决|裁定)为终审)")
SECTION_BREAK = re.compile(
    r"(?<=[。；;])\s*(?="
    r"本院(?:经审理)?认为|(?:本院)?经审理查明|本院查明|[^，。：:]{0,40}?(?:辩称|诉称|述称)[，,：:])")
