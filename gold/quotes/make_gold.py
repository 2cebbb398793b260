"""Build quotes-gold.jsonl from the invented articles below, computing and checking offsets.

Run from the project root:  .venv/bin/python gold/quotes/make_gold.py
Each quote is given by its exact text (and, if the text occurs more than once, which
occurrence); the script finds the offsets, refuses an ambiguous or missing span, and
checks that text[start:end] round-trips. All articles are invented for this set.
"""

from __future__ import annotations

import json
from pathlib import Path

# (id, published, text, [(quote text, kind, speaker name, speaker country[, occurrence])])
ARTICLES = [
    ("straight-floating", "2023-03-07",
     'The Kenyan foreign minister, Amina Odhiambo, said on Tuesday that talks with Somalia would resume next week.\n'
     '"We are ready to listen," Odhiambo told reporters in Nairobi.\n'
     '"Nobody gains from a closed border, and nobody will be punished for talking."\n'
     'Somali officials did not comment.',
     [("talks with Somalia would resume next week", "indirect", "Amina Odhiambo", "KEN"),
      ("We are ready to listen", "direct", "Amina Odhiambo", "KEN"),
      ("Nobody gains from a closed border, and nobody will be punished for talking.", "direct", "Amina Odhiambo", "KEN")]),
    ("curly-he-said-split", "2022-10-02",
     "German Chancellor Olaf Scholz warned that energy prices could rise further this winter.\n"
     "“We must prepare for a difficult season,” he said. “No household will be left alone with its bills.”",
     [("energy prices could rise further this winter", "indirect", "Olaf Scholz", "DEU"),
      ("We must prepare for a difficult season", "direct", "Olaf Scholz", "DEU"),
      ("No household will be left alone with its bills.", "direct", "Olaf Scholz", "DEU")]),
    ("guillemets-partial", "2022-04-11",
     "The spokesman of the French foreign ministry, Paul Girard, called the new sanctions « a grave mistake that will hurt ordinary families » in a briefing on Monday.\n"
     "The measures take effect in May.",
     [("a grave mistake that will hurt ordinary families", "direct", "Paul Girard", "FRA")]),
    ("low-nine-marks", "2021-11-19",
     "Austrian Chancellor Karl Weber told parliament in Vienna: „We will not send troops to the border under any circumstances.“\n"
     "The opposition welcomed the statement.",
     [("We will not send troops to the border under any circumstances.", "direct", "Karl Weber", "AUT")]),
    ("according-to-person", "2020-08-30",
     "According to Brazilian Defence Minister Lucas Prado, the army has withdrawn from the border region.\n"
     "The withdrawal was completed on Sunday, Prado said.",
     [("the army has withdrawn from the border region", "indirect", "Lucas Prado", "BRA"),
      ("The withdrawal was completed on Sunday", "indirect", "Lucas Prado", "BRA")]),
    ("multi-paragraph", "2019-05-14",
     "UN envoy Maria Lindqvist briefed the Security Council on Tuesday.\n"
     "“The humanitarian situation in the north has worsened every week since January, and the convoys we were promised have not arrived.\n"
     "“Without access, people will die this summer,” Lindqvist said.\n"
     "The council will meet again on Friday.",
     [("The humanitarian situation in the north has worsened every week since January, and the convoys we were promised have not arrived.\n“Without access, people will die this summer", "direct", "Maria Lindqvist", "IGO")]),
    ("nested-single", "2022-03-05",
     "“They keep calling it a ‘special operation’, but it is a war against a whole nation,” said Ukrainian Foreign Minister Dmytro Kuleba.\n"
     "Kuleba spoke in Warsaw.",
     [("They keep calling it a ‘special operation’, but it is a war against a whole nation", "direct", "Dmytro Kuleba", "UKR")]),
    ("odd-marks", "2018-02-21",
     "Senator Ruth Calder said the “reform package would pass by March.\n"
     "The vote is set for Thursday and the chamber is expected to be full. Lobbyists have booked every meeting room nearby.",
     [("the “reform package would pass by March", "mixed", "Ruth Calder", "USA")]),
    ("scare-quotes", "2021-06-09",
     "The government’s so-called “peace plan” was discussed in Geneva on Monday. Several diplomats described the “roadmap” as vague.\n"
     "Opposition leader Tomas Novak said the plan was “a document written for cameras, not for people.”",
     [("the plan was “a document written for cameras, not for people.”", "mixed", "Tomas Novak", "CZE")]),
    ("told-reporters", "2023-01-17",
     "Japanese Prime Minister Fumio Kishida told reporters the two countries had agreed to hold regular security talks.\n"
     "South Korea has not confirmed the plan.",
     [("the two countries had agreed to hold regular security talks", "indirect", "Fumio Kishida", "JPN")]),
    ("trailing-cue-indirect", "2020-12-01",
     "Egyptian army spokesman Ahmed Saleh held a news conference in Cairo.\n"
     "The ceasefire is holding in most districts, Saleh said on Monday. Aid convoys will enter the city on Wednesday, he added.",
     [("The ceasefire is holding in most districts", "indirect", "Ahmed Saleh", "EGY"),
      ("Aid convoys will enter the city on Wednesday", "indirect", "Ahmed Saleh", "EGY")]),
    ("insist-stress-note", "2022-02-01",
     "Indian Finance Minister Nirmala Sitharaman insisted that the budget would not raise income taxes. "
     "She stressed that spending on roads would double, and noted that inflation had slowed since the autumn.",
     [("the budget would not raise income taxes", "indirect", "Nirmala Sitharaman", "IND"),
      ("spending on roads would double", "indirect", "Nirmala Sitharaman", "IND"),
      ("inflation had slowed since the autumn", "indirect", "Nirmala Sitharaman", "IND")]),
    ("went-on-to-state", "2019-07-23",
     "Turkish President Recep Tayyip Erdogan criticised the decision of the European Union on Monday. "
     "He went on to state that Ankara would review its trade agreements with the bloc.",
     [("Ankara would review its trade agreements with the bloc", "indirect", "Recep Tayyip Erdogan", "TUR")]),
    ("outlets-reuters-bbc", "2023-09-28",
     "Canadian officials are preparing new sanctions against Iran, Reuters reported on Thursday.\n"
     "Foreign Minister Melanie Joly told the BBC that the measures would target shipping companies.",
     [("the measures would target shipping companies", "indirect", "Melanie Joly", "CAN")]),
    ("dateline-ap", "2022-08-13",
     "NAIROBI (AP) -- Kenyan President William Ruto said on Saturday that the election count would go ahead as planned.\n"
     "“There will be no delay and no recount,” Ruto said.",
     [("the election count would go ahead as planned", "indirect", "William Ruto", "KEN"),
      ("There will be no delay and no recount", "direct", "William Ruto", "KEN")]),
    ("editorial", "2021-04-02",
     "The Guardian said in an editorial that the government had lost the trust of voters.\n"
     "The Washington Post first reported the resignation of the minister on Friday.",
     [("the government had lost the trust of voters", "indirect", "The Guardian", "GBR")]),
    ("pronoun-gender", "2022-05-16",
     "Estonian Prime Minister Kaja Kallas visited Polish President Andrzej Duda in Warsaw on Monday.\n"
     "“Our borders are Europe’s borders, and we will defend them together,” she said.",
     [("Our borders are Europe’s borders, and we will defend them together", "direct", "Kaja Kallas", "EST")]),
    ("said-no-that", "2022-02-20",
     "Russian Foreign Minister Sergei Lavrov said Moscow had no plans to attack its neighbour.\n"
     "Western governments disputed the claim.",
     [("Moscow had no plans to attack its neighbour", "indirect", "Sergei Lavrov", "RUS")]),
    ("colon-and-according-trailing", "2021-09-30",
     "Iranian Foreign Minister Hossein Amirabdollahian said on state television: “The nuclear talks are not dead.”\n"
     "The talks will resume in Vienna next month, according to the minister.",
     [("The nuclear talks are not dead.", "direct", "Hossein Amirabdollahian", "IRN"),
      ("The talks will resume in Vienna next month", "indirect", "Hossein Amirabdollahian", "IRN")]),
    ("mixed-and-partial", "2022-08-03",
     "Chinese foreign ministry spokesperson Wang Wenbin said the visit was “a serious provocation against our sovereignty” "
     "and urged Washington to “stop playing with fire in the Taiwan Strait.”",
     [("the visit was “a serious provocation against our sovereignty”", "mixed", "Wang Wenbin", "CHN"),
      ("stop playing with fire in the Taiwan Strait.", "direct", "Wang Wenbin", "CHN")]),
    ("split-quote", "2020-11-10",
     "“We did not start this conflict,” Armenian Prime Minister Nikol Pashinyan said, “but we will end it at the negotiating table.”",
     [("We did not start this conflict", "direct", "Nikol Pashinyan", "ARM"),
      ("but we will end it at the negotiating table.", "direct", "Nikol Pashinyan", "ARM")]),
    ("floating-chain", "2023-02-09",
     "South African President Cyril Ramaphosa addressed parliament on Thursday.\n"
     "“Power cuts will end within a year,” Ramaphosa said.\n"
     "“We have secured new generation capacity from private producers across the country.”\n"
     "“And we will hold the utility to account for every hour of darkness.”\n"
     "The opposition rejected the promise.",
     [("Power cuts will end within a year", "direct", "Cyril Ramaphosa", "ZAF"),
      ("We have secured new generation capacity from private producers across the country.", "direct", "Cyril Ramaphosa", "ZAF"),
      ("And we will hold the utility to account for every hour of darkness.", "direct", "Cyril Ramaphosa", "ZAF")]),
    ("british-single", "2023-06-20",
     "Britain’s foreign secretary, James Cleverly, said the proposal was ‘dead on arrival’.\n"
     "Talks will continue in London.",
     [("the proposal was ‘dead on arrival’", "mixed", "James Cleverly", "GBR")]),
    ("inch-mark", "2022-12-12",
     'Twelve 5" shells were found near the port of Odesa, Ukrainian navy spokesman Dmytro Pletenchuk said on Monday.',
     [('Twelve 5" shells were found near the port of Odesa', "indirect", "Dmytro Pletenchuk", "UKR")]),
    ("outlet-not-speaker", "2021-10-05",
     "Saudi Arabia has held secret talks with Iran in Baghdad, the Financial Times reported.\n"
     "Saudi Foreign Minister Faisal bin Farhan told CNN that the talks were “cordial but exploratory.”",
     [("the talks were “cordial but exploratory.”", "mixed", "Faisal bin Farhan", "SAU")]),
]


def build(out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for aid, published, text, quotes in ARTICLES:
            gold = []
            for q in quotes:
                span, kind, name, country = q[:4]
                occurrence = q[4] if len(q) > 4 else 0
                starts = [i for i in range(len(text)) if text.startswith(span, i)]
                if len(starts) <= occurrence or (len(starts) > 1 and len(q) == 4):
                    raise SystemExit(f"{aid}: span {span!r} found {len(starts)} times")
                start = starts[occurrence]
                end = start + len(span)
                assert text[start:end] == span
                gold.append({"start": start, "end": end, "kind": kind, "speaker": name, "speaker_country": country})
            gold.sort(key=lambda g: g["start"])
            fh.write(json.dumps({"id": aid, "published": published, "text": text, "quotes": gold},
                                ensure_ascii=False) + "\n")
            n += 1
    return n


if __name__ == "__main__":
    path = Path(__file__).with_name("quotes-gold.jsonl")
    print(f"wrote {build(path)} articles to {path}")
