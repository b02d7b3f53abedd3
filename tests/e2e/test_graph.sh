# Pictures of the congregation: `msol graph` and `msol crew form --dot`, read back by real
# Graphviz; and the live progress line of `crew form`, only on a terminal.

# picture: summarises the last stdout, rendered by `dot -Tjson`, as JSON (for json_query):
# {"clusters": {label: [names]}, "loose": [names], "edges": [[from, to, kind, style]]}.
picture() {
  OUT=$(dot -Tjson <<<"$OUT" | /usr/bin/python3 -c '
import json, sys
g = json.load(sys.stdin)
objects = g.get("objects", [])
subgraphs = objects[:g.get("_subgraph_cnt", 0)]
names = {o["_gvid"]: o["name"] for o in objects[len(subgraphs):]}
clusters = {s["label"]: sorted(names[n] for n in s.get("nodes", [])) for s in subgraphs}
inside = {n for people in clusters.values() for n in people}
kinds = {"none": "avoid", "both": "mutual"}
edges = [[names[e["tail"]], names[e["head"]], kinds.get(e.get("dir"), "want"),
          e.get("style", "solid")] for e in g.get("edges", [])]
print(json.dumps({"clusters": clusters, "loose": sorted(set(names.values()) - inside),
                  "edges": edges}))')
}

# renders FORMAT: the last stdout is a graph that Graphviz draws without complaint.
renders() {
  checks=$((checks + 1))
  dot "-T$1" <<<"$OUT" >/dev/null 2>"$work/.dot-errors" && [ ! -s "$work/.dot-errors" ] ||
    fail "dot -T$1 rejects the graph: $(cat "$work/.dot-errors")"
}

ok init --name "Spree Commons" --timezone Europe/Berlin
ok import "$MSOL_SOURCE/data/example.toml"
ok crew form --seed 1 --time-limit 10 --save
ok crew list --json
crews=$(json_query 'len([c for c in d if c["status"] == "open"])')

# What the drawing must show, from the members' own preferences (Søren is not looking, but is
# still a member, so he is drawn): every want once, a mutual pair once, every avoid pair once.
ok export --format json
printf '%s\n' "$OUT" >export.json
expected() {
  /usr/bin/python3 -c '
import json, sys
m = {x["name"]: x for x in json.load(open("export.json"))["member"] if not x.get("left")}
wants = {(a, b) for a in m for b in m[a].get("want", []) if b in m and b != a}
mutual = {frozenset(p) for p in wants if p[::-1] in wants}
avoid = {frozenset((a, b)) for a in m for b in m[a].get("avoid", []) if b in m}
print({"people": len(m), "mutual": len(mutual), "want": len(wants) - 2 * len(mutual),
       "avoid": len(avoid)}[sys.argv[1]])' "$1"
}

# --- msol graph: the congregation, avoids hidden -------------------------------------------------
ok graph
renders svg
equals "$(head -c 2 <<<"$OUT")" "//" "the DOT starts with its legend comment"
picture
equals "$(json_query 'len(d["clusters"])')" "$crews" "one cluster per open crew"
equals "$(json_query 'len(d["loose"]) + sum(map(len, d["clusters"].values()))')" \
  "$(expected people)" "every active member drawn once"
equals "$(json_query 'sum(e[2] == "mutual" for e in d["edges"])')" "$(expected mutual)" "mutual wants"
equals "$(json_query 'sum(e[2] == "want" for e in d["edges"])')" "$(expected want)" "one-way wants"
equals "$(json_query 'sum(e[2] == "avoid" for e in d["edges"])')" 0 "no avoid edge by default"
# Ngozi and Tomás want each other: one edge with two heads, not two arrows.
equals "$(json_query '[e[2] for e in d["edges"] if {e[0], e[1]} == {"Ngozi", "Tomás"}]')" \
  "['mutual']" "Ngozi and Tomás drawn once, as mutual"
equals "$(json_query '"Søren" in d["loose"]')" True "Søren (not looking, in no crew) is loose"

# The same data gives the same bytes.
ok graph
first=$OUT
ok graph
equals "$OUT" "$first" "graph output is stable"

# --- avoids only when asked for ------------------------------------------------------------------
ok graph --show-avoid
renders svg
picture
equals "$(json_query 'sum(e[2] == "avoid" for e in d["edges"])')" "$(expected avoid)" "avoid edges with --show-avoid"
equals "$(json_query 'all(e[3] == "dashed" for e in d["edges"] if e[2] == "avoid")')" True "avoids are dashed"

# --- one crew and whom its members want ----------------------------------------------------------
ok graph --crew "crew 1"
renders svg
picture
equals "$(json_query '"Crew 1" in d["clusters"]')" True "the focus crew is drawn"
equals "$(json_query 'all({e[0], e[1]} & set(d["clusters"]["Crew 1"]) for e in d["edges"])')" True \
  "every edge touches the focus crew"
equals "$(json_query 'len(d["clusters"]) + len(d["loose"]) > 1 and len(d["edges"]) > 0')" True \
  "the focus crew's ties are drawn"
expect 1 graph --crew Nowhere
says "Nowhere"

# --- SVG, files, bad usage -----------------------------------------------------------------------
ok graph --format svg
checks=$((checks + 1))
/usr/bin/python3 -c 'import sys, xml.etree.ElementTree as ET; r = ET.fromstring(sys.stdin.buffer.read()); sys.exit(not r.tag.endswith("svg"))' <<<"$OUT" ||
  fail "graph --format svg is not an SVG document"
contains "Ngozi"

ok graph --format svg -o crews.svg
equals "$OUT" "" "nothing on stdout with -o"
equals "$(stat -c %a crews.svg)" 600 "the picture is private (mode 0600)"
equals "$(/usr/bin/python3 -c 'import xml.etree.ElementTree as ET; print(ET.parse("crews.svg").getroot().tag.endswith("svg"))')" True "crews.svg is SVG"

unchanged_by 2 graph --format png
says "'png'"
says "dot or svg"
unchanged_by 2 graph --json
says "--format dot"
expect 1 graph -o congregation.msol
says "congregation file itself"

# Without Graphviz, svg says what to install; dot still works.
OUT=$(PATH=/nonexistent "$MSOL" graph --format svg 2>"$work/.stderr")
RC=$?
ERR=$(cat "$work/.stderr")
equals "$RC" 1 "svg without Graphviz exits 1"
says "needs Graphviz's 'dot' (apt install graphviz)"
OUT=$(PATH=/nonexistent "$MSOL" graph 2>/dev/null)
renders svg

# --- names Graphviz must not misread: quotes, backslashes, other scripts; leavers not drawn ------
ok member add 'Jo "JJ" B\ack'
ok prefs set Ngozi --want 'Jo "JJ" B\ack'
ok prefs set 'Jo "JJ" B\ack' --want 'Ngozi,李娜'
ok graph --format svg
checks=$((checks + 1))
/usr/bin/python3 -c '
import sys, xml.etree.ElementTree as ET
texts = {t.text for t in ET.fromstring(sys.stdin.buffer.read()).iter("{http://www.w3.org/2000/svg}text")}
sys.exit(not {"Jo \"JJ\" B\\ack", "李娜", "Søren"} <= texts)' <<<"$OUT" ||
  fail "names with quotes, backslashes or other scripts are not drawn as written"
ok member leave Hana
ok graph
lacks '"Hana"'

# --- crew form --dot -----------------------------------------------------------------------------
ok crew form --regroup --seed 1 --time-limit 10 --json
proposed=$(json_query 'len(d["crews"])')
ok crew form --regroup --seed 1 --time-limit 10 --dot
renders svg
picture
equals "$(json_query 'len(d["clusters"])')" "$proposed" "one cluster per proposed crew"
equals "$(json_query 'any(e[3] == "solid" for e in d["edges"])')" True "met wants are solid"
equals "$(json_query 'all(e[2] != "avoid" for e in d["edges"])')" True "no avoids in a proposal"
unchanged_by 0 crew form --regroup --seed 1 --time-limit 10 --dot
unchanged_by 2 crew form --regroup --seed 1 --time-limit 10 --dot --json --save
says "--dot"
says "--json"
ok crew form --regroup --seed 1 --time-limit 10 --dot --save
renders svg
says "saved"

# --- the progress line: on a terminal only, and it changes nothing -------------------------------
if command -v script >/dev/null; then
  script -qec "'$MSOL' crew form --regroup --time-limit 1.5 >/dev/null" /dev/null >tty.txt
  checks=$((checks + 1))
  grep -q 'searching: best score [0-9.-]*, bound [0-9.]*, [0-9.]* s left' tty.txt ||
    fail "no progress line on a terminal: $(tr '\r' '\n' <tty.txt | head -3)"
  script -qec "'$MSOL' -q crew form --regroup --time-limit 1.5 >/dev/null" /dev/null >quiet.txt
  checks=$((checks + 1))
  grep -q searching quiet.txt && fail "--quiet still shows the progress line"
  script -qec "'$MSOL' crew form --regroup --seed 4 --time-limit 10 --json >tty.json" /dev/null >/dev/null
  ok crew form --regroup --seed 4 --time-limit 10 --json
  without_time='{k: v for k, v in d.items() if k not in ("seconds", "moves")}'
  plain=$(json_query "$without_time")
  OUT=$(cat tty.json)
  equals "$(json_query "$without_time")" "$plain" "the same crews with and without a terminal"
fi
ok crew form --regroup --time-limit 1.5
checks=$((checks + 1))
[[ "$ERR" != *searching* && "$ERR" != *$'\r'* ]] || fail "progress on stderr that is not a terminal"
says "searched"
