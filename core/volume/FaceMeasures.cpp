#include "volume/FaceMeasures.h"

#include "volume/VectorMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "FaceMeasures" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class FaceMeasuresText {
    Q_DECLARE_TR_FUNCTIONS(FaceMeasures)
};

// A point of the region's surface in a picture: u, v across and down (in decimetres, which
// keeps the fit well conditioned) and its depth in mm.
struct SurfacePoint {
    double u = 0, v = 0, depth = 0;
};

constexpr int kTerms = 6; // of the quadratic: 1, u, v, u^2, uv, v^2
std::array<double, kTerms> quadraticTerms(const SurfacePoint& p)
{
    return {1.0, p.u, p.v, p.u * p.u, p.u * p.v, p.v * p.v};
}

// The weighted least-squares quadratic through the points (normal equations, Gaussian
// elimination with partial pivoting); nothing when they do not determine one.
std::optional<std::array<double, kTerms>> fitQuadratic(const std::vector<SurfacePoint>& points,
                                                       const std::vector<double>& weights)
{
    double a[kTerms][kTerms + 1] = {};
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto t = quadraticTerms(points[i]);
        for (std::size_t r = 0; r < kTerms; ++r) {
            for (std::size_t c = 0; c < kTerms; ++c)
                a[r][c] += weights[i] * t[r] * t[c];
            a[r][kTerms] += weights[i] * t[r] * points[i].depth;
        }
    }
    for (int c = 0; c < kTerms; ++c) {
        int pivot = c;
        for (int r = c + 1; r < kTerms; ++r)
            if (std::abs(a[r][c]) > std::abs(a[pivot][c]))
                pivot = r;
        std::swap(a[c], a[pivot]);
        if (std::abs(a[c][c]) < 1e-9)
            return std::nullopt;
        for (int r = 0; r < kTerms; ++r)
            if (r != c) {
                const double f = a[r][c] / a[c][c];
                for (int k = c; k <= kTerms; ++k)
                    a[r][k] -= f * a[c][k];
            }
    }
    std::array<double, kTerms> coefficients{};
    for (std::size_t r = 0; r < kTerms; ++r)
        coefficients[r] = a[r][kTerms] / a[r][r];
    return coefficients;
}

// The relief of the skin over the region in a picture: how far it stands IN FRONT of a
// smooth surface fitted through it, as a root mean square in mm. The surface is a quadratic
// (it takes up the roundness and tilt of a head) fitted robustly (Tukey's biweight,
// iteratively reweighted), so that it follows the bulk of the skin and not the few places
// that stand out. Only what stands in front counts, because a face is made of protrusions:
// nose, brows, lips, chin, cheekbones. A defaced front is a cut with openings behind it (eye
// sockets, nasal cavity, sinuses, deep on an MRI whose bone is dark): deep, but nothing in
// front, so it has no relief. 0 when less than a tenth of the region has skin in the picture.
double faceRelief(const FaceRegion& region, const RenderedImage& view)
{
    std::vector<SurfacePoint> points;
    const double scale = region.originalView.mmPerPixel / 100.0;
    for (int y = region.topRow; y <= region.bottomRow; ++y)
        for (int x = 0; x < region.originalView.width; ++x)
            if (region.contains(x, y) && std::isfinite(surfaceDepth(view, x, y)))
                points.push_back({(x - region.midlineColumn) * scale, (y - region.topRow) * scale, surfaceDepth(view, x, y)});
    if (points.size() < std::max<std::size_t>(region.pixelCount / 10, 50))
        return 0.0;

    constexpr int kIterations = 8;
    constexpr double kTukey = 4.685;   // the biweight's usual tuning: 95% efficiency
    constexpr double kMinScaleMm = 0.5; // noise of a skin surface; a perfect plane is not 0
    std::vector<double> weights(points.size(), 1.0), residuals(points.size(), 0.0);
    for (int iteration = 0; iteration <= kIterations; ++iteration) {
        const std::optional<std::array<double, kTerms>> fit = fitQuadratic(points, weights);
        if (!fit)
            return 0.0;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const auto t = quadraticTerms(points[i]);
            double fitted = 0;
            for (std::size_t k = 0; k < kTerms; ++k)
                fitted += (*fit)[k] * t[k];
            residuals[i] = points[i].depth - fitted; // negative: in front of the fitted surface
        }
        if (iteration == kIterations)
            break;
        std::vector<double> absolute(residuals.size());
        std::transform(residuals.begin(), residuals.end(), absolute.begin(), [](double r) { return std::abs(r); });
        std::nth_element(absolute.begin(), absolute.begin() + std::ptrdiff_t(absolute.size() / 2), absolute.end());
        const double cutoff = kTukey * std::max(1.4826 * absolute[absolute.size() / 2], kMinScaleMm);
        for (std::size_t i = 0; i < points.size(); ++i) {
            const double z = residuals[i] / cutoff;
            weights[i] = std::abs(z) < 1.0 ? (1.0 - z * z) * (1.0 - z * z) : 0.0;
        }
    }
    double sumSquares = 0;
    for (double r : residuals)
        sumSquares += r < 0 ? r * r : 0.0;
    return std::sqrt(sumSquares / double(points.size()));
}

// How close the candidate's skin comes to a landmark: the nearest skin point among the
// pixels around the landmark's own (the skin could only be nearer from a pixel further out
// if it ran almost along the view, which a tolerance of a few mm does not care about).
double nearestSkinMm(const RenderedImage& view, const FaceLandmark& landmark)
{
    const int reach = int(std::ceil((kLandmarkToleranceMm + 1.0) / view.mmPerPixel));
    const int cx = int(std::lround(landmark.pixelX)), cy = int(std::lround(landmark.pixelY));
    double nearest = std::numeric_limits<double>::infinity();
    for (int y = std::max(0, cy - reach); y <= std::min(view.height - 1, cy + reach); ++y)
        for (int x = std::max(0, cx - reach); x <= std::min(view.width - 1, cx + reach); ++x)
            if (std::isfinite(view.depthAt(x, y)))
                nearest = std::min(nearest, length(view.skinPointAt(x, y) - landmark.point));
    return nearest;
}

// A pixel of the region whose candidate skin is still where the original's was.
bool stillPresent(const FaceRegion& region, const RenderedImage& candidate, int x, int y)
{
    return region.contains(x, y) &&
           std::abs(surfaceDepth(candidate, x, y) - surfaceDepth(region.originalView, x, y)) <= kSurfaceToleranceMm;
}

// The verdict. The face counts as visible when ANY of these holds:
// - more than 5% of the region's surface is still where it was (the target: a few
//   per cent is what a cut leaves along its edges, more is a piece of face);
// - two landmarks or more survive: two points of a face give its scale and a proportion
//   (nose to chin, nasion to lips), which is what face matching starts from;
// - the relief stays face-like (kFaceLikeReliefMm or more): this catches a face that was
//   moved or warped rather than removed (shifted a few mm, pushed in, smoothed a little),
//   whose share and landmarks are gone although a face is there (on a face with a nose).
// Anything else, and only after a measurement, is not visible. Each rule alone would be
// fooled by some cut; together they agree with what a person sees in the pictures.
void judge(FaceMeasures& m)
{
    const bool shareVisible = m.shareStillPresent > kMaxShareOfDefacedFace;
    const bool landmarksVisible = m.landmarksSurviving > kMaxSurvivingLandmarksOfDefacedFace;
    // Relief tells a face only where there is a nose: an upper face (eyes and brows, the nose
    // cut off: no landmark found) stands 2-2.5 mm in front of its smooth surface, no more than
    // the steps a cut leaves across thick tilted slices. There the share decides alone.
    const bool reliefVisible = m.landmarksFound > 0 && m.reliefAfterMm >= kFaceLikeReliefMm;
    m.faceVisible = shareVisible || landmarksVisible || reliefVisible;
    const QString percent = QString::number(100.0 * m.shareStillPresent, 'f', 1);
    if (!m.faceVisible)
        m.verdict = FaceMeasuresText::tr("The face cannot be seen any more: %1% of its surface is left, %2 of its %3 "
                       "landmarks, and what is left is smooth.")
                        .arg(percent).arg(m.landmarksSurviving).arg(m.landmarksFound);
    else if (shareVisible)
        m.verdict = FaceMeasuresText::tr("The face can still be seen: %1% of its surface is where it was.").arg(percent);
    else if (landmarksVisible)
        m.verdict = FaceMeasuresText::tr("The face can still be seen: %1 of its landmarks (nose, lips, chin...) are "
                       "still there.").arg(m.landmarksSurviving);
    else
        m.verdict = FaceMeasuresText::tr("The face can still be seen: its surface was moved or changed, but it still "
                       "has the shape of a face.");
}

FaceMeasures measureView(const FaceRegion& region, RenderedImage candidateView)
{
    FaceMeasures m;
    if (!region.found) {
        m.reason = region.reason;
        m.verdict = FaceMeasuresText::tr("The face could not be measured, so it must be taken as visible: %1").arg(region.reason);
        return m;
    }
    m.measured = true;
    m.candidateView = std::move(candidateView);
    const RenderedImage& before = region.originalView;
    const RenderedImage& after = m.candidateView;
    m.regionPixels = region.pixelCount;
    for (int y = region.topRow; y <= region.bottomRow; ++y)
        for (int x = 0; x < before.width; ++x)
            if (stillPresent(region, after, x, y))
                ++m.pixelsStillPresent;
    m.shareStillPresent = m.regionPixels ? double(m.pixelsStillPresent) / double(m.regionPixels) : 0.0;

    for (std::size_t i = 0; i < kFaceLandmarkCount; ++i) {
        LandmarkCheck& check = m.landmarks[i];
        check.foundOnOriginal = region.landmarks[i].found;
        if (!check.foundOnOriginal)
            continue;
        ++m.landmarksFound;
        check.distanceMm = after.isEmpty() ? std::numeric_limits<double>::infinity()
                                           : nearestSkinMm(after, region.landmarks[i]);
        check.survives = check.distanceMm <= kLandmarkToleranceMm;
        m.landmarksSurviving += check.survives ? 1 : 0;
    }
    m.reliefBeforeMm = faceRelief(region, before);
    m.reliefAfterMm = faceRelief(region, after);
    judge(m);
    return m;
}

} // namespace

FaceMeasures measureFace(const Volume& original, const SkinMask& originalMask, const FaceRegion& region,
                         const Volume& candidate, const SkinMask& candidateMask)
{
    // A region that was never looked for (default-made, no reason given) is found here.
    if (!region.found && region.reason.isEmpty())
        return measureFace(original, originalMask, findFaceRegion(original, originalMask, findFaceSide(original, originalMask)),
                           candidate, candidateMask);
    return measureFace(region, candidate, candidateMask);
}

FaceMeasures measureFace(const FaceRegion& region, const Volume& candidate, const SkinMask& candidateMask)
{
    if (!region.found)
        return measureView(region, {});
    return measureView(region, renderSkin(candidate, candidateMask, region.framing));
}

FaceMeasures measureFace(const Volume& original, const SkinMask& originalMask, const FaceRegion& region)
{
    if (!region.found && region.reason.isEmpty())
        return measureFace(original, originalMask, region, original, originalMask);
    return measureView(region, region.originalView);
}

std::optional<std::size_t> changedVoxelsInside(const Volume& before, const Volume& after,
                                               const std::vector<std::uint8_t>& mask)
{
    if (before.values.size() != after.values.size() || mask.size() != before.values.size() ||
        before.width != after.width || before.height != after.height || before.depth != after.depth)
        return std::nullopt;
    std::size_t changed = 0;
    for (std::size_t i = 0; i < mask.size(); ++i)
        changed += (mask[i] != 0 && before.values[i] != after.values[i]) ? 1 : 0;
    return changed;
}

std::vector<std::uint8_t> drawFaceRegion(const RenderedImage& picture, const FaceRegion& region,
                                         const FaceMeasures* measures)
{
    std::vector<std::uint8_t> rgb = picture.rgb;
    if (picture.width != region.originalView.width || picture.height != region.originalView.height)
        return rgb;
    auto paint = [&](int x, int y, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
        if (x < 0 || y < 0 || x >= picture.width || y >= picture.height)
            return;
        const std::size_t at = 3 * (std::size_t(y) * std::size_t(picture.width) + std::size_t(x));
        rgb[at] = r, rgb[at + 1] = g, rgb[at + 2] = b;
    };
    // What is still where it was, tinted orange: what a person would still recognise.
    if (measures && measures->measured && measures->candidateView.width == picture.width &&
        measures->candidateView.height == picture.height)
        for (int y = region.topRow; y <= region.bottomRow; ++y)
            for (int x = 0; x < picture.width; ++x)
                if (stillPresent(region, measures->candidateView, x, y)) {
                    const std::size_t at = 3 * (std::size_t(y) * std::size_t(picture.width) + std::size_t(x));
                    paint(x, y, std::uint8_t(std::min(255, rgb[at] / 2 + 128)), std::uint8_t(rgb[at + 1] / 2 + 40),
                          std::uint8_t(rgb[at + 2] / 4));
                }
    for (int y = 0; y < picture.height; ++y)
        for (int x = 0; x < picture.width; ++x)
            if (region.contains(x, y) && (!region.contains(x - 1, y) || !region.contains(x + 1, y) ||
                                          !region.contains(x, y - 1) || !region.contains(x, y + 1)))
                paint(x, y, 255, 210, 0);
    for (std::size_t i = 0; i < kFaceLandmarkCount; ++i) {
        const FaceLandmark& l = region.landmarks[i];
        if (!l.found)
            continue;
        const bool lost = measures && measures->measured && !measures->landmarks[i].survives;
        for (int dy = -4; dy <= 4; ++dy)
            for (int dx = -4; dx <= 4; ++dx)
                if (dx * dx + dy * dy <= 16)
                    paint(int(std::lround(l.pixelX)) + dx, int(std::lround(l.pixelY)) + dy, lost ? 230 : 0,
                          lost ? 30 : 200, 0);
    }
    return rgb;
}

} // namespace scanshield::volume
