#include "volume/SkinMask.h"

#include "volume/Histogram.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace scanshield::volume {

namespace {

// Mask states while the passes run. Each pass turns one state into another, so no second
// 80 MB buffer of labels is needed for a 512x512x300 volume.
constexpr std::uint8_t kAir = 0;
constexpr std::uint8_t kTissue = 1;
constexpr std::uint8_t kSeen = 2;   // tissue already visited by the component search
constexpr std::uint8_t kOutside = 2; // air reachable from the volume's edge (hole filling)

struct Dims {
    int w, h, d;
    std::size_t row() const { return std::size_t(w); }
    std::size_t plane() const { return std::size_t(w) * std::size_t(h); }
    std::size_t index(int i, int j, int k) const { return std::size_t(i) + row() * std::size_t(j) + plane() * std::size_t(k); }
};

// The part of the volume a pass works in (inclusive bounds). Every pass stays inside the box
// of what it can change, because a CT is mostly air: a 512x512x300 head scan is 79 million
// voxels of which the head and its box are about half.
struct Box {
    int i0 = 0, i1 = -1, j0 = 0, j1 = -1, k0 = 0, k1 = -1;

    bool isEmpty() const { return i1 < i0 || j1 < j0 || k1 < k0; }
    Box grown(const Dims& dims) const
    {
        return {std::max(i0 - 1, 0), std::min(i1 + 1, dims.w - 1), std::max(j0 - 1, 0),
                std::min(j1 + 1, dims.h - 1), std::max(k0 - 1, 0), std::min(k1 + 1, dims.d - 1)};
    }
    void include(int first, int last, int j, int k)
    {
        if (isEmpty()) {
            *this = {first, last, j, j, k, k};
            return;
        }
        i0 = std::min(i0, first), i1 = std::max(i1, last);
        j0 = std::min(j0, j), j1 = std::max(j1, j);
        k0 = std::min(k0, k), k1 = std::max(k1, k);
    }
};

struct Seed {
    int i, j, k;
};

// Scan-line flood fill with 6-connectivity: fills the run of `from` voxels through each seed
// along i, then pushes one seed per run of `from` in the four neighbouring rows. An explicit
// stack of runs, never recursion: a head is tens of millions of voxels, and the stack of runs
// stays small (thousands) where a voxel-by-voxel queue would hold millions.
std::size_t fillRegion(std::vector<std::uint8_t>& grid, const Dims& dims, const Box& box, std::vector<Seed>& stack,
                       std::uint8_t from, std::uint8_t to)
{
    std::size_t filled = 0;
    while (!stack.empty()) {
        const Seed s = stack.back();
        stack.pop_back();
        std::uint8_t* row = grid.data() + dims.index(0, s.j, s.k);
        if (row[s.i] != from)
            continue;
        int left = s.i;
        while (left > box.i0 && row[left - 1] == from)
            --left;
        int right = s.i;
        while (right < box.i1 && row[right + 1] == from)
            ++right;
        std::fill(row + left, row + right + 1, to);
        filled += std::size_t(right - left + 1);

        const Seed neighbours[4] = {{0, s.j - 1, s.k}, {0, s.j + 1, s.k}, {0, s.j, s.k - 1}, {0, s.j, s.k + 1}};
        for (const Seed& n : neighbours) {
            if (n.j < box.j0 || n.j > box.j1 || n.k < box.k0 || n.k > box.k1)
                continue;
            const std::uint8_t* other = grid.data() + dims.index(0, n.j, n.k);
            for (int i = left; i <= right; ++i) {
                if (other[i] == from && (i == left || other[i - 1] != from))
                    stack.push_back({i, n.j, n.k});
            }
        }
    }
    return filled;
}

std::uint64_t load8(const std::uint8_t* p)
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

// One row of out = in combined with its six neighbours (OR: dilation, AND: erosion), for i in
// [first, last]. Neighbours outside the volume are ignored, so a head cut by the edge of the
// scan is not eaten away there. Mask bytes are 0 or 1, so OR and AND of 64-bit words combine
// eight voxels at a time.
template <bool kDilate>
void morphRow(const std::uint8_t* c, const std::uint8_t* const (&others)[4], std::uint8_t* o, int first, int last, int w)
{
    auto combine = [](auto a, auto b) { return kDilate ? (a | b) : (a & b); };
    auto one = [&](int x) {
        std::uint8_t v = c[x];
        if (x > 0)
            v = std::uint8_t(combine(v, c[x - 1]));
        if (x + 1 < w)
            v = std::uint8_t(combine(v, c[x + 1]));
        for (const std::uint8_t* n : others)
            if (n)
                v = std::uint8_t(combine(v, n[x]));
        o[x] = v;
    };
    int i = first;
    if (i == 0)
        one(i++);
    const int wordsEnd = std::min(last + 1, w - 1); // bytes [i, i + 8) need c[i + 8] too
    for (; i + 8 <= wordsEnd; i += 8) {
        std::uint64_t v = combine(combine(load8(c + i), load8(c + i - 1)), load8(c + i + 1));
        for (const std::uint8_t* n : others)
            if (n)
                v = combine(v, load8(n + i));
        std::memcpy(o + i, &v, 8);
    }
    for (; i <= last; ++i)
        one(i);
}

template <bool kDilate>
void morph6(const std::vector<std::uint8_t>& in, std::vector<std::uint8_t>& out, const Dims& dims, const Box& box)
{
    for (int k = box.k0; k <= box.k1; ++k)
        for (int j = box.j0; j <= box.j1; ++j) {
            const std::size_t base = dims.index(0, j, k);
            const std::uint8_t* c = in.data() + base;
            const std::uint8_t* const others[4] = {
                j > 0 ? c - dims.row() : nullptr, j + 1 < dims.h ? c + dims.row() : nullptr,
                k > 0 ? c - dims.plane() : nullptr, k + 1 < dims.d ? c + dims.plane() : nullptr};
            morphRow<kDilate>(c, others, out.data() + base, box.i0, box.i1, dims.w);
        }
}

// Closing: dilation then erosion. `box` holds all tissue grown by a voxel, so nothing either
// step could change lies outside it.
void close6(std::vector<std::uint8_t>& grid, std::vector<std::uint8_t>& spare, const Dims& dims, const Box& box)
{
    morph6<true>(grid, spare, dims, box);
    morph6<false>(spare, grid, dims, box);
}

// dst = dst combined with src (OR: dilation, AND: erosion) over n voxels, eight at a time.
template <bool kDilate>
void combineInto(std::uint8_t* dst, const std::uint8_t* src, int n)
{
    int x = 0;
    for (; x + 8 <= n; x += 8) {
        const std::uint64_t a = load8(dst + x), b = load8(src + x);
        const std::uint64_t v = kDilate ? (a | b) : (a & b);
        std::memcpy(dst + x, &v, 8);
    }
    for (; x < n; ++x)
        dst[x] = kDilate ? std::uint8_t(dst[x] | src[x]) : std::uint8_t(dst[x] & src[x]);
}

// One axis of a box-shaped erosion (AND) or dilation (OR) of radius r voxels, over `box`:
// out = in combined over [-r, r] along the axis. Neighbours outside the volume are ignored.
template <bool kDilate>
void boxPass(const std::vector<std::uint8_t>& in, std::vector<std::uint8_t>& out, const Dims& dims, const Box& box,
             int axis, int r)
{
    const int n = box.i1 - box.i0 + 1;
    for (int k = box.k0; k <= box.k1; ++k)
        for (int j = box.j0; j <= box.j1; ++j) {
            const std::size_t base = dims.index(box.i0, j, k);
            const std::uint8_t* c = in.data() + base;
            std::uint8_t* o = out.data() + base;
            std::copy(c, c + n, o);
            for (int d = -r; d <= r; ++d) {
                if (d == 0)
                    continue;
                if (axis == 0) { // the same row, shifted; only where the shift stays inside it
                    const int lo = std::max(0, -(box.i0 + d));
                    const int hi = std::min(n, dims.w - (box.i0 + d));
                    if (hi > lo)
                        combineInto<kDilate>(o + lo, c + lo + d, hi - lo);
                    continue;
                }
                const int jj = axis == 1 ? j + d : j, kk = axis == 2 ? k + d : k;
                if (jj >= 0 && jj < dims.h && kk >= 0 && kk < dims.d)
                    combineInto<kDilate>(o, in.data() + dims.index(box.i0, jj, kk), n);
            }
        }
}

// A box-shaped erosion or dilation with a radius per axis, one separable pass per axis. Both
// buffers are air outside `box`, and stay so.
template <bool kDilate>
void boxMorph(std::vector<std::uint8_t>& grid, std::vector<std::uint8_t>& spare, const Dims& dims, const Box& box,
              const std::array<int, 3>& radius)
{
    for (int axis = 0; axis < 3; ++axis) {
        if (radius[std::size_t(axis)] == 0)
            continue;
        boxPass<kDilate>(grid, spare, dims, box, axis, radius[std::size_t(axis)]);
        grid.swap(spare);
    }
}

// Keeps the largest 6-connected body of tissue as kTissue, everything else becomes air.
// Each body is filled once to measure it; then the smaller ones, usually specks, are filled
// back to air, which is far cheaper than filling the head a second time.
void keepLargestComponent(std::vector<std::uint8_t>& grid, const Dims& dims, const Box& box)
{
    std::vector<Seed> stack;
    std::vector<std::pair<std::size_t, Seed>> bodies;
    for (int k = box.k0; k <= box.k1; ++k)
        for (int j = box.j0; j <= box.j1; ++j) {
            const std::uint8_t* row = grid.data() + dims.index(0, j, k);
            const std::uint8_t* end = row + box.i1 + 1;
            for (const std::uint8_t* p = row + box.i0; (p = std::find(p, end, kTissue)) != end;) {
                const Seed seed{int(p - row), j, k};
                stack.push_back(seed);
                bodies.emplace_back(fillRegion(grid, dims, box, stack, kTissue, kSeen), seed);
            }
        }
    const auto largest = std::max_element(bodies.begin(), bodies.end(),
                                          [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto body = bodies.begin(); body != bodies.end(); ++body)
        if (body != largest) {
            stack.push_back(body->second);
            fillRegion(grid, dims, box, stack, kSeen, kAir);
        }
    for (int k = box.k0; k <= box.k1; ++k)
        for (int j = box.j0; j <= box.j1; ++j) {
            std::uint8_t* row = grid.data() + dims.index(0, j, k);
            for (int i = box.i0; i <= box.i1; ++i)
                row[i] = row[i] == kSeen ? kTissue : kAir;
        }
}

// The box of the tissue in `box`.
Box tissueBox(const std::vector<std::uint8_t>& grid, const Dims& dims, const Box& box)
{
    Box found;
    for (int k = box.k0; k <= box.k1; ++k)
        for (int j = box.j0; j <= box.j1; ++j) {
            const std::uint8_t* row = grid.data() + dims.index(0, j, k);
            const std::uint8_t* end = row + box.i1 + 1;
            const std::uint8_t* first = std::find(row + box.i0, end, kTissue);
            if (first == end)
                continue;
            int last = box.i1;
            while (row[last] != kTissue)
                --last;
            found.include(int(first - row), last, j, k);
        }
    return found;
}

// Air that cannot reach the edge of the volume is inside the head: make it tissue. `box` is
// the head's box grown by a voxel: air outside it reaches the edge anyway, and so does the air
// on its faces unless the head itself touches the edge of the volume there.
void fillCavities(std::vector<std::uint8_t>& grid, const Dims& dims, const Box& box)
{
    std::vector<Seed> stack;
    auto seed = [&](int i, int j, int k) {
        if (grid[dims.index(i, j, k)] == kAir) {
            stack.push_back({i, j, k});
            fillRegion(grid, dims, box, stack, kAir, kOutside);
        }
    };
    for (int k = box.k0; k <= box.k1; ++k)
        for (int j = box.j0; j <= box.j1; ++j) {
            if (k == box.k0 || k == box.k1 || j == box.j0 || j == box.j1) {
                for (int i = box.i0; i <= box.i1; ++i)
                    seed(i, j, k);
            } else {
                seed(box.i0, j, k);
                seed(box.i1, j, k);
            }
        }
    for (int k = box.k0; k <= box.k1; ++k)
        for (int j = box.j0; j <= box.j1; ++j) {
            std::uint8_t* row = grid.data() + dims.index(0, j, k);
            for (int i = box.i0; i <= box.i1; ++i)
                row[i] = row[i] == kOutside ? kAir : kTissue;
        }
}

void measure(SkinMask& mask, const Dims& dims, const Box& box)
{
    const Box head = tissueBox(mask.inside, dims, box);
    mask.voxelCount = 0;
    if (head.isEmpty())
        return;
    for (int k = head.k0; k <= head.k1; ++k)
        for (int j = head.j0; j <= head.j1; ++j) {
            const std::uint8_t* row = mask.inside.data() + dims.index(0, j, k);
            mask.voxelCount += std::size_t(std::count(row + head.i0, row + head.i1 + 1, kTissue));
        }
    mask.minI = head.i0, mask.maxI = head.i1;
    mask.minJ = head.j0, mask.maxJ = head.j1;
    mask.minK = head.k0, mask.maxK = head.k1;
}

// Cuts the head loose from thin things that touch it: the side walls of a CT head holder
// (plastic 2-3 mm thick, touching an ear or a cushion), a blanket, MRI noise grains stuck to
// the skin. An opening (erosion, then dilation) with a box of kDetachMm, rounded down to whole
// voxels on each axis, wipes out everything thinner than about twice that; the largest body
// left is the head; then the head's own thin parts (the rims of the ears) are given back
// where they lie within the same distance of it. Rounding down keeps a 1 mm MRI at one voxel
// (ears survive) and never erodes across a thick slice.
constexpr double kDetachMm = 1.5;

void detachThinStructures(std::vector<std::uint8_t>& grid, std::vector<std::uint8_t>& spare, const Dims& dims,
                          const Box& box, const Vec3& spacing)
{
    std::array<int, 3> radius{};
    for (std::size_t a = 0; a < 3; ++a)
        radius[a] = spacing[a] > 0 ? int(std::floor(kDetachMm / spacing[a] + 1e-6)) : 0;
    if (radius == std::array<int, 3>{0, 0, 0})
        return;
    std::vector<std::uint8_t> body = grid;
    boxMorph<false>(body, spare, dims, box, radius);
    boxMorph<true>(body, spare, dims, box, radius);
    keepLargestComponent(body, dims, box);
    boxMorph<true>(body, spare, dims, box, radius);
    for (int k = box.k0; k <= box.k1; ++k)
        for (int j = box.j0; j <= box.j1; ++j) {
            const std::size_t base = dims.index(box.i0, j, k);
            combineInto<false>(grid.data() + base, body.data() + base, box.i1 - box.i0 + 1);
        }
}

// Histogram of all values, one bin per int16 value: 256 KB, and no binning choices to get wrong.
std::vector<std::size_t> histogram(const Volume& volume)
{
    std::vector<std::size_t> counts(65536, 0);
    for (std::int16_t v : volume.values)
        ++counts[std::size_t(int(v) + 32768)];
    return counts;
}

double otsuOnHistogram(const std::vector<std::size_t>& counts, std::size_t total)
{
    const auto [first, last] = trimmedBinRange(counts, total);

    double sumAll = 0, countAll = 0;
    for (int b = first; b <= last; ++b) {
        sumAll += double(counts[std::size_t(b)]) * b;
        countAll += double(counts[std::size_t(b)]);
    }
    double bestScore = -1, best = first;
    double sumBelow = 0, countBelow = 0;
    for (int b = first; b < last; ++b) {
        sumBelow += double(counts[std::size_t(b)]) * b;
        countBelow += double(counts[std::size_t(b)]);
        const double countAbove = countAll - countBelow;
        if (countBelow == 0 || countAbove == 0)
            continue;
        const double meanBelow = sumBelow / countBelow;
        const double meanAbove = (sumAll - sumBelow) / countAbove;
        const double score = countBelow * countAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (score > bestScore) {
            bestScore = score;
            best = b;
        }
    }
    return best + 0.5 - 32768; // between bin `best` (below) and the next one (above)
}

// The 1-2-1 smoothing of MRI values along each axis in turn (edges clamped).
std::vector<std::int16_t> smoothed(const Volume& volume)
{
    const Dims dims{volume.width, volume.height, volume.depth};
    std::vector<std::int16_t> a = volume.values, b(a.size());
    const std::size_t strides[3] = {1, dims.row(), dims.plane()};
    const int sizes[3] = {dims.w, dims.h, dims.d};
    for (int axis = 0; axis < 3; ++axis) {
        if (sizes[axis] < 2)
            continue;
        const std::size_t stride = strides[axis];
        for (int k = 0; k < dims.d; ++k)
            for (int j = 0; j < dims.h; ++j)
                for (int i = 0; i < dims.w; ++i) {
                    const std::size_t at = dims.index(i, j, k);
                    const int position = axis == 0 ? i : (axis == 1 ? j : k);
                    const int before = a[position > 0 ? at - stride : at];
                    const int after = a[position + 1 < sizes[axis] ? at + stride : at];
                    b[at] = std::int16_t((before + 2 * int(a[at]) + after + 2) >> 2);
                }
        a.swap(b);
    }
    return a;
}

} // namespace

SkinField skinField(const Volume& volume, const SkinMask& mask)
{
    const bool smooth = !mask.smoothedValues.empty() && mask.smoothedValues.size() == volume.values.size();
    return {smooth ? mask.smoothedValues.data() : volume.values.data(), volume.width, volume.height, volume.depth};
}

bool looksLikeCt(const Volume& volume)
{
    if (volume.modality.compare(QLatin1String("CT"), Qt::CaseInsensitive) == 0)
        return true;
    if (!volume.modality.isEmpty())
        return false;
    // No modality: CT values reach down to air near -1000 HU, MRI values are never negative.
    const auto lowest = std::min_element(volume.values.begin(), volume.values.end());
    return lowest != volume.values.end() && *lowest <= -900;
}

double otsuThreshold(const Volume& volume)
{
    if (volume.values.empty())
        return 0;
    return otsuOnHistogram(histogram(volume), volume.values.size());
}

double skinThreshold(const Volume& volume)
{
    if (looksLikeCt(volume))
        return kCtSkinThresholdHu;
    if (volume.values.empty())
        return 0;
    // Otsu's cut separates the background (air, noise, ghosts) from the head, but it lands
    // among the tissue values; the skin's partial-volume edge and the thin scalp over the
    // forehead are darker, and cutting there leaves holes in the face. So the cut goes just
    // above the background noise instead: the mean plus three standard deviations of the
    // values below the cut, recomputed with each new cut until it settles (every step drops
    // some of the dark tissue that Otsu's lower class still held, until only noise is left).
    // Then a sixth of the way on toward Otsu's cut: the background is not evenly noisy, and
    // its brightest corners (near the coils, at the edge of the field of view) would still
    // stick grains to the neck. Never above Otsu's cut, nor below a tenth of it: a background
    // of exact zeros has no noise to measure.
    const std::vector<std::size_t> counts = histogram(volume);
    const double otsu = otsuOnHistogram(counts, volume.values.size());
    double cut = otsu;
    for (int step = 0; step < 50; ++step) {
        double n = 0, sum = 0, sumSquares = 0;
        for (int b = 0; b < 65536 && b - 32768 < cut; ++b) {
            const double c = double(counts[std::size_t(b)]);
            const double v = b - 32768;
            n += c;
            sum += c * v;
            sumSquares += c * v * v;
        }
        if (n == 0)
            break;
        const double mean = sum / n;
        const double next = mean + 3.0 * std::sqrt(std::max(0.0, sumSquares / n - mean * mean));
        const bool settled = std::abs(next - cut) < 0.5;
        cut = next;
        if (settled)
            break;
    }
    cut += (otsu - cut) / 6.0;
    return std::clamp(cut, std::min(0.1 * otsu, otsu), otsu);
}

SkinMask makeSkinMask(const Volume& volume) { return makeSkinMask(volume, skinThreshold(volume)); }

SkinMask makeSkinMask(const Volume& volume, double threshold)
{
    SkinMask mask;
    mask.width = volume.width;
    mask.height = volume.height;
    mask.depth = volume.depth;
    mask.threshold = threshold;
    if (volume.isEmpty() || volume.values.size() != volume.indexOf(0, 0, volume.depth))
        return mask;
    const Dims dims{volume.width, volume.height, volume.depth};

    // Inside when strictly above the cut; compared as integers, and the box of what is
    // inside noted on the way, row by row.
    if (!looksLikeCt(volume))
        mask.smoothedValues = smoothed(volume);
    const std::vector<std::int16_t>& values = mask.smoothedValues.empty() ? volume.values : mask.smoothedValues;
    const int cut = int(std::floor(std::clamp(threshold, -40000.0, 40000.0)));
    mask.inside.assign(volume.values.size(), kAir);
    Box tissue;
    for (int k = 0; k < dims.d; ++k)
        for (int j = 0; j < dims.h; ++j) {
            const std::size_t base = dims.index(0, j, k);
            const std::int16_t* in = values.data() + base;
            std::uint8_t* out = mask.inside.data() + base;
            int first = -1, last = -1;
            for (int i = 0; i < dims.w; ++i) {
                out[i] = std::uint8_t(in[i] > cut);
                if (out[i]) {
                    last = i;
                    if (first < 0)
                        first = i;
                }
            }
            if (first >= 0)
                tissue.include(first, last, j, k);
        }
    if (tissue.isEmpty())
        return mask;

    const Box work = tissue.grown(dims); // the closing can add a voxel around the tissue
    std::vector<std::uint8_t> spare(mask.inside.size(), kAir);
    detachThinStructures(mask.inside, spare, dims, work, volume.spacing);
    close6(mask.inside, spare, dims, work);
    keepLargestComponent(mask.inside, dims, work);
    const Box head = tissueBox(mask.inside, dims, work).grown(dims);
    fillCavities(mask.inside, dims, head);
    measure(mask, dims, head);
    return mask;
}

} // namespace scanshield::volume
