// The "text" writer: a report for people reading it in a terminal or a pager.
//
// Layout: a header (inputs, counts, scores); every bead in document order,
// beads with findings in full (original sentences "- ", retranslated "+ ",
// words without a counterpart marked git-word-diff style, then the findings),
// beads without findings compact (one truncated line per sentence); a summary.
#include <algorithm>
#include <exception>
#include <ios>
#include <ostream>
#include <string>
#include <vector>

#include "report/report_common.hpp"
#include "report/wrap.hpp"

namespace transdrift::report_detail {
namespace {

// Narrower than this, the labels and indents leave no room for text.
constexpr std::size_t kMinWidth = 40;
constexpr std::size_t kExcerptColumns = 50;

Style severity_style(Severity s) {
  switch (s) {
    case Severity::kCritical: return Style::kCritical;
    case Severity::kMajor: return Style::kMajor;
    case Severity::kMinor: return Style::kMinor;
  }
  return Style::kPlain;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

class TextWriter final : public ReportWriter {
 public:
  explicit TextWriter(const WriterOptions& options) : options_(options) {
    if (options_.width != 0) options_.width = std::max(options_.width, kMinWidth);
  }
  std::string_view name() const override { return "text"; }

  Status write(const Report& report, std::ostream& out) const override {
    return write_rendered(report, out, [&](std::string& text) { render_report(report, text); });
  }

 private:
  // --- lines -------------------------------------------------------------

  // Appends `fragments` wrapped to the width, `first` before the first line
  // and `rest` (usually spaces) before the others.
  void put_wrapped(std::string& out, const Word& first, const Word& rest,
                   const std::vector<Fragment>& fragments) const {
    const std::size_t first_cols = columns(first), rest_cols = columns(rest);
    auto avail = [&](std::size_t indent) {
      if (options_.width == 0) return std::size_t{0};
      return options_.width > indent ? options_.width - indent : std::size_t{1};
    };
    const std::vector<Line> lines = wrap(split_words(fragments), avail(first_cols), avail(rest_cols));
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out += render(i == 0 ? first : rest, lines[i], options_.color);
      out += '\n';
    }
  }

  void put_truncated(std::string& out, const Word& prefix, const std::vector<Fragment>& fragments) const {
    const std::size_t indent = columns(prefix);
    std::vector<Word> words = split_words(fragments);
    const Line line = options_.width == 0
                          ? (wrap(std::move(words), 0, 0).front())
                          : truncate(std::move(words), options_.width > indent ? options_.width - indent : 1);
    out += render(prefix, line, options_.color);
    out += '\n';
  }

  // A span's text on one line, white space collapsed, cut at kExcerptColumns.
  static std::string excerpt(const Document& doc, Span span) {
    const Line line = truncate(split_words({Fragment{std::string(slice(doc, span)), Style::kPlain}}),
                               kExcerptColumns);
    return render({}, line, false);
  }

  // --- header and summary ------------------------------------------------

  static std::string path_of(const Document& doc) { return doc.path.empty() ? "(unnamed)" : doc.path; }

  std::vector<Fragment> severity_counts(const Counts& counts) const {
    std::vector<Fragment> f;
    bool first = true;
    for (auto it = kAllSeverities.rbegin(); it != kAllSeverities.rend(); ++it) {
      if (*it < options_.min_severity) continue;
      if (!first) f.push_back({", ", Style::kPlain});
      first = false;
      const std::size_t n = counts.by_severity[static_cast<std::size_t>(*it)];
      f.push_back({std::to_string(n) + " " + std::string(to_string(*it)),
                   n > 0 ? severity_style(*it) : Style::kPlain});
    }
    return f;
  }

  void put_header(std::string& out, const Report& report, const Counts& counts) const {
    const Word indent{{"              ", Style::kPlain}};
    put_wrapped(out, {{"transdrift", Style::kBold}, {" ", Style::kPlain}}, indent,
                {{report.version + ", aligner " + report.aligner + ", scorer " + report.scorer, Style::kPlain}});
    auto doc_line = [&](const char* label, const Document& doc, bool words) {
      std::string s = path_of(doc) + " (" + plural(doc.text.size(), "byte", "bytes") + ", " +
                      plural(doc.sentences.size(), "sentence", "sentences");
      if (words) s += ", " + plural(report.summary.original_words, "word", "words");
      s += ")";
      put_wrapped(out, {{label, Style::kPlain}}, indent, {{s, Style::kPlain}});
    };
    // Never wrapped: it is copied whole into papers and bug reports.
    if (!report.signature.empty())
      out += render({{"signature:    ", Style::kPlain}}, Line{Word{{report.signature, Style::kDim}}}, options_.color) +
             '\n';
    doc_line("original:     ", report.original, true);
    doc_line("retranslated: ", report.retranslated, false);
    std::vector<Fragment> f{{plural(counts.total, "finding", "findings") + ": ", Style::kPlain}};
    for (Fragment& s : severity_counts(counts)) f.push_back(std::move(s));
    if (options_.min_severity > Severity::kMinor)
      f.push_back({" (below " + std::string(to_string(options_.min_severity)) + " not shown)", Style::kDim});
    put_wrapped(out, {{"findings:     ", Style::kPlain}}, indent, f);
    put_wrapped(out, {{"mqm score:    ", Style::kPlain}}, indent,
                {{format_fixed(report.summary.mqm_score, 2) + " per 1,000 words of the original", Style::kPlain}});
    put_wrapped(out, {{"similarity:   ", Style::kPlain}}, indent,
                {{format_fixed(report.summary.similarity, 2) + " (1 = same meaning)", Style::kPlain}});
  }

  void put_summary(std::string& out, const Report& report, const Counts& counts) const {
    const Word indent{{"         ", Style::kPlain}};
    std::vector<Fragment> f{{plural(counts.total, "finding", "findings") + ": ", Style::kPlain}};
    for (Fragment& s : severity_counts(counts)) f.push_back(std::move(s));
    std::string cats;
    for (Category c : kAllCategories) {
      const std::size_t n = counts.by_category[static_cast<std::size_t>(c)];
      if (c == Category::kMoved && n == 0) continue;  // a note, shown when there is one
      cats += (cats.empty() ? "; " : ", ") + std::string(to_string(c)) + " " + std::to_string(n);
    }
    f.push_back({cats, Style::kPlain});
    put_wrapped(out, {{"summary:", Style::kBold}, {" ", Style::kPlain}}, indent, f);
    put_wrapped(out, indent, indent,
                {{"mqm score " + format_fixed(report.summary.mqm_score, 2) +
                      " per 1,000 words (minor 1, major 5, critical 10 points; " +
                      plural(report.summary.original_words, "word", "words") + "); similarity " +
                      format_fixed(report.summary.similarity, 2),
                  Style::kPlain}});
  }

  // --- beads -------------------------------------------------------------

  // The sentence's text as fragments, the spans in `marked` (sorted, inside
  // the input) set off as words without a counterpart. Runs of marked words
  // separated only by white space become one mark: [-digital solidarity-].
  std::vector<Fragment> sentence_fragments(const Document& doc, Span sentence, const std::vector<Span>& marked,
                                           bool original) const {
    const Style base = original ? Style::kRemoved : Style::kAdded;
    const Style word = original ? Style::kRemovedWord : Style::kAddedWord;
    const std::string open = options_.color ? "" : (original ? "[-" : "{+");
    const std::string close = options_.color ? "" : (original ? "-]" : "+}");
    std::vector<Span> runs;
    for (const Span& s : marked) {
      if (!sentence.contains(s) || s.empty()) continue;
      if (!runs.empty() && s.start >= runs.back().end) {
        const std::string_view gap = slice(doc, Span{runs.back().end, s.start});
        if (std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t'; })) {
          runs.back().end = s.end;
          continue;
        }
      }
      if (runs.empty() || s.start >= runs.back().end) runs.push_back(s);
    }
    std::vector<Fragment> f;
    std::size_t at = sentence.start;
    for (const Span& r : runs) {
      f.push_back({std::string(slice(doc, Span{at, r.start})), base});
      f.push_back({open + std::string(slice(doc, r)) + close, word});
      at = r.end;
    }
    f.push_back({std::string(slice(doc, Span{at, sentence.end})), base});
    return f;
  }

  static std::vector<Span> token_spans(const Document& doc, const std::vector<std::size_t>& ids) {
    std::vector<Span> spans;
    for (std::size_t id : ids)
      if (id < doc.tokens.size() && doc.tokens[id].span.end <= doc.text.size()) spans.push_back(doc.tokens[id].span);
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    return spans;
  }

  void put_bead(std::string& out, const Report& report, std::size_t b, const std::optional<MovedPartner>& moved_to,
                const std::vector<const Finding*>& findings) const {
    const Bead& bead = report.alignment.beads[b];
    const bool full = !findings.empty();
    std::string head = "[" + std::to_string(b) + "] " + bead.kind() + "  ";
    const bool unpaired = bead.original.empty() || bead.retranslated.empty();
    // A 1-0 or 0-1 bead whose sentence moved: where its counterpart stands.
    std::string moved;
    if (const auto& m = moved_to)
      moved = m->from_here ? "moved: its counterpart is in [" + std::to_string(m->bead) + "]"
                           : "moved here from [" + std::to_string(m->bead) + "]";
    head += !moved.empty() ? moved + "  score " + format_fixed(bead.score, 2) + "  drift " + format_fixed(bead.drift, 2)
            : unpaired     ? "no counterpart"
                           : "score " + format_fixed(bead.score, 2) + "  drift " + format_fixed(bead.drift, 2);
    out += render({}, Line{Word{Fragment{head, full ? Style::kBold : Style::kDim}}}, options_.color);
    out += '\n';

    std::vector<Span> marked_o, marked_r;
    if (full && b < report.words.size()) {
      marked_o = token_spans(report.original, report.words[b].unaligned_original);
      marked_r = token_spans(report.retranslated, report.words[b].unaligned_retranslated);
    }
    auto side = [&](const Document& doc, const std::vector<std::size_t>& ids, const std::vector<Span>& marked,
                    bool original) {
      const Word prefix{Fragment{original ? "- " : "+ ", original ? Style::kRemoved : Style::kAdded}};
      for (std::size_t id : ids) {
        const std::vector<Fragment> f = sentence_fragments(doc, doc.sentences[id].span, marked, original);
        if (full)
          put_wrapped(out, prefix, {{"  ", Style::kPlain}}, f);
        else
          put_truncated(out, prefix, f);
      }
    };
    side(report.original, bead.original, marked_o, true);
    side(report.retranslated, bead.retranslated, marked_r, false);

    for (const Finding* f : findings) {
      auto quoted = [](const Document& doc, Span s) {
        return s.empty() ? std::string("(none)") : "\"" + excerpt(doc, s) + "\"";
      };
      std::vector<Fragment> line{
          {upper(to_string(f->severity)), severity_style(f->severity)},
          {" " + std::string(to_string(f->category)) + "/" + std::string(to_string(f->check)) + ": " +
               quoted(report.original, f->original) + " -> " + quoted(report.retranslated, f->retranslated),
           Style::kPlain}};
      if (!f->explanation.empty()) line.push_back({" — " + f->explanation, Style::kPlain});
      put_wrapped(out, {{"  ", Style::kPlain}}, {{"      ", Style::kPlain}}, line);
    }
  }

  void render_report(const Report& report, std::string& out) const {
    const std::vector<const Finding*> shown = visible_findings(report, options_.min_severity);
    const Counts counts = count(shown);
    put_header(out, report, counts);

    // Findings per bead, keeping the report's order (most severe first).
    std::vector<std::vector<const Finding*>> per_bead(report.alignment.beads.size());
    const auto partners = moved_partners(report);
    for (const Finding* f : shown) per_bead[f->bead].push_back(f);

    bool previous_full = true;  // a blank line after the header
    for (std::size_t b = 0; b < report.alignment.beads.size(); ++b) {
      const bool full = !per_bead[b].empty();
      if (full || previous_full) out += '\n';
      put_bead(out, report, b, partners[b], per_bead[b]);
      previous_full = full;
    }
    out += '\n';
    put_summary(out, report, counts);
  }

  WriterOptions options_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_text_writer(const WriterOptions& options) {
  return std::make_unique<TextWriter>(options);
}

}  // namespace transdrift::report_detail
