// Builds data/wordnet_vectors.bin, the dense word vectors behind the
// "ensemble" scorer's soft-alignment signals, from WordNet 3.0 alone
// (Debian wordnet-base): a word x context matrix, PPMI-weighted (Levy,
// Goldberg & Dagan 2015: context distribution smoothing 0.75), factored by a
// truncated SVD (randomized, Halko, Martinsson & Tropp 2011) with Eigen.
//
// Rows: the single-word lemmas of WordNet ranked by use (SemCor sense-tag
// count from data/word_freq.tsv, then occurrences in glosses), the first
// --words of them. Contexts of a word, for each synset it belongs to: the
// synset itself (1), its direct hypernyms (0.5) and their hypernyms (0.25),
// similar-to / also-see / derivation / pertainym targets (0.5), and the
// content words of the synset's gloss (0.5 each); plus the word as a gloss
// word itself (1), so that "dog" meets the glosses that mention dogs.
// Vectors: U_k * sqrt(S_k), unit length, quantized to int8 (x127).
//
// File: "TDWV1 <count> <dim>\n", then <count> words in byte order, one per
// line, then count*dim int8 values. Deterministic (fixed-seed generator, no
// threads): the same WordNet and word_freq.tsv give the same bytes.
//
//   make_word_vectors [--wordnet DIR] [--freq data/word_freq.tsv] [--words 30000] [--dim 100] -o OUT
#include <Eigen/Dense>
#include <Eigen/Sparse>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "transdrift/wordnet.hpp"

namespace {

struct Synset {
  std::vector<std::string> words;
  std::vector<std::pair<std::string, double>> targets;  // "n123" synset ids with weight
  std::vector<std::string> hypernyms;
  std::vector<std::string> gloss;
};

const std::unordered_set<std::string>& stop_words() {
  static const std::unordered_set<std::string> s{
      "a", "an", "the", "of", "or", "and", "to", "in", "on", "for", "with", "by", "from", "as", "at", "that", "which",
      "is", "are", "be", "was", "were", "it", "its", "this", "these", "those", "who", "whom", "whose", "not", "no",
      "something", "someone", "one", "used", "especially", "usually", "having", "has", "have", "etc", "e", "g", "eg",
      "into", "than", "other", "such", "being", "been", "can", "may", "more", "most", "very", "but", "if", "so", "out",
      "up", "all", "any", "some", "also", "their", "his", "her", "he", "she", "they", "them", "you", "we", "i", "s"};
  return s;
}

std::vector<std::string> gloss_words(std::string_view g) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (cur.size() >= 2 && !stop_words().count(cur)) out.push_back(cur);
    cur.clear();
  };
  for (char c : g) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) cur += static_cast<char>(c | 0x20);
    else flush();
  }
  flush();
  return out;
}

std::string lower_word(std::string w) {
  if (const auto p = w.find('('); p != std::string::npos) w.resize(p);  // adjective markers "(a)"
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

// One data.<pos> file into `out` (id -> synset).
bool read_data(const std::string& path, char pos, std::map<std::string, Synset>& out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    const auto bar = line.find(" | ");
    std::istringstream f(line.substr(0, bar));
    std::string offset, lexfile, type, tok;
    f >> offset >> lexfile >> type;
    Synset s;
    int wcnt = 0;
    f >> std::hex >> wcnt >> std::dec;
    for (int i = 0; i < wcnt; ++i) {
      std::string w, lexid;
      f >> w >> lexid;
      s.words.push_back(lower_word(w));
    }
    int pcnt = 0;
    f >> pcnt;
    for (int i = 0; i < pcnt; ++i) {
      std::string sym, off, ppos, st;
      f >> sym >> off >> ppos >> st;
      const char tp = ppos[0] == 's' ? 'a' : ppos[0];
      const std::string id = std::string(1, tp) + off;
      if (sym == "@" || sym == "@i") s.hypernyms.push_back(id);
      else if (sym == "&" || sym == "^" || sym == "+" || sym == "\\" || sym == "=") s.targets.emplace_back(id, 0.5);
    }
    if (bar != std::string::npos) s.gloss = gloss_words(line.substr(bar + 3));
    out.emplace(std::string(1, pos == 's' ? 'a' : pos) + offset, std::move(s));
  }
  return true;
}

// Fixed-seed standard normals (splitmix64 + Box-Muller), identical everywhere.
struct Normal {
  std::uint64_t state = 0x5eed5eed5eedULL;
  double uniform() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return (static_cast<double>(z >> 11) + 0.5) / 9007199254740992.0;
  }
  double operator()() {
    const double u = uniform(), v = uniform();
    return std::sqrt(-2 * std::log(u)) * std::cos(6.283185307179586 * v);
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string dir = "/usr/share/wordnet", freq_path = "data/word_freq.tsv", out_path;
  std::size_t max_words = 30000;
  int dim = 100;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) std::exit(2);
      return argv[++i];
    };
    if (a == "--wordnet") dir = next();
    else if (a == "--freq") freq_path = next();
    else if (a == "--words") max_words = std::stoul(next());
    else if (a == "--dim") dim = std::stoi(next());
    else if (a == "-o") out_path = next();
    else {
      std::cerr << "usage: make_word_vectors [--wordnet DIR] [--freq TSV] [--words N] [--dim D] -o OUT\n";
      return 2;
    }
  }
  if (out_path.empty()) {
    std::cerr << "make_word_vectors: -o OUT is required\n";
    return 2;
  }
  std::map<std::string, Synset> synsets;
  for (const auto& [name, pos] : std::vector<std::pair<std::string, char>>{
           {"noun", 'n'}, {"verb", 'v'}, {"adj", 'a'}, {"adv", 'r'}})
    if (!read_data(dir + "/data." + name, pos, synsets)) {
      std::cerr << "make_word_vectors: cannot read " << dir << "/data." << name << '\n';
      return 2;
    }
  std::map<std::string, long> freq;
  {
    std::ifstream in(freq_path);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const auto t = line.find('\t');
      if (t != std::string::npos) freq[line.substr(0, t)] = std::stol(line.substr(t + 1));
    }
  }
  auto wn = transdrift::WordNet::open(dir);
  if (!wn.ok()) {
    std::cerr << "make_word_vectors: " << wn.error().message << '\n';
    return 2;
  }
  // Gloss words as lemmas (first lemma WordNet gives, else as written).
  std::unordered_map<std::string, std::string> lemma_memo;
  auto lemma = [&](const std::string& w) -> const std::string& {
    auto it = lemma_memo.find(w);
    if (it != lemma_memo.end()) return it->second;
    const auto ls = (*wn)->lemmas(w);
    return lemma_memo.emplace(w, ls.empty() ? w : ls.front()).first->second;
  };
  std::map<std::string, long> gloss_count;
  for (auto& [id, s] : synsets)
    for (auto& g : s.gloss) {
      g = lemma(g);
      ++gloss_count[g];
    }
  // Vocabulary.
  std::map<std::string, std::vector<const std::string*>> word_synsets;
  for (const auto& [id, s] : synsets)
    for (const auto& w : s.words)
      if (w.find('_') == std::string::npos && w.find('-') == std::string::npos) word_synsets[w].push_back(&id);
  std::vector<std::string> vocab;
  for (const auto& [w, ids] : word_synsets) vocab.push_back(w);
  auto rank = [&](const std::string& w) {
    const auto f = freq.find(w);
    const auto g = gloss_count.find(w);
    return std::pair<long, long>{f == freq.end() ? 0 : f->second, g == gloss_count.end() ? 0 : g->second};
  };
  std::stable_sort(vocab.begin(), vocab.end(), [&](const std::string& a, const std::string& b) { return rank(a) > rank(b); });
  if (vocab.size() > max_words) vocab.resize(max_words);
  std::sort(vocab.begin(), vocab.end());
  // Contexts.
  std::map<std::string, int> context_index;
  auto ctx = [&](const std::string& name) {
    return context_index.emplace(name, static_cast<int>(context_index.size())).first->second;
  };
  std::vector<Eigen::Triplet<double>> trip;
  for (std::size_t r = 0; r < vocab.size(); ++r) {
    std::map<int, double> row;
    row[ctx("G:" + vocab[r])] += 1.0;
    for (const std::string* id : word_synsets[vocab[r]]) {
      const Synset& s = synsets.at(*id);
      row[ctx("S:" + *id)] += 1.0;
      for (const auto& h : s.hypernyms) {
        row[ctx("S:" + h)] += 0.5;
        if (auto it = synsets.find(h); it != synsets.end())
          for (const auto& hh : it->second.hypernyms) row[ctx("S:" + hh)] += 0.25;
      }
      for (const auto& [t, wgt] : s.targets) row[ctx("S:" + t)] += wgt;
      for (const auto& g : s.gloss) row[ctx("G:" + g)] += 0.5;
    }
    for (const auto& [c, v] : row) trip.emplace_back(static_cast<int>(r), c, v);
  }
  const auto n_rows = static_cast<Eigen::Index>(vocab.size());
  const auto n_cols = static_cast<Eigen::Index>(context_index.size());
  // PPMI with context distribution smoothing.
  std::vector<double> row_sum(vocab.size(), 0), col_sum(context_index.size(), 0);
  double total = 0;
  for (const auto& t : trip) row_sum[t.row()] += t.value(), col_sum[t.col()] += t.value(), total += t.value();
  double col_total = 0;
  for (double& c : col_sum) col_total += (c = std::pow(c, 0.75));
  std::vector<Eigen::Triplet<double>> ppmi;
  for (const auto& t : trip) {
    const double pmi = std::log(t.value() * col_total / (row_sum[t.row()] * col_sum[t.col()]));
    if (pmi > 0) ppmi.emplace_back(t.row(), t.col(), pmi);
  }
  Eigen::SparseMatrix<double, Eigen::RowMajor> a(n_rows, n_cols);
  a.setFromTriplets(ppmi.begin(), ppmi.end());
  std::cerr << "make_word_vectors: " << n_rows << " words x " << n_cols << " contexts, " << a.nonZeros()
            << " PPMI cells\n";
  // Randomized truncated SVD: range of A (A^T A)^q with q = 3, re-orthonormalized.
  const int k = dim + 20;
  Normal normal;
  Eigen::MatrixXd omega(n_cols, k);
  for (Eigen::Index j = 0; j < k; ++j)
    for (Eigen::Index i = 0; i < n_cols; ++i) omega(i, j) = normal();
  auto orth = [](const Eigen::MatrixXd& m) {
    Eigen::HouseholderQR<Eigen::MatrixXd> qr(m);
    return Eigen::MatrixXd(qr.householderQ() * Eigen::MatrixXd::Identity(m.rows(), m.cols()));
  };
  Eigen::MatrixXd q = orth(a * omega);
  for (int it = 0; it < 3; ++it) {
    const Eigen::MatrixXd z = orth(a.transpose() * q);
    q = orth(a * z);
  }
  const Eigen::MatrixXd b = q.transpose() * a;  // k x n_cols
  Eigen::JacobiSVD<Eigen::MatrixXd> svd(b * b.transpose(), Eigen::ComputeFullU);
  // b b^T = Ub S^2 Ub^T; U = Q Ub; vectors U_k sqrt(S_k) = Q Ub S^(1/2).
  const Eigen::VectorXd s2 = svd.singularValues();
  Eigen::MatrixXd u = q * svd.matrixU().leftCols(dim);
  for (int j = 0; j < dim; ++j) {
    u.col(j) *= std::pow(std::max(s2(j), 0.0), 0.25);
    // Sign convention: the largest-magnitude entry positive (SVD signs are arbitrary).
    Eigen::Index imax = 0;
    u.col(j).cwiseAbs().maxCoeff(&imax);
    if (u(imax, j) < 0) u.col(j) *= -1;
  }
  std::ofstream out(out_path, std::ios::binary);
  out << "TDWV1 " << vocab.size() << ' ' << dim << '\n';
  for (const auto& w : vocab) out << w << '\n';
  std::vector<std::int8_t> q8(static_cast<std::size_t>(dim));
  for (Eigen::Index r = 0; r < n_rows; ++r) {
    const double m = u.row(r).cwiseAbs().maxCoeff();
    for (int j = 0; j < dim; ++j)
      q8[static_cast<std::size_t>(j)] =
          static_cast<std::int8_t>(m > 0 ? std::lround(127.0 * u(r, j) / m) : 0);
    out.write(reinterpret_cast<const char*>(q8.data()), dim);
  }
  if (!out) {
    std::cerr << "make_word_vectors: cannot write " << out_path << '\n';
    return 2;
  }
  return 0;
}
