#include "similarity/word_vectors.hpp"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace transdrift {

Result<std::shared_ptr<const WordVectors>> WordVectors::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIoError, "cannot read word vectors '" + path + "'", {}};
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path);
}

Result<std::shared_ptr<const WordVectors>> WordVectors::parse(std::string_view text, const std::string& name) {
  auto v = std::make_shared<WordVectors>();
  std::vector<float> row;
  std::size_t line_no = 0;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty()) continue;
    const auto sp = line.find(' ');
    if (sp == std::string_view::npos || sp == 0) continue;
    const std::string word(line.substr(0, sp));
    row.clear();
    std::string rest(line.substr(sp + 1));
    const char* p = rest.c_str();
    while (*p) {
      char* end = nullptr;
      const float x = std::strtof(p, &end);
      if (end == p) break;
      row.push_back(x);
      p = end;
    }
    if (line_no == 1 && row.size() == 1) continue;  // fastText header "count dim"
    if (v->dim_ == 0) v->dim_ = static_cast<int>(row.size());
    if (static_cast<int>(row.size()) != v->dim_ || v->dim_ == 0)
      return Error{ErrorCode::kDataMissing,
                   "word vectors '" + name + "' line " + std::to_string(line_no) + ": expected " +
                       std::to_string(v->dim_) + " numbers",
                   {}};
    if (v->index_.count(word)) continue;
    double norm = 0;
    for (float x : row) norm += double(x) * x;
    norm = std::sqrt(norm);
    if (norm == 0) continue;
    v->index_.emplace(word, v->data_.size());
    for (float x : row) v->data_.push_back(static_cast<float>(x / norm));
  }
  if (v->index_.empty()) return Error{ErrorCode::kDataMissing, "no word vectors in '" + name + "'", {}};
  return std::shared_ptr<const WordVectors>(std::move(v));
}

const float* WordVectors::find(std::string_view word) const {
  if (auto it = index_.find(word); it != index_.end()) return data_.data() + it->second;
  std::string lower(word);
  bool changed = false;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a'), changed = true;
  if (changed)
    if (auto it = index_.find(lower); it != index_.end()) return data_.data() + it->second;
  return nullptr;
}

double WordVectors::cosine(std::string_view a, std::string_view b) const {
  const float* x = find(a);
  const float* y = find(b);
  if (!x || !y) return 0.0;
  double s = 0;
  for (int i = 0; i < dim_; ++i) s += double(x[i]) * y[i];
  return s;
}

}  // namespace transdrift
