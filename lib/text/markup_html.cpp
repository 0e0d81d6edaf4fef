// HTML inputs: parsed with gumbo (an HTML5 parser); the visible text is the
// text of the nodes a browser renders in <body>. Each text node keeps a
// pointer to its source bytes, so every decoded character maps back to the
// bytes that produced it; a character reference (&amp;, &#8217;) maps to the
// whole reference.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <string>

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

class HtmlWalker {
 public:
  HtmlWalker(std::string_view bytes, const char* buffer, std::size_t base, VisibleText& out)
      : src_(bytes), buffer_(buffer), base_(base), out_(out) {}

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
        if (block) out_.paragraph_break(pos_of(e.start_pos.offset));
        children(&e.children);
        if (block) out_.paragraph_break(pos_of(e.end_pos.offset));
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        text(node->v.text);
        break;
      default:
        break;  // comments
    }
  }

 private:
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
    for (std::size_t d = 0; d < dec.size();) {
      const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(dec[d])), dec.size() - d);
      const std::string_view ch = dec.substr(d, n);
      d += n;
      std::size_t from = at + p, to = at + p;
      if (p < orig.size() && orig[p] == '&' && ch != "&") {
        std::size_t e = p + 1;
        while (e < orig.size() && (std::isalnum(static_cast<unsigned char>(orig[e])) || orig[e] == '#')) ++e;
        if (e < orig.size() && orig[e] == ';') ++e;
        to = at + e;
        p = e;
      } else if (p < orig.size() && orig[p] == '&' && ch == "&" && orig.compare(p, 5, "&amp;") == 0) {
        to = at + p + 5;
        p += 5;
      } else if (p < orig.size() && orig[p] == '\r') {  // CR LF and CR became LF
        p += (p + 1 < orig.size() && orig[p + 1] == '\n') ? 2 : 1;
        to = at + p;
      } else if (p < orig.size()) {
        const std::size_t m = std::min(utf8_length(static_cast<unsigned char>(orig[p])), orig.size() - p);
        p += m;
        to = at + p;
      }
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
};

}  // namespace

VisibleText html_visible_text(std::string_view bytes, std::size_t body) {
  VisibleText out;
  const std::string_view text = bytes.substr(body);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size());
  if (output == nullptr) return out;
  HtmlWalker walker(bytes, text.data(), body, out);
  walker.walk(output->document);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return out;
}

}  // namespace transdrift::text_detail
