// Checks the DOM that headless Chromium dumped from a transdrift HTML report
// against the JSON report of the same comparison:
//
//   dom_check DOM REPORT_JSON [HIDDEN_SEVERITIES]
//
// - the page's script ran (body data-ready="1") and logged no error (no
//   data-errors attribute);
// - one table row tr.bead per bead, in order, with empty cells exactly for
//   the empty sides of 1-0 / 0-1 beads;
// - one list item per finding, in report order, with its severity,
//   category, check, bead and spans;
// - each finding is highlighted on its exact spans: the segments whose
//   data-f names it cover exactly [start, end) of its span on each side
//   (for spans inside one sentence; a span over several sentences must
//   start and end on segment boundaries), and carry the severity class;
// - HIDDEN_SEVERITIES (comma-separated): list items of those severities
//   are hidden, the others shown (the filter applied from the URL hash).
//
// Exit 0 if all holds; otherwise one line per problem on stderr, exit 1.
#include <gumbo.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

int problems = 0;
void problem(const std::string& what) {
  if (++problems <= 20) std::cerr << "dom_check: " << what << '\n';
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "dom_check: cannot open " << path << '\n';
    std::exit(1);
  }
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

const char* attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool has_class(const GumboNode* n, const std::string& cls) {
  const char* c = attr(n, "class");
  if (!c) return false;
  std::istringstream in(c);
  for (std::string w; in >> w;)
    if (w == cls) return true;
  return false;
}

void collect(const GumboNode* n, std::vector<const GumboNode*>& out) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
  out.push_back(n);
  const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) collect(static_cast<const GumboNode*>(kids.data[i]), out);
}

std::vector<const GumboNode*> children_with_tag(const GumboNode* n, GumboTag tag) {
  std::vector<const GumboNode*> out;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == tag) out.push_back(k);
  }
  return out;
}

std::string text_of(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) return n->v.text.text;
  if (n->type != GUMBO_NODE_ELEMENT) return {};
  std::string s;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) s += text_of(static_cast<const GumboNode*>(kids.data[i]));
  return s;
}

std::pair<std::size_t, std::size_t> range(const char* s) {
  std::size_t a = 0, b = 0;
  char dash = 0;
  std::istringstream in(s ? s : "");
  in >> a >> dash >> b;
  return {a, b};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: dom_check DOM REPORT_JSON [HIDDEN_SEVERITIES]\n";
    return 2;
  }
  const std::string dom = read(argv[1]);
  const nlohmann::json report = nlohmann::json::parse(read(argv[2]));
  std::set<std::string> hidden_sev;
  if (argc > 3) {
    std::istringstream in(argv[3]);
    for (std::string s; std::getline(in, s, ',');)
      if (!s.empty()) hidden_sev.insert(s);
  }

  GumboOutput* out = gumbo_parse(dom.c_str());
  std::vector<const GumboNode*> all;
  collect(out->document, all);

  const GumboNode* body = nullptr;
  std::vector<const GumboNode*> rows, items, segments;
  for (const GumboNode* n : all) {
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_BODY) body = n;
    if (tag == GUMBO_TAG_TR && has_class(n, "bead")) rows.push_back(n);
    if (tag == GUMBO_TAG_LI && attr(n, "data-f")) items.push_back(n);
    if (tag == GUMBO_TAG_SPAN && attr(n, "data-s")) segments.push_back(n);
  }
  if (!body) problem("no <body>");
  else {
    if (!attr(body, "data-ready") || std::string(attr(body, "data-ready")) != "1")
      problem("the page's script did not finish (no body data-ready=\"1\")");
    if (attr(body, "data-errors")) problem(std::string("the page logged errors: ") + attr(body, "data-errors"));
  }

  // Rows.
  const auto& beads = report["alignment"];
  if (rows.size() != beads.size())
    problem(std::to_string(rows.size()) + " rows, expected " + std::to_string(beads.size()) + " beads");
  for (std::size_t b = 0; b < std::min(rows.size(), beads.size()); ++b) {
    const GumboNode* tr = rows[b];
    if (std::to_string(b) != (attr(tr, "data-bead") ? attr(tr, "data-bead") : ""))
      problem("row " + std::to_string(b) + " has data-bead " + (attr(tr, "data-bead") ? attr(tr, "data-bead") : "?"));
    const auto cells = children_with_tag(tr, GUMBO_TAG_TD);
    if (cells.size() != 2) {
      problem("row " + std::to_string(b) + " has " + std::to_string(cells.size()) + " cells, expected 2");
      continue;
    }
    const bool o_empty = beads[b]["original"].empty(), r_empty = beads[b]["retranslated"].empty();
    if (has_class(cells[0], "empty") != o_empty || has_class(cells[1], "empty") != r_empty)
      problem("row " + std::to_string(b) + ": empty cells do not match the bead " + beads[b].dump());
    if (o_empty && !text_of(cells[0]).empty()) problem("row " + std::to_string(b) + ": empty cell has text");
    if (!o_empty && children_with_tag(cells[0], GUMBO_TAG_P).size() != beads[b]["original"].size())
      problem("row " + std::to_string(b) + ": one <p> per original sentence expected");
    if (!r_empty && children_with_tag(cells[1], GUMBO_TAG_P).size() != beads[b]["retranslated"].size())
      problem("row " + std::to_string(b) + ": one <p> per retranslated sentence expected");
  }

  // Findings list and highlights.
  const auto& findings = report["findings"];
  if (items.size() != findings.size())
    problem(std::to_string(items.size()) + " findings listed, expected " + std::to_string(findings.size()));
  // Segments per finding and side (the side is the cell's class).
  std::map<std::pair<std::size_t, char>, std::vector<std::pair<std::size_t, std::size_t>>> marked;
  std::map<std::size_t, std::set<std::string>> seg_classes;
  for (const GumboNode* s : segments) {
    const char* f = attr(s, "data-f");
    if (!f) continue;
    char side = '?';
    for (const GumboNode* p = s->parent; p; p = p->parent)
      if (p->type == GUMBO_NODE_ELEMENT && p->v.element.tag == GUMBO_TAG_TD) {
        side = has_class(p, "o") ? 'o' : has_class(p, "r") ? 'r' : '?';
        break;
      }
    std::istringstream in(f);
    for (std::size_t id; in >> id;) {
      marked[{id, side}].push_back(range(attr(s, "data-s")));
      for (const char* sev : {"critical", "major", "minor"})
        if (has_class(s, sev)) seg_classes[id].insert(sev);
    }
  }
  std::size_t shown = 0;
  for (std::size_t i = 0; i < std::min(items.size(), findings.size()); ++i) {
    const auto& f = findings[i];
    const GumboNode* li = items[i];
    const std::string sev = f["severity"];
    auto check_attr = [&](const char* name, const std::string& want) {
      const char* v = attr(li, name);
      if (!v || want != v) problem("finding " + std::to_string(i) + ": " + name + " is " + (v ? v : "missing") + ", expected " + want);
    };
    check_attr("data-f", std::to_string(i));
    check_attr("data-severity", sev);
    check_attr("data-category", f["category"]);
    check_attr("data-check", f["check"]);
    check_attr("data-bead", std::to_string(f["bead"].get<std::size_t>()));
    const bool hidden = attr(li, "hidden") != nullptr;
    if (hidden != (hidden_sev.count(sev) > 0))
      problem("finding " + std::to_string(i) + " (" + sev + ") is " + (hidden ? "hidden" : "shown") + " by the filter");
    if (!hidden) ++shown;
    for (char side : {'o', 'r'}) {
      const auto& sp = f[side == 'o' ? "original" : "retranslated"];
      const std::size_t start = sp["start"], end = sp["end"];
      const auto it = marked.find({i, side});
      if (start == end) {
        if (it != marked.end()) problem("finding " + std::to_string(i) + ": empty span but marked text");
        continue;
      }
      if (it == marked.end()) {
        problem("finding " + std::to_string(i) + " not highlighted on the " + (side == 'o' ? "original" : "retranslated") + " side");
        continue;
      }
      std::size_t lo = SIZE_MAX, hi = 0;
      for (auto [a, b] : it->second) {
        lo = std::min(lo, a);
        hi = std::max(hi, b);
        if (a < start || b > end) problem("finding " + std::to_string(i) + ": a marked segment is outside its span");
      }
      if (lo != start || hi != end)
        problem("finding " + std::to_string(i) + ": highlight covers [" + std::to_string(lo) + ", " + std::to_string(hi) +
                "), span is [" + std::to_string(start) + ", " + std::to_string(end) + ")");
    }
    if (!hidden && !seg_classes[i].count(sev) && seg_classes[i].empty() &&
        !(f["original"]["start"] == f["original"]["end"] && f["retranslated"]["start"] == f["retranslated"]["end"]))
      problem("finding " + std::to_string(i) + ": highlight has no severity class");
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  if (problems) {
    std::cerr << "dom_check: " << problems << " problems\n";
    return 1;
  }
  std::cout << "dom_check: " << rows.size() << " rows, " << items.size() << " findings (" << shown
            << " shown), " << segments.size() << " segments: all consistent\n";
  return 0;
}
