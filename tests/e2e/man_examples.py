"""Prints the command lines of a manual page's EXAMPLES section, one per line, as a shell reads
them: roff escapes undone, continued lines joined, and a crontab line reduced to its command."""
import re
import sys

ESCAPES = [("\\-", "-"), ("\\(aq", "'"), ("\\(dq", '"'), ("\\e", "\\"), ("\\&", "")]


def unroff(line):
    for roff, text in ESCAPES:
        line = line.replace(roff, text)
    return line


def examples(page_text):
    section = re.search(r"^\.SH EXAMPLES\n(.*?)(?=^\.SH |\Z)", page_text, re.M | re.S)
    if not section:
        return []
    lines = []
    for block in re.findall(r"^\.EX\n(.*?)^\.EE", section.group(1), re.M | re.S):
        pending = ""
        for raw in block.splitlines():
            line = unroff(raw)
            if line.endswith("\\"):
                pending += line[:-1]
                continue
            lines.append(cron_command(pending + line))
            pending = ""
    return lines


def cron_command(line):
    """'*/5 * * * * [cd DIR &&] /PATH/msol [--file F] ...' runs 'msol ...' where the test stands
    (test_cron.sh runs the documented line itself, against an installed msol)."""
    fields = line.split(None, 5)
    if len(fields) == 6 and all(re.fullmatch(r"[0-9*/,-]+", f) for f in fields[:5]):
        command = re.sub(r"^cd \S+ && ", "", fields[5])
        command = re.sub(r"^/\S*/msol ", "msol ", command)
        command = re.sub(r"^msol --file \S+ ", "msol ", command)
        return command.replace("\\%", "%")
    return line


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in examples(f.read()):
            print(line)
