#include "volume/FaceRegion.h"

#include "volume/VectorMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "FaceRegion" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class FaceRegionText {
    Q_DECLARE_TR_FUNCTIONS(FaceRegion)
};

// Search windows, in mm along the face from the nose tip. The nasion lies 35-60 mm above the
// tip in adults, the supratip dip just above the tip is not it (hence the gap of 15 mm); the
// lips lie 15-50 mm below the tip, the chin 45-80 mm.
constexpr double kTipSearchMm = 15.0;
constexpr double kNasionNearMm = 15.0;
constexpr double kNasionFarMm = 80.0;
constexpr double kGlabellaReachMm = 30.0; // the brow above the nasion, within this height
constexpr double kChinMinBelowTipMm = 40.0;
// The nasion may be shallow: 3-8 mm behind the brow in most adults, 1 mm on the demo disc's
// phantom. It is the deepest point with the brow in front of it, so a shallow threshold does
// not make a nasion out of a wobble of the nose's ridge (that is never the deepest point).
constexpr double kMinNasionDipMm = 0.5;

bool finite(double v) { return std::isfinite(v); }

// A protrusion (the skin comes toward the viewer: smallest depth) or a dip (largest depth).
struct Extremum {
    int row = 0;
    bool protrusion = false;
};

// Walks the profile from `from` (a protrusion: the nose tip) to `to` (exclusive) and lists the
// protrusions and dips met on the way, alternating, each standing out by `minProminence`
// from the next (hysteresis): small wobbles of the surface never split one feature in two.
// The last feature is listed only once the profile has left it by `minProminence`.
std::vector<Extremum> alternatingExtrema(const std::vector<double>& p, int from, int to, int step,
                                         double minProminence)
{
    std::vector<Extremum> found;
    bool lookingForDip = true;
    int candidate = from;
    for (int r = from + step; r != to; r += step) {
        if (!finite(p[std::size_t(r)]))
            break;
        const double v = p[std::size_t(r)], c = p[std::size_t(candidate)];
        if (lookingForDip ? v > c : v < c) {
            candidate = r;
        } else if (lookingForDip ? v < c - minProminence : v > c + minProminence) {
            found.push_back({candidate, !lookingForDip});
            lookingForDip = !lookingForDip;
            candidate = r;
        }
    }
    return found;
}

// The first row from `from` on (walking by `step`) where the face ends: no skin, or skin that
// lies too far behind the nose tip to be the face (the neck, the crown); `end` if none.
int faceEnd(const std::vector<double>& p, int from, int end, int step, double limit)
{
    for (int r = from; r != end; r += step)
        if (!finite(p[std::size_t(r)]) || p[std::size_t(r)] > limit)
            return r;
    return end;
}

void findNasion(const std::vector<double>& p, double mmPerRow, ProfileLandmarks& found)
{
    const int tip = found.noseTip;
    const auto rows = [&](double mm) { return int(std::lround(mm / mmPerRow)); };
    const int top = found.forehead + 1;
    // The deepest point between the nose and the forehead: the deepest row of the window that
    // has skin coming forward again above it (the brow). A forehead that slopes back toward
    // the crown has nothing in front above it, so it is never taken for the nasion.
    double deepest = -std::numeric_limits<double>::infinity();
    for (int r = std::max(top, tip - rows(kNasionFarMm)); r <= tip - rows(kNasionNearMm); ++r) {
        double browAbove = std::numeric_limits<double>::infinity();
        for (int a = std::max(top, r - rows(kGlabellaReachMm)); a < r; ++a)
            browAbove = std::min(browAbove, p[std::size_t(a)]);
        if (browAbove <= p[std::size_t(r)] - kMinNasionDipMm && p[std::size_t(r)] > deepest) {
            deepest = p[std::size_t(r)];
            found.nasion = r;
        }
    }
    if (found.nasion < 0)
        found.nasionMissing = top > tip - rows(kNasionNearMm + 10.0)
                                  ? FaceRegionText::tr("The top of the nose and the forehead are cut off in this scan.")
                                  : FaceRegionText::tr("No dip between the nose and the forehead (the nasion) was found.");
}

void findLipsAndChin(const std::vector<double>& p, double mmPerRow, ProfileLandmarks& found)
{
    const int tip = found.noseTip;
    const int end = int(p.size());
    const auto rows = [&](double mm) { return int(std::lround(mm / mmPerRow)); };
    // The neck row is walked too, when it has skin: its depth confirms the chin above it.
    const bool neckSeen = found.neck < end && finite(p[std::size_t(found.neck)]);
    const std::vector<Extremum> extrema =
        alternatingExtrema(p, tip, std::min(end, found.neck + (neckSeen ? 1 : 0)), +1, kMinProfileProminenceMm);
    if (extrema.empty() || extrema.front().protrusion) {
        found.lipsMissing = FaceRegionText::tr("No dip under the nose was found, so the lips were not looked for.");
        found.chinMissing = neckSeen ? FaceRegionText::tr("No chin stands out below the nose.")
                                     : FaceRegionText::tr("The lower face is cut off in this scan.");
        return;
    }
    found.subnasale = extrema.front().row;

    std::vector<int> protrusions;
    for (const Extremum& e : extrema)
        if (e.protrusion)
            protrusions.push_back(e.row);
    // The chin is the last protrusion before the neck, well below the nose; the lips are the
    // most anterior of the protrusions between the subnasale and the chin.
    if (!protrusions.empty() && neckSeen && protrusions.back() - tip >= rows(kChinMinBelowTipMm)) {
        found.chin = protrusions.back();
        protrusions.pop_back();
    } else {
        found.chinMissing = neckSeen ? FaceRegionText::tr("No chin stands out below the lips.")
                                     : FaceRegionText::tr("The chin is cut off in this scan.");
    }
    for (int r : protrusions)
        if (found.lips < 0 || p[std::size_t(r)] < p[std::size_t(found.lips)])
            found.lips = r;
    if (found.lips < 0)
        found.lipsMissing = FaceRegionText::tr("The lips do not stand out between the nose and the chin.");
}

// ---------------------------------------------------------------------------------------
// The region on the frontal picture

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The region: at most this far to each side of the midline (the outer rims of the eye
// sockets lie 45-50 mm out, the cheekbones 60-70 mm, the ears 75 mm and more), and only skin
// that faces the viewer within this angle: the side of the head beyond the cheekbones turns
// away, and there a millimetre sideways is many in depth, so its depth proves nothing.
constexpr double kRegionHalfWidthMm = 65.0;
constexpr double kMaxSurfaceTiltDegrees = 70.0;
// ... and no further back than this behind the nose tip: the cheeks beside the mouth lie
// 30-50 mm behind it (more under a long nose), the ears 80 mm and more.
constexpr double kRegionDepthBehindTipMm = 60.0;
// From this far above the nasion (the brows) down to this far below the chin's point (its
// round underside, as far as a frontal view shows it).
constexpr double kAboveNasionMm = 12.0;
constexpr double kBelowChinMm = 8.0;
// The upper face's region is seeded within this distance of the middle of the head.
constexpr double kSeedHalfWidthMm = 20.0;
// Typical distances from the nose tip, for when the nasion or the chin is not found.
constexpr double kTypicalTopAboveTipMm = 55.0;
constexpr double kTypicalBottomBelowTipMm = 75.0;
// The midline profile is the front-most skin within this distance of the midline column.
constexpr double kProfileHalfWidthMm = 1.5;
constexpr double kProfileSmoothingMm = 1.0;

// The front-most skin near the nose tip's projection (within 10 mm), and the middle of the
// place where it is flat to 0.5 mm: a symmetric nose gives its midline.
std::array<double, 2> refineNoseTip(const RenderedImage& view, const std::array<double, 2>& guess)
{
    const int reach = int(std::lround(10.0 / view.mmPerPixel));
    const int gx = int(std::lround(guess[0])), gy = int(std::lround(guess[1]));
    double front = kInfinity;
    for (int y = gy - reach; y <= gy + reach; ++y)
        for (int x = gx - reach; x <= gx + reach; ++x)
            front = std::min(front, surfaceDepth(view, x, y));
    if (!std::isfinite(front))
        return guess; // no skin there: findProfileLandmarks will say so
    double sumX = 0, sumY = 0, n = 0;
    for (int y = gy - reach; y <= gy + reach; ++y)
        for (int x = gx - reach; x <= gx + reach; ++x)
            if (surfaceDepth(view, x, y) <= front + 0.5)
                sumX += x, sumY += y, n += 1;
    return n > 0 ? std::array<double, 2>{sumX / n, sumY / n} : guess;
}

struct Midline {
    std::vector<double> depth; // per row: the front-most skin near the midline column
    std::vector<int> column;   // where it is
};

Midline midlineProfile(const RenderedImage& view, int midColumn)
{
    const int half = int(std::lround(kProfileHalfWidthMm / view.mmPerPixel));
    Midline m{std::vector<double>(std::size_t(view.height), kInfinity), std::vector<int>(std::size_t(view.height), midColumn)};
    for (int y = 0; y < view.height; ++y)
        for (int x = midColumn - half; x <= midColumn + half; ++x)
            if (surfaceDepth(view, x, y) < m.depth[std::size_t(y)]) {
                m.depth[std::size_t(y)] = surfaceDepth(view, x, y);
                m.column[std::size_t(y)] = x;
            }
    return m;
}

// Does the skin at a pixel face the viewer within kMaxSurfaceTiltDegrees? From the depth
// differences 1 mm to each side; an edge of the skin (no neighbour) does not.
bool facesViewer(const RenderedImage& view, int x, int y)
{
    const int step = std::max(1, int(std::lround(1.0 / view.mmPerPixel)));
    const double l = surfaceDepth(view, x - step, y), r = surfaceDepth(view, x + step, y);
    const double u = surfaceDepth(view, x, y - step), d = surfaceDepth(view, x, y + step);
    if (!std::isfinite(l) || !std::isfinite(r) || !std::isfinite(u) || !std::isfinite(d))
        return false;
    const double span = 2.0 * step * view.mmPerPixel;
    const double slope = std::hypot((r - l) / span, (d - u) / span);
    return slope <= std::tan(kMaxSurfaceTiltDegrees * 3.14159265358979323846 / 180.0);
}

// The region's pixels: the skin connected to the nose tip (4-neighbours) between the rows,
// within the half width, facing the viewer, and no further back than the face reaches.
void fillRegion(FaceRegion& region, int tipX, int tipY, double tipDepth)
{
    const RenderedImage& view = region.originalView;
    const double halfWidth = kRegionHalfWidthMm / view.mmPerPixel;
    auto eligible = [&](int x, int y) {
        return y >= region.topRow && y <= region.bottomRow && x >= 0 && x < view.width &&
               std::abs(x - region.midlineColumn) <= halfWidth &&
               surfaceDepth(view, x, y) <= tipDepth + kRegionDepthBehindTipMm && facesViewer(view, x, y);
    };
    region.pixels.assign(std::size_t(view.width) * std::size_t(view.height), 0);
    std::vector<std::array<int, 2>> stack{{tipX, tipY}};
    while (!stack.empty()) {
        const auto [x, y] = stack.back();
        stack.pop_back();
        if (!eligible(x, y) || region.contains(x, y))
            continue;
        region.pixels[std::size_t(y) * std::size_t(view.width) + std::size_t(x)] = 1;
        ++region.pixelCount;
        stack.push_back({x + 1, y}), stack.push_back({x - 1, y});
        stack.push_back({x, y + 1}), stack.push_back({x, y - 1});
    }
}

// The region's fixed framing (from the front, centred on `centre`, kFaceViewMmPerPixel) and the
// original drawn with it; false, with the reason set, when nothing could be drawn.
bool drawFromTheFront(const Volume& volume, const SkinMask& mask, const Vec3& centre, FaceRegion& region)
{
    region.framing.width = kFaceViewWidth;
    region.framing.height = kFaceViewHeight;
    region.framing.azimuthDegrees = 0.0;
    region.framing.centre = centre;
    region.framing.mmPerPixel = kFaceViewMmPerPixel;
    region.originalView = renderSkin(volume, mask, region.framing);
    if (region.originalView.isEmpty())
        region.reason = FaceRegionText::tr("No picture of the face could be drawn from this scan.");
    return !region.originalView.isEmpty();
}

} // namespace

std::vector<double> smoothProfile(const std::vector<double>& depthMm, double mmPerRow, double radiusMm)
{
    const int radius = std::max(0, int(std::lround(radiusMm / mmPerRow)));
    const int n = int(depthMm.size());
    std::vector<double> smooth(depthMm.size(), std::numeric_limits<double>::infinity());
    for (int r = 0; r < n; ++r) {
        if (!finite(depthMm[std::size_t(r)]))
            continue;
        double sum = 0, count = 0;
        for (int q = std::max(0, r - radius); q <= std::min(n - 1, r + radius); ++q)
            if (finite(depthMm[std::size_t(q)]))
                sum += depthMm[std::size_t(q)], count += 1;
        smooth[std::size_t(r)] = sum / count;
    }
    return smooth;
}

ProfileLandmarks findProfileLandmarks(const std::vector<double>& p, double mmPerRow, int tipRowGuess)
{
    ProfileLandmarks found;
    const int n = int(p.size());
    const auto rows = [&](double mm) { return int(std::lround(mm / mmPerRow)); };
    for (int r = std::max(0, tipRowGuess - rows(kTipSearchMm)); r <= std::min(n - 1, tipRowGuess + rows(kTipSearchMm)); ++r)
        if (finite(p[std::size_t(r)]) && (found.noseTip < 0 || p[std::size_t(r)] < p[std::size_t(found.noseTip)]))
            found.noseTip = r;
    if (found.noseTip < 0) {
        found.noseTipMissing = FaceRegionText::tr("No skin was found where the nose should be.");
        found.nasionMissing = found.lipsMissing = found.chinMissing =
            FaceRegionText::tr("Without the nose, the rest of the face was not looked for.");
        return found;
    }
    const double limit = p[std::size_t(found.noseTip)] + kFaceDepthBehindTipMm;
    found.forehead = faceEnd(p, found.noseTip, -1, -1, limit);
    found.neck = faceEnd(p, found.noseTip, n, +1, limit);
    findNasion(p, mmPerRow, found);
    findLipsAndChin(p, mmPerRow, found);
    return found;
}

double surfaceDepth(const RenderedImage& view, int x, int y)
{
    if (view.isEmpty() || x < 0 || y < 0 || x >= view.width || y >= view.height)
        return kInfinity;
    const double d = view.depthAt(x, y);
    return std::isfinite(d) ? d + dot(view.pixelOrigin, view.viewDirection) : kInfinity;
}

QString faceLandmarkName(FaceLandmarkKind kind)
{
    switch (kind) {
    case FaceLandmarkKind::NoseTip: return FaceRegionText::tr("the tip of the nose");
    case FaceLandmarkKind::Nasion: return FaceRegionText::tr("the top of the nose, between the eyes");
    case FaceLandmarkKind::Lips: return FaceRegionText::tr("the lips");
    case FaceLandmarkKind::Chin: return FaceRegionText::tr("the chin");
    }
    return {};
}

FaceRegion findFaceRegion(const Volume& volume, const SkinMask& mask, const FaceSide& face)
{
    FaceRegion region;
    if (!face.confirmed) {
        region.reason = face.reason.isEmpty() ? FaceRegionText::tr("The face was not found on this scan.") : face.reason;
        return region;
    }
    if (!drawFromTheFront(volume, mask, face.noseTip, region))
        return region;
    const RenderedImage& view = region.originalView;

    const std::array<double, 2> tip = refineNoseTip(view, view.project(face.noseTip));
    region.midlineColumn = int(std::lround(tip[0]));
    const Midline midline = midlineProfile(view, region.midlineColumn);
    const std::vector<double> profile = smoothProfile(midline.depth, view.mmPerPixel, kProfileSmoothingMm);
    const ProfileLandmarks found = findProfileLandmarks(profile, view.mmPerPixel, int(std::lround(tip[1])));
    if (found.noseTip < 0) {
        region.reason = found.noseTipMissing;
        return region;
    }

    const std::pair<int, const QString*> rows[kFaceLandmarkCount] = {
        {found.noseTip, &found.noseTipMissing}, {found.nasion, &found.nasionMissing},
        {found.lips, &found.lipsMissing}, {found.chin, &found.chinMissing}};
    for (std::size_t i = 0; i < kFaceLandmarkCount; ++i) {
        FaceLandmark& l = region.landmarks[i];
        l.found = rows[i].first >= 0;
        l.missing = l.found ? QString() : *rows[i].second;
        if (!l.found)
            continue;
        l.pixelY = rows[i].first;
        l.pixelX = midline.column[std::size_t(rows[i].first)];
        l.point = view.skinPointAt(l.pixelX, l.pixelY);
    }

    const auto mm = [&](double v) { return int(std::lround(v / view.mmPerPixel)); };
    region.topRow = found.nasion >= 0 ? found.nasion - mm(kAboveNasionMm) : found.noseTip - mm(kTypicalTopAboveTipMm);
    region.topRow = std::max({region.topRow, found.forehead + 1, 0});
    region.bottomRow = found.chin >= 0 ? found.chin + mm(kBelowChinMm) : found.noseTip + mm(kTypicalBottomBelowTipMm);
    region.bottomRow = std::min({region.bottomRow, found.neck - 1, view.height - 1});
    const int tipX = midline.column[std::size_t(found.noseTip)];
    fillRegion(region, tipX, found.noseTip, surfaceDepth(view, tipX, found.noseTip));
    region.found = region.pixelCount > 0;
    if (!region.found)
        region.reason = FaceRegionText::tr("The front of the face could not be told apart from the rest of the head.");
    return region;
}

std::pair<double, double> heightRange(const Volume& volume, int i0, int i1, int j0, int j1, int k0, int k1)
{
    double low = kInfinity, high = -kInfinity;
    for (int i : {i0, i1})
        for (int j : {j0, j1})
            for (int k : {k0, k1}) {
                const double z = volume.toPatient(i, j, k)[2];
                low = std::min(low, z);
                high = std::max(high, z);
            }
    return {low, high};
}

std::pair<double, double> skinHeightRange(const Volume& volume, const SkinMask& mask)
{
    return heightRange(volume, mask.minI, mask.maxI, mask.minJ, mask.maxJ, mask.minK, mask.maxK);
}

FaceRegion findUpperFaceRegion(const Volume& volume, const SkinMask& mask)
{
    FaceRegion region;
    if (mask.isEmpty()) {
        region.reason = FaceRegionText::tr("No skin was found in this scan.");
        return region;
    }
    const auto [skinLow, skinHigh] = skinHeightRange(volume, mask);
    const double topZ = skinHigh - kUpperFaceTopBelowCrownMm;
    // Framed on the middle of the head from left to right and of the band from bottom to top.
    const Vec3 low = volume.toPatient(mask.minI, mask.minJ, mask.minK);
    const Vec3 high = volume.toPatient(mask.maxI, mask.maxJ, mask.maxK);
    const Vec3 centre{0.5 * (low[0] + high[0]), 0.5 * (low[1] + high[1]), 0.5 * (skinLow + topZ)};
    if (!drawFromTheFront(volume, mask, centre, region))
        return region;
    const RenderedImage& view = region.originalView;
    region.topRow = std::clamp(int(std::lround(view.project({centre[0], centre[1], topZ})[1])), 0,
                               view.height - 1);
    region.bottomRow = view.height - 1;
    // The picture is centred on the middle of the head: that is the midline. The front-most
    // skin of the band near it (the brows or the bridge of the nose) seeds the region.
    const int reach = int(std::lround(kSeedHalfWidthMm / view.mmPerPixel));
    const int middle = view.width / 2;
    int frontX = -1, frontY = -1;
    double front = kInfinity;
    for (int y = region.topRow; y <= region.bottomRow; ++y)
        for (int x = std::max(0, middle - reach); x <= std::min(view.width - 1, middle + reach); ++x)
            if (surfaceDepth(view, x, y) < front && facesViewer(view, x, y)) {
                front = surfaceDepth(view, x, y);
                frontX = x, frontY = y;
            }
    if (frontX < 0) {
        region.reason = FaceRegionText::tr("The front of the face could not be told apart from the rest of the head.");
        return region;
    }
    region.midlineColumn = middle;
    for (FaceLandmark& l : region.landmarks)
        l.missing = FaceRegionText::tr("This part of the face is not in the scan.");
    fillRegion(region, frontX, frontY, front);
    region.found = region.pixelCount > 0;
    if (!region.found)
        region.reason = FaceRegionText::tr("The front of the face could not be told apart from the rest of the head.");
    return region;
}

} // namespace scanshield::volume
