#include "volume/Defacer.h"

#include "volume/Parallel.h"
#include "volume/SkinMask.h"
#include "volume/VectorMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <thread>

namespace scanshield::volume {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Defacer", text);
}

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

} // namespace

DefacePlane findDefacePlane(const Volume& volume, const std::vector<std::uint8_t>& brainMask, double marginMm)
{
    DefacePlane plane;
    plane.marginMm = std::max(0.0, marginMm);
    if (volume.isEmpty() || brainMask.size() != volume.values.size()) {
        plane.reason = tr("the brain outline does not fit the scan");
        return plane;
    }
    double midX = 0;
    const std::vector<Point2> hull = convexHull(outlinePoints(volume, brainMask, midX));
    if (hull.size() < 3) {
        plane.reason = tr("no brain was found, so there is no safe place to cut the face off");
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

std::size_t defaceVolume(Volume& volume, const DefacePlane& plane, std::int16_t air)
{
    if (!plane.found || volume.isEmpty() || volume.values.size() != volume.indexOf(0, 0, volume.depth))
        return 0;
    // The signed distance is affine along a row: when both ends are kept, the row is kept.
    std::vector<std::size_t> changed(std::size_t(volume.depth), 0);
    forEachInParallel(volume.depth, [&](int k) {
        std::size_t count = 0;
        for (int j = 0; j < volume.height; ++j) {
            const double start = plane.signedDistance(volume.toPatient(0, j, k));
            const double end = plane.signedDistance(volume.toPatient(volume.width - 1, j, k));
            if (start <= 0.0 && end <= 0.0)
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
