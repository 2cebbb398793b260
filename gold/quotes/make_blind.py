"""Build quotes-blind.jsonl: 30 invented articles written blind to the quotes code.

Each article is written with inline markup ``<q k=KIND s="Speaker" c=CTR>span</q>``
(KIND d|i|m for direct/indirect/mixed; ``s=""`` for no speaker, ``c=-`` for no country).
The script strips the markup, computes offsets and checks every span slices the text.
Run: .venv/bin/python gold/quotes/make_blind.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

KINDS = {"d": "direct", "i": "indirect", "m": "mixed"}
TAG = re.compile(r'<q k=(\w) s="([^"]*)" c=([\w-]+)>(.*?)</q>', re.S)

ARTICLES = [
    ("wire-dateline-kabul", "2023-08-20",
     'KABUL, Aug 20 (Reuters) - Afghanistan\'s acting foreign minister, Abdul Rahim Sadiq, said on Sunday that '
     '<q k=i s="Abdul Rahim Sadiq" c=AFG>Kabul would not allow its soil to be used against any neighbour</q>.\n'
     '"<q k=d s="Abdul Rahim Sadiq" c=AFG>We have given our word and we will keep it</q>," Sadiq told a news conference. '
     '"<q k=d s="Abdul Rahim Sadiq" c=AFG>Our neighbours have nothing to fear from us.</q>"\n'
     "Pakistan's foreign office did not immediately respond to a request for comment."),

    ("split-cue-middle-she", "2024-02-14",
     "MADRID (AP) — Spain's trade minister defended the new tariffs on Wednesday.\n"
     '“<q k=d s="Ingrid Vasquez" c=ESP>The decision</q>,” Ingrid Vasquez said, “<q k=d s="Ingrid Vasquez" c=ESP>is final, and it was '
     'taken after months of consultation with every region.</q>”\n'
     'She added that <q k=i s="Ingrid Vasquez" c=ESP>talks with Beijing would continue at a technical level</q>.'),

    ("colon-intro-message", "2024-01-11",
     "Indian Prime Minister Narendra Modi had a clear message for investors at the summit in Gandhinagar: "
     '“<q k=d s="Narendra Modi" c=IND>India is open for business, and it will stay open.</q>”\n'
     "He also promised new rail links to the eastern states."),

    ("said-first-who", "2023-05-08",
     '"<q k=d s="Jonas Berg" c=NOR>There is no military solution to this conflict</q>," said the Norwegian foreign minister, '
     "Jonas Berg, who arrived in Khartoum on Monday.\n"
     '"<q k=d s="Jonas Berg" c=NOR>Both sides must return to the table and stay there</q>," said Berg.'),

    ("ministry-statement-partial", "2022-09-16",
     'The Chinese foreign ministry said in a statement on Friday that <q k=m s="Chinese foreign ministry" c=CHN>it “firmly opposes” '
     'the sale of weapons to Taiwan</q> and urged Washington to “<q k=d s="Chinese foreign ministry" c=CHN>stop sending dangerous '
     'signals to separatist forces</q>”.\n'
     "The statement did not say what steps Beijing might take."),

    ("spokesman-for-presidency", "2023-03-02",
     'A spokesman for the Turkish presidency said <q k=i s="Turkish presidency" c=TUR>the talks would take place in Istanbul next month</q>.\n'
     '"<q k=d s="Turkish presidency" c=TUR>All parties have confirmed their attendance</q>," the spokesman said, speaking on condition '
     "of anonymity in line with government rules."),

    ("anonymous-official-told-reuters", "2024-03-05",
     'WASHINGTON, March 5 (Reuters) - <q k=i s="senior administration official" c=USA>The United States is preparing a new package of '
     "sanctions against Iranian drone makers</q>, a senior administration official who asked not to be named told Reuters on Tuesday.\n"
     '<q k=i s="senior administration official" c=USA>The package could be announced as early as next week</q>, the official said.'),

    ("claimed-denied", "2024-04-21",
     "Russia's defence ministry claimed that <q k=i s=\"Russia's defence ministry\" c=RUS>its forces had shot down 14 Ukrainian drones "
     "over the Belgorod region overnight</q>.\n"
     'Kyiv denied that <q k=i s="Kyiv" c=UKR>any drones had been launched at Belgorod</q>.\n'
     "The claims could not be independently verified."),

    ("according-to-statement-stressed", "2023-07-12",
     'According to a statement from the Kenyan presidency, <q k=i s="Kenyan presidency" c=KEN>the two leaders agreed to reopen the '
     "border crossing at Mandera</q>.\n"
     'President Samuel Kiptoo stressed that <q k=m s="Samuel Kiptoo" c=KEN>security along the frontier remained “our first and last '
     "priority”</q>."),

    ("interview-cnn-she", "2023-11-26",
     'Israeli opposition leader Dana Shapiro told CNN in an interview on Sunday that <q k=m s="Dana Shapiro" c=ISR>the government had '
     '“lost the trust of the people”</q>.\n'
     '“<q k=d s="Dana Shapiro" c=ISR>I don\'t think there is any way back for them</q>,” she said. '
     '“<q k=d s="Dana Shapiro" c=ISR>The public has moved on.</q>”'),

    ("question-asked-inversion", "2023-10-05",
     '"<q k=d s="Lucia Ortega" c=MEX>Who will pay for the reconstruction?</q>" asked Mexican senator Lucia Ortega during the debate on '
     'Thursday. "<q k=d s="Lucia Ortega" c=MEX>Not the families who lost their homes, I can promise you that.</q>"\n'
     'The finance ministry said <q k=i s="finance ministry" c=MEX>the budget would be presented in April</q>.'),

    ("headline-colon", "2024-04-25",
     'Macron: "<q k=d s="Emmanuel Macron" c=FRA>Europe must learn to defend itself</q>"\n'
     "PARIS — French President Emmanuel Macron on Thursday called for a common European defence budget.\n"
     '"<q k=d s="Emmanuel Macron" c=FRA>We can no longer outsource our security</q>," he said in a speech at the Sorbonne.'),

    ("qa-interview", "2023-06-30",
     "The Guardian spoke to Ghana's finance minister, Kwame Asante, about the debt talks.\n"
     "Q: Will Ghana meet the IMF targets this year?\n"
     'A: <q k=d s="Kwame Asante" c=GHA>We are on track. The numbers for the second quarter are better than anyone expected.</q>\n'
     "Q: And if the talks fail?\n"
     'A: <q k=d s="Kwame Asante" c=GHA>They will not fail.</q>'),

    ("nested-single-mayor", "2024-06-09",
     '"<q k=d s="Thandiwe Mokoena" c=ZAF>When the minister told us \'the money is on its way\', we believed him</q>," said Thandiwe '
     'Mokoena, the mayor of a flood-hit town in KwaZulu-Natal. "<q k=d s="Thandiwe Mokoena" c=ZAF>Six months later we are still '
     'waiting.</q>"'),

    ("social-media-posts", "2022-09-28",
     'Polish Foreign Minister Radoslaw Sikorski wrote on X that <q k=m s="Radoslaw Sikorski" c=POL>the damage to the pipeline was '
     '“an act of sabotage, not an accident”</q>.\n'
     "Hungary's foreign minister, Peter Szijjarto, posted on Facebook: “<q k=d s=\"Peter Szijjarto\" c=HUN>We will not take part in "
     "any escalation.</q>”"),

    ("alternating-he-she", "2023-09-18",
     "Talks between Serbia and Kosovo ended without agreement in Brussels on Monday.\n"
     'Serbian President Aleksandar Vucic said <q k=m s="Aleksandar Vucic" c=SRB>he had offered “every possible compromise”</q>.\n'
     "Kosovo Prime Minister Vjosa Krasniqi rejected that account. “<q k=d s=\"Vjosa Krasniqi\" c=XKX>What was on the table was not a "
     "compromise but a demand</q>,” she said.\n"
     'Vucic said <q k=i s="Aleksandar Vucic" c=SRB>he would return to Brussels only if the EU changed its approach</q>. '
     '“<q k=d s="Aleksandar Vucic" c=SRB>I will not travel for photographs</q>,” he told reporters.\n'
     'She later wrote on Facebook that <q k=i s="Vjosa Krasniqi" c=XKX>Kosovo remained ready to talk</q>.'),

    ("multi-paragraph-after-cue", "2022-12-03",
     "Colombian Defence Minister Andres Villamil defended the operation on Saturday.\n"
     '“<q k=d s="Andres Villamil" c=COL>Our soldiers acted within the law</q>,” Villamil said. “<q k=d s="Andres Villamil" c=COL>They '
     "were attacked first, and they responded with proportionate force.\n"
     "“Every death is a tragedy, and every death will be investigated. Nobody is above the law, not even a soldier.</q>”\n"
     "Human rights groups called for an independent inquiry."),

    ("according-to-trailing-she-added", "2024-01-18",
     '<q k=i s="Ayesha Raza" c=PAK>Inflation will fall below 5 percent by the end of the year</q>, according to Pakistan\'s central bank '
     "governor Ayesha Raza.\n"
     '<q k=i s="Ayesha Raza" c=PAK>The bank would not hesitate to raise rates again if prices rose</q>, she added.'),

    ("government-said-kyodo", "2023-06-04",
     "TOKYO, June 4 (Kyodo) - Japan's government said on Thursday <q k=i s=\"Japan's government\" c=JPN>it had lodged a protest with "
     "Beijing over a Chinese survey ship operating near the Senkaku Islands</q>.\n"
     '"<q k=d s="Hiroshi Matsuda" c=JPN>This is unacceptable</q>," Chief Cabinet Secretary Hiroshi Matsuda told a regular press briefing.'),

    ("outlet-reported-then-denial", "2024-02-07",
     "Nigeria's army has killed at least 30 militants in Borno state, the BBC reported on Wednesday, citing military sources.\n"
     'Army spokesman Onyema Nwachukwu denied that <q k=i s="Onyema Nwachukwu" c=NGA>civilians had been among the dead</q>. '
     '‘<q k=d s="Onyema Nwachukwu" c=NGA>These were armed men who attacked our base</q>,’ he said.'),

    ("said-first-indirect-insisted", "2023-01-27",
     '<q k=i s="Helen Marchand" c=CAN>Canada will keep its embassy in Caracas open</q>, said Foreign Minister Helen Marchand on Friday.\n'
     '"<q k=d s="Helen Marchand" c=CAN>Closing it would punish the wrong people</q>," Marchand insisted.'),

    ("spokeswoman-then-ministry", "2023-08-08",
     "Iran's foreign ministry spokeswoman, Leila Karimi, said <q k=m s=\"Leila Karimi\" c=IRN>the country's nuclear programme was "
     '"entirely peaceful"</q>.\n'
     '"<q k=d s="Leila Karimi" c=IRN>We have nothing to hide from the inspectors</q>," she told state television.\n'
     "The ministry said in a separate statement that <q k=i s=\"Iran's foreign ministry\" c=IRN>a new round of talks would begin in "
     "Oman</q>."),

    ("colon-said-question-inside", "2023-02-19",
     'At a rally in Lagos, opposition candidate Folake Adeyemi said: "<q k=d s="Folake Adeyemi" c=NGA>They ask me where the money will '
     'come from. I ask them: where did the last budget go?</q>"\n'
     'Her rival, Governor Musa Bello, said <q k=m s="Musa Bello" c=NGA>the claims were "cheap politics" and "beneath a serious '
     'candidate"</q>.'),

    ("un-spokesperson-afp", "2022-03-01",
     'A spokesperson for the UN refugee agency told AFP that <q k=i s="UN refugee agency" c=IGO>more than 200,000 people had fled '
     "across the border in the past week</q>.\n"
     '“<q k=d s="UN refugee agency" c=IGO>The camps are already full</q>,” the spokesperson said. '
     '“<q k=d s="UN refugee agency" c=IGO>We need funding now, not in three months.</q>”'),

    ("ngo-report-government-described", "2022-07-14",
     'Amnesty International said in a report published on Tuesday that <q k=i s="Amnesty International" c=->Sri Lankan security forces '
     "had used live ammunition against protesters in at least four cities</q>.\n"
     'The Sri Lankan government has described the protests as "<q k=d s="Sri Lankan government" c=LKA>riots organised and paid for '
     'from abroad</q>".\n'
     '"<q k=d s="Amnesty International" c=->The evidence we collected is overwhelming</q>," the group said.'),

    ("definite-description-minister", "2024-05-13",
     "Thai Foreign Minister Somchai Wongsa met his Cambodian counterpart in Bangkok on Monday.\n"
     'The minister told reporters afterwards that <q k=i s="Somchai Wongsa" c=THA>both countries would withdraw heavy weapons from the '
     "disputed temple area</q>.\n"
     '“<q k=d s="Somchai Wongsa" c=THA>It is a first step, but an important one</q>,” Wongsa said.'),

    ("white-house-it-said", "2023-08-28",
     'The White House said <q k=i s="White House" c=USA>President Joe Biden would travel to Hanoi next month to sign a new partnership '
     "agreement</q>.\n"
     '<q k=m s="White House" c=USA>The trip will “open a new chapter” in relations between the two countries</q>, it said.'),

    ("anonymous-diplomats", "2023-03-09",
     '<q k=i s="diplomats" c=->Saudi Arabia and Iran have agreed to hold a fresh round of talks in Baghdad</q>, two diplomats familiar '
     "with the matter said on Thursday.\n"
     'One of the diplomats said <q k=i s="diplomats" c=->the talks would focus on the war in Yemen</q>. Neither would give further '
     "details."),

    ("kremlin-adding-that", "2023-10-02",
     'MOSCOW, Oct 2 (Reuters) - The Kremlin said on Monday <q k=i s="Kremlin" c=RUS>it saw no basis for new talks with Kyiv</q>.\n'
     '"<q k=d s="Dmitry Peskov" c=RUS>At the moment there is nothing to discuss</q>," Kremlin spokesman Dmitry Peskov told reporters, '
     'adding that <q k=i s="Dmitry Peskov" c=RUS>Moscow\'s conditions were well known</q>.'),

    ("acknowledged-argued-colon", "2024-05-30",
     "Chile's finance minister, Mario Fuentes, acknowledged that <q k=i s=\"Mario Fuentes\" c=CHL>growth had slowed more than expected "
     "in the first quarter</q>.\n"
     'But he argued that <q k=i s="Mario Fuentes" c=CHL>the slowdown was temporary</q>: "<q k=d s="Mario Fuentes" c=CHL>Copper prices '
     'are recovering, investment is returning, and by the autumn we will see it in the numbers.</q>"\n'
     "Economists were less optimistic."),
]


def build(marked: str) -> tuple[str, list[dict]]:
    text, quotes, pos = [], [], 0
    out_len = 0
    for m in TAG.finditer(marked):
        before = marked[pos:m.start()]
        text.append(before)
        out_len += len(before)
        kind, speaker, country, span = m.groups()
        assert "<q" not in span, span
        quotes.append({"start": out_len, "end": out_len + len(span), "kind": KINDS[kind],
                       "speaker": speaker or None, "speaker_country": None if country == "-" else country,
                       "_span": span})
        text.append(span)
        out_len += len(span)
        pos = m.end()
    text.append(marked[pos:])
    full = "".join(text)
    assert "<q" not in full and "</q>" not in full, full
    for q in quotes:
        span = q.pop("_span")
        assert full[q["start"]:q["end"]] == span, (full[q["start"]:q["end"]], span)
        assert span == span.strip() and span, repr(span)
    return full, quotes


def main() -> None:
    out = Path(__file__).with_name("quotes-blind.jsonl")
    ids = set()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for aid, published, marked in ARTICLES:
            assert aid not in ids, aid
            ids.add(aid)
            text, quotes = build(marked)
            n += len(quotes)
            fh.write(json.dumps({"id": aid, "published": published, "text": text, "quotes": quotes},
                                ensure_ascii=False) + "\n")
    # re-read and verify every span slices the text exactly
    for line in out.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for q in row["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(row["text"])
    print(f"{len(ARTICLES)} articles, {n} quotes -> {out}")


if __name__ == "__main__":
    main()
