# A data-processing pipeline built from generators over generated log lines.
def generate_logs(n):
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    services = ["auth", "db", "web"]
    for i in range(n):
        yield f"2024-01-{i % 28 + 1:02d} {levels[(i * 7) % 4]} {services[(i * 5) % 3]} request={i} ms={(i * 37) % 500}"
def parse(lines):
    for line in lines:
        date, level, service, req, ms = line.split()
        yield {"date": date, "level": level, "service": service,
               "req": int(req.split("=")[1]), "ms": int(ms.split("=")[1])}
def only(level, records):
    return (r for r in records if r["level"] == level)
def slow(records, threshold):
    for r in records:
        if r["ms"] >= threshold:
            yield r
errors = list(only("ERROR", parse(generate_logs(60))))
print(len(errors), [e["req"] for e in errors])
for r in slow(only("WARN", parse(generate_logs(60))), 300):
    print(r["date"], r["service"], r["req"], r["ms"])
stats = {}
for r in parse(generate_logs(200)):
    s = stats.setdefault(r["service"], {"n": 0, "total": 0, "max": 0})
    s["n"] += 1
    s["total"] += r["ms"]
    s["max"] = max(s["max"], r["ms"])
for svc, s in sorted(stats.items()):
    print(f"{svc:5} n={s['n']:3} avg={s['total'] / s['n']:7.2f} max={s['max']}")
