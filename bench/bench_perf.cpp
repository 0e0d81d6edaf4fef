// Performance benchmark (docs/performance.md): WordNet open time (text files,
// binary cache built cold and mapped warm, first-query latency), sentence
// segmentation throughput, aligner time / peak memory / F1 on synthetic pairs
// of 1k, 10k and 100k sentences, scorer throughput on STS-B dev, and the wall
// time of the `transdrift` program (diff on corpus/digital-solidarity,
// bench-align on textberg-dev). Plain steady_clock timings, one thread.
//
//   bench_perf [--data DIR] [--corpus DIR] [--cli PATH] [--runs N]
//              [--sections wordnet,segment,align,score,cli]
//              [--aligners vector:1000,10000,100000;lexical:1000,10000;length:1000,10000]
//              [--timeout SECONDS] [--seed N]
//
// Each aligner/size runs in a child process (this program re-executed with
// --child), so its peak resident memory (VmHWM) is its own, and a run that
// exceeds --timeout is killed and reported instead of stalling the rest.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "sts_data.hpp"
#include "synthetic.hpp"
#include "transdrift/align_eval.hpp"
#include "transdrift/aligner.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"
#include "transdrift/wordnet.hpp"

extern char** environ;

using namespace transdrift;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// CPU time of this process (user + system); steadier than wall time on a loaded machine.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

std::string read_file(const std::string& path, bool* ok = nullptr) {
  std::ifstream in(path, std::ios::binary);
  if (ok) *ok = static_cast<bool>(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Peak and current resident set of this process, in KiB (/proc/self/status).
long status_kib(const char* key) {
  std::ifstream in("/proc/self/status");
  const std::size_t n = std::strlen(key);
  for (std::string line; std::getline(in, line);)
    if (line.compare(0, n, key) == 0 && line.size() > n && line[n] == ':') return std::atol(line.c_str() + n + 1);
  return -1;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, sep);)
    if (!part.empty()) out.push_back(part);
  return out;
}

struct Config {
  std::string data = TRANSDRIFT_DEFAULT_DATA;
  std::string corpus = TRANSDRIFT_DEFAULT_CORPUS;
  std::string cli = TRANSDRIFT_DEFAULT_CLI;
  std::vector<std::string> sections{"wordnet", "segment", "align", "score", "cli"};
  std::vector<std::pair<std::string, std::vector<std::size_t>>> aligners{
      {"vector", {1000, 10000, 100000}}, {"lexical", {1000, 10000}}, {"length", {1000, 10000}}};
  int runs = 21;
  unsigned timeout = 900;
  std::uint64_t seed = 20261126;
  bool has(const std::string& s) const { return std::find(sections.begin(), sections.end(), s) != sections.end(); }
};

synthetic::Pool load_pool(const Config& c) { return synthetic::load_pool({c.corpus, c.data}); }

// ---------------------------------------------------------------- (1) WordNet

// A fresh empty directory for cache files; removed by remove_tree.
std::string make_temp_dir() {
  std::string pattern = "/tmp/transdrift-bench-XXXXXX";
  return mkdtemp(pattern.data()) != nullptr ? pattern : std::string();
}

void remove_tree(const std::string& dir) {
  if (dir.empty()) return;
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

// Opens WordNet `runs` times with `options`, each time asking one first
// question of the fresh instance. `before` runs ahead of each open (untimed).
void time_opens(const char* label, const WordNet::Options& options, int runs, const std::function<void()>& before) {
  std::vector<double> open_t, query_t;
  for (int i = 0; i < runs; ++i) {
    if (before) before();
    const auto t0 = Clock::now();
    auto wn = WordNet::open(options);
    open_t.push_back(seconds_since(t0));
    if (!wn.ok()) {
      std::printf("%-15s skipped: %s\n", label, wn.error().message.c_str());
      return;
    }
    const auto t1 = Clock::now();
    (*wn)->relatedness("obligation", "duty");
    query_t.push_back(seconds_since(t1));
  }
  std::printf("%-15s open median %8.2f ms (first %.2f ms, %d opens); first query median %.3f ms\n", label,
              median(open_t) * 1e3, open_t.front() * 1e3, runs, median(query_t) * 1e3);
}

void bench_wordnet(const Config& c) {
  std::printf("\n== WordNet open (first query: relatedness(obligation, duty) on the fresh instance) ==\n");
  auto probe = WordNet::open(WordNet::Options{{}, false, {}});
  if (!probe.ok()) {
    std::printf("skipped: %s\n", probe.error().message.c_str());
    return;
  }
  std::printf("version         %s\n", (*probe)->version().c_str());
  WordNet::Options text;
  text.use_cache = false;
  time_opens("text files", text, c.runs, {});
  const std::string dir = make_temp_dir();
  if (dir.empty()) {
    std::printf("cache           skipped: no temporary directory\n");
    return;
  }
  WordNet::Options cached;
  cached.cache_dir = dir;
  // Cold: the cache file is removed before each open, so each open builds it.
  time_opens("cache, cold", cached, std::min(c.runs, 5), [&] { remove_tree(dir); });
  std::uintmax_t size = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) size += e.file_size();
  time_opens("cache, warm", cached, c.runs, {});
  std::printf("cache file      %.1f MB (%s)\n", static_cast<double>(size) / 1e6, dir.c_str());
  remove_tree(dir);
}

// --------------------------------------------------------- (2) segmentation

// English prose from the shared data (STS-B, MRPC, PAWS sentences, each
// ending in sentence punctuation) and corpus/, in paragraphs of six
// sentences, repeated up to at least `target` bytes.
std::string segmentation_text(const Config& c, std::size_t target, std::vector<std::string>* used) {
  std::vector<std::string> sentences;
  std::unordered_set<std::string> seen;
  auto add = [&](std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
    if (s.empty() || !seen.insert(s).second) return;
    const char last = s.back();
    if (last != '.' && last != '!' && last != '?' && last != '"') s += '.';
    sentences.push_back(std::move(s));
  };
  bool ok = false;
  const std::string corpus = read_file(c.corpus + "/original.txt", &ok) + "\n\n" + read_file(c.corpus + "/retranslated.txt");
  std::string text;
  if (ok) {
    text = corpus + "\n\n";
    used->push_back(c.corpus + "/{original,retranslated}.txt");
  }
  for (const char* f : {"stsb/train.tsv", "stsb/dev.tsv", "mrpc/train.tsv", "paws/dev.tsv"}) {
    const std::string path = c.data + "/" + f;
    std::istringstream in(read_file(path, &ok));
    if (!ok) continue;
    used->push_back(path);
    for (std::string line; std::getline(in, line);) {
      const auto cells = split(line, '\t');
      if (cells.size() < 3) continue;
      add(cells[cells.size() - 2]);
      add(cells[cells.size() - 1]);
    }
  }
  std::string once;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    once += sentences[i];
    once += (i % 6 == 5) ? "\n\n" : " ";
  }
  if (once.empty() && text.empty()) return {};
  while (text.size() < target) text += once.empty() ? text : once + "\n\n";
  return text;
}

void bench_segment(const Config& c) {
  std::printf("\n== Sentence segmentation (parse_document, default TextOptions) ==\n");
  std::vector<std::string> used;
  const std::string text = segmentation_text(c, 4u << 20, &used);
  if (text.empty()) {
    std::printf("skipped: no text under %s or %s\n", c.corpus.c_str(), c.data.c_str());
    return;
  }
  std::vector<double> t;
  std::size_t sentences = 0, tokens = 0;
  for (int i = 0; i < 3; ++i) {
    const auto t0 = Clock::now();
    auto doc = parse_document(text);
    t.push_back(seconds_since(t0));
    if (!doc.ok()) {
      std::printf("error: %s\n", doc.error().message.c_str());
      return;
    }
    sentences = doc->sentences.size();
    tokens = doc->tokens.size();
  }
  const double mb = static_cast<double>(text.size()) / 1e6, s = median(t);
  std::printf("input           %.2f MB, %zu sentences, %zu tokens (from", mb, sentences, tokens);
  for (const auto& u : used) std::printf(" %s", u.c_str());
  std::printf(")\n");
  std::printf("throughput      %.2f MB/s, %.0f sentences/s (median of 3: %.2f s)\n", mb / s,
              static_cast<double>(sentences) / s, s);
}

// ------------------------------------------------------------- (3) alignment

// The child: one aligner, one size. Prints one line "result ..." on stdout.
int run_child(const Config& c, const std::string& aligner_name, std::size_t size) {
  if (c.timeout) alarm(c.timeout);
  const auto t0 = Clock::now();
  const synthetic::Pool pool = load_pool(c);
  if (pool.sentences.empty()) {
    std::printf("error no sentence pool\n");
    return 1;
  }
  const synthetic::SyntheticPair pair = synthetic::make_pair(pool, size, c.seed + size);
  TextOptions to;
  to.sentence_per_line = true;
  auto a = parse_document(pair.original, to), b = parse_document(pair.retranslated, to);
  if (!a.ok() || !b.ok()) {
    std::printf("error parse\n");
    return 1;
  }
  const double prep = seconds_since(t0);
  auto aligner = make_aligner(aligner_name);
  if (!aligner.ok()) {
    std::printf("error %s\n", aligner.error().message.c_str());
    return 1;
  }
  const long rss_before = status_kib("VmRSS"), hwm_before = status_kib("VmHWM");
  // Several runs for the small sizes (median); one for the large ones.
  const int reps = size <= 1000 ? 5 : size <= 10000 ? 3 : 1;
  std::vector<double> t;
  Alignment alignment;
  for (int r = 0; r < reps; ++r) {
    const auto t1 = Clock::now();
    auto result = (*aligner)->align(*a, *b);
    t.push_back(seconds_since(t1));
    if (!result.ok()) {
      std::printf("error %s\n", result.error().message.c_str());
      return 1;
    }
    alignment = std::move(result).value();
  }
  const long hwm = status_kib("VmHWM");
  const AlignScores s = score_counts(count_alignment(alignment, pair.gold));
  std::printf("result %.6f %d %.4f %.4f %ld %ld %ld %zu %zu %zu %.3f\n", median(t), reps, s.f1_strict, s.f1_lax,
              rss_before, hwm_before, hwm, a->sentences.size(), b->sentences.size(), pair.gold.beads.size(), prep);
  return 0;
}

// Runs argv, stdout to `out` (if given) or /dev/null, stderr to /dev/null.
// Returns the wall time from spawn to exit; *status gets the wait status,
// *cpu (if given) the child's user + system CPU time.
double run_process(const std::vector<std::string>& args, std::string* out, int* status, double* cpu = nullptr) {
  int fds[2] = {-1, -1};
  if (out && pipe(fds) != 0) return -1;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (out) {
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    posix_spawn_file_actions_addclose(&fa, fds[1]);
  } else {
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  }
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const auto t0 = Clock::now();
  const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (out) close(fds[1]);
  if (rc != 0) {
    if (out) close(fds[0]);
    *status = -1;
    return -1;
  }
  if (out) {
    char buf[65536];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) out->append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
  }
  struct rusage usage {};
  wait4(pid, status, 0, &usage);
  if (cpu != nullptr) {
    *cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
  }
  return seconds_since(t0);
}

std::string self_path() {
  char buf[4096];
  const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
}

std::string mib(long kib) {
  char b[32];
  std::snprintf(b, sizeof b, "%.0f", static_cast<double>(kib) / 1024.0);
  return b;
}

void bench_align(const Config& c) {
  std::printf("\n== Alignment of synthetic pairs (sentence_per_line; seed %llu + size) ==\n",
              static_cast<unsigned long long>(c.seed));
  {
    const synthetic::Pool pool = load_pool(c);
    std::printf("pool            %zu distinct sentences, %zu distinct words:", pool.sentences.size(),
                pool.words.size());
    for (const auto& s : pool.sources) std::printf(" %s", s.c_str());
    std::printf("\n");
    if (pool.sentences.empty()) {
      std::printf("skipped: no sentence pool\n");
      return;
    }
  }
  std::printf("%-8s %8s %8s %8s %11s %5s %9s %8s %10s %10s %10s\n", "aligner", "size", "rows", "cols", "seconds",
              "runs", "strict F1", "lax F1", "base MiB", "peak MiB", "ratio");
  const std::string self = self_path();
  for (const auto& [name, sizes] : c.aligners) {
    double previous = 0;
    for (std::size_t size : sizes) {
      std::vector<std::string> args{self,
                                    "--child",
                                    name,
                                    std::to_string(size),
                                    "--data",
                                    c.data,
                                    "--corpus",
                                    c.corpus,
                                    "--seed",
                                    std::to_string(c.seed),
                                    "--timeout",
                                    std::to_string(c.timeout)};
      std::string out;
      int status = 0;
      const double wall = run_process(args, &out, &status);
      double secs = 0, f1s = 0, f1l = 0, prep = 0;
      int reps = 0;
      long rss0 = 0, hwm0 = 0, hwm = 0;
      std::size_t rows = 0, cols = 0, beads = 0;
      if (WIFSIGNALED(status)) {
        std::printf("%-8s %8zu  killed by signal %d after %.0f s%s\n", name.c_str(), size, WTERMSIG(status), wall,
                    WTERMSIG(status) == SIGALRM ? " (over --timeout)" : "");
        std::fflush(stdout);
        break;  // larger sizes would take longer still
      }
      if (std::sscanf(out.c_str(), "result %lf %d %lf %lf %ld %ld %ld %zu %zu %zu %lf", &secs, &reps, &f1s, &f1l,
                      &rss0, &hwm0, &hwm, &rows, &cols, &beads, &prep) != 11) {
        std::printf("%-8s %8zu  failed: %s\n", name.c_str(), size, out.c_str());
        continue;
      }
      char ratio[32] = "";
      if (previous > 0) std::snprintf(ratio, sizeof ratio, "%.2f", secs / previous);
      std::printf("%-8s %8zu %8zu %8zu %11.3f %5d %9.3f %8.3f %10s %10s %10s\n", name.c_str(), size, rows, cols, secs,
                  reps, f1s, f1l, mib(hwm0).c_str(), mib(hwm).c_str(), ratio);
      std::fflush(stdout);
      previous = secs;
    }
  }
  std::printf("seconds: median over runs of align() only; base: peak RSS before aligning (pool, pair, parsed\n"
              "documents); peak: VmHWM of the child after aligning; ratio: seconds / seconds at the previous size.\n");
}

// --------------------------------------------------------------- (4) scoring

void bench_score(const Config& c) {
  std::printf("\n== Scoring (STS-B dev pairs, 1 thread) ==\n");
  const auto pairs = sts::read_pairs(c.data + "/stsb/dev.tsv");
  if (!pairs || pairs->empty()) {
    std::printf("skipped: %s/stsb/dev.tsv not found\n", c.data.c_str());
    return;
  }
  std::vector<std::pair<Document, Document>> docs;
  const auto tp = Clock::now();
  for (const auto& p : *pairs) docs.emplace_back(sts::sentence_document(p.a), sts::sentence_document(p.b));
  const double parse = seconds_since(tp);
  std::printf("tokenizing      %.0f pairs/s (parse_sentence, both sides)\n",
              static_cast<double>(pairs->size()) / parse);
  // A freshly opened WordNet from the text files or from the (already
  // built) binary cache, shared by the two scorers in turn: the first
  // scorer's first pass pays for every word's first lookup. Repeated with
  // fresh instances, alternating text and cache; medians of wall and CPU time.
  const std::string dir = make_temp_dir();
  {
    WordNet::Options options;
    options.cache_dir = dir;
    (void)WordNet::open(options);  // builds the cache file
  }
  constexpr int kReps = 5;
  const char* kScorers[] = {"wordnet", "ensemble"};
  // [cache][scorer][first pass, warm] -> wall and CPU seconds per repetition.
  std::vector<double> wall[2][2][2], cpu[2][2][2];
  double checksum[2][2] = {{0, 0}, {0, 0}};  // [cache][scorer], first pass of the first repetition
  for (int rep = 0; rep < kReps; ++rep) {
    for (const int use_cache : {0, 1}) {
      WordNet::Options options;
      options.use_cache = use_cache == 1;
      options.cache_dir = dir;
      auto wn = WordNet::open(options);
      if (!wn.ok()) {
        std::printf("skipped: %s\n", wn.error().message.c_str());
        remove_tree(dir);
        return;
      }
      for (int k = 0; k < 2; ++k) {
        auto scorer = make_scorer(kScorers[k], {}, *wn);
        if (!scorer.ok()) {
          std::printf("%-15s error: %s\n", kScorers[k], scorer.error().message.c_str());
          continue;
        }
        for (int pass = 0; pass < 2; ++pass) {
          const auto t0 = Clock::now();
          const double c0 = cpu_seconds();
          double sum = 0;
          for (const auto& [a, b] : docs) sum += (*scorer)->score(a, {0, a.tokens.size()}, b, {0, b.tokens.size()}).score;
          wall[use_cache][k][pass].push_back(seconds_since(t0));
          cpu[use_cache][k][pass].push_back(cpu_seconds() - c0);
          if (rep == 0 && pass == 0) checksum[use_cache][k] = sum;
        }
      }
    }
  }
  const double n = static_cast<double>(docs.size());
  for (int k = 0; k < 2; ++k) {
    for (const int use_cache : {0, 1}) {
      const auto& w = wall[use_cache][k];
      const auto& u = cpu[use_cache][k];
      if (w[0].empty()) continue;
      std::printf("%-8s %-6s %.0f pairs/s first pass, %.0f warm; by CPU time %.0f first, %.0f warm "
                  "(%zu pairs, medians of %d fresh instances; checksum %.3f)\n",
                  kScorers[k], use_cache ? "cache" : "text", n / median(w[0]), n / median(w[1]), n / median(u[0]),
                  n / median(u[1]), docs.size(), kReps, checksum[use_cache][k]);
    }
  }
  remove_tree(dir);
}

// ----------------------------------------------------------------- (5) CLI

void bench_cli(const Config& c) {
  std::printf("\n== The transdrift program (wall time, process start to exit) ==\n");
  if (c.cli.empty() || access(c.cli.c_str(), X_OK) != 0) {
    std::printf("skipped: no transdrift executable (--cli PATH)\n");
    return;
  }
  const std::string orig = c.corpus + "/original.txt", retr = c.corpus + "/retranslated.txt";
  if (access(orig.c_str(), R_OK) == 0 && access(retr.c_str(), R_OK) == 0) {
    // With the WordNet cache (in $TRANSDRIFT_CACHE_DIR, set to a temporary
    // directory for this run), and with the cache turned off.
    const std::string dir = make_temp_dir();
    const char* old_dir = std::getenv("TRANSDRIFT_CACHE_DIR");
    const std::string saved_dir = old_dir != nullptr ? old_dir : "";
    setenv("TRANSDRIFT_CACHE_DIR", dir.c_str(), 1);
    for (const bool use_cache : {true, false}) {
      if (!use_cache) setenv("TRANSDRIFT_WORDNET_CACHE", "off", 1);
      std::vector<double> t, cpu_t;
      double first = 0;
      int status = 0;
      for (int i = 0; i < c.runs + 1; ++i) {
        double cpu = 0;
        const double s = run_process({c.cli, "diff", orig, retr, "--color", "never"}, nullptr, &status, &cpu);
        if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
          std::printf("diff failed (status %d)\n", status);
          break;
        }
        if (i == 0) first = s;
        if (i > 0) {  // the first run warms the page cache (and builds the WordNet cache)
          t.push_back(s);
          cpu_t.push_back(cpu);
        }
      }
      if (!t.empty())
        std::printf("diff %-10s median %.1f ms, min %.1f ms, max %.1f ms over %zu runs; CPU median %.1f ms; "
                    "first run %.1f ms (%s)\n",
                    use_cache ? "(cache)" : "(text)", median(t) * 1e3, *std::min_element(t.begin(), t.end()) * 1e3,
                    *std::max_element(t.begin(), t.end()) * 1e3, t.size(), median(cpu_t) * 1e3, first * 1e3,
                    c.corpus.c_str());
    }
    unsetenv("TRANSDRIFT_WORDNET_CACHE");
    if (old_dir != nullptr) {
      setenv("TRANSDRIFT_CACHE_DIR", saved_dir.c_str(), 1);
    } else {
      unsetenv("TRANSDRIFT_CACHE_DIR");
    }
    remove_tree(dir);
  } else {
    std::printf("diff            skipped: %s not found\n", orig.c_str());
  }

  const std::string textberg = c.data + "/align/textberg-dev";
  if (access(textberg.c_str(), R_OK) != 0) {
    std::printf("bench-align     skipped: %s not found\n", textberg.c_str());
    return;
  }
  std::vector<double> wall;
  std::map<std::string, std::vector<double>> per_condition;
  for (int i = 0; i < 5; ++i) {
    std::string out;
    int status = 0;
    const double s =
        run_process({c.cli, "bench-align", textberg, "--aligner", "vector", "--format", "json"}, &out, &status);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::printf("bench-align failed (status %d)\n", status);
      return;
    }
    wall.push_back(s);
    const auto j = nlohmann::json::parse(out, nullptr, false);
    if (j.is_discarded()) continue;
    for (const auto& row : j["rows"]) per_condition[row["condition"].get<std::string>()].push_back(row["seconds"].get<double>());
  }
  std::printf("bench-align     whole command median %.3f s over %zu runs (6 conditions, vector; start-up included)\n",
              median(wall), wall.size());
  std::vector<double> medians;
  for (const auto& [cond, secs] : per_condition) {
    medians.push_back(median(secs));
    std::printf("  %-18s align %.3f s (median)\n", cond.c_str(), medians.back());
  }
  // One condition per command, as hunalign is timed: start-up, reading, aligning, scoring.
  {
    const std::string dir = textberg + "/de-google";
    std::vector<double> one;
    for (int i = 0; i < 5; ++i) {
      std::string out;
      int status = 0;
      const double s = run_process({c.cli, "bench-align", "--gold", dir + "/doc0.gold", "--original", dir + "/doc0.src",
                                    "--retranslated", dir + "/doc0.tgt", "--aligner", "vector"},
                                   &out, &status);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) break;
      one.push_back(s);
    }
    if (!one.empty())
      std::printf("bench-align     one condition (de-google, --gold/--original/--retranslated) median %.3f s over %zu runs\n",
                  median(one), one.size());
  }
  if (!medians.empty()) {
    double sum = 0;
    for (double m : medians) sum += m;
    std::printf("  per condition   mean align %.3f s; whole command / conditions %.3f s (hunalign: 0.16 s)\n",
                sum / static_cast<double>(medians.size()), median(wall) / static_cast<double>(medians.size()));
  }
}

int usage() {
  std::cerr << "usage: bench_perf [--data DIR] [--corpus DIR] [--cli PATH] [--runs N] [--sections LIST]\n"
               "                  [--aligners NAME:SIZE,SIZE;NAME:SIZE] [--timeout SECONDS] [--seed N]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Config c;
  std::string child_aligner;
  std::size_t child_size = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : std::string(); };
    if (arg == "--data") c.data = next();
    else if (arg == "--corpus") c.corpus = next();
    else if (arg == "--cli") c.cli = next();
    else if (arg == "--runs") c.runs = std::max(1, std::atoi(next().c_str()));
    else if (arg == "--timeout") c.timeout = static_cast<unsigned>(std::atoi(next().c_str()));
    else if (arg == "--seed") c.seed = std::strtoull(next().c_str(), nullptr, 10);
    else if (arg == "--sections") c.sections = split(next(), ',');
    else if (arg == "--aligners") {
      c.aligners.clear();
      for (const auto& spec : split(next(), ';')) {
        const auto colon = spec.find(':');
        std::vector<std::size_t> sizes;
        if (colon != std::string::npos)
          for (const auto& s : split(spec.substr(colon + 1), ',')) sizes.push_back(std::strtoull(s.c_str(), nullptr, 10));
        c.aligners.emplace_back(spec.substr(0, colon), sizes);
      }
    } else if (arg == "--child" && i + 2 < argc) {
      child_aligner = argv[++i];
      child_size = std::strtoull(argv[++i], nullptr, 10);
    } else {
      return usage();
    }
  }
  if (!child_aligner.empty()) return run_child(c, child_aligner, child_size);

  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  std::printf("bench_perf: data %s, corpus %s, cli %s\n", c.data.c_str(), c.corpus.c_str(), c.cli.c_str());
  if (c.has("wordnet")) bench_wordnet(c);
  if (c.has("segment")) bench_segment(c);
  if (c.has("align")) bench_align(c);
  if (c.has("score")) bench_score(c);
  if (c.has("cli")) bench_cli(c);
  return 0;
}
