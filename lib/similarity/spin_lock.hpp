// SpinLock: the lock of the scorers' memos and the lexicon's caches.
#pragma once

#include <atomic>
#include <thread>

namespace transdrift {

// A lock for critical sections of a few dozen instructions (a hash probe or
// an insert), taken hundreds of thousands of times per first pass over a
// few thousand sentence pairs, almost always uncontended. std::mutex
// (pthread_mutex_lock and _unlock, out of line) cost about 50 instructions
// per section, 3 % of a first pass; this costs one atomic exchange and one
// store. A waiting thread spins on a plain load and yields after a few
// tries, so a holder that was preempted is not starved. Meets Lockable, for
// std::lock_guard.
class SpinLock {
 public:
  void lock() noexcept {
    for (int tries = 0; flag_.exchange(true, std::memory_order_acquire); ++tries) {
      while (flag_.load(std::memory_order_relaxed)) {
        if (++tries > 64) std::this_thread::yield();
      }
    }
  }
  bool try_lock() noexcept {
    return !flag_.load(std::memory_order_relaxed) && !flag_.exchange(true, std::memory_order_acquire);
  }
  void unlock() noexcept { flag_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> flag_{false};
};

}  // namespace transdrift
