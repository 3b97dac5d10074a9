#!/usr/bin/env python3
"""Writes (issue 25): collection orders per second with 8 clients against the running jar on PostgreSQL.

Each order is a `teamwork-collection` (the collection and its 4 included products: 5 subscriptions), on a
site of its own, with one contact: the same contact for every order in the first round, a new contact
each in the second. Before each round 40 orders warm the JIT up (not counted). Then 20 orders one after
the other with every statement logged by PostgreSQL give the statements per order.

Usage: scripts/bench-orders.sh [orders per round]   (build first: mvn -q -DskipTests package)
BENCH_JFR=/tmp/orders.jfr records a profile of the second round.
"""
import importlib.util
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("bench_outbox", os.path.join(HERE, "bench-outbox.py"))
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
HOST = bench.HOST


def collection(account, i, contact):
    return {"billingAccountId": account, "product": "teamwork-collection", "plan": "STANDARD",
            "billingCycle": "ANNUAL", "userTier": 10,
            "siteUrl": f"o{i}-{int(time.time() * 1000) % 100000}.atlassian.net",
            "contacts": [{"email": contact, "name": "Bench Contact", "locale": "en"}]}


def psql(db, sql):
    return subprocess.run(["psql", "-h", HOST, "-U", "postgres", "-d", db, "-Atqc", sql], check=True,
                          capture_output=True, text=True).stdout.strip()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800
    if not os.path.exists(bench.JAR):
        raise SystemExit("build the jar first: mvn -q -DskipTests package")
    work = tempfile.mkdtemp(prefix="bench-orders-")
    db = f"portal_orders_{os.getpid()}"
    psql("postgres", f"CREATE DATABASE {db}")
    smtp_port, portal_port = bench.free_port(), bench.free_port()
    sink = bench.SmtpSink(smtp_port)
    env = dict(os.environ, PORTAL_PORT=str(portal_port), PORTAL_DB_URL=f"jdbc:postgresql://{HOST}:5432/{db}",
               PORTAL_DB_USER="postgres", PORTAL_SMTP_HOST=HOST, PORTAL_SMTP_PORT=str(smtp_port),
               PORTAL_API_RATE_LIMIT="1000000", PORTAL_INVITE_LIMIT="1000000",
               PORTAL_BASE_URL=f"http://localhost:{portal_port}", PORTAL_LOG_LEVEL="WARN")
    portal = bench.Portal(env, work)
    try:
        sink.start()
        key = portal.cli("partner", "create", "--name", "Bench", "--email", "bench-partner@example.com")
        portal.start()
        account = portal.api(key, "POST", "/billing-accounts", {"name": "Bench"})["id"]
        first = portal.api(key, "POST", "/orders", collection(account, 0, "one@example.com"))
        print(f"java: {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]};"
              f" cores: {os.cpu_count()}; subscriptions per order: {len(first['subscriptions'])}")
        results = {}
        base = 1
        for label, contact in (("one contact", lambda i: "one@example.com"),
                               ("a new contact each", lambda i: f"c{i}@example.com")):
            bench.in_parallel(40, lambda i: portal.api(key, "POST", "/orders",
                                                       collection(account, base + i, contact(base + i))))
            base += 40
            if label != "one contact" and os.environ.get("BENCH_JFR"):
                subprocess.run(["jcmd", str(portal.proc.pid), "JFR.start", "duration=20s", "settings=profile",
                                "filename=" + os.environ["BENCH_JFR"]], capture_output=True, check=True)
            at = base
            secs = bench.in_parallel(n, lambda i: portal.api(key, "POST", "/orders",
                                                             collection(account, at + i, contact(at + i))))
            base += n
            results[f"collection orders/s, 8 clients, {label} ({n} orders)"] = f"{n / secs:.0f}"
        # statements per order: 20 orders one after the other, each statement of the database logged
        log = "/var/log/postgresql"
        logs = sorted(os.path.join(log, f) for f in os.listdir(log)) if os.path.isdir(log) else []
        if logs:
            before = sum(1 for _ in open(logs[-1], errors="replace"))
            # the pool's connections are open already: the setting reaches them through a reload
            psql("postgres", "ALTER SYSTEM SET log_statement = 'all'")
            psql("postgres", "SELECT pg_reload_conf()")
            time.sleep(1)
            for i in range(20):
                portal.api(key, "POST", "/orders", collection(account, base + i, f"s{i}@example.com"))
            base += 20
            time.sleep(0.5)
            psql("postgres", "ALTER SYSTEM RESET log_statement")
            psql("postgres", "SELECT pg_reload_conf()")
            lines = [l for l in list(open(logs[-1], errors="replace"))[before:] if f"@{db} " in l
                     and "LOG:  statement:" in l or (f"@{db} " in l and "LOG:  execute" in l)]
            results["statements per order, BEGIN and COMMIT included (20 orders, 1 client)"] = \
                f"{len(lines) / 20:.1f}"
        width = max(len(k) for k in results)
        for k, v in results.items():
            print(f"{k:<{width}}  {v}")
    finally:
        portal.stop()
        sink.stop()
        time.sleep(0.5)
        psql("postgres", f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")


if __name__ == "__main__":
    main()
