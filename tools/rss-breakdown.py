#!/usr/bin/env python3
"""Shows where a process's memory is at the moment it exits: the resident KB of each mapping (the program's
code, its read-only data, each library, the anonymous memory), summed by file and permission, with VmHWM (the
peak RSS that `tools/compare-once.py` reports). Runs the command under gdb and stops it at exit_group.

  tools/rss-breakdown.py /opt/ddns-agent/ddns-agent once --config /tmp/ddns-bench/http.json --state /tmp/s

Linux only; needs gdb. File-backed pages count as soon as they are mapped, and the kernel maps a file's pages
around each one touched (64 KB windows by default), so the code of a large program counts far more than the
bytes it runs.
"""
import collections, re, subprocess, sys, tempfile, os

def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    handle, report = tempfile.mkstemp(prefix="rss-breakdown-")
    os.close(handle)
    os.remove(report)  # gdb's script writes it when the process stops
    script = (
        "import gdb\n"
        "pid = gdb.selected_inferior().pid\n"
        f"out = open({report!r}, 'w')\n"
        "out.write(open('/proc/%d/status' % pid).read())\n"
        "out.write('=== smaps\\n')\n"
        "out.write(open('/proc/%d/smaps' % pid).read())\n"
        "out.close()\n")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(script)
        script_file = f.name
    gdb = ["gdb", "-q", "-batch", "-ex", "set pagination off", "-ex", "catch syscall exit_group", "-ex", "run",
           "-ex", "source " + script_file, "-ex", "kill", "--args"] + sys.argv[1:]
    subprocess.run(gdb, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    os.remove(script_file)
    if not os.path.exists(report):
        sys.exit("gdb did not stop the process at its exit (is gdb installed?)")
    status, smaps = open(report).read().split("=== smaps\n", 1)
    os.remove(report)
    sums = collections.Counter()
    mapping = None
    for line in smaps.splitlines():
        if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
            parts = line.split()
            name = parts[5] if len(parts) > 5 else "[anonymous]"
            mapping = f"{name} {parts[1]}"
        elif line.startswith("Rss:") and mapping:
            sums[mapping] += int(line.split()[1])
    for key in ("VmHWM", "VmRSS", "RssAnon", "RssFile"):
        match = re.search(rf"^{key}:\s+(\d+) kB", status, re.M)
        print(f"{key:8} {int(match.group(1)):7d} KB")
    print()
    for name, kb in sums.most_common():
        if kb > 0:
            print(f"{kb:7d} KB  {name}")

if __name__ == "__main__":
    main()
