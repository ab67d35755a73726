#!/usr/bin/env python3
"""Writes a synthetic register of N flats for the allocation benchmark: every third flat is
co-owned in thirds, every fifth in halves, and 1 owner in 7 owns two flats."""
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
print("flat,undivided_shares,saleable_area_sqft,owner,owner_fraction,appraised_value_hkd,mortgagee,use")
for i in range(n):
    shares = 20 + (i * 37) % 61
    flat = f"Flat {i:05d}"
    owner = f"Owner {i // 7 * 6 + i % 7 if i % 7 else i:05d}"
    if i % 3 == 0:
        for k in range(3):
            print(f"{flat},{shares},400,{owner} co{k},1/3,{4000000 + i},,residential")
    elif i % 5 == 0:
        print(f"{flat},{shares},400,{owner},1/2,{4000000 + i},,residential")
        print(f"{flat},{shares},400,{owner} spouse,1/2,{4000000 + i},,residential")
    else:
        print(f"{flat},{shares},400,{owner},1,{4000000 + i},,residential")
