#pragma once

#include <cstddef>
#include <vector>

namespace scanshield::volume {

// Bins of a histogram of 16-bit values, one bin per value (bin = value + 32768).
struct BinRange {
    int first = 0;
    int last = 65535;
};

// The bins that hold the values but the brightest 0.1 %: a few hot voxels (metal, vessels with
// contrast, fat, flow artefacts) would otherwise stretch the range and pull a threshold found
// on it (Otsu's) toward them. `total`: the number of values counted.
inline BinRange trimmedBinRange(const std::vector<std::size_t>& counts, std::size_t total)
{
    BinRange range;
    while (range.first < 65535 && counts[std::size_t(range.first)] == 0)
        ++range.first;
    std::size_t above = 0;
    while (range.last > range.first && above + counts[std::size_t(range.last)] <= total / 1000)
        above += counts[std::size_t(range.last--)];
    return range;
}

} // namespace scanshield::volume
