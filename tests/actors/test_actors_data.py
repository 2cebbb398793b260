"""Every actors data file loads, validates and holds the entries the coder depends on."""

from __future__ import annotations

import pytest

from eventwire.actors import tables
from eventwire.actors.outlets import match_outlet
from eventwire.errors import ConfigError


@pytest.fixture(scope="module")
def k():
    return tables.knowledge()


def test_actors_data_files_have_format_headers():
    for path in tables.DATA.iterdir():
        if path.suffix in (".csv", ".yaml"):
            assert path.read_text(encoding="utf-8").startswith("#"), f"{path.name} lacks its format header"


def test_actors_countries_cover_all_iso_states(k):
    assert len(k.countries) >= 249
    for iso3 in ("AFG", "RUS", "USA", "PSE", "SSD", "XKX", "TLS", "VAT"):
        assert iso3 in k.countries


@pytest.mark.parametrize("surface,iso3,category", [
    ("Russian", "RUS", "demonym"), ("Afghan", "AFG", "demonym"), ("American", "USA", "demonym"),
    ("U.S.", "USA", "country"), ("US", "USA", "country"), ("British", "GBR", "demonym"), ("UK", "GBR", "country"),
    ("Emirati", "ARE", "demonym"), ("Saudi", "SAU", "demonym"), ("Palestinian", "PSE", "demonym"),
    ("Israeli", "ISR", "demonym"), ("Washington", "USA", "seat"), ("the Kremlin", "RUS", "seat"),
    ("Beijing", "CHN", "seat"), ("Downing Street", "GBR", "seat"), ("the White House", "USA", "seat"),
    ("Tehran", "IRN", "seat"), ("Burma", "MMR", "country"), ("Ivory Coast", "CIV", "country"),
])
def test_actors_countries_surface_forms(k, surface, iso3, category):
    entries = k.surfaces[surface]
    assert any(e.country == iso3 and e.category == category for e in entries)


@pytest.mark.parametrize("surface,code,country,sector", [
    ("UN", "IGOUNO", "IGO", "IGO"), ("NATO", "IGONAT", "IGO", "MIL"), ("EU", "IGOEEC", "IGO", "IGO"),
    ("UNHCR", "IGOUNOHCR", "IGO", "IGO"), ("IAEA", "IGOUNOIAEA", "IGO", "IGO"), ("ICC", "IGOICC", "IGO", "JUD"),
    ("Security Council", "IGOUNOSEC", "IGO", "IGO"), ("Amnesty International", "NGOAMN", "NGO", "NGO"),
    ("Taliban", "AFGINSTAL", "AFG", "INS"), ("Hamas", "PSEINSHMS", "PSE", "INS"), ("Hezbollah", "LBNINSHEZ", "LBN", "INS"),
    ("al-Qaeda", "IMGINSAQD", "IMG", "INS"), ("ISIS", "IMGINSISI", "IMG", "INS"), ("FARC", "COLREBFAR", "COL", "REB"),
    ("LTTE", "LKAREBLTT", "LKA", "REB"), ("Houthis", "YEMREBHTH", "YEM", "REB"), ("Boko Haram", "NGAINSBKH", "NGA", "INS"),
])
def test_actors_igos_and_groups_codes(k, surface, code, country, sector):
    (entry,) = k.surfaces[surface]
    assert (entry.code, entry.country, entry.sector) == (code, country, sector)


@pytest.mark.parametrize("surface,code", [("the West", "WST"), ("Central Asian", "CAS"), ("Western", "WST"),
                                          ("Middle East", "MEA"), ("South Asia", "SAS")])
def test_actors_regions_are_never_a_country(k, surface, code):
    (entry,) = k.surfaces[surface]
    assert entry.kind == "region" and entry.country == code and code not in k.countries


@pytest.mark.parametrize("term,sector", [("president", "GOV"), ("troops", "MIL"), ("police", "COP"),
                                         ("rebels", "REB"), ("militants", "INS"), ("protesters", "CVL"),
                                         ("prosecutors", "JUD"), ("refugees", "REF"), ("spy agency", "SPY"),
                                         ("lawmakers", "LEG"), ("clergy", "REL"), ("journalists", "MED")])
def test_actors_sector_terms(k, term, sector):
    assert k.sector_terms[term].sector == sector


@pytest.mark.parametrize("name,date,role,sector", [
    ("Vladimir Putin", "2010-06-01", "prime minister", "GOV"), ("Vladimir Putin", "2021-08-20", "president", "GOV"),
    ("Dmitry Medvedev", "2010-06-01", "president", "GOV"), ("Joe Biden", "2012-01-01", "vice president", "GOV"),
])
def test_actors_people_roles_change_over_time(k, name, date, role, sector):
    r, current = k.people[name].role_at(date)
    assert current and (r.role, r.sector) == (role, sector)


def test_actors_people_out_of_office_is_not_current(k):
    r, current = k.people["Tony Blair"].role_at("2015-01-01")
    assert not current and r.country == "GBR"


def test_actors_people_shared_surname_is_not_an_alias(k):
    # Two Clintons in the table: "Clinton" alone must not pick one.
    assert "Clinton" not in k.person_aliases
    assert k.person_aliases["Putin"] == ["Vladimir Putin"]


@pytest.mark.parametrize("text,name", [("CNN", "CNN"), ("the Wall Street Journal", "The Wall Street Journal"),
                                       ("WSJ", "The Wall Street Journal"), ("AP", "Associated Press"),
                                       ("The Associated Press", "Associated Press"), ("Reuters's", "Reuters"),
                                       ("al jazeera", "Al Jazeera"), ("the new york times", "The New York Times")])
def test_actors_match_outlet(text, name):
    assert match_outlet(text) == name


@pytest.mark.parametrize("text", ["ap", "cnn", "the government", "", "Journal"])
def test_actors_match_outlet_rejects(text):
    assert match_outlet(text) is None


def test_actors_bad_table_raises_config_error(tmp_path, monkeypatch):
    (tmp_path / "regions.yaml").write_text("# bad\n- {code: toolong, name: X}\n")
    monkeypatch.setattr(tables, "DATA", tmp_path)
    with pytest.raises(ConfigError, match="regions.yaml"):
        tables.load_regions({})


def test_actors_people_name_suffix_is_never_a_surname_alias(k):
    assert "Jr." not in k.person_aliases and "Jr" not in k.person_aliases
