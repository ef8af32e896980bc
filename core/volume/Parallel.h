#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace scanshield::volume {

// Runs work(item) for item 0..count-1 on every core, each thread taking the next item nobody
// has taken. Items (slices, lines) must be independent, so that the result never depends on
// the number of threads.
template <typename Work>
void forEachInParallel(int count, const Work& work)
{
    const int workers = std::clamp(int(std::thread::hardware_concurrency()), 1, std::max(1, count));
    std::atomic_int next{0};
    auto run = [&] {
        for (int item = next++; item < count; item = next++)
            work(item);
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(run);
    run();
    for (std::thread& t : threads)
        t.join();
}

} // namespace scanshield::volume
