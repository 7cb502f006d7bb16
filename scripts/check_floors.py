#!/usr/bin/env python3
"""Compare measured figures with the floors in eval/floors.json.

    check_floors.py FLOORS.json SET MEASURED.json

MEASURED is the `--json` output of ../shared/eval/score.py or score_articles.py. A key such as
`entities.f1` reads nested fields. Exits 1 when any figure is below its floor. Standard library only.
"""
import json
import sys


def lookup(obj, key):
    for part in key.split("."):
        obj = obj[part]
    return float(obj)


def main():
    floors_path, name, measured_path = sys.argv[1:4]
    floors = json.load(open(floors_path))[name]
    measured = json.load(open(measured_path))
    bad = 0
    for key, floor in floors.items():
        value = lookup(measured, key)
        ok = value + 1e-9 >= floor
        bad += not ok
        print(f"  {name:9} {key:22} {value:6.3f}  floor {floor:5.3f}  {'ok' if ok else 'BELOW FLOOR'}")
    if bad:
        print(f"eval: {bad} figure(s) of {name} fell below their floor (eval/floors.json)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
