#include "similarity/word_weights.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace transdrift {
namespace embedded {
std::string_view word_freq_tsv();
}

WordFrequencies WordFrequencies::parse(std::string_view text) {
  WordFrequencies f;
  f.counts_.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);  // no rehashing
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    long c = 0;
    const std::string_view num = line.substr(tab + 1);
    if (std::from_chars(num.data(), num.data() + num.size(), c).ec != std::errc{} || c <= 0) continue;
    const std::string_view lemma = line.substr(0, tab);
    f.counts_.insert(lemma, memo_hash(lemma), c);  // the first line of a lemma counts, as before
    f.total_ += c;
  }
  return f;
}

const WordFrequencies& WordFrequencies::builtin() {
  static const WordFrequencies table = parse(embedded::word_freq_tsv());
  return table;
}

long WordFrequencies::count(std::string_view lemma) const {
  const long* found = counts_.find(lemma, memo_hash(lemma));
  return found == nullptr ? 0 : *found;
}

double WordWeigher::content_weight(const std::string& key) const {
  const std::size_t hash = memo_hash(key);
  {
    const std::lock_guard lock(mutex_);
    if (const double* found = cache_.find(key, hash)) return *found;
  }
  long c = freq_.count(key);
  if (wordnet_)
    for (const std::string& l : wordnet_->lemmas(key)) c = std::max(c, freq_.count(l));
  const double n = static_cast<double>(freq_.total()) + 1.0;
  const double w = std::clamp(std::log(n / (static_cast<double>(c) + 1.0)) / std::log(n), 0.05, 1.0);
  const std::lock_guard lock(mutex_);
  if (cache_.size() > 200000) cache_.clear();
  cache_.insert(key, hash, w);
  return w;
}

}  // namespace transdrift
