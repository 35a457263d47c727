#!/usr/bin/env python3
"""Editor latency: opens a Swift file in `randlint lsp`, sends full-text edits, and prints the
median and p95 time from sending `didChange` to receiving the `publishDiagnostics` of that
version. Usage: lsp-latency.py RANDLINT FILE [EDITS]"""
import json
import os
import statistics
import subprocess
import sys
import time


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream):
    length = None
    while True:
        line = stream.readline()
        if not line:
            raise SystemExit("the server closed its output")
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(stream.read(length))


def main():
    binary, path = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    text = open(path, encoding="utf-8").read()
    uri = "file://" + path
    server = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=os.path.dirname(path))

    def send(message):
        server.stdin.write(frame(message))
        server.stdin.flush()

    def wait_for(predicate):
        while True:
            message = read_message(server.stdout)
            if predicate(message):
                return message

    send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
          "params": {"processId": os.getpid(), "rootUri": "file://" + os.path.dirname(path), "capabilities": {}}})
    wait_for(lambda m: m.get("id") == 1)
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

    def is_diagnostics(version):
        return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"].get("version") == version)

    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "swift", "version": 1, "text": text}}})
    first = wait_for(is_diagnostics(1))
    findings = len(first["params"]["diagnostics"])
    latencies = []
    for version in range(2, edits + 2):
        # Each text differs from the last at both ends of the file (a line added after the first
        # one, or at the end, and the previous one gone): two edits far apart for the parser.
        edited = text.replace("\n", "\n// edit %d\n" % version, 1) if version % 2 else text + "// edit %d\n" % version
        started = time.perf_counter()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": edited}]}})
        wait_for(is_diagnostics(version))
        latencies.append((time.perf_counter() - started) * 1000)
    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    wait_for(lambda m: m.get("id") == 2)
    send({"jsonrpc": "2.0", "method": "exit"})
    server.wait(timeout=10)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(round(0.95 * (len(latencies) - 1))))]
    lines = text.count("\n")
    print(f"{os.path.basename(path)}: {lines} lines, {findings} findings; {edits} edits: "
          f"didChange -> publishDiagnostics median {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms "
          f"(target: median <= 10 ms)")


if __name__ == "__main__":
    main()
