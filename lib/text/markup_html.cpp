// HTML inputs: parsed with gumbo (an HTML5 parser); the visible text is the
// text of the nodes a browser renders in <body>. Each text node keeps a
// pointer to its source bytes, so every decoded character maps back to the
// bytes that produced it; a character reference (&amp;, &#8217;) maps to the
// whole reference.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "text/markup_common.hpp"

namespace transdrift::text_detail {
namespace {

bool is_hidden(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TITLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a block: their text is its own paragraph.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
    case GUMBO_TAG_BR: case GUMBO_TAG_BODY: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The named character references HTML5 also recognizes without the
// semicolon, with the character each stands for (all in Latin-1). In text,
// gumbo decodes the longest of them that prefixes an unknown name, so
// "&notanentity;" reads as U+00AC followed by the text "anentity;".
struct LegacyEntity {
  std::string_view name;
  char32_t code;
};
constexpr LegacyEntity kLegacyEntities[] = {
    {"AElig", 198}, {"AMP", 38}, {"Aacute", 193}, {"Acirc", 194}, {"Agrave", 192}, {"Aring", 197},
    {"Atilde", 195}, {"Auml", 196}, {"COPY", 169}, {"Ccedil", 199}, {"ETH", 208}, {"Eacute", 201},
    {"Ecirc", 202}, {"Egrave", 200}, {"Euml", 203}, {"GT", 62}, {"Iacute", 205}, {"Icirc", 206},
    {"Igrave", 204}, {"Iuml", 207}, {"LT", 60}, {"Ntilde", 209}, {"Oacute", 211}, {"Ocirc", 212},
    {"Ograve", 210}, {"Oslash", 216}, {"Otilde", 213}, {"Ouml", 214}, {"QUOT", 34}, {"REG", 174},
    {"THORN", 222}, {"Uacute", 218}, {"Ucirc", 219}, {"Ugrave", 217}, {"Uuml", 220}, {"Yacute", 221},
    {"aacute", 225}, {"acirc", 226}, {"acute", 180}, {"aelig", 230}, {"agrave", 224}, {"amp", 38},
    {"aring", 229}, {"atilde", 227}, {"auml", 228}, {"brvbar", 166}, {"ccedil", 231}, {"cedil", 184},
    {"cent", 162}, {"copy", 169}, {"curren", 164}, {"deg", 176}, {"divide", 247}, {"eacute", 233},
    {"ecirc", 234}, {"egrave", 232}, {"eth", 240}, {"euml", 235}, {"frac12", 189}, {"frac14", 188},
    {"frac34", 190}, {"gt", 62}, {"iacute", 237}, {"icirc", 238}, {"iexcl", 161}, {"igrave", 236},
    {"iquest", 191}, {"iuml", 239}, {"laquo", 171}, {"lt", 60}, {"macr", 175}, {"micro", 181},
    {"middot", 183}, {"nbsp", 160}, {"not", 172}, {"ntilde", 241}, {"oacute", 243}, {"ocirc", 244},
    {"ograve", 242}, {"ordf", 170}, {"ordm", 186}, {"oslash", 248}, {"otilde", 245}, {"ouml", 246},
    {"para", 182}, {"plusmn", 177}, {"pound", 163}, {"quot", 34}, {"raquo", 187}, {"reg", 174},
    {"sect", 167}, {"shy", 173}, {"sup1", 185}, {"sup2", 178}, {"sup3", 179}, {"szlig", 223},
    {"thorn", 254}, {"times", 215}, {"uacute", 250}, {"ucirc", 251}, {"ugrave", 249}, {"uml", 168},
    {"uuml", 252}, {"yacute", 253}, {"yen", 165}, {"yuml", 255},
};

// UTF-8 of a Latin-1 code point.
std::string latin1_utf8(char32_t c) {
  if (c < 0x80) return std::string(1, static_cast<char>(c));
  return {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
}

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// orig[p] is '&' and gumbo decoded it, with what follows, to `ch` followed by
// `rest`. Returns the end of the source of `ch`: the whole reference
// ("&#8217;", "&amp;", "&eacute"), the legacy name gumbo took from a longer
// unknown one ("&not" of "&notanentity;", whose remaining "anentity;" is
// text), or p + 1 for a literal '&' (an unknown "&foo;" stays text as it is).
std::size_t reference_end(std::string_view orig, std::size_t p, std::string_view ch, std::string_view rest) {
  std::size_t e = p + 1;
  if (e < orig.size() && orig[e] == '#') {  // numeric: &#DDD; or &#xHHH; (the semicolon is optional)
    std::size_t q = e + 1;
    const bool hex = q < orig.size() && (orig[q] == 'x' || orig[q] == 'X');
    if (hex) ++q;
    const std::size_t digits = q;
    while (q < orig.size() && (hex ? std::isxdigit(static_cast<unsigned char>(orig[q])) != 0
                                   : std::isdigit(static_cast<unsigned char>(orig[q])) != 0))
      ++q;
    if (q == digits) return p + 1;  // "&#" without digits is text
    if (q < orig.size() && orig[q] == ';') ++q;
    return q;
  }
  std::size_t run = e;
  while (run < orig.size() && is_alnum(orig[run])) ++run;
  const bool semicolon = run < orig.size() && orig[run] == ';';
  const std::size_t whole = semicolon ? run + 1 : run;
  // The longest legacy name that prefixes the run, stands for `ch`, and
  // leaves the rest of the run as the text that follows.
  std::size_t best = 0;
  for (const LegacyEntity& le : kLegacyEntities) {
    const std::size_t len = le.name.size();
    if (len <= best || e + len > run || orig.compare(e, len, le.name) != 0 || latin1_utf8(le.code) != ch) continue;
    const std::size_t end = e + len == run ? whole : e + len;
    const std::string_view tail = orig.substr(end, whole - end);
    if (rest.substr(0, tail.size()) == tail) best = len;
  }
  if (best > 0) return e + best == run ? whole : e + best;
  // Any other named reference needs its semicolon; an unknown one is text,
  // decoded as a literal '&'.
  if (ch == "&" || run == e) return p + 1;
  return whole;
}

class HtmlWalker {
 public:
  HtmlWalker(std::string_view bytes, const char* buffer, std::size_t base, VisibleText& out)
      : src_(bytes), buffer_(buffer), base_(base), out_(out) {}

  // Walks the tree, then emits its text in source order: gumbo moves some
  // text away from where it stands (text inside a table goes before the
  // table, "foster parenting"), and every span must follow the one before.
  void run(const GumboNode* root) {
    walk(root);
    std::stable_sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return a.pos < b.pos; });
    for (const Item& item : items_) {
      if (item.text != nullptr)
        text(*item.text);
      else
        out_.paragraph_break(item.pos);
    }
  }

 private:
  struct Item {
    std::size_t pos;         // input offset where it stands
    const GumboText* text;   // a text node, or nullptr for a paragraph break at pos
  };

  void walk(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        children(&node->v.document.children);
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& e = node->v.element;
        if (is_hidden(e.tag)) break;
        const bool block = is_block(e.tag);
        if (block) items_.push_back({pos_of(e.start_pos.offset), nullptr});
        children(&e.children);
        if (block) items_.push_back({pos_of(e.end_pos.offset), nullptr});
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        items_.push_back({pos_of(node->v.text.start_pos.offset), &node->v.text});
        break;
      default:
        break;  // comments
    }
  }

  std::size_t pos_of(unsigned int offset) const { return std::min(src_.size(), base_ + offset); }

  void children(const GumboVector* v) {
    for (unsigned int i = 0; i < v->length; ++i) walk(static_cast<const GumboNode*>(v->data[i]));
  }

  void text(const GumboText& t) {
    const std::string_view dec = t.text ? std::string_view(t.text) : std::string_view();
    std::string_view orig(t.original_text.data, t.original_text.length);
    std::size_t at = 0;  // input offset of orig[0]
    if (orig.data() >= buffer_ && orig.data() <= buffer_ + (src_.size() - base_)) {
      at = base_ + static_cast<std::size_t>(orig.data() - buffer_);
    } else {
      at = pos_of(t.start_pos.offset);
      orig = {};
    }
    std::size_t p = 0;
    std::size_t last_from = 0, last_to = 0;  // source of the previous decoded character
    bool last_was_reference = false;         // ... and whether it was a character reference
    for (std::size_t d = 0; d < dec.size();) {
      const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(dec[d])), dec.size() - d);
      const std::string_view ch = dec.substr(d, n);
      d += n;
      // Markup the tokenizer dropped inside a text node ("</>", a parse
      // error) has no decoded text: skip to where `ch` (or the reference or
      // line end that produced it) stands. Any other character gumbo
      // replaced (a control character) still maps one to one.
      if (p < orig.size() && orig[p] == '<' && ch != "<") {
        for (std::size_t q = p + 1; q < orig.size(); ++q) {
          if (orig[q] == '&' || orig.compare(q, n, ch) == 0 || (ch == "\n" && orig[q] == '\r')) {
            p = q;
            break;
          }
        }
      }
      std::size_t from = at + p, to = at + p;
      const bool after_reference = last_was_reference;
      last_was_reference = false;
      if (p < orig.size() && orig[p] == '&') {  // a character reference, or a literal '&'
        p = reference_end(orig, p, ch, dec.substr(d));
        to = at + p;
        last_was_reference = to > from + 1;
      } else if (p < orig.size() && orig[p] == '\r') {  // CR LF and CR became LF
        p += (p + 1 < orig.size() && orig[p + 1] == '\n') ? 2 : 1;
        to = at + p;
      } else if (p < orig.size()) {
        const std::size_t m = std::min(utf8_length(static_cast<unsigned char>(orig[p])), orig.size() - p);
        p += m;
        to = at + p;
      } else if (after_reference && last_to > last_from) {
        // A reference that decodes to two characters (&NotEqualTilde;): the
        // second belongs to the same source bytes.
        from = last_from;
        to = last_to;
        last_was_reference = true;
      } else {
        // Text the parser appended to this node from elsewhere (text moved out
        // of a table joins the text before the table): its source is not
        // known, so it is left out rather than given a wrong or empty span.
        continue;
      }
      last_from = from;
      last_to = to;
      if (n == 1 && is_ascii_space(ch[0]))
        out_.space(from, to);
      else
        out_.add(ch, from, to);
    }
  }

  std::string_view src_;
  const char* buffer_;
  std::size_t base_;
  VisibleText& out_;
  std::vector<Item> items_;
};

}  // namespace

VisibleText html_visible_text(std::string_view bytes, std::size_t body) {
  VisibleText out;
  const std::string_view text = bytes.substr(body);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size());
  if (output == nullptr) return out;
  HtmlWalker walker(bytes, text.data(), body, out);
  walker.run(output->document);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return out;
}

}  // namespace transdrift::text_detail
