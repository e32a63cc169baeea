#!/usr/bin/env python3
"""Prints a JMH result file (-rf json) as the Markdown table of BENCHMARKS.md: for average-time
benchmarks the median and the spread (min - max) of the measured iterations, for sample-time
benchmarks the p50 with p90 and p99."""
import json,statistics,sys
d=json.load(open(sys.argv[1]))
def fmt(x, unit):
    order=['ns','us','ms','s']
    i=order.index(unit)
    while x>=1000 and i<3:
        x/=1000; i+=1
    return x, order[i].replace('us','µs')
def show(vals, unit):
    # express all values in the unit of the first (median)
    m, u = fmt(vals[0], unit)
    scale = vals[0]/m if m else 1
    def num(v):
        return f"{v:,.0f}" if v >= 1000 else f"{v:.3g}"
    return [num(v / scale) for v in vals], u
print("| benchmark | parameter | median | spread | unit |")
print("|---|---|---|---|---|")
for b in d:
    name=b['benchmark'].replace('io.askdb.bench.jmh.','').replace('io.askdb.bench.','')
    params=', '.join((f"{v}" if k!='tables' else f"{v} tables") for k,v in (b.get('params') or {}).items()).strip()
    m=b['primaryMetric']; unit=m['scoreUnit'].replace('/op','')
    if b['mode']=='sample':
        p=m['scorePercentiles']
        (a,c,e),u=show([p['50.0'],p['90.0'],p['99.0']],unit)
        print(f"| {name} | {params} | {a} | p90 {c}, p99 {e} (sampled) | {u} |")
    else:
        raw=[x for fork in m['rawData'] for x in fork]
        (a,c,e),u=show([statistics.median(raw),min(raw),max(raw)],unit)
        print(f"| {name} | {params} | {a} | {c} – {e} over {len(raw)} iterations | {u} |")
