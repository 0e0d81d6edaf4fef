#include "synthetic.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <unordered_set>
#include <utility>

#include "transdrift/text.hpp"

namespace transdrift::synthetic {
namespace {

std::string read_file(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One line, single spaces, trimmed.
std::string clean(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    const bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> w;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t j = std::min(s.find(' ', i), s.size());
    if (j > i) w.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return w;
}

std::string join(const std::vector<std::string>& w, std::size_t from, std::size_t to) {
  std::string s;
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) s += ' ';
    s += w[i];
  }
  return s;
}

class Collector {
 public:
  explicit Collector(Pool& pool) : pool_(pool) {}
  std::size_t add(std::string_view raw) {
    std::string s = clean(raw);
    if (s.find(' ') == std::string::npos) return 0;  // fewer than two words
    if (!seen_.insert(s).second) return 0;
    for (std::string& w : split_words(s))
      if (words_seen_.insert(w).second) pool_.words.push_back(std::move(w));
    pool_.sentences.push_back(std::move(s));
    return 1;
  }

 private:
  Pool& pool_;
  std::unordered_set<std::string> seen_, words_seen_;
};

// Bit-exact on every platform (the <random> distributions are not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : g_(seed) {}
  double uniform() { return static_cast<double>(g_() >> 11) * 0x1.0p-53; }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(g_() % n); }
  bool chance(double p) { return uniform() < p; }

 private:
  std::mt19937_64 g_;
};

std::string noisy(const std::string& sentence, const Pool& pool, double p, Rng& rng) {
  std::vector<std::string> w = split_words(sentence), out;
  out.reserve(w.size() + 4);
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (!rng.chance(p)) {
      out.push_back(w[i]);
      continue;
    }
    switch (rng.below(4)) {
      case 0: out.push_back(pool.words[rng.below(pool.words.size())]); break;  // substitute
      case 1: break;                                                            // delete
      case 2:                                                                   // insert after
        out.push_back(w[i]);
        out.push_back(pool.words[rng.below(pool.words.size())]);
        break;
      default:  // swap with the next word
        if (i + 1 < w.size()) {
          out.push_back(w[i + 1]);
          out.push_back(w[i]);
          ++i;
        } else {
          out.push_back(w[i]);
        }
    }
  }
  if (out.empty()) return sentence;
  return join(out, 0, out.size());
}

bool ends_with_punct(const std::string& s) {
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ';' || s.back() == ':');
}

}  // namespace

Pool load_pool(const PoolSources& src) {
  Pool pool;
  Collector add(pool);
  namespace fs = std::filesystem;
  bool ok = false;

  if (!src.corpus_dir.empty()) {
    for (const char* name : {"original.txt", "retranslated.txt"}) {
      const std::string path = src.corpus_dir + "/" + name;
      std::string text = read_file(path, &ok);
      if (!ok) continue;
      auto doc = parse_document(std::move(text));
      if (!doc.ok()) continue;
      std::size_t n = 0;
      for (const Sentence& s : doc->sentences) n += add.add(doc->slice(s.span));
      pool.sources.push_back(path + " (" + std::to_string(n) + ")");
    }
  }
  if (!src.data_dir.empty()) {
    const fs::path textberg = fs::path(src.data_dir) / "align" / "textberg-dev";
    std::vector<fs::path> conditions;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(textberg, ec))
      if (e.is_directory()) conditions.push_back(e.path());
    std::sort(conditions.begin(), conditions.end());  // directory order is not reproducible
    for (const fs::path& c : conditions)
      for (const char* name : {"doc0.src", "doc0.tgt"}) {
        const std::string path = (c / name).string();
        std::istringstream in(read_file(path, &ok));
        if (!ok) continue;
        std::size_t n = 0;
        for (std::string line; std::getline(in, line);) n += add.add(line);
        pool.sources.push_back(path + " (" + std::to_string(n) + ")");
      }
    for (const char* name : {"dev.tsv", "train.tsv"}) {
      const std::string path = (fs::path(src.data_dir) / "stsb" / name).string();
      std::istringstream in(read_file(path, &ok));
      if (!ok) continue;
      std::size_t n = 0;
      for (std::string line; std::getline(in, line);) {
        const auto t1 = line.find('\t');
        if (t1 == std::string::npos) continue;
        const auto t2 = line.find('\t', t1 + 1);
        if (t2 == std::string::npos) continue;
        n += add.add(std::string_view(line).substr(t1 + 1, t2 - t1 - 1));
        n += add.add(std::string_view(line).substr(t2 + 1));
      }
      pool.sources.push_back(path + " (" + std::to_string(n) + ")");
    }
  }
  return pool;
}

SyntheticPair make_pair(const Pool& pool, std::size_t n, std::uint64_t seed, const Perturbation& p) {
  Rng rng(seed);
  std::vector<const std::string*> orig(n);
  for (auto& s : orig) s = &pool.sentences[rng.below(pool.sentences.size())];

  SyntheticPair out;
  std::size_t lines = 0;  // retranslated lines written
  auto emit = [&](const std::string& s) {
    out.retranslated += s;
    out.retranslated += '\n';
    return lines++;
  };
  for (std::size_t i = 0; i < n; ++i) {
    out.original += *orig[i];
    out.original += '\n';
  }

  for (std::size_t i = 0; i < n;) {
    if (rng.chance(p.insert)) {
      const std::string& extra = pool.sentences[rng.below(pool.sentences.size())];
      out.gold.beads.push_back(Bead{{}, {emit(noisy(extra, pool, p.token_noise, rng))}});
    }
    const std::string& s = *orig[i];
    const double r = rng.uniform();
    double edge = p.drop;
    if (r < edge) {
      out.gold.beads.push_back(Bead{{i}, {}});
      ++i;
      continue;
    }
    edge += p.split;
    if (r < edge) {
      const std::vector<std::string> w = split_words(s);
      if (w.size() >= 8) {
        const std::size_t parts = w.size() >= 12 && rng.below(4) == 0 ? 3 : 2;
        Bead b{{i}, {}};
        std::size_t from = 0;
        for (std::size_t k = 1; k <= parts; ++k) {
          // Cut near k/parts of the sentence, give or take a word.
          std::size_t to = k == parts ? w.size() : w.size() * k / parts + rng.below(3) - 1;
          to = std::clamp(to, from + 2, w.size() - 2 * (parts - k));
          std::string part = join(w, from, to);
          if (k < parts && !ends_with_punct(part)) part += '.';
          b.retranslated.push_back(emit(noisy(part, pool, p.token_noise, rng)));
          from = to;
        }
        out.gold.beads.push_back(std::move(b));
        ++i;
        continue;
      }
    }
    edge += p.merge;
    if (r < edge && i + 1 < n) {
      std::string a = s;
      if (!a.empty() && a.back() == '.') a.pop_back();
      const std::string merged = a + (rng.below(2) ? "; " : ", and ") + *orig[i + 1];
      out.gold.beads.push_back(Bead{{i, i + 1}, {emit(noisy(merged, pool, p.token_noise, rng))}});
      i += 2;
      continue;
    }
    edge += p.swap;
    if (r < edge && i + 1 < n) {
      const std::size_t j0 = emit(noisy(*orig[i + 1], pool, p.token_noise, rng));
      const std::size_t j1 = emit(noisy(s, pool, p.token_noise, rng));
      out.gold.beads.push_back(Bead{{i, i + 1}, {j0, j1}});
      i += 2;
      continue;
    }
    out.gold.beads.push_back(Bead{{i}, {emit(noisy(s, pool, p.token_noise, rng))}});
    ++i;
  }
  return out;
}

}  // namespace transdrift::synthetic
