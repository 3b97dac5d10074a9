#!/usr/bin/env python3
"""Background work at volume (SPEC §7.2 V1-V4), measured against the running jar on PostgreSQL, with
an SMTP sink and an HTTP receiver of this script's own on loopback, each portal figure next to a plain
client loop against the same server in the same run.

  V1  emails/s while the outbox drains 1,200 emails (600 orders for 600 new contacts, queued while the
      SMTP server was down), and the portal's rate as a share of a plain smtplib loop that opens one
      connection per message (and, for reference, of one that keeps one connection)
  V2  how long a sign-in link takes from POST /login to the SMTP server while 1,000 other emails wait
      for that contact
  V3  deliveries/s to one fast endpoint (600 events queued behind a held first answer), and the share
      of a plain http.client loop posting the same bodies to the same receiver
  V4  another partner's delivery latency while one partner's 10 endpoints hang past the 10 s limit
  and orders/s with 8 clients while seeding V1 (collection orders are measured by bench-orders.sh)

Usage: scripts/bench-outbox.sh   (build first: mvn -q -DskipTests package; needs PostgreSQL)
Only loopback addresses are used.
"""
import asyncio
import http.client
import http.server
import json
import os
import re
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "app", "target", "partner-portal.jar")
HOST = "127.0.0.1"


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- SMTP sink
class SmtpSink:
    """A minimal SMTP server that accepts everything and records what arrived and when."""

    def __init__(self, port):
        self.port = port
        self.received = []  # (monotonic time, type header, recipient)
        self.lock = threading.Lock()
        self.loop = asyncio.new_event_loop()
        self.server = None
        threading.Thread(target=self.loop.run_forever, daemon=True).start()

    async def _client(self, reader, writer):
        def send(line):
            writer.write((line + "\r\n").encode())
        send("220 sink ESMTP")
        await writer.drain()
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                cmd = line.decode("latin-1").strip().upper()
                if cmd.startswith("EHLO"):
                    send("250-sink")
                    send("250-8BITMIME")
                    send("250 SMTPUTF8")
                elif cmd.startswith("HELO") or cmd.startswith("MAIL") or cmd.startswith("RCPT") \
                        or cmd.startswith("NOOP") or cmd.startswith("RSET"):
                    send("250 ok")
                elif cmd == "DATA":
                    send("354 go on")
                    await writer.drain()
                    data = await reader.readuntil(b"\r\n.\r\n")
                    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
                    kind = re.search(r"^X-Notification-Type: *(\S+)", head, re.M | re.I)
                    to = re.search(r"^To: *(.*)$", head, re.M | re.I)
                    with self.lock:
                        self.received.append((time.monotonic(), kind.group(1) if kind else "",
                                              to.group(1).strip() if to else ""))
                    send("250 queued")
                elif cmd == "QUIT":
                    send("221 bye")
                    await writer.drain()
                    break
                else:
                    send("502 not here")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    def start(self):
        async def go():
            self.server = await asyncio.start_server(self._client, HOST, self.port, backlog=512)
        asyncio.run_coroutine_threadsafe(go(), self.loop).result()

    def stop(self):
        async def go():
            self.server.close()
            await self.server.wait_closed()
        asyncio.run_coroutine_threadsafe(go(), self.loop).result()

    def count(self):
        with self.lock:
            return len(self.received)

    def snapshot(self):
        with self.lock:
            return list(self.received)


# ---------------------------------------------------------------- HTTP receiver
class Receiver:
    """Answers POSTs: /fast/* at once, /hang/* after 15 s, /gate/* once the gate is open."""

    def __init__(self, port):
        self.port = port
        self.arrivals = []  # (monotonic time, path)
        self.lock = threading.Lock()
        self.gate = threading.Event()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                n = int(self.headers.get("Content-Length", "0"))
                self.rfile.read(n)
                if self.path.startswith("/hang/"):
                    time.sleep(15)
                elif self.path.startswith("/gate/"):
                    receiver.gate.wait(30)
                with receiver.lock:
                    receiver.arrivals.append((time.monotonic(), self.path))
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = http.server.ThreadingHTTPServer((HOST, port), Handler)
        self.server.daemon_threads = True
        self.server.request_queue_size = 256
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def at(self, prefix):
        with self.lock:
            return [t for t, p in self.arrivals if p.startswith(prefix)]


# ---------------------------------------------------------------- the portal
class Portal:
    def __init__(self, env, work):
        self.env = env
        self.work = work
        self.port = int(env["PORTAL_PORT"])
        self.proc = None

    def cli(self, *args):
        out = subprocess.run(["java", "-jar", JAR, *args], env=self.env, cwd=self.work, capture_output=True,
                             text=True, check=True)
        return out.stdout.strip().splitlines()[-1]

    def start(self):
        self.log = open(os.path.join(self.work, "portal.log"), "w")
        self.proc = subprocess.Popen(["java", "-jar", JAR], env=self.env, cwd=self.work, stdout=self.log,
                                     stderr=subprocess.STDOUT)
        for _ in range(600):
            try:
                urllib.request.urlopen(f"http://{HOST}:{self.port}/health/ready", timeout=1)
                return
            except Exception:
                time.sleep(0.1)
        raise SystemExit("the portal did not become ready; see " + self.log.name)

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(30)
            self.proc = None

    def api(self, key, method, path, body=None):
        """One call; a 409 from two changes of one subscription at once is tried again."""
        for attempt in range(50):
            try:
                return self._api(key, method, path, body)
            except urllib.error.HTTPError as e:
                if e.code != 409 or attempt == 49:
                    raise
                time.sleep(0.01)

    def _api(self, key, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"http://{HOST}:{self.port}/api/v1{path}", data=data, method=method,
                                     headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            raw = r.read()
            return json.loads(raw) if raw else None


def order_body(account, i, contact):
    return {"billingAccountId": account, "product": "jira", "plan": "STANDARD", "billingCycle": "ANNUAL",
            "userTier": 10, "siteUrl": f"b{i}-{int(time.time() * 1000) % 100000}.atlassian.net",
            "contacts": [{"email": contact, "name": "Bench Contact", "locale": "en"}]}


def in_parallel(n, jobs, clients=8):
    """Runs jobs(i) for i in range(n) on `clients` threads; returns the seconds taken."""
    started = time.monotonic()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(jobs, range(n)))
    return time.monotonic() - started


def wait_until(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def rate(times, first_n):
    """Messages per second between the first arrival and the first_n-th."""
    times = sorted(times)[:first_n]
    if len(times) < 2:
        return 0.0
    return (len(times) - 1) / (times[-1] - times[0])


def plain_smtp_loop(port, n, per_message):
    body = ("From: bench@example.com\r\nTo: loop@example.com\r\nSubject: A plain loop\r\n"
            "X-Notification-Type: LOOP\r\n\r\n" + "A line of the body, as long as an email's.\r\n" * 60)
    started = time.monotonic()
    conn = None
    for _ in range(n):
        if per_message or conn is None:
            conn = smtplib.SMTP(HOST, port)
            conn.ehlo()
        conn.sendmail("bench@example.com", ["loop@example.com"], body)
        if per_message:
            conn.quit()
    if not per_message:
        conn.quit()
    return n / (time.monotonic() - started)


def plain_http_loop(port, n, body):
    conn = http.client.HTTPConnection(HOST, port)
    started = time.monotonic()
    for _ in range(n):
        conn.request("POST", "/fast/loop", body=body, headers={"Content-Type": "application/json"})
        conn.getresponse().read()
    conn.close()
    return n / (time.monotonic() - started)


def sign_in_request(base, email):
    jar = urllib.request.HTTPCookieProcessor()
    opener = urllib.request.build_opener(jar)
    page = opener.open(base + "/login", timeout=10).read().decode()
    csrf = re.search(r'name="csrf" value="([^"]*)"', page).group(1)
    data = urllib.parse.urlencode({"email": email, "csrf": csrf}).encode()
    posted = time.monotonic()
    opener.open(base + "/login", data=data, timeout=10).read()
    return posted


class Results(dict):
    """Prints each figure as it is measured, and all of them at the end."""

    def __setitem__(self, k, v):
        print(f"  {k}: {v}", flush=True)
        super().__setitem__(k, v)


def main():
    if not os.path.exists(JAR):
        raise SystemExit("build the jar first: mvn -q -DskipTests package")
    work = tempfile.mkdtemp(prefix="bench-outbox-")
    db = f"portal_outbox_{os.getpid()}"
    subprocess.run(["psql", "-h", HOST, "-U", "postgres", "-d", "postgres", "-qc", f"CREATE DATABASE {db}"],
                   check=True, capture_output=True)
    if os.environ.get("BENCH_LOG_SQL"):  # every statement of the run in PostgreSQL's log, with its duration
        subprocess.run(["psql", "-h", HOST, "-U", "postgres", "-d", "postgres", "-qc",
                        f"ALTER DATABASE {db} SET log_min_duration_statement = 0"], check=True, capture_output=True)
    smtp_port, http_port, portal_port = free_port(), free_port(), free_port()
    sink = SmtpSink(smtp_port)
    receiver = Receiver(http_port)
    env = dict(os.environ, PORTAL_PORT=str(portal_port), PORTAL_DB_URL=f"jdbc:postgresql://{HOST}:5432/{db}",
               PORTAL_DB_USER="postgres", PORTAL_SMTP_HOST=HOST, PORTAL_SMTP_PORT=str(smtp_port),
               PORTAL_WEBHOOK_ALLOW_PRIVATE="true", PORTAL_API_RATE_LIMIT="1000000",
               PORTAL_ADDRESS_RATE_LIMIT="1000000", PORTAL_SIGN_IN_ADDRESS_LIMIT="1000000",
               PORTAL_SIGN_IN_EMAIL_LIMIT="1000000", PORTAL_BASE_URL=f"http://localhost:{portal_port}",
               PORTAL_LOG_LEVEL="WARN")
    portal = Portal(env, work)
    results = Results()
    try:
        key = portal.cli("partner", "create", "--name", "Bench", "--email", "bench-partner@example.com")
        key_b = portal.cli("partner", "create", "--name", "Other", "--email", "other-partner@example.com")
        portal.start()
        print(f"java: {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]};"
              f" cores: {os.cpu_count()}; workers: emails {env.get('PORTAL_EMAIL_WORKERS', 'default')},"
              f" webhooks {env.get('PORTAL_WEBHOOK_WORKERS', 'default')}")
        account = portal.api(key, "POST", "/billing-accounts", {"name": "Bench"})["id"]

        # ---- V1: 600 orders for 600 new contacts while the SMTP server is down, then the drain
        secs = in_parallel(600, lambda i: portal.api(key, "POST", "/orders",
                                                     order_body(account, i, f"new{i}@example.com")))
        results["orders/s (one subscription, a new contact each, 8 clients)"] = f"{600 / secs:.0f}"
        time.sleep(1)
        if os.environ.get("BENCH_JFR"):  # a profile of the drain: BENCH_JFR=/tmp/drain.jfr
            subprocess.run(["jcmd", str(portal.proc.pid), "JFR.start", "duration=6s", "settings=profile",
                            "filename=" + os.environ["BENCH_JFR"]], capture_output=True, check=True)
        sink.start()
        measured = 1000
        if not wait_until(lambda: sink.count() >= measured, 120):
            print(f"only {sink.count()} emails arrived in 120 s")
        v1 = rate([t for t, _, _ in sink.snapshot()], measured)
        loop_per_message = plain_smtp_loop(smtp_port, 1000, True)
        loop_one_connection = plain_smtp_loop(smtp_port, 1000, False)
        results["V1 emails/s (the first 1,000 of 1,200 after the server came back)"] = f"{v1:.0f}"
        results["V1 plain smtplib loop, a connection per message, msgs/s"] = f"{loop_per_message:.0f}"
        results["V1 plain smtplib loop, one connection, msgs/s"] = f"{loop_one_connection:.0f}"
        results["V1 portal / loop with a connection per message"] = f"{100 * v1 / loop_per_message:.0f} %"
        results["V1 portal / loop over one connection"] = f"{100 * v1 / loop_one_connection:.0f} %"
        wait_until(lambda: sink.count() >= 1200 + 2000 - 20, 10)

        # ---- V2: 1,000 emails for one contact queued while the server is down, then a sign-in link
        sink.stop()
        busy = "busy@example.com"
        in_parallel(1000, lambda i: portal.api(key, "POST", "/orders", order_body(account, 1000 + i, busy)))
        time.sleep(1)
        before = sum(1 for _, _, to in sink.snapshot() if busy in to)
        sink.start()
        posted = sign_in_request(f"http://{HOST}:{portal_port}", busy)

        def link_arrival():
            for t, kind, to in sink.snapshot():
                if kind == "SIGN_IN_LINK" and busy in to and t >= posted:
                    return t
            return None
        wait_until(lambda: link_arrival() is not None, 60)
        arrived = link_arrival()
        others = sum(1 for t, kind, to in sink.snapshot() if busy in to and kind != "SIGN_IN_LINK"
                     and (arrived is None or t <= arrived))
        results["V2 sign-in link, POST /login to the SMTP server, s"] = \
            "not within 60 s" if arrived is None else f"{arrived - posted:.2f}"
        results["V2 the contact's other emails sent before the link / queued"] = f"{others - before} / 1,001"

        # ---- V3: 600 events for one fast endpoint, queued behind a held first answer; a first round warms the
        # JIT up for the webhook path (reported too), the second is measured
        # one subscription per client, so that the usage reports do not wait for each other
        ens = [portal.api(key, "POST", "/orders", order_body(account, 5000 + c, "usage@example.com"))
               ["subscriptions"][0]["entitlementNumber"] for c in range(8)]
        en = ens[0]

        def v3_round(path, profile):
            receiver.gate.clear()
            endpoint = portal.api(key, "POST", "/webhook-endpoints",
                                  {"url": f"http://{HOST}:{http_port}{path}", "events": ["usage.reported"]})
            mine = threading.local()
            handed = iter(range(8))
            handed_lock = threading.Lock()

            def report(i):
                if not hasattr(mine, "en"):
                    with handed_lock:
                        mine.en = ens[next(handed)]
                portal.api(key, "PUT", f"/subscriptions/{mine.en}/usage", {"activeUsers": i})
            started = time.monotonic()
            in_parallel(600, report)
            produced = time.monotonic() - started
            if profile and os.environ.get("BENCH_JFR_V3"):  # a profile of the drain: BENCH_JFR_V3=/tmp/v3.jfr
                subprocess.run(["jcmd", str(portal.proc.pid), "JFR.start", "duration=4s", "settings=profile",
                                "filename=" + os.environ["BENCH_JFR_V3"]], capture_output=True, check=True)
            receiver.gate.set()
            wait_until(lambda: len(receiver.at(path)) >= 600, 120)
            rate_ = rate(receiver.at(path), 600)
            if profile and os.environ.get("BENCH_V3_GAPS"):  # where the drain's time went, between arrivals
                t = sorted(receiver.at(path))[:600]
                gaps = sorted(b - a for a, b in zip(t, t[1:]))
                big = [g for g in gaps if g > 0.005]
                print(f"  V3 gaps between arrivals, ms: p50 {1000 * gaps[len(gaps) // 2]:.2f}, p90 "
                      f"{1000 * gaps[len(gaps) * 9 // 10]:.2f}, p99 {1000 * gaps[len(gaps) * 99 // 100]:.2f}, "
                      f"max {1000 * gaps[-1]:.1f}; {len(big)} over 5 ms, {1000 * sum(big):.0f} of "
                      f"{1000 * (t[-1] - t[0]):.0f} ms")
                print("  V3 arrivals followed by a gap over 5 ms (index: ms): " + ", ".join(
                    f"{i}: {1000 * (b - a):.1f}" for i, (a, b) in enumerate(zip(t, t[1:])) if b - a > 0.005))
            portal.api(key, "DELETE", f"/webhook-endpoints/{endpoint['id']}")
            return produced, rate_
        _, v3_cold = v3_round("/gate/warm-up", False)
        produced, v3 = v3_round("/gate/one", True)
        body = json.dumps({"id": "0" * 36, "type": "usage.reported", "occurredAt": "2026-12-07T00:00:00Z",
                           "data": {"entitlementNumber": en, "activeUsers": 7}})
        loop_http = plain_http_loop(http_port, 3000, body)
        results["V3 events produced (8 clients), s (must stay under the 10 s the first answer is held)"] = \
            f"{produced:.1f}"
        results["V3 deliveries/s to one endpoint, first round (JIT still warming up)"] = f"{v3_cold:.0f}"
        results["V3 deliveries/s to one endpoint"] = f"{v3:.0f}"
        results["V3 plain http.client loop, keep-alive, posts/s"] = f"{loop_http:.0f}"
        results["V3 portal / plain loop"] = f"{100 * v3 / loop_http:.0f} %"

        # ---- V4: partner A's 10 endpoints hang; partner B's deliveries
        for i in range(10):
            portal.api(key, "POST", "/webhook-endpoints",
                       {"url": f"http://{HOST}:{http_port}/hang/a{i}", "events": ["usage.reported"]})
        portal.api(key_b, "POST", "/webhook-endpoints",
                   {"url": f"http://{HOST}:{http_port}/fast/b", "events": ["usage.reported"]})
        account_b = portal.api(key_b, "POST", "/billing-accounts", {"name": "Other"})["id"]
        en_b = portal.api(key_b, "POST", "/orders", order_body(account_b, 6000, "b@example.com"))
        en_b = en_b["subscriptions"][0]["entitlementNumber"] if "subscriptions" in en_b else en_b["entitlementNumber"]
        for i in range(20):
            portal.api(key, "PUT", f"/subscriptions/{en}/usage", {"activeUsers": 1000 + i})
        time.sleep(2.5)  # A's endpoints are now hanging
        latencies = []
        for i in range(5):
            sent = time.monotonic()
            portal.api(key_b, "PUT", f"/subscriptions/{en_b}/usage", {"activeUsers": i})
            if wait_until(lambda: len(receiver.at("/fast/b")) > i, 30):
                latencies.append(receiver.at("/fast/b")[i] - sent)
            else:
                latencies.append(float("inf"))
            time.sleep(1)
        results["V4 partner B's deliveries while A's 10 endpoints hang, s (each)"] = \
            ", ".join(f"{x:.2f}" for x in latencies)
        results["V4 the slowest, s"] = f"{max(latencies):.2f}"
    finally:
        portal.stop()
        subprocess.run(["psql", "-h", HOST, "-U", "postgres", "-d", "postgres", "-qc",
                        f"DROP DATABASE IF EXISTS {db} WITH (FORCE)"], capture_output=True)
        if results:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("the portal's log is kept in", work)
    width = max(len(k) for k in results)
    for k, v in results.items():
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
