#include "volume/Defacer.h"

#include "volume/Parallel.h"
#include "volume/SkinMask.h"
#include "volume/VectorMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numbers>
#include <thread>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "Defacer" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class DefacerText {
    Q_DECLARE_TR_FUNCTIONS(Defacer)
};

// The side view: a = how far anterior (-y), z = how far up (+z), patient mm.
struct Point2 {
    double a = 0, z = 0;
};

double crossZ(const Point2& o, const Point2& p, const Point2& q)
{
    return (p.a - o.a) * (q.z - o.z) - (p.z - o.z) * (q.a - o.a);
}

// Convex hull, counter-clockwise (a to the right, z up), by Andrew's monotone chain.
std::vector<Point2> convexHull(std::vector<Point2> points)
{
    std::sort(points.begin(), points.end(), [](const Point2& p, const Point2& q) {
        return p.a < q.a || (p.a == q.a && p.z < q.z);
    });
    if (points.size() < 3)
        return points;
    std::vector<Point2> hull(2 * points.size());
    std::size_t n = 0;
    for (const Point2& p : points) { // lower hull, left to right
        while (n >= 2 && crossZ(hull[n - 2], hull[n - 1], p) <= 0)
            --n;
        hull[n++] = p;
    }
    const std::size_t lowerEnd = n + 1;
    for (auto p = points.rbegin() + 1; p != points.rend(); ++p) { // upper hull, right to left
        while (n >= lowerEnd && crossZ(hull[n - 2], hull[n - 1], *p) <= 0)
            --n;
        hull[n++] = *p;
    }
    hull.resize(n - 1); // the last point is the first again
    return hull;
}

// The side-view points that can be corners of the brain's hull. Along one line of voxels the
// projected positions lie on a straight segment, so only the first and the last brain voxel
// of each line can be hull corners: a few hundred thousand points instead of millions.
std::vector<Point2> outlinePoints(const Volume& volume, const std::vector<std::uint8_t>& mask, double& midX)
{
    std::vector<std::vector<Point2>> perSlice(std::size_t(volume.depth));
    std::vector<double> xMin(std::size_t(volume.depth), 1e300), xMax(std::size_t(volume.depth), -1e300);
    forEachInParallel(volume.depth, [&](int k) {
        std::vector<Point2>& out = perSlice[std::size_t(k)];
        for (int j = 0; j < volume.height; ++j) {
            const std::uint8_t* row = mask.data() + volume.indexOf(0, j, k);
            const std::uint8_t* end = row + volume.width;
            const std::uint8_t* first = std::find_if(row, end, [](std::uint8_t m) { return m != 0; });
            if (first == end)
                continue;
            const std::uint8_t* last = end - 1;
            while (*last == 0)
                --last;
            for (const std::uint8_t* at : {first, last}) {
                const Vec3 p = volume.toPatient(double(at - row), j, k);
                out.push_back({-p[1], p[2]});
                xMin[std::size_t(k)] = std::min(xMin[std::size_t(k)], p[0]);
                xMax[std::size_t(k)] = std::max(xMax[std::size_t(k)], p[0]);
            }
        }
    });
    std::vector<Point2> points;
    double lo = 1e300, hi = -1e300;
    for (std::size_t k = 0; k < perSlice.size(); ++k) {
        points.insert(points.end(), perSlice[k].begin(), perSlice[k].end());
        lo = std::min(lo, xMin[k]);
        hi = std::max(hi, xMax[k]);
    }
    midX = points.empty() ? 0.0 : 0.5 * (lo + hi);
    return points;
}

// The edges of the hull that face forward and down: from the lowest corner of the hull
// (counter-clockwise) to the most anterior one. Their outward normals turn from straight
// down to straight forward.
struct Edge {
    Point2 from, to;
    double length = 0;
    double degreesBelowAnterior = 0; // of the outward normal
    Point2 normal;                   // outward, unit
};

std::vector<Edge> faceSideEdges(const std::vector<Point2>& hull)
{
    const std::size_t n = hull.size();
    std::size_t lowest = 0, front = 0;
    for (std::size_t m = 1; m < n; ++m) {
        if (hull[m].z < hull[lowest].z || (hull[m].z == hull[lowest].z && hull[m].a > hull[lowest].a))
            lowest = m;
        if (hull[m].a > hull[front].a || (hull[m].a == hull[front].a && hull[m].z < hull[front].z))
            front = m;
    }
    std::vector<Edge> edges;
    for (std::size_t m = lowest; m != front; m = (m + 1) % n) {
        Edge e;
        e.from = hull[m];
        e.to = hull[(m + 1) % n];
        const double da = e.to.a - e.from.a, dz = e.to.z - e.from.z;
        e.length = std::hypot(da, dz);
        if (e.length <= 0)
            continue;
        // Counter-clockwise: the inside is on the left, the outward normal on the right.
        e.normal = {dz / e.length, -da / e.length};
        e.degreesBelowAnterior = std::atan2(-e.normal.z, e.normal.a) * 180.0 / std::numbers::pi;
        edges.push_back(e);
    }
    return edges;
}

// Edges whose normal is within this range of angles below the anterior direction can carry
// the cut: steeper ones only shave the forehead, flatter ones only cut under the chin.
constexpr double kSteepestCutDegrees = 15.0;
constexpr double kFlattestCutDegrees = 75.0;
// Edges shorter than this only round off the hull of a curved outline. When no edge is long
// enough to span the hollow under the brain (a brain that is round in side view), the cut
// touches the hull at kFallbackCutDegrees instead.
constexpr double kShortEdgeMm = 20.0;
constexpr double kFallbackCutDegrees = 45.0;

// The brow cut (Defacer.h): for each slab from left to right, the brain's furthest reach along
// the brow normal, over the slab and its two neighbours (a brain that curves between slabs is
// still covered), plus `ahead`.
void addBrowCut(const Volume& volume, const std::vector<std::uint8_t>& brainMask, double ahead, DefacePlane& plane)
{
    const double angle = kBrowCutDegrees * std::numbers::pi / 180.0;
    plane.browNormal = normalized(Vec3{0.0, -std::cos(angle), -std::sin(angle)});
    double lowX = std::numeric_limits<double>::infinity(), highX = -lowX;
    for (int k : {0, volume.depth - 1})
        for (int j : {0, volume.height - 1})
            for (int i : {0, volume.width - 1}) {
                lowX = std::min(lowX, volume.toPatient(i, j, k)[0]);
                highX = std::max(highX, volume.toPatient(i, j, k)[0]);
            }
    const std::size_t slabs = std::size_t(std::ceil((highX - lowX) / kBrowSlabMm)) + 1;
    std::vector<std::vector<double>> reachPerSlice(std::size_t(volume.depth),
                                                   std::vector<double>(slabs, -std::numeric_limits<double>::infinity()));
    std::vector<std::vector<double>> frontPerSlice = reachPerSlice;
    forEachInParallel(volume.depth, [&](int k) {
        std::vector<double>& reach = reachPerSlice[std::size_t(k)];
        std::vector<double>& front = frontPerSlice[std::size_t(k)];
        for (int j = 0; j < volume.height; ++j)
            for (int i = 0; i < volume.width; ++i) {
                if (!brainMask[volume.indexOf(i, j, k)])
                    continue;
                const Vec3 p = volume.toPatient(i, j, k);
                const std::size_t slab = std::min(slabs - 1, std::size_t((p[0] - lowX) / kBrowSlabMm));
                reach[slab] = std::max(reach[slab], dot(p, plane.browNormal));
                front[slab] = std::max(front[slab], -p[1]);
            }
    });
    std::vector<double> reach(slabs, -std::numeric_limits<double>::infinity());
    for (const std::vector<double>& slice : reachPerSlice)
        for (std::size_t n = 0; n < slabs; ++n)
            reach[n] = std::max(reach[n], slice[n]);
    plane.browReach.assign(slabs, -std::numeric_limits<double>::infinity());
    plane.browLeastReach = std::numeric_limits<double>::infinity();
    for (std::size_t n = 0; n < slabs; ++n) {
        const double widest = std::max({n > 0 ? reach[n - 1] : reach[n], reach[n], n + 1 < slabs ? reach[n + 1] : reach[n]});
        if (!std::isfinite(widest))
            continue; // no brain here or beside it: no brow cut
        plane.browReach[n] = widest + ahead;
        plane.browLeastReach = std::min(plane.browLeastReach, plane.browReach[n]);
    }
    plane.browFirstX = lowX;
    // The frontal pole: the brain's most anterior point, as the hull's front corner gives it.
    double poleA = -std::numeric_limits<double>::infinity();
    for (const std::vector<double>& slice : frontPerSlice)
        for (double a : slice)
            poleA = std::max(poleA, a);
    plane.browFrontY = -(poleA - kBrowCutDepthMm);
    plane.hasBrowCut = std::isfinite(plane.browLeastReach);
}

} // namespace

DefacePlane findDefacePlane(const Volume& volume, const std::vector<std::uint8_t>& brainMask, double marginMm)
{
    DefacePlane plane;
    plane.marginMm = std::max(0.0, marginMm);
    if (volume.isEmpty() || brainMask.size() != volume.values.size()) {
        plane.reason = DefacerText::tr("the brain outline does not fit the scan");
        return plane;
    }
    double midX = 0;
    const std::vector<Point2> hull = convexHull(outlinePoints(volume, brainMask, midX));
    if (hull.size() < 3) {
        plane.reason = DefacerText::tr("no brain was found, so there is no safe place to cut the face off");
        return plane;
    }
    const std::vector<Edge> edges = faceSideEdges(hull);

    // The cut, as quickshear takes it: the first edge of the hull's lower side counted from the
    // front. Under a brain, the hull spans the hollow beneath the frontal lobes (eyes, nose,
    // upper jaw) with a long edge from the front of the frontal lobes down and back to the
    // temporal lobes or the brainstem. The short edges that only round off the frontal pole
    // are passed over, and so are edges too steep or too flat to cut a face off.
    const Edge* chosen = nullptr;
    for (auto e = edges.rbegin(); e != edges.rend() && !chosen; ++e)
        if (e->degreesBelowAnterior >= kSteepestCutDegrees && e->degreesBelowAnterior <= kFlattestCutDegrees &&
            e->length >= kShortEdgeMm)
            chosen = &*e;
    Edge cut;
    if (chosen) {
        cut = *chosen;
    } else {
        // The corner where the hull turns through the fallback angle.
        const double angle = kFallbackCutDegrees * std::numbers::pi / 180.0;
        cut.normal = {std::cos(angle), -std::sin(angle)};
        cut.degreesBelowAnterior = kFallbackCutDegrees;
        double best = -1e300;
        for (const Point2& p : hull) {
            const double reach = p.a * cut.normal.a + p.z * cut.normal.z;
            if (reach > best) {
                best = reach;
                cut.from = cut.to = p;
            }
        }
    }
    // Every hull corner lies behind the edge's line, or on it; the margin moves it forward. A
    // negative margin would cut into the brain, and the corners on the line itself must not
    // fall in front of it by a rounding error, so a millionth of a millimetre is always added.
    const double ahead = std::max(0.0, marginMm) + 1e-6;
    const Point2 on{cut.from.a + ahead * cut.normal.a, cut.from.z + ahead * cut.normal.z};
    plane.point = {midX, -on.a, on.z};
    plane.normal = normalized(Vec3{0.0, -cut.normal.a, cut.normal.z});
    plane.hullEdgeFrom = {midX, -cut.from.a, cut.from.z};
    plane.hullEdgeTo = {midX, -cut.to.a, cut.to.z};
    plane.degreesBelowAnterior = cut.degreesBelowAnterior;
    if (cut.degreesBelowAnterior > kBrowCutDegrees)
        addBrowCut(volume, brainMask, ahead, plane);
    plane.found = true;
    return plane;
}

std::int16_t defaceAirValue(const Volume& volume)
{
    const auto lowest = std::min_element(volume.values.begin(), volume.values.end());
    const int minimum = lowest == volume.values.end() ? 0 : *lowest;
    if (looksLikeCt(volume))
        return std::int16_t(std::max(minimum, -1024));
    return std::int16_t(std::min(minimum, 0));
}

double headInFrontOfCutMl(const Volume& volume, const SkinMask& head, const DefacePlane& plane)
{
    if (!plane.found || head.isEmpty())
        return 0.0;
    std::vector<std::size_t> perSlice(std::size_t(volume.depth), 0);
    forEachInParallel(volume.depth, [&](int k) {
        if (k < head.minK || k > head.maxK)
            return;
        std::size_t count = 0;
        for (int j = head.minJ; j <= head.maxJ; ++j) {
            if (plane.keepsAllBetween(volume.toPatient(head.minI, j, k), volume.toPatient(head.maxI, j, k)))
                continue;
            for (int i = head.minI; i <= head.maxI; ++i)
                count += head.at(i, j, k) && plane.removes(volume.toPatient(i, j, k)) ? 1 : 0;
        }
        perSlice[std::size_t(k)] = count;
    });
    std::size_t voxels = 0;
    for (std::size_t c : perSlice)
        voxels += c;
    return double(voxels) * volume.voxelVolumeMm3() / 1000.0;
}

std::size_t defaceVolume(Volume& volume, const DefacePlane& plane, std::int16_t air)
{
    if (!plane.found || volume.isEmpty() || volume.values.size() != volume.indexOf(0, 0, volume.depth))
        return 0;
    // The signed distance is affine along a row: when both ends are kept, the row is kept.
    std::vector<std::size_t> changed(std::size_t(volume.depth), 0);
    forEachInParallel(volume.depth, [&](int k) {
        std::size_t count = 0;
        for (int j = 0; j < volume.height; ++j) {
            if (plane.keepsAllBetween(volume.toPatient(0, j, k), volume.toPatient(volume.width - 1, j, k)))
                continue; // the whole row is kept
            std::int16_t* row = volume.values.data() + volume.indexOf(0, j, k);
            for (int i = 0; i < volume.width; ++i) {
                if (plane.signedDistance(volume.toPatient(i, j, k)) > 0.0 && row[i] != air) {
                    row[i] = air;
                    ++count;
                }
            }
        }
        changed[std::size_t(k)] = count;
    });
    std::size_t total = 0;
    for (std::size_t c : changed)
        total += c;
    return total;
}

} // namespace scanshield::volume
