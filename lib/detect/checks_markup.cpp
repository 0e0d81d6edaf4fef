// Placeholders and markup tags that software fills in or renders: "{0}",
// "{{name}}", "${count}", "%s", "%1$d", "%(name)s", "%1", "<b>", "</a>".
// A localized string that lost, gained or changed one no longer says what
// the original says (a count, a name, a link) and may break the program that
// formats it. They are compared as exact strings, so "{0}" / "{1}" is a
// change, while their order may differ (languages order words differently).
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detect/checks.hpp"

namespace transdrift {
namespace {

enum class Kind { kBrace, kPrintf, kTag };

struct Placeholder {
  Span span;
  Kind kind;
};

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

constexpr std::size_t kMaxBrace = 40;  // bytes of a "{...}" placeholder
constexpr std::size_t kMaxTag = 200;   // bytes of a "<...>" tag

// The length of a placeholder or tag starting at text[i], or 0.
std::size_t placeholder_at(std::string_view text, std::size_t i, Kind& kind) {
  const char c = text[i];
  if (c == '{' || (c == '$' && i + 1 < text.size() && text[i + 1] == '{')) {
    // "{0}", "{name}", "{0,number}", "{{name}}", "${count}": word characters
    // and . : , # - inside, no space.
    std::size_t j = i + (c == '$' ? 1 : 0);
    const bool doubled = j + 1 < text.size() && text[j + 1] == '{';
    j += doubled ? 2 : 1;
    const std::size_t start = j;
    while (j < text.size() && j - i <= kMaxBrace &&
           (alnum(text[j]) || text[j] == '_' || text[j] == '.' || text[j] == ':' || text[j] == ',' ||
            text[j] == '#' || text[j] == '-'))
      ++j;
    if (j == start || j >= text.size() || text[j] != '}') return 0;
    if (doubled && (j + 1 >= text.size() || text[j + 1] != '}')) return 0;
    kind = Kind::kBrace;
    return j + (doubled ? 2 : 1) - i;
  }
  if (c == '%') {
    // printf: %[n$][flags][width][.precision][length]conversion; Python's
    // "%(name)s"; Qt's "%1". Not "%%", nor a percentage ("50%", "5 % of").
    if (i > 0 && (digit(text[i - 1]) || text[i - 1] == '%')) return 0;
    std::size_t j = i + 1;
    if (j < text.size() && text[j] == '(') {
      const std::size_t close = text.find(')', j);
      if (close == std::string_view::npos || close - j > kMaxBrace) return 0;
      for (std::size_t k = j + 1; k < close; ++k)
        if (!alnum(text[k]) && text[k] != '_') return 0;
      j = close + 1;
    } else {
      std::size_t k = j;
      while (k < text.size() && digit(text[k])) ++k;
      if (k > j && k < text.size() && text[k] == '$') {
        j = k + 1;
      } else if (k > j && (k >= text.size() || !alnum(text[k]))) {
        kind = Kind::kPrintf;  // Qt: "%1"
        return k - i;
      }
    }
    while (j < text.size() && (text[j] == '-' || text[j] == '+' || text[j] == '0' || text[j] == '#')) ++j;
    while (j < text.size() && digit(text[j])) ++j;
    if (j < text.size() && text[j] == '.') {
      ++j;
      while (j < text.size() && digit(text[j])) ++j;
    }
    while (j < text.size() && std::string_view("hlLqjzt").find(text[j]) != std::string_view::npos) ++j;
    if (j >= text.size() || std::string_view("diouxXeEfgGcsp@").find(text[j]) == std::string_view::npos) return 0;
    // A conversion letter with a letter or digit after it starts a word,
    // not a placeholder: "%dB" (a unit), "%sale".
    if (j + 1 < text.size() && alnum(text[j + 1])) return 0;
    kind = Kind::kPrintf;
    return j + 1 - i;
  }
  if (c == '<') {
    // "<b>", "</a>", "<br/>", "<a href=\"...\">": a letter (after an
    // optional "/") right after "<", no "<" before the closing ">".
    std::size_t j = i + 1;
    if (j < text.size() && text[j] == '/') ++j;
    if (j >= text.size() || !std::isalpha(static_cast<unsigned char>(text[j]))) return 0;
    while (j < text.size() && text[j] != '>' && text[j] != '<' && text[j] != '\n' && j - i <= kMaxTag) ++j;
    if (j >= text.size() || text[j] != '>') return 0;
    kind = Kind::kTag;
    return j + 1 - i;
  }
  return 0;
}

// The placeholders and tags inside the sentences of one side of the bead.
std::vector<Placeholder> placeholders(const BeadView& view, Side side) {
  std::vector<Placeholder> out;
  const Document& d = view.doc(side);
  for (std::size_t id : view.sentences(side)) {
    const Span s = d.sentences[id].span;
    const std::string_view text = d.slice(s);
    if (text.find_first_of("{%<") == std::string_view::npos) continue;
    for (std::size_t i = 0; i < text.size();) {
      Kind kind = Kind::kBrace;
      const std::size_t n = placeholder_at(text, i, kind);
      if (n == 0) {
        ++i;
        continue;
      }
      out.push_back({{s.start + i, s.start + i + n}, kind});
      i += n;
    }
  }
  return out;
}

// The empty place on the other side for a placeholder of `side`: after the
// counterpart of the nearest linked word before it.
Span gap_for_placeholder(const BeadView& view, Side side, Span here) {
  const Document& d = view.doc(side);
  const TokenRange range = view.tokens(side);
  std::size_t first = range.end, last = range.begin;
  for (std::size_t t = range.begin; t < range.end; ++t)
    if (d.tokens[t].span.start < here.end && here.start < d.tokens[t].span.end) {
      first = std::min(first, t);
      last = std::max(last, t);
    }
  if (first == range.end) {
    const Span other_span = view.span(other(side));
    return {other_span.start, other_span.start};
  }
  return view.gap_for(other(side), first, last);
}

}  // namespace

void check_placeholder(const CheckContext&, const BeadView& view, std::vector<Finding>& out) {
  if (!view.paired()) return;
  auto po = placeholders(view, Side::kOriginal), pr = placeholders(view, Side::kRetranslated);
  if (po.empty() && pr.empty()) return;
  const Document& o = view.doc(Side::kOriginal);
  const Document& r = view.doc(Side::kRetranslated);
  // The same string on both sides, in any order: met.
  std::vector<bool> met_o(po.size(), false), met_r(pr.size(), false);
  std::vector<std::size_t> partner(po.size(), pr.size());
  for (std::size_t i = 0; i < po.size(); ++i)
    for (std::size_t j = 0; j < pr.size(); ++j)
      if (!met_r[j] && o.slice(po[i].span) == r.slice(pr[j].span)) {
        met_o[i] = met_r[j] = true;
        partner[i] = j;
        break;
      }
  // The nearest word before (or after) a placeholder, outside every placeholder.
  auto word_beside = [&](Side side, Span span, bool before) -> std::optional<std::size_t> {
    const Document& d = view.doc(side);
    const auto& ps = side == Side::kOriginal ? po : pr;
    const TokenRange range = view.tokens(side);
    auto in_placeholder = [&](const Token& tok) {
      return std::any_of(ps.begin(), ps.end(),
                         [&](const Placeholder& p) { return tok.span.start < p.span.end && p.span.start < tok.span.end; });
    };
    for (std::size_t k = 0; k < range.end - range.begin; ++k) {
      const std::size_t t = before ? range.end - 1 - k : range.begin + k;
      const Token& tok = d.tokens[t];
      if (before ? tok.span.end > span.start : tok.span.start < span.end) continue;
      if (tok.kind == TokenKind::kWord && !in_placeholder(tok)) return t;
    }
    return std::nullopt;
  };
  auto same_place = [&](Span a_span, Span b_span) {
    for (const bool before : {true, false}) {
      const auto x = word_beside(Side::kOriginal, a_span, before), y = word_beside(Side::kRetranslated, b_span, before);
      if (x && y && view.linked(Side::kOriginal, *x) == *y) return true;
    }
    return false;
  };
  // Two placeholders met in the other order, each where the other stands on
  // the other side: swapped ("Copy %1 to %2?" / "Copy %2 to %1?"). In a
  // reworded sentence they may well trade places ("%1 sent you %2" / "%2
  // was sent to you by %1"); here the words around them stay.
  for (std::size_t a = 0; a < po.size(); ++a)
    for (std::size_t b = a + 1; b < po.size(); ++b) {
      if (partner[a] == pr.size() || partner[b] == pr.size() || partner[a] < partner[b] ||
          !same_place(po[a].span, pr[partner[b]].span) || !same_place(po[b].span, pr[partner[a]].span))
        continue;
      out.push_back(make_finding(view, Category::kMistranslation, Check::kPlaceholder, Severity::kMajor, 0.8,
                                 {po[a].span.start, po[b].span.end},
                                 {pr[partner[b]].span.start, pr[partner[a]].span.end},
                                 "placeholders swapped: \"" + std::string(o.slice(po[a].span)) + "\" and \"" +
                                     std::string(o.slice(po[b].span)) + "\" trade places"));
    }
  auto what = [](Kind kind) { return kind == Kind::kTag ? std::string("tag") : std::string("placeholder"); };
  // Left over on both sides, of one kind, in order: changed.
  for (std::size_t i = 0; i < po.size(); ++i) {
    if (met_o[i]) continue;
    for (std::size_t j = 0; j < pr.size(); ++j) {
      if (met_r[j] || pr[j].kind != po[i].kind) continue;
      met_o[i] = met_r[j] = true;
      out.push_back(make_finding(view, Category::kMistranslation, Check::kPlaceholder, Severity::kMajor, 0.8,
                                 po[i].span, pr[j].span,
                                 what(po[i].kind) + " changed: \"" + std::string(o.slice(po[i].span)) + "\" -> \"" +
                                     std::string(r.slice(pr[j].span)) + "\""));
      break;
    }
  }
  for (std::size_t i = 0; i < po.size(); ++i)
    if (!met_o[i])
      out.push_back(one_sided_finding(view, Side::kOriginal, Check::kPlaceholder, Severity::kMajor, 0.8, po[i].span,
                                      gap_for_placeholder(view, Side::kOriginal, po[i].span),
                                      what(po[i].kind) + " dropped: \"" + std::string(o.slice(po[i].span)) + "\""));
  for (std::size_t j = 0; j < pr.size(); ++j)
    if (!met_r[j])
      out.push_back(one_sided_finding(view, Side::kRetranslated, Check::kPlaceholder, Severity::kMajor, 0.8,
                                      pr[j].span, gap_for_placeholder(view, Side::kRetranslated, pr[j].span),
                                      what(pr[j].kind) + " added: \"" + std::string(r.slice(pr[j].span)) + "\""));
}

}  // namespace transdrift
