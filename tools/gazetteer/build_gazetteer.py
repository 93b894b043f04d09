#!/usr/bin/env python3
"""Builds the Pakistan gazetteer (models/gazetteer/places.csv) from the raw source tables.

Usage:
    python3 tools/gazetteer/build_gazetteer.py --raw /path/to/raw/gazetteer --out models/gazetteer

Inputs: the raw tables (Who's On First, GeoNames, SimpleMaps, geo-pakistan; see the raw
folder's README), the hand-kept files models/gazetteer/supplement.csv and stopwords.txt, and
tools/gazetteer/district_map.csv (renames and post-2017 district splits). Output: places.csv,
sorted and deterministic, so that a rebuild gives a byte-identical file.

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import functools
import glob
import math
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field

PROVINCES = (
    "Punjab",
    "Sindh",
    "Khyber Pakhtunkhwa",
    "Balochistan",
    "Islamabad Capital Territory",
    "Gilgit-Baltistan",
    "Azad Kashmir",
)
KINDS = ("province", "district", "city", "locality", "village")
COLUMNS = ("name", "kind", "city", "district", "province", "latitude", "longitude", "population", "aliases")
LAT_RANGE = (23.5, 37.2)
LON_RANGE = (60.8, 77.9)

# WOF region names and GeoNames admin1 codes. The superseded NWFP and FATA regions are read as KP.
REGION_TO_PROVINCE = {
    "Punjab": "Punjab",
    "Sindh": "Sindh",
    "Balochistan": "Balochistan",
    "Khyber Pakhtunkhwa": "Khyber Pakhtunkhwa",
    "North-West Frontier Province": "Khyber Pakhtunkhwa",
    "Federally Administered Tribal Areas": "Khyber Pakhtunkhwa",
    "Islamabad": "Islamabad Capital Territory",
    "Gilgit-Baltistan": "Gilgit-Baltistan",
    "Azad Kashmir": "Azad Kashmir",
}
ADMIN1_TO_PROVINCE = {
    "01": "Khyber Pakhtunkhwa",
    "02": "Balochistan",
    "03": "Khyber Pakhtunkhwa",
    "04": "Punjab",
    "05": "Sindh",
    "06": "Azad Kashmir",
    "07": "Gilgit-Baltistan",
    "08": "Islamabad Capital Territory",
}
GEOPAKISTAN_PROVINCE = {
    "1": "Balochistan",
    "2": "Islamabad Capital Territory",
    "3": "Khyber Pakhtunkhwa",
    "4": "Punjab",
    "5": "Sindh",
    "6": "Gilgit-Baltistan",
    "7": "Azad Kashmir",
}
SIMPLEMAPS_PROVINCE = {
    "Punjab": "Punjab",
    "Sindh": "Sindh",
    "Khyber Pakhtunkhwa": "Khyber Pakhtunkhwa",
    "Balochistan": "Balochistan",
    "Islāmābād": "Islamabad Capital Territory",
    "Islamabad": "Islamabad Capital Territory",
    "Gilgit-Baltistan": "Gilgit-Baltistan",
    "Azad Kashmir": "Azad Kashmir",
    "Azad Jammu and Kashmir": "Azad Kashmir",
}
# SimpleMaps misspellings that would otherwise add a second copy of a town.
SIMPLEMAPS_SPELLING = {"Saddiqabad": "Sadiqabad", "Naushahro Firoz": "Naushahro Feroze"}
# GeoNames feature codes of seats of government: always a town, never a village.
SEAT_CODES = {"PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4"}
# Abandoned, destroyed and other non-places among the WOF localities.
SKIP_CODES = {"PPLQ", "PPLW", "PPLH", "HSE", "MT", "SCH", "RSTN", "MSQE", "SHSU", "LCTY"}
# WOF point sources that only hold notable places (GeoNames holds every hamlet).
CURATED_SOURCES = {"whosonfirst", "quattroshapes", "naturalearth", "qs_pg", "meso"}
# Administrative words in alternate names: such a name is a label of an area, not a spelling variant.
ADMIN_WORDS = {
    "district", "distrikt", "districte", "distretto", "dystrykt", "rayonu", "agency", "division",
    "province", "tehsil", "taluka", "f.a.t.a", "fata", "state", "region", "frontier",
}
TEHSIL_SUFFIXES = re.compile(r"\s+(sub-tehsil|sub tehsil|sub-division|sub division|taluka|tehsil|city|sadar|saddar|sub)$", re.I)
SPECIAL_LETTERS = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
    "þ": "th", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ŋ": "ng", "ħ": "h",
    "‘": "'", "’": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-",
})


def fold(text: str) -> str | None:
    """ASCII-folds a name (diacritics stripped, white space collapsed); None when it is not Latin script."""
    text = unicodedata.normalize("NFKD", text.translate(SPECIAL_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text).strip().strip(",;")
    if not text or not text.isascii() or not re.search(r"[A-Za-z]", text):
        return None
    return text


@functools.lru_cache(maxsize=None)
def key(text: str) -> str:
    """The matching key: lower-case word tokens joined by one space. Mirrors the C# PlaceMatcher:
    apostrophes join, every other non-alphanumeric character separates words."""
    folded = fold(text) or ""
    folded = folded.lower().replace("'", "")
    return " ".join(re.findall(r"[a-z0-9]+", folded))


def clean_district_label(name: str) -> str:
    name = fold(name) or name
    return re.sub(r"\s+(District|Agency)$", "", name).strip()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def in_box(lat: float | None, lon: float | None) -> bool:
    return lat is not None and lon is not None and LAT_RANGE[0] <= lat <= LAT_RANGE[1] and LON_RANGE[0] <= lon <= LON_RANGE[1]


def to_float(text: str) -> float | None:
    try:
        return float(text) if text.strip() else None
    except ValueError:
        return None


def to_int(text: str) -> int:
    value = to_float(text)
    return int(value) if value is not None and value > 0 else 0


@dataclass
class Place:
    name: str
    kind: str
    city: str = ""
    district: str = ""
    province: str = ""
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    aliases: list[str] = field(default_factory=list)
    # Build-only facts, not written out.
    wof_id: str = ""
    feature_code: str = ""
    source: str = ""

    def add_alias(self, alias: str) -> None:
        if key(alias) and key(alias) != key(self.name) and all(key(a) != key(alias) for a in self.aliases):
            self.aliases.append(alias)


def read_tsv(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_csv(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def wof_point(row: dict[str, str]) -> tuple[float | None, float | None]:
    lat, lon = to_float(row["lbl_lat"]), to_float(row["lbl_lon"])
    if lat is None or lon is None:
        lat, lon = to_float(row["lat"]), to_float(row["lon"])
    return lat, lon


class DistrictMap:
    """Renames and splits of source district names (tools/gazetteer/district_map.csv)."""

    def __init__(self, path: str):
        self.targets: dict[str, list[str]] = {}
        self.anchors: dict[str, list[tuple[str, float, float]]] = {}
        for row in read_csv(path):
            source = key(row["source_name"])
            if row["district"] not in self.targets.setdefault(source, []):
                self.targets[source].append(row["district"])
            lat, lon = to_float(row["anchor_latitude"]), to_float(row["anchor_longitude"])
            if lat is not None and lon is not None:
                self.anchors.setdefault(source, []).append((row["district"], lat, lon))

    def districts_for(self, source_name: str) -> list[str]:
        label = clean_district_label(source_name)
        return self.targets.get(key(label), [label])

    def resolve(self, source_name: str, lat: float | None, lon: float | None) -> str:
        """The one district a place in the source district lies in; nearest anchor for a split."""
        targets = self.districts_for(source_name)
        if len(targets) == 1:
            return targets[0]
        anchors = self.anchors.get(key(clean_district_label(source_name)), [])
        if lat is None or lon is None or not anchors:
            return ""
        return min(anchors, key=lambda a: (distance_km(lat, lon, a[1], a[2]), a[0]))[0]


class Builder:
    def __init__(self, raw: str, out: str, tools: str, villages: str):
        self.raw = raw
        self.out = out
        self.village_policy = villages
        self.district_map = DistrictMap(os.path.join(tools, "district_map.csv"))
        self.stopwords = load_stopwords(os.path.join(out, "stopwords.txt"))
        self.seats = {(key(r["district"]), r["province"]): r["seat"] for r in read_csv(os.path.join(out, "seats.csv"))}
        self.log: list[str] = []
        self.districts: dict[str, Place] = {}  # key(name) -> district
        self.provinces: dict[str, Place] = {}
        self.towns: list[Place] = []
        self.villages: list[Place] = []
        self.localities: list[Place] = []
        self.town_by_wof: dict[str, Place] = {}
        self.seen_towns: dict[tuple[str, str], Place] = {}  # (name, district) keys -> town

    # ----- administrative layers -------------------------------------------------------------

    def build_provinces(self) -> None:
        for row in read_tsv(os.path.join(self.raw, "wof_pk_admin.tsv")):
            if row["placetype"] != "region" or row["is_current"] == "0":
                continue
            province = REGION_TO_PROVINCE.get(row["name"])
            if province is None or province in self.provinces:
                continue
            lat, lon = wof_point(row)
            self.provinces[province] = Place(province, "province", province=province, latitude=lat, longitude=lon,
                                             population=to_int(row["population"]), source="wof")

    def build_districts(self) -> None:
        for row in read_tsv(os.path.join(self.raw, "wof_pk_admin.tsv")):
            if row["placetype"] != "county":
                continue
            alternates = row["names_latin"].split("|")
            # Frontier Regions merged into their neighbouring districts in 2018; WOF keeps them as
            # counties named after the district, recognisable by an "FR <name>" alternate name.
            if row["is_current"] == "0" and row["name"] != "Islamabad" or any(a.startswith("FR ") for a in alternates):
                continue
            province = REGION_TO_PROVINCE.get(row["region_name"], "")
            lat, lon = wof_point(row)
            for name in self.kept_names(row["name"]):
                self.add_district(Place(name, "district", province=province, latitude=lat, longitude=lon,
                                        population=to_int(row["population"]), wof_id=row["wof_id"], source="wof"))
        for row in read_csv(os.path.join(self.raw, "geopakistan_districts.csv")):
            province = GEOPAKISTAN_PROVINCE[row["province_id"]]
            targets = self.kept_names(row["name"])
            if not targets:
                continue
            name = targets[0]
            place = Place(name, "district", province=province, latitude=to_float(row["latitude"]),
                          longitude=to_float(row["longitude"]), population=to_int(row["population"]), source="geopakistan")
            match = re.match(r"^(.*?)\s*\((.*)\)$", row["name"])
            if match and " - " not in match.group(2):
                for part in (match.group(1), match.group(2)):
                    place.add_alias(fold(part) or part)
            self.add_district(place)

    def kept_names(self, source_name: str) -> list[str]:
        """The district a source district row describes: its new name after a rename; after a split,
        only the part that kept the old name (the new parts come from the supplement)."""
        targets = self.district_map.districts_for(source_name)
        if len(targets) == 1:
            return targets
        own = key(clean_district_label(source_name))
        return [t for t in targets if key(t) == own]

    def add_district(self, place: Place) -> None:
        existing = self.districts.get(key(place.name))
        if existing is None:
            self.districts[key(place.name)] = place
            return
        # WOF gives the point and the hierarchy; geo-pakistan the 2017 census population.
        existing.province = existing.province or place.province
        if existing.latitude is None:
            existing.latitude, existing.longitude = place.latitude, place.longitude
        if place.source == "geopakistan" and place.population:
            existing.population = place.population
        for alias in place.aliases:
            existing.add_alias(alias)

    # ----- populated places --------------------------------------------------------------------

    def load_localities(self) -> list[dict[str, str]]:
        rows: list[dict[str, str]] = []
        for path in sorted(glob.glob(os.path.join(self.raw, "wof_pk_localities_*.tsv"))):
            rows.extend(read_tsv(path))
        return rows

    def town_evidence(self) -> tuple[set[str], list[tuple[str, float, float]], set[tuple[str, str]]]:
        """GeoNames ids of cities500 rows, cities1000 points, and geo-pakistan headquarters and
        tehsil names by district: a WOF locality named in any of these is a town, not a village."""
        cities500 = set()
        for line in open(os.path.join(self.raw, "geonames_cities500_PK.tsv"), encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) > 7 and parts[6] == "P":
                cities500.add(parts[0])
        cities1000 = [(key(r["name"]), float(r["lat"]), float(r["lng"]))
                      for r in read_csv(os.path.join(self.raw, "geonames_cities1000_PK.csv"))]
        districts_by_id = {r["id"]: r for r in read_csv(os.path.join(self.raw, "geopakistan_districts.csv"))}
        seats: set[tuple[str, str]] = set()
        for row in districts_by_id.values():
            if row["center"]:
                for district in self.district_map.districts_for(row["name"]):
                    seats.add((key(row["center"]), key(district)))
        for row in read_csv(os.path.join(self.raw, "geopakistan_tehsils.csv")):
            parent = districts_by_id.get(row["district_id"])
            if parent is None:
                continue
            name = TEHSIL_SUFFIXES.sub("", row["name"].strip())
            name = re.sub(r"\s*\(.*\)$", "", name)
            for district in self.district_map.districts_for(parent["name"]):
                seats.add((key(name), key(district)))
        return cities500, cities1000, seats

    def build_populated_places(self) -> None:
        rows = self.load_localities()
        cities500, cities1000, seats = self.town_evidence()
        c1000_by_key: dict[str, list[tuple[float, float]]] = {}
        for k, lat, lon in cities1000:
            c1000_by_key.setdefault(k, []).append((lat, lon))

        places: list[tuple[Place, bool]] = []
        unplaced: list[Place] = []
        for row in rows:
            if row["deprecated"] or row["is_current"] == "0" or row["gn_feature_code"] in SKIP_CODES:
                continue
            name = fold(row["name"].split(",")[0])  # a few names carry ", District, Province"
            lat, lon = wof_point(row)
            if name is None or not in_box(lat, lon):
                continue
            population = to_int(row["population"])
            district = self.district_map.resolve(row["county_name"], lat, lon) if row["county_name"] else ""
            if district and key(district) not in self.districts:
                self.log.append(f"unknown district {row['county_name']!r} for {name}")
                district = ""
            province = self.districts[key(district)].province if district else ""
            province = province or REGION_TO_PROVINCE.get(row["region_name"]) or ADMIN1_TO_PROVINCE.get(row["gn_admin1_code"], "")
            place = Place(name, "village", district=district, province=province, latitude=lat, longitude=lon,
                          population=population, wof_id=row["wof_id"], feature_code=row["gn_feature_code"],
                          source=row["src_geom"])
            near_1000 = any(distance_km(lat, lon, p[0], p[1]) < 10 for p in c1000_by_key.get(key(name), []))
            is_town = (population > 0 or row["gn_feature_code"] in SEAT_CODES or row["src_geom"] in CURATED_SOURCES
                       or row["gn_id"] in cities500 or near_1000 or (key(name), key(district)) in seats)
            if is_town:
                for alias in row["names_latin"].split("|"):
                    self.maybe_alias(place, alias)
            places.append((place, is_town))
            if not district:
                unplaced.append(place)
        self.assign_nearest(unplaced, [p for p, _ in places if p.district])

        seen_towns: dict[tuple[str, str], Place] = {}
        for place, is_town in sorted(places, key=lambda t: (-t[0].population, t[0].source not in CURATED_SOURCES, t[0].wof_id)):
            if not place.district:
                continue
            slot = (key(place.name), key(place.district))
            if is_town:
                other = seen_towns.get(slot)
                if other is not None:
                    for alias in place.aliases:
                        other.add_alias(alias)
                    continue
                place.kind, place.city = "city", place.name
                seen_towns[slot] = place
                self.towns.append(place)
                self.town_by_wof[place.wof_id] = place
            else:
                self.villages.append(place)
        # A village that shares name and district with a town is the town's duplicate point.
        self.villages = [v for v in self.villages if (key(v.name), key(v.district)) not in seen_towns]
        self.seen_towns = seen_towns

    def maybe_alias(self, place: Place, alias: str) -> None:
        folded = fold(alias)
        if folded is None or folded.isupper() or re.search(r"[\d,\"|]", folded):
            return
        words = set(re.findall(r"[a-z.]+", folded.lower()))
        if words & ADMIN_WORDS or len(key(folded).replace(" ", "")) < 4 or len(key(folded).split()) > 4:
            return
        if not looks_like_variant(key(place.name), key(folded)):
            return
        place.add_alias(folded)

    def assign_nearest(self, unplaced: list[Place], placed: list[Place]) -> None:
        """Localities without a WOF county take the district of the nearest placed locality
        (in the same province when the province is known), found through a 0.25-degree grid."""
        grid: dict[tuple[int, int], list[Place]] = {}
        for p in placed:
            grid.setdefault((int(p.latitude * 4), int(p.longitude * 4)), []).append(p)
        for place in unplaced:
            cell = (int(place.latitude * 4), int(place.longitude * 4))
            best: tuple[float, str] | None = None
            for radius in range(0, 6):
                for dy in range(-radius, radius + 1):
                    for dx in range(-radius, radius + 1):
                        if max(abs(dy), abs(dx)) != radius:
                            continue
                        for other in grid.get((cell[0] + dy, cell[1] + dx), []):
                            if place.province and other.province != place.province:
                                continue
                            d = distance_km(place.latitude, place.longitude, other.latitude, other.longitude)
                            if best is None or (d, other.district) < best:
                                best = (d, other.district)
                if best is not None:
                    break
            if best is not None:
                place.district = best[1]
                place.province = self.districts[key(best[1])].province

    def build_localities(self) -> None:
        seen: dict[tuple[str, str], Place] = {}
        for row in read_tsv(os.path.join(self.raw, "wof_pk_neighbourhoods.tsv")):
            if row["placetype"] != "neighbourhood" or row["is_current"] == "0" or row["deprecated"]:
                continue
            name = fold(row["name"].split(",")[0])  # a few names carry ", District, Province"
            lat, lon = wof_point(row)
            parent = self.town_by_wof.get(row["locality_id"])
            if parent is None and row["locality_name"]:
                district = self.district_map.resolve(row["county_name"], lat, lon) if row["county_name"] else ""
                parent = self.seen_towns.get((key(row["locality_name"]), key(district)))
            if name is None or parent is None or not in_box(lat, lon) or key(name) == key(parent.name):
                continue
            # Karachi's neighbourhoods lie in seven districts: place each by its own point.
            district = self.district_map.resolve(row["county_name"], lat, lon) if row["county_name"] else ""
            if key(district) not in self.districts:
                district = parent.district
            place = Place(name, "locality", city=parent.name, district=district, province=parent.province,
                          latitude=lat, longitude=lon, population=to_int(row["population"]), wof_id=row["wof_id"])
            for alias in row["names_latin"].split("|"):
                self.maybe_alias(place, alias)
            # Two areas of one name in one city cannot be told apart in text: keep the first.
            other = seen.get((key(name), key(parent.name)))
            if other is not None:
                for alias in place.aliases:
                    other.add_alias(alias)
                continue
            seen[(key(name), key(parent.name))] = place
            self.localities.append(place)

    # ----- district towns --------------------------------------------------------------------

    def named_points(self) -> dict[str, list[tuple[str, float, float, str]]]:
        """Points GeoNames cities500 and SimpleMaps give for a name, by key: (province, lat, lon, source).
        A cities500 alternate name counts only when it is a spelling variant of the row's own name
        (Nagir lists Nagar; a seat listing its district's other name is left out)."""
        points: dict[str, list[tuple[str, float, float, str]]] = {}
        for line in open(os.path.join(self.raw, "geonames_cities500_PK.tsv"), encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 11 or parts[6] != "P" or parts[7] in SKIP_CODES:
                continue
            province = ADMIN1_TO_PROVINCE.get(parts[10], "")
            lat, lon = to_float(parts[4]), to_float(parts[5])
            if not province or not in_box(lat, lon):
                continue
            own = {key(parts[1]), key(parts[2])}
            names = own | {key(a) for a in parts[3].split(",") if any(is_spelling_variant(o, key(a)) for o in own)}
            for k in sorted(n for n in names if n):
                points.setdefault(k, []).append((province, lat, lon, "geonames " + parts[0]))
        for row in read_csv(os.path.join(self.raw, "simplemaps_worldcities_basic_PK.csv")):
            name = re.sub(r" City$", "", row["city_ascii"])
            name = SIMPLEMAPS_SPELLING.get(name, name)
            province = SIMPLEMAPS_PROVINCE.get(row["admin_name"], "")
            if province:
                points.setdefault(key(name), []).append((province, float(row["lat"]), float(row["lng"]), "simplemaps"))
        return points

    def name_district_towns(self, places: list[Place]) -> None:
        """A district named after its headquarters town needs that town as a city row under the
        district's spelling: news writes "Kalat" and "Sheikhupura" where WOF has Kelat and
        Shekhupura, and the pipeline takes the town of the district's exact name as its seat.
        For each district without a city of its name, in order of evidence: a town of the district
        listing that name as an alias; a town or city area within 3 km of a cities500 or SimpleMaps
        point of that name (which also corrects WOF's county where it is wrong: Bhimbar lies in
        Diamir there); a town of the district whose name is a spelling variant of the district's
        (Kashmor, Jhang Sadr). The most populous candidate is renamed and keeps its old name as an
        alias. Failing all, a cities500 or SimpleMaps point of the name is added as a new town.
        A district whose headquarters has another name (Bajaur: Khar) finds none of these and is
        left alone, and one whose seats.csv headquarters is among the candidates (Upper Dir: Dir)
        is skipped: its name must not replace or become an alias of the town's."""
        points = self.named_points()
        by_district: dict[tuple[str, str], list[Place]] = {}
        for p in places:
            if p.kind == "city":
                by_district.setdefault((key(p.district), p.province), []).append(p)
        districts = sorted((p for p in places if p.kind == "district"), key=lambda d: key(d.name))
        for district in districts:
            k, province = key(district.name), district.province
            towns = by_district.get((k, province), [])
            if any(key(t.name) == k for t in towns):
                continue
            # (town, evidence, rank of the evidence): a point or an alias outranks a likeness of spelling.
            candidates: dict[int, tuple[Place, str, int]] = {}
            for town in towns:
                if k in {key(a) for a in town.aliases} and is_spelling_variant(key(town.name), k):
                    candidates[id(town)] = (town, "alias", 2)
            for point_province, lat, lon, source in points.get(k, []):
                if point_province != province:
                    continue
                near = [(distance_km(lat, lon, p.latitude, p.longitude), p) for p in places
                        if p.kind in ("city", "locality") and p.latitude is not None]
                near = [n for n in near if n[0] < 3]
                # The nearest town, and any city area of exactly that name (the nearest area is another one).
                towns_near = sorted((n for n in near if n[1].kind == "city"), key=lambda n: (n[0], n[1].name))[:1]
                for _, town in towns_near + [n for n in near if n[1].kind == "locality" and key(n[1].name) == k]:
                    candidates.setdefault(id(town), (town, source, 2))
            for town in towns:
                if (town.population > 0 or town.feature_code in SEAT_CODES) and is_spelling_variant(key(town.name), k):
                    candidates.setdefault(id(town), (town, "spelling", 1))
            # Upper Dir's seat is Dir, though GeoNames calls the town "Upper Dir": a seat of another name keeps it.
            seat = key(self.seats.get((k, province), ""))
            if any(key(c[0].name) == seat != k for c in candidates.values()):
                continue
            if candidates:
                town, why, _ = max(candidates.values(), key=lambda c: (
                    key(c[0].name) == k, c[2], c[0].kind == "city", c[0].population, c[0].name))
                self.rename_town(places, town, district, why)
                continue
            own = [p for p in points.get(k, []) if p[0] == province]
            if own:
                _, lat, lon, source = min(own, key=lambda p: p[3])
                self.log.append(f"district {district.name}: town added from {source}")
                places.append(Place(district.name, "city", city=district.name, district=district.name,
                                    province=province, latitude=lat, longitude=lon, source="seat"))

    def rename_town(self, places: list[Place], town: Place, district: Place, why: str) -> None:
        old = town.name
        moved = key(town.district) != key(district.name) or town.province != district.province
        note = f"district {district.name}: {town.kind} {old} ({town.district}, {town.province})"
        self.log.append(note + (" moved and" if moved else "") + f" renamed ({why})")
        if town.kind == "locality":
            # A city area of the district's name (Nowshera, beside Nowshera Cantonment) is the town itself.
            town.kind = "city"
        else:
            move_localities(places, town, district.name, district.name, district.province)
        town.name = town.city = district.name
        town.aliases = [a for a in town.aliases if key(a) != key(district.name)]
        town.add_alias(old)
        town.district, town.province = district.name, district.province

    # ----- checks against SimpleMaps -----------------------------------------------------------

    def cross_check_simplemaps(self, places: list[Place]) -> None:
        """SimpleMaps has clean points for the larger cities: a city it lists must be a town here,
        within 25 km of its point (else a WOF village of that name is promoted, or the city added)."""
        towns_by_key: dict[str, list[Place]] = {}
        # A city area the supplement made a locality (Shah Latif Town) must not come back as a town.
        for town in (p for p in places if p.kind in ("city", "locality")):
            for k in [key(town.name)] + [key(a) for a in town.aliases]:
                towns_by_key.setdefault(k, []).append(town)
        villages_by_key: dict[str, list[Place]] = {}
        for village in (p for p in places if p.kind == "village"):
            villages_by_key.setdefault(key(village.name), []).append(village)
        for row in read_csv(os.path.join(self.raw, "simplemaps_worldcities_basic_PK.csv")):
            lat, lon = float(row["lat"]), float(row["lng"])
            province = SIMPLEMAPS_PROVINCE.get(row["admin_name"], "")
            # SimpleMaps names some cities "<name> City" and lists Lahore's cantonment as a city.
            name = re.sub(r" City$", "", row["city_ascii"])
            name = SIMPLEMAPS_SPELLING.get(name, name)
            if key(name) in self.stopwords:
                continue
            candidates = [t for t in towns_by_key.get(key(name), [])
                          if (not province or t.province == province) and distance_km(lat, lon, t.latitude, t.longitude) < 25]
            if candidates:
                town = min(candidates, key=lambda t: distance_km(lat, lon, t.latitude, t.longitude))
                if not town.population:
                    town.population = to_int(row["population"])
                continue
            near = [(distance_km(lat, lon, v.latitude, v.longitude), v.wof_id, v) for v in villages_by_key.get(key(name), [])]
            near = [n for n in near if n[0] < 25]
            if near:
                village = min(near)[2]
                self.log.append(f"SimpleMaps city {name}: WOF village in {village.district} promoted to town")
                village.kind, village.city = "city", village.name
                village.population = village.population or to_int(row["population"])
            else:
                self.log.append(f"SimpleMaps city {name}: not in WOF, added with the SimpleMaps point")
                place = Place(name, "city", city=name, province=province, latitude=lat,
                              longitude=lon, population=to_int(row["population"]), source="simplemaps")
                self.assign_nearest([place], [p for p in places if p.kind == "city" and p.district])
                places.append(place)

    # ----- supplement and output --------------------------------------------------------------

    def apply_supplement(self, places: list[Place]) -> list[Place]:
        """Hand-kept rows override the generated row they describe: same kind, same name (or a name
        that is one of its aliases: the supplement then renames it) and same province, narrowed by
        the district or city when given. Non-empty fields win and aliases add up. A hand-kept
        locality also replaces a generated town or village of that name within 15 km (WOF lists
        some city areas such as Clifton and Manora as towns), and a hand-kept town such a village."""
        for row in read_csv(os.path.join(self.out, "supplement.csv")):
            place = Place(row["name"], row["kind"], row["city"], row["district"], row["province"],
                          to_float(row["latitude"]), to_float(row["longitude"]), to_int(row["population"]),
                          [a for a in row["aliases"].split("|") if a], source="supplement")
            existing = self.find_described(places, place)
            if place.kind in ("city", "locality") and place.latitude is not None:
                replaced = ("city", "village") if place.kind == "locality" else ("village",)
                places = [p for p in places if p is existing or not (
                    p.kind in replaced and p.source != "supplement" and key(p.name) == key(place.name)
                    and distance_km(p.latitude, p.longitude, place.latitude, place.longitude) < 15)]
            if existing is None:
                if place.kind == "city" and not place.city:
                    place.city = place.name
                places.append(place)
                continue
            if key(existing.name) != key(place.name):
                existing.add_alias(existing.name)
                existing.aliases = [a for a in existing.aliases if key(a) != key(place.name)]
                if existing.kind == "city":
                    move_localities(places, existing, place.name)
                    existing.city = place.name
                existing.name = place.name
            for attr in ("city", "district", "latitude", "longitude"):
                value = getattr(place, attr)
                if value not in ("", None):
                    setattr(existing, attr, value)
            if place.population:
                existing.population = place.population
            for alias in place.aliases:
                existing.add_alias(alias)
            existing.source = "supplement"
        return places

    @staticmethod
    def find_described(places: list[Place], wanted: Place) -> Place | None:
        def same_scope(p: Place) -> bool:
            if p.kind != wanted.kind or p.province != wanted.province:
                return False
            if wanted.kind == "locality":
                return key(p.city) == key(wanted.city)
            return not wanted.district or wanted.district == "-" or key(p.district) == key(wanted.district)

        by_name = [p for p in places if key(p.name) == key(wanted.name) and same_scope(p)]
        if not by_name:
            # Renames: the generated row knows the hand-kept name as an alias, or the other way round.
            wanted_keys = {key(wanted.name)} | {key(a) for a in wanted.aliases}
            by_name = [p for p in places if same_scope(p)
                       and (key(wanted.name) in {key(a) for a in p.aliases} or key(p.name) in wanted_keys)]
        return max(by_name, key=lambda p: p.population) if by_name else None

    def clean_aliases(self, places: list[Place]) -> None:
        """An alias that is itself the name of a different province, district or town, or a stopword,
        would send a mention to the wrong place: drop it."""
        major = {}
        for p in places:
            if p.kind in ("province", "district", "city"):
                major.setdefault(key(p.name), set()).add(id(p))
        for p in places:
            if p.source == "supplement":
                continue
            kept = []
            for alias in p.aliases:
                k = key(alias)
                if k in self.stopwords or (k in major and id(p) not in major[k]):
                    continue
                kept.append(alias)
            p.aliases = kept

    def run(self) -> list[Place]:
        self.build_provinces()
        self.build_districts()
        # New districts must exist before places are assigned to them.
        for row in read_csv(os.path.join(self.out, "supplement.csv")):
            if row["kind"] == "district" and key(row["name"]) not in self.districts:
                self.districts[key(row["name"])] = Place(row["name"], "district", province=row["province"],
                                                         latitude=to_float(row["latitude"]),
                                                         longitude=to_float(row["longitude"]), source="supplement")
        self.build_populated_places()
        self.build_localities()
        places = list(self.provinces.values()) + list(self.districts.values()) + self.towns + self.localities
        places += self.villages
        places = self.apply_supplement(places)
        self.name_district_towns(places)
        self.cross_check_simplemaps(places)
        places = [p for p in places if p.kind != "village"] + select_villages(
            [p for p in places if p.kind == "village"], self.village_policy)
        self.clean_aliases(places)
        self.check_seats(places)
        self.clear_spread_districts(places)
        validate(places)
        return places

    def check_seats(self, places: list[Place]) -> None:
        """Every headquarters town of seats.csv must be a city row of its district (or of a district
        split from it: Dasu for the undivided Kohistan), or a city spread over districts (Karachi)."""
        districts = {(key(p.name), p.province) for p in places if p.kind == "district"}
        cities = {(key(p.name), p.province): [] for p in places if p.kind == "city"}
        for p in places:
            if p.kind == "city":
                cities[(key(p.name), p.province)].append(key(p.district))
        problems = [f"{d} ({province}) is not a district" for (d, province) in sorted(self.seats) if (d, province) not in districts]
        problems += [f"district {d} ({province}) has no seats.csv row" for (d, province) in sorted(districts - set(self.seats))]
        for (district, province), seat in sorted(self.seats.items()):
            if not seat:
                continue
            allowed = {district, key("-")} | {key(t) for t in self.district_map.targets.get(district, [])}
            if not allowed & set(cities.get((key(seat), province), [])):
                problems.append(f"seat {seat} of {district} ({province}) is not a city of that district")
        if problems:
            raise SystemExit("seats.csv does not fit places.csv:\n  " + "\n  ".join(problems))

    @staticmethod
    def clear_spread_districts(places: list[Place]) -> None:
        # District "-" in the supplement marks a city spread over several districts (Karachi):
        # it overrides the single district the build would give it, and is written empty.
        for p in places:
            if p.district == "-":
                p.district = ""


def move_localities(places: list[Place], town: Place, name: str, district: str = "", province: str = "") -> None:
    """The city areas of a renamed town follow it: new city name, and new district and province
    when the town moved (Bhimbar, filed by WOF under Diamir, is Bhimber in Azad Kashmir)."""
    for p in places:
        if p.kind == "locality" and p.city == town.name and p.province == town.province:
            p.city = name
            if district and key(town.district) != key(district):
                p.district, p.province = district, province


def is_spelling_variant(name_key: str, district_key: str) -> bool:
    """A town name that is the district's name in another spelling (Kelat, Umarkot, Tando Allahyar)
    or with a part added (Jhang Sadr, Musa Khel Bazar), compared without spaces."""
    a, b = name_key.replace(" ", ""), district_key.replace(" ", "")
    return a.startswith(b) or b.startswith(a) or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def looks_like_variant(name_key: str, alias_key: str) -> bool:
    """WOF alternate names mix spelling variants with names in other languages and stray labels
    (Sibi lists "Ibis", Hub lists "Nabo"): keep only names close to the place's own name."""
    a, b = name_key.replace(" ", ""), alias_key.replace(" ", "")
    if a in b or b in a:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def load_stopwords(path: str) -> set[str]:
    words = set()
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(key(line))
    return words


def select_villages(villages: list[Place], policy: str) -> list[Place]:
    """Village inclusion policies compared in tools/gazetteer/measure_villages.py."""
    if policy == "none":
        return []
    if policy == "all":
        return list(villages)
    if policy == "multiword":
        return [v for v in villages if len(key(v.name).split()) > 1]
    raise ValueError(f"unknown village policy {policy}")


def validate(places: list[Place]) -> None:
    problems = []
    for p in places:
        if p.kind not in KINDS:
            problems.append(f"{p.name}: kind {p.kind}")
        if p.province not in PROVINCES:
            problems.append(f"{p.name} ({p.kind}): province {p.province!r}")
        if not in_box(p.latitude, p.longitude):
            problems.append(f"{p.name} ({p.kind}): point {p.latitude},{p.longitude} outside Pakistan")
        for value in [p.name, p.city, p.district, *p.aliases]:
            if any(c in value for c in ',"|\t\n') or not value.isascii():
                problems.append(f"{p.name}: bad characters in {value!r}")
    if problems:
        raise SystemExit("invalid gazetteer rows:\n  " + "\n  ".join(problems[:50]))


def write_places(places: list[Place], path: str) -> None:
    rank = {k: i for i, k in enumerate(KINDS)}
    rows = []
    for p in places:
        rows.append((p.name.lower(), rank[p.kind], p.province, p.district, p.city, p.name, [
            p.name, p.kind, p.city, p.district, p.province, f"{p.latitude:.5f}", f"{p.longitude:.5f}",
            str(p.population), "|".join(sorted(p.aliases, key=str.lower)),
        ]))
    rows.sort(key=lambda r: r[:6])
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(COLUMNS) + "\n")
        for *_, values in rows:
            handle.write(",".join(values) + "\n")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", required=True, help="folder holding the raw source tables")
    parser.add_argument("--out", required=True, help="models/gazetteer folder (holds supplement.csv and stopwords.txt)")
    parser.add_argument("--villages", default=DEFAULT_VILLAGE_POLICY, help="village policy: none, multiword or all")
    args = parser.parse_args(argv)
    builder = Builder(args.raw, args.out, os.path.dirname(os.path.abspath(__file__)), args.villages)
    places = builder.run()
    write_places(places, os.path.join(args.out, "places.csv"))
    counts: dict[str, int] = {}
    for p in places:
        counts[p.kind] = counts.get(p.kind, 0) + 1
    for line in builder.log:
        print("note: " + line, file=sys.stderr)
    print("places.csv: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in KINDS), file=sys.stderr)
    return 0


DEFAULT_VILLAGE_POLICY = "none"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
