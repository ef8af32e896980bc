#include "volume/SliceStack.h"

#include "volume/VectorMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "SliceStack" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class SliceStackText {
    Q_DECLARE_TR_FUNCTIONS(SliceStack)
};

// Pictures whose rows or columns point more than this apart are in another direction (a scout,
// a second plane); less is the rounding of Image Orientation as written.
constexpr double kSameDirectionDegrees = 1.0;
// Pixel sizes that differ by more than this fraction are another field of view.
constexpr double kSamePixelSizeFraction = 0.01;
// Pictures closer than this along the normal lie in the same place (echoes, time points).
constexpr double kSamePlaceMm = 0.01;
// Below this, a stack that is not perpendicular to its pictures is rounding, not a tilted
// gantry: the volume then steps along the normal exactly (0.05 degrees shifts the far end of
// a 300 mm stack by a quarter of a millimetre).
constexpr double kNoTiltDegrees = 0.05;
// Gaps count as even when every picture lies within this fraction of a gap of where an evenly
// spaced stack would put it; otherwise the volume is resampled.
constexpr double kEvenGapFraction = 0.1;
// A volume with many more slices than pictures means the gaps are wildly uneven (a few
// pictures far apart among many close ones): refuse rather than invent most of the volume.
constexpr int kMaxSlicesPerPicture = 8;

bool sameDirection(const Vec3& a, const Vec3& b)
{
    return angleDegrees(a, b) <= kSameDirectionDegrees;
}

bool samePixelSize(const SliceGeometry& a, const SliceGeometry& b)
{
    if (!a.pixelSpacing || !b.pixelSpacing)
        return a.pixelSpacing.has_value() == b.pixelSpacing.has_value();
    for (int i = 0; i < 2; ++i) {
        const double x = (*a.pixelSpacing)[std::size_t(i)];
        const double y = (*b.pixelSpacing)[std::size_t(i)];
        if (std::abs(x - y) > kSamePixelSizeFraction * std::max(x, y))
            return false;
    }
    return true;
}

// Same size, same direction, same pixel size: pictures that can be stacked together.
bool sameShape(const SliceGeometry& a, const SliceGeometry& b)
{
    return a.rows == b.rows && a.columns == b.columns && sameDirection(a.rowDirection(), b.rowDirection()) &&
           sameDirection(a.columnDirection(), b.columnDirection()) && samePixelSize(a, b);
}

// The pictures that share the shape most pictures have; the rest are counted in `leftOut`.
std::vector<SliceGeometry> majorityShape(std::vector<SliceGeometry> placed, int& leftOut)
{
    std::vector<std::vector<SliceGeometry>> groups;
    for (SliceGeometry& picture : placed) {
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const std::vector<SliceGeometry>& g) { return sameShape(g.front(), picture); });
        if (group == groups.end())
            groups.push_back({std::move(picture)});
        else
            group->push_back(std::move(picture));
    }
    // The first of the largest groups: ties go to the shape met first.
    auto largest = std::max_element(groups.begin(), groups.end(),
                                    [](const auto& a, const auto& b) { return a.size() < b.size(); });
    leftOut = int(placed.size() - largest->size());
    return std::move(*largest);
}

void sortAlong(std::vector<SliceGeometry>& slices, const Vec3& normal)
{
    std::vector<std::pair<double, std::size_t>> keys;
    keys.reserve(slices.size());
    for (std::size_t i = 0; i < slices.size(); ++i)
        keys.emplace_back(dot(*slices[i].position, normal), i);
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        // Same place: keep a stable, meaningful order so the same picture is always kept.
        const SliceGeometry& x = slices[a.second];
        const SliceGeometry& y = slices[b.second];
        if (x.instanceNumber != y.instanceNumber)
            return x.instanceNumber < y.instanceNumber;
        if (x.path != y.path)
            return x.path < y.path;
        return x.frame < y.frame;
    });
    std::vector<SliceGeometry> sorted;
    sorted.reserve(slices.size());
    for (const auto& key : keys)
        sorted.push_back(std::move(slices[key.second]));
    slices = std::move(sorted);
}

// Keeps the first picture of each place; returns how many were dropped.
int dropSamePlace(std::vector<SliceGeometry>& slices, const Vec3& normal)
{
    std::vector<SliceGeometry> kept;
    kept.reserve(slices.size());
    for (SliceGeometry& slice : slices) {
        if (!kept.empty() && dot(*slice.position - *kept.back().position, normal) < kSamePlaceMm)
            continue;
        kept.push_back(std::move(slice));
    }
    const int dropped = int(slices.size() - kept.size());
    slices = std::move(kept);
    return dropped;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

// The stack's direction, its tilt against the normal and each picture's distance along it.
void measureStack(StackPlan& plan)
{
    const Vec3 first = *plan.slices.front().position;
    const Vec3 last = *plan.slices.back().position;
    plan.sliceDirection = normalized(last - first);
    plan.tiltDegrees = angleDegrees(plan.sliceDirection, plan.normal);
    if (plan.tiltDegrees < kNoTiltDegrees) {
        plan.sliceDirection = plan.normal;
        plan.tiltDegrees = 0.0;
    }
    plan.distances.clear();
    for (const SliceGeometry& slice : plan.slices) {
        const Vec3 offset = *slice.position - first;
        const double along = dot(offset, plan.sliceDirection);
        plan.distances.push_back(along);
        plan.offLineMm = std::max(plan.offLineMm, length(offset - along * plan.sliceDirection));
    }
}

// Evenly spaced stacks are taken as they are, one picture per slice, at their mean gap.
// Uneven ones (a tilted GE head CT with 4 mm steps, then 7 mm) are resampled to even spacing
// along the stack, linearly between the two neighbouring pictures of each slice; the spacing
// is the median gap, so the part of the stack most pictures are in keeps its resolution and
// one odd gap (a missing picture, a change of protocol) does not set the spacing.
QString planSamples(StackPlan& plan)
{
    const std::vector<double>& s = plan.distances;
    const std::size_t n = s.size();
    std::vector<double> gaps;
    for (std::size_t i = 1; i < n; ++i)
        gaps.push_back(s[i] - s[i - 1]);
    plan.smallestGap = *std::min_element(gaps.begin(), gaps.end());
    plan.largestGap = *std::max_element(gaps.begin(), gaps.end());
    // Pictures far off the line through the first and the last can fall out of order along it.
    if (plan.smallestGap <= 0.0)
        return SliceStackText::tr("the pictures of this series do not lie in one stack");
    const double medianGap = median(gaps);
    const double meanGap = s.back() / double(n - 1);

    bool even = true;
    for (std::size_t i = 0; i < n && even; ++i)
        even = std::abs(s[i] - double(i) * meanGap) <= kEvenGapFraction * meanGap;
    if (even) {
        plan.spacing[2] = meanGap;
        for (std::size_t i = 0; i < n; ++i)
            plan.samples.push_back({i, i, 0.0});
        return {};
    }

    plan.resampled = true;
    plan.spacing[2] = medianGap;
    const long depth = std::lround(s.back() / medianGap) + 1;
    if (depth > long(n) * kMaxSlicesPerPicture)
        return SliceStackText::tr("the pictures of this series are spread too unevenly to make a 3D volume");
    std::size_t lower = 0;
    for (long k = 0; k < depth; ++k) {
        // The last slice may land a rounding error past the last picture: it takes that picture.
        const double at = std::min(double(k) * medianGap, s.back());
        while (lower + 2 < n && s[lower + 1] <= at)
            ++lower;
        const std::size_t upper = lower + 1;
        const double weight = std::clamp((at - s[lower]) / (s[upper] - s[lower]), 0.0, 1.0);
        plan.samples.push_back({lower, upper, weight});
    }
    return {};
}

} // namespace

StackPlan planStack(std::vector<SliceGeometry> pictures, int minimumSlices)
{
    StackPlan plan;
    plan.picturesGiven = int(pictures.size());
    minimumSlices = std::max(minimumSlices, 2);
    if (plan.picturesGiven < minimumSlices) {
        plan.error = plan.picturesGiven == 0 ? SliceStackText::tr("this series has no pictures")
                                             : SliceStackText::tr("this series has only %n picture(s)", nullptr, plan.picturesGiven);
        return plan;
    }

    std::vector<SliceGeometry> placed;
    for (SliceGeometry& picture : pictures) {
        if (picture.isPlaced())
            placed.push_back(std::move(picture));
        else
            ++plan.leftOutNoPosition;
    }
    if (placed.empty()) {
        plan.error = SliceStackText::tr("the pictures have no position");
        return plan;
    }

    plan.slices = majorityShape(std::move(placed), plan.leftOutOtherShape);
    const SliceGeometry& reference = plan.slices.front();
    plan.rowDirection = reference.rowDirection();
    plan.columnDirection = reference.columnDirection();
    plan.normal = reference.normal();
    if (reference.pixelSpacing) {
        // Pixel Spacing is (between rows, between columns): i steps along a row, from column
        // to column, so it takes the second value.
        plan.spacing[0] = (*reference.pixelSpacing)[1];
        plan.spacing[1] = (*reference.pixelSpacing)[0];
        plan.pixelSpacingKnown = true;
    } else {
        plan.spacing[0] = plan.spacing[1] = 1.0;
    }

    sortAlong(plan.slices, plan.normal);
    plan.leftOutSamePlace = dropSamePlace(plan.slices, plan.normal);
    const int stacked = int(plan.slices.size());
    if (stacked < minimumSlices) {
        plan.error = stacked == 1 ? SliceStackText::tr("the pictures of this series all lie in the same place")
                                  : SliceStackText::tr("only %n picture(s) of this series lie in one stack", nullptr, stacked);
        return plan;
    }

    measureStack(plan);
    plan.origin = *plan.slices.front().position;
    plan.error = planSamples(plan);
    if (!plan.ok())
        plan.samples.clear();
    return plan;
}

} // namespace scanshield::volume
