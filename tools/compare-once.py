#!/usr/bin/env python3
"""Runs `ddns-agent once` from two builds in turn against the bench's loopback servers and reports the
median wall time and peak RSS of each, and their ratios (one run, interleaved, so both see the same machine).

  dotnet run -c Release --project DdnsAgent.Bench -- serve --dir /tmp/ddns-bench --minutes 30 &
  tools/compare-once.py --dir /tmp/ddns-bench --runs 15 \
      --build aot=/opt/ddns-agent-aot/ddns-agent --build fdd="dotnet /opt/ddns-agent-fdd/ddns-agent.dll"

"update": each run starts from an empty state folder, so it detects the address and sends the update (one
reflector request, one update request, two state writes). "no change": the state is kept, so each run asks
the reflector, finds the registered address and sends nothing (what cron sees on most runs). Peak RSS is the kernel's high-water mark of the process (GNU time's %M),
wall time is from spawn to exit (including the time wrapper's fork, the same for every build). Only loopback servers are contacted.
"""
import argparse, os, shlex, shutil, statistics, sys, tempfile, time

def run_once(command, settings, state, report, fresh=True):
    if fresh:
        shutil.rmtree(state, ignore_errors=True)
    # GNU time forks from a process of about 2 MB, so the child's peak is its own (Linux keeps the
    # high-water mark across exec: spawned straight from Python it would include Python's memory).
    argv = ["/usr/bin/time", "-f", "%M", "-o", report] + command + ["once", "--config", settings, "--state", state]
    devnull = os.open(os.devnull, os.O_WRONLY)
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status = os.waitpid(pid, 0)
    wall = time.perf_counter() - start
    os.close(devnull)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(argv)} exited {code}")
    with open(report) as lines:
        rss_kb = int(lines.read().split()[-1])
    return wall * 1000.0, rss_kb / 1024.0

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True, help="the folder `serve` wrote (https.json, http.json)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--build", action="append", required=True, help="NAME=COMMAND")
    args = parser.parse_args()
    builds = [(b.split("=", 1)[0], shlex.split(b.split("=", 1)[1])) for b in args.build]
    state = tempfile.mkdtemp(prefix="ddns-once-")
    report = os.path.join(state + "-rss")
    for mode in ("no change", "update"):
        for scheme in ("http", "https"):
            settings = os.path.join(args.dir, scheme + ".json")
            fresh = mode == "update"
            results = {name: ([], []) for name, _ in builds}
            states = {name: state + "-" + name for name, _ in builds}
            for name, command in builds:
                run_once(command, settings, states[name], report)  # warms the file cache; registers the address
            for _ in range(args.runs):
                for name, command in builds:
                    wall, rss = run_once(command, settings, states[name], report, fresh)
                    results[name][0].append(wall)
                    results[name][1].append(rss)
            first = builds[0][0]
            for name, _ in builds:
                wall = statistics.median(results[name][0])
                rss = statistics.median(results[name][1])
                ratio = "" if name == first else (f"  ({wall / statistics.median(results[first][0]):.2f}x wall,"
                                                  f" {rss / statistics.median(results[first][1]):.2f}x RSS of {first})")
                print(f"once {scheme:5} {mode:9} {name:6} wall {wall:7.1f} ms  peak RSS {rss:5.1f} MB  (median of {args.runs}){ratio}")
            for name, _ in builds:
                shutil.rmtree(states[name], ignore_errors=True)
    shutil.rmtree(state, ignore_errors=True)
    if os.path.exists(report):
        os.remove(report)

if __name__ == "__main__":
    main()
