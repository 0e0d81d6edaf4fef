// Word vectors in GloVe or fastText .vec text format ("word v1 v2 ..." per
// line; fastText's "count dim" header line is skipped). Vectors are stored
// unit-length so that a dot product is a cosine.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "transdrift/result.hpp"

namespace transdrift {

class WordVectors {
 public:
  static Result<std::shared_ptr<const WordVectors>> load(const std::string& path);
  static Result<std::shared_ptr<const WordVectors>> parse(std::string_view text, const std::string& name = {});

  int dim() const { return dim_; }
  std::size_t size() const { return index_.size(); }
  // Unit vector of `word` (tried as given, then lower case), or null.
  const float* find(std::string_view word) const;
  // Cosine of two words; 0 when either is unknown.
  double cosine(std::string_view a, std::string_view b) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  int dim_ = 0;
  std::vector<float> data_;
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> index_;
};

}  // namespace transdrift
