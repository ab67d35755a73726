#!/usr/bin/env python3
"""An independent reference of the payout rule in docs/payout.md, in whole numbers only.

Not used by Redev; written from the document to produce and check the test vectors here:
    python3 reference.py            # checks every vector in vectors.csv against NAME.json
    python3 reference.py --write    # (re)writes NAME.json from NAME.csv
"""
import csv, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def parse_amount(text):
    m = re.fullmatch(r"([0-9]+)(?:\.([0-9]{1,2}))?", text)
    if not m:
        raise ValueError(f"bad amount {text!r}")
    return int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0"))

def parse_rate(text):
    m = re.fullmatch(r"([0-9]+)(?:\.([0-9]+))?", text)
    if not m:
        raise ValueError(f"bad rate {text!r}")
    frac = m.group(2) or ""
    num, den = int(m.group(1) + frac), 10 ** len(frac)
    if num >= den:
        raise ValueError("rate not below 1")
    return num, den

def ordinal(s):
    # .NET's ordinal order: UTF-16 code units, which big-endian UTF-16 bytes compare in.
    return s.encode("utf-16-be")

def distribute(csv_text, amount_text, rate_text):
    rows = [r for r in csv.reader(io.StringIO(csv_text.lstrip("\ufeff"))) if r != []]
    header = [f.strip().lower() for f in rows[0]]
    assert header in (["holder", "units"], ["holder", "units", "pledgee"]), header
    holders = []
    for r in rows[1:]:
        assert len(r) == len(header), r
        holder, units = r[0].strip(), int(r[1].strip())
        pledgee = r[2].strip() if len(r) == 3 else ""
        holders.append((holder, units, pledgee or holder))
    amount = parse_amount(amount_text)
    num, den = parse_rate(rate_text)
    fee = amount * num // den
    net = amount - fee
    total = sum(u for _, u, _ in holders)
    assert total > 0 and len({h for h, _, _ in holders}) == len(holders)
    holders.sort(key=lambda h: ordinal(h[0]))
    cents = [net * u // total for _, u, _ in holders]
    rema = [net * u % total for _, u, _ in holders]
    left = net - sum(cents)
    for i in sorted(range(len(holders)), key=lambda i: (-rema[i], ordinal(holders[i][0])))[:left]:
        cents[i] += 1
    assert sum(cents) + fee == amount
    return {"amountCents": amount, "feeCents": fee,
            "holders": [{"holder": h, "units": u, "cents": c, "payee": p} for (h, u, p), c in zip(holders, cents)]}

def main():
    write = "--write" in sys.argv
    with open(os.path.join(HERE, "vectors.csv"), newline="", encoding="utf-8") as f:
        vectors = list(csv.DictReader(f))
    bad = 0
    for v in vectors:
        with open(os.path.join(HERE, v["name"] + ".csv"), newline="", encoding="utf-8") as f:
            got = distribute(f.read(), v["amount"], v["fee_rate"] or "0")
        path = os.path.join(HERE, v["name"] + ".json")
        if write:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(json.dumps(got, ensure_ascii=False, indent=2) + "\n")
        else:
            with open(path, encoding="utf-8") as f:
                if json.load(f) != got:
                    bad += 1
                    print("MISMATCH", v["name"])
    print(f"{len(vectors)} vectors, {bad} mismatched")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
