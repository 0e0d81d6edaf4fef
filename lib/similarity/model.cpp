#include "similarity/model.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace transdrift {
namespace embedded {
std::string_view similarity_model_tsv();
}

double LinearModel::raw(const FeatureVector& x) const {
  double s = bias;
  for (std::size_t i = 0; i < kFeatureCount; ++i)
    if (scale[i] > 0) s += weight[i] * (x[i] - mean[i]) / scale[i];
  return s;
}

double LinearModel::predict(const FeatureVector& x) const { return std::clamp(raw(x), 0.0, 1.0); }

Result<LinearModel> LinearModel::parse(std::string_view text) {
  LinearModel m;
  std::array<bool, kFeatureCount> seen{};
  bool have_bias = false;
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string name;
    f >> name;
    if (name == "bias") {
      if (!(f >> m.bias)) return Error{ErrorCode::kDataMissing, "similarity model: bad bias line", {}};
      have_bias = true;
      continue;
    }
    const auto& names = feature_names();
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) return Error{ErrorCode::kDataMissing, "similarity model: unknown feature " + name, {}};
    const auto i = static_cast<std::size_t>(it - names.begin());
    if (!(f >> m.mean[i] >> m.scale[i] >> m.weight[i]))
      return Error{ErrorCode::kDataMissing, "similarity model: bad line for " + name, {}};
    seen[i] = true;
  }
  if (!have_bias || std::find(seen.begin(), seen.end(), false) != seen.end())
    return Error{ErrorCode::kDataMissing, "similarity model: missing bias or features", {}};
  return m;
}

std::string LinearModel::to_text(const std::string& header) const {
  std::string s = header;
  char buf[256];
  std::snprintf(buf, sizeof buf, "bias\t%.17g\n", bias);
  s += buf;
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    std::snprintf(buf, sizeof buf, "%s\t%.17g\t%.17g\t%.17g\n", std::string(feature_names()[i]).c_str(), mean[i],
                  scale[i], weight[i]);
    s += buf;
  }
  return s;
}

const LinearModel& LinearModel::builtin() {
  static const LinearModel model = [] {
    auto m = parse(embedded::similarity_model_tsv());
    if (!m.ok()) {
      std::fprintf(stderr, "transdrift: compiled-in %s\n", m.error().message.c_str());
      std::abort();  // a build defect, caught by the tests
    }
    return *m;
  }();
  return model;
}

}  // namespace transdrift
