// The "html" writer: one self-contained page (inline CSS and JS, no network)
// showing the alignment side by side, a word-level diff inside each pair and
// every finding highlighted on its exact bytes.
//
// Each sentence is cut at token and finding boundaries into segments; every
// segment is a <span> carrying its byte range (data-s="start-end"), its word
// class (kept, changed, missing, added) and the findings that cover it
// (data-f="3 7"), so the page, its tests and any script can go from a
// finding to its exact text and back.
#include <algorithm>
#include <exception>
#include <ios>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/report_common.hpp"

namespace transdrift::report_detail {
namespace {

using Json = nlohmann::ordered_json;

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        // Control characters (other than tab and line ends) are not shown.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') out += "\xEF\xBF\xBD";
        else out += c;
    }
  }
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Kind of a word in the word diff.
enum class WordClass { kNone, kKept, kChanged, kMissing, kAdded };

const char* class_name(WordClass c) {
  switch (c) {
    case WordClass::kKept: return "w-kept";
    case WordClass::kChanged: return "w-changed";
    case WordClass::kMissing: return "w-missing";
    case WordClass::kAdded: return "w-added";
    case WordClass::kNone: return "";
  }
  return "";
}

constexpr const char* kStyle = R"CSS(
:root{--fg:#1b1b1b;--muted:#5a5a5a;--line:#d0d0d0;--bg:#fff;--crit:#b00020;--crit-bg:#fde0e4;--major:#8a5a00;--major-bg:#fff0c2;--minor:#005f73;--minor-bg:#dff3f7;--del-bg:#ffe3e3;--ins-bg:#ddf7dd;--chg-bg:#f1eafc}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1400px;padding:1rem 1.5rem}
h1{font-size:1.4rem;margin:.2rem 0 .6rem}h2{font-size:1.15rem;margin:1.4rem 0 .5rem}
code{font:12px/1.4 ui-monospace,"DejaVu Sans Mono",monospace;word-break:break-all}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}
.meta dt{color:var(--muted)}.meta dd{margin:0}
.counts{border-collapse:collapse;margin:.6rem 0}.counts th,.counts td{border:1px solid var(--line);padding:.15rem .6rem;text-align:right}
.counts th{text-align:left;font-weight:600}
.filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start;margin:.8rem 0;padding:.5rem .8rem;border:1px solid var(--line);border-radius:6px;background:#fafafa}
.filters fieldset{border:0;margin:0;padding:0}.filters legend{font-weight:600;padding:0}
.filters label{margin-right:.8rem;cursor:pointer;white-space:nowrap}
.legend span{margin-right:.8rem}
.sev{display:inline-block;font:700 11px/1.6 ui-monospace,"DejaVu Sans Mono",monospace;padding:0 .35rem;border-radius:3px;border:1px solid currentColor;letter-spacing:.03em}
.sev.critical{color:var(--crit);background:var(--crit-bg)}.sev.major{color:var(--major);background:var(--major-bg)}.sev.minor{color:var(--minor);background:var(--minor-bg)}
.findings{list-style:none;padding:0 .3rem 0 0;margin:0;max-height:42vh;overflow:auto;border:1px solid var(--line);border-radius:6px}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.2rem .5rem;z-index:9}
.findings li{margin:.2rem 0;padding:.2rem .4rem;border-left:4px solid var(--line)}
.findings li.critical{border-left:4px solid var(--crit)}.findings li.major{border-left:4px double var(--major)}.findings li.minor{border-left:4px dotted var(--minor)}
.findings a{color:inherit;text-decoration:none}.findings a:hover .what,.findings a:focus .what{text-decoration:underline}
.findings q{font-style:italic}
[hidden]{display:none!important}
table.beads{border-collapse:collapse;width:100%;table-layout:fixed}
table.beads th,table.beads td{border-top:1px solid var(--line);vertical-align:top;padding:.35rem .5rem}
table.beads thead th{text-align:left;position:sticky;top:0;background:var(--bg);border-bottom:2px solid var(--fg);z-index:1}
table.beads col.n{width:6.5rem}
table.beads th.n{font-weight:400;color:var(--muted);font-size:12px}
th.n b{color:var(--fg);font-size:14px}
tr.bead.has-findings th.n b::after{content:" \25C6"}
td.empty{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f0f0f0 6px,#f0f0f0 12px)}
td.empty::before{content:"(no counterpart)";color:var(--muted);font-style:italic;font-size:13px}
td p{margin:0 0 .35rem}
tr.target{outline:3px solid #3b6fd4;outline-offset:-3px}
.w-missing{text-decoration:line-through;text-decoration-thickness:1.5px;background:var(--del-bg)}
.w-added{font-weight:600;background:var(--ins-bg)}
.w-changed{font-style:italic;background:var(--chg-bg)}
.hl{position:relative;border-radius:2px;cursor:help}
.hl.critical{box-shadow:inset 0 -3px 0 var(--crit);background-color:var(--crit-bg)}
.hl.major{border-bottom:3px double var(--major)}
.hl.minor{border-bottom:2px dotted var(--minor)}
.hl.off{box-shadow:none;border-bottom:0;cursor:auto}
.hl:focus{outline:2px solid #3b6fd4}
.hl[data-tip]:not(.off):hover::after,.hl[data-tip]:not(.off):focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:5;width:max-content;max-width:28rem;white-space:pre-line;background:#222;color:#fff;font:400 12px/1.4 system-ui,sans-serif;font-style:normal;padding:.35rem .5rem;border-radius:4px;pointer-events:none}
.flash{animation:flash 1.2s ease-out}@keyframes flash{from{background:#cfe0ff}}
.nojs{color:var(--muted)}
@media (max-width:800px){table.beads col.n{width:3.5rem}body{padding:.5rem}}
@media print{
 body{max-width:none;padding:0;font-size:10pt}
 .filters,.nojs,.skip{display:none}
 .findings{max-height:none;overflow:visible;border:0}
 table.beads thead th{position:static}
 tr.bead{break-inside:avoid}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .hl[data-tip]::after{display:none!important}
 a{color:inherit;text-decoration:none}
}
)CSS";

constexpr const char* kScript = R"JS(
(function(){
"use strict";
var errors=[];
window.addEventListener("error",function(e){errors.push(String(e.message));document.body.setAttribute("data-errors",errors.join(" | "));});
var data=JSON.parse(document.getElementById("td-data").textContent);
var rank={critical:3,major:2,minor:1};
function checked(name){var out={};document.querySelectorAll("input[name="+name+"]").forEach(function(i){out[i.value]=i.checked;});return out;}
function apply(){
  var sev=checked("severity"),cat=checked("category");
  var only=document.getElementById("only-findings").checked;
  var shown=data.findings.map(function(f){return !!(sev[f.severity]&&cat[f.category]);});
  var count=0;
  document.querySelectorAll("#findings li[data-f]").forEach(function(li){var v=shown[+li.getAttribute("data-f")];li.hidden=!v;if(v)count++;});
  document.getElementById("shown-count").textContent=String(count);
  var rows={};
  document.querySelectorAll(".hl[data-f]").forEach(function(s){
    var best="",tips=[];
    s.getAttribute("data-f").split(" ").forEach(function(id){
      if(!shown[+id])return;var f=data.findings[+id];
      if(!best||rank[f.severity]>rank[best])best=f.severity;tips.push(f.tip);});
    s.classList.remove("critical","major","minor","off");
    if(best){s.classList.add(best);s.setAttribute("data-tip",tips.join("\n"));s.setAttribute("tabindex","0");}
    else{s.classList.add("off");s.removeAttribute("data-tip");s.removeAttribute("tabindex");}
  });
  data.findings.forEach(function(f,i){if(shown[i])rows[f.bead]=true;});
  document.querySelectorAll("tr.bead").forEach(function(tr){tr.hidden=only&&!rows[tr.getAttribute("data-bead")];});
  var h=[];["severity","category"].forEach(function(n){var c=checked(n),off=[];for(var k in c)if(!c[k])off.push(k);if(off.length)h.push(n+"="+off.join(","));});
  if(only)h.push("only");
  if(history.replaceState)history.replaceState(null,"",h.length?"#hide:"+h.join(";"):location.pathname+location.search);
}
function fromHash(){
  var m=/^#hide:(.*)$/.exec(location.hash);if(!m)return;
  decodeURIComponent(m[1]).split(";").forEach(function(part){
    if(part==="only"){document.getElementById("only-findings").checked=true;return;}
    var kv=part.split("=");if(kv.length!==2)return;
    kv[1].split(",").forEach(function(v){var i=document.querySelector("input[name="+kv[0]+"][value="+v+"]");if(i)i.checked=false;});});
}
function go(id){
  var tr=document.getElementById(id);if(!tr)return;
  document.querySelectorAll("tr.target").forEach(function(t){t.classList.remove("target");});
  tr.hidden=false;tr.classList.add("target");tr.scrollIntoView({block:"center"});
  var first=tr.querySelector(".hl:not(.off)");if(first)first.focus({preventScroll:true});
}
document.querySelectorAll("#findings a[data-row]").forEach(function(a){
  a.addEventListener("click",function(e){e.preventDefault();go(a.getAttribute("data-row"));});});
document.querySelectorAll(".filters input").forEach(function(i){i.addEventListener("change",apply);});
fromHash();apply();
var nojs=document.querySelector(".nojs");if(nojs)nojs.hidden=true;
document.body.setAttribute("data-ready","1");
})();
)JS";

class HtmlWriter final : public ReportWriter {
 public:
  explicit HtmlWriter(const WriterOptions& options) : options_(options) {}
  std::string_view name() const override { return "html"; }

  Status write(const Report& report, std::ostream& out) const override {
    return write_rendered(report, out, [&](std::string& html) { render(report, html); });
  }

 private:
  struct Shown {
    std::size_t id;  // position in the page's finding list
    const Finding* finding;
  };

  static std::string quoted(const Document& doc, Span s) {
    if (s.empty()) return "<span class=\"none\">(none)</span>";
    std::string text(slice(doc, s));
    if (text.size() > 160) {
      std::size_t cut = 150;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      text = text.substr(0, cut) + "…";
    }
    return "<q>" + escape(text) + "</q>";
  }

  static std::string tip(const Finding& f) {
    return upper(to_string(f.severity)) + " " + std::string(to_string(f.category)) + "/" +
           std::string(to_string(f.check)) + (f.explanation.empty() ? "" : ": " + f.explanation);
  }

  void render(const Report& report, std::string& h) const {
    const std::vector<const Finding*> visible = visible_findings(report, options_.min_severity);
    const Counts counts = count(visible);
    std::vector<Shown> shown;
    for (std::size_t i = 0; i < visible.size(); ++i) shown.push_back({i, visible[i]});
    std::vector<std::vector<Shown>> per_bead(report.alignment.beads.size());
    for (const Shown& s : shown) per_bead[s.finding->bead].push_back(s);

    const std::string po = display_path(report.original), pr = display_path(report.retranslated);
    h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"transdrift " + escape(report.version) + "\">\n"
         "<title>transdrift: " + escape(po) + " vs " + escape(pr) + "</title>\n<style>" + kStyle +
         "</style>\n</head>\n<body>\n";
    h += "<a class=\"skip\" href=\"#alignment\">Skip to the alignment</a>\n<header>\n<h1>Drift report</h1>\n";
    h += "<dl class=\"meta\">\n";
    auto doc_dd = [&](const char* label, const Document& doc, bool words) {
      h += "<dt>" + std::string(label) + "</dt><dd><code class=\"path\">" + escape(display_path(doc)) +
           "</code> (" + std::to_string(doc.text.size()) + " bytes, " + std::to_string(doc.sentences.size()) +
           " sentences" + (words ? ", " + std::to_string(report.summary.original_words) + " words" : "") +
           ")</dd>\n";
    };
    doc_dd("Original", report.original, true);
    doc_dd("Retranslated", report.retranslated, false);
    h += "<dt>MQM score</dt><dd id=\"mqm-score\"><b>" + format_fixed(report.summary.mqm_score, 2) +
         "</b> per 1,000 words of the original (minor 1, major 5, critical 10 points)</dd>\n";
    h += "<dt>Similarity</dt><dd>" + format_fixed(report.summary.similarity, 2) + " (1 = same meaning)</dd>\n";
    h += "<dt>Signature</dt><dd><code id=\"signature\">" +
         escape(report.signature.empty() ? "transdrift:" + report.version + "|aligner:" + report.aligner +
                                               "|scorer:" + report.scorer
                                         : report.signature) +
         "</code></dd>\n</dl>\n";

    // Counts: severities by categories.
    h += "<table class=\"counts\" aria-label=\"Findings by severity and category\">\n<tr><th scope=\"col\">"
         "findings</th>";
    for (Category c : kAllCategories) h += "<th scope=\"col\">" + std::string(to_string(c)) + "</th>";
    h += "<th scope=\"col\">total</th></tr>\n";
    for (auto it = kAllSeverities.rbegin(); it != kAllSeverities.rend(); ++it) {
      if (*it < options_.min_severity) continue;
      const std::string sev(to_string(*it));
      h += "<tr><th scope=\"row\"><span class=\"sev " + sev + "\">" + upper(sev) + "</span></th>";
      for (Category c : kAllCategories) {
        std::size_t n = 0;
        for (const Finding* f : visible) n += (f->severity == *it && f->category == c);
        h += "<td>" + std::to_string(n) + "</td>";
      }
      h += "<td data-severity-count=\"" + sev + "\">" +
           std::to_string(counts.by_severity[static_cast<std::size_t>(*it)]) + "</td></tr>\n";
    }
    h += "<tr><th scope=\"row\">total</th>";
    for (Category c : kAllCategories)
      h += "<td data-category-count=\"" + std::string(to_string(c)) + "\">" +
           std::to_string(counts.by_category[static_cast<std::size_t>(c)]) + "</td>";
    h += "<td id=\"total-count\">" + std::to_string(counts.total) + "</td></tr>\n</table>\n";
    if (options_.min_severity > Severity::kMinor)
      h += "<p>Findings below " + std::string(to_string(options_.min_severity)) + " are not shown.</p>\n";
    h += "</header>\n";

    // Filters and legend.
    h += "<form class=\"filters\" aria-label=\"Filters\" onsubmit=\"return false\">\n"
         "<fieldset><legend>Severity</legend>";
    for (auto it = kAllSeverities.rbegin(); it != kAllSeverities.rend(); ++it) {
      if (*it < options_.min_severity) continue;
      const std::string sev(to_string(*it));
      h += "<label><input type=\"checkbox\" name=\"severity\" value=\"" + sev + "\" checked> <span class=\"sev " +
           sev + "\">" + upper(sev) + "</span></label>";
    }
    h += "</fieldset>\n<fieldset><legend>Category</legend>";
    for (Category c : kAllCategories) {
      const std::string cat(to_string(c));
      h += "<label><input type=\"checkbox\" name=\"category\" value=\"" + cat + "\" checked> " + cat + "</label>";
    }
    h += "</fieldset>\n<fieldset><legend>Rows</legend><label><input type=\"checkbox\" id=\"only-findings\"> only "
         "pairs with findings</label></fieldset>\n"
         "<fieldset class=\"legend\"><legend>Legend</legend>"
         "<span class=\"w-kept\">kept</span> <span class=\"w-changed\">changed</span> "
         "<span class=\"w-missing\">missing</span> <span class=\"w-added\">added</span> "
         "<span class=\"hl critical\">critical</span> <span class=\"hl major\">major</span> "
         "<span class=\"hl minor\">minor</span></fieldset>\n"
         "<p class=\"nojs\">Filters need JavaScript; everything else works without it.</p>\n</form>\n";

    // Findings list.
    h += "<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Findings (<span "
         "id=\"shown-count\">" +
         std::to_string(shown.size()) + "</span> shown)</h2>\n<ol class=\"findings\">\n";
    for (const Shown& s : shown) {
      const Finding& f = *s.finding;
      const std::string sev(to_string(f.severity));
      h += "<li id=\"finding-" + std::to_string(s.id) + "\" class=\"" + sev + "\" data-f=\"" +
           std::to_string(s.id) + "\" data-severity=\"" + sev + "\" data-category=\"" +
           std::string(to_string(f.category)) + "\" data-check=\"" + std::string(to_string(f.check)) +
           "\" data-bead=\"" + std::to_string(f.bead) + "\" data-original=\"" + std::to_string(f.original.start) +
           "-" + std::to_string(f.original.end) + "\" data-retranslated=\"" +
           std::to_string(f.retranslated.start) + "-" + std::to_string(f.retranslated.end) + "\">";
      h += "<a href=\"#bead-" + std::to_string(f.bead) + "\" data-row=\"bead-" + std::to_string(f.bead) +
           "\"><span class=\"sev " + sev + "\">" + upper(sev) + "</span> <span class=\"what\">" +
           std::string(to_string(f.category)) + "/" + std::string(to_string(f.check)) + "</span> [" +
           std::to_string(f.bead) + "]: " + quoted(report.original, f.original) + " → " +
           quoted(report.retranslated, f.retranslated) + "</a>";
      if (!f.explanation.empty()) h += " — <span class=\"why\">" + escape(f.explanation) + "</span>";
      h += "</li>\n";
    }
    h += "</ol>\n</section>\n";

    // The alignment.
    h += "<section id=\"alignment\" aria-labelledby=\"alignment-h\">\n<h2 id=\"alignment-h\">Alignment</h2>\n"
         "<table class=\"beads\">\n<colgroup><col class=\"n\"><col><col></colgroup>\n"
         "<thead><tr><th scope=\"col\">pair</th><th scope=\"col\">Original <code>" +
         escape(po) + "</code></th><th scope=\"col\">Retranslated <code>" + escape(pr) +
         "</code></th></tr></thead>\n<tbody>\n";
    const auto partners = moved_partners(report);
    for (std::size_t b = 0; b < report.alignment.beads.size(); ++b) put_bead(report, b, partners[b], per_bead[b], h);
    h += "</tbody>\n</table>\n</section>\n";

    Json findings = Json::array();
    for (const Shown& s : shown)
      findings.push_back(Json{{"severity", to_string(s.finding->severity)},
                              {"category", to_string(s.finding->category)},
                              {"bead", s.finding->bead},
                              {"tip", tip(*s.finding)}});
    std::string data = Json{{"findings", std::move(findings)}}.dump(-1, ' ', false, Json::error_handler_t::replace);
    // Inside <script>, "</" must not appear.
    for (std::size_t at = 0; (at = data.find("</", at)) != std::string::npos; at += 3) data.replace(at, 2, "<\\/");
    h += "<script type=\"application/json\" id=\"td-data\">" + data + "</script>\n<script>" + kScript +
         "</script>\n</body>\n</html>\n";
  }

  void put_bead(const Report& report, std::size_t b, const std::optional<MovedPartner>& moved,
                const std::vector<Shown>& findings, std::string& h) const {
    const Bead& bead = report.alignment.beads[b];
    const bool paired = !bead.original.empty() && !bead.retranslated.empty();
    h += "<tr id=\"bead-" + std::to_string(b) + "\" class=\"bead" + (findings.empty() ? "" : " has-findings") +
         "\" data-bead=\"" + std::to_string(b) + "\" data-kind=\"" + bead.kind() + "\" data-drift=\"" +
         format_fixed(bead.drift, 4) + "\">";
    const std::string scores = "score " + format_fixed(bead.score, 2) + "<br>drift " + format_fixed(bead.drift, 2);
    h += "<th scope=\"row\" class=\"n\"><b>" + std::to_string(b) + "</b><br>" + bead.kind() + "<br>" +
         (paired  ? scores
          : moved ? std::string(moved->from_here ? "moved to " : "moved from ") + "<a href=\"#bead-" +
                        std::to_string(moved->bead) + "\">" + std::to_string(moved->bead) + "</a><br>" + scores
                  : std::string("unpaired"));
    if (!findings.empty())
      h += "<br>" + std::to_string(findings.size()) + (findings.size() == 1 ? " finding" : " findings");
    h += "</th>";

    // Word classes from the word alignment, per token index.
    std::map<std::size_t, std::pair<WordClass, std::string>> wo, wr;
    if (paired && b < report.words.size()) {
      const WordAlignment& wa = report.words[b];
      for (const WordLink& l : wa.links) {
        const bool same = l.kind == LinkKind::kExact;
        const WordClass c = same ? WordClass::kKept : WordClass::kChanged;
        auto token_text = [](const Document& d, std::size_t t) {
          return t < d.tokens.size() ? std::string(slice(d, d.tokens[t].span)) : std::string();
        };
        wo[l.original] = {c, same ? "" : "→ " + token_text(report.retranslated, l.retranslated) + " (" +
                                              std::string(to_string(l.kind)) + ")"};
        wr[l.retranslated] = {c, same ? "" : "← " + token_text(report.original, l.original) + " (" +
                                                std::string(to_string(l.kind)) + ")"};
      }
      for (std::size_t t : wa.unaligned_original) wo[t] = {WordClass::kMissing, "missing in the retranslation"};
      for (std::size_t t : wa.unaligned_retranslated) wr[t] = {WordClass::kAdded, "added in the retranslation"};
    }
    put_cell(report.original, bead.original, wo, findings, true, h);
    put_cell(report.retranslated, bead.retranslated, wr, findings, false, h);
    h += "</tr>\n";
  }

  void put_cell(const Document& doc, const std::vector<std::size_t>& ids,
                const std::map<std::size_t, std::pair<WordClass, std::string>>& words,
                const std::vector<Shown>& findings, bool original, std::string& h) const {
    const char* side = original ? "o" : "r";
    if (ids.empty()) {
      h += std::string("<td class=\"") + side + " empty\" aria-label=\"no counterpart\"></td>";
      return;
    }
    h += std::string("<td class=\"") + side + "\">";
    for (std::size_t id : ids) {
      const Sentence& s = doc.sentences[id];
      h += "<p data-sentence=\"" + std::to_string(id) + "\">";
      put_sentence(doc, s, words, findings, original, h);
      h += "</p>";
    }
    h += "</td>";
  }

  void put_sentence(const Document& doc, const Sentence& s,
                    const std::map<std::size_t, std::pair<WordClass, std::string>>& words,
                    const std::vector<Shown>& findings, bool original, std::string& h) const {
    const Span sent = s.span;
    std::set<std::size_t> cuts{sent.start, sent.end};
    for (std::size_t t = s.tokens.begin; t < s.tokens.end && t < doc.tokens.size(); ++t) {
      cuts.insert(std::clamp(doc.tokens[t].span.start, sent.start, sent.end));
      cuts.insert(std::clamp(doc.tokens[t].span.end, sent.start, sent.end));
    }
    for (const Shown& f : findings) {
      const Span sp = original ? f.finding->original : f.finding->retranslated;
      if (sp.empty() || sp.end <= sent.start || sp.start >= sent.end) continue;
      cuts.insert(std::max(sp.start, sent.start));
      cuts.insert(std::min(sp.end, sent.end));
    }
    std::size_t tok = s.tokens.begin;
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
      const Span seg{*it, *std::next(it)};
      while (tok < s.tokens.end && tok < doc.tokens.size() && doc.tokens[tok].span.end <= seg.start) ++tok;
      const bool in_token = tok < s.tokens.end && tok < doc.tokens.size() &&
                            doc.tokens[tok].span.start <= seg.start && seg.end <= doc.tokens[tok].span.end;
      std::string classes, tip_text;
      if (in_token) {
        auto w = words.find(tok);
        if (w != words.end()) {
          classes = class_name(w->second.first);
          tip_text = w->second.second;
        }
      }
      std::string ids;
      Severity worst = Severity::kMinor;
      std::string tips;
      for (const Shown& f : findings) {
        const Span sp = original ? f.finding->original : f.finding->retranslated;
        if (sp.empty() || !sp.contains(seg)) continue;
        if (!ids.empty()) ids += ' ';
        ids += std::to_string(f.id);
        if (f.finding->severity > worst || tips.empty()) worst = std::max(worst, f.finding->severity);
        if (!tips.empty()) tips += '\n';
        tips += tip(*f.finding);
      }
      const std::string_view raw = slice(doc, seg);
      std::string text;
      if (in_token) {
        text = escape(raw);
      } else {
        // Between tokens: white space (and, for markup inputs, the markup).
        const bool space = raw.find_first_of(" \t\r\n\f\v") != std::string_view::npos ||
                           raw.find("\xC2\xA0") != std::string_view::npos;
        const bool markup = raw.find('<') != std::string_view::npos;
        text = markup ? (space ? " " : "") : escape(raw);
        for (char& c : text)
          if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      }
      if (!ids.empty()) {
        if (!classes.empty()) classes += ' ';
        classes += "hl " + std::string(to_string(worst));
        if (!tip_text.empty()) tips += "\n" + tip_text;
        tip_text = tips;
      }
      h += "<span data-s=\"" + std::to_string(seg.start) + "-" + std::to_string(seg.end) + "\"";
      if (!classes.empty()) h += " class=\"" + classes + "\"";
      if (!ids.empty()) h += " data-f=\"" + ids + "\" tabindex=\"0\"";
      if (!tip_text.empty()) h += (ids.empty() ? " title=\"" : " data-tip=\"") + escape(tip_text) + "\"";
      h += ">" + text + "</span>";
    }
  }

  WriterOptions options_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_html_writer(const WriterOptions& options) {
  return std::make_unique<HtmlWriter>(options);
}

}  // namespace transdrift::report_detail
