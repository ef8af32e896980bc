#include "volume/BrainMask.h"

#include "volume/Histogram.h"
#include "volume/Parallel.h"
#include "volume/VectorMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "BrainMask" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class BrainMaskText {
    Q_DECLARE_TR_FUNCTIONS(BrainMask)
};

// ---------------------------------------------------------------------------------------------
// The working grid: cells of f[0] x f[1] x f[2] voxels, about kBrainGridMm wide. A brain is
// 1.2 litres: at 1.5 mm that is a few hundred thousand cells, which the distance transforms and
// flood fills below handle in a fraction of a second, where the 80 million voxels of a
// thin-slice CT would take many seconds and gigabytes. After the candidate cells are known,
// the grid is cropped to their box (`origin` is the box's first cell).

struct Grid {
    int w = 0, h = 0, d = 0;
    int f[3] = {1, 1, 1};
    double mm[3] = {1, 1, 1}; // cell size along i, j, k
    int origin[3] = {0, 0, 0};

    std::size_t size() const { return std::size_t(w) * std::size_t(h) * std::size_t(d); }
    std::size_t plane() const { return std::size_t(w) * std::size_t(h); }
    std::size_t index(int i, int j, int k) const
    {
        return std::size_t(i) + std::size_t(w) * (std::size_t(j) + std::size_t(h) * std::size_t(k));
    }
    int extent(int axis) const { return axis == 0 ? w : axis == 1 ? h : d; }
    std::size_t stride(int axis) const { return axis == 0 ? 1 : axis == 1 ? std::size_t(w) : plane(); }
    bool isFine() const { return f[0] == 1 && f[1] == 1 && f[2] == 1; }
    void coordinates(std::size_t n, int& i, int& j, int& k) const
    {
        i = int(n % std::size_t(w));
        j = int((n / std::size_t(w)) % std::size_t(h));
        k = int(n / plane());
    }
};

Grid gridFor(const Volume& volume)
{
    Grid g;
    const int n[3] = {volume.width, volume.height, volume.depth};
    for (int a = 0; a < 3; ++a) {
        const double s = volume.spacing[std::size_t(a)] > 0 ? volume.spacing[std::size_t(a)] : 1.0;
        // The largest whole cell that stays within 10 % of the grid size: 1 mm MRI voxels stay
        // as they are, 0.5 mm CT pixels are taken three by three.
        g.f[a] = std::max(1, int(std::floor(1.1 * kBrainGridMm / s)));
        g.mm[a] = s * g.f[a];
    }
    g.w = (n[0] + g.f[0] - 1) / g.f[0];
    g.h = (n[1] + g.f[1] - 1) / g.f[1];
    g.d = (n[2] + g.f[2] - 1) / g.f[2];
    return g;
}

// The cell column of each voxel column: a table, because a division per voxel costs more than
// everything else these passes do over 80 million voxels.
std::vector<int> cellOfColumn(const Grid& g, int width)
{
    std::vector<int> cell(static_cast<std::size_t>(width));
    for (int i = 0; i < width; ++i)
        cell[std::size_t(i)] = i / g.f[0];
    return cell;
}

// Inclusive cell box.
struct Box {
    int lo[3] = {0, 0, 0};
    int hi[3] = {-1, -1, -1};
    bool isEmpty() const { return hi[0] < lo[0]; }
};

Box boxOf(const std::vector<std::uint8_t>& set, const Grid& g)
{
    Box box;
    bool any = false;
    for (int k = 0; k < g.d; ++k)
        for (int j = 0; j < g.h; ++j) {
            const std::uint8_t* row = set.data() + g.index(0, j, k);
            const std::uint8_t* end = row + g.w;
            const std::uint8_t* first = std::find(row, end, std::uint8_t(1));
            if (first == end)
                continue;
            const std::uint8_t* last = end - 1;
            while (*last != 1)
                --last;
            const int at[3][2] = {{int(first - row), int(last - row)}, {j, j}, {k, k}};
            for (int a = 0; a < 3; ++a) {
                box.lo[a] = any ? std::min(box.lo[a], at[a][0]) : at[a][0];
                box.hi[a] = any ? std::max(box.hi[a], at[a][1]) : at[a][1];
            }
            any = true;
        }
    return box;
}

Box grown(const Box& box, const Grid& g)
{
    Box out = box;
    for (int a = 0; a < 3; ++a) {
        out.lo[a] = std::max(0, box.lo[a] - 1);
        out.hi[a] = std::min(g.extent(a) - 1, box.hi[a] + 1);
    }
    return out;
}

Grid cropped(const Grid& g, const Box& box)
{
    Grid c = g;
    c.w = box.hi[0] - box.lo[0] + 1;
    c.h = box.hi[1] - box.lo[1] + 1;
    c.d = box.hi[2] - box.lo[2] + 1;
    for (int a = 0; a < 3; ++a)
        c.origin[a] = g.origin[a] + box.lo[a];
    return c;
}

template <typename T>
std::vector<T> cropValues(const std::vector<T>& values, const Grid& from, const Grid& to)
{
    std::vector<T> out(to.size());
    for (int k = 0; k < to.d; ++k)
        for (int j = 0; j < to.h; ++j) {
            const T* src = values.data() + from.index(to.origin[0] - from.origin[0], j + to.origin[1] - from.origin[1],
                                                      k + to.origin[2] - from.origin[2]);
            std::copy(src, src + to.w, out.data() + to.index(0, j, k));
        }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Candidate tissue, cell by cell.

struct Candidates {
    std::vector<std::uint8_t> tissue; // the cell is mostly candidate tissue
    std::vector<std::uint8_t> bone;   // CT: the cell holds bone
};

// CT: a cell is candidate tissue when at least half its voxels are in the soft-tissue range
// and none is near bone density; it holds bone when any voxel is bone.
Candidates ctCandidates(const Volume& volume, const Grid& g)
{
    Candidates c;
    c.tissue.assign(g.size(), 0);
    c.bone.assign(g.size(), 0);
    const int low = int(std::ceil(kCtBrainLowHu)), high = int(std::floor(kCtBrainHighHu));
    const int nearBone = int(kCtNearBoneHu), bone = int(kCtBoneHu);
    const std::vector<int> column = cellOfColumn(g, volume.width);
    forEachInParallel(g.d, [&](int kc) {
        const std::size_t plane = g.plane();
        std::vector<std::uint32_t> soft(plane, 0), total(plane, 0);
        std::vector<std::uint8_t> dense(plane, 0), hard(plane, 0);
        const int k1 = std::min(volume.depth, (kc + 1) * g.f[2]);
        for (int k = kc * g.f[2]; k < k1; ++k)
            for (int j = 0; j < volume.height; ++j) {
                const std::int16_t* row = volume.values.data() + volume.indexOf(0, j, k);
                const std::size_t cellRow = std::size_t(j / g.f[1]) * std::size_t(g.w);
                for (int i = 0; i < volume.width; ++i) {
                    const int v = row[i];
                    const std::size_t cell = cellRow + std::size_t(column[std::size_t(i)]);
                    ++total[cell];
                    soft[cell] += std::uint32_t(v >= low && v <= high);
                    dense[cell] |= std::uint8_t(v > nearBone);
                    hard[cell] |= std::uint8_t(v > bone);
                }
            }
        const std::size_t base = plane * std::size_t(kc);
        for (std::size_t n = 0; n < plane; ++n) {
            c.tissue[base + n] = std::uint8_t(!dense[n] && total[n] > 0 && 2 * soft[n] >= total[n]);
            c.bone[base + n] = hard[n];
        }
    });
    return c;
}

// The lower of Otsu's two thresholds (three classes) of the values inside the head. On a T1
// MRI the classes are the dark (CSF, bone, air spaces), the middle (grey matter, muscle) and
// the bright (white matter, fat); the lower cut keeps grey and white matter together. (The
// single Otsu threshold of a head falls between grey and white matter and loses the cortex.)
// The brightest 0.1 % (fat, vessels, artefacts) are left out so they do not stretch the range.
double lowerOtsuInsideHead(const Volume& volume, const SkinMask& head)
{
    std::vector<std::size_t> counts(65536, 0);
    std::size_t total = 0;
    for (std::size_t n = 0; n < volume.values.size(); ++n)
        if (head.inside[n]) {
            ++counts[std::size_t(int(volume.values[n]) + 32768)];
            ++total;
        }
    if (total == 0)
        return 0;
    const auto [first, last] = trimmedBinRange(counts, total);

    // 256 bins over [first, last]: the search over two thresholds is quadratic in the bins.
    constexpr int kBins = 256;
    const double width = std::max(1.0, double(last - first + 1) / kBins);
    std::vector<double> n(kBins + 1, 0.0), s(kBins + 1, 0.0); // cumulative count and sum
    std::vector<double> binCount(kBins, 0.0), binSum(kBins, 0.0);
    for (int v = first; v <= last; ++v) {
        const int b = std::min(kBins - 1, int((v - first) / width));
        binCount[std::size_t(b)] += double(counts[std::size_t(v)]);
        binSum[std::size_t(b)] += double(counts[std::size_t(v)]) * v;
    }
    for (int b = 0; b < kBins; ++b) {
        n[std::size_t(b) + 1] = n[std::size_t(b)] + binCount[std::size_t(b)];
        s[std::size_t(b) + 1] = s[std::size_t(b)] + binSum[std::size_t(b)];
    }
    auto score = [&](int from, int to) { // n * mean^2 of bins [from, to)
        const double c = n[std::size_t(to)] - n[std::size_t(from)];
        const double m = s[std::size_t(to)] - s[std::size_t(from)];
        return c > 0 ? m * m / c : 0.0;
    };
    double best = -1;
    int bestLow = 1;
    for (int t1 = 1; t1 < kBins - 1; ++t1)
        for (int t2 = t1 + 1; t2 < kBins; ++t2) {
            const double between = score(0, t1) + score(t1, t2) + score(t2, kBins);
            if (between > best) {
                best = between;
                bestLow = t1;
            }
        }
    return first + bestLow * width - 0.5 - 32768; // values >= bin t1 are above the cut
}

// MRI: a cell is candidate tissue when at least half its voxels are inside the head and
// brighter than the threshold.
Candidates mriCandidates(const Volume& volume, const SkinMask& head, double threshold, const Grid& g)
{
    Candidates c;
    c.tissue.assign(g.size(), 0);
    const int cut = int(std::floor(threshold));
    const std::vector<int> column = cellOfColumn(g, volume.width);
    forEachInParallel(g.d, [&](int kc) {
        const std::size_t plane = g.plane();
        std::vector<std::uint32_t> bright(plane, 0), total(plane, 0);
        const int k1 = std::min(volume.depth, (kc + 1) * g.f[2]);
        for (int k = kc * g.f[2]; k < k1; ++k)
            for (int j = 0; j < volume.height; ++j) {
                const std::size_t at = volume.indexOf(0, j, k);
                const std::int16_t* row = volume.values.data() + at;
                const std::uint8_t* in = head.inside.data() + at;
                const std::size_t cellRow = std::size_t(j / g.f[1]) * std::size_t(g.w);
                for (int i = 0; i < volume.width; ++i) {
                    const std::size_t cell = cellRow + std::size_t(column[std::size_t(i)]);
                    ++total[cell];
                    bright[cell] += std::uint32_t(in[i] && row[i] > cut);
                }
            }
        const std::size_t base = plane * std::size_t(kc);
        for (std::size_t n = 0; n < plane; ++n)
            c.tissue[base + n] = std::uint8_t(total[n] > 0 && 2 * bright[n] >= total[n]);
    });
    return c;
}

// ---------------------------------------------------------------------------------------------
// Euclidean distances on the grid, in millimetres: Felzenszwalb and Huttenlocher's separable
// squared distance transform, one lower envelope of parabolas per line, axis after axis.

constexpr float kFar = std::numeric_limits<float>::infinity();

struct LineScratch {
    std::vector<int> v;
    std::vector<double> z, pos, val;
    explicit LineScratch(int n) : v(std::size_t(n) + 2), z(std::size_t(n) + 3), pos(std::size_t(n) + 2), val(std::size_t(n) + 2) {}
};

// One line in place: f[p] = min over q of (mm * (p - q))^2 + f[q]. With `edgesAreSites`, the
// cells just beyond both ends are sites at distance 0 (the edge of the scan is "not tissue").
void distanceLine(float* f, int n, double mm, bool edgesAreSites, LineScratch& s)
{
    int sites = 0;
    auto addSite = [&](double p, double value) {
        s.pos[std::size_t(sites)] = p;
        s.val[std::size_t(sites)] = value;
        ++sites;
    };
    if (edgesAreSites)
        addSite(-1.0, 0.0);
    for (int q = 0; q < n; ++q)
        if (f[q] != kFar)
            addSite(q, f[q]);
    if (edgesAreSites)
        addSite(n, 0.0);
    if (sites == 0)
        return; // all far, and it stays so
    const double m2 = mm * mm;
    int hull = 0;
    s.v[0] = 0;
    s.z[0] = -std::numeric_limits<double>::infinity();
    s.z[1] = std::numeric_limits<double>::infinity();
    for (int q = 1; q < sites; ++q) {
        const double pq = s.pos[std::size_t(q)], fq = s.val[std::size_t(q)] + m2 * pq * pq;
        double cross = 0;
        for (;;) {
            const int t = s.v[std::size_t(hull)];
            const double pt = s.pos[std::size_t(t)];
            // Where the parabola of site q overtakes the one of site t.
            cross = (fq - (s.val[std::size_t(t)] + m2 * pt * pt)) / (2.0 * m2 * (pq - pt));
            if (cross <= s.z[std::size_t(hull)] && hull > 0)
                --hull;
            else
                break;
        }
        ++hull;
        s.v[std::size_t(hull)] = q;
        s.z[std::size_t(hull)] = cross;
        s.z[std::size_t(hull) + 1] = std::numeric_limits<double>::infinity();
    }
    int h = 0;
    for (int p = 0; p < n; ++p) {
        while (s.z[std::size_t(h) + 1] < p)
            ++h;
        const int q = s.v[std::size_t(h)];
        const double dp = p - s.pos[std::size_t(q)];
        f[p] = float(m2 * dp * dp + s.val[std::size_t(q)]);
    }
}

// Squared distance (mm^2) from each cell to the nearest cell where `site` is set. Lines across
// the i axis are gathered into contiguous buffers plane by plane, so memory is read in order.
std::vector<float> squaredDistance(const std::vector<std::uint8_t>& site, const Grid& g, bool edgesAreSites)
{
    std::vector<float> d(g.size());
    for (std::size_t n = 0; n < d.size(); ++n)
        d[n] = site[n] ? 0.0f : kFar;
    forEachInParallel(g.d, [&](int k) { // along i
        LineScratch s(g.w);
        for (int j = 0; j < g.h; ++j)
            distanceLine(d.data() + g.index(0, j, k), g.w, g.mm[0], edgesAreSites, s);
    });
    forEachInParallel(g.d, [&](int k) { // along j, one plane k at a time
        LineScratch s(g.h);
        std::vector<float> lines(g.plane());
        float* plane = d.data() + g.index(0, 0, k);
        for (int j = 0; j < g.h; ++j)
            for (int i = 0; i < g.w; ++i)
                lines[std::size_t(i) * std::size_t(g.h) + std::size_t(j)] = plane[std::size_t(j) * std::size_t(g.w) + std::size_t(i)];
        for (int i = 0; i < g.w; ++i)
            distanceLine(lines.data() + std::size_t(i) * std::size_t(g.h), g.h, g.mm[1], edgesAreSites, s);
        for (int j = 0; j < g.h; ++j)
            for (int i = 0; i < g.w; ++i)
                plane[std::size_t(j) * std::size_t(g.w) + std::size_t(i)] = lines[std::size_t(i) * std::size_t(g.h) + std::size_t(j)];
    });
    forEachInParallel(g.h, [&](int j) { // along k, one row j at a time
        LineScratch s(g.d);
        std::vector<float> lines(std::size_t(g.w) * std::size_t(g.d));
        for (int k = 0; k < g.d; ++k) {
            const float* row = d.data() + g.index(0, j, k);
            for (int i = 0; i < g.w; ++i)
                lines[std::size_t(i) * std::size_t(g.d) + std::size_t(k)] = row[i];
        }
        for (int i = 0; i < g.w; ++i)
            distanceLine(lines.data() + std::size_t(i) * std::size_t(g.d), g.d, g.mm[2], edgesAreSites, s);
        for (int k = 0; k < g.d; ++k) {
            float* row = d.data() + g.index(0, j, k);
            for (int i = 0; i < g.w; ++i)
                row[i] = lines[std::size_t(i) * std::size_t(g.d) + std::size_t(k)];
        }
    });
    return d;
}

// ---------------------------------------------------------------------------------------------
// Pieces and cavities: 6-connected flood fills with an explicit stack, never recursion.

// Floods from every cell on the stack through cells where `passable` holds and `mark` is 0,
// setting `mark` to `value`; stays inside `box`.
template <typename Passable, typename Mark>
std::size_t flood(std::vector<std::size_t>& stack, const Grid& g, const Box& box, const Passable& passable,
                  std::vector<Mark>& mark, Mark value)
{
    std::size_t count = 0;
    while (!stack.empty()) {
        const std::size_t n = stack.back();
        stack.pop_back();
        ++count;
        int i, j, k;
        g.coordinates(n, i, j, k);
        auto visit = [&](bool inside, std::size_t m) {
            if (inside && !mark[m] && passable(m)) {
                mark[m] = value;
                stack.push_back(m);
            }
        };
        visit(i > box.lo[0], n - 1);
        visit(i < box.hi[0], n + 1);
        visit(j > box.lo[1], n - g.stride(1));
        visit(j < box.hi[1], n + g.stride(1));
        visit(k > box.lo[2], n - g.stride(2));
        visit(k < box.hi[2], n + g.stride(2));
    }
    return count;
}

Box wholeGrid(const Grid& g)
{
    Box b;
    b.hi[0] = g.w - 1, b.hi[1] = g.h - 1, b.hi[2] = g.d - 1;
    return b;
}

// Labels the pieces of `set` (1..n); returns each piece's cell count (index 0 unused).
std::vector<std::size_t> labelPieces(const std::vector<std::uint8_t>& set, const Grid& g, std::vector<std::int32_t>& label)
{
    label.assign(g.size(), 0);
    std::vector<std::size_t> sizes(1, 0);
    std::vector<std::size_t> stack;
    const Box all = wholeGrid(g);
    for (std::size_t start = 0; start < set.size(); ++start) {
        if (!set[start] || label[start])
            continue;
        const std::int32_t id = std::int32_t(sizes.size());
        label[start] = id;
        stack.push_back(start);
        sizes.push_back(flood(stack, g, all, [&](std::size_t m) { return set[m] != 0; }, label, id));
    }
    return sizes;
}

// CT: for each piece, the mean number of the six grid directions in which bone lies somewhere
// along the line from each of its cells. Inside the skull that is six (five where the scan cuts
// the top of the head off); a neck has no bone to its sides, an eye none in front.
std::vector<double> boneEnclosure(const std::vector<std::int32_t>& label, std::size_t pieces,
                                  const std::vector<std::uint8_t>& bone, const Grid& g)
{
    std::vector<double> sum(pieces, 0.0);
    std::vector<std::size_t> count(pieces, 0);
    for (std::int32_t l : label)
        if (l)
            ++count[std::size_t(l)];
    for (int axis = 0; axis < 3; ++axis) {
        const int n = g.extent(axis);
        const std::size_t stride = g.stride(axis);
        const int other1 = axis == 0 ? g.h : g.w;
        const int other2 = axis == 2 ? g.h : g.d;
        for (int b = 0; b < other2; ++b)
            for (int a = 0; a < other1; ++a) {
                const std::size_t start = axis == 0 ? g.index(0, a, b) : axis == 1 ? g.index(a, 0, b) : g.index(a, b, 0);
                for (int direction = 0; direction < 2; ++direction) {
                    bool seen = false;
                    for (int s = 0; s < n; ++s) {
                        const std::size_t m = start + std::size_t(direction == 0 ? s : n - 1 - s) * stride;
                        if (label[m] && seen)
                            sum[std::size_t(label[m])] += 1.0;
                        seen = seen || bone[m];
                    }
                }
            }
    }
    for (std::size_t p = 1; p < pieces; ++p)
        sum[p] = count[p] ? sum[p] / double(count[p]) : 0.0;
    return sum;
}

// Fills what the brain encloses in 3D: air-side cells that cannot reach the edge of the
// brain's box (grown by a cell) become brain.
void fillCavities3d(std::vector<std::uint8_t>& brain, const Grid& g)
{
    const Box box = grown(boxOf(brain, g), g);
    if (box.isEmpty())
        return;
    std::vector<std::uint8_t> open(g.size(), 0);
    std::vector<std::size_t> stack;
    auto passable = [&](std::size_t m) { return brain[m] == 0; };
    for (int k = box.lo[2]; k <= box.hi[2]; ++k)
        for (int j = box.lo[1]; j <= box.hi[1]; ++j)
            for (int i = box.lo[0]; i <= box.hi[0]; ++i) {
                const bool face = i == box.lo[0] || i == box.hi[0] || j == box.lo[1] || j == box.hi[1] ||
                                  k == box.lo[2] || k == box.hi[2];
                const std::size_t n = g.index(i, j, k);
                if (face && !brain[n] && !open[n]) {
                    open[n] = 1;
                    stack.push_back(n);
                    flood(stack, g, box, passable, open, std::uint8_t(1));
                }
            }
    for (int k = box.lo[2]; k <= box.hi[2]; ++k)
        for (int j = box.lo[1]; j <= box.hi[1]; ++j)
            for (int i = box.lo[0]; i <= box.hi[0]; ++i) {
                const std::size_t n = g.index(i, j, k);
                brain[n] = std::uint8_t(brain[n] || !open[n]);
            }
}

// Fills what the brain encloses within each plane across `axis` (4-connected): the lateral
// ventricles of an MRI open into the cisterns in 3D, but within a horizontal section they lie
// inside the brain.
void fillCavitiesInPlanes(std::vector<std::uint8_t>& brain, const Grid& g, int axis)
{
    const int u = axis == 0 ? 1 : 0; // the plane's two axes
    const int v = axis == 2 ? 1 : 2;
    const int nu = g.extent(u), nv = g.extent(v);
    const std::size_t su = g.stride(u), sv = g.stride(v), sa = g.stride(axis);
    forEachInParallel(g.extent(axis), [&](int a) {
        std::vector<std::uint8_t> open(std::size_t(nu) * std::size_t(nv), 0);
        std::vector<int> stack;
        auto cell = [&](int x, int y) { return sa * std::size_t(a) + su * std::size_t(x) + sv * std::size_t(y); };
        auto push = [&](int x, int y) {
            const std::size_t o = std::size_t(y) * std::size_t(nu) + std::size_t(x);
            if (!open[o] && !brain[cell(x, y)]) {
                open[o] = 1;
                stack.push_back(int(o));
            }
        };
        for (int x = 0; x < nu; ++x) {
            push(x, 0);
            push(x, nv - 1);
        }
        for (int y = 0; y < nv; ++y) {
            push(0, y);
            push(nu - 1, y);
        }
        while (!stack.empty()) {
            const int o = stack.back();
            stack.pop_back();
            const int x = o % nu, y = o / nu;
            if (x > 0)
                push(x - 1, y);
            if (x + 1 < nu)
                push(x + 1, y);
            if (y > 0)
                push(x, y - 1);
            if (y + 1 < nv)
                push(x, y + 1);
        }
        for (int y = 0; y < nv; ++y)
            for (int x = 0; x < nu; ++x)
                if (!open[std::size_t(y) * std::size_t(nu) + std::size_t(x)])
                    brain[cell(x, y)] = 1;
    });
}

// The grid axis that runs closest to the patient's head-foot axis.
int verticalAxis(const Volume& volume)
{
    const double z[3] = {std::abs(volume.rowDirection[2]), std::abs(volume.columnDirection[2]),
                         std::abs(volume.sliceDirection[2])};
    return int(std::max_element(z, z + 3) - z);
}

// The patient position of a cell's centre.
Vec3 cellCentre(const Volume& volume, const Grid& g, int i, int j, int k)
{
    auto centre = [&](int cell, int axis, int voxels) {
        const int first = (cell + g.origin[axis]) * g.f[axis];
        const int last = std::min(voxels - 1, first + g.f[axis] - 1);
        return 0.5 * (first + last);
    };
    return volume.toPatient(centre(i, 0, volume.width), centre(j, 1, volume.height), centre(k, 2, volume.depth));
}

// Cuts off what hangs below the brainstem: horizontal (patient z) sections of the mask, 2 mm
// thick, are measured from the largest one downward; at the first that is smaller than
// kBrainstemSectionShare of the largest, the brain has narrowed to the medulla, and
// everything lower (the spinal cord, or tissue reached along it) is dropped.
void cutBelowBrainstem(std::vector<std::uint8_t>& brain, const Volume& volume, const Grid& g)
{
    constexpr double kSectionMm = 2.0;
    double zLow = 1e300, zHigh = -1e300;
    std::vector<double> z(g.size(), 0.0);
    for (int k = 0; k < g.d; ++k)
        for (int j = 0; j < g.h; ++j)
            for (int i = 0; i < g.w; ++i) {
                const std::size_t n = g.index(i, j, k);
                if (!brain[n])
                    continue;
                z[n] = cellCentre(volume, g, i, j, k)[2];
                zLow = std::min(zLow, z[n]);
                zHigh = std::max(zHigh, z[n]);
            }
    if (zHigh < zLow)
        return;
    const int sections = int((zHigh - zLow) / kSectionMm) + 1;
    std::vector<double> cells(std::size_t(sections), 0.0);
    for (std::size_t n = 0; n < brain.size(); ++n)
        if (brain[n])
            cells[std::size_t((z[n] - zLow) / kSectionMm)] += 1.0;
    const auto largest = std::max_element(cells.begin(), cells.end());
    int s = int(largest - cells.begin());
    while (s >= 0 && cells[std::size_t(s)] >= kBrainstemSectionShare * *largest)
        --s;
    if (s < 0)
        return;
    const double cutZ = zLow + (s + 1) * kSectionMm;
    for (std::size_t n = 0; n < brain.size(); ++n)
        if (brain[n] && z[n] < cutZ)
            brain[n] = 0;
}

// ---------------------------------------------------------------------------------------------

struct Recipe {
    bool ct = false;
    double coreDepthMm = 0;
    double regrowSlackMm = 0;
};

// The brain on the grid, from the candidate cells: core, the brain's piece, regrowth, cavities.
std::vector<std::uint8_t> brainOnGrid(const Volume& volume, const Candidates& candidates, const Recipe& recipe,
                                      const Grid& g, QString& reason)
{
    std::vector<std::uint8_t> core(g.size(), 0);
    {
        std::vector<std::uint8_t> notTissue(g.size());
        for (std::size_t n = 0; n < notTissue.size(); ++n)
            notTissue[n] = !candidates.tissue[n];
        const std::vector<float> depth2 = squaredDistance(notTissue, g, true);
        const float core2 = float(recipe.coreDepthMm * recipe.coreDepthMm);
        for (std::size_t n = 0; n < core.size(); ++n)
            core[n] = std::uint8_t(candidates.tissue[n] && depth2[n] > core2);
    }
    std::vector<std::int32_t> label;
    const std::vector<std::size_t> sizes = labelPieces(core, g, label);
    std::vector<double> enclosure;
    if (recipe.ct)
        enclosure = boneEnclosure(label, sizes.size(), candidates.bone, g);
    // CT: the largest piece walled in by bone on at least 4.5 of 6 sides on average; when no
    // piece is (bone too thin to see), the largest.
    std::size_t best = 0;
    for (int pass = 0; pass < 2 && best == 0; ++pass)
        for (std::size_t p = 1; p < sizes.size(); ++p) {
            const bool walledIn = !recipe.ct || pass == 1 || enclosure[p] >= 4.5;
            if (walledIn && (best == 0 || sizes[p] > sizes[best]))
                best = p;
        }
    // Even a child's brain is far larger than 20 ml deep inside; anything smaller is an eye,
    // a muscle or noise.
    const double cellMl = g.mm[0] * g.mm[1] * g.mm[2] / 1000.0;
    if (best == 0 || double(sizes[best]) * cellMl < 20.0) {
        reason = BrainMaskText::tr("no part of the scan looks like a brain");
        return {};
    }
    std::vector<std::uint8_t> seed(g.size(), 0);
    for (std::size_t n = 0; n < seed.size(); ++n)
        seed[n] = std::uint8_t(label[n] == std::int32_t(best));
    label = {};

    // Grow back to the surface: candidate cells within reach of the brain's core and connected
    // to it. What leaked through a foramen ends a few millimetres past the bone.
    const std::vector<float> fromCore2 = squaredDistance(seed, g, false);
    const double reach = recipe.coreDepthMm + recipe.regrowSlackMm;
    std::vector<std::uint8_t> brain(g.size(), 0);
    std::vector<std::size_t> stack;
    for (std::size_t n = 0; n < seed.size(); ++n)
        if (seed[n]) {
            brain[n] = 1;
            stack.push_back(n);
        }
    flood(stack, g, wholeGrid(g),
          [&](std::size_t m) { return candidates.tissue[m] && fromCore2[m] <= float(reach * reach); }, brain,
          std::uint8_t(1));
    fillCavities3d(brain, g);
    fillCavitiesInPlanes(brain, g, verticalAxis(volume));
    cutBelowBrainstem(brain, volume, g);
    return brain;
}

} // namespace

BrainMask makeBrainMask(const Volume& volume, const SkinMask* head)
{
    BrainMask mask;
    mask.width = volume.width;
    mask.height = volume.height;
    mask.depth = volume.depth;
    if (volume.isEmpty() || volume.values.size() != volume.indexOf(0, 0, volume.depth)) {
        mask.reason = BrainMaskText::tr("the scan holds no pictures to look for a brain in");
        return mask;
    }
    mask.fromCt = looksLikeCt(volume);
    const Grid full = gridFor(volume);

    Recipe recipe;
    recipe.ct = mask.fromCt;
    Candidates candidates;
    SkinMask ownHead;
    if (mask.fromCt) {
        recipe.coreDepthMm = kCtCoreDepthMm;
        recipe.regrowSlackMm = kCtRegrowSlackMm;
        mask.threshold = kCtBrainLowHu;
        candidates = ctCandidates(volume, full);
    } else {
        recipe.coreDepthMm = kMriCoreDepthMm;
        recipe.regrowSlackMm = kMriRegrowSlackMm;
        if (!head || head->inside.size() != volume.values.size()) {
            ownHead = makeSkinMask(volume);
            head = &ownHead;
        }
        if (head->isEmpty()) {
            mask.reason = BrainMaskText::tr("no head was found in the scan");
            return mask;
        }
        mask.threshold = lowerOtsuInsideHead(volume, *head);
        candidates = mriCandidates(volume, *head, mask.threshold, full);
    }

    // Everything from here works in the box of the candidate cells, grown by one cell so that
    // the distances see non-candidate cells around them exactly as in the whole grid.
    const Box box = boxOf(candidates.tissue, full);
    if (box.isEmpty()) {
        mask.reason = BrainMaskText::tr("no part of the scan looks like a brain");
        return mask;
    }
    const Grid g = cropped(full, grown(box, full));
    candidates.tissue = cropValues(candidates.tissue, full, g);
    if (!candidates.bone.empty())
        candidates.bone = cropValues(candidates.bone, full, g);
    const std::vector<std::uint8_t> brain = brainOnGrid(volume, candidates, recipe, g, mask.reason);
    if (brain.empty())
        return mask;

    // Back to every voxel. A cell deep inside the brain is brain in all its voxels; at the
    // brain's edge, a voxel is brain only when it is candidate tissue itself, so the edge
    // follows the voxels and not the cells.
    mask.inside.assign(volume.values.size(), 0);
    const int low = int(std::ceil(kCtBrainLowHu)), high = int(std::floor(kCtBrainHighHu));
    const int cut = int(std::floor(mask.threshold));
    const bool ct = mask.fromCt;
    std::vector<std::size_t> perSlice(std::size_t(volume.depth), 0);
    const std::vector<int> column = cellOfColumn(g, volume.width);
    const int iFirst = g.origin[0] * g.f[0], iEnd = std::min(volume.width, (g.origin[0] + g.w) * g.f[0]);
    forEachInParallel(volume.depth, [&](int k) {
        const int kc = k / g.f[2] - g.origin[2];
        if (kc < 0 || kc >= g.d)
            return;
        std::size_t count = 0;
        for (int j = 0; j < volume.height; ++j) {
            const int jc = j / g.f[1] - g.origin[1];
            if (jc < 0 || jc >= g.h)
                continue;
            const std::size_t at = volume.indexOf(0, j, k);
            const std::int16_t* row = volume.values.data() + at;
            std::uint8_t* out = mask.inside.data() + at;
            for (int i = iFirst; i < iEnd; ++i) {
                const int ic = column[std::size_t(i)] - g.origin[0];
                const std::size_t c = g.index(ic, jc, kc);
                if (!brain[c])
                    continue;
                bool in = true;
                if (!g.isFine()) {
                    const bool interior = ic > 0 && ic + 1 < g.w && jc > 0 && jc + 1 < g.h && kc > 0 && kc + 1 < g.d &&
                                          brain[c - 1] && brain[c + 1] && brain[c - g.stride(1)] &&
                                          brain[c + g.stride(1)] && brain[c - g.stride(2)] && brain[c + g.stride(2)];
                    if (!interior)
                        in = ct ? (row[i] >= low && row[i] <= high) : (head->inside[at + std::size_t(i)] && row[i] > cut);
                }
                out[i] = std::uint8_t(in);
                count += std::size_t(in);
            }
        }
        perSlice[std::size_t(k)] = count;
    });
    for (std::size_t c : perSlice)
        mask.voxelCount += c;
    mask.volumeMl = double(mask.voxelCount) * volume.voxelVolumeMm3() / 1000.0;
    if (mask.voxelCount == 0)
        mask.reason = BrainMaskText::tr("no part of the scan looks like a brain");
    return mask;
}

} // namespace scanshield::volume
