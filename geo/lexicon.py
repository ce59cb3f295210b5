"""Word lists and patterns the extractor reads text with.

Kept apart from the logic so an analyst can read (and extend) what counts as
an attack, a side, a speaker, a weapon or a casualty figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

SentenceSearch = Callable[[str], re.Match[str] | None]


def _remembered(pattern: re.Pattern[str]) -> SentenceSearch:
    """``pattern.search``, remembered for the last sentences read: the loop over an
    article's sentences asks one sentence the same question from several places."""
    return lru_cache(maxsize=64)(pattern.search)


# A note's Ukrainian or Russian strike word kept in Latin letters: "russian obstril of
# Kurakhove" (shelling), "prylit near the station" (an incoming hit)
# (each behind a one-letter guard: the trigger lists are searched at every position of
# every sentence, and an alternative that cannot start there costs one test, not five)
NOTE_LOANWORDS = r"(?=[oOpP])(?:obstri[lt]\w*|obstrel\w*|pryl[iy]o?t\w*|prilet\w*)"
# Strike words of a Ukrainian or Russian line: shelling, an incoming hit, a strike, an
# explosion, a missile or drone hit ("обстріл", "прилетіло", "удар по", "вибух", "влучання")
CYRILLIC_STRIKE = (
    r"(?=[\u0400-\u04FF])(?i:обстр[іе]л\w*|прил[іеё]т\w*|удар(?:и|ів|ом|ив|или|ила)?\b|вибух\w*|"
    r"взрыв\w*|влучан\w*|влучил\w*|попадани\w*|атак\w*|бомбардув\w*|бомбард\w*|"
    # (a guided bomb, a Shahed; what they leave: destroyed, damaged, killed, wounded)
    r"каб(?:и|ів|ами)?\b|шахед\w*|зруйнован\w*|разрушен\w*|пошкоджен\w*|поврежден\w*|"
    r"загибл\w*|загинул\w*|погибл\w*|поранен\w*|ранен\w*)"
)

# A note's verbless strike, a side's weapons at their target: "morning: russian missiles and
# drones on the Prydniprovska TPP", "~09:00 russian missiles again, this time a plant"
_AIMED = r"(?:missiles?|rockets?|drones?|sha(?:h|kh)[ei]ds?|bombs?|shells?|kabs?)"
_AIMED_KIND = r"(?:(?:ballistic|cruise|guided|glide|attack|kamikaze|artillery)\s+)?"
# (or a strike weapon named by its model, whose side goes without saying: "Evening — S-300s
# on the city, private houses damaged")
# (a Shahed spelt as it is heard: "shahids", "shakheds")
_MODELS_AIMED = r"(?:S-[34]00s?|Iskanders?|Kalibrs?|Kinzhals?|Kh-[1-9]\d{1,2}(?!\d)s?|Grads?|KABs?|Sha(?:h|kh)[ei]ds?)"
WEAPONS_AIMED = (
    rf"(?:(?=[rRuUeE])(?:russian|ukrainian|enemy|ru|rf)\s+{_AIMED_KIND}{_AIMED}(?:\s+and\s+{_AIMED})?"
    rf"|(?=[SsIiKkGg]){_MODELS_AIMED})\s+"
    # (or at a site named: "two KABs on Epicentr hypermarket Kharkiv")
    r"(?:again(?=\s*[,:;—–-])|(?:on|at|into)\s+(?:(?:the|an?|our)\b|(?-i:[A-Z])))"
    # (a note's weapons on a town named, no side: "Morning, between 7:40 and 9:20, drones on
    # Kazan itself")
    r"|(?<![\w-])(?:drones|missiles|rockets|sha(?:h|kh)[ei]ds|bombs|shells|"
    r"(?:ballistic|cruise|guided|glide)\s+(?:missile|rocket|bomb))\s+(?:on|into)\s+"
    r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"(?:(?-i:[A-Z])[\w'’-]+(?=\s+(?:itself|again|city|town|and|too|as\s+well)\b|\s*[,.;:—–-])"
    # (or on a site of the note's town: "Early in the morning missiles on the refinery")
    r"|the\s+(?:[\w-]+\s+)?(?:refinery|plant|depot|port|station|substation|airfield|bridge|"
    r"dam|factory|market|centre|center|city|town|village|houses|school|hospital|district)\b)"
    # weapons sent at a target: "two UAVs were aimed at the oil refinery" (not "measures aimed at")
    r"|(?<![\w-])(?:drones|UAVs|missiles|rockets|sha(?:h|kh)[ei]ds)\s+(?:was|were)\s+"
    r"(?:aimed|directed|launched|sent)\s+at\b"
)

# Event words. Weapons alone are not events ("supply missiles"), nor are
# battles or fighting (front-line context, not a strike at a place).
# (not a farm's "egg shells", a beach's "sea shells")
_NOT_EGG = r"(?<![Ee]gg\s)(?<![Nn]ut\s)(?<![Ss]ea\s)"
# (nor a word a translator glosses as something else: "shells [TN: the pasta] 2 t")
_GLOSS_NOT_STRIKE = (
    r"\[\s*TN\s*:(?![^\]]*\b(?:shell|fire|artillery|strike|attack|bomb|missile|rocket|"
    r"mortar|obstril))[^\]]*\]"
)
_NOT_GLOSSED = rf"(?!\s*{_GLOSS_NOT_STRIKE})"
TRIGGER = re.compile(
    r"\b((?<!counter-)(?<!counter\s)attack(?:s|ed|ing)?|strik(?:e|es|ing)(?!\s+(?:groups?|forces?|capabilit\w+|range|package))|struck(?!\s+(?:off|out)\b)|airstrikes?|air strikes?|air[\s-]raids?(?![\s-]+(?:alerts?|sirens?|warnings?|alarms?|shelters?))|"
    rf"{_NOT_EGG}shell(?:ed|ing|s){_NOT_GLOSSED}|(?:glide|guided|aerial)\s+bombs?|(?:artillery|mortar|rocket|MLRS)\s+fire|hitting|"
    # (a note's Ukrainian or Russian word kept in Latin letters: "russian obstril of Kurakhove",
    # "prylit near the station": shelling, an incoming hit)
    rf"{NOTE_LOANWORDS}|{WEAPONS_AIMED}|put\s+out\s+of\s+action|"
    # ("had put the Starokostiantyniv air base, in the … region, out of action")
    r"put\s+the\s+(?:[\w'’,-]+\s+){1,8}?out\s+of\s+action|"
    rf"{CYRILLIC_STRIKE}|"
    r"bomb(?:ed|ing|ings|ardment|arded)|cluster bombs?|explosions?|explod(?:ed|es)|"
    r"blasts?|blew up|hit|hits|fired|launched|shot down|"
    # ("the convoy was shot up on 25 September near Kurylivka": fired on)
    r"(?:was|were|been|got)\s+shot\s+up|"
    r"intercept(?:ed|ion|ions)"
    # ("refuted by intercepted telephone conversations": a spy's, not air defence's)
    r"(?!\s+(?:(?:telephone|phone|radio|mobile)\s+)?(?:conversations?|calls?|communications?|"
    r"messages?|talks?|chatter|telephone|phone))|downed|"
    # (a Russian report's "air defence worked in the area of Kerch": it fired on something)
    r"air\s+defen[cs]es?\s+(?:systems?\s+)?(?:worked|(?:was|were)\s+(?:working|activated|in\s+action)|"
    r"went\s+into\s+action)|"
    r"destroyed|knocked out|killing|killed|injur(?:ed|ing|ies)|wounded|"
    # (not a machine's "ventilation fan dead", "battery dead")
    r"(?<!fan\s)(?<!fans\s)(?<!battery\s)(?<!phone\s)(?<!engine\s)(?<!generator\s)(?<!motor\s)"
    r"(?<!pump\s)(?<!radio\s)(?<!landline\s)dead(?!\s+(?:end|battery|zone|calm|weight|wood)\b)|"
    r"deaths?|casualties|"
    r"barrage|drone attacks?|targeted|(?<=to\s)target(?=\s+(?:the|a|an|its|their)\b)|targeting(?!\s+(?:decisions?|data|information|intelligence|systems?|policy|policies|restrictions?))|(?<!air\s)(?<!air-)raid(?:s|ed)?|damaged|ablaze|caught fire|"
    # ("a fire on Jan. 21 that Russian officials attributed to Ukrainian drones")
    r"(?:fire|explosion|blast|blaze)\b[^;]{0,120}?\b(?:attributed\s+to|blamed\s+on)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drones?|missiles?|shelling|strikes?|rockets?)|"
    # (a ministry's "dealt a 'massive blow' to positions": a strike in its own words)
    r"dealt\s+(?:an?\s+)?(?:[\w'‘’\"-]+\s+){0,2}?blows?['’\"]?\s+(?:to|on|at|against)|"
    r"set on fire|set\s+fire\s+to|set\s+ablaze|blaze|inflict(?:ed|ing)|pound(?:ed|ing)|hammer(?:ed|ing)|slam(?:med|ming)|rock(?:ed|ing)|rained|"
    # (the same blows in other words: "Russia pummeled Kyiv with drones", "battered Kharkiv")
    r"pummel(?:l?ed|l?ing|s)|batter(?:ed|ing)|blitz(?:ed|ing)|straf(?:ed|ing)|"
    r"bombard(?:ed|ing)|(?:c(?:ame|ome|omes|oming)|been|was|were)\s+under\s+(?:[\w-]+\s+){0,2}?(?:fire|attack|shelling)|under fire|opened fire|"
    r"shrapnel|Tochka(?:-U)?|(?-i:KIA|WIA|KABs?)|rockets|"
    # ("a section of a ten-storey apartment building collapsed": a block brought down)
    r"(?:building|block|entrance)\b[^.;,]{0,40}?\bcollapsed|"
    # "Kryvyi Rih also suffered heavy losses": a city's toll told as its own
    r"suffer(?:ed|s)\s+(?:(?:heavy|severe|serious|the\s+most|significant)\s+)?(?:losses|damage|casualties)|"
    # a defence ministry's briefing: "weapons put out of action the military airfields in …"
    r"put\s+out\s+of\s+action|"
    # "Nikopol itself took most of the blows", "the city bore the brunt of the attack"
    r"(?:took|takes|bore|bears)\s+(?:most\s+of\s+|the\s+brunt\s+of\s+)(?:the\s+)?(?:blows|hits|strikes|"
    r"shelling|attacks?)\b|"
    # "Rosneft refinery: fire at a CDU", "a fire at the substation": a site burning
    r"fires?\s+(?:at|on)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:unit|CDU|refinery|depot|plant|facility|"
    r"substation|warehouse|tanks?|terminal)\b|"
    # "the block that was cut in half by a Russian Kh-22 missile": whatever the verb, a passive
    # whose agent is a weapon tells a strike
    r"(?:was|were|been|being)\s+(?:[\w-]+\s+){1,4}?by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:missiles?|rockets?|drones?|bombs?|shells?|Shaheds?)\b|"
    # "a sea drone packed with explosives holed the landing ship": a weapon's damage, told
    r"(?:missiles?|drones?|rockets?|shells?|bombs?|Shaheds?)\s+(?:[\w-]+\s+){0,4}?(?:holed|sank|"
    r"pierced|gutted|flattened|levell?ed|razed|ripped\s+(?:into|through)|tore\s+(?:into|through|apart))\b|"
    # "a swarm of drones reached the main arsenal near Toropets": the weapon at its target
    # ("a Russian missile brought down by air defence fell on a brick factory")
    r"(?:missiles?|drones?|rockets?|shells?|Shaheds?)\s+(?:[\w-]+\s+){0,6}?(?:reached|fell\s+on)\s+(?:the|an?)\s|"
    # "The targets, according to the SBU, were the Olenya base …": the places struck, listed
    r"(?-i:The)\s+(?:main\s+)?targets\b(?:,[^,;.]{0,40},)?\s+(?:were|included)|"
    # "carried out the launch of Kh-22 cruise missiles … at the city"
    r"launch\s+of\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|drones?)|"
    # ("accused the Russians of firing "Uragans" at Apostolove")
    r"firing\s+(?:[\w\"“”'’-]+\s+){1,3}?(?:at|on|into)(?=\s+(?-i:[A-Z]))|"
    # "Russia sent dozens of Shahed drones at Starokostiantyniv": weapons sent at a place
    r"(?:sent|hurled|threw|unleashed)\s+(?:[\w-]+\s+){0,4}?(?:missiles|rockets|drones|Shaheds|bombs|"
    r"missile|rocket|drone|Shahed|bomb)\s+(?:at|against|toward|towards|on|into)\s|"
    # (the passive: "forty drones were sent towards Kyiv overnight")
    r"(?:missiles|rockets|drones|Shaheds|bombs)\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:sent|hurled|launched|fired)\s+(?:at|against|toward|towards|on|into)(?=\s+(?-i:[A-Z]))|"
    r"(?:heaviest|heavy|intense|enemy|artillery|mortar|tank)\s+fire|detonat\w+|"
    # (a note's "the russian Grads worked on our side of town", "something big fell by the
    # stadium": what a witness calls a strike)
    r"(?:Grads?|MLRS|artillery|guns|mortars|Smerch|Uragan)\s+(?:worked|were\s+working|was\s+working)"
    r"\s+(?:on|at|over)\b|something\s+(?:big\s+|heavy\s+|large\s+)?(?:fell|landed|exploded|"
    r"flew\s+in|arrived)\b|"
    # ("he saw russian tanks fire at the apartment blocks": the verb after a witness's "saw")
    r"(?:tanks|guns|troops|soldiers|helicopters|planes|jets|ships)\s+(?:open\s+)?fire\s+"
    r"(?:at|on|into)\b|"
    r"crash(?:ed|ing)|debris|wounding|hurt|hurting|fire broke out|on fire(?!\s+(?:safety|prevention|drills?|training|courses?|regulations?))|catch(?:es|ing)?\s+fire|burn(?:ed|ing|t)|"
    # A caption's present tense: "Ukrainian forces shell a depot", "a drone bombs a tank".
    r"(?:forces|troops|army|military|units?|artillery|drones?|aircraft|jets?|helicopters?)\s+(?:shell|bombs)|"
    r"died|drop(?:s|ped|ping)?\s+(?:\w+\s+){0,3}?(?:explosives?|bombs?|grenades?|munitions?|devices?|charges?|KABs?|FABs?)|"
    # Headline and caption grammar: "missile lands near…", "drone destroying a tank",
    # "impact of a Tochka-U missile", "tank firing on positions", "helicopter launching rockets".
    # ("its forces sank a barge carrying Russian troops at the crossing")
    r"sank\s+(?:an?|the|two|three|\d+)\s|"
    r"destroy(?:s|ing)|destroy\s+(?:an?|two|three|four|\d+)\s|fir(?:es|ing)\s+(?:on|at|upon)|launch(?:es|ing)\s+(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|drones?|strikes?)|"
    r"impacts?\s+of\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|shells?|projectiles?|bombs?|drones?|munitions?)|"
    r"craters?|(?:missile|rocket|shell|projectile|drone|bomb|munition|motor|warhead|artillery|mortar|"
    r"Kh-[1-9]\d{1,2}(?!\d)|Iskander|Kalibr|Kinzhal|Shahed|Tochka-U|ATACMS|S-300)s?"
    # ("rockets and cluster submunitions fell on the centre")
    r"(?:\s+(?!(?:are|is|were|was|still|keep|kept|continue\w*)\b)[\w-]+){0,4}?\s+"
    r"(?:land(?:s|ed|ing)|f(?:ell|alls|alling)|came\s+down|impact(?:s|ed|ing)?|"
    r"arriv(?:ed|es|ing)\s+(?:at|on|in|over|shortly|seconds|minutes|about|around|just)|"
    r"(?:[\w-]+\s+)?(?:embedded|stuck|lodged)\s+(?:in|into|above|on|under)|"
    # "a Russian rocket came through the roof of the sports hall"
    r"c(?:ame|omes)\s+through|(?:crashed|slammed|smashed|ploughed|plowed)\s+(?:into|through)|"
    # ("a Ukrainian drone flew into the Kupol plant"; not into an airspace or a region)
    r"fl(?:ew|ying)\s+into\s+(?!(?:the\s+)?(?:[\w-]+\s+)?(?:airspace|region|oblast|territory|area|zone|"
    r"direction|sky|skies)\b)|"
    r"(?:tore|ripped|punched)\s+(?:into|through)|"
    # ("a Russian missile tore the middle out of the building", "… cut it in half")
    r"(?:tore|ripped|blew)\s+(?:[\w-]+\s+){0,3}?(?:out|off|apart|open)\b|"
    r"(?:cut|tore|ripped|split)\s+(?:[\w'’-]+\s+){1,6}?in\s+(?:half|two)\b|breached|"
    # ("a Russian missile brought down a whole entrance of a block")
    r"brought\s+down\s+(?:an?|the|two|three|a\s+whole|its|part)\b|"
    # ("a russian Kh-22 took out a whole entrance of a five-storey block")
    r"(?:took|knocked)\s+out\s+(?:an?|the|two|three|a\s+whole|its|part)\b)|"
    # "On March 17, the target was the refinery in Slavyansk-na-Kubani": the strike's object
    r"\btargets?\s+(?:was|were)\s+(?:an?|the)\s|"
    # "Within hours, Russian missiles were falling on Kharkiv": a past event as it unfolded
    r"(?:missile|rocket|shell|bomb|drone)s?\s+(?:were|was)\s+(?:falling|raining\s+down|landing|"
    r"exploding)\s+(?:on|in|over|across)|"
    # "the destruction of a Russian tank", "footage of the destruction of Makariv"
    r"destruction\s+of|"
    # What a strike leaves behind, as captions and coders' notes name it: "remnants of a
    # missile in…", "Tochka-U rocket fragments found in…", "the downing of a missile".
    r"(?:remnants?|remains|fragments?|parts?|pieces?|tail\s+fins?|wreckage)\s+of\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|shells?|projectiles?|bombs?|drones?|munitions?)|"
    r"(?:missile|rocket|shell|bomb|drone|munition)s?\s+(?:remains|remnants?|fragments?|wreckage|boosters?)|"
    r"downing)\b",
    re.IGNORECASE,
)
TRIGGER_IN = _remembered(TRIGGER)
# a message's or a clipping's bracketed stamp at a line's start: "[Mon 03.10 09:50]",
# "[24.02, 13:00]": when it was written, not the day of what it tells
MESSAGE_STAMP = re.compile(r"^\s*\[[^\]\n]{3,30}\]")
# "crew checked the craters", "cold patch on the two small craters": craters told before
CRATERS_TOLD = re.compile(
    r"\b(?:the|those|these)\s+(?:(?!street\b|road\b)[a-z][a-z-]*\s+){0,2}?craters?\b"
    # ("two craters filled with gravel by the farmer": a repair)
    r"|\bcraters?\s+(?:were\s+|was\s+|have\s+been\s+)?(?:filled|patched|repaired|covered|levell?ed)\b",
    re.IGNORECASE,
)
STRONG_TRIGGER = re.compile(
    r"\b(attack(?:s|ed)?|strikes?|struck(?!\s+(?:off|out)\b)|airstrikes?|shell(?:ed|ing)|bomb(?:ed|ing|ardment)|"
    rf"{NOTE_LOANWORDS}|"
    rf"{CYRILLIC_STRIKE}|"
    r"explosions?|blasts?|blew up|hit|shot down|intercepted(?!\s+(?:(?:telephone|phone|radio|mobile)\s+)?(?:conversations?|calls?|communications?|messages?|talks?|chatter|telephone|phone))|downed|targeted|barrage|raid|"
    r"fired\s+(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|shells?|drones?)|"
    # ("two Ukrainian helicopters came in low and fired at it")
    r"fired\s+(?:at|on|upon|into)\s+(?!(?:the\s+)?(?:drones?|missiles?|targets?\s+in\s+the\s+sky)\b)|"
    # "The russian army fired at the city from barrel artillery"
    r"fired\s+(?:at|on|upon)\s+(?:the|our)\s+(?:city|town|village)\b|"
    # "air defences had destroyed 12 drones flying toward the city": an interception
    r"(?:destroyed|neutrali[sz]ed)\s+(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?)\b|"
    # "where a bomb landed on 12 March", "bombs fell here"
    r"(?:bombs?|missiles?|shells?|rockets?|drones?)\s+"
    # ("a ballistic missile with a cluster warhead exploded")
    r"(?:(?!(?:are|is|were|was|still|keep|kept|continue\w*)\b)[\w-]+\s+){0,4}?(?:landed|fell|exploded|"
    r"destroyed|damaged|wrecked|came\s+through|crashed\s+into|slammed\s+into|tore\s+(?:into|through)|"
    r"holed|sank|pierced|gutted|flattened|levell?ed|razed|ripped\s+(?:into|through)|"
    r"(?:tore|ripped|blew)\s+(?:[\w-]+\s+){0,3}?(?:out|off|apart|open)\b|"
    r"(?:cut|tore|ripped|split)\s+(?:[\w'’-]+\s+){1,6}?in\s+(?:half|two)\b|breached|"
    r"brought\s+down\s+(?:an?|the|two|three|a\s+whole|its|part)\b)|"
    r"dropped\s+(?:[\w-]+\s+){0,2}?(?:bombs?|explosives?|munitions?)|"
    r"launch\s+of\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|drones?))\b",
    re.IGNORECASE,
)

RUSSIA, UKRAINE = "Russia", "Ukraine"
SIDE_WORDS: dict[str, str] = {
    "russia": RUSSIA, "russian": RUSSIA, "russians": RUSSIA, "moscow": RUSSIA, "kremlin": RUSSIA,
    "putin": RUSSIA, "wagner": RUSSIA, "pro-russian": RUSSIA, "pro-moscow": RUSSIA,
    "ukraine": UKRAINE, "ukrainian": UKRAINE, "ukrainians": UKRAINE, "kyiv": UKRAINE,
    "kiev": UKRAINE, "zelensky": UKRAINE, "zelenskyy": UKRAINE, "zelenskiy": UKRAINE,
    "pro-kyiv": UKRAINE, "pro-ukrainian": UKRAINE, "sbu": UKRAINE, "hur": UKRAINE, "gur": UKRAINE,
    "afu": UKRAINE,
    # an analyst's shorthand: "RU cruise msl", "RuAF mortar fire", "UAF strike", "ZSU"
    "ru": RUSSIA, "ruaf": RUSSIA, "rf": RUSSIA, "uaf": UKRAINE, "ua": UKRAINE, "zsu": UKRAINE,
    "vsu": UKRAINE,
    # a Ukrainian note's names for the russians
    "invaders": RUSSIA, "occupiers": RUSSIA, "occupants": RUSSIA, "rashists": RUSSIA,
    "rashist": RUSSIA, "ruscists": RUSSIA, "ruscist": RUSSIA, "orcs": RUSSIA, "katsaps": RUSSIA,
    # the occupation's own bodies: "the DPR said", "LPR officials said", "the Russian-installed
    # administration said"
    "dpr": RUSSIA, "lpr": RUSSIA, "dnr": RUSSIA, "lnr": RUSSIA, "russian-installed": RUSSIA,
    "moscow-installed": RUSSIA, "kremlin-installed": RUSSIA, "separatist": RUSSIA,
    "separatists": RUSSIA, "occupation": RUSSIA,  # ("the occupation authorities said")
}  # fmt: skip
SIDE = (
    r"(?:pro-Kyiv|pro-Ukrainian|pro-Russian|pro-Moscow|Russia|Russian|Russians|Ukraine|Ukrainian|"
    r"Ukrainians|Kyiv|Kiev|Moscow|Kremlin|Putin|Wagner|Zelenskyy?|SBU|HUR|GUR|AFU|"
    r"(?-i:RU|RuAF|RF|UA|UAF|ZSU|VSU)(?![\w/-]))"
)
# ("the Ukrainians' shelling killed a fighter": a plural's possessive too)
SIDE_POSS = rf"{SIDE}(?:['’]s|(?<=s)['’](?!\w))?"

ATTACKER_NOUN = (
    r"(?:forces|troops|army|military|missiles?|msls?|arty|drones?|strikes?|attacks?|shelling|artillery|"
    # a weapon named with its side: "RU Tochka-U", "Russian Iskanders", "Ukrainian HIMARS"
    r"Tochka(?:-U)?|Iskanders?(?:-M)?|Kalibrs?|Kinzhals?|Shaheds?|HIMARS|ATACMS|MLRS|Grads?|"
    r"helicopters?|aircraft|jets?|warplanes|planes|bombers|air force|navy|rockets?|units?|saboteurs|"
    r"soldiers|shells?|projectiles?|fire|airstrikes?|air strikes?|barrage|bombardment|assault|armed groups|"
    r"special forces|gunfire|mortars?|glide bombs?|regime|kamikaze drones|forces'|partisans|"
    # Russian officials' words for the other side: "Ukrainian formations", "militants"
    r"formations|militants|nationalists|occupiers|invaders|gunners|UAVs?|armed forces|"
    r"terrorists|neo-Nazis|Nazis|mercenaries|punitive forces)"
)
# "the Armed Forces of Ukraine", "the Armed Forces of the Russian Federation": read as
# "Ukrainian Armed Forces" so the side patterns see them.
ARMED_FORCES_OF = re.compile(
    r"\b(?:the\s+)?Armed\s+Forces\s+of\s+(?:the\s+)?(?P<c>Ukraine|Russia|Russian\s+Federation)\b"
)
# Whose words, when a side's own military speaks of its side's strike, make it a claim.
MILITARY_VOICE = re.compile(
    r"\b(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|MoD|General\s+Staff|armed\s+forces|"
    r"army|military|navy|air\s+force|command|security\s+service|SBU|GUR|HUR|intelligence|"
    r"special\s+operations|drone\s+forces|unmanned\s+systems)\b",
    re.IGNORECASE,
)
# "a Russian army base", "Russian positions", "Russian air defences": the side's
# asset is the target (or the defender), not the attacker.
NOT_ATTACKER_AFTER = re.compile(
    r"^\s*(?:base|bases|positions?|depot|warehouse|airfield|air base|ships?|vessels?|headquarters|"
    r"defen[cs]es?|air defen[cs]es?|missile defen[cs]e|command post|barracks|soil|territory|"
    r"cities|city|villages?|towns?|regions?|border|targets?|infrastructure|facilit|"
    # "the Kyiv City Military Administration reported": an office, not troops
    r"(?:civil(?:ian)?[\s-]+)?administrations?|command\s+said)",
    re.IGNORECASE,
)

ACCUSE = re.compile(
    # ("blamed the collapse on Ukrainian shelling": what it blamed, then on whom)
    rf"(?P<by>[^.,;]{{0,60}}?)\b(?:accus\w*|blam\w*(?:\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?on(?=\s))?|"
    # "City administration attributes it to a Russian missile": an accusation by its cause
    # (not "Ukrainian sources attributed the attack to the SBU": a side's own, a claim)
    r"attribut(?:es|ed|ing)\s+(?:it|this|them|the\s+[\w-]+)\s+to\s+(?:an?\s+)?(?=(?i:Russian|"
    r"Ukrainian)\s+(?:missiles?|drones?|rockets?|shells?|shelling|artillery|bombs?|strikes?)\b))"
    r"\s*(?:the\s+|an?\s+)?"
    # (not "blamed the civilian casualties on Russian air defence": the defender's debris)
    rf"(?P<side>{SIDE_POSS})(?!\s+air\s+defen[cs]e)(?:\s+\w+){{0,3}}?(?:\s+(?:of|for|and)\b|\s*[.,;:(]|\s*$)",
    re.IGNORECASE,
)
ATTACKER = re.compile(
    # (notes write the sides in lower case: "russian shells killed a woman there on the 6th")
    rf"\b(?P<side>{SIDE_POSS}|russian|ukrainian)\s+(?:(?!said|says|say|claimed|claims|accused|told|reported|Russian|Ukrainian|Russia|Ukraine)[A-Za-z][\w-]*[\s-]+){{0,2}}?(?P<noun>(?i:{ATTACKER_NOUN}))\b"
)
BY_SIDE = re.compile(
    # "shelling attributed to Ukrainian armed forces": how monitors name the side that fired.
    # (not "buildings used by Ukrainian military intelligence": who used the place struck)
    rf"(?<!used\s)(?<!occupied\s)(?<!controlled\s)(?<!held\s)(?<!operated\s)(?<!owned\s)(?<!run\s)"
    # (nor who set up the speakers: "authorities installed by Moscow in Luhansk said …")
    rf"(?<!installed\s)(?<!appointed\s)(?<!backed\s)(?<!supported\s)(?<!imposed\s)"
    rf"\b(?:by|attributed\s+to)\s+(?:the\s+)?(?P<side>{SIDE_POSS})(?:\s+(?:armed\s+)?(?:forces|troops|army|military|regime))?\b"
)
# a Ukrainian text's names for the russians: "the invaders bombarded Stepnohirsk"
THE_INVADERS = r"(?:invaders|occupiers|occupants|rashists?|ruscists?|orcs|katsaps)"
SIDE_VERB = re.compile(
    # (notes write the sides in lower case: "the russians fired about 60 shells")
    # (and a Ukrainian note's names for the russians: "the invaders bombarded Stepnohirsk")
    rf"\b(?P<side>{SIDE}|russians|ukrainians|{THE_INVADERS})(?:\s+regime)?\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|reportedly\s+|"
    r"(?:once\s+)?again\s+|repeatedly\s+|massively\s+)*"
    r"(?:fired|launched|struck|attacked|shelled|hit|bombed|bombarded|targeted|carried out|blew up|shot|"
    r"destroyed|damaged|"
    r"used|sent|unleashed|pounded|hammered|pummel+ed|battered|blitzed|slammed|rained|strafed|"
    # "Ukraine had attempted to strike the Kremlin": an attack told, whether or not it hit
    r"(?:attempted|tried)\s+to\s+(?:strike|attack|hit|shell|bomb|target))\b"
    # (not a passive's: "an apartment building in eastern Ukraine hit by Russian rockets")
    r"(?!\s+by\b)"
)
FROM_SIDE = re.compile(
    r"\b(?:fired|launched|shot|sent|came)\s+from\s+(?:the\s+)?(?:territory\s+of\s+)?(?P<side>Ukraine|Russia|Ukrainian|Russian)",
    re.IGNORECASE,
)
CLAIM = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|took|takes|take|accept(?:s|ed)?|assumed)\s+(?:\w+\s+)?responsibility\b"
    r"|\bclaimed\s+(?:the|an?|its)\s+(?:\w+\s+){0,2}(?:attack|strike|raid|operation)\b",
    re.IGNORECASE,
)
CLAIM_NEGATED = re.compile(
    r"\b(?:not|n't|never|yet to|no one|nobody|denied|deny|denies|without)\b(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
OWN_FORCES_CLAIM = re.compile(
    r"\b(?:said|says|reported|announced|confirmed|stated|write|writes|wrote)\s+(?:\w+\s+){0,3}?(?:that\s+)?"
    # ("said on Sunday that in response to … on Belgorod, its forces had struck …")
    r"(?:in\s+(?:response|retaliation)\s+to\b[^.;]{0,90}?,\s+)?"
    # ("said that over the past day its forces had destroyed an ammunition depot")
    r"(?:(?:over|during|in|on|overnight|at)\b[^,;.]{0,30}?,?\s+)?(?:its|their|our)\s+"
    # (its weapons, however described: 'its "high-precision long-range air-based weapons"')
    r"(?:[\"“]?(?:[\w-]+\s+){0,3}?weapons?\b|"
    r"forces|troops|units|drones|missiles|aircraft|aviation|navy|military\s+intelligence|"
    r"military|air force|fighters|artillery|gunners|soldiers|defenders|special\s+forces|"
    # ('the Security Service of Ukraine said its operation "Spiderweb" had hit …')
    r"(?:special\s+)?operation)\b"
    # (not "their forces shot down …": who defended)
    r"(?!\s+(?:had\s+|have\s+)?(?:shot|intercepted|downed|repelled))"
    r"|\b(?:said|says|reported|announced|confirmed|stated|claim(?:s|ed)?|boasted|bragged)\s+(?:\w+\s+){0,3}?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:destroyed|struck|hit|attacked|targeted|sunk|sank|downed|eliminated)\b"
    # (not "claimed it had destroyed 102 drones overnight": its air defence, not its strike)
    r"(?!\s+(?:over\s+)?(?:\d+|\w+)\s+(?:[\w-]+\s+){0,2}?(?:drones|UAVs|missiles|rockets)\b)"
    # ("The Kiev regime claims that it was hitting a base of the Wagner PMC": its own aim)
    r"|\bclaim(?:s|ed)?\s+(?:that\s+)?(?:it|they)\s+(?:was|were)\s+(?:hitting|striking|targeting|attacking)\b"
    # ("the governor later boasted on Telegram that Kiev's forces had hit it": a boast)
    r"|\b(?:boasted|bragged|boasts|brags)\b[^.;]{0,60}?\b(?:had\s+|has\s+|have\s+)?(?:hit|struck|destroyed)\b"
    # ("a source in Ukraine's HUR said the drone was theirs": the weapon owned)
    r"|\b(?:said|says|confirmed|told\s+[A-Z][\w.]*)\s+(?:that\s+)?the\s+(?:drones?|missiles?|UAVs?|"
    r"strikes?|attacks?)\s+(?:was|were)\s+(?:theirs|ours|its\s+own|their\s+own)\b"
    r"|[\"“‘]\s*(?:[Ww]e|[Oo]ur\s+(?:forces|troops|units|artillery|gunners|soldiers|defenders|"
    r"drones|army))\s+(?:have\s+|had\s+)?(?:fired|struck|hit|destroyed|attacked|targeted|launched)"
    # "a source in Ukraine's SBU told Reuters the agency had carried out the attack", "… that
    # the plant had been hit by the service's drones": a side's service speaking of its own work
    r"|\b(?:said|says|told\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:that\s+)?(?:the\s+)?"
    r"(?:agency|service|unit|brigade)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:carried\s+out|conducted|destroyed|struck|hit|attacked|targeted)\b"
    r"|\bby\s+(?:the\s+)?(?:agency|service|unit|brigade)(?:'s|’s)\s+(?:drones|missiles|forces)\b",
)
ALLEGED_WORD = re.compile(r"\b(?:allegedly|alleged|purportedly|reportedly)\b", re.IGNORECASE)
# "according to the Russian MoD", "according to Ukrainian military sources": a side's institution.
ACCORDING_TO_SIDE = re.compile(
    r"according to (?:the\s+)?(?P<side>Russian|Ukrainian|Ukraine's|Russia's|(?-i:[DL][PN]R))"
    r"(?:\s+(?:\w+\s+){0,2}?(?:MoD|Ministry(?: of Defen[cs]e)?|Defen[cs]e Ministry|"
    r"military(?: sources)?|forces|army|General Staff|Air Force|Navy|sources|officials|"
    # (the occupation's bodies speak for it alone: "according to the LPR office in the JCCC")
    r"authorities|command)\b|(?<=R)\b)",
    re.IGNORECASE,
)
# Russian state framing of Ukraine's side: the event is told in the accuser's words.
ACCUSER_FRAMING = re.compile(
    r"\b(?:Kiev|Kyiv)\s+regime\b|\bneo-?Nazis?\b|\bUkrainian\s+(?:nationalists|militants|"
    r"neo-?Nazis|formations)\b|\bAFU\b",
    re.IGNORECASE,
)
SIDE_SPEAKS = re.compile(
    r"\b(?P<side>Russia|Ukraine|Moscow|Kyiv|Kiev|Kremlin|DPR|LPR|DNR|LNR)\s+(?:\w+\s+)?(?:said|says|claimed|claims|"
    r"reported|announced|stated|insisted)\b"
)
SPEECH = re.compile(
    r"\b(?:said|says|say|told|sp(?:oke|eaks?)\s+of|claim(?:s|ed)?\s+that|claim(?:s|ed)?|according to|reported|reports|"
    r"stated|announced|wrote|writes|posted|posts|alleged|insisted|informed|warned|confirmed|"
    # "In Moscow, Peskov declined to comment on the strike": words, or their refusal
    r"(?:declined|refused)\s+to\s+comment|commented)\b",
    re.IGNORECASE,
)
SPEAKER_TITLE = re.compile(
    r"\b(?:governor|mayor|ministry|minister|spokes(?:man|woman|person)|officials?|authorities|"
    r"military|army|general staff|air force|president|administration|head|defen[cs]e|"
    r"emergenc\w+|media|agency|TASS|RIA|Kremlin|police|prosecutor\w*|commander|command|"
    r"sources?|intelligence|security\s+service|SBU|GUR|HUR|headquarters|HQ)\b",
    re.IGNORECASE,
)

WEAPON_MODELS = (
    r"Tochka-U|Tochka|Iskander(?:-M|-K)?|Kalibr|Kh-[1-9]\d{1,2}(?!\d)\w*|Kinzhal|Zircon|Oniks|Onyx|Shahed(?:-\d+)?|"
    r"Geran(?:-\d)?|Lancet|HIMARS|M142 HIMARS|M270 MLRS|M270|ATACMS|Storm Shadow|SCALP|Neptune|"
    r"S-300|S-400|Tu-143 Reis|Tu-141|Grad|BM-21 Grad|Smerch|Uragan|Tornado|RM-70 Vampire|RM-70|"
    r"Vampire|Bayraktar|Lyutyi|Liutyi|KAB-\d+|FAB-\d+|UMPK|Buk|Pantsir|Tor|Patriot|IRIS-T|"
    r"Krasnopol|Excalibur|Uragan|TOS-1A?|Vilkha(?:-M)?|Hrim-2|Bohdana|Palianytsia|Peklo|"
    r"Ka-52|Mi-8|Su-34|Su-25|Su-35|Tu-95|Tu-22M3|Tu-22"
)
WEAPON_NOUN = (
    r"(?:ballistic\s+|cruise\s+|guided\s+|anti-aircraft\s+|hypersonic\s+|kamikaze\s+|attack\s+|"
    r"long-range\s+|unguided\s+|glide\s+|guided aerial\s+|aerial\s+|naval\s+|sea\s+)?"
    r"(?:missiles?|drones?|rockets?|bombs?|shells?|munitions?|helicopters?|artillery|mortars?|"
    r"multiple launch rocket systems?|MLRS|rocket launchers?|UAVs?|jets?|warplanes|aircraft|"
    r"grenades?|mines?|cluster munitions|cluster bombs?)"
)
WEAPON = re.compile(
    rf"(?:\b(?:{WEAPON_MODELS})\b(?:[\s-]+[\w-]+){{0,4}}?\s+{WEAPON_NOUN}\b(?:\s+with\s+cluster\s+munitions)?"
    rf"|\b(?:{WEAPON_MODELS})s?\b"  # ("russian S-300s on the city")
    rf"|\b(?:(?:two|three|four|five|several|\d+)\s+)?(?:Russian\s+|Ukrainian\s+)?{_NOT_EGG}{WEAPON_NOUN}\b{_NOT_GLOSSED})"
)

EVENT_TYPES: list[tuple[str, re.Pattern[str]]] = [
    (
        "interception",
        re.compile(
            r"\b(?:intercept\w*|shot down|downed|downing|air defen[cs]e\w*|knocked out)\b", re.I
        ),
    ),
    ("drone strike", re.compile(r"\b(?:drones?|UAVs?|Shahed|Geran|Lancet|kamikaze)\b", re.I)),
    (
        "missile strike",
        re.compile(
            r"\b(?:missiles?|msls?|Iskander|Kalibr|Kinzhal|Tochka|ATACMS|Storm Shadow|Kh-[1-9]\d{1,2}(?!\d)|HIMARS)\b",
            re.I,
        ),
    ),
    (
        "air strike",
        re.compile(
            r"\b(?:air ?strikes?|air raids?|bomb(?:ed|ing|s)?|glide bombs?|helicopters?|warplanes|jets?|aircraft)\b",
            re.I,
        ),
    ),
    (
        "shelling",
        re.compile(
            r"\b(?:shell(?:ed|ing|s)?|artillery|rockets?|MLRS|Grad|mortars?|multiple launch)\b",
            re.I,
        ),
    ),
    ("explosion", re.compile(r"\b(?:explosions?|blasts?|exploded|blew up)\b", re.I)),
]
DEFAULT_EVENT_TYPE = "attack"

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a dozen": 12, "dozen": 12, "couple": 2, "a hundred": 100, "hundred": 100,
}  # fmt: skip
ANIMALS = (
    # (from the number's last digit: "40" cannot be read as a toll of 4)
    r"[\d,]*\s+(?:[a-z-]+\s+)?(?:dead\s+)?(?:animals?|livestock|cattle|cows?|calves|calf|pigs?|sheep|"
    r"goats?|horses?|chickens?|hens|poultry|birds|ducks|geese|dogs?|cats?|head\s+of)\b"
)
_NUM_WORD = "|".join(sorted((re.escape(k) for k in NUMBER_WORDS), key=len, reverse=True))
NUM = (
    # "no one was hurt" is zero (KILLED_NONE/INJURED_NONE), not one.
    rf"(?<![Nn]o\s)(?P<q>at least|more than|over|some|about|around|nearly|almost|up to|as many as|a total of|"
    rf"roughly|approximately)?\s*(?<![Nn]o\s)(?P<n>(?<![:.\d])\d[\d,]*(?![\d,]*[./:]\d)|(?:{_NUM_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
    # ("50+ hurt": a note's "at least")
    r"\+?"
)
# A town's former name in brackets, or what it is, set off by commas: "two residents of
# Ivanivske (Krasne until 2016) died", "a resident of X, a village on the road to Y, was killed"
_TOWN_ASIDE = (
    r"(?:\s*\([^()]{1,40}\)|,\s+an?\s+(?:village|town|city|settlement|suburb)\b[^,.;]{0,80},)?"
)
_WHO = (
    r"(?:\s+more(?=\s+(?:were|have|had|are|died|received|sustained|suffered)\b)"
    # "two port workers", "three local residents": one modifier before the person noun
    rf"|\s+(?:more\s+|other\s+)?(?:(?!(?:were|was|have|had|are|more|people|and|of|{_NUM_WORD})\b)(?:[a-z][\w-]*|[A-Z][a-z]+)\s+)?"
    r"(?:people|persons?|civilians?|residents?|children|child|soldiers?|"
    r"servicem[ae]n|individuals?|others|adults?|wom[ae]n|m[ae]n|workers?|passengers?|of them|"
    r"employees?|staff|firefighters?|rescuers?|police\s+officers?|policem[ae]n|pensioners?|"
    r"teenagers?|boys?|girls?|drivers?|volunteers?|medics?|paramedics?|civs?|"
    # kin and trades: "two brothers killed", "three farmers wounded"
    r"brothers|sisters|sons|daughters|relatives|neighbou?rs|farmers|miners|students|minors|"
    r"journalists|nurses|doctors|teachers|guards|prisoners?(?:\s+of\s+war)?|POWs?|inmates?|"
    # ("13 members of their emergency service", "four crew members": a body's people)
    r"members(?=\s+of\b)|(?<=crew\s)members?|(?<=staff\s)members?)"
    # ("two residents of Energodar were wounded": the town they live in)
    # ("thirteen rescuers of the DPR emergencies ministry killed": its body, in a few words)
    r"(?:\s+of\s+(?:(?:an?|the|their|its|his|her|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    rf"|(?-i:[A-Z][\w'’-]+){_TOWN_ASIDE}))?"
    r")?"
    # animals are not casualties: "killed more than 80 animals", "23 dead cows"
    rf"(?!{ANIMALS})"
    # nor is a distance: "a man killed two streets away"
    r"(?!\s+(?:streets?|blocks?|houses?|doors?|km|kilomet(?:re|er)s?|met(?:re|er)s?|miles?)\s+away\b)"
)
# an analyst's "woman 61 KIA", "man, 45, WIA": one person of that age, killed or wounded
NOTE_PERSON_AGE = re.compile(
    r"\b(?:an?\s+)?(?:man|woman|boy|girl|driver|pensioner|teenager)\s*,?\s*(?:aged\s+)?\d{1,2}"
    r"\s*,?\s+(?=(?:KIA|WIA)\b)"
    # a note's line of its own: "Woman, 81, killed." (not "a man and a woman, 38, injured")
    # (and a note's lower case: "OVA: girl 15 killed, others under rubble")
    r"|(?:^|(?<=[.;:]\s)|(?<=,\s))(?i:man|woman|boy|girl|driver|pensioner|teenager),?\s+(?:aged\s+)?"
    # (an age guessed: "man ~60 killed in his yard")
    r"~?\d{1,2},?\s+(?=(?:killed|wounded|injured|dead)\b)"
)
# Ages are not tolls: "Two men, aged 48 and 70, were killed", "a 17-year-old boy".
# "The 35-year-old died on the spot": an age standing for the person.
# A day of the month is no toll: "the strike on the station on April 8 killed more than 50".
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DAY_OF_MONTH = re.compile(
    rf"\b{_MONTHS}\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d)?"
    rf"|\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b(?:,?\s+(?:19|20)\d\d)?"
    # "an attack … in February 2023 killed three": a year is never a toll
    rf"|\b(?:{_MONTHS}\.?,?|(?<!born\s)in|since|during|until)\s+(?:19|20)\d\d\b"
    # "a block at 118 Naberezhna Peremohy", "the house at 5a Sadova Street": an address
    r"|\bat\s+(?:No\.?\s*)?\d{1,4}[a-z]?(?=\s+[A-Z])"
)
# A year of birth is no toll: "A woman, 1957 y.o.b., died", "a man born 1961", "(b. 1990)"
_BORN = (
    # (a list of them too: "3 more residents, born in 1958, 1971 and 2004, were injured")
    r"(?:(?:born|b\.)\s+(?:in\s+)?(?:19|20)\d\d(?:\s*(?:,|and|,\s*and)\s*(?:19|20)\d\d)*|"
    r"(?:19|20)\d\d\s*(?:y\.\s*o\.\s*b\.?|yob\b|"
    r"years?\s+of\s+birth|born\b|b\.))"
)
BIRTH_YEAR = re.compile(rf",\s*{_BORN}\s*,|\s*\(\s*{_BORN}\s*\)|\s+{_BORN}", re.I)
AGE_AS_PERSON = re.compile(
    r"\b\d{1,3}-year-old\b(?=\s+(?:died|was|is|has|had|suffered|sustained|remains)\b)"
)
# a child's age in words: "a boy of nine died"
_AGE_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen)\b"
)
# One person, by role or kin: "a woman", "her husband", "their son".
_PERSON = (
    r"(?:man|woman|person|boy|girl|child|civilian|resident|teenager|pensioner|driver|soldier|"
    r"serviceman|worker|policeman|volunteer|paramedic|rescuer|wife|husband|son|daughter|mother|"
    r"father|grandson|granddaughter|grandmother|grandfather|brother|sister|uncle|aunt|nephew|niece|"
    r"cousin|neighbou?r|infant|baby|newborn|"
    r"passenger|official|employee|guard|farmer|nurse|doctor|teacher|journalist|officer|local|"
    r"minor|watchman|janitor|caretaker|medic|firefighter|student|pupil|electrician|miner|builder|"
    r"courier|shopkeeper|seller|vendor)"
)
_ONE_OF = r"(?:an?|one|his|her|their|its|the)\s+(?:[\w-]+\s+)?" + _PERSON
# The counted group itself, "two men", "75 people" (shared by the list and its count).
_GROUP = (
    rf"(?P<n>\d{{1,3}}|{_NUM_WORD})\s+(?:[\w-]+\s+)?(?:people|civilians|residents|children|"
    r"m[ae]n|wom[ae]n|passengers|workers|soldiers|teenagers|boys|girls|employees|others)\b"
)
# "The driver, a man, and his wife": the second noun is the first person again. So is
# "his wife, a passenger, was injured" and "a man (born 1974) an employee of the station,
# was wounded": an aside between one person and the verb names no one new.
APPOSITION = re.compile(
    rf"\b(?P<who>the\s+(?:[\w-]+\s+)?{_PERSON}),\s*an?\s+(?:[\w-]+\s+)?{_PERSON}\s*,"
    rf"|\b(?P<one>(?:the|his|her|their|an?)\s+(?:[\w-]+\s+)?{_PERSON})\s*,?\s+an?\s+[^,.;]{{1,60}}?,"
    r"(?=\s*(?:was|has|had|is|died|received|sustained|suffered|got)\b)"
    # "Two passengers, a man and a woman, were injured": the count, then who they were
    # ("four people, two of them children, were injured": how many of them were who)
    rf"|\b(?P<group>{_GROUP.replace('(?P<n>', '(?:')}),\s*(?:an?|one|the|his|her|their|"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|one|some|most|all|many)\s+of\s+them)"
    r"\s[^,.;]{1,80}?,"
    r"(?=\s*(?:were|have|had|are|died|received|sustained|suffered|got)\b)",
    re.I,
)
# "a man and a woman were injured", "wounding a man and his wife": people counted one by one.
# "four passengers, women, and the driver were injured": a counted group in the list.
_GROUP_OF = (
    rf"(?:[Tt]he\s+)?{_GROUP.replace('(?P<n>', '(?:')}"
    r"(?:\s*,\s*[a-z][^,.;]{0,30}?\s*,)?"
)
# A group only leads a list: in "killed 30, including a girl, and 75 people were wounded" the
# girl is an aside of the dead, not one more of the wounded.
_LISTED = rf"(?:{_ONE_OF}|{_GROUP_OF})(?:\s*(?:,|and|,\s*and)\s*{_ONE_OF})+"
PEOPLE_LISTED = re.compile(
    rf"\b(?P<people>{_LISTED})\s+(?:(?:were|have been)\s+)?"
    r"(?P<what>killed|injured|wounded|hurt|died)\b"
    # The object list ends the clause: in "wounding two men, the local military administration
    # said" the administration is the speaker, not a third victim.
    rf"|\b(?P<verb>killing|injuring|wounding)\s+(?P<objects>{_LISTED})\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|and|as|when|while|near|during|inside)\b)",
    re.I,
)
GROUP_COUNT = re.compile(rf"\b{_GROUP}", re.I)
# "a man, 44, and a woman, 36, were injured", "a driver (52)": the number is an age.
PERSON_AGE = re.compile(
    rf"\b(?P<who>{_PERSON})(?:\s*,\s*\d{{1,3}}\s*(?:,|(?=\s+(?:and|were|was|is|are|died|has|had)\b))"
    # ("a girl of 16 wounded", "a woman of about sixty was killed")
    r"|\s*\(\d{1,3}\)|\s+of\s+(?:about\s+|around\s+|some\s+)?(?:\d{1,2}|(?:twenty|thirty|forty|fifty|"
    rf"sixty|seventy|eighty|ninety)(?:[- ][a-z]+)?|{_AGE_WORD})"
    r"(?=\s+(?:was\s+|were\s+)?(?:killed|wounded|injured|hurt|died)\b)"
    # ("a man (the owner of 12 goats and a horse) was killed": who he was, in brackets)
    r"|\s*\([^()]{3,120}\)(?=\s+(?:was|were|has\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt)\b))",
    re.I,
)
AGES = re.compile(
    r",\s*(?:aged|ages)\s+\d{1,3}(?:\s*(?:,|and|to|-)\s*\d{1,3})*\s*,?"
    r"|\b(?:aged|ages)\s+\d{1,3}(?:\s*(?:,|and|to|-)\s*\d{1,3})*"
    r"|(?<=men|ple|ans|nts|ren|oys|rls)\s*,\s*\d{1,3}\s+and\s+\d{1,3}\s*,"
    r"|\b\d{1,3}[- ]years?[- ]old\b"
    # "a man of 50", "a woman of 81": an age told after the person
    r"|(?:(?<=\bman)|(?<=\bwoman)|(?<=\bboy)|(?<=\bgirl)|(?<=\bpensioner))\s+of\s+"
    rf"(?:\d{{1,3}}|{_AGE_WORD})\b"
    # "a man born in 1958", "born in 1958, 1971 and 2004" (Russian and Ukrainian officials' style)
    r"|,?\s*\bborn\s+(?:in\s+)?(?:19|20)\d\d(?:\s*(?:,|and|,\s*and)\s*(?:19|20)\d\d)*\b,?",
    re.I,
)
# One person: "a woman was killed", "a 17-year-old boy was wounded" (ages already removed).
_ONE = r"\b(?:a|an|one|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?" + _PERSON
# what the person was doing, between them and the verb: "a woman walking on the street was killed"
# (what the people were doing, not "including four children": a count's aside)
_DOING = (
    r"(?:\s+(?!(?:including|excluding|according|following|during|regarding|bringing)\b)"
    r"[a-z]+ing(?:\s+(?!(?:was|were|has|had)\b)[\w'’-]+){0,4}?)?"
)
# "no one there was hurt", "nobody in the building had been injured".
_NOBODY = (
    r"\b(?:no(?:body|[- ]one)|no\s+(?:people|civilians|residents|one\s+else)"
    # "none of the milkmaids was hurt", "none of them were injured"
    r"|none\s+of\s+(?:them|us|the\s+[\w-]+|its\s+[\w-]+|our\s+[\w-]+))"
    r"(?:\s+(?!was\b|were\b|has\b|had\b|have\b)[\w-]+){0,3}?\s+"
    r"(?:was|were|has\s+been|had\s+been|have\s+been|got)\s+(?:reportedly\s+|seriously\s+)?"
)
# Nobody hurt is nobody killed either: a death would have been told.
# "There were no reports of casualties" (not "no immediate reports …": unknown yet, not zero)
_NO_REPORTS_OF = (
    r"\bno\s+reports?\s+(?:of|on|about)\s+"
    r"(?:any\s+)?(?:casualties|victims|injuries|deaths|dead|fatalities|people\s+(?:hurt|injured))\b"
)
KILLED_NONE = re.compile(
    rf"{_NO_REPORTS_OF}|"
    r"\b(?:no|without)\s+(?:casualties|deaths|dead|fatalities|victims|one was killed|one died)\b"
    rf"|{_NOBODY}(?:killed|hurt|harmed|injured|wounded)\b"
    r"|\bno(?:body|[- ]one)\s+died\b"
    # a note's "nobody hurt", "no one injured", "nobody on the route hurt": the verb left out
    r"|\bno(?:body|[- ]one)(?:\s+(?:on|in|at|of|among)\s+(?:the\s+|our\s+)?[\w-]+)?\s+"
    r"(?:killed|hurt|harmed|injured|wounded)\b",
    re.I,
)
INJURED_NONE = re.compile(
    rf"{_NO_REPORTS_OF}|"
    # (a log's "no injured reported", "no dead or injured")
    r"\b(?:no|without)\s+(?:(?:dead|deaths|killed)\s+(?:or|and|nor)\s+)?"
    r"(?:casualties|injuries|victims|wounded|injured|one was (?:injured|hurt|wounded))\b"
    rf"|{_NOBODY}(?:(?:killed|hurt)\s+or\s+)?(?:injured|hurt|harmed|wounded)\b"
    r"|\bno(?:body|[- ]one)(?:\s+(?:on|in|at|of|among)\s+(?:the\s+|our\s+)?[\w-]+)?\s+"
    r"(?:hurt|harmed|injured|wounded)\b",
    re.I,
)
# A clause that counts over a whole region or country: "Across the region 23 people were killed"
REGION_WIDE = re.compile(
    r"\b(?:[Aa]cross|[Tt]hroughout|[Ii]n)\s+the\s+(?:whole\s+|entire\s+)?(?:region|oblast|country)\b"
    r"(?!['’]s)[^;.]*"
)
# Either: "nobody hurt" tells no strike by its casualty word alone.
NO_ONE_HURT = re.compile(f"{KILLED_NONE.pattern}|{INJURED_NONE.pattern}", re.I)

# ", including two children," / ", 15 of them children," between a figure and its verb.
# (or an apposition: "one woman, a passer-by, was killed", "two men, both drivers, were")
_ASIDE = (
    r"(?:\s*,\s*(?:(?:including|among them|among whom|of whom|\d+ of them)[^,.;]{1,40}?|"
    r"(?:an?|both|all)\s+[\w-]+(?:\s+[\w-]+)?),)?"
)
# Soldiers in a side's claim: "up to 40 Ukrainian servicemen and foreign mercenaries were eliminated".
_FIGHTERS = (
    r"(?:\s+(?:Ukrainian|Russian|enemy|foreign))?\s+(?:servicemen|soldiers|troops|militants|"
    r"mercenaries|fighters|personnel)(?:\s+and\s+(?:foreign\s+)?\w+)?"
)
# "10 people are known to have been killed": a hedge between the figure and its verb.
# where they came from, between the people and their fate: "two people from the Belgorod
# Region were killed"
_FROM_A_PLACE = r"(?:\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?"
_HEDGE = r"(?:\s+(?:are|were|is|was)\s+(?:known|believed|confirmed|reported|said|thought)\s+to\s+have(?:\s+been)?)?"
# "the toll rose to four", "bringing the death toll to 20": a later, fuller figure.
TOLL_UPDATE = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|grew|jumped|reached|bringing|brought|now stands|"
    r"has reached|updated|as of|in total|in all|altogether|all told|upd|final|now|"
    # ("next day 4 dead, 151 injured", "Later the number was 47")
    r"next\s+day|later\s+the\s+(?:number|toll|count))\b"
    # ("Gladkov first said 3 killed, later 4 killed")
    r"|\bfirst\b[^.;]{0,60}\blater\b"
    # a note's "first report 3 dead; 11 dead by 08.10", "toll 7 -> 13 -> 15"
    r"|\bby\s+(?:the\s+)?(?:evening|morning|night|end\s+of|\d{1,2}[./]\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+day\b)"
    # (not a night's two days: "night 22->23", "night (17->18)")
    r"|(?<!night\s\d)(?<!night\s\d\d)(?<!night\s\(\d)(?<!night\s\(\d\d)(?:->|→)",
    re.I,
)


def _tally(head: str) -> re.Pattern[str]:
    """'the death toll … rose to 25', 'the number of injured reached 30': a count named first."""
    return re.compile(
        # (a day struck out of the words between leaves its comma: "evening, , has risen")
        rf"\b(?:{head})\s+(?:[\w'’-]+,?\s+|,\s+){{0,24}}?(?:to|of|at|is|was|reached|rose to|climbed to)\s+{NUM}",
        re.I,
    )


KILLED = [
    re.compile(
        rf"\b{NUM}{_WHO}{_FROM_A_PLACE}{_DOING}{_ASIDE}{_HEDGE}\s+(?:were|was|have been|had been|are|been|reportedly|later|subsequently)?"
        r"(?:\s+(?:now|confirmed|officially|reportedly|all|also))*\s*(?:killed|dead|died|perished|lost their lives)\b"
        rf"(?!{ANIMALS})",
        re.I,
    ),
    # ("two rescuers who had come to put out the fire after the first hit were killed by the
    # next one": a relative clause between the people and their fate)
    re.compile(
        rf"\b{NUM}{_WHO}\s+(?:who|that)\s+(?:(?!(?:killed|died|dead|wounded|injured)\b)[^.;]){{0,90}}?"
        r"\s(?:were|have\s+been|had\s+been)\s+killed\b",
        re.I,
    ),
    # "Russian attack kills 2, injures 6 in Mykolaiv": a headline's present tense
    re.compile(rf"\b(?:killing|killed|kills|claimed(?: the lives of)?)\s+{NUM}{_WHO}", re.I),
    # "one of them had died of his injuries", "two of the wounded later died": the dead
    # among those told
    re.compile(
        r"\b(?P<n>one|two|three|four|five|\d{1,2})\s+of\s+(?:them|the\s+(?:wounded|injured))\s+"
        r"(?:later\s+|has\s+|had\s+|have\s+|since\s+)*died\b",
        re.I,
    ),
    # "another resident was killed by russian shelling": one more
    re.compile(
        rf"\b(?P<n>another(?:\s+{_PERSON})?)\s+(?:was|has been)\s+(?:also\s+)?killed\b", re.I
    ),
    # a translated report's "a minor … received injuries incompatible with life": killed
    re.compile(
        rf"(?P<n>{_ONE})\s+(?:received|sustained|suffered)\s+(?:[\w-]+\s+)?injuries\s+"
        r"incompatible\s+with\s+life\b",
        re.I,
    ),
    # "a local resident was fatally wounded": wounded to death is killed
    re.compile(
        rf"(?P<n>{_ONE})\s+(?:was|has been)\s+(?:fatally|mortally)\s+(?:wounded|injured)\b", re.I
    ),
    re.compile(
        rf"\b{NUM}{_WHO}\s+(?:were|have been)\s+(?:fatally|mortally)\s+(?:wounded|injured)\b",
        re.I,
    ),
    # (not a verb's "lives": "the family from flat 61 lives in the next street")
    re.compile(
        rf"\b{NUM}\s+(?:deaths|fatalities|lives(?!\s+(?:in|with|at|on|near|next|there|here|alone|"
        rf"nearby|by)\b)|dead)\b(?!{ANIMALS})",
        re.I,
    ),
    re.compile(rf"\bdeaths?\s+of\s+{NUM}", re.I),
    re.compile(
        # ("a civilian resident of Yasinovataya died": the person's town between)
        # ("the neighbour across the road killed": where the person lived, between)
        rf"(?P<n>{_ONE})(?:\s+(?:of|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?{_TOWN_ASIDE}"
        rf"|\s+(?:next\s+door|(?:across|opposite|down)\s+(?:the\s+)?(?:road|street|hall|landing))"
        # ("a woman on his street killed": the street they lived on, between)
        rf"|\s+(?:on|in|from)\s+(?:his|her|their|our|my)\s+(?:street|block|building|house|village|road|yard)"
        # ("a baby born just two days ago has been killed")
        rf"|\s+born\s+(?:[\w-]+\s+){{0,4}}?(?:ago|earlier|before)"
        # ("a woman 70 y.o. killed right on the street": her age, between)
        rf"|,?\s+(?:aged\s+)?\d{{1,3}}\s*(?:y\.\s?o\.|y/o|yo|years?\s+old)?,?)?{_DOING}"
        r"(?:\s+(?:was|has been|had been|later|has))?(?:\s+also)?\s+(?:killed|dead|died)\b",
        re.I,
    ),
    re.compile(rf"\b(?:killing|killed)\s+(?P<n>{_ONE})\b", re.I),
    # a note's "a man's body found when they put the fire out", "a worker found dead"
    re.compile(
        rf"(?P<n>{_ONE})(?:['’]s\s+body\s+(?:was\s+|has\s+been\s+)?(?:found|recovered|pulled\s+out)"
        r"|\s+(?:was\s+)?found\s+dead)\b",
        re.I,
    ),
    # "The man who was wounded in Beryslav on Wednesday has died in hospital."
    re.compile(
        rf"(?P<n>{_ONE})\s+(?:who|that)\s+(?:was|had been)\s+(?:injured|wounded|hurt)\b"
        r"[^.;]{0,120}?\b(?:has\s+|had\s+|later\s+)?died\b",
        re.I,
    ),
    # "A drone struck a man on a bicycle. He died at the scene."
    # (or in someone's words: "In the evening he wrote that she had died in hospital")
    re.compile(
        r"(?:^\s*|\bthat\s+)(?P<n>He|She|(?<=that\s)(?:he|she))\s+(?:had\s+|has\s+)?"
        r"(?:later\s+|subsequently\s+)?(?:died|been\s+killed|was\s+killed)\b"
    ),
    # "Rescuers recovered the bodies of 37 people", "12 bodies were pulled from the rubble".
    re.compile(
        rf"\b(?:recovered|retrieved|pulled|found|removed|took)\s+(?:out\s+)?(?:the\s+)?bodies\s+of\s+{NUM}",
        re.I,
    ),
    re.compile(
        rf"\b{NUM}\s+bodies\s+(?:(?:were|have been|had been)\s+)?(?:recovered|retrieved|pulled|found)\b",
        re.I,
    ),
    # "a body found under a collapsed house", "one body was pulled out": one dead
    re.compile(
        r"\b(?P<n>(?P<one>an?|one))\s+body\s+(?:(?:was|has been|had been)\s+)?"
        r"(?:recovered|retrieved|pulled\s+out|found)\b",
        re.I,
    ),
    # the passive: "The bodies of 19 dead were recovered", "the bodies of 7 people were found"
    re.compile(
        rf"\bbodies\s+of\s+{NUM}\s+(?:[\w-]+\s+)?(?:were|have been|had been)\s+"
        r"(?:recovered|retrieved|pulled|found|removed)\b",
        re.I,
    ),
    # a Ukrainian or Russian line's "1 загиблий", "загинули 2 людини", "3 погибших"
    re.compile(
        r"(?<![\w.:/])(?P<n>\d+)\s+(?:(?:людин[иа]?|осіб|человек|мирн\w+)\s+)?"
        r"(?:загибл|загинул|погиб|вбит|убит)\w*"
        r"|(?:загинул[аио]?|погибл[аио]?|загинуло|погибло)\s+(?P<m>\d+)(?![\d:]|\.\d)"
        # ("загинула жінка", "погиб мужчина": one person, the verb first)
        r"|(?P<one>(?:загинула?|загинув|погибла?|погиб)\s+(?:жінка|чоловік|людина|дитина|"
        r"женщина|мужчина|человек|ребенок|ребёнок|пенсіонер\w*|пенсионер\w*))",
        re.I,
    ),
    # an analyst's "35 KIA / 134 WIA", "10 KIA": killed in action
    re.compile(r"(?<![\w.:/])(?P<n>\d+)\s*(?:x\s*)?KIA\b"),
    # ACLED's coded tail: "[fatalities=2]", "Fatalities: 2".
    re.compile(r"(?:\[\s*fatalities\s*=\s*|\bfatalities:\s*)(?P<n>\d+)", re.I),
    _tally(r"(?:death\s+)?toll|number (?:of )?(?:people |those |civilians )?(?:killed|dead)"),
    re.compile(
        rf"\b{NUM}{_FIGHTERS}\s+(?:were|have been|had been)\s+(?:killed|eliminated|neutrali[sz]ed|liquidated)\b",
        re.I,
    ),
]
_SUFFERED = (
    r"\s+(?:has\s+|have\s+|had\s+)?(?:received|sustained|suffered|got)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:wounds?|injur(?:y|ies)|concussions?|burns|trauma)\b"
    r"(?!\s+incompatible\s+with\s+life)"
)
INJURED = [
    re.compile(
        # ("six civilians waiting for the ferry were wounded": what they were doing, between)
        rf"\b{NUM}{_WHO}{_FROM_A_PLACE}{_DOING}{_ASIDE}{_HEDGE}\s+(?:were|was|have been|had been|are|been|got)?"
        r"(?:\s+(?:now|confirmed|officially|reportedly|all|also))*\s*(?:injured|wounded|hurt|hospitali[sz]ed)\b",
        re.I,
    ),
    # "wounding two more", "and wounded his two sons"
    re.compile(
        rf"\b(?:injuring|wounding|injured|wounded|injures|wounds)\s+(?:(?:his|her|their)\s+)?"
        rf"{NUM}{_WHO}",
        re.I,
    ),
    # "75 people sought medical help": how officials here count the wounded.
    re.compile(
        rf"\b{NUM}{_WHO}\s+(?:had\s+|have\s+)?(?:"
        # ("nine more received wounds of varying severity")
        r"(?:received|sustained|suffered)\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries)\b|"
        r"(?:sought|needed|required|received)\s+"
        r"(?:medical\s+(?:help|assistance|care|attention|aid)|treatment)\b"
        # ("64 people came to the hospitals", "12 people turned to doctors")
        r"|(?:came|went|turned)\s+to\s+(?:the\s+)?(?:hospitals?|doctors|medics)\b"
        r"|asked\s+(?:the\s+)?(?:doctors|medics)\s+for\s+help\b)",
        re.I,
    ),
    re.compile(rf"\b{NUM}\s+(?:injuries|injured|wounded)\b", re.I),
    re.compile(r"(?<![\w.:/])(?P<n>\d+)\s*(?:x\s*)?WIA\b"),  # "134 WIA": wounded in action
    # a Ukrainian or Russian line's "2 поранені", "поранено 5 людей", "3 раненых"
    re.compile(
        r"(?<![\w.:/])(?P<n>\d+)\s+(?:(?:людин[иа]?|осіб|человек|мирн\w+)\s+)?"
        r"(?:поранен|ранен|постраждал|пострадавш)\w*"
        r"|(?:поранен[оіи]|ранен[оы]|постраждал[иао]?|пострадали)\s+(?P<m>\d+)(?![\d:]|\.\d)",
        re.I,
    ),
    re.compile(
        rf"(?P<n>{_ONE}){_DOING}\s+(?:was|has been|had been)\s+(?:also\s+|slightly\s+|seriously\s+|badly\s+)?"
        r"(?:injured|wounded|hurt|hospitali[sz]ed)\b",
        re.I,
    ),
    re.compile(rf"\b(?:injuring|wounding|injured|wounded)\s+(?P<n>{_ONE})\b", re.I),
    # a note's verb left out: "a woman killed (60s), a girl of 16 wounded, in hospital"
    re.compile(
        rf"(?P<n>{_ONE})\s+(?:slightly\s+|seriously\s+|badly\s+|lightly\s+)?(?:injured|wounded|hurt)"
        r"(?=\s*(?:[,.;:(]|$))",
        re.I,
    ),
    re.compile(rf"\b(?:killed|dead)\s+and\s+{NUM}\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b", re.I),
    _tally(r"number of (?:people |those )?(?:injured|wounded)"),
    # a note's count told as it grew: "injured rose from 5 to 19 to 24" (its last)
    re.compile(
        r"\b(?:injured|wounded)\s+(?:rose|climbed|grew|went\s+up|increased)\s+from\s+\d+\s+"
        r"(?:to\s+\d+\s+)*to\s+(?P<n>\d+)",
        re.I,
    ),
    # "19 people were being treated for their injuries", "the driver was taken to hospital
    # with shrapnel wounds": how the wounded are counted where no one says "injured".
    re.compile(
        rf"\b{NUM}{_WHO}\s+(?:were|are)\s+(?:being\s+|still\s+)?(?:treated|in hospital)\s+"
        r"(?:for\s+(?:their\s+)?(?:injuries|wounds)|in\s+hospital)",
        re.I,
    ),
    # "At least 38 people, including six children, were admitted to hospitals" (a note's
    # without its verb: "one person killed, five taken to hospital")
    re.compile(
        rf"\b{NUM}{_WHO}{_ASIDE}\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:admitted|taken|rushed)\s+to\s+"
        r"(?:(?:the|a|local|nearby)\s+)?(?:[\w-]+\s+)?hospitals?\b",
        re.I,
    ),
    re.compile(
        rf"(?P<n>{_ONE})\s+(?:was|has been)\s+(?:taken|rushed|brought|admitted|hospitali[sz]ed)\b"
        r"[^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,2}?(?:wounds?|injur(?:y|ies)|concussions?|burns)\b",
        re.I,
    ),
    re.compile(
        r"^\s*(?P<n>He|She)\s+(?:was|has\s+been)\s+(?:also\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)\b"
    ),
    # a note's toll of one killed and one in hospital: "A boy of 15 killed, a girl of 17 in
    # hospital"
    re.compile(
        rf"\b(?:killed|dead|died)\b[^.;]{{0,30}}?,\s+(?P<n>{_ONE})(?:\s+(?:of|aged)\s+\d+)?\s+in\s+"
        r"(?:the\s+)?hospital\b",
        re.I,
    ),
    # "A woman was killed and another was injured": one more person, unnamed.
    re.compile(
        rf"\b(?P<n>another(?:\s+{_PERSON})?)\s+(?:was|has been)\s+(?:also\s+)?"
        r"(?:injured|wounded|hurt|hospitali[sz]ed)\b",
        re.I,
    ),
    # "one civilian was killed and another injured": the verb shared
    # (a note's comma for the "and": "a civilian killed, another wounded")
    re.compile(
        r"(?:\band|(?<=killed,)|(?<=dead,)|(?<=died,))\s+(?P<n>another)\s+(?:injured|wounded|hurt)\b"
        r"(?=\s*(?:[,.;:]|$|\s+(?:in|by|as|when|after|during)\b))",
        re.I,
    ),
    # "A woman received shrapnel wounds", "two men sustained blast injuries".
    re.compile(rf"(?P<n>{_ONE}){_SUFFERED}", re.I),
    re.compile(rf"\b{NUM}{_WHO}{_SUFFERED}", re.I),
]

REGION_SUFFIX = re.compile(
    # "the Grayvoron urban district", "Vasilyevsky municipal district": Russia's municipal units
    r"^[\s-]*((?:urban|municipal)\s+(?:district|okrug)|"
    r"(?:region|oblast|province|district|raion|rayon|krai|kray|territory|republic|governorate|area)\b"
    # an analyst's "Lviv obl.", "Fastiv r-n"
    r"|obl\.|obl\b|r-n\b|r-on\b)",
    re.IGNORECASE,
)
REGION_PREFIX = re.compile(
    r"\b(?:region|oblast|province|district|republic)\s+of\s+$", re.IGNORECASE
)

# What the word before a place says about its role. Descriptors between the
# preposition and the name are skipped: "in the southern port city of Odesa".
TARGET_PREP = {
    "in", "at", "on", "near", "outside", "over", "around", "across", "of", "against",
    "targeting", "targeted", "struck", "hit", "shelled", "attacked", "bombed", "pounded",
    "bombarded", "bombarding", "bombards",
    "into", "upon", "toward", "towards", "hitting", "striking", "shelling", "attacking",
    "damaged", "destroyed", "damaging", "destroying", "pounding", "rocked", "hammered",
    "pummeled", "pummelled", "pummeling", "pummelling", "battered", "battering", "blitzed",
    # ("explosions shook the Russian city of Belgorod before dawn")
    "shook", "rattled",
    # headline present tense: "Russian missile hits Dnipro"
    "hits", "strikes", "shells", "attacks", "targets", "pounds", "rocks", "hammers", "damages",
    "destroys",
    # "shelled more than 40 settlements, including Orikhiv", "among them Huliaipole"
    "including", "them",
    # a Ukrainian or Russian line's own: "в Конотопі", "у Харкові", "по Сумах", "біля Бахмута"
    "в", "у", "по", "на", "біля", "під", "поблизу", "возле", "около", "под",
    # "обстріл Краснопілля", "обстрел Белгорода": the shelling of the place named after it
    "обстріл", "обстрілу", "обстріли", "обстрілів", "обстрел", "обстрела", "обстрелы",
    "атака", "атаку", "атаки", "удару", "удари",
    # (and the verbs: "ВСУ обстреляли Горловку", "росіяни атакували Херсон")
    "обстріляли", "обстріляв", "обстреляли", "обстрелял", "атакували", "атакував", "атаковали",
    "атаковал", "вдарили", "ударили", "бомбили", "бомбардували", "бомбардировали",
    # what a strike leaves of a place: "razed Marinka", "levelled Popasna"
    "razed", "razing", "flattened", "flattening", "levelled", "leveled", "levelling",
    "leveling", "devastated", "obliterated", "obliterating",
}  # fmt: skip
# Troops moving, not striking: "Ukrainian forces broke through the front near Balakliia",
# "Russian troops advanced towards Kupiansk". Their side is no striker; the place no target.
GROUND_MOVE_AFTER = re.compile(
    r"^\s*(?:(?:had|have|has)\s+)?(?:broke(?:n)?\s+through|liberated|advanced|recaptured|"
    r"retook|retaken|pushed\s+(?:back|on|forward|through)|withdrew|retreated|counterattacked|"
    r"crossed|entered)\b",
    re.IGNORECASE,
)
GROUND_MOVE_BEFORE = re.compile(
    r"\b(?:broke(?:n)?\s+through|(?<!the\s)(?<!recently\s)(?<!newly\s)liberated|advanced|advancing|recaptured|retook|withdrew|"
    r"retreated|counterattacked|"
    # "an act of revenge for the army's successes near Balakliia, Izium and Kupiansk"
    # (and "the successes of the Armed Forces of Ukraine in the Kharkiv region": whose, then where)
    r"(?:successes|victories|gains)\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+|of\s+){1,5})?(?:near|around|at|in)|"
    # "advances in a surprise counteroffensive in the neighbouring Kharkiv region": ground
    r"(?:counter-?)?offensive|"
    # "as it tries to advance on Kramatorsk", "closing in on Pokrovsk": a front's aim
    r"advanc(?:e|es|ing)\s+(?:on|towards?|around|near)|clos(?:e|es|ing)\s+in\s+on|push(?:es|ing)?\s+towards?|"
    # ("as fighting around Bakhmut intensified", "carried out unsuccessful attacks around
    # Bakhmut and Avdiivka": a front's ground assaults)
    r"(?:fighting|battles?|clashes)\s+(?:around|near|for|over)|"
    r"(?:unsuccessful|failed|ground|offensive)\s+(?:attacks?|assaults?)\s+(?:around|near|on|towards?)|"
    # "repelled attempts … to cross the border near Tyotkino": a raid on the ground
    r"cross(?:ed|ing)?\s+the\s+border|"
    # "hours before Ukrainian troops rolled into the city of Kherson": an entry on the ground
    r"(?:troops|soldiers|forces|units|tanks)\s+(?:rolled|marched|drove|moved|entered)(?:\s+into)?|"
    # "as they consolidated their positions around Balakliia": a front line held
    r"consolidat\w+\s+(?:their\s+|its\s+)?(?:positions|control|gains)\s+(?:around|near|in|at|over)|"
    # "fighters claim a raid into the Kursk region", "an incursion into": ground, not air
    r"(?:raids?|incursions?|forays?|push)\s+into|"
    r"(?:try|tries|trying|tried|attempts?|attempting|seeks?|seeking)\s+to\s+(?:capture|seize|take|encircle|surround)|"
    # ("the division … took part in the attack on Kyiv's suburbs in 2022": an assault by troops)
    r"took\s+part\s+in\s+the\s+(?:attack|assault|offensive|advance)\s+on)"
    # ("retook dozens of settlements in the Kharkiv region, including Balakliia and Izium")
    # (or its place told again: "a new ground offensive north of Kharkiv, around Vovchansk")
    r"\b[^,;.]{0,50}(?:,\s+(?:(?:including|among\s+them|such\s+as)\s+[^,;.]{0,40}|"
    r"(?:around|near|close\s+to)\s+))?$",
    re.IGNORECASE,
)
# "reducing Vovchansk to ruins": the verb alone is no strike ("reduced Kyiv's demands")
REDUCED_TO_RUIN = re.compile(
    r"^\s+(?:to|into)\s+(?:ruins?|rubble|ashes|dust)\b",
    re.IGNORECASE,
)
# A diary's or caption's plural present: "Russian forces shell Chervonohryhorivka" (not "to
# shell Belgorod", "will strike Kyiv": an aim, not an event).
PLURAL_PRESENT = frozenset({"shell", "attack", "strike", "bomb", "pound", "hammer", "target"})
TARGET_PREP |= PLURAL_PRESENT
INTENT_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|cannot|may|might|must|should|not|never)\s+(?:\w+\s+)?"
    r"(?:shell|attack|strike|bomb|pound|hammer|target)\b[^.]*$",
    re.IGNORECASE,
)
# "made an unsuccessful attempt to attack Novorossiysk", "tried to strike": an attack made
ATTEMPT_MADE = (
    r"\b(?:(?:made|makes|carried\s+out)\s+(?:an?\s+)?(?:\w+\s+)?attempts?|"
    # ("tried early Monday to hit the Dyagilevo base": its time between)
    r"(?:unsuccessful|failed)\s+attempts?|attempted|tried)\s+(?:(?:early|late|on|last|this|"
    r"overnight|[A-Z][a-z]+day|morning|night|evening|again)\s+){0,3}?to\s+"
)
# "Ukraine had used jet drones to attack Engels": the means of a strike told, no aim
USED_THE_MEANS = re.compile(
    r"\b(?:had|has|have|it|they)\s+used\s+[^.;]{0,60}?\bto\s+(?:[\w-]+\s+){0,3}$", re.I
)
CONTEXT_PREP = {"from", "to", "with", "via", "by", "between", "and", "for", "about"}
SKIPPABLE = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "city", "town",
    "village", "villages", "settlement", "port", "capital", "regional", "region", "oblast",
    "southern", "northern", "eastern", "western", "central", "south", "north", "east", "west",
    "north-eastern", "northeastern", "south-eastern", "southeastern", "north-western",
    "northwestern", "south-western", "southwestern", "occupied", "russian-occupied",
    "formerly", "previously", "de-occupied", "temporarily", "same", "very",
    "frontline", "front-line", "besieged", "key", "nearby", "neighbouring", "neighboring",
    "industrial", "border", "embattled", "strategic", "small", "large", "major", "coastal",
    "outskirts", "suburbs", "centre", "center", "downtown", "of", "areas", "area", "districts",
    "district", "residential", "parts", "part", "heart", "russian", "ukrainian", "black", "sea",
    "urban-type", "hamlet", "rural", "community", "annexed", "liberated", "recaptured",
    "russia's", "ukraine's", "russia’s", "ukraine’s", "also", "neighborhood", "neighbourhood",
    "suburb", "quarter", "microdistrict", "streets", "street", "seaport", "settlements", "ports",
    "seaports", "republic", "autonomous",
    "towns", "cities", "localities", "locality", "hamlets", "communities", "territories",
    "territory", "skies", "sky", "airspace", "hometown", "birthplace", "native",
    # "the Black Sea resort village of Serhiivka", "the mining town of Pokrovsk"
    "resort", "seaside", "holiday", "mining", "riverside", "garrison", "spa",
    # "the Crimean city of Sevastopol", "the Siberian city of Irkutsk": a land's adjective
    "crimean", "siberian", "arctic", "belarusian", "moldovan", "donbas", "volga", "ural",
    # "Ukraine's second city Kharkiv", "the country's third-largest city": its rank
    "second", "third", "fourth", "fifth", "largest", "biggest", "second-largest",
    "second-biggest", "third-largest", "third-biggest", "fourth-largest", "fifth-largest",
}  # fmt: skip
WEAK_BEFORE = {"governor", "mayor", "residents", "people", "head", "authorities", "citizens",
               "officials", "administration", "native", "governors", "resident", "mayors"}  # fmt: skip
CONTEXT_AFTER = re.compile(
    r"^(?:['’]s\s+(?:foreign|defen[cs]e|interior|emergenc|ministr|government|governor|mayor|"
    r"authorit|official|military|army|forces|president|embassy|envoy|ambassador|administration|"
    r"head|leader|response|position|allies|partners|request|support)|\s*[- ]?(?:regime|time|based|born|"
    r"government|authorities|officials|said|says|told|claimed|accused|blames|blamed|has said|insists|"
    r"wrote|writes|posted|announced|"
    r"denied|warned|frontlines?|front|direction|axis|embassy|summit|talks|border|-based|-born|"
    r"declared|annexed|agreed|stated|believes|wants|demanded|lies|is located|sits|"
    # ("the press centre of the Tavria group of forces": a force named after a region)
    r"group\s+of\s+forces|(?:operational[- ]strategic\s+|operational\s+)?grouping|"
    # "Morozovsk is home to a regiment of bombers": what a place hosts, not a strike on it
    r"is home to|was home to|hosts|houses))",
    re.IGNORECASE,
)
WEAK_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:regional\s+)?(?:governor|mayor|region governor|authorities|officials|administration|"
    # "the Belgorod Region's operational headquarters": a body named after its region
    r"(?:operational\s+)?headquarters|"
    # "a source in the Ryazan emergency services told …": a body named after its town
    r"emergency\s+services|rescue\s+services|fire\s+service|police\s+(?:department|said|reported))\b",
    re.IGNORECASE,
)
SPEECH_PLACE_BEFORE = re.compile(
    r"\b(?:said|told|speaking|spoke|briefing|conference|interview|meeting|visit(?:ing|ed)?|summit|"
    r"address|speech|"
    r"statement|released|published|issued|council|session|forum|ceremony|parade|"
    r"talks|reporters|journalists|addressed|press|"
    # "Russia summoned the US ambassador in Moscow": where envoys are called in
    r"summoned|ambassador|envoy|embassy|"
    # "her post … drew criticism in Kyiv": where the words were answered
    r"criticism|criticised|criticized|condemnation|outrage|backlash|fury|anger|uproar)\b[^.]{0,40}$",
    re.IGNORECASE,
)
# Clauses that move a place out of the event: evacuees sent "to" X, X "annexed".
# "the ports continue to work despite the attacks": a place going on, no place struck
KEEPS_WORKING = re.compile(
    r"(?:continu\w+|keeps?|kept)\s+(?:to\s+)?(?:work|working|operate|operating|function|functioning)\b",
    re.IGNORECASE,
)
NON_EVENT_CLAUSE = re.compile(
    # (not a building so named: "destroyed the Literary and Memorial Museum of …")
    r"\b(?:memorial(?!\s+(?:museum|complex|cent(?:re|er)|park|hospital|estate|library|house))|plaque|unveiled|funerals?|buried|burial|in honou?r of|commemorat\w+|tribute|mourn\w*|"
    r"(?:remain\w*|stay\w*|treated|admitted|recovering|are|is|were|was|died)\s+(?:\w+\s+){0,2}?in\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospitals?|"
    r"(?:taken|transported|brought|rushed|sent|evacuated|transferred|flown|airlifted)\s+(?:[\w-]+\s+){0,3}?to\s+(?:a\s+|the\s+)?(?:[\w'’]+\s+)?hospitals?|transported|sent\s+(?:[\w-]+\s+){0,5}?to|launch(?:ed|es|ing)?\s+from|fir(?:ed|ing)\s+from|took off from|flying from|(?:bombers?|aircraft|planes?|jets?|warplanes?)\s+flying\s+over|coming from|hospitali[sz]ed|treated|transferred|taken to|brought to|airlifted|suppl(?:ied|ies|y|ying)\s+(?:\w+\s+){0,2}(?:troops|forces|units|the)|deal|agreement|signed|negotiat\w+|brokered|grain shipments|exports|relocat\w+|(?<!vehicle\s)(?<!car\s)(?<!bus\s)(?<!convoy\s)(?<!train\s)(?<!column\s)(?<!minibus\s)evacuat\w+|mov(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,5}?(?:from|to|out)\b|moved|sheltered|shelter centers|shelter centres|fled|(?:leave|leaving|left)\s+for|(?:continu\w+|conduct\w*)\s+(?:\w+\s+)?operations|deliver(?:y|ies|ing)?(?!\s+(?:service|company|firm|van|vehicle|truck|driver|point|terminal|warehouse|hub)s?\b)|"
    # "ammunition supply in Yehorivka" is a thing struck, "to supply troops in X" is not.
    r"(?<!ammunition\s)(?<!fuel\s)(?<!military\s)(?<!ammo\s)(?<!weapons\s)"
    r"suppl(?:y|ies|ying)(?!\s+(?:depots?|bases?|hubs?|points?|warehouses?|dumps?|convoys?|trucks?))|annex\w*|incorporat\w+|referendum|donat\w+|pledg\w+|aid package|talks|"
    r"visit\w*|summit|sanction\w*|met|meets|meeting|host(?:ed|ing|s)|"
    # an event's venue: "new print runs … due at the Book Arsenal festival in Kyiv"
    r"festival|exhibition|book\s+fair|concert|premiere|tournament|conference|forum|"
    # a measure taken, not a strike: "a high-alert regime had been introduced in the Kingisepp
    # district", "to reinforce air defenses around key facilities, including near St. Petersburg"
    r"(?:high[\s-]+alert|emergency|curfew|counter[\s-]?terrorist|counter[\s-]?terrorism)\s+regime|"
    r"(?:reinforc|strengthen|bolster)\w*\s+(?:its\s+|the\s+)?(?:air\s+)?defen[cs]es|"
    # ("a Russian cruise missile crossed into Polish airspace near the village of Oserdow")
    r"(?:crossed|entered|violated|strayed)\s+(?:into\s+)?(?:[\w-]+\s+)?airspace|"
    # an airport's measure during a raid: "flights were halted at the airports of Kazan and …"
    r"(?:flights?|air\s+traffic|departures|arrivals)\s+(?:[\w-]+\s+){0,3}?(?:halted|suspended|"
    r"restricted|delayed|diverted|grounded|stopped|paused)|"
    r"restrictions\s+(?:[\w-]+\s+){0,4}?(?:airports?|airfields?|flights?|air\s+traffic))\b"
    rf"|\b{KEEPS_WORKING.pattern}",
    re.IGNORECASE,
)
# "Kiev authorities claimed that …": a capital's name for the government that sits in it
ITS_GOVERNMENT = re.compile(r"\s+(?:authorities|government|regime|leadership)\b", re.IGNORECASE)
# "the attacks that Moscow blames on Kyiv": the accused side, not a place struck.
BLAMED_ON = re.compile(r"\bblam(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?on\s+$", re.IGNORECASE)
GOVERNMENT_IN = re.compile(
    r"\b(?:government|regime|authorities|leadership|officials?|embassy|ministry|parliament|leaders|"
    r"president|envoys?|diplomats?|counterparts?|office|headquarters|court|"
    # (a letter "to OVA in Sumy": the regional administration's seat)
    r"(?-i:OVA|ODA|RMA|MVA|CMA))\s+in\s+"
    # ("a Russian-appointed official in occupied Zaporizhzhia, says …")
    r"(?:(?:[\w]+-)?(?:occupied|held|controlled)\s+)?"
    # ("officials in the eastern town of Kramatorsk said")
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|port)\s+of\s+)?$",
    re.IGNORECASE,
)
BASED_AT = re.compile(
    r"\b(?:based|stationed|headquartered|born|raised|buried|registered|deployed)\s+(?:at|in|near)\s+(?:the\s+)?$|"
    # "NHK's correspondent in Moscow reports that …": where a reporter works
    r"\b(?:correspondent|reporter|stringer|journalist)s?\s+in\s+$|"
    # ("a Defense Ministry spokesman in Kyiv declined to confirm": where the speaker sits)
    r"\bspokes(?:man|woman|person)\s+in\s+$|"
    # "DPS Main Department in Donetsk oblast (working office in Kramatorsk)": where it works
    r"\b(?:working|field|temporary|relocated|regional|head|main)\s+office\s+(?:is\s+|now\s+)?in\s+$|"
    # "a Soviet model that was produced in Kharkiv": where a weapon was made
    r"\b(?:produced|manufactured|made|designed|developed|assembled)\s+(?:at\s+a\s+plant\s+)?in\s+(?:the\s+)?$|"
    # ("some families went to relatives in Stary Oskol": where they found shelter)
    r"\b(?:went|gone|go|going|stay(?:s|ed|ing)?|living|lives|mov(?:ed|es|ing)\s+in)\s+(?:to|with)\s+(?:their\s+|his\s+|her\s+)?"
    r"(?:relatives|family|families|friends|parents|children|son|daughter|sister|brother)\s+in\s+(?:the\s+)?$|"
    r"\b(?:native of|moved to|returned to|fled to|evacuated to|travel(?:led|ed)? to|"
    r"arriv(?:e|es|ed|ing)\s+(?:in|at)|"
    # "prisoners, many of them defenders of the Azovstal plant": who they are, not a strike
    r"defenders\s+of|veterans\s+of|survivors\s+of\s+the\s+siege\s+of|"
    r"back\s+in)\s+(?:the\s+)?$"
    # "prompted concern in Bucharest": where the news was heard, not where it happened
    r"|\b(?:concern|alarm|outrage|condemnation|anger|reactions?|protests?|criticism|dismay|"
    r"sympathy|solidarity)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?$"
    # "posts from pro-Kremlin Telegram channels in Belgorod and Moscow": where the sources are
    # (not "local media in Belgorod reported explosions": where the news and the blasts were)
    r"|\b(?:channels?|(?:mil)?bloggers?)\s+(?:based\s+)?in\s+(?:the\s+)?$"
    # "while US President Joe Biden was in Warsaw": where someone was meanwhile
    r"|\bwhile\s+(?:[\w.'’-]+\s+){1,6}?(?:was|were)\s+(?:in|visiting)\s+(?:the\s+)?$"
    # "We heard the explosions even in Ternopil", "felt as far away as Lviv": how far off
    # the blasts carried, not where they were
    r"|\b(?:heard|felt)\b[^.;]{0,40}?\b(?:even|as\s+far\s+(?:away\s+)?as)\s+(?:in\s+)?(?:the\s+)?$"
    # ("the smoke … was visible on weather radar in Pskov": where it was seen from)
    r"|\b(?:smoke|glow|flames?|fire|plume)\b[^.;]{0,40}?\b(?:visible|seen)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:in|from)\s+(?:the\s+)?$"
    # "had heard the explosions while waiting … at Shehyni": where the hearers were
    # (not "residents heard the explosions in Kharkiv": the blasts were there)
    r"|\bheard\s+the\s+(?:[\w-]+\s+)?(?:explosions|blasts|strikes|impacts|sirens)\b[^.;]{0,40}?"
    r"\bwhile\s+[^.;]{0,60}?\b(?:at|in)\s+(?:the\s+)?$"
    # "now lives with her sister in Lviv", "settled in Alberta": where someone lives
    # (not "her gran lives in Pasika … shelling there today": where the struck live)
    # ("ask the starosta (now in Zaporizhzhia) for the list": where someone is now)
    r"|\(\s*now\s+in\s+(?:the\s+)?$"
    r"|\b(?:now\s+(?:lives?|living|stays?|staying)|settled|resettled|relocated|sheltering)\s+"
    r"(?:(?!(?:hit|struck|shelled|attacked|killed|when|where)\b)[\w'’-]+\s+){0,4}?in\s+(?:the\s+)?$"
    # "a bus carrying residents towards Sumy": where travellers were going, not a strike
    r"|\b(?:carrying|travell?ing|driving|going|bound|en\s+route|evacuating|fleeing)\b[^.;:]{0,60}?"
    r"\b(?:to|towards?|for)\s+(?:the\s+)?$"
    # "urged those who remain in the Donbas region to leave": where people are, not a strike
    r"|\b(?:those|people|residents|civilians|families)\s+(?:who\s+)?(?:still\s+)?"
    r"(?:remain|live|stay)\w*\s+in\s+(?:the\s+)?$"
    # "in surgery in hospitals in the city and in Dnipro": where the wounded are treated
    r"|\bin\s+hospitals?\s+in\s+(?:the\s+(?:city|town)\s+(?:and|or)\s+(?:in\s+)?)?(?:the\s+)?$"
    # "will be flown by Emergencies Ministry aircraft to federal clinics in Moscow"
    # (not "a missile hit a medical clinic in Dnipro": the clinic struck)
    r"|\b(?:to|in|at)\s+(?:[\w-]+\s+){0,2}?(?:clinics?|medical\s+(?:facilities|centres|centers|"
    r"institutions)|burns?\s+(?:centres?|centers?|units?))\s+in\s+(?:the\s+)?$"
    r"|\b(?:flown|airlifted|transferred|transported)\s+(?:[\w-]+\s+){0,6}?to\s+(?:the\s+)?$"
    # "the plant in Ladyzhyn hit, power cuts in Vinnytsia until evening": where the outage
    # reached, not where the strike was
    # ("network restrictions remain in the Odesa region after earlier attacks")
    r"|\b(?:(?:power|electricity|water|heating|gas|network|grid)\s+(?:cuts?|outages?|shortages?|"
    r"restrictions?)|blackouts?|outages?)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?$"
    # ("electricity was switched off in five villages, among them Druzhba")
    r"|\b(?:power|electricity|light|water|gas|heating)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:switched|cut|turned|shut)\s+off\b[^.;]{0,60}?(?:\bin|\bamong\s+them|\bincluding)\s+"
    r"(?:the\s+)?(?:villages?\s+(?:of\s+)?)?$"
    # "see separate report of the national control centre in Kyiv": where a source sits
    r"|\b(?:control|dispatch|operations|coordination|situation|press|call|crisis)\s+"
    r"(?:cent(?:re|er)|room|office)\s+in\s+(?:the\s+)?$"
    # ("The regional HQ in Rostov-on-Don gave the fire area as 100 square metres")
    r"|\b(?:regional|operational|emergency|crisis)\s+(?:HQ|headquarters)\s+in\s+(?:the\s+)?$"
    # "missiles … expected to be used in Russia's Kursk region": where weapons may be used
    r"|\b(?:expected|planned|intended|likely|allowed|authori[sz]ed|permitted|cleared|going)\s+"
    r"to\s+be\s+(?:used|deployed|fired|launched)\s+(?:in|on|against|at|inside)\s+"
    r"(?:the\s+|[A-Z][\w'’]+['’]s\s+)?$",
    re.IGNORECASE,
)
SPOKE_IN = re.compile(
    r"\b(?:speaking|spoke|said|told reporters|told journalists|briefing|press conference|news conference|"
    r"meeting|met|visit(?:ing|ed)?|summit|talks|interview)\s+(?:\w+\s+){0,2}?in\s+$"
    # ("On the eve of the ceremony in the Kremlin, Ukrainian formations continued to shell …")
    r"|\b(?:ceremony|celebrations?|parade|signing|concert|festival|reception)\s+in\s+(?:the\s+)?$"
    # "a police spokesman told AFP in Sloviansk": an agency's reporter where the words were said
    r"|\btold\s+(?-i:AFP|AP|Reuters|Reuters|BBC|CNN|Ukrinform|RFE/RL|Interfax|TASS|RIA)\s+in\s+$"
    # "told an emergency session of the Security Council in New York"
    # (not "destroyed the village council in Dvorichna": a council's building)
    r"|\b(?:session|sitting|(?<!village\s)(?<!city\s)(?<!town\s)(?<!rural\s)(?<!district\s)"
    r"(?<!regional\s)(?<!settlement\s)council|conference|forum)\s+(?:of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s+){1,4})?"
    r"in\s+$"
    # "speaking in the regional capital Uzhhorod" (not "said that in the town of X, drones …")
    r"|\b(?:speaking|spoke|briefing|press\s+conference|news\s+conference|meeting|met)\s+in\s+"
    r"the\s+(?:[\w-]+\s+)?(?:capital|city|town)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
# "speaking from his office in Kramatorsk", "writing from Kyiv", "the commentators in
# Kiev-controlled Zaporozhye": where the words come from
SPOKE_FROM = re.compile(
    r"\b(?:speaking|spoke|writing|wrote|reporting)\s+from\s+"
    r"(?:(?:his|her|their|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:in|at)\s+)?$"
    r"|\b(?:commentators|bloggers|journalists|analysts|observers|pundits|experts|channels)[\"”']?\s+"
    r"in\s+(?:[\w'’]+-(?:controlled|held|occupied)\s+)?$",
    re.IGNORECASE,
)
CAPTION = re.compile(
    # An article needs its noun: "The search and rescue operation …" is no caption.
    r"^(?:(?:An?|The)\s+(?:[\w-]+\s+){1,3}?|(?:Rescuers|Firefighters|Emergency workers|People|"
    r"Residents|Local residents|Police|Soldiers|Workers|Servicemen|Rescue \w+|Volunteers|Women|Men|"
    r"Children|Relatives)\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:work|works|inspects?|looks?|stands?|walks?|clears?|removes?|searches|search|gathers?|carry|"
    r"carries|sits?|mourns?|helps?|reacts?|rest|rests|is seen|are seen|extinguish|extinguishes|"
    r"put out|puts out|pass|passes)\b"
)
# ", a day after Russia launched its biggest aerial attack": another event, told to date this
# one; whoever struck there did not strike here.
ANOTHER_EVENTS_TIME = re.compile(
    r",?\s+(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?)\s+"
    r"(?:after|before)\s+(?!(?:it|they|he|she|the\s+(?:strike|attack))\b)[^,.;]*"
    # ("fired on Vovchansk (…), liberated a week earlier; a high-rise was hit": what the
    # town had been through before, in an aside)
    r"|,\s+(?:liberated|recaptured|retaken|occupied|captured)\s+(?:a|one|two|three|four|five|several|"
    r"\d+)\s+(?:days?|weeks?|months?)\s+(?:earlier|before|ago)\b"
    # ("… killed a resident of Ivanopillia on Monday, as fighting around Bakhmut intensified":
    # the front's state as the strike's background)
    r"|,\s+as\s+(?:heavy\s+)?(?:fighting|battles?|clashes|the\s+battle)\s+[^,.;]{0,60}?"
    r"\b(?:intensified|raged|continued|went\s+on)\b"
)
# "The attack on Hroza …", "The strike in Serhiivka …": a sentence naming the place of the
# strike just told.
RETOLD_ATTACK = re.compile(
    r"^\W*The\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|shelling|bombings?|blasts?|explosions?)\s+"
    r"(?:on|in|at|near|against)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
    # "The Russian missile attack on a residential building … in the village of Serhiivka"
    r"(?:[A-Z]|(?:an?|the)\s+[a-z])"
)
# "That plant had already been knocked out by Russian missiles on March 22": an earlier event
# told inside the story, whose day is not the one the story goes on telling
FLASHBACK = re.compile(r"\bhad\s+(?:already|previously|earlier)\s+(?:been\s+)?\w+", re.IGNORECASE)
# "The strike on Kyiv came a day after a Russian drone hit a bus in …": the event this one is
# measured from follows, with its own places and day
MEASURED_FROM = re.compile(
    r"\b(?:came|comes|happened|occurred|took\s+place)\s+(?:[\w-]+\s+){0,4}?(?:after|before)\s+",
    re.IGNORECASE,
)
# "He did not mention the attack on Kharkiv": a strike told, named as what words are about
RETOLD_OBJECT = re.compile(
    r"\b(?:mention(?:ed|s)?|condemn(?:ed|s)?|comment(?:ed|s)?\s+on|call(?:ed|s)|describ(?:ed|es)|"
    r"denounc(?:ed|es)|discuss(?:ed|es)?|acknowledg(?:ed|es)|den(?:ied|ies)|blam(?:ed|es)|"
    # "Wheat futures rose after the attack on Izmail": measured from the strike told
    r"after|following|"
    # ("The search and rescue operation at the site of the strike in Poltava has been
    # completed. 14 people were killed": the strike told, its toll now)
    r"(?:site|scene|aftermath)\s+of)\s+"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|shelling|bombing|blast|explosion)\s+"
    r"(?:on|in|at|against)\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?=[A-Z])"
)
# the two sides' capitals, whose names also stand for their governments and forces
WAR_CAPITALS = frozenset({"kyiv", "kiev", "moscow"})
CAPITALS = {"moscow", "kyiv", "kiev", "washington", "london", "minsk", "warsaw", "paris", "berlin",
            "brussels", "beijing", "ankara", "tehran", "budapest", "vienna", "geneva", "rome"}  # fmt: skip
# Capitalised words that are never places here even if GeoNames lists a village by that name.
NOT_PLACES = {
    "vil",  # an analyst's "Vil. Rivne": the village's abbreviation, not the hamlet Vil
    # a route's words opening a log's line: "Mon 26.09 — Through Lozova (the station): …"
    "through", "via",
    # English words that are also small places' names (a note's "CUT.", "Log:", "Port
    # infrastructure was hit", "Human Rights Watch"): read as words
    "is", "or", "port", "side", "cut", "log", "never", "deep", "record", "size", "major", "baby",
    "trip", "radio", "siren", "signal", "snow", "step", "play", "human", "torn", "band",
    "as",  # "As of now: 18 killed" (a village of Crimea is spelt so too)
    # (nationalities that small villages share: "for the German buyer"; and an English noun:
    # "Rig No. 1 is back")
    "german", "spanish", "canadian", "english", "rig",
    "advertisement", "photo", "reuters", "ap", "afp", "getty", "images", "kremlin", "president",
    "governor", "mayor", "minister", "ministry", "defence", "defense", "foreign", "the", "a", "an",
    "in", "on", "at", "it", "he", "she", "they", "we", "i", "but", "and", "while", "however",
    "among", "relief", "western", "eastern", "southern", "northern", "again", "following",
    "concerned", "according", "tonight", "today", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "nato", "un", "eu", "us", "uk",
    "rescue", "firefighters", "army", "navy", "general", "staff", "security", "service", "council",
    "united", "nations", "state", "states", "department", "national", "guard", "air", "force",
    "regional", "military", "civil", "emergency", "emergencies", "police", "this", "that", "there",
    "these", "those", "after", "before", "during", "since", "when", "where", "what", "who", "why",
    "how", "also", "earlier", "later", "meanwhile", "separately", "elsewhere", "russian",
    "ukrainian", "russians", "ukrainians", "soviet", "west", "east", "north", "south", "centre",
    "center", "city", "region", "oblast", "district", "village", "town", "victory", "mission",
    "hope", "progress", "liberty", "freedom", "independence", "union", "belpressa", "tass", "ria",
    "interfax", "telegram", "twitter", "x", "facebook", "cnn", "bbc", "nbc", "cbs", "abc",
    "guardian", "times", "post", "news", "press", "media", "zakharova", "putin", "zelensky",
    # officials whose surnames the gazetteer also holds as villages ("Sadovyi: hits on
    # infrastructure", "power out in part of the city, Terekhov")
    "sadovyi", "sadovy", "terekhov", "chaus", "kim", "budanov", "belousov", "gerasimov",
    "tkachenko", "tymoshenko",
    "zelenskyy", "biden", "blinken", "gladkov", "konashenkov", "fedorov", "peskov", "shoigu",
    "lavrov", "kuleba", "klitschko", "anglo-saxons", "first", "second", "third", "one", "two",
    "three", "ministry's", "spokesman", "spokeswoman", "officials", "saint", "st", "oil", "gas",
    "tochka-u", "tochka", "iskander", "kalibr", "shahed", "geran", "himars", "patriot", "vampire",
    "buk", "tor", "grad", "uragan", "smerch", "tornado", "neptune", "lancet", "kinzhal", "reis",
    "vilkha", "bohdana", "palianytsia", "peklo",
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozens",
    "more", "most", "many", "some", "several", "energy", "sea", "black", "river", "bridge",
    "reservoir", "fleet", "command", "operation", "forces", "troops", "nuclear", "power", "plant",
    "station", "airport", "base", "intelligence", "armed", "office",
    "square", "street", "avenue", "raion", "krai", "republic", "people",
    # Ukraine's words for a community and a raion, capitalised at a line's start ("Hromada
    # head: …"), though GeoNames has a hamlet called Hromada
    "hromada", "hromadas", "rayon", "starosta",
    "children", "women", "men", "residents", "local", "services",
    "ukrinform", "suspilne", "meduza", "rbc", "izvestia", "kommersant", "vedomosti", "novaya",
    "gazeta", "pravda", "independent", "kyiv independent", "bloomberg", "politico", "axios",
    "crimean", "donbas-based", "updated", "published", "posted", "share", "comments", "video", "watch", "live",
}  # fmt: skip
# People a note names by their first name ("today 14:00 Sasha + Vitya", "(Nadia)"), which the
# world's gazetteer also holds as hamlets: alone, a person (a longer name may still start so).
# (not names of real cities: Vladimir, Anna, Sofia, Artem, Roman, Victoria, Larisa)
GIVEN_NAMES = frozenset({
    "sasha", "sania", "sanya", "vova", "nadia", "nadiya", "serhii", "taras", "ivan", "olga",
    "olha", "maria", "mariia", "natalia", "oleh", "oleg", "bohdan", "sveta", "dasha", "masha",
    "lena", "tanya", "nikolai", "yaroslav", "alexander", "denis", "maksym", "anton", "hanna",
    "ganna", "alla", "vera", "vira", "nina", "galina", "tamara", "stepan", "semen", "ilya",
    "illia", "nazar", "yana", "polina", "lesia", "kolia", "kolya", "slava", "zhora", "pasha",
    "lyuba", "luba", "yura", "dima", "vitya", "misha", "petya", "kostya", "ihor", "igor",
    # the commonest Ukrainian and Russian first names, as chats and notes write them (not
    # those that are also towns a text may mean: Volodymyr, Vladimir, Anna, Lida, Artem)
    "olena", "olya", "olia", "iryna", "irina", "oksana", "tetiana", "tatiana", "svitlana",
    "svetlana", "yulia", "julia", "kateryna", "katya", "katia", "anya", "inna", "lyudmyla",
    "liudmyla", "ludmila", "halyna", "lidia", "valentyna", "valya", "larysa", "larisa", "marina",
    "maryna", "viktoriia", "vika", "nataliya", "natasha", "ira", "zoya", "raisa", "mykola",
    "andrii", "andriy", "andrey", "dmytro", "dmitry", "serhiy", "sergey", "sergei", "oleksandr",
    "oleksii", "alexei", "alexey", "yurii", "yuriy", "pavlo", "pavel", "vasyl", "vasily",
    "vasya", "petro", "pyotr", "mykhailo", "mikhail", "viktor", "vitalii", "vitaliy", "ruslan",
    "yevhen", "evgeny", "zhenya", "kostiantyn", "konstantin", "valerii", "valeriy", "hryhorii",
    "grigory", "fedir", "fyodor", "vadym", "vadim", "maxim", "kirill", "kyrylo", "danylo",
    "daniil", "anatolii", "leonid", "borys", "boris", "lyosha", "tolik", "sonia", "kira",
    "alina", "diana", "karina", "uliana", "ulyana", "daria", "darya", "liza", "lisa", "nastya",
    "anastasia", "nataliia", "natalya", "natalka", "liudmila", "lyudmila",
    # (the official transliteration's double i: "Nadiia", "Yuliia")
    "nadiia", "yuliia", "anastasiia", "sofiia", "lidiia", "valeriia", "liliia", "zinaida",
    # kin named as a family chat names them ("Mama: explosions in the centre!!!")
    "mama", "mamo", "mum", "mom", "papa", "tato", "dad", "babusia", "babusya", "babushka",
    "babulia", "dido", "didus", "granny", "grandma", "grandpa",
})  # fmt: skip
# "(Petrenko)", "Sydorenko on duty": Ukraine's commonest surname ending, which villages named
# after people (Shevchenko, Sydorenko) share; alone, it is the person
SURNAME_FORM = re.compile(r"[A-Z][a-z'’]+enko|[А-ЯІЇЄҐ][а-яіїєґ'’]+енко")


# a note's name for a side: "the russians hit", "rashists hit", "VSU shelled", "RU arty"
NOTE_SIDE = re.compile(
    r"\b(?:russians?|rashists?|ruzzians?|RU|occupiers|orcs|enemy|VSU|AFU|ukrainians|UA\s+forces)\b",
    re.IGNORECASE,
)


def personal_name(word: str) -> bool:
    """Is a single word a person's first name or a surname by its form ("Sasha", "Petrenko")?"""
    return word.lower() in GIVEN_NAMES or SURNAME_FORM.fullmatch(word) is not None


# A name right before these is part of another name: "Kakhovka Reservoir",
# "Energy Ministry", "Black Sea Fleet" — not the town.
NAME_PART_AFTER = re.compile(
    r"^\s+(?:Reservoir|River|Sea|Lake|Canal|Dam|Nuclear|Power|Ministry|Service|Fleet|Council|"
    r"Agency|Forces|Street|Avenue|Square|Prospekt|Highway|Direction|"
    # not "thermal power plant" or "TPP": a thermal plant bears the name of the town it is
    # in or by (Zmiiv, Kurakhove); a nuclear or hydro plant often not (Zaporizhzhia's is in
    # Enerhodar), nor "the Zaporizhzhia power plant" as the press writes the nuclear one
    r"(?i:nuclear|hydroelectric|hydro-electric|power plant|power station|HPP|NPP|HES|"
    r"pipeline|gas pipeline|oil pipeline))\b"
    # a person's first name, their initial and surname: "Nataliia O. Bondar", "Ivan D. Zaiets"
    r"|^\s+[A-Z]\.\s*(?:[A-Z]\.\s*)?[A-Z][a-z'’]{2,}"
    # "the Solnechny housing estate", "the Trudovskiye microdistrict": a part of a city
    r"|^['’\"”]?\s+(?i:housing\s+estate|microdistrict|micro-?raion|mikro-?rayon|"
    r"residential\s+(?:area|complex))\b"
    # "the Maisky market in Donetsk": a market's name; where it is comes next
    r"|^\s+(?i:market|bazaar|shopping\s+(?:centre|center|mall)|mall)\s+(?:in|of|at)\s+"
    r"(?:[\w'’]+\s+){0,3}[A-Z]"
    # "the Kresty military airfield in the … city of Pskov": a site's name, its city next
    r"|^\s+(?i:(?:military\s+)?(?:airfield|air\s*base)|refinery|(?:oil\s+|fuel\s+)?depot|plant|factory)\s+"
    r"(?:in|of|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?i:city|town)\s+of\s+[A-Z]"
    # "near Olenivka on the Tarkhankut peninsula": a landform's name, not its village
    r"|^\s+(?i:peninsula)\b"
)
# Nouns for a part of a place: "the central square of Sumy" (not "south of Kyiv").
PART_OF_PLACE = {
    "square", "centre", "center", "district", "districts", "part", "parts", "outskirts",
    "suburbs", "suburb", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
    "areas", "area", "streets", "street", "heart", "quarter", "quarters", "microdistrict",
    # the former Soviet words for a city's parts: "the Tekstilshchik microraion of Donetsk"
    "microdistricts", "microraion", "microraions", "mikrorayon", "raion", "rayon",
    "downtown", "port", "outskirt", "edge", "territory", "section", "sections", "region",
    "front",  # "hit the square in front of the Chernihiv Drama Theater"
    # a facility of a town: "at the station of Krasnoarmeysk", "the airport of Kherson"
    "station", "airport", "airfield", "harbour", "harbor", "embankment", "bridge",
    # "hits on the port and industrial infrastructure of Izmail"
    "infrastructure", "facilities", "enterprises",
    "market", "marketplace", "bazaar", "hospital", "school", "church", "cathedral", "building",
    "buildings", "plant", "factory", "refinery", "depot", "warehouse", "stadium", "park",
    "university", "mall", "hotel", "airbase", "terminal", "substation", "dam", "shipyard",
    "beach", "cemetery", "houses", "homes", "blocks", "villages", "outlying",
    # "struck the roof of the Kursk railway station": a part of the thing struck
    "roof", "roofs", "facade", "windows", "yard", "courtyard", "entrance", "platform",
    # "at the stations of Krasnoarmeysk, Slavyansk and Barvenkovo": one facility of each town
    "zone", "zones",  # "shot down over the industrial zone of Kirishi"
    "stations", "airports", "airfields", "ports", "bridges", "plants", "factories", "refineries",
    "depots", "warehouses", "terminals", "substations", "hospitals", "schools", "markets",
    # "the house of culture of Ochakiv", "the museum of Kupiansk": the town's institutions
    "culture", "house", "palace", "museum", "theatre", "theater", "library", "kindergarten", "clinic",
    "lyceum", "college", "pier", "berth", "tower", "towers", "reactor", "reactors", "premises",
    "grounds",
}  # fmt: skip
# "the Odesa Polytechnic University building": an institution in the town, named after it.
INSTITUTION_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w'’\-]+){0,3}?\s+(?:University|Institute|Polytechnic|Academy|Hospital|"
    r"School|Lyceum|College|Gymnasium|Library|Museum|Theatre|Theater|Cathedral|Church|Market|"
    r"Refinery|Factory|Works|Plant|Station|Airport|Port|Shipyard|Depot|Mall|Centre|Center|Hotel|"
    r"Administration|Council|Government)\b"
)
AGGREGATE = re.compile(
    r"\b(?:(?<![:.,/])\d+(?:,\d{3})*|several|multiple|dozens of|hundreds of|a series of|a wave of|numerous|repeated)\s+"
    r"(?:\w+\s+)?(?:attacks|strikes|shellings|drone attacks|air strikes|airstrikes|times)\b"
    r"|\b(?:stepped up|intensified|escalated)\s+(?:\w+\s+)?(?:attacks|strikes|shelling|bombardment|drone attacks|missile attacks)\b"
    # ("as Moscow pressed on with missile attacks on Ukrainian cities": a campaign going on)
    r"|\b(?:pressed|pushed|pressing|pushing|kept|keeps)\s+on\s+with\s+(?:\w+\s+)?(?:attacks|strikes|"
    r"shelling|bombardments?)\b"
    # "Most casualties occurred in Donetsk, Kharkiv and Kherson regions": a distribution.
    # ("The majority of casualties occurred in Donetsk, Kharkiv and Dnipropetrovsk regions")
    r"|\b(?:most|the\s+(?:majority|bulk)|a\s+majority|the\s+largest\s+(?:share|number))\s+"
    r"(?:of\s+(?:the\s+)?)?(?:civilian\s+)?(?:casualties|deaths|victims|attacks|strikes|"
    # "The largest number of damaged institutions is in the Donetsk, Kharkiv … regions"
    r"(?:damaged|destroyed|hit)\s+(?:[\w-]+\s+)?[\w-]+)\b",
    re.IGNORECASE,
)
# where the site struck lies, told after the strike: "… reported that it is located in the
# town of Soltsy", "the refinery is situated near Afipsky"
SITE_IS = (
    r"\b(?:it|the\s+(?:air\s*field|air\s+base|base|plant|depot|refinery|site|facility|"
    r"airport|terminal|factory|warehouse))\s+(?:is|was|lies)\s+"
)
SITE_LOCATED = (
    SITE_IS + r"(?:(?:located|situated)\s+)?(?:in|at|near)\s+"
    r"(?:the\s+(?:town|city|village|settlement)\s+of\s+)?"
)
# "come under fire almost every day": a habit, not an event (unless the sentence dates one).
# A person's habit told in a clause of its own: "a woman from the next building who bought
# soap from me every week" (the strike told around it is no habit)
WHO_CLAUSE = re.compile(
    r"\bwho\s+(?!(?:is|are|was|were)\s+(?:shelled|hit|struck|attacked))[^,;.:]*"
)
# The habits of HABITUAL that are a rate of strikes: inside a month written, that month's strikes
# ("Throughout April 2023 … shelled Orikhiv almost daily")
HABIT_RATE = re.compile(
    r"(?:almost\s+|nearly\s+)?(?:daily|every\s+(?:(?:other|second|few|single)\s+)?(?:day|night)s?)|"
    r"regularly|repeatedly|constantly|frequently|again\s+and\s+again|time\s+and\s+(?:time\s+)?again|"
    r"(?:many|several|numerous)\s+times",
    re.IGNORECASE,
)

HABITUAL = re.compile(
    # ("… continues to blame the Armed Forces of Ukraine for the shelling of the town": a
    # standing accusation, no one strike)
    r"\b(?:continues?|keeps?)\s+(?:to\s+)?(?:blam(?:e|ing)|accus(?:e|ing))\b|"
    # ("The shop closes during shelling of the Voroshilovsky district": a standing rule)
    r"\b(?:closes|is\s+closed|stops|shuts|we\s+close|we\s+stop)\s+(?:[\w-]+\s+){0,2}?during\s+"
    r"(?:the\s+)?(?:shelling|air\s+raids?|alerts?|strikes|attacks)\b|"
    # ("while Kyiv keeps striking Crimea and Russian oil plants": a practice going on)
    r"\bkeeps?\s+(?:on\s+)?(?:striking|shelling|attacking|hitting|targeting|bombing)\b|"
    # ("officials say the shelling of Kherson region has not stopped": a practice going on)
    r"\b(?:has|have|had|did)\s+(?:not|never)\s+(?:stopped|stop|ceased|cease|let\s+up)\b|"
    # ("the Ukrainian side uses weapons supplied by the West for strikes on …": a practice told
    # in the present, no strike)
    r"\b(?:uses|use)\s+(?:[\w-]+\s+){0,5}?(?:weapons|missiles|drones|artillery|rockets)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:for|to)\s+(?:strikes?|shell|strike|attack|hit)\b|"
    # ("a story every other week", "every few days")
    r"\b(?:almost|nearly)?\s*(?:daily|every\s+(?:other\s+|second\s+|few\s+|single\s+)?(?:day|night|week|"
    r"morning|evening)s?|regularly|repeatedly|frequently|routinely|constantly|"
    r"intensified|increasingly|more\s+and\s+more(?:\s+often)?|ever\s+more\s+often|"
    # ("the strikes on Melitopol, Tokmak and Vasilyevka had become more frequent")
    # ("the shelling of Novaya Kakhovka, Aleshki and Golaya Pristan has become more intense")
    r"(?:become|became|grown|grew|are|were)\s+(?:more\s+(?:frequent|regular|intense|intensive)|"
    r"heavier)|"
    # "Sumy itself has been hit many times since": a count of no days
    r"(?:many|countless|numerous)\s+times|time\s+and\s+(?:time\s+)?again|again\s+and\s+again|"
    # ("are shelled several times a day": a rate, no one strike)
    r"(?:several|many|a\s+few|two|three|five|ten|dozens\s+of)\s+times\s+(?:a|per|each)\s+"
    r"(?:day|night|week)|"
    # "It is not the first time Pavlohrad has been hit": the strikes before, no day of theirs
    r"(?:is|was)\s+not\s+the\s+first\s+time|"
    # "drones had reached the Moscow region before": strikes before the one told, undated
    r"had\s+(?:[\w-]+\s+)?(?:reached|hit|struck|attacked|targeted)\b[^.;]{0,60}\bbefore(?=\s*[,.;])"
    r")\b"
    # ("Bakhmut - no jobs there any more, it is shelled all day": the present's every day)
    r"|\b(?:is|are|gets|get)\s+(?:shelled|bombed|hit|struck|attacked|pounded)\s+"
    r"(?:all\s+(?:day|night)|day\s+and\s+night|(?:a)?round\s+the\s+clock|non-?stop)\b"
    # "most strikes hit villages of the border districts": what strikes mostly do, no one strike
    r"|\b(?:most|many)\s+(?:of\s+the\s+)?(?:strikes|attacks|shells|drones|missiles|rockets)\s+"
    r"(?:hit|fall|land|strike|target)\b"
    # "has come under frequent attack this year", "after repeated shelling": a habit named
    r"|\b(?:frequent|repeated|regular|constant|near-daily)\s+(?:\w+\s+)?(?:attacks?|shelling|strikes|"
    r"bombardments?)\b"
    # "part of a campaign against oil facilities that has also hit refineries in the Nizhny
    # Novgorod region": what a campaign has done, no one strike
    r"|\bcampaign\b[^.;]{0,80}?\b(?:that|which)\s+(?:has|have)\s+(?:also\s+|already\s+)?"
    r"(?:hit|struck|targeted|damaged)\b"
    # "attacks with guided aerial bombs continued after a lull in June": a series going on
    r"|\b(?:attacks|strikes|bombardments|bombings)\b(?:\s+[\w-]+){0,5}?\s+continued\b"
    # "after earlier strikes on the ports of Ust-Luga and Novorossiysk": strikes before the
    # one told, no day of theirs
    r"|\b(?:earlier|previous|past|prior)\s+(?:[\w-]+\s+)?(?:strikes|attacks|raids|bombardments)\s+"
    r"(?:on|against)\b"
    # "has become a frequent target of Ukrainian drone and missile attacks"
    r"|\b(?:frequent|regular|constant|favou?rite|repeated|key|main|prime|major)\s+targets?\s+(?:of|for)\b"
    # "Since the end of May many patients have come to us with injuries after the strikes": the
    # perfect of a stretch of months, no one strike
    r"|\b[Ss]ince\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?-i:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\b"
    r"[^.;]{0,80}?\b(?:have|has)\s+(?:[\w-]+\s+)?(?:come|been\s+coming|arrived|seen|treated|received)\b"
    # "has been attacking it more often in recent weeks": a trend told in the progressive
    r"|\b(?:has|have)\s+been\s+(?:\w+ing)\b[^.;]{0,60}\b(?:in|over)\s+(?:recent|the\s+past|the\s+last)\s+"
    r"(?:few\s+)?(?:weeks|months|days)\b"
    r"|\b(?:in|over)\s+(?:recent|the\s+past|the\s+last)\s+(?:few\s+)?(?:weeks|months)\b[^.;]{0,40}"
    r"\b(?:has|have)\s+been\s+\w+ing\b"
    # ("at the end of a week in which Russian attacks killed more than twenty people": a
    # span's toll, no one strike)
    r"|\b(?:a|the|one)\s+(?:[\w-]+\s+)?(?:week|month|year)\s+(?:in\s+)?which\b"
    # "where Russian forces keep attacking", "continue to storm": a front's fighting going on
    r"|\b(?:keeps?|kept|continues?|continued)\s+(?:to\s+)?(?:attack(?:ing)?|assault(?:ing)?|storm(?:ing)?|"
    r"advanc(?:e|ing)|push(?:ing)?)\b"
    # "has come under growing attack", "under constant fire": a trend, not one strike
    r"|\bunder\s+(?:growing|increasing|mounting|intensifying|heavier|constant|persistent|"
    r"repeated|regular|near-daily|nightly|daily)\s+(?:\w+\s+)?(?:attacks?|fire|shelling|bombardment)\b"
    # "has been struck several more times since 2022": a tally of a period, not one event
    r"|\bsince\s+(?:the\s+(?:start|beginning|first\s+days?|outbreak)\b|(?:(?:late|early|mid-)?\s*[A-Z][a-z]+\s+)?20\d\d\b|"
    r"then\b|the\s+(?:war|invasion|siege))|\bseveral\s+(?:more\s+)?times\b|\b(?:again\s+and\s+again|time\s+and\s+(?:time\s+)?again|over\s+and\s+over)\b|\bmore\s+than\s+a\s+dozen\b|\bdozens\s+of\s+times\b"
    r"|\b(?:months|weeks|years)\s+of\s+(?:\w+\s+)?(?:shelling|strikes|attacks|bombardment|bombing|air\s+raids)\b"
    # "the shelling of Nikopol comes from the left bank, mostly in the morning": when it
    # usually comes, no one strike
    # ("Shelling heard across the river again at night, normal for us now": the usual)
    r"|\bnormal\s+(?:for\s+(?:us|me|them)\s+)?(?:now|these\s+days|by\s+now)\b"
    r"|\b(?:mostly|usually|typically|normally|often)\s+(?:in\s+the\s+|at\s+)(?:morning|evening|night|"
    r"afternoon|dawn)s?\b"
    # "villages such as X have been shelled for months": a perfect that lasts, no one strike
    r"|\b(?:has|have)\s+been\s+(?:\w+\s+)?\w+(?:ed|en|ck)\s+(?:\w+\s+){0,3}?for\s+(?:many\s+|several\s+|"
    r"two\s+|three\s+)?(?:months|weeks|years)\b"
    # "From there, the occupiers launch missile strikes on … cities, including Kyiv": what
    # they do, in the present, not a strike told
    r"|\b(?:occupiers|Russians|invaders|they)\s+(?:launch|fire|carry\s+out)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes|attacks|missiles|drones)\s+(?:on|at|against)\b",
    re.IGNORECASE,
)
# "the hospital, damaged during the occupation": a period's harm, no date to map it on. With a
# date of its own ("in March 2022, … shelled X during the siege") it is that date's event.
DURING_A_PERIOD = re.compile(
    r"\bduring\s+the\s+(?:(?:Russian|Ukrainian|\d+-day|months-long)\s+)?"
    r"(?:occupation|siege|fighting|hostilities|war|invasion)\b"
    # ("everything damaged since October needs replacing": damage summed over months)
    rf"|\b(?:damaged|destroyed|hit|struck)\s+since\s+(?:the\s+(?:start|beginning)\b|{_MONTHS}\b|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "between July 2024 and March 2025, drone attacks killed at least 95": months, no one event
MONTHS_SPAN = re.compile(
    rf"\b(?:between|from)\s+(?:(?:early|late|mid)[\s-]+)?{_MONTHS}(?:\s+(?:19|20)\d\d)?\s+"
    rf"(?:and|to|until|till|through)\s+(?:(?:early|late|mid)[\s-]+)?{_MONTHS}\b(?!\s+\d{{1,2}}\b)"
    # ("infrastructure damaged by Russian missile strikes during the winter": a season's sum)
    r"|\b(?:strikes|attacks|shelling|bombardments?)\s+(?:during|over|throughout)\s+the\s+"
    r"(?:(?:whole|entire|past|last)\s+)?(?:winter|summer|spring|autumn|months)\b"
)
# "four civilians were killed in the town by similar attacks during the month": a period's
# tally told after an event, not that event's toll.
PERIOD_TALLY = re.compile(
    r"\b(?:during|over|throughout|in)\s+the\s+(?:(?:whole|entire|same|past|last)\s+)?"
    r"(?:month|week|year|period|summer|winter|spring|autumn|(?:few\s+|several\s+|two\s+|three\s+)?days)\b"
    r"|\bsimilar\s+(?:[\w-]+\s+)?"
    r"(?:attacks|strikes|shelling|incidents)\b|\bso\s+far\s+this\s+(?:month|year|week)\b"
    # "Across Ukraine, at least 14 people were killed": the country's toll, not one town's
    r"|^\s*(?:across|throughout|all\s+over)\s+(?:Ukraine|Russia|the\s+country)\b"
    r"|\b(?:nationwide|across\s+the\s+country|across\s+Ukraine)\b",
    re.IGNORECASE,
)
# "victims … since 24 February 2022: 4,333 killed": the war's tally, not a day's event. Not
# "the biggest attack since the start of the war": a superlative measures one event.
WAR_TALLY = re.compile(
    r"^(?!.*\b(?:most|biggest|largest|deadliest|worst|heaviest|first|longest|greatest|"
    # an ordinal ranks the event told: "the sixth such strike on the site since the invasion"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"major|massive|\w+est)\b[^.;]{0,80}\bsince\b)"
    r".*\bsince\s+(?:(?:24\s+)?February(?:\s+24)?(?:,?\s+2022)?|24[./]0?2[./](?:20)?22\b|the\s+(?:start|beginning)\s+of\s+"
    r"the\s+(?:full-scale\s+)?(?:war|invasion)|the\s+(?:full-scale\s+)?invasion)\b",
    re.IGNORECASE | re.DOTALL,
)
# A court, a verdict, a case file: the strike is what the proceedings are about.
LEGAL = re.compile(
    r"\b(?:sentenced|convicted|verdict|indicted|in\s+absentia|criminal\s+(?:cases?|proceedings?)|"
    r"cases\s+of\s+(?:shelling|killings?|attacks?)|went\s+on\s+trial|stood\s+trial|trial\s+of|"
    # "the SBU detained a man suspected of guiding drone strikes": an arrest, the strikes its cause.
    r"detained|arrested|apprehended|charged\s+with|"
    r"according\s+to\s+(?:the\s+)?(?:indictment|case\s+files?|verdict))\b",
    re.IGNORECASE,
)
# "According to the investigation, on 15 October the Russian army shelled Kherson": how
# prosecutors report a strike. A trial's or an arrest's only when the paragraph is about one.
INVESTIGATION = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:investigation|investigators)\b", re.IGNORECASE
)
COURT_CASE = re.compile(
    r"\b(?:court|trial|sentenced|convicted|verdict|indictment|suspicion|suspect(?:ed)?|"
    r"detained|arrested|prison|treason|collaborat\w+|passed\s+(?:the\s+)?(?:locations|coordinates|data))\b",
    re.IGNORECASE,
)
# "permission to strike", "would not join the war unless attacked": no strike happened.
IRREALIS_BEFORE = re.compile(
    r"\b(?:unless|if|would|could|might|may|will|can|cannot|can't|won't)\s+(?:[\w-]+\s+)?$"
    # "Russia could launch another massive attack on the grid": a forecast, no strike.
    r"|\b(?:would|could|might|may|will|can)\s+(?:launch|carry\s+out|stage|mount|conduct|resume)\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # "the ministry promises strikes on decision-making centres if this continues": a threat
    # ("accused Russia of preparing a 'terrorist attack' on the dam": a plot, not a strike)
    r"|\b(?:promis(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|vow(?:s|ed)?|warn(?:s|ed)?\s+of|"
    r"prepar(?:e|es|ed|ing)|plott?(?:s|ed|ing)?)\s+"
    r"(?:an?\s+|the\s+)?[\"“‘']?(?:(?:new|more|further|retaliatory|massive|harsh|terrorist)\s+)?$"
    # an infinitive of intent or leave, not "due to" or "next to"
    r"|\b(?:permission|allowed|authori[sz]ed|right|able|plans?|planning|intends?|intended|"
    # not "tried"/"attempted": "attempted to strike the airfield with drones" tells an
    # attack that was made (and shot down), an incident like any interception
    # ("made an unsuccessful attempt to attack Novorossiysk": one made, like "attempted")
    r"threaten\w*|vowed|promised|wants?|wanted|try|tries|trying|"
    r"(?<!\ban\s)(?<!unsuccessful\s)(?<!failed\s)attempts?|going|"
    r"decided|refused|ready)\s+to\s+(?:[\w-]+\s+)?$"
    # "accusing Ukraine of planning an attack on his country": an attack not (yet) made
    r"|\b(?:planning|plotting|preparing)\s+(?:an?\s+|the\s+|another\s+)?(?:[\w-]+\s+)?$"
    # "the threat of ballistic missiles", "Threats recorded: attack UAVs moving towards …"
    r"|\bthreats?\s+(?:of|from)\s+(?:[\w-]+\s+){0,3}?$|^\s*Threats?\b.*$"
    # "We expect Russian forces … to keep up large-scale missile and drone strikes": a forecast
    r"|\b(?:expect(?:s|ed)?|(?:un)?likely|poised|bound)\s+(?:[^.;]{0,200}?\s)?to\s+(?:[\w-]+\s+){0,6}?$"
    # "to force us into striking back", "provoke Kyiv into attacking": a wanted reaction.
    r"|\b(?:forc|provok|goad|lur|push|drag)(?:e|es|ed|ing)?\s+(?:[\w-]+\s+){0,2}?into\s+$",
    re.IGNORECASE,
)
# "Sumy has faced increasing attacks since August": a state of affairs, not an event.
ONGOING = re.compile(
    r"\b(?:has|have|(?P<had>had))\s+(?:been\s+)?(?:faced|endured|suffered|seen|come\s+under|"
    r"been\s+under)\s+(?:\w+\s+){0,2}?(?:attacks|strikes|shelling|bombardment|drone\s+attacks|fire)\b"
    # "said the village had come under mortar fire on Wednesday": a past event told, unless
    # a span says it went on ("had endured shelling for months")
    r"(?(had)(?=[^.;]*\b(?:for|since|every|daily|constantly|repeatedly|regularly|months|weeks|"
    r"years|almost|nearly)\b))"
    # ("In Kharkiv, the investigation into the shelling of residential blocks continues": the
    # case goes on, the strike is no news)
    r"|\binvestigations?\s+into\s+(?:the\s+)?[^.;]{0,80}?\b(?:continues|continue|is\s+ongoing|"
    r"are\s+ongoing|goes\s+on)\b",
    re.IGNORECASE,
)
# "Since early morning the city has been under massive fire": the day's event, still going on
SINCE_THIS_MORNING = re.compile(
    r"\b(?:since|from)\s+(?:early\s+|this\s+|the\s+early\s+)?(?:morning|dawn|midnight|daybreak)\b"
    r"|\b(?:since|from)\s+(?:last\s+night|the\s+night)\b|\ball\s+(?:day|night|morning)\b(?!\s+long\s+ago)",
    re.IGNORECASE,
)
NEW_EVENT = re.compile(
    r"^(?:Separately|Elsewhere|In a separate (?:incident|attack|strike)|In another (?:incident|attack|strike)|Meanwhile)\b"
)
RELATIVE_CLAUSE = re.compile(
    r"(?:,\s+(?:which|where|who|whose)|\bsince|\bwho\s+(?:was|were|had been)|\bfrom\s+over)\b[^,;]*$"
)
# "The attack came less than two weeks after a missile strike on a playground in Kryvyi
# Rih": an earlier strike measured from this one, its day not told.
RETOLD_AFTER = re.compile(
    # "As a retaliation operation for the strike … in Makeyevka, …": the strike avenged, retold
    # (or after a "said that": "the ministry said on Sunday that in response to what it
    # called a terrorist attack on Belgorod, its forces had struck …")
    r"(?:^\W*|\bthat\s+)(?:As\s+(?:an?\s+)?|[Ii]n\s+)(?:retaliation|response|revenge|reprisal)\s+(?:\w+\s+)?"
    r"(?:for|to)\b[^,;]*$|"
    r"\b(?:came|comes|happened|followed|occurred|took\s+place)\s+(?:(?:less|more)\s+than\s+|"
    r"about\s+|nearly\s+|almost\s+|just\s+|only\s+)?(?:an?|one|two|three|four|five|six|\d+)\s+"
    r"(?:days?|weeks?|months?)\s+(?:after|before)\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:strike|attack|shelling|bombing|bombardment|raid)\s+(?:[\w'’-]+\s+){0,5}?"
    # (or its weapons and what they did: "It came two days after Russian missiles killed at
    # least 10 people in Kharkiv")
    r"|(?:Russian|Ukrainian)\s+(?:missiles|drones|rockets|shells|bombs|strikes)\s+(?:killed|hit|"
    r"struck|damaged|destroyed)\s+(?:[\w'’,-]+\s+){0,6}?)"
    r"(?:on|in|at|near|against)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "Monday's barrage, which hit Kyiv, Lviv and Dnipro": the clause's own verb strikes the place.
STRUCK_IN_CLAUSE = re.compile(
    r",\s+(?:which|that)\s+(?:also\s+|later\s+)?(?:hit|struck|targeted|pounded|damaged|destroyed)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:in\s+|on\s+|near\s+)?$",
    re.IGNORECASE,
)
# "the man who was injured in Beryslav … has died": where the victim was hurt is the event's place.
VICTIM_CLAUSE = re.compile(
    r"\bwho\s+(?:was|were|had\s+been)\s+(?:seriously\s+|badly\s+|critically\s+)?(?:injured|wounded|hurt|killed)\s+"
    r"(?:(?:earlier|previously|yesterday|today|also|later)\s+)?"
    # ("who was injured by falling drone debris in Liski")
    r"(?:by\s+(?:[\w-]+\s+){1,4}?)?(?:in|near|at|outside)\s+"
    r"(?:the\s+(?:city|town|village)\s+of\s+|the\s+(?:[\w'’-]+\s+){0,2}?(?:district|microdistrict|part|outskirts|centre|center|suburbs?|neighbou?rhood)\s+of\s+)?$"
    # "the woman who was wounded when a drone hit a minibus in Nikopol … died": the strike's place
    # "shelled civilians who were crossing the bridge in Irpin": the people struck were there
    r"|\b(?:shelled|struck|hit|attacked|bombed|targeted|fired\s+(?:on|at))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:civilians|people|residents|evacuees|cars?|vehicles?|buses|a\s+bus|a\s+car|a\s+crowd)\s+"
    r"(?:who|that)\s+(?:was|were)\s+[a-z]+ing\b[^,;.]{0,60}?\b(?:in|at|near|on)\s+(?:the\s+)?$"
    # "shelling killed three power engineers who were repairing a line near the village of
    # Muzykivka": where the people killed were at work
    r"|\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:[\w-]+\s+){0,3}?(?:people|"
    r"civilians|residents|workers|engineers|employees|volunteers|medics|rescuers|farmers|"
    r"electricians|men|women)\s+(?:who|that)\s+(?:was|were)\s+[a-z]+ing\b[^,;.]{0,60}?\b"
    r"(?:in|at|near|on)\s+(?:the\s+(?:city|town|village)\s+of\s+|the\s+)?$"
    r"|\bwho\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\s+(?:when|as|after)\s+"
    r"[^,;.]{0,80}?\b(?:hit|struck|attacked|shelled|exploded)\b[^,;.]{0,40}?\b(?:in|near|at|on)\s+"
    r"(?:the\s+(?:city|town|village)\s+of\s+)?$"
)
HEADING_FOR = re.compile(
    # (not "two unmanned aircraft had been spotted heading toward St. Petersburg": seen on
    # their way, struck nowhere yet)
    r"(?<!spotted\s)(?<!seen\s)(?<!sighted\s)(?<!observed\s)"
    r"\b(?:heading|headed|flying)\s+(?:for|towards?|to)\s+(?:the\s+)?(?:\w+\s+)?(?:of\s+)?$"
    # "shot down on approach to the Engels airfield", "while approaching the airfield of X"
    r"|\b(?:on\s+(?:its\s+|their\s+)?approach\s+to|approaching|(?:as|while|when)\s+(?:it|they)\s+approached)"
    r"\s+(?:the\s+)?(?:\w+\s+)?(?:of\s+)?$"
)
_CITY_EPITHET = (
    r"(?:(?:north|south)?(?:-?east|-?west)ern|northern|southern|central|port|front-?line|"
    r"industrial|besieged|border|coastal|provincial|regional|small|nearby|occupied|embattled)"
)
# A site of a town, by its noun: what a note names struck before or after its town ("cattle
# farm on fire, Kutuzivka", "Stepanky 330 kV substation (…) hit", "the church there burned")
SITE_NOUNS = (
    r"(?:substations?|(?:power\s+)?plants?|depots?|refiner(?:y|ies)|terminals?|elevators?|bridges?|"
    r"stations?|bases?|airfields?|airports?|ports?|farms?|warehouses?|factor(?:y|ies)|towers?|dams?|"
    r"silos?|barns?|yards?|shops?|stores?|caf[eé]s?|schools?|hospitals?|clinics?|church(?:es)?|"
    r"houses?|buildings?|offices?|markets?|librar(?:y|ies)|clubs?|TPP|HPP|CHP|"
    # ("hit the training centre by Yavoriv", "the range by the village")
    r"(?:training\s+)?cent(?:re|er)s?|ranges?|barracks)"
)
ANAPHORA = re.compile(
    # (a local outlet's "above a residential neighbourhood of our city")
    # ("in the eastern city", "in the southern port city": a wire's way of saying it again)
    # ("drones flying toward the city", "smoke above the city": where they were downed)
    rf"\b(?:in|on|at|near|outside|over|of|toward|towards|above|across)\s+(?:the|our)\s+"
    rf"(?:{_CITY_EPITHET}\s+)*(?P<kind>city|town|village)\b(?!\s+of\b)"
    # "The city had already been hit in the early hours of Sunday": the town told, struck
    # (or in reported words: "Kim said at a briefing that the city was probably attacked")
    r"|(?:^\W*|\b(?:said|says|reported|added|stated|wrote)\s+(?:[\w-]+\s+){0,5}?that\s+)"
    r"(?:(?:Overnight|Today|Yesterday|Tonight|This\s+(?:morning|afternoon|evening)|At\s+night|In\s+the\s+(?:morning|"
    r"evening|afternoon)),?\s+"
    # ("On Monday, 19 September, the village was struck by …": its day first)
    r"|(?:On|Late\s+on|Early\s+on)\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|"
    r"[A-Z][a-z]+day)(?:,?\s+\d{4})?,\s+)?[Tt]he\s+(?:(?P<subject>city|town|village)|"
    # ("Serhii called from Okhtyrka. This morning the centre was hit again": its centre)
    r"(?:(?:city|town)\s+)?(?P<middle>centre|center))\s+(?:was|were|had|has)\s+"
    r"(?:(?:already|also|again|previously|probably|likely)\s+)?(?:been\s+)?"
    r"(?:hit|struck|shelled|attacked|targeted)\b"
    # "Ukrainian formations have again been shelling the city": the town told, the object
    r"|\b(?:shell(?:ed|ing)|bomb(?:ed|ing)|attack(?:ed|ing)|target(?:ed|ing)|struck|striking|hit|"
    r"hitting)\s+"
    r"(?:again\s+)?(?:the|our)\s+(?P<object>city|town|village)\b(?!\s+of\b|['’]s)"
    r"|\b[Tt]he\s+(?P<possessive>city|town|village)['’]s\b(?!\s+(?:\w+\s+)?(?:administration|mayor|head|"
    # (but "destroyed the city's police headquarters": a building of it)
    r"officials|authorities|council|governor|police(?!\s+(?:headquarters|HQ|station|building))|"
    r"prosecutor)\b)"
    # "the Russian missile and drone attack on the capital that night": the country's capital
    # the text named (Kyiv, or Moscow in a story from there)
    r"|\b(?:on|at|in|over|against|struck|hit|attacked|targeted)\s+the\s+(?P<natcap>capital)\b"
    r"(?!\s+(?:of|city\s+of)\b)"
    # "debris damaged a warehouse roof in the regional capital": the seat of the region named
    r"|\b(?:in|on|at|near|over|of)\s+the\s+(?P<capital>regional|oblast|region['’]s)\s+"
    r"(?:capital|centre|center)\b"
    # "dropped an explosive on a man in the Korabelnyi district": a district of the town told
    # of (or of the city whose page it is), when the gazetteer knows no such raion
    # (a note's own: "shelled Kholodnohirskyi district in the evening", "in Nemyshlianskyi distr.")
    # (or opening an entry: "15.11 Tue: Pecherskyi r-n - russian missile hit a 5-storey")
    # (and "the shelling of the Nikitovsky district")
    r"|(?:\b(?:in|shell(?:ed|ing)(?:\s+of)?|hit|struck|attacked|targeted)\s+(?:the\s+)?|(?:^|[:|]|\s[-–—])\s*)"
    # (or its name in English: "shelled the Industrial district in the night")
    r"(?P<district>(?:[A-Z][\w'’-]+(?:yi|iy|kyi|ky|ny)|Industrial|Central)\s+(?:distr(?:ict\b|\.)|r-n\b))"
    r"(?!\s+of\b)"
    # "struck the village café and shop": a place of the town told of
    r"|\b(?:hit|struck|strikes?|shelled|attacked|targeted)\s+the\s+(?:city|town|village)\s+"
    r"(?:centre|center|caf[eé]|shop|store|school|market|square|hospital|clinic|church|club|hall)\b"
    # (or told first, struck after: "it was the village school, destroyed by a Russian strike")
    r"|\bthe\s+(?:city|town|village)\s+(?:caf[eé]|shop|store|school|market|hospital|clinic|church|"
    r"club|hall)\b(?=,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:destroyed|damaged|hit|struck|"
    r"shelled|burned|burnt)\b)"
    # "a missile struck the square in front of the theatre": a landmark of the town told of
    r"|\b(?:hit|struck|shelled|attacked|targeted|wrecked|destroyed|damaged)\s+the\s+"
    r"(?:[A-Z][\w'’-]+\s+){0,2}?(?:main\s+|central\s+)?(?P<landmark>(?i:square|theatre|"
    r"theater|cathedral|museum|market|railway\s+station|train\s+station|(?<!the\s)(?:shopping\s+)?(?:mall|centre|center)))\b"
    # ("traffic on the Chongar bridge was stopped … the AFU struck the bridge": the one told;
    # not a bridge named again, "hit the Inhul bridge", which names its river)
    r"|\b(?:hit|struck|shelled|attacked|targeted|wrecked|destroyed|damaged)\s+the\s+(?P<bridge>bridge)\b"
    # "bombs on residential buildings on Chornovola Street": a street of the town told of
    r"|\b(?:on|onto|in|along)\s+(?P<street>(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|Avenue|Boulevard|"
    r"Prospekt|Lane))\b"
    # "On 3 March, Russian aircraft dropped unguided bombs here": the place the paragraph is at
    r"|\b(?:dropped|fired|struck|hit|landed|fell|exploded)\s+(?:[\w-]+\s+){0,3}?(?P<here>here)\b"
    # a note's own town without its name: "warehouses on the edge of town", "a 5-storey on our
    # side of town", "arrival in town", "a missile hit our city"
    r"|\b(?:on|at|in|near)\s+(?:the|our)\s+(?:edge|outskirts|side|end|part)\s+of\s+(?:the\s+)?"
    r"(?P<side>town|city|village)\b"
    r"|\b(?:arrivals?|hits?|explosions?|strikes?)\s+in\s+(?P<intown>town)\b"
    # ("Sat 22.10 — Khmelnytskyi, puppet theatre hall … Explosions there in the morning")
    # (not what was only heard: "they heard the explosions there too … nothing fell there")
    r"|(?<!heard\s)(?<!heard\sthe\s)"
    r"\b(?:[Aa]rrivals?|[Hh]its?|[Ee]xplosions?|[Bb]lasts?|[Ss]trikes?)\s+(?P<blastthere>there)\b"
    r"(?!\s+(?:was|were|is|are|had|have)\b)"
    # ("patient P-224 from Kurchatov did not come. In the night a drone fell and exploded there
    # next to a nine-storey block": the town the sentence before named)
    r"|\b(?:fell|exploded|landed|crashed|detonated|went\s+off)\s+(?:[\w-]+\s+){0,2}?(?P<fellthere>there)\b"
    r"(?!\s+(?:was|were|is|are|had|have)\b)"
    # ("The first came from Sviatohirsk. On the night of 12 to 13 March a Russian aerial bomb
    # exploded by the bridge in front of the Lavra": a site of the town just named)
    r"|\b(?:exploded|fell|landed)\s+(?:[\w-]+\s+){0,2}?(?:by|near|at|outside|"
    r"in\s+front\s+of|next\s+to)\s+the\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<bysite>{SITE_NOUNS}|monaster(?:y|ies)|Lavra|cathedral|gates?)\b(?!\s+of\b)"
    r"|\b(?:hit|struck|shelled|attacked|targeted)\s+our\s+(?P<ours>city|town|village)\b"
    # "We remember our sister parish in Krasnopillia. … The church there burned on 7 March",
    # "… their wooden church was destroyed by the russians": a site of the town just named
    rf"|\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{SITE_NOUNS}|districts?|areas?|quarters?)\s+"
    r"(?P<there>there)(?:\s+|,\s+(?:which\s+was\s+)?)"
    r"(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:hit|struck|shelled|bombed|destroyed|"
    r"damaged|burned|burnt|wrecked)\b"
    # ("A woman was killed there on February 12": the town the sentence before told of)
    r"|\b(?:hit|struck|shelled|bombed|destroyed|damaged|killed|wounded|injured|strike\s+on|"
    r"attack\s+on)\s+(?:an?\s+|the\s+)?"
    # ("drones hit the lyceum and its dormitories there")
    # ("hit the nitric acid tank at the Azot plant there": the site's own words, then where)
    r"(?:[\w'’-]+\s+){0,4}?(?:(?:at|in|of)\s+the\s+(?:[\w'’-]+\s+){1,3}?)?(?P<thereobj>there)\b"
    # ("… only the brick walls remain of the wooden church. It burned down after Russian
    # shelling on 7 March": the site the sentence before named, in its town)
    r"|^\W*(?:\d{1,2}:\d\d\s+)?(?P<itsite>It|it)\s+(?:was\s+|had\s+been\s+)?(?:(?:completely|partly|badly)\s+)?(?:burned|burnt|"
    r"destroyed|hit|struck|damaged|shelled|gutted|wrecked)\b"
    rf"|\b(?:[Tt]heir|[Ii]ts)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<theirs>{SITE_NOUNS})\s+"
    r"(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:\w+\s+)?(?:hit|struck|shelled|bombed|destroyed|damaged|wrecked)\b"
    # ("… the school in the village of Bilohorivka. Last Saturday a Russian aircraft dropped a
    # bomb on that school": the site the sentence before named, in its town)
    rf"|\b(?:on|at|hit|struck|shelled|bombed|destroyed|damaged|targeted)\s+that\s+"
    rf"(?P<that>{SITE_NOUNS}|village|town)\b"
    # "Bohdan from Zolochiv reminded us that his town was also touched by the war": whose town
    r"|\b(?:his|her|their|my)\s+(?P<whose>city|town|village)\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:also\s+|again\s+)?(?:hit|struck|shelled|attacked|targeted|touched\s+by\s+the\s+war)\b"
    # "rashists hit a 4-storey building in the centre", "shelling of the centre around noon"
    r"|\b(?:in|at|hit|hitting|struck|striking|shelled|shelling(?:\s+of)?|bombed|bombing(?:\s+of)?|"
    r"strike\s+on|near)\s+the\s+(?P<centre>cent(?:re|er))\b(?!\s+(?:of|for)\b)"
)
# "outside the Kyiv-Chernihiv battle zone": an area of fighting named after its towns
ZONE_AFTER = re.compile(
    r"(?:[-–][A-Z][\w'’-]+)?\s+(?:battle|combat|fighting|front(?:-?line)?|war|exclusion)\s+"
    r"(?:zone|area|line|sector)s?\b",
    re.IGNORECASE,
)
RIVERS = {
    "dnipro",
    "dnieper",
    "don",
    "donets",
    "desna",
    "inhulets",
    "ingulets",
    "inhul",
    "ingul",
    "oskil",
    "volga",
    "seym",
    "bug",
    "dniester",
    "prut",
    # (not Samara or Pripyat: a region's and a town's names too)
    "danube",
    "psel",
    "vorskla",
    "sula",
    "kalmius",
    "siverskyi donets",
}
SUBJECT_AFTER = re.compile(
    # "Nikopol, Marhanets and Pokrovske communities came under fire": the list's area noun
    r"^(?:\s+(?:communities|hromadas|villages|towns|settlements|districts|areas))?"
    # "Kupiansk and the villages around it were shelled", "X and its outskirts came under fire"
    r"(?:\s+and\s+(?:the\s+|its\s+)?(?:nearby\s+|surrounding\s+)?(?:villages|settlements|areas|"
    r"outskirts|surroundings|suburbs)(?:\s+(?:around|near)\s+it|\s+nearby)?)?"
    # "The Myropilska and Esmanska communities each recorded single mortar strikes"
    r"(?:\s*,|\s+(?:was|were|has|had|is|came|suffered|saw|remains|again|also|itself|"
    # ("Kyiv survived what officials called Russia's largest drone attack")
    r"survived|endured|weathered|"
    r"(?:each\s+)?(?:recorded|registered))\b"
    # a note's passive without its verb: "ZNPP shelled - …", "X and Y village hit by Grads"
    r"|\s+(?:hit|struck|shelled|attacked|bombed|targeted)(?:\s+(?:by|with|overnight|again)\b|\s*[-–—,;:.])"
    # "Nikopol under fire from across the reservoir": a note's place and its state
    r"|\s+under\s+(?:heavy\s+|enemy\s+|constant\s+|massive\s+)?(?:(?i:russian|ukrainian|ru|ua)\s+)?"
    r"(?:fire|shelling|attack)\b)"
)

# Names the gazetteer may not know but the words say are places.
_PLACE_ENDINGS = (
    "ivka|ovka|evka|yivka|ivske|ivske|ske|ske|sk|tsk|ka|ne|ye|ie|ia|ya|ino|ovo|evo|ove|eve|"
    "iv|ov|ev|yi|ii|yy|ets|ol|ichi|ychi|ory|ari|nya|nia|ky|ki|ha|ga|ih|yh|je|ja"
)
UNKNOWN_PLACE = re.compile(
    r"\b(?:village|town|settlement|hamlet|township|city)\s+of\s+(?P<a>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)"
    r"|\b(?P<b>[A-Z][\w'’\-]+)\s+(?:air\s?base|airfield|airport|military airfield)\b"
    r"|\b(?:in|near|at|on|outside|over)\s+(?:the\s+)?(?P<c>[A-Z][a-z]+(?:-[A-Z][\w'’]+)+)"
    # A name the gazetteer lacks, written with its region: "Tavrijs'ke, Kherson Oblast".
    # Only words shaped like Slavic place names, so "Meanwhile, Kharkiv region" is not one.
    # (and in brackets, as coders write it: "Lomakovka (Klimovskiy district, Bryansk oblast)")
    rf"|\b(?P<d>[A-Z][\w'’´\-]*(?:{_PLACE_ENDINGS}))(?=(?:,?\s+|\s*\()(?:in\s+)?(?:the\s+)?"
    r"[A-Z][\w'’\-]+\s+(?i:region|oblast|raion|rayon|district|province)\b)"
)

# The side that is the subject of a verb: nouns, or a side adjective before an agent.
SUBJECT = re.compile(
    r"\b(?:(?P<noun>Russia|Ukraine|Kyiv|Kiev|Moscow|Kremlin|SBU|HUR|GUR|AFU|Zelenskyy?|pro-Kyiv|pro-Russian)\b"
    r"|(?P<adj>Russian|Ukrainian)\s+(?:\w+\s+)?(?i:forces|military|army|armed|troops|navy|air force|special|"
    r"officials|government|authorities|partisans|saboteurs|units|intelligence|defen[cs]e|general|drone|side|"
    r"channels|media|sources|outlets|bloggers|"
    r"MoD|ministry|command))"
)

# "said on Sunday": the day of the statement, not of the event.
# "This is not the first strike on targets near Sevastopol this spring", "It was at least
# the eighth attack on the airfield": the event told, counted among others, not a new one
ORDINAL_OF_STRIKES = re.compile(
    r"^\W*(?:This|It|That|[A-Z]\w+day['’]s\s+\w+)\s+(?:is|was|marks|marked|became)\s+"
    r"(?:not\s+|at\s+least\s+|already\s+)*(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strike|attack|shelling|bombardment|raid|hit)s?\b"
    # ("This is the third time this summer that the city's shelling has reached our routes")
    r"|^\W*(?:This|It|That)\s+(?:is|was)\s+(?:not\s+)?(?:the|a)\s+(?:second|third|fourth|fifth|"
    r"\d+(?:st|nd|rd|th)|umpteenth)\s+time\b(?=[^.;]*\b(?:has|have|had)\b)",
    re.IGNORECASE,
)
# A leading time clause: "After the explosions at Engels …, ", "Hours after the strike, "
TIME_LEAD = re.compile(
    r"^\W*(?:(?:hours|minutes|days|a\s+day|two\s+days|shortly|soon|just)\s+)?(?:after|following)\b"
    # "As a retaliation operation for the strike … on Makeyevka on New Year's night, …"
    r"|^\W*(?:As\s+(?:an?\s+)?|In\s+)(?:retaliation|response|revenge|reprisal)\b",
    re.IGNORECASE,
)
STATEMENT_DATE = re.compile(
    # (not "reported that over the past day": the reported clause's own day)
    # (not "a drone attack was reported on Tuesday": the attack's day)
    r"\b(?:said|says|told|announced|(?<!was\s)(?<!were\s)(?<!been\s)reported|added|stated|"
    r"wrote|confirmed|claimed|acknowledged|admitted|denied|"
    # ("Mr. K. phoned on Monday: alive, his grandson hurt by glass": the call's day)
    r"phoned|rang|texted|messaged|called\s+(?:us|me|back)|"
    # "Satellite images published on Thursday show …": the images' day, not the strike's
    r"(?:images?|photos?|footage|videos?|pictures?)\s+(?:published|released|posted|taken)|"
    # "In a story published Oct. 6, 2023, about a strike on Hroza": the story's day
    r"(?:story|article|report|piece|post|version)\s+(?:published|posted|filed|dated|updated)|"
    # "In its briefing on Thursday, 16 February, it said …": the briefing's day
    # (or a report's: "Kyrylenko's report this morning: on Thursday two were killed")
    r"(?:briefing|statement|communiqu[eé]|summary|update|report|bulletin|dispatch)(?=\s+on\b|\s*$))"
    # "it said on Telegram on the morning of 12 March": where and when it was said
    # (and "wrote on his Telegram channel on Sunday morning")
    r"(?:\s+(?:on|in|via)\s+(?:(?:his|her|its|their|the)\s+)?(?:Telegram|Facebook|Twitter|X|social\s+media|"
    r"a\s+statement|a\s+video)(?:\s+(?:channel|page|account|feed))?"
    # ("told a briefing in Moscow on Thursday that on Tuesday …": the briefing's day)
    r"|\s+(?:at\s+|to\s+)?(?:a\s+|the\s+)?(?:briefing|news\s+conference|press\s+conference|"
    r"reporters|journalists)(?:\s+in\s+[A-Z][\w'’-]+)?)?"
    r"\s+(?:(?!that\b)\w+,?\s+){0,2}?(?:on\s+)?(?:the\s+(?:morning|evening|afternoon|night)\s+of\s+)?$",
    re.IGNORECASE,
)

# What is struck at a place: one list for the passive ("the Ryazan oil refinery was attacked"),
# the adjective ("the Kropotkinskaya pumping station") and an air attack repelled over it.
FACILITY = (
    r"(?:refiner(?:y|ies)|plants?|depots?|stations?|(?:sea)?ports?|airfields?|airports?|"
    r"air\s?bases?|terminals?|factor(?:y|ies)|works|substations?|facilit(?:y|ies)|bridges?|dams?|"
    r"warehouses?|enterprises?|arsenals?|mines?|design\s+bureaus?|TPP|HPP|NPP|CHP|TES|GES|"
    # (a Russian works' acronym: "the Mikhailovsky GOK", a mining and processing combine)
    r"GOK|GRES|combines?|kombinats?)"
)
WATER_OF = re.compile(r"\b(?:Sea|Gulf|Strait|Bay|Lake|Spit)\s+of\s+$")
DATELINE = re.compile(
    # "KYIV, March 25 —"; Interfax writes "KYIV. March 8 (Interfax-Ukraine) –", which the
    # sentence splitter cuts after "KYIV.", leaving "March 8 (Interfax-Ukraine) – …"
    # ("(ANSA) - ROME, JUL 12 -": the agency first, the month in capitals)
    r"^(?:\([A-Z][\w .-]{1,25}\)\s*[-—–]\s*)?"
    r"[A-Z][A-Z .'’/-]{2,}(?:,\s*[A-Z][\w .]*?)?[,.]\s*(?:(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    # ("KYIV, July 9 Kyodo -": the agency named without brackets)
    r"(?:,?\s*\d{4})?\s*(?:\([^)]*\)|[A-Z][\w-]{1,20})?\s*(?:[-—–.]|$)"
    # (EFE's town in its own case, the agency bracketed: "Kyiv, Aug 6 (EFE).-")
    r"|^[A-Z][a-z'’-]{2,}(?:[ -][A-Z][a-z'’-]+)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+"
    r"[A-Z][a-z]+)(?:,?\s*\d{4})?\s*\([A-Z][\w .-]{1,25}\)\s*\.?\s*[-—–]"
    r"|^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s*\d{4})?\s*"
    # "Dec. 27 (UPI) --", "March 8 (Interfax-Ukraine) –": any agency named in brackets
    r"\([A-Z][\w .-]{1,25}\)\s*[-—–]"
    # a press release's "5 April 2022 — A team from MSF was at the hospital …"
    r"|^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+)\s+\d{4}\s*[—–]"
    # EFE's "Kharkiv (Ukraine), Mar 25 (EFE).-": the town as written, its country, the agency
    r"|^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:\s*\([A-Z][\w ]{2,20}\))?,\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s*\d{4})?\s*"
    r"\([A-Z][\w .-]{1,25}\)\s*\.?[-—–]"
)
# A factbox's "Oct 6 - A Russian missile strike …": a dateline when the day is the page's own
# (a timeline's "March 16 - A Russian air strike …" dates its entry)
DAY_DASH = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s+[-—–]\s+(?=[A-Z])"
)
# "CHASIV YAR, Ukraine (AP) —": an agency's dateline without a date; the reporter's town.
WIRE_DATELINE = re.compile(
    r"^\W*(?P<town>[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]+)?),\s*(?:[A-Z][a-z]+\s*)?"
    r"\((?:AP|Reuters|AFP|dpa|Bloomberg)\)\s*[-—–]"
    # a newspaper's own: "KREMENCHUK, Ukraine — Firefighters combed …"
    # (a magazine's closed-up dash too: "POKROVSK, Ukraine—The Druzhba hotel …")
    # (and a photo desk's numbered caption: "UKR-0801-004 MYKOLAIV, Ukraine - Flowers …",
    # "ZATOKA, Odesa region, Ukraine - FILE PHOTO: …")
    r"|^\W*(?:[A-Z]{2,5}-\d[\w-]{0,20}\s+)?(?P<paper_town>[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]+)?),\s*"
    r"(?:[A-Z][a-z]+\s+(?:region|oblast|Oblast),\s*)?(?:Ukraine|Russia)\s*(?:[—–]\s|—(?=[A-Z])|-\s)"
    # an agency photo caption: "25 May 2024, Ukraine, Charkiw: Firefighters work …"
    r"|^\W*\d{1,2}\s+[A-Z][a-z]+\s+\d{4},\s*(?:Ukraine|Russia|Ukraine/Russia),\s*"
    r"(?P<caption_town>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\s*:"
)
# Weapons only one side fields in this war: their name says who launched them.
WEAPON_SIDE = [
    (
        re.compile(
            r"\b(?:HIMARS|ATACMS|Storm Shadow|SCALP|Neptune|Bayraktar|Lyutyi|Liutyi|M270|Harpoon|Vampire|RM-70|Tochka)\b"
        ),
        "Ukraine",
    ),
    (
        re.compile(
            r"\b(?:Iskander|Kalibr|Kinzhal|Zircon|Oniks|Shahed|Geran|Lancet|KAB|FAB|UMPK|Kh-[1-9]\d{1,2}(?!\d)|Tu-95|Tu-22|Su-34|glide bombs?"
            # (only Russia launches Iran's drones in this war: "Iranian-made drones")
            r"|Iranian(?:-made|-designed|-built)?\s+(?:kamikaze\s+|attack\s+|suicide\s+)?drones?)\b"
        ),
        "Russia",
    ),
]
# a remnant found: "a resident found a tail fin of a rocket in his garden" (nothing struck)
_REMNANT_FOUND = (
    r"found\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:fin|fragments?|remains|debris|part|piece|tail|"
    r"casing|shell\s+casing)\s+"
    r"of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:rocket|missile|shell|drone|bomb)s?\b"
)
# ordnance found lying, or of a past war: "a fisherman found an artillery shell from the
# Second World War on the bank"
_ORDNANCE_FOUND = (
    r"(?:found|discovered|dug\s+up|ploughed\s+up|unearthed|fished\s+out)\s+(?:an?\s+|the\s+|two\s+|"
    r"three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:shells?|mines?|grenades?|bombs?|projectiles?|"
    r"munitions?|ordnance|mortar\s+rounds?)\b"
    # (its kind with it: "an old artillery shell from the Second World War exploded")
    r"|\b(?:(?:old|unexploded|artillery|mortar|tank|aviation|aerial|German|Soviet)\s+){0,3}"
    r"(?:shells?|bombs?|mines?|grenades?|ordnance|munitions?)\s+(?:from|of|left\s+(?:over\s+)?from)\s+"
    r"(?:the\s+)?(?:Second|First|Great\s+Patriotic)\s+(?:World\s+)?War\b"
)
# a mine that blew up where it lay: "a russian mine blew up in a field near …"
_MINE_IN_A_FIELD = (
    r"mines?\s+(?:blew\s+up|exploded|went\s+off|detonated)\s+(?:in|on|under)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+)?(?:field|road|forest|garden|meadow|wood|path|verge|orchard|plot)\b"
)
_MINE_LAYER = r"(?:russian|ukrainian|enemy|old|soviet)"
# "an old Second World War shell went off in a field": a past war's ordnance
_OLD_ORDNANCE_WENT_OFF = (
    r"\b(?:old|wartime|WWII|(?:Second|First)\s+World\s+War|World\s+War\s+(?:II|Two|I|One))\s+"
    r"(?:[\w-]+\s+){0,3}?(?:shells?|bombs?|grenades?|munitions?|ordnance|mines?)\s+"
    r"(?:had\s+|has\s+)?(?:blew\s+up|exploded|went\s+off|detonated)"
)
# The weapon words of old ordnance: "an unexploded shell left from earlier shelling" is no strike.
LEFTOVER = re.compile(
    rf"\b{_REMNANT_FOUND}|\b{_ORDNANCE_FOUND}|"
    # ("the sea mine that blew up on the beach at Zatoka": a mine's blast, no strike)
    r"\b(?:sea|naval|land|anti-?tank|anti-?personnel)\s*mines?\s+(?:that\s+|which\s+)?(?:had\s+)?"
    r"(?:blew\s+up|exploded|detonated|went\s+off)|"
    # ("a russian mine blew up in a field near …": one lying there, whoever laid it)
    rf"\b(?:(?:an?|the)\s+)?(?:{_MINE_LAYER}\s+)?{_MINE_IN_A_FIELD}|"
    rf"{_OLD_ORDNANCE_WENT_OFF}|"
    # ("his plough struck an old anti-tank mine left in a field": a mine met, not a strike)
    r"\b(?:hit|struck|ran\s+(?:over|into)|drove\s+(?:over|onto)|stepped\s+on)\s+(?:an?\s+|the\s+)?"
    r"(?:old\s+|unexploded\s+|russian\s+|enemy\s+|soviet\s+)?(?:anti-?tank\s+|anti-?personnel\s+|land\s*)?"
    r"mines?\b(?!\s+(?:of|with)\b)|"
    r"\bunexploded\s+(?:[\w-]+\s+)?(?:shells?|munitions?|ordnance|bombs?|rockets?|missiles?|"
    r"submunitions?|mines?|grenades?)|\b(?:left|remaining)\s+(?:over\s+)?(?:from|after)\s+"
    r"(?:the\s+)?(?:earlier|previous|past|last\s+year['’]s)?\s*(?:shelling|fighting|hostilities|strikes|battles)",
    re.IGNORECASE,
)
# Not strikes: mines and unexploded ordnance, ground fighting, captures. A sentence told
# only in these words is no incident, however many were hurt.
# an occupation's killings: "where hundreds of civilians were killed during the Russian
# occupation in March" (in any clause: no strike told)
OCCUPATION_KILLINGS = re.compile(
    r"\b(?:killed|executed|murdered|tortured)\s+(?:[\w-]+\s+){0,2}?during\s+(?:the\s+)?"
    r"(?:Russian\s+|Russia['’]s\s+)?occupation\b",
    re.IGNORECASE,
)
FARM_DRONE = (
    r"(?i:\b(?:fungicides?|pesticides?|herbicides?|fertili[sz]ers?|spray(?:ing|ed|s)?|crop[-\s]spraying|"
    r"seeding|sowing)\b[^.;:]{0,20}?\bdrones?\b|\bdrones?\s+(?:spraying|sprayed|sprays)\b)"
)
NOT_A_STRIKE = re.compile(
    # a soldier's death in battle: "serviceman, killed in action near Pisky"
    r"\bkilled\s+in\s+(?:action|combat|battle)\b|"
    # a road's knocks: "blade hit a kerb at the bus stop, pin sheared"
    r"\b(?:hit|struck|clipped)\s+(?:a|the)\s+(?:kerb|curb|pothole|tree|pole|lamp\s*post|barrier|"
    r"guard\s*rail|ditch|bump|rock)\b|"
    # what cannot be known: "It is impossible to establish the exact number of casualties in
    # Mariupol and Volnovakha"
    r"\b(?:impossible|not\s+possible|unable|cannot|can['’]t|could\s+not)\s+(?:yet\s+)?(?:to\s+)?"
    r"(?:establish|determine|count|know|verify|say)\s+(?:\w+\s+){0,4}?(?:casualties|victims|dead|killed)\b|"
    # a road watched by drones, a danger, not a strike: "courier refuses, the road is under drones"
    r"\b(?:is|are|stays?|remains?|being)\s+under\s+(?:russian\s+|enemy\s+)?(?:drones|FPVs?|drone\s+(?:control|watch|threat))\b|"
    # a thing gone dead: "last time the monitor was dead", "phone dead since noon"
    r"\b(?:monitors?|speakers?|battery|batteries|phones?|screens?|engine|laptop|printer|radio|charger)\s+"
    r"(?:was\s+|were\s+|is\s+|are\s+|went\s+)?(?:dead|died)\b|"
    # a note's legend: "Livestock losses are written as DOA (dead on arrival)"
    r"\b(?:are|is)\s+(?:written|marked|logged|entered)\s+as\b|\bstands?\s+for\b|"
    # a farm's own drone: "Fungicide by the drone on C1-C5", "crop-spraying drone"
    rf"{FARM_DRONE}|"
    rf"{OCCUPATION_KILLINGS.pattern}|"
    # a quarry's blasting, a note's "NOT war-related"
    r"\b(?:quarry|scheduled|controlled|mining)\s+blast(?:s|ing)?\b|\b[Nn](?:OT|ot)\s+war[-\s]related\b|"
    # aid to rebuild: "construction materials to repair 140 damaged homes in Bilopilska hromada"
    # (not "two ships under repair damaged": what was struck, in repair at the time)
    r"(?<!under\s)\b(?:repair|rebuild|restore|reconstruct|fix)\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:damaged|destroyed)\b|"
    # (nor pulling them down: "the occupiers continue to demolish damaged high-rise buildings")
    r"\b(?:demolish|demolishing|tear\s+down|tearing\s+down)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:damaged|destroyed)\b|"
    # a fire crew's verdict on a call: "gas cylinder in a garage, no war link"
    r"\bno\s+(?:war|military)\s+link\b|\bgas\s+(?:cylinder|leak)\b|"
    # a note's own verdict: "our PAZ bumped a car, NOT shelling", "storm, not the war"
    r"\bNOT\s+(?:the\s+|a\s+)?(?:war|shelling|strike|attack)\b(?![-\w])|"
    r"(?<!did\s)\b[Nn]ot\s+(?:the\s+)?(?:war|shelling)\b(?![-\w]|\s+(?:of|on|in|at)\b)|"
    # a verdict closing its clause: "cracked by a STONE on the road, not a blast —"
    r"\b[Nn](?:ot|OT)\s+(?:an?\s+(?:blast|strike|shell|drone|rocket|missile|bomb)|shrapnel|fragments)"
    r"(?:\s+(?:damage|hit))?"
    r"\s*(?=[,.;:)—–]|\s-\s|$)|"
    # "In the Kupiansk direction, the enemy attacked 4 times near …": a front's ground assaults
    # ("in the Kupyansk and Krasny Liman directions": names of two words too)
    r"\bin\s+the\s+[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?(?:and\s+[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?)?directions?\b|"
    # ("the general staff says Russian forces carried out eleven attacks near Vovchansk": a
    # front's count of ground assaults near a town, not strikes on it)
    r"\bcarried\s+out\s+(?:\w+\s+)?(?:attacks|assaults|offensive\s+actions)\s+near\b|"
    # a General Staff line "Kupiansk direction: the occupiers attacked 9 times near …"
    r"^\s*[A-Z][\w'’-]+\s+(?:and\s+[A-Z][\w'’-]+\s+)?directions?\s*:|"
    # (not a translated "міна": "a russian mine hit the cellar" is a mortar bomb that was fired)
    r"\b(?:land\s?mines?|(?:anti-?tank|anti-?personnel|naval|sea)\s+mines?|"
    r"(?<!russian\s)(?<!enemy\s)mines?\b(?!\s+(?:in|of|hit|hits|landed|struck|flew|fell|went|exploded|burst|arrived|tore)\b)|"
    # "after running over a mine in a field": a mine, wherever it lay
    r"(?:ran|running|runs|drove|driving|stepped|stepping|hit|hitting|detonated)\s+(?:over\s+|on\s+|onto\s+)?an?\s+mine\b|"
    # ("a russian mine blew up in a field near …": one lying there, whoever laid it)
    rf"{_MINE_IN_A_FIELD}|{_OLD_ORDNANCE_WENT_OFF}|"
    r"unexploded|explosive\s+(?:object|remnant)s?|"
    # ("picked up an unknown object in a field … The object exploded in his hands")
    r"(?:picked\s+up|brought\s+home|touched|handled)\s+(?:an?\s+)?(?:unknown|unidentified|suspicious|"
    r"strange)\s+(?:object|device|item|thing)|"
    r"(?:exploded|went\s+off|detonated)\s+in\s+(?:his|her|their)\s+hands\b|"
    # (not a drone's own charge: "when it fell the explosive device detonated", "from the
    # dropped explosive devices")
    r"(?<!dropped\s)(?<!the\s)explosive\s+devices?\b|"
    # "after the tail part of a rocket was found in the park": a remnant found, nothing struck
    r"(?:rocket|missile|shell|drone|bomb)s?\s+(?:was|were|had\s+been)\s+found\b|"
    # ("a resident found a tail fin of a rocket in his garden")
    rf"{_REMNANT_FOUND}|{_ORDNANCE_FOUND}|"
    # (damage found later, its strike untold: "a summer camp, which police said was found
    # destroyed after the Russian retreat")
    r"(?:was|were)\s+found\s+(?:destroyed|damaged|burn(?:ed|t)|in\s+ruins)\b(?!\s+(?:by|in)\b)|"
    # (weather's: "the lightning strike of June 2021 on the church", a "strike counter")
    r"lightning(?:\s+[\w-]+)?\s+strikes?|strike\s+counters?|"
    r"ordnance|tripwire|booby[- ]trap|demining|controlled\s+(?:detonation|explosion|blast)s?|clash(?:ed|es)?|(?<!infantry\s)fighting|firefights?|ground\s+assaults?|"
    r"assault(?:ed|s)?\s+(?:on\s+)?(?:Ukrainian|Russian)\s+positions|advanc(?:ed|es|ing)|"
    # (not "hit the captured airfield": the thing struck, named by who holds it)
    r"took\s+(?:full\s+)?control|(?<!the\s)(?<!\ba\s)(?<!an\s)(?:captur(?:ed|e|ing)|seiz(?:ed|ing))|"
    # (not "shelled the liberated town of Vovchansk": the town struck, named by who freed it)
    r"retook|recaptured|liberation|"
    # ("where they launched a cross-border offensive on August 6", "continued to hold positions")
    r"(?:cross-border|ground|counter-?)\s*offensive|hold(?:ing)?\s+positions|"
    r"(?<!recently\s)(?<!newly\s)"
    r"liberated(?!\s+(?:town|city|village|settlement|territor\w*|areas?|districts?|region|part)\b)|"
    # "Russian troops were pressing their attack on Severodonetsk": a ground assault
    r"press(?:ed|ing)?\s+(?:their|its|the)\s+(?:attack|assault|offensive)|"
    r"repelled|repulsed|stormed|encircle(?:d|ment)|"
    # (not "1 prisoner of war killed": the victims of a strike on a colony)
    r"prisoner(?!s?\s+of\s+war\s+(?:were\s+|was\s+)?(?:killed|wounded|injured|died|dead))|exchange|incursion|cross-border\s+operation|"
    # "troops withdrew …, and images of civilians killed in Bucha": an occupation's killings
    r"withdr[ae]w(?:al)?|massacres?|mass\s+graves?|executions?|executed|"
    # "unidentified persons set fire to a railway relay cabinet": arson, sabotage by hand
    r"arson|arsonists?|"
    r"(?:persons|people|men|man|woman|individuals?|teenagers?|youths?)\s+set\s+fire\s+to|"
    r"(?:counter-?|cross-border\s+|ground\s+|spring\s+|summer\s+|new\s+|major\s+|an\s+)offensive|"
    # (not a vehicle so named, struck: "hit a Russian infantry fighting vehicle")
    r"infantry(?!\s+fighting\s+vehicles?)|"
    # "Ukraine launched a military operation in Donbass in 2014": a war's course, no strike.
    r"(?:military|special\s+military|anti-terrorist)\s+operation|sent\s+(?:its\s+)?troops|armou?red\s+vehicles|"
    r"assault\s+groups?|ground\s+(?:attacks?|offensive)|"
    # "Russian troops continue attacks near Pokrovsk", "forces continued to attack": a front's
    r"(?:troops|forces|units)\s+(?:\w+\s+)?continu(?:e|es|ed|ing)\s+(?:to\s+attack|(?:their\s+)?(?:attacks|assaults))\b|"
    # "Russian forces are attacking in the east, around Avdiivka": a front's ground assaults
    r"(?:troops|forces|units)\s+(?:are|were|have\s+been|had\s+been)\s+(?:attacking|advancing|"
    r"assaulting|pushing|storming)\b|"
    # "AD exercise with live firing at the range": drills, not a strike
    # (not a trainer's "the alley where we did the crowd exercises": a drill of a trade)
    r"(?:(?:military|naval|joint|tactical|nuclear|command|staff)\s+|air[- ]defen[cs]e\s+|AD\s+|"
    r"live[- ]fire\s+|(?:held|holds?|holding|conducted|conducts?|conducting)\s+(?:\w+\s+)?)"
    r"(?:exercises?|drills?)|\b(?:exercises?|drills?)\s+(?:with|involving)\s+(?:live|troops|"
    r"missiles|firing)|"
    # ("reservists completed a training course and live firing at a range")
    r"live\s+firing\s+(?:at|on)\s+(?:a|the)\s+(?:firing\s+)?(?:range|training\s+ground|polygon)|"
    r"attack(?:ed|s)?\s+(?:on\s+)?(?:the\s+)?(?:Ukrainian|Russian|enemy)\s+positions|"
    # "after his business jet crashed near Kuzhenkino": an air crash, not a strike told
    r"(?:business|private|passenger|cargo)\s+(?:jet|plane|aircraft)\s+crash(?:ed|es)?|airliner\s+crash(?:ed|es)?)\b",
    re.IGNORECASE,
)
# a signpost: "Here is a timeline of Ukraine's main strikes on Crimea" tells what follows
SIGNPOST = re.compile(
    r"^\W*(?:here\s+is|here['’]s|here\s+are|below\s+(?:is|are)|the\s+following\s+is)\s+"
    r"(?:an?|the|our|some)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:timeline|list|look|summary|round-?up|overview|chronology|map|recap)\b",
    re.IGNORECASE,
)
# The aftermath told in a sentence's main clause: "hundreds gathered for the funeral of
# twins, who were killed when the missile hit" tells no new event.
AFTERMATH = re.compile(
    r"\b(?:funerals?|buried|burials?|mourn\w*|memorial|vigil|(?:laid|lay|lays|laying)\s+flowers|commemorat\w+|"
    r"bur(?:y|ies|ying)\s+(?:its|their|the)\s+dead|"
    r"farewell|paid\s+(?:their\s+)?(?:last\s+)?respects|condolences|"
    # "Rescuers found the body of a man under the rubble …": the search, days on
    # ("Rescuers found her body in the rubble on the morning of April 29")
    r"(?:found|recovered|pulled\s+out)\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+)?(?:body|bodies)\b)\b",
    re.IGNORECASE,
)
# "did not report any missile or drone strikes there", "no strikes on the capital were
# reported", "No hits were recorded": strike words the sentence denies.
# a cause denied, its weapon named: "NOT from the shelling", "not caused by any blast" (the
# weapon's word is no strike told)
_CAUSE_OF = r"(?:from|by|because\s+of|due\s+to|caused\s+by)"
_A_WEAPON_CAUSE = (
    r"(?:[\w-]+\s+)?(?:blasts?|explosions?|shelling|shells?|strikes?|attacks?|missiles?|rockets?|"
    r"bombs?|drones?|war)\b"
)
CAUSE_DENIED = re.compile(rf"\b(?:NOT|[Nn]ot)\s+{_CAUSE_OF}\s+(?:any|the|an?)\s+{_A_WEAPON_CAUSE}")
NEGATED_STRIKE = re.compile(
    r"\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|had\s+not)\s+(?:report|record|confirm)\w*\s+"
    r"(?:any\s+)?(?:[\w-]+\s+){0,3}?(?:strikes?|hits?|attacks?|impacts?|shelling|explosions?)\b"
    r"|\b(?:reported|recorded|confirmed)\s+no\s+(?:[\w-]+\s+){0,3}?(?:strikes?|hits?|impacts?|attacks?)\b"
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:strikes?|hits?|impacts?|explosions?|attacks?|shelling)"
    r"(?:\s+(?:or|and|nor)\s+[\w-]+)?\s+"
    r"(?:(?:on|in|at|over)\s+[\w\s]{1,30}?\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    # (an intake clerk's "left before the bridge closed. no strike told")
    r"(?:reported|recorded|registered|confirmed|told|mentioned|described)\b"
    # ("sirens sounded across the capital. No strike followed in Kyiv")
    r"|\b[Nn]o\s+(?:strikes?|attacks?|explosions?|hits?)\s+(?:followed|came|occurred|happened)\b"
    # ("Explosions were also heard in Kyiv … No information yet about hits there.")
    r"|\bno\s+(?:information|info|data|reports?)\s+(?:yet\s+)?(?:about|on|of)\s+(?:any\s+)?"
    r"(?:hits?|impacts?|strikes?|damage|destruction)\b"
    # an analyst's own verdict: "troop mov't, nothing to log as strike", "not a new strike.
    # Do NOT log", "air raid alert 03:10-04:00, no impacts"
    r"|\bnothing\s+to\s+(?:log|code|map)(?:\s+as\s+(?:an?\s+)?(?:strikes?|incidents?))?"
    # (a count of none: "the counter shows 0 strikes since installation")
    r"|\b(?:0|zero)\s+(?:strikes?|hits?|attacks?|impacts?)\b"
    # (a note's verdict standing alone after the line it judges: '"steam explosion" in boiler 2
    # … NOT an explosion.')
    # ("… gave a loud bang at 14:20: static discharge in the duct. NOT an explosion, nothing
    # burned.": the verdict and what it found)
    r"|^\W*(?-i:NOT)\s+(?:an?\s+)?(?:explosions?|blasts?|strikes?|hits?|arrivals?|shelling)"
    r"\s*(?:[.!]?\s*$|[,;]\s+(?:nothing|nobody|no\s+one|no-one|no)\b)"
    # ("23:14 a bright fireball … NOT an explosion, it was a meteor")
    r"|\bnot\s+(?:an?\s+)?(?:explosions?|blasts?|strikes?|attacks?|missiles?|drones?|shelling|hits?)"
    r"\s*[,;:–—-]\s*(?:it\s+was|that\s+was|just|only)\b"
    # ("… he says by a blast, the technician says water in the case. NOT war damage.")
    r"|\b(?:NOT|[Nn]ot)\s+(?:war|strike|shelling|blast|combat)\s+damage\b"
    # ("cleaning lady admits she knocked it, NOT the blast": the cause set aside)
    r"|\b(?:NOT|[Nn]ot)\s+the\s+(?:blast|explosion|shelling|bombing|strike|attack|missile|drone)s?"
    r"\s*[.!]?\s*$"
    # (damage whose cause is denied: "bobbin case cracked — she dropped it, NOT from any blast")
    # (not "NOT from the blast": a blast known, denied only as this damage's cause)
    rf"|\bnot\s+{_CAUSE_OF}\s+(?:any|an?|this|that)\s+{_A_WEAPON_CAUSE}"
    # (an analyst's line that ends by dropping its item: "… video from 31/10 - no landmarks, skip.")
    r"|[-–—,;:]\s*(?:skip|skipped)\s*[.!]?\s*$"
    # ("Ground fighting; not coded as a strike.")
    r"|\bnot\s+(?:coded|counted|logged|mapped)\s+as\s+(?:an?\s+)?(?:strikes?|incidents?)\b"
    # "rumour in Viber on 12.11 that the kindergarten was hit - NOT TRUE, I called the head"
    # ("called about 'a strike on Lozova station' at 22:00 - checked, no such thing")
    # ("[struck out in the original: 'shelling of Hrushivka 10.09' - was a mistake of …]")
    r"|\b(?:rumou?rs?|(?:called|asked|a\s+call|calls)\s+about|reports?\s+(?:of|about)|"
    r"struck\s+out|crossed\s+out|deleted)\b"
    r"(?:[^.;]|\.\d){0,120}?(?:[-–—,(:]|\s)\s*(?:checked\s*[,:-]?\s*)?"
    r"(?:not\s+true|untrue|fake|false|denied|no\s+such\s+thing|nothing\s+of\s+the\s+(?:sort|kind)|"
    r"(?:(?:it\s+)?was\s+)?an?\s+(?:mistake|error))\b"
    # (and what it was instead: "…, it was a burning field south of town")
    r"(?:[^,;.]*?[,;–—-]\s*(?:it\s+was|it['’]s|that\s+was|turned\s+out)\b[^.;]*)?"
    r"|\bnot\s+(?:an?\s+)?(?:new\s+)?(?:strikes?|incidents?|events?)\b"
    # ("02.08 - Myropillia revisit (NOT a new shelling)"; a bare "NOT shelling" is a verdict
    # on its own line's damage, read where that line is)
    r"|\bnot\s+(?:an?\s+)?new\s+(?:shelling|attacks?|hits?)\b"
    # ("Same in Odesa, loud but no hits in our area")
    r"|\bno\s+(?:hits?|strikes?|impacts?|arrivals?)\s+anywhere\b"
    r"|\bno\s+(?:hits?|strikes?|impacts?|arrivals?)\s+(?:in|on|near|at)\s+(?:our|the|this|my)\s+"
    r"(?:area|city|town|district|village|street|neighbou?rhood|part\s+of\s+town)\b"
    # a cell's or a clause's bare verdict: "| JPG 40 | no attack", "…, no strikes."
    r"|\bno\s+(?:attacks?|strikes?|shelling|impacts?|hits?)\s*(?=$|[|.;,)])"
    # a coder's verdict: "no attack that day - EXCLUDE from the shelling count"
    r"|\bno\s+(?:attack|strike|shelling)s?\s+(?:that|this|on\s+that)\s+day\b"
    r"|\bexclude[ds]?\s+(?:it\s+)?from\s+the\s+(?:[\w-]+\s+){0,3}?(?:count|tally|table|data\s?set|layer)\b"
    # a verdict: "… was a transformer failure in a residential block; NOT an attack."
    r"|\bnot\s+an?\s+(?:attack|strike)\b(?!\s+(?:on|of|in|at|against|by)\b)"
    r"|\b[Dd]o\s+(?:not|NOT)\s+(?:log|code|map)\b|\bnot\s+a\s+remote\s+violence\s+(?:row|event)\b"
    r"|\bno\s+(?:impacts?|hits?|strikes?|arrivals?)\b(?:\s+(?:in\s+it|in\s+them|there|here|"
    # ("NO hits in Lozova, it was air defence")
    # ("air defence, NO HITS - CITY ADMIN": a ticker's dash before its source)
    r"(?:in|at|on)\s+(?-i:[A-Z])[\w'’-]+))?(?=\s*(?:[.;,)]|[-–—]\s|$))"
    # a host's note: "no shelling stories", "(no new strike to report; don't invent one)"
    r"|\bno\s+(?:new\s+)?(?:strikes?|shelling|attacks?|hits?)\s+(?:stories|to\s+report|news)\b"
    # a roundup's quiet communities: "Seredyna-Buda and Shalyhyne communities: no shelling today."
    r"|:\s*no\s+(?:shelling|attacks?|strikes?|hits?|explosions?|arrivals?|impacts?)"
    r"(?:\s+(?:today|tonight|overnight|yesterday|during\s+the\s+(?:day|night)))?(?=\s*(?:[.;,)]|$))"
    # "Ground fighting, no entry.", "Ground only, no strike entries."
    r"|\bno\s+(?:strike\s+)?entr(?:y|ies)\b|\bground\s+(?:fighting\s+|combat\s+)?only\b"
    # "The night passed without attacks", "there were no hits": a quiet night told.
    r"|\b(?:passed|went|was)\s+without\s+(?:any\s+)?(?:attacks?|strikes?|hits?|shelling)\b"
    r"|\bthere\s+(?:were|was|have\s+been|has\s+been)\s+no\s+(?:[\w-]+\s+)?"
    r"(?:hits?|strikes?|attacks?|impacts?|shelling|explosions?)\b"
    # "Sloviansk, Kramatorsk and Druzhkivka were not shelled over the past day"
    r"|\b(?:was|were|has|have)\s+not\s+(?:been\s+)?(?:shelled|attacked|hit|struck|targeted|damaged|"
    r"destroyed)\b"
    # "Today the city did not come under fire"
    r"|\b(?:did\s+not|didn['’]t)\s+come\s+under\s+(?:fire|attack|shelling)\b"
    # "The exact number of casualties in Mariupol and Volnovakha remains unknown"
    r"|\b(?:number|toll|count)\s+of\s+(?:casualties|victims|dead|deaths|wounded|injured)\b"
    r"[^.;]{0,80}?\b(?:remains?|is|are)\s+(?:still\s+)?unknown\b",
    re.IGNORECASE,
)
# "alert, train held 25 min, nothing hit on our section", "nothing was hit near us": the
# line's own alert came to nothing (not a verdict on the event told before it)
NOTHING_STRUCK = re.compile(
    r"\bnothing\s+(?:was\s+|got\s+)?(?:hit|struck|damaged|fell|landed)\b", re.IGNORECASE
)
# A fire, blast or crash the text itself says was no attack ("no attack was reported", and
# every denial above).
NOT_AN_ATTACK = re.compile(
    NEGATED_STRIKE.pattern + r"|\bcauses?\s+(?:of\s+the\s+(?:crash|fire|blast|explosion)\s+)?"
    r"(?:is\s+|are\s+|was\s+|were\s+|remains?\s+)?(?:unknown|unclear|not\s+known|being\s+(?:established|investigated))|\baccident(?:al|ally)?\b|"
    # ("household gas exploded …; the cause was a leak from a gas stove")
    r"\bshort[- ]circuit|\b(?:household\s+)?gas\s+(?:leak|explosion|cylinder|exploded|stove)|"
    r"\bnegligence\b|\bfaulty\s+wiring|"
    # ("the cause was a violation of fire safety rules during welding")
    # (the cause told, not a side's cover story: "Moscow blamed a violation of fire safety")
    r"\bcause\s+(?:of\s+the\s+fire\s+)?(?:was|is)\s+(?:a\s+)?(?:violation\s+of\s+(?:the\s+)?fire\s+safety|"
    r"careless\s+(?:handling|use)\s+of\s+fire)|\b(?:during|while)\s+welding\b|"
    # ("the cause of the fire is a faulty electric heater")
    r"\bfaulty\s+(?:[\w-]+\s+)?(?:heater|stove|boiler|appliance|chimney|wiring|equipment)|"
    # ("a fire broke out in a garage cooperative …; it was caused by New Year fireworks")
    r"\bcaused\s+by\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:fireworks|pyrotechnics|firecrackers|"
    r"candles?|(?:a\s+)?cigarettes?|heaters?|stoves?|lightning|welding|sparks)\b|"
    r"\b(?:transformer|equipment|technical|pipe)\s+(?:failure|fault|malfunction)|"
    r"\belectrical\s+fault|\bcollid(?:ed|es)\s+with|\bcollision\b|\blost\s+control\b|\boverturned\b|"
    r"\b(?:road|traffic)\s+accident|"
    # "crashed into a block … during a training flight; the pilots ejected": an air accident
    r"\btraining\s+(?:flight|sortie|mission)|\btechnical\s+(?:failure|fault|malfunction)|"
    r"\bpilots?\s+(?:had\s+|have\s+)?ejected|"
    r"\bno\s+(?:indication|sign|evidence)\s+of\s+(?:hostile\s+fire|an?\s+attack|a\s+strike|sabotage)|"
    # ('there was "no indication" that it had been an intentional attack')
    r"\bno\s+(?:indication|sign|evidence)[\"”’']?\s+(?:that\s+)?(?:it|this|the\s+[\w-]+)\s+(?:had\s+been|was)\s+"
    r"an?\s+(?:[\w-]+\s+)?(?:attack|strike)\b|"
    # "no indication the helicopter had been shot down"
    r"\bno\s+(?:indication|sign|evidence)\s+(?:that\s+)?(?:the\s+)?[\w-]+\s+(?:had\s+|has\s+|was\s+)?"
    r"(?:been\s+)?(?:shot\s+down|hit\s+by|attacked|struck)\b|"
    # "a methane explosion at a coal mine", "not linked to the fighting": an accident or
    # violence outside this war.
    r"\b(?:methane|firedamp|coal[- ]dust)\s+(?:explosion|blast)|\bindustrial\s+safety\b|"
    # ("the fire is not connected with the shelling")
    r"\b(?:not|never)\s+(?:been\s+)?(?:\w+\s+)?(?:linked|related|connected)\s+(?:to|with)\s+the\s+"
    r"(?:war|fighting|conflict|hostilities|shelling|strikes?|attacks?)|\bno\s+indication\s+that\s+[^.;]{0,60}?"
    r"(?:linked|related|connected)\s+to\s+the\s+(?:war|fighting|conflict|hostilities)"
    # ("The shooting and fire at Crocus City Hall … killed 137": gunmen, no strike)
    r"|\b(?:The|A)\s+(?:mass\s+)?shooting\s+(?:and\s+(?:the\s+)?fire\s+)?(?:at|in)\b"
    # "militants attacked churches, synagogues and a police post": gunmen's raid, no strike
    r"|\b(?:gunmen|terrorists|armed\s+men|militants)\s+(?:\w+\s+){0,2}?(?:attacked|opened\s+fire|"
    r"stormed|raided)\s+(?:\w+\s+){0,3}?(?:churche?s?|synagogues?|mosques?|concert|worshippers|"
    r"police\s+(?:posts?|stations?))\b"
    # "pro-war bloggers attacked the defence ministry": words, no weapon
    r"|\b(?:bloggers|critics|commentators|pundits|lawmakers|politicians|hardliners|nationalists|"
    r"newspapers|the\s+opposition)\s+(?:\w+\s+){0,2}?(?:attacked|lashed\s+out\s+at|slammed)\b",
    re.IGNORECASE,
)
NOT_AN_ATTACK_IN = _remembered(NOT_AN_ATTACK)
# "an unidentified armed group": the text says the striker is unknown; guess no side.
UNKNOWN_ACTOR = re.compile(
    r"\b(?:unidentified|unknown)\s+(?:armed\s+)?(?:group|assailants?|attackers?|perpetrators?|persons?|"
    r"individuals?|saboteurs?|partisans?)\b"
    # a coder's "The perpetrator is coded as unidentified."
    r"|\b(?:perpetrators?|attackers?|actors?)\s+(?:is|are|was|were|remains?)\s+(?:coded\s+as\s+|"
    r"listed\s+as\s+|still\s+)?(?:unidentified|unknown)\b"
    # a note's "something hit it, nobody knows what", "they don't know what it was or from where"
    r"|\b(?:nobody|no\s+one|no-one)\s+knows\s+(?:what|who|whose)\b(?!\s+(?:to|happened|will|else)\b)"
    r"|\b(?:don['’]t|do\s+not|didn['’]t|did\s+not)\s+know\s+(?:what\s+(?:it\s+was|hit|exploded|flew)|"
    r"who\s+(?:fired|shot|struck|hit|did\s+it)|whose\s+(?:it|shell|missile|drone|rocket))"
    r"|\bunclear\s+(?:what|who|whose)\s+(?:hit|fired|struck|exploded|it\s+was|caused|was\s+behind)"
    # "Moscow and Kyiv blame each other": a disputed side
    r"|\b(?:blame|blamed|blaming|accuse|accused|accusing)\s+each\s+other\b"
    r"|\beach\s+side\s+(?:blames|blamed|accuses|accused)\s+the\s+other\b",
    re.IGNORECASE,
)
# Words that make a sentence a strike whatever else it says.
# "For Malyn it is …", "For the people of Izium this was …": the town a sentence is about
# (and a note's "Again Bilopillia.": the town its next lines are about)
TOPIC_FOR = re.compile(
    r"^\W*For\s+(?:the\s+(?:people|residents)\s+of\s+)?$"
    r"|^\W*(?:(?:And\s+)?[Aa]gain|Once\s+again|Now)[,:]?\s+$"
)
# a coder's note that keeps the places it names off the map: "Irpin (item 6) and Hostomel
# (item 2) stay out of the strike count"
KEPT_OUT = re.compile(
    r"\b(?:stays?|kept|keep|remains?)\s+out\s+of\s+the\s+(?:strike\s+|event\s+)?"
    r"(?:count|set|table|map|list)\b",
    re.IGNORECASE,
)
# a moderator's "-> REJECTED: rumour", "REJECTED as event: UXO": the report is no event
REJECTED_REPORT = re.compile(r"\bREJECTED\b")
# A coder's or a note-taker's own verdict on the line: it tells no event to map.
CODER_VERDICT = re.compile(
    # (a coder's "[NOT CODED]", "[NOT CODED as a strike]")
    r"\[\s*(?i:not\s+coded)\b|"
    # (a summary's line opened by its status: "- NOT CODED: reports that a second … was shelled")
    # ("Not coded in this section: the 'referendums' …; the reception of evacuees in …")
    r"^\W{0,3}(?:NOT\s+CODED|Not\s+coded(?:\s+(?:in|for)\s+(?:this|the)\s+\w+)?)\s*(?::|\s[-–—]\s)|"
    # (a coding list's tag that keeps its row out: "#no (military presence, no attack)",
    # "#dup (of 9)")
    r"(?<![\w#])#(?i:no|dup|duplicate|skip|drop|excluded?|not[-_]?coded|nocode)\b(?![-_])|"
    rf"{REJECTED_REPORT.pattern}|\b[Nn]ot\s+an?\s+(?:new\s+)?strike\b|\bno\s+strike\s*(?:[\].;)!]|$)|\b[Nn]o\s+entry\b|\bkeep\s+(?:it\s+)?off\s+the\s+map\b|"
    # (not "don't map the firing point": another thing kept off the map)
    r"\b(?:[Dd]o\s+(?:not|NOT)|[Dd]on['’]t)\s+(?:log|code|map)(?:\s+(?:it|this|them|these))?\s*(?:[.;,)!]|$)"
    # a note-taker's own doubt: "I could not confirm, … not writing it as fact" (not a wire's
    # "Reuters could not confirm the report": the event is still told)
    r"|\bI\s+(?:could\s+not|couldn['’]t|can(?:not|['’]t))\s+confirm\b"
    # ("someone says explosions near Novozybkov — no idea, rumours.")
    r"|[-–—,]\s*(?:no\s+idea,\s*)?(?:just\s+|only\s+)?rumou?rs?\s*[.;!]"
    r"|\bnot\s+(?:writing|logging|recording)\s+it\s+(?:down\s+)?as\s+(?:a\s+)?fact\b"
    # (an export's own note on a row it left out: "… battle for the town. Not exported.")
    r"|\b[Nn]ot\s+exported\b"
    # (a duplicate's verdict closing its line: "Myropillia again on 01.08.2022 - the owner
    # counted the dead cattle; same event.", "…; same event as C3-11")
    # (or the record it repeats, by its id: "…; duplicate of LH-0522.", "; follow-up of DP-0725.")
    # (not a check's finding: "Cross-checked against the paste of 20 February: same event.")
    # ("…; same damage as mk-0319.}", "…; same fire as kyo-0312-b, no new hit.")
    r"|(?:[;–—]|\s-)\s*(?:(?:the\s+)?same\s+(?:event|incident|strike|attack|damage|fire|hit|"
    r"shelling)(?:\s+as\s+[\w-]+)?|"
    r"(?:a\s+)?(?:duplicate|follow-up|repeat)\s+of\s+[A-Za-z]{1,6}[-_]?\d[\w-]*)"
    r"(?:,\s*no\s+new\s+(?:hit|strike|event|attack))?"
    r"\s*[.)]?['\"]?[),;}\]]*\s*$"
    # (or its own sentence after the row's: "… nobody named as the attacker. Not coded.",
    # "Not coded until a second source is found.")
    r"|^\W{0,3}(?:NOT|Not)\s+coded\b"
    # (or its last words: "…; launch area, not coded.")
    r"|[,;:–—-]\s*(?i:not\s+coded)\s*[.!\"”']*\s*$"
)
# words that deny the war did a thing: no weapon of an event
NOT_THE_WAR = re.compile(
    # ("tape chewed by foxes or rats, NOT shrapnel": a verdict on the damage's cause)
    # ("NOT the plant, NOT anything from the shelling": nor a thing the shelling did)
    # ("the "BOOM" tag … is graffiti from 2019, NOT about the strike")
    # ("Plot M-4 burned in July (a cigarette, the ranger says), NOT from the shelling")
    r"\b[Nn][Oo][Tt]\s+(?:anything\s+(?:from|of)\s+|about\s+|from\s+|(?:caused\s+)?by\s+)?(?:the\s+|an?\s+)?(?:new\s+|fresh\s+|further\s+)?"
    # ("the balloon burst low: an old batch, NOT a hit and NOT frost")
    # ("angulation wire broken (old, NOT dropped)": a fall denied, no drone's drop)
    r"(?:war|shelling|shells?|strike|attack|shrapnel|fragments?|explosion|arrival|blast|hit|impact|"
    r"dropped)\b|"
    # ("an incident that is not connected with shelling")
    r"\b[Nn]ot\s+(?:connected|related|linked)\s+(?:with|to)\s+(?:the\s+)?(?:shelling|war|hostilities|"
    r"strikes?|attacks?)\b|"
    # (a farm's drone is no weapon: "Fungicide by the drone on C1-C5")
    rf"{FARM_DRONE}|"
    # "(mine accident - do NOT count with shelling casualties)": a verdict's words, no weapon
    r"\b(?:[Dd][Oo]\s+[Nn][Oo][Tt]|[Dd]on['’]t)\s+(?:count|include|add)\b[^.;()\n]*|"
    # "people are afraid of the mines in the fields more than of the shells": a fear, no event
    r"\b(?:afraid|scared|frightened|terrified|fearful)\s+of\b[^.;:()\n]*"
)
# a killing by gunmen, told anywhere in the sentence: "the massacre at Crocus City Hall …, which
# was carried out by gunmen, not drones"
BY_GUNMEN = re.compile(
    r"\b(?:carried\s+out|committed|perpetrated)\s+by\s+(?:\w+\s+)?(?:gunmen|terrorists|armed\s+men)\b"
    # ("armed attacks in Dagestan, where gunmen opened fire on churches … in Derbent")
    r"|\b(?:gunmen|armed\s+men)\s+(?:opened\s+fire|stormed|shot)\b",
    re.IGNORECASE,
)
# strikes only referred to: "cargo left before the strike" (the one told), "9 surveys cancelled
# by alarms or attacks" (a year's tally of what they stopped)
STRIKES_REFERRED_TO = re.compile(
    # (not "a day after the strike on Kramatorsk": the strike told with its place)
    # (not "after the shelling they found a body": the strike told, with what came of it)
    r"\b(?:before|until)\s+the\s+(?:strike|attack|shelling|explosion|blast)s?\b"
    r"(?!\s+(?:on|in|at|against|of|near)\b)"
    r"|\b(?:cancell?ed|closed|stopped|postponed|delayed|interrupted)\s+(?:by|because\s+of|due\s+to)\s+"
    r"(?:the\s+)?(?:(?:air\s+)?(?:alarms?|alerts?|sirens?)\s+(?:or|and)\s+)?(?:attacks|strikes|shelling)\b",
    re.IGNORECASE,
)
# a translator's gloss: '… NOT an arrival [TN: "prilyot", a shell or drone landing]' glosses a
# word, and its words tell no event
# (its opening, "[TN: ", apart: a name glossed inside it is read as the name before it)
GLOSS_OPENS = r"\[\s*(?:TN|T\.N\.|Translator['’]?s?\s+note)\s*:"
TRANSLATORS_GLOSS = re.compile(rf"{GLOSS_OPENS}[^\]]*\]", re.IGNORECASE)
# a strike told as one more: "drones also hit the refinery", "struck again"
ANOTHER_TIME = re.compile(r"\b(?:also|again|too|as\s+well)\b", re.IGNORECASE)
# a part of the writer's own town: "in the Sonyachnyi neighbourhood of our city"
PART_OF_OUR_TOWN = re.compile(
    r"(?:\s+(?:neighbou?rhood|(?:micro)?district|quarter|estate)\s+of\s+(?:our|this|the)|"
    r"\s+of\s+(?:our|this))\s+(?:city|town)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# a word a translator glosses as no weapon: "shells [TN: the pasta] 2 t" (struck out with its gloss)
WORD_GLOSSED_AS_OTHER = re.compile(
    rf"\b(?:shell(?:ed|ing|s)?|bombs?|rockets?)\s*{_GLOSS_NOT_STRIKE}", re.I
)
# a word named as a word, no strike: 'The word "bomb" in the feedback means "very good"'
A_WORD_AS_WORD = re.compile(
    r"\b(?:the\s+)?(?:word|term|slang|phrase)\s+[\"“‘'][\w -]{1,20}[\"”’']"
    # (or a term defined: 'In this book a "strike" is lightning unless …')
    r"|\b(?:an?|the)\s+[\"“][\w -]{1,20}[\"”]\s+(?:is|means|stands\s+for)\b"
    # (or a verb in scare quotes: 'EPS boards "exploded" out of the pack in the heat')
    # ('"bubble explosion" in tank 4', '[TN: "arrival", prilyot, is the word for …]')
    r"|[\"“](?:exploded|exploding|bombed|shelled|shelling|blew\s+up|hit|struck|strike|attack|explosion)[\"”]"
    # (not an official's term: 'a "combined strike" with Iskander missiles')
    r"|[\"“](?:[\w-]+\s+)?(?:explosion|bang|blast|arrivals?)[\"”]"
    # (or a thing's capitalised name: a trick's "Bomb drop", a fold's "Paper bomb", a "BOOM" tag)
    # (and its gloss in brackets: '"Paper bomb" (the water-bomb base)')
    r"|[\"“](?-i:[A-Z][\w-]*\s+)?(?-i:[Bb]ombs?|BOOM|[Bb]oom)(?:\s+[a-z-]+)?[\"”]"
    r"(?:\s*\([^()]{0,40}\))?"
    # (or a ruin's "shell": "the bread factory in Makariv is still a shell")
    r"|\b(?:is|was|are|were|remains?|stands?)\s+(?:still\s+|now\s+|just\s+|only\s+)?(?:a|an)\s+"
    r"(?:burnt[- ]out\s+|burned[- ]out\s+|empty\s+|gutted\s+|blackened\s+)?shells?\b"
    # (or what a word is used for: '"arrival", prilyot, is the word people there use for a
    # shell or rocket landing')
    r"|\bis\s+the\s+(?:word|term|name)\s+[^.;]{0,40}?\bfor\s+[^.;\]]*"
    # (or a stage's slang: "I bombed in Vinnytsia", "Killed it in Lviv", "the show was a blast")
    r"|\b(?-i:I|[Ww]e)\s+(?:totally\s+|completely\s+|really\s+|just\s+)?bombed\b"
    r"(?!\s+(?:the|a|an|their|its|them|it|his|her|our|enemy|russian|ukrainian)\b)"
    r"|\bkill(?:ed|ing|s)?\s+it\b(?!\s+(?:was|is|had|has)\b)"
    r"|(?<!\bthere\s)\b(?:was|is|were|will\s+be|had)\s+(?:such\s+)?an?\s+(?:absolute\s+|real\s+|total\s+)?"
    r"blast\b(?!\s+(?:at|in|near|on|from|of|that|which)\b)",
    re.IGNORECASE,
)
STRIKE_WORDS = re.compile(
    # (a witness's "something big fell by the stadium": a strike they could not name)
    r"\bsomething\s+(?:big\s+|heavy\s+|large\s+)?(?:fell|landed|exploded|flew\s+in)\b|"
    # (not an alert's "rocket danger", "missile danger": a warning, nothing fell)
    rf"\b(?:{_NOT_EGG}shell(?:ed|ing|s)?{_NOT_GLOSSED}|strikes?|struck(?!\s+(?:off|out)\b)|(?:missiles?|msls?|drones?|rockets?)(?!\s+danger\b)|"
    r"bomb(?:s|ed|ing)?|artillery|arty|"
    # (not a mason's: "mortar washed out at 12 m", "lime mortar between the bricks")
    r"(?<!lime\s)(?<!cement\s)(?<!masonry\s)mortars?(?!\s+(?:washed|crumbl\w*|joints?|"
    r"between|mix\w*|layer|render))|"
    r"air\s?strikes?|airstrikes?|shot\s+down|intercept(?:ed|ion)?|downed|MLRS|HIMARS|"
    r"Grads?|Shaheds?|Iskander|Kalibrs?|Kinzhal|Storm\s+Shadow|ATACMS|Tochka|Kh-[1-9]\d{1,2}(?!\d)|S-[34]00s?|glide|aerial|air\s+raid(?![\s-]+(?:alerts?|sirens?|warnings?|alarms?|shelters?))|"
    # (not "residents of the destroyed building": a ruin known, no strike told)
    r"(?<!the\s)destroyed|sank|sunk|blew\s+up|UAVs?|unmanned|planted|dealt\s+(?:an?\s+)?(?:[\w'‘’\"-]+\s+){0,2}?blows?|"
    # (not "dropped 1 pax at her son's", "dropped off the boxes": a driver's drop)
    # (nor "route dropped since August", "prices dropped to …": a thing given up, a fall)
    # (nor a list's status "Vinnytsia 27.10 — dropped (hall under repair)": taken off the list)
    r"(?<!route\s)(?<!routes\s)(?<!price\s)(?<!prices\s)(?<!level\s)(?<!demand\s)"
    r"(?<![—–:-]\s)dropp(?:ed|ing)(?!\s+(?:off|by|out|in|it|him|her|them|us|me|since|from|to|below|sharply|"
    r"\d+\s+(?:pax|passengers?|people|persons?)))|"
    r"car\s+bombs?|IEDs?|"
    r"(?:sub)?munitions|"
    # (what was fired left unnamed: "this morning something hit the big police building")
    r"(?:something|an?\s+unknown\s+(?:object|projectile))\s+(?:hit|struck|landed|flew\s+into|slammed\s+into)|"
    # "a group detonated an explosive device": someone set it off; "a device detonated" alone
    # may be an old mine.
    r"detonated\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:explosives?|bombs?|devices?|charges?))\b",
    re.IGNORECASE,
)
# A roundup entry: "Myropillia community: 12 mortar shells, no casualties."
ROUNDUP_ENTRY = re.compile(
    r"^\s*(?:(?i:urban|rural|settlement|territorial)\s+)?(?i:community|hromada|district|raion|"
    r"village council|municipality)?\s*(?:\([^)]*\))?\s*[:–—]\s"
)
# The day of a follow-up, not of the event: "the death toll rose to 9 on Sunday",
# "rescuers finished on Thursday", "died in hospital on Monday".
# A search after a strike: its day is the search's ("on Sunday rescuers pulled more bodies").
RESCUE_LEAD = re.compile(
    r"\b(?:[Rr]escuers|[Ee]mergency workers|[Ff]irefighters|[Ss]earchers|[Rr]escue (?:crews|teams|workers))\s+"
    r"(?:\w+\s+){0,2}?(?:pulled|recovered|found|retrieved|searched|dug|finished|completed|ended|"
    r"concluded|called\s+off|wrapped\s+up)\b"
    r"|\b(?:pull(?:ed|ing)|recover(?:ed|ing)|retriev(?:ed|ing))\s+(?:out\s+)?(?:more\s+|the\s+)?"
    r"(?:bod(?:y|ies)|body parts|remains)\b"
)
FOLLOW_UP_BEFORE = re.compile(
    r"\b(?:as\s+of|by\s+the\s+(?:morning|evening|end|afternoon)\s+of|toll|rose|risen|climbed|increased|succumbed|died\s+(?:in|of|from|later)|finished|"
    r"completed|ended|concluded|wrapped\s+up|recovered|identified|buried|funerals?|mourning|mourners|vigils?|"
    r"cleared|searched|search|rescue\s+operation|found\s+(?:the\s+)?bod(?:y|ies)|"
    r"pulled\s+(?:[\w-]+\s+){0,2}?(?:bodies|survivors|people)|"
    # "two more residents … turned to doctors on September 27": the injured counted later
    r"turned\s+to\s+(?:the\s+)?(?:doctors|medics|hospital)|sought\s+medical\s+(?:help|attention|care)|"
    # "Planet imagery 10/08: at least 8 aircraft destroyed": the day the damage was seen
    r"imagery|satellite\s+(?:images?|photos?|pictures?)|images?\s+(?:taken|dated))\b[^.;]{0,45}$",
    re.IGNORECASE,
)
# "on Thursday, a day after the strike": the event was the day before the date.
DAYS_AFTER = re.compile(
    # "on Sunday, more than 24 hours after a Russian missile tore through it": hours in days
    r"^\s*,?\s*(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"
    r"(?:(?P<n>a|one|two|three|\d)\s+days?|(?P<hours>24|36|48|72)\s+hours)\s+after\s+"
    r"(?:the|an?|its|this)\s+"
    r"(?:\w+\s+){0,2}?(?:strike|attack|shelling|explosion|blast|bombing|raid|bombardment|"
    r"missiles?|drones?|rockets?)\b",
    re.IGNORECASE,
)
STATEMENT_VERB_AFTER = re.compile(
    # (and after its speaker: "on 07.09 Zaluzhnyi wrote that it was a missile strike")
    r"^\s*(?:(?:[A-Z][\w'’.-]+\s+){1,3}(?=(?:said|told|wrote|announced|claimed|confirmed|"
    r"acknowledged|admitted|denied|posted|stated)\b))?"
    r"(?:called|said|told|described|announced|reported|claimed|wrote|raised|revised|"
    # "Russia on Monday summoned the U.S. ambassador and vowed retaliation after …"
    r"summoned|vowed|"
    r"acknowledged|admitted|denied|insisted|"
    # ("Putin on Sunday accused Ukrainian special services of staging the explosion")
    r"accused|blamed|"
    r"updated|lowered|put|mourned|buried|honou?red|commemorated|held\s+(?:a\s+)?funerals?|"
    # "Ukraine on October 6 held a day of mourning for the victims of a strike on Hroza"
    r"(?:held|declared|observed|marked)\s+(?:a\s+|the\s+)?(?:national\s+)?days?\s+of\s+mourning|"
    # a court's day: "A court in Poltava on Feb. 19 sentenced …"
    r"sentenced|convicted|acquitted|ruled|indicted|charged)\b",
    re.IGNORECASE,
)
# "In the afternoon", "around 08:00", an entry stamped "11:20 —": a time of day with no day
# is the day of publication (when the text dates nothing else).
CLOCK_TODAY = re.compile(
    r"\b(?:in|during)\s+the\s+(?:morning|afternoon|daytime)\b|"
    r"\b(?:this|the)\s+(?:morning|afternoon)(?:['’]s)?\s+(?:strike|attack|shelling|bombardment|raid|explosions?|blasts?)\b|"
    r"\b(?:at|around|about|after|before)\s+(?:around\s+|about\s+)?(?:\d{1,2}[:.]\d\d|noon|midday)\b|"
    # (not a log line's day and month: "10.08 Wed —", "14.03.2024")
    r"^\s*\d{1,2}(?::\d\d|\.\d\d(?![./]\d|\s*\(?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)))\b",
    re.IGNORECASE,
)
# Sappers removing or destroying old ordnance: rockets and "destroyed" in it, but no strike.
DISPOSAL = re.compile(
    r"\b(?:sappers|deminers|bomb[- ]disposal|pyrotechnicians|explosive\s+ordnance\s+disposal|"
    r"defus(?:ed|ing)|(?:destroyed|detonated)\s+(?:it|them)\s+(?:at\s+a\s+(?:range|site)|in\s+a\s+controlled)|"
    # "air defence units held exercises near Voronezh, practising the repelling of attacks by
    # drones": drills, whatever weapons they name
    r"(?:held|hold|holding|conducted|conducting|staged|staging)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:exercises|drills|manoeuvres|maneuvers))\b",
    re.IGNORECASE,
)
# A road or a line named by its towns: "the Kharkiv - Izium - Lyman route", "Sumy highway"
ROAD_NAMED = re.compile(
    # (not "the Kremenchuk road machinery plant": a plant named after the town)
    # ("trains on the Kharkiv - Izium - Lyman route": each town of it)
    r"^(?:\s*[-–—]\s*[A-Z][\w'’-]+){0,3}\s+(?:highway|motorway|road|route|railway|line)\b"
    # (but "the Odesa–Zaporizhzhia route at a station": the route, then where on it)
    rf"(?!\s+bridge|\s+(?:(?!(?:at|in|on|near|by|of|to|from)\s)[a-z-]+\s+){{0,2}}{FACILITY}\b)",
    re.IGNORECASE,
)


# A place Russia holds, as the words before it tell ("the Russian-occupied city of", "in
# occupied"), or as its officials' title does ("its Moscow-installed mayor said", "the
# occupation authorities"): the attacker there is Ukraine, not Russia. Not "formerly
# occupied", "de-occupied".
HELD_PLACE = re.compile(
    r"(?<!formerly )(?<!previously )(?<!once )(?<!de-)\b(?:(?:Russian|Moscow|Kremlin)[- ]"
    r"(?:occupied|held|controlled)|(?:temporarily\s+)?occupied)\s+(?:(?:the\s+)?[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
HELD_VOICE = re.compile(
    r"\b(?:(?:Russian|Moscow|Kremlin)[- ](?:installed|appointed)|"
    r"occupation\s+(?:authorities|officials|administration|head|governor|mayor|leader)|"
    r"(?:pro-Russian|separatist)\s+(?:authorities|officials|leader))\b",
    re.IGNORECASE,
)


# A list item's mark, as pages and channels write it: dashes, bullets, squares, arrows and
# emoji ("▫️ Ukrainsk: 2 wounded", "🔻 Kupiansk –"), each perhaps with its variation selector.
# a bracket's aside or qualifier, one level deep: "(Vasylivka raion)", "(the school has not …)"
IN_BRACKETS = re.compile(r"\([^()]*\)")
BULLET = r"(?:[-–—•▪▫◦‣⁃►▸▶●○■□◆◇★☆✓✔✅❗⚠➖➡→*]|[\U0001F300-\U0001FAFF])\uFE0F?"
# a mark no word or number starts with: a channel writes "▪️72 over the Bryansk region"
SYMBOL_BULLET = r"(?:[•▪▫◦‣⁃►▸▶●○■□◆◇★☆✓✔✅❗⚠➖➡→]|[\U0001F300-\U0001FAFF])\uFE0F?"
# A log line's stamp before its first word: "15.03 (Fri) ~11:00", "- Thu 16/2 |", "2024-05-23,
# 14:10 —", "night 30→31.05:" (its day, weekday, clock and separators, nothing else)
_STAMP_TOKEN = (
    r"(?:(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d[./][01]?\d(?:[./](?:(?:19|20)?\d\d))?\.?"
    # (a log's lower-case hand too: "thu 22.09", "4.09 sun")
    r"|\(?(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)(?:s|rs?|day|sday|nesday|rsday|urday)?\b\.?\)?"
    # (and a Ukrainian or Russian hand's: "нд 18.09 - Вольфине")
    r"|\(?(?i:пн|вт|ср|чт|пт|сб|нд|вс)\b\.?\)?"
    # (and in capitals: "THU 12.05 BARVINKOVE.")
    r"|\(?(?:MON|TUE|WED|THU|FRI|SAT|SUN)(?:S|RS?|DAY|SDAY|NESDAY|RSDAY|URDAY)?\b\.?\)?"
    r"|~?[0-2]?\d[:.h][0-5]\d|~[0-2]\d[0-5]\d|[0-3]?\d(?:st|nd|rd|th)"
    # a guard's military clock: "1340 hrs", "0340hrs"
    r"|(?:[01]\d|2[0-3])[0-5]\d\s*hrs?\b"
    # a dispatcher's clock before the hour ten: "0840 Kurakhivka under fire" (not "1200 people")
    r"|(?<![\d.,])0\d[0-5]\d\b"
    r"|\(?(?:[Nn]ight|[Nn]ite)\s+[0-3]?\d\s*(?:→|->|-|–|/)\s*[0-3]?\d(?:[./][01]?\d)?\)?"
    r"|(?:am|pm|AM|PM|morning|afternoon|evening|eve|night)\b"
    # the day counted back from the note's own, beside its date: "Sat 10th (D-1)", "(yday)"
    r"|\((?:D-\d|yday|today|yesterday)\))"
)
LINE_STAMP = rf"^\s*(?:{BULLET}\s*)?(?:{_STAMP_TOKEN}[\s,]*)+(?:(?:[-–—|:]|{BULLET})\s*)?$"
# (the same stamp opening a line, then what the line tells)
# ("2) 25.05 (Sat) — Maksym's car damaged …": a numbered entry's stamp too)
# a note's own label before its line's day: "Notes 13.09 (Tue): …"
STAMP_LABEL = r"(?i:notes?|entry|update|upd)\s+"
LINE_STAMP_HEAD = re.compile(
    rf"^\s*(?:{BULLET}\s*|\d{{1,2}}[.)]\s+(?=[0-3]?\d[./]|night\b))?"
    # (a book's entry number first: "22/118, Fri 20.05 — Lozova, …")
    r"(?:\d{1,4}/\d{3,5},?\s+(?=\S))?"
    rf"(?:{STAMP_LABEL}(?=[0-3]?\d[./][01]?\d))?"
    # (a weekday in two alphabets too: "вт/Tue 01.07 — 9 women", "31.07 (нд/Sun) - …")
    # (a token whole: not "Sat 04.1" of a line that is "Sat 04.11" alone)
    rf"(?:{_STAMP_TOKEN}(?!\d)[\s,/]*)+(?=[-–—|:]|{BULLET}|\w)"
)
# "16 drones intercepted over Belgorod oblast": a region's own tally, not a place in it
DOWNED_OVER = re.compile(
    r"\b(?:intercept\w*|shot\s+down|downed|destroyed|air\s+defen[cs]e)\b[^.;]{0,160}\bover\b", re.I
)
# A page an official body publishes: a regional military administration's, the police's, a
# governor's channel ("Kherson Regional Military Administration | Telegram"). What it tells of
# the other side's strikes is that side's word against the other: alleged.
OFFICIAL_MASTHEAD = re.compile(
    r"\b(?:(?:Regional|Oblast|City|District|Raion)\s+(?:State\s+)?(?:Military\s+)?Administration|"
    r"Military[- ]Civil(?:ian)?\s+Administration|OVA|RMA|ODA|MVA|CMA|National\s+Police|"
    r"Police\s+of\s+\w+|Prosecutor(?:'s|’s)?\s+Office|Prosecutor\s+General|"
    r"State\s+Emergency\s+Service|Governor|Mayor|head\s+of\s+the\s+[A-Z]\w+\s+"
    r"(?:Regional|Oblast|City|District)\b|head\s+of\s+the\s+(?:city|town)\s+of\s+[A-Z])",
)
# A post's byline, as channels write it in lower case: "Toretsk city military administration",
# "Yevhen Yevtushenko, head of the Nikopol district military administration", "Oleksandr
# Symchyshyn, Khmelnytskyi city mayor" (a line of its own, not a story's sentence)
_ADMINISTRATION = (
    r"(?:city|district|raion|regional|oblast)\s+(?:state\s+)?(?:military\s+)?administration"
)
OFFICIAL_BYLINE = re.compile(
    rf"^(?:[A-Z][\w'’.-]+\s+){{1,3}}{_ADMINISTRATION}$"
    r"|^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2},\s+(?:"
    rf"head\s+of\s+the\s+(?:[A-Z][\w'’-]+\s+){{1,2}}{_ADMINISTRATION}"
    r"|(?:[A-Z][\w'’-]+\s+)?city\s+mayor|mayor\s+of\s+[A-Z][\w'’-]+)$"
)
# Institutions only one side has: Ukraine's military administrations and police; the
# occupation's military-civilian administrations.
OFFICIAL_SIDE = (
    (re.compile(r"Military[- ]Civil|occupation", re.I), RUSSIA),
    (
        re.compile(
            r"Military\s+Administration|\b(?:OVA|RMA|ODA|MVA|CMA)\b|National\s+Police|"
            r"Police\s+of\s+Ukraine|State\s+Emergency\s+Service"
        ),
        UKRAINE,
    ),
)
# A page its side's military publishes ("General Staff of the Armed Forces of Ukraine" over
# the post): what it says its forces struck is claimed.
MILITARY_MASTHEAD = re.compile(
    r"^\W*(?:The\s+)?(?:General\s+Staff|Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|"
    r"Air\s+Force|Naval\s+Forces|Navy|Security\s+Service|Main\s+(?:Intelligence|Directorate)|"
    r"Unmanned\s+Systems\s+Forces)\b[^.]{0,60}?\b(?P<side>Ukraine|Russia|Russian\s+Federation)\b"
    # ("RUSSIAN MoD BRIEFING, 5 JUNE 2022", "RU MoD briefing 05.06": a briefing's own text)
    r"|^\W*(?P<adj>Ukrainian|Russian|RU|UA)\s+(?:General\s+Staff|Ministry\s+of\s+Defen[cs]e|"
    r"Defen[cs]e\s+Ministry|MoD|Air\s+Force|Navy)\b",
    re.IGNORECASE,
)
# "the toll from Friday's attack", "after Monday's missile barrage": the day is the event's
POSSESSIVE_EVENT = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|shelling|bombardment|barrage|explosion|blast|"
    r"raid|assault)s?\b"
)


# where the hurt were cared for, not where they were hurt: "… is still sleeping in a chair in
# the corridor of the hospital in Dnipro", "2 wounded, taken to hospital in Kryvyi Rih",
# "my husband got cut (treated in Bakhmut)"
CARED_FOR_IN = re.compile(
    # (not "It is the hospital in Tsyrkuny, the roof is burning": the site named)
    r"(?<!\bIt\s)(?<!\bThat\s)(?<!\bThis\s)"
    r"\b(?:is|are|remains?|remained|stays?|stayed|sleep\w*|lies|lay|lying|recover\w*|treated|"
    r"died|being)\b(?:(?!\b(?:hit|struck|shell\w*|attack\w*|bomb\w*|damag\w*|destroy\w*|strikes?)\b)"
    r"[^.;]){0,100}\bhospital\s+in\s+$"
    # where they were taken: "two of them to the regional hospital in Bryansk"
    # (not "damages to the hospital in Trostianets": the hospital struck)
    r"|\b(?:taken|brought|rushed|sent|transported|evacuated|flown|airlifted|transferred|distributed|"
    r"moved|delivered|of\s+them|drive|drives|drove|driven|driving|carr(?:y|ies|ied|ying)|"
    r"ferr(?:y|ies|ied|ying))"
    r"\b[^.;]{0,90}?\bto\s+(?:a|the)?\s*(?:[\w'’-]+\s+){0,2}?(?:hospitals?|clinics?)\s+in\s+$"
    r"|\b(?:treated|hospitali[sz]ed|operated\s+on)\s+(?:[\w-]+\s+){0,2}?in\s+$"
    # (and a rehabilitation: "son wounded …, still in rehab in Sumy")
    # (not "the school for social rehabilitation in Komyshuvakha": the thing struck)
    r"|\b(?:still|now|currently|remains?|is|are)\s+in\s+(?:a\s+|the\s+)?(?:rehab|rehabilitation)"
    r"(?:\s+(?:cent(?:re|er)|clinic|hospital))?\s+in\s+$"
    # a note's "mother wounded (hospital in Kramatorsk)"
    r"|\b(?:wounded|injured|hurt)\s+\(\s*(?:in\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+)?hospital\s+in\s+$"
    # ("the nephew was there, wounded, in the hospital in Rostov now")
    r"|\b(?:wounded|injured|hurt)\s*,\s+(?:now\s+)?in\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?hospital\s+in\s+$",
    re.IGNORECASE,
)


# damage found, its cause untold: "which police said was found destroyed after the retreat"
DAMAGE_FOUND = re.compile(
    r"\b(?:was|were)\s+found\s+(?:destroyed|damaged|burn(?:ed|t)|in\s+ruins)\b(?!\s+(?:by|in)\b)",
    re.IGNORECASE,
)
# weather's strike: "Lightning strike in quarter 41, a pine split to the root"
LIGHTNING_STRIKE = re.compile(
    r"\blightning(?:\s+[\w-]+)?\s+strikes?\b"
    # (a machine or a disease named by its blast: "CH-5 = blast freezer", "rice blast disease")
    r"|\bblast[\s-]+(?:freezers?|chillers?|furnaces?|disease|cabinets?|cleaning|doors?)\b|\bsandblast\w*"
    # (a potter's kiln: "Bisque firing — Tuesday", "pick-up of fired pieces")
    r"|\b(?:bisque|glaze|kiln|raku|test)\s+fir(?:ing|ed)\b|\bfired\s+(?:pieces|pots|bricks|clay|ware|mugs)\b",
    re.IGNORECASE,
)
# a vehicle's run named by where it goes: "Kyiv truck (Oleh)", "the Odesa bus"
VEHICLE_AFTER = re.compile(
    r"\s+(?:truck|lorry|van|bus|minibus|shuttle|delivery|run)s?\b"
    r"(?!\s+(?:station|stop|depot|terminal))",
    re.IGNORECASE,
)
# a street or a road named after a town: "car dealership, Zaporizke shose", "Kharkivska vul."
STREET_NAMED = re.compile(
    r"\s+(?:shose|shosse|prospekt|prosp\.|vul\.|street|str\.|avenue|ave\.|boulevard|blvd\.?|"
    # (a road's own name, not "the Kremenchuk road machinery plant", "the Chonhar road bridge")
    r"(?:road|highway)(?=\s*(?:[,.;:)|]|$|\s+(?:in|at|near|between|to|from|towards|and|where|"
    r"which|that|was|were|is|on|by|outside|north|south|east|west)\b))"
    r")(?!\w)"
    r"(?!\s+(?:fighting|battles?|clashes|combat)\b)",
    re.IGNORECASE,
)


# a town that only measures where a place is: "Ukrainka about 40 kilometers south of Kyiv"
# (DISTANCE_FROM, a distance); "Mykolaiv, about 60 km northwest of Kherson", "north-west of
# Kharkiv" (MEASURED_FROM_TOWN, a distance or a bearing alone)
_DISTANCE = r"\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\(\d+\s+miles\)\s+)?"
_BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_FROM_TOWN = r"(?:of|from)\s+(?:the\s+)?(?:(?:city|town|village|centre|center)\s+of\s+)?$"
DISTANCE_FROM = re.compile(
    rf"\b{_DISTANCE}(?:{_BEARING}\s+|(?:away\s+)?){_FROM_TOWN}", re.IGNORECASE
)
MEASURED_FROM_TOWN = re.compile(
    rf"(?:\b{_DISTANCE}(?:{_BEARING}\s+|(?:away\s+)?)|\b{_BEARING}\s+){_FROM_TOWN}", re.IGNORECASE
)
# "many loud explosions E of the city", "far away N": somewhere the text does not name, not
# the town the story or its heading is in
# (a log's compass letters only: "the bridge south of the city" is still the city's)
OUT_OF_TOWN = re.compile(
    r"\b[NSEW]{1,3}\s+(?i:of\s+(?:the\s+)?(?:city|town|village))\b|\b(?i:far\s+away)\b"
    # ("Explosions to the north all night", "shelling in the distance": heard from afar)
    r"|\b(?i:(?:explosions|blasts|booms|bangs|rumbl\w*|thunder|shelling|artillery|flashes)\s+"
    r"(?:(?:to|in|from)\s+the\s+(?:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)|in\s+the\s+distance|far\s+off)\b(?!\s+of\b))"
)
# an attack all over the country: "big missile attack on the whole country in the afternoon"
# (not "the death toll nationwide")
NATIONWIDE = re.compile(
    r"\b(?:attacks?|strikes?|barrage|shelling)\s+(?:[\w-]+\s+){0,2}?(?:on|across|against|all\s+over)"
    r"\s+(?:the\s+)?(?:(?:whole|entire)\s+country|country|Ukraine)\b(?!['’]s)"
    # ("kept up their bombardment of Ukrainian cities on Thursday": cities at large)
    r"|\b(?:attacks?|strikes?|barrage|shelling|bombardment)\s+(?:of|on)\s+(?:Ukrainian|Russian)\s+"
    r"(?:cities|towns|regions)\b"
    # ("The occupiers targeted energy infrastructure in a dozen regions")
    r"|\b(?:in|across|over)\s+(?:a\s+dozen|dozens\s+of|several|many|multiple|\d{1,2}|ten|eleven|"
    r"twelve|fifteen|twenty)\s+(?:regions|oblasts)\b",
    re.IGNORECASE,
)
# "Because of the daily shelling of Komyshany, on 20.04.2023 I left": a habit named by its
# adjective, whatever day the sentence names
HABIT_NOUN = re.compile(
    r"\b(?:daily|nightly|constant|regular|frequent|repeated|near-daily|everyday|continuous|"
    r"incessant|relentless)\s+(?:[\w-]+\s+)?(?:shelling|attacks|strikes|bombardments?)\b"
    # ("2 moved/cancelled because of shelling": a cause in general, no article, no one strike)
    r"|\b(?:because\s+of|due\s+to)\s+(?:shelling|strikes|attacks|air\s+raids|bombardments)\b"
    r"(?!\s+(?:on|of|in|at|by)\b)"
    # (or "Nikopol (closed during shelling)": while it lasts, whenever it comes; not "dies …
    # during shelling by Ukrainian forces", one shelling)
    r"|\b(?:during|in\s+case\s+of)\s+(?:shelling|strikes|attacks|air\s+raids)(?=\s*[),;]|\s*$)"
    # ("do not stand in the yard during shelling": advice for whenever it comes)
    r"|\b(?:do\s+not|don['’]t|never|please|always)\s+[^.;:]{0,60}?\b(?:during|in\s+case\s+of)\s+"
    r"(?:shelling|strikes|attacks|air\s+raids|alerts)\b",
    re.IGNORECASE,
)
# a strike told in the passive: "the library building was hit", "were targeted"
STRUCK_PASSIVE = re.compile(r"\b(?:were|was|been)\s+(?:\w+\s+)?(?:targeted|attacked|struck|hit)\b")
# the words notes write before a street's name, abbreviated ("vul. Shevchenka", "ul. Lenina",
# "prosp. Peremohy"): their full stop ends no sentence, and the name after them is no place
STREET_ABBR = r"(?:[Vv]ul|[Uu]l|[Pp]rosp|[Pp]r|[Bb]ulv|[Pp]rov)"
# "the border hromadas of the oblast", "in the northeastern region": a region said again,
# unnamed (the one the text or the sentence named)
THE_REGION_SAID = re.compile(
    # ("drones were shot down over his region", "attacks by Ukrainian drones on the region")
    # ("Russian troops had struck the oblast 42 times")
    r"\b(?:of|in|across|over|throughout|on|against|struck|shelled|hit|attacked|targeted)\s+"
    r"(?:the|his|her|their)\s+(?:[a-z-]+\s+)?(?:region|oblast)\b(?!\s+of\b)"
)
# "Voronezh governor Alexander Gusev": a town's name as its region's governor's title
GOVERNOR_AFTER = re.compile(r"\s+[Gg]overnor\b")
# "Brigade No. 3 left for Okhtyrka last week, where Russian drones hit a building": the
# where-clause tells a strike at the place it follows
WHERE_STRUCK_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}\s*,\s*where,?\s+(?!no\b|nothing\b)[^.;]{0,120}?"
    r"\b(?:hit|struck|shelled|attacked|destroyed|bombed|exploded|landed|"
    # (a verb, not "where the wounded were taken": where the victims went)
    r"(?<!the\s)(?:killed|wounded|injured))\b(?!\s+(?:were|was)\s+(?:taken|brought|moved))",
    re.IGNORECASE,
)
# a full stop that ends a sentence, not an abbreviation's ("school No. 6", "vul. Sadova")
FULL_STOP = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])(?<!\bvul)(?<!\bst)\.\s")
# the town a writer left, before its name: "Left Dnipro 05:30 by car" (not where they are)
LEFT_FROM = re.compile(r"\b(?:left|leaving|departed(?:\s+from)?|out\s+of)\s+$", re.IGNORECASE)
