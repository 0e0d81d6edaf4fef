// Markup inputs: the visible-text map, segmentation through the plain-text
// path, and spans mapped back into the input's bytes.
#include <algorithm>
#include <new>

#include "text/markup_common.hpp"

namespace transdrift {
namespace text_detail {

void VisibleText::add(std::string_view bytes, std::size_t src_start, std::size_t src_end) {
  for (char c : bytes) {
    text += c;
    from.push_back(src_start);
    to.push_back(src_end);
  }
}

void VisibleText::copy(std::string_view bytes, std::size_t at) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(bytes[i])), bytes.size() - i);
    add(bytes.substr(i, n), at + i, at + i + n);
    i += n;
  }
}

void VisibleText::space(std::size_t src_start, std::size_t src_end) {
  if (text.empty() || text.back() == ' ' || text.back() == '\n') return;
  add(" ", src_start, src_end);
}

void VisibleText::paragraph_break(std::size_t at) {
  if (text.empty() || text.back() == '\n') return;
  add("\n", at, at);
}

namespace {

bool only_space(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
}

}  // namespace

Result<Document> document_from_visible(std::string bytes, const VisibleText& v, const TextOptions& options,
                                       std::string path) {
  if (only_space(v.text)) {
    return Error{ErrorCode::kEmptyInput, "input is empty: the markup holds no visible text", std::nullopt};
  }
  Result<Document> parsed = parse_document(v.text, options, path);
  if (!parsed.ok()) {
    Error e = parsed.error();
    if (e.offset && *e.offset < v.from.size()) e.offset = v.from[*e.offset];
    return e;
  }
  Document doc = std::move(parsed).value();
  const std::size_t end_of_input = bytes.size();
  auto start_at = [&](std::size_t i) { return i < v.from.size() ? v.from[i] : end_of_input; };
  auto map = [&](Span s) -> Span {
    if (s.empty()) {
      const std::size_t at = s.start < v.from.size() ? v.from[s.start] : (v.to.empty() ? 0 : v.to.back());
      return {at, at};
    }
    const std::size_t a = start_at(s.start);
    const std::size_t b = std::max(a, v.to[s.end - 1]);
    return {a, b};
  };
  for (Span& p : doc.paragraphs) p = map(p);
  for (Sentence& s : doc.sentences) s.span = map(s.span);
  for (Token& t : doc.tokens) t.span = map(t.span);
  for (Quote& q : doc.quotes) {
    q.span = map(q.span);
    q.inner = map(q.inner);
  }
  doc.text = std::move(bytes);
  return doc;
}

}  // namespace text_detail

std::string_view to_string(InputFormat f) {
  switch (f) {
    case InputFormat::kText: return "text";
    case InputFormat::kMarkdown: return "markdown";
    case InputFormat::kHtml: return "html";
  }
  return "text";
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "text") return InputFormat::kText;
  if (name == "markdown") return InputFormat::kMarkdown;
  if (name == "html") return InputFormat::kHtml;
  return std::nullopt;
}

InputFormat input_format_for_path(std::string_view path) {
  const std::size_t dot = path.rfind('.');
  const std::size_t slash = path.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return InputFormat::kText;
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (ext == "md" || ext == "markdown" || ext == "mdown" || ext == "mkd") return InputFormat::kMarkdown;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::kHtml;
  return InputFormat::kText;
}

Result<Document> parse_document(std::string bytes, InputFormat format, const TextOptions& options,
                                std::string path) {
  if (format == InputFormat::kText) return parse_document(std::move(bytes), options, std::move(path));
  try {
    if (Status valid = validate_utf8(bytes); !valid.ok()) return valid.error();
    const std::size_t body = std::string_view(bytes).starts_with("\xEF\xBB\xBF") ? 3 : 0;
    const text_detail::VisibleText visible = format == InputFormat::kMarkdown
                                                 ? text_detail::markdown_visible_text(bytes, body)
                                                 : text_detail::html_visible_text(bytes, body);
    return text_detail::document_from_visible(std::move(bytes), visible, options, std::move(path));
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::kInternal, "out of memory while parsing the input", std::nullopt};
  }
}

}  // namespace transdrift
