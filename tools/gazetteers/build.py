#!/usr/bin/env python3
"""Builds the compact gazetteer files in data/gazetteers/ from the raw lists in ../shared.

    python3 tools/gazetteers/build.py [--shared ../shared/data/gazetteers] [--out data/gazetteers]

Python standard library only. Inputs (licences in ../shared/data/gazetteers/README.md):
GeoNames countries and cities (CC BY 4.0), SupraVerden general_list.yaml (CC BY-SA 4.0),
petrarch2 Phoenix dictionaries (MIT), the Wikigold corpus (CC BY 4.0, for common words), and the
hand lists in tools/gazetteers/hand/ (this project's own writing).
"""
import argparse
import collections
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Territories and special areas that GeoNames lists as countries but that are not sovereign states.
NOT_SOVEREIGN = set(
    "AI AN AQ AS AW AX BL BM BQ BV CC CK CS CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY "
    "MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK TW UM VG VI WF YT".split()
)


def hand(name):
    rows = []
    with open(os.path.join(HERE, "hand", name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def split_names(s):
    return [x.strip() for x in (s or "").split("|") if x.strip()]


def latin(s):
    """Latin script only (letters may carry diacritics), at least four letters."""
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 4:
        return False
    for c in letters:
        if ord(c) < 0x250:
            continue
        return False
    return not any(c.isdigit() for c in s)


def fold(s):
    """Diacritics dropped, curly apostrophes straightened."""
    s = s.replace("\u2019", "'").replace("\u02bc", "'")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def common_words(shared_root):
    """Words written lower-case at least twice in Wikigold: common English words."""
    path = os.path.join(shared_root, "ner", "wikigold", "wikigold.conll.txt")
    counts = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[0].isalpha() and parts[0].islower():
                counts[parts[0]] += 1
    return {w for w, n in counts.items() if n >= 2}


def titlecase_phrase(p):
    """A petrarch phrase (`LAO_PDR_`) in title case (`Lao Pdr`)."""
    words = p.strip("_").replace("_", " ").split()
    return " ".join(w.capitalize() for w in words)


def petrarch_country_forms(path, iso3_to_iso2, city_names):
    """Country entries and their `+` synonyms that are not city names."""
    out = collections.defaultdict(set)
    cur_phrase, cur_syn = None, []
    blocks = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("+"):
                if cur_phrase is not None:
                    cur_syn.append(line[1:].split("[")[0].strip())
                continue
            if line.startswith(("\t", " ")):
                m = re.search(r"\[([A-Z]{3})", line)
                if m and cur_phrase is not None:
                    blocks.append((cur_phrase, list(cur_syn), m.group(1)))
                    cur_phrase = None
                continue
            head = line.split("[")[0].strip()
            m = re.search(r"\[([A-Z]{3})\]", line)
            cur_phrase, cur_syn = head, []
            if m:
                blocks.append((head, cur_syn, m.group(1)))
    for head, syns, code in blocks:
        iso2 = iso3_to_iso2.get(code)
        if not iso2 or not syns:
            continue
        for s in syns:
            t = titlecase_phrase(s)
            if "(" in t or t.lower() in city_names or len(t) < 4:
                continue
            out[iso2].add(t)
    return out


def read_supraverden(path):
    """A minimal reader for general_list.yaml: top-level keys, then `  Field: value` lines."""
    records, cur = [], None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                cur = {}
                records.append(cur)
                continue
            m = re.match(r"^  ([A-Za-z0-9_]+):\s*(.*)$", line)
            if m and cur is not None:
                v = m.group(2).strip()
                if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                    v = v[1:-1].replace("''", "'")
                if v and v.lower() not in ("null", "~"):
                    cur[m.group(1)] = v
    return records


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "gazetteers"))
    args = ap.parse_args()
    gz = os.path.join(args.shared, "gazetteers")
    os.makedirs(args.out, exist_ok=True)
    common = common_words(args.shared)

    countries = json.load(open(os.path.join(gz, "geonames", "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(gz, "geonames", "cities15000.json"), encoding="utf-8"))
    iso3 = {v["iso3"]: k for k, v in countries.items()}
    city_names = {c["name"].lower() for c in cities.values()}

    # countries.tsv: ISO, canonical, names, adjectives
    handc = {r[0]: r for r in hand("countries.tsv")}
    # petrarch2's country synonyms mix in cities, provinces and officials: not used for names.
    pet = {}
    rows = []
    for iso, c in sorted(countries.items()):
        if iso in NOT_SOVEREIGN:
            continue
        h = handc.get(iso, [iso, "", "", ""]) + ["", "", ""]
        canon = h[1] or c["name"].strip()
        names = [c["name"].strip()] + split_names(h[2])
        adjs = split_names(h[3])
        for p in sorted(pet.get(iso, ())):
            low = p.lower()
            if any(low == n.lower() for n in names + adjs):
                continue
            if re.search(r"(ese|ian|an|ish|i|ic|ean)$", low) and " " not in p:
                adjs.append(p)  # adjective or demonym
            elif re.search(r"\b(republic|kingdom|state|states|federation|union|emirate)\b", low):
                names.append(p)
        names = [n for n in dict.fromkeys(names) if n != canon]
        rows.append("\t".join([iso, canon, "|".join(names), "|".join(dict.fromkeys(adjs))]))
    write(args.out, "countries.tsv", "ISO\tname\tother names\tadjectives", rows)

    # places.tsv: name, kind, ISO, lat, lon, population, other names
    rows = []
    for name, iso, lat, lon, other in ((r + [""] * 5)[:5] for r in hand("admin.tsv")):
        rows.append("\t".join([name, "admin", iso, lat, lon, "0", other]))
    # first-level divisions elsewhere in the world, placed at their capital's coordinates
    by_name = collections.defaultdict(list)
    for c in cities.values():
        for n in [c["name"]] + list(c.get("alternatenames") or []):
            by_name[(n.strip(), c["countrycode"])].append(c)
    for name, iso, capital, other in ((r + [""] * 4)[:4] for r in hand("admin_world.tsv")):
        found = sorted(by_name.get((capital, iso), []), key=lambda c: -c["population"])
        if not found:
            print(f"admin_world.tsv: capital {capital!r} of {name!r} not in cities15000, skipped")
            continue
        c = found[0]
        rows.append("\t".join([name, "admin", iso, f"{c['latitude']:.2f}", f"{c['longitude']:.2f}",
                               "0", other]))
    for r in hand("regions.tsv"):
        r = r + [""] * 4
        rows.append("\t".join([r[0], "region", "", r[1], r[2], "0", r[3]]))
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        name = c["name"].strip()
        if name.lower() in common or not name:
            continue
        alts = []
        folded = fold(name)
        short = [name[: -len(" City")]] if name.endswith(" City") else []  # "New York" of "New York City"
        for a in short + [folded, name.replace("\u2019", "'")] + list(c.get("alternatenames") or []):
            a = a.strip()
            if a == name or a in alts or not latin(a) or a.lower() in common or not a[0].isupper():
                continue
            # English exonyms and plain transliterations: ASCII, no syllable hyphens or apostrophes
            # inside (those are Wade-Giles and dialect forms that collide with other words)
            if a in short or a in (folded, name.replace("\u2019", "'")) or (a == fold(a) and re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)*", a)):
                alts.append(a)
            if len(alts) >= 6:
                break
        rows.append("\t".join([name, "city", c["countrycode"], f"{c['latitude']:.4f}",
                               f"{c['longitude']:.4f}", str(c["population"]), "|".join(alts)]))
    write(args.out, "places.tsv", "name\tkind\tISO\tlat\tlon\tpopulation\tother names", rows)

    # orgs.tsv: canonical, acronym, other names
    rows = []
    for r in hand("orgs.tsv"):
        r = r + ["", "", ""]
        rows.append("\t".join(r[:3]))
    for rec in read_supraverden(os.path.join(gz, "supraverden", "general_list.yaml")):
        name = rec.get("Name_en", "").strip()
        if not name:
            continue
        acr = rec.get("Abbreviation_en", "").strip()
        other = [v for k, v in sorted(rec.items()) if re.match(r"Name_other(_\d+)?_en$", k) and v]
        if acr and not re.fullmatch(r"[A-Z][A-Za-z0-9&\-]{1,9}", acr):
            acr = ""
        rows.append("\t".join([name, acr, "|".join(o for o in other if "\t" not in o)]))
    write(args.out, "orgs.tsv", "name\tacronym\tother names", rows)

    # person_tokens.txt: given and family names of petrarch's office holders
    toks = collections.Counter()
    for fn in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        with open(os.path.join(gz, "petrarch2", fn), encoding="utf-8", errors="replace") as f:
            for line in f:
                if "CountryInfo" not in line and "rulers" not in line:
                    continue
                head = line.split("#")[0].split("[")[0].strip()
                words = head.strip("_").split("_")
                if not 2 <= len(words) <= 4:
                    continue
                for w in words:
                    w = w.strip(".").capitalize()
                    if len(w) >= 2 and w.isalpha() and w.lower() not in common:
                        toks[w] += 1
    write(args.out, "person_tokens.txt", "name token", sorted(toks))


def write(out, name, header, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("# " + header + "\n")
        for r in rows:
            f.write(r + "\n")
    print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
