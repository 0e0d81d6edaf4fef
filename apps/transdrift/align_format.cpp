#include "align_format.hpp"

#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

namespace transdrift::cli {
namespace {

// The report's rounding (4 decimals), so align and diff agree on scores.
double round4(double x) { return std::isfinite(x) ? std::round(x * 1e4) / 1e4 : x; }

std::string fixed2(double x) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, std::isfinite(x) ? x : 0.0, std::chars_format::fixed, 2);
  return std::string(buf, r.ptr);
}

// The sentences' bytes with every run of ASCII white space (tabs and line
// breaks included) made one space and other control characters dropped:
// the text cannot break the one-line-per-bead, tab-separated layout.
std::string one_line(const Document& doc, const std::vector<std::size_t>& ids) {
  std::string out;
  bool space = false;
  for (std::size_t id : ids) {
    if (id >= doc.sentences.size()) continue;
    const Span s = doc.sentences[id].span;
    if (s.end > doc.text.size() || s.start > s.end) continue;
    if (!out.empty()) space = true;
    for (char c : doc.slice(s)) {
      const auto u = static_cast<unsigned char>(c);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        space = !out.empty();
        continue;
      }
      if (u < 0x20 || u == 0x7F) continue;
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string alignment_json(const Alignment& alignment) {
  nlohmann::ordered_json beads = nlohmann::ordered_json::array();
  for (const Bead& b : alignment.beads)
    beads.push_back({{"original", b.original}, {"retranslated", b.retranslated}, {"score", round4(b.score)}});
  return beads.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string alignment_text(const Alignment& alignment, const Document& original, const Document& retranslated) {
  std::string out;
  for (std::size_t i = 0; i < alignment.beads.size(); ++i) {
    const Bead& b = alignment.beads[i];
    out += std::to_string(i) + '\t' + b.kind() + '\t' + fixed2(b.score) + '\t' + one_line(original, b.original) +
           '\t' + one_line(retranslated, b.retranslated) + '\n';
  }
  return out;
}

}  // namespace transdrift::cli
